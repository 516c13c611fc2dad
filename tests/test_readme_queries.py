"""The README's answers to the analysts' questions run verbatim: on exports of `processed/`, and the
projects query on stories written for it."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.core import process_text
from pipeline.export import export

ROOT = Path(__file__).resolve().parents[1]
SECTION = "### Answering the analysts' questions"
FENCE = re.compile(r"```(sql|python)\n(.*?)```", re.DOTALL)


PROJECTS = "## Projects"
# Three outlets, one in Russian, report one loan.
ONE_LOAN = {
    "bank.txt": "Bank lends for rural schools\n\nPublished: 5 March 2024\n\nThe Asian Development "
                "Bank has approved a $100 million loan to Uzbekistan to build and equip rural "
                "schools, the bank said on Tuesday.\n",
    "agency.txt": "Uzbekistan gets ADB loan for schools\n\n6 March 2024\n\nThe Asian Development "
                  "Bank (ADB) approved a $100 million loan to Uzbekistan for the construction of "
                  "rural schools.\n",
    "ru.txt": "АБР выделит Узбекистану кредит на школы\n\n7 марта 2024\n\nАзиатский банк развития "
              "выделил Узбекистану кредит в размере $100 млн на строительство сельских школ.\n",
}


def blocks(language: str, heading: str = SECTION) -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split(heading, 1)[1].split("\n## ", 1)[0]
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


def test_committed_dollars_per_donor_per_year_count_a_loan_three_outlets_report_once(
        nlp: Language, tmp_path: Path) -> None:
    lines = [a.model_dump_json() for name, text in ONE_LOAN.items()
             for a in process_text(text, nlp, name=name)]
    (tmp_path / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    export(tmp_path, "sqlite", tmp_path / "news.sqlite")
    (query,) = blocks("sql", PROJECTS)
    with sqlite3.connect(tmp_path / "news.sqlite") as connection:
        rows = connection.execute(query).fetchall()
        reports = connection.execute("SELECT COUNT(*) FROM project_reports").fetchone()[0]
    assert rows == [("Asian Development Bank", 2024, 1, 100.0)] and reports == 3
