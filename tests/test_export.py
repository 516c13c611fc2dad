"""Export: CSV tables and the SQLite database hold exactly the items of a run's records."""

from __future__ import annotations

import codecs
import csv
import json
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.export import TABLES, export, read_articles
from pipeline.registry import build_registry, member_ids
from pipeline.schema import Article, RegistryEntry

STORIES = {
    "grant.txt": (
        "Japan extends grant to Uzbekistan\n"
        "JICA signed a grant agreement of 1.6 billion yen on 2 July 2014 in Tashkent.\n"
        "The Japan International Cooperation Agency (JICA) said about 30% of the funds go to "
        "clinics.\n"
    ),
    "talks.txt": (
        "Kazakhstan and Japan hold talks on transport\n"
        "The Ministry of Foreign Affairs of Kazakhstan said on 12 May 2023 that ministers met in "
        "Astana; Japan will provide a loan of $25 million to upgrade 120 km of roads.\n"
    ),
    "aid.txt": (
        "Japan funds clinics in Tajikistan\n"
        "Japan will provide Tajikistan with a grant of $5 million.\n"
        "The Asian Development Bank approved a loan of $20 million to the Ministry of Health of "
        "Tajikistan on 3 March 2021.\n"
        "JICA will train 40 nurses in Dushanbe.\n"
    ),
}


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A run over the small stories."""
    inputs = tmp_path_factory.mktemp("raw")
    for name, text in STORIES.items():
        (inputs / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    assert main(["run", str(inputs), "--out", str(out), "--no-progress"]) == 0
    return out


@pytest.fixture(scope="module")
def articles(run_dir: Path) -> list[Article]:
    return read_articles(run_dir)


@pytest.fixture(scope="module")
def csv_dir(run_dir: Path) -> Path:
    out = run_dir / "tables"
    assert main(["export", str(run_dir), "--format", "csv", "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def database(run_dir: Path) -> Path:
    out = run_dir / "run.db"
    assert main(["export", str(run_dir), "--format", "sqlite", "--out", str(out)]) == 0
    return out


def expected_counts(articles: list[Article]) -> dict[str, int]:
    return {"articles": len(articles),
            "dates": sum(len(a.dates) for a in articles),
            "amounts": sum(len(a.amounts) for a in articles),
            "organizations": sum(len(a.organizations) for a in articles),
            "events": sum(len(a.events) for a in articles)}


def csv_rows(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_records_have_items_to_export(articles: list[Article]) -> None:
    counts = expected_counts(articles)
    assert counts["articles"] == len(STORIES)
    assert sum(counts.values()) > counts["articles"]


def test_csv_row_counts_equal_record_items(csv_dir: Path, articles: list[Article]) -> None:
    counts = {table: len(csv_rows(csv_dir, table)) for table in expected_counts(articles)}
    assert counts == expected_counts(articles)


def test_sqlite_row_counts_equal_record_items(database: Path, articles: list[Article]) -> None:
    with sqlite3.connect(database) as db:
        counts = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in expected_counts(articles)}
    assert counts == expected_counts(articles)


def test_csv_headers_equal_sqlite_columns(csv_dir: Path, database: Path) -> None:
    with sqlite3.connect(database) as db:
        for table in TABLES:
            columns = [row[1] for row in db.execute(f"PRAGMA table_info({table.name})")]
            with (csv_dir / f"{table.name}.csv").open(encoding="utf-8-sig", newline="") as handle:
                assert next(csv.reader(handle)) == columns


def test_sqlite_keys_link_items_to_articles(database: Path) -> None:
    db = sqlite3.connect(database)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO dates (article_id, position, text, start_char, end_char) "
                       "VALUES ('no-such-article', 0, 'x', 0, 1)")
        with pytest.raises(sqlite3.IntegrityError):
            article_id = db.execute("SELECT id FROM articles").fetchone()[0]
            db.execute("INSERT INTO articles (id, schema_version, source_path, source_sha256, "
                       "source_index, language, text) VALUES (?, '1.0', 'x', 'x', 0, 'en', '')",
                       (article_id,))
    finally:
        db.close()


def test_list_cells_are_json_arrays(csv_dir: Path, articles: list[Article]) -> None:
    aliases = [json.loads(row["aliases"]) for row in csv_rows(csv_dir, "organizations")]
    assert aliases == [org.aliases for a in articles for org in a.organizations]


def test_sqlite_values_round_trip(database: Path, articles: list[Article]) -> None:
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT text, value, approximate FROM amounts "
                          "ORDER BY rowid").fetchall()
    assert rows == [(a.text, a.value, int(a.approximate)) for art in articles for a in art.amounts]


def test_sqlite_export_replaces_its_own_earlier_export(run_dir: Path, tmp_path: Path,
                                                      articles: list[Article]) -> None:
    target = tmp_path / "run.db"
    export(run_dir, "sqlite", target)
    export(run_dir, "sqlite", target)
    with sqlite3.connect(target) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(articles)
    assert [p.name for p in tmp_path.iterdir()] == ["run.db"]


def test_unknown_format_is_refused(run_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Unknown export format 'xlsx'"):
        export(run_dir, "xlsx", tmp_path / "out")


def test_invalid_record_line_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "articles.jsonl").write_text('{"id": "broken"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="line 1 is not a valid record"):
        read_articles(tmp_path)


# The tables of event sides, event amounts and the run's registry


def run_registry(articles: list[Article]) -> list[RegistryEntry]:
    return build_registry((a.id, a.organizations) for a in articles)


def sqlite_rows(database: Path, query: str) -> list[tuple]:
    db = sqlite3.connect(database)
    try:
        return db.execute(query).fetchall()
    finally:
        db.close()


@contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def test_sqlite_passes_foreign_key_and_integrity_checks(database: Path) -> None:
    assert sqlite_rows(database, "PRAGMA foreign_key_check") == []
    assert sqlite_rows(database, "PRAGMA integrity_check") == [("ok",)]


def test_event_actors_are_the_sides_of_each_event(database: Path,
                                                  articles: list[Article]) -> None:
    registry = member_ids(run_registry(articles))
    expected = [(a.id, e, role, n, actor.kind, actor.name, actor.id,
                 registry.get((a.id, actor.id or "")), actor.code)
                for a in articles for e, event in enumerate(a.events)
                for role, actors in (("source", event.source), ("target", event.target))
                for n, actor in enumerate(actors)]
    assert {row[2] for row in expected} == {"source", "target"}
    assert sqlite_rows(database, "SELECT * FROM event_actors ORDER BY rowid") == expected


def test_event_actors_of_countries_have_codes_and_no_registry_id(
        database: Path, articles: list[Article]) -> None:
    aid = next(a for a in articles if a.id == "aid")
    grant = next(e for e, event in enumerate(aid.events)
                 if event.sentence.startswith("Japan will provide Tajikistan"))
    rows = sqlite_rows(database, "SELECT role, kind, name, organization_id, registry_id, code "
                       "FROM event_actors WHERE article_id = 'aid' AND event_position = "
                       f"{grant} ORDER BY role, position")
    assert rows == [("source", "country", "Japan", None, None, "JPN"),
                    ("target", "country", "Tajikistan", None, None, "TJK")]


def test_event_actors_of_organisations_have_registry_ids(database: Path) -> None:
    rows = sqlite_rows(database, "SELECT organization_id, registry_id FROM event_actors "
                       "WHERE kind = 'organization'")
    assert rows
    assert all(org_id and registry_id for org_id, registry_id in rows)


def test_event_actor_registry_ids_exist_in_registry(database: Path) -> None:
    linked = sqlite_rows(database, "SELECT count(*) FROM event_actors "
                         "WHERE registry_id IS NOT NULL")[0][0]
    dangling = sqlite_rows(database, "SELECT event_actors.registry_id FROM event_actors "
                           "LEFT JOIN registry ON registry.id = event_actors.registry_id "
                           "WHERE event_actors.registry_id IS NOT NULL AND registry.id IS NULL")
    assert linked > 0
    assert dangling == []


def test_organization_registry_ids_are_the_run_registry_ids(database: Path,
                                                            articles: list[Article]) -> None:
    registry = member_ids(run_registry(articles))
    rows = sqlite_rows(database, "SELECT organizations.article_id, organizations.id, "
                       "organizations.registry_id, registry.id FROM organizations "
                       "LEFT JOIN registry ON registry.id = organizations.registry_id "
                       "ORDER BY organizations.rowid")
    assert rows == [(a.id, o.id, registry[(a.id, o.id)], registry[(a.id, o.id)])
                    for a in articles for o in a.organizations]


def test_registry_rows_are_the_run_registry(database: Path, articles: list[Article]) -> None:
    expected = [(e.id, e.name, json.dumps(e.aliases), e.kind, e.country,
                 json.dumps(list(dict.fromkeys(m.article_id for m in e.stories))))
                for e in run_registry(articles)]
    assert sqlite_rows(database, "SELECT * FROM registry ORDER BY rowid") == expected


def test_registry_stories_are_the_articles_of_its_organizations(database: Path) -> None:
    stories = dict(sqlite_rows(database, "SELECT id, stories FROM registry"))
    members: dict[str, set[str]] = {}
    for article_id, registry_id in sqlite_rows(database, "SELECT article_id, registry_id "
                                               "FROM organizations"):
        members.setdefault(registry_id, set()).add(article_id)
    assert {key: set(json.loads(value)) for key, value in stories.items()} == members
    assert stories["org:japan-international-cooperation-agency"] == '["aid", "grant"]'


def test_event_amounts_are_the_amount_ids_of_each_event(database: Path,
                                                        articles: list[Article]) -> None:
    expected = [(a.id, e, n, amount_id) for a in articles for e, event in enumerate(a.events)
                for n, amount_id in enumerate(event.amounts)]
    assert len(expected) > len(articles)
    assert sqlite_rows(database, "SELECT * FROM event_amounts ORDER BY rowid") == expected


def test_event_amount_ids_match_amounts_of_the_same_article(database: Path) -> None:
    rows = sqlite_rows(database, "SELECT event_amounts.article_id, event_amounts.amount_id, "
                       "amounts.article_id FROM event_amounts LEFT JOIN amounts "
                       "ON amounts.article_id = event_amounts.article_id "
                       "AND amounts.id = event_amounts.amount_id")
    assert rows
    assert [row for row in rows if row[2] is None] == []


def test_amount_ids_are_the_records_ids(database: Path, articles: list[Article]) -> None:
    rows = sqlite_rows(database, "SELECT article_id, position, id FROM amounts ORDER BY rowid")
    assert rows == [(a.id, n, amount.id) for a in articles for n, amount in enumerate(a.amounts)]
    assert len(set(rows)) == len({(article_id, amount_id) for article_id, _, amount_id in rows})


def test_csv_files_start_with_a_byte_order_mark(csv_dir: Path) -> None:
    for table in TABLES:
        path = csv_dir / f"{table.name}.csv"
        assert path.read_bytes().startswith(codecs.BOM_UTF8 + table.columns[0].name.encode())
        assert not path.read_bytes()[len(codecs.BOM_UTF8):].startswith(codecs.BOM_UTF8)
        with path.open(encoding="utf-8-sig", newline="") as handle:
            assert next(csv.reader(handle)) == [column.name for column in table.columns]


@pytest.mark.parametrize("table", ["event_actors", "event_amounts", "registry"])
def test_csv_tables_read_back_as_the_sqlite_rows(csv_dir: Path, database: Path,
                                                 table: str) -> None:
    expected = [["" if value is None else str(value) for value in row]
                for row in sqlite_rows(database, f"SELECT * FROM {table} ORDER BY rowid")]
    assert expected
    assert [list(row.values()) for row in csv_rows(csv_dir, table)] == expected


def test_exports_are_readable_by_group_and_others_under_umask_022(run_dir: Path,
                                                                 tmp_path: Path) -> None:
    with umask(0o022):
        database = export(run_dir, "sqlite", tmp_path / "run.db")
        tables = export(run_dir, "csv", tmp_path / "tables")
    assert stat.S_IMODE(database.stat().st_mode) == 0o644
    assert {stat.S_IMODE(path.stat().st_mode) for path in tables.iterdir()} == {0o644}


def test_exports_follow_a_private_umask(run_dir: Path, tmp_path: Path) -> None:
    with umask(0o077):
        database = export(run_dir, "sqlite", tmp_path / "run.db")
        tables = export(run_dir, "csv", tmp_path / "tables")
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert {stat.S_IMODE(path.stat().st_mode) for path in tables.iterdir()} == {0o600}
