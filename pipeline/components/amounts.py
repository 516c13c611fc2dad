"""Amounts: money, percentages, physical quantities and counts, with normalised values and units.

Numbers are found with character-offset regexes (the tokenizer glues `27.8bln`, `€8m`, `166km`),
their unit is read from the characters around them, and the noun a bare number counts is read
from the dependency parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.components.dates import DateSpan
from pipeline.components.doctext import doc_text
from pipeline.components.upstream import declare, upstream
from pipeline.lexicon import alternation
from pipeline.lexicon.events import TOTAL_VERBS
from pipeline.lexicon.measures import (
    APPROX_WORDS,
    APPROXIMATION_SIGNS,
    CUMULATIVE_CUES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    CURRENCY_WORDS_BEFORE,
    DURATION_NOUNS,
    GLUED_SIGNS,
    INVARIANT_PLURALS,
    IRREGULAR_SINGULAR,
    ISO_CODES,
    PHRASAL_OVER_VERBS,
    RESTATING_GAP,
    SIZE_NOUNS,
    SIZE_PREPS,
    TIME_WORDS,
    UNIT_SYMBOLS,
    UNIT_WORDS,
)
from pipeline.lexicon.numbers import (
    LABEL_NOUNS,
    NUMBER_ONES,
    NUMBER_TENS,
    NUMBER_WORDS,
    SCALE_WORDS,
    SCALES,
)
from pipeline.lexicon.people import PEOPLE_GROUPS, POPULATION_NOUNS
from pipeline.schema import AmountKind

# ----------------------------------------------------------------------------- limits

# Characters searched before a number for a cue: each window holds the longest cue and a space.
CURRENCY_BEFORE_WINDOW = 6  # `NZ$ `, `USD `
CURRENCY_WORD_WINDOW = 8  # `somoni `, `tugriks `
HEDGE_WINDOW = 20  # `approximately (`, `in excess of `
QUOTE_SIGN_WINDOW = 3  # the `= ` of a quote (`USD/KZT = 0.011`)
RATIO_WINDOW = 12  # `1 in `, `40 out of `
POPULATION_REACH = 3  # verbs from a population's number up to the population: `is intended to grow`
THE_WINDOW = 5  # `the ` of `the two sides`
ELIDED_WINDOW = 15  # `an additional `
LIST_GAP_WINDOW = 6  # `, and `
ELLIPSIS_WINDOW = 25  # `compared with `, `up from `
# The counted noun heads the number from at most this many tokens after it (`300 low-income
# rural families`), and a noun phrase after a number runs at most this many tokens.
COUNTED_NOUN_MAX_DISTANCE = 5
NOUN_PHRASE_MAX_TOKENS = 6  # reaches the head of `electric heat storage stoves`
# Tokens after a currency word where the plural noun it modifies stands (`21 soum district
# hospitals`: an adjective may come between).
MODIFIED_NOUN_WINDOW = 2
LABEL_WINDOW = 10  # characters before a number where the label it numbers stands (`Component `)

# ----------------------------------------------------------------------------- labels


NAME_LABELS = frozenset(("ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART",
                         "LAW", "NORP"))
WHOLE_NAME_LABELS = frozenset(("PRODUCT", "LAW", "EVENT", "WORK_OF_ART", "FAC"))
PLACE_NAME_LABELS = frozenset(("GPE", "LOC"))  # places the NER may run a count after them into
COUNT_DEPS = frozenset(("nummod", "quantmod", "compound", "amod", "nmod", "appos"))


def _plural_alternation(words: dict[str, str]) -> str:
    """Word alternation accepting the plural (`-s`, `-es`) of each word."""
    return rf"(?:{alternation(list(words))})(?:e?s)?"


# ----------------------------------------------------------------------------- regexes

_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"                      # 10,000  5,000,000.5
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?"       # 2 680  12 105.30
    r"|\d{1,3}(?:\.\d{3}){2,}"                            # 5.000.000
    r"|\d+(?:[.,]\d+)?"                                   # 27.8  24,6  2505
)
_UNDER_HUNDRED = (
    rf"\b(?:{alternation(NUMBER_TENS)})(?:-(?:{alternation(NUMBER_ONES[1:10])}))?\b"
    rf"|\b(?:{alternation(NUMBER_ONES)})\b")
# `one hundred and thirteen`, `two hundred`: the hundreds are part of the number
_WORD_NUMBER = (rf"(?i:(?:{_UNDER_HUNDRED})"
                rf"(?:\s+hundred\b(?:\s+(?:and\s+)?(?:{_UNDER_HUNDRED}))?)?)")
# a sign written with letters (`KD`, `US$`) is no sign inside a word (`ZKD 40`); `U$` is `$`
_SYMBOL = "|".join(("(?<![A-Za-z])" if sign[0].isalpha() else "") + alternation([sign])
                   for sign in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
# `one` after `the` counts nothing: `on the one hand`
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)

SCALE_AFTER = rf"[\s-]?(?i:{alternation(SCALE_WORDS)}|mln|mn|bln|bn|[kmb]\b)"
# A number, or a range of two, not glued to a word, a code, a date or a clock time.
CUMULATIVE = re.compile(rf"\b(?:{CUMULATIVE_CUES})\b", re.I)
RESTATING = re.compile(RESTATING_GAP, re.I)
# a sign that ends in a letter may be glued to its number (`Dh40m`, `KD5 million`)
_GLUED_SIGN = "|".join([*(rf"(?<=\b{sign})" for sign in sorted(CURRENCY_SYMBOLS)
                          if sign[-1].isalpha()),
                        *(rf"(?<=\b{sign})(?=[\d.,]+\s?(?i:bn|mn|m|billion|million|trillion)\b)"
                          for sign in sorted(GLUED_SIGNS))])
NUMBER_RE = re.compile(  # a number may be glued to the ISO code before it (`USD100 million`),
    # unless under 100 with no scale after it: the code names a thing then (`COP27`, `COP29`)
    rf"(?:(?<![\w.,/:+\-–])|(?<=[A-Z]{{3}})(?<=\b(?:{'|'.join(sorted(ISO_CODES))}))"
    rf"(?!\d{{1,2}}(?!\d|[.,]\d)(?!{SCALE_AFTER}))"
    rf"|{_GLUED_SIGN})"
    rf"(?:(?P<n1>{_DIGITS})"
    rf"(?:(?:\s?[-–—]\s?|\s+to\s+|\s+and\s+)(?:{_SYMBOL})?(?P<n2>{_DIGITS}))?"
    rf"|(?P<w1>{_WORD_NUMBER})(?:(?:\s?[–—]\s?|\s+to\s+)(?P<w2>{_WORD_NUMBER}))?"
    rf"|(?P<half>(?i:\bhalf\s+an?))|(?P<dozen>(?i:\ba\s+dozen))"
    # `a billion dollars`, not the whole a fraction is of (`a quarter of a billion dollars`)
    r"|(?P<one>(?i:(?<!\bof\s)\ba(?=[\s-]+(?:million|billion|trillion)\b))))"
    r"(?!\d|[.,:/\-–]\d)"
)
SCALE_RE = re.compile(
    rf"(?:\s|-)?(?P<scale>(?i:{alternation(SCALE_WORDS)})"
    r"|mln|mn|bln|bn|trn|tn)(?![\w])"
    r"|(?P<short>[kmbKMB])(?![\w])"
    r"|\s(?P<spaced>[MB])(?![\w])"  # `£1.2 M`: a capital after a space, behind a currency sign
)
# the label a number numbers: `Lot 1`, `Phase 2`
LABEL_BEFORE_RE = re.compile(rf"\b(?:{alternation(LABEL_NOUNS)}) $")
# the rest of a sum at a smaller scale, as sums translated from Russian write it: `2 mln 300
# thousand dollars` (`2 млн 300 тыс. долларов`), `13 billion 233.7 million somoni`
REST_RE = re.compile(rf"\s+(?P<rest>\d{{1,3}}(?:\.\d+)?)\s"
                     rf"(?P<scale>(?i:{alternation(SCALE_WORDS)})|mln|bln)(?![\w])")
# a currency word, its words maybe hyphened as wires write them: `a 100-million-U.S.-dollar loan`
_CURRENCY_WORD = _plural_alternation(CURRENCY_WORDS).replace(r"\s+", r"[\s-]+")
CURRENCY_AFTER_RE = re.compile(  # `5 million dollars`, `USD`, or `a 1-billion-euro investment`
    rf"(?:\s|-)?(?:(?P<code>{alternation(ISO_CODES)})\b"
    rf"|(?P<word>(?i:{_CURRENCY_WORD}))(?!\w))"
)
CURRENCY_BEFORE_RE = re.compile(
    rf"(?:(?P<sym>{_SYMBOL})|(?<![A-Za-z])(?P<code>{alternation(ISO_CODES)}))\s?$"
)
# `5%`, `5 percent`, and hyphened before its noun as a measure is (`a 45-percent stake`)
PERCENT_RE = re.compile(r"[\s-]?(?:%|(?i:per[\s-]?cent(?:age points?)?|pct)(?!\w))")
BASIS_POINTS_RE = re.compile(r"\s?(?i:basis\s+points?|bps|bp)(?!\w)")
CURRENCY_WORD_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?i:{alternation(CURRENCY_WORDS_BEFORE)})\s$")
RATIO_RE = re.compile(
    r"(?<![\w.,])(?:[1-9]|(?i:one|two|three))\s+(?i:in)\s+$|(?<![\w.,])\d+\s+(?i:out\s+of)\s+$")
UNIT_RE = re.compile(
    rf"(?:[\s-]?(?P<sym>{alternation(list(UNIT_SYMBOLS))})(?![\w-])"
    rf"|(?:\s|-)(?P<word>(?i:{_plural_alternation(UNIT_WORDS)}))(?!\w))"
)
TIME_RE = re.compile(rf"(?:\s|-)(?P<word>(?i:{_plural_alternation(TIME_WORDS)}))(?!\w)")
# `1,000-strong`, `10-fold`, `30-odd`: adjectives after the hyphen, no counted noun
HYPHEN_NOUN_RE = re.compile(
    r"-(?!(?:strong|fold|odd|plus|long|high|wide|deep|tall|old)\b)(?P<word>[a-z]{3,})(?![\w-])")
# An acronym's plural, capitals first and last before its `s`: `TCPs`, `MoUs`, `NGOs`
ACRONYM_PLURAL = re.compile(r"[A-Z][A-Za-z]*[A-Z]s")
APPROX_RE = re.compile(rf"(?:(?<![\w])(?i:{alternation(APPROX_WORDS)})|~|≈)\s*\(?\s*$")
THE_RE = re.compile(r"(?<![\w])(?i:the)\s+$")
ELLIPSIS_RE = re.compile(r"(?i:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus)\s+$")
PARTITIVE_RE = re.compile(r"\s+of\s+(?:which|whom|them|these|those)\b")
OF_WHOLE_RE = re.compile(r"\s+of\s")  # `four of the school's eight classrooms`
CLOCK_RE = re.compile(r"\s?(?i:[ap]\.?m\.?)(?!\w)|\s?(?i:o'clock)")
LIST_MARKER_RE = re.compile(r"(?m)^[ \t•*-]*\d{1,2}[.)](?=\s)")
# `• Tunnels: 3, the longest 2.4 km`: a fact-box line, a plural label then the number alone
FACT_LABEL_RE = re.compile(r"(?m)^[ \t•*\-–]*(?P<label>[A-Z][a-z]+(?: [a-z]+){0,2}):[ \t]*$")
FACT_END_RE = re.compile(r"[ \t]*(?:$|[,;(]|\.(?:\s|$))", re.MULTILINE)
# `a further 40`, `another 12`: more of the thing just counted, its noun left out
ELIDED_RE = re.compile(r"(?<![\w])(?i:another|a\s+further|an\s+additional|the\s+remaining)\s+$")
# `Of the 214 candidates who sat, 163 passed`: the sentence opens on the set counted from
OF_LEAD_RE = re.compile(r"\s*(?i:of)\s")
# `Of these, 9,800 went ...`: the set counted is the count of the sentence before
OF_THESE_RE = re.compile(r"\s*(?i:of\s+(?:these|them|those|this\s+number|this\s+total))\W")
# `2,310 were employed in Russia, 1,120 in Korea`: a list item after a comma or `and`
LIST_GAP_RE = re.compile(r"(?:,|\band)\s+$")
ORDINAL_RE = re.compile(r"(?i:st|nd|rd|th)\b")
TICKER_LINE_RE = re.compile(r"(?m)^.*(?:\b[A-Z]{3}/[A-Z]{3}\b|[▲▼↑↓]).*$")


# ----------------------------------------------------------------------------- numbers

def parse_number(text: str) -> Decimal | None:
    """The value of a numeral: `2 680`, `10,000`, `24,6` (decimal comma), `27.8`, `five`."""
    word = " ".join(text.lower().split())
    if word in ("half a", "half an"):
        return Decimal("0.5")
    if word == "a dozen":
        return Decimal(12)
    if word == "a":  # `a billion dollars`
        return Decimal(1)
    if word in NUMBER_WORDS:
        return Decimal(NUMBER_WORDS[word])
    if " hundred" in word:  # `one hundred and thirteen`
        hundreds, _, rest = word.partition(" hundred")
        rest = rest.strip().removeprefix("and ")
        left, right = parse_number(hundreds), parse_number(rest) if rest else Decimal(0)
        return None if left is None or right is None else left * 100 + right
    if "-" in word:
        tens, _, unit = word.partition("-")
        if tens in NUMBER_WORDS and unit in NUMBER_WORDS:
            return Decimal(NUMBER_WORDS[tens] + NUMBER_WORDS[unit])
        return None
    digits = re.sub(r"[ \u00a0\u202f]", "", text)
    if digits.count(".") > 1:
        digits = digits.replace(".", "")
    if "," in digits:
        groups = digits.split(".")[0].split(",")[1:]
        # a comma before exactly three digits groups thousands; otherwise it is a decimal comma
        digits = digits.replace(",", "") if all(len(g) == 3 for g in groups) else digits.replace(
            ",", ".")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def scale_of(word: str) -> int:
    """The multiplier of a scale word or abbreviation (`bln` -> 10**9)."""
    return SCALES[word.lower()]


def as_value(number: Decimal) -> int | float:
    """An int when the value is integral, else a float."""
    return int(number) if number == number.to_integral_value() else float(number)


def is_year_like(text: str) -> bool:
    """A bare four-digit number that reads as a year (1900-2100)."""
    return bool(re.fullmatch(r"(19|20)\d\d|2100", text))


# ----------------------------------------------------------------------------- context

@dataclass(frozen=True)
class Reading:
    """What a number measures, read from the characters around it."""

    kind: AmountKind | None
    unit: str | None
    end: int
    scale: int | Decimal = 1
    rest: Decimal = Decimal(0)  # the sum's rest at a smaller scale: `2 million 300 thousand`


def currency_before(text: str, start: int) -> tuple[str, int] | None:
    """ISO code and start offset of a currency symbol or code written just before `start`."""
    m = CURRENCY_BEFORE_RE.search(text, max(0, start - CURRENCY_BEFORE_WINDOW), start)
    glued = GLUED_SIGNS.get(text[start - 1:start]) if start else None
    if glued and (start == 1 or not text[start - 2].isalpha()):
        return glued, start - 1
    if not m:
        return None
    return (CURRENCY_SYMBOLS[m["sym"]] if m["sym"] else m["code"]), m.start()


def unit_word(word: str, table: dict[str, str]) -> str:
    """Normalised unit of a unit or currency word, plural or not (`kilometres` -> km)."""
    key = re.sub(r"\s+", " ", word.lower())
    for candidate in (key, key[:-1], key[:-2]):
        if candidate in table:
            return table[candidate]
    return table[key]


def read_right(text: str, end: int, currency: str | None) -> Reading:
    """Scale, then currency, percent sign or unit written after a number ending at `end`."""
    scale, rest, pos = 1, Decimal(0), end
    if m := SCALE_RE.match(text, pos):
        short = m["short"]
        # `m`/`b` are scales only glued between a currency and the number (`€8m`, `$30M`,
        # `2.9m dollars`), or in capitals after a currency sign (`£1.2 M`); otherwise `m` is
        # metres, and `5K` a race
        money = currency or CURRENCY_AFTER_RE.match(text, m.end())
        if m["scale"] or short == "k" or (short and money and m.start() == end) or (
                m["spaced"] and currency):
            scale, pos = scale_of(m["scale"] or short or m["spaced"]), m.end()
    if scale > 1 and (m := REST_RE.match(text, pos)) and scale_of(m["scale"]) < scale:
        rest, pos = Decimal(m["rest"]) * scale_of(m["scale"]), m.end()
    reading = _read_unit(text, pos, currency, scale)
    return replace(reading, rest=rest) if rest else reading


def _read_unit(text: str, pos: int, currency: str | None, scale: int) -> Reading:
    """Currency, percent sign or unit written at `pos`, after a number and its `scale`."""
    if m := CURRENCY_AFTER_RE.match(text, pos):
        unit = m["code"] or unit_word(m["word"].replace("-", " "), CURRENCY_WORDS)
        return Reading("money", unit, m.end(), scale)
    if currency:
        return Reading("money", currency, pos, scale)
    if m := PERCENT_RE.match(text, pos):
        return Reading("percent", "%", m.end(), scale)
    if m := BASIS_POINTS_RE.match(text, pos):
        # a basis point is a hundredth of a percentage point
        return Reading("percent", "%", m.end(), Decimal(scale) / 100)
    if m := UNIT_RE.match(text, pos):
        unit = UNIT_SYMBOLS[m["sym"]] if m["sym"] else unit_word(m["word"], UNIT_WORDS)
        return Reading("quantity", unit, m.end(), scale)
    if m := TIME_RE.match(text, pos):
        return Reading("quantity", unit_word(m["word"], TIME_WORDS), m.end(), scale)
    return Reading(None, None, pos, scale)


def is_quote_or_clock(text: str, start: int, end: int) -> bool:
    """A quote (`= 0.011`), a clock time (`10:30 a.m.`) or a list marker (`1)` with no `(`)."""
    if "=" in text[max(0, start - QUOTE_SIGN_WINDOW):start] or CLOCK_RE.match(text, end):
        return True
    return text[end:end + 1] == ")" and "(" not in text[max(0, start - 2):start]


# ----------------------------------------------------------------------------- counts

def _token_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def counted_noun(doc: Doc, start: int, end: int) -> Token | None:
    """The noun a number between char offsets `start` and `end` counts, from the parse."""
    nouns = counted_nouns(doc, start, end)
    return nouns[0] if nouns else None


def counted_nouns(doc: Doc, start: int, end: int) -> list[Token]:
    """Candidate counted nouns, best first: the parse head, the first plural noun of the noun
    phrase after the number, then its first head noun."""
    span = _token_span(doc, start, end)
    if span is None or span.end >= len(doc):
        return []
    last = span[-1]
    head = last.head
    found: list[Token] = []
    near = span.end <= head.i <= span.end + COUNTED_NOUN_MAX_DISTANCE
    if last.dep_ in COUNT_DEPS and near and head.pos_ in ("NOUN", "PROPN"):
        found.append(head)
    found += _partitive_whole(doc[span.end], span)
    phrase = _noun_phrase_after(doc, span.end)
    found += [t for t in phrase if t.pos_ != "PROPN" and t.is_alpha and _looks_plural(t)][:1]
    # the parse missed the link: the first head noun, past modifiers
    found += [t for t in phrase if t.pos_ == "NOUN" and t.dep_ != "compound"][:1]
    return list(dict.fromkeys(found))


def _partitive_whole(after: Token, span: Span) -> list[Token]:
    """`40 of its citizens`, `four of the school's eight classrooms`: the things a part of a
    whole counts, named after `of` and a determiner (`one of the largest banks` is a phrase)."""
    if after.lower_ != "of" or after.head not in span or span.text.lower() == "one":
        return []
    return [c for c in after.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and any(
        g.dep_ in ("det", "poss") for g in c.children)]


def _noun_phrase_after(doc: Doc, i: int) -> list[Token]:
    """Tokens of the noun phrase starting at token `i`: adjectives, nouns, hyphens and `and`/`or`
    between modifiers (`micro and small enterprises`), at most six tokens."""
    phrase: list[Token] = []
    for token in doc[i : i + NOUN_PHRASE_MAX_TOKENS]:
        modifier = token.pos_ in ("ADJ", "PROPN", "NOUN") or token.text == "-"
        joins = token.lower_ in ("and", "or") and bool(phrase) and phrase[-1].pos_ in (
            "ADJ", "NOUN")
        if not (modifier or joins or _misread_plural(token)):
            break
        phrase.append(token)
        if token.pos_ == "NOUN" and token.is_alpha and _looks_plural(token):
            break  # the first plural noun closes the phrase (`300 families food`), not a
            # hyphen the tagger calls one (`a total of 17 pre-schools`)
    return phrase


def _misread_plural(token: Token) -> bool:
    """A plural noun the tagger read as a verb after a compound (`heat storage stoves`/VBZ)."""
    prev = token.nbor(-1) if token.i > 0 else None
    return (token.tag_ == "VBZ" and token.text.islower() and token.text.endswith("s")
            and prev is not None and prev.pos_ == "NOUN" and prev.tag_ == "NN")


def _looks_plural(token: Token) -> bool:
    return is_plural(token) or _misread_plural(token)


def noun_unit(noun: Token) -> str:
    """Singular of a counted noun (`citizens` -> citizen, `people` -> person, `MoUs` -> MoU)."""
    text = noun.text
    if text.lower() in IRREGULAR_SINGULAR:
        return IRREGULAR_SINGULAR[text.lower()]
    if text.lower().endswith("people"):
        return text.lower()[: -len("people")] + "person"
    if ACRONYM_PLURAL.fullmatch(text):
        return text[:-1]
    return noun.lemma_.lower()


def singular(noun: Token) -> str:
    """Singular of a plural noun, also when the lemmatizer kept it (`Tunnels` as a name)."""
    unit = noun_unit(noun)
    if unit != noun.lower_ or not unit.endswith("s") or unit.endswith("ss"):
        return unit
    if unit.endswith("ies"):
        return unit[:-3] + "y"
    return unit[:-2] if re.search(r"(?:s|x|z|ch|sh)es$", unit) else unit[:-1]


def is_plural(noun: Token) -> bool:
    """True for a plural noun (`bridges`, `people`, `businesspeople`, `TCPs`, `MoUs`)."""
    return noun.lower_.endswith("people") or noun.tag_ in ("NNS", "NNPS") or (
        "Plur" in noun.morph.get("Number")) or (
        noun.pos_ in ("PROPN", "NOUN") and ACRONYM_PLURAL.fullmatch(noun.text) is not None)


def counted(doc: Doc, text: str, start: int, end: int, number_text: str,
            value: Decimal) -> Token | None:
    """The noun the number counts, checked: same line, plural unless one, `one` not in a name
    nor after `the` (`on the one hand`, `the one thing`: no count)."""
    if number_text.lower() == "one" and THE_BEFORE.search(text, max(0, start - 4), start):
        return None
    for noun in counted_nouns(doc, start, end):
        if _counts(text, end, number_text, value, noun):
            return noun
    return None



def _counts(text: str, end: int, number_text: str, value: Decimal, noun: Token) -> bool:
    if not noun.text.isascii() or not noun.text.isalpha() or "\n" in text[end:noun.idx]:
        return False
    if noun.lemma_.lower() in DURATION_NOUNS and not text[end:noun.idx].strip(" -"):
        return False  # `three decades`: a span of time; `300 sunny days` are counted
    if number_text.lower() == "one" and (noun.lower_ == "time" or not _one_before_noun(end, noun)):
        # `at one time` is an idiom, `One Village One Product` a name
        return False
    return noun.lower_ in INVARIANT_PLURALS or _looks_plural(noun) == (value != 1)


def _one_before_noun(end: int, noun: Token) -> bool:
    """`one bridge`: `one` directly before a lower-case noun."""
    return noun.idx == end + 1 and noun.text[0].islower()


# ----------------------------------------------------------------------------- assembly

def _in_name(doc: Doc, start: int) -> bool:
    """The number stands inside (not at the head of) a named entity: `Route 66`, `Group of 20`."""
    span = _token_span(doc, start, start + 1)
    if span is None:
        return False
    token = span[0]
    if _counts_after_place(token):
        return False
    # a number the NER reads as a whole product, law or event (`Boeing 737`) names, not measures
    return (token.ent_iob_ == "I" and token.ent_type_ in NAME_LABELS) or (
        token.ent_type_ in WHOLE_NAME_LABELS)


def _counts_after_place(token: Token) -> bool:
    """A number the NER ran a place into, closing it before a plural noun: it counts the noun
    (`implemented in Uzbekistan 227 projects`)."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.ent_type_ in PLACE_NAME_LABELS and after is not None and (
        after.ent_iob_ != "I" and after.tag_ == "NNS")


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _approximate(doc: Doc, text: str, start: int) -> tuple[bool, int]:
    """Whether a hedge (`about`, `more than`, `~`) precedes `start`, and where the span begins."""
    m = APPROX_RE.search(text, max(0, start - HEDGE_WINDOW), start)
    if m is None:
        return False, start
    if m.group().lower().startswith("over") and _over_belongs_to_verb(doc, m.start()):
        return False, start
    # `27.8 bln JPY ~ (196.9 mln USD)`: the hedge is outside the bracket, the span inside it
    return True, (start if "(" in m.group() else m.start())


def _over_belongs_to_verb(doc: Doc, start: int) -> bool:
    """`handed over 250 fridges`, `Over four years, ...`: a particle or a preposition, no hedge."""
    span = _token_span(doc, start, start + len("over"))
    if span is None:
        return False
    over = span[0]
    before = doc[over.i - 1] if over.i > 0 else None
    return over.head.pos_ in ("VERB", "AUX") or (
        before is not None and before.lemma_.lower() in PHRASAL_OVER_VERBS)


@dataclass(frozen=True)
class AmountSpan:
    """An amount: the tokens that state it and what they measure. A range (`$5-7 million`)
    gives one AmountSpan per value, both with the range's span."""

    span: Span
    kind: AmountKind
    value: int | float
    unit: str | None
    approximate: bool = False
    cumulative: bool = False  # a sum of money its sentence calls a running or historical total
    equivalent: AmountSpan | None = None  # the same sum restated in another currency after it
    restates: bool = False  # states again the sum before it: in another currency, or its range
    bounds: tuple[int | float, int | float] | None = None  # the least and most of a range


def _mentions(doc: Doc, text: str, start: int, end: int, kind: AmountKind, unit: str | None,
              values: list[Decimal]) -> list[AmountSpan]:
    approx, start = _approximate(doc, text, start)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [AmountSpan(span, kind, as_value(v), unit, approx) for v in values]


def _numeral(m: re.Match[str]) -> str:
    """The first (or only) number a number match states, as written."""
    return m["n1"] or m["w1"] or m["half"] or m["dozen"] or m["one"]


def read_amount(doc: Doc, m: re.Match[str], previous: AmountSpan | None,
                earlier: AmountSpan | None = None) -> list[AmountSpan]:
    """The amounts one number match (on `doc.text`) states (two for a range), or none.

    `previous` is the amount before it in its sentence, `earlier` the last count in its
    sentence or the one before (for `a further 40`)."""
    text = m.string
    numerals = [n for n in (_numeral(m), m["n2"] or m["w2"]) if n]
    numbers = [parse_number(n) for n in numerals]
    if None in numbers or is_score_or_ratio(m, numbers):
        return []
    cur = currency_before(text, m.start()) or currency_word_before(text, m)
    start = cur[1] if cur else m.start()
    reading = read_right(text, m.end(), cur[0] if cur else None)
    if m["half"] and reading.scale == 1:
        return []  # `half an hour`, `half a century`: no scale word, no amount
    values = [n * reading.scale + reading.rest for n in numbers if n is not None]
    if _is_glued_million(doc, text, m.end(), reading):
        # `1.2m Kyrgyz citizens`: a glued `m` before a plural noun is million, not metres
        reading = Reading(None, None, m.end() + 1, SCALES["million"])
        values = [n * SCALES["million"] for n in numbers if n is not None]
    if reading.kind == "money" and cur is None and modifies_plural(doc, text, m.end(), reading):
        reading = Reading(None, None, m.end(), 1)  # `21 soum hospitals`: a district, no money
    if reading.kind is not None:
        if reading.unit in TIME_WORDS.values():
            return []  # `five years`, `a 30-day visa`, `a 25-year-old man`: a duration or an
            # age, as in Russian, measures no amount
        return _mentions(doc, text, start, reading.end, reading.kind, reading.unit, values)
    if not_a_count(doc, m, numerals):
        return []
    return read_count(doc, m, start, reading.end, values, previous, earlier,
                      scaled=reading.scale > 1)


def modifies_plural(doc: Doc, text: str, end: int, reading: Reading) -> bool:
    """A bare singular currency word before a plural noun (`21 soum hospitals`) is a modifier."""
    word = text[end:reading.end].strip()
    if reading.scale != 1 or not word.isalpha() or not word.islower() or word.endswith("s"):
        return False
    span = _token_span(doc, reading.end - 1, reading.end)
    if span is None:
        return False
    after = [t for t in doc[span[-1].i + 1:span[-1].i + 1 + MODIFIED_NOUN_WINDOW]
             if "\n" not in t.text]
    if after and after[0].pos_ == "ADJ":
        after = after[1:]  # `21 soum district hospitals`, `5 som commemorative coins`
    return bool(after) and after[0].tag_ in ("NNS", "NNPS")


def currency_word_before(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """`som 1.4 billion`: a currency word before a number, trusted only before a scale word."""
    w = CURRENCY_WORD_BEFORE_RE.search(text, max(0, m.start() - CURRENCY_WORD_WINDOW), m.start())
    s = SCALE_RE.match(text, m.end())
    if w is None or s is None or not s["scale"] or scale_of(s["scale"]) < SCALES["million"]:
        return None
    return unit_word(w.group().strip(), CURRENCY_WORDS), w.start()


def is_score_or_ratio(m: re.Match[str], numbers: list[Decimal | None]) -> bool:
    """`a 3-1 win`, `drew 1-1` (a range never descends) and `1 in 5 schools` are no amounts."""
    text = m.string
    # only dashes: `fell from 15 to 10 percent` is a fall, not a score
    if m["n2"] and text[m.end("n1"):m.start("n2")].strip() in ("-", "–", "—"):
        low, high = numbers
        if low is not None and high is not None and high <= low:
            return True
    if m["w2"] and numbers[0] is not None and numbers[1] is not None and numbers[1] <= numbers[0]:
        return True  # `one to one`, `three to two`: words in a descending pair are no range
    # small first terms only: `trained 300 in 12 regions` is no ratio
    return bool(RATIO_RE.search(text, max(0, m.start() - RATIO_WINDOW), m.start()))


def _is_glued_million(doc: Doc, text: str, end: int, reading: Reading) -> bool:
    """A glued `m` read as metres that stands before a plural noun (`1.2m citizens`)."""
    if reading.unit != "m" or text[end:end + 1] != "m":
        return False
    noun = counted_noun(doc, end, end + 1)
    return noun is not None and is_plural(noun) and "\n" not in text[end:noun.idx]


def not_a_count(doc: Doc, m: re.Match[str], numerals: list[str]) -> bool:
    """Years, quotes, clock times, numbers inside names and `the two (sides)` count nothing."""
    text = m.string
    if any(is_year_like(n) for n in numerals) or is_quote_or_clock(text, m.start(), m.end()):
        return True
    if ORDINAL_RE.match(text, m.end()):
        return True  # `the 9th Foreign Ministers' Meeting` ranks, counts nothing
    # `the two countries`, `the two sides`: the two parties just named, not a measure
    the_two = numerals[0].lower() == "two" and THE_RE.search(
        text, max(0, m.start() - THE_WINDOW), m.start())
    return bool(the_two) or _in_name(doc, m.start())


def read_count(doc: Doc, m: re.Match[str], start: int, end: int, values: list[Decimal],
               previous: AmountSpan | None, earlier: AmountSpan | None = None,
               scaled: bool = False) -> list[AmountSpan]:
    """Counts: `400-bed`, `three of which`, `2505 citizens`, or `up from 327,000` (elliptic).

    `scaled` says a scale word follows the number (`7 million`)."""
    text, numeral = m.string, _numeral(m)
    if any(v != v.to_integral_value() for v in values):
        # `rose 0.3 points`: a count is a whole number, so only the elliptic reading is left
        return _elliptic(doc, text, start, end, values, previous, scaled)
    if h := HYPHEN_NOUN_RE.match(text, end):
        # `400-bed hospital`; word numbers before a hyphen are idioms (`one-stop`, `two-way`)
        ok = numeral[0].isdigit() and len(values) == 1
        return _mentions(doc, text, start, h.end(), "count", h["word"], values) if ok else []
    if numeral.lower() != "one" and (p := PARTITIVE_RE.match(text, end)):
        return _mentions(doc, text, start, p.end(), "count", None, values)
    noun = counted(doc, text, m.start(), end, m["n2"] or m["w2"] or numeral, values[-1])
    if noun is not None:  # a part of a whole stops at its number: the whole counts apart
        stop = end if OF_WHOLE_RE.match(text, end) else noun.idx + len(noun)
        return _mentions(doc, text, start, stop, "count", noun_unit(noun), values)
    if (label := fact_label(doc, text, start, end)) is not None:
        return _mentions(doc, text, label.idx, end, "count", singular(label), values)
    if (sized := sized_noun(doc, m.start())) is not None:
        return _mentions(doc, text, start, end, "count", noun_unit(sized), values)
    if (group := people_group(doc, m.start())) is not None:
        return _mentions(doc, text, group.left_edge.idx, end, "count", "person", values)
    if sizes_a_population(doc, m.start()):
        return _mentions(doc, text, start, end, "count", "person", values)
    if earlier is not None and earlier.kind == "count" and earlier.unit:
        if e := ELIDED_RE.search(text, max(0, start - ELIDED_WINDOW), start):
            return _mentions(doc, text, e.start(), end, "count", earlier.unit, values)
        if _of_lead(doc, start, earlier):
            return _mentions(doc, text, start, end, "count", earlier.unit, values)
    if previous is not None and _gapped_item(doc, text, start, previous):
        return _mentions(doc, text, start, end, "count", previous.unit, values)
    return _elliptic(doc, text, start, end, values, previous, scaled)


def _gapped_item(doc: Doc, text: str, start: int, previous: AmountSpan) -> bool:
    """`2,310 citizens worked in Russia, 1,120 in Korea and 780 in the UK`: a bare number in a
    list after a count of its sentence, its verb and noun left out, heads its own `in X`."""
    if previous.kind != "count" or not previous.unit:
        return False
    # a list item follows its separator directly (`, 1,120`, `and 780`)
    if not LIST_GAP_RE.search(text, max(0, start - LIST_GAP_WINDOW), start):
        return False
    token = _number_token(doc, start)
    if token is None or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    return after.dep_ == "prep" and after.head.i == token.i


def _number_token(doc: Doc, start: int) -> Token | None:
    span = _token_span(doc, start, start + 1)
    return span[0] if span is not None else None


def sized_noun(doc: Doc, start: int) -> Token | None:
    """`the number of workers, currently around 13,000` / `... rose to 13,000`: the plural noun
    of the `number of` phrase the bare number gives the size of, or None."""
    token = _number_token(doc, start)
    if token is None:
        return None
    if token.dep_ == "appos":
        anchor: Token | None = token.head
    elif token.dep_ in ("attr", "pobj"):
        verb = token.head
        if token.dep_ == "pobj":
            if token.head.lower_ not in SIZE_PREPS:
                return None
            verb = token.head.head
        anchor = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:
        return None
    if anchor is None or anchor.lemma_.lower() not in SIZE_NOUNS:
        return None
    of = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return noun if noun is not None and is_plural(noun) else None


def people_group(doc: Doc, start: int) -> Token | None:
    """`a team of eight`: the group noun a bare number after `of` sizes, or None."""
    token = _number_token(doc, start)
    if token is None or token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    group = token.head.head
    return group if group.lemma_.lower() in PEOPLE_GROUPS else None


def sizes_a_population(doc: Doc, start: int) -> bool:
    """`a population of 2 million`, `the population is to grow from 320 thousand to 500
    thousand`, `its population reached 1.2 million`: a bare number a population has, or grows
    or falls to, counts people (not what it paid: `The population paid 2 million`)."""
    token = _number_token(doc, start)
    while token is not None and token.dep_ in ("compound", "nummod", "quantmod") and \
            token.head.i > token.i and token.head.like_num:
        token = token.head  # `320 thousand`: the scale word carries the number's role
    if token is None:
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        return token.head.head.lemma_.lower() in POPULATION_NOUNS
    if token.dep_ == "pobj" and token.head.lower_ in SIZE_PREPS:
        verb = token.head.head
    elif (token.dep_ == "dobj" and token.head.lemma_ in TOTAL_VERBS) or (
            token.dep_ == "attr" and token.head.lemma_ == "be"):
        verb = token.head
    else:
        return False
    for _ in range(POPULATION_REACH):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj"):
            return subject is not None and subject.lemma_.lower() in POPULATION_NOUNS
        verb = verb.head  # `is intended to grow from ...`: the subject of the verb above
    return False


def fact_label(doc: Doc, text: str, start: int, end: int) -> Token | None:
    """The plural noun labelling a fact-box number (`Tunnels: 3`), or None."""
    line_start = text.rfind("\n", 0, start) + 1
    m = FACT_LABEL_RE.match(text, line_start, start)
    if m is None or not FACT_END_RE.match(text, end):
        return None
    span = _token_span(doc, m.start("label"), m.end("label"))
    label = span[-1] if span is not None else None
    return label if label is not None and _looks_plural(label) else None


def _of_lead(doc: Doc, start: int, earlier: AmountSpan) -> bool:
    """The number's sentence opens with `Of` and the count before it stands in that phrase."""
    span = _token_span(doc, start, start + 1)
    if span is None:
        return False
    sent = span[0].sent
    opening = sent.text + " "
    if not OF_LEAD_RE.match(opening):
        return False
    if earlier.span.start_char < sent.start_char and not OF_THESE_RE.match(opening):
        return False
    # the number heads its own clause (`163 passed`), no noun of its own
    return span[0].dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT", "conj")


def _elliptic(doc: Doc, text: str, start: int, end: int, values: list[Decimal],
              previous: AmountSpan | None, scaled: bool) -> list[AmountSpan]:
    """`412,000 units in 2024, up from 327,000`: the bare number shares the unit before it; so
    does a bare scaled number after a sum of money (`$5 million in 2020 and 7 million in
    2021`, `the bank (100 million) and the fund (88 million)`)."""
    if previous is None:
        return []
    restated = text[previous.span.end_char:start].strip() == "("  # `¥25 billion (236.6 million)`
    if (scaled and previous.kind == "money" and not restated) or ELLIPSIS_RE.search(
            text, max(0, start - ELLIPSIS_WINDOW), start):
        return _mentions(doc, text, start, end, previous.kind, previous.unit, values)
    return []


def find_amounts(doc: Doc, dates: list[DateSpan]) -> list[AmountSpan]:
    """Every money, percent, quantity and count amount in `doc` outside its `dates`, ordered by
    offset."""
    text = doc_text(doc)
    taken = [(d.span.start_char, d.span.end_char) for d in dates]
    skip = [(t.start(), t.end()) for t in TICKER_LINE_RE.finditer(text)]
    skip += [(t.start(), t.end()) for t in LIST_MARKER_RE.finditer(text)]
    found: list[AmountSpan] = []
    for m in _number_matches(text):
        if _overlaps(m.start(), m.end(), skip) or (found and m.start() < found[-1].span.end_char):
            continue  # a ticker, a list's marker, or the rest of a sum read (`2 mln 300 thousand`)
        sentence_prev = found[-1] if found and _same_sentence(doc, found[-1], m.start()) else None
        earlier = _recent_count(doc, found, m.start())
        for amount in read_amount(doc, m, sentence_prev, earlier):
            if not _overlaps(amount.span.start_char, amount.span.end_char, taken):
                found.append(amount)
    found = [replace(a, cumulative=True) if a.kind == "money" and _is_total(a) else a
             for a in sorted(found, key=lambda a: (a.span.start_char, a.span.end_char))]
    return _link_ranges(_link_equivalents(text, found))


def _link_ranges(found: list[AmountSpan]) -> list[AmountSpan]:
    """`$5–7 million` gives one item per bound; both carry the range's bounds, and the second
    restates the first (the spec lists both values; a sum counts the range once)."""
    linked = list(found)
    for i, (a, b) in enumerate(zip(found, found[1:], strict=False)):
        if (a.span.start_char, a.span.end_char) == (b.span.start_char, b.span.end_char) and (
                a.kind == b.kind and a.unit == b.unit and a.value < b.value):
            linked[i] = replace(linked[i], bounds=(a.value, b.value))
            linked[i + 1] = replace(linked[i + 1], bounds=(a.value, b.value), restates=True)
    return linked


def _link_equivalents(text: str, found: list[AmountSpan]) -> list[AmountSpan]:
    """`¥2.3 billion (about $15.9 million)`, `¥5 billion ≈ $34 million`: a sum restated in
    another currency right after it is one sum; the first carries the second as its
    `equivalent`, the second `restates`."""
    linked = list(found)
    for i, (a, b) in enumerate(zip(found, found[1:], strict=False)):
        gap = text[a.span.end_char:b.span.start_char]
        # a sign or a hedge that opens the second sum's span (`≈ $34 million`, `, some $16.7
        # million,`): the gap is then only a space or a comma, and no sum of a list follows
        signed = (b.span.text.startswith(APPROXIMATION_SIGNS) and gap.strip(" ") == "") or (
            gap.strip(" ") == "," and RESTATING.fullmatch(", " + b.span.text.split(" ")[0] + " ")
            and not _listed_after(text, b, found[i + 2:i + 3]))
        if a.kind == b.kind == "money" and a.unit != b.unit and not linked[i].restates and (
                a.span.end_char <= b.span.start_char) and (signed or RESTATING.fullmatch(gap)):
            linked[i] = replace(linked[i], equivalent=b)
            linked[i + 1] = replace(b, restates=True)
    return linked


def _listed_after(text: str, amount: AmountSpan, after: list[AmountSpan]) -> bool:
    """Whether a sum of money follows one as the next item of a list (`, ` or ` and `)."""
    return bool(after) and after[0].kind == "money" and text[
        amount.span.end_char:after[0].span.start_char].strip(" ") in (",", "and", ", and")


def _is_total(amount: AmountSpan) -> bool:
    """`ADB has committed $11.5 billion to date`, `has so far invested €160 million`: a sum its
    sentence gives as a running or historical total."""
    sent = amount.span.sent if amount.span.doc.has_annotation("SENT_START") else amount.span
    return bool(CUMULATIVE.search(sent.text))


def money_in(text: str) -> list[tuple[int, int, int | float, str]]:
    """(start, end, value, ISO code) of each sum of money a short English text states, read by
    the patterns above without a parse: a headline's sums (`ADB approves $120 million for
    roads`), which are no facts of the story's text."""
    found: list[tuple[int, int, int | float, str]] = []
    for m in _number_matches(text):
        numeral = m["n1"] or m["w1"]
        number = parse_number(numeral) if numeral else None
        cur = currency_before(text, m.start()) or currency_word_before(text, m)
        reading = read_right(text, m.end(), cur[0] if cur else None)
        if number is not None and reading.kind == "money" and reading.unit and not (
                found and m.start() < found[-1][1]):
            value = as_value(number * reading.scale + reading.rest)
            found.append((cur[1] if cur else m.start(), reading.end, value, reading.unit))
    return found


def _number_matches(text: str) -> Iterator[re.Match[str]]:
    """Number matches; `in 2021 to 76 percent` is no range, nor is `for Lot 2 and 650,000
    euros` (the first number a label's), so their second number stands alone."""
    for m in NUMBER_RE.finditer(text):
        if m["n2"] and (is_year_like(m["n1"]) and not is_year_like(m["n2"])
                        or LABEL_BEFORE_RE.search(text, max(0, m.start() - LABEL_WINDOW),
                                                  m.start())):
            if second := NUMBER_RE.match(text, m.start("n2")):
                yield second
            continue
        yield m


def _recent_count(doc: Doc, found: list[AmountSpan], start: int) -> AmountSpan | None:
    """The last count found in the sentence of `start` or the one before it."""
    count = next((a for a in reversed(found) if a.kind == "count"), None)
    if count is None or not doc.has_annotation("SENT_START"):
        return count
    span = _token_span(doc, start, start + 1)
    if span is None:
        return None
    sent = span[0].sent
    prev_start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    return count if count.span.start_char >= prev_start else None


def _same_sentence(doc: Doc, amount: AmountSpan, start: int) -> bool:
    if not doc.has_annotation("SENT_START"):
        return True
    span = _token_span(doc, start, start + 1)
    return span is not None and span[0].sent.start_char <= amount.span.start_char


# ----------------------------------------------------------------------------- component

declare("amounts")


class NewsAmounts:
    """Sets `doc._.amounts: list[AmountSpan]`, ordered by offset.

    Money carries an ISO 4217 unit, percentages `%`, quantities a unit symbol (`km`, `MW`,
    `year`), counts the singular of the counted noun. Dates (`doc._.dates`, from news_dates),
    years, ordinals, clock times, tickers, list markers and numbers inside names are not amounts.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        dates = upstream(doc, "dates", "news_dates", self.name)
        doc._.amounts = find_amounts(doc, dates)
        return doc


@Language.factory(
    "news_amounts",
    assigns=["doc._.amounts"],
    requires=["doc._.dates", "doc.ents", "doc.sents", "token.tag", "token.dep", "token.lemma",
              "token.ent_type", "token.ent_iob"],
)
def make_news_amounts(nlp: Language, name: str) -> NewsAmounts:
    """The amounts component."""
    return NewsAmounts(nlp, name)
