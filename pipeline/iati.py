"""IATI export: a run's projects as IATI 2.03 activity records, to set beside official data.

Each project is one `iati-activity`: its title, the report sentences as its description, the
donors as funding and the recipients as accountable participating organisations, an activity
status and date from the most advanced status reported, the recipient countries (ISO 3166-1
alpha-2), the DAC 3-digit sector, the finance type of its flow, a commitment (or, for a pledge,
a pledge) transaction with the sum, and the envelope it belongs to as its parent activity. The
reporting organisation is this pipeline, marked as a secondary reporter: the records are read
from news reports, not published by the donors. A project with no date at all cannot carry the
activity date IATI requires and is left out; the export says how many were.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pycountry

from pipeline.schema import Party, Project

IATI_VERSION = "2.03"
REPORTER = "news-pipeline"  # no registered IATI organisation identifier: a secondary reporter
REPORTER_NAME = "news-pipeline: projects read from news reports"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# ActivityStatus codes: 1 pipeline/identification, 2 implementation, 3 finalisation.
ACTIVITY_STATUS = {"pledged": "1", "approved": "1", "signed": "2", "disbursed": "2",
                   "delivered": "2", "under_way": "2", "completed": "3"}
# ActivityDateType: 1 planned start, 2 actual start.
STARTED = ("signed", "disbursed", "delivered", "under_way", "completed")
# OrganisationRole: 1 funding, 2 accountable. OrganisationType: 10 government, 40 multilateral.
ROLES = {"donor": "1", "recipient": "2"}
GOVERNMENT = "10"
# FinanceType: 110 standard grant, 421 standard loan, 510 common equity.
FINANCE_TYPES = {"grant": "110", "loan": "421", "technical_assistance": "110",
                 "equipment": "110", "investment": "510"}
# TransactionType: 2 outgoing commitment, 12 outgoing pledge.
PLEDGE, COMMITMENT = "12", "2"
SECTOR_VOCABULARY = "2"  # DAC 3-digit sector categories
PARENT, CHILD = "1", "2"  # RelatedActivityType


def identifier(project_id: str) -> str:
    """The activity's IATI identifier: the reporter's prefix and the project's id."""
    return f"{REPORTER}-{project_id.removeprefix('prj:')}"


def activities(projects: list[Project]) -> tuple[ET.Element, int]:
    """The `iati-activities` element of the dated projects, and how many were left out."""
    root = ET.Element("iati-activities", version=IATI_VERSION)
    dated = [p for p in projects if _iso_date(p.date)]
    kept = {p.id for p in dated}
    children: dict[str, list[str]] = {}
    for project in dated:
        if project.part_of in kept:
            children.setdefault(project.part_of, []).append(identifier(project.id))
    for project in dated:
        parent = project.part_of if project.part_of in kept else None
        root.append(_activity(project, parent, children.get(project.id, [])))
    return root, len(projects) - len(dated)


def iati_xml(projects: list[Project]) -> tuple[str, int]:
    """The XML text of the projects, and how many were left out for want of a date."""
    root, left_out = activities(projects)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n", left_out


def _activity(project: Project, parent: str | None, children: list[str]) -> ET.Element:
    lang = _language(project)
    activity = ET.Element("iati-activity", {XML_LANG: lang})
    ET.SubElement(activity, "iati-identifier").text = identifier(project.id)
    reporter = ET.SubElement(activity, "reporting-org", ref=REPORTER, type="90")
    reporter.set("secondary-reporter", "1")
    _narrative(reporter, REPORTER_NAME)
    _narrative(ET.SubElement(activity, "title"), project.title)
    description = ET.SubElement(activity, "description", type="1")
    for report in project.reports:
        _narrative(description, report.sentence.strip(), report.language, lang)
    for role, parties in (("donor", project.donor), ("recipient", project.recipient)):
        for party in parties or [Party(kind="organization", name="not named in the reports")]:
            _participant(activity, party, ROLES[role])
    ET.SubElement(activity, "activity-status", code=ACTIVITY_STATUS[project.status])
    when = ET.SubElement(activity, "activity-date", {
        "type": "2" if project.status in STARTED else "1", "iso-date": _iso_date(project.date)})
    if project.date != _iso_date(project.date):
        _narrative(when, f"reported as {project.date}")
    countries = [c for c in (_alpha_2(p) for p in project.recipient) if c]
    for code, share in zip(countries, _shares(len(countries)), strict=True):
        country = ET.SubElement(activity, "recipient-country", code=code)
        if len(countries) > 1:
            country.set("percentage", share)
    if project.sector_code:
        ET.SubElement(activity, "sector", vocabulary=SECTOR_VOCABULARY, code=project.sector_code)
    if project.flow_type in FINANCE_TYPES:
        ET.SubElement(activity, "default-finance-type", code=FINANCE_TYPES[project.flow_type])
    if project.amount is not None and project.amount.unit and len(project.amount.unit) == 3:
        _transaction(activity, project)
    if parent:
        ET.SubElement(activity, "related-activity", ref=identifier(parent), type=PARENT)
    for child in children:
        ET.SubElement(activity, "related-activity", ref=child, type=CHILD)
    return activity


def _transaction(activity: ET.Element, project: Project) -> None:
    amount, date = project.amount, _iso_date(project.date)
    transaction = ET.SubElement(activity, "transaction")
    ET.SubElement(transaction, "transaction-type",
                  code=PLEDGE if project.status == "pledged" else COMMITMENT)
    ET.SubElement(transaction, "transaction-date", {"iso-date": date})
    value = ET.SubElement(transaction, "value", {"currency": amount.unit, "value-date": date})
    value.text = f"{amount.value}"
    for tag, parties in (("provider-org", project.donor), ("receiver-org", project.recipient)):
        if parties:
            _narrative(ET.SubElement(transaction, tag), parties[0].name)


def _participant(activity: ET.Element, party: Party, role: str) -> None:
    element = ET.SubElement(activity, "participating-org", role=role)
    if party.kind == "country":
        element.set("type", GOVERNMENT)
    _narrative(element, party.name)


def _narrative(parent: ET.Element, text: str, lang: str | None = None,
               default: str | None = None) -> None:
    narrative = ET.SubElement(parent, "narrative")
    if lang and lang != default:
        narrative.set(XML_LANG, lang)
    narrative.text = text


def _language(project: Project) -> str:
    """The activity's language: its title's, that of its first report when none is English."""
    return "en" if any(r.language == "en" for r in project.reports) else (
        project.reports[0].language)


def _iso_date(value: str | None) -> str | None:
    """A full date for IATI, which takes no other: a year or a month is dated from its first day
    (the activity date then says what was reported); an unknown year gives none."""
    start = (value or "").split("/")[0]
    if not start[:4].isdigit():
        return None
    return (start + "-01-01"[len(start) - 4:]) if len(start) < 10 else start


def _alpha_2(party: Party) -> str | None:
    if party.kind != "country" or not party.code:
        return None
    country = pycountry.countries.get(alpha_3=party.code)
    return country.alpha_2 if country else None


def _shares(count: int) -> list[str]:
    """Equal percentages that add up to 100."""
    if not count:
        return []
    base = 100 // count
    return [str(base + (1 if i < 100 - base * count else 0)) for i in range(count)]
