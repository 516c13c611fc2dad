"""Dates: calendar expressions found in a Doc, normalised to ISO 8601 against its reference date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from dateparser.date import DateDataParser
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.components.doctext import doc_text
from pipeline.components.upstream import declare, upstream
from pipeline.lexicon import alternation
from pipeline.lexicon.calendar import (
    DOTTED_ONLY,
    ENGLISH_MONTHS,
    MAX_YEAR,
    MIN_YEAR,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    WEEKDAYS,
)
from pipeline.lexicon.grammar import (
    DATE_PREPS,
    FUTURE_AUX,
    FUTURE_HEADS,
)
from pipeline.lexicon.numbers import (
    INDEFINITE_ARTICLES,
    NUMBER_WORDS,
)
from pipeline.schema import ISO_LENGTH, Granularity

# --- limits -----------------------------------------------------------------------------------

NEAR_AHEAD = 61  # days: a year-less day this close after the reference is the coming one
NEAR_BEHIND = 7  # ... and one this close before it is this year's, even told in the future
FISCAL_PIVOT = 70  # a two-digit fiscal year below this is in the 2000s (FY25), else the 1900s
CACHE_SIZE = 4096  # expressions a normaliser remembers: a run repeats the same few often
PARTICIPLE_DEPTH = 3  # participles nest a few deep: `workshops organised ... funded by`
# Characters searched before a candidate for a cue: the longest cue and its spaces.
IDENTIFIER_WINDOW = 16  # `Resolution No. `
NAMED_LEAD_WINDOW = 8  # `last `, `next ` before a month or weekday
FIGURATIVE_WINDOW = 4  # `of ` before `today`
COMPARED_WINDOW = 12  # `from a year `

# --- candidate patterns (case-sensitive names, case-insensitive function words) ----------------

_MONTH_ABBREVIATION = "|".join(  # `Jan.`, `Jan`, `Mar.`: some need their dot
    rf"{name.capitalize()}\.{'' if name in DOTTED_ONLY else '?'}" for name in MONTH_ABBREVIATIONS
)
_MONTH_DOTTED = "|".join(rf"{name.capitalize()}\." for name in MONTH_ABBREVIATIONS)
_MONTH_NAMES = "|".join(name.capitalize() for name in MONTH_NAMES)
_MONTH = rf"\b(?:{_MONTH_NAMES}|{_MONTH_ABBREVIATION})(?![a-z])"
_MONTH_FULL = rf"\b(?:{_MONTH_NAMES}|{_MONTH_DOTTED})(?![a-z])"  # a month alone, written out
# `Mar`, `Jun`, `Jul` without their dot name a month only between a day and a year
_MONTH_UNDOTTED = rf"\b(?:{'|'.join(name.capitalize() for name in sorted(DOTTED_ONLY))})(?![a-z.])"
# a pattern opening so is tried only where a number starts (see _matches)
_NUMBER = r"\b(?=\d)"
_DAY = rf"{_NUMBER}(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
# A year, which may be glued to the next sentence's first word (`2022Mr. Tanaka`), not to a unit
# or a suffix (`2022MW`, `1990s`).
_YEAR = rf"{_NUMBER}(?:1[89]\d\d|20\d\d)(?![\d,]\d|\.\d|%|[a-z]|[A-Z](?![a-z]))"
_WEEKDAY = rf"\b(?:{'|'.join(day.capitalize() for day in WEEKDAYS)})\b"
_DASH = r"\s?[-–—]\s?"
_TO = r"(?:\s?[-–—]\s?|\s(?i:to|through|till|until)\s)"
_COUNTS = {word: 1 for word in INDEFINITE_ARTICLES} | {  # `a year ago`, `twelve days earlier`
    word: value for word, value in NUMBER_WORDS.items() if 1 <= value <= 12
}
_NUM = rf"(?:{'|'.join(_COUNTS)}|\d{{1,2}})"
_DAY_TO = r"\s(?i:to|through|till|until)\s"
# a number after `March 3 to` that measures something is not a day: `to 5 percent`, `to 5 p.m.`
_NOT_DAY = r"(?!\s?(?:%|(?i:percent|per|[ap]\.?m\b|million|billion|thousand|o'clock))|[.,]\d)"

# Bodies are searched without their lead words (an optional lead at the head of a pattern makes
# the regex engine try it at every position); extend_lead adds them back.
CANDIDATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(body)
    for body in (
        # day ranges: October 21-23, 21-23 October 2019, October 21 to November 2, 2019, two days
        # of one month (`May 18 and 19, 2023`, `21 and 22 November`)
        rf"{_MONTH}\s{_DAY}{_DASH}{_DAY}(?:,?\s{_YEAR})?",
        rf"{_DAY}{_DASH}{_DAY}\s(?:of\s)?{_MONTH}(?:,?\s{_YEAR})?",
        rf"{_MONTH}\s{_DAY}{_DAY_TO}{_DAY}{_NOT_DAY}(?:,?\s{_YEAR})?",
        rf"{_MONTH}\s{_DAY}\s(?i:and)\s{_DAY},?\s{_YEAR}",  # its year shows `19` is a day
        rf"{_DAY}(?:{_DAY_TO}|\s(?i:and)\s){_DAY}\s(?:of\s)?{_MONTH}(?:,?\s{_YEAR})?",
        rf"{_MONTH}\s{_DAY}(?:,?\s{_YEAR})?{_TO}(?:{_WEEKDAY},?\s)?{_MONTH}\s{_DAY}"
        rf"(?:,?\s{_YEAR})?",  # each end may give its year and weekday
        # weekday ranges: (from) Thursday to Saturday, (between) Monday and Wednesday
        rf"{_WEEKDAY}(?:{_TO}|\s(?i:and)\s){_WEEKDAY}",
        rf"{_DAY}\s{_MONTH}(?:,?\s{_YEAR})?{_TO}(?:{_WEEKDAY},?\s)?{_DAY}\s{_MONTH}"
        rf"(?:,?\s{_YEAR})?",
        # month ranges: (From) March to June 2025, March 2024 - June 2025
        rf"{_MONTH}(?:,?\s{_YEAR})?{_TO}{_MONTH}(?:,?\s{_YEAR})?",
        # year ranges: 2008-2011, (2013 - 2015), (from) 1996 to 2004, (between) 2021 and 2025
        rf"{_YEAR}{_DASH}(?:{_YEAR}|\d\d(?![\d,]))",
        rf"{_YEAR}\s(?i:to|through|till|until|and)\s{_YEAR}",
        # split years: the 2024/25 fiscal year, 2023/2024 (not 2024/05/12)
        rf"{_YEAR}/(?:{_YEAR}|\d\d)(?![\d/])",
        # full dates: 15 January 2019, Jan. 15, 2019, Friday, Oct. 23, the 3rd of June; 07 Jun
        # 2019, Mar 4, 2021
        rf"{_DAY}\s{_MONTH_UNDOTTED},?\s{_YEAR}",
        rf"{_MONTH_UNDOTTED}\s{_DAY},?\s{_YEAR}",
        rf"{_DAY}\s(?:of\s)?{_MONTH}(?:,?\s{_YEAR})?",
        rf"{_MONTH}\s{_DAY}(?:,?\s{_YEAR})?",
        rf"\b(?:{_MONTH_DOTTED}){_DAY}{_DASH}{_DAY}(?:,?\s{_YEAR})?",  # ... and `Oct.3-4`
        rf"\b(?:{_MONTH_DOTTED}){_DAY}(?:,?\s{_YEAR})?",  # a wire's `Oct.3`, its day glued on
        rf"{_NUMBER}(?:1[89]|20)\d\d-[01]\d-[0-3]\d\b",
        rf"{_NUMBER}[0-3]?\d[./][01]?\d[./](?:1[89]|20)\d\d\b",
        # month + year: January 2020, October of this year, June last year
        rf"{_MONTH},?\s{_YEAR}",
        rf"{_MONTH}\s(?:of\s)?(?i:this|last|next)\s(?i:year)",
        # a half or a quarter of a year: the first half of 2019, the third quarter of 2020, Q1 2021
        rf"\b(?i:(?:the\s)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s(?:half|quarter)\s"
        rf"(?:of\s)?){_YEAR}",
        rf"\b(?:Q[1-4]|H[12])\s?{_YEAR}",
        # fiscal years: FY2025, FY 2003, fiscal 1998, fiscal year 2024
        r"\b(?:FY|(?i:fiscal)(?:\s(?i:year))?)\s?'?(?:\d{4}|\d{2})\b(?:/(?:\d{4}|\d{2})\b)?",
        # years, bare or embedded (CIET-2024); filtered against counts in bare_year_ok
        rf"{_NUMBER}(?<![\d$€£¥.,/:#№]){_YEAR}",
        # a month alone: (in) May, (last) November, (mid-)June
        rf"{_MONTH_FULL}(?!\s?\d)",
        # weekdays: on Monday, last Friday
        _WEEKDAY,
        # relative: last year, (earlier) this month, yesterday, two years ago, the end of the year
        r"\b(?<![Tt]he\s)(?<!past\s)(?i:(?:this|last|next|current|coming)\s(?:year|month)(?:'s)?"
        r"|today|yesterday|tomorrow)\b",
        r"\b(?i:the\s(?:end|beginning|start|middle)\sof\s(?:the|this)\s(?:year|month))\b",
    )
)
# lead words that belong to the expression: `in 2019`, `by the end of 2026`, `earlier this year`
LEAD = re.compile(
    r"(?:\b(?i:from|between|in|on|since|by|until|till|through|before|after|during|as\sof|of"
    r"|starting|beginning|around|at|toward|towards)\s)?"
    r"(?:\b(?i:the\s(?:end|beginning|start|middle)\sof)\s"
    r"|\b(?i:early|late|mid|end|earlier|later)[\s-])?$"
)
NAMED_LEAD = re.compile(r"\b(?i:last|next|this)\s$")  # `last November`, `next Monday`
# before a day and its month: `Friday, Oct. 23`, `the 3rd of June`, `Monday, the 3rd of June`
WEEKDAY_LEAD = re.compile(rf"{_WEEKDAY},?\s$")
THE_LEAD = re.compile(rf"(?:{_WEEKDAY},?\s)?\b(?i:the)\s$")
DAY_OF_MONTH = re.compile(rf"{_DAY}\s(?:of\s)?{_MONTH}")
MONTH_AND_DAY = re.compile(rf"{_MONTH}\s{_DAY}")
DAY_LEAD_WINDOW = 16  # characters: `Wednesday, the `
# where the matches of a pattern opening with a month or a number can start
MONTH_LED = re.compile(_MONTH)
NUMBER_LED = re.compile(_NUMBER)
# `two years ago`, searched only in a text that says `ago` or `earlier` at all
AGO = re.compile(r"\b(?i:ago|earlier)\b")
YEARS_AGO = re.compile(rf"\b(?i:{_NUM}\s(?:years?|months?|days?|weeks?)\s(?:ago|earlier))\b")
NAMED = re.compile(rf"{_MONTH_FULL}|{_WEEKDAY}")
LEAD_WINDOW = 40  # characters: longer than any run of lead words
# A year told again by reference to the last one named: `in August of the same year`, `in
# January that year`
SAME_YEAR = re.compile(r",?\s+(?i:of\s+)?(?i:the\s+same|that(?:\s+same)?)\s+year\b")
OF_YEAR = re.compile(r"(?i:of)\s(?:1[89]\d\d|20\d\d)")  # `a total of 2019 migrants` counts
BARE_YEAR = re.compile(r"(?:\(|[A-Za-z]-)?(?:1[89]\d\d|20\d\d)\)?")

# --- normalisation patterns (applied to a lower-cased expression) -----------------------------

_STRIP = re.compile(
    r"^(?:(?:from|between|in|on|since|by|until|till|through|throughout|before|after|during"
    r"|as of|of|around|about|circa|at|starting|beginning|toward|towards)\s+"
    r"|(?:early|late|mid|end)[\s-]+"
    r"|the\s+(?:end|beginning|start|middle)\s+of\s+"
    r"|(?:earlier|later)\s+(?=this|today|yesterday|tomorrow|on|in))"
)
_ANCHOR_OF = re.compile(r"\bthe\s+(?:end|beginning|start|middle)\s+of\b")
_RANGE = re.compile(r"^(?P<a>.+?)(?:\s*[-–—/]\s*|\s+(?:to|through|till|until|and)\s+)(?P<b>.+)$")
_FISCAL = re.compile(r"^(?:fy|fiscal(?:\s+year)?)\s*'?(\d{4}|\d{2})$")
# a half or a quarter of a year, read in lower case: `the first half of 2019`, `q1 2021`
_YEAR_PART = re.compile(r"^(?:the\s+)?(?:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)"
                        r"\s+(?P<part>half|quarter)\s+(?:of\s+)?|(?P<short>[qh])(?P<number>[1-4])"
                        r"\s?)(?P<year>\d{4})$")
YEAR_PART_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                      "fourth": 4, "4th": 4}
YEAR_PART_MONTHS = {"half": 6, "h": 6, "quarter": 3, "q": 3}
_YEAR_ONLY = re.compile(r"^(\d{4})$")
_DAY_ONLY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$")  # range ends: 23, 2019
_REL_UNIT = re.compile(r"^(this|last|next|current|coming)\s+(year|month)$")
_REL_ANCHORED = re.compile(r"^(?:the|this)\s+(year|month)$")
_AGO = re.compile(rf"^({_NUM})\s+(year|month|day|week)s?\s+(?:ago|earlier)$")
_WEEKDAY_REL = re.compile(
    rf"^(?:(last|next|this|early|late|earlier|later)\s+)?({'|'.join(WEEKDAYS)})$"
)
_MONTH_NAME = rf"(?:{alternation(ENGLISH_MONTHS)})\.?"
_MONTH_REL = re.compile(rf"^(last|next|this)\s+({_MONTH_NAME})$")
_MONTH_OF_YEAR = re.compile(rf"^({_MONTH_NAME})\s+(?:of\s+)?(this|last|next)\s+year$")
_WEEKDAY_LEAD = re.compile(rf"^(?:{'|'.join(WEEKDAYS)}),?\s+")
_CALENDAR = re.compile(
    rf"^(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}(?:,?\s+\d{{4}})?"
    rf"|{_MONTH_NAME}(?:\s+|(?<=\.))\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|{_MONTH_NAME},?\s+\d{{4}}|{_MONTH_NAME}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})$"
)
_HAS_YEAR = re.compile(r"\d{4}")
# a day with its year, or a span of such days (`October 23-25, 2022`, from its first day): a
# date that can anchor
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:/\d{4}-\d{2}-\d{2})?")
_YEAR_MONTH = re.compile(r"\d{4}-\d{2}")  # a month with its year: it anchors a year-less day
_REL_SHIFT = {"this": 0, "current": 0, "last": -1, "next": 1, "coming": 1}

# --- future reading of a sentence --------------------------------------------------------------

# a participle in these roles is a reduced clause (`workshops organised in May`) without tense
PARTICIPLE_DEPS = frozenset({"acl", "advcl"})
# an expression that spans a period: `between May and June`, `September–December`, `until July`
PERIOD_LINK = re.compile(r"\b(?i:between|from|to|through|till|until)\b|\w\s?[-–—]\s?\w")


@dataclass(frozen=True)
class Point:
    """A calendar point at some precision; `year` None when the text gives none."""

    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def granularity(self) -> Granularity | None:
        if self.day is not None and self.month is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year" if self.year is not None else None

    def iso(self) -> str:
        """ISO 8601 at this point's precision, `XXXX` for an unknown year."""
        parts = ["XXXX" if self.year is None else f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def key(self) -> tuple[int, int, int]:
        """Sort key with unknown parts at their lowest."""
        return (self.year or 0, self.month or 1, self.day or 1)


@dataclass(frozen=True)
class Normalized:
    """The value of a date expression."""

    value: str
    granularity: Granularity


def _year_ok(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _days_ahead(reference: dt.date, month: int, day: int) -> int:
    """Days from the reference to month/day of the reference's year (negative if before)."""
    try:
        return (dt.date(reference.year, month, day) - reference).days
    except ValueError:  # 29 February of a common year
        return (dt.date(reference.year, month, 28) - reference).days + 1


def resolve_year(point: Point, reference: dt.date | None, future: bool) -> Point:
    """Give a year-less point the year that puts it on or before the reference.

    On or after it instead when the sentence speaks of the future, or when the day lies just
    ahead: news does not write a bare `Nov. 22` for a day eleven months back; a day a few days
    back stays in the year even so (`is on a visit on May 3-4`, published on May 4).
    """
    if point.year is not None or reference is None or point.month is None:
        return point
    year = reference.year
    ref_key = (reference.month, reference.day if point.day is not None else 1)
    own_key = (point.month, point.day or 1)
    ahead = _days_ahead(reference, point.month, point.day) if point.day is not None else None
    near = ahead is not None and ahead <= NEAR_AHEAD
    if not future and own_key > ref_key and not near:
        year -= 1
    elif future and own_key < ref_key and not (ahead is not None and ahead >= -NEAR_BEHIND):
        year += 1
    return Point(year, point.month, point.day)


def _weekday(word: str, modifier: str | None, reference: dt.date, future: bool) -> Point:
    """The weekday nearest the reference: on or before it, or after it for `next`/future."""
    target = WEEKDAYS.index(word)
    back = (reference.weekday() - target) % 7
    if modifier == "last" and back == 0:
        back = 7
    if modifier == "next" or (future and modifier != "last"):
        ahead = (target - reference.weekday()) % 7
        if modifier == "next" and ahead == 0:
            ahead = 7
        day = reference + dt.timedelta(days=ahead)
    else:
        day = reference - dt.timedelta(days=back)
    return Point(day.year, day.month, day.day)


def relative_point(
    core: str, reference: dt.date | None, future: bool, anchored: bool
) -> Point | None:
    """Relative expressions (`last year`, `yesterday`, `on Monday`, `last November`)."""
    if reference is None:
        return None
    ref = reference
    if core in ("today", "tonight"):
        return Point(ref.year, ref.month, ref.day)
    if core in ("yesterday", "tomorrow"):
        day = ref + dt.timedelta(days=-1 if core == "yesterday" else 1)
        return Point(day.year, day.month, day.day)
    unit = _REL_UNIT.match(core) or (anchored and _REL_ANCHORED.match(core))
    if unit:
        shift = _REL_SHIFT.get(unit.group(1), 0) if unit.re is _REL_UNIT else 0
        if unit.group(unit.re.groups) == "year":
            return Point(ref.year + shift)
        return Point(*shift_month(ref.year, ref.month, shift))
    if m := _AGO.match(core):
        count = _COUNTS.get(m.group(1)) or int(m.group(1))
        if m.group(2) == "year":
            return Point(ref.year - count)
        if m.group(2) == "month":
            return Point(*shift_month(ref.year, ref.month, -count))
        day = ref - dt.timedelta(days=count * (7 if m.group(2) == "week" else 1))
        return Point(day.year, day.month, day.day)
    if m := _WEEKDAY_REL.match(core):
        return _weekday(m.group(2), m.group(1), ref, future)
    if m := _MONTH_REL.match(core):
        month = ENGLISH_MONTHS[m.group(2).rstrip(".")]
        if m.group(1) == "last":
            return Point(ref.year if month < ref.month else ref.year - 1, month)
        if m.group(1) == "next":
            return Point(ref.year if month > ref.month else ref.year + 1, month)
        return Point(ref.year, month)
    if m := _MONTH_OF_YEAR.match(core):
        return Point(ref.year + _REL_SHIFT[m.group(2)], ENGLISH_MONTHS[m.group(1).rstrip(".")])
    return None


def strip_signals(text: str) -> tuple[str, bool, bool]:
    """Lower-case core of an expression without leading prepositions and modifiers.

    Returns (core, saw_between, anchored) — `anchored` when `the end of` or the like was cut.
    """
    core = " ".join(text.lower().replace("’", "'").split()).strip("()[],;:")
    core = core.removesuffix("'s").strip()
    between = core.startswith("between ")
    anchored = bool(_ANCHOR_OF.search(core))
    while (m := _STRIP.match(core)) and m.end() < len(core):
        core = core[m.end() :]
    return core, between, anchored


def _year_part(m: re.Match[str]) -> Normalized | None:
    """The months of a half or a quarter of a year as a period: `2019-01/2019-06`."""
    year = int(m["year"])
    order = int(m["number"]) if m["short"] else YEAR_PART_ORDINALS[m["ordinal"]]
    period = year_part(year, order, YEAR_PART_MONTHS[m["part"] or m["short"]])
    if period is None or not _year_ok(year):
        return None
    return Normalized(f"{period[0].iso()}/{period[1].iso()}", "month")


def year_part(year: int | None, order: int, months: int) -> tuple[Point, Point] | None:
    """The first and last month of the `order`-th part of a year `months` long (the 2nd
    quarter: April and June), None past the year's end; English and Russian read it alike."""
    if order * months > 12:
        return None
    return Point(year, (order - 1) * months + 1), Point(year, order * months)


def _fill_years(
    start: Point, end: Point, reference: dt.date | None, future: bool
) -> tuple[Point, Point]:
    """Years for the ends of a period that states one (or none) of them."""
    if start.year is None and end.year is None and future:
        end = resolve_year(end, reference, future)  # a period ahead ends on or after the reference
        if end.year is None:
            return start, end
        wraps = (start.month or 0, start.day or 1) > (end.month or 0, end.day or 1)
        return Point(end.year - wraps, start.month, start.day), end
    if start.year is None and end.year is None:
        start = resolve_year(start, reference, future)
        if start.year is None:
            return start, end
        wraps = (end.month or 0, end.day or 1) < (start.month or 0, start.day or 1)
        return start, Point(start.year + wraps, end.month, end.day)
    if start.year is None:
        assert end.year is not None
        wraps = (start.month or 0, start.day or 1) > (end.month or 0, end.day or 1)
        return Point(end.year - wraps, start.month, start.day), end
    if end.year is None:
        return start, Point(start.year, end.month, end.day)
    return start, end


class DateNormalizer:
    """Turns date expressions into ISO values; owns one dateparser instance and an LRU cache."""

    def __init__(self, cache_size: int = CACHE_SIZE) -> None:
        # Fixed relative base in a leap year: dateparser only reads day/month/year here;
        # year-less results are resolved against each Doc's reference by resolve_year.
        self._parser = DateDataParser(
            languages=["en"],
            settings={
                "RELATIVE_BASE": dt.datetime(2000, 1, 1),
                "PREFER_DATES_FROM": "current_period",
                "PREFER_DAY_OF_MONTH": "first",
                "DATE_ORDER": "DMY",
            },
        )
        # caches belong to the instance: values per (text, reference, future), parses per text
        self._cached = lru_cache(maxsize=cache_size)(self._normalize)
        self._calendar = lru_cache(maxsize=cache_size)(self._read_calendar)

    def normalize(
        self, text: str, reference: dt.date | None = None, future: bool = False
    ) -> Normalized | None:
        """The ISO value of `text` as a date or period, or None when it names no calendar date."""
        return self._cached(text, reference, future)

    def _normalize(self, text: str, reference: dt.date | None, future: bool) -> Normalized | None:
        core, between, anchored = strip_signals(text)
        if m := _YEAR_PART.match(core):
            return _year_part(m)
        period = self._period(core, between, reference, future)
        if period is not None:
            return period
        point = self._point(core, reference, future, anchored)
        if point is None or point.granularity is None:
            return None
        point = resolve_year(point, reference, future)
        return Normalized(point.iso(), point.granularity)

    def _period(
        self, core: str, between: bool, reference: dt.date | None, future: bool
    ) -> Normalized | None:
        """`A-B`, `A to B`, `between A and B` where both ends are dates."""
        if _CALENDAR.match(core):
            return None
        m = _RANGE.match(core)
        # `A and B` spans a period after `between`, or when it names two days of one month:
        # `21 and 22 May`, `May 18 and 19, 2023` (a year shows the `19` is a day)
        if not m or (" and " in m.group(0)[len(m.group("a")) :] and not between
                     and not _two_days(m.group("a"), m.group("b"))):
            return None
        right, _, _ = strip_signals(m.group("b"))
        end = self._point(right, reference, future, False)
        start = self._range_start(m.group("a"), end, reference, future) if end else None
        if start is None or end is None:
            return None
        if end.month is None and end.day is not None:  # October 21-23
            end = Point(end.year, start.month, end.day)
        start, end = _fill_years(start, end, reference, future)
        if start.granularity is None or start.granularity != end.granularity:
            return None
        if start.key() > end.key():
            return None
        if start == end:
            return Normalized(start.iso(), start.granularity)
        return Normalized(f"{start.iso()}/{end.iso()}", start.granularity)

    def _range_start(self, text: str, end: Point, reference: dt.date | None, future: bool
                     ) -> Point | None:
        """Left end of a range; a bare day borrows month and year from the right end, and a
        weekday is read against the reference as the right end is (`from Thursday to
        Saturday`)."""
        core, _, _ = strip_signals(text)
        if (m := _DAY_ONLY.match(core)) and end.day is not None:
            return Point(end.year, end.month, int(m.group(1)))
        weekday = _WEEKDAY_REL.match(core.lower()) is not None
        return self._point(core, reference if weekday else None, future, False)

    def _point(
        self, core: str, reference: dt.date | None, future: bool, anchored: bool
    ) -> Point | None:
        """One calendar point, possibly without a year (and day-only points inside ranges)."""
        if m := _FISCAL.match(core):
            year = int(m.group(1))
            year = year if year > 99 else 2000 + year if year < FISCAL_PIVOT else 1900 + year
            return Point(year) if _year_ok(year) else None
        if m := _YEAR_ONLY.match(core):
            return Point(int(m.group(1))) if _year_ok(int(m.group(1))) else None
        if m := _DAY_ONLY.match(core):
            return Point(int(m.group(2)) if m.group(2) else None, None, int(m.group(1)))
        core = _WEEKDAY_LEAD.sub("", core)
        if _CALENDAR.match(core):
            return self._calendar(core)
        return relative_point(core, reference, future, anchored)

    def _read_calendar(self, core: str) -> Point | None:
        """Day/month/year strings read by dateparser: `15 january 2019`, `dec. 24`, `2019-01-15`."""
        data = self._parser.get_date_data(core)
        if data.date_obj is None:
            return None
        date = data.date_obj
        year = date.year if _HAS_YEAR.search(core) else None
        if year is not None and not _year_ok(year):
            return None
        if data.period == "day":
            return Point(year, date.month, date.day)
        if data.period == "month":
            return Point(year, date.month)
        return Point(year) if year is not None else None


SHORT_END = re.compile(r"(.*?)((?:1[89]|20)(\d\d))(\s?[-–—/]\s?)(\d\d)")


def _two_digit_end(text: str) -> str:
    """`2019-20`, `2024/25` → `2019-2020`, `2024/2025` so the range grammar reads both ends."""
    m = SHORT_END.fullmatch(text)
    if not m or int(m.group(5)) <= int(m.group(3)):
        return text
    if m.group(4) == "/" and int(m.group(5)) != int(m.group(3)) + 1:
        return text  # a split year names two consecutive years: 2024/25
    return f"{m.group(1)}{m.group(2)}{m.group(4)}{m.group(2)[:2]}{m.group(5)}"


# --- finding mentions in a Doc -----------------------------------------------------------------

UNIT_TAGS = frozenset({"NNS", "NNPS"})  # `2000 workers`: a plural noun after the number counts it
COUNT_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})


# a number that identifies (`Article 2024`, `Decree No. 2024`, `Flight 2019`) names no year
IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?:No|Nr|Number|Art|[Aa]rticle|[Rr]esolution|[Dd]ecree|[Ss]ection|[Cc]lause"
    r"|[Pp]aragraph|[Cc]hapter|[Ff]light|[Rr]oom|[Rr]oute|[Ii]tem|[Cc]ase|[Rr]ef)\.?|[#№])\s?$"
)
# `up 5% from a year earlier`: a comparison names the period compared with, not a date
COMPARED = re.compile(r"\b(?i:from|than|with|over|on|versus|vs\.?)\s+\S+\s+\S+\s+(?i:ago|earlier)$")
# `the people of tomorrow`, `the world of today`: a figure of speech, not a day (`as of today` is)
FIGURATIVE_DAY = re.compile(r"(?<!\b[Aa]s\s)\b(?i:of\s(?:today|tomorrow))$")
# `a year ago`, `a year earlier`: in news the idiom compares periods (`profit a year ago`)
YEAR_OVER_YEAR = re.compile(r"\b(?i:(?:a|one)\s+year\s+(?:ago|earlier))$")


def bare_year_ok(doc: Doc, text: str, start: int, end: int) -> bool:
    """A lone four-digit number is a year unless it counts or measures something."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    first, last = span[0], span[-1]
    if last.ent_type_ in COUNT_ENTS:
        return False
    if IDENTIFIER_BEFORE.search(text, max(0, start - IDENTIFIER_WINDOW), start):
        return False
    prev = doc[first.i - 1] if first.i > 0 else None
    if prev is not None and (prev.lower_ in DATE_PREPS or prev.text == "("):
        return prev.lower_ != "of" or not _counts_next(doc, last)
    return not _counts_next(doc, last)


def _counts_next(doc: Doc, token: Token) -> bool:
    """Whether the token after `token` shows a number before it counts: `2019 migrants`, `%`."""
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return nxt is not None and (nxt.tag_ in UNIT_TAGS or nxt.like_num or nxt.text == "%")


def governing_verb(span: Span) -> Token | None:
    """The nearest verb above the span in the parse, or None."""
    token = span.root
    while token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def _finite_clause_verb(verb: Token, durative: bool) -> Token:
    """The verb whose tense `verb` takes: a bare participle modifying a noun or clause has none.

    `a forum starting on 3 May`, `workshops organised with X between September and December`:
    the participle's time is read from the clause it hangs on (`will take part in workshops ...`).
    A past participle over a single point names a completed event and keeps its own reading
    (`shares issued July 1 will ...`), as does one describing the subject (`the programme
    launched between May and June will ...`, `Launched in May, the scheme will ...`).
    """
    for _ in range(PARTICIPLE_DEPTH):
        if verb.tag_ not in ("VBN", "VBG") or verb.dep_ not in PARTICIPLE_DEPS:
            return verb
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return verb
        if verb.tag_ == "VBN" and (not durative or _describes_subject(verb)):
            return verb
        above = governing_verb(verb.doc[verb.head.i : verb.head.i + 1])
        # a present-tense clause (`are convertible, representing ...`) dates nothing
        if above is None or above.i == verb.i or above.tag_ in ("VBZ", "VBP"):
            return verb
        verb = above
    return verb


def _describes_subject(participle: Token) -> bool:
    """Whether a participle modifies a clause's subject or opens the clause before its verb."""
    if participle.dep_ == "acl":
        return participle.head.dep_ in ("nsubj", "nsubjpass")
    return participle.i < participle.head.i


def speaks_of_future(span: Span) -> bool:
    """Whether the verb governing `span` looks ahead.

    Future: a modal (`will be held`, `could start`), `X to <verb>` after due/expected/scheduled,
    or the present tense (`the offer expires Nov. 21`). Past: past tense or a perfect.
    """
    verb = governing_verb(span)
    if verb is None:
        return any(t.tag_ == "MD" and t.lower_ in FUTURE_AUX for t in span.sent)
    verb = _finite_clause_verb(verb, bool(PERIOD_LINK.search(span.text)))
    for _ in range(2):  # the verb, then the verb its infinitive depends on
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(c.tag_ == "MD" for c in aux):
            return True
        if verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in aux):
            return False
        if not (verb.tag_ == "VB" and any(c.tag_ == "TO" for c in verb.children)):
            return verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in aux)
        if verb.head.lemma_.lower() in FUTURE_HEADS:
            return True
        verb = verb.head
    return False


def extend_lead(text: str, start: int) -> int:
    """Start of the expression once its lead words (`in`, `by the end of`, `last`, `Friday,`)
    are added."""
    window = max(0, start - DAY_LEAD_WINDOW)
    if DAY_OF_MONTH.match(text, start):
        if m := THE_LEAD.search(text, window, start) or WEEKDAY_LEAD.search(text, window, start):
            start = m.start()
    elif MONTH_AND_DAY.match(text, start) and (m := WEEKDAY_LEAD.search(text, window, start)):
        start = m.start()
    if NAMED.match(text, start) and (
            m := NAMED_LEAD.search(text, max(0, start - NAMED_LEAD_WINDOW), start)):
        start = m.start()
    m = LEAD.search(text, max(0, start - LEAD_WINDOW), start)
    return m.start() if m else start


def candidate_spans(doc: Doc, text: str) -> Iterator[tuple[int, int]]:
    """Character spans that may be dates: spaCy DATE entities and the pattern matches."""
    for ent in doc.ents:
        if ent.label_ == "DATE":
            yield ent.start_char, ent.end_char
    starts = {_MONTH: [m.start() for m in MONTH_LED.finditer(text)],
              _NUMBER: [m.start() for m in NUMBER_LED.finditer(text)]}
    patterns = (*CANDIDATE_PATTERNS, YEARS_AGO) if AGO.search(text) else CANDIDATE_PATTERNS
    for pattern in patterns:
        for m in _matches(pattern, text, starts):
            yield extend_lead(text, m.start()), m.end()


def _two_days(left: str, right: str) -> bool:
    """`21` and `22 May`, or `May 18` and `19, 2023`: a bare day before a full date, or after
    one with its year."""
    if _DAY_ONLY.match(strip_signals(left)[0]):
        return True
    m = _DAY_ONLY.match(strip_signals(right)[0])
    return m is not None and m.group(2) is not None


def _matches(pattern: re.Pattern[str], text: str,
             starts: dict[str, list[int]]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, tried only at the `starts` of a month or a number when the
    pattern opens with one (the regex engine would try every position)."""
    opening = next((key for key in starts if pattern.pattern.startswith(key)), None)
    if opening is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for at in starts[opening]:
        if at >= end and (m := pattern.match(text, at)):
            end = m.end()
            yield m


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding whitespace and unbalanced brackets from a span."""
    while start < end and (text[start].isspace() or text[start] in "(["):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ")],.;:"):
        if text[end - 1] == "." and re.search(r"\b[A-Z][a-z]{2,3}\.$", text[start:end]):
            break  # keep the dot of an abbreviated month (`Dec.`)
        end -= 1
    return start, end


def _rejected(doc: Doc, text: str, start: int, end: int) -> bool:
    """Candidates that look like dates but count, measure or compare instead."""
    expression = text[start:end]
    if BARE_YEAR.fullmatch(expression) and not bare_year_ok(doc, text, start, end):
        return True
    span = doc.char_span(start, end) if OF_YEAR.fullmatch(expression) else None
    if span is not None and _counts_next(doc, span[-1]):
        return True
    if YEAR_OVER_YEAR.search(expression) or FIGURATIVE_DAY.search(
            text, max(0, start - FIGURATIVE_WINDOW), end):
        return True
    return bool(COMPARED.search(text[max(0, start - COMPARED_WINDOW) : end]))


@dataclass(frozen=True)
class DateSpan:
    """A date mention: the tokens that write it and the ISO value they name."""

    span: Span
    value: str
    granularity: Granularity
    anchored: bool = False  # resolved against a date the text states, for want of a reference


def find_dates(doc: Doc, normalizer: DateNormalizer, reference: dt.date | None) -> list[DateSpan]:
    """Date mentions of `doc`, normalised against `reference`, ordered by offset.

    With no reference, a relative or year-less date is resolved against the nearest full date
    stated before it (HeidelTime's rule for narratives), a year-less day also against the same
    month stated with its year (`in December 2020 ... on 22 December`), and marked `anchored`; a
    year-less month or day takes that date's year, as a narrative runs on from it (`on July 9,
    2013 ... in August`: August 2013), where a publication date would put a past August before
    it. A year-less date `of the same year` takes the year of the last date stated before it. A
    mention inside a token (`2024` of `CIET-2024`) takes the whole token as its span."""
    text = doc_text(doc)
    expressions: list[tuple[int, int, str, bool]] = []
    seen: set[tuple[int, int]] = set()
    for raw_start, raw_end in candidate_spans(doc, text):
        start, end = _trim(text, raw_start, raw_end)
        if (start, end) in seen or start >= end:
            continue
        seen.add((start, end))
        if _rejected(doc, text, start, end):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        future = span is not None and speaks_of_future(span)
        expressions.append((start, end, _two_digit_end(text[start:end]), future))
    anchors = [] if reference is not None else _text_anchors(expressions, normalizer)
    found: list[tuple[int, int, Normalized, bool]] = []
    year = None  # of the last date with one
    for start, end, expression, future in expressions:
        own = reference if reference is not None else _anchor(anchors, start, expression,
                                                               normalizer)
        value = normalizer.normalize(expression, own, future)
        if own is not reference and value is not None and _yearless_month(
                expression, normalizer) is not None:
            value = Normalized(f"{own.year:04d}{value.value[4:]}", value.granularity)
        if value is not None and year and SAME_YEAR.match(text, end) and _yearless_month(
                expression, normalizer) is not None:
            value, own = Normalized(f"{year}{value.value[4:]}", value.granularity), None
        if value is not None:
            anchored = own is not reference and value != normalizer.normalize(expression)
            found.append((start, end, value, anchored))
            year = value.value[:4] if value.value[:4].isdigit() else year
    dates = []
    for start, end, value, anchored in _without_overlaps(found):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            dates.append(DateSpan(span, value.value, value.granularity, anchored))
    return dates


def _anchor(anchors: list[tuple[int, dt.date, bool]], start: int, expression: str,
            normalizer: DateNormalizer) -> dt.date | None:
    """The nearest anchor stated before `start` that can date the expression: a full date, or
    a month with its year for a year-less day of that month."""
    month = _yearless_month(expression, normalizer)
    return next((day for at, day, full in reversed(anchors)
                 if at < start and (full or day.month == month)), None)


def _yearless_month(expression: str, normalizer: DateNormalizer) -> int | None:
    """The month of a calendar date stated without its year (`22 December`), else None."""
    core = strip_signals(expression)[0]
    if not _CALENDAR.match(core) or _HAS_YEAR.search(core):
        return None
    value = normalizer.normalize(expression)
    return int(value.value[5:7]) if value is not None and value.value[4:5] == "-" else None


def _text_anchors(expressions: list[tuple[int, int, str, bool]], normalizer: DateNormalizer
                  ) -> list[tuple[int, dt.date, bool]]:
    """(offset, date, full) of every full date (day, month and year) the text states (a span of
    days by its first day), and of every month with its year (as its last day, not full: it
    dates only days of that month), in text order."""
    anchors = []
    for start, _, expression, future in sorted(expressions):
        value = normalizer.normalize(expression, None, future)
        if value is None:
            continue
        if value.granularity == "day" and _FULL_DATE.fullmatch(value.value):
            anchors.append((start, dt.date.fromisoformat(value.value[:ISO_LENGTH["day"]]), True))
        elif value.granularity == "month" and _YEAR_MONTH.fullmatch(value.value):
            year, month = map(int, value.value.split("-"))
            last = calendar.monthrange(year, month)[1]
            anchors.append((start, dt.date(year, month, last), False))
    return anchors


def _without_overlaps(
    found: list[tuple[int, int, Normalized, bool]],
) -> list[tuple[int, int, Normalized, bool]]:
    """Keep the longest of overlapping mentions (then the earliest), in text order."""
    kept: list[tuple[int, int, Normalized, bool]] = []
    for item in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f[0])


declare("dates")


class NewsDates:
    """Sets `doc._.dates: list[DateSpan]`: calendar points and periods, ISO-normalised.

    Reads `doc._.reference_date` (news_reference_date) to resolve year-less and relative dates,
    and the parse to tell a future reading from a past one; durations, ages, vague spans,
    frequencies and clock times are not dates and are left out.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.normalizer = DateNormalizer()

    def __call__(self, doc: Doc) -> Doc:
        reference = upstream(doc, "reference_date", "news_reference_date", self.name)
        doc._.dates = find_dates(doc, self.normalizer, reference)
        return doc


@Language.factory(
    "news_dates",
    assigns=["doc._.dates"],
    requires=["doc._.reference_date", "doc.ents", "token.tag", "token.dep", "token.lemma"],
)
def make_news_dates(nlp: Language, name: str) -> NewsDates:
    """Factory of the news_dates component."""
    return NewsDates(nlp, name)
