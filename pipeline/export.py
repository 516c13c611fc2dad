"""Export: a run's records as CSV tables or one SQLite database, both from one table definition.

Tables: `articles` (one row per story, key `id`); `dates`, `amounts`, `organizations`, `events`
(one row per item, key `(article_id, position)`, `article_id` referring to `articles.id`;
`position` is the item's index in its article's list); `event_actors` (an event's `source` and
`target` actors) and `event_amounts` (the ids of an event's amounts), keyed by `(article_id,
event_position, ...)`; `registry`, the run's organisations across stories (key `id`), which
`organizations.registry_id` and `event_actors.registry_id` refer to; and `projects` (key `id`)
with `project_parties` (donors and recipients) and `project_reports` (the sentences that report
each project), keyed by `(project_id, ...)`. List-valued cells
(organisation aliases, an event's organisation and amount ids, persons, places) are JSON-encoded
arrays, e.g. `["o1", "o2"]`, so a name holding a comma or semicolon survives. Booleans are 0/1; a
missing value is an empty CSV cell or SQL NULL. CSV files are UTF-8 with a byte-order mark and a
header row. Offsets (`start_char`, `end_char`) refer to `articles.text`.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from pipeline.iati import iati_xml
from pipeline.lexicon.events import CAMEO_LABELS
from pipeline.projects import build_projects, reports_of
from pipeline.registry import build_registry, member_ids
from pipeline.schema import Article, Project, RegistryEntry, year_of
from pipeline.settings import EXPORT_FORMATS
from pipeline.write import (
    JSONL_NAME,
    OutputError,
    atomic_write,
    check_replaceable,
    starts_with,
    temporary,
)

# PRAGMA application_id of the SQLite files this pipeline writes ("NEWS"): only such a file is
# ever replaced by a new export.
APPLICATION_ID = 0x4E455753
# A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(...)`): text
# cells starting so get a leading apostrophe, which spreadsheets show as plain text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
IATI_START = b"<?xml version='1.0' encoding='utf-8'?>\n<iati-activities"  # our IATI files
BOM = "\ufeff"  # spreadsheet programs read a CSV file as UTF-8 only when it starts with one


class Run(NamedTuple):
    """What a run builds across its stories: the registry, the registry id of each (article id,
    organisation id), and the projects."""

    registry: list[RegistryEntry]
    members: dict[tuple[str, str], str]
    projects: list[Project]

    @classmethod
    def of(cls, articles: list[Article]) -> Run:
        registry = build_registry((a.id, a.organizations) for a in articles)
        return cls(registry, member_ids(registry),
                   build_projects([r for a in articles for r in reports_of(a)], registry))


class Item(NamedTuple):
    """One row's source: the article (None for a row of a run-wide table), the item's position
    in its list, the item, and the registry id of each (article id, organisation id)."""

    article: Article | None
    position: int
    value: Any
    members: dict[tuple[str, str], str]


class Link(NamedTuple):
    """An item that belongs to an event: the event's position and the item's position in the
    event's list (its `role` too, for an actor)."""

    event: int
    position: int
    value: Any
    role: str = ""


@dataclass(frozen=True)
class Column:
    """A column: its name, its SQLite type and constraints, and how to get its cell from an Item."""

    name: str
    sql: str
    get: Callable[[Item], Any]


class Owned(NamedTuple):
    """An item of a project: the project's id, the item's position in its list, and its role."""

    project: str
    position: int
    value: Any
    role: str = ""


@dataclass(frozen=True)
class Table:
    """A table: the items of an article that become its rows (or, with `run`, the items of the
    run's registry or projects), its columns and its primary key."""

    name: str
    items: Callable[[Article], Iterable[Any]] | None
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    run: Callable[[Run], Iterable[Any]] | None = None

    def rows(self, articles: list[Article], run: Run) -> Iterator[tuple[Any, ...]]:
        """The table's rows, in article order then item order, with cells ready to write."""
        if self.run is not None:
            items = (Item(None, i, e, run.members) for i, e in enumerate(self.run(run)))
        else:
            items = (Item(article, position, value, run.members) for article in articles
                     for position, value in enumerate(self.items(article)))
        for item in items:
            yield tuple(cell(column.get(item)) for column in self.columns)


def cell(value: Any) -> Any:
    """A value as a CSV/SQLite cell: lists as JSON arrays, booleans as 0/1."""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


def attr(path: str) -> Callable[[Item], Any]:
    """A getter of the dotted attribute `path` of an Item's value."""
    names = path.split(".")

    def get(item: Item) -> Any:
        value = item.value
        for name in names:
            value = getattr(value, name)
        return value

    return get


ARTICLE_ID = Column("article_id", "TEXT NOT NULL REFERENCES articles(id)", lambda i: i.article.id)
POSITION = Column("position", "INTEGER NOT NULL", lambda i: i.position)
CHILD_KEY = ("article_id", "position")
EVENT_POSITION = Column("event_position", "INTEGER NOT NULL", lambda i: i.value.event)
PROJECT_ID = Column("project_id", "TEXT NOT NULL REFERENCES projects(id)",
                    lambda i: i.value.project)


def span_columns(prefix: str = "", path: str = "") -> tuple[Column, ...]:
    """text, start_char and end_char of a span, named with `prefix` and found at `path`."""
    return tuple(Column(f"{prefix}{name}", sql, attr(f"{path}{name}")) for name, sql in
                 (("text", "TEXT NOT NULL"), ("start_char", "INTEGER NOT NULL"),
                  ("end_char", "INTEGER NOT NULL")))


TABLES = (
    Table("articles", lambda a: [a], (
        Column("id", "TEXT NOT NULL", attr("id")),
        Column("schema_version", "TEXT NOT NULL", attr("schema_version")),
        Column("source_path", "TEXT NOT NULL", attr("source.path")),
        Column("source_sha256", "TEXT NOT NULL", attr("source.sha256")),
        Column("source_index", "INTEGER NOT NULL", attr("source.index")),
        Column("source_url", "TEXT", attr("source.url")),
        Column("title", "TEXT", attr("title")),
        Column("published", "TEXT", attr("published")),
        Column("reference_date", "TEXT", attr("reference_date")),
        Column("reference_source", "TEXT", attr("reference_source")),
        Column("site", "TEXT", attr("site")),
        Column("author", "TEXT", attr("author")),
        Column("language", "TEXT NOT NULL", attr("language")),
        Column("text", "TEXT NOT NULL", attr("text")),
    ), key=("id",)),
    Table("dates", lambda a: a.dates, (
        ARTICLE_ID, POSITION, *span_columns(),
        Column("value", "TEXT", attr("value")),
        Column("granularity", "TEXT", attr("granularity")),
    ), key=CHILD_KEY),
    Table("amounts", lambda a: a.amounts, (
        ARTICLE_ID, POSITION,
        Column("id", "TEXT NOT NULL", attr("id")),
        *span_columns(),
        Column("kind", "TEXT NOT NULL", attr("kind")),
        Column("value", "NUMERIC NOT NULL", attr("value")),
        Column("unit", "TEXT", attr("unit")),
        Column("approximate", "INTEGER NOT NULL", attr("approximate")),
        Column("cumulative", "INTEGER NOT NULL", attr("cumulative")),
        Column("restates", "INTEGER NOT NULL", attr("restates")),
        Column("usd", "NUMERIC", attr("usd")),
        Column("usd_basis", "TEXT", attr("usd_basis")),
        Column("min", "NUMERIC", attr("min")),
        Column("max", "NUMERIC", attr("max")),
        Column("equivalent_value", "NUMERIC", lambda i: i.value.equivalent and (
            i.value.equivalent.value)),
        Column("equivalent_unit", "TEXT", lambda i: i.value.equivalent and (
            i.value.equivalent.unit)),
    ), key=CHILD_KEY),
    Table("registry", None, run=lambda run: run.registry, columns=(
        Column("id", "TEXT NOT NULL", attr("id")),
        Column("name", "TEXT NOT NULL", attr("name")),
        Column("aliases", "TEXT NOT NULL", attr("aliases")),
        Column("kind", "TEXT NOT NULL", attr("kind")),
        Column("country", "TEXT", attr("country")),
        Column("stories", "TEXT NOT NULL",
               lambda i: list(dict.fromkeys(m.article_id for m in i.value.stories))),
    ), key=("id",)),
    Table("projects", None, run=lambda run: run.projects, columns=(
        Column("id", "TEXT NOT NULL", attr("id")),
        Column("title", "TEXT NOT NULL", attr("title")),
        Column("flow_type", "TEXT NOT NULL", attr("flow_type")),
        Column("amount_value", "NUMERIC", lambda i: i.value.amount and i.value.amount.value),
        Column("amount_unit", "TEXT", lambda i: i.value.amount and i.value.amount.unit),
        Column("usd", "NUMERIC", lambda i: i.value.amount and i.value.amount.usd),
        Column("status", "TEXT NOT NULL", attr("status")),
        Column("date", "TEXT", attr("date")),
        Column("year", "INTEGER", lambda i: year_of(i.value.date)),
        Column("sector", "TEXT", attr("sector")),
        Column("sector_code", "TEXT", attr("sector_code")),
        Column("envelope", "INTEGER NOT NULL", attr("envelope")),
        Column("part_of", "TEXT REFERENCES projects(id) DEFERRABLE INITIALLY DEFERRED",
               attr("part_of")),
        Column("donors", "TEXT NOT NULL", lambda i: [p.name for p in i.value.donor]),
        Column("recipients", "TEXT NOT NULL", lambda i: [p.name for p in i.value.recipient]),
        Column("reports", "INTEGER NOT NULL", lambda i: len(i.value.reports)),
    ), key=("id",)),
    Table("project_parties", None, run=lambda run: [
        Owned(p.id, n, party, role) for p in run.projects
        for role, parties in (("donor", p.donor), ("recipient", p.recipient))
        for n, party in enumerate(parties)], columns=(
        PROJECT_ID,
        Column("role", "TEXT NOT NULL", lambda i: i.value.role),
        Column("position", "INTEGER NOT NULL", lambda i: i.value.position),
        Column("kind", "TEXT NOT NULL", attr("value.kind")),
        Column("name", "TEXT NOT NULL", attr("value.name")),
        Column("registry_id", "TEXT REFERENCES registry(id)", attr("value.id")),
        Column("code", "TEXT", attr("value.code")),
    ), key=("project_id", "role", "position")),
    Table("project_reports", None, run=lambda run: [
        Owned(p.id, n, report) for p in run.projects
        for n, report in enumerate(p.reports)], columns=(
        PROJECT_ID,
        Column("position", "INTEGER NOT NULL", lambda i: i.value.position),
        Column("article_id", "TEXT NOT NULL REFERENCES articles(id)",
               attr("value.article_id")),
        Column("event_position", "INTEGER NOT NULL", attr("value.event")),
        Column("language", "TEXT NOT NULL", attr("value.language")),
        Column("status", "TEXT NOT NULL", attr("value.status")),
        Column("date", "TEXT", attr("value.date")),
        Column("amount_id", "TEXT", attr("value.amount")),
        Column("sentence", "TEXT NOT NULL", attr("value.sentence")),
        Column("start_char", "INTEGER NOT NULL", attr("value.start_char")),
        Column("end_char", "INTEGER NOT NULL", attr("value.end_char")),
    ), key=("project_id", "position")),
    Table("organizations", lambda a: a.organizations, (
        ARTICLE_ID, POSITION,
        Column("id", "TEXT NOT NULL", attr("id")),
        Column("registry_id", "TEXT REFERENCES registry(id)",
               lambda i: i.members.get((i.article.id, i.value.id))),
        Column("name", "TEXT NOT NULL", attr("name")),
        Column("aliases", "TEXT NOT NULL", attr("aliases")),
        Column("kind", "TEXT NOT NULL", attr("kind")),
        Column("country", "TEXT", attr("country")),
        Column("mentions", "INTEGER NOT NULL", lambda i: len(i.value.mentions)),
        Column("credits", "TEXT NOT NULL", attr("credits")),
    ), key=CHILD_KEY),
    Table("events", lambda a: a.events, (
        ARTICLE_ID, POSITION,
        Column("type", "TEXT NOT NULL", attr("type")),
        *span_columns("trigger_", "trigger."),
        Column("date", "TEXT", attr("date")),
        Column("date_granularity", "TEXT", attr("date_granularity")),
        Column("date_source", "TEXT", attr("date_source")),
        Column("organizations", "TEXT NOT NULL", attr("organizations")),
        Column("persons", "TEXT NOT NULL", attr("persons")),
        Column("places", "TEXT NOT NULL", attr("places")),
        Column("amounts", "TEXT NOT NULL", attr("amounts")),
        Column("cameo", "TEXT", attr("cameo")),
        Column("cameo_label", "TEXT", lambda i: CAMEO_LABELS.get(i.value.cameo or "")),
        Column("sentence", "TEXT NOT NULL", attr("sentence")),
        Column("sentence_start_char", "INTEGER NOT NULL", attr("sentence_start_char")),
        Column("sentence_end_char", "INTEGER NOT NULL", attr("sentence_end_char")),
    ), key=CHILD_KEY),
    Table("event_actors", lambda a: [
        Link(e, n, actor, role) for e, event in enumerate(a.events)
        for role, actors in (("source", event.source), ("target", event.target))
        for n, actor in enumerate(actors)], (
        ARTICLE_ID, EVENT_POSITION,
        Column("role", "TEXT NOT NULL", lambda i: i.value.role),
        Column("position", "INTEGER NOT NULL", lambda i: i.value.position),
        Column("kind", "TEXT NOT NULL", attr("value.kind")),
        Column("name", "TEXT NOT NULL", attr("value.name")),
        Column("organization_id", "TEXT", attr("value.id")),
        Column("registry_id", "TEXT REFERENCES registry(id)",
               lambda i: i.members.get((i.article.id, i.value.value.id or ""))),
        Column("code", "TEXT", attr("value.code")),
    ), key=("article_id", "event_position", "role", "position")),
    Table("event_amounts", lambda a: [
        Link(e, n, amount) for e, event in enumerate(a.events)
        for n, amount in enumerate(event.amounts)], (
        ARTICLE_ID, EVENT_POSITION,
        Column("position", "INTEGER NOT NULL", lambda i: i.value.position),
        Column("amount_id", "TEXT NOT NULL", lambda i: i.value.value),
    ), key=("article_id", "event_position", "position")),
)


def read_articles(run_dir: Path) -> list[Article]:
    """The records of `run_dir/articles.jsonl`, each validated; raises ValueError on a bad line."""
    path = run_dir / JSONL_NAME
    articles = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                articles.append(Article.model_validate_json(line))
            except ValueError as err:
                raise ValueError(f"{path} line {number} is not a valid record; rerun "
                                 f"`python -m pipeline run` to regenerate it. {err}") from err
    return articles


def as_text_cell(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs as a formula: text starting like one is quoted."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def header(table: Table) -> str:
    return ",".join(column.name for column in table.columns)


def write_csv(articles: list[Article], folder: Path) -> Path:
    """One `<table>.csv` per table in `folder`, each written atomically; a CSV file of the same
    name is replaced only when it is one of this pipeline's tables (its header row). The files
    start with a byte-order mark, so that spreadsheet programs read them as UTF-8."""
    run = Run.of(articles)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} is a file; --out of a CSV export is a folder.")
    for table in TABLES:
        check_replaceable(folder / f"{table.name}.csv", starts_with(header(table).encode()))
    folder.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(column.name for column in table.columns)
        writer.writerows(tuple(map(as_text_cell, row))
                         for row in table.rows(articles, run))
        atomic_write(folder / f"{table.name}.csv", BOM + buffer.getvalue())
    return folder


def create_statement(table: Table) -> str:
    """The CREATE TABLE statement of a table."""
    columns = [f"{column.name} {column.sql}" for column in table.columns]
    return f"CREATE TABLE {table.name} ({', '.join(columns)}, PRIMARY KEY ({', '.join(table.key)}))"


def fill_database(connection: sqlite3.Connection, articles: list[Article]) -> None:
    """Create every table in an empty database and insert the rows."""
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    run = Run.of(articles)
    for table in TABLES:
        connection.execute(create_statement(table))
        marks = ", ".join("?" for _ in table.columns)
        connection.executemany(f"INSERT INTO {table.name} VALUES ({marks})",
                               table.rows(articles, run))
    connection.commit()


def is_own_database(path: Path) -> bool:
    """Whether `path` is an SQLite file this pipeline's export wrote."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def write_sqlite(articles: list[Article], path: Path) -> Path:
    """The tables in one SQLite file, built in a temporary file and renamed over `path` (which
    must be free or an earlier export of this pipeline)."""
    check_replaceable(path, is_own_database)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = temporary(path.parent, path.name)
    os.close(fd)
    try:
        connection = sqlite3.connect(tmp)
        try:
            fill_database(connection, articles)
        except sqlite3.IntegrityError as err:
            raise ValueError(f"The records cannot form tables ({err}): two records share an id "
                             "or refer to one that is missing; rerun `python -m pipeline run` to "
                             "regenerate the folder.") from err
        finally:
            connection.close()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_iati(articles: list[Article], path: Path) -> Path:
    """The run's projects as one IATI 2.03 activities file `path` (free, or an earlier export of
    this pipeline), written atomically; says on stderr how many projects had no date for it."""
    check_replaceable(path, starts_with(IATI_START))
    text, left_out = iati_xml(Run.of(articles).projects)
    if left_out:
        print(f"{left_out} project(s) without any date left out of {path} (IATI requires "
              "an activity date).", file=sys.stderr)
    atomic_write(path, text)
    return path


def export(run_dir: Path, fmt: str, out: Path) -> Path:
    """Export the records of `run_dir` as CSV files in folder `out`, an SQLite file `out` or an
    IATI activities file `out`."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"Unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}.")
    articles = read_articles(run_dir)
    writer = {"csv": write_csv, "sqlite": write_sqlite, "iati": write_iati}[fmt]
    return writer(articles, out)
