"""Turn scraped news pages into validated records of dates, amounts, organisations and events."""

import logging

__version__ = "0.1.0"

from pipeline.core import RunReport, process_paths, process_text, run  # noqa: E402
from pipeline.schema import Article, json_schema  # noqa: E402
from pipeline.settings import Settings  # noqa: E402


def build_nlp(model: str | None = None):  # noqa: ANN201 (the spaCy import stays lazy)
    """Load the English model by name and add the news components (see pipeline.nlp)."""
    from pipeline.nlp import build_nlp as _build

    return _build(model)


logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "RunReport",
    "Settings",
    "__version__",
    "build_nlp",
    "json_schema",
    "process_paths",
    "process_text",
    "run",
]
