"""Sentence starts at line breaks, where a new paragraph or list item never continues a sentence,
and none between two words, where no punctuation ends one."""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.doctext import doc_text


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


def mark_word_continuations(doc: Doc) -> Doc:
    """A word right after a word on the same line never starts a sentence: `... in Ashgabat.
    ONGC Videsh Limited is to open` is not cut after `ONGC`. A sentence ends at punctuation."""
    if len(doc) < 2:
        return doc
    punct, space, starts, idx, length = doc.to_array(
        [IS_PUNCT, IS_SPACE, SENT_START, IDX, LENGTH]).astype(numpy.int64).T
    word = (punct == 0) & (space == 0)
    text = doc_text(doc)  # `doc.text` would join every token again
    ends = (idx + length - 1).tolist()
    dotted = numpy.array([text[end] == "." for end in ends])
    open_end = word & ~dotted  # `... from the U.S. The embassy said` may end there
    follows_word = numpy.concatenate(([False], word[1:] & open_end[:-1]))
    starts[follows_word & (starts == 0)] = -1  # -1: no sentence starts here
    doc.from_array([SENT_START], starts.astype(numpy.uint64).reshape(-1, 1))
    return doc


@Language.component("news_line_breaks", assigns=["token.is_sent_start"])
def news_line_breaks(doc: Doc) -> Doc:
    """Sets `token.is_sent_start` after line breaks and unsets it between two words, before the
    parser runs."""
    return mark_word_continuations(mark_line_starts(doc))
