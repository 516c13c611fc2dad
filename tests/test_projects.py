"""Projects: the sentences that report a flow of aid, merged across stories into one record per
real-world loan, grant or delivery (pipeline/projects.py, words in pipeline/lexicon/projects.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from pipeline import projects
from pipeline.projects import Report, build_projects, reports_of
from pipeline.registry import build_registry
from pipeline.schema import (
    Actor,
    AmountMention,
    Article,
    Equivalent,
    Event,
    EventType,
    Organization,
    Project,
    Source,
    TextSpan,
)

# Side names the factory reads as countries; any other name is an organisation of the story.
COUNTRIES = {"Uzbekistan": "UZB", "Узбекистану": "UZB", "Kyrgyzstan": "KGZ", "Kazakhstan": "KAZ",
             "Tajikistan": "TJK", "Japan": "JPN", "Afghanistan": "AFG", "Kuwait": "KWT",
             "Япония": "JPN", "Кыргызстану": "KGZ"}
SCALES = {"million": 10**6, "млн": 10**6, "billion": 10**9, "млрд": 10**9}


@dataclass(frozen=True)
class Sum:
    """A sum of money as written in a sentence, and its value in dollars."""

    text: str
    value: float
    unit: str = "USD"
    usd: float | None = None
    cumulative: bool = False
    approximate: bool = False
    bounds: tuple[float, float] | None = None  # the least and most of a range


@dataclass(frozen=True)
class Sentence:
    """One event of a story: its sentence, trigger, sums and sides (names in the sentence)."""

    text: str
    trigger: str
    sums: tuple[Sum | str, ...] = ()
    type: EventType = "funding"
    donor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    date: str | None = None
    places: tuple[str, ...] = ()


def dollars(text: str, cumulative: bool = False) -> Sum:
    """`$233.1 million` or `233 млн долларов` as a dollar Sum."""
    number, scale = re.search(r"([\d.,]+)\s*(\w+)", text).groups()
    value = round(float(number.replace(",", ".")) * SCALES[scale])
    return Sum(text, value, usd=value, cumulative=cumulative)


def span(text: str, part: str, start: int = 0) -> TextSpan:
    at = text.index(part, start)
    return TextSpan(text=part, start_char=at, end_char=at + len(part))


def article(*sentences: Sentence, id: str = "s1", language: str = "en",
            published: str | None = "2023-05-10") -> Article:
    """A story of the sentences, each with its event (two events of one sentence repeat it),
    offsets computed from the text."""
    starts: dict[str, int] = {}
    for sentence in sentences:
        starts.setdefault(sentence.text, sum(len(t) + 1 for t in starts))
    text = " ".join(starts)
    amounts: list[AmountMention] = []
    orgs: dict[str, Organization] = {}
    events: list[Event] = []
    for sentence in sentences:
        start = starts[sentence.text]
        ids = []
        for written in sentence.sums:
            money = dollars(written) if isinstance(written, str) else written
            amounts.append(AmountMention(
                **span(text, money.text, start).model_dump(), id=f"a{len(amounts) + 1}",
                kind="money", value=money.value, unit=money.unit, cumulative=money.cumulative,
                usd=money.usd, approximate=money.approximate,
                min=money.bounds and money.bounds[0], max=money.bounds and money.bounds[1]))
            ids.append(amounts[-1].id)

        def actor(name: str, start: int = start) -> Actor:
            if name in COUNTRIES:
                return Actor(kind="country", name=name, code=COUNTRIES[name])
            if name not in orgs:
                orgs[name] = Organization(id=f"o{len(orgs) + 1}", name=name, aliases=[],
                                          mentions=[span(text, name, start)])
            return Actor(kind="organization", name=name, id=orgs[name].id)

        source = [actor(name) for name in sentence.donor]
        target = [actor(name) for name in sentence.recipient]
        events.append(Event(
            type=sentence.type, trigger=span(text, sentence.trigger, start),
            sentence=sentence.text, sentence_start_char=start,
            sentence_end_char=start + len(sentence.text),
            date=sentence.date, source=source, target=target,
            organizations=[a.id for a in source + target if a.id], persons=[],
            places=list(sentence.places),
            amounts=ids))
    return Article(id=id, source=Source(path=f"{id}.txt", sha256="0" * 64, index=0), title=None,
                   published=published, reference_date=published, language=language, text=text,
                   dates=[], amounts=amounts, organizations=list(orgs.values()), events=events,
                   removed=[])


def names(value: str | Sequence[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def story(text: str, trigger: str, *sums: Sum | str, donor: str | Sequence[str] = (),
          recipient: str | Sequence[str] = "Uzbekistan", type: EventType = "funding",
          date: str | None = None, id: str = "s1", language: str = "en",
          published: str | None = "2023-05-10") -> Article:
    """A story of one sentence and its one event."""
    return article(Sentence(text, trigger, sums, type, names(donor), names(recipient), date),
                   id=id, language=language, published=published)


def projects_of(*articles: Article) -> list[Project]:
    registry = build_registry((a.id, a.organizations) for a in articles)
    return build_projects([r for a in articles for r in reports_of(a)], registry)


def only(projects: list[Project]) -> Project:
    assert len(projects) == 1, [p.title for p in projects]
    return projects[0]


def one_report(article: Article) -> Report:
    reports = reports_of(article)
    assert len(reports) == 1, [r.text for r in reports]
    return reports[0]


ADB = "Asian Development Bank"
FUND = "Caspian Development Fund"  # a donor no word list knows: matched by the registry alone


def loan(id: str, amount: str = "$120 million", *, published: str = "2023-05-10",
         words: str = "", donor: str = ADB, recipient: str = "Uzbekistan") -> Article:
    """A story of one approved loan: `The Asian Development Bank approved a $120 million loan to
    Uzbekistan{words}.`"""
    lender = donor if donor in COUNTRIES else f"The {donor}"
    return story(f"{lender} approved a {amount} loan to {recipient}{words}.", "approved",
                 amount, donor=donor, recipient=recipient, id=id, published=published)


def test_a_known_multilateral_donor_takes_no_country_from_the_stories_naming_it() -> None:
    told = loan("s1")  # the stories around it may give the bank a country (`ADB in Mongolia`)
    placed = [o.model_copy(update={"country": "MNG"}) for o in told.organizations]
    project = only(projects_of(told.model_copy(update={"organizations": placed})))
    assert [(p.name, p.code) for p in project.donor] == [(ADB, None)]


# What is a report


def test_funding_event_with_a_new_sum_is_a_report() -> None:
    report = one_report(story("The Asian Development Bank approved a $40 million loan to "
                              "Uzbekistan.", "approved", "$40 million", donor=ADB))
    assert report.amount is not None and report.amount.text == "$40 million"


def test_cumulative_sum_is_no_report() -> None:
    text = "The Asian Development Bank has lent $11.5 billion to Uzbekistan."
    assert reports_of(story(text, "lent", dollars("$11.5 billion", cumulative=True),
                            donor=ADB)) == []


@pytest.mark.parametrize("history", ["to date", "since 2000", "so far"])
def test_historical_wording_without_a_new_sum_is_no_report(history: str) -> None:
    text = f"The Asian Development Bank has lent to Uzbekistan {history}."
    assert reports_of(story(text, "lent", donor=ADB)) == []


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    ("Since joining the bank in 2000, Uzbekistan has received $9.2 billion in loans.",
     "received", "Uzbekistan"),
    ("Loans to Uzbekistan reached $9.2 billion by the end of last year.", "Loans",
     "Uzbekistan"),
    ("За это время Узбекистану выделено $9.2 млрд кредитов.", "выделено", "Узбекистану"),
    ("За последние десять лет Узбекистану выделено $9.2 млрд.", "выделено", "Узбекистану")])
def test_a_running_total_is_no_report_though_its_sum_is_not_marked(
        text: str, trigger: str, recipient: str) -> None:
    sum_text = re.search(r"\$[\d.]+ \w+", text).group()
    assert reports_of(story(text, trigger, sum_text, recipient=recipient)) == []


def test_a_loan_in_the_amount_of_a_sum_is_a_report() -> None:
    text = "Узбекистану выделят кредит в объеме $90 млн на строительство школ."
    assert len(reports_of(story(text, "выделят", "$90 млн", recipient="Узбекистану",
                                language="ru"))) == 1


def test_loan_word_without_a_sum_or_history_is_a_report() -> None:
    text = "The Asian Development Bank has lent to Uzbekistan for irrigation."
    assert one_report(story(text, "lent", donor=ADB)).flow == "loan"


@pytest.mark.parametrize(("text", "count"), [
    ("The EBRD loan and a $21.4 million grant from the state budget will finance meters.", 0),
    ("The bank approved a $21.4 million loan to support the state budget of Uzbekistan.", 1),
])
def test_a_sum_paid_from_the_countrys_own_budget_is_no_report(text: str, count: int) -> None:
    assert len(reports_of(story(text, text.split()[2], "$21.4 million"))) == count


def test_remittances_are_no_report() -> None:
    text = "Remittances from migrants in Russia brought $2.1 billion to Uzbekistan."
    assert reports_of(story(text, "brought", "$2.1 billion")) == []


@pytest.mark.parametrize(("text", "count"), [
    ("In 2024 Uzbekistan attracted $2.1 billion of foreign investment into its schools.", 0),
    ("В 2024 году Узбекистан привлек $2,1 млрд иностранных инвестиций в школы.", 0),
    (f"In 2024 the {FUND} made a $2.1 billion investment in Uzbekistan's schools.", 1),
])
def test_foreign_investment_a_country_attracts_is_no_report(text: str, count: int) -> None:
    ru = "млрд" in text
    trigger = "привлек" if ru else ("made" if "made" in text else "attracted")
    told = story(text, trigger, "$2,1 млрд" if ru else "$2.1 billion",
                 donor=FUND if FUND in text else (), language="ru" if ru else "en",
                 recipient="Узбекистан" if ru else "Uzbekistan")
    assert len(reports_of(told)) == count


@pytest.mark.parametrize(("text", "count"), [
    (f"The {FUND} is financing several key projects in Uzbekistan, including a hospital.", 0),
    (f"The {FUND} is financing a key project in Uzbekistan: a new hospital.", 1),
])
def test_projects_in_the_plural_with_no_sum_are_no_report(text: str, count: int) -> None:
    assert len(reports_of(story(text, "financing", donor=FUND))) == count


@pytest.mark.parametrize(("text", "sums", "reported"), [
    ("Japan signed a memorandum with Uzbekistan to evaluate the scope to fund roads worth $300 "
     "million.", ("$300 million",), []),
    ("Стороны подписали меморандум для оценки возможности финансирования дорог на сумму $300 млн "
     "и соглашение о кредите в размере $5 млн.", ("$300 млн", "$5 млн"), [5_000_000]),
    ("Japan will explore a $5 million loan for the roads.", ("$5 million",), [5_000_000]),
])
def test_a_sum_a_study_will_look_into_funding_is_no_flow(
        text: str, sums: tuple[str, ...], reported: list[int]) -> None:
    trigger = next(w for w in ("signed", "подписали", "explore") if w in text)
    told = story(text, trigger, *sums, donor="Japan" if "Japan" in text else (),
                 language="ru" if "млн" in text else "en")
    assert [r.amount.value for r in reports_of(told)] == reported


@pytest.mark.parametrize(("text", "sum_text", "value", "count"), [
    ("Each of the 40 villages of Uzbekistan will receive $450,000 for schools.", "$450,000",
     450_000, 0),
    ("The fund will pay Uzbekistan $2,500 per school for computers.", "$2,500", 2_500, 0),
    ("Сто сел Узбекистана получат по $100 тыс. на ремонт пастбищ.", "$100 тыс.", 100_000, 0),
    ("The fund will lend Uzbekistan $5 million each year for schools.", "$5 million",
     5_000_000, 1),
    ("Each minister praised the $450,000 grant to Uzbekistan for schools.", "$450,000",
     450_000, 1),
])
def test_a_sum_each_of_several_receivers_gets_is_no_projects_sum(
        text: str, sum_text: str, value: int, count: int) -> None:
    trigger = next(w for w in ("receive", "pay", "получат", "lend", "praised") if w in text)
    told = story(text, trigger, Sum(sum_text, value, usd=value),
                 recipient="Узбекистана" if "тыс" in text else "Uzbekistan",
                 language="ru" if "тыс" in text else "en")
    assert len(reports_of(told)) == count


@pytest.mark.parametrize(("text", "count"), [
    ("The fund will lend $40 million to Uzbekistan to build flats for low-income households.", 1),
    ("The fund will lend $40 million to Uzbekistan, a lower-middle-income country.", 1),
    ("Income from cotton brought $40 million to Uzbekistan.", 0),
])
def test_a_class_of_people_by_income_is_no_private_money(text: str, count: int) -> None:
    trigger = "lend" if "lend" in text else "brought"
    donor = "The fund" if "fund" in text else ()
    assert len(reports_of(story(text, trigger, "$40 million", donor=donor))) == count


@pytest.mark.parametrize(("text", "sums", "reported"), [
    ("The bank said $20 million of the $50 million is a loan and $30 million is a grant.",
     ("$20 million", "$50 million", "$30 million"), 50_000_000),
    ("The bank will lend $20 million, grant $35 million and add $10 million of guarantees.",
     ("$20 million", "$35 million", "$10 million"), 20_000_000),
])
def test_a_sentence_that_breaks_a_sum_down_reports_the_whole(
        text: str, sums: tuple[str, ...], reported: int) -> None:
    trigger = "said" if "said" in text else "lend"
    told = story(text, trigger, *sums, donor="The bank")
    assert [r.amount.value for r in reports_of(told)][:1] == [reported]


@pytest.mark.parametrize(("text", "name"), [
    ("Japan will fund the “Lake Road Rehabilitation Project” with a $5 million grant.",
     "lake road rehabilitation project"),
    ("Japan “gives great weight to the projects it funds in the region,” its envoy said of the "
     "$5 million grant.", None),
    ("Japan will fund “Every village of the valley gets clean water from this project and a new "
     "school building within the next three years” with a $5 million grant.", None),
])
def test_a_speakers_words_in_quotes_are_no_project_name(text: str, name: str | None) -> None:
    trigger = "fund" if "will fund" in text else "funds"
    report = one_report(story(text, trigger, "$5 million", donor="Japan"))
    assert report.name == name


@pytest.mark.parametrize(("text", "count"), [
    ("The agency offers soft loans to poorer nations across the world.", 0),
    ("Фонд выдает беспроцентные кредиты бедным странам мира.", 0),
    ("The agency offers a soft loan to Uzbekistan for the railway.", 1),
])
def test_what_a_donor_does_in_general_is_no_report(text: str, count: int) -> None:
    trigger = next(w for w in ("offers", "выдает") if w in text)
    told = story(text, trigger, recipient="Uzbekistan" if "Uzbekistan" in text else (),
                 language="ru" if "Фонд" in text else "en")
    assert len(reports_of(told)) == count


@pytest.mark.parametrize(("text", "count"), [
    ("The bank will consider financing a new hospital in Uzbekistan.", 0),
    ("The bank will finance a new hospital in Uzbekistan.", 1),
])
def test_a_flow_the_donor_will_consider_is_no_report(text: str, count: int) -> None:
    trigger = "financing" if "financing" in text else "finance"
    assert len(reports_of(story(text, trigger))) == count


def test_grant_of_the_same_size_is_a_report() -> None:
    text = "Japan brought a $2.1 billion grant to Uzbekistan."
    assert one_report(story(text, "brought", "$2.1 billion", donor="Japan")).flow == "grant"


def test_meeting_event_is_no_report() -> None:
    text = "The Asian Development Bank met officials of Uzbekistan to discuss a $40 million loan."
    assert reports_of(story(text, "met", "$40 million", donor=ADB, type="meeting")) == []


def test_memorandum_without_a_sum_is_no_report() -> None:
    text = "The Asian Development Bank and Uzbekistan signed a memorandum on cooperation."
    assert reports_of(story(text, "signed", donor=ADB, type="agreement")) == []


def test_loan_agreement_without_a_sum_is_a_report() -> None:
    text = "The Asian Development Bank and Uzbekistan signed a loan agreement for irrigation."
    report = one_report(story(text, "signed", donor=ADB, type="agreement"))
    assert (report.flow, report.status) == ("loan", "signed")


def test_two_events_of_one_sentence_are_one_report_of_the_funding_event() -> None:
    text = "The Asian Development Bank signed an agreement and lent $40 million to Uzbekistan."
    story_ = article(
        Sentence(text, "agreement", ("$40 million",), "agreement", (ADB,), ("Uzbekistan",)),
        Sentence(text, "lent", ("$40 million",), "funding", (ADB,), ("Uzbekistan",)))
    assert one_report(story_).event.type == "funding"


def test_deal_between_companies_is_no_report() -> None:
    text = "Caspian Steel LLC invested $40 million in Tashkent Metals JSC."
    assert reports_of(story(text, "invested", "$40 million", donor="Caspian Steel LLC",
                            recipient="Tashkent Metals JSC")) == []


def test_a_development_finance_corporation_is_no_company_deal() -> None:
    text = "The International Finance Corporation invested $4 million in Fergana Dairy JSC."
    assert one_report(story(text, "invested", "$4 million",
                            donor="International Finance Corporation",
                            recipient="Fergana Dairy JSC"))


@pytest.mark.parametrize(("donor", "count"), [
    ("World Bank Group", 1),
    ("Asian Development Bank Group", 1),  # the group a known donor heads is that donor
    ("Steppe Cement Group", 0),  # a company's group: a commercial deal
])
def test_loan_of_a_known_donors_group_is_a_report(donor: str, count: int) -> None:
    text = f"The {donor} approved a $40 million loan to Uzbekistan."
    assert len(reports_of(story(text, "approved", "$40 million", donor=donor))) == count


@pytest.mark.parametrize(("text", "value"), [
    # a commitment changed to a new sum is that sum now
    ("The bank signed a loan of $30 million, but later this amount was increased to $50 million.",
     50_000_000),
    ("The bank signed a loan of $30 million for a plant the ministry priced at $50 million.",
     30_000_000),
])
def test_the_sum_a_commitment_was_increased_to_is_its_sum(text: str, value: int) -> None:
    report = one_report(story(text, "signed", "$30 million", "$50 million", donor="The bank"))
    assert report.amount.value == value


# Flow type and status


@pytest.mark.parametrize(("text", "flow"), [
    ("Japan provided a $25 million loan and a $5 million grant to Uzbekistan.", "loan"),
    ("Japan provided a $25 million grant and a $5 million loan to Uzbekistan.", "grant"),
])
def test_flow_is_the_flow_word_nearest_the_sum(text: str, flow: str) -> None:
    report = one_report(story(text, "provided", "$25 million", "$5 million", donor="Japan"))
    assert report.flow == flow


@pytest.mark.parametrize(("text", "trigger", "money", "recipient", "flow"), [
    ("The bank provided a non-repayable contribution of $25 million to Uzbekistan.", "provided",
     "$25 million", "Uzbekistan", "grant"),
    ("Банк предоставил Узбекистану безвозвратный вклад в размере $25 млн.", "предоставил",
     "$25 млн", "Узбекистану", "grant"),
    ("The bank provided a contribution of $25 million to Uzbekistan.", "provided", "$25 million",
     "Uzbekistan", "other"),  # no word of how it is given
])
def test_money_given_not_to_be_repaid_is_a_grant(text: str, trigger: str, money: str,
                                                 recipient: str, flow: str) -> None:
    assert one_report(story(text, trigger, money, recipient=recipient)).flow == flow


@pytest.mark.parametrize(("donor", "flow"), [
    ("United States Agency for International Development", "grant"),  # an agency that gives
    ("European Bank for Reconstruction and Development", "investment"),  # a bank that lends
    ("Japan International Cooperation Agency", "investment"),  # it also funds companies' equity
])
def test_what_an_aid_agency_that_gives_invests_is_a_grant(donor: str, flow: str) -> None:
    text = f"The {donor} will invest $4 million in Uzbekistan's tourism sector."
    assert only(projects_of(story(text, "invest", "$4 million", donor=donor))).flow_type == flow


def test_a_stake_an_aid_agency_takes_in_a_body_is_an_investment() -> None:
    donor, bank = "United States Agency for International Development", "Valley Microfinance Bank"
    text = f"The {donor} will invest $4 million in the {bank}."
    told = story(text, "invest", "$4 million", donor=donor, recipient=bank)
    assert only(projects_of(told)).flow_type == "investment"


@pytest.mark.parametrize(("text", "trigger", "donor", "flow"), [
    ("Japan wrote off $120 million of Kyrgyzstan's debt last year.", "wrote", "Japan", "other"),
    ("Япония списала Кыргызстану долг в размере $120 млн.", "списала", "Япония", "other"),
    ("Japan gave Kyrgyzstan $120 million last year.", "gave", "Japan", "grant"),  # a state gives
])
def test_a_debt_written_off_is_a_flow_of_another_type(text: str, trigger: str, donor: str,
                                                      flow: str) -> None:
    told = story(text, trigger, "$120 млн" if "млн" in text else "$120 million", donor=donor,
                 recipient="Кыргызстану" if "млн" in text else "Kyrgyzstan")
    assert only(projects_of(told)).flow_type == flow


@pytest.mark.parametrize(("text", "flow"), [
    ("Kyrgyzstan takes a loan from the European Bank for Reconstruction and Development of "
     "$8 million, and also a grant of $10.6 million.", "loan"),
    ("Kyrgyzstan takes $8 million from the European Bank for Reconstruction and Development as "
     "a grant, and also a loan of $10.6 million.", "grant"),
])
def test_a_flow_word_in_the_clause_of_the_sum_names_its_flow(text: str, flow: str) -> None:
    report = reports_of(story(text, "takes", "$8 million", "$10.6 million",
                              donor="European Bank for Reconstruction and Development",
                              recipient="Kyrgyzstan"))[0]
    assert report.flow_at(report.amount) == flow


@pytest.mark.parametrize(("text", "flow"), [
    # the next item's flow word, after `, as well as`, is its own
    ("Kyrgyzstan and the Asian Development Bank signed the Credit Facility Agreement for the "
     "water programme, for an amount of $8 million, as well as the Grant Facility Agreement on "
     "schools for $10.6 million.", "loan"),
    # with no flow word before the sum, the nearest after it still names it
    ("Kyrgyzstan and the Asian Development Bank signed an agreement for an amount of $8 million, "
     "as well as a grant agreement for $10.6 million.", "grant"),
])
def test_a_flow_word_of_the_next_listed_item_names_no_flow_of_the_sum_before(
        text: str, flow: str) -> None:
    report = reports_of(story(text, "signed", "$8 million", "$10.6 million", donor=ADB,
                              recipient="Kyrgyzstan"))[0]
    assert report.flow_at(report.amount) == flow


@pytest.mark.parametrize(("text", "flow"), [
    ("The Fund is allocating $10 million to build a training centre for engineers.", "other"),
    ("The Fund is allocating $10 million for the training of 200 engineers.",
     "technical_assistance"),
])
def test_a_training_centre_built_is_no_technical_assistance(text: str, flow: str) -> None:
    report = one_report(story(text, "allocating", "$10 million", recipient=()))
    assert report.flow == flow


@pytest.mark.parametrize(("text", "flow"), [
    ("Япония выделила Узбекистану $30 млн на ремонт автомобильных дорог.", "other"),  # roads
    ("Япония передала Узбекистану 40 автомобилей скорой помощи на $3 млн.", "equipment"),
    ("Япония выделила Узбекистану $3 млн на оснащение техникой.", "equipment"),  # instrumental
])
def test_a_road_for_cars_is_no_delivery_of_cars(text: str, flow: str) -> None:
    sum_text = re.search(r"\$\d+ млн", text).group()
    report = one_report(story(text, text.split()[1], sum_text, donor="Japan",
                              recipient="Узбекистану", language="ru"))
    assert report.flow == flow


@pytest.mark.parametrize(("headline", "flow"), [
    ("Fund to lend Uzbekistan $40 million for schools", "loan"),
    ("Fund signs loan and grant agreements with Uzbekistan", "other"),  # two flows: neither
    ("Fund approves $40 million for schools", "other"),
])
def test_a_project_whose_reports_name_no_flow_takes_the_flow_its_headline_names(
        headline: str, flow: str) -> None:
    told = story(f"The {FUND} will send $40 million to Uzbekistan for schools.", "send",
                 "$40 million", donor=FUND).model_copy(update={"title": headline})
    assert only(projects_of(told)).flow_type == flow


def test_a_later_sum_of_the_story_does_not_take_the_headlines_flow() -> None:
    told = article(
        Sentence(f"The {FUND} signed a $246 million loan with Uzbekistan.", "signed",
                 ("$246 million",), "agreement", (FUND,), ("Uzbekistan",)),
        Sentence("The fund also sent $2 million to Uzbekistan's museums.", "sent",
                 ("$2 million",), donor=(FUND,), recipient=("Uzbekistan",)),
    ).model_copy(update={"title": "Uzbekistan signs $246 million loan with the fund"})
    flows = {p.amount.value: p.flow_type for p in projects_of(told)}
    assert flows == {246_000_000: "loan", 2_000_000: "other"}


def test_the_form_a_donor_gives_all_its_financing_in_is_the_flow_of_its_sums() -> None:
    bank = "World Bank"
    form = Sentence(f"The {bank} financing for Tajikistan is provided as grants.", "provided",
                    donor=(bank,), recipient=("Tajikistan",))
    first = Sentence(f"Of the {bank} money, $50 million goes to Tajikistan's first project.",
                     "goes", ("$50 million",), donor=(bank,), recipient=("Tajikistan",))
    second = Sentence(f"Another $11 million of the {bank} goes to Tajikistan's power lines.",
                      "goes", ("$11 million",), donor=(bank,), recipient=("Tajikistan",))
    other = Sentence(f"The {ADB} will provide $20 million to Tajikistan.",
                     "provide", ("$20 million",), donor=(ADB,), recipient=("Tajikistan",))
    told = article(form, first, second, other)
    flows = {p.amount.value: p.flow_type for p in projects_of(told) if p.amount}
    assert flows == {50_000_000: "grant", 11_000_000: "grant", 20_000_000: "loan"}
    # (another donor's sum keeps its own)


@pytest.mark.parametrize(("text", "lent"), [
    ("The remaining $30 million will go to rebuilding the road to Talas.", True),
    ("Остальные $30 млн пойдут на ремонт дороги до Таласа.", True),
    ("A further $30 million will go to rebuilding the road to Talas.", False),  # not the rest
])
def test_the_rest_of_a_sum_takes_the_one_flow_its_story_names(text: str, lent: bool) -> None:
    told = article(
        Sentence("Estonia agreed to lend Kyrgyzstan $130 million, $100 million of it for homes.",
                 "lend", ("$130 million", "$100 million"), donor=("Estonia",),
                 recipient=("Kyrgyzstan",)),
        Sentence(text, "go" if " go " in text else "пойдут", ("$30 million" if "million" in text
                                                               else "$30 млн",),
                 donor=("Estonia",), recipient=("Kyrgyzstan",)))
    (rest,) = [p for p in projects_of(told) if p.amount.value == 30_000_000]
    assert (rest.flow_type == "loan") is lent


@pytest.mark.parametrize(("donor", "words", "flow"), [
    (ADB, "", "loan"),  # a development bank's financing is a loan unless said otherwise
    ("Japan", "", "grant"),  # a government's, a grant: a government that lends says so
    ("Korean Government", "", "grant"),
    ("Korea International Cooperation Agency", "", "grant"),  # a country's aid agency
    ("European Union", "", "grant"),  # a union of states gives as its states do
    ("European Union", " in a macro-financial loan", "loan"),  # unless it says it lends
    (FUND, "", "other"),  # a body no list knows may lend or give
    (ADB, " under its country programme", "other"),  # an envelope of several projects
    ("Japan", " under its country programme", "other"),
    (ADB, " to buy medical equipment", "loan"),  # a bank lends what buys the equipment
    ("Japan", " to buy medical equipment", "equipment"),  # a government may hand it over
])
def test_a_lenders_money_is_a_loan_and_a_governments_a_grant_unless_told_otherwise(
        donor: str, words: str, flow: str) -> None:
    giver = donor if donor in COUNTRIES else f"The {donor}"
    told = story(f"{giver} approved $40 million in financing for Uzbekistan{words}.",
                 "approved", "$40 million", donor=donor)
    assert only(projects_of(told)).flow_type == flow


@pytest.mark.parametrize(("said", "status"), [
    ("approved", "approved"),
    ("approved and signed", "signed"),
    ("signed and disbursed", "disbursed"),
    ("will sign", "pledged"),
    ("plans to sign", "pledged"),
    ("approved and will sign", "approved"),
    ("is extending", "approved"),  # a lender's release of the deal it makes
    ("has greenlit", "approved"),
    ("will be extending", "pledged"),
])
def test_status_is_the_most_advanced_status_word(said: str, status: str) -> None:
    text = f"The Asian Development Bank {said} a $40 million loan to Uzbekistan."
    assert one_report(story(text, said.split()[0], "$40 million", donor=ADB)).status == status


@pytest.mark.parametrize(("text", "status"), [
    ("Under the agreement, the Asian Development Bank will provide $40 million to Uzbekistan.",
     "signed"),  # what an agreement commits is signed
    ("Согласно соглашению, Азиатский банк развития выделит Узбекистану $40 млн.", "signed"),
    ("The Asian Development Bank will provide $40 million to Uzbekistan.", "pledged"),
])
def test_a_sum_an_agreement_commits_is_signed(text: str, status: str) -> None:
    trigger = next(w for w in ("provide", "выделит") if w in text)
    report = one_report(story(text, trigger, re.search(r"\$40 \w+", text).group(),
                              language="ru" if "выделит" in text else "en"))
    assert report.status == status


def test_month_may_before_a_status_does_not_make_it_a_pledge() -> None:
    text = "On 12 May ADB signed a $40 million loan with Uzbekistan."
    assert one_report(story(text, "signed", "$40 million", donor="ADB")).status == "signed"


# Merging reports into projects


def test_two_outlets_reporting_one_loan_make_one_project() -> None:
    project = only(projects_of(loan("s1", donor=FUND), loan("s2", donor=FUND)))
    assert [r.article_id for r in project.reports] == ["s1", "s2"]
    assert len(project.evidence) == 1
    assert project.evidence[0].reports == [0, 1]
    assert {"donor org:caspian-development-fund", "recipient UZB",
            "amount 120000000 USD ~ 120000000 USD"} <= set(project.evidence[0].matched)


def _with_count(told: Article, written: str, value: int) -> Article:
    """A story with a count its sentence states besides its sum (`170 villages`)."""
    count = AmountMention(**span(told.text, written).model_dump(), id="c1", kind="count",
                          value=value, unit=written.split()[-1])
    return told.model_copy(update={"amounts": [*told.amounts, count]})


@pytest.mark.parametrize(("written", "value", "merged"), [
    ("240 villages", 240, True),  # a figure few stories share by chance
    ("5 villages", 5, False),  # a small one many do
])
def test_two_stories_of_a_round_sum_sharing_a_figure_are_one_project(
        written: str, value: int, merged: bool) -> None:
    first = _with_count(story(f"The {FUND} approved a $200 million loan to Uzbekistan for "
                              f"{written}.", "approved", "$200 million", donor=FUND, id="s1"),
                        written, value)
    again = _with_count(story(f"Uzbekistan will borrow $200 million from the {FUND}, reaching "
                              f"{written}.", "borrow", "$200 million", donor=FUND, id="s2",
                              published=None), written, value)
    assert len(projects_of(first, again)) == (1 if merged else 2)


def test_the_same_donor_country_in_two_stories_makes_one_project() -> None:
    project = only(projects_of(loan("s1", donor="Japan"), loan("s2", donor="Japan")))
    assert len(project.reports) == 2
    assert "donor JPN" in project.evidence[0].matched
    assert [(p.kind, p.code) for p in project.donor] == [("country", "JPN")]


def test_agency_and_its_country_name_one_donor() -> None:
    jica = "Japan International Cooperation Agency"
    project = only(projects_of(loan("s1", donor=jica), loan("s2", donor="Japan")))
    assert "donor JPN" in project.evidence[0].matched
    assert [p.name for p in project.donor] == [jica, "Japan"]


def test_two_donors_lending_the_same_sum_stay_apart() -> None:
    projects = projects_of(loan("s1", donor=FUND), loan("s2", donor="Aral Investment Fund"))
    assert len(projects) == 2


def test_one_donor_lending_the_same_sum_to_two_countries_stays_apart() -> None:
    projects = projects_of(loan("s1"), loan("s2", recipient="Kyrgyzstan"))
    assert len(projects) == 2


def test_sums_written_with_less_precision_agree() -> None:
    project = only(projects_of(loan("s1", "$233.1 million"), loan("s2", "$233 million")))
    assert "amount 233100000 USD ~ 233000000 USD" in project.evidence[0].matched


def test_sums_differing_beyond_their_precision_stay_apart() -> None:
    assert len(projects_of(loan("s1", "$233.1 million"), loan("s2", "$238 million"))) == 2
    assert len(projects_of(loan("s1", "$360.5 million"), loan("s2", "$357 million"))) == 2


def restated(local: Sum, again: Sum, words: str = "") -> Article:
    """`The European Union granted <local> (<words><again>) to Uzbekistan.`, the bracketed sum
    restating the first."""
    text = f"The European Union granted {local.text} ({words}{again.text}) to Uzbekistan."
    told = story(text, "granted", local, again, donor="European Union")
    first, second = told.amounts
    same = Equivalent(**second.model_dump(include={"text", "start_char", "end_char"}),
                      value=second.value, unit=second.unit)
    return told.model_copy(update={"amounts": [first.model_copy(update={"equivalent": same}),
                                               second.model_copy(update={"restates": True})]})


SOUMS = Sum("142 trillion soums", 142e12, "UZS")


@pytest.mark.parametrize(("again", "words", "unit"), [
    (Sum("EUR 11 million", 11e6, "EUR"), "", "EUR"),  # the deal's own currency
    (Sum("EUR 11 million equivalent", 11e6, "EUR"), "", "UZS"),  # a conversion, so called
    (Sum("EUR 11 million", 11e6, "EUR", approximate=True), "about ", "UZS"),  # rounded
    (Sum("1,100 billion som", 1.1e12, "KGS"), "", "UZS"),  # no dollar value either way
])
def test_a_local_sum_restated_as_it_is_in_a_quoted_currency_is_the_deals_sum(
        again: Sum, words: str, unit: str) -> None:
    assert one_report(restated(SOUMS, again, words)).amount.unit == unit


def test_a_sum_in_a_donors_currency_stays_the_deals_beside_its_dollars() -> None:
    dinars = Sum("7.5 million Kuwaiti dinars", 7.5e6, "KWD", usd=25.5e6)
    dollars_too = Sum("$25.5 million", 25.5e6, usd=25.5e6)
    amount = one_report(restated(dinars, dollars_too)).amount
    assert (amount.unit, amount.usd) == ("KWD", 25.5e6)  # the dollars its restatement tells


def test_a_quoted_sum_stays_the_deals_sum_beside_its_local_restatement() -> None:
    euros = Sum("EUR 11 million", 11e6, "EUR")
    assert one_report(restated(euros, SOUMS)).amount.unit == "EUR"


def test_the_sum_in_the_clause_of_the_giver_is_the_flows() -> None:
    for text in ("Uzbekistan will put in €21.3 million, and the Korea Eximbank will lend "
                 "won in an amount, equivalent to €185.18 million.",
                 "The Korea Eximbank will lend €185.18 million, and Uzbekistan will put in €21.3 "
                 "million."):
        sums = (Sum("€21.3 million", 21.3e6, "EUR"), Sum("€185.18 million", 185.18e6, "EUR"))
        told = story(text, "lend", *sums, donor="Korea Eximbank")
        assert only(projects_of(told)).amount.value == 185.18e6


def test_a_sum_said_to_be_approximate_agrees_with_the_sum_it_rounds() -> None:
    text = "The Asian Development Bank approved around $20 million for Uzbekistan."
    around = story(text, "approved", Sum("around $20 million", 2e7, usd=2e7, approximate=True),
                   donor=ADB, id="s2")
    project = only(projects_of(loan("s1", "$20.5 million"), around))
    assert "amount 20500000 USD ~ 20000000 USD" in project.evidence[0].matched
    # said plainly, `$20 million` is no rounding of `$20.5 million`
    assert len(projects_of(loan("s1", "$20.5 million"), loan("s2", "$20 million"))) == 2


def test_a_project_states_the_exact_sum_rather_than_the_approximate_one() -> None:
    text = "The Asian Development Bank approved some $12 million for Uzbekistan."
    some = story(text, "approved", Sum("some $12 million", 12e6, usd=12e6, approximate=True),
                 donor=ADB, id="s1")
    for told in ((some, loan("s2", "$11.6 million")), (loan("s2", "$11.6 million"), some)):
        assert only(projects_of(*told)).amount.value == 11.6e6


def test_precise_sums_one_cut_and_one_rounded_agree() -> None:
    project = only(projects_of(loan("s1", "$185.19 million"), loan("s2", "$185.18 million")))
    assert "amount 185190000 USD ~ 185180000 USD" in project.evidence[0].matched
    assert len(projects_of(loan("s1", "$185.19 million"), loan("s2", "$185.16 million"))) == 2
    assert len(projects_of(loan("s1", "$19 million"), loan("s2", "$18 million"))) == 2


def test_a_company_receiving_and_its_country_receiving_do_not_disagree() -> None:
    company = "Fergana Juice Company"
    project = only(projects_of(loan("s1", "$10 million", recipient=company),
                               loan("s2", "$10 million")))
    assert "year 2023" in project.evidence[0].matched
    two_companies = projects_of(loan("s1", "$10 million", recipient=company),
                                loan("s2", "$10 million", recipient="Andijan Textile Company"))
    assert len(two_companies) == 2


def test_a_sum_ending_in_zeros_is_rounded_to_its_last_significant_digit() -> None:
    assert len(projects_of(loan("s1", "$360 million"), loan("s2", "$357 million"))) == 1


@pytest.mark.parametrize(("published", "words", "count"), [
    (None, "", 2),  # `$50 million` from one donor to one country, nothing else shared
    ("2023-05-10", "", 1),  # the same year
    (None, " to rebuild rural schools", 1),  # the same purpose
])
def test_a_round_sum_of_one_donor_joins_reports_only_with_a_year_or_purpose_in_common(
        published: str | None, words: str, count: int) -> None:
    reports = [loan(id, "$50 million", published=published, words=words, donor="Japan")
               for id in ("s1", "s2")]
    assert len(projects_of(*reports)) == count


def test_a_round_sum_of_two_significant_digits_joins_reports_on_its_sides() -> None:
    reports = [loan(id, "$45 million", published=None, donor="Japan") for id in ("s1", "s2")]
    assert len(projects_of(*reports)) == 1


@pytest.mark.parametrize(("invested", "count"), [
    ("$50 million", 1),  # the bank's loan, said to be invested
    ("$40 million", 2),  # another sum: another deal
])
def test_a_loan_and_an_investment_of_one_sum_from_one_bank_are_one_project(
        invested: str, count: int) -> None:
    lent = loan("s1", "$50 million", words=" for its railways")
    put = story(f"The {ADB} invests {invested} in bonds of the railways of Uzbekistan.",
                "invests", invested, donor=ADB, id="s2")
    assert len(projects_of(lent, put)) == count


def test_a_further_sum_both_stories_state_joins_their_round_sums() -> None:
    def announced(id: str, second: str) -> Article:
        return article(
            Sentence("Japan approved a $50 million loan to Uzbekistan.", "approved",
                     ("$50 million",), donor=("Japan",), recipient=("Uzbekistan",)),
            Sentence(f"Japan also approved a {second} grant.", "approved", (second,)),
            id=id, published=None)
    echoed = projects_of(announced("s1", "$20 million"), announced("s2", "$20 million"))
    assert [len(p.reports) for p in echoed] == [2, 2]
    loan_of_50 = max(echoed, key=lambda p: p.amount.value)
    assert "also 20000000 USD in both stories" in loan_of_50.evidence[0].matched
    assert len(projects_of(announced("s1", "$20 million"), announced("s2", "$35 million"))) == 4


@pytest.mark.parametrize(("parts", "count"), [
    ("a $87 million loan and a $22.5 million grant", 1),  # one package, told in parts
    ("a $87 million loan and a $22.5 million loan", 2),  # two loans: two projects
])
def test_a_loan_and_a_grant_adding_up_to_a_sum_told_elsewhere_are_that_project(
        parts: str, count: int) -> None:
    whole = story(f"The {ADB} approved $109.5 million for a ring road in Kyrgyzstan.",
                  "approved", "$109.5 million", donor=ADB, recipient="Kyrgyzstan", id="s1")
    sums = re.findall(r"\$[\d.]+ million", parts)
    told = story(f"Kyrgyzstan ratified {parts} from the {ADB}.", "ratified", *sums, donor=ADB,
                 recipient="Kyrgyzstan", id="s2")
    together = [p for p in projects_of(whole, told) if len(p.reports) > 1]
    assert len(together) == (1 if count == 1 else 0)
    if together:
        assert "amount 109500000 USD ~ 87000000 USD + 22500000 USD" in (
            together[0].evidence[0].matched)


@pytest.mark.parametrize(("whole", "parts", "together"), [
    ("$18.6 million", ("$8 million", "$10.6 million"), True),  # three digits: told apart
    ("$20 million", ("$8 million", "$12 million"), False),  # a round sum, no year to tie it
])
def test_parts_adding_up_to_a_precise_sum_are_its_project_with_no_year_told(
        whole: str, parts: tuple[str, str], together: bool) -> None:
    signed = story(f"The {ADB} signed a grant agreement for {whole} with Kyrgyzstan.", "signed",
                   whole, donor=ADB, recipient="Kyrgyzstan", type="agreement", id="s1",
                   published=None)
    told = story(f"Kyrgyzstan takes a {parts[0]} loan and a {parts[1]} grant from the {ADB}.",
                 "takes", *parts, donor=ADB, recipient="Kyrgyzstan", id="s2", published=None)
    assert len(projects_of(signed, told)) == (1 if together else 2)


@pytest.mark.parametrize(("approver", "donors"), [
    # the legislature that ratifies a loan gives none of it; a co-financier named so does
    ("The Committee on Budget of Kyrgyzstan", ["Asian Development Bank"]),
    (FUND, ["Asian Development Bank", FUND]),
])
def test_a_legislature_approving_a_loan_is_no_donor(approver: str, donors: list[str]) -> None:
    text = f"{approver} and the {ADB} approved the $120 million loan to Kyrgyzstan."
    approved = story(text, "approved", "$120 million", donor=(approver, ADB),
                     recipient="Kyrgyzstan")
    assert sorted(p.name for p in only(projects_of(approved)).donor) == donors


@pytest.mark.parametrize(("parties", "donors"), [
    # the receiving state's body that signs with the lender borrows; named without its country,
    # a state's borrowing body does too
    (("Export-Import Bank of China", "Ministry of Finance of the Kyrgyz Republic"),
     ["Export-Import Bank of China"]),
    (("Export-Import Bank of China", "Cabinet of Ministers"), ["Export-Import Bank of China"]),
    # a giving state's ministry beside its agency gives; a borrowing body alone stays
    (("Ministry of Foreign Affairs of Japan", "Japan International Cooperation Agency"),
     ["Japan International Cooperation Agency", "Ministry of Foreign Affairs of Japan"]),
    (("Ministry of Finance",), ["Ministry of Finance"]),
])
def test_the_receiving_states_borrowing_body_is_no_donor(parties: tuple[str, ...],
                                                         donors: list[str]) -> None:
    text = f"{' and the '.join(parties)} signed a $120 million loan for Kyrgyzstan."
    signed = story(text, "signed", "$120 million", donor=parties, recipient="Kyrgyzstan")
    assert sorted(p.name for p in only(projects_of(signed)).donor) == donors


def test_two_loans_of_one_donor_with_different_sums_stay_apart() -> None:
    projects = projects_of(loan("s1", "$120 million"), loan("s2", "$75 million"))
    assert sorted(p.amount.value for p in projects if p.amount) == [75_000_000, 120_000_000]


def test_sum_in_two_currencies_agrees_within_the_rate_tolerance() -> None:
    yen = Sum("¥17.5 billion", 17_500_000_000, unit="JPY", usd=119_000_000)
    japanese = story(f"Japan approved a {yen.text} loan to Uzbekistan.", "approved", yen,
                     donor="Japan", id="s1")
    project = only(projects_of(japanese, loan("s2", donor="Japan")))
    assert len(project.reports) == 2


def test_sum_in_two_currencies_apart_beyond_the_rate_tolerance_stays_apart() -> None:
    yen = Sum("¥17.5 billion", 17_500_000_000, unit="JPY", usd=108_000_000)
    japanese = story(f"Japan approved a {yen.text} loan to Uzbekistan.", "approved", yen,
                     donor="Japan", id="s1")
    assert len(projects_of(japanese, loan("s2", donor="Japan"))) == 2


@pytest.mark.parametrize(("dollars", "count"), [("$121 million", 1), ("$109 million", 2)])
def test_a_sum_of_an_undated_story_is_converted_in_the_other_reports_year(
        dollars: str, count: int) -> None:
    yen = Sum("¥17.5 billion", 17_500_000_000, unit="JPY", usd=None)
    undated = story(f"Japan approved a {yen.text} loan to Uzbekistan.", "approved", yen,
                    donor="Japan", id="s1", published=None)
    dated = loan("s2", dollars, donor="Japan", published="2023-05-10")
    assert len(projects_of(undated, dated)) == count


@pytest.mark.parametrize(("bare", "count"), [
    ("Money meant for equipment for the hospital was provided by Japan.", 3),
    ("Japan also provided $2 million for equipment for the hospital.", 2),  # a sum of its own
])
def test_a_report_with_no_sum_keeps_no_other_stories_report_out_by_its_flow_type(
        bare: str, count: int) -> None:
    sums = re.findall(r"\$[\d.]+ million", bare)
    both = article(Sentence(bare, "provided", tuple(sums), donor=("Japan",),
                            recipient=("Uzbekistan",)),
                   Sentence("Japan approved $121.4 million for Uzbekistan.", "approved",
                            ("$121.4 million",), donor=("Japan",), recipient=("Uzbekistan",)),
                   id="s1")
    grant = story("Japan approved a $121.4 million grant to Uzbekistan.", "approved",
                  "$121.4 million", donor="Japan", id="s2")
    joined = [p for p in projects_of(both, grant) if {r.article_id for r in p.reports} == {
        "s1", "s2"}]
    assert len(joined) == 1 and len(joined[0].reports) == count


@pytest.mark.parametrize(("first", "second", "count"), [
    ("2022-11-20", "2023-02-01", 1),
    ("2020-02-01", "2023-02-01", 2),
])
def test_reports_more_than_a_year_apart_stay_apart(first: str, second: str, count: int) -> None:
    projects = projects_of(loan("s1", published=first), loan("s2", published=second))
    assert len(projects) == count


def test_one_sum_of_several_significant_digits_joins_reports_years_apart() -> None:
    signed = loan("s1", "$233.1 million", published="2021-03-01")
    delivered = loan("s2", "$233.1 million", published="2023-09-01")
    assert len(projects_of(signed, delivered)) == 1


def test_a_sum_written_in_two_scales_has_all_its_significant_digits() -> None:
    yen = Sum("1 млрд 87 млн иен", 1_087_000_000, unit="JPY", usd=7_400_000)
    text = f"Япония выделит {yen.text} на технику."
    russian = story(text, "выделит", yen, recipient=(), language="ru", id="s1")
    english = story("Japan will give ¥1,087 million for machinery.", "give",
                    Sum("¥1,087 million", 1_087_000_000, unit="JPY", usd=7_400_000),
                    recipient=(), id="s2")
    assert len(projects_of(russian, english)) == 1


@pytest.mark.parametrize(("first", "second", "count"), [
    ("second phase", "third phase", 2),
    ("second phase", "second phase", 1),
])
def test_different_phases_stay_apart(first: str, second: str, count: int) -> None:
    projects = projects_of(loan("s1", words=f" for the {first} of a ring road"),
                           loan("s2", words=f" for the {second} of a ring road"))
    assert len(projects) == count


def test_phases_numbered_in_roman_numerals_stay_apart() -> None:
    projects = projects_of(loan("s1", words=" for Phase II of a ring road"),
                           loan("s2", words=" for Phase III of a ring road"))
    assert len(projects) == 2


@pytest.mark.parametrize(("words", "phase"), [
    (" in 4 этапа", None),  # how many stages, not which
    (" in three phases", None),
    (" for the second phase", 2),
])
def test_a_count_of_stages_is_no_phase(words: str, phase: int | None) -> None:
    assert one_report(loan("s1", words=words)).phase == phase


def paid_in_parts(id: str, parts: str = "four tranches of $30 million each") -> Article:
    """A story of one part of a loan paid out, then the whole and the parts it is paid in."""
    first = Sentence("The Caspian Development Fund disbursed $30 million to build a dam in "
                     "Tajikistan.", "disbursed", ("$30 million",),
                     donor=(FUND,), recipient=("Tajikistan",))
    whole = Sentence(f"The Fund's loan of $120 million for the dam goes out in {parts}.",
                     "loan", ("$120 million", parts[parts.index("$"):].removesuffix(" each")),
                     donor=(FUND,), recipient=("Tajikistan",))
    return article(first, whole, id=id)


def test_a_part_of_a_sum_paid_in_equal_stages_is_a_report_of_the_whole() -> None:
    project = only(projects_of(paid_in_parts("s1"), paid_in_parts("s2")))
    assert project.amount.value == 120_000_000 and len(project.reports) == 4
    assert project.title.endswith("to build a dam in Tajikistan ($120.0 million)")


def test_a_smaller_sum_that_is_no_equal_part_of_the_whole_stays_apart() -> None:
    projects = projects_of(paid_in_parts("s1", "tranches, the largest of $35 million"))
    assert sorted(p.amount.value for p in projects) == [30_000_000, 120_000_000]


@pytest.mark.parametrize("text", [
    "The Fund for Regional Development will lend $50 million to Kyrgyzstan to upgrade schools.",
    "For this project the bank will lend $50 million to Kyrgyzstan to upgrade schools.",
    "The bank approved a loan for the amount of $50 million to Kyrgyzstan to upgrade schools.",
])
def test_a_title_takes_the_purpose_not_a_name_a_pointer_or_a_sum(text: str) -> None:
    donor = "Fund for Regional Development" if "Fund" in text else "bank"
    trigger = "lend" if "lend" in text else "approved"
    told = story(text, trigger, "$50 million", donor=donor, recipient="Kyrgyzstan")
    assert only(projects_of(told)).title.endswith("to upgrade schools ($50.0 million)")


def russian_loan(donor: str, id: str = "s2") -> Article:
    text = f"{donor} выделил Узбекистану кредит в размере 233 млн долларов."
    return story(text, "выделил", "233 млн долларов", donor=donor, recipient="Узбекистану",
                 id=id, language="ru")


def test_english_and_russian_stories_of_one_loan_make_one_project() -> None:
    project = only(projects_of(loan("s1", "$233 million"),
                               russian_loan("Азиатский банк развития")))
    assert [r.language for r in project.reports] == ["en", "ru"]
    assert [p.name for p in project.donor] == [ADB]
    assert {"donor donor:adb", "recipient UZB"} <= set(project.evidence[0].matched)


@pytest.mark.parametrize("russian", ["Саудовский фонд развития", "Фонд развития Саудовской Аравии"])
def test_an_arab_development_fund_is_one_donor_in_english_and_russian(russian: str) -> None:
    english = loan("s1", "$233 million", donor="Saudi Fund for Development")
    project = only(projects_of(english, russian_loan(russian)))
    assert [p.name for p in project.donor] == ["Saudi Fund for Development"]


@pytest.mark.parametrize(("board", "parties"), [
    ("Asian Development Bank Board of Directors", [ADB]),  # the bank's organ: the bank
    ("Board of Executive Directors", []),  # an organ naming no body is no party of its own
])
def test_a_donors_board_acts_for_the_donor(board: str, parties: list[str]) -> None:
    told = story(f"The {board} approved a $120 million loan to Uzbekistan.", "approved",
                 "$120 million", donor=board)
    assert [p.name for p in only(projects_of(told)).donor] == parties


@pytest.mark.parametrize("window", [
    "Asian Development Fund",  # a donor's grant window acts for it
    "Азиатский фонд развития АБР",  # so does the window named with its donor's acronym
])
def test_a_donors_grant_window_acts_for_the_donor(window: str) -> None:
    told = story(f"The {window} approved a $12 million grant to Uzbekistan.", "approved",
                 "$12 million", donor=window)
    assert [p.name for p in only(projects_of(told)).donor] == [ADB]


def test_a_window_named_with_another_donors_acronym_is_no_known_donor() -> None:
    told = story("The Азиатский фонд развития ЕБРР approved a $12 million grant to Uzbekistan.",
                 "approved", "$12 million", donor="Азиатский фонд развития ЕБРР")
    assert [p.name for p in only(projects_of(told)).donor] != [ADB]


def test_a_known_donor_of_a_russian_story_alone_has_its_english_name() -> None:
    project = only(projects_of(russian_loan("Азиатский банк развития")))
    assert [p.name for p in project.donor] == [ADB]


@pytest.mark.parametrize("name", ["Японское агентство по международному сотрудничеству",
                                  "Японское агентство международного сотрудничества"])
def test_a_donors_russian_names_with_and_without_a_preposition_are_known(name: str) -> None:
    project = only(projects_of(russian_loan(name)))
    assert [p.name for p in project.donor] == ["Japan International Cooperation Agency"]


@pytest.mark.parametrize(("name", "english"), [
    ("Госсекретариат Швейцарии по экономике", "State Secretariat for Economic Affairs"),
    ("Банковская группа KfW", "KfW Development Bank"),
    ("Федеральное министерство экономического сотрудничества и развития",
     "Federal Ministry for Economic Cooperation and Development"),
])
def test_the_russian_names_of_swiss_and_german_donors_are_known(name: str, english: str) -> None:
    project = only(projects_of(russian_loan(name)))
    assert [p.name for p in project.donor] == [english]


@pytest.mark.parametrize(("name", "known"), [
    ("Фонд ОПЕК по международному развитию", True),  # its full name, as its short one
    ("Фонд ОПЕК", True),
    ("Фонд ОПЕК по поддержке нефтяников", False),  # not its name
])
def test_the_opec_funds_russian_names_are_known(name: str, known: bool) -> None:
    project = only(projects_of(russian_loan(name)))
    english = [p.name for p in project.donor] == ["OPEC Fund for International Development"]
    assert english is known


@pytest.mark.parametrize(("name", "english"), [
    ("Французское агентство развития", "Agence Française de Développement"),
    ("Германское общество по международному сотрудничеству",
     "Deutsche Gesellschaft für Internationale Zusammenarbeit"),
    ("Швейцарское управление по развитию и сотрудничеству",
     "Swiss Agency for Development and Cooperation"),
    ("Фонд экономического сотрудничества и развития", "Economic Development Cooperation Fund"),
])
def test_bilateral_agencies_are_known_by_their_russian_names(name: str, english: str) -> None:
    project = only(projects_of(russian_loan(name)))
    assert [p.name for p in project.donor] == [english]


def test_an_agency_of_development_no_list_knows_keeps_its_name() -> None:
    project = only(projects_of(russian_loan("Французское агентство по туризму")))
    assert [p.name for p in project.donor] == ["Французское агентство по туризму"]


def test_english_and_russian_stories_of_two_donors_stay_apart() -> None:
    assert len(projects_of(loan("s1", "$233 million"), russian_loan("Всемирный банк"))) == 2


def test_project_takes_the_most_advanced_status_and_its_date() -> None:
    approved = story("Japan approved a $120 million loan to Uzbekistan.", "approved",
                     "$120 million", donor="Japan", id="s1", date="2023-03-02")
    signed = story("Japan signed a $120 million loan with Uzbekistan.", "signed", "$120 million",
                   donor="Japan", id="s2", date="2023-06-15")
    project = only(projects_of(approved, signed))
    assert (project.status, project.date, project.flow_type) == ("signed", "2023-06-15", "loan")


# Ids and order


def several_loans() -> list[Article]:
    return [loan("s1"), loan("s2", "$75 million"), loan("s3", donor="Japan"),
            loan("s4"), loan("s5", recipient="Kyrgyzstan")]


def test_project_ids_are_prj_and_twelve_hex_digits() -> None:
    projects = projects_of(*several_loans())
    assert len(projects) == 4
    assert all(re.fullmatch(r"prj:[0-9a-f]{12}", p.id) for p in projects)
    assert len({p.id for p in projects}) == len(projects)


def test_project_ids_do_not_depend_on_report_order() -> None:
    stories = several_loans()
    registry = build_registry((a.id, a.organizations) for a in stories)
    forward = build_projects([r for a in stories for r in reports_of(a)], registry)
    backward = build_projects([r for a in reversed(stories) for r in reversed(reports_of(a))],
                              registry)
    assert [p.model_dump() for p in backward] == [p.model_dump() for p in forward]


def test_projects_are_sorted_by_id() -> None:
    ids = [p.id for p in projects_of(*several_loans())]
    assert ids == sorted(ids)


def test_project_rows_validate() -> None:
    projects = projects_of(*several_loans(), russian_loan("Азиатский банк развития", id="s6"))
    assert all(Project.model_validate(p.model_dump()) == p for p in projects)


# Envelopes and the projects under them


PROGRAMME = ("The Asian Development Bank approved a $500 million country programme for "
             "Uzbekistan.")


def programme() -> Article:
    return story(PROGRAMME, "approved", "$500 million", donor=ADB, id="s1")


def test_country_programme_with_a_sum_is_an_envelope() -> None:
    assert only(projects_of(programme())).envelope


def test_a_funding_facility_with_a_sum_is_an_envelope() -> None:
    text = (f"The {ADB} set up a $13 billion funding facility for Uzbekistan and its neighbours "
            "to fight the pandemic.")
    assert only(projects_of(story(text, "set up", "$13 billion", donor=ADB))).envelope


@pytest.mark.parametrize("text", [
    f"The {ADB} and Uzbekistan signed three grant agreements totaling $71 million.",
    f"The {ADB} has supported some 30 projects in Uzbekistan, totaling $760 million in loans.",
    f"In 2024, the {ADB} invested $52 million across 22 projects in Uzbekistan.",
    f"The {ADB} answered the floods by committing $52 million through 18 projects.",
    f"Over this period the {ADB} gave $52 million to support 13 projects in Uzbekistan.",
    f"The {ADB} has invested $52 million in Uzbekistan across various key sectors.",
    f"The {ADB} has provided $52 million in loans to Uzbekistan, supporting nearly 30 projects.",
    f"The {ADB} has financed 13 development projects worth $290 million in Uzbekistan.",
    f"This year the {ADB} signed agreements worth $290 million with Uzbekistan.",  # no count
    f"The {ADB} agreed further projects worth $290 million with Uzbekistan.",  # nor here
    f"Kyrgyzstan carries out 14 projects with {ADB} support for a total amount of $290 million.",
])
def test_a_sum_over_several_projects_is_no_project(text: str) -> None:
    sum_text = re.search(r"\$\d+ million", text).group()
    trigger = next(w for w in ("signed", "supported", "invested", "financed", "agreed",
                               "committing", "gave", "provided")
                   if w in text) if "carries" not in text else "carries"
    assert projects_of(story(text, trigger, sum_text, donor=ADB)) == []


@pytest.mark.parametrize("text", [
    f"The {ADB} answered the floods by committing $52 million through its new project.",
    f"The {ADB} will rebuild roads across several regions with a $52 million loan.",
])
def test_a_sum_through_one_project_is_a_project(text: str) -> None:
    trigger = "committing" if "committing" in text else "rebuild"
    assert len(projects_of(story(text, trigger, "$52 million", donor=ADB))) == 1


@pytest.mark.parametrize(("text", "count"), [
    ("Банк согласовал Узбекистану дополнительные проекты на $2 млрд.", 0),
    ("Банк реализует в Узбекистану проекты более чем на $2 млрд.", 0),
    ("Банк финансировал Узбекистану проекты в сфере транспорта на сумму $2 млрд.", 0),
    ("Банк выделит Узбекистану два кредита, общая сумма двух кредитов составит $2 млрд.", 0),
    ("Банк согласовал Узбекистану два кредита на общую сумму $2 млрд.", 0),
    ("Банк выделит Узбекистану $2 млрд на проекты в сфере транспорта.", 1),  # a sum for them
    ("Банк согласовал Узбекистану проект на $2 млрд.", 1),  # one project
    ("Банк выделит Узбекистану кредит, общая сумма кредита составит $2 млрд.", 1),  # its total
    ("Банк финансирует Узбекистану проекты, объем реализуемых проектов превысил $2 млрд.", 0),
    ("Банк финансирует Узбекистану проект, объем кредита составит $2 млрд.", 1),  # one loan's
])
def test_a_sum_over_projects_in_the_plural_is_no_project(text: str, count: int) -> None:
    sum_text = re.search(r"\$2 \w+", text).group()
    trigger = re.search(r"согласовал|реализует|финансир\w+|выделит", text).group()
    told = story(text, trigger, sum_text, donor="Банк", recipient="Узбекистану", language="ru")
    assert len(projects_of(told)) == count


def test_one_agreement_worth_a_sum_is_a_project() -> None:
    text = f"The {ADB} signed a loan agreement worth $290 million with Uzbekistan."
    assert len(projects_of(story(text, "signed", "$290 million", donor=ADB))) == 1


@pytest.mark.parametrize(("text", "envelope"), [
    # loans in the plural over a span of years are a country's programme; one loan is a project
    (f"The {ADB} will provide Uzbekistan loans of $415 million in 2025-2029.", True),
    (f"The {ADB} will provide Uzbekistan a loan of $415 million for 2025-2029.", False),
])
def test_loans_over_a_span_of_years_are_an_envelope(text: str, envelope: bool) -> None:
    assert only(projects_of(story(text, "provide", "$415 million", donor=ADB))).envelope is (
        envelope)


@pytest.mark.parametrize(("text", "language", "envelope"), [
    (f"The {ADB} signed a partnership agreement to provide Uzbekistan $415 million.", "en",
     True),  # a framework for the projects to come
    (f"The {ADB} will provide Uzbekistan $415 million under its strategic cooperation plan.",
     "en", True),
    ("Банк предоставит Узбекистану $415 млн в рамках новой стратегии партнерства.", "ru", True),
    (f"The {ADB} will provide Uzbekistan a $415 million loan for its partner schools.", "en",
     False),
])
def test_a_partnership_strategy_or_agreement_with_a_sum_is_an_envelope(
        text: str, language: str, envelope: bool) -> None:
    sum_text = "$415 млн" if language == "ru" else "$415 million"
    trigger = "предоставит" if language == "ru" else "provide"
    donor = "Банк" if language == "ru" else ADB
    told = story(text, trigger, sum_text, donor=donor, recipient="Узбекистану" if (
        language == "ru") else "Uzbekistan", language=language)
    assert only(projects_of(told)).envelope is envelope


def test_one_loan_that_finances_several_projects_is_a_project() -> None:
    text = f"The {ADB} approved a $71 million loan to Uzbekistan that will finance two projects."
    assert len(projects_of(story(text, "approved", "$71 million", donor=ADB))) == 1


def test_loan_with_a_sum_is_no_envelope() -> None:
    assert not only(projects_of(loan("s1", "$500 million"))).envelope


def test_smaller_project_of_the_same_donor_under_the_envelope_is_part_of_it() -> None:
    under = story("Under the programme, the Asian Development Bank approved a $50 million loan "
                  "to Uzbekistan for schools.", "approved", "$50 million", donor=ADB, id="s2")
    projects = {p.envelope: p for p in projects_of(programme(), under)}
    assert projects[False].part_of == projects[True].id
    assert projects[True].part_of is None


@pytest.mark.parametrize(("text", "donor", "amount"), [
    ("The Asian Development Bank approved a $50 million loan to Uzbekistan for schools.",
     ADB, "$50 million"),
    ("Under the programme, the Caspian Development Fund approved a $50 million loan to "
     "Uzbekistan for schools.", FUND, "$50 million"),
    ("Under the programme, the Asian Development Bank approved a $900 million loan to "
     "Uzbekistan for schools.", ADB, "$900 million"),
])
def test_project_is_part_of_an_envelope_only_under_it_of_its_donor_and_smaller(
        text: str, donor: str, amount: str) -> None:
    projects = projects_of(programme(), story(text, "approved", amount, donor=donor, id="s2"))
    assert [p.part_of for p in projects] == [None, None]


# Sectors


def test_development_banks_name_does_not_make_the_sector_finance() -> None:
    project = only(projects_of(loan("s1", words=" for irrigation")))
    assert project.sector == "agriculture"


def test_a_sentence_pointing_back_to_this_project_takes_the_sector_of_the_one_before() -> None:
    plan = Sentence("A new bridge will be built over the river.", "built", type="construction")
    for pointing, sector in (("For this project", "transport"), ("This year", None)):
        grant = Sentence(f"{pointing}, Japan will provide a grant of $20.5 million.", "provide",
                         ("$20.5 million",), donor=("Japan",), recipient=("Uzbekistan",))
        assert only(projects_of(article(plan, grant))).sector == sector


def test_a_word_inside_a_longer_word_of_another_sector_counts_for_that_sector() -> None:
    project = only(projects_of(loan("s1", words=" for a wastewater plant to cut emissions")))
    assert project.sector == "water"  # not the environment's `waste` and `emissions`


SFD = "Saudi Fund for Development"


def test_a_story_of_one_project_lends_its_sector_to_its_sentences_that_name_none() -> None:
    ratified = Sentence(f"Parliament ratified the loan agreement with the {SFD} for the housing "
                        "programme.", "ratified", type="agreement", donor=(SFD,),
                        recipient=("Kyrgyzstan",))
    terms = Sentence(f"The {SFD} will provide $100 million to Kyrgyzstan over 25 years.",
                     "provide", ("$100 million",), donor=(SFD,), recipient=("Kyrgyzstan",))
    housing = Sentence(f"The {SFD} will lend Kyrgyzstan $100 million for affordable housing.",
                       "lend", ("$100 million",), donor=(SFD,), recipient=("Kyrgyzstan",))
    merged = projects_of(article(ratified, terms, id="s1"), article(housing, id="s2"))
    assert any("sector housing" in e.matched for e in only(merged).evidence)
    # a story of two projects lends none: its sums are two
    road = Sentence(f"A second loan of $30 million from the {SFD} will pay for a new bridge.",
                    "loan", ("$30 million",), donor=(SFD,), recipient=("Kyrgyzstan",))
    told = reports_of(article(ratified, terms, road))
    projects._sector_of_the_story(told)
    assert [r.sector for r in told] == ["housing", None, "transport"]


def test_a_documents_title_quoting_its_projects_name_is_no_projects_name() -> None:
    law = Sentence(f"Parliament ratified the {SFD} loan by the law «On the Loan Agreement for "
                   "the project «Housing Finance»».", "ratified", type="agreement",
                   donor=(SFD,), recipient=("Kyrgyzstan",))
    (report,) = reports_of(article(law))
    assert report.name is None


@pytest.mark.parametrize(("text", "sector"), [
    ("Грант пойдёт на ремонт военного госпиталя и медицинского университета.", "health"),
    ("Грант пойдёт на оснащение лабораторий университета.", "education"),
    ("Кредит пойдёт на развитие малых городов долины.", "urban"),
])
def test_russian_sector_words(text: str, sector: str) -> None:
    assert projects._sector(text) == sector


@pytest.mark.parametrize(("text", "sector"), [
    ("The credit will improve municipal services in three small cities.", "urban"),
    ("The road will link the city of Osh with the border crossing.", "transport"),  # one city
])
def test_cities_and_their_services_are_the_urban_sector(text: str, sector: str) -> None:
    assert projects._sector(text) == sector


def test_sector_is_the_sector_the_sentence_names() -> None:
    project = only(projects_of(loan("s1", donor="Japan", words=" for irrigation canals")))
    assert (project.sector, project.sector_code) == ("agriculture", "310")


# What a story tells beyond the sentence

LENDS = Sentence("The Asian Development Bank approved a $120 million loan to Uzbekistan.",
                 "approved", ("$120 million",), donor=(ADB,), recipient=("Uzbekistan",))


def test_a_sentence_that_names_no_side_takes_the_sides_its_story_names() -> None:
    grant = Sentence("A further $15 million grant will equip the schools.", "grant",
                     ("$15 million",))
    projects = projects_of(article(LENDS, grant))
    given = next(p for p in projects if p.amount and p.amount.value == 15_000_000)
    assert [p.name for p in given.donor] == [ADB] and [p.code for p in given.recipient] == ["UZB"]


def test_a_story_of_two_lenders_lends_no_donor_to_a_sentence_that_names_none() -> None:
    other = Sentence("The World Bank approved a $70 million loan to Kyrgyzstan.", "approved",
                     ("$70 million",), donor=("World Bank",), recipient=("Kyrgyzstan",))
    grant = Sentence("A further $15 million grant will equip the schools.", "grant",
                     ("$15 million",))
    projects = projects_of(article(LENDS, other, grant))
    given = next(p for p in projects if p.amount and p.amount.value == 15_000_000)
    assert len(given.donor) == 1  # the donor its story's reports name most, the first on a tie
    assert given.reports[0].sentence == grant.text


def test_a_sentence_naming_one_of_the_lenders_its_story_names_takes_that_one() -> None:
    bank = "European Bank for Reconstruction and Development"
    told = Sentence(f"With a loan of $96.4 million, the {bank} sets a benchmark for the region.",
                    "loan", ("$96.4 million",), recipient=("Kazakhstan",))
    union = Sentence("The plant meets the standards of the European Union.", "meets",
                     type="plan", donor=("European Union",))
    lends = article(told, union)
    ebrd = Organization(id="o9", name=bank, aliases=[], mentions=[span(lends.text, bank)])
    events = [lends.events[0].model_copy(update={"organizations": ["o9"]}), lends.events[1]]
    named = lends.model_copy(update={"organizations": [*lends.organizations, ebrd],
                                     "events": events})
    assert [p.name for p in only(projects_of(named)).donor] == [bank]
    unnamed = lends.model_copy(update={"organizations": [*lends.organizations, ebrd]})
    assert only(projects_of(unnamed)).donor == []  # two lenders, neither named: no donor


def test_a_sentence_of_a_loans_terms_is_no_report_beside_the_priced_loan() -> None:
    terms = Sentence("The loan of the Asian Development Bank is provided for 25 years with a "
                     "grace period of five years.", "provided", donor=(ADB,))
    project = only(projects_of(article(LENDS, terms)))
    assert [r.sentence for r in project.reports] == [LENDS.text]
    alone = only(projects_of(article(terms)))  # the only word of a loan its story gives
    assert [r.sentence for r in alone.reports] == [terms.text]


def test_quoted_names_written_with_different_dashes_are_one_name() -> None:
    def named(id: str, dash: str) -> Article:
        text = (f"The {ADB} approved a loan to Uzbekistan for the “Clean Water Program {dash} "
                "Additional Financing”.")
        return story(text, "approved", donor=ADB, id=id)
    project = only(projects_of(named("s1", "–"), named("s2", "—")))
    assert "name" in project.evidence[0].matched


def test_a_grant_signed_and_the_equipment_it_buys_in_one_story_are_one_project() -> None:
    signed = Sentence("Japan and Uzbekistan signed a grant agreement in Tashkent.", "signed",
                      type="agreement", donor=("Japan",), recipient=("Uzbekistan",))
    handed = Sentence("Japan will hand over 40 ambulances with medical equipment to Uzbekistan.",
                      "hand", donor=("Japan",), recipient=("Uzbekistan",))
    project = only(projects_of(article(signed, handed)))
    assert project.flow_type == "equipment" and len(project.reports) == 2
    lent = Sentence("Japan will also lend Uzbekistan money for a new bridge.", "lend",
                    donor=("Japan",), recipient=("Uzbekistan",))
    assert len(projects_of(article(signed, lent))) == 2  # a grant and a loan: two
    granted = Sentence("Japan gave Uzbekistan grant aid to grow more wheat from 1996 to 2004.",
                       "gave", donor=("Japan",), recipient=("Uzbekistan",))
    assert len(projects_of(article(granted, handed))) == 2  # a grant given, no agreement signed


def test_a_quoted_name_and_its_translation_do_not_keep_two_reports_apart() -> None:
    english = story(f"The {ADB} approved a $233 million loan to Uzbekistan for the “Clean Water "
                    "Program”.", "approved", "$233 million", donor=ADB, id="s1")
    text = ("Азиатский банк развития выделил Узбекистану кредит в размере 233 млн долларов на "
            "«Программу чистой воды».")
    russian = story(text, "выделил", "233 млн долларов", donor="Азиатский банк развития",
                    recipient="Узбекистану", id="s2", language="ru")
    assert len(only(projects_of(english, russian)).reports) == 2
    other = story(f"The {ADB} approved a $233 million loan to Uzbekistan for the “Clean Air "
                  "Program”.", "approved", "$233 million", donor=ADB, id="s3")
    assert len(projects_of(english, other)) == 2  # two names in one language: two projects


def test_a_sentence_that_continues_a_loan_of_its_story_joins_its_project() -> None:
    terms = Sentence("The loan will be repaid over 25 years.", "loan")
    project = only(projects_of(article(LENDS, terms)))
    assert [r.sentence for r in project.reports] == [LENDS.text, terms.text]
    assert "same story" in project.evidence[0].matched


def test_a_loan_without_a_sum_in_another_story_stays_apart() -> None:
    terms = Sentence(f"The {ADB} loan will be repaid over 25 years.", "loan", donor=(ADB,))
    assert len(projects_of(article(LENDS), article(terms, id="s2"))) == 2


@pytest.mark.parametrize(("part", "count"), [
    ("Half of the funding, $27.5 million, is a grant.", 0),  # a share of a sum told
    ("Half of the country's schools will get a $27.5 million grant.", 1),  # a new flow
])
def test_a_share_of_a_sum_already_told_is_no_report(part: str, count: int) -> None:
    assert len(reports_of(story(part, "grant", "$27.5 million"))) == count


@pytest.mark.parametrize(("text", "count"), [
    ("The total cost is $115 million, including a $10 million contribution of the Tajik "
     "Government.", 0),  # the recipient's own share
    ("The total cost is $115 million, including a $10 million contribution of the Saudi Fund.",
     1),  # a donor's share
])
def test_a_states_own_share_of_the_cost_is_no_report(text: str, count: int) -> None:
    assert len(reports_of(story(text, "contribution", "$115 million", "$10 million",
                                recipient="Tajikistan"))) == count


@pytest.mark.parametrize(("text", "count"), [
    ("• доля Республики Таджикистан (налоговые льготы) – $10 млн.", 0),
    ("• доля Саудовского фонда (грант) – $10 млн.", 1),  # a donor's
    ("• доля Правительства Республики Таджикистан – $10 млн.", 0),  # written with a capital
])
def test_a_states_own_share_opening_an_item_of_a_projects_sources_is_no_report(
        text: str, count: int) -> None:
    told = story(text, "доля", "$10 млн", recipient="Tajikistan", language="ru")
    assert len(reports_of(told)) == count


@pytest.mark.parametrize(("text", "donor", "count"), [
    ("2. To repair rural schools in Osh province ($1.2 million).", (), 0),  # a use listed
    ("To repair rural schools in Osh province costs $1.2 million.", (), 0),
    (f"To repair rural schools, the {FUND} will provide $1.2 million to Kyrgyzstan.", FUND, 1),
])
def test_a_use_money_is_put_to_is_no_report(text: str, donor: str | tuple[()], count: int
                                            ) -> None:
    trigger = "provide" if "provide" in text else "repair"
    found = reports_of(story(text, trigger, "$1.2 million", donor=donor, recipient="Kyrgyzstan"
                             if "Kyrgyzstan" in text else ()))
    assert len(found) == count


@pytest.mark.parametrize(("text", "trigger", "count"), [
    (f"An MoU stating support of $18 million for a water plant was signed with the {FUND}.",
     "signed", 0),  # an intention, no commitment
    (f"The {FUND} signed memoranda of understanding with Uzbekistan, pledging $18 million.",
     "signed", 0),
    (f"{FUND} подписал меморандум о взаимопонимании о поддержке на $18 млн.", "подписал", 0),
    (f"The {FUND} signed a memorandum and an $18 million loan agreement with Uzbekistan.",
     "signed", 1),  # a deal beside the memorandum
    (f"Under the memorandum, the {FUND} approved an $18 million grant for a water plant.",
     "approved", 1),
    (f"The {FUND} signed an $18 million grant agreement for mountain (MOUNT) schools.",
     "signed", 1),  # no memorandum in `mountain`
])
def test_what_a_memorandum_of_understanding_pledges_is_no_report(text: str, trigger: str,
                                                                 count: int) -> None:
    sum_ = "$18 млн" if "млн" in text else "$18 million"
    found = reports_of(story(text, trigger, sum_, donor=FUND, type="agreement",
                             language="ru" if "млн" in text else "en"))
    assert len(found) == count


@pytest.mark.parametrize(("text", "count"), [
    (f"Villages of Uzbekistan will get grants of $20,000 to $30,000 from the {FUND}.", 0),
    (f"Villages of Uzbekistan will get a grant of $20,000 to $30,000 from the {FUND}.", 1),
])
def test_the_range_of_sums_of_flows_in_the_plural_is_no_report(text: str, count: int) -> None:
    ranged = Sum("$20,000 to $30,000", 20_000, usd=20_000, bounds=(20_000, 30_000))
    assert len(reports_of(story(text, "get", ranged, donor=FUND))) == count


def test_a_limit_on_a_programmes_loans_is_no_report() -> None:
    text = "The maximum amount per project is $2 million under the new credit line."
    assert reports_of(story(text, "credit", "$2 million")) == []


def test_what_a_project_itself_provides_is_no_new_flow() -> None:
    text = "The project will provide technical assistance and loans to rural firms in Uzbekistan."
    assert reports_of(story(text, "provide", donor=())) == []
    lent = "The bank will provide technical assistance and loans to rural firms in Uzbekistan."
    assert len(reports_of(story(lent, "provide", donor=()))) == 1


@pytest.mark.parametrize(("text", "reported"), [
    ("The Caspian Development Fund is a state agency that channels grants to poorer countries.",
     False),
    ("Caspian Development Fund — государственное агентство, которое выделяет гранты.", False),
    ("The Caspian Development Fund is a partner that channels grants to Uzbekistan's schools, "
     "the minister said.", False),
    ("The Caspian Development Fund channels grants to Uzbekistan's schools.", True),
])
def test_what_a_donor_is_and_does_in_general_is_no_report(text: str, reported: bool) -> None:
    trigger = "channels" if "channels" in text else "выделяет"
    found = reports_of(story(text, trigger, donor=FUND, type="funding"))
    assert bool(found) is reported


@pytest.mark.parametrize(("text", "trigger", "sum_text"), [
    ("Some $27.5 million of the amount will be spent on a clinic.", "spent", "$27.5 million"),
    ("Из выделенных средств $27.5 млн направят на ремонт школ.", "направят", "$27.5 млн"),
    ("При этом $27.5 млн из указанной суммы направят на ремонт школ.", "направят", "$27.5 млн"),
])
def test_words_of_a_share_anywhere_in_the_sentence_make_no_report(
        text: str, trigger: str, sum_text: str) -> None:
    assert reports_of(story(text, trigger, sum_text)) == []


def test_a_breakdown_of_a_sum_already_told_is_no_project() -> None:
    told = Sentence("The World Bank approved $55 million for Kyrgyzstan.", "approved",
                    ("$55 million",), donor=("World Bank",), recipient=("Kyrgyzstan",))
    part = Sentence("Of this amount, $27.5 million is a grant.", "grant", ("$27.5 million",))
    assert [p.amount.value for p in projects_of(article(told, part))] == [55_000_000]
    part = Sentence("Of these, $27.5 million is a grant.", "grant", ("$27.5 million",))
    assert [p.amount.value for p in projects_of(article(told, part))] == [55_000_000]


def test_the_tranches_of_a_commitment_its_story_states_are_reports_of_it() -> None:
    def euros(text: str) -> Sum:
        return Sum(text, float(text.removeprefix("€").removesuffix(" million")) * 1e6, "EUR")
    whole = Sentence("The European Union agreed on €29.8 million of budget support for "
                     "Tajikistan.", "agreed", (euros("€29.8 million"),),
                     donor=("European Union",), recipient=("Tajikistan",), date="2023")
    first = Sentence("A first tranche of €4 million was disbursed in January.", "disbursed",
                     (euros("€4 million"),), date="2024-01")
    then = Sentence("The next disbursement of €10 million is planned for 2026.", "planned",
                    (euros("€10 million"),), date="2026")
    project = only(projects_of(article(whole, first, then)))
    assert project.amount.value == 29.8e6 and len(project.reports) == 3
    other = Sentence("The Union also gave €4 million for schools.", "gave", (euros("€4 million"),))
    assert len(projects_of(article(whole, other))) == 2  # no tranche: another grant


@pytest.mark.parametrize(("second", "trigger", "projects"), [
    ("Another €5 million the Union plans to allocate to Uzbekistan for rural jobs.", "allocate", 2),
    ("The Union will give another grant of €5 million to Uzbekistan for rural jobs.", "give", 2),
    ("Ещё 5 млн евро Евросоюз выделит Узбекистану на занятость в селе.", "выделит", 2),
    ("The €5 million will be allocated to Uzbekistan by the Union this year.", "allocated", 1),
])
def test_a_sum_its_story_calls_one_more_is_another_project(
        second: str, trigger: str, projects: int) -> None:
    def euros(text: str) -> Sum:
        return Sum(text, 5e6, "EUR")
    first = Sentence("The European Union will allocate €5 million to Uzbekistan for trade.",
                     "allocate", (euros("€5 million"),), donor=("European Union",),
                     recipient=("Uzbekistan",))
    written = re.search(r"€5 million|5 млн евро", second).group()
    then = Sentence(second, trigger, (euros(written),), donor=("European Union",),
                    recipient=("Uzbekistan",))
    assert len(projects_of(article(first, then))) == projects


def opening_part(id: str, lead: str) -> Article:
    """A story of a part of a loan signed, then the whole the loan comes to."""
    part = Sentence(f"The Caspian Development Fund signed {lead} $25 million with Tajikistan to "
                    "build a dam.", "signed", ("$25 million",), "agreement", (FUND,),
                    ("Tajikistan",))
    whole = Sentence("The Fund's loan for the dam totals $100 million.", "loan",
                     ("$100 million",), donor=(FUND,), recipient=("Tajikistan",))
    return article(part, whole, id=id)


@pytest.mark.parametrize(("lead", "joined"), [
    ("an agreement on the first", True),
    ("a first tranche of", True),
    ("an agreement on", False),  # a sum of its own, though its story states the whole
])
def test_a_part_of_a_commitment_its_story_states_joins_another_storys_report_of_the_whole(
        lead: str, joined: bool) -> None:
    whole = story("The Caspian Development Fund approved a $100 million loan to Tajikistan to "
                  "build a dam.", "approved", "$100 million", donor=FUND, recipient="Tajikistan",
                  id="s2")
    projects = projects_of(whole, opening_part("s1", lead))
    assert len(projects) == (1 if joined else 2), [p.title for p in projects]


@pytest.mark.parametrize(("text", "part"), [
    ("The bank released the first $25 million of its loan to Tajikistan.", True),
    ("Банк выделил Таджикистану первые $25 млн кредита.", True),
    ("The bank signed the first phase of the loan, $25 million, with Tajikistan.", True),
    ("The bank signed the second phase of the loan, $25 million, with Tajikistan.", False),
    ("The bank released $25 million, its first loan to Tajikistan.", False),
])
def test_a_sum_told_as_the_opening_part_of_a_commitment_is_a_part(text: str, part: bool) -> None:
    trigger = next(w for w in ("released", "signed", "выделил") if w in text)
    told = story(text, trigger, "$25 million" if "million" in text else "$25 млн",
                 recipient="Tajikistan" if "Tajikistan" in text else "Таджикистану",
                 language="en" if "million" in text else "ru")
    assert one_report(told).part is part


def test_a_report_with_no_sum_joins_its_own_storys_project() -> None:
    other = loan("s1", "$199.96 million", words=" to modernise pumping stations")
    told = article(Sentence("The Asian Development Bank approved a $250 million loan to "
                            "Uzbekistan for irrigation.", "approved", ("$250 million",),
                            donor=(ADB,), recipient=("Uzbekistan",)),
                   Sentence("The loan will also finance solar panels at pumping stations.",
                            "finance", donor=(ADB,), recipient=("Uzbekistan",)), id="s2")
    (own,) = [p for p in projects_of(other, told) if p.amount.value == 250_000_000]
    assert len(own.reports) == 2


@pytest.mark.parametrize(("lender", "joins_own"), [(FUND, True), ("Aral Sea Bank", False)])
def test_a_named_report_with_no_sum_joins_its_own_storys_project_before_another(
        lender: str, joins_own: bool) -> None:
    earlier = article(Sentence(f"Earlier the {FUND} lent $30 million to Kyrgyzstan to build "
                               "schools in Osh.", "lent", ("$30 million",), donor=(FUND,),
                               recipient=("Kyrgyzstan",), places=("Osh",)), id="s1")
    ratified = article(
        Sentence(f"Parliament ratified the loan agreement with the {FUND} for the "
                 "\"Osh Schools Construction Project\".", "ratified", donor=(FUND,),
                 recipient=("Kyrgyzstan",), places=("Osh",)),
        Sentence(f"The {lender} loan of $50 million is for 25 years.", "loan", ("$50 million",),
                 donor=(lender,), recipient=("Kyrgyzstan",)), id="s2")
    (own,) = [p for p in projects_of(earlier, ratified) if p.amount.value == 50_000_000]
    assert len(own.reports) == (2 if joins_own else 1)


@pytest.mark.parametrize(("text", "tranche"), [
    ("The bank committed a $100 million credit for Tajikistan in tranches.", False),
    ("The bank committed a $100 million credit for Tajikistan in three instalments.", False),
    ("Банк выделит Таджикистану $100 млн траншами.", False),
    ("The bank paid a $100 million tranche of its credit for Tajikistan.", True),
    ("Банк выделил Таджикистану второй транш в $100 млн.", True),
])
def test_a_whole_paid_in_tranches_is_no_tranche(text: str, tranche: bool) -> None:
    trigger = next(w for w in ("committed", "paid", "выделит", "выделил") if w in text)
    told = story(text, trigger, "$100 million" if "million" in text else "$100 млн",
                 recipient="Tajikistan" if "Tajikistan" in text else "Таджикистану",
                 language="en" if "million" in text else "ru")
    assert one_report(told).tranche is tranche


def test_the_items_of_a_list_that_a_sum_opens_are_no_projects() -> None:
    opened = Sentence("The programme's funding is $38.8 million:", "funding", ("$38.8 million",),
                      donor=(), recipient=())
    told = Sentence("The World Bank approved the programme for Kyrgyzstan.", "approved",
                    donor=("World Bank",), recipient=("Kyrgyzstan",))
    items = [Sentence(f"– a {flow} of {amount};", flow, (amount,)) for flow, amount in (
        ("loan", "$27 million"), ("grant", "$5.35 million"))]
    sums = {p.amount.value for p in projects_of(article(told, opened, *items)) if p.amount}
    assert sums == {38_800_000}
    listed = Sentence("The World Bank approved two projects for Kyrgyzstan:", "approved",
                      donor=("World Bank",), recipient=("Kyrgyzstan",))
    sums = {p.amount.value for p in projects_of(article(listed, *items)) if p.amount}
    assert sums == {27_000_000, 5_350_000}  # a list no sum opens: each item a project


def test_the_sum_after_what_the_project_costs_is_not_the_donors() -> None:
    text = ("The total cost of the project is $437.62 million, of which $385.12 million comes "
            "from the bank's loan.")
    report = one_report(story(text, "comes", "$437.62 million", "$385.12 million"))
    assert report.amount.value == 385_120_000


def test_one_sum_of_three_significant_digits_joins_reports_that_name_no_side() -> None:
    text = "A loan of {} was approved for rural kindergartens."
    distinct = [story(text.format("$6.36 million"), "approved", "$6.36 million", recipient=(),
                      id=f"s{n}") for n in (1, 2)]
    rounded = [story(text.format("$6 million"), "approved", "$6 million", recipient=(),
                     id=f"s{n}") for n in (1, 2)]
    assert len(projects_of(*distinct)) == 1 and len(projects_of(*rounded)) == 2


def test_a_flow_word_inside_an_organisations_name_is_no_flow() -> None:
    bank = "Азиатский банк инфраструктурных инвестиций"
    report = one_report(story(f"{bank} выделил $248,4 млн на водоснабжение.", "выделил",
                              Sum("$248,4 млн", 248_400_000, usd=248_400_000), donor=bank,
                              recipient=(), language="ru"))
    assert report.flow == "other"


def test_a_flow_word_inside_a_known_donors_name_the_tagger_missed_is_no_flow() -> None:
    text = "Азиатский банк инфраструктурных инвестиций выделил Узбекистану $248,4 млн."
    report = one_report(story(text, "выделил", Sum("$248,4 млн", 248_400_000, usd=248_400_000),
                              recipient=(), language="ru"))
    assert report.flow == "other"
    lent = "Банк выделил Узбекистану инвестиции в размере $248,4 млн."
    assert one_report(story(lent, "выделил", Sum("$248,4 млн", 248_400_000, usd=248_400_000),
                            recipient=(), language="ru")).flow == "investment"


# The region the analysts follow receives

def test_a_central_asian_country_signing_beside_a_lender_is_the_recipient() -> None:
    text = "Uzbekistan and the Asian Development Bank signed a $75 million loan agreement."
    project = only(projects_of(story(text, "signed", "$75 million", donor=("Uzbekistan", ADB),
                                     recipient=())))
    assert [p.name for p in project.donor] == [ADB]
    assert [p.code for p in project.recipient] == ["UZB"]


def test_a_central_asian_country_signing_with_a_known_lender_is_the_recipient() -> None:
    text = "Tajikistan signed a $700 million loan agreement with the Asian Development Bank."
    project = only(projects_of(story(text, "signed", "$700 million", donor="Tajikistan",
                                     recipient=ADB)))
    assert [p.name for p in project.donor] == [ADB]
    assert [p.code for p in project.recipient] == ["TJK"]


@pytest.mark.parametrize("partner", ["Government of Japan", "Korean Government"])
def test_a_central_asian_country_signing_with_a_partners_government_is_the_recipient(
        partner: str) -> None:
    text = f"Uzbekistan signed a $70 million grant agreement with {partner}."
    project = only(projects_of(story(text, "signed", "$70 million", donor="Uzbekistan",
                                     recipient=partner)))
    assert [p.name for p in project.donor] == [partner]
    assert [p.code for p in project.recipient] == ["UZB"]


def test_a_central_asian_country_giving_alone_stays_the_donor() -> None:
    text = "Kazakhstan will send a $2 million grant to Afghanistan."
    project = only(projects_of(story(text, "send", "$2 million", donor="Kazakhstan",
                                     recipient="Afghanistan")))
    assert [p.code for p in project.donor] == ["KAZ"]


@pytest.mark.parametrize(("text", "trigger", "sum_", "donor"), [
    ("A $40 million loan agreement was signed between Tajikistan and Kuwait.", "signed",
     "$40 million", "TJK"),
    ("Kazakhstan will send a $2 million aid package to Afghanistan.", "send", "$2 million",
     "KAZ"),
])
def test_a_loan_between_a_central_asian_state_and_a_state_outside_goes_to_the_region(
        text: str, trigger: str, sum_: str, donor: str) -> None:
    giver, taker = ("Tajikistan", "Kuwait") if donor == "TJK" else ("Kazakhstan", "Afghanistan")
    project = only(projects_of(story(text, trigger, sum_, donor=giver, recipient=taker)))
    assert [p.code for p in project.recipient] == (["TJK"] if donor == "TJK" else ["AFG"])


def test_a_donor_states_own_agency_it_gives_through_is_no_recipient() -> None:
    text = ("Japan will give a $5 million grant to Tajikistan through the Japan International "
            "Cooperation Agency.")
    agency = "Japan International Cooperation Agency"
    project = only(projects_of(story(text, "give", "$5 million", donor="Japan",
                                     recipient=("Tajikistan", agency))))
    assert [p.code for p in project.recipient] == ["TJK"]
    pooled = "Japan will give $5 million to the Asian Development Bank for Tajikistan."
    project = only(projects_of(story(pooled, "give", "$5 million", donor="Japan",
                                     recipient=("Tajikistan", ADB))))
    assert ADB in [p.name for p in project.recipient]


def test_the_one_donor_is_no_recipient_of_its_own_loan() -> None:
    text = ("Kazakhstan's Baiterek Holding will attract a loan of $200 million from the "
            "European Investment Bank.")
    bank, holding = "European Investment Bank", "Baiterek Holding"
    project = only(projects_of(story(text, "attract", "$200 million", donor=bank,
                                     recipient=("Kazakhstan", holding, bank))))
    assert [p.name for p in project.donor] == [bank]
    assert [p.name for p in project.recipient] == ["Kazakhstan", holding]


@pytest.mark.parametrize(("site", "apart"), [("Naryn-Kazarman", True), (None, False)])
def test_unpriced_reports_naming_other_sites_stay_apart(site: str | None, apart: bool) -> None:
    def told(id: str, text: str, places: tuple[str, ...]) -> Article:
        return article(Sentence(text, "signed", (), "agreement", ("Japan",), ("Kyrgyzstan",),
                                places=places), id=id)

    first = told("s1", "Japan and Kyrgyzstan signed a grant for road rehabilitation of the "
                       "Osh-Batken section.", ("Osh-Batken",))
    second = told("s2", "Japan and Kyrgyzstan signed a grant for road rehabilitation of the "
                        f"{site or 'mountain'} section.", (site,) if site else ())
    assert len(projects_of(first, second)) == (2 if apart else 1)


@pytest.mark.parametrize(("lead", "merged"), [
    ("A new project will support small farms in the Fergana Valley of Uzbekistan.", True),
    ("A new project will equip district hospitals in the Fergana Valley of Uzbekistan.", False),
])
def test_the_loan_a_sentence_points_back_to_takes_its_purpose_from_there(
        lead: str, merged: bool) -> None:
    told = story("The World Bank approved a $200 million loan to Uzbekistan to support small "
                 "farms.", "approved", "$200 million", donor="World Bank")
    later = article(Sentence(lead, "new project", type="launch"),
                    Sentence("The loan amount of the World Bank amounted to $200 million.",
                             "amounted", ("$200 million",), donor=("World Bank",), recipient=()),
                    id="s2", published=None)
    assert len(projects_of(told, later)) == (1 if merged else 2)


def test_a_central_asian_states_own_share_given_to_no_one_is_no_report() -> None:
    text = "Uzbekistan will contribute $32.9 million to the railway project."
    assert reports_of(story(text, "contribute", "$32.9 million", donor="Uzbekistan",
                            recipient=())) == []


def test_co_financing_without_a_sum_beside_a_priced_loan_is_no_project_of_its_own() -> None:
    cofinanced = Sentence("The project will be co-financed by the World Bank.", "co-financed",
                          donor=("World Bank",))
    project = only(projects_of(article(LENDS, cofinanced)))
    assert project.amount.value == 120_000_000


def test_a_story_that_names_no_recipient_gives_to_the_region_before_a_venue() -> None:
    text = "The Islamic Development Bank will lend $45 million for irrigation."
    told = story(text, "lend", "$45 million", donor="Islamic Development Bank", recipient=())
    event = told.events[0].model_copy(update={"places": ["Saudi Arabia", "Tajikistan"]})
    project = only(projects_of(told.model_copy(update={"events": [event]})))
    assert [p.code for p in project.recipient] == ["TJK"]


def test_a_place_naming_its_country_after_a_comma_gives_the_recipient() -> None:
    text = "The Islamic Development Bank will lend $45 million for a water plant in Osh."
    told = story(text, "lend", "$45 million", donor="Islamic Development Bank", recipient=())
    event = told.events[0].model_copy(update={"places": ["Osh, Kyrgyzstan"]})
    project = only(projects_of(told.model_copy(update={"events": [event]})))
    assert [p.code for p in project.recipient] == ["KGZ"]


@pytest.mark.parametrize(("named", "recipient"), [
    (" The bank has worked in the Kyrgyz Republic since 1992.", ["KGZ"]),
    (" The bank's head flew in from Japan.", []),  # no country of the region
])
def test_a_story_whose_events_name_no_recipient_gives_to_the_regions_country_it_names(
        named: str, recipient: list[str]) -> None:
    told = story(f"The project will receive $120 million from the {ADB}.", "receive",
                 "$120 million", donor=ADB, recipient=())
    told = told.model_copy(update={"text": told.text + named})
    assert [p.code for p in only(projects_of(told)).recipient] == recipient


# A sentence of several givers

def test_each_giver_named_in_the_clause_of_its_own_sum_is_a_project_of_its_own() -> None:
    jica = "Japan International Cooperation Agency"
    text = (f"The {ADB} financed three ferries - $42 million, the {jica} lent $40 million for "
            "a depot in Uzbekistan.")
    told = story(text, "financed", "$42 million", "$40 million", donor=(ADB, jica),
                 recipient="Uzbekistan")
    projects = projects_of(told)
    assert sorted((p.amount.value, p.donor[0].name) for p in projects) == [
        (40_000_000, jica), (42_000_000, ADB)]
    assert all([r.code for r in p.recipient] == ["UZB"] for p in projects)


def test_each_giver_a_sum_is_said_to_come_from_is_a_project_of_its_own() -> None:
    aiib = "Asian Infrastructure Investment Bank"
    text = (f"The plant will receive $120 million in financing from the {ADB} and a $50 million "
            f"loan from the {aiib}.")
    told = story(text, "receive", "$120 million", "$50 million", donor=(ADB, aiib))
    assert sorted((p.amount.value, p.donor[0].name) for p in projects_of(told)) == [
        (50_000_000, aiib), (120_000_000, ADB)]


def test_the_parts_of_a_total_that_several_givers_put_in_are_one_project_each() -> None:
    aiib = "Asian Infrastructure Investment Bank"
    text = (f"The package of $170 million will consist of $120 million in financing from the "
            f"{ADB} and a $50 million loan from the {aiib}.")
    told = story(text, "consist", "$170 million", "$120 million", "$50 million",
                 donor=(ADB, aiib))
    assert sorted((p.amount.value, p.donor[0].name) for p in projects_of(told)) == [
        (50_000_000, aiib), (120_000_000, ADB)]


def test_a_package_one_body_and_its_own_fund_put_in_is_one_project() -> None:
    fund = f"{ADB} Special Fund"
    text = (f"The package of $170 million will consist of a $120 million loan from the {ADB} "
            f"and $50 million in grants from the {fund}.")
    told = story(text, "consist", "$170 million", "$120 million", "$50 million",
                 donor=(ADB, fund))
    assert [p.amount.value for p in projects_of(told)] == [170_000_000]


def test_the_receivers_own_part_of_a_total_is_no_project() -> None:
    text = (f"The $46 million include a $30 million loan from the {ADB}, a $10 million grant "
            f"from the {FUND} and $6 million as the contribution of the Kyrgyz Government.")
    told = story(text, "include", "$46 million", "$30 million", "$10 million", "$6 million",
                 donor=(ADB, FUND), recipient="Kyrgyzstan")
    assert sorted(p.amount.value for p in projects_of(told)) == [10_000_000, 30_000_000]


def test_a_giver_linked_to_a_later_sum_does_not_give_the_first() -> None:
    approved = Sentence(f"The {ADB} approved funding for a nursing project in Uzbekistan.",
                        "approved", (), "funding", (ADB,), ("Uzbekistan",))
    text = f"The financing includes a $75 million loan and a $2 million grant from the {FUND}."
    told = article(approved, Sentence(text, "includes", ("$75 million", "$2 million"), "funding",
                                      (FUND,), ()))
    project = only([p for p in projects_of(told) if p.amount])
    assert (project.amount.value, [d.name for d in project.donor]) == (75_000_000, [ADB])
    # linked to the first sum, it gives that one
    text = f"The financing includes a $75 million loan from the {FUND} and a $2 million grant."
    told = article(approved, Sentence(text, "includes", ("$75 million", "$2 million"), "funding",
                                      (FUND,), ()))
    project = only([p for p in projects_of(told) if p.amount])
    assert [d.name for d in project.donor] == [FUND]


def stated(told: Article, country: str) -> Article:
    """The story with its first organisation's country stated."""
    first, *rest = told.organizations
    return told.model_copy(update={"organizations": [
        first.model_copy(update={"country": country}), *rest]})


@pytest.mark.parametrize("government", ["Government of Japan", "Japanese government",
                                        "Правительство Японии"])
def test_a_states_government_gives_as_its_country(government: str) -> None:
    told = story(f"{government} and Japan will provide a $5 million grant to Uzbekistan.",
                 "provide", "$5 million", donor=(government, "Japan"))
    told = stated(told, "JPN")  # the country its name states, as the tagger gives it
    assert [(p.kind, p.code) for p in only(projects_of(told)).donor] == [("country", "JPN")]


def test_a_states_ministry_gives_as_itself() -> None:
    told = story("The Ministry of Finance of Japan will provide a $5 million grant to Uzbekistan.",
                 "provide", "$5 million", donor="Ministry of Finance of Japan")
    told = stated(told, "JPN")
    assert [p.kind for p in only(projects_of(told)).donor] == ["organization"]


def test_a_name_after_a_sum_that_does_not_give_it_splits_nothing() -> None:
    aiib = "Asian Infrastructure Investment Bank"
    text = (f"The plant will receive $120 million in financing from the {ADB} and a $50 million "
            f"loan, the head of the {aiib} said.")
    told = story(text, "receive", "$120 million", "$50 million", donor=(ADB, aiib))
    assert [r.amount.value for r in reports_of(told)] == [120_000_000]


def test_each_project_a_sentence_lists_with_its_own_sum_is_a_project_of_its_own() -> None:
    text = (f"The {ADB} approved two projects: the Naryn Water Project - $16.2 million; and the "
            "Rural Schools Project - $2.4 million.")
    told = story(text, "approved", "$16.2 million", "$2.4 million", donor=ADB)
    assert sorted(p.amount.value for p in projects_of(told)) == [2_400_000, 16_200_000]


def test_givers_and_sums_paired_by_respectively_are_projects_of_their_own() -> None:
    aiib = "Asian Infrastructure Investment Bank"
    text = (f"The {ADB} and the {aiib} will lend $30 million and $10 million respectively for "
            "the Naryn road in Uzbekistan.")
    told = story(text, "lend", "$30 million", "$10 million", donor=(ADB, aiib))
    assert sorted((p.amount.value, p.donor[0].name) for p in projects_of(told)) == [
        (10_000_000, aiib), (30_000_000, ADB)]
    paired = text.replace(" respectively", "")  # without it, the sums are not paired
    assert len(projects_of(story(paired, "lend", "$30 million", "$10 million",
                                 donor=(ADB, aiib)))) == 1


def test_each_sum_followed_by_its_own_purpose_is_a_project_of_its_own() -> None:
    text = (f"The {ADB} allocated $100 million toward the Naryn dam and $30 million for the Osh "
            "ring road.")
    projects = projects_of(story(text, "allocated", "$100 million", "$30 million", donor=ADB))
    assert sorted(p.amount.value for p in projects) == [30_000_000, 100_000_000]
    assert [p.title for p in projects if p.amount.value == 30_000_000] == [
        f"{ADB} loan to Uzbekistan for the Osh ring road ($30.0 million)"]


def test_each_sum_closing_its_own_bracket_after_its_receiver_is_a_project_of_its_own() -> None:
    text = ("Japan gave grants to the districts of Uzgen (Osh region, $81,000), Kara-Suu "
            "($79,000) and Nookat ($77,000) in Kyrgyzstan.")
    sums = (Sum("$81,000", 81_000), Sum("$79,000", 79_000), Sum("$77,000", 77_000))
    projects = projects_of(story(text, "gave", *sums, donor="Japan"))
    assert sorted(p.amount.value for p in projects) == [77_000, 79_000, 81_000]
    # a sum in brackets that totals the others breaks it down: no project of its own each
    told = story("Japan gave grants ($237,000) to Uzgen ($160,000) and Nookat ($77,000).",
                 "gave", Sum("$237,000", 237_000), Sum("$160,000", 160_000),
                 Sum("$77,000", 77_000), donor="Japan")
    assert len(projects_of(told)) < 3


@pytest.mark.parametrize(("text", "sums", "donor", "language"), [
    (f"The {ADB} allocated $100 million toward the Naryn dam and $3 million for its detailed "
     "design.", ("$100 million", "$3 million"), ADB, "en"),
    ("Япония выделила 100 млн долларов на строительство плотины и 3 млн долларов для её "
     "проектирования.", ("100 млн долларов", "3 млн долларов"), "Япония", "ru"),
])
def test_a_sum_for_the_design_of_a_project_is_part_of_that_project(
        text: str, sums: tuple[str, str], donor: str, language: str) -> None:
    told = story(text, "allocated" if language == "en" else "выделила",
                 *(Sum(t, float(t.strip("$").split()[0]) * 10**6) for t in sums),
                 donor=donor, language=language)
    assert len(projects_of(told)) == 1


def test_a_body_the_money_goes_through_is_no_giver_of_its_own() -> None:
    jica = "Japan International Cooperation Agency"
    text = (f"The Government of Japan will give $30 million for the Naryn dam and $5 million for "
            f"the Osh ring road through the {jica}.")
    told = story(text, "give", "$30 million", "$5 million", donor=("Government of Japan", jica))
    assert {p.donor[0].name for p in projects_of(told)} == {"Government of Japan"}


def test_the_commas_inside_a_sum_break_no_clause() -> None:
    text = ("Japan granted 3,000,000,000 yen to the Naryn dam project and 100,000,000 yen more to "
            "the project.")
    told = story(text, "granted", Sum("3,000,000,000 yen", 3e9, "JPY"),
                 Sum("100,000,000 yen", 1e8, "JPY"), donor="Japan")
    assert [r.amount.value for r in reports_of(told)] == [3e9]


@pytest.mark.parametrize(("text", "sums", "language"), [
    ("In all, €5 million will go to the schools programme, €15 million – to the roads "
     "programme, €8 million – to the reform of courts.", ("€5 million", "€15 million",
                                                          "€8 million"), "en"),
    ("По соглашениям на 13 млн евро будет построена больница в Оше, на 6 млн евро – "
     "гостиница в Таласе.", ("13 млн евро", "6 млн евро"), "ru"),
])
def test_sums_shared_out_with_the_verb_said_once_are_projects_of_their_own(
        text: str, sums: tuple[str, ...], language: str) -> None:
    told = story(text, "go" if language == "en" else "построена",
                 *(Sum(t, float(t.split()[0].lstrip("€")) * 10**6, "EUR") for t in sums),
                 donor="Japan", language=language)
    assert len(reports_of(told)) == len(sums)


@pytest.mark.parametrize("text", [
    "The project costs €23 million, €15 million of which is the bank's, €8 million the state's.",
    "The bank approved a €50 million loan, repayable over 25 years, and a €10 million grant.",
])
def test_a_sum_broken_down_or_a_package_is_not_shared_out(text: str) -> None:
    sums = re.findall(r"€\d+ million", text)
    told = story(text, "approved" if "approved" in text else "costs",
                 *(Sum(t, float(t[1:].split()[0]) * 10**6, "EUR") for t in sums))
    assert len(reports_of(told)) <= 1


@pytest.mark.parametrize(("parts", "count"), [
    ("The programme comprises a $250 million loan and a $150 million loan.", 1),
    ("The bank also approved a $250 million loan and a $150 million loan for roads.", 2),
    ("A $250 million loan will fund the Fergana Roads Project and another $150 million loan "
     "the Samarkand Water Supply Project.", 3),  # each of its own project: the total is theirs
])
def test_what_a_sum_told_before_is_made_of_is_no_report_of_its_own(parts: str,
                                                                      count: int) -> None:
    told = article(
        Sentence(f"The {ADB} approved a $400 million programme for Uzbekistan.", "approved",
                 ("$400 million",), donor=(ADB,), recipient=("Uzbekistan",)),
        Sentence(parts, "fund" if "fund" in parts else parts.split()[2],
                 ("$250 million", "$150 million")))
    assert len(reports_of(told)) == count


@pytest.mark.parametrize(("first", "shares"), [
    ("The second loan, worth $150 million, will go to livestock.", False),  # the loan's
    ("The livestock project costs $150 million.", True),  # the financiers' shares are flows
])
def test_shares_of_a_loan_told_right_before_are_no_reports_of_their_own(first: str,
                                                                       shares: bool) -> None:
    told = article(
        Sentence(first, "costs" if "costs" in first else "go", ("$150 million",),
                 recipient=()),
        Sentence("The IDA will allocate $120 million and the IBRD will allocate $30 million.",
                 "allocate", ("$120 million", "$30 million")))
    values = {r.amount.value for r in reports_of(told)}
    assert bool(values & {120_000_000, 30_000_000}) == shares


def test_a_loan_and_a_grant_of_one_giver_stay_one_report() -> None:
    text = f"The {ADB} approved a $50 million loan and a $5 million grant for Uzbekistan."
    told = story(text, "approved", "$50 million", "$5 million", donor=ADB)
    assert [r.amount.value for r in reports_of(told)] == [50_000_000]


def titled(story_: Article, title: str) -> Article:
    return story_.model_copy(update={"title": title})


@pytest.mark.parametrize(("title", "text", "language"), [
    ("Fund approves $80 million for roads in Osh",
     "The Caspian Development Fund approved a loan to Kyrgyzstan for the roads of Osh.", "en"),
    ("Фонд одобрил $80 млн на дороги Оша",
     "Каспийский фонд развития одобрил кредит Кыргызстану на ремонт дорог Оша.", "ru"),
])
def test_a_story_that_states_its_sum_in_the_headline_only_takes_it(
        title: str, text: str, language: str) -> None:
    trigger = "approved" if language == "en" else "одобрил"
    report = one_report(titled(story(text, trigger, recipient="Kyrgyzstan",
                                     language=language), title))
    assert report.amount is not None and report.amount.id == "title"
    assert (report.amount.value, report.amount.unit) == (80_000_000, "USD")


def test_a_tranche_of_the_headline_sum_leaves_it_to_the_lead() -> None:
    lead = Sentence("The Caspian Development Fund approved a loan to Kyrgyzstan for roads.",
                    "approved", (), "funding", (FUND,), ("Kyrgyzstan",))
    tranche = Sentence("The first tranche of $30 million will be paid in May.", "paid",
                       ("$30 million",), "funding", (), ("Kyrgyzstan",))
    reports = reports_of(titled(article(lead, tranche), "Fund lends $80 million for roads"))
    assert [r.amount.id for r in reports if r.amount] == ["title", "a1"]


@pytest.mark.parametrize(("title", "own_sum"), [
    # the story states a sum of its own: the headline's may be what the works cost
    ("Osh roads to be rebuilt for $280 million", "$238 million"),
    # the headline names another flow than the story's sentence
    ("Fund gives $5 million grant to Osh", ""),
])
def test_a_headline_sum_the_story_does_not_bear_out_prices_nothing(title: str, own_sum: str
                                                                   ) -> None:
    sentences = [Sentence("The Caspian Development Fund signed a loan agreement with "
                          "Kyrgyzstan.", "signed", (), "agreement", (FUND,), ("Kyrgyzstan",))]
    if own_sum:
        sentences.append(Sentence(f"The fund will lend {own_sum}.", "lend", (own_sum,),
                                  "funding", (FUND,), ("Kyrgyzstan",)))
    reports = reports_of(titled(article(*sentences), title))
    assert all(r.amount is None or r.amount.id != "title" for r in reports)


def test_on_a_tie_the_flow_of_a_report_of_the_sum_wins_over_what_the_money_does() -> None:
    approved = article(
        Sentence(f"The {FUND} approved $30.4 million for Uzbekistan's schools.", "approved",
                 ("$30.4 million",), donor=(FUND,), recipient=("Uzbekistan",)),
        Sentence(f"The {FUND} will also fund training for the teachers of Uzbekistan.", "fund",
                 (), donor=(FUND,), recipient=("Uzbekistan",)))
    lent = loan("s2", "$30.4 million", donor=FUND)
    project = only(projects_of(approved, lent))
    assert len(project.reports) == 3 and project.flow_type == "loan"


def test_on_a_tie_the_equipment_a_priced_grant_buys_still_names_the_flow() -> None:
    told = article(
        Sentence("Japan signed a $5.2 million grant agreement with Uzbekistan.", "signed",
                 ("$5.2 million",), type="agreement", donor=("Japan",),
                 recipient=("Uzbekistan",)),
        Sentence("Japan will hand over the ambulances to Uzbekistan in May.", "hand over", (),
                 donor=("Japan",), recipient=("Uzbekistan",)))
    project = only(projects_of(told))
    assert len(project.reports) == 2 and project.flow_type == "equipment"


@pytest.mark.parametrize(("text", "flow"), [
    # what the grant's clause goes on to buy, in a project's name too
    ("Japan will provide grant aid of $5.2 million for the Project for the Improvement of "
     "Equipment for Irrigation.", "equipment"),
    ("Japan will provide a $5.2 million grant to modernize medical equipment in Osh.",
     "equipment"),
    # a later clause on something else, or equipment before the sum, buys nothing
    ("Japan will provide a $5.2 million grant for the dam, which failed due to damage to its "
     "equipment.", "grant"),
    ("The old equipment failed, and Japan will provide a $5.2 million grant for the dam.",
     "grant"),
])
def test_a_grant_that_buys_equipment_is_equipment(text: str, flow: str) -> None:
    told = story(text, "provide", "$5.2 million", donor="Japan")
    assert only(projects_of(told)).flow_type == flow


def test_a_grant_and_the_equipment_its_report_says_it_buys_are_one_project() -> None:
    granted = Sentence("Japan will provide a $5.2 million grant for equipment for Osh.", "provide",
                       ("$5.2 million",), donor=("Japan",), recipient=("Kyrgyzstan",))
    handed = Sentence("Japan handed over 40 ambulances to Kyrgyzstan.", "handed",
                      donor=("Japan",), recipient=("Kyrgyzstan",))
    project = only(projects_of(article(granted, handed)))
    assert project.flow_type == "equipment" and len(project.reports) == 2


def test_a_run_compares_only_reports_whose_sums_could_agree(
        monkeypatch: pytest.MonkeyPatch) -> None:
    compared = []
    compare = projects._compare
    monkeypatch.setattr(projects, "_compare", lambda a, b: compared.append(1) or compare(a, b))
    loans = [loan(f"s{i}", f"${100 * 1.1 ** i:.1f} million") for i in range(30)]
    assert len(projects_of(*loans)) == 30
    assert len(compared) < 30  # not the 435 pairs of one donor's reports


def test_a_report_with_no_sum_in_another_story_joins_by_sides_flow_and_purpose() -> None:
    priced = story(f"The {ADB} approved a $42.7 million loan to Tajikistan to rebuild the water "
                   "network of Dushanbe.", "approved", "$42.7 million", donor=ADB,
                   recipient="Tajikistan")
    bare = story(f"The {ADB} loan to Tajikistan will rebuild the water network of Dushanbe.",
                 "loan", donor=ADB, recipient="Tajikistan", id="s2")
    assert len(only(projects_of(priced, bare)).reports) == 2
