"""Ingest: files are found, decoded to the right text, and bad files or lines become failures."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest import (
    InputError,
    InputFailure,
    InputFile,
    RawPage,
    decode,
    discover,
    jsonl_pages,
    read_file,
    read_inputs,
)

RUSSIAN = (
    "Япония выделит Узбекистану грант в размере 15 миллионов долларов на модернизацию "
    "системы здравоохранения. Соглашение подписали в Ташкенте 12 марта 2024 года."
)
WESTERN = (
    "José Müller, the Bank's representative in Tashkent, said the forum would open on "
    "12 March. Delegates from Zürich and Besançon attended the café reception."
)
ENGLISH = (
    "JICA signed a grant agreement with Kyrgyzstan on 3 June 2024.\nThe grant totals $5 million."
)


def pages_of(path: Path) -> list[RawPage | InputFailure]:
    return list(read_file(InputFile(path, path.name)))


def text_of(data: bytes) -> str:
    """The text `decode` reads from `data`, whatever it noted."""
    return decode(data, "a.txt")[0]


def only_page(path: Path) -> RawPage:
    items = pages_of(path)
    assert len(items) == 1 and isinstance(items[0], RawPage), items
    return items[0]


def only_failure(path: Path) -> InputFailure:
    items = pages_of(path)
    assert len(items) == 1 and isinstance(items[0], InputFailure), items
    return items[0]


# --- decoding ---------------------------------------------------------------------------------


def test_decode_reads_plain_utf8() -> None:
    assert decode(RUSSIAN.encode("utf-8"), "a.txt") == (RUSSIAN, [])


def test_decode_strips_the_utf8_bom() -> None:
    assert decode(b"\xef\xbb\xbf" + ENGLISH.encode("utf-8"), "a.txt") == (ENGLISH, [])


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_decode_reads_utf16_by_its_bom(codec: str) -> None:
    bom = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff", "utf-16": ""}[codec]
    data = (bom + RUSSIAN).encode(codec)
    assert decode(data, "a.txt") == (RUSSIAN, [])


def test_decode_reads_cp1251_cyrillic_and_says_it_guessed() -> None:
    text, notes = decode(RUSSIAN.encode("cp1251"), "a.txt")
    assert text == RUSSIAN
    assert len(notes) == 1 and "not UTF-8" in notes[0] and "cp1251" in notes[0]


def test_decode_reads_latin1_western_text() -> None:
    assert text_of(WESTERN.encode("latin-1")) == WESTERN


def test_decode_refuses_nul_bytes_naming_the_offset() -> None:
    with pytest.raises(InputError, match=r"a\.bin.*binary.*offset 4"):
        decode(b"%PDF\x00\x01\x02", "a.bin")


def test_decode_refuses_truncated_utf16_with_input_error() -> None:
    with pytest.raises(InputError, match="UTF-16"):
        decode(b"\xff\xfeA", "a.txt")


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=300))
def test_decode_of_any_bytes_returns_text_or_refuses_with_input_error(data: bytes) -> None:
    try:
        text, notes = decode(data, "fuzz.txt")
    except InputError as err:
        assert "fuzz.txt" in str(err)
    else:
        assert isinstance(text, str) and all(isinstance(n, str) for n in notes)


# --- files ------------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  \n", b"\xef\xbb\xbf\n"])
def test_empty_or_blank_file_is_a_failure(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    failure = only_failure(path)
    assert failure.path == "blank.txt"
    assert "no text" in failure.reason


def test_binary_file_is_a_failure_with_a_clear_reason(tmp_path: Path) -> None:
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "looks binary" in only_failure(path).reason


def test_crlf_file_keeps_its_text(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(ENGLISH.replace("\n", "\r\n").encode("utf-8"))
    assert only_page(path).text.splitlines() == ENGLISH.splitlines()


def test_cp1251_file_decodes_to_cyrillic(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    assert only_page(path).text == RUSSIAN


def test_page_hash_is_of_the_raw_bytes(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ENGLISH.encode("utf-8"))
    assert only_page(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_unsupported_file_given_directly_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    assert "unsupported file type .pdf" in only_failure(path).reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    path.chmod(0)
    try:
        assert "Cannot read locked.txt" in only_failure(path).reason
    finally:
        path.chmod(0o644)


def test_read_error_is_a_failure_naming_the_cause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ENGLISH, encoding="utf-8")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    assert only_failure(path).reason == "Cannot read locked.txt: Permission denied."


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"\x00\x00")
    (tmp_path / "d.txt").write_bytes(RUSSIAN.encode("cp1251"))
    items = list(read_inputs([tmp_path]))
    assert [(type(i).__name__, i.path) for i in items] == [
        ("RawPage", "a.txt"),
        ("InputFailure", "b.txt"),
        ("InputFailure", "c.txt"),
        ("RawPage", "d.txt"),
    ]


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".jsonl"]))
def test_read_file_of_any_bytes_yields_pages_or_failures(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"page{suffix}"
    path.write_bytes(data)
    for item in pages_of(path):
        assert isinstance(item, RawPage | InputFailure)
        assert item.path == path.name


# --- discovery --------------------------------------------------------------------------------


def test_discover_walks_folders_sorted_and_skips_hidden_and_foreign_files(tmp_path: Path) -> None:
    names = ["b.txt", "a.html", "sub/c.jsonl", ".draft.txt", "notes.docx", "d.TXT", ".git/e.txt"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [item.rel for item in discover([tmp_path])]
    assert found == ["a.html", "b.txt", "d.TXT", "sub/c.jsonl"]


def test_pages_of_a_folder_are_named_relative_to_it(tmp_path: Path) -> None:
    (tmp_path / "kz").mkdir()
    (tmp_path / "kz" / "news.txt").write_text(ENGLISH, encoding="utf-8")
    assert [item.path for item in read_inputs([tmp_path])] == ["kz/news.txt"]


# --- JSONL ------------------------------------------------------------------------------------


def jsonl(*items: object) -> str:
    return "\n".join(i if isinstance(i, str) else json.dumps(i, ensure_ascii=False) for i in items)


def test_malformed_jsonl_line_is_reported_with_its_number_and_others_kept() -> None:
    text = jsonl(
        {"id": "a", "text": "First story."},
        '{"id": "b", "text": "unterminated',
        {"id": "c", "text": "Third story."},
    )
    items = list(jsonl_pages(text, "feed.jsonl", "0" * 64))
    assert [type(i).__name__ for i in items] == ["RawPage", "InputFailure", "RawPage"]
    failure = items[1]
    assert isinstance(failure, InputFailure)
    assert failure.line == 2 and failure.reason.startswith("line 2 is not valid JSON")
    assert [i.meta["id"] for i in items if isinstance(i, RawPage)] == ["a", "c"]


@pytest.mark.parametrize(
    "line",
    [{"id": "a"}, {"text": 42}, ["a", "list"], {"text": "   "}],
    ids=["no-text", "number-text", "not-an-object", "blank-text"],
)
def test_jsonl_line_without_usable_text_is_a_failure(line: object) -> None:
    items = list(jsonl_pages(jsonl({"text": "Kept."}, line), "feed.jsonl", "0" * 64))
    assert isinstance(items[0], RawPage)
    assert isinstance(items[1], InputFailure) and items[1].line == 2


def test_jsonl_blank_lines_are_skipped_but_counted() -> None:
    text = jsonl({"text": "One."}, "", "  ", {"text": "Four."}) + "\n"
    pages = list(jsonl_pages(text, "feed.jsonl", "0" * 64))
    assert [(p.index, p.text) for p in pages] == [(0, "One."), (3, "Four.")]


def test_jsonl_text_may_hold_unicode_line_separators() -> None:
    story = "Tokyo\u2028Astana\u2029Bishkek\x85Dushanbe\x1cAshgabat"
    text = jsonl({"text": story}, {"text": "Second."})
    items = list(jsonl_pages(text, "feed.jsonl", "0" * 64))
    assert [i.text for i in items if isinstance(i, RawPage)] == [story, "Second."]


def test_jsonl_with_crlf_line_endings_reads_every_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(jsonl({"text": "One."}, {"text": "Two."}).replace("\n", "\r\n").encode())
    assert [p.text for p in pages_of(path) if isinstance(p, RawPage)] == ["One.", "Two."]


def test_jsonl_meta_fields_are_kept_as_strings() -> None:
    line = {"id": 17, "title": "Grant", "published": "2024-06-03", "url": "https://x", "x": 1}
    (page,) = jsonl_pages(jsonl(dict(line, text="Body.")), "feed.jsonl", "0" * 64)
    assert isinstance(page, RawPage)
    assert page.meta == {
        "id": "17",
        "title": "Grant",
        "published": "2024-06-03",
        "url": "https://x",
    }
    assert page.format == "jsonl"


def test_html_page_gives_its_article_text_and_title(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Japan grants Tajikistan water aid | Example News</title></head>"
        "<body><nav>Home | World | Sport</nav><article><h1>Japan grants Tajikistan water aid</h1>"
        "<p>Japan will provide a grant of 1.5 billion yen to Tajikistan for a drinking water "
        "project in Khatlon region, the embassy said on 12 March 2024.</p><p>The agreement was "
        "signed in Dushanbe by the ambassador and the foreign minister, officials said.</p>"
        "</article><footer>© 2024 Example News</footer></body></html>",
        encoding="utf-8",
    )
    page = only_page(path)
    assert page.format == "html" and page.meta["title"] == "Japan grants Tajikistan water aid"
    assert "1.5 billion yen" in page.text and "Sport" not in page.text
