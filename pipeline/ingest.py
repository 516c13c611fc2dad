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
# Tried in order after UTF-8: the Cyrillic code page of much Central Asian news, then UTF-16 by BOM.
FALLBACK_ENCODINGS = ("cp1251",)
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
    """A file that produced no pages, and why."""

    path: str
    reason: str


def discover(inputs: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """Yield (file, root) for every input file, folders walked in sorted order."""
    for item in inputs:
        if item.is_dir():
            for path in sorted(p for p in item.rglob("*") if p.is_file()):
                if path.suffix.lower() in SUFFIXES and not path.name.startswith("."):
                    yield path, item
        else:
            yield item, item.parent


def decode(data: bytes, name: str) -> str:
    """Decode raw bytes as UTF-8 (BOM allowed), UTF-16 with a BOM, or cp1251; refuse binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if (nul := data.find(b"\x00")) != -1:
        raise InputError(f"Cannot decode {name}: the file looks binary (NUL byte at offset {nul}).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        utf8_error = err
    for encoding in FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(
        f"Cannot decode {name} as UTF-8 or {', '.join(FALLBACK_ENCODINGS)}: {utf8_error}. "
        "Re-save the file as UTF-8."
    )


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


def jsonl_pages(text: str, name: str, rel: str, digest: str) -> Iterator[RawPage]:
    """One page per JSON line with a `text` field; a bad line is an error naming the line."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{name} line {number} is not valid JSON: {err.msg}.") from err
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise InputError(f"{name} line {number} has no string field 'text'.")
        meta = {k: str(item[k]) for k in JSONL_FIELDS if item.get(k) is not None}
        yield RawPage(rel, digest, number - 1, item["text"], "jsonl", meta)


def read_file(path: Path, root: Path) -> list[RawPage]:
    """All pages of one input file; raises InputError when the file cannot be used."""
    rel = path.relative_to(root).as_posix() if path != root else path.name
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"Cannot read {path}: {err.strerror or err}.") from err
    digest = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"Cannot read {path}: unsupported file type {suffix or '(none)'}; "
            f"use one of {', '.join(sorted(SUFFIXES))}."
        )
    text = decode(data, str(path))
    if suffix in JSONL_SUFFIXES:
        pages = list(jsonl_pages(text, str(path), rel, digest))
    elif suffix in HTML_SUFFIXES:
        body, meta = html_to_page_text(text, str(path))
        pages = [RawPage(rel, digest, 0, body, "html", meta)]
    else:
        pages = [RawPage(rel, digest, 0, text, "text")]
    if not any(page.text.strip() for page in pages):
        raise InputError(f"{path} holds no text.")
    return pages


def read_inputs(inputs: Iterable[Path]) -> Iterator[list[RawPage] | InputFailure]:
    """For each input file, its pages, or an InputFailure saying why it gave none."""
    for path, root in discover(inputs):
        try:
            yield read_file(path, root)
        except InputError as err:
            rel = path.relative_to(root).as_posix() if path != root else path.name
            yield InputFailure(rel, str(err))
