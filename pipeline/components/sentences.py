"""Sentence starts at line breaks: a new paragraph or list item never continues a sentence."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def mark_line_starts(doc: Doc) -> Doc:
    """Start a sentence at the first token after every whitespace token holding a line break.

    Cleaned text joins paragraphs with blank lines and list items with line breaks; the parser
    left alone glues a dateline or a bullet to the next sentence and misreads both.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    return doc


@Language.component("news_line_breaks", assigns=["token.is_sent_start"])
def news_line_breaks(doc: Doc) -> Doc:
    """Sets `token.is_sent_start` after line breaks, before the parser runs."""
    return mark_line_starts(doc)
