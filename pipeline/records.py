"""Records: a cleaned story and its annotated Doc become a validated Article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.clean import Story
from pipeline.schema import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc


def build_article(story: Story, doc: Doc | None) -> Article:
    """The story's record, with what the components found on `doc` (None: nothing extracted)."""
    return Article(
        id=story.id,
        source=story.source,
        title=story.title,
        published=story.published,
        reference_date=story.reference_date,
        language=story.language,
        text=story.text,
        dates=doc._.dates if doc is not None else [],
        amounts=doc._.amounts if doc is not None else [],
        organizations=doc._.organizations if doc is not None else [],
        events=doc._.events if doc is not None else [],
        removed=story.removed,
    )
