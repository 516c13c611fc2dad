"""The model's attribute ruler, read from a table: the same patterns give the same attributes.

spaCy 3 turned the tag map and the morph rules of spaCy 2 (dictionaries keyed by a token's tag
and its lower-case form) into Matcher patterns, and the Matcher tries every pattern at every
token: with the English model's 179 patterns the ruler costs more than its parser. Here the
patterns that test one token's tag and lower-case form by value, and set its part of speech,
morphology or lemma, are looked up by those two values; the rest (a dependency, a regular
expression, two tokens) still go through a Matcher. Later patterns win, as in the ruler: a
pattern goes to the table only where running it before the Matcher's earlier patterns cannot
change what a token gets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

TESTED = ("TAG", "LOWER")  # what a table's pattern tests, each by one value or a list of them
SET = {"POS": POS, "MORPH": MORPH, "LEMMA": LEMMA}  # what it sets: nothing any pattern tests
SET_IDS = tuple(SET.values())
Values = frozenset[str] | None  # the values a pattern allows for an attribute; None: any
Tests = list[tuple[Values, Values]]  # (tags, lower forms) of each of an entry's patterns


def _allowed(spec: dict[str, Any], key: str) -> Values:
    """The values a token's pattern allows for `key`: None when it does not test it by value."""
    value = spec.get(key)
    if isinstance(value, dict) and set(value) == {"IN"}:
        return frozenset(value["IN"])
    return frozenset((value,)) if isinstance(value, str) else None


def _table_tests(entry: dict[str, Any]) -> Tests | None:
    """The (tags, lower forms) of each pattern of a ruler's entry, when a table can hold it:
    every pattern one token that tests its tag or lower-case form by value and nothing else,
    and the entry sets attributes of SET only."""
    if set(entry["attrs"]) - set(SET) or entry["index"] not in (0, -1):
        return None
    tests = []
    for pattern in entry["patterns"]:
        spec = pattern[0] if len(pattern) == 1 else {}
        allowed = tuple(_allowed(spec, key) for key in TESTED)
        if not spec or set(spec) - set(TESTED) or any(
                values is None and key in spec
                for values, key in zip(allowed, TESTED, strict=True)):
            return None
        tests.append(allowed)
    return tests


def _apart(tests: Tests, entry: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether a table's entry and an entry of the Matcher set different attributes, or no
    token either may match is the token the other sets: then their order does not matter."""
    if not set(entry["attrs"]) & set(other["attrs"]):
        return True
    index = other["index"]
    targets = [p[index] for p in other["patterns"] if -len(p) <= index < len(p)]
    return all(any(mine is not None and theirs is not None and not mine & theirs
                   for mine, theirs in zip(test, [_allowed(target, k) for k in TESTED],
                                           strict=True))
               for test in tests for target in targets)


def split_patterns(entries: list[dict[str, Any]]) -> tuple[list[int], list[int]]:
    """(table, matcher): the positions of a ruler's entries (`AttributeRuler.patterns`) read
    from the table and of those left to the Matcher, each in the ruler's order. Nothing goes to
    the table when a pattern tests an attribute the table would set."""
    table, matcher = _split(entries)
    return list(table), matcher


def _split(entries: list[dict[str, Any]]) -> tuple[dict[int, Tests], list[int]]:
    """As split_patterns, with the tests of each entry the table holds."""
    if any(key in SET for entry in entries for p in entry["patterns"] for s in p for key in s):
        return {}, list(range(len(entries)))
    table: dict[int, Tests] = {}
    matcher: list[int] = []
    for i, entry in enumerate(entries):
        tests = _table_tests(entry)
        if tests is not None and all(_apart(tests, entry, entries[j]) for j in matcher):
            table[i] = tests
        else:
            matcher.append(i)
    return table, matcher


class TableRules:
    """The table's entries of a ruler, with the attributes they give each pair of a tag and a
    lower-case form (a memo of the pairs met; a value no entry names is read as 0)."""

    def __init__(self, strings: Any, rules: list[tuple[Tests, dict[int, int]]]) -> None:
        self.strings = strings
        self.rules = rules
        self.tags = {strings.add(v) for tests, _ in rules for t in tests for v in t[0] or ()}
        self.lowers = {strings.add(v) for tests, _ in rules for t in tests for v in t[1] or ()}
        self.memo: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def attrs(self, tag: int, lower: int) -> list[tuple[int, int]]:
        """(column in SET_IDS, value) of each attribute a token of this tag and lower-case form
        gets, later entries over earlier."""
        key = (tag if tag in self.tags else 0, lower if lower in self.lowers else 0)
        found = self.memo.get(key)
        if found is None:
            tag_text, lower_text = (self.strings[k] if k else None for k in key)
            given: dict[int, int] = {}
            for tests, attrs in self.rules:
                if any((tags is None or tag_text in tags) and (lowers is None or lower_text in
                       lowers) for tags, lowers in tests):
                    given.update(attrs)
            found = self.memo[key] = [(SET_IDS.index(a), v) for a, v in given.items()]
        return found


class TableAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler, same patterns, serialisation and result, that reads the entries
    `split_patterns` picks from a table and gives only the others to a Matcher. Sets
    `token.pos`, `token.morph` and `token.lemma` (and whatever the Matcher's entries set)."""

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
        columns = doc.to_array([TAG, LOWER, *SET_IDS])
        values = columns[:, 2:]
        for row, (tag, lower) in enumerate(columns[:, :2].tolist()):
            for column, value in rules.attrs(tag, lower):
                values[row, column] = value
        doc.from_array(list(SET_IDS), numpy.ascontiguousarray(values))
        strings = self.vocab.strings
        matches = sorted((int(strings[key]), key, start, end)
                         for key, start, end in matcher(doc, allow_missing=True, as_spans=False))
        self.set_annotations(doc, matches)
        return doc


@Language.factory(
    "news_attribute_ruler",
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_table_attribute_ruler(nlp: Language, name: str, validate: bool,
                               scorer: Callable | None) -> TableAttributeRuler:
    return TableAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)
