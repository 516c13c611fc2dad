"""Page dates: the dates a page states about itself, and the publication date weighed from them.

A page states its date in a date line (`12 Dec 2025`, `Local news, 23.04.2021`,
`Update: 16:38, 29 April 2018`, `18th May 2017 Steve Hoare`), a crawl stamp glued to the text
(`date 2025-01-21 ASTANA. ...`), a wire dateline (`BISHKEK, Sept. 12 (AKIpress) -`) or a date
line closing the page. Each is a candidate; its label (Published, Updated), its kind and its
place decide which one is the story's publication date. Numeric dates are read day first or
month first only where the page settles it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipeline.lexicon import alternation
from pipeline.lexicon.calendar import (
    MAX_YEAR,
    MIN_YEAR,
    MONTHS,
    RUSSIAN_WEEKDAYS,
    SYSTEM_ZERO_DATE,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from pipeline.lexicon.pages import DATE_LABELS, SENTENCE_WORDS, UPDATE_LABELS
from pipeline.lexicon.text import BULLET_MARKS, HAS_DIGIT, LIST_ITEM

MONTH = rf"(?P<month>{alternation(MONTHS)})\.?"
ORDINAL = r"(?:st|nd|rd|th)?"  # a day's ordinal ending: `28th April`
_NUMERIC = r"(?P<a4>\d{1,2})(?P<s4>[./-])(?P<b4>\d{1,2})(?P=s4)(?P<y4>\d{4})"
# a two-digit year, day first with dots (`18.05.00 00:00`, `Osh, 21.07.23. /Agency/`), in the
# page's order with slashes (`16/05/17 – Headline`)
_SHORT_YEAR = r"(?P<a5>\d{1,2})(?P<s5>[./])(?P<b5>\d{1,2})(?P=s5)(?P<y5>\d{2})(?![\d/])"
CENTURY_PIVOT = 69  # as POSIX reads `%y`: 00-68 are 2000-2068, 69-99 are 1969-1999
# a scrape may drop the space after the comma (`March 25,2018`) or after a month's abbreviation
# (`03 сент.2018`); some sites put a comma after the day too (`Wednesday, 27, November, 2024`)
YEAR_GAP = r"(?:,\s*|\s+|(?<=\.)(?=\d))"
DATE_CORE = re.compile(  # a stamp's clock may be glued before its date: `23:1529.04.2022`
    rf"(?:(?<![\w./-])|(?<=\d:\d\d))(?:(?P<d1>\d{{1,2}}){ORDINAL}{YEAR_GAP}(?:of\s+)?"
    rf"{MONTH.replace('month', 'm1')}{YEAR_GAP}(?P<y1>\d{{4}})"
    rf"|{MONTH.replace('month', 'm2')}\s+(?P<d2>\d{{1,2}}){ORDINAL}{YEAR_GAP}(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})(?P<s3>[./-])(?P<n3>\d{{1,2}})(?P=s3)(?P<d3>\d{{1,2}})|{_NUMERIC}"
    rf"|{_SHORT_YEAR})"
    r"(?:\s*(?:г\.|года|y\.))?(?:(?<=\d)(?=T\d)|(?![\w/-]))",  # an ISO date may run on to `T14:32`
    re.I,
)
# a month and its year, a day maybe between them: `3-4 July 2017`, `июля 2017`, `May 30, 2016`
MONTH_YEAR = re.compile(
    rf"(?<!\w){MONTH}(?:\s+\d{{1,2}}{ORDINAL})?\s*,?\s*(?P<year>(?:19|20)\d{{2}})(?!\d)", re.I)
NUMERIC_DATE = re.compile(rf"(?<![\w./-]){_NUMERIC}(?![\w/-])")
# a day with its month's name, its year said or not: `December 10`, `10 December`
MONTH_DAY = re.compile(rf"(?<![\w.]){MONTH.replace('month', 'm1')}\s+(?P<d1>\d{{1,2}})(?![\d:])"
                       rf"|(?<![\d.])(?P<d2>\d{{1,2}})\s+{MONTH.replace('month', 'm2')}(?!\w)",
                       re.I)
TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"  # `14:32`, `14.32`, `2:32 PM`
TIMED_AFTER_DATE = re.compile(rf"\s*[,|·•–—-]?\s*{TIME}")  # the time a stamp adds to its date
# ... and a page's meta row after it: the count of views (`27.06.2024 21:35 452`)
STAMP_TAIL = re.compile(rf"{TIMED_AFTER_DATE.pattern}(?:\s+\d{{1,7}})?")
# a time's zone: an offset, or the name of a zone the region's and its partners' sites print
ZONE = (r"(?:\((?:UTC|GMT)[^)]*\)|(?:UTC|GMT)\s*[+\-−]?\d{0,2}(?::?\d{2})?|[+\-]\d{2}:?\d{2}"
        r"|\b(?-i:Z|IST|PKT|MSK|KST|JST|CET|CEST|EET|EEST|BST|EST|EDT|PST|PDT|ALMT|TJT|UZT|TMT"
        r"|KGT)\b)")
WEEKDAY = rf"\b(?:{alternation((*WEEKDAYS, *WEEKDAY_ABBREVIATIONS, *RUSSIAN_WEEKDAYS))})\b\.?"
LABEL = rf"\b(?:{alternation((*DATE_LABELS, *UPDATE_LABELS))})\b"
LABELS = re.compile(LABEL, re.I)
BULLETED = re.compile(rf"^[{BULLET_MARKS}]\s+")  # a list's mark before its item
# a stamp whose date is parted by spaces, day first, its time after it: `17 07 2020, 14:22`
SPACED_STAMP = re.compile(r"^(\d{1,2}) (\d{1,2}) (\d{4})(?=,?\s+\d{1,2}:\d{2}\b)")
# a stamp that prints its time between its day and its year: `15 February 10:55 2016`, `June 05
# 17:27 2024` (the two lines of a template that sets the year under the time, joined)
_DAY_MONTH = (rf"(?:\d{{1,2}}{ORDINAL}\s+{MONTH.replace('month', 'm1')}|"
              rf"{MONTH.replace('month', 'm2')}\s+\d{{1,2}}{ORDINAL})")
TIME_INSIDE = re.compile(
    rf"^(?P<dm>{_DAY_MONTH}),?\s+(?P<time>{TIME})\s+(?P<year>(?:19|20)\d{{2}})(?!\d)", re.I)
DAY_MONTH_ALONE = re.compile(rf"^{_DAY_MONTH}$", re.I)
TIME_AND_YEAR = re.compile(rf"^{TIME}\s+(?:19|20)\d{{2}}$", re.I)
# the category a labelled stamp files its story under: `Posted: October 6, 2012 in Tajikistan`,
# `Posted on May 2, 2024 in Press Releases`
FILED_IN = re.compile(r"(?<=\d)\s+in\s+(?:[A-Z][\w&'’-]*\s?){1,3}$")
# a reading time, its number first or its label first: `5 min read`, `Read time: 1 min`; at a
# meta line's end, its abbreviation alone (`26.11.2024  4812  6 min.`, `2 mins`)
READING_TIME = (r"\d+\s*(?:min(?:ute)?s?|мин\.?)\s+(?:read|чтения)|\d+\s*(?:min|мин)\.\s*$"
                r"|\d+\s*mins\s*$"  # or in the plural: `2 mins`
                r"|(?:(?:estimated |approximate )?read(?:ing)? time|(?:примерное )?время чтения)"
                r"\s*:?\s*(?:\d+\s*(?:min(?:ute)?s?|мин\w*)|(?:less than|under|меньше) "
                r"(?:a |one )?(?:minute|минуты))\.?")
# What else a date line may hold around its date: a time and zone, a weekday, labels (`Posted
# on`), a reading time, `by` before a name, separators
FILLER = re.compile(
    rf"(?:\b(?:at|в)\s+)?{TIME}|{ZONE}|{WEEKDAY}|{LABEL}(?:\s+(?:on|at)\b)?|{READING_TIME}"
    r"|\b(?:by|author|source|editor|автор|источник|редактор)\b|[|·•,;:/()\[\]–—-]+",
    re.I,
)
# a byline before a date: `By Alisher Kalandarov in Tashkent`, `By Aigerim Sadykova ·`
BYLINE_PLACE = re.compile(  # the name stops at a date's label: `By A. Kalandarov Posted on ...`
    rf"^\s*(?:by|автор)\s+(?:(?!{LABEL})(?-i:[A-ZА-ЯЁ])[\w.'’-]*\s+){{1,3}}"
    r"(?:in\s+[A-ZА-ЯЁ][\w'’-]*)?", re.I)
# the record's fields after a date, each a capitalised label and a short value: `... 16:30
# Views: 58 Comments: 0 City: Osh`
FIELDS_AFTER = re.compile(r"(?:\s+[A-ZА-ЯЁ]\w*:\s*\S+(?:\s+(?![A-ZА-ЯЁ]\w*:)\S+){0,2}){2,}\s*$")
# the source a date line credits, up to the next bar: `9 May 2019 | Source: National news
# agency of Uzbekistan (UzA) | 301`, `Publication: Steppe Monitoring Reports, May 16, 2003`;
# its name is the source's, however long
SOURCE_CREDIT = re.compile(r"\b(?:source|publication|источник)\s*:[^|·•]*", re.I)
# a body's name closed by a comma and the date: `U.S. Department of State, April 1, 2012`
SOURCE_NAME = re.compile(r"^\s*(?:[A-ZА-ЯЁ][\w.&'’-]*|of|the|and|for)"
                         r"(?:\s+(?:[A-ZА-ЯЁ][\w.&'’-]*|of|the|and|for))*\s*,")
PLACE_TAIL = re.compile(r"(?:,\s*[A-ZА-ЯЁ][\w'’.-]*(?:\s[A-ZА-ЯЁ][\w'’.-]*)*)*\s*")
STAMP_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")  # a word beside a date: `Hoare`, `AKIPRESS.COM`
# A date line names at most this many other words: an author (`Steve Hoare`), a section
# (`Local news`), a source (`Asia Intelligence Wire`); a sentence with a date has more.
STAMP_MAX_WORDS = 4
# A date line, with its labels, times, weekday and byline, is never longer than this many
# whitespace-separated pieces; a longer line is prose and not worth scanning for dates.
STAMP_MAX_PIECES = 24
# A date line without its year but with its time, maybe after its place, with its zone and a
# views counter: `5 Mar. 15:00 (UTC+3 MSK)`, `Osh, October 20 06:58`, `1 March, 10:23 1058`,
# `Сегодня, 15:00`; it dates nothing, but is no headline and no part of the story.
YEARLESS_STAMP = re.compile(
    r"^(?:[A-ZА-ЯЁ][\w'’.-]*(?:\s[A-ZА-ЯЁ][\w'’.-]*)?,\s*)?"
    rf"(?:{MONTH.replace('month', 'm1')}\s+\d{{1,2}}{ORDINAL}|\d{{1,2}}{ORDINAL}\s+"
    rf"{MONTH.replace('month', 'm2')}|today|yesterday|сегодня|вчера)"
    rf",?\s*(?:in\s+|at\s+|в\s+)?(?:{WEEKDAY},?\s*)?{TIME}(?:\s*{ZONE})*(?:\s+\d{{1,7}})?\s*$",
    re.I)
# Words that make a closing date part of the headline: `Talks to resume on 5 May 2025`.
DATE_PREPOSITIONS = frozenset({"on", "in", "by", "from", "until", "till", "since", "of", "to",
                               "before", "after", "through", "at", "for", "as"})
ENDS_IN_NUMBER = re.compile(r"\d(?:\s*[ap]\.?m\.?)?\s*$", re.I)  # as a date or a time does
TRAIL = re.compile(r"\s[»›>]\s")  # a breadcrumb trail ends with the headline, not a stamp
# a browser's title bar: the headline, the site's name and the date (`Festival opens in Osh -
# Steppe News, 12.05.2016`); a source's line has no headline before a dash
TITLE_BAR_SITE = re.compile(r"\s[-–—|]\s(?:[A-ZА-ЯЁ][\w.'’-]*\s?){1,3},\s*$")
STAMPED_HEADLINE_MIN_WORDS = 3  # before a labelled or timed stamp a short headline will do
LABEL_MAX_WORDS = 2  # a section label is one or two words: `Economy`, `Local news`, `Press Release`
# a crawl or site stamp of the month alone: `date 2022-02`, no day to date a story by
MONTH_STAMP = re.compile(rf"^\s*(?:{alternation(DATE_LABELS)})\s*:?\s*\d{{4}}-\d{{2}}$", re.I)
# a month name glued to the word before it: `CircuitOct 31, 2024`, or a day: `Новости
# Казахстана21 сентября 2022, 14:10` (checked as a date line)
GLUED_STAMP = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\b)"
                         rf"|(?<=[^\W\d_])(?=\d{{1,2}}\s+(?i:{MONTH.replace('month', 'm0')})"
                         r"\s+\d{4}\b)")
# a date the scrape glued to the text after it, with no space, and maybe to a label or a
# headline before it: `15 September 2022Davron Ahmedov said ...`, `News release30 January
# 2024Directorate`, `... грант Киргизии12.03.2024 18:32БИШКЕК, 12 марта.`
GLUED_DATE = re.compile(
    rf"(?:\d{{1,2}}\s+{MONTH.replace('month', 'm1')}\s+\d{{4}}(?:\s?г\.)?"  # `2002 г.ТАШКЕНТ`
    rf"|{MONTH.replace('month', 'm2')}\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\d{1,2}\.\d{1,2}\.\d{4}(?:\s+\d{1,2}:\d{2})?)(?-i:(?=[A-ZА-ЯЁ]))", re.I)
# what a glued date holds, found fast
GLUED_YEAR = re.compile(r"\d{4}(?:\s?г\.)?[A-ZА-ЯЁ]|\d:\d\d[A-ZА-ЯЁ]")
# A date of the crawl or the site, labelled and in ISO form: `date 2025-01-21`.
ISO_STAMP = (rf"^\s*(?:{alternation(DATE_LABELS)})\s*:?\s*(?P<date>\d{{4}}-\d{{2}}(?:-\d{{2}})?)"
             rf"(?>(?:[ T]{TIME})?)")
# ... glued before a line's text (`date 2025-01-21 ASTANA. ...`), or on a line of its own
LEADING_STAMP = re.compile(ISO_STAMP + r"(?=\s+\S)", re.I)  # more than its own time follows
CRAWL_STAMP = re.compile(ISO_STAMP + r"\s*$", re.I)
# A wire dateline: a place in capitals (and a country), a date, maybe an agency, then a dash,
# colon, full stop or slash: `BISHKEK, Sept. 12 (AKIpress) -`, `Baku, 15 January 2026 / Trend /`,
# `DUSHANBE, 26.02.2020. (NIAT Khovar) –`, `ASTANA, May 2, 2024, Kazinform --`, an agency's name
# for the place (`STEPPE-NEWS. May 2, 2024. The bank ...`); a press release
# may put the date, with its weekday, in brackets: `MANILA, PHILIPPINES (Friday, 3 May 2019) —`.
DATELINE_DATE = (
    rf"(?:{MONTH.replace('month', 'm1')}\s+(?P<d1>\d{{1,2}}){ORDINAL}(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}}){ORDINAL}\s+{MONTH.replace('month', 'm2')}(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|{_NUMERIC}|{_SHORT_YEAR})"
    r"(?:\s*(?:года|г\.)(?!\w))?"  # `Бишкек, 16 декабря 2025 года –`
)
DATELINE = re.compile(
    # a syndicator may put its source before the place: `(MENAFN- Trend News Agency) BAKU, ...`
    r"^(?:\([^()]{2,50}\)\s*)?"
    rf"(?!{WEEKDAY})"  # a weekday is no place: `Wednesday, December 1, 2021 - 5:15am`
    r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’.\- ]{2,40}(?:,\s*[A-ZА-ЯЁ][\w'’.\- ]{1,30})?"
    # the date after a comma, a full stop (`OREANDA-NEWS. May 2, 2024.`) or a spaced dash
    # (`OSH - 4 June 2019 –`, as press releases do), or in brackets, maybe after a comma
    rf"(?:,\s+|(?-i:(?<=[A-ZА-ЯЁ]))\.\s+|\s+[–—-]\s+|,?\s+\((?:{WEEKDAY},?\s+)?(?=[^()]+\)))"
    rf"{DATELINE_DATE}(?:,?\s+{TIME})?"  # the hour it was filed: `Бишкек, 15 июля, 2020, 12:40 —`
    rf"\)?\.?\s*(?:\([^)]{{1,40}}\)\s*|,\s*[A-ZА-ЯЁ][\w .'’-]{{1,40}}?\s*)?"
    # ... or, after an agency in brackets, the story's first word: `Delhi, May 3 (IANS) The ...`
    r"(?:[-–—.:/]|(?<=\d{4})$|(?<=\)\s)(?-i:(?=[A-ZА-ЯЁ«\"“])))",
    re.I,
)
# A dateline that puts the full date first, then the place (`January 12, 2021, Almaty,
# Kazakhstan –`, `19 May 2014. Khorog –The bank ...`, as press releases do) or the source in
# brackets (`APRIL 3 2019 (Valley Weekly) —`); a dash, not a hyphen, may touch the text after it
DATELINE_FIRST = re.compile(
    rf"^(?i:{DATELINE_DATE})(?:[.,]?\s+[A-ZА-ЯЁ][\w'’.\-]*(?:\s[A-ZА-ЯЁ][\w'’.\-]*){{0,2}}"
    r"(?:,\s*[A-ZА-ЯЁ][\w'’.\- ]{1,30}?)?|,?\s+\([^()]{2,50}\))\s*(?:[–—]+\s*|-+\s)",
)
# A dateline standing alone on its line, maybe without a year, maybe with its agency after a
# comma: `BAKU, Azerbaijan, Oct. 9`, `Baku, October 15, AZERTAC`
DATELINE_ALONE = re.compile(
    # the place's country may follow it in brackets: `Tashkent [Uzbekistan], November 20`
    r"^[A-ZА-ЯЁ][A-ZА-ЯЁ'’.\- ]{2,40}"
    r"(?:,\s*[A-ZА-ЯЁ][\w'’.\- ]{1,30}|\s*\[[A-ZА-ЯЁ][\w'’.\- ]{1,30}\])?,\s+"
    rf"{DATELINE_DATE}(?:,\s*(?-i:[A-ZА-ЯЁ]{{3,}}))?\.?$",
    re.I,
)
# A label and a weekday before a date that closes a headline (a scrape may glue the label on).
BRACKETED_END = re.compile(r"(?P<head>.*[^\s(])\s*\((?P<date>[^()]*\d)\)\s*")  # `... (May 3, 2019)`
CLOSING_LABEL = re.compile(
    rf"(?:(?:{alternation((*DATE_LABELS, *UPDATE_LABELS))})\s*:?\s*)?(?:{WEEKDAY},?\s*)?$", re.I)
# How much a candidate counts: a labelled publication date most, an update stamp least; a
# `clock`, a site's own date of today atop the page (see is_clock), not at all.
WEIGHTS = {"published": 4, "line": 3, "dateline": 3, "stamp": 3, "tail": 2, "updated": 1,
           "opening": 1}
CLOCK = re.compile(rf"^\s*{WEEKDAY}", re.I)
WEEKDAY_WORD = re.compile(WEEKDAY, re.I)
# what joins the two ends of a span of days: `5 May 2025 – Friday, 30 May 2025`, `5 May 2025 to
# 30 May 2025`
SPAN_JOIN = re.compile(rf"\s*(?:[–—-]|\b(?:to|till|until|through)\b)\s*(?:{WEEKDAY},?\s*)?", re.I)
# the day of the week each weekday's name or abbreviation names, Monday 0
WEEKDAY_NUMBERS = {
    **{day: i for days in (WEEKDAYS, RUSSIAN_WEEKDAYS) for i, day in enumerate(days)},
    **{short: next(i for i, day in enumerate(WEEKDAYS) if day.startswith(short))
       for short in WEEKDAY_ABBREVIATIONS},
}
TIME_OF_DAY = re.compile(TIME)


@dataclass(frozen=True)
class Stamp:
    """A date a page states about itself, and what kind of statement it is."""

    value: str  # ISO date
    kind: str  # a key of WEIGHTS


def iso(year: int, month: int, day: int) -> str | None:
    """The ISO date, or None for no date of the calendar or a year no news date names."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def numeric_order(texts: list[str], default: str | None = None) -> str | None:
    """How the page writes numeric dates: "dmy" or "mdy"; `default` when no date settles it,
    None when its dates disagree.

    A first number above 12 is a day, a second above 12 is one; dots (`23.04.2021`) are written
    day first; hyphens and slashes with both numbers up to 12 (`05-06-2021`) settle nothing:
    sites write both orders with them, unless the page writes the same date in words too.
    """
    orders, unsettled = set(), False
    for text in texts:
        for m in NUMERIC_DATE.finditer(text):
            a, b = int(m["a4"]), int(m["b4"])
            if a > 12 >= b:
                orders.add("dmy")
            elif b > 12 >= a:
                orders.add("mdy")
            elif m["s4"] == ".":
                orders.add("dmy")
            elif named := _weekday_order(text, a, b, int(m["y4"])):
                orders.add(named)
            else:
                unsettled = True
    if not orders and unsettled:  # only then is the page's other writing of its dates read
        orders = _stated_orders(texts)
    return orders.pop() if len(orders) == 1 else None if orders else default


def _weekday_order(text: str, a: int, b: int, year: int) -> str | None:
    """The order in which `a`/`b`/`year` falls on the one weekday its line names (`Sunday,
    03/11/2024` is 3 November, as 11 March 2024 was a Monday), else None."""
    named = {WEEKDAY_NUMBERS[w.casefold().rstrip(".")] for w in WEEKDAY_WORD.findall(text)}
    if len(named) != 1:
        return None
    day = named.pop()
    fits = [order for order, (month, mday) in (("dmy", (b, a)), ("mdy", (a, b)))
            if (value := iso(year, month, mday)) and date.fromisoformat(value).weekday() == day]
    return fits[0] if len(fits) == 1 else None


def _stated_orders(texts: list[str]) -> set[str]:
    """The orders in which the page's unsettled numeric dates read as a day it also writes with
    the month's name (its year said or not) or in ISO: a page prints its date twice, in two
    formats (`08-11-2021 14:47 IST` under `date 2021-11-08`; `Date: 10-12-2014` over `Almaty.
    December 10. ...`)."""
    stated = {value[5:] for text in texts for m in DATE_CORE.finditer(text)
              if (m["y1"] or m["y2"] or m["y3"]) and (value := _value(m, None))}
    stated |= {month_day(m) for text in texts for m in MONTH_DAY.finditer(text)}
    orders = set()
    for text in texts:
        for m in NUMERIC_DATE.finditer(text):
            a, b = int(m["a4"]), int(m["b4"])
            readings = {"dmy": f"{b:02d}-{a:02d}", "mdy": f"{a:02d}-{b:02d}"}
            found = [order for order, day in readings.items() if day in stated]
            if len(found) == 1:
                orders.add(found[0])
    return orders


def month_day(m: re.Match[str]) -> str:
    """A MONTH_DAY match as `MM-DD`, whichever order the text writes them in."""
    return f"{_month_number(m['m1'] or m['m2']):02d}-{int(m['d1'] or m['d2']):02d}"


def _month_number(name: str) -> int:
    """The number of a month written in words (`Sept.`, `декабря`, `сент`)."""
    return MONTHS[name.lower().rstrip(".")]


def _value(m: re.Match[str], order: str | None) -> str | None:
    """The ISO date of a DATE_CORE or DATELINE match (a year-less one gives None)."""
    g = m.groupdict()
    if g.get("y1"):
        return iso(int(g["y1"]), _month_number(g["m1"]), int(g["d1"]))
    if g.get("y2"):
        return iso(int(g["y2"]), _month_number(g["m2"]), int(g["d2"]))
    if g.get("y3"):
        return iso(int(g["y3"]), int(g["n3"]), int(g["d3"]))
    short = int(g["y5"]) if g.get("y5") else None
    year = short + (2000 if short < CENTURY_PIVOT else 1900) if short is not None else (
        int(g["y4"]) if g.get("y4") else None)
    if year is None:
        return None
    a, b, separator = (int(g["a5"]), int(g["b5"]), g["s5"]) if short is not None else (
        int(g["a4"]), int(g["b4"]), g["s4"])
    if a > 12 >= b or (short is not None and separator == "."):
        order = "dmy"  # the numbers settle it, whatever the page's order
    elif b > 12 >= a:
        order = "mdy"
    elif order is None and separator == ".":
        order = "dmy"
    if order is None:
        return None
    return iso(year, b if order == "dmy" else a, a if order == "dmy" else b)


def read_stamp(text: str, order: str | None = None) -> Stamp | None:
    """The date of a line that states a date and little else (a date line), or None.

    `Wednesday, 17 September 2025`, `22.01.2025, 11:05`, `Published: 22.05.2025`,
    `By Aigerim Sadykova · March 5, 2026`, `Uzbekistan|health|March 25, 2022 / 04:44 PM`,
    `Update: 16:38, 29 April 2018 Sunday` (an update stamp); not a sentence that holds a date.
    """
    if not HAS_DIGIT.search(text) or len(text.split(maxsplit=STAMP_MAX_PIECES)) > STAMP_MAX_PIECES:
        return None  # every date it reads has digits; a date line is short
    if (filed := FILED_IN.search(text)) and LABELS.search(text, 0, filed.start()):
        text = text[:filed.start()]
    text = TIME_INSIDE.sub(r"\g<dm> \g<year> \g<time>", SPACED_STAMP.sub(r"\1.\2.\3", text))
    found = list(DATE_CORE.finditer(text))
    if not found or (len(found) > 1 and SPAN_JOIN.fullmatch(text, found[0].end(),
                                                             found[1].start())):
        return None  # `Course dates: 5 May 2025 – 30 May 2025`: a span of days, not the day of
        # publication
    residue = FIELDS_AFTER.sub(" ", DATE_CORE.sub(" ", text))
    if LIST_ITEM.match(text) and STAMP_WORD.search(FILLER.sub(" ", residue)):
        # a list item states a fact, not the page's date; `• Posted May 2, 2025` is a date
        return None
    if re.search(r"[^\W\d_][)\"'”»]?[.!?…]\s*$", FILLER.sub(" ", residue).strip()):
        return None  # a sentence ends after words, a date line does not (`Thu.` is no word)
    byline = BYLINE_PLACE.match(residue)  # `By A. Kalandarov in Tashkent February 26, 2021`
    credited = SOURCE_CREDIT.sub(" ", residue[byline.end():] if byline else residue)
    if _closes_with(text, found[-1]):
        credited = SOURCE_NAME.sub(" ", credited, count=1)
    words = STAMP_WORD.findall(FILLER.sub(" ", credited))
    # a bar parts the date from a section label (`26 Aug 2020 | News from Country Offices`):
    # only the date's own part must not read as a sentence
    own = words
    if byline is None and "|" in text:
        part = next((part for part in text.split("|") if DATE_CORE.search(part)), text)
        own = STAMP_WORD.findall(FILLER.sub(" ", DATE_CORE.sub(" ", part)))
    if len(words) > STAMP_MAX_WORDS or any(w.casefold() in SENTENCE_WORDS for w in own):
        return None
    for m in found:
        value = _value(m, order)
        if value is not None and value != SYSTEM_ZERO_DATE:
            labels = [label.casefold() for label in LABELS.findall(text, 0, m.start())]
            last = " ".join(labels[-1].split()) if labels else None
            kind = "updated" if last in UPDATE_LABELS else "published" if last else "line"
            return Stamp(value, kind)
    return None


def is_stamp(text: str) -> bool:
    """Whether a line is a date line, in whichever order the page writes its numeric dates (the
    order matters only to a slashed or dotted date, so only such a line is read twice)."""
    return read_stamp(text, "dmy") is not None or (
        NUMERIC_DATE.search(text) is not None and read_stamp(text, "mdy") is not None)


def split_glued_stamp(text: str) -> tuple[str, ...] | None:
    """(label, date line) of a line the scrape glued to the date line after it, with no space
    between (`Diplomatic CircuitOct 31, 2024`, `Japan opens a centreMay 2, 2025 10:30`), or
    (label, date, text) of a date glued to the text after it (see GLUED_DATE)."""
    m = GLUED_STAMP.search(text)
    if m and is_stamp(text[m.end():]):
        return text[:m.end()], text[m.end():]
    m = GLUED_DATE.search(text) if GLUED_YEAR.search(text) else None
    if m is None or (m.start() and not text[m.start() - 1].islower()):
        return None  # `... the forum on 2 May 2025Tashkent`: no label glued, a sentence
    return tuple(part for part in (text[:m.start()], m.group(), text[m.end():]) if part)


def split_leading_stamp(text: str) -> tuple[str, str] | None:
    """(stamp, rest) of a line that opens with a crawl or site stamp (`date 2025-01-21 ...`)."""
    m = LEADING_STAMP.match(text)
    if m is None or iso(*[*map(int, m["date"].split("-")), 1][:3]) is None:
        return None  # a stamp of the month alone (`date 2022-02`) is split off too
    return text[:m.end()].strip(), text[m.end():].strip()


def split_dated_headline(text: str, min_words: int) -> tuple[str, str] | None:
    """(date line, headline) of a line that runs a section label and a date into the headline:
    `Economy 19/02/2024 Japan and Uzbekistan sign a loan deal` (at least `min_words` words after
    the date, and no full stop: a headline, not a sentence). A stamp with its time may also run
    into the lead (`Updated: 2007-07-17 10:36 The minister said ...`); a sentence that opens
    with a date (`On 19.02.2024 Japan signed ...`) is none."""
    if not HAS_DIGIT.search(text):
        return None  # no date: nothing after the date would be a headline
    m = DATE_CORE.search(text)
    if m is None:
        return None
    head, rest = text[:m.end()], text[m.end():]
    time = TIMED_AFTER_DATE.match(rest)
    if time:
        head, rest = head + rest[:time.end()], rest[time.end():]
    elif text.endswith((".", "!", "?")):
        return None  # a sentence that names a date
    dash = re.match(r"\s*[|·•–—-](?=\s)", rest)  # `16/05/17 – Headline`, not a dateline's
    if dash and not text[:m.start()].strip():  # `KHUJAND, February 19, 2024 - Korea ...`
        head, rest = head + rest[:dash.end()], rest[dash.end():]
    label = STAMP_WORD.findall(text[:m.start()])
    words = rest.split()
    if (len(label) > LABEL_MAX_WORDS or len(words) < min_words
            or any(w.lower() in DATE_PREPOSITIONS for w in label)
            or not words[0][:1].isupper() or not is_stamp(head)):
        return None
    return head.strip(), rest.strip()


def split_closing_date(text: str, min_words: int) -> tuple[str, str] | None:
    """(headline, date line) of a headline that a listing or a scrape closed with its date:
    `New mayor chosen by the people 18.12.2025`, `Japan smiles at Kazakhstan: December 21,
    2025, 10:01` (at least `min_words` words before it, fewer before a stamp with a label or a
    time, no full stop, and no preposition that makes the date part of the headline: `Talks to
    resume on 5 May 2025`)."""
    text = BULLETED.sub("", text)  # `• Headline Oct 19, 2016`: a listing's item
    if (bracketed := BRACKETED_END.fullmatch(text)) is not None:
        text = f"{bracketed['head']} {bracketed['date']}"  # `Headline (02/15/2005)`
    m = _last_date(text) if ENDS_IN_NUMBER.search(text) else None
    if m is not None and (site := TITLE_BAR_SITE.search(text, 0, m.start())) and len(
            text[:site.start()].split()) >= min_words and not text[m.end():].strip():
        return text[:site.start()], text[m.start():]  # the title bar's headline and date
    if m is None or _closes_with(text, m):
        return None  # `U.S. Department of State, April 1, 2012`: a source's line
    rest = text[m.end():]
    if rest.strip() and not STAMP_TAIL.fullmatch(rest.rstrip()):
        return None  # more than a time of day (and the views) after the date
    start = CLOSING_LABEL.search(text, 0, m.start()).start()  # `... Osh updated: Wed Dec 7 ...`
    head = re.sub(r"[\s:|·•,–—-]+$", "", text[:start])
    words = head.split()
    stamped = start < m.start() or bool(rest.strip())  # a label, weekday or time: a stamp
    if (len(words) < (STAMPED_HEADLINE_MIN_WORDS if stamped else min_words)
            or re.search(r"[.!?]$", head) or not words[0][:1].isupper() or TRAIL.search(head)
            or words[-1].lower() in DATE_PREPOSITIONS or not is_stamp(text[start:])
            or states_timed_dates(head)):
        return None
    return head, text[start:].strip()


def states_timed_dates(text: str, least: int = 1) -> bool:
    """Whether a line states at least `least` dates with their time of day (`... 26 October
    2025, 12:14 ...`): a headline states none, a strip of other stories one per story."""
    if len(TIME_OF_DAY.findall(text)) < least:
        return False  # the cheap test first
    return sum(bool(TIMED_AFTER_DATE.match(text, m.end()))
               for m in DATE_CORE.finditer(text)) >= least


def closes_with_date(text: str) -> bool:
    """A line closed by a comma, a full date and maybe its place: `The President at the
    business forum, June 11, 2024, Ashgabat, Turkmenistan`, `U.S. Department of State, April 1,
    2012`: a photo caption's or a source's line, never a headline."""
    m = _last_date(text) if HAS_DIGIT.search(text) else None
    return m is not None and _closes_with(text, m)


def _closes_with(text: str, last: re.Match[str]) -> bool:
    """Whether `last`, the line's last date, closes it after a comma (see closes_with_date)."""
    return text[:last.start()].rstrip().endswith(",") and bool(
        PLACE_TAIL.fullmatch(text, last.end()))


def _last_date(text: str) -> re.Match[str] | None:
    """The last full date the line states."""
    m = DATE_CORE.search(text)
    while m is not None and (later := DATE_CORE.search(text, m.end())) is not None:
        m = later
    return m


# How a sentence that opens with its date writes it: `5 мая 2024 года Япония подписала ...`
SENTENCE_DATE = re.compile(r"(?:года|г\.)$")


def read_opening_date(text: str) -> str | None:
    """The ISO date a paragraph opens with, bare, before a capitalised word: a stamp a
    flattened page ran into its lead (`5 мая, 2025 Корея выделит ...`), or the day the lead
    reports (`November 16, 2020 Prof. A. Karimov held ...`); kind `opening`, the weakest
    candidate. A sentence that opens with its date (`5 мая 2024 года Япония ...`) gives none."""
    m = DATE_CORE.match(text)
    if m is None or SENTENCE_DATE.search(m.group()) or not text[m.end():].lstrip()[:1].isupper():
        return None
    return _value(m, None)


def read_dateline(text: str, reference: str | None, order: str | None = None,
                  above: str = "") -> str | None:
    """The ISO date of a wire dateline opening a paragraph (`BISHKEK, Sept. 12 (AKIpress) -`).

    A dateline without a year takes the year that puts it on or before `reference`, else the
    year its paragraph or the lines `above` it (a wire photo's caption over the story: `...
    at the airport, July 4, 2024. (Agency/Name)`) date a happening of its month in.
    """
    m = DATELINE.match(text)
    if not m:
        first = DATELINE_FIRST.match(text)
        return _value(first, order) if first else None  # with its year, or no date at all
    g = m.groupdict()
    if g.get("y4") or g.get("y5"):
        return _value(m, order)
    month = _month_number(g["m1"] or g["m2"])
    day = int(g["d1"] or g["d2"])
    year = g["y1"] or g["y2"]
    if year:
        return iso(int(year), month, day)
    reference = reference or _year_told(text[m.end():], month) or _year_told(above, month)
    if reference is None:
        return None
    ref = date.fromisoformat(reference)
    found = iso(ref.year, month, day)
    if found and found > reference:
        found = iso(ref.year - 1, month, day)
    return found


def _year_told(text: str, month: int) -> str | None:
    """The end of the year a paragraph dates a happening in, in the month of its year-less
    dateline or the month before (`Бишкек, 6 июля /Агентство/. 3-4 июля 2017 года прошли
    переговоры`): what a dateline without a year reads its year from."""
    for m in MONTH_YEAR.finditer(text):
        told = _month_number(m.group("month"))
        if told in (month, month - 1) or (month, told) == (1, 12):
            return f"{int(m.group('year')) + (told > month)}-12-31"
    return None


def normalise_published(value: str | None) -> str | None:
    """`YYYY-MM-DD` from a metadata date (ISO with or without time, or a date line)."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if m:
        return iso(int(m[1]), int(m[2]), int(m[3]))
    stamp = read_stamp(value)
    return stamp.value if stamp else None


def is_clock(text: str) -> bool:
    """A date line that opens with its weekday (`Wednesday, September 22nd, 2021`, `Thu. Sep
    19th, 2024`): at the top of a page, above the headline, the site's date of today. A story's
    stamp gives the hour it went out (`Thursday 1 February 2018 - 12:42`); a clock the day."""
    return bool(CLOCK.match(text)) and not TIME_OF_DAY.search(text)


def weigh(candidates: list[tuple[int, Stamp]], anchor: int | None,
          not_after: str | None = None) -> str | None:
    """The publication date among (line index, stamp) candidates: the weightiest kind, then the
    one nearest `anchor` (the headline), then the first; none after `not_after`, no site's
    clock, and none before the day the story's dateline reports from (a page is not published
    before it)."""
    usable = [(i, s) for i, s in candidates if (not_after is None or s.value <= not_after)
              and s.kind != "clock"]
    reported = [s.value for _, s in usable if s.kind == "dateline"]
    if reported:
        usable = [(i, s) for i, s in usable if s.value >= min(reported)]
    if not usable:
        return None
    near = (lambda i: abs(i - anchor)) if anchor is not None else (lambda i: 0)
    best = min(enumerate(usable), key=lambda p: (-WEIGHTS[p[1][1].kind], near(p[1][0]), p[0]))
    return best[1][1].value
