"""The README's answers to the analysts' questions run verbatim on exports of `processed/`."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from pipeline.export import export

ROOT = Path(__file__).resolve().parents[1]
SECTION = "### Answering the analysts' questions"
FENCE = re.compile(r"```(sql|python)\n(.*?)```", re.DOTALL)


def blocks(language: str) -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split(SECTION, 1)[1].split("\n## ", 1)[0]
    return [code for lang, code in FENCE.findall(section) if lang == language]


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("exports")
    export(ROOT / "processed", "sqlite", folder / "news.sqlite")
    export(ROOT / "processed", "csv", folder / "tables")
    return folder


def test_the_readme_answers_three_questions_in_sql_and_in_pandas() -> None:
    assert len(blocks("sql")) == 3 and len(blocks("python")) == 1


@pytest.mark.parametrize("number", range(3))
def test_each_sql_answer_runs_and_returns_rows(exports: Path, number: int) -> None:
    with sqlite3.connect(exports / "news.sqlite") as connection:
        rows = connection.execute(blocks("sql")[number]).fetchall()
    assert rows


def test_money_per_partner_gives_the_seed_pages_yen_loan_once(exports: Path) -> None:
    with sqlite3.connect(exports / "news.sqlite") as connection:
        rows = connection.execute(blocks("sql")[0]).fetchall()
    assert rows == [("(giver not named)", 1, 266.4)]


def test_the_pandas_answers_agree_with_the_sql_answers(exports: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pandas")
    monkeypatch.chdir(exports)
    found: dict[str, object] = {}
    exec(blocks("python")[0], found)  # noqa: S102  (the README's own code)
    with sqlite3.connect(exports / "news.sqlite") as connection:
        money, months, pairs = (connection.execute(q).fetchall() for q in blocks("sql"))
    per_partner = found["per_partner"]
    assert [(name, int(row.sums), row.usd_millions) for name, row in per_partner.iterrows()] == [
        (partner, sums, usd) for partner, sums, usd in money]
    assert int(found["per_month"].to_numpy().sum()) == sum(n for _, _, n in months)
    assert int(found["pairs"].sum()) == sum(n for _, _, n in pairs)
