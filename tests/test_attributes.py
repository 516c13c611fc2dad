"""The attribute ruler read from a table gives what spaCy's AttributeRuler gives."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from pipeline.components.attributes import TableAttributeRuler, split_patterns

# Patterns in the shapes of the English model's: a tag map, morph rules by tag and form, a rule
# on a dependency, one on two tokens, and later rules over earlier ones.
PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Pres"}},
    {"patterns": [[{"TAG": "DT"}]], "attrs": {"POS": "DET", "MORPH": "_"}},
    {"patterns": [[{"TAG": "DT", "DEP": "nsubj"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"TAG": "DT", "LOWER": "the"}]], "attrs": {"MORPH": "Definite=Def"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]],
     "attrs": {"POS": "AUX", "LEMMA": "be"}},
    {"patterns": [[{"LOWER": "this"}, {"TAG": "VBZ"}]], "attrs": {"LEMMA": "be-after-this"},
     "index": 1},
    {"patterns": [[{"TAG": "DT"}]], "attrs": {"POS": "X"}},
    {"patterns": [[{"TAG": "NN", "LOWER": "plan"}]], "attrs": {"LEMMA": "plan"}},
]
WORDS = ["this", "is", "the", "plan", "and", "that", "holds"]
TAGS = ["DT", "VBZ", "DT", "NN", "CC", "DT", "VBZ"]
DEPS = ["nsubj", "ROOT", "det", "attr", "cc", "nsubj", "conj"]
HEADS = [1, 1, 3, 1, 1, 6, 1]


def _doc(vocab: object) -> Doc:
    return Doc(vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


def _attributes(ruler: AttributeRuler, doc: Doc) -> list[tuple[str, str, str]]:
    ruler(doc)
    return [(t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_table_ruler_gives_what_spacys_ruler_gives() -> None:
    nlp = spacy.blank("en")
    stock, table = AttributeRuler(nlp.vocab), TableAttributeRuler(nlp.vocab)
    stock.add_patterns(PATTERNS)
    table.add_patterns(PATTERNS)
    assert _attributes(table, _doc(nlp.vocab)) == _attributes(stock, _doc(nlp.vocab))
    assert _attributes(table, _doc(nlp.vocab))[0] == ("X", "", "")  # the last rule for DT wins


def test_rules_on_a_tag_and_a_form_go_to_the_table_others_to_the_matcher() -> None:
    table, matcher = split_patterns([{"index": 0, **p} for p in PATTERNS])
    assert 0 in table and 4 in table and 5 in table  # a tag; a tag and a form; a list of forms
    assert 3 in matcher and 6 in matcher  # a dependency; two tokens


def test_a_rule_stays_behind_an_earlier_matcher_rule_that_may_set_the_same_token() -> None:
    _, matcher = split_patterns([{"index": 0, **p} for p in PATTERNS])
    assert 7 in matcher  # `DT` again: it must come after the rule on `DT` and `nsubj`
    table, _ = split_patterns([{"index": 0, **p} for p in PATTERNS])
    assert 8 in table  # `NN`: no earlier rule of the Matcher sets a noun's lemma


def test_nothing_goes_to_the_table_when_a_rule_reads_what_the_table_sets() -> None:
    patterns = [{"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}, "index": 0},
                {"patterns": [[{"POS": "NOUN"}]], "attrs": {"LEMMA": "x"}, "index": 0}]
    assert split_patterns(patterns) == ([], [0, 1])


def test_patterns_added_later_are_read_too() -> None:
    nlp = spacy.blank("en")
    table = TableAttributeRuler(nlp.vocab)
    table.add_patterns(PATTERNS)
    _attributes(table, _doc(nlp.vocab))
    table.add([[{"TAG": "CC"}]], {"POS": "CCONJ"})
    assert _attributes(table, _doc(nlp.vocab))[4][0] == "CCONJ"


def test_pipeline_reads_the_models_rules_from_a_table_with_the_same_result(nlp: Language
                                                                          ) -> None:
    text = ("The bank said it has approved a loan, and they are to sign it; we'd not known "
            "whether that was the plan. Its experts were there, but hers is here.")
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, TableAttributeRuler)
    stock = AttributeRuler(nlp.vocab)
    stock.add_patterns(ruler.patterns)
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner", *[
            n for n in nlp.pipe_names if n.startswith("news_") and n != "news_line_breaks"]]):
        doc = nlp(text)
    assert _attributes(ruler, doc.copy()) == _attributes(stock, doc.copy())
