"""Records: a cleaned story and its annotated Doc(s) become a validated Article."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from pipeline.clean import Story
from pipeline.schema import Article, Organization

if TYPE_CHECKING:
    from spacy.tokens import Doc

M = TypeVar("M", bound=BaseModel)
PARAGRAPH_END = re.compile(r"\n\s*\n")
SENTENCE_END = re.compile(r"[.!?]\s+")
WHITESPACE = re.compile(r"\s+")


def split_for_model(text: str, limit: int) -> list[tuple[int, str]]:
    """Cut `text` into (offset, piece) chunks of at most `limit` characters.

    Cuts fall after a paragraph break where there is one, else after a sentence, else at
    whitespace, else anywhere; the pieces joined give back `text` exactly.
    """
    if limit < 1:
        raise ValueError(f"Cannot split text into chunks of at most {limit} characters.")
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = _last_boundary(window)
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _last_boundary(window: str) -> int:
    for pattern in (PARAGRAPH_END, SENTENCE_END, WHITESPACE):
        ends = [m.end() for m in pattern.finditer(window) if m.end() < len(window)]
        if ends and ends[-1] > len(window) // 2:  # a cut in the second half keeps chunks large
            return ends[-1]
    return len(window)


def shifted(item: M, offset: int) -> M:
    """A copy of an extracted item with every span moved `offset` characters right."""
    if offset == 0:
        return item
    update: dict[str, Any] = {}
    for name in type(item).model_fields:
        value = getattr(item, name)
        if name.endswith(("start_char", "end_char")):
            update[name] = value + offset
        elif isinstance(value, BaseModel):
            update[name] = shifted(value, offset)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            update[name] = [shifted(v, offset) for v in value]
    return item.model_copy(update=update)


def merge_organizations(groups: list[Organization]) -> list[Organization]:
    """One entry per name across chunks: aliases and mentions put together in order."""
    merged: dict[str, Organization] = {}
    for org in groups:
        known = merged.get(org.name)
        if known is None:
            merged[org.name] = org
            continue
        aliases = known.aliases + [a for a in org.aliases if a not in known.aliases]
        merged[org.name] = known.model_copy(
            update={"aliases": aliases, "mentions": known.mentions + org.mentions}
        )
    return list(merged.values())


def build_article(story: Story, parts: list[tuple[int, Doc]]) -> Article:
    """The story's record, from what the components found on its chunks' Docs (offset, doc)."""
    found: dict[str, list[Any]] = {"dates": [], "amounts": [], "organizations": [], "events": []}
    for offset, doc in parts:
        for field, items in found.items():
            items.extend(shifted(item, offset) for item in getattr(doc._, field))
    if len(parts) > 1:
        found["organizations"] = merge_organizations(found["organizations"])
    return Article(
        id=story.id,
        source=story.source,
        title=story.title,
        published=story.published,
        reference_date=story.reference_date,
        language=story.language,
        text=story.text,
        removed=story.removed,
        **found,
    )
