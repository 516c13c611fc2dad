"""Shared fixtures: one loaded pipeline for every test that needs the trained model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.nlp import build_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full pipeline (model and news components), loaded once per test session."""
    return build_nlp()
