"""The reference date of a Doc: the day its relative and year-less dates are resolved against.

The reference date is an input of the Doc like its text: `pipeline.nlp.make_doc` puts the ISO
date in `doc.user_data["reference_date"]` (a story's publication date, or the run's setting),
and the publication date alone in `doc.user_data["published"]`.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.upstream import declare
from pipeline.lexicon.calendar import MAX_YEAR, MIN_YEAR

REFERENCE_KEY = "reference_date"  # the key of doc.user_data that holds the ISO date
PUBLISHED_KEY = "published"  # ... and the story's own publication date, when the page gave one


def reference_of(doc: Doc, key: str = REFERENCE_KEY) -> dt.date | None:
    """The date in `doc.user_data[key]`, None when there is none.

    Raises ValueError naming the value when it is not an ISO date (`2024-03-01`) of the years
    news dates name.
    """
    value = doc.user_data.get(key)
    if value is None:
        return None
    try:
        found = dt.date.fromisoformat(str(value)[:10])  # the date of an ISO date and time
    except ValueError as err:
        raise ValueError(f"The reference date {value!r} is not an ISO date (YYYY-MM-DD).") from err
    if not MIN_YEAR <= found.year <= MAX_YEAR:
        raise ValueError(f"The reference date {value} is outside the years {MIN_YEAR}-{MAX_YEAR} "
                         "that news dates name.")
    return found


declare("reference_date")
declare("published")


@Language.component("news_reference_date", assigns=["doc._.reference_date", "doc._.published"])
def news_reference_date(doc: Doc) -> Doc:
    """Sets `doc._.reference_date` and `doc._.published` (`datetime.date | None`) from the
    Doc's input: the day dates are resolved against, and the day the story was published."""
    doc._.reference_date = reference_of(doc)
    doc._.published = reference_of(doc, PUBLISHED_KEY)
    return doc
