"""Ingest: find input files, decode them safely, and turn each into raw pages."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
HTML_SNIFF_CHARS = 2000  # how far into a page its HTML shows
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Legacy encodings charset-normalizer chooses between when a file is not UTF-8: the Cyrillic code
# page of much Central Asian news and the Western European ones.
LEGACY_ENCODINGS = ("cp1251", "cp1252", "latin_1")
# A file is UTF-8 with stray bytes, not a legacy encoding, when at least this share of its
# non-ASCII characters decode as UTF-8: in cp1251 or latin-1 text almost none do.
UTF8_SHARE = 0.5
JSONL_FIELDS = ("id", "title", "published", "url", "site", "author")
HAS_TEXT = re.compile(r"[^\W_]")  # a letter or a digit: control characters alone are no text
SURROGATE = re.compile(r"[\ud800-\udfff]")  # half of a UTF-16 pair, which no text may hold


class InputError(Exception):
    """A file that cannot be read as input; the message says why and what to do."""


@dataclass(frozen=True)
class RawPage:
    """One page of input text with what is known about it before cleaning."""

    path: str  # relative to the input root, '/'-separated
    sha256: str  # of the whole file's raw bytes
    index: int  # the page's position in its file (JSONL line order), 0 otherwise
    text: str
    format: str  # "text", "html" or "jsonl"
    meta: dict[str, str] = field(
        default_factory=dict
    )  # id, title, published, url, site, author when the input gives them
    notes: tuple[str, ...] = ()  # what reading had to repair or guess, for the run's report
    origin: str | None = None  # the file's absolute path: what identifies the input across runs


@dataclass(frozen=True)
class InputFailure:
    """A file, or one line of a JSONL file, that produced no page, and why."""

    path: str
    reason: str
    line: int | None = None
    origin: str | None = None


@dataclass(frozen=True)
class InputFile:
    """A file to read: where it is, and the name it is reported under."""

    path: Path
    rel: str


def input_root(inputs: list[Path]) -> Path:
    """The folder input names are relative to: the folder given, the folder of the file given,
    or, for several inputs, the deepest folder that holds them all (`d1/a.txt`, `d2/a.txt`)."""
    folders = [p.absolute() if p.is_dir() else p.absolute().parent for p in inputs]
    if len(folders) == 1:
        return folders[0]
    try:
        return Path(os.path.commonpath(folders))
    except ValueError:  # inputs on different drives share no folder
        return Path(folders[0].anchor)


def discover(inputs: Iterable[Path], exclude: Path | None = None
             ) -> Iterator[InputFile | InputFailure]:
    """Every input file once, folders walked in sorted order, and a failure for what cannot be
    walked (an unreadable folder, a link to a folder or out of the input folder).

    In folders, files of other types and hidden files and folders (.git, .cache) are skipped, as
    is `exclude` (the output folder, when it lies inside an input folder).
    """
    given = list(inputs)
    root = input_root(given)
    seen: set[Path] = set()
    for item in given:
        entries = _walk(item, exclude) if item.is_dir() else iter([item.absolute()])
        for entry in entries:
            if isinstance(entry, InputFailure):
                yield entry
            elif entry not in seen:
                seen.add(entry)
                yield InputFile(entry, _relative(entry, root))


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def _walk(folder: Path, exclude: Path | None) -> Iterator[Path | InputFailure]:
    """The input files under `folder`, sorted by their path inside it."""
    top = folder.absolute()
    inside = top.resolve()
    skip = exclude.absolute().resolve() if exclude is not None else None
    found: list[Path] = []
    failures: list[InputFailure] = []

    def unreadable(err: OSError) -> None:
        where = Path(err.filename or top)
        failures.append(InputFailure(_relative(where, top.parent), f"Cannot read the folder "
                                     f"{where.name}: {err.strerror or err}.", origin=str(where)))

    for dirpath, dirnames, filenames in os.walk(top, onerror=unreadable):
        here = Path(dirpath)
        for name in list(dirnames):
            sub = here / name
            if name.startswith(".") or sub.resolve() == skip:
                dirnames.remove(name)
            elif sub.is_symlink():
                failures.append(InputFailure(_relative(sub, top.parent), f"{name} is a link to a "
                                             "folder; links to folders are not followed.",
                                             origin=str(sub)))
        for name in filenames:
            path = here / name
            if name.startswith(".") or path.suffix.lower() not in SUFFIXES:
                continue
            if path.is_symlink() and not path.resolve().is_relative_to(inside):
                failures.append(InputFailure(_relative(path, top.parent), f"{name} is a link to "
                                             "a file outside the input folder; not followed.",
                                             origin=str(path)))
                continue
            found.append(path)
    yield from failures
    yield from sorted(found, key=lambda p: p.relative_to(top).parts)


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """The text of `data` and notes on what had to be repaired or guessed.

    UTF-8 (BOM allowed), UTF-16 by its BOM; UTF-8 with a few stray bytes has them replaced by
    U+FFFD (noted); anything else is read in the likeliest legacy encoding (noted as a guess).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as err:
            raise InputError(
                f"Cannot decode {name} as UTF-16, which its byte-order mark announces "
                f"({err.reason} at byte {err.start}). Re-save it as UTF-8."
            ) from err
    if (nul := data.find(b"\x00")) != -1:
        raise InputError(f"Cannot decode {name}: the file looks binary (NUL byte at offset {nul}).")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as err:
        utf8_error = err
    repaired = data.decode("utf-8-sig", errors="replace")
    stray = repaired.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    valid = sum(1 for c in repaired if c > "\x7f" and c != "\ufffd")
    if valid and valid / (valid + stray) >= UTF8_SHARE:
        return repaired, [f"{stray} invalid UTF-8 byte sequence(s), the first at byte "
                          f"{utf8_error.start}, were replaced by U+FFFD."]
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        raise InputError(
            f"Cannot decode {name} as UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
            f"nor as {', '.join(LEGACY_ENCODINGS)}: the file looks binary. Re-save it as UTF-8."
        )
    return str(best), [f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}): read as "
                       f"{best.encoding}, a guess; re-save the file as UTF-8 if it reads wrong."]


def looks_like_html(text: str) -> bool:
    """Whether a page given without a file name is plainly HTML (`<!DOCTYPE html>`, `<html>`,
    a `<body>` near the top)."""
    head = text[:HTML_SNIFF_CHARS].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def html_to_page_text(html: str, name: str) -> tuple[str, dict[str, str]]:
    """The main text of an HTML page (trafilatura) and its title, date, site name and author when
    the page has them."""
    import trafilatura  # imported here: it costs most of the package's start-up time

    document = trafilatura.bare_extraction(
        html,
        output_format="python",
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        deduplicate=False,
    )
    text = document.text if document is not None else None
    if not text or not HAS_TEXT.search(text):
        raise InputError(f"No article text found in the HTML page {name}.")
    meta = {"title": document.title, "published": document.date, "site": document.sitename,
            "author": document.author}
    return text, {k: v for k, v in meta.items() if v}


def without_surrogates(value: str) -> tuple[str, int]:
    """`value` with halves of UTF-16 pairs (JSON's `"\\udc80"`) replaced by U+FFFD; how many."""
    return SURROGATE.subn("\ufffd", value)


def jsonl_pages(text: str, rel: str, digest: str, origin: str | None = None
                ) -> Iterator[RawPage | InputFailure]:
    """One page per JSON line with a string `text`; a bad line is a failure naming its number.

    Lines end at a line feed only: JSON strings may hold U+2028 and other characters that
    `str.splitlines` would also cut at.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputFailure(rel, f"line {number} is not valid JSON: {err.msg}.", number, origin)
            continue
        except RecursionError:
            yield InputFailure(rel, f"line {number} is nested too deeply to read.", number, origin)
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            yield InputFailure(rel, f"line {number} has no string field 'text'.", number, origin)
            continue
        body, repaired = without_surrogates(item["text"])
        if not HAS_TEXT.search(body):
            yield InputFailure(rel, f"line {number} has no text in 'text'.", number, origin)
            continue
        meta, notes = line_meta(item, number)
        if repaired:
            notes.append(f"line {number}: {repaired} invalid character(s) (halves of UTF-16 "
                         "pairs) in 'text' were replaced by U+FFFD.")
        yield RawPage(rel, digest, number - 1, body, "jsonl", meta, tuple(notes), origin)


def line_meta(item: dict[str, object], number: int) -> tuple[dict[str, str], list[str]]:
    """The metadata fields of a JSONL item that are strings (an `id` may be a number), and a note
    for each field of another type, which is left out."""
    meta: dict[str, str] = {}
    notes: list[str] = []
    for key in JSONL_FIELDS:
        value = item.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and key == "id":
            value = str(value)
        if value is None:
            continue
        if not isinstance(value, str):
            notes.append(f"line {number}: field {key!r} is {type(value).__name__}, not a string; "
                         "it was left out.")
            continue
        meta[key], repaired = without_surrogates(value)
        if repaired:
            notes.append(f"line {number}: invalid characters in {key!r} were replaced by U+FFFD.")
    return meta, notes


def read_file(source: InputFile) -> Iterator[RawPage | InputFailure]:
    """The pages of one input file, and failures for the parts that cannot be used; no error
    escapes (a reader that fails on a hostile file fails that file only)."""
    origin = str(source.path)
    try:
        yield from _read_pages(source.path, source.rel, origin)
    except InputError as err:
        yield InputFailure(source.rel, str(err), origin=origin)
    except (Exception, RecursionError) as err:
        yield InputFailure(source.rel, f"Cannot read {source.rel}: {type(err).__name__}: {err}.",
                           origin=origin)


def _read_pages(path: Path, rel: str, origin: str) -> Iterator[RawPage | InputFailure]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"Cannot read {rel}: unsupported file type {suffix or '(none)'}; "
            f"use one of {', '.join(sorted(SUFFIXES))}."
        )
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise InputError(f"Cannot read {rel}: not a regular file (a pipe, socket or device).")
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"Cannot read {rel}: {err.strerror or err}.") from err
    digest = hashlib.sha256(data).hexdigest()
    text, notes = decode(data, rel)
    if not HAS_TEXT.search(text):
        raise InputError(f"{rel} holds no text (the file is empty, blank or control characters).")
    if suffix in JSONL_SUFFIXES:
        for page in jsonl_pages(text, rel, digest, origin):
            yield page if isinstance(page, InputFailure) else _noted(page, notes)
    elif suffix in HTML_SUFFIXES:
        body, meta = html_to_page_text(text, rel)
        yield RawPage(rel, digest, 0, body, "html", meta, tuple(notes), origin)
    else:
        yield RawPage(rel, digest, 0, text, "text", {}, tuple(notes), origin)


def _noted(page: RawPage, notes: list[str]) -> RawPage:
    if not notes:
        return page
    return RawPage(page.path, page.sha256, page.index, page.text, page.format, page.meta,
                   (*notes, *page.notes), page.origin)


def read_inputs(inputs: Iterable[Path], exclude: Path | None = None
                ) -> Iterator[RawPage | InputFailure]:
    """Every page of every input file in order, and a failure for each unusable file or line."""
    for found in discover(inputs, exclude):
        if isinstance(found, InputFailure):
            yield found
        else:
            yield from read_file(found)
