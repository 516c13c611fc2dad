"""The Doc text the components share is the text they were given."""

from __future__ import annotations

from spacy.language import Language

from pipeline.components.doctext import doc_text
from pipeline.nlp import make_doc


def test_doc_text_equals_spacy_text_and_is_kept(nlp: Language) -> None:
    doc = nlp.make_doc("Japan  and\n\nKyrgyzstan signed\ta memorandum. ")
    assert doc._.cached_text is None
    assert doc_text(doc) == doc.text
    assert doc._.cached_text == doc.text


def test_make_doc_keeps_the_original_string(nlp: Language) -> None:
    text = "BISHKEK, Sept. 12 (AKIpress) -  JICA   signed a loan.\n"
    assert doc_text(make_doc(nlp, text, None)) == text == nlp.make_doc(text).text
