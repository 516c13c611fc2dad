"""Hostile and careless use: each probe gives its input, then the promise. Nothing is lost, no
run is aborted by one input, nothing outside --out is written, nothing of the user's is
overwritten or deleted, and every failure is named in the manifest and on stderr."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from pathlib import Path

import pytest
from spacy.language import Language

import pipeline.nlp
from pipeline.cli import EXIT_FAILURES, EXIT_OK, EXIT_USAGE, main
from pipeline.core import run, worker_count
from pipeline.settings import Settings
from pipeline.write import JSONL_NAME, MANIFEST_NAME, output_lock, record_filename

STORY = (
    "Japan funds a clinic in Osh\n"
    "Japan will give Kyrgyzstan a grant of 300 million yen for a clinic in Osh, the embassy said "
    "on 4 March 2024. The grant agreement was signed in Bishkek."
)
OTHER = (
    "Korea trains nurses from Tajikistan\n"
    "Korea will train 40 nurses from Tajikistan in Seoul, the ministry said on 9 April 2024. The "
    "first group leaves in May."
)


@pytest.fixture
def shared_model(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> Language:
    """The CLI uses the session's loaded pipeline instead of loading the model again."""
    monkeypatch.setattr(pipeline.nlp, "build_nlp", lambda model=None: nlp)
    return nlp


def cli(*args: str) -> int:
    return main([*args, "--no-progress"] if args[0] == "run" else list(args))


def folder(root: Path, name: str, files: dict[str, str | bytes]) -> Path:
    path = root / name
    path.mkdir(parents=True, exist_ok=True)
    for file, content in files.items():
        target = path / file
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return path


def manifest_of(out: Path) -> dict:
    return json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))


def records_of(out: Path) -> list[dict]:
    lines = (out / JSONL_NAME).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def consistent(out: Path) -> list[str]:
    """The ids of the folder's records, checked to agree between articles.jsonl, the record
    files and the manifest."""
    ids = [r["id"] for r in records_of(out)]
    listed = [i for entry in manifest_of(out)["inputs"] for i in entry["records"]]
    files = sorted(p.name for p in out.glob("*.json") if p.name != MANIFEST_NAME)
    assert sorted(ids) == sorted(listed) and len(set(ids)) == len(ids)
    for record in records_of(out):
        stored = json.loads((out / record_filename(record["id"])).read_text(encoding="utf-8"))
        assert stored == record
    assert len(files) >= len(ids)
    return ids


# --- one input never aborts the run -------------------------------------------------------------


def test_dates_at_the_end_of_the_calendar_do_not_abort_the_run(
        shared_model: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = folder(tmp_path, "raw", {
        "end.txt": "31 December 9999\n\nThe fund will open tomorrow and close next Monday, "
                   "officials said. Japan will give $5 million.",
        "good.txt": STORY,
    })
    assert cli("run", str(raw), "--out", str(tmp_path / "out")) in (EXIT_OK, EXIT_FAILURES)
    assert "Traceback" not in capsys.readouterr().err
    assert {r["source"]["path"] for r in records_of(tmp_path / "out")} == {"end.txt", "good.txt"}


def test_a_reference_date_beyond_the_calendar_is_a_usage_error(
        shared_model: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = folder(tmp_path, "raw", {"good.txt": STORY})
    code = cli("run", str(raw), "--out", str(tmp_path / "out"), "--reference-date", "9999-12-31")
    assert code == EXIT_USAGE and "outside the years" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_lone_surrogates_in_jsonl_text_and_id_are_replaced_and_noted(
        shared_model: Language, tmp_path: Path) -> None:
    lines = ['{"id": "a\\udc80b", "text": "Japan opened a school in Osh \\udc80 on 3 May 2024."}',
             json.dumps({"id": "c", "text": OTHER})]
    raw = folder(tmp_path, "raw", {"feed.jsonl": "\n".join(lines)})
    assert cli("run", str(raw), "--out", str(tmp_path / "out")) == EXIT_OK
    first, second = records_of(tmp_path / "out")
    assert first["id"] == "a\ufffdb" and "\ufffd" in first["text"] and second["id"] == "c"
    assert len(manifest_of(tmp_path / "out")["notes"]) == 2
    consistent(tmp_path / "out")


def test_a_jsonl_line_nested_too_deeply_fails_alone(
        shared_model: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    raw = folder(tmp_path, "raw", {"feed.jsonl": deep + "\n" + json.dumps({"text": STORY})})
    assert cli("run", str(raw), "--out", str(tmp_path / "out")) == EXIT_FAILURES
    assert "line 1 is nested too deeply" in capsys.readouterr().err
    assert len(records_of(tmp_path / "out")) == 1
    assert manifest_of(tmp_path / "out")["errors"][0]["line"] == 1


def test_an_error_inside_the_model_fails_that_story_only(
        nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = folder(tmp_path, "raw", {"a.txt": STORY, "b.txt": OTHER})
    ner = nlp.get_pipe("news_events")
    real = type(ner).__call__

    def fragile(self: object, doc: object) -> object:
        if "nurses" in doc.text:  # type: ignore[attr-defined]
            raise RuntimeError("probe")
        return real(self, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(type(ner), "__call__", fragile)
    report = run(Settings(inputs=[raw], out=tmp_path / "out", progress=False), nlp)
    assert [r["source"]["path"] for r in records_of(tmp_path / "out")] == ["a.txt"]
    assert [(e.path, e.reason) for e in report.errors] == [
        ("b.txt", "the model failed: RuntimeError: probe")]


# --- names and ids -------------------------------------------------------------------------------


def test_file_names_in_any_script_give_distinct_records(
        shared_model: Language, tmp_path: Path) -> None:
    raw = folder(tmp_path, "raw", {"новости.txt": STORY, "статья.txt": OTHER, "日本.txt": STORY})
    assert cli("run", str(raw), "--out", str(tmp_path / "out")) == EXIT_OK
    assert sorted(consistent(tmp_path / "out")) == sorted(["новости", "статья", "日本"])


def test_same_file_name_in_two_input_folders_keeps_both_across_reruns(
        shared_model: Language, tmp_path: Path) -> None:
    d1, d2 = folder(tmp_path, "d1", {"a.txt": STORY}), folder(tmp_path, "d2", {"a.txt": OTHER})
    out = tmp_path / "out"
    for _ in range(2):
        assert cli("run", str(d1), str(d2), "--out", str(out)) == EXIT_OK
        assert consistent(out) == ["d1__a", "d2__a"]


def test_a_run_of_another_folder_keeps_the_first_folders_record(
        shared_model: Language, tmp_path: Path) -> None:
    d1, d2 = folder(tmp_path, "d1", {"a.txt": STORY}), folder(tmp_path, "d2", {"a.txt": OTHER})
    out = tmp_path / "out"
    assert cli("run", str(d1), "--out", str(out)) == EXIT_OK
    for _ in range(2):  # the second run of d2 reuses its record under the same id
        assert cli("run", str(d2), "--out", str(out)) == EXIT_OK
        ids = consistent(out)
        assert ids[0].startswith("a-") and ids[1] == "a"
        texts = " ".join(r["text"] for r in records_of(out))
        assert "nurses" in texts and "clinic" in texts
    assert cli("run", str(d2), "--out", str(out), "--force") == EXIT_OK
    assert len(consistent(out)) == 2


def test_a_duplicate_id_across_runs_never_locks_the_folder(
        shared_model: Language, tmp_path: Path) -> None:
    line = json.dumps({"id": "x", "text": STORY})
    d1, d2 = folder(tmp_path, "d1", {"f.jsonl": line}), folder(tmp_path, "d2", {"g.jsonl": line})
    out = tmp_path / "out"
    assert cli("run", str(d1), "--out", str(out)) == EXIT_OK
    for extra in ([], ["--force"]):
        assert cli("run", str(d2), "--out", str(out), *extra) == EXIT_OK
        assert len(consistent(out)) == 2


# --- decoding ----------------------------------------------------------------------------------


def test_a_stray_byte_in_utf8_is_replaced_and_noted_not_a_reason_to_guess(
        shared_model: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = "Astana–Almaty road\n\nThe Astana–Almaty road opens in May, the ministry said.".encode()
    raw = folder(tmp_path, "raw", {"road.txt": data.replace(b"opens", b"opens\xff")})
    assert cli("run", str(raw), "--out", str(tmp_path / "out")) == EXIT_OK
    (record,) = records_of(tmp_path / "out")
    assert "Astana–Almaty" in record["text"]
    assert "replaced by U+FFFD" in capsys.readouterr().err
    assert "U+FFFD" in manifest_of(tmp_path / "out")["notes"][0]["note"]


# --- what a run reads --------------------------------------------------------------------------


def test_an_unreadable_subfolder_is_a_reported_failure(
        shared_model: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    raw = folder(tmp_path, "raw", {"a.txt": STORY})
    locked = folder(raw, "locked", {"b.txt": OTHER})
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    assert cli("run", str(raw), "--out", str(tmp_path / "out")) == EXIT_FAILURES
    assert "Permission denied" in capsys.readouterr().err
    assert "locked" in manifest_of(tmp_path / "out")["errors"][0]["path"]


def test_the_output_folder_inside_the_input_folder_is_not_read(
        shared_model: Language, tmp_path: Path) -> None:
    raw = folder(tmp_path, "in", {"a.txt": STORY})
    out = raw / "processed"
    assert cli("run", str(raw), "--out", str(out)) == EXIT_OK
    assert cli("review", str(out)) == EXIT_OK
    assert cli("run", str(raw), "--out", str(out)) == EXIT_OK
    assert [entry["path"] for entry in manifest_of(out)["inputs"]] == ["a.txt"]


def test_a_file_of_control_characters_is_a_failure(
        shared_model: Language, tmp_path: Path) -> None:
    raw = folder(tmp_path, "raw", {"noise.txt": "\x01\x02\x1b\x07\n\x0b\x7f", "a.txt": STORY})
    assert cli("run", str(raw), "--out", str(tmp_path / "out")) == EXIT_FAILURES
    assert "holds no text" in manifest_of(tmp_path / "out")["errors"][0]["reason"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_fifo_given_as_input_fails_without_waiting(
        shared_model: Language, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert cli("run", str(fifo), "--out", str(tmp_path / "out")) == EXIT_FAILURES
    assert "not a regular file" in manifest_of(tmp_path / "out")["errors"][0]["reason"]


def test_a_link_out_of_the_input_folder_is_not_followed(
        shared_model: Language, tmp_path: Path) -> None:
    secret = folder(tmp_path, "private", {"passwd.txt": OTHER})
    raw = folder(tmp_path, "raw", {"a.txt": STORY})
    (raw / "passwd.txt").symlink_to(secret / "passwd.txt")
    assert cli("run", str(raw), "--out", str(tmp_path / "out")) == EXIT_FAILURES
    assert [r["source"]["path"] for r in records_of(tmp_path / "out")] == ["a.txt"]
    assert "outside the input folder" in manifest_of(tmp_path / "out")["errors"][0]["reason"]


def test_non_string_jsonl_fields_are_left_out_with_a_note(
        shared_model: Language, tmp_path: Path) -> None:
    line = json.dumps({"id": 7, "title": ["a"], "url": {"x": 1}, "text": STORY})
    raw = folder(tmp_path, "raw", {"feed.jsonl": line})
    assert cli("run", str(raw), "--out", str(tmp_path / "out")) == EXIT_OK
    (record,) = records_of(tmp_path / "out")
    assert record["id"] == "7" and record["title"] != "['a']" and record["source"]["url"] is None
    assert len(manifest_of(tmp_path / "out")["notes"]) == 2


def test_file_names_are_printed_with_control_characters_escaped(
        shared_model: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = folder(tmp_path, "raw", {"\x1b[31mred.txt": b""})
    assert cli("run", str(raw), "--out", str(tmp_path / "out")) == EXIT_FAILURES
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b[31mred.txt" in err


# --- stale records -----------------------------------------------------------------------------


def test_an_input_replaced_by_garbage_loses_its_old_record_with_the_reason(
        shared_model: Language, tmp_path: Path) -> None:
    raw = folder(tmp_path, "raw", {"a.txt": STORY, "b.txt": OTHER})
    out = tmp_path / "out"
    assert cli("run", str(raw), "--out", str(out)) == EXIT_OK
    (raw / "b.txt").write_bytes(b"\x00\x00garbage")
    assert cli("run", str(raw), "--out", str(out)) == EXIT_FAILURES
    assert consistent(out) == ["a"]
    manifest = manifest_of(out)
    assert [e["path"] for e in manifest["errors"]] == ["b.txt"]
    assert manifest["removed"] == [{"path": "b.txt", "records": ["b"],
                                    "reason": "the input failed in this run (see errors)"}]


def test_a_deleted_input_loses_its_record_and_prune_drops_other_runs_inputs(
        shared_model: Language, tmp_path: Path) -> None:
    raw = folder(tmp_path, "raw", {"a.txt": STORY, "b.txt": OTHER})
    other = folder(tmp_path, "other", {"c.txt": OTHER})
    out = tmp_path / "out"
    assert cli("run", str(raw), "--out", str(out)) == EXIT_OK
    assert cli("run", str(other), "--out", str(out)) == EXIT_OK
    (raw / "b.txt").unlink()
    assert cli("run", str(raw), "--out", str(out)) == EXIT_OK
    assert sorted(consistent(out)) == ["a", "c"]  # c's input is elsewhere: kept
    assert manifest_of(out)["removed"][0]["path"] == "b.txt"
    assert cli("run", str(raw), "--out", str(out), "--prune") == EXIT_OK
    assert consistent(out) == ["a"]


# --- the output folder is the pipeline's, its other files the user's -----------------------------


def test_a_second_run_into_a_held_folder_stops_with_a_clear_error(
        shared_model: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw, out = folder(tmp_path, "raw", {"a.txt": STORY}), tmp_path / "out"
    with output_lock(out):
        assert cli("run", str(raw), "--out", str(out)) == EXIT_USAGE
    assert "Another run is writing" in capsys.readouterr().err
    assert not (out / JSONL_NAME).exists()


def test_files_of_the_user_in_the_output_folder_survive_a_run(
        shared_model: Language, tmp_path: Path) -> None:
    raw = folder(tmp_path, "raw", {"plain.txt": STORY})
    out = folder(tmp_path, "out", {".draft.tmp": "mine", "plain.json": '{"mine": 1}'})
    assert cli("run", str(raw), "--out", str(out)) == EXIT_OK
    assert (out / ".draft.tmp").read_text() == "mine"
    assert json.loads((out / "plain.json").read_text()) == {"mine": 1}
    assert consistent(out)[0].startswith("plain-")


def test_a_foreign_manifest_in_the_output_folder_stops_the_run(
        shared_model: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = folder(tmp_path, "raw", {"a.txt": STORY})
    out = folder(tmp_path, "out", {MANIFEST_NAME: '{"app": "mine"}'})
    assert cli("run", str(raw), "--out", str(out)) == EXIT_USAGE
    assert "not written by this pipeline" in capsys.readouterr().err
    assert (out / MANIFEST_NAME).read_text() == '{"app": "mine"}'


# --- review and export -------------------------------------------------------------------------


@pytest.fixture
def done(shared_model: Language, tmp_path: Path) -> Path:
    """An output folder of a run whose story titles are spreadsheet formulas."""
    raw = folder(tmp_path, "raw", {
        "a.txt": "=HYPERLINK(\"http://x\",\"Click for the story\")\n\n" + STORY.split("\n", 1)[1],
        "b.txt": "+cmd|' /C calc'!A0\n\n" + OTHER.split("\n", 1)[1],
    })
    assert cli("run", str(raw), "--out", str(tmp_path / "out")) == EXIT_OK
    return tmp_path / "out"


def test_csv_cells_that_would_run_as_formulas_are_quoted(done: Path, tmp_path: Path) -> None:
    assert cli("export", str(done), "--format", "csv", "--out", str(tmp_path / "csv")) == EXIT_OK
    with (tmp_path / "csv" / "articles.csv").open(encoding="utf-8-sig", newline="") as handle:
        titles = [row["title"] for row in csv.DictReader(handle)]
    assert titles and all(t.startswith("'") for t in titles)


def test_export_never_replaces_a_file_it_did_not_write(
        done: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes", encoding="utf-8")
    assert cli("export", str(done), "--format", "sqlite", "--out", str(notes)) == EXIT_USAGE
    assert notes.read_text(encoding="utf-8") == "my notes"
    assert "not written by this pipeline" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["sqlite", "csv", "review"])
def test_an_output_path_of_the_wrong_kind_is_a_clean_error(
        done: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "target"
    if kind == "csv":
        target.write_text("a file, not a folder", encoding="utf-8")
    else:
        target.mkdir()
    args = ("review", str(done), "--out", str(target)) if kind == "review" else (
        "export", str(done), "--format", kind, "--out", str(target))
    assert cli(*args) == EXIT_USAGE
    assert "Traceback" not in capsys.readouterr().err


def test_a_malformed_manifest_is_a_clean_error_of_review(
        done: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (done / MANIFEST_NAME).write_text("[1, 2", encoding="utf-8")
    assert cli("review", str(done)) == EXIT_FAILURES
    assert "rerun" in capsys.readouterr().err


def test_duplicate_ids_in_articles_jsonl_are_a_clean_error_of_sqlite_export(
        done: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = (done / JSONL_NAME).read_text(encoding="utf-8").splitlines()
    (done / JSONL_NAME).write_text("\n".join([lines[0], lines[0]]) + "\n", encoding="utf-8")
    assert cli("export", str(done), "--format", "sqlite", "--out",
               str(tmp_path / "run.db")) == EXIT_FAILURES
    assert "share an id" in capsys.readouterr().err
    assert not (tmp_path / "run.db").exists()


def test_an_sqlite_export_is_marked_as_the_pipelines_own(done: Path, tmp_path: Path) -> None:
    target = tmp_path / "run.db"
    assert cli("export", str(done), "--format", "sqlite", "--out", str(target)) == EXIT_OK
    assert cli("export", str(done), "--format", "sqlite", "--out", str(target)) == EXIT_OK
    with sqlite3.connect(target) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


# --- workers -------------------------------------------------------------------------------------


def test_a_worker_count_beyond_the_machine_is_capped_with_a_reason() -> None:
    workers, note = worker_count(1000)
    assert 1 <= workers <= (os.cpu_count() or 1)
    assert note is not None and "capped" in note and "cores" in note


def test_a_worker_count_the_machine_holds_is_kept() -> None:
    assert worker_count(1) == (1, None)
