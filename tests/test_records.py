"""Records: chunks of a long story are cut losslessly and their spans put back in place."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from pipeline.clean import Story
from pipeline.records import build_article, merge_organizations, shifted, split_for_model
from pipeline.schema import (
    AmountMention,
    Article,
    DateMention,
    Event,
    Organization,
    Source,
    TextSpan,
)

PARAGRAPHS = (
    "Japan will provide a grant of 1.2 billion yen to Uzbekistan.\n\n"
    "The agreement was signed in Tashkent on 12 March 2024.\n\n"
    "JICA said construction would start next year."
)


def span(text: str, whole: str, cls: type[TextSpan] = TextSpan, **extra: object) -> TextSpan:
    start = whole.index(text)
    return cls(text=text, start_char=start, end_char=start + len(text), **extra)


# --- split_for_model --------------------------------------------------------------------------


def test_short_text_is_one_piece() -> None:
    assert split_for_model(PARAGRAPHS, 1000) == [(0, PARAGRAPHS)]


def test_empty_text_is_one_empty_piece() -> None:
    assert split_for_model("", 10) == [(0, "")]


def test_cut_falls_after_the_last_paragraph_break_that_fits() -> None:
    pieces = split_for_model(PARAGRAPHS, 130)
    assert pieces[0][1].endswith("on 12 March 2024.\n\n")
    assert pieces[1][1].startswith("JICA said")


def test_cut_falls_after_a_sentence_when_there_is_no_paragraph_break() -> None:
    text = "Japan signed the memorandum. It covers labour migration from Kyrgyzstan to Japan."
    (_, first), (offset, second), *_ = split_for_model(text, 50)
    assert first == "Japan signed the memorandum. "
    assert second.startswith("It covers") and offset == len(first)


def test_cut_falls_at_whitespace_when_there_is_no_sentence_end() -> None:
    text = "grant " * 20
    pieces = split_for_model(text, 50)
    assert all(piece.endswith(" ") for _, piece in pieces[:-1])


def test_text_without_whitespace_is_cut_hard_at_the_limit() -> None:
    text = "x" * 25
    assert [len(p) for _, p in split_for_model(text, 10)] == [10, 10, 5]


def test_limit_below_one_is_refused_instead_of_looping() -> None:
    with pytest.raises(ValueError, match="at most 0"):
        split_for_model("text", 0)


prose = st.text(alphabet="ab .!?\n\r\tЖ\u2028", max_size=400)


@settings(max_examples=50, deadline=None)
@given(text=st.one_of(prose, st.text(max_size=300)), limit=st.integers(1, 120))
def test_pieces_join_back_to_the_text_and_respect_the_limit(text: str, limit: int) -> None:
    pieces = split_for_model(text, limit)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= limit for _, piece in pieces)
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
    assert all(piece for _, piece in pieces) or text == ""


# --- shifted ----------------------------------------------------------------------------------


def test_shifted_moves_a_date_and_keeps_its_value() -> None:
    date = DateMention(
        text="12 March", start_char=3, end_char=11, value="2024-03-12", granularity="day"
    )
    moved = shifted(date, 100)
    assert (moved.start_char, moved.end_char, moved.value) == (103, 111, "2024-03-12")
    assert date.start_char == 3  # the original is untouched


def test_shifted_by_zero_is_the_same_item() -> None:
    date = DateMention(text="2024", start_char=0, end_char=4, value="2024", granularity="year")
    assert shifted(date, 0) is date


def test_shifted_moves_every_nested_span_of_an_event() -> None:
    piece = "Japan will provide $5 million to Tajikistan."
    amount = span("$5 million", piece, AmountMention, kind="money", value=5_000_000, unit="USD")
    event = Event(
        type="funding",
        trigger=span("provide", piece),
        sentence=piece,
        sentence_start_char=0,
        sentence_end_char=len(piece),
        date=None,
        organizations=[],
        persons=[],
        places=["Japan", "Tajikistan"],
        amounts=[amount],
    )
    story = "Headline line.\n\n" + piece
    moved = shifted(event, story.index(piece))
    assert story[moved.trigger.start_char : moved.trigger.end_char] == "provide"
    assert story[moved.sentence_start_char : moved.sentence_end_char] == piece
    assert story[moved.amounts[0].start_char : moved.amounts[0].end_char] == "$5 million"
    assert moved.places == ["Japan", "Tajikistan"]


def test_shifted_moves_every_mention_of_an_organization() -> None:
    piece = "JICA staff met the Japan International Cooperation Agency board."
    org = Organization(
        name="Japan International Cooperation Agency",
        aliases=["JICA"],
        mentions=[span("JICA", piece), span("Japan International Cooperation Agency", piece)],
    )
    story = "x" * 37 + piece
    moved = shifted(org, 37)
    assert [story[m.start_char : m.end_char] for m in moved.mentions] == [
        "JICA",
        "Japan International Cooperation Agency",
    ]


@settings(max_examples=50, deadline=None)
@given(prefix=st.text(max_size=50), piece=st.text(min_size=1, max_size=50), data=st.data())
def test_shifted_span_points_at_the_same_text_in_the_whole(
    prefix: str, piece: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(piece)))
    end = data.draw(st.integers(start, len(piece)))
    item = TextSpan(text=piece[start:end], start_char=start, end_char=end)
    moved = shifted(item, len(prefix))
    assert (prefix + piece)[moved.start_char : moved.end_char] == item.text


# --- merge_organizations ----------------------------------------------------------------------


def org(name: str, aliases: list[str], *starts: int) -> Organization:
    mentions = [TextSpan(text=name, start_char=s, end_char=s + len(name)) for s in starts]
    return Organization(name=name, aliases=aliases, mentions=mentions)


def test_merge_joins_one_name_across_chunks_keeping_mention_order() -> None:
    merged = merge_organizations(
        [org("JICA", ["Agency"], 5), org("ADB", [], 40), org("JICA", ["Agency", "J"], 1200)]
    )
    assert [o.name for o in merged] == ["JICA", "ADB"]
    assert merged[0].aliases == ["Agency", "J"]
    assert [m.start_char for m in merged[0].mentions] == [5, 1200]


def test_merge_keeps_distinct_names_apart_in_first_seen_order() -> None:
    groups = [org("World Bank", [], 900), org("ADB", [], 10)]
    assert merge_organizations(groups) == groups


# --- build_article ----------------------------------------------------------------------------


def story_of(text: str) -> Story:
    source = Source(path="a.txt", sha256="0" * 64, index=0)
    return Story(
        id="a",
        source=source,
        title=None,
        published=None,
        reference_date="2024-06-01",
        language="en",
        text=text,
    )


def annotated(piece: str) -> Doc:
    """A Doc of `piece` carrying what the components would find in it, set by hand."""
    for name in ("dates", "amounts", "organizations", "events"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    doc = spacy.blank("en").make_doc(piece)
    date = "12 March 2024"
    doc._.dates = [
        span(date, piece, DateMention, value="2024-03-12", granularity="day")
        for _ in range(piece.count(date))
    ]
    doc._.organizations = [org("JICA", [], piece.index("JICA"))] if "JICA" in piece else []
    doc._.amounts, doc._.events = [], []
    return doc


def test_build_article_puts_chunk_spans_back_at_story_offsets() -> None:
    parts = [(offset, annotated(piece)) for offset, piece in split_for_model(PARAGRAPHS, 70)]
    assert len(parts) > 1
    article = build_article(story_of(PARAGRAPHS), parts)
    Article.model_validate(article.model_dump())
    assert [d.text for d in article.dates] == ["12 March 2024"]
    assert PARAGRAPHS[article.dates[0].start_char :].startswith("12 March 2024")
    assert article.organizations[0].mentions[0].start_char == PARAGRAPHS.index("JICA")
