"""spaCy components of the pipeline; importing this package registers their factories."""

from spacy.tokens import Doc

from pipeline.components import amounts, dates, events, organizations, sentences

# Set on each Doc before the pipeline runs (see pipeline.nlp.make_doc): ISO date or None.
Doc.set_extension("reference_date", default=None, force=True)

__all__ = ["amounts", "dates", "events", "organizations", "sentences"]
