"""Robustness: awkward inputs, long pages, reruns and any text at all give valid records."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from pipeline.core import annotate, process_text, run, stories_of
from pipeline.ingest import InputError, RawPage, looks_like_html
from pipeline.records import not_extracted
from pipeline.schema import Article
from pipeline.settings import Settings
from pipeline.write import JSONL_NAME, MANIFEST_NAME

STORY = (
    "Japan to fund water project in Tajikistan\n"
    "Japan will provide a grant of 1.5 billion yen to Tajikistan for a drinking water project "
    "in Khatlon region, the embassy said on 12 March 2024. The agreement was signed in Dushanbe "
    "by the ambassador and the foreign minister."
)
OTHER = (
    "Kyrgyzstan and Japan discuss labour migration\n"
    "Officials of Kyrgyzstan and Japan met in Bishkek on 5 June 2024 to discuss sending "
    "skilled workers to Japan. The Japan International Cooperation Agency will open a "
    "training centre in 2025."
)
RUSSIAN = (
    "Япония выделит Таджикистану грант\n"
    "Япония выделит Таджикистану грант в размере 1,5 миллиарда иен на проект питьевой воды "
    "в Хатлонской области. Соглашение подписали в Душанбе 12 марта 2024 года посол Японии "
    "и министр иностранных дел."
)
LONG_PARAGRAPHS = [
    "Japan and Uzbekistan signed a loan agreement worth 25 billion yen in Tashkent on 14 "
    "February 2024 to modernise the Syrdarya thermal power plant. The loan, extended by the "
    "Japan International Cooperation Agency, carries an interest rate of 0.1 percent and a "
    "repayment period of 40 years, the Ministry of Investment said in a statement.",
    "Construction is expected to begin in the second half of 2024 and to be completed by "
    "December 2027. Once finished, the plant will supply electricity to about 1.2 million "
    "households in the Syrdarya and Jizzakh regions, officials said on Wednesday.",
    "In a separate development, the Asian Development Bank approved a grant of $18 million on "
    "3 March 2024 for vocational education in Kyrgyzstan. The project will train some 4,000 "
    "young people in construction trades and information technology over five years.",
    "Kazakhstan's Ministry of Labour said on 20 April 2024 that more than 300 Kazakh workers "
    "had gone to Japan under the specified skilled worker programme since January 2023. The "
    "ministry expects the number to double by the end of 2025.",
    "Tajikistan's foreign minister met the Japanese ambassador in Dushanbe on 7 May 2024. The "
    "two sides discussed cooperation in agriculture, health care and disaster risk reduction, "
    "and agreed to hold the next round of consultations in Tokyo in autumn.",
    "Turkmenistan and Japan signed a memorandum of understanding on 22 May 2024 on the "
    "construction of a gas chemical complex in Balkan province. The project, estimated at "
    "$3.4 billion, is to be financed in part by the Japan Bank for International Cooperation.",
    "The Central Asia plus Japan dialogue, launched in August 2004, held its tenth foreign "
    "ministers' meeting on 16 December 2023. The ministers adopted a joint statement on "
    "green transformation and connectivity.",
    "On 1 July 2024 a Japanese trade mission of 45 companies arrived in Almaty. The mission "
    "visited industrial zones in Almaty and Astana and signed 12 commercial contracts worth "
    "about $150 million, the Kazakh investment agency reported on 5 July 2024.",
]
LONG_STORY = "Central Asia and Japan widen cooperation\n" + "\n\n".join(
    paragraph.replace("2024", year)
    for year in ("2022", "2023", "2024")
    for paragraph in LONG_PARAGRAPHS
)


def settings_for(raw: Path, out: Path, **extra: Any) -> Settings:
    return Settings(inputs=[raw], out=out, progress=False, **extra)


def manifest_of(out: Path) -> dict[str, Any]:
    return json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))


def articles_of(out: Path) -> list[Article]:
    lines = (out / JSONL_NAME).read_text(encoding="utf-8").splitlines()
    return [Article.model_validate_json(line) for line in lines]


def record_files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.json")) if p.name != MANIFEST_NAME}


def assert_offsets_hold(article: Article) -> None:
    Article.model_validate(article.model_dump())
    for text, start, end in article.spans():
        assert 0 <= start <= end <= len(article.text)
        assert article.text[start:end] == text


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "tj.txt").write_text(STORY, encoding="utf-8")
    (folder / "kg.txt").write_text(OTHER, encoding="utf-8")
    return folder


# --- awkward inputs in one run ----------------------------------------------------------------


def test_awkward_inputs_become_failures_or_records_in_one_run(
    nlp: Language, tmp_path: Path
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    files = {
        "a_empty.txt": b"",
        "b_blank.txt": b" \r\n\t\n",
        "c_binary.txt": b"GIF89a\x00\x01\x00",
        "d_bom.txt": b"\xef\xbb\xbf" + STORY.encode(),
        "e_utf16.txt": STORY.encode("utf-16"),
        "f_crlf.txt": STORY.replace("\n", "\r\n").encode(),
        "g_latin1.txt": STORY.replace("grant", "grant (café)").encode("latin-1"),
        "h_feed.jsonl": b'{"text": "Japan opened a school."}\n{oops}\n',
    }
    for name, data in files.items():
        (raw / name).write_bytes(data)
    report = run(settings_for(raw, tmp_path / "out"), nlp)
    manifest = manifest_of(tmp_path / "out")
    assert [(e["path"], e["line"]) for e in manifest["errors"]] == [
        ("a_empty.txt", None),
        ("b_blank.txt", None),
        ("c_binary.txt", None),
        ("h_feed.jsonl", 2),
    ]
    assert len(report.errors) == manifest["counts"]["errors"] == 4
    by_path = {a.source.path: a for a in articles_of(tmp_path / "out")}
    assert sorted(by_path) == [
        "d_bom.txt",
        "e_utf16.txt",
        "f_crlf.txt",
        "g_latin1.txt",
        "h_feed.jsonl",
    ]
    plain = by_path["d_bom.txt"]
    assert "\ufeff" not in plain.text and "\r" not in by_path["f_crlf.txt"].text
    for name in ("e_utf16.txt", "f_crlf.txt"):
        assert by_path[name].text == plain.text and by_path[name].title == plain.title
        assert [d.value for d in by_path[name].dates] == [d.value for d in plain.dates]
    assert "grant (café)" in by_path["g_latin1.txt"].text


def test_russian_story_is_extracted_by_the_russian_pipeline(nlp: Language, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "ru.txt").write_bytes(RUSSIAN.encode("cp1251"))
    run(settings_for(raw, tmp_path / "out"), nlp)
    (article,) = articles_of(tmp_path / "out")
    assert article.language == "ru" and article.notes == []
    assert "Душанбе" in article.text
    assert [d.value for d in article.dates] == ["2024-03-12"]
    assert [(a.value, a.unit) for a in article.amounts] == [(1_500_000_000, "JPY")]
    assert {e.type for e in article.events} == {"funding", "agreement"}
    manifest = manifest_of(tmp_path / "out")
    assert manifest["errors"] == [] and not [n for n in manifest["notes"] if "id" in n]
    (decoding,) = [n for n in manifest["notes"] if "path" in n]
    assert decoding["path"] == "ru.txt" and "cp1251, a guess" in decoding["note"]


def test_story_in_a_language_no_model_extracts_says_why(nlp: Language) -> None:
    page = RawPage("kk.txt", "0" * 64, 0, RUSSIAN, "text")
    (story,) = stories_of([page], None)
    (article,) = annotate(nlp, [replace(story, language="kk")], Settings())
    assert (article.dates, article.amounts, article.organizations, article.events) == ([],) * 4
    assert article.notes == [not_extracted("kk")] and "kk" in article.notes[0]


# --- long pages -------------------------------------------------------------------------------


def long_story_articles(nlp: Language, max_chunk_chars: int) -> Article:
    page = RawPage("long.txt", "0" * 64, 0, LONG_STORY, "text")
    stories = stories_of([page], "2024-07-10")
    (article,) = annotate(nlp, stories, Settings(max_chunk_chars=max_chunk_chars))
    return article


def test_long_story_in_chunks_keeps_offsets_and_finds_the_same_dates(nlp: Language) -> None:
    assert len(LONG_STORY) > 5000
    whole = long_story_articles(nlp, 100_000)
    chunked = long_story_articles(nlp, 1000)
    assert_offsets_hold(chunked)
    assert chunked.text == whole.text
    spans = [(d.start_char, d.text, d.value) for d in chunked.dates]
    assert spans == [(d.start_char, d.text, d.value) for d in whole.dates]
    assert len(spans) >= 24
    assert [(a.start_char, a.value) for a in chunked.amounts] == [
        (a.start_char, a.value) for a in whole.amounts
    ]


def test_long_story_run_with_small_chunks_writes_a_valid_record(
    nlp: Language, tmp_path: Path
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "long.txt").write_text(LONG_STORY, encoding="utf-8")
    run(settings_for(raw, tmp_path / "out", max_chunk_chars=1000), nlp)
    (article,) = articles_of(tmp_path / "out")
    assert_offsets_hold(article)
    assert len({o.name for o in article.organizations}) == len(article.organizations)


# --- ids --------------------------------------------------------------------------------------


def test_jsonl_id_with_dots_and_slashes_stays_inside_out(nlp: Language, tmp_path: Path) -> None:
    raw, out = tmp_path / "in" / "raw", tmp_path / "in" / "out"
    raw.mkdir(parents=True)
    line = {"id": "../../x", "title": "Grant", "text": STORY.split("\n", 1)[1]}
    (raw / "feed.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    run(settings_for(raw, out), nlp)
    written = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert all(p.startswith("in/raw/") or p.startswith("in/out/") for p in written), written
    assert [a.id for a in articles_of(out)] == ["../../x"]


def test_duplicate_jsonl_id_gives_the_second_line_an_id_of_its_own(
        nlp: Language, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = [
        {"id": "x", "text": "Japan opened a school in Osh on 3 May 2024."},
        {"id": "x", "text": "Kazakhstan signed a loan on 4 May 2024."},
    ]
    (raw / "feed.jsonl").write_text("\n".join(json.dumps(i) for i in lines), encoding="utf-8")
    run(settings_for(raw, tmp_path / "out"), nlp)
    found = articles_of(tmp_path / "out")
    assert [a.text for a in found] == [line["text"] for line in lines]
    assert found[0].id == "x" and found[1].id.startswith("x-")
    manifest = manifest_of(tmp_path / "out")
    assert manifest["errors"] == [] and "'x'" in manifest["notes"][0]["note"]


def test_same_file_name_from_two_folders_gives_two_records(nlp: Language, tmp_path: Path) -> None:
    for folder, text in (("a", STORY), ("b", OTHER)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.txt").write_text(text, encoding="utf-8")
    inputs = [tmp_path / "a" / "news.txt", tmp_path / "b" / "news.txt"]
    run(Settings(inputs=inputs, out=tmp_path / "out", progress=False), nlp)
    assert [a.id for a in articles_of(tmp_path / "out")] == ["a__news", "b__news"]


# --- incremental runs -------------------------------------------------------------------------


def test_second_run_reuses_unchanged_inputs_byte_for_byte(
    nlp: Language, raw: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run(settings_for(raw, out), nlp)
    jsonl, records = (out / JSONL_NAME).read_bytes(), record_files(out)
    report = run(settings_for(raw, out), nlp)
    manifest = manifest_of(out)
    assert report.articles == manifest["counts"]["processed"] == 0
    assert all(i["reused"] for i in manifest["inputs"])
    assert (out / JSONL_NAME).read_bytes() == jsonl
    assert record_files(out) == records


def test_force_reprocesses_unchanged_inputs(nlp: Language, raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(settings_for(raw, out), nlp)
    jsonl = (out / JSONL_NAME).read_bytes()
    run(settings_for(raw, out, force=True), nlp)
    manifest = manifest_of(out)
    assert manifest["counts"]["processed"] == 2
    assert not any(i["reused"] for i in manifest["inputs"])
    assert (out / JSONL_NAME).read_bytes() == jsonl


def test_changed_input_is_reprocessed_and_its_vanished_records_deleted(
    nlp: Language, raw: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    feed = raw / "feed.jsonl"
    first = [{"id": "one", "text": STORY}, {"id": "two", "text": OTHER}]
    feed.write_text("\n".join(json.dumps(i) for i in first), encoding="utf-8")
    run(settings_for(raw, out), nlp)
    assert (out / "two.json").is_file()
    feed.write_text(json.dumps({"id": "one", "text": OTHER}), encoding="utf-8")
    run(settings_for(raw, out), nlp)
    manifest = manifest_of(out)
    entry = next(i for i in manifest["inputs"] if i["path"] == "feed.jsonl")
    assert entry["records"] == ["one"] and not entry["reused"]
    assert manifest["counts"]["processed"] == 1
    assert not (out / "two.json").exists()
    assert "Bishkek" in json.loads((out / "one.json").read_text(encoding="utf-8"))["text"]
    assert sorted(a.id for a in articles_of(out)) == sorted(["one", "kg", "tj"])


def test_records_of_inputs_not_in_this_run_are_kept(
    nlp: Language, raw: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run(settings_for(raw, out), nlp)
    extra = tmp_path / "later"
    extra.mkdir()
    (extra / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    run(settings_for(extra, out), nlp)
    manifest = manifest_of(out)
    assert sorted(i["path"] for i in manifest["inputs"]) == ["kg.txt", "ru.txt", "tj.txt"]
    assert sorted(a.source.path for a in articles_of(out)) == ["kg.txt", "ru.txt", "tj.txt"]
    assert sorted(record_files(out)) == ["kg.json", "ru.json", "tj.json"]


def test_damaged_previous_jsonl_means_everything_is_reprocessed(
    nlp: Language, raw: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run(settings_for(raw, out), nlp)
    (out / JSONL_NAME).write_text('{"id": "half a line', encoding="utf-8")
    run(settings_for(raw, out), nlp)
    assert manifest_of(out)["counts"]["processed"] == 2


# --- determinism ------------------------------------------------------------------------------


def test_two_runs_into_different_folders_are_byte_identical(
    nlp: Language, raw: Path, tmp_path: Path
) -> None:
    (raw / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    (raw / "long.txt").write_text(LONG_STORY, encoding="utf-8")
    run(settings_for(raw, tmp_path / "one"), nlp)
    run(settings_for(raw, tmp_path / "two"), nlp)
    assert record_files(tmp_path / "one") == record_files(tmp_path / "two")
    first, second = (tmp_path / d / JSONL_NAME for d in ("one", "two"))
    assert first.read_bytes() == second.read_bytes()


# --- fuzzing ----------------------------------------------------------------------------------

news_like = st.lists(
    st.sampled_from(
        [
            "Japan",
            "JICA",
            "signed",
            "a grant of",
            "$5 million",
            "1.5 billion yen",
            "on 12 March 2024",
            "in 2025",
            "last year",
            "Tashkent",
            "\n",
            "\n\n",
            ".",
            "%",
            "Ташкент",
            "—",
            "\u2028",
            "\r\n",
        ]
    ),
    max_size=40,
).map(" ".join)


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.one_of(st.text(max_size=400), news_like))
def test_any_text_gives_valid_records_with_offsets_inside(nlp: Language, text: str) -> None:
    try:
        articles = process_text(text, nlp, reference_date="2024-06-01")
    except InputError:  # `<!DOCTYPE HTML` alone: an HTML page without text is a clear error
        assert looks_like_html(text)
        return
    for article in articles:
        assert_offsets_hold(article)
