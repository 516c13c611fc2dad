"""Export: CSV tables and the SQLite database hold exactly the items of a run's records."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.export import TABLES, export, read_articles
from pipeline.schema import Article

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
}


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A run over two small stories."""
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
    assert counts["articles"] == 2
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
