"""Sentence starts at line breaks: a new paragraph or list item never continues a sentence."""

from __future__ import annotations

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc


def mark_line_starts(doc: Doc) -> Doc:
    """Start a sentence at the first token after every whitespace token holding a line break.

    Cleaned text joins paragraphs with blank lines and list items with line breaks; the parser
    left alone glues a dateline or a bullet to the next sentence and misreads both.
    """
    spaces = doc.to_array(IS_SPACE).tolist()  # only whitespace tokens are looked at
    for i, space in enumerate(spaces[:-1]):
        if space and not spaces[i + 1] and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


@Language.component("news_line_breaks", assigns=["token.is_sent_start"])
def news_line_breaks(doc: Doc) -> Doc:
    """Sets `token.is_sent_start` after line breaks, before the parser runs."""
    return mark_line_starts(doc)
