"""Write: atomic per-story JSON files, a streamed articles.jsonl, the run's organisation
registry, its projects and the run manifest.

A run holds its output folder (a lock file) while it writes, and writes and deletes only
the files the pipeline made (its records, articles.jsonl, registry.jsonl, projects.jsonl,
manifest.json, its temporary files),
and gives every record a file name of its own: an id that another input's record or a file of
the user's already holds gets a short hash of its input added.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import orjson

from pipeline.projects import Report, build_projects, reports_of
from pipeline.registry import build_registry
from pipeline.schema import Article, Organization

UNSAFE_FILENAME = re.compile(r"[^\w.-]+")  # letters and digits of every script are kept
JSONL_NAME = "articles.jsonl"
REGISTRY_NAME = "registry.jsonl"
REGISTRY_MARKER = b'{"id": "org:'  # how every line of a registry this pipeline wrote starts
PROJECTS_NAME = "projects.jsonl"
PROJECTS_MARKER = b'{"id": "prj:'
MANIFEST_NAME = "manifest.json"
LOCK_NAME = ".news-pipeline.lock"
TMP_SUFFIX = ".news-pipeline.tmp"  # temporary files are named so that only ours are ever removed
# Record file stems longer than this many UTF-8 bytes are cut and given a hash: file systems
# refuse names over 255 bytes, and the hash keeps two long ids with the same beginning apart.
MAX_STEM_BYTES = 150
HASH_CHARS = 8  # hex digits of the hash that tells apart two records wanting one name
RESERVED_STEMS = frozenset({MANIFEST_NAME.removesuffix(".json")})  # the run's own files
FOREIGN = "<not written by the pipeline>"  # the owner of a file the pipeline did not create


class OutputError(RuntimeError):
    """The output folder cannot be used for this run; the message says why and what to do."""


def _file_mode() -> int:
    """The mode a plain `open` would give a new file under the current umask."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def dump_json(data: Any) -> str:
    """Indented JSON with a stable key order and a final newline (orjson writes it byte for byte
    as `json.dumps(data, ensure_ascii=False, indent=2)` does, ten times faster)."""
    return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"


def temporary(folder: Path, name: str) -> tuple[int, str]:
    """A new private temporary file for `name` in `folder`, named as the pipeline's own."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=TMP_SUFFIX, dir=folder)
    os.fchmod(fd, _file_mode())  # mkstemp makes files private (0600); outputs are shared
    return fd, tmp


def atomic_write(path: Path, content: str | bytes) -> None:
    """Write `content` to `path` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = temporary(path.parent, path.name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_replaceable(path: Path, ours: Callable[[Path], bool]) -> None:
    """Raise OutputError unless `path` is free or a file of the pipeline's own (`ours`): an export
    or review page never replaces a folder or a file it did not write."""
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give a file name for --out.")
    if path.exists() and not ours(path):
        raise OutputError(f"{path} exists and was not written by this pipeline; choose another "
                          "--out or move the file.")


def lines_starting(marker: bytes) -> Callable[[Path], bool]:
    """A test of a file: empty, or starting as this pipeline's lines of one kind do."""
    return lambda path: path.stat().st_size == 0 or starts_with(marker)(path)


def starts_with(marker: bytes) -> Callable[[Path], bool]:
    """A test of whether a file's first bytes hold `marker`."""

    def test(path: Path) -> bool:
        try:
            with path.open("rb") as handle:
                return marker in handle.read(4096)
        except OSError:
            return False

    return test


def short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:HASH_CHARS]


def record_filename(article_id: str) -> str:
    """A file name for a record that cannot leave the output folder, whatever the id holds."""
    name = UNSAFE_FILENAME.sub("_", article_id).lstrip(".") or "record"
    if len(name.encode("utf-8")) > MAX_STEM_BYTES or name in RESERVED_STEMS:
        cut = name.encode("utf-8")[:MAX_STEM_BYTES].decode("utf-8", "ignore")
        name = f"{cut}-{short_hash(article_id)}"
    return f"{name}.json"


def is_own_manifest(data: object) -> bool:
    """Whether parsed JSON is a manifest this pipeline wrote."""
    return isinstance(data, dict) and "pipeline_version" in data and isinstance(
        data.get("inputs"), list)


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold the output folder (made if missing) for one run: a second run into it fails at once
    with OutputError instead of mixing its files with the first one's."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"The output {out} is a file, not a folder; choose another --out.")
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT, _file_mode())
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"Another run is writing to {out}; wait for it to finish or "
                              "choose another --out.") from None
        yield
    finally:
        os.close(fd)


class OutputWriter:
    """Writes records as they come and the JSONL file and manifest at the end, all atomically.

    `owned` are the record file names the folder's previous manifest lists. `articles.jsonl` is
    streamed into a temporary file and renamed into place by `close`, so a run that dies leaves
    the previous complete file, never a partial one.
    """

    def __init__(self, out: Path, owned: set[str]) -> None:
        self.out = out
        self._refuse_foreign_run_files(owned)
        for leftover in out.glob(f".*{TMP_SUFFIX}"):  # temporary files of a run that was killed
            leftover.unlink(missing_ok=True)
        self.owned = owned
        self._owners: dict[str, str] = {  # file name (case-folded) -> who may write it
            p.name.casefold(): FOREIGN for p in out.glob("*.json")
            if p.name not in owned and p.name != MANIFEST_NAME
        }
        self._written: set[str] = set()
        check_replaceable(out / REGISTRY_NAME, lines_starting(REGISTRY_MARKER))
        check_replaceable(out / PROJECTS_NAME, lines_starting(PROJECTS_MARKER))
        self._organizations: list[tuple[str, list[Organization]]] = []
        self._reports: list[Report] = []
        fd, self._jsonl_tmp = temporary(out, JSONL_NAME)
        self._jsonl: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def _refuse_foreign_run_files(self, owned: set[str]) -> None:
        manifest = self.out / MANIFEST_NAME
        if not manifest.exists():
            return
        try:
            ours = is_own_manifest(json.loads(manifest.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            ours = False
        if not ours and not owned:
            raise OutputError(f"{manifest} was not written by this pipeline; choose an empty or "
                              "new folder for --out, or move the file.")

    def reserve(self, names: dict[str, str]) -> None:
        """Keep record file names (name -> owning input) for the records they already hold."""
        for name, owner in names.items():
            self._owners.setdefault(name.casefold(), owner)

    def claim(self, record_id: str, owner: str, seed: str) -> str:
        """The id a record of input `owner` is written under: `record_id`, or that id with a
        hash of `seed` when its file name belongs to another input, to a file of the user's, or
        to a record already written in this run."""
        candidate = record_id
        for attempt in range(3):
            key = record_filename(candidate).casefold()
            holder = self._owners.get(key)
            if key not in self._written and holder in (None, owner):
                self._owners[key] = owner
                self._written.add(key)
                return candidate
            candidate = f"{record_id}-{short_hash(seed if attempt == 0 else seed + candidate)}"
        raise OutputError(f"No free file name for the record {record_id!r} in {self.out}.")

    def write(self, record: dict[str, Any], article: Article | None = None) -> None:
        """Write one record's file (under its claimed id) and append it to the JSONL stream;
        `article` is the record as a model, when the caller has it."""
        line = json.dumps(record, ensure_ascii=False) + "\n"
        content = dump_json(record)
        atomic_write(self.out / record_filename(record["id"]), content)
        self._jsonl.write(line)
        self._remember(record, article)

    def write_line(self, line: str) -> str:
        """Carry over a record of an earlier run given as its JSONL line; returns its id."""
        record = json.loads(line)
        path = self.out / record_filename(record["id"])
        self._written.add(path.name.casefold())
        if not path.is_file():
            atomic_write(path, dump_json(record))
        self._jsonl.write(line + "\n")
        self._remember(record)
        return record["id"]

    def _remember(self, record: dict[str, Any], article: Article | None = None) -> None:
        """Keep what the run's registry and projects are built from."""
        if article is None and record.get("events"):
            try:
                article = Article.model_validate(record)
            except ValueError:
                article = None  # an older version's record this schema refuses (two amounts
                # of one id): carried over as it is, its flows left out of the projects
        if article is not None:
            self._organizations.append((record["id"], article.organizations))
            self._reports += reports_of(article)
        else:
            self._organizations.append((record["id"], [
                Organization.model_validate(org) for org in record.get("organizations", [])]))

    def remove(self, record_id: str) -> None:
        """Delete the file of a record of an earlier run that no longer exists."""
        name = record_filename(record_id)
        if name in self.owned and name.casefold() not in self._written:
            (self.out / name).unlink(missing_ok=True)

    def close(self, manifest: dict[str, Any]) -> None:
        """Put articles.jsonl in place, write the run's organisation registry, its projects and
        the manifest."""
        self._jsonl.flush()
        os.fsync(self._jsonl.fileno())
        self._jsonl.close()
        os.replace(self._jsonl_tmp, self.out / JSONL_NAME)
        registry = build_registry(self._organizations)
        atomic_write(self.out / REGISTRY_NAME, "".join(
            json.dumps(e.model_dump(), ensure_ascii=False) + "\n" for e in registry))
        atomic_write(self.out / PROJECTS_NAME, "".join(
            json.dumps(p.model_dump(), ensure_ascii=False) + "\n"
            for p in build_projects(self._reports, registry)))
        atomic_write(self.out / MANIFEST_NAME, dump_json(manifest))

    def abort(self) -> None:
        """Drop the unfinished JSONL stream."""
        self._jsonl.close()
        Path(self._jsonl_tmp).unlink(missing_ok=True)
