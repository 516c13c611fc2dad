"""Score the date stage on TimeML news (TimeBank) with the shared scorer `../shared/eval/timeml.py`.

    .venv/bin/python bench/timeml_dates.py            # in-process: model + news_dates only
    .venv/bin/python bench/timeml_dates.py --cli      # end to end through `python -m pipeline run`
    .venv/bin/python bench/timeml_dates.py --corpus AQUAINT

Prints the scorer's precision, recall and F1 (distinct calendar values per document).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
SHARED_EVAL = REPO.parent / "shared" / "eval"


def load_scorer() -> ModuleType:
    """The shared timeml.py module, imported from its path."""
    spec = importlib.util.spec_from_file_location("timeml", SHARED_EVAL / "timeml.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_in_process(stories: Path, out: Path) -> None:
    """Run the model and the date component on each story; write `articles.jsonl` with its dates."""
    sys.path.insert(0, str(REPO))
    from pipeline.nlp import build_nlp, make_doc

    nlp = build_nlp()
    disabled = [
        name
        for name in ("news_amounts", "news_organizations", "news_events")
        if name in nlp.pipe_names
    ]
    rows = [json.loads(line) for line in stories.read_text(encoding="utf-8").splitlines()]
    docs = (make_doc(nlp, row["text"], row["published"]) for row in rows)
    with nlp.select_pipes(disable=disabled), open(out / "articles.jsonl", "w") as f:
        for row, doc in zip(rows, nlp.pipe(docs), strict=True):
            dates = [d.model_dump() for d in doc._.dates]
            f.write(json.dumps({"id": row["id"], "dates": dates}) + "\n")


def run_cli(stories: Path, out: Path) -> None:
    """Run the whole pipeline through its command line."""
    cmd = [sys.executable, "-m", "pipeline", "run", str(stories), "--out", str(out)]
    subprocess.run(cmd, cwd=REPO, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", action="store_true", help="run end to end through the CLI")
    parser.add_argument("--corpus", default="TimeBank", help="TimeML folder under eval/timeml")
    args = parser.parse_args()
    tml_dir = SHARED_EVAL / "timeml" / args.corpus
    if not tml_dir.is_dir():
        print(f"{tml_dir} is absent: nothing to score.")
        return 0
    timeml = load_scorer()
    with tempfile.TemporaryDirectory(prefix="timeml-dates-") as tmp:
        stories, out = Path(tmp) / "stories.jsonl", Path(tmp) / "out"
        out.mkdir()
        timeml.make(str(tml_dir), str(stories))
        started = time.perf_counter()
        (run_cli if args.cli else run_in_process)(stories, out)
        elapsed = time.perf_counter() - started
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            timeml.score(str(tml_dir), str(out))
    result = json.loads(buffer.getvalue())
    print(
        f"{args.corpus}: P {result['precision']:.3f}  R {result['recall']:.3f}  "
        f"F1 {result['f1']:.3f}  (tp {result['tp']}, fp {result['fp']}, fn {result['fn']}; "
        f"{elapsed:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
