"""schema/article.schema.json is the models' JSON Schema, kept in step with pipeline/schema.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.schema import SCHEMA_VERSION, Article, Source, json_schema

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "schema" / "article.schema.json"
REGENERATE = "python -m pipeline schema > schema/article.schema.json"


def test_schema_file_equals_the_models() -> None:
    expected = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    assert SCHEMA_FILE.read_text(encoding="utf-8") == expected, (
        f"{SCHEMA_FILE.name} is out of date with pipeline/schema.py; "
        f"regenerate it with `{REGENERATE}`."
    )


def test_project_schema_file_equals_the_models() -> None:
    path = SCHEMA_FILE.with_name("project.schema.json")
    expected = json.dumps(json_schema("project"), indent=2, ensure_ascii=False) + "\n"
    assert path.read_text(encoding="utf-8") == expected, (
        f"{path.name} is out of date with pipeline/schema.py; regenerate it with "
        "`python -m pipeline schema --of project > schema/project.schema.json`.")


def test_schema_declares_schema_version() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema["properties"]["schema_version"]["default"] == SCHEMA_VERSION


def test_a_record_validates_against_the_schema_file() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    text = "JICA signed on 2 July 2014."
    record = Article(
        id="a", source=Source(path="a.txt", sha256="0" * 64, index=0), title=None, published=None,
        reference_date="2014-07-03", language="en", text=text, dates=[], amounts=[],
        organizations=[], events=[], removed=[])
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.validate(record.model_dump(mode="json"), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**record.model_dump(mode="json"), "extra": 1}, schema)
