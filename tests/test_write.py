"""Write: atomic files, ids that cannot escape the output folder, no silent overwrites."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import write
from pipeline.write import (
    JSONL_NAME,
    MANIFEST_NAME,
    PROJECTS_NAME,
    REGISTRY_NAME,
    OutputError,
    OutputWriter,
    atomic_write,
    dump_json,
    output_lock,
    record_filename,
)


def record(record_id: str, text: str = "Body.") -> dict[str, object]:
    return {"id": record_id, "source": {"path": "a.txt"}, "text": text}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".tmp"))


# --- atomic_write -----------------------------------------------------------------------------


def test_atomic_write_writes_utf8_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "folder" / "r.json"
    atomic_write(target, "Ташкент\n")
    assert target.read_bytes() == "Ташкент\n".encode()
    assert leftovers(tmp_path) == []


def test_atomic_write_keeps_the_old_file_when_the_rename_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "r.json"
    target.write_text("old\n", encoding="utf-8")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(write.os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        atomic_write(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert leftovers(tmp_path) == []


def test_atomic_write_never_writes_crlf(tmp_path: Path) -> None:
    atomic_write(tmp_path / "r.json", "a\nb\n")
    assert b"\r" not in (tmp_path / "r.json").read_bytes()


def test_written_files_follow_the_umask_not_private_temp_modes(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "r.json", "{}\n")
        (tmp_path / "out").mkdir()
        writer = OutputWriter(tmp_path / "out", set())
        put(writer, "a")
        writer.close({})
    finally:
        os.umask(old)
    for path in [tmp_path / "r.json", *(tmp_path / "out").iterdir()]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path.name


def test_dump_json_keeps_non_ascii_and_ends_with_a_newline() -> None:
    assert dump_json({"b": "Алматы", "a": 1}) == '{\n  "b": "Алматы",\n  "a": 1\n}\n'


# --- record_filename --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "record_id", ["../../x", "/etc/passwd", "..", ".", "a/../../b", "..\\..\\x", "", "\x00"]
)
def test_record_filename_cannot_leave_the_folder(tmp_path: Path, record_id: str) -> None:
    name = record_filename(record_id)
    assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert (tmp_path / name).resolve().parent == tmp_path.resolve()


def test_record_filename_keeps_plain_ids() -> None:
    assert record_filename("000_b47725727072ba75") == "000_b47725727072ba75.json"
    assert record_filename("kz__news-3") == "kz__news-3.json"


def test_record_named_manifest_does_not_take_the_manifest_file() -> None:
    assert record_filename("manifest") != MANIFEST_NAME


def test_very_long_ids_give_short_distinct_file_names() -> None:
    first, second = record_filename("a" * 300 + "1"), record_filename("a" * 300 + "2")
    assert first != second
    assert len(first.encode()) <= 255 and len(second.encode()) <= 255


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=400))
def test_any_id_gives_a_safe_short_file_name(record_id: str) -> None:
    name = record_filename(record_id)
    assert name.endswith(".json") and name != MANIFEST_NAME
    assert os.sep not in name and not name.startswith(".")
    assert len(name.encode()) <= 255


# --- OutputWriter -----------------------------------------------------------------------------


def put(writer: OutputWriter, record_id: str, text: str = "Body.", owner: str = "a.txt") -> str:
    """Claim an id for a record of input `owner`, write the record, and return its id."""
    claimed = writer.claim(record_id, owner, f"{owner}:{text}")
    writer.write(record(claimed, text))
    return claimed


def test_writer_puts_records_jsonl_and_manifest_in_place(tmp_path: Path) -> None:
    writer = OutputWriter(tmp_path, set())
    put(writer, "a")
    put(writer, "b")
    assert not (tmp_path / JSONL_NAME).exists()  # only complete files appear
    writer.close({"counts": {"records": 2}})
    lines = (tmp_path / JSONL_NAME).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b"]
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8")) == record("a")
    assert json.loads((tmp_path / MANIFEST_NAME).read_text(encoding="utf-8"))["counts"]
    assert leftovers(tmp_path) == []


def test_writer_keeps_a_traversal_id_inside_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    writer = OutputWriter(out, set())
    put(writer, "../../x")
    writer.close({})
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted(
        [JSONL_NAME, MANIFEST_NAME, PROJECTS_NAME, REGISTRY_NAME, record_filename("../../x")]
    )


def test_a_second_record_of_one_id_gets_an_id_of_its_own(tmp_path: Path) -> None:
    writer = OutputWriter(tmp_path, set())
    first, second = put(writer, "a", "first"), put(writer, "a", "second")
    writer.close({})
    assert first == "a" and second.startswith("a-") and second != first
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["text"] == "first"
    assert json.loads((tmp_path / f"{second}.json").read_text(encoding="utf-8"))["id"] == second


@pytest.mark.parametrize("later", ["kz_1", "KZ_1"])
def test_ids_that_share_a_file_name_once_sanitised_or_case_folded_get_their_own(
        tmp_path: Path, later: str) -> None:
    writer = OutputWriter(tmp_path, set())
    assert put(writer, "kz/1") == "kz/1"
    assert put(writer, later) != later
    writer.close({})
    assert len(list(tmp_path.glob("*.json"))) == 3  # two records and the manifest


def test_an_id_taken_by_another_inputs_record_gets_a_hash_of_its_own_input(tmp_path: Path) -> None:
    writer = OutputWriter(tmp_path, set())
    writer.reserve({"a.json": "../d1/a.txt"})
    assert writer.claim("a", "../d1/a.txt", "x") == "a"  # the owner keeps its id
    assert writer.claim("a", "../d2/a.txt", "y").startswith("a-")
    writer.abort()


def test_a_file_of_the_users_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "plain.json").write_text('{"mine": true}', encoding="utf-8")
    writer = OutputWriter(tmp_path, set())
    claimed = put(writer, "plain")
    writer.close({})
    assert claimed != "plain"
    assert json.loads((tmp_path / "plain.json").read_text(encoding="utf-8")) == {"mine": True}


def test_cyrillic_and_cjk_ids_keep_their_letters_and_stay_apart(tmp_path: Path) -> None:
    writer = OutputWriter(tmp_path, set())
    ids = [put(writer, name) for name in ("новости", "статья", "日本")]
    writer.close({})
    assert ids == ["новости", "статья", "日本"]
    assert {p.name for p in tmp_path.glob("*.json")} >= {"новости.json", "статья.json", "日本.json"}


def test_abort_keeps_the_previous_jsonl_and_leaves_no_temp_file(tmp_path: Path) -> None:
    first = OutputWriter(tmp_path, set())
    put(first, "a")
    first.close({"pipeline_version": "x", "inputs": []})
    before = (tmp_path / JSONL_NAME).read_bytes()
    second = OutputWriter(tmp_path, {"a.json"})
    put(second, "b")
    second.abort()
    assert (tmp_path / JSONL_NAME).read_bytes() == before
    assert leftovers(tmp_path) == []


def test_write_line_carries_a_line_over_byte_for_byte(tmp_path: Path) -> None:
    line = json.dumps(record("a", "Бишкек"), ensure_ascii=False)
    writer = OutputWriter(tmp_path, set())
    assert writer.write_line(line) == "a"
    writer.close({})
    assert (tmp_path / JSONL_NAME).read_text(encoding="utf-8") == line + "\n"
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8")) == record("a", "Бишкек")


def test_an_earlier_record_the_schema_now_refuses_is_carried_over_as_it_is(
        tmp_path: Path) -> None:
    old = {**record("a"), "organizations": [], "events": [{"type": "funding"}]}
    line = json.dumps(old, ensure_ascii=False)
    writer = OutputWriter(tmp_path, set())
    assert writer.write_line(line) == "a"
    writer.close({})
    assert (tmp_path / JSONL_NAME).read_text(encoding="utf-8") == line + "\n"


def test_remove_deletes_only_an_earlier_record_of_the_pipeline(tmp_path: Path) -> None:
    for name in ("old.json", "mine.json"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    writer = OutputWriter(tmp_path, {"old.json", "kept.json"})
    put(writer, "kept")
    for record_id in ("old", "kept", "mine"):
        writer.remove(record_id)
    writer.close({})
    assert not (tmp_path / "old.json").exists()
    assert (tmp_path / "kept.json").exists() and (tmp_path / "mine.json").exists()


def test_writer_clears_only_its_own_temporary_files(tmp_path: Path) -> None:
    ours = [f".articles.jsonl.abc{write.TMP_SUFFIX}", f".x.json.def{write.TMP_SUFFIX}"]
    for name in ours:
        (tmp_path / name).write_text("{", encoding="utf-8")
    (tmp_path / ".notes.tmp").write_text("my notes", encoding="utf-8")
    writer = OutputWriter(tmp_path, set())
    writer.close({"counts": {}})
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".notes.tmp", "articles.jsonl", "manifest.json", "projects.jsonl", "registry.jsonl"]


def test_a_folder_with_a_manifest_of_something_else_is_refused(tmp_path: Path) -> None:
    (tmp_path / MANIFEST_NAME).write_text('{"name": "my-app"}', encoding="utf-8")
    with pytest.raises(OutputError, match="was not written by this pipeline"):
        OutputWriter(tmp_path, set())
    assert (tmp_path / MANIFEST_NAME).read_text(encoding="utf-8") == '{"name": "my-app"}'


def test_a_second_run_into_a_held_folder_fails_at_once(tmp_path: Path) -> None:
    with output_lock(tmp_path), pytest.raises(OutputError, match="Another run is writing"), \
            output_lock(tmp_path):
        pass
    with output_lock(tmp_path):  # released: the next run may start
        pass


def test_an_output_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("notes", encoding="utf-8")
    with pytest.raises(OutputError, match="is a file"), output_lock(tmp_path / "out"):
        pass
