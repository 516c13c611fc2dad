"""Core: the stages joined into a run, and the Python API for strings and folders."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import __version__
from pipeline.clean import Story, clean_page
from pipeline.ingest import InputFailure, RawPage, read_inputs
from pipeline.records import build_article
from pipeline.schema import SCHEMA_VERSION, Article
from pipeline.settings import Settings
from pipeline.write import OutputWriter

if TYPE_CHECKING:
    from spacy.language import Language

EXTRACTED_LANGUAGES = frozenset({"en"})  # the model is English; other stories are cleaned only


@dataclass
class InputReport:
    """What became of one input file."""

    path: str
    sha256: str | None = None
    stories: int = 0
    error: str | None = None


@dataclass
class RunReport:
    """The outcome of a run: per-input reports, counts and time taken."""

    inputs: list[InputReport] = field(default_factory=list)
    articles: int = 0
    seconds: float = 0.0

    @property
    def errors(self) -> list[InputReport]:
        return [item for item in self.inputs if item.error]


def stories_of(pages: list[RawPage], reference_date: str | None) -> list[Story]:
    """Clean every page of one file; the CLI's reference date fills in where the page has none."""
    stories = [story for page in pages for story in clean_page(page)]
    if reference_date:
        stories = [
            s if s.reference_date else replace(s, reference_date=reference_date) for s in stories
        ]
    return stories


def annotate(nlp: Language, stories: Iterable[Story], settings: Settings) -> Iterator[Article]:
    """Run the stories through `nlp.pipe` in batches, in order, and build their records."""
    from pipeline.nlp import make_doc

    def docs() -> Iterator[tuple[Any, Story]]:
        for story in stories:
            text = story.text if story.language in EXTRACTED_LANGUAGES else ""
            yield make_doc(nlp, text, story.reference_date), story

    piped = nlp.pipe(
        docs(), as_tuples=True, batch_size=settings.batch_size, n_process=settings.workers
    )
    for doc, story in piped:
        yield build_article(story, doc if story.language in EXTRACTED_LANGUAGES else None)


def run(
    settings: Settings, nlp: Language, on_article: Callable[[Article], None] | None = None
) -> RunReport:
    """Process every input of `settings` into `settings.out`; bad files are reported, not raised."""
    started = time.perf_counter()
    report = RunReport()
    reference = settings.reference_date.isoformat() if settings.reference_date else None

    def stories() -> Iterator[Story]:
        for item in read_inputs(settings.inputs):
            if isinstance(item, InputFailure):
                report.inputs.append(InputReport(item.path, error=item.reason))
                continue
            entry = InputReport(item[0].path, item[0].sha256)
            report.inputs.append(entry)
            for story in stories_of(item, reference):
                entry.stories += 1
                yield story

    writer = OutputWriter(settings.out)
    try:
        for article in annotate(nlp, stories(), settings):
            writer.write(article)
            report.articles += 1
            if on_article:
                on_article(article)
    except BaseException:
        writer.abort()
        raise
    report.seconds = time.perf_counter() - started
    writer.close(manifest(report, nlp))
    return report


def manifest(report: RunReport, nlp: Language) -> dict[str, Any]:
    """The run manifest: versions, inputs with their sha256, counts, errors, duration."""
    return {
        "pipeline_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "model": {
            "name": nlp.meta.get("lang", "") + "_" + nlp.meta.get("name", ""),
            "version": nlp.meta.get("version"),
        },
        "inputs": [
            {"path": i.path, "sha256": i.sha256, "stories": i.stories}
            for i in report.inputs
            if not i.error
        ],
        "counts": {
            "inputs": len(report.inputs),
            "articles": report.articles,
            "errors": len(report.errors),
        },
        "errors": [{"path": i.path, "reason": i.error} for i in report.errors],
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

    def stories() -> Iterator[Story]:
        for item in read_inputs(paths):
            if not isinstance(item, InputFailure):
                yield from stories_of(item, None)

    yield from annotate(nlp, stories(), Settings())
