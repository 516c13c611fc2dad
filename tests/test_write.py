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
    OutputWriter,
    atomic_write,
    dump_json,
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
        writer = OutputWriter(tmp_path / "out")
        writer.write(record("a"))
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


def test_writer_puts_records_jsonl_and_manifest_in_place(tmp_path: Path) -> None:
    writer = OutputWriter(tmp_path)
    writer.write(record("a"))
    writer.write(record("b"))
    assert not (tmp_path / JSONL_NAME).exists()  # only complete files appear
    writer.close({"counts": {"records": 2}})
    lines = (tmp_path / JSONL_NAME).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b"]
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8")) == record("a")
    assert json.loads((tmp_path / MANIFEST_NAME).read_text(encoding="utf-8"))["counts"]
    assert leftovers(tmp_path) == []


def test_writer_keeps_a_traversal_id_inside_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    writer = OutputWriter(out)
    writer.write(record("../../x"))
    writer.close({})
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted(
        [JSONL_NAME, MANIFEST_NAME, record_filename("../../x")]
    )
    assert (out / record_filename("../../x")).is_file()


def test_writer_refuses_a_duplicate_id(tmp_path: Path) -> None:
    writer = OutputWriter(tmp_path)
    writer.write(record("a", "first"))
    with pytest.raises(ValueError, match="share the id 'a'"):
        writer.write(record("a", "second"))
    writer.abort()
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["text"] == "first"


def test_writer_refuses_ids_that_clash_once_sanitised(tmp_path: Path) -> None:
    writer = OutputWriter(tmp_path)
    writer.write(record("kz/1"))
    with pytest.raises(ValueError, match="'kz/1' and 'kz_1'"):
        writer.write(record("kz_1"))
    writer.abort()


def test_abort_keeps_the_previous_jsonl_and_leaves_no_temp_file(tmp_path: Path) -> None:
    first = OutputWriter(tmp_path)
    first.write(record("a"))
    first.close({})
    before = (tmp_path / JSONL_NAME).read_bytes()
    second = OutputWriter(tmp_path)
    second.write(record("b"))
    second.abort()
    assert (tmp_path / JSONL_NAME).read_bytes() == before
    assert leftovers(tmp_path) == []


def test_write_line_carries_a_line_over_byte_for_byte(tmp_path: Path) -> None:
    line = json.dumps(record("a", "Бишкек"), ensure_ascii=False)
    writer = OutputWriter(tmp_path)
    assert writer.write_line(line) == "a"
    writer.close({})
    assert (tmp_path / JSONL_NAME).read_text(encoding="utf-8") == line + "\n"
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8")) == record("a", "Бишкек")


def test_remove_deletes_a_stale_record_but_not_one_written_in_this_run(tmp_path: Path) -> None:
    (tmp_path / "old.json").write_text("{}", encoding="utf-8")
    writer = OutputWriter(tmp_path)
    writer.write(record("kept"))
    writer.remove("old")
    writer.remove("kept")
    writer.close({})
    assert not (tmp_path / "old.json").exists()
    assert (tmp_path / "kept.json").exists()


def test_writer_clears_temporary_files_a_killed_run_left(tmp_path: Path) -> None:
    (tmp_path / ".articles.jsonl.abc.tmp").write_text('{"id": "half', encoding="utf-8")
    (tmp_path / ".x.json.def.tmp").write_text("{", encoding="utf-8")
    writer = OutputWriter(tmp_path)
    writer.close({"counts": {}})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.jsonl", "manifest.json"]
