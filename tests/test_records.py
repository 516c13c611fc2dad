"""Records: chunks of a long story are cut losslessly and their spans put back in place."""

from __future__ import annotations

from dataclasses import replace

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span

import pipeline.components  # noqa: F401  (registers the Doc extensions)
from pipeline.clean import Credit, Story
from pipeline.components.amounts import AmountSpan
from pipeline.components.dates import DateSpan
from pipeline.components.events import EventSpan
from pipeline.components.organizations import OrgEntity
from pipeline.components.roles import ActorRef
from pipeline.core import stories_of
from pipeline.ingest import RawPage
from pipeline.records import (
    Ids,
    build_article,
    date_mention,
    doc_records,
    dollars_as_stated,
    event,
    merge_organizations,
    organization,
    split_for_model,
    text_span,
)
from pipeline.schema import (
    Actor,
    AmountMention,
    Article,
    Equivalent,
    Organization,
    Source,
    TextSpan,
)

PARAGRAPHS = (
    "Japan will provide a grant of 1.2 billion yen to Uzbekistan.\n\n"
    "The agreement was signed in Tashkent on 12 March 2024.\n\n"
    "JICA said construction would start next year."
)


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


# --- records from spans -----------------------------------------------------------------------
BLANK = spacy.blank("en")


def chars(doc: Doc, text: str) -> Span:
    """The span of the first occurrence of `text` in `doc`."""
    start = doc.text.index(text)
    return doc.char_span(start, start + len(text))


def test_date_record_moves_by_the_chunk_offset_and_keeps_its_value() -> None:
    doc = BLANK("On 12 March the sides met.")
    moved = date_mention(DateSpan(chars(doc, "12 March"), "2024-03-12", "day"), 100)
    assert (moved.text, moved.start_char, moved.end_char) == ("12 March", 103, 111)
    assert moved.value == "2024-03-12"


def test_record_of_the_first_chunk_keeps_the_span_offsets() -> None:
    doc = BLANK("2024 was a good year.")
    moved = date_mention(DateSpan(chars(doc, "2024"), "2024", "year"), 0)
    assert (moved.start_char, moved.end_char) == (0, 4)


def test_event_record_moves_its_spans_and_refers_to_amounts_and_actors_by_id() -> None:
    piece = "Japan will provide $5 million to Tajikistan."
    doc = BLANK(piece)
    amount = AmountSpan(chars(doc, "$5 million"), "money", 5_000_000, "USD")
    found = EventSpan("funding", chars(doc, "provide"), doc[:], None, None, ("JICA",), (),
                      ("Japan", "Tajikistan"), (amount,), "071",
                      (ActorRef("organization", "JICA", "JPN"),),
                      (ActorRef("country", "Tajikistan", "TJK"),))
    story = "Headline line.\n\n" + piece
    offset = story.index(piece)
    moved = event(found, offset, Ids({"JICA": "o1"},
                                     {(amount.span.start_char + offset, 5_000_000): "a3"}))
    assert story[moved.trigger.start_char : moved.trigger.end_char] == "provide"
    assert story[moved.sentence_start_char : moved.sentence_end_char] == piece
    assert (moved.amounts, moved.organizations) == (["a3"], ["o1"])
    assert moved.source == [Actor(kind="organization", name="JICA", id="o1", code="JPN")]
    assert moved.target == [Actor(kind="country", name="Tajikistan", code="TJK")]
    assert moved.places == ["Japan", "Tajikistan"]


@pytest.mark.parametrize(("value", "date", "granularity"), [
    ("XXXX-08-28", None, None),  # no year: the story's dates keep it, no event is dated by it
    ("XXXX-08-28/XXXX-08-30", None, None),
    ("2024-08-28", "2024-08-28", "day"),
])
def test_an_event_is_dated_only_by_a_date_with_its_year(
        value: str, date: str | None, granularity: str | None) -> None:
    doc = BLANK("On August 28 the sides met in Osh.")
    found = EventSpan("meeting", chars(doc, "met"), doc[:], value, "sentence", (), (), (), (),
                      "040")
    moved = event(found, 0, Ids({}, {}))
    assert (moved.date, moved.date_granularity) == (date, granularity)
    assert moved.date_source == ("sentence" if date else None)


def test_a_record_whose_event_refers_to_an_unknown_id_is_invalid() -> None:
    story = story_of("Japan will provide $5 million to Tajikistan.")
    doc = BLANK(story.text)
    amount = AmountSpan(chars(doc, "$5 million"), "money", 5_000_000, "USD")
    doc._.amounts, doc._.dates, doc._.organizations = [amount], [], []
    doc._.events = [EventSpan("funding", chars(doc, "provide"), doc[:], None, None, (), (), (),
                              (amount,), "071")]
    record = build_article(story, [(0, doc)]).model_dump()
    assert record["events"][0]["amounts"] == ["a1"]
    for field, unknown in (("amounts", ["a2"]), ("organizations", ["o1"])):
        broken = {**record, "events": [{**record["events"][0], field: unknown}]}
        with pytest.raises(ValueError, match="unknown id"):
            Article.model_validate(broken)


def test_the_bounds_of_a_range_get_an_id_each_and_an_event_refers_to_both() -> None:
    story = story_of("Japan will provide $5-6 million to Tajikistan.")
    doc = BLANK(story.text)
    span = chars(doc, "$5-6 million")
    bounds = [AmountSpan(span, "money", 5_000_000, "USD", bounds=(5_000_000, 6_000_000)),
              AmountSpan(span, "money", 6_000_000, "USD", bounds=(5_000_000, 6_000_000),
                         restates=True)]
    doc._.amounts, doc._.dates, doc._.organizations = bounds, [], []
    doc._.events = [EventSpan("funding", chars(doc, "provide"), doc[:], None, None, (), (), (),
                              tuple(bounds), "071")]
    record = build_article(story, [(0, doc)])
    assert [(a.id, a.value) for a in record.amounts] == [("a1", 5_000_000), ("a2", 6_000_000)]
    assert record.events[0].amounts == ["a1", "a2"]


def test_a_record_with_two_amounts_of_one_id_is_invalid() -> None:
    story = story_of("Japan will provide $5 million and $6 million to Tajikistan.")
    doc = BLANK(story.text)
    doc._.amounts = [AmountSpan(chars(doc, f"${n} million"), "money", n * 1_000_000, "USD")
                     for n in (5, 6)]
    doc._.dates, doc._.organizations, doc._.events = [], [], []
    record = build_article(story, [(0, doc)]).model_dump()
    assert [a["id"] for a in record["amounts"]] == ["a1", "a2"]
    record["amounts"][1]["id"] = "a1"
    with pytest.raises(ValueError, match="share an id"):
        Article.model_validate(record)


def test_organization_record_moves_every_mention() -> None:
    piece = "JICA staff met the Japan International Cooperation Agency board."
    doc = BLANK(piece)
    mentions = (chars(doc, "JICA"), chars(doc, "Japan International Cooperation Agency"))
    found = OrgEntity("Japan International Cooperation Agency", ("JICA",), "organization", mentions)
    story = "x" * 37 + piece
    moved = organization(found, 37)
    assert [story[m.start_char : m.end_char] for m in moved.mentions] == [
        "JICA",
        "Japan International Cooperation Agency",
    ]


@settings(max_examples=50, deadline=None)
@given(prefix=st.text(max_size=50), words=st.lists(st.sampled_from(["Japan", "grant", "2024",
       "the", ",", "Kyrgyz"]), min_size=1, max_size=8), data=st.data())
def test_moved_span_points_at_the_same_text_in_the_whole(
    prefix: str, words: list[str], data: st.DataObject
) -> None:
    doc = BLANK(" ".join(words))
    start = data.draw(st.integers(0, len(doc) - 1))
    end = data.draw(st.integers(start + 1, len(doc)))
    moved = text_span(doc[start:end], len(prefix))
    assert (prefix + doc.text)[moved.start_char : moved.end_char] == doc[start:end].text


# --- merge_organizations ----------------------------------------------------------------------


def org(name: str, aliases: list[str], *starts: int) -> Organization:
    mentions = [TextSpan(text=name, start_char=s, end_char=s + len(name)) for s in starts]
    return Organization(id=f"o{len(name)}", name=name, aliases=aliases, mentions=mentions)


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
    doc = BLANK(piece)
    date = "12 March 2024"
    doc._.dates = [DateSpan(chars(doc, date), "2024-03-12", "day")] if date in piece else []
    jica = [OrgEntity("JICA", (), "organization", (chars(doc, "JICA"),))] if "JICA" in piece else []
    doc._.organizations = jica
    doc._.amounts, doc._.events = [], []
    return doc


def test_a_date_inside_an_organisations_name_is_no_date_of_the_story() -> None:
    doc = BLANK("The agency Steppe Today reported the talks today.")
    end = doc.text.rindex("today")
    inner, outer = chars(doc, "Today"), doc.char_span(end, end + len("today"))
    doc._.dates = [DateSpan(inner, "2024-03-12", "day"), DateSpan(outer, "2024-03-12", "day")]
    doc._.organizations = [OrgEntity("Steppe Today", (), "organization",
                                     (chars(doc, "Steppe Today"),))]
    doc._.amounts, doc._.events = [], []
    assert [d.text for d in doc_records(doc)["dates"]] == ["today"]


def test_two_organisations_of_one_name_in_one_chunk_make_one_valid_record() -> None:
    # one name for two bodies the organisation finder kept apart (another country each)
    doc = BLANK("The UN office in Osh and the UN office in Khorog reported.")
    first, second = (doc.char_span(i, i + 2) for i in (4, 29))
    doc._.organizations = [OrgEntity("UN", (), "organization", (first,)),
                           OrgEntity("UN", (), "organization", (second,))]
    doc._.dates, doc._.amounts, doc._.events = [], [], []
    article = build_article(story_of(doc.text), [(0, doc)])
    Article.model_validate(article.model_dump())
    assert [(o.name, len(o.mentions)) for o in article.organizations] == [("UN", 2)]


def test_build_article_puts_chunk_spans_back_at_story_offsets() -> None:
    parts = [(offset, annotated(piece)) for offset, piece in split_for_model(PARAGRAPHS, 70)]
    assert len(parts) > 1
    article = build_article(story_of(PARAGRAPHS), parts)
    Article.model_validate(article.model_dump())
    assert [d.text for d in article.dates] == ["12 March 2024"]
    assert PARAGRAPHS[article.dates[0].start_char :].startswith("12 March 2024")
    assert article.organizations[0].mentions[0].start_char == PARAGRAPHS.index("JICA")


def test_a_source_named_only_by_a_credit_line_is_an_organisation_without_mentions() -> None:
    story = replace(story_of(PARAGRAPHS), credits=[Credit("Tamdor", "Source: Tamdor")])
    article = build_article(story, [(0, annotated(PARAGRAPHS))])
    Article.model_validate(article.model_dump())
    tamdor = article.organizations[-1]
    assert (tamdor.id, tamdor.name, tamdor.mentions, tamdor.credits) == (
        "o2", "Tamdor", [], ["Source: Tamdor"])


def test_a_credit_of_an_organisation_the_story_names_joins_it() -> None:
    story = replace(story_of(PARAGRAPHS), credits=[Credit("JICA", "Photo: JICA")])
    (jica,) = build_article(story, [(0, annotated(PARAGRAPHS))]).organizations
    assert (jica.name, jica.credits, len(jica.mentions)) == ("JICA", ["Photo: JICA"], 1)


def test_a_story_in_a_language_nothing_extracts_gets_no_credited_organisation() -> None:
    story = replace(story_of(PARAGRAPHS), language="kk",
                    credits=[Credit("Tamdor", "Source: Tamdor")])
    assert build_article(story, [(0, annotated(PARAGRAPHS))]).organizations[-1].name == "JICA"


# --- where the reference date comes from -------------------------------------------------------


def test_reference_source_is_the_storys_own_when_it_has_one() -> None:
    story = replace(story_of(PARAGRAPHS), reference_source="published")
    assert build_article(story, [(0, annotated(PARAGRAPHS))]).reference_source == "published"


def test_reference_source_is_the_text_when_a_date_was_anchored_on_it() -> None:
    story = replace(story_of(PARAGRAPHS), reference_date=None)
    doc = annotated(PARAGRAPHS)
    doc._.dates = [replace(d, anchored=True) for d in doc._.dates]
    assert build_article(story, [(0, doc)]).reference_source == "text"
    assert build_article(story, [(0, annotated(PARAGRAPHS))]).reference_source is None


def test_run_reference_date_fills_in_as_the_setting() -> None:
    page = RawPage("a.txt", "0" * 64, 0, PARAGRAPHS, "text")
    (story,) = stories_of([page], "2024-06-01")
    assert (story.reference_date, story.reference_source) == ("2024-06-01", "setting")


def _sum(at: int, value: float, unit: str, dollars: float | None = None) -> AmountMention:
    """A money mention `at` an offset, restated in dollars when `dollars` is given."""
    equivalent = dollars and Equivalent(text="$", start_char=at + 9, end_char=at + 10,
                                        value=dollars, unit="USD")
    usd, basis = (dollars, "stated") if dollars else (None, "no date to convert at")
    return AmountMention(id=f"a{at}", text="x", start_char=at, end_char=at + 8, kind="money",
                         value=value, unit=unit, equivalent=equivalent, usd=usd,
                         usd_basis=basis)


def test_a_sum_stated_again_takes_the_dollar_value_the_story_gave_it() -> None:
    # `a grant of 600 million yuan ($84 million)` ... `the 600 million yuan will go to roads`
    amounts = dollars_as_stated([_sum(0, 6e8, "CNY", 8.4e7), _sum(50, 6e8, "CNY")])
    assert [(a.usd, a.usd_basis) for a in amounts] == [(8.4e7, "stated"), (8.4e7, "stated")]


def test_another_sum_or_currency_keeps_its_own_dollar_value() -> None:
    amounts = dollars_as_stated([_sum(0, 6e8, "CNY", 8.4e7), _sum(50, 5e8, "CNY"),
                                 _sum(90, 6e8, "JPY")])
    assert [a.usd for a in amounts] == [8.4e7, None, None]
