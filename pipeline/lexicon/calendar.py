"""Month and weekday names as pages write them: English and Russian, full and abbreviated."""

from __future__ import annotations

import re

# A year of this era written alone: `2010`, `in 1996`.
YEAR = re.compile(r"(?:19|20)\d\d")
# The years news dates can name: a four-digit number outside them is no year, and a date line or
# reference date outside them (`31 December 9999`) is no date.
MIN_YEAR, MAX_YEAR = 1800, 2099
# The date a site's system prints for a page whose date it lost (the Unix epoch, time zero):
# `06:00 / 1970-01-01` over a story dates nothing.
SYSTEM_ZERO_DATE = "1970-01-01"
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Abbreviations read as a month only with their dot: `Mar`, `Jun` and `Jul` are also names.
DOTTED_ONLY = frozenset({"mar", "jun", "jul"})
ENGLISH_MONTHS = {
    **{name: number for number, name in enumerate(MONTH_NAMES, start=1)}, **MONTH_ABBREVIATIONS
}
# Russian month names as page date lines write them: genitive (`22 января`) and nominative.
RUSSIAN_MONTHS = {
    name: number
    for names in (
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    )
    for number, name in enumerate(names.split(" "), start=1)
}
# Abbreviations of wire datelines (`4 сен`, `ХОРОГ, 5 окт - Памир Вайр`).
RU_MONTH_ABBREVIATIONS = {
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
    "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}  # fmt: skip
# every month name of the pages, by number
MONTHS = {**ENGLISH_MONTHS, **RUSSIAN_MONTHS, **RU_MONTH_ABBREVIATIONS}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
RUSSIAN_WEEKDAYS = (
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
)  # fmt: skip
# Month, weekday and day words as tokens: capitalised, they still never belong to a name.
CALENDAR_WORDS = frozenset({
    *WEEKDAYS, *MONTH_NAMES, *(f"{abbreviation}." for abbreviation in MONTH_ABBREVIATIONS),
    "today", "yesterday", "tomorrow", "tonight",
})
