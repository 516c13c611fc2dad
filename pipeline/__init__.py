"""Turn scraped news pages into validated records of dates, amounts, organisations and events."""

import logging

__version__ = "0.6.76"

from pipeline.core import RunReport, process_paths, process_text, run  # noqa: E402
from pipeline.schema import Article, json_schema  # noqa: E402
from pipeline.settings import Settings  # noqa: E402


def __getattr__(name: str) -> object:
    """`pipeline.build_nlp` (see pipeline.nlp), imported on first use: spaCy loads slowly."""
    if name == "build_nlp":
        from pipeline.nlp import build_nlp

        return build_nlp
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
