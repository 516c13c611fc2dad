"""Names of countries and organisations reduced for comparison, without a language model.

Shared by the organisation component, event roles, the events and the run's registry: a name's core
(`the Ministry of Energy of Japan` -> `ministry of energy`, Japan) and the ISO 3166-1 alpha-3
code of a country named in English or Russian (pycountry's tables and their Russian translation).
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import product
from typing import TYPE_CHECKING

import pycountry

from pipeline.lexicon.institutions import (
    CORPORATE_SUFFIXES,
    FINAL_HEADS,
    INITIAL_HEADS,
    LEGAL_PREFIXES,
    OUTLET_HEADS,
    SEAT_HEADS,
    SPELLINGS,
)
from pipeline.lexicon.pages import CREDIT_NON_NAMES
from pipeline.lexicon.places import (
    CAPITALS,
    COUNTRIES,
    COUNTRY_ALIASES,
    DEMONYMS,
    ISO_NAMES,
    RU_COUNTRY_NAMES,
)
from pipeline.lexicon.text import NAME_JOINERS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from pipeline.components.dates import DateSpan

OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")
SEAT = re.compile(r"\s+(?:in|to)\s+\S.*$")  # where a country's mission sits or is sent to
REPUBLIC_OF = re.compile(r"(?:the )?republic of ([\w-]+)")  # `the Republic of Tajikistan`
FOR_OF = re.compile(r"(?<=\w) for (?=\w)")  # `Committee for National Security`
DASH = re.compile(r"[\u2010-\u2015\u2212]")  # every dash and the minus sign, folded to a hyphen
COUNTRY_WINDOW = 3  # words of the longest country name looked for in an organisation's name
# A name as a credit line gives it: words that start with a letter, no stray punctuation
CREDITED_NAME = re.compile(r"^[^\W\d_][\w.&'’-]*(?:\s+[\w.&'’()-]+){0,6}$")
WEB_ADDRESS_SHAPE = r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}"  # a site's address: `Example.kz`
WEB_ADDRESS = re.compile(rf"^{WEB_ADDRESS_SHAPE}$", re.I)
SOURCE_HEADS = FINAL_HEADS | INITIAL_HEADS | OUTLET_HEADS


def country_of(text: str) -> str | None:
    """The country a name or adjective points to (`Kyrgyz`, `the Kyrgyz Republic`), or None."""
    low = text.lower().removeprefix("the ").strip()
    if low in DEMONYMS:
        return DEMONYMS[low]
    if not names_country(low):
        return None
    return COUNTRY_ALIASES.get(low) or _official_names().get(low, low)


def is_source_name(name: str, lone: bool = True) -> bool:
    """Whether a name a credit line gives (`Source: X`, `Photo: X`, `By X`) is an organisation's,
    not a person's or a place's: a web address (`Example.kz`); a name with an institution's or
    an outlet's head and a word of its own (`Japan International Cooperation Agency`, `China
    Daily`, not `News Agency`); an acronym (`AFP`); or, where one word may stand for a source
    (`lone`), a capitalised word (`Xinhua`): people are credited by their full names."""
    words = name.split()
    if not CREDITED_NAME.match(name) or country_code(name) or capital_code(name):
        return False
    if WEB_ADDRESS.match(name):
        return True
    heads = [w.lower() in SOURCE_HEADS for w in words]
    if len(words) > 1:  # capitalised, but for the words that join a name (`Ministry of Energy`)
        named = all(w[0].isupper() or w in NAME_JOINERS or w == "in" for w in words)
        return named and any(heads) and not all(heads)
    word = words[0]
    if word.lower() in CREDIT_NON_NAMES or heads[0]:
        return False
    return (word.isupper() and len(word) > 1) or (lone and word[0].isupper())


def names_country(text: str) -> bool:
    """Whether the text is a country's name (`Latvia`, `the Kyrgyz Republic`), not its
    adjective (`Kazakh`)."""
    low = text.lower().removeprefix("the ").strip()
    return low in COUNTRIES or low in COUNTRY_ALIASES or low in _official_names()


@lru_cache(maxsize=1)
def _official_names() -> dict[str, str]:
    """The official names pycountry gives the countries of COUNTRIES, to their short names:
    `state of kuwait` -> `kuwait`, `kingdom of saudi arabia` -> `saudi arabia`."""
    names = {}
    for country in pycountry.countries:
        short = getattr(country, "common_name", country.name).lower()
        official = getattr(country, "official_name", "").lower()
        if official and short in COUNTRIES:
            names[official] = short
    return names


@lru_cache(maxsize=4096)  # an organisation's forms come back in every story naming it
def fold_name(text: str) -> str:
    """Lower case, British spelling made American, quotes and outer punctuation dropped, every
    dash a hyphen (`Program – Additional Financing` and `Program — Additional Financing`)."""
    text = DASH.sub("-", text.replace("\u2019", "'")).casefold()
    text = re.sub(r"[\"\u201c\u201d\u00ab\u00bb()]", "", text)
    for british, american in SPELLINGS:
        text = text.replace(british, american)
    text = re.sub(r"^the\s+", "", text.strip())
    # `UN Children's Fund`, `U.S. Agency for International Development`
    text = re.sub(r"^u\.?n\.?\s+", "united nations ", text)
    text = re.sub(r"^u\.?s\.?\s+", "united states ", text)
    return re.sub(r"\s+", " ", text).strip(" ,.")


def name_core(form: str) -> tuple[str, str | None]:
    """A name reduced for comparison, and the country it names: (`ministry of energy`, `japan`).
    `for` after a body's head reads as `of` and `the Republic of X` as X, as translations
    alternate them (`State Committee for National Security of the Republic of Tajikistan`)."""
    text = fold_name(form)
    text = REPUBLIC_OF.sub(lambda m: m.group(1) if country_of(m.group(1)) else m.group(0), text)
    text = FOR_OF.sub(" of ", text)
    country = None
    if text and text.split()[0] in SEAT_HEADS:
        text = SEAT.sub("", text)  # `embassy of japan in bishkek`: the country is before `in`
    if text and text.split()[0] in INITIAL_HEADS:
        for match in OF_COUNTRY.finditer(text):
            country = country_of(text[match.end():])
            if country:
                text = text[:match.start()]
                break
    words = text.split()
    for n in range(COUNTRY_WINDOW, 0, -1):  # `japanese embassy`, `japan's embassy`
        owner = country_of(" ".join(words[:n]).removesuffix("'s"))
        if len(words) > n and words[n] in INITIAL_HEADS and owner:
            country, text = owner, " ".join(words[n:])
            break
    if country and text.split()[0] in SEAT_HEADS:
        text = SEAT.sub("", text)  # `US embassy in Nur-Sultan` = `US Embassy in Kazakhstan`
    words = text.split()
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words.pop()
    while len(words) > 1 and words[0] in LEGAL_PREFIXES:
        words.pop(0)  # `JSC "Uzbekneftegaz"` = `Uzbekneftegaz`
    return " ".join(words), country


# Case endings of country names and the nominative each comes from (`Японии`, `Казахстана`,
# `Узбекистану`, `Таджикистане`, `Китаю`).
RUSSIAN_CASE_ENDINGS = (("ии", "ия"), ("еи", "ея"), ("ая", "ай"), ("а", ""), ("ы", "а"), ("у", ""),
                        ("е", ""), ("ом", ""), ("ию", "ия"), ("ю", "й"),
                        # `республики`, `республике`, `республику`; `кыргызской`, `кыргызскую`
                        ("и", "а"), ("е", "а"), ("у", "а"), ("ой", "ая"), ("ую", "ая"))
RUSSIAN_NAME_MAX_WORDS = 3  # `Корейской Народно-Демократической Республики`


@lru_cache(maxsize=4096)  # asked of every capitalised word of every story
def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-3 of an English or Russian country name or adjective, else None
    (`Japan`, `Japanese`, `the Kyrgyz Republic`, `Япония`, `Южная Корея`)."""
    key = name.lower().removeprefix("the ").strip()
    return _english_code(key) or _russian_codes().get(key) or next(
        (code for form in _russian_nominatives(key) if (code := _russian_codes().get(form))),
        None)


def _russian_nominatives(key: str) -> list[str]:
    """The nominatives a Russian country name in another case may have (`японии` -> `япония`,
    `казахстана` -> `казахстан`, `узбекистану` -> `узбекистан`, `китаю` -> `китай`, `кыргызской
    республики` -> `кыргызская республика`, `республики узбекистан`), each word inflected."""
    if not key or not "\u0430" <= key[-1] <= "\u044f" or len(key.split()) > RUSSIAN_NAME_MAX_WORDS:
        return []  # not a name in Cyrillic
    words = [[word, *(word[:-len(end)] + nominative for end, nominative in RUSSIAN_CASE_ENDINGS
                      if word.endswith(end) and len(word) > len(end) + 1)]
             for word in key.split()]
    return [" ".join(form) for form in product(*words)][1:]


def place_country(place: str) -> str | None:
    """The alpha-3 code of a place that is a country or names its country after a comma
    (`Uzbekistan`, `Bukhara, Uzbekistan`), else None."""
    return country_code(place) or (country_code(place.rsplit(",", 1)[1]) if "," in place
                                   else None)


def capital_code(name: str) -> str | None:
    """The alpha-3 code of the state whose capital `name` is (`Beijing`, `Пекин` -> CHN)."""
    return CAPITALS.get(name.lower().strip())


@lru_cache(maxsize=4096)
def _english_code(key: str) -> str | None:
    country = country_of(key)
    if country is None:
        return None
    if country in ISO_NAMES:
        return ISO_NAMES[country]
    try:
        return pycountry.countries.lookup(country).alpha_3
    except LookupError:  # a region (`Central Asia`) or a former state
        return None


@lru_cache(maxsize=1)
def _russian_codes() -> dict[str, str]:
    """Russian country names from pycountry's own Russian translation, and the short forms."""
    names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    codes = {}
    for country in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            if hasattr(country, field):
                codes[names.gettext(getattr(country, field)).lower()] = country.alpha_3
    return codes | RU_COUNTRY_NAMES


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """The short English name of a country by its alpha-3 code (`KOR` -> `Korea, Republic of`
    is given as its common name `South Korea`)."""
    country = pycountry.countries.get(alpha_3=code)
    return getattr(country, "common_name", country.name)


def country_in_names(forms: Iterable[str]) -> str | None:
    """The alpha-3 code of the first country the forms of a name state (`Government of Japan`,
    `Uzbek Railways`, `Uzbekistan's Migration Agency`)."""
    for form in forms:
        words = form.replace("\u2019", "'").replace("'s", "").split()
        for size in range(COUNTRY_WINDOW, 0, -1):
            for i in range(len(words) - size + 1):
                code = country_code(" ".join(words[i:i + size]))
                if code:
                    return code
    return None


def outside_names(dates: list[DateSpan], names: Iterable[Span]) -> list[DateSpan]:
    """The dates whose words lie outside every organisation's name (`«Turkmenistan today»`,
    `МАР-21`): a date inside a name is part of it, no date of the story or of an event."""
    spans = [(name.start, name.end) for name in names]
    return [d for d in dates if not any(a <= d.span.start and d.span.end <= b for a, b in spans)]
