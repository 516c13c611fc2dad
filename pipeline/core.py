"""Core: the stages joined into a run, and the Python API for strings and folders."""

from __future__ import annotations

import hashlib
import json
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from pipeline import __version__
from pipeline.clean import Story, clean_page
from pipeline.ingest import JSONL_SUFFIXES, InputFailure, RawPage, read_inputs
from pipeline.records import build_article, split_for_model
from pipeline.schema import SCHEMA_VERSION, Article
from pipeline.settings import Settings
from pipeline.write import JSONL_NAME, MANIFEST_NAME, DuplicateRecordId, OutputWriter

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

EXTRACTED_LANGUAGES = frozenset({"en"})  # the model is English; other stories are cleaned only
IN_FLIGHT_PER_WORKER = 2  # batches queued per worker: one running, one ready, memory stays bounded
# Stories per task sent to a worker: small tasks keep every worker busy to the end of a run, and
# shipping a story and its record costs little beside the model's time on it.
STORIES_PER_TASK = 8

Annotator = Callable[[Iterable[Any]], Iterator[Any]]


@dataclass
class InputReport:
    """What became of one input file."""

    path: str
    sha256: str | None = None
    ids: list[str] = field(default_factory=list)
    reused: bool = False


@dataclass
class RunReport:
    """The outcome of a run: inputs, failures, counts and time taken."""

    inputs: list[InputReport] = field(default_factory=list)
    errors: list[InputFailure] = field(default_factory=list)
    notes: list[dict[str, str]] = field(default_factory=list)
    articles: int = 0
    seconds: float = 0.0


@dataclass(frozen=True)
class Chunk:
    """A piece of a story's text sent through the model; the last one completes the story.

    `story` may also be an item that is passed through untouched (it then goes as no text).
    """

    story: Story | Any
    offset: int
    last: bool

    @property
    def reference_date(self) -> str | None:
        return self.story.reference_date if isinstance(self.story, Story) else None


def model_name(nlp: Language) -> str:
    """The installed package name of the model, e.g. en_core_web_sm."""
    return f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}"


def stories_of(pages: Iterable[RawPage], reference_date: str | None) -> Iterator[Story]:
    """Clean pages into stories; `reference_date` fills in where a page gives none."""
    for page in pages:
        for story in clean_page(page):
            if reference_date and not story.reference_date:
                story = replace(story, reference_date=reference_date)
            yield story


def annotate(nlp: Language, items: Iterable[Story | Any], settings: Settings) -> Iterator[Any]:
    """Pipe stories through the model in batches, in order, and yield their records.

    Items that are not stories pass through untouched, in their place in the order. Stories
    longer than `settings.max_chunk_chars` go through in chunks cut at paragraph boundaries, so
    no page is ever rejected for its length; the chunks' offsets are put back together.
    With `settings.workers > 1` the work is spread over that many processes (see
    `annotate_in_processes`); they build their pipeline from `settings.model`, not from `nlp`.
    """
    if settings.workers > 1:
        yield from annotate_in_processes(items, settings)
        return
    from pipeline.nlp import make_doc

    parts: list[tuple[int, Doc]] = []
    for batch in batches(chunks_of(items, settings), settings):
        docs = (make_doc(nlp, piece, chunk.reference_date) for piece, chunk in batch)
        for doc, (_, chunk) in zip(nlp.pipe(docs, batch_size=len(batch)), batch, strict=True):
            if not isinstance(chunk.story, Story):
                yield chunk.story
                continue
            if chunk.story.language in EXTRACTED_LANGUAGES:
                parts.append((chunk.offset, doc))
            if chunk.last:
                yield build_article(chunk.story, parts)
                parts = []


def chunks_of(items: Iterable[Story | Any], settings: Settings) -> Iterator[tuple[str, Chunk]]:
    """(text, chunk) for the model: stories cut to `max_chunk_chars`, other items as ''."""
    for item in items:
        if not isinstance(item, Story) or item.language not in EXTRACTED_LANGUAGES:
            yield "", Chunk(item, 0, True)
            continue
        pieces = split_for_model(item.text, settings.max_chunk_chars)
        for number, (offset, piece) in enumerate(pieces, start=1):
            yield piece, Chunk(item, offset, number == len(pieces))


def batches(
    chunks: Iterable[tuple[str, Chunk]], settings: Settings
) -> Iterator[list[tuple[str, Chunk]]]:
    """Groups of at most `batch_size` chunks and `batch_chars` characters (one chunk at least),
    so that memory follows the batch, not the length of the longest page."""
    batch: list[tuple[str, Chunk]] = []
    size = 0
    for piece, chunk in chunks:
        full = len(batch) >= settings.batch_size or size + len(piece) > settings.batch_chars
        if batch and full:
            yield batch
            batch, size = [], 0
        batch.append((piece, chunk))
        size += len(piece)
    if batch:
        yield batch


def source_path(item: Story | Any) -> str | None:
    """The input file an item of the work stream comes from (a story or a reused input)."""
    if isinstance(item, Story):
        return item.source.path
    return getattr(item, "path", None)


def partitions(items: Iterable[Any], size: int, by_file: bool = False) -> Iterator[list[Any]]:
    """Consecutive items cut into lists of at most `size`; with `by_file`, one input file each."""
    batch: list[Any] = []
    for item in items:
        new_file = by_file and batch and source_path(item) != source_path(batch[-1])
        if batch and (len(batch) >= size or new_file):
            yield batch
            batch = []
        batch.append(item)
    if batch:
        yield batch


def ordered_results(
    submit: Callable[[list[Any]], Any], batches: Iterable[list[Any]], window: int
) -> Iterator[Any]:
    """Submit batches (futures with `.result()`), at most `window` at a time; results in order."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


@lru_cache(maxsize=1)  # one pipeline per worker process, loaded on first use and kept
def worker_pipeline(model: str | None) -> Language:
    """The pipeline of a worker process, built once per model name."""
    from pipeline.nlp import build_nlp

    return build_nlp(model)


def annotate_batch(nlp: Language, batch: list[Any], settings: Settings) -> list[Any]:
    """Records of one batch of the work stream, annotated in this process; the unit of a worker."""
    return list(annotate(nlp, batch, settings.model_copy(update={"workers": 1})))


def _annotate_in_worker(batch: list[Any], settings: Settings) -> list[Any]:
    return annotate_batch(worker_pipeline(settings.model), batch, settings)


def annotate_in_processes(items: Iterable[Any], settings: Settings) -> Iterator[Any]:
    """`annotate` spread over `settings.workers` local processes, results in input order.

    Each worker loads the model once and sends back finished records, not Docs: spaCy's own
    `n_process` serialises Docs with msgpack, which cannot carry the records in `doc._`.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    executor = ProcessPoolExecutor(
        max_workers=settings.workers,
        mp_context=multiprocessing.get_context("spawn"),  # fresh workers: no forked model state
        initializer=worker_pipeline,
        initargs=(settings.model,),
    )
    submit = partial(executor.submit, _annotate_in_worker, settings=settings)
    window = IN_FLIGHT_PER_WORKER * settings.workers
    try:
        batches = partitions(items, min(settings.batch_size, STORIES_PER_TASK))
        for results in ordered_results(submit, batches, window):
            yield from results
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


class Previous:
    """The records of an earlier run into the same folder, reusable when nothing changed."""

    def __init__(self, out: Path, version_key: dict[str, Any]) -> None:
        self.inputs: dict[str, dict[str, Any]] = {}
        self.lines: dict[str, list[str]] = {}
        try:
            manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
            if {k: manifest.get(k) for k in version_key} != version_key:
                return
            lines: dict[str, list[str]] = {}
            for line in (out / JSONL_NAME).read_text(encoding="utf-8").splitlines():
                lines.setdefault(json.loads(line)["source"]["path"], []).append(line)
            inputs = {i["path"]: i for i in manifest.get("inputs", [])}
        except (OSError, ValueError, KeyError, TypeError):
            return  # a damaged earlier output: behave as if there were none
        self.inputs, self.lines = inputs, lines

    def unchanged(self, path: str, sha256: str) -> bool:
        known = self.inputs.get(path)
        return known is not None and known.get("sha256") == sha256 and path in self.lines


def line_of(article: Article) -> int | None:
    """The JSONL line a record came from, None for other inputs."""
    if PurePosixPath(article.source.path).suffix.lower() in JSONL_SUFFIXES:
        return article.source.index + 1
    return None


@dataclass(frozen=True)
class Reused:
    """An unchanged input whose records are taken from the previous run."""

    path: str


def run(
    settings: Settings,
    nlp: Language,
    on_article: Callable[[Article], None] | None = None,
    *,
    annotator: Annotator | None = None,
) -> RunReport:
    """Process every input of `settings` into `settings.out`; bad files are reported, not raised.

    Inputs whose sha256, pipeline version and model match the folder's previous run are not
    processed again unless `settings.force`; articles.jsonl and the manifest always describe
    every record in the folder, including those of earlier runs' other inputs. `annotator`
    turns the stream of stories (and `Reused` markers) into records in the same order; the
    default is `annotate` with `nlp` (other engines, e.g. pipeline.distributed, pass their own).
    """
    started = time.perf_counter()
    report = RunReport()
    reference = settings.reference_date.isoformat() if settings.reference_date else None
    version_key = {"pipeline_version": __version__, "model": model_name(nlp)}
    previous = Previous(settings.out, version_key)
    by_path: dict[str, InputReport] = {}

    def work() -> Iterator[Story | Reused]:
        for item in read_inputs(settings.inputs):
            if isinstance(item, InputFailure):
                report.errors.append(item)
                continue
            entry = by_path.get(item.path)
            if entry is None:
                entry = by_path[item.path] = InputReport(item.path, item.sha256)
                report.inputs.append(entry)
                entry.reused = not settings.force and previous.unchanged(item.path, item.sha256)
                if entry.reused:
                    yield Reused(item.path)
            if entry.reused:
                continue
            for story in stories_of([item], reference):
                if story.language not in EXTRACTED_LANGUAGES:
                    note = f"language {story.language}: the English model is not applied"
                    report.notes.append({"id": story.id, "note": note})
                yield story

    writer = OutputWriter(settings.out)
    try:
        results = annotator(work()) if annotator else annotate(nlp, work(), settings)
        for result in results:
            if isinstance(result, Reused):
                for line in previous.lines[result.path]:
                    by_path[result.path].ids.append(writer.write_line(line))
                continue
            try:
                record_id = writer.write(result.model_dump(mode="json"))
            except DuplicateRecordId as err:
                report.errors.append(InputFailure(result.source.path, str(err), line_of(result)))
                continue
            by_path[result.source.path].ids.append(record_id)
            report.articles += 1
            if on_article:
                on_article(result)
        for path, entry in previous.inputs.items():
            if path not in by_path and path in previous.lines:  # kept from earlier runs
                kept = InputReport(path, entry.get("sha256"), reused=True)
                report.inputs.append(kept)
                kept.ids = [writer.write_line(line) for line in previous.lines[path]]
        for entry in report.inputs:
            stale = previous.inputs.get(entry.path, {}).get("records", [])
            for record_id in set(stale) - set(entry.ids):
                writer.remove(record_id)
    except BaseException:
        writer.abort()
        raise
    report.seconds = time.perf_counter() - started
    writer.close(manifest(report, nlp))
    return report


def manifest(report: RunReport, nlp: Language) -> dict[str, Any]:
    """The run manifest: versions, inputs with their sha256 and records, counts, errors, time."""
    return {
        "pipeline_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "model": model_name(nlp),
        "model_version": nlp.meta.get("version"),
        "inputs": [
            {"path": i.path, "sha256": i.sha256, "records": i.ids, "reused": i.reused}
            for i in report.inputs
        ],
        "counts": {
            "inputs": len(report.inputs),
            "records": sum(len(i.ids) for i in report.inputs),
            "processed": report.articles,
            "errors": len(report.errors),
        },
        "errors": [{"path": e.path, "line": e.line, "reason": e.reason} for e in report.errors],
        "notes": report.notes,
        "duration_seconds": round(report.seconds, 3),
    }


def process_text(
    text: str, nlp: Language, *, name: str = "text.txt", reference_date: str | None = None
) -> list[Article]:
    """Clean and extract one page given as a string; returns its validated records."""
    page = RawPage(name, hashlib.sha256(text.encode("utf-8")).hexdigest(), 0, text, "text")
    return list(annotate(nlp, stories_of([page], reference_date), Settings()))


def process_paths(paths: Iterable[Path], nlp: Language) -> Iterator[Article]:
    """Records of every readable story under `paths` (files or folders); bad files are skipped."""
    pages = (item for item in read_inputs(paths) if isinstance(item, RawPage))
    yield from annotate(nlp, stories_of(pages, None), Settings())
