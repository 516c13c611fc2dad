"""The attribute ruler read from a table gives what spaCy's AttributeRuler gives, and the table
lemmatizer what spaCy's English lemmatizer gives."""

from __future__ import annotations

import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from pipeline.components.attributes import TableAttributeRuler, TableLemmatizer, split_patterns

# Patterns in the shapes of the English model's: a tag map, morph rules by tag and form, rules
# on a dependency, an exclusion list and a regular expression, one on two tokens, one that sets
# the tag a later one reads, and later rules over earlier ones.
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
    {"patterns": [[{"TAG": {"NOT_IN": ["DT", "NN"]}, "DEP": {"IN": ["cc", "conj"]}}]],
     "attrs": {"POS": "CCONJ"}},
    {"patterns": [[{"LOWER": {"REGEX": "^th"}, "DEP": "nsubj"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": "holds"}]], "attrs": {"TAG": "VBD"}},
    {"patterns": [[{"TAG": "VBZ", "IS_SPACE": False}]], "attrs": {"MORPH": "Tense=Pres|X=Y"}},
]
WORDS = ["this", "is", "the", "plan", "and", "that", "holds"]
TAGS = ["DT", "VBZ", "DT", "NN", "CC", "DT", "VBZ"]
DEPS = ["nsubj", "ROOT", "det", "attr", "cc", "nsubj", "conj"]
HEADS = [1, 1, 3, 1, 1, 6, 1]


def _doc(vocab: object) -> Doc:
    return Doc(vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


def _attributes(ruler: AttributeRuler, doc: Doc) -> list[tuple[str, ...]]:
    ruler(doc)
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


def test_table_ruler_gives_what_spacys_ruler_gives() -> None:
    nlp = spacy.blank("en")
    stock, table = AttributeRuler(nlp.vocab), TableAttributeRuler(nlp.vocab)
    stock.add_patterns(PATTERNS)
    table.add_patterns(PATTERNS)
    assert _attributes(table, _doc(nlp.vocab)) == _attributes(stock, _doc(nlp.vocab))
    assert _attributes(table, _doc(nlp.vocab))[2][0] == "X"  # the last rule for DT wins
    assert _attributes(table, _doc(nlp.vocab))[6][3] == "VBD"  # a rule may set the tag


def test_rules_on_one_token_go_to_the_table_rules_on_two_to_the_matcher() -> None:
    table, matcher = split_patterns([{"index": 0, **p} for p in PATTERNS])
    assert {0, 3, 4, 5} <= set(table)  # a tag; a dependency; a tag and a form; a list of forms
    assert {9, 10, 11, 12} <= set(table)  # an exclusion list; a regular expression; a space
    assert 6 in matcher  # two tokens


def test_a_rule_stays_behind_an_earlier_matcher_rule_that_may_set_the_same_token() -> None:
    after_this = {"patterns": [[{"LOWER": "this"}, {"LOWER": {"IN": ["is", "was"]}}]],
                  "attrs": {"LEMMA": "be"}, "index": 1}
    table, matcher = split_patterns([{"index": 0, **p} for p in [
        PATTERNS[8], after_this,
        {"patterns": [[{"LOWER": {"REGEX": "^h"}}]], "attrs": {"LEMMA": "h-"}},
        {"patterns": [[{"LOWER": "be"}]], "attrs": {"LEMMA": "be"}},
        {"patterns": [[{"LOWER": {"REGEX": "^i"}}]], "attrs": {"LEMMA": "i-"}},
        {"patterns": [[{"LOWER": {"NOT_IN": ["is"]}}]], "attrs": {"LEMMA": "not-is"}}]])
    assert 2 in table and 3 in table  # no word after `this` that the two-token rule sets
    assert 4 in matcher and 5 in matcher  # `is` may be found by `^i`, or by not being `is`
    assert 0 in table  # the first rule: no rule of the Matcher comes before it


def test_every_rule_reads_the_doc_as_it_came_in() -> None:
    patterns = [{"patterns": [[{"TAG": "NN"}]], "attrs": {"TAG": "NNS"}},
                {"patterns": [[{"TAG": "NNS"}]], "attrs": {"LEMMA": "many"}}]
    nlp = spacy.blank("en")
    stock, table = AttributeRuler(nlp.vocab), TableAttributeRuler(nlp.vocab)
    stock.add_patterns(patterns)
    table.add_patterns(patterns)
    doc = _doc(nlp.vocab)
    assert _attributes(table, doc)[3][2] == "" and doc[3].tag_ == "NNS"  # `plan` was `NN`
    assert _attributes(table, _doc(nlp.vocab)) == _attributes(stock, _doc(nlp.vocab))


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


def _before_lemmas(nlp: Language, text: str) -> Doc:
    """The Doc as the model's lemmatizer gets it: tagged, parsed and through the ruler."""
    with nlp.select_pipes(disable=["lemmatizer", "ner", *[
            n for n in nlp.pipe_names if n.startswith("news_") and n != "news_line_breaks"]]):
        return nlp(text)


def _lemmatizers(nlp: Language, overwrite: bool) -> tuple[TableLemmatizer, EnglishLemmatizer]:
    model = nlp.get_pipe("lemmatizer")
    table = TableLemmatizer(nlp.vocab, None, mode=model.mode, overwrite=overwrite)
    stock = EnglishLemmatizer(nlp.vocab, None, mode=model.mode, overwrite=overwrite)
    table.lookups = stock.lookups = model.lookups
    return table, stock


def test_pipeline_lemmatizes_as_the_models_english_lemmatizer(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("lemmatizer"), TableLemmatizer)
    text = ("The Japanese experts were given access to the accessed data; the banks approved "
            "loans and were lending more. Its better roads, the best ones, are being built.")
    table, stock = _lemmatizers(nlp, overwrite=False)
    for _ in range(2):  # worked out, then remembered
        doc = _before_lemmas(nlp, text)
        assert [t.lemma_ for t in table(doc.copy())] == [t.lemma_ for t in stock(doc.copy())]


def test_a_lemma_set_before_the_lemmatizer_is_kept_unless_it_overwrites(nlp: Language) -> None:
    doc = _before_lemmas(nlp, "The banks approved loans.")
    doc[1].lemma_ = "lender"
    kept, _ = _lemmatizers(nlp, overwrite=False)
    replaced, _ = _lemmatizers(nlp, overwrite=True)
    assert [t.lemma_ for t in kept(doc.copy())] == ["the", "lender", "approve", "loan", "."]
    assert [t.lemma_ for t in replaced(doc.copy())] == ["the", "bank", "approve", "loan", "."]
