"""The model's attribute ruler and lemmatizer, read from tables: the same patterns and rules
give the same attributes and lemmas.

spaCy 3 turned the tag map and the morph rules of spaCy 2 (dictionaries keyed by a token's tag
and its lower-case form) into Matcher patterns, and the Matcher tries every pattern at every
token: with the English model's 179 patterns the ruler costs more than its parser. Here the
patterns of one token that test its tag, lower-case form, dependency or whether it is a space
(by a value, a list, an exclusion list or a regular expression) are looked up by those values;
the rest (two tokens, other attributes) still go through a Matcher. As in the ruler, every
pattern is tested on the Doc as it came in and later patterns win: a pattern goes to the table
only where setting it before the Matcher's earlier patterns cannot change what a token gets.
The English lemmatizer works out each form's lemma once per part of speech and morphology, and
reads and writes the lemmas as arrays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

TESTED = ("TAG", "LOWER", "DEP", "IS_SPACE")  # what a table's pattern may test
SET = ("POS", "MORPH", "LEMMA", "TAG", "DEP")  # what it may set
# One array holds both: the tested attributes first, in TESTED's order
COLUMNS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE, "POS": POS,
           "MORPH": MORPH, "LEMMA": LEMMA}
COLUMN_IDS = tuple(COLUMNS.values())
COLUMN_OF = {attr: i for i, attr in enumerate(COLUMN_IDS)}  # by the attribute's id


@dataclass(frozen=True)
class Test:
    """What a pattern allows of one attribute: one of `values` (a value or `IN`), anything but
    them (`NOT_IN`), or what `regex` finds something in (`REGEX`)."""

    values: frozenset[Any] = frozenset()
    negated: bool = False
    regex: re.Pattern[str] | None = None

    def allows(self, value: Any) -> bool:
        """Whether a token's value passes; None stands for a value no test of the table names."""
        if self.regex is not None:
            return isinstance(value, str) and self.regex.search(value) is not None
        return (value in self.values) != self.negated

    def excludes(self, other: Test | None) -> bool:
        """Whether no value passes both tests (known only where one of them lists its values)."""
        if other is None:
            return False
        if self.regex is None and not self.negated:
            return not any(other.allows(v) for v in self.values)
        return other.regex is None and not other.negated and other.excludes(self)


Tests = tuple[Test | None, ...]  # one per attribute of TESTED; None: any value


def _test(value: Any) -> Test | None:
    """The Test of a token pattern's value, None when a table cannot hold it."""
    if isinstance(value, str | bool):
        return Test(frozenset((value,)))
    if isinstance(value, dict) and len(value) == 1:
        (operator, operand), = value.items()
        if operator in ("IN", "NOT_IN") and isinstance(operand, list):
            return Test(frozenset(operand), negated=operator == "NOT_IN")
        if operator == "REGEX" and isinstance(operand, str):
            return Test(regex=re.compile(operand))
    return None


def _tests(spec: dict[str, Any]) -> Tests | None:
    """The Tests of one token's pattern, when it tests attributes of TESTED only."""
    tests = tuple(_test(spec[key]) if key in spec else None for key in TESTED)
    if not spec or set(spec) - set(TESTED) or sum(t is not None for t in tests) < len(spec):
        return None
    return tests


def _table_tests(entry: dict[str, Any]) -> list[Tests] | None:
    """The Tests of each pattern of a ruler's entry, when a table can hold it: every pattern
    one token that a table can test, and the entry sets attributes of SET only."""
    if set(entry["attrs"]) - set(SET) or entry["index"] not in (0, -1):
        return None
    tests = [_tests(p[0]) if len(p) == 1 else None for p in entry["patterns"]]
    return None if any(t is None for t in tests) else tests  # type: ignore[return-value]


def _apart(tests: list[Tests], entry: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether a table's entry and an entry of the Matcher set different attributes, or no
    token either may match is the token the other sets: then their order does not matter."""
    if not set(entry["attrs"]) & set(other["attrs"]):
        return True
    index = other["index"]
    targets = [p[index] for p in other["patterns"] if -len(p) <= index < len(p)]
    return all(any(mine is not None and mine.excludes(_test(target.get(key)))
                   for mine, key in zip(test, TESTED, strict=True))
               for test in tests for target in targets)


def split_patterns(entries: list[dict[str, Any]]) -> tuple[list[int], list[int]]:
    """(table, matcher): the positions of a ruler's entries (`AttributeRuler.patterns`) read
    from the table and of those left to the Matcher, each in the ruler's order."""
    table, matcher = _split(entries)
    return list(table), matcher


def _split(entries: list[dict[str, Any]]) -> tuple[dict[int, list[Tests]], list[int]]:
    """As split_patterns, with the tests of each entry the table holds."""
    table: dict[int, list[Tests]] = {}
    matcher: list[int] = []
    for i, entry in enumerate(entries):
        tests = _table_tests(entry)
        if tests is not None and all(_apart(tests, entry, entries[j]) for j in matcher):
            table[i] = tests
        else:
            matcher.append(i)
    return table, matcher


class TableRules:
    """The table's entries of a ruler, with the attributes they give each combination of the
    tested values (a memo of those met; a value no test names, and no regular expression
    finds, is read as None)."""

    def __init__(self, strings: Any, rules: list[tuple[list[Tests], dict[int, int]]]) -> None:
        self.strings = strings
        self.rules = [(tests, {COLUMN_OF[a]: v for a, v in attrs.items()})
                      for tests, attrs in rules]
        self.written = sorted({column for _, attrs in self.rules for column in attrs})
        patterns = [p for tests, _ in rules for p in tests]
        by_attribute = list(zip(*patterns, strict=True)) if patterns else [()] * len(TESTED)
        self.named = [set().union(*(t.values for t in ts if t)) for ts in by_attribute]
        self.regexes = [[t.regex for t in ts if t and t.regex] for ts in by_attribute]
        self.values: list[dict[int, Any]] = [{} for _ in TESTED]
        self.memo: dict[tuple[int, ...], list[tuple[int, int]]] = {}  # by stored values
        self.given: dict[tuple[Any, ...], list[tuple[int, int]]] = {}  # by values read

    def value(self, k: int, stored: int) -> Any:
        """What the tests of attribute `k` read for a token's stored value."""
        found = self.values[k].get(stored, self)
        if found is self:
            value: Any = bool(stored) if TESTED[k] == "IS_SPACE" else self.strings[stored]
            named = value in self.named[k] or any(r.search(value) for r in self.regexes[k])
            found = self.values[k][stored] = value if named else None
        return found

    def attrs(self, row: tuple[int, ...]) -> list[tuple[int, int]]:
        """(column, value) of each attribute a token whose tested values are stored as `row`
        gets, later entries over earlier."""
        found = self.memo.get(row)
        if found is None:
            found = self.memo[row] = self._given(tuple(map(self.value, range(len(row)), row)))
        return found

    def _given(self, key: tuple[Any, ...]) -> list[tuple[int, int]]:
        """As attrs, for the values the tests read (see value)."""
        found = self.given.get(key)
        if found is None:
            given: dict[int, int] = {}
            for tests, attrs in self.rules:
                if any(all(t is None or t.allows(v) for t, v in zip(test, key, strict=True))
                       for test in tests):
                    given.update(attrs)
            found = self.given[key] = list(given.items())
        return found


class TableAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler, same patterns, serialisation and result, that reads the entries
    `split_patterns` picks from a table and gives only the others to a Matcher. Sets what its
    patterns set (of the English model's: `token.pos`, `token.morph`, `token.lemma`,
    `token.tag` and `token.dep` of spaces)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._split: tuple[TableRules, Matcher] | None = None

    def clear(self) -> None:
        super().clear()
        self._split = None

    def add(self, patterns: Iterable[list[dict[str, Any]]], attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._split = None

    def _build(self) -> tuple[TableRules, Matcher]:
        entries = self.patterns
        table, rest = _split(entries)
        matcher = Matcher(self.vocab, validate=self.validate)
        for i in rest:
            matcher.add(str(i), entries[i]["patterns"])
        rules = TableRules(self.vocab.strings, [(tests, self.attrs[i])
                                                for i, tests in table.items()])
        self._split = (rules, matcher)
        return self._split

    def __call__(self, doc: Doc) -> Doc:
        rules, matcher = self._split or self._build()
        strings = self.vocab.strings
        found = matcher(doc, allow_missing=True, as_spans=False) if len(matcher) else []
        matches = sorted((int(strings[key]), key, start, end)  # on the Doc as it came in
                         for key, start, end in found)
        values = doc.to_array(COLUMN_IDS)
        for row, tested in enumerate(map(tuple, values[:, :len(TESTED)].tolist())):
            for column, value in rules.attrs(tested):
                values[row, column] = value
        doc.from_array([COLUMN_IDS[c] for c in rules.written],
                       numpy.ascontiguousarray(values[:, rules.written]))
        self.set_annotations(doc, matches)
        return doc


@Language.factory(
    "news_attribute_ruler",
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_table_attribute_ruler(nlp: Language, name: str, validate: bool,
                               scorer: Callable | None) -> TableAttributeRuler:
    return TableAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


class TableLemmatizer(EnglishLemmatizer):
    """spaCy's English lemmatizer, same tables, modes and lemmas, that remembers the lemma of
    each form, part of speech and morphology it has worked out (spaCy's own cache still makes a
    Token of every word and asks it). Sets `token.lemma` where no earlier component has, or
    everywhere with `overwrite`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables()
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = numpy.ascontiguousarray(values[:, 3:])
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if lemma and not self.overwrite:
                continue
            found = self.known.get((orth, pos, morph))
            if found is None:
                found = self.vocab.strings.add(self.lemmatize(doc[i])[0])
                self.known[orth, pos, morph] = found
            lemmas[i, 0] = found
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory(
    "news_lemmatizer", assigns=["token.lemma"],
    default_config={"model": None, "mode": "rule", "overwrite": False,
                    "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
)
def make_table_lemmatizer(nlp: Language, model: Any, name: str, mode: str, overwrite: bool,
                          scorer: Callable | None) -> TableLemmatizer:
    return TableLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
