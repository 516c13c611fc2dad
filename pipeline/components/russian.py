"""Russian stories: Natasha's analysis on a spaCy Doc, and the records the English components
make (dates, amounts, organisations, events) found by rules written for Russian.

Natasha (razdel, slovnet, pymorphy) ships its models inside its packages: nothing is downloaded.
The Doc is tokenised by razdel, as Natasha tokenises, so every Natasha token is one spaCy token.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from pipeline.components.amounts import AmountSpan
from pipeline.components.dates import (
    _FULL_DATE,
    DateSpan,
    Point,
    _fill_years,
    shift_month,
    year_part,
)
from pipeline.components.doctext import doc_text
from pipeline.components.events import EventSpan, participants
from pipeline.components.organizations import OrgEntity, opens_paragraph
from pipeline.components.roles import MIN_SURNAME, SentenceActors, event_roles
from pipeline.components.sentences import mark_line_starts
from pipeline.components.upstream import upstream
from pipeline.lexicon.calendar import MAX_YEAR, MIN_YEAR
from pipeline.lexicon.events import CAMEO
from pipeline.lexicon.measures import CURRENCY_SYMBOLS
from pipeline.lexicon.places import CAPITALS
from pipeline.lexicon.russian import (
    ABOUT,
    ACRONYM_SKIPS,
    ADVOCACY,
    AGO_UNITS,
    AGREED_TO,
    AID_LEMMAS,
    ARMED_FORCES,
    BANK_SUFFIX,
    COMPOUND_BANK_MIN_CHARS,
    CURRENCY_COUNTRY,
    CURRENCY_STEMS,
    DEONTIC,
    DEVELOPMENT_HEADS,
    DEVELOPMENT_WORD,
    ENTITY_LABELS,
    EVENT_TRIGGERS,
    FINANCING_VERBS,
    FUNDING_NOUNS,
    FUTURE_BE,
    GATHERING_WINDOW,
    GENERIC_ACRONYMS,
    GOVERNMENT_HEADS,
    HEAD_FORMS,
    HEDGE_LEMMAS,
    LEGAL_FORMS,
    MEDIUM_TAILS,
    MONTH_FORMS,
    NAME_BREAKING_PREPOSITIONS,
    NEEDS_CONTEXT,
    NEGATION,
    ONE_UNIT_AGO,
    ORG_HEADS,
    OUTLET_KINDS,
    PAID_WITH_REACH,
    PERCENT_STEMS,
    PERIOD_BOUNDS,
    PLURAL_TRIGGERS,
    PROVIDING_FOR,
    QUOTES,
    RELATIVE_DAYS,
    RELATIVE_SHIFTS,
    RU_ADOPTED,
    RU_AHEAD_WORDS,
    RU_APPROX_WORDS,
    RU_ARRIVING,
    RU_BACK_REFERENCES,
    RU_BODIES_TAGGED_AS_PLACES,
    RU_CLAUSE_CONJUNCTIONS,
    RU_CLAUSE_OPENERS,
    RU_CONDITION_MARKS,
    RU_CONTEXT_AFTER,
    RU_CUMULATIVE_CUES,
    RU_DEAL_DOCUMENTS,
    RU_DEAL_LETTERS,
    RU_EARLIER,
    RU_EFFECT_VERBS,
    RU_ENACTING,
    RU_ERRANDS,
    RU_EVENT_CEREMONIES,
    RU_FIELD_HEADS,
    RU_FOREIGN_ACRONYMS,
    RU_GOVERNING_BOARDS,
    RU_GRANT_ADJECTIVES,
    RU_INTENT_VERBS,
    RU_INVITING,
    RU_KIND_HEADS,
    RU_MADE_KNOWN,
    RU_MINISTER_TITLES,
    RU_MINISTRY,
    RU_MONEY_WORDS,
    RU_MONTH_ABBREVIATIONS,
    RU_MONTH_NAMES,
    RU_NAMED_FIELDS,
    RU_NATIONAL_ADJECTIVES,
    RU_NON_ORG_HEADS,
    RU_NOT_ACTIONS,
    RU_NOT_LAUNCHED,
    RU_NOTE_ABBREVIATIONS,
    RU_NUMBER_WORDS,
    RU_OPENED_GATHERINGS,
    RU_OPENING,
    RU_PAID_SUPPORT,
    RU_PAID_WITH,
    RU_PARTY_NOUNS,
    RU_PATRONS,
    RU_PRESS_EVENTS,
    RU_PRICED_AID,
    RU_PROMISE_VERBS,
    RU_PROPOSAL_VERBS,
    RU_PURCHASING,
    RU_QUESTION_WORDS,
    RU_REGION_ACRONYMS,
    RU_RESULT_WORDS,
    RU_SCALE_ONE,
    RU_SCALES,
    RU_SEAT_HEADS,
    RU_SENDING,
    RU_SENT_TO,
    RU_SIGNED_ALONE,
    RU_SIGNING,
    RU_SPENDING_VERBS,
    RU_STATE_NOUNS,
    RU_SUM_GOES,
    RU_SUM_WORDS,
    RU_SURNAME_ENDINGS,
    RU_TELLING,
    RU_TENS,
    RU_TRAINING_PLACES,
    RU_UN_BODY_HEADS,
    RU_VISITING_HEADS,
    RU_VISITORS,
    RU_YEAR_PART_ORDINALS,
    SHORT_MINISTRIES,
    SIGNED_REACH,
    START_BOUNDS,
    TARGET_BOUNDS,
    TIME_LEMMAS,
    TITLE_HEADS,
    UNDER_BODY,
    UNIT_ABBREVIATIONS,
    UNIT_STEMS,
    WEEKDAYS_ON,
    YEAR_WORD,
)
from pipeline.names import country_code, outside_names
from pipeline.schema import ISO_LENGTH

Span.set_extension("normal", default=None, force=True)  # an entity's nominative form


# --------------------------------------------------------------------------- Natasha
class NatashaTools(NamedTuple):
    """Natasha's segmenter, taggers and morphological vocabulary."""

    segmenter: Any
    vocab: Any
    morph: Any
    syntax: Any
    ner: Any


@lru_cache(maxsize=1)
def natasha() -> NatashaTools:
    """Natasha's tools, loaded once per process."""
    from natasha import (
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    embedding = NewsEmbedding()
    return NatashaTools(Segmenter(), MorphVocab(), NewsMorphTagger(embedding),
                        NewsSyntaxParser(embedding), NewsNERTagger(embedding))


# A double hyphen standing for a dash (`Душанбе, 26 марта /Агентство/ -- Фонд выделит ...`), which
# throws Natasha's tagger off the sentence after it; a dash and a space keep every offset.
TYPED_DASH = re.compile(r"(?<=\s)--(?=\s)")


def analyse(text: str) -> Any:
    """Natasha's Doc of `text`: sentences and tokens, morphology, syntax and entities; a typed
    double hyphen is read as the dash it stands for."""
    from natasha import Doc as NatashaDoc

    tools = natasha()
    found = NatashaDoc(TYPED_DASH.sub("\u2014 ", text))
    found.segment(tools.segmenter)
    found.tag_morph(tools.morph)
    found.parse_syntax(tools.syntax)
    found.tag_ner(tools.ner)
    return found


class RazdelTokenizer:
    """Text -> Doc with razdel's tokens (Natasha's), whitespace kept as spaCy keeps it."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        from razdel import tokenize

        words: list[str] = []
        spaces: list[bool] = []
        end = 0
        for token in tokenize(text):
            gap = text[end:token.start]
            if gap and gap != " " or (gap == " " and not words):
                words.append(gap)
                spaces.append(False)
            elif gap == " ":
                spaces[-1] = True
            words.append(token.text)
            spaces.append(False)
            end = token.stop
        if text[end:]:
            words.append(text[end:])
            spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)


@Language.component(
    "natasha_tagger",
    assigns=["token.lemma", "token.pos", "token.morph", "token.is_sent_start", "doc.ents"],
)
def natasha_tagger(doc: Doc) -> Doc:
    """Sets lemmas, parts of speech, morphology, sentence starts and entities from Natasha;
    an entity's nominative form (`Министерство энергетики`) goes to `span._.normal`."""
    vocab = natasha().vocab
    found = analyse(doc_text(doc))
    by_start = {t.idx: t for t in doc}
    for token in doc:  # every boundary set, so that doc.sents never finds them unset
        token.is_sent_start = token.i == 0
    for sent in found.sents:
        first = by_start.get(sent.start)
        if first is not None:
            first.is_sent_start = not _closes_abbreviated(first)
    for token in found.tokens:
        own = by_start.get(token.start)
        if own is None:
            continue
        token.lemmatize(vocab)
        head = HEAD_FORMS.get(own.lower_)  # `акиматом`: `акимат`, a noun
        own.lemma_ = head or token.lemma
        own.pos_ = "NOUN" if head else token.pos
        own.set_morph("|".join(f"{k}={v}" for k, v in sorted(token.feats.items())) or None)
    mark_line_starts(doc)
    ents = []
    for span in found.spans:  # a region's acronym is a place whatever the tagger says
        label = "GPE" if found.text[span.start:span.stop] in RU_REGION_ACRONYMS else (
            ENTITY_LABELS[span.type])
        own = doc.char_span(span.start, span.stop)
        if own is None:
            continue
        if own[0].lemma_ in ORG_HEADS and (label == "PERSON" or (label == "GPE" and len(
                own) == 1 and _over_its_place(own[0]))):
            label = "ORG"  # a body's head opens no one's name (`Хокимият Ташкента`), nor is it
            # a place over the region it governs (`Акимат Алматинской области`)
        own = Span(doc, own.start, own.end, label)
        span.normalize(vocab)
        own._.normal = span.normal
        ents.append(own)
    doc.ents = ents
    return doc


def _over_its_place(head: Token) -> bool:
    """Whether a body's head stands over a capitalised name in the genitive, the place it is of
    (`Акимат` / `Алматинской области`)."""
    nxt = head.nbor(1) if head.i + 1 < len(head.doc) else None
    return nxt is not None and nxt.text[:1].isupper() and "Gen" in nxt.morph.get("Case")


def _closes_abbreviated(token: Token) -> bool:
    """`США` after an abbreviated currency's dot (`3 млн. долл. США`) ends the sum, and the
    name after a note's abbreviation (`(прим. ТАСС)`) ends the note: neither opens a
    sentence."""
    if token.i < 2 or token.nbor(-1).text != ".":
        return False
    before = token.nbor(-2).lower_
    return (token.text == CURRENCY_COUNTRY and before in CURRENCY_STEMS) or (
        before in RU_NOTE_ABBREVIATIONS)


# --------------------------------------------------------------------------- dates
def _alternation(words: Any) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# a month's name, or its abbreviation with its dot
_MONTH = (rf"(?<!\w)(?P<month>(?:{_alternation(RU_MONTH_NAMES)})(?!\w)|"
          rf"(?:{_alternation(RU_MONTH_ABBREVIATIONS)})(?!\w)\.?)")
_MONTH2 = _MONTH.replace("<month>", "<month2>")
_DAY = r"(?<![\d.])(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>(?:18|19|20)\d\d)"
_TAIL = r"(?:\s*(?:года|г\.?)(?!\w))?"
_PART_ORDINAL = _alternation(RU_YEAR_PART_ORDINALS).replace("ве", "в[её]")  # `четвёртом`
ROMAN_ORDINALS = {"I": 1, "II": 2, "III": 3, "IV": 4}  # `IV квартал`
DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.I)) for kind, pattern in (
        # two days of one month: `21-22 ноября`, `21 и 22 ноября 2023 года`
        ("days", rf"{_DAY}(?:\s*[-–—]\s*|\s+и\s+)(?P<day2>[0-3]?\d)\s+{_MONTH}"
                 rf"(?:\s+{_YEAR}{_TAIL})?"),
        ("day", rf"{_DAY}\s+{_MONTH}(?:\s+{_YEAR}{_TAIL})?"),
        ("numeric", r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)"
                    r"(?![\d.]\d)"),
        ("years", rf"(?<!\d)(?P<year>(?:19|20)\d\d)\s*(?:[-–—]|\s+по\s+)\s*(?P<year2>(?:19|20)\d\d)"
                  rf"\s*(?:-?[хе]\s+)?{YEAR_WORD}"),
        ("years", rf"(?<!\w)с\s+(?P<year>(?:19|20)\d\d)\s*(?:года|г\.?)?\s+по\s+"
                  rf"(?P<year2>(?:19|20)\d\d)(?:\s*{YEAR_WORD})?"),
        ("months", rf"{_MONTH}\s*[-–—]\s*{_MONTH2}(?:\s+{_YEAR}{_TAIL})?"),
        # a month of a year named by its distance from now: `в июле прошлого года`
        ("month", rf"{_MONTH}\s+(?P<shift>{_alternation(RELATIVE_SHIFTS)})\s+года(?!\w)"),
        ("month", rf"{_MONTH}(?:\s+{_YEAR}{_TAIL})?"),
        # a half or a quarter of a year: `в первом полугодии 2019 года`, `IV квартал 2020 г.`
        ("part", rf"(?<!\w)(?:(?P<ordinal>{_PART_ORDINAL})\w*|"
                 rf"(?P<roman>{_alternation(ROMAN_ORDINALS)}))\s+(?P<part>полугоди|квартал)\w*\s+{_YEAR}{_TAIL}"),
        ("year", rf"(?<![\d.,])(?P<year>(?:18|19|20)\d\d)\s*(?:-?м\s+|-)?{YEAR_WORD}"),
        ("relative", rf"(?<!\w)(?P<shift>{_alternation(RELATIVE_SHIFTS)})\s+"
                     r"(?P<unit>год[ау]|месяц[ае])(?!\w)"),
        # a time counted back from now: `20 лет назад`, `год назад`, `две недели назад`
        ("ago", rf"(?<!\w)(?:(?P<count>\d{{1,3}}|{_alternation(RU_NUMBER_WORDS)})\s+)?"
                rf"(?P<unit>(?:{_alternation(AGO_UNITS)})\w*)\s+назад(?!\w)"),
        ("today", rf"(?<!\w)(?P<word>{_alternation(RELATIVE_DAYS)})(?!\w)"),
        ("weekday", rf"(?<!\w)(?:в|во)\s+(?P<weekday>{_alternation(WEEKDAYS_ON)})(?!\w)"),
    )
)
# A word right before a date that puts it in the past whatever else the sentence says: `в ходе
# прошедшего 23 октября заседания ... будет построена`.
PAST_BEFORE = re.compile(r"(?<!\w)(?:прошедш|состоявш|минувш)\w*\s+(?:в\s+|во\s+)?$", re.I)
PAST_REACH = 24  # characters before a date where that word stands
# A sentence that speaks of the future: a year-less date in it lies ahead.
FUTURE = re.compile(r"(?<!\w)(?:будет|будут|планиру\w*|намерен\w*|предстоящ\w*|состоится|"
                    r"пройдет|пройдёт)(?!\w)", re.I)


def _month(word: str) -> int:
    return MONTH_FORMS[word.lower().rstrip(".")]


def _yearless(kind: str, m: re.Match[str]) -> bool:
    """A day or month named without its year or a shift (`в августе`, `9 июля`)."""
    group = m.groupdict()
    return kind in ("day", "days", "month", "months") and not group.get("year") and not (
        group.get("shift"))


def _point(kind: str, m: re.Match[str], reference: dt.date | None, future: bool
           ) -> tuple[Point, Point] | None:
    """The start and end points a date match names."""
    group = m.groupdict()
    year = int(group["year"]) if group.get("year") else None
    if group.get("shift") and kind == "month":
        if reference is None:
            return None
        year = reference.year + RELATIVE_SHIFTS[group["shift"].lower()]
    if kind in ("day", "days", "numeric", "month", "months"):
        month = _month(group["month"]) if kind != "numeric" else int(group["month"])
        end_month = _month(group["month2"]) if kind == "months" else month
        day = int(group["day"]) if group.get("day") else None
        end_day = int(group["day2"]) if group.get("day2") else day
        if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            return None
        start, end = Point(year, month, day), Point(year, end_month, end_day)
        if year is None:
            start, end = _fill_years(start, end, reference, future)
        return start, end
    if kind == "years":
        return Point(year), Point(int(group["year2"]))
    if kind == "part":
        order = (RU_YEAR_PART_ORDINALS.index(group["ordinal"].lower().replace("ё", "е")) + 1
                 if group["ordinal"] else ROMAN_ORDINALS[group["roman"]])
        return year_part(year, order, 6 if group["part"].lower() == "полугоди" else 3)
    if kind == "year":
        return Point(year), Point(year)
    if reference is None:
        return None
    if kind == "ago":
        point = _counted_back(group, reference)
        return None if point is None else (point, point)
    if kind in ("today", "weekday"):
        back = (-RELATIVE_DAYS[group["word"].lower()] if kind == "today" else
                (reference.weekday() - WEEKDAYS_ON[group["weekday"].lower()]) % 7)
        day = reference - dt.timedelta(days=back)
        point = Point(day.year, day.month, day.day)
        return point, point
    shift = RELATIVE_SHIFTS[group["shift"].lower()]
    if group["unit"].lower().startswith("год"):
        point = Point(reference.year + shift)
    else:
        index = reference.year * 12 + reference.month - 1 + shift
        point = Point(index // 12, index % 12 + 1)
    return point, point


def _counted_back(group: dict[str, str], reference: dt.date) -> Point | None:
    """The point a time counted back from the reference names (`20 лет назад`: its year; `месяц
    назад`: its month; `неделю назад`: its day); none for a count not told (`несколько лет
    назад`)."""
    if group["count"] is None and group["unit"].lower() not in ONE_UNIT_AGO:
        return None
    word = (group["count"] or "1").lower()
    count = int(word) if word.isdigit() else RU_NUMBER_WORDS[word]
    unit = next(u for stem, u in AGO_UNITS.items() if group["unit"].lower().startswith(stem))
    if unit == "year":
        return Point(reference.year - count)
    if unit == "month":
        return Point(*shift_month(reference.year, reference.month, -count))
    day = reference - dt.timedelta(days=count * (7 if unit == "week" else 1))
    return Point(day.year, day.month, day.day)


def _iso(start: Point, end: Point) -> str:
    return start.iso() if start == end else f"{start.iso()}/{end.iso()}"


def find_dates_ru(doc: Doc, reference: dt.date | None) -> list[DateSpan]:
    """Date mentions of a Russian Doc with ISO values, resolved against `reference`; with none,
    a year-less or relative date is resolved against the nearest full date the text states
    before it (a year-less one takes its year), and marked `anchored`, as in English."""
    found = _dates_ru(doc, lambda _: reference, stated=False)
    if reference is not None:
        return found
    days = [(d.span.start_char, dt.date.fromisoformat(d.value[:ISO_LENGTH["day"]]))
            for d in found if _FULL_DATE.fullmatch(d.value)]
    if not days:
        return found
    return _dates_ru(doc, lambda at: next((day for start, day in reversed(days) if start < at),
                                          None), stated=True)


def _dates_ru(doc: Doc, reference_at: Callable[[int], dt.date | None], stated: bool
              ) -> list[DateSpan]:
    """Date mentions, each resolved against `reference_at` its offset; `stated` when that is a
    date of the text (what it resolves is then `anchored`)."""
    text = doc_text(doc)
    taken: list[tuple[int, int]] = []
    found: list[DateSpan] = []
    for kind, pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            future = bool(span is not None and FUTURE.search(span.sent.text)) and not (
                PAST_BEFORE.search(text, max(0, m.start() - PAST_REACH), m.start()))
            reference = reference_at(m.start())
            if stated and reference is not None and _yearless(kind, m):
                # a narrative runs on from the date it states: its year, whatever the tense
                points = _point(kind, m, dt.date(reference.year, 12, 31), False)
            else:
                points = _point(kind, m, reference, future)
            if span is None or points is None:
                continue
            if any(p.year is not None and not MIN_YEAR <= p.year <= MAX_YEAR for p in points):
                continue
            taken.append((m.start(), m.end()))
            granularity = points[0].granularity or "year"
            anchored = stated and reference is not None and points != _point(
                kind, m, None, future)
            found.append(DateSpan(span, _iso(*points), granularity, anchored))
    return sorted(found, key=lambda d: d.span.start_char)


@Language.component("news_dates_ru", assigns=["doc._.dates"],
                    requires=["doc._.reference_date", "token.is_sent_start"])
def news_dates_ru(doc: Doc) -> Doc:
    """Sets `doc._.dates` on a Russian Doc, resolved against `doc._.reference_date`."""
    reference = upstream(doc, "reference_date", "news_reference_date", "news_dates_ru")
    doc._.dates = find_dates_ru(doc, reference)
    return doc


# --------------------------------------------------------------------------- amounts
# thousands set off by spaces (`1 200`), or by commas or stops repeated (`1,250,000`, `1.500.000`:
# a decimal mark comes once); else a decimal comma or stop (`2,5`)
_NUMBER = (r"(?P<number>\d{1,3}(?:[  ]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?"
           r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d+(?:[.,]\d+)?)")
# an abbreviation's dot, not the full stop of a sentence (`млн. японских иен`, `долл. США`)
_DOT = rf"(?:\.(?=\s+(?-i:[а-яё]|{CURRENCY_COUNTRY})))?"
# a scale word, perhaps followed by the rest of the sum at a smaller one (`1 млрд 87 млн`,
# `13 млрд 233,7 млн`)
_SCALE = (rf"(?:\s*(?P<scale>{_alternation(RU_SCALES)})(?!\w){_DOT}"
          rf"(?:\s+(?P<rest>\d{{1,3}}(?:[.,]\d+)?)\s*(?P<scale2>{_alternation(RU_SCALES)})(?!\w){_DOT})?"
          # ... and the units after thousands (`12 тыс. 594 долларов`, `15 млн 077 тыс. 700`)
          r"(?:(?:(?<=тыс)\.?|(?<=тысяч)|(?<=тысячи))\s+(?P<units>\d{1,3})(?=\s))?)?")
# a currency word, perhaps after a country adjective (`305 млн японских иен`)
_CURRENCY = (rf"(?:[а-яё]+(?:их|ых|ой|ий)\s+)?(?P<currency>{_alternation(CURRENCY_STEMS)})"
             rf"[а-яё]*(?!\w){_DOT}(?:\s+{CURRENCY_COUNTRY})?(?!\w)")
_SYMBOL = r"(?P<symbol>US\$|\$|€|¥)"
# a unit's stems, an adjective's inflected before its noun (`квадратных метров`)
_UNIT_WORDS = _alternation(UNIT_STEMS).replace(r"\ ", r"[а-яё]*\s+")
AMOUNT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.I)) for kind, pattern in (
        ("money", rf"{_SYMBOL}\s?{_NUMBER}{_SCALE}"),
        ("money", rf"(?<![\w.,]){_NUMBER}{_SCALE}\s*{_CURRENCY}"),
        ("money", rf"(?<![\w.,]){_NUMBER}{_SCALE}\s*(?P<code>USD|EUR|JPY|KRW|CNY|KZT|KGS|UZS|TJS|"
                  r"TMT|RUB|TRY)(?!\w)"),
        # a sum in words: `семь миллиардов долларов`, `один млрд евро`, `вложит миллиард
        # долларов` (one)
        ("money", rf"(?<!\w)(?:(?P<word>{_alternation(RU_SUM_WORDS)})\s+(?P<scale>"
                  rf"{_alternation(RU_SCALES)})|(?P<one>{_alternation(RU_SCALE_ONE)}))(?!\w)\s*"
                  rf"{_CURRENCY}"),
        ("percent", rf"(?<![\w.,]){_NUMBER}\s*(?:%|(?:{'|'.join(PERCENT_STEMS)})[а-яё]*"
                    rf"(?!\w){_DOT})"),
        ("quantity", rf"(?<![\w.,]){_NUMBER}{_SCALE}\s*(?:(?P<abbreviation>"
                     rf"{_alternation(UNIT_ABBREVIATIONS)})(?!\w){_DOT}|(?P<unit>{_UNIT_WORDS})"
                     r"[а-яё]*)(?!\w)"),
    )
)
# a number hyphened to a word is part of a name (`COVID-19`, `Ил-76`), no count; a number in
# words, with its scale word (`шестидесяти`, `полторы тысячи`, `тысячу`)
_COUNT_NUMBER = re.compile(
    # not a number after `№`, which names (`школа №40 района`)
    rf"(?<![\w.,№])(?<!№\s)(?<![^\W\d_]-){_NUMBER}{_SCALE}(?=\s)"
    rf"|(?<!\w)(?:(?P<word>{_alternation(RU_SUM_WORDS)})(?:\s+(?P<wscale>"
    rf"{_alternation(RU_SCALES)})(?!\w)\.?)?|(?P<one>{_alternation(RU_SCALE_ONE)}))(?=\s)",
    re.I)
_APPROX = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, RU_APPROX_WORDS))})\s+$", re.I)
_CUMULATIVE = re.compile(RU_CUMULATIVE_CUES, re.I)
SENTENCE_BREAK = re.compile(r"[.!?\n]")
THOUSANDTHS = re.compile(r"\d{1,3}[.,]\d{3}")  # `394,375`: thousands grouped, or thousandths
UNIT_ABBREVIATIONS_FOLDED = {k.lower(): v for k, v in UNIT_ABBREVIATIONS.items()}


def _number(m: re.Match[str], whole: bool = False) -> int | float:
    """The value a number and its scale words write (`1 200`, `2,5 млн`, `1 млрд 87 млн`, `12
    тыс. 594`, `семь миллиардов`, `миллиард`). Of a sum of money or a count (`whole`) with no
    scale word, a mark before three digits groups thousands (`394,375 долларов`, `5.000
    человек`): money has no thousandths, and a count no fractions."""
    group = m.groupdict()
    if group.get("one"):
        return RU_SCALES[group["one"].lower()]
    if group.get("number") is None:
        return int(RU_SUM_WORDS[group["word"].lower()] * RU_SCALES[group["scale"].lower()])
    raw = re.sub(r"[  ]", "", m.group("number"))
    grouping = next((mark for mark in ",." if raw.count(mark) > 1 or (
        whole and not group.get("scale") and THOUSANDTHS.fullmatch(raw) and mark in raw)), "")
    raw = raw.replace(grouping, "").replace(",", ".")
    value = Decimal(raw) * RU_SCALES.get((group.get("scale") or "").lower(), 1)
    if group.get("rest"):
        value += Decimal(group["rest"].replace(",", ".")) * RU_SCALES[group["scale2"].lower()]
    if group.get("units"):
        value += int(group["units"])
    return int(value) if value == int(value) else float(value)


def _count_value(m: re.Match[str]) -> int | float | None:
    """The number a count opens with, in digits or in words; `один` and `полтора` count only
    with a scale word (`один из`, `полтора года`)."""
    word, scale = (m.group("word") or "").lower(), (m.group("wscale") or "").lower()
    if m.group("one"):
        return RU_SCALES[m.group("one").lower()]
    if not word:
        return _number(m, True)
    if scale:
        return int(RU_SUM_WORDS[word] * RU_SCALES[scale])
    return RU_NUMBER_WORDS.get(word)


def _stem_of(word: str) -> str:
    """The stem of UNIT_STEMS a word of a unit's name opens with (`квадратных` -> `квадратн`)."""
    return max((stem for name in UNIT_STEMS for stem in name.split() if word.startswith(stem)),
               key=len)


def _unit_of(kind: str, m: re.Match[str]) -> str:
    group = m.groupdict()
    if kind == "percent":
        return "%"
    if kind == "quantity" and group["abbreviation"]:
        return UNIT_ABBREVIATIONS_FOLDED[group["abbreviation"].lower()]
    if kind == "quantity":
        return UNIT_STEMS[" ".join(_stem_of(w) for w in group["unit"].lower().split())]
    if group.get("symbol"):
        return CURRENCY_SYMBOLS[group["symbol"]]
    if group.get("code"):
        return group["code"]
    return CURRENCY_STEMS[group["currency"].lower()]


def _amount(doc: Doc, kind: str, start: int, end: int, value: int | float, unit: str
            ) -> AmountSpan | None:
    text = doc_text(doc)
    hedge = _APPROX.search(text, max(0, start - 20), start)
    if hedge:
        start = hedge.start()
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    cumulative = kind == "money" and bool(_CUMULATIVE.search(span.sent.text))
    return AmountSpan(span, kind, value, unit, bool(hedge), cumulative)  # type: ignore[arg-type]


def _counted_noun(doc: Doc, end: int) -> Token | None:
    """The noun a number counts: the next noun, past at most two adjectives."""
    token = next((t for t in doc if t.idx >= end and not t.is_space), None)
    for _ in range(3):
        if token is None or token.pos_ not in ("ADJ", "NOUN"):
            return None
        if token.pos_ == "NOUN":
            return token
        token = token.nbor(1) if token.i + 1 < len(doc) else None
    return None


def _counted_kind(noun: Token) -> tuple[str, str]:
    """Kind and unit of a number's noun: `два процента` is a share and `две тонны` a measure, in
    words as in figures; other nouns are counted."""
    if noun.lemma_.startswith(PERCENT_STEMS):
        return "percent", "%"
    unit = next((u for stem, u in UNIT_STEMS.items() if noun.lemma_ in (stem, f"{stem}а")), None)
    return ("quantity", unit) if unit else ("count", noun.lemma_)


def money_in_ru(text: str) -> list[tuple[int, int, int | float, str]]:
    """(start, end, value, ISO code) of each sum of money a short Russian text states, read by
    the patterns above without a parse: a headline's sums (`АБР выделит $120 млн на дороги`)."""
    found = sorted((m.start(), m.end(), _number(m, True), _unit_of(kind, m))
                   for kind, pattern in AMOUNT_PATTERNS if kind == "money"
                   for m in pattern.finditer(text))
    return [f for i, f in enumerate(found) if not any(
        s < f[1] and f[0] < e for s, e, *_ in found[:i])]


def find_amounts_ru(doc: Doc, dates: list[DateSpan]) -> list[AmountSpan]:
    """Money, percentages, quantities and counts of a Russian Doc."""
    text = doc_text(doc)
    taken = [(d.span.start_char, d.span.end_char) for d in dates]
    found: list[AmountSpan] = []

    def free(start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in taken)

    for kind, pattern in AMOUNT_PATTERNS:
        for m in pattern.finditer(text):
            value, unit = _number(m, kind == "money"), _unit_of(kind, m)
            if free(m.start(), m.end()) and (
                    amount := _amount(doc, kind, m.start(), m.end(), value, unit)):
                taken.append((m.start(), m.end()))
                found.append(amount)
    for m in _COUNT_NUMBER.finditer(text):
        noun = _counted_noun(doc, m.end())
        if (noun is None or noun.lemma_ in TIME_LEMMAS or noun.lemma_ in RU_SCALES
                or not free(m.start(), noun.idx) or SENTENCE_BREAK.search(text, m.end(), noun.idx)):
            continue
        if (value := _count_value(m)) is None:
            continue
        if noun.lemma_ == RU_TENS and (counted := _counted_noun(doc, noun.idx + len(noun))):
            value, noun = value * 10, counted  # `два десятка документов`: twenty documents
        if m.group("word") and value == 2 and noun.lemma_ in RU_PARTY_NOUNS:
            continue  # `лидеры двух стран`: the two parties the story names, no count
        kind, unit = _counted_kind(noun)
        if (amount := _amount(doc, kind, m.start(), noun.idx + len(noun), value, unit)):
            taken.append((m.start(), m.end()))
            found.append(amount)
    return sorted(found, key=lambda a: a.span.start_char)


@Language.component("news_amounts_ru", assigns=["doc._.amounts"],
                    requires=["doc._.dates", "token.pos", "token.lemma", "token.is_sent_start"])
def news_amounts_ru(doc: Doc) -> Doc:
    """Sets `doc._.amounts` on a Russian Doc; the numbers of `doc._.dates` are no amounts."""
    doc._.amounts = find_amounts_ru(doc, upstream(doc, "dates", "news_dates_ru", "news_amounts_ru"))
    return doc


# --------------------------------------------------------------------------- organisations
ENCLOSERS = {**QUOTES, "(": ")"}  # the quotes and brackets a name may open and close
PRICE_REACH = 6  # words from an aid noun to the sum that prices it
CURRENCY_MARKS = "$€£¥₽"  # signs a sum opens with, which end no clause
BRACKET_REACH = 4  # tokens an acronym and its bracket may stand after an unclosed name
NESTED_NAME_REACH = 6  # tokens of the innermost quoted name the tagger left out of a name
FIELD_ADJECTIVES = 2  # adjectives of a bank's field before its noun: `инфраструктурных инвестиций`
ADOPTED_REACH = 2  # words between `принять` and the act it adopts: `принят новый закон`
TRAINING_ADJECTIVES = 2  # between a place and its training: `центра профессионального обучения`
RATING_TOKENS = 2  # a number and its unit between a work and its name: `подстанция 500 киловольт`
THING_NAME_REACH = 8  # words of a project's or a programme's name before its acronym's bracket
LATIN_WORD = re.compile(r"[A-Z][a-z]+")  # a capitalised word in Latin letters
BODY_ACRONYM = re.compile(r"[А-ЯЁ]{2,6}")  # `МЧС`, `ГКНБ`, `ВС`
# a name's acronym in brackets after it, maybe after its name in English or with its owner's,
# or its name in English alone: `(МО)`, `(Japan International Cooperation Agency, JICA)`, `(ВПП
# ООН)`, `(Korea Trade Association)`
ACRONYM_AFTER = re.compile(r"\s*\(\s*(?:(?P<foreign>[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+)+)\s*"
                           r"(?:,\s*|(?=\))))?"
                           r"(?P<acronym>[A-ZА-ЯЁ][\w&-]*[A-ZА-ЯЁ]\w*(?:\s+[A-ZА-ЯЁ]{2,})?)?\s*\)$")
# A name's acronym after a bracket the name's entity leaves open, an aside following it in
# the brackets: `Международной ассоциации развития (МАР – организации ...)`.
OPEN_ACRONYM = re.compile(r"\s*\(\s*(?P<acronym>[A-ZА-ЯЁ]{2,6})$")
# A name's short form in brackets after it, which the tagger took into the name: `Совет
# сотрудничества тюркоязычных государств (Тюркский совет)`; each of its words opens as one of
# the name's does (see _shortens)
SHORT_NAME_AFTER = re.compile(r"\s*\((?P<short>[А-ЯЁ][^()]{2,60}?)\)?$")
SHORT_STEM_LETTERS = 4  # `тюрк` of `Тюркский` and `тюркоязычных`
# A company named in Latin letters with its legal form, which the Russian tagger does not read:
# `договор с Steppe Dairy Group Co ltd`, `Valley Builders LLC`
LATIN_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")  # `JICA`, `KazAID`: two capitals
LATIN_COMPANY = re.compile(r"(?<![\w-])(?:[A-Z][\w&'’-]*\s+){1,6}"
                           r"(?:Co\.?,?\s+[Ll]td\.?|Ltd\.?|LLC|JSC|PLC|GmbH|Inc\.?|Corp\.?)(?![\w-])")
# A company named in quotes after its kind or legal form, which the tagger may miss when the
# name holds a town (`компания «Служба очистки города Оша»`, `ООО «Ак-Суу»`)
QUOTED_COMPANY = re.compile(r"(?<!\w)(?i:компани|корпораци|холдинг|концерн|фирм|предприяти)"
                            r"[а-яё]*\s+«(?P<name>[А-ЯЁA-Z0-9][^«»\n]{1,80})»"
                            r"|(?<!\w)(?:ООО|ОАО|ЗАО|АО|ТОО|ОсОО)\s+«(?P<form>[^«»\n]{2,80})»")
# A news agency in slashes after the dateline: `Бишкек, 14 августа /Кабар/.`
OUTLET_IN_SLASHES = re.compile(  # glued to the date too: `Бишкек,07.06.24./Кабар/.`
    r"(?:(?<=[\w.,]\s)|(?<=[.,]))/\s?(?P<name>[A-ZА-ЯЁ][\w.-]*(?: [\w.-]+){0,2})\s?/")
# an outlet by its web address, cited as the story's source: `как пишет avesta.tj`, `передает
# 24.kg`, `по данным kun.uz`, `со ссылкой на gazeta.uz`
OUTLET_CITED = re.compile(
    r"(?<!\w)(?:пишет|пишут|сообщает|сообщают|переда[её]т|по данным|по информации|со ссылкой на)"
    r"\s+(?P<name>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})(?![\w.-]|\.\w)")
DATELINE_REACH = 300  # characters from the top where a dateline stands
INTENDED_OBJECT_WINDOW = 4  # words from an intended infinitive to its object's noun
AGREED_WINDOW = 4  # words between `договорились` and its infinitive (`в следующем году`)
INSERTION_WORDS = 4  # words of an insertion set off by commas (`, в случае необходимости,`)
HEAD_GAP = 3  # genitive words between a body's head and its country (`иностранных дел`)
FIGHT = "борьба"  # a body's field that names its foe after `с`: `по борьбе с коррупцией`
FOE_WORDS = 3  # words of the foe: `с незаконным оборотом наркотиков`
PATRON_OWNER_WORDS = 3  # words of whom an agency stands under: `Республики Казахстан`
FIELD_MAX_TOKENS = 10  # a ministry's fields with their commas (`труда, занятости и миграции`)
OBJECT_REACH = 2  # words from a verb to its object (`выделял финансы`)
ARRIVAL_REACH = 4  # words from a verb of arriving to the `в` before the place (`прибыл вчера в`)
PARTICIPLE_REACH = 3  # words between a participle and the date it gives (`построенной в 1975`)
CONTRACTION_MIN_CHARS = 5  # `Минфин`, `Кабмин`: a contracted name is a word of a few syllables
CONTRACTION_PIECE = 2  # letters a contraction takes of each word at least (`мин`, `фин`)
DATELINE_WORDS = 6  # most words of a dateline beside its date (`Бишкек, 21 января /Кабар/.`)
# The United Nations' name, which its programmes, funds and offices take after their own head.
UN_NAME = re.compile(r"(?:ООН|Организаци\w* Объедин[её]нн\w* Наций)(?!\w)")


@dataclass(frozen=True)
class _Mention:
    span: Span
    form: str  # nominative form, or the name as written where the tagger gave none
    alias: str | None  # its acronym in brackets
    nominative: bool = True  # whether `form` is the tagger's nominative
    foreign: str | None = None  # its name in English, in the brackets before its acronym


def _nominative(span: Span, normal: str) -> str:
    """The name with its head phrase in the nominative: Natasha's normal form up to the head
    noun, the words after it as written (`Международный банк реконструкции и развития`)."""
    words, normal_words = span.text.split(), normal.split()
    head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or len(words) != len(normal_words):
        return normal
    upto = len(span.text[:head.idx - span.start_char].split()) + 1
    if head.lower_ in HEAD_FORMS:  # a loanword the tagger does not know: `Акиматом`
        lemma = HEAD_FORMS[head.lower_]
        normal_words[upto - 1] = lemma.capitalize() if head.text[:1].isupper() else lemma
    return " ".join([_mixed_case_form(word, form)
                     for word, form in zip(words[:upto], normal_words[:upto], strict=True)]
                    + words[upto:])


def _cut_normal(whole: Span, ent: Span) -> str | None:
    """The tagger's nominative of the name cut from the start of a longer entity, when its words
    line up with the entity's (`Всемирного банка` of `Всемирного банка по ...`)."""
    words, normal = whole.text.split(), (whole._.normal or "").split()
    kept = len(ent.text.split())
    return " ".join(normal[:kept]) if len(words) == len(normal) and kept < len(words) else None


def _mixed_case_form(word: str, form: str) -> str:
    """A contracted name written with capitals inside keeps them: closed by a capital it is an
    abbreviation and does not decline (`в КазНУ`, not `казна`); else its nominative takes the
    written capitals back (`КазИнформа` → `КазИнформ`)."""
    if not (any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)):
        return form
    if word[-1].isupper():
        return word
    restored = "".join(w if w.lower() == f else f for w, f in zip(word, form, strict=False))
    return restored + form[len(word):]


def _head(span: Span) -> Token:
    """The name's head noun: its first noun (`министерство` of `Министерство финансов`)."""
    return next((t for t in span if t.pos_ in ("NOUN", "PROPN")), span[0])


def _head_lemma(span: Span) -> str:
    return _head(span).lemma_


CODE = re.compile(r"^[\w.]+-\d+$")  # a code or a numbered item (`Е-8`, `CASA-1000`), no name
LINK_MARK = re.compile(r"\s*[-–—]\s*|\s+\+\s+")
ROUTE_MIN_PLACES = 3  # `Поп-Наманган-Андижон`: three names in a row make a route
# A world region in any case: `Центральная Азия`, `Центральной Азии`, `Европа`.
REGION = re.compile(r"(?:(?:центральн|южн|восточн|западн|северн|юго-восточн)\w*\s+)?"
                    r"(?:ази|европ|евраз|африк|америк)\w*", re.I)


def _is_route(text: str) -> bool:
    """Places joined by dashes or a plus, a road's, a corridor's or a summit format's name:
    `Китай – Кыргызстан – Узбекистан`, `Поп-Наманган-Андижон`, `Центральная Азия + Япония`;
    not a body (`Кока-Кола`)."""
    parts = LINK_MARK.split(text)
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return False
    if all(country_code(p) or REGION.fullmatch(p) for p in parts):
        return True
    return len(parts) >= ROUTE_MIN_PLACES and all(" " not in p for p in parts)


def _is_name(ent: Span) -> bool:
    """Whether an ORG entity names an organisation: not a person's title, a document, an event
    or a programme, a common noun's acronym (alone or after the country given the thing:
    `Кыргызстану СИЗ`), a bare head word (`Банк`), a code, a route, a platform's channel
    (`Telegram-канал`), an adjective alone (`Ташкентский`), a minister's portfolio in capitals
    (`министра Финансов`), a country the tagger took for a body (`кредит Киргизстану`), a
    dateline's place in capitals (`ТАШКЕНТ, 5 мая — ...`) or a person's surname in capitals
    (`Ерлан АХМЕТОВ`)."""
    head = _head_lemma(ent)
    return not (head in TITLE_HEADS or head in RU_NON_ORG_HEADS or ent.text in GENERIC_ACRONYMS
                or (ent[-1].text in GENERIC_ACRONYMS and len(ent) > 1
                    and country_code(ent[:-1].text) is not None)  # `передало Кыргызстану СИЗ`
                or (len(ent) == 1 and head in ORG_HEADS) or CODE.match(ent.text)
                or "/" in ent.text or ent.text in LEGAL_FORMS or _dateline_place(ent)
                or _is_route(ent.text)
                or (len(ent) == 1 and head.endswith(MEDIUM_TAILS))  # `в Telegram-канале`
                or (len(ent) == 1 and ent[0].pos_ == "ADJ")
                or (len(ent) == 1 and _portfolio(ent[0]))
                or country_code(ent.text) is not None or _thing_named(ent)
                or _capitalised_surname(ent))


def _capitalised_surname(ent: Span) -> bool:
    """Whether an entity is a surname in capitals, maybe after a first name (`Ерлан АХМЕТОВ`)."""
    surname = ent[-1]
    return (len(ent) <= 2 and (len(ent) == 1 or ent[0].is_title) and surname.is_upper
            and len(surname) > MIN_SURNAME and surname.lower_.endswith(RU_SURNAME_ENDINGS))


def _thing_named(ent: Span) -> bool:
    """Whether an entity is the quoted name a common noun of a work, a document or an event
    stands before, maybe with its rating between (`аэропорт «Иссык-Куль»`, `ГЭС «Рогун»`,
    `подстанции 500 киловольт «Кемин»`): the thing's name."""
    at = ent.start - 1 if ent[0].is_quote else ent.start - 2
    if at < 0 or not (ent[0].is_quote or ent.doc[at + 1].is_quote):
        return False
    if at >= RATING_TOKENS and ent.doc[at - 1].is_digit and ent.doc[at].is_lower:
        at -= RATING_TOKENS  # `500 киловольт`, not `первого саммита «...»`
    noun = ent.doc[at]
    return noun.lemma_.lower() in RU_NON_ORG_HEADS and (noun.is_lower or noun.is_upper)


def _acronyms_of_things(doc: Doc) -> set[str]:
    """Acronyms in brackets after the name of a project, a programme or a document (`Проекта
    транспортной связности (ROADS)`): the thing's, no organisation's, wherever the story uses
    them again (`Проект ROADS`). The first capitalised word back from the bracket opens the name
    (`Группа реализации проекта (ГРП)` is a body), or the thing before it whose field follows
    the organisation it is of (`программы Всемирного банка по сокращению бедности (PRSG)`)."""
    found = set()
    for token in doc[1:-1]:
        if not (token.text.isupper() and len(token.text) > 1 and token.nbor(-1).text == "("
                and token.nbor(1).text == ")"):
            continue
        before = doc[max(0, token.i - 1 - THING_NAME_REACH):token.i - 1]
        opening = next((t for t in reversed(before) if t.is_punct or t.text[:1].isupper()), None)
        if opening is not None and opening.i > 0 and any(t.lower_ == "по" for t in doc[
                opening.i:token.i]) and opening.nbor(-1).lemma_.lower() in RU_NON_ORG_HEADS:
            opening = opening.nbor(-1)  # `программы Всемирного банка по ... (PRSG)`: its field
        if opening is not None and opening.lemma_.lower() in RU_NON_ORG_HEADS:
            found.add(token.text)
    return found


def _portfolio(token: Token) -> bool:
    """A word after a minister's title, the title's portfolio (`министра Финансов`), not an
    acronym."""
    return token.i > 0 and not token.is_upper and (
        token.nbor(-1).lemma_.lower() in RU_MINISTER_TITLES)


# A dateline's date with its agency after it, in slashes or brackets: `, 18 декабря. /ТАСС/`.
AGENCY_AFTER_DATE = re.compile(r",\s*\d{1,2}\s+[^\W\d]+\.?\s*[/(]\s*[^\W\d]")


def _dateline_place(ent: Span) -> bool:
    """A place in capitals opening a paragraph before a comma and a day: a dateline's place
    (`ТАШКЕНТ, 5 мая`), known as a capital, named as a place elsewhere in the story or followed
    by the agency after the date (`АЛМА-АТЫ, 18 декабря. /ТАСС/`); an agency may stand there too
    (`КАБАР, 17 февраля`). Or a place in capitals right before the agency in slashes
    (`АШХАБАД /Trend/ -`), or a capital in capitals closed by a full stop, wherever the scrape
    glued it (`14 апреля 2002 г.ТАШКЕНТ. В субботу ...`)."""
    doc = ent.doc
    if (len(ent) == 1 and ent.text.isupper() and ent.text.lower() in CAPITALS
            and ent.end < len(doc) and doc[ent.end].text == "."):
        return True
    if not (len(ent) == 1 and opens_paragraph(doc, ent.start) and ent.text.isupper()
            and ent.end + 1 < len(doc)):
        return False
    if OUTLET_IN_SLASHES.match(doc_text(doc), ent.end_char + 1):
        return True  # `АШХАБАД /Trend/ - ...`: the agency's dateline
    if not (doc[ent.end].text == "," and doc[ent.end + 1].like_num):
        return False
    lemma = ent[0].lemma_.lower()
    agency_after = AGENCY_AFTER_DATE.match(doc_text(doc), ent.end_char)  # `, 18 декабря. /ТАСС/`
    return lemma in CAPITALS or agency_after is not None or any(
        e.label_ == "GPE" and e[0].lemma_.lower() == lemma for e in doc.ents)


def _unclosed(text: str) -> str | None:
    """The closing quote or bracket a name opens and does not close (`АО "Банк развития`,
    `корпорация (CNPC`), if any."""
    for opening, closing in ENCLOSERS.items():
        count = text.count(opening)
        if count and (count % 2 if opening == closing else count > text.count(closing)):
            return closing
    return None


def _unopened_at(text: str) -> int | None:
    """Where a name meets a closing guillemet or bracket it never opened, if it does: the tagger
    ran a quoted name on past its quote (`Кызыл жол» («Красные дороги`, `Тошкент сув таъминоти»`)
    or took an acronym with the bracket that closes it (`МЧС)` of `... бедствий (МЧС)`)."""
    depth = {"«": 0, "(": 0}
    for i, char in enumerate(text):
        for opening, closing in (("«", "»"), ("(", ")")):
            depth[opening] += (char == opening) - (char == closing)
            if depth[opening] < 0:
                return i
    return None


def _shortens(short: str, name: str) -> bool:
    """Whether `short` is a short form of `name`: each of its words of SHORT_STEM_LETTERS or
    more opens as a word of the name does (`Тюркский совет` of `Совет сотрудничества
    тюркоязычных государств`); not another body (`фонд «Ишонч»` of `Фонд Vision 2030`)."""
    stems = {w[:SHORT_STEM_LETTERS] for w in name.lower().split()}
    words = [w for w in re.findall(r"\w+", short.lower()) if len(w) >= SHORT_STEM_LETTERS]
    return bool(words) and all(w[:SHORT_STEM_LETTERS] in stems for w in words)


def _before_open_bracket(span: Span) -> Span:
    """A place cut before a bracket it opens and does not close: `Абу-Даби` of `Абу-Даби (ОАЭ`,
    where the tagger ran the place into the country that follows it."""
    if _unclosed(span.text) is None:
        return span
    cut = next((t.i for t in span if t.text in ENCLOSERS), span.end)
    return span.doc[span.start:cut] if cut > span.start else span


def _without_tail(ent: Span) -> Span:
    """The entity cut before a preposition no name holds (`... сотрудничеству за помощь`), a
    verb the tagger ran it on into (`Всемирный банк окажет`) or a person's initial and name
    (`... в КР М.Иванова`), or a bank's `по` (a bank is named by its genitives: `программы
    Всемирного банка по сокращению бедности` is the programme's); not before a participle that
    describes the noun after it, as an adjective does (`Комитет по охране окружающей среды`);
    nor after a preposition the tagger ended it with, no name ends so."""
    cut = next((t.i for t in ent[1:] if t.text in NAME_BREAKING_PREPOSITIONS
                or (t.pos_ == "VERB" and not _attributive(t)) or _initial(t) or (
                    t.lower_ == "по" and any(b.lemma_ == "банк" for b in ent[:t.i - ent.start]))),
               ent.end - (len(ent) > 1 and ent[-1].pos_ == "ADP"))  # `Фонд ООН по`: none ends so
    return ent.doc[ent.start:cut] if cut != ent.end else ent


def _initial(token: Token) -> bool:
    """Whether a token is a person's initial before the name (`М.` of `М.Иванова`) after a word,
    not one of a name's initials (`«Б.Г.Строй»`)."""
    doc = token.doc
    return len(token.text) == 1 and token.text.isupper() and token.i + 2 < len(doc) and (
        doc[token.i + 1].text == ".") and doc[token.i + 2].text.istitle() and (
        doc[token.i - 1].text[-1].isalnum())


def _attributive(token: Token) -> bool:
    """Whether a participle agrees with the noun right after it (`окружающей среды`,
    `Объединённых Наций`)."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return "Part" in token.morph.get("VerbForm") and after is not None and (
        after.pos_ in ("NOUN", "PROPN")) and bool(token.morph.get("Case")) and (
        token.morph.get("Case") == after.morph.get("Case"))


def _acronym_in_brackets(doc: Doc, end: int) -> str | None:
    """The acronym in brackets right after a name that ends at `end`, which the tagger left out
    of it: `Агентство ... при аппарате Премьер-министра Турецкой Республики (ТИКА)`; not a
    country's (`(РФ)`) or a common noun's."""
    inside = doc[end:end + 3]
    return inside[1].text if len(inside) == 3 and inside[0].text == "(" and (
        inside[2].text == ")") and BODY_ACRONYM.fullmatch(inside[1].text) and (
        inside[1].text not in GENERIC_ACRONYMS) else None


def _with_tail(doc: Doc, ent: Span, after: list[Span]) -> Span:
    """The entity with what the tagger left outside it: the closing quote of a quoted name
    (`АО "Банк развития Казахстана"`), the innermost of names nested in quotes, a legal form
    that follows (`Feed Co., Ltd`), the `развития` of a development bank or fund (`Исламского
    банка развития`), the capitalised Latin words that go on a Latin name (`Toyota Tsusho`)."""
    end = ent.end
    closing = _unclosed(ent.text)
    if closing == ")":  # the brackets may hold the name in English before its acronym
        shut = next((t.i for t in doc[end:end + BRACKET_REACH] if t.text == ")"), None)
        end = shut + 1 if shut is not None and ACRONYM_AFTER.search(
            doc[ent.start:shut + 1].text) else end
    if ent[-1].text == "«" and (shut := next(
            (t.i for t in doc[end:end + NESTED_NAME_REACH] if t.text == "»"), None)):
        end = shut + 1  # the tagger stopped at the quote of the name nested innermost:
        while end < len(doc) and doc[end].text == "»":  # `АО «НК «СП «Ертис»`
            end += 1
    while LATIN_WORD.fullmatch(doc[end - 1].text) and end < len(doc) and LATIN_WORD.fullmatch(
            doc[end].text) and doc[end - 1].whitespace_ and not doc[end].ent_type_:
        end += 1
    if closing and end == ent.end < len(doc) and doc[end].text == closing:
        end += 1
    if end < len(doc) and ent[-1].lemma_.lower() in DEVELOPMENT_HEADS:
        end = _field_of_bank_end(doc, ent[-1], end)
    if after and after[0].text in LEGAL_FORMS and after[0].start_char - ent.end_char <= 2:
        end = after[0].end
    end = _fight_end(doc, _field_list_end(doc, ent.start, _field_end(doc, ent, end)))
    return doc[ent.start:end] if end != ent.end else ent


def _fight_end(doc: Doc, end: int) -> int:
    """The end of what a body's name fights, which the tagger left out: `Агентство по борьбе`
    [`с коррупцией`], `штаб по борьбе` [`с эпидемией гриппа`]; a fight names its foe."""
    if not (0 < end < len(doc) - 1 and doc[end - 1].lemma_ == FIGHT
            and doc[end].lower_ in ("с", "со")):
        return end
    k = end + 1
    while k < len(doc) and k - end <= FOE_WORDS and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and (
            "Case=Ins" in str(doc[k].morph) or (k > end + 1 and "Case=Gen" in str(doc[k].morph))):
        k += 1
    return k if k > end + 1 else end


def _field_of_bank_end(doc: Doc, head: Token, end: int) -> int:
    """The end of the field a bank's or a fund's name gives in the genitive after its head,
    which the tagger left out: `развития` (`Исламского банка [развития]`), or, after a head in
    the genitive, lower-case adjectives and their noun (`Азиатского банка [инфраструктурных
    инвестиций]`; not what a bank in the nominative did not give: `банк новых кредитов не дал`)."""
    if doc[end].lower_ == DEVELOPMENT_WORD:
        return end + 1
    if "Gen" not in head.morph.get("Case"):
        return end
    k = end
    while k < len(doc) and k - end < FIELD_ADJECTIVES and doc[k].pos_ == "ADJ" and (
            _is_field_word(doc[k])):
        k += 1
    return k + 1 if end < k < len(doc) and doc[k].pos_ == "NOUN" and _is_field_word(
        doc[k]) else end


def _field_list_end(doc: Doc, start: int, end: int) -> int:
    """The end of the fields a body's name lists after `по`, or in the genitive after its head
    (`Министерство финансов[ и экономики]`), which the tagger cut at a comma or a conjunction
    (`Комитет по аграрным вопросам[, природопользованию и развитию села]`); not the next body
    (`Комитету по экологии и министерству финансов`)."""
    if "по" in (t.lower_ for t in doc[start:end]):
        case = "Dat"
    elif end - start > 1 and doc[start].lemma_.lower() in RU_FIELD_HEADS and all(
            _is_field_word(t) for t in doc[start + 1:end]):
        case = "Gen"
    else:
        return end
    if case not in doc[end - 1].morph.get("Case"):
        return end
    while end + 1 < len(doc) and (doc[end].text == "," or doc[end].lower_ == "и"):
        k = end + 1
        while k < len(doc) and _is_field_word(doc[k], case):
            k += 1  # `развитию`
        if k == end + 1:
            break
        while k < len(doc) and _is_field_word(doc[k]):
            k += 1  # `села`
        end = k
    return end


def _may_be_dative(token: Token) -> bool:
    """A dative, or a feminine singular in `-и` the tagger read in another case, which is the
    same word (`безопасности`, `миграции`)."""
    morph = token.morph
    return "Dat" in morph.get("Case") or (
        token.lower_.endswith("и") and "Fem" in morph.get("Gender")
        and "Sing" in morph.get("Number"))


def _field_end(doc: Doc, ent: Span, end: int) -> int:
    """The end of the field a body's name gives after its owner or its head, which the tagger
    left out: `Агентство Кореи [по международному сотрудничеству]`, `Совместная комиссия [по
    научно-техническому сотрудничеству]`; else `end`. A head with its own field before the
    owner has no other (`Министерство энергетики России по сотрудничеству ...`: the topic of
    what the ministry signs)."""
    head = next((t for t in ent if t.lemma_ in DEVELOPMENT_HEADS | RU_FIELD_HEADS
                 and t.pos_ != "ADJ"), None)
    if end >= len(doc) or doc[end].lower_ != "по" or len(ent) < 2 or head is None or (
            head.i + 1 < ent.end and doc[head.i + 1].is_alpha and doc[head.i + 1].is_lower):
        return end
    k = end + 1
    while k < len(doc) and doc[k].pos_ == "ADJ" and ("Case=Dat" in str(doc[k].morph) or (
            "-" in doc[k].text and not doc[k].morph.get("Case"))):  # `научно-техническому`
        k += 1
    return k + 1 if k < len(doc) and doc[k].lemma_ in RU_NAMED_FIELDS else end


def _untagged(doc: Doc, found: list[tuple[int, int, str]]) -> Iterator[_Mention]:
    """Mentions of the names a pattern found, each (start, end, form), where the tagger marked
    no organisation."""
    orgs = [e for e in doc.ents if e.label_ == "ORG"]
    for start, end, form in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and not any(e.start < span.end and span.start < e.end for e in orgs):
            yield _Mention(span, form, None)


def _mentions(doc: Doc) -> Iterator[_Mention]:
    """Organisation mentions: the tagger's ORG entities (not a person's title), each with a place
    name in the genitive after a ministry-like head (`Министерство энергетики Республики
    Узбекистан`), the news agency of the dateline, outlets cited by their web address,
    companies named in Latin letters with their legal form, and companies named in quotes after
    their kind or legal form that the tagger missed."""
    text = doc_text(doc)
    if m := OUTLET_IN_SLASHES.search(text, 0, DATELINE_REACH):
        span = doc.char_span(*m.span("name"), alignment_mode="expand")
        if span is not None:
            yield _Mention(span, m.group("name"), None)
    quoted = [("name" if m["name"] else "form", m) for m in QUOTED_COMPANY.finditer(text)]
    yield from _untagged(doc, [
        *((*m.span("name"), m["name"]) for m in OUTLET_CITED.finditer(text)),
        *((*m.span(), m.group().rstrip(".")) for m in LATIN_COMPANY.finditer(text)),
        *((*m.span(group), m[group]) for group, m in quoted)])
    ents = list(doc.ents)
    national = [*_national_bodies(doc), *_un_bodies(doc, ents), *_acronym_bodies(doc, ents)]
    yield from national

    def named_as_national(span: Span) -> bool:
        return any(n.span.start <= span.start and span.end <= n.span.end for n in national)

    things = _acronyms_of_things(doc)
    joined = -1  # an acronym joined to the name before it
    for i, whole in enumerate(ents):
        if whole.label_ != "ORG" or i == joined or named_as_national(whole) or (
                whole.text in things):
            continue
        ent = _without_tail(whole)
        span = _with_tail(doc, ent, ents[i + 1:i + 2])
        joined = i + 1 if i + 1 < len(ents) and ents[i + 1].end <= span.end else joined
        # the tagger's nominative is of the whole entity: the name cut from it takes its words
        normal = ent._.normal if ent == whole else _cut_normal(whole, ent)
        form = _nominative(ent, normal or ent.text) + span.text[len(ent.text):]
        after = ents[i + 1] if i + 1 < len(ents) else None
        acronym = ACRONYM_AFTER.search(form)  # `Министерство обороны (МО)`, before its country
        alias, form = (acronym.group("acronym"), form[:acronym.start()]) if acronym else (
            None, form)
        if not acronym and (short := SHORT_NAME_AFTER.search(form)) and _shortens(
                short["short"], form[:short.start()]):
            alias, form = short["short"].strip(), form[:short.start()]
            span = span[:next((t.i for t in span if t.text == "("), span.end) - span.start]
        elif not acronym and (opened := OPEN_ACRONYM.search(form)):
            # the tagger stopped inside the brackets, at the acronym an aside follows:
            # `(МАР – организации в структуре Группы Всемирного банка)`
            alias, form = opened["acronym"], form[:opened.start()]
            span = span[:next((t.i for t in span if t.text == "("), span.end) - span.start]
        if _of_body(span, after):
            if form.lower() in RU_GOVERNING_BOARDS:
                continue  # `Совет управляющих Исламского банка развития` decides for the bank
            # a body of a body, in the genitive: `Генеральный штаб` `Вооруженных сил (ВС)`
            # `Турции` is one name, with the country the second is of
            inner = ACRONYM_AFTER.search(after.text)
            alias = alias or (inner.group("acronym") if inner else None)
            form = f"{form} {after.text[:inner.start()] if inner else after.text}"
            span, joined, ent = doc[span.start:after.end], i + 1, after
            after = ents[i + 2] if i + 2 < len(ents) else None
        if _of_country(span, after):
            place = _before_open_bracket(after)
            end = _seat_end(doc, _head(ent), ents[i + 2:i + 3], place.end)
            end = _field_end(doc, doc[span.start:end], end)
            span = doc[span.start:end]
            form = f"{form} {doc[place.start:end].text}"
            if alias is None and (acronym := ACRONYM_AFTER.search(form)):
                # the tagger ran the place into the acronym: `США по ... развитию (USAID)`
                alias, form = acronym.group("acronym"), form[:acronym.start()]
        elif not _is_name(ent):
            continue
        elif _latin_acronym_of(span, after):
            alias, joined = after.text, i + 1  # `Японское агентство ... сотрудничества JICA`
        elif (after is not None and after.label_ == "ORG" and after.start == span.end
                and after.text.isupper() and len(after) == 1):
            if form.lower() in RU_GOVERNING_BOARDS:
                continue  # `Совет директоров ИБР` decides for the bank, which is named after it
            # a body of an organisation named by its acronym: `Совет Безопасности ООН`, with
            # the country that one is of: `Департамент информации МИД Таджикистана`
            span, form, joined = doc[span.start:after.end], f"{form} {after.text}", i + 1
            country = ents[i + 2] if i + 2 < len(ents) else None
            if _of_country(after, country):
                span, form = doc[span.start:country.end], f"{form} {country.text}"
        if (patron := _patron_end(doc, span.end)) > span.end:
            form, span = f"{form} {doc[span.end:patron].text}", doc[span.start:patron]
        alias = alias or _acronym_in_brackets(doc, span.end)
        if len(span) > 1 and span[0].text in OUTLET_KINDS and form.startswith(span[0].text):
            form, span = form[len(span[0].text):].strip(), span[1:]  # `ИА «Кабар»`: Кабар
            if len(form) > 2 and QUOTES.get(form[0]) == form[-1]:
                form = form[1:-1]
        if acronym and (cut := ACRONYM_AFTER.search(span.text)):
            inner = doc.char_span(span.start_char, span.start_char + cut.start(),
                                  alignment_mode="contract")
            span = inner if inner else span
        foreign = acronym.group("foreign") if acronym else None
        if cut := _unopened_at(span.text):  # the name ends at its quote (one it opens with: none)
            form = form[:_unopened_at(form) or None]
            span = doc.char_span(span.start_char, span.start_char + cut,
                                 alignment_mode="contract") or span
        yield _Mention(span, form.strip(), alias, normal is not None, foreign)
    yield from (m for m in (*_headed_places(doc, ents), *_compound_banks(doc),
                            *_missions(doc, ents), *_fielded_ministries(doc))
                if not named_as_national(m.span))
    for place in ents:
        if place.label_ == "GPE" and (body := _union_named(place)) is not None:
            bracket = next((t.i for t in place if t.text == "("), None)
            if bracket is None:
                yield _Mention(place, body, None)
            else:  # `Евросоюз (ЕС)`: the name and its short form
                short = doc[bracket + 1:place.end].text.rstrip(")").strip()
                yield _Mention(doc[place.start:bracket], body, short or None)


def _patron_end(doc: Doc, end: int) -> int:
    """The end of the body a state agency's name says it stands under, which the tagger left
    out: `Академия госуправления [при Президенте Республики Казахстан]`; else `end`."""
    if end + 1 >= len(doc) or doc[end].lower_ != "при" or (
            doc[end + 1].lemma_.lower() not in RU_PATRONS):
        return end
    k = end + 2  # the patron's owner: `Министров`, `Казахстана`, `Республики Казахстан`
    while k < min(len(doc), end + 2 + PATRON_OWNER_WORDS) and doc[k].text[:1].isupper() and (
            "Gen" in doc[k].morph.get("Case") or doc[k - 1].lemma_.lower() == "республика"):
        k += 1
    return k


def _latin_acronym_of(span: Span, after: Span | None) -> bool:
    """Whether the entity right after a name is its own acronym in Latin letters, as a Russian
    text gives a foreign body's (`Корейское агентство международного сотрудничества KOICA`,
    `Казахстанское агентство ... KazAID`): the name opens with its adjective, so it is whole;
    a bare head before an acronym is a body of that organisation (`Представительство JICA`)."""
    return after is not None and after.label_ == "ORG" and after.start == span.end and len(
        after) == 1 and bool(LATIN_ACRONYM.fullmatch(after.text)) and len(span) > 2 and (
        span[0].pos_ == "ADJ")


def _of_body(span: Span, after: Span | None) -> bool:
    """Whether the body named right after a name, in the genitive and in more than one word (an
    acronym is joined below), is the body it is part of (`Генеральный штаб Вооруженных сил`)."""
    return after is not None and after.label_ == "ORG" and after.start == span.end and len(
        after) > 1 and after[0].morph.get("Case")[:1] == ["Gen"]


def _of_country(ent: Span, after: Span | None) -> bool:
    """Whether the place right after a body's name is the country it is of, in the genitive
    (`Министерство энергетики Республики Узбекистан`, `МИД Таджикистана`, `МЧС КР`)."""
    head = _head_lemma(ent)
    short = _short_state_body(ent)
    return (after is not None and after.label_ == "GPE" and after.start == ent.end
            and (head in ORG_HEADS | ARMED_FORCES or short)
            and "Case=Gen" in str(after[0].morph)
            # `правительствами двух стран` are several; `Вооружённые силы` are one body (and
            # an acronym's number is the tagger's guess)
            and ("Number=Plur" not in str(_head(ent).morph) or head in ARMED_FORCES or short)
            and _union_named(after) is None)  # its office counts as the union itself


def _short_state_body(ent: Span) -> bool:
    """`МИД`, `Минфин`, `Эксимбанк`, `МЧС`: one word naming a ministry, a bank or another body
    in short (an acronym in capitals, not a country's own or a common noun's: `КР`, `СМИ`)."""
    return len(ent) == 1 and (ent[0].lemma_.lower() in SHORT_MINISTRIES
                              or _is_compound_bank(ent[0]) or (
                                  bool(BODY_ACRONYM.fullmatch(ent.text))
                                  and ent.text not in GENERIC_ACRONYMS))


def _is_compound_bank(token: Token) -> bool:
    """A capitalised word glued from a stem and `банк` (`Эксимбанк`, `Агропромбанк`): a bank's
    name, whatever the tagger calls it, as in English."""
    if not (token.text[:1].isupper() and token.is_alpha):
        return False  # cheap tests first: every word of a story is asked
    lemma = token.lemma_.lower()
    return lemma.endswith(BANK_SUFFIX) and len(lemma) >= COMPOUND_BANK_MIN_CHARS


def _national_bodies(doc: Doc) -> Iterator[_Mention]:
    """A state's body named by the state's adjective before its head: a ministry's or a bank's
    short name (`туркменский МИД`, `китайским Эксимбанком`), a government, its embassy or its
    representative office (`японское посольство`), or a head with its field in the genitive
    (`таджикским министерством финансов`); named with the state in the genitive (`Министерство
    финансов Таджикистана`), a mission with its seat (`Посольство США в Душанбе`). Not a body
    without its field (`китайское агентство`), nor several (`китайскими компаниями`), nor a name
    that holds the adjective (`Японское агентство международного сотрудничества`)."""
    for adjective, head in zip(doc, doc[1:], strict=False):
        state = RU_NATIONAL_ADJECTIVES.get(adjective.lemma_)
        if state is None or adjective.pos_ != "ADJ" or adjective.ent_type_ == "ORG" or not (
                head.morph.get("Case")) or (
                adjective.morph.get("Case") != head.morph.get("Case")) or (
                "Plur" in head.morph.get("Number")):
            continue
        end = head.i + 1
        if head.lemma_ in RU_FIELD_HEADS:
            while end < len(doc) and end - head.i <= HEAD_GAP and doc[end].is_lower and (
                    "Gen" in doc[end].morph.get("Case")):
                end += 1  # `финансов`, `иностранных дел`
            if end == head.i + 1:
                continue
        elif not (head.lemma_ in SHORT_MINISTRIES | GOVERNMENT_HEADS | (
                RU_SEAT_HEADS - RU_VISITING_HEADS) or _is_compound_bank(head)):
            continue  # `японское посольство`; not people on a visit (`японская делегация`)
        name = head.text if head.text.isupper() else head.lemma_.capitalize()
        after = next((e for e in doc.ents if e.start == end), None)
        acronym = after.text if _latin_acronym_of(doc[adjective.i:end], after) else None
        seat = _seat_end(doc, head, [e for e in doc.ents if e.start == end + 1], end)
        yield _Mention(doc[adjective.i:seat], " ".join(
            [name, *(t.text for t in doc[head.i + 1:end]), state, doc[end:seat].text]).strip(),
            acronym, False)  # with its seat: `американского посольства в Душанбе`


def _compound_banks(doc: Doc) -> Iterator[_Mention]:
    """Compound bank names the tagger missed or called a person or a place, with the state after
    them in the genitive, whatever the tagger calls it (`Эксимбанком Кореи` -> `Эксимбанк
    Кореи`, also when both words are read as a person's name)."""
    for token in doc:
        if not _is_compound_bank(token) or token.ent_type_ == "ORG":
            continue
        end = token.i + 1
        while end < len(doc) and "Case=Gen" in str(doc[end].morph) and (
                doc[end].ent_type_ == "GPE" or country_code(doc[end].text) is not None):
            end += 1
        span = doc[token.i:end]
        yield _Mention(span, " ".join([token.lemma_.capitalize(), *(t.text for t in span[1:])]),
                       None, False)


def _union_named(place: Span) -> str | None:
    """The full name of a union of states the tagger took for a place (`Евросоюза`, `Евросоюз
    (ЕС)` with its short form)."""
    words = [t.lemma_ for t in place]
    return RU_BODIES_TAGGED_AS_PLACES.get(" ".join(words[:words.index("(")] if "(" in words
                                                   else words))


def _seat_end(doc: Doc, head: Token, after: list[Span], end: int) -> int:
    """The end of a mission's name with its seat (`посольства Японии в Душанбе`, `в КР`, a
    state's acronym the tagger may call a body), else `end`."""
    seat = after[0] if after else None
    if (head.lemma_ in RU_SEAT_HEADS and seat is not None and seat.start == end + 1
            and doc[end].lower_ == "в" and (seat.label_ == "GPE" or (
                seat.text.isupper() and country_code(seat.text) is not None))):
        return seat.end
    return end


def _un_bodies(doc: Doc, ents: list[Span]) -> Iterator[_Mention]:
    """A body of the United Nations named by its head phrase before the UN's name, which the
    tagger marks alone: `Всемирная продовольственная программа ООН (ВПП ООН)`, `Продовольственной
    и сельскохозяйственной организации ООН`, `Управление ООН по наркотикам и преступности`,
    `Всемирную продовольственную программу (WFP) ООН`. Not a mission (`Представительство ООН`,
    found with the missions), a government, a title (`Генеральный секретарь ООН`), nor a
    programme named by neither its acronym nor a field in the genitive, a plan (`Совместная
    программа ООН`)."""
    for ent in ents:
        if ent.label_ != "ORG" or not UN_NAME.match(ent.text):
            continue
        end, alias = ent.start, None
        if end > 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
            end, alias = end - 3, doc[end - 2].text  # `программу (WFP) ООН`
        if end > 0 and end == ent.start and BODY_ACRONYM.fullmatch(doc[end - 1].text) and (
                doc[end - 1].text not in GENERIC_ACRONYMS):
            yield _Mention(doc[end - 1:ent.end], doc[end - 1:ent.end].text, None, False)
            continue  # `ВПП ООН`, the short name of one named in full before
        start = _head_phrase_start(doc, end)
        if start is None:
            continue
        owner = ent.text
        if inner := ACRONYM_AFTER.search(owner):
            owner, alias = owner[:inner.start()], alias or inner.group("acronym")
        heads = {t.lemma_ for t in doc[start:end]}
        field = _un_field_end(doc, ent.end) if owner == ent.text and heads & (
            RU_UN_BODY_HEADS | RU_FIELD_HEADS | DEVELOPMENT_HEADS) else ent.end
        if field + 2 < len(doc) and doc[field].text == "(" and doc[field + 2].text == ")":
            alias = alias or doc[field + 1].text  # `... по окружающей среде (ЮНЕП)`
        if alias is None and doc[end - 1].lemma_ in RU_UN_BODY_HEADS:
            continue  # a programme known by no acronym nor a field in the genitive is a plan
            # (`Совместная программа ООН`); `Программа развития ООН` is a body
        yield _Mention(doc[start:field], " ".join(
            [_phrase_nominative(doc[start:end]), owner, doc[ent.end:field].text]).strip(), alias)


def _acronym_bodies(doc: Doc, ents: list[Span]) -> Iterator[_Mention]:
    """A body named by a lowercase head and the organisation it belongs to, by its acronym:
    `фондом ОПЕК` is the OPEC Fund, not OPEC (`Фонд ОПЕК`), with the field its name gives after
    (`фонд ОПЕК по международному развитию`); not a kind described (`крупнейший банк ЕАЭС`)."""
    for ent in ents:
        head = doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ != "ORG" or len(ent) != 1 or not BODY_ACRONYM.fullmatch(ent.text) or (
                head is None or not head.is_lower or head.lemma_ not in RU_KIND_HEADS) or (
                "Plur" in head.morph.get("Number") or head.i > 0 and doc[head.i - 1].pos_ == "ADJ"):
            continue
        end = _field_end(doc, doc[head.i:ent.end], ent.end)
        yield _Mention(doc[head.i:end], " ".join(
            [head.lemma_.capitalize(), ent.text, doc[ent.end:end].text]).strip(), None, False)


def _un_field_end(doc: Doc, end: int) -> int:
    """The end of the field a UN body's name gives after the UN's (`Программа ООН [по
    окружающей среде]`, `... [по делам беженцев]`), else `end`."""
    if end >= len(doc) or doc[end].lower_ != "по":
        return end
    k = end + 1
    while k < len(doc) and doc[k].pos_ in ("ADJ", "VERB") and "Dat" in doc[k].morph.get("Case"):
        k += 1  # `окружающей`
    if k < len(doc) and doc[k].pos_ == "NOUN" and _may_be_dative(doc[k]):
        return k + 1
    return end


def _head_phrase_start(doc: Doc, end: int) -> int | None:
    """Where a capitalised phrase that ends at `end` with a body's head starts: adjectives, maybe
    joined by `и`, before the head, which a noun in the genitive may follow (`Программа
    развития`); None when no such phrase ends there."""
    k = end - 1
    if k > 0 and doc[k].is_lower and doc[k].pos_ == "NOUN" and "Gen" in doc[k].morph.get(
            "Case") and doc[k].lemma_ not in ORG_HEADS | RU_UN_BODY_HEADS:
        k -= 1  # `развития`; not the head in the genitive (`Всемирной ... программы (ВПП) ООН`)
    head = doc[k] if k >= 0 else None
    if head is None or head.pos_ not in ("NOUN", "PROPN") or "Plur" in head.morph.get("Number") or (
            head.lemma_ not in (ORG_HEADS | RU_UN_BODY_HEADS) - RU_SEAT_HEADS - GOVERNMENT_HEADS):
        return None
    start = k
    while start > 0 and (doc[start - 1].pos_ == "ADJ" and doc[start - 1].morph.get(
            "Case") == head.morph.get("Case") or doc[start - 1].lower_ == "и" and start > 1
            and doc[start - 2].pos_ == "ADJ"):
        start -= 1
    return start if doc[start].is_title else None


def _phrase_nominative(span: Span) -> str:
    """A body's head phrase in the nominative: its adjectives and head inflected in the head's
    gender, the words after the head as written (`Всемирной продовольственной программы` →
    `Всемирная продовольственная программа`)."""
    vocab = natasha().vocab
    head = next(t for t in span if t.pos_ in ("NOUN", "PROPN"))
    words = []
    for token in span:
        form = token.text
        if token.i <= head.i and token.pos_ in ("ADJ", "NOUN", "PROPN"):
            grams = {"Nom", "Sing", *head.morph.get("Gender")} if token.pos_ == "ADJ" else {
                "Nom", "Sing"}
            inflected = vocab.parse(token.text)[0].inflect(grams)
            form = inflected.word if inflected else token.lemma_
            form = form[:1].upper() + form[1:] if token.text[:1].isupper() else form
        words.append(form)
    return " ".join(words)


def _missions(doc: Doc, ents: list[Span]) -> Iterator[_Mention]:
    """A body's mission or delegation, named by its head and the body in the genitive, with its
    seat or not (`представительства ЕС в Казахстане`, `делегации Европейского союза в КР`,
    `Представительство ПРООН`): an organisation of its own, beside the body (an embassy, named
    with its country, is found with the places). A delegation without its seat is people on a
    visit (`делегация ЕС прибыла`)."""
    for i, body in enumerate(ents):
        head = doc[body.start - 1] if body.start > 0 else None
        if head is None or head.lemma_ not in RU_SEAT_HEADS or head.ent_type_ or not (
                body.label_ == "ORG" or _union_named(body)) or not (
                body.text.isupper() or "Case=Gen" in str(body[0].morph)):
            continue
        span = doc[head.i:_seat_end(doc, head, ents[i + 1:i + 2], body.end)]
        if head.lemma_ in RU_VISITING_HEADS and span.end == body.end:
            continue
        name = head.lemma_.capitalize() if head.text[:1].isupper() else head.lemma_
        yield _Mention(span, name + span.text[len(head.text):], None, False)


def _headed_places(doc: Doc, ents: list[Span]) -> Iterator[_Mention]:
    """A body's head noun and the country it is of, which the tagger marks as a place only:
    `Правительство Японии`, `министерства обороны КНР`, `Парламент РТ`, `посольства Японии в
    Душанбе` (a mission with its seat). One government, not `правительствами двух стран`; no
    body of a kind described by a lowercase adjective (`культурный центр Таджикистана`)."""
    for i, place in enumerate(ents):
        if place.label_ != "GPE" or ("Case=Gen" not in str(place[0].morph) and not (
                place.text.isupper())) or _union_named(place):
            continue  # a union's office counts as the union itself; an acronym does not
            # decline, so its case is the tagger's guess (`Парламент РТ одобрил`)
        start = place.start
        while start > 0 and place.start - start < HEAD_GAP and doc[start - 1].is_lower and (
                "Case=Gen" in str(doc[start - 1].morph)) and doc[start - 1].lemma_ not in (
                ORG_HEADS | SHORT_MINISTRIES):
            start -= 1  # `обороны`, `иностранных дел`; not `минздрава` itself
        head = doc[start - 1] if start > 0 else None
        if head is None or head.lemma_ not in ORG_HEADS | SHORT_MINISTRIES or head.ent_type_ or (
                "Number=Plur" in str(head.morph)):
            continue  # `правительства Японии`, `минздравом КР`
        if start == place.start and head.lemma_ in RU_FIELD_HEADS:
            continue  # `министерством РК`: a ministry without its field names none
        if head.lemma_ in RU_KIND_HEADS and head.i > 0 and doc[head.i - 1].is_lower and (
                doc[head.i - 1].pos_ == "ADJ"):
            continue  # `культурный центр Таджикистана`: a kind of body, no name
        end = _seat_end(doc, head, ents[i + 1:i + 2], place.end)
        end = _field_end(doc, doc[head.i:end], end)
        span = doc[head.i:end]
        yield _Mention(span, head.lemma_.capitalize() + span.text[len(head.text):], None, False)


def _fielded_ministries(doc: Doc) -> Iterator[_Mention]:
    """A ministry named in lower case by its fields in the genitive, maybe with its state after
    them (`министерство водных ресурсов и ирригации`, `с министерством образования, науки и
    культуры`, `министерства экономического развития и торговли Таджикистана`): one body, as a
    country has one ministry of each field. Not several (`министерства двух стран`), nor one a
    state's adjective names (found above)."""
    if RU_MINISTRY[:-1] not in doc_text(doc):  # `министерств`, the stem of every form
        return  # the cheap test first: most stories name no ministry in lower case
    for head in doc:
        if head.lemma_ != RU_MINISTRY or not head.is_lower or head.ent_type_ or (
                "Plur" in head.morph.get("Number")) or (
                head.i > 0 and doc[head.i - 1].lemma_ in RU_NATIONAL_ADJECTIVES):
            continue
        end = k = head.i + 1
        while k < len(doc) and k - head.i <= FIELD_MAX_TOKENS:
            if _is_field_word(doc[k]):
                end = k = k + 1
            elif doc[k].text == "," or doc[k].lower_ == "и":
                k += 1  # `образования, науки и культуры`
            else:
                break
        if end == head.i + 1:
            continue
        if end < len(doc) and doc[end].ent_type_ == "GPE":
            # the state after the fields: `министерства экономического развития и торговли
            # Таджикистана` (`Республики Таджикистан`: the whole name)
            end = next(e.end for e in doc.ents if e.start <= end < e.end)
        name = head.lemma_ + doc[head.i:end].text[len(head.text):]
        if end < len(doc) and doc[end].lemma_ in RU_STATE_NOUNS:
            end += 1  # `министерства юстиции республики`: a form of the name, not the name
        yield _Mention(doc[head.i:end], name, None, False)


def _is_field_word(token: Token, case: str = "Gen") -> bool:
    """A lower-case word of a body's field in `case` (`водных ресурсов`), not the next body's
    head nor a word for its state (`республики`)."""
    cased = _may_be_dative(token) if case == "Dat" else case in token.morph.get("Case")
    return token.is_lower and token.is_alpha and cased and (
        token.lemma_ not in ORG_HEADS | RU_STATE_NOUNS)


def _fold(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").split())


def _contracts(short: str, name: str) -> bool:
    """Whether one word is made of the first letters of a name's first words, two at least
    (`нацбанк`: `национальный банк ...`, `кабмин`: `кабинет министров`, `минэкономики`:
    `министерство экономики`), as Russian shortens the names of bodies."""
    words = name.split()
    if " " in short or len(short) < CONTRACTION_MIN_CHARS or len(words) < 2:
        return False

    def rest_matches(rest: str, i: int) -> bool:
        if not rest:
            return i >= 2
        return i < len(words) and any(
            rest[:k] == words[i][:k] and rest_matches(rest[k:], i + 1)
            for k in range(min(len(rest), len(words[i])), CONTRACTION_PIECE - 1, -1))

    return rest_matches(short, 0)


def _initials(name: str) -> str:
    """The acronym a name's words make, without its little words (`ебрр`)."""
    return "".join(w[0] for w in name.split() if w not in ACRONYM_SKIPS and w[0].isalpha())


def _spells(short: str, name: str) -> bool:
    """Whether `short` is `name` by its initials, the state it is of kept or left out (`ебрр`;
    `мид туркменистана` or `мид` for `министерство иностранных дел туркменистана`), and so
    the body it is under (`наи` for `национальное агентство по инвестициям при президенте`)."""
    acronym, _, state = short.partition(" ")
    under = f" {UNDER_BODY} "
    if not state and under in name and _initials(name.partition(under)[0]) == acronym:
        return True
    if state and not name.endswith(" " + state):
        return False
    if state:
        return _initials(name.removesuffix(" " + state)) == acronym
    body, _, last = name.rpartition(" ")  # the state the name ends on may go unsaid: `мивт`
    # and the UN's acronym it ends on is spelt whole (`проон`: `программа развития оон`)
    return acronym in (_initials(name), _initials(body) if country_code(last) else None,
                       _initials(body) + last if UN_NAME.fullmatch(last.upper()) else None)


def _foreign_acronym_of(short: str, lemmas: str) -> bool:
    """Whether `short` is the Latin acronym of the agency whose name has these lemmas (see
    RU_FOREIGN_ACRONYMS)."""
    known = RU_FOREIGN_ACRONYMS.get(short)
    words = lemmas.split()
    return known is not None and len(words) > 2 and (words[0], words[-1]) == known


def _group_key(span: Span) -> str:
    """A mention's lemmas, the state a body is of given by its code, whatever the name it goes
    by (`Кабинета Министров Кыргызстана`, `Кабинет Министров Кыргызской Республики`); a
    mission's seat by its state too, a capital standing for its state (`посольство Кореи в
    Кыргызстане` is `посольство Кореи в Бишкеке`)."""
    seat = next((t.i for t in span[1:] if t.lower_ == "в"), span.end)
    key = _owner_key(span.doc[span.start:seat])
    if seat + 1 >= span.end:
        return key
    place = span.doc[seat + 1:span.end]
    code = country_code(place.text) or CAPITALS.get(place.root.lemma_.lower())
    return f"{key} в {code or place.lemma_.lower()}"


def _owner_key(span: Span) -> str:
    """A body's lemmas, the state it is of given by its code (`кабинет министров KGZ`), named in
    the genitive or by its adjective: a state has one government, one ministry of finance
    (`японское правительство` is `Правительство Японии`)."""
    state = RU_NATIONAL_ADJECTIVES.get(span[0].lemma_) if len(span) > 1 else None
    if state and (code := country_code(state)):
        return " ".join([*(t.lemma_.lower() for t in span[1:]), code])
    cut = next((t.i for t in span[1:] if t.ent_type_ == "GPE"), span.end)
    code = country_code(span.doc[cut:span.end].text) if cut < span.end else None
    words = span if code is None else span.doc[span.start:cut]
    return " ".join([*(t.lemma_.lower() for t in words), *([code] if code else [])])


def find_organizations_ru(doc: Doc) -> list[OrgEntity]:
    """One entity per organisation: the nominative form as name, other forms as aliases."""
    groups: dict[str, list[_Mention]] = {}
    by_alias: dict[str, str] = {}
    by_lemmas: dict[str, str] = {}  # a name in any case: `Корейскому агентству ...`
    for mention in _mentions(doc):
        lemmas = _group_key(mention.span)
        key = by_alias.get(_fold(mention.form)) or by_lemmas.setdefault(lemmas, _fold(
            mention.form))
        groups.setdefault(key, []).append(mention)
        if mention.alias:
            by_alias.setdefault(_fold(mention.alias), key)
    # an acronym met on its own joins its expansion's group: the one it stood beside in
    # brackets, else the one whose initials it is (`ЕБРР`, `Европейский банк реконструкции и
    # развития`)
    for key in list(groups):
        spells = [other for other in groups if other != key and _spells(key, other)]
        full = by_alias.get(key) or (spells[0] if len(spells) == 1 else None)
        # a contraction of a longer name met in the same story (`Нацбанк`, `Кабмин`)
        contracted = [other for other in groups if other != key and _contracts(key, other)]
        # a body named without its state, which the story named with it (`министерство
        # финансов`, `Министерство финансов Кыргызстана`)
        stated = [other for other in groups if other.startswith(key + " ") and country_code(
            other[len(key) + 1:])]
        # a foreign agency's Latin acronym, its Russian name told apart (RU_FOREIGN_ACRONYMS)
        spelled = [other for other in groups if other != key and _foreign_acronym_of(
            key, _group_key(groups[other][0].span))]
        # a name's opening words up to its head, the rest left out (`Европейский банк`,
        # `Европейский банк реконструкции и развития`)
        shortened = [other for other in groups if other.startswith(key + " ") and len(
            key.split()) > 1 and key.split()[-1] in ORG_HEADS]
        full = full or next((o[0] for o in (contracted, stated, spelled, shortened)
                             if len(o) == 1), None)
        if full is not None and full != key and full in groups:
            groups[full] = groups.pop(key) + groups[full]
    entities = []
    for group in groups.values():
        group.sort(key=lambda m: m.span.start_char)
        name = max((m.form for m in group), key=lambda form: (
            any(m.nominative for m in group if m.form == form), len(form)))
        forms = [m.span.text for m in group] + [a for m in group for a in (m.foreign, m.alias) if a]
        aliases = tuple(dict.fromkeys(f for f in forms if _fold(f) != _fold(name)))
        kind = "government" if _head_lemma(group[0].span) in GOVERNMENT_HEADS else "organization"
        entities.append(OrgEntity(name, aliases, kind, tuple(m.span for m in group)))
    return sorted(entities, key=lambda o: o.mentions[0].start_char)


@Language.component("news_organizations_ru", assigns=["doc._.organizations"],
                    requires=["doc.ents", "token.lemma", "token.morph"])
def news_organizations_ru(doc: Doc) -> Doc:
    """Sets `doc._.organizations` on a Russian Doc from its ORG entities."""
    doc._.organizations = find_organizations_ru(doc)
    return doc


# --------------------------------------------------------------------------- events
# trigger lemma -> the event types it may report
TRIGGER_TYPES = {
    lemma: [kind for kind, lemmas in EVENT_TRIGGERS.items() if lemma in lemmas]
    for lemmas in EVENT_TRIGGERS.values() for lemma in lemmas
}


def _enacted(token: Token) -> bool:
    """Whether a noun after `о` is the title of an act that does it (`закон «О ратификации
    Соглашения»`, see RU_ENACTING): a deal ratified; a law on building roads builds none."""
    before = [t for t in token.doc[max(0, token.i - 4):token.i - 1] if not t.is_punct]
    return bool(before) and before[-1].lemma_ in RU_ENACTING


def _paid_with_funds(token: Token) -> bool:
    """Whether a purchase is paid `на` money right after it (`закупают на деньги банка`,
    `приобретено на выделенные средства`); not goods bought (`закупили средства защиты`)."""
    after = token.doc[token.i + 1:token.i + 1 + PAID_WITH_REACH]
    return any(t.lower_ == "на" and any(u.lemma_ in RU_PAID_WITH for u in after[k + 1:k + 3])
               for k, t in enumerate(after))


def _errands(sent: Span) -> set[str]:
    """The errands people are sent on in a sentence: one right after `на` or `для`
    (`направлены на работу`), not the work money improves (`для улучшения работы`)."""
    return {t.lemma_ for t in sent[1:]
            if t.lemma_ in RU_ERRANDS and t.nbor(-1).lower_ in RU_SENT_TO}


def _names_a_training_place(token: Token) -> bool:
    """Whether a training noun, its adjectives before it, follows a place or a body it names
    (`центр подготовки`, `центра профессионального обучения`, see RU_TRAINING_PLACES)."""
    i = token.i - 1
    while i > token.sent.start and token.i - i <= TRAINING_ADJECTIVES and (
            token.doc[i].pos_ == "ADJ"):
        i -= 1
    return i >= 0 and token.doc[i].lemma_ in RU_TRAINING_PLACES


def _beneficiaries(sent: Span) -> set[str]:
    """The people a sentence sends something for or to, right after `для` (`направлено 3 тыс.
    глюкометров для граждан`) or in the dative (`направил письмо экспертам`): they are not the
    ones sent."""
    return {t.lemma_ for t in sent[1:]
            if t.nbor(-1).lower_ == "для" or "Case=Dat" in str(t.morph)}


def _sum_goes(token: Token) -> bool:
    """Whether a sum just before the verb in its clause goes `на` a use after it (`350 млн юаней
    ($55 млн) пойдут на реализацию проекта`); not people who go (`делегаты пойдут на форум`)."""
    after = token.doc[token.i + 1:token.i + 2]
    before = token.doc[max(token.sent.start, token.i - PRICE_REACH):token.i]
    return bool(after) and after[0].lower_ == "на" and _number_in_clause(
        reversed(before), CURRENCY_MARKS + "()")  # a sum restated in brackets stays in it


def _priced(token: Token) -> bool:
    """Whether a number follows a word in its clause, a few words on (`сумма помощи составляет
    $56 млн`), not past a comma or a conjunction (`за помощь и отметил рост до $500 млн`)."""
    return _number_in_clause(token.doc[token.i + 1:token.i + 1 + PRICE_REACH], CURRENCY_MARKS)


def _number_in_clause(tokens: Iterable[Token], passing: str) -> bool:
    """Whether a number comes among `tokens`, in order, before the clause ends: at a mark of
    punctuation other than those `passing` lists, or at a conjunction."""
    for t in tokens:
        if (t.is_punct and t.text not in passing) or t.lower_ in RU_CLAUSE_CONJUNCTIONS:
            return False
        if t.like_num:
            return True
    return False


def _fires(kind: str, token: Token, lemmas: set[str], money: bool) -> bool:
    """Whether a trigger word reports an event of `kind` in its sentence."""
    if (token.ent_type_ == "ORG" and token.pos_ != "VERB") or (
            token.i > 0 and token.nbor(-1).lower_ in NEGATION):
        return False
    if kind != "plan" and token.pos_ == "NOUN" and token.i > 0 and token.nbor(
            -1).lower_ in ABOUT and not (kind == "agreement" and _enacted(token)) and not (
            kind == "funding" and token.i > 1 and token.nbor(-2).lemma_ in RU_MADE_KNOWN):
        return False  # `переговоры об открытии завода`: the talks' subject, no opening (but
        # `объявил о планах` announces plans, `закон «О ратификации»` ratifies, and
        # `объявило о выделении $3 млн` gives)
    if kind != "plan" and token.pos_ == "NOUN" and token.i > 1 and _prepares_for(
            token.nbor(-2)):
        return False  # `подготовка к строительству`: still to come, a plan (see NEEDS_CONTEXT)
    if kind == "plan" and token.lemma_ == "подготовка" and not _prepares_for(token):
        return False  # `подготовка кадров` trains people
    morph = str(token.morph)
    if kind == "plan" and token.lemma_ == "наметить" and "Voice=Pass" not in morph:
        return False  # `наметили направления сотрудничества` outlines; `намечен на май` plans
    if _hedged(token):
        return False  # `завод может открыться`: it may, as English `may open` (see _planned)
    if _agreed_to(token, DEONTIC) or (token.pos_ == "NOUN" and token.i > 0
                                      and _agreed_to(token.nbor(-1), DEONTIC)):
        return False  # `необходимо провести встречу`: still to be done, a plan (see _planned)
    if "VerbForm=Part" in morph and "Variant=Short" not in morph and not _funded_by(
            kind, token) and ("Tense=Pres" in morph or kind in ("construction", "personnel") or any(
                t.lower_ in RU_EARLIER for t in token.doc[token.i - 1:token.i + 2])):
        return False  # a participle that describes its noun, as in English: `компаний,
        # инвестирующих в энергетику`, `мост, построенный в 1960 году`, `достигнутых ранее
        # соглашений` (background)
    if token.pos_ == "NOUN" and _has_effect(token):
        return False  # `встреча даст импульс торговле`: what it will bring, no report of it
    if kind == "meeting" and token.lemma_ in RU_ARRIVING:
        return _official_arrives(token)
    if kind == "meeting" and token.lemma_ == "принять" and any(
            t.lemma_ in RU_ADOPTED for t in token.doc[token.i + 1:token.i + 1 + ADOPTED_REACH]):
        return False  # `принято постановление президента`: an act adopted, no one received
    if kind == "personnel" and token.pos_ == "NOUN" and _names_a_training_place(token):
        return False  # `центров подготовки кадров`: a place named by its training
    needed = NEEDS_CONTEXT.get((kind, token.lemma_))
    if token.lemma_ in RU_SENDING and kind == "personnel":
        lemmas = lemmas - RU_ERRANDS - _beneficiaries(token.sent) | _errands(token.sent)
    priced = kind == "funding" and money and (
        (token.lemma_ in RU_PRICED_AID and _priced(token))
        or (token.lemma_ in RU_SUM_GOES and _sum_goes(token)))  # `$55 млн пойдут на`
    if needed is not None and not lemmas & set(needed) and not (
            kind == "construction" and _money_put_to(token, lemmas)) and not priced:
        return False
    if kind == "agreement" and _signs_alone(token):
        return False  # `президент подписал указ`: one side's act, no deal
    if kind == "meeting" and lemmas & set(needed or ()) <= {"церемония"} and _event_ceremony(token):
        return False  # `состоялась церемония подписания`: the signing, no meeting
    if _context_follows(kind, token) is False:
        return False
    if kind != "agreement" and _context_follows("agreement", token):
        return False  # `принято совместное заявление`: a document adopted, no one received
    if kind == "meeting" and token.pos_ == "NOUN" and token.i > 0 and (
            token.nbor(-1).lemma_ in RU_BACK_REFERENCES | RU_AHEAD_WORDS or (
                token.nbor(-1).lemma_ in RU_RESULT_WORDS and _meeting_told(token))):
        return False  # `этот визит откроет новую страницу`, `по итогам встречи` after the
        # meeting was told: told already
    if kind == "meeting" and any(_invites(t) for t in token.sent if t.i < token.i):
        return False  # `пригласил президента с визитом`: a visit still to come, a plan
    if kind == "plan" and token.lemma_ in RU_INVITING and not _invites(token):
        return False  # `приглашенные гости посетили выставку`: guests who came
    if kind == "launch" and _opens_gathering(token):
        return False  # `на открытии форума`: the forum began, nothing was launched
    if kind == "launch" and _opens_figure(token):
        return False  # `откроет новую главу`: a figure of speech
    if kind == "funding" and token.lemma_ in RU_ARRIVING and _official_arrives(token):
        return False  # `прибыла делегация партии`: a visit, no batch of goods
    if kind == "funding" and token.lemma_ in FUNDING_NOUNS | RU_GRANT_ADJECTIVES:
        return money
    if kind == "funding" and token.lemma_ in RU_PURCHASING:
        return _paid_with_funds(token)
    if token.lemma_ in PLURAL_TRIGGERS and "Number=Plur" not in str(token.morph):
        return False
    if kind == "funding" and token.pos_ == "VERB" and token.lemma_ not in FINANCING_VERBS and (
            needed is None):  # a verb with its own context names what it gives (see NEEDS_CONTEXT)
        given = token.doc[token.i + 1:token.i + 1 + OBJECT_REACH]
        if "Voice=Pass" in str(token.morph):  # `деньги выделены`: what is given may stand
            # before, as the subject (not `министру финансов предоставлено право`)
            given = [*(t for t in token.doc[max(0, token.i - OBJECT_REACH):token.i]
                       if "Case=Nom" in str(t.morph)), *given]
        return money or bool(lemmas & (FUNDING_NOUNS | AID_LEMMAS)) or any(
            t.lemma_ in RU_MONEY_WORDS for t in given) or (
            "поддержка" in lemmas and bool(lemmas & RU_PAID_SUPPORT))
    return True


def _event_ceremony(token: Token) -> bool:
    """Whether the sentence's ceremony marks an event of its own, named right after it
    (`церемония подписания`, `церемонии открытия центра`; see RU_EVENT_CEREMONIES)."""
    return any(t.lemma_ == "церемония" and t.i + 1 < len(t.doc) and (
        t.nbor(1).lemma_ in RU_EVENT_CEREMONIES) for t in token.sent)


def _official_arrives(verb: Token) -> bool:
    """Whether an official, a delegation or a named person (in the nominative) arrives in a
    named place, in either order (`Президент Туркменистана прилетел в Абу-Даби`, `В Бишкек
    прибыла делегация Японии`): a visit; not goods arriving (`груз прибыл в Ош`)."""
    doc, sent = verb.doc, verb.sent
    after = doc[verb.i + 1:min(sent.end, verb.i + ARRIVAL_REACH)]
    before = doc[max(sent.start, verb.i - ARRIVAL_REACH):verb.i]
    who = any("Nom" in t.morph.get("Case") and (t.lemma_ in RU_VISITORS or t.ent_type_ == "PERSON")
              for t in [*doc[sent.start:verb.i], *after]) or _visitor_relative(verb)
    return who and any(t.lower_ in ("в", "во") and any(
        e.ent_type_ == "GPE" for e in doc[t.i + 1:t.i + 3]) for t in [*before, *after])


def _visitor_relative(verb: Token) -> bool:
    """Whether the verb's subject is `который` right before it, standing for an official or a
    named person before its comma, whatever their case (`встретил министра, который прибыл в
    Ош`)."""
    doc = verb.doc
    which = doc[verb.i - 1] if verb.i > 1 else None
    return which is not None and which.lemma_ == "который" and doc[which.i - 1].text == "," and (
        any(t.lemma_ in RU_VISITORS or t.ent_type_ == "PERSON"
            for t in doc[max(verb.sent.start, which.i - 1 - ARRIVAL_REACH):which.i - 1]))


def _funded_by(kind: str, participle: Token) -> bool:
    """Whether a passive participle of paying names who pays, as English `projects funded by
    the EU` does (`проектов, финансируемых Европейским Союзом`): that donor's funding."""
    return kind == "funding" and participle.lemma_ in FINANCING_VERBS and (
        "Voice=Pass" in participle.morph) and any(
        "Ins" in t.morph.get("Case") and (t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE"))
        for t in participle.doc[participle.i + 1:participle.i + 1 + OBJECT_REACH + 1])


def _invites(token: Token) -> bool:
    """Whether a word is a verb inviting someone (not a participle naming the invited)."""
    return token.lemma_ in RU_INVITING and "VerbForm=Part" not in token.morph


def _prepares_for(token: Token) -> bool:
    """Whether a word is `подготовка` before `к` and what it prepares (`подготовка к визиту`)."""
    return token.lemma_ == "подготовка" and token.i + 1 < len(token.doc) and (
        token.nbor(1).lower_ in ("к", "ко"))


def _money_put_to(works: Token, lemmas: set[str]) -> bool:
    """Works money is put to, right after `на` (`средства направлены на строительство`)."""
    return works.i > 0 and works.nbor(-1).lower_ == "на" and bool(lemmas & RU_SPENDING_VERBS)


def _opens_gathering(token: Token) -> bool:
    """An opening whose gathering follows it (`на открытии форума`) or, as its object, stands
    before it (`Совместное заседание открыли министры`), not where it was held (`На форуме открыли
    центр`)."""
    doc = token.doc
    after = doc[token.i + 1:token.i + 1 + GATHERING_WINDOW]
    before = doc[max(token.sent.start, token.i - GATHERING_WINDOW):token.i]
    return any(t.lemma_ in RU_OPENED_GATHERINGS for t in after) or any(
        t.lemma_ in RU_OPENED_GATHERINGS and t.morph.get("Case") in (["Nom"], ["Acc"])
        for t in before)


def _opens_figure(token: Token) -> bool:
    """Whether what an opening verb opens is a figure of speech (`откроет новую главу`,
    `открывает широкие возможности`): the first noun after it, its adjectives skipped."""
    after = token.doc[token.i + 1:token.i + 1 + GATHERING_WINDOW]
    noun = next((t for t in after if t.pos_ in ("NOUN", "PROPN")), None)
    return token.lemma_ in RU_OPENING and noun is not None and noun.lemma_ in RU_NOT_LAUNCHED


def _described(date: DateSpan, trigger: Token) -> bool:
    """Whether a date is of a full participle that describes a thing, a few words before it
    (`школы, построенной в 1975 году`, `конкурсов, прошедших в 2016 году`), and not of the
    trigger or of a happening (see _of_happening), or a period of a relative clause after the
    trigger: the participle's or the clause's own fact, as in English `a school built in
    1975`."""
    doc = date.span.doc
    before = doc[max(0, date.span.start - PARTICIPLE_REACH):date.span.start]
    return any(t != trigger and t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm")
               and "Short" not in t.morph.get("Variant") and not _of_happening(t)
               for t in before) or "/" in date.value and any(  # or a period of a relative
        # clause after the trigger: `проекты, которые будут реализованы с 2023 по 2028 годы`
        t.lemma_ == "который" for t in doc[trigger.i + 1:date.span.start])


def _of_happening(participle: Token) -> bool:
    """Whether the noun a participle follows is a happening's own (`грант, выделенный в мае`):
    the participle then tells the event."""
    noun = next((t for t in reversed(participle.doc[participle.sent.start:participle.i])
                 if not t.is_punct), None)
    return noun is not None and noun.lemma_ in TRIGGER_TYPES


def _signs_alone(token: Token) -> bool:
    """Whether a signing word signs a document one side signs alone (`подписал указ`,
    `постановление подписал президент`): such a document within a few words of it, and no
    deal's document (`соглашение`); not a mandate letter or a letter of intent."""
    if token.lemma_ not in RU_SIGNING:
        return False
    doc = token.doc
    near = doc[max(token.sent.start, token.i - SIGNED_REACH):token.i + 1 + SIGNED_REACH]
    lemmas = {t.lemma_ for t in near}
    if lemmas & RU_DEAL_DOCUMENTS or lemmas & RU_DEAL_LETTERS:
        return False
    return bool(lemmas & RU_SIGNED_ALONE)


def _context_follows(kind: str, token: Token) -> bool | None:
    """Whether the words a trigger of `kind` needs stand in the few words right after it (see
    RU_CONTEXT_AFTER: `принято совместное заявление` adopts a document); None when the trigger
    needs them nowhere in particular."""
    window = RU_CONTEXT_AFTER.get((kind, token.lemma_))
    if window is None:
        return None
    needed = NEEDS_CONTEXT[(kind, token.lemma_)]
    return any(t.lemma_ in needed for t in token.doc[token.i + 1:token.i + 1 + window])


def _meeting_told(token: Token) -> bool:
    """Whether a sentence before the token's reports a meeting."""
    return any("meeting" in TRIGGER_TYPES.get(t.lemma_, ())
               for t in token.doc[:token.sent.start])


def _realis(token: Token) -> bool:
    """A trigger of what happened or is happening: not in the future tense or the infinitive,
    and in no sentence that speaks of the future (`будет подписано`, `намерены построить`); a
    noun in a sentence whose verbs are all future (`стажировку пройдут 40 врачей`)."""
    morph = str(token.morph)
    if "Tense=Fut" in morph or "VerbForm=Inf" in morph or FUTURE.search(_trigger_clause(token)):
        return False
    verbs = [t for t in token.sent if t.pos_ == "VERB"]
    return token.pos_ == "VERB" or not verbs or not all(_future(v) for v in verbs)


def _trigger_clause(token: Token) -> str:
    """The sentence up to the first clause opened after the trigger (`достигнута договоренность
    о том, что стороны будут ...`): what that clause puts in the future is its own."""
    sent = token.sent
    end = next((t.idx for t in token.doc[token.i + 1:sent.end]
                if t.lemma_ in RU_CLAUSE_OPENERS), sent.end_char)
    return token.doc.text[sent.start_char:end]


def _compound_head(token: Token) -> str:
    """The noun a hyphened compound is a kind of (`бизнес-форум`, `онлайн-встреча`: a forum, a
    meeting), else the token's lemma; a press conference is where news is told (see
    RU_PRESS_EVENTS)."""
    first, _, head = token.lemma_.rpartition("-")
    return head if token.pos_ == "NOUN" and first not in RU_PRESS_EVENTS else token.lemma_


def sentence_triggers(sent: Span, money: bool) -> dict[str, Token]:
    """The first trigger of each event type the sentence reports."""
    heads = [_compound_head(t) for t in sent]  # each token's once: lemmas and triggers
    lemmas = {t.lemma_ for t in sent} | set(heads)
    chosen: dict[str, Token] = {}
    intends = False
    for token, head in zip(sent, heads, strict=True):
        kinds = TRIGGER_TYPES.get(token.lemma_) or (
            ("meeting",) if "meeting" in TRIGGER_TYPES.get(head, ()) else ())
        if kinds and (_advocated(token) or _agreed_to(token, RU_PROPOSAL_VERBS)):
            # `выступил за подписание`, `предложил создать фонд`: urged or proposed, to come
            chosen.setdefault("plan", token)
            continue
        if kinds and _intended(token):  # `планирует построить завод`: only intended
            intends = True
            chosen.setdefault("plan", token)
            kinds = tuple(kind for kind in kinds if kind == "funding")
        for kind in kinds:
            if kind not in chosen and _fires(kind, token, lemmas, money):
                chosen[kind] = token
    plan = chosen.get("plan")
    if plan is not None and plan.lemma_ in PROVIDING_FOR and len(chosen) > 1 and not intends:
        del chosen["plan"]  # `соглашение предусматривает строительство школ`: the building
    return chosen


def _has_effect(noun: Token) -> bool:
    """Whether a happening's noun is the subject of a verb of effect not in the past (`встреча
    даст импульс`, `подписание соглашения позволит`): the clause's first verb after it."""
    if "Case=Nom" not in str(noun.morph):
        return False
    verb = next((t for t in noun.doc[noun.i + 1:noun.sent.end]
                 if t.pos_ == "VERB" or t.is_punct), None)
    return verb is not None and verb.lemma_ in RU_EFFECT_VERBS and "Tense=Past" not in str(
        verb.morph)


def _advocated(noun: Token) -> bool:
    """A happening someone speaks for (`выступил за подписание программы`, `призвал к
    строительству дороги`): the noun right after the verb's preposition."""
    if noun.pos_ != "NOUN" or noun.i < 2:
        return False
    verb, prep = noun.nbor(-2), noun.nbor(-1)
    return (verb.lemma_, prep.lower_) in ADVOCACY


def _hedged(token: Token) -> bool:
    """An infinitive under `может`/`могут`: an action that may happen."""
    return "VerbForm=Inf" in str(token.morph) and any(
        t.lemma_ in HEDGE_LEMMAS for t in token.doc[max(token.sent.start, token.i - 2):token.i])


def _planned(sent: Span, triggers: dict[str, Token], dated: bool) -> Token | None:
    """The verb of an action the sentence says will be done (`будет завершен к маю`,
    `построят школу`), or may be done by a time it gives (`в мае могут открыть`, as
    English `could be completed by 2035`): a plan, as `will build` is in English, besides any
    typed event it is; not a property or an effect a thing will have (`охватит пять школ`,
    `откроет новую главу`), and not funding, which is due rather than planned, unless promised
    (`пообещал выделить`), as in English."""
    funding = "funding" in triggers
    for token in sent:
        # the funding's own verb, whichever word the funding was found by (`кредит ... будет
        # предоставлен`), is due as the funding is; money to be put to a use is planned
        # (`средства будут направлены на закупку техники`, `деньги пойдут на ремонт`)
        if (token.pos_ == "VERB" and ((funding and _spent(token)) or (
                token.lemma_ not in RU_NOT_ACTIONS
                and (not (funding and "funding" in TRIGGER_TYPES.get(token.lemma_, ()))
                     or _agreed_to(token, RU_PROMISE_VERBS))))
                and (_future(token) or (dated and _hedged(token)) or _agreed_to(
                    token, AGREED_TO | RU_PROMISE_VERBS | DEONTIC | RU_INTENT_VERBS))
                and not _in_condition(token) and not _opens_figure(token)):
            return token
    return None


def _spent(verb: Token) -> bool:
    """Money put to a use, said in the passive (`будут использованы для`) or with `пойти`; not
    a giver sending it (`Япония направит $5 млн на ремонт`)."""
    return verb.lemma_ in RU_SPENDING_VERBS and (
        "Voice=Pass" in str(verb.morph) or verb.lemma_ == "пойти")


def _intended(token: Token) -> bool:
    """An infinitive a verb of intention governs (`планирует построить`, `предусматривается
    подписать`), or a word of its object right after it (`планировал провести саммит`)."""
    for cur in reversed(token.doc[max(token.sent.start, token.i - INTENDED_OBJECT_WINDOW):
                                  token.i + 1]):
        if cur.is_punct:
            return False
        if "VerbForm=Inf" in str(cur.morph):
            return _agreed_to(cur, RU_INTENT_VERBS)
    return False


def _agreed_to(verb: Token, frames: frozenset[str]) -> bool:
    """An infinitive the parties agreed on, decided or promised (`договорились в следующем
    году организовать визит`): an action they plan, as English `agreed to build`."""
    if "VerbForm=Inf" not in str(verb.morph):
        return False
    end = _before_insertion(verb)
    before = verb.doc[max(verb.sent.start, end - AGREED_WINDOW):end]
    # a noun of intent after a preposition gives the purpose of what is done (`выделил средства
    # с целью поддержать`), no plan of its own
    return any(t.lemma_ in frames and not (
        t.pos_ == "NOUN" and t.i > 0 and t.nbor(-1).pos_ == "ADP") for t in before)


def _before_insertion(token: Token) -> int:
    """Where the words before a token end once an insertion set off by commas right before it
    is passed over (`выразил готовность, в случае необходимости, оказать`); else its index."""
    doc, start = token.doc, token.sent.start
    if token.i - 1 <= start or doc[token.i - 1].text != ",":
        return token.i
    opening = next((t.i for t in reversed(doc[max(start, token.i - 2 - INSERTION_WORDS):
                                              token.i - 1]) if t.is_punct), None)
    return opening if opening is not None and doc[opening].text == "," else token.i


def _in_condition(verb: Token) -> bool:
    """Whether the verb's clause opens with a condition (`если налоговая нагрузка будет
    сохранена`, `когда завод будет построен`): from the last comma or the sentence's start."""
    for token in reversed(verb.doc[verb.sent.start:verb.i]):
        if token.lower_ in RU_CONDITION_MARKS:
            return True
        if token.text == ",":
            return False
    return False


def _future(verb: Token) -> bool:
    """A verb in the future tense, simple (`построят`) or with `будет` (`будет завершен`)."""
    if "Tense=Fut" in str(verb.morph):
        return True
    before = verb.doc[max(verb.sent.start, verb.i - 2):verb.i]
    return any(t.lower_ in FUTURE_BE for t in before)


def _bound(date: DateSpan) -> bool:
    """A date that bounds a period (`с 1996 года`, `до 2030 года`): no day of a happening; the
    whole period it opens is one (`с 2014 по 2020 годы`)."""
    return bool(_bounds(date) & PERIOD_BOUNDS) and "/" not in (date.value or "")


def _bounds(date: DateSpan) -> set[str]:
    """The words right before a date."""
    return {t.lower_ for t in date.span.doc[max(0, date.span.start - 2):date.span.start]}


def _untold(sent: Span) -> bool:
    """Whether a sentence asks what it says was not told: an indirect question opening it, maybe
    after a preposition, and a negated verb of telling (`На какие цели будут направлены средства,
    он уточнять не стал`, `Куда пойдут деньги, не сообщалось`)."""
    words = [t for t in sent if not t.is_punct]
    opening = words[1:2] if words and words[0].pos_ == "ADP" else words[:1]
    denied = any(t.lemma_ in RU_TELLING and any(
        n.lower_ in NEGATION for n in sent.doc[max(sent.start, t.i - 2):t.i + 2]) for t in sent)
    return denied and any(t.lemma_ in RU_QUESTION_WORDS for t in opening)


def _is_dateline(sent: Span, own: list[DateSpan]) -> bool:
    """A short sentence of a place, a day and perhaps an agency, set apart above the lead."""
    words = [t for t in sent if t.is_alpha]
    return len(words) <= DATELINE_WORDS and any(
        len(d.value) == ISO_LENGTH["day"] for d in own[:1])


def _nearest(dates: list[DateSpan], trigger: Token) -> str:
    """The value of the date written nearest the trigger."""
    return min(dates, key=lambda d: min(abs(d.span.start_char - trigger.idx),
                                        abs(d.span.end_char - trigger.idx))).value


def find_events_ru(doc: Doc, dates: list[DateSpan], amounts: list[AmountSpan],
                   orgs: list[OrgEntity]) -> list[EventSpan]:
    """Events of a Russian Doc, one per sentence per type, dated by their sentence or, when
    they report what happened, by the date of the paragraph's or the story's episode (the first
    day an event is dated by, else the dateline's), or for the lead the day the story was
    published, as in English."""
    events: list[EventSpan] = []
    # a country a sum's currency names is no place nor party (`800 млн долларов США`)
    ents = [e for e in doc.ents if not any(
        a.span.start <= e.start and e.end <= a.span.end for a in amounts)]
    actors = SentenceActors(orgs, ents)
    story_date: str | None = None
    from_dateline = False  # the story's date is the dateline's until an event gives its own
    published = doc._.published.isoformat() if doc._.published else None
    reference = doc._.reference_date.isoformat() if doc._.reference_date else None
    paragraph_date: str | None = None
    text = doc_text(doc)
    for index, sent in enumerate(doc.sents):
        if "\n\n" in text[max(0, sent.start_char - 2):sent.start_char]:
            paragraph_date = None
        inside = [a for a in amounts if sent.start_char <= a.span.start_char < sent.end_char]
        inner = [d for d in dates if sent.start_char <= d.span.start_char < sent.end_char]
        own = [d for d in inner if not _bound(d)]
        # `к 2030 году` dates a plan's goal, `на период с 2024 по 2029 годы` its span, `с 16
        # марта` its start still to come (`с 2010 года намерено` is what it has long meant to do)
        targets = [d for d in inner if _bounds(d) & TARGET_BOUNDS or "/" in d.value or (
            _bounds(d) & START_BOUNDS and reference is not None and d.value >= reference)]
        money = any(a.kind == "money" for a in inside)
        untold = _untold(sent)  # nothing happens in what the sentence says is not known
        triggers = {} if untold else sentence_triggers(sent, money)
        if not untold and "plan" not in triggers and (
                planned := _planned(sent, triggers, bool(inner))) is not None:
            triggers["plan"] = planned
        if not (triggers or events or story_date) and _is_dateline(sent, own):
            story_date, from_dateline = own[0].value, True  # `Бишкек, 21 января 2025 года.`
        for kind, trigger in triggers.items():
            dated = [d for d in own if not _described(d, trigger)] or (
                targets if kind == "plan" else [])
            date, source = (_nearest(dated, trigger), "sentence") if dated else (None, None)
            realis = _realis(trigger) and kind != "plan"
            if date is None and realis and (paragraph_date or story_date):
                date, source = paragraph_date or story_date, "context"
            elif date is None and realis and published and index == 0:
                date, source = published, "context"  # the lead's undated news is the day's
            if date and realis:
                paragraph_date = date
                if (story_date is None or from_dateline) and source == "sentence" and len(
                        date) == ISO_LENGTH["day"]:
                    story_date, from_dateline = date, False  # the main episode's own day
            names, persons, places = participants(sent, orgs, ents)
            sides = event_roles(kind, trigger, sent, actors.of(sent), True)
            events.append(EventSpan(
                kind, doc[trigger.i:trigger.i + 1], sent, date, source,  # type: ignore[arg-type]
                tuple(names), tuple(persons), tuple(places), tuple(inside),
                "0311" if kind == "plan" else CAMEO.get(kind, "040"), *sides))
    return events


@Language.component("news_events_ru", assigns=["doc._.events"],
                    requires=["doc._.dates", "doc._.amounts", "doc._.organizations",
                              "doc._.published", "doc._.reference_date", "doc.ents",
                              "token.lemma", "token.morph",
                              "token.is_sent_start"])
def news_events_ru(doc: Doc) -> Doc:
    """Sets `doc._.events` on a Russian Doc from trigger lemmas and the sentence's dates."""
    name = "news_events_ru"
    amounts = upstream(doc, "amounts", "news_amounts_ru", name)
    orgs = upstream(doc, "organizations", "news_organizations_ru", name)
    dates = outside_names(upstream(doc, "dates", "news_dates_ru", name),
                          (m for o in orgs for m in o.mentions))
    doc._.events = find_events_ru(doc, dates, amounts, orgs)
    return doc
