"""IATI export: a run's projects as IATI 2.03 activities (pipeline/iati.py), written by `export`.

The test against the IATI schemas runs only when IATI_SCHEMAS names a folder holding the IATI
2.03 activity schemas (iati-activities-schema.xsd, iati-common.xsd, xml.xsd); they are not kept
in this repository.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import pytest
from lxml import etree

from pipeline.cli import format_of, main
from pipeline.export import IATI_START, export
from pipeline.iati import iati_xml, identifier
from pipeline.projects import build_projects, reports_of
from pipeline.registry import build_registry
from pipeline.schema import (
    Actor,
    AmountMention,
    Article,
    Event,
    Organization,
    Project,
    Source,
    TextSpan,
)
from pipeline.write import OutputError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
COUNTRIES = {"Uzbekistan": "UZB", "Kyrgyzstan": "KGZ", "Tajikistan": "TJK", "Japan": "JPN",
             "Узбекистану": "UZB", "Таджикистану": "TJK"}
SCALES = {"million": 10**6, "млн": 10**6}
ADB = "Asian Development Bank"


def span(text: str, part: str) -> TextSpan:
    at = text.index(part)
    return TextSpan(text=part, start_char=at, end_char=at + len(part))


def story(text: str, trigger: str, amount: str | None, *, donor: str,
          recipient: str | Sequence[str] = "Uzbekistan", id: str = "s1", language: str = "en",
          published: str | None = "2023-05-10", date: str | None = None) -> Article:
    """A story of one funding sentence; `amount` is a dollar sum as written in it."""
    amounts = []
    if amount:
        number, scale = re.search(r"([\d.]+)\s*(\w+)", amount).groups()
        value = round(float(number) * SCALES[scale])
        amounts.append(AmountMention(**span(text, amount).model_dump(), id="a1", kind="money",
                                     value=value, unit="USD", usd=value))
    orgs: list[Organization] = []

    def actor(name: str) -> Actor:
        if name in COUNTRIES:
            return Actor(kind="country", name=name, code=COUNTRIES[name])
        orgs.append(Organization(id=f"o{len(orgs) + 1}", name=name, aliases=[],
                                 mentions=[span(text, name)]))
        return Actor(kind="organization", name=name, id=orgs[-1].id)

    source = [actor(donor)]
    target = [actor(name) for name in ([recipient] if isinstance(recipient, str) else recipient)]
    event = Event(type="funding", trigger=span(text, trigger), sentence=text,
                  sentence_start_char=0, sentence_end_char=len(text), date=date, source=source,
                  target=target, organizations=[o.id for o in orgs], persons=[], places=[],
                  amounts=[a.id for a in amounts])
    return Article(id=id, source=Source(path=f"{id}.txt", sha256="0" * 64, index=0), title=None,
                   published=published, reference_date=published, language=language, text=text,
                   dates=[], amounts=amounts, organizations=orgs, events=[event], removed=[])


def projects_of(*articles: Article) -> list[Project]:
    registry = build_registry((a.id, a.organizations) for a in articles)
    return build_projects([r for a in articles for r in reports_of(a)], registry)


def activities_of(*articles: Article) -> tuple[ET.Element, int]:
    text, left_out = iati_xml(projects_of(*articles))
    return ET.fromstring(text), left_out


def only_activity(*articles: Article) -> ET.Element:
    root, _ = activities_of(*articles)
    found = root.findall("iati-activity")
    assert len(found) == 1, ET.tostring(root, encoding="unicode")
    return found[0]


def loan(id: str = "s1", *, date: str | None = None, published: str | None = "2023-05-10",
         recipient: str = "Uzbekistan") -> Article:
    return story(f"The Asian Development Bank signed a $120 million loan with {recipient} for "
                 "irrigation.", "signed", "$120 million", donor=ADB, recipient=recipient, id=id,
                 date=date, published=published)


def pledge(id: str = "s2", published: str | None = "2023-04-01") -> Article:
    return story("Japan will provide a $5 million grant to Kyrgyzstan for hospitals.", "provide",
                 "$5 million", donor="Japan", recipient="Kyrgyzstan", id=id, published=published)


def programme() -> Article:
    return story("The Asian Development Bank approved a $500 million country programme for "
                 "Uzbekistan, Kyrgyzstan and Tajikistan.", "approved", "$500 million", donor=ADB,
                 recipient=["Uzbekistan", "Kyrgyzstan", "Tajikistan"], id="p1")


def under_programme() -> Article:
    return story("Under the programme, the Asian Development Bank signed a $50 million loan with "
                 "Uzbekistan for schools.", "signed", "$50 million", donor=ADB, id="p2",
                 date="2023")


def russian_report() -> Article:
    return story("Азиатский банк развития выделил Узбекистану кредит в размере 50 млн долларов.",
                 "выделил", "50 млн долларов", donor="Азиатский банк развития",
                 recipient="Узбекистану", id="p3", language="ru", published="2023-06-01")


def run_stories() -> list[Article]:
    """A run of every kind of project: an envelope for three countries, a loan under it also
    reported in Russian, a pledge, a Russian-only loan and a project with no date."""
    return [programme(), under_programme(), russian_report(), pledge(),
            story("Всемирный банк выделил Таджикистану кредит в размере 30 млн долларов.",
                  "выделил", "30 млн долларов", donor="Всемирный банк", recipient="Таджикистану",
                  id="p4", language="ru"),
            loan("p5", published=None)]


def write_run(folder: Path, articles: list[Article]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "articles.jsonl").write_text(
        "".join(a.model_dump_json() + "\n" for a in articles), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_run(tmp_path_factory.mktemp("run"), run_stories())


# The activities


def test_iati_text_is_iati_activities_2_03_as_its_export_recognises() -> None:
    text, _ = iati_xml(projects_of(loan()))
    root = ET.fromstring(text)
    assert (root.tag, root.get("version")) == ("iati-activities", "2.03")
    assert text.encode().startswith(IATI_START)
    reporter = root.find("iati-activity/reporting-org")
    assert reporter is not None and reporter.get("secondary-reporter") == "1"


def test_one_activity_per_dated_project() -> None:
    projects = projects_of(*run_stories())
    root = ET.fromstring(iati_xml(projects)[0])
    assert [a.findtext("iati-identifier") for a in root.findall("iati-activity")] == [
        identifier(p.id) for p in projects if p.date]
    assert len(root.findall("iati-activity")) == 4


def test_project_without_any_date_is_left_out_and_counted() -> None:
    root, left_out = activities_of(loan(published=None), pledge(published=None))
    assert (root.findall("iati-activity"), left_out) == ([], 2)


def test_project_with_a_published_date_is_kept() -> None:
    root, left_out = activities_of(loan(), pledge())
    assert (len(root.findall("iati-activity")), left_out) == (2, 0)


@pytest.mark.parametrize(("date", "iso", "said"), [
    ("2023", "2023-01-01", "reported as 2023"),
    ("2023-06", "2023-06-01", "reported as 2023-06"),
    ("2023-06-15", "2023-06-15", None),
])
def test_activity_date_is_a_full_date_saying_what_was_reported(date: str, iso: str,
                                                               said: str | None) -> None:
    when = only_activity(loan(date=date)).find("activity-date")
    assert when is not None and when.get("iso-date") == iso
    assert when.findtext("narrative") == said


@pytest.mark.parametrize(("article", "code"), [(loan(), "421"), (pledge(), "110")])
def test_finance_type_follows_the_flow(article: Article, code: str) -> None:
    finance = only_activity(article).find("default-finance-type")
    assert finance is not None and finance.get("code") == code


def test_project_of_no_flow_type_has_no_finance_type() -> None:
    activity = only_activity(programme())
    assert activity.find("default-finance-type") is None


@pytest.mark.parametrize(("article", "code"), [(pledge(), "12"), (loan(), "2")])
def test_pledge_is_a_pledge_transaction_else_a_commitment(article: Article, code: str) -> None:
    transaction = only_activity(article).find("transaction")
    assert transaction is not None
    assert transaction.find("transaction-type").get("code") == code


def test_transaction_states_the_sum_and_its_sides() -> None:
    transaction = only_activity(loan(date="2023-06-15")).find("transaction")
    value = transaction.find("value")
    assert (value.get("currency"), value.get("value-date"), float(value.text)) == (
        "USD", "2023-06-15", 120_000_000)
    assert transaction.findtext("provider-org/narrative") == ADB
    assert transaction.findtext("receiver-org/narrative") == "Uzbekistan"


def test_single_recipient_country_is_alpha_2_without_percentage() -> None:
    countries = only_activity(loan()).findall("recipient-country")
    assert [(c.get("code"), c.get("percentage")) for c in countries] == [("UZ", None)]


def test_several_recipient_countries_share_one_hundred_percent() -> None:
    countries = only_activity(programme()).findall("recipient-country")
    assert [(c.get("code"), c.get("percentage")) for c in countries] == [
        ("UZ", "34"), ("KG", "33"), ("TJ", "33")]


def test_russian_report_of_an_english_activity_carries_its_language() -> None:
    activity = only_activity(under_programme(), russian_report())
    assert activity.get(XML_LANG) == "en"
    narratives = activity.findall("description/narrative")
    assert [n.get(XML_LANG) for n in narratives] == [None, "ru"]
    assert narratives[1].text.startswith("Азиатский банк развития")


def test_activity_of_russian_reports_only_is_in_russian() -> None:
    activity = only_activity(russian_report())
    assert activity.get(XML_LANG) == "ru"
    assert [n.get(XML_LANG) for n in activity.findall("description/narrative")] == [None]


def test_project_part_of_an_envelope_names_it_as_parent() -> None:
    projects = projects_of(programme(), under_programme())
    parent = next(identifier(p.id) for p in projects if p.envelope)
    child = next(identifier(p.id) for p in projects if p.part_of)
    root = ET.fromstring(iati_xml(projects)[0])
    links = {a.findtext("iati-identifier"): [(r.get("ref"), r.get("type"))
                                             for r in a.findall("related-activity")]
             for a in root.findall("iati-activity")}
    assert links == {parent: [(child, "2")], child: [(parent, "1")]}


def test_envelope_names_no_child_the_file_leaves_out_for_want_of_a_date() -> None:
    undated = story("Under the programme, the Asian Development Bank signed a $50 million loan "
                    "with Uzbekistan for schools.", "signed", "$50 million", donor=ADB, id="p2",
                    published=None)
    activity = only_activity(programme(), undated)
    assert activity.findall("related-activity") == []


def test_project_under_no_envelope_has_no_related_activity() -> None:
    assert only_activity(loan()).findall("related-activity") == []


# The export


def test_xml_out_path_exports_iati(run_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "projects.xml"
    assert format_of(out) == "iati"
    assert main(["export", str(run_dir), "-o", str(out)]) == 0
    root = ET.parse(out).getroot()
    assert root.tag == "iati-activities"
    assert len(root.findall("iati-activity")) == 4


def test_export_says_how_many_projects_were_left_out(run_dir: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    export(run_dir, "iati", tmp_path / "projects.xml")
    assert "1 project(s) without any date left out" in capsys.readouterr().err


@pytest.mark.parametrize("foreign", [
    "my notes, not an export\n",
    '<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n'
    "</iati-activities>\n",
])
def test_export_refuses_to_overwrite_a_file_it_did_not_write(run_dir: Path, tmp_path: Path,
                                                             foreign: str) -> None:
    out = tmp_path / "projects.xml"
    out.write_text(foreign, encoding="utf-8")
    with pytest.raises(OutputError, match="was not written by this pipeline"):
        export(run_dir, "iati", out)
    assert out.read_text(encoding="utf-8") == foreign
    assert main(["export", str(run_dir), "-o", str(out)]) == 2


def test_export_replaces_its_own_earlier_iati_file(run_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "projects.xml"
    first = export(run_dir, "iati", out).read_text(encoding="utf-8")
    assert export(run_dir, "iati", out).read_text(encoding="utf-8") == first
    assert [p.name for p in tmp_path.iterdir()] == ["projects.xml"]


# Validity against the IATI schemas


@pytest.fixture(scope="module")
def iati_schema() -> etree.XMLSchema:
    folder = os.environ.get("IATI_SCHEMAS")
    main_xsd = Path(folder or ".") / "iati-activities-schema.xsd"
    if not folder or not main_xsd.is_file():
        pytest.skip("set IATI_SCHEMAS to a folder holding the IATI 2.03 activity schemas "
                    "(iati-activities-schema.xsd, iati-common.xsd, xml.xsd) to validate against "
                    "them")
    return etree.XMLSchema(etree.parse(str(main_xsd)))


def test_export_is_valid_against_the_iati_2_03_schemas(run_dir: Path, tmp_path: Path,
                                                       iati_schema: etree.XMLSchema) -> None:
    out = export(run_dir, "iati", tmp_path / "projects.xml")
    document = etree.parse(str(out))
    for path in ("participating-org[@role='1']", "participating-org[@role='2']",
                 "transaction/value", "sector", "recipient-country[@percentage]",
                 "related-activity[@type='1']", "default-finance-type",
                 "activity-date/narrative", "description/narrative[@xml:lang='ru']"):
        assert document.xpath(f"//iati-activity/{path}"), path
    assert iati_schema.validate(document), iati_schema.error_log
