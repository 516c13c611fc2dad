"""The text of a Doc, built once: spaCy's `Doc.text` joins every token on each access."""

from __future__ import annotations

from spacy.tokens import Doc

Doc.set_extension("cached_text", default=None, force=True)


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed on first use and kept on the Doc for the components after."""
    text = doc._.cached_text
    if text is None:
        text = doc._.cached_text = doc.text
    return text
