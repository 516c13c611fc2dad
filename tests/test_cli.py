"""CLI: exit codes, one stderr line per failure, no tracebacks, a light start for help/schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language

import pipeline.nlp
from pipeline.cli import EXIT_FAILURES, EXIT_OK, EXIT_USAGE, main

ROOT = Path(__file__).resolve().parents[1]
STORY = (
    "Japan and Kazakhstan sign memorandum on labour migration\n"
    "Japan and Kazakhstan signed a memorandum of cooperation on labour migration in Astana "
    "on 14 March 2024. The Japan International Cooperation Agency will train 500 workers."
)


def python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


@pytest.fixture
def shared_model(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> Language:
    """`run` uses the session's loaded pipeline instead of loading the model again."""
    monkeypatch.setattr(pipeline.nlp, "build_nlp", lambda model=None: nlp)
    return nlp


def run_cli(*args: str) -> int:
    return main(["run", *args, "--no-progress"])


# --- start-up ---------------------------------------------------------------------------------


def test_help_exits_zero_without_importing_spacy() -> None:
    done = python(
        "import sys\nfrom pipeline.cli import main\n"
        "assert main(['--help']) == 0\nassert 'spacy' not in sys.modules, 'spacy imported'"
    )
    assert done.returncode == 0, done.stderr
    assert "usage: python -m pipeline" in done.stdout


def test_schema_prints_the_record_schema_without_importing_spacy() -> None:
    done = python(
        "import sys\nfrom pipeline.cli import main\n"
        "assert main(['schema']) == 0\nassert 'spacy' not in sys.modules, 'spacy imported'"
    )
    assert done.returncode == 0, done.stderr
    schema = json.loads(done.stdout)
    assert schema["title"] == "Article" and "dates" in schema["properties"]


def test_python_dash_m_pipeline_help_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and "--reference-date" in done.stdout


# --- usage errors -----------------------------------------------------------------------------


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "raw", "--colour"]) == EXIT_USAGE
    assert "unrecognized arguments: --colour" in capsys.readouterr().err


def test_missing_command_is_a_usage_error() -> None:
    assert main([]) == EXIT_USAGE


def test_missing_input_path_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such-folder"
    assert run_cli(str(missing), "--out", str(tmp_path / "out")) == EXIT_USAGE
    assert f"no such input: {missing}" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("value", ["2024-13-01", "14/03/2024", "yesterday"])
def test_bad_reference_date_is_a_usage_error(
    value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(str(tmp_path), "--reference-date", value) == EXIT_USAGE
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_missing_model_is_a_usage_error_naming_the_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    code = run_cli(str(tmp_path), "--out", str(tmp_path / "out"), "--model", "no_such_model")
    assert code == EXIT_USAGE
    err = capsys.readouterr().err
    assert "no_such_model is not installed" in err and "pip install" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("option", ["--workers", "--batch-size"])
def test_zero_workers_or_batch_size_is_a_usage_error(option: str, tmp_path: Path) -> None:
    assert run_cli(str(tmp_path), option, "0") == EXIT_USAGE


# --- runs -------------------------------------------------------------------------------------


def test_run_exits_zero_when_every_input_gives_records(
    shared_model: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text(STORY, encoding="utf-8")
    assert run_cli(str(tmp_path / "raw"), "--out", str(tmp_path / "out")) == EXIT_OK
    assert (tmp_path / "out" / "a.json").is_file()
    assert "Traceback" not in capsys.readouterr().err


def test_run_reports_each_failure_on_one_stderr_line_and_exits_one(
    shared_model: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(STORY, encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")
    (raw / "scan.txt").write_bytes(b"\x00\x01\x02")
    (raw / "feed.jsonl").write_text(
        json.dumps({"text": STORY}) + '\n{"text": broken\n', encoding="utf-8"
    )
    assert run_cli(str(raw), "--out", str(tmp_path / "out")) == EXIT_FAILURES
    err = capsys.readouterr().err
    assert "Traceback" not in err
    failures = [line for line in err.splitlines() if not line.endswith(str(tmp_path / "out"))]
    assert [line.split(": ", 1)[0] for line in failures] == [
        "empty.txt",
        "feed.jsonl",
        "scan.txt",
    ]
    assert "line 2" in failures[1] and "looks binary" in failures[2]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert [(e["path"], e["line"]) for e in manifest["errors"]] == [
        ("empty.txt", None),
        ("feed.jsonl", 2),
        ("scan.txt", None),
    ]
    assert sum(len(i["records"]) for i in manifest["inputs"]) == 2  # good.txt and line 1


def test_unexpected_error_is_one_line_without_traceback(
    shared_model: Language,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pipeline.core

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(pipeline.core, "run", broken)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    assert run_cli(str(tmp_path / "a.txt"), "--out", str(tmp_path / "out")) == EXIT_FAILURES
    err = capsys.readouterr().err
    assert "Traceback" not in err and "disk on fire" in err and "--debug" in err
