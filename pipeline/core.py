"""Core: the stages joined into a run, and the Python API for strings and folders."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from pipeline import __version__
from pipeline.clean import Story, clean_page
from pipeline.ingest import (
    HTML_SUFFIXES,
    InputFailure,
    InputFile,
    RawPage,
    discover,
    html_to_page_text,
    looks_like_html,
    read_file,
    read_inputs,
)
from pipeline.records import build_article, not_extracted, split_for_model
from pipeline.schema import ISO_LENGTH, SCHEMA_VERSION, Article
from pipeline.settings import EXTRACTED_LANGUAGES, Settings
from pipeline.write import (
    JSONL_NAME,
    MANIFEST_NAME,
    OutputWriter,
    is_own_manifest,
    output_lock,
    record_filename,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

IN_FLIGHT_PER_WORKER = 2  # batches queued per worker: one running, one ready, memory stays bounded
# Stories per task sent to a worker: small tasks keep every worker busy to the end of a run, and
# shipping a story and its record costs little beside the model's time on it.
STORIES_PER_TASK = 8
# Memory one worker process needs with the model loaded (peak RSS of a worker, with headroom).
WORKER_MIB = 400
LOG = logging.getLogger(__name__)

Annotator = Callable[[Iterable[Any]], Iterator[Any]]


@dataclass
class InputReport:
    """What became of one input file."""

    path: str
    sha256: str | None = None
    ids: list[str] = field(default_factory=list)
    reused: bool = False
    file: str | None = None  # where the input is, relative to the output folder
    kept: bool = False  # not an input of this run: its records are kept from earlier runs


@dataclass
class RunReport:
    """The outcome of a run: inputs, failures, notes, removed records, counts and time taken."""

    inputs: list[InputReport] = field(default_factory=list)
    errors: list[InputFailure] = field(default_factory=list)
    notes: list[dict[str, str]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    articles: int = 0
    seconds: float = 0.0

    def note(self, key: str, value: str, note: str) -> None:
        """Record a note once (`key` is "path" or "id")."""
        entry = {key: value, "note": note}
        if entry not in self.notes:
            self.notes.append(entry)


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

    @property
    def published(self) -> str | None:
        """The story's publication day, when the page gave one to the day, for the piece
        that holds the story's lead (the date of the lead's undated news)."""
        value = self.story.published if isinstance(self.story, Story) and not (
            self.offset) else None
        return value if value and len(value) == ISO_LENGTH["day"] else None

    @property
    def language(self) -> str | None:
        """The story's language when the model extracts it, else None (the item passes)."""
        if isinstance(self.story, Story) and self.story.language in EXTRACTED_LANGUAGES:
            return self.story.language
        return None


def model_name(nlp: Language) -> str:
    """The installed package name of the model, e.g. en_core_web_sm."""
    return f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}"


def story_failure(story: Story, stage: str, err: Exception) -> InputFailure:
    """The reported error of one story whose `stage` raised `err`: the story fails, not the run."""
    line = story.source.line
    LOG.debug("%s failed on %s", stage, story.id, exc_info=err)
    return InputFailure(story.source.path, f"{stage} failed: {type(err).__name__}: {err}", line)


def page_failure(page: RawPage, err: Exception) -> InputFailure:
    """The reported error of a page that cleaning could not split into stories."""
    line = page.index + 1 if page.format == "jsonl" else None
    LOG.debug("cleaning failed on %s", page.path, exc_info=err)
    return InputFailure(page.path, f"cleaning failed: {type(err).__name__}: {err}", line,
                        page.origin)


def stories_of(pages: Iterable[RawPage], reference_date: str | None
               ) -> Iterator[Story | InputFailure]:
    """Clean pages into stories; `reference_date` fills in where a page gives none. A page that
    cleaning fails on becomes its failure."""
    counted: dict[str, int] = {}  # stories so far of each file
    for page in pages:
        try:
            stories = clean_page(page)
        except Exception as err:
            yield page_failure(page, err)
            continue
        for story in stories:
            index = counted.get(page.path, 0)
            counted[page.path] = index + 1
            story = replace(story, source=story.source.model_copy(update={"index": index}))
            if reference_date and not story.reference_date:
                story = replace(story, reference_date=reference_date, reference_source="setting")
            yield story


def annotate(nlp: Language, items: Iterable[Story | Any], settings: Settings) -> Iterator[Any]:
    """Pipe stories through the model in batches, in order, and yield their records.

    Items that are not stories pass through untouched, in their place in the order. Stories
    longer than `settings.max_chunk_chars` go through in chunks cut at paragraph boundaries, so
    no page is ever rejected for its length; the chunks' offsets are put back together. A story
    that the model or its record fails on yields its InputFailure instead; the others go on.
    With `settings.workers > 1` the work is spread over processes (see `annotate_in_processes`);
    they build their pipeline from `settings.model`, not from `nlp`.
    """
    if settings.workers > 1:
        yield from annotate_in_processes(items, settings)
        return
    parts: list[tuple[int, Doc]] = []
    failed: Exception | None = None
    for batch in batches(chunks_of(items, settings), settings):
        for (_, chunk), doc in zip(batch, annotated_docs(nlp, batch), strict=True):
            if not isinstance(chunk.story, Story):
                yield chunk.story
                continue
            if isinstance(doc, Exception):
                failed = failed or doc
            elif chunk.story.language in EXTRACTED_LANGUAGES:
                parts.append((chunk.offset, doc))
            if chunk.last:
                yield record_of(chunk.story, parts, failed)
                parts, failed = [], None


def annotated_docs(nlp: Language, batch: list[tuple[str, Chunk]]) -> list[Doc | Exception]:
    """The batch's Docs, each language through its own pipeline; when a part fails, each of its
    chunks again on its own, so that an error stays with the chunk that raised it."""
    found: list[Doc | Exception | None] = [None] * len(batch)
    for language in dict.fromkeys(chunk.language for _, chunk in batch):
        places = [i for i, (_, chunk) in enumerate(batch) if chunk.language == language]
        docs = _piped(nlp, [batch[i] for i in places])
        for i, doc in zip(places, docs, strict=True):
            found[i] = doc
    return found  # type: ignore[return-value]


def _piped(nlp: Language, batch: list[tuple[str, Chunk]]) -> list[Doc | Exception]:
    """The chunks of one language through its pipeline (`nlp` for English)."""
    from pipeline.nlp import make_doc, nlp_for

    language = batch[0][1].language
    try:
        model = nlp_for(nlp, language) if language else nlp
        docs = [make_doc(model, piece, chunk.reference_date, chunk.published)
                for piece, chunk in batch]
        return list(model.pipe(docs, batch_size=len(batch)))
    except Exception:
        found: list[Doc | Exception] = []
        for piece, chunk in batch:
            try:
                model = nlp_for(nlp, language) if language else nlp
                found.append(model(make_doc(model, piece, chunk.reference_date, chunk.published)))
            except Exception as err:
                found.append(err)
        return found


def record_of(story: Story, parts: list[tuple[int, Doc]], failed: Exception | None
              ) -> Article | InputFailure:
    """The story's record, or its failure when the model or the record raised."""
    if failed is not None:
        return story_failure(story, "the model", failed)
    try:
        return build_article(story, parts)
    except Exception as err:
        return story_failure(story, "building the record", err)


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

    workers, _ = worker_count(settings.workers)
    settings = settings.model_copy(update={"workers": workers})
    executor = ProcessPoolExecutor(
        max_workers=workers,
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


def worker_count(requested: int) -> tuple[int, str | None]:
    """The number of model processes to start: at most one per core and as many as the free
    memory holds (WORKER_MIB each), and a note saying why when that is fewer than requested."""
    cores = os.cpu_count() or 1
    try:
        free_mib = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 2**20
    except (ValueError, OSError, AttributeError):  # not on this system: cores alone decide
        free_mib = requested * WORKER_MIB
    workers = max(1, min(requested, cores, free_mib // WORKER_MIB))
    if workers == requested:
        return workers, None
    return workers, (f"--workers {requested} capped at {workers}: {cores} cores, {free_mib} MiB "
                     f"free, about {WORKER_MIB} MiB per worker")


class Previous:
    """What the folder's previous run left: its inputs and records, which this pipeline owns, and
    whether they can be reused (same pipeline version and model)."""

    def __init__(self, out: Path, version_key: dict[str, Any]) -> None:
        self.inputs: list[dict[str, Any]] = []
        self.lines: dict[str, str] = {}  # record id -> its articles.jsonl line
        self.reusable = False
        try:
            manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
            if not is_own_manifest(manifest):
                return
            inputs = [i for i in manifest["inputs"] if isinstance(i, dict) and "path" in i]
            lines = {}
            for line in (out / JSONL_NAME).read_text(encoding="utf-8").splitlines():
                lines[json.loads(line)["id"]] = line
        except (OSError, ValueError, KeyError, TypeError):
            return  # a damaged earlier output: behave as if there were none
        self.inputs, self.lines = inputs, lines
        self.reusable = {k: manifest.get(k) for k in version_key} == version_key

    def owned_names(self) -> set[str]:
        """The file names of every record the previous run wrote."""
        return {record_filename(i) for entry in self.inputs for i in entry.get("records", [])}

    def entry(self, file: str, path: str) -> dict[str, Any] | None:
        """The previous run's entry of an input (found by where it is; by its name in manifests
        that do not say where)."""
        return next((e for e in self.inputs if e.get("file", None) == file), None) or next(
            (e for e in self.inputs if "file" not in e and e["path"] == path), None)

    def records(self, entry: dict[str, Any]) -> list[str]:
        """The JSONL lines of an input's records, when every one of them is still there."""
        ids = entry.get("records", [])
        return [self.lines[i] for i in ids] if all(i in self.lines for i in ids) else []


def line_of(article: Article) -> int | None:
    """The JSONL line a record came from, None for other inputs."""
    return article.source.line


@dataclass(frozen=True)
class Reused:
    """An unchanged input whose records are taken from the previous run."""

    path: str
    lines: tuple[str, ...]


def location(path: Path, out: Path) -> str:
    """Where an input is, relative to the output folder: it names the input across runs and
    survives moving the project (inputs and outputs) elsewhere."""
    return Path(os.path.relpath(path.absolute(), out.absolute())).as_posix()


def in_folders(file: str, out: Path, folders: list[Path]) -> bool:
    """Whether an input of an earlier run (where it is relative to `out`) lies in `folders`."""
    absolute = Path(os.path.normpath(out.absolute() / file))
    return any(absolute.is_relative_to(folder.absolute()) for folder in folders)


def run(
    settings: Settings,
    nlp: Language,
    on_article: Callable[[Article], None] | None = None,
    *,
    annotator: Annotator | None = None,
) -> RunReport:
    """Process every input of `settings` into `settings.out`; bad files and stories are
    reported, never raised, and never stop the others.

    Inputs whose sha256, name, pipeline version and model match the folder's previous run are
    not processed again unless `settings.force`. The folder keeps the records of earlier runs'
    other inputs, except those that lie in an input folder of this run and are gone from it, and,
    with `settings.prune`, all of them: articles.jsonl and the manifest always describe exactly
    the records in the folder, and the manifest says what was removed and why. `annotator` turns
    the stream of stories (and `Reused` markers) into records in the same order; the default is
    `annotate` with `nlp` (other engines, e.g. pipeline.distributed, pass their own).
    """
    started = time.perf_counter()
    started_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    report = RunReport()
    out = settings.out
    reference = settings.reference_date.isoformat() if settings.reference_date else None
    version_key = {"pipeline_version": __version__, "model": model_name(nlp)}
    with output_lock(out):
        previous = Previous(out, version_key)
        writer = OutputWriter(out, previous.owned_names())
        try:
            _run(settings, nlp, report, previous, writer, reference, on_article, annotator)
        except BaseException:
            writer.abort()
            raise
        report.seconds = time.perf_counter() - started
        writer.close(manifest(report, nlp, settings, started_at))
    return report


def _run(settings: Settings, nlp: Language, report: RunReport, previous: Previous,
         writer: OutputWriter, reference: str | None,
         on_article: Callable[[Article], None] | None, annotator: Annotator | None) -> None:
    out = settings.out
    sources = list(discover(settings.inputs, exclude=out))
    here = {location(s.path, out) for s in sources if isinstance(s, InputFile)}
    folders = [p for p in settings.inputs if p.is_dir()]
    kept: list[dict[str, Any]] = []
    for entry in previous.inputs:
        file = entry.get("file", entry["path"])
        if file in here or ("file" not in entry and any(
                isinstance(s, InputFile) and s.rel == entry["path"] for s in sources)):
            continue  # an input of this run: its earlier records are reused or replaced
        if settings.prune or in_folders(file, out, folders):
            reason = ("--prune: not an input of this run" if settings.prune
                      else "the file is gone from its input folder")
            report.removed.append({"path": entry["path"], "records": entry.get("records", []),
                                   "reason": reason})
        else:
            kept.append(entry)
            writer.reserve({record_filename(i): file for i in entry.get("records", [])})
    by_path: dict[str, InputReport] = {}

    def work() -> Iterator[Story | Reused | InputFailure]:
        for source in sources:
            if isinstance(source, InputFailure):
                yield source
                continue
            file = location(source.path, out)
            earlier = previous.entry(file, source.rel)
            if earlier is not None:  # its records keep their ids if it is processed again
                writer.reserve({record_filename(i): file for i in earlier.get("records", [])})
            entry = by_path[source.rel] = InputReport(source.rel, file=file)
            report.inputs.append(entry)
            for item in read_file(source):
                if isinstance(item, InputFailure):
                    yield item
                    continue
                if entry.sha256 is None:
                    entry.sha256 = item.sha256
                    lines = previous.records(earlier) if earlier is not None else []
                    if (not settings.force and previous.reusable and lines and
                            earlier["path"] == source.rel and earlier.get("sha256") == item.sha256):
                        entry.reused = True
                        yield Reused(source.rel, tuple(lines))
                        break
                for note in item.notes:
                    report.note("path", source.rel, note)
                for story in stories_of([item], reference):
                    if isinstance(story, Story) and story.language not in EXTRACTED_LANGUAGES:
                        note = not_extracted(story.language)
                        report.note("id", story.id, note)
                    yield story

    results = annotator(work()) if annotator else annotate(nlp, work(), settings)
    for result in results:
        if isinstance(result, Reused):
            by_path[result.path].ids += [writer.write_line(line) for line in result.lines]
        elif isinstance(result, InputFailure):
            report.errors.append(result)
        else:
            _write(result, by_path[result.source.path], writer, report, on_article)
    for entry in kept:
        lines = previous.records(entry)
        kept_report = InputReport(entry["path"], entry.get("sha256"), reused=True,
                                  file=entry.get("file"), kept=True)
        kept_report.ids = [writer.write_line(line) for line in lines]
        report.inputs.append(kept_report)
    _remove_replaced(previous, report, writer)


def _write(article: Article, entry: InputReport, writer: OutputWriter, report: RunReport,
           on_article: Callable[[Article], None] | None) -> None:
    """Write one new record under an id of its own; a record that cannot be written is its
    story's reported error."""
    try:
        record_id = writer.claim(article.id, entry.file or entry.path,
                                 f"{entry.file}:{article.source.index}")
        if record_id != article.id:
            report.note("path", entry.path, f"the id {article.id!r} belongs to another record "
                        f"or to a file in the output folder; this record is {record_id!r}")
            article = article.model_copy(update={"id": record_id})
        writer.write(article.model_dump(mode="json"), article)
    except Exception as err:
        report.errors.append(InputFailure(entry.path, f"writing the record failed: "
                                          f"{type(err).__name__}: {err}", line_of(article)))
        return
    entry.ids.append(article.id)
    report.articles += 1
    if on_article:
        on_article(article)


def _remove_replaced(previous: Previous, report: RunReport, writer: OutputWriter) -> None:
    """Delete the files of earlier records that this run did not keep: replaced, removed, or of
    an input that failed this time; note the inputs whose records went without replacement."""
    current = {i for entry in report.inputs for i in entry.ids}
    failed = {e.path for e in report.errors}
    for entry in previous.inputs:
        gone = [i for i in entry.get("records", []) if i not in current]
        for record_id in gone:
            writer.remove(record_id)
        if gone and entry["path"] in failed:
            report.removed.append({"path": entry["path"], "records": gone,
                                   "reason": "the input failed in this run (see errors)"})


def manifest(report: RunReport, nlp: Language, settings: Settings, started_at: str
             ) -> dict[str, Any]:
    """The run manifest: versions, when the run started (UTC) and the settings it used, inputs
    with their sha256 and records, counts, errors, notes, removed records, time. The start and
    the duration differ from run to run: reruns are byte-identical in every record and in
    articles.jsonl and registry.jsonl, not in the manifest."""
    return {
        "pipeline_version": __version__,
        "started_at": started_at,
        "settings": settings.model_dump(
            mode="json", include={"inputs", "model", "workers", "engine", "batch_size",
                                  "reference_date", "force", "prune"}),
        "schema_version": SCHEMA_VERSION,
        "model": model_name(nlp),
        "model_version": nlp.meta.get("version"),
        "inputs": [
            {"path": i.path, "file": i.file, "sha256": i.sha256, "records": i.ids,
             "reused": i.reused, "kept": i.kept}
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
        "removed": report.removed,
        "duration_seconds": round(report.seconds, 3),
    }


def process_text(
    text: str, nlp: Language, *, name: str = "text.txt", reference_date: str | None = None,
    html: bool | None = None,
) -> list[Article]:
    """Clean and extract one page given as a string; returns its validated records (a story that
    fails is logged and left out). The page is read as HTML when `html` says so, or, left None,
    when `name` ends in .html/.htm or the text is plainly HTML; raises InputError when an HTML
    page holds no article text."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    if html is None:
        html = PurePosixPath(name).suffix.lower() in HTML_SUFFIXES or looks_like_html(text)
    if html:
        body, meta = html_to_page_text(text, name)
        page = RawPage(name, digest, 0, body, "html", meta)
    else:
        page = RawPage(name, digest, 0, text, "text")
    return list(_articles(annotate(nlp, stories_of([page], reference_date), Settings())))


def process_paths(paths: str | Path | Iterable[str | Path], nlp: Language) -> Iterator[Article]:
    """Records of every readable story under `paths` (files or folders, as str or Path); bad
    files and stories are logged and skipped."""
    paths = [paths] if isinstance(paths, str | Path) else paths
    pages = _articles(read_inputs([Path(p) for p in paths]))
    yield from _articles(annotate(nlp, stories_of(pages, None), Settings()))


def _articles(items: Iterable[Any]) -> Iterator[Any]:
    """The items that are not failures; each failure is logged as a warning."""
    for item in items:
        if isinstance(item, InputFailure):
            LOG.warning("%s: %s", item.path, item.reason)
        else:
            yield item
