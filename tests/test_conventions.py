"""The conventions users of spaCy and of other command-line tools expect: --version, -o, `run -`,
a model directory for --model, str paths and HTML text in the API, and what records and the
manifest say about where a story came from and how the run was made."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline import __version__, process_paths, process_text
from pipeline.cli import EXIT_OK, EXIT_USAGE, main
from pipeline.lexicon.events import CAMEO, CAMEO_LABELS
from pipeline.nlp import ModelNotFound, resolve_model_name

ROOT = Path(__file__).resolve().parents[1]
STORY = ("Japan will provide Tajikistan with a grant of $5 million for clinics, the embassy "
         "said in Dushanbe on 3 May 2024.")
HTML = ("<!DOCTYPE html><html><head><title>Grant</title></head><body><article>"
        "<h1>Japan funds clinics in Tajikistan</h1>"
        f"<p>{STORY}</p><p>The clinics will open in the Khatlon region next year.</p>"
        "</article></body></html>")


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=180)


def test_version_prints_the_program_and_its_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == EXIT_OK
    assert capsys.readouterr().out.strip().endswith(__version__)


def test_help_names_the_program_as_it_was_called() -> None:
    done = cli("--help")
    assert done.stdout.startswith("usage: python -m pipeline")


def test_run_dash_reads_one_page_from_stdin(tmp_path: Path) -> None:
    done = cli("run", "-", "-o", str(tmp_path / "out"), "--no-progress", stdin=STORY)
    assert done.returncode == EXIT_OK, done.stderr
    record = json.loads((tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8"))
    assert record["source"]["path"] == "stdin.txt" and record["events"]


def test_export_format_follows_the_file_name(tmp_path: Path, nlp: Language) -> None:
    run_dir = tmp_path / "run"
    assert main(["run", str(ROOT / "raw" / "003_01bcc21cf51fd19d.txt"), "-o", str(run_dir),
                 "--no-progress"]) == EXIT_OK
    assert main(["export", str(run_dir), "-o", str(tmp_path / "news.sqlite")]) == EXIT_OK
    with sqlite3.connect(tmp_path / "news.sqlite") as connection:
        assert connection.execute("SELECT COUNT(*) FROM articles").fetchone() == (1,)
    assert main(["export", str(run_dir), "-o", str(tmp_path / "tables")]) == EXIT_OK
    assert (tmp_path / "tables" / "events.csv").is_file()


# --- --model -----------------------------------------------------------------------------
def test_a_saved_pipeline_directory_is_a_model(nlp: Language, tmp_path: Path) -> None:
    folder = tmp_path / "mymodel"
    nlp.to_disk(folder)
    assert resolve_model_name(str(folder)) == str(folder)
    done = cli("run", str(ROOT / "raw" / "003_01bcc21cf51fd19d.txt"), "-o",
               str(tmp_path / "out"), "--model", str(folder), "--no-progress")
    assert done.returncode == EXIT_OK, done.stderr


@pytest.mark.parametrize(("given", "message"), [
    ("./no-such-folder", "no such folder"),
    ("{folder}", "no config.cfg"),
    ("no_such_package", "not installed"),
])
def test_a_model_that_cannot_be_loaded_is_a_usage_error_saying_why(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], given: str, message: str) -> None:
    model = given.format(folder=tmp_path)
    with pytest.raises(ModelNotFound, match=message):
        resolve_model_name(model)
    assert main(["run", str(ROOT / "raw"), "-o", str(tmp_path / "out"), "--model", model,
                 "--no-progress"]) == EXIT_USAGE
    assert message in capsys.readouterr().err


# --- API ---------------------------------------------------------------------------------
def test_process_paths_takes_str_and_path(nlp: Language) -> None:
    one = ROOT / "raw" / "003_01bcc21cf51fd19d.txt"
    assert [a.id for a in process_paths(str(one), nlp)] == [
        a.id for a in process_paths([one], nlp)] == ["003_01bcc21cf51fd19d"]


def test_process_text_reads_plain_html_as_html(nlp: Language) -> None:
    article = process_text(HTML, nlp)[0]
    assert article.title == "Japan funds clinics in Tajikistan"
    assert "<p>" not in article.text and article.events


def test_process_text_keeps_text_with_angle_brackets_as_text(nlp: Language) -> None:
    text = f"Grant for clinics <update>\n\n{STORY}"
    assert process_text(text, nlp)[0].title == "Grant for clinics <update>"


def test_the_readme_api_snippet_runs_from_an_empty_folder(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippet = readme.split("## Python API", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    done = subprocess.run([sys.executable, "-c", snippet], cwd=tmp_path, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "funding" in done.stdout


# --- records and manifest ----------------------------------------------------------------
def test_source_index_counts_the_stories_of_a_listing_page(nlp: Language) -> None:
    listing = sorted(process_paths(ROOT / "raw" / "000_b47725727072ba75.txt", nlp),
                     key=lambda a: a.id)
    assert len(listing) > 1
    assert [a.source.index for a in listing] == list(range(len(listing)))
    assert all(a.source.line is None for a in listing)


def test_html_metadata_fills_site_author_and_the_publication_date(nlp: Language) -> None:
    head = ('<meta property="og:site_name" content="Steppe Wire">'
            '<meta name="author" content="Aida Karimova">'
            '<meta property="article:published_time" content="2024-05-03">')
    article = process_text(HTML.replace("<title>Grant</title>", f"<title>Grant</title>{head}"),
                           nlp)[0]
    assert (article.site, article.author, article.published) == (
        "Steppe Wire", "Aida Karimova", "2024-05-03")
    assert process_text(STORY, nlp)[0].site is None  # a plain text names no site


def test_every_cameo_code_has_its_label() -> None:
    produced = set(CAMEO.values()) | {"036", "040", "042", "0311"}
    assert produced <= CAMEO_LABELS.keys()


def test_the_manifest_says_when_and_how_the_run_was_made(tmp_path: Path, nlp: Language,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.nlp.build_nlp", lambda model=None: nlp)
    assert main(["run", str(ROOT / "raw" / "003_01bcc21cf51fd19d.txt"), "-o", str(tmp_path),
                 "--batch-size", "4", "--no-progress"]) == EXIT_OK
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["started_at"].endswith("+00:00")
    assert manifest["settings"]["batch_size"] == 4
