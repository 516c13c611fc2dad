"""Write: atomic per-story JSON files, a streamed articles.jsonl, and the run manifest."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path
from typing import IO, Any

UNSAFE_FILENAME = re.compile(r"[^A-Za-z0-9._-]+")
JSONL_NAME = "articles.jsonl"
MANIFEST_NAME = "manifest.json"
# Record file stems longer than this are cut and given a hash: file systems refuse names over 255
# bytes, and the hash keeps two long ids with the same beginning apart.
MAX_STEM = 150
RESERVED_STEMS = frozenset({MANIFEST_NAME.removesuffix(".json")})  # the run's own files


def _file_mode() -> int:
    """The mode a plain `open` would give a new file under the current umask."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def dump_json(data: Any) -> str:
    """Indented JSON with a stable key order and a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def atomic_write(path: Path, content: str) -> None:
    """Write `content` to `path` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _file_mode())  # mkstemp makes files private (0600); records are shared
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def record_filename(article_id: str) -> str:
    """A file name for a record that cannot leave the output folder, whatever the id holds."""
    name = UNSAFE_FILENAME.sub("_", article_id).lstrip(".") or "record"
    if len(name) > MAX_STEM or name in RESERVED_STEMS:
        digest = hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:16]
        name = f"{name[:MAX_STEM]}-{digest}"
    return f"{name}.json"


class DuplicateRecordId(ValueError):
    """Two records of one output folder would share an id (or its file name)."""


class OutputWriter:
    """Writes records as they come and the JSONL file and manifest at the end, all atomically.

    `articles.jsonl` is streamed into a temporary file and renamed into place by `close`, so a
    run that dies leaves the previous complete file, never a partial one.
    """

    def __init__(self, out: Path) -> None:
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        for leftover in out.glob(".*.tmp"):  # temporary files of a run that was killed
            leftover.unlink(missing_ok=True)
        self._names: dict[str, str] = {}  # file name -> the id that claimed it
        fd, self._jsonl_tmp = tempfile.mkstemp(prefix=f".{JSONL_NAME}.", suffix=".tmp", dir=out)
        os.fchmod(fd, _file_mode())
        self._jsonl: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def write(self, record: dict[str, Any]) -> str:
        """Write one record's file and append it to the JSONL stream; returns its id."""
        name = self._claim(record["id"])
        atomic_write(self.out / name, dump_json(record))
        self._jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
        return record["id"]

    def write_line(self, line: str) -> str:
        """Carry over a record of an earlier run given as its JSONL line; returns its id."""
        record = json.loads(line)
        name = self._claim(record["id"])
        if not (self.out / name).is_file():
            atomic_write(self.out / name, dump_json(record))
        self._jsonl.write(line + "\n")
        return record["id"]

    def remove(self, record_id: str) -> None:
        """Delete the file of a record that no longer exists."""
        if record_filename(record_id) not in self._names:
            (self.out / record_filename(record_id)).unlink(missing_ok=True)

    def _claim(self, record_id: str) -> str:
        name = record_filename(record_id)
        if name in self._names:
            first = self._names[name]
            if first == record_id:
                raise DuplicateRecordId(f"Two records share the id {record_id!r}; ids must differ.")
            raise DuplicateRecordId(
                f"The ids {first!r} and {record_id!r} both give the file name {name}; "
                "ids must differ in more than the characters that are not letters or digits."
            )
        self._names[name] = record_id
        return name

    def close(self, manifest: dict[str, Any]) -> None:
        """Put articles.jsonl in place and write the manifest."""
        self._jsonl.flush()
        os.fsync(self._jsonl.fileno())
        self._jsonl.close()
        os.replace(self._jsonl_tmp, self.out / JSONL_NAME)
        atomic_write(self.out / MANIFEST_NAME, dump_json(manifest))

    def abort(self) -> None:
        """Drop the unfinished JSONL stream."""
        self._jsonl.close()
        Path(self._jsonl_tmp).unlink(missing_ok=True)
