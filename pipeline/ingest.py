"""Ingest: find input files, decode them safely, and turn each into raw pages."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Legacy encodings charset-normalizer chooses between when a file is not UTF-8: the Cyrillic code
# page of much Central Asian news and the Western European ones.
LEGACY_ENCODINGS = ("cp1251", "cp1252", "latin_1")
JSONL_FIELDS = ("id", "title", "published", "url")


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
    )  # id, title, published, url when the input gives them


@dataclass(frozen=True)
class InputFailure:
    """A file, or one line of a JSONL file, that produced no page, and why."""

    path: str
    reason: str
    line: int | None = None


def discover(inputs: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """Yield (file, root) for every input file, folders walked in sorted order.

    In folders, files of other types and hidden files and folders (.git, .cache) are skipped.
    """
    for item in inputs:
        if item.is_dir():
            for path in sorted(p for p in item.rglob("*") if p.is_file()):
                hidden = any(part.startswith(".") for part in path.relative_to(item).parts)
                if path.suffix.lower() in SUFFIXES and not hidden:
                    yield path, item
        else:
            yield item, item.parent


def decode(data: bytes, name: str) -> str:
    """Decode bytes: UTF-8 (BOM allowed), UTF-16 by its BOM, else the likeliest legacy encoding."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise InputError(
                f"Cannot decode {name} as UTF-16, which its byte-order mark announces "
                f"({err.reason} at byte {err.start}). Re-save it as UTF-8."
            ) from err
    if (nul := data.find(b"\x00")) != -1:
        raise InputError(f"Cannot decode {name}: the file looks binary (NUL byte at offset {nul}).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        utf8_error = err
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        raise InputError(
            f"Cannot decode {name} as UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
            f"nor as {', '.join(LEGACY_ENCODINGS)}: the file looks binary. Re-save it as UTF-8."
        )
    return str(best)


def html_to_page_text(html: str, name: str) -> tuple[str, dict[str, str]]:
    """The main text of an HTML page (trafilatura) and its title and date when the page has them."""
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
    if not text:
        raise InputError(f"No article text found in the HTML page {name}.")
    meta = {"title": document.title, "published": document.date}
    return text, {k: v for k, v in meta.items() if v}


def jsonl_pages(text: str, rel: str, digest: str) -> Iterator[RawPage | InputFailure]:
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
            yield InputFailure(rel, f"line {number} is not valid JSON: {err.msg}.", number)
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            yield InputFailure(rel, f"line {number} has no string field 'text'.", number)
            continue
        if not item["text"].strip():
            yield InputFailure(rel, f"line {number} has an empty 'text'.", number)
            continue
        meta = {k: str(item[k]) for k in JSONL_FIELDS if item.get(k) is not None}
        yield RawPage(rel, digest, number - 1, item["text"], "jsonl", meta)


def relative_name(path: Path, root: Path) -> str:
    """The path reported for an input: relative to the folder given, or the file's name."""
    return path.relative_to(root).as_posix() if path != root else path.name


def read_file(path: Path, root: Path) -> Iterator[RawPage | InputFailure]:
    """The pages of one input file, and failures for the parts that cannot be used."""
    rel = relative_name(path, root)
    try:
        yield from _read_pages(path, rel)
    except InputError as err:
        yield InputFailure(rel, str(err))


def _read_pages(path: Path, rel: str) -> Iterator[RawPage | InputFailure]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"Cannot read {rel}: unsupported file type {suffix or '(none)'}; "
            f"use one of {', '.join(sorted(SUFFIXES))}."
        )
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"Cannot read {rel}: {err.strerror or err}.") from err
    digest = hashlib.sha256(data).hexdigest()
    text = decode(data, rel)
    if not text.strip():
        raise InputError(f"{rel} holds no text (the file is empty or only whitespace).")
    if suffix in JSONL_SUFFIXES:
        yield from jsonl_pages(text, rel, digest)
    elif suffix in HTML_SUFFIXES:
        body, meta = html_to_page_text(text, rel)
        yield RawPage(rel, digest, 0, body, "html", meta)
    else:
        yield RawPage(rel, digest, 0, text, "text")


def read_inputs(inputs: Iterable[Path]) -> Iterator[RawPage | InputFailure]:
    """Every page of every input file in order, and a failure for each unusable file or line."""
    for path, root in discover(inputs):
        yield from read_file(path, root)
