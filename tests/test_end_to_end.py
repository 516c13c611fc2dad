"""End to end: the CLI on raw/ writes valid records identical to the committed processed/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.schema import Article

ROOT = Path(__file__).resolve().parents[1]
RAW, PROCESSED = ROOT / "raw", ROOT / "processed"


@pytest.fixture(scope="module")
def fresh_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    assert main(["run", str(RAW), "--out", str(out), "--no-progress"]) == 0
    return out


def records(folder: Path) -> dict[str, str]:
    return {
        p.name: p.read_text(encoding="utf-8")
        for p in sorted(folder.glob("*.json"))
        if p.name != "manifest.json"
    }


def outputs(folder: Path) -> dict[str, str]:
    """The run's record files, articles.jsonl, its registry and its projects, by name."""
    return records(folder) | {p.name: p.read_text(encoding="utf-8")
                              for p in sorted(folder.glob("*.jsonl"))}


def test_every_record_validates_and_offsets_match(fresh_run: Path) -> None:
    lines = (fresh_run / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [Article.model_validate_json(line) for line in lines]
    assert len(articles) >= 5
    assert {a.source.path for a in articles} == {p.name for p in RAW.iterdir()}
    for article in articles:
        for date in article.dates:
            assert article.text[date.start_char : date.end_char] == date.text


def test_processed_folder_equals_a_fresh_run(fresh_run: Path) -> None:
    """processed/ is committed: regenerate it with `python -m pipeline run` when this fails."""
    assert outputs(fresh_run) == outputs(PROCESSED)


def test_rerun_is_byte_identical(fresh_run: Path, tmp_path: Path) -> None:
    assert main(["run", str(RAW), "--out", str(tmp_path), "--no-progress"]) == 0
    assert outputs(tmp_path) == outputs(fresh_run)


def test_manifest_lists_inputs_with_hashes(fresh_run: Path) -> None:
    manifest = json.loads((fresh_run / "manifest.json").read_text(encoding="utf-8"))
    assert {i["path"] for i in manifest["inputs"]} == {p.name for p in RAW.iterdir()}
    assert all(len(i["sha256"]) == 64 for i in manifest["inputs"])
    assert manifest["errors"] == []
    assert manifest["counts"]["records"] == len(records(fresh_run))
