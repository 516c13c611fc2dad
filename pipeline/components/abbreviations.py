"""Abbreviations: `Long Form (LF)` and `LF (Long Form)` definitions (Schwartz & Hearst 2003)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.components.upstream import declare
from pipeline.lexicon.text import NAME_JOINERS

# A short form is one or two words of 2-10 characters (Schwartz & Hearst's limits).
MAX_SHORT_CHARS = 10
MAX_SHORT_WORDS = 2
SHORT_FORM_ENDS = frozenset({",", ";"})  # what ends a short form before its bracket closes
# A long form is one to ten words inside the brackets of the `SF (Long Form)` order.
MAX_BRACKETED_LONG_WORDS = 10
# Schwartz & Hearst look back at most min(|SF| + 5, 2 * |SF|) words for the long form.
LOOKBACK_EXTRA_WORDS = 5


@dataclass(frozen=True)
class Abbreviation:
    """A short form defined in the text and the long form it stands for."""

    short: Span
    long: Span


def is_short_form(text: str) -> bool:
    """A plausible short form: 2-10 chars, <= 2 words, starts alphanumeric, has an upper letter."""
    return (
        2 <= len(text) <= MAX_SHORT_CHARS
        and len(text.split()) <= MAX_SHORT_WORDS
        and text[0].isalnum()
        and any(c.isupper() for c in text)
        and any(c.isalpha() for c in text)
    )


def best_long_form(short: str, long: str) -> str | None:
    """The shortest tail of `long` whose characters spell `short` (Schwartz & Hearst's matcher).

    Walks both strings from the end; each character of the short form must be found in
    order, and its first character must start a word of the long form.
    """
    s, i = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (
            long[i].lower() != c or (s == 0 and i > 0 and long[i - 1].isalnum())
        ):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    tail = long[long.rfind(" ", 0, i + 1) + 1 :]
    return tail if tail.lower() != short.lower() else None


def initials_cover(short: str, long: str) -> bool:
    """True when the short form is spelt by the long form's word initials in any order.

    Catches acronyms of translated names whose words were reordered (`JCAEMCE`).
    """
    initials = [w[0] for w in long.replace("-", " ").split() if w[:1].isupper()]
    letters = [c.upper() for c in short if c.isalpha()]
    if not letters or not initials or letters[0] != initials[0] or len(letters) < 2:
        return False
    pool = list(initials)
    for letter in letters:
        if letter not in pool:
            return False
        pool.remove(letter)
    return True


def _bracket_pairs(doc: Doc) -> list[tuple[int, int]]:
    """Token indices (open, close) of bracketed stretches that stay inside one line."""
    pairs, stack = [], []
    opening, closing = doc.vocab.strings["("], doc.vocab.strings[")"]
    # the words read as numbers: no Token is made for them
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        if orth == opening:
            stack = [i]
        elif orth == closing and stack:
            start = stack.pop()
            if "\n" not in doc[start:i].text:
                pairs.append((start, i))
    return pairs


def _long_before(doc: Doc, open_i: int, short: str) -> Span | None:
    """The long form ending just before the bracket at `open_i`, or None."""
    window = min(len(short) + LOOKBACK_EXTRA_WORDS, 2 * len(short))
    start = open_i
    while start > 0 and open_i - start < window:
        prev = doc[start - 1]
        if prev.is_sent_end or prev.text in {"(", ")", ";", ":"} or "\n" in prev.text:
            break
        start -= 1
    if start == open_i:
        return None
    candidate = doc[start:open_i]
    tail = best_long_form(short, candidate.text)
    if tail is None:
        return _name_before(doc, open_i, short)
    start_char = candidate.end_char - len(tail)
    span = doc.char_span(start_char, candidate.end_char, alignment_mode="expand")
    return span if span is not None and len(span) > 0 else None


def _name_before(doc: Doc, open_i: int, short: str) -> Span | None:
    """The capitalised name just before the bracket when its initials spell `short`."""
    start = open_i
    while start > 0 and (
        doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in NAME_JOINERS
        or doc[start - 1].text == "-"  # `Export-Import Bank`
        or (start > 1 and doc[start - 2].text == "-" and not doc[start - 2].whitespace_)
    ):  # `Grass-roots`: the lower half of a hyphened word
        start -= 1
    while start < open_i and (not doc[start].text[:1].isupper() or doc[start].lower_ == "the"):
        start += 1  # `The` opening the sentence is no word of the name
    name = doc[start:open_i]
    return name if len(name) > 1 and initials_cover(short, name.text) else None


def find_abbreviations(doc: Doc) -> list[Abbreviation]:
    """Every `LF (SF)` and `SF (LF)` definition in the text, in order of appearance."""
    found: list[Abbreviation] = []
    for open_i, close_i in _bracket_pairs(doc):
        inside = doc[open_i + 1 : close_i]
        if len(inside) == 0:
            continue
        # as Schwartz & Hearst read it, a comma or semicolon ends the short form: `(KMG, the
        # national oil company)`
        short = next((doc[open_i + 1 : t.i] for t in inside if t.text in SHORT_FORM_ENDS),
                     inside) or inside
        if is_short_form(short.text):
            long = _long_before(doc, open_i, short.text)
            if long is not None:
                found.append(Abbreviation(short=short, long=long))
                continue
        before = doc[open_i - 1] if open_i > 0 else None
        if (
            before is not None
            and is_short_form(before.text)
            and 1 < len(inside) <= MAX_BRACKETED_LONG_WORDS
            and best_long_form(before.text, inside.text) == inside.text
        ):
            found.append(Abbreviation(short=doc[open_i - 1 : open_i], long=inside))
    return found


declare("abbreviations")


class NewsAbbreviations:
    """Sets `doc._.abbreviations: list[Abbreviation]` (short/long Span pairs), in text order.

    Finds definitions only; linking later uses of a short form is the organisations
    component's job.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.abbreviations = find_abbreviations(doc)
        return doc


@Language.factory(
    "news_abbreviations", assigns=["doc._.abbreviations"], requires=["token.is_sent_start"]
)
def make_news_abbreviations(nlp: Language, name: str) -> NewsAbbreviations:
    return NewsAbbreviations(nlp, name)
