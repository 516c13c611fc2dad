"""spaCy components of the pipeline; importing this package registers their factories."""

from pipeline.components import (  # noqa: F401  (each module registers its factory)
    abbreviations,
    amounts,
    attributes,
    dates,
    events,
    organizations,
    reference,
    russian,
    sentences,
)
