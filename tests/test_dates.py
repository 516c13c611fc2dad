"""Tests of the news_dates component: finding date expressions and normalising them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from pipeline.components.dates import DateNormalizer, Point, resolve_year
from pipeline.nlp import make_doc
from pipeline.records import doc_records
from pipeline.schema import DateMention


@pytest.fixture(scope="module")
def normalizer() -> DateNormalizer:
    return DateNormalizer()


def dates(nlp: Language, text: str, reference: str | None) -> list[DateMention]:
    return doc_records(nlp(make_doc(nlp, text, reference)))["dates"]


def values(nlp: Language, text: str, reference: str | None = "2025-11-11") -> list[str | None]:
    return [d.value for d in dates(nlp, text, reference)]


def mentions(nlp: Language, text: str, reference: str | None = "2025-11-11") -> list[str]:
    return [d.text for d in dates(nlp, text, reference)]


# --- full dates: day, month and year --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The lease was signed on 14 February 2018 in Khujand.", "2018-02-14"),
        ("The lease was signed on Feb. 14, 2018 in Khujand.", "2018-02-14"),
        ("The contract is dated 2019-01-15.", "2019-01-15"),
        ("The decree of 21.02.2025 sets new quotas.", "2025-02-21"),
    ],
)
def test_full_date_is_read_to_the_day(nlp: Language, text: str, value: str) -> None:
    assert values(nlp, text) == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("The clinic opened on 07 Jun 2019 in Khujand.", "2019-06-07"),
    ("The clinic opened on Mar 4, 2021 in Khujand.", "2021-03-04"),
    ("The clinic opened on 30 Jul 2022 in Khujand.", "2022-07-30"),
])
def test_a_month_shortened_without_its_dot_is_a_month_between_day_and_year(
        nlp: Language, text: str, value: str) -> None:
    assert values(nlp, text) == [value]


def test_a_name_spelled_like_a_short_month_is_no_month_without_a_year(nlp: Language) -> None:
    assert values(nlp, "Coach Kim Jun 4 times led the team in Osh.") == []


def test_number_before_a_month_with_a_word_between_is_no_day(nlp: Language) -> None:
    assert values(nlp, "She scored 15 in January 2019.") == ["2019-01"]


def test_dotted_number_without_a_four_digit_year_is_no_date(nlp: Language) -> None:
    assert values(nlp, "Paragraph 21.02.25 of the code sets new quotas.") == []


def test_ordinal_day_of_a_month_is_a_day(nlp: Language) -> None:
    assert values(nlp, "The talks open on the 3rd of June.") == ["2026-06-03"]


@pytest.mark.parametrize(("text", "expected"), [
    # a wire's abbreviated month may have its day glued to its dot
    ("The meeting took place on Oct.3 in Bishkek.", ["2025-10-03"]),
    ("The deal was signed on Sept.15, 2021 in Tashkent.", ["2021-09-15"]),
    ("See p.3 of the report and No.5 of the list.", []),  # a page, a number: no month
])
def test_a_dotted_month_glued_to_its_day_is_a_date(
        nlp: Language, text: str, expected: list[str]) -> None:
    assert values(nlp, text) == expected


def test_weekday_before_a_day_and_month_belongs_to_the_date(nlp: Language) -> None:
    assert mentions(nlp, "The mission arrives on Friday, Oct. 23, 2026.") == [
        "on Friday, Oct. 23, 2026"]
    assert mentions(nlp, "It ends on Monday, the 3rd of June.") == ["on Monday, the 3rd of June"]
    assert mentions(nlp, "A Friday flight, 23 October 2026, was cancelled.") == [
        "Friday", "23 October 2026"]


def test_ordinal_without_a_month_is_no_day(nlp: Language) -> None:
    assert values(nlp, "The 9th Meeting of the Joint Committee opened.") == []


def test_clock_time_after_a_day_is_not_part_of_the_date(nlp: Language) -> None:
    assert values(nlp, "On June 3, at 4:15 p.m., the talks began.") == ["2025-06-03"]
    assert values(nlp, "Talks began at 4:15 p.m. in the ministry.") == []


def test_month_and_year_is_read_to_the_month(nlp: Language) -> None:
    assert values(nlp, "The loan was approved in January 2020.") == ["2020-01"]


@pytest.mark.xfail(
    strict=True, reason="a day after a month may be followed by `,000` or `.5`: it measures"
)
@pytest.mark.parametrize(
    "text",
    [
        "In Jan. 15,000 tonnes of wheat were shipped.",
        "In January 12.5 percent of loans defaulted.",
    ],
)
def test_month_followed_by_a_measure_is_no_day(nlp: Language, text: str) -> None:
    assert values(nlp, text) == ["2025-01"]


# --- years ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kazakhstan joined the programme in 2019.", "2019"),
        ("JICA has worked in the country since 2004.", "2004"),
        ("The plant should be running by 2030.", "2030"),
    ],
)
def test_year_after_a_preposition_is_a_year(nlp: Language, text: str, value: str) -> None:
    assert values(nlp, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Some 2000 workers left for Japan.",
        "A total of 2019 specialists were trained in Japan.",
    ],
)
def test_four_digit_count_is_no_year(nlp: Language, text: str) -> None:
    assert values(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Article 2024 of the Tax Code extends the exemption to spare parts.",
        "Under Government Decree No. 2019, grant equipment is exempt from duties.",
        "Flight 2018 to Seoul was delayed by fog.",
    ],
)
def test_four_digit_identifier_is_no_year(nlp: Language, text: str) -> None:
    assert values(nlp, text) == []


def test_a_year_glued_to_the_next_sentence_still_closes_its_date(nlp: Language) -> None:
    text = "On April 8-9, 2022Mr. Aliev met the teachers of the town."
    assert values(nlp, text) == ["2022-04-08/2022-04-09"]


@pytest.mark.parametrize("text", [
    "The 2022MW plant will open next spring.",
    "The 1990s were hard for the plant.",
])
def test_a_number_glued_to_a_unit_or_a_suffix_is_no_year(nlp: Language, text: str) -> None:
    assert values(nlp, text) == []


def test_year_embedded_in_a_name_is_a_year(nlp: Language) -> None:
    assert "2024" in values(nlp, "The CIET-2024 exhibition opened in Tashkent.")


def test_number_embedded_in_a_model_name_that_counts_is_no_year(nlp: Language) -> None:
    assert values(nlp, "The KX-2024 printers were sold out.") == []


@pytest.mark.xfail(
    strict=True, reason="the identifier cue is looked for only right before the digits"
)
def test_number_embedded_in_a_decree_number_is_no_year(nlp: Language) -> None:
    assert values(nlp, "Decree No. UP-2024 was signed.") == []


def test_year_in_parentheses_is_a_year(nlp: Language) -> None:
    assert values(nlp, "The survey of rural clinics (1996) found few doctors.") == ["1996"]


@pytest.mark.xfail(
    strict=True, reason="after `(` a four-digit number is a year even when a noun it counts follows"
)
def test_count_in_parentheses_is_no_year(nlp: Language) -> None:
    assert values(nlp, "The survey (1996 households) found few doctors.") == []


# --- halves and quarters of a year -------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Trade grew in the first half of 2019, the ministry said.", "2019-01/2019-06"),
    ("Exports fell in the third quarter of 2020.", "2020-07/2020-09"),
    ("Sales rose in Q1 2021.", "2021-01/2021-03"),
    ("The 2nd half of 2018 was weak.", "2018-07/2018-12"),
    ("The plant opens in 2026.", "2026"),  # a year alone stays a year
])
def test_a_half_or_a_quarter_of_a_year_is_its_months(nlp: Language, text: str, value: str) -> None:
    assert values(nlp, text) == [value]


# --- fiscal and split years -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Budget support for FY2025 was cut.", "2025"),
        ("Results of the FY 2003 survey were published.", "2003"),
    ],
)
def test_fiscal_year_is_that_year(nlp: Language, text: str, value: str) -> None:
    assert values(nlp, text) == [value]


def test_fiscal_before_a_longer_measure_is_no_year(nlp: Language) -> None:
    assert values(nlp, "The fund set a fiscal 150-day deadline.") == []


@pytest.mark.xfail(
    strict=True, reason="any two digits after `fiscal` are read as a fiscal year (`fiscal 10`)"
)
def test_fiscal_before_a_two_digit_measure_is_no_year(nlp: Language) -> None:
    assert values(nlp, "The ministry presented a fiscal 10-point plan.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Grants were reviewed for the 2024/25 fiscal year.", "2024/2025"),
        ("Exports rose in fiscal 2024/25 to a record.", "2024/2025"),
        ("The budget for FY2024/25 was approved.", "2024/2025"),
        ("In 2023/2024 the flights were added.", "2023/2024"),
    ],
)
def test_split_year_is_a_two_year_period(nlp: Language, text: str, value: str) -> None:
    assert values(nlp, text) == [value]


@pytest.mark.xfail(
    strict=True,
    reason="`2023/45`, `2019-13` become the period `2023/2023`: the short end is read as a day",
)
@pytest.mark.parametrize(
    "text",
    [
        "Resolution No. 2023/45 sets quotas.",
        "The part code 2019-13-45 is out of stock.",
    ],
)
def test_year_and_a_short_number_that_is_no_year_is_no_period(nlp: Language, text: str) -> None:
    assert values(nlp, text) == []


# --- year ranges ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The project ran in 2008-2011 in Osh province.", "2008/2011"),
        ("Phase two (2013 - 2015) covered Naryn.", "2013/2015"),
        ("Exports rose sharply in 2019–2020 despite the pandemic.", "2019/2020"),
        ("The plan covers the years between 2022 and 2026.", "2022/2026"),
        ("She chaired the board from 1997 to 2003.", "1997/2003"),
        ("The 2019-20 season was cut short.", "2019/2020"),
    ],
)
def test_year_range_is_a_period(nlp: Language, text: str, value: str) -> None:
    assert value in values(nlp, text)


def test_year_range_of_one_year_is_that_year(nlp: Language) -> None:
    assert "2015" in values(nlp, "A pilot ran in 2015-2015 only.")


def test_reversed_years_are_no_period(nlp: Language) -> None:
    assert not any("/" in (v or "") for v in values(nlp, "A pilot ran in 2015-2014 only."))


def test_two_years_in_a_list_are_two_points(nlp: Language) -> None:
    assert values(nlp, "Censuses were taken in 2009 and 2021.") == ["2009", "2021"]


def test_range_of_counts_written_with_separators_is_no_period(nlp: Language) -> None:
    assert values(nlp, "Output rose from 1,996 to 2,004 tonnes.") == []


@pytest.mark.xfail(
    strict=True, reason="the count and identifier checks guard bare years only, not year ranges"
)
@pytest.mark.parametrize(
    "text",
    [
        "Membership grew from 1996 to 2004 people.",
        "Decree No. 2008-2011 was filed with the court.",
    ],
)
def test_range_of_counts_or_identifiers_is_no_period(nlp: Language, text: str) -> None:
    assert values(nlp, text) == []


def test_decade_is_no_year(nlp: Language) -> None:
    assert values(nlp, "The early-mid 1990s saw a building boom.") == []


# --- day and month ranges ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("The forum was held on October 21-23, 2019 in Tokyo.", "2025-11-11",
         "2019-10-21/2019-10-23"),
        ("The forum took place October 21-23 in Tokyo.", "2019-12-01", "2019-10-21/2019-10-23"),
        ("The working group will meet from May 12 to 14 in Dushanbe.", "2025-11-11",
         "2026-05-12/2026-05-14"),
        ("The delegation visited Osaka from 5 to 7 May.", "2025-11-11", "2025-05-05/2025-05-07"),
        # two days of one month
        ("The talks took place on 21 and 22 November 2023 in Paris.", "2025-11-11",
         "2023-11-21/2023-11-22"),
        ("The summit on May 18 and 19, 2023 ended with a deal.", "2025-11-11",
         "2023-05-18/2023-05-19"),
    ],
)  # fmt: skip
def test_day_range_shares_month_and_year(
    nlp: Language, text: str, reference: str, value: str
) -> None:
    assert values(nlp, text, reference) == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("Course dates: Monday, June 2, 2025 \u2013 Friday, June 27, 2025 (26 days)",
     "2025-06-02/2025-06-27"),
    ("The course ran 2 June 2025 - 27 June 2025 in Osh.", "2025-06-02/2025-06-27"),
])
def test_two_full_dates_joined_by_a_dash_are_a_period(
        nlp: Language, text: str, value: str) -> None:
    assert values(nlp, text, "2025-11-11") == [value]


def test_a_wires_glued_day_range_is_a_period(nlp: Language) -> None:
    assert values(nlp, "The envoy held talks in Osh on Oct.3-4, 2010.", "2025-11-11") == [
        "2010-10-03/2010-10-04"]


@pytest.mark.parametrize(("text", "value"), [
    ("The envoy is on a visit to Osh on Nov. 9.", "2025-11-09"),  # under way
    ("The forum will be held in Osh on November 2.", "2026-11-02"),  # a week and more back
])
def test_a_day_just_before_the_reference_told_in_the_present_stays_in_its_year(
        nlp: Language, text: str, value: str) -> None:
    assert values(nlp, text, "2025-11-10") == [value]


def test_two_full_dates_with_words_between_stay_two_dates(nlp: Language) -> None:
    text = "Posted June 2, 2025 - Updated June 27, 2025"
    assert values(nlp, text, "2025-11-11") == ["2025-06-02", "2025-06-27"]


def test_weekday_range_is_a_period_read_against_the_reference(nlp: Language) -> None:
    text = "The forum will be held in Astana from Thursday to Saturday."
    assert values(nlp, text, "2024-07-03") == ["2024-07-04/2024-07-06"]
    assert values(nlp, "Talks were held between Monday and Wednesday.", "2024-07-03") == [
        "2024-07-01/2024-07-03"]


def test_two_weekdays_joined_by_and_are_two_dates(nlp: Language) -> None:
    assert values(nlp, "The ministers met on Monday and Tuesday.", "2024-07-03") == [
        "2024-07-01", "2024-07-02"]


def test_day_followed_by_to_and_a_measure_is_no_range(nlp: Language) -> None:
    assert values(nlp, "The rate was cut on March 3 to 5 percent.") == ["2025-03-03"]


def test_numbers_from_to_before_in_month_are_no_day_range(nlp: Language) -> None:
    assert values(nlp, "The index rose from 5 to 7 in May.") == ["2025-05"]


def test_age_range_is_no_day_range(nlp: Language) -> None:
    assert values(nlp, "Volunteers aged 18 to 65 may apply.") == []


def test_percent_range_after_a_month_and_comma_is_no_day_range(nlp: Language) -> None:
    assert values(nlp, "In March, 3-5 percent of loans defaulted.") == ["2025-03"]


@pytest.mark.xfail(
    strict=True, reason="the measure check after a day applies to `March 3 to 5`, not `March 3-5`"
)
def test_percent_range_right_after_a_month_is_no_day_range(nlp: Language) -> None:
    assert values(nlp, "In March 3-5% of loans defaulted.") == ["2025-03"]


def test_month_range_borrows_the_year_of_its_end(nlp: Language) -> None:
    text = "From April to July 2025, the clinic treated 900 patients."
    assert values(nlp, text) == ["2025-04/2025-07"]


@pytest.mark.parametrize(
    "text",
    [
        "Treatment takes 4–6 months.",
        "The course lasts six months.",
        "The five-year programme trains nurses.",
        "The session lasted 30 minutes.",
        "The ministry has worked for three years on the plan.",
    ],
)
def test_duration_is_no_date(nlp: Language, text: str) -> None:
    assert values(nlp, text) == []


# --- relative dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("The bank approved a credit line last November.", "2025-11-11", "2024-11"),
        ("The mayor said the bridge is in next year's plan.", "2025-09-17", "2026"),
        ("The audit should be finished by the end of the year.", "2025-09-17", "2025"),
        ("Earlier this year, the ministry estimated losses.", "2025-09-17", "2025"),
        ("Imports fell last month.", "2025-03-17", "2025-02"),
        ("The minister arrived yesterday.", "2025-03-17", "2025-03-16"),
        ("The second tranche is expected next month.", "2024-03-14", "2024-04"),
        ("The ministry signed a deal last December.", "2026-02-10", "2025-12"),
        ("Last year, exports grew.", "2025-06-12", "2024"),
        ("The office opened two years ago.", "2025-06-12", "2023"),
    ],
)
def test_relative_date_resolves_against_the_reference(
    nlp: Language, text: str, reference: str, value: str
) -> None:
    assert values(nlp, text, reference) == [value]


def test_last_that_does_not_modify_the_month_leaves_it_alone(nlp: Language) -> None:
    assert values(nlp, "He came last in November.") == ["2025-11"]


@pytest.mark.parametrize(
    "text",
    [
        "In the last year of the programme, exports grew.",
        "That year, exports grew.",
        "Imports fell over the past month.",
        "Prices should settle in the next month.",
        "Prices should settle in the next year.",
        "In recent years, migration to Japan has grown.",
        "The fleet has doubled over the past 15 years.",
        "The past decade saw steady growth.",
    ],
)
def test_vague_or_anaphoric_period_is_no_date(nlp: Language, text: str) -> None:
    assert values(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Profit rose 7% from a year earlier.",
        "Sales were up 8% from two years ago.",
    ],
)
def test_comparison_with_an_earlier_period_is_no_date(nlp: Language, text: str) -> None:
    assert values(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The report is published annually.",
        "The centre trains 300 people a year.",
    ],
)
def test_frequency_is_no_date(nlp: Language, text: str) -> None:
    assert values(nlp, text) == []


@pytest.mark.xfail(
    strict=True, reason="`the end of the year` matches inside `the end of the year-long strike`"
)
def test_end_of_a_year_long_event_is_no_date(nlp: Language) -> None:
    assert values(nlp, "The end of the year-long strike came in May.") == ["2025-05"]


def test_as_of_today_is_the_reference_day(nlp: Language) -> None:
    assert values(nlp, "The stock of vaccines as of today covers 40 clinics.") == ["2025-11-11"]


@pytest.mark.parametrize(
    "text",
    [
        "If I were choosing the people of tomorrow, I would pick them.",
        "The world of today needs clean water.",
    ],
)
def test_today_or_tomorrow_as_a_figure_of_speech_is_no_date(nlp: Language, text: str) -> None:
    assert values(nlp, text) == []


@pytest.mark.xfail(
    strict=True, reason="`yesterday` is read alone: `the day before yesterday` is one day back"
)
def test_day_before_yesterday_is_not_yesterday(nlp: Language) -> None:
    assert "2025-11-10" not in values(nlp, "Imports fell the day before yesterday.")


# --- weekdays ---------------------------------------------------------------------------------


def test_weekday_in_a_past_sentence_is_the_last_one(nlp: Language) -> None:
    assert values(nlp, "The bank on Monday approved a credit line.", "2025-09-17") == ["2025-09-15"]


def test_weekday_in_a_future_sentence_is_the_coming_one(nlp: Language) -> None:
    assert values(nlp, "The ministers will meet on Monday.", "2025-09-17") == ["2025-09-22"]


def test_weekday_in_a_past_sentence_published_that_day_is_the_same_day(
    nlp: Language,
) -> None:
    text = "OSH, Oct. 21 (Kabar) – The two mayors on Tuesday signed a twinning pact."
    assert values(nlp, text, "2025-10-21") == ["2025-10-21", "2025-10-21"]


def test_plural_weekday_is_a_frequency_not_a_date(nlp: Language) -> None:
    assert values(nlp, "The market opens on Mondays.", "2025-09-17") == []


# --- year-less dates: past or future ----------------------------------------------------------


def test_yearless_date_goes_back_to_the_past(nlp: Language) -> None:
    text = "On August 8, the library opened a reading room for children."
    assert values(nlp, text, "2025-11-11") == ["2025-08-08"]
    assert values(nlp, text, "2025-03-01") == ["2024-08-08"]


def test_yearless_date_in_a_future_sentence_goes_forward(nlp: Language) -> None:
    assert values(nlp, "Repairs are due to start in June.", "2024-03-14") == ["2024-06"]
    assert values(nlp, "The second round will be held on May 5.", "2025-06-01") == ["2026-05-05"]


def test_yearless_date_in_a_past_sentence_stays_behind(nlp: Language) -> None:
    assert values(nlp, "Repairs started in June.", "2024-03-14") == ["2023-06"]
    assert values(nlp, "The second round was held on May 5.", "2025-06-01") == ["2025-05-05"]


@pytest.mark.xfail(
    strict=True, reason="a capitalised month name is a month even when it is the modal `May`"
)
def test_modal_may_is_no_month(nlp: Language) -> None:
    assert values(nlp, "May the talks succeed.") == []


def test_yearless_day_just_ahead_of_the_reference_is_the_coming_one(nlp: Language) -> None:
    text = "The company extended its offer to Nov. 20."
    assert values(nlp, text, "1989-11-02") == ["1989-11-20"]


def test_yearless_day_months_ahead_of_the_reference_goes_back_a_year(nlp: Language) -> None:
    assert values(nlp, "The company cut its prices on Dec. 20.", "1989-09-02") == ["1988-12-20"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said training for doctors was scheduled for February 16-20.",
        "The forum, scheduled for February 3, will gather 200 doctors.",
        "Directors declared a dividend of five cents, payable Feb. 3.",
        "Next round of talks: February 3, Astana",
    ],
)
def test_yearless_day_weeks_ahead_is_upcoming_when_the_parse_reads_past(
    nlp: Language, text: str
) -> None:
    # past-tense verbs in news often set a date ahead (`scheduled for`, `payable`)
    assert all(v is not None and v.startswith("2026-02") for v in values(nlp, text, "2026-01-08"))


def test_past_event_months_after_the_reference_day_goes_back_a_year(nlp: Language) -> None:
    assert values(nlp, "The new visa rules took effect on May 1.", "2026-01-08") == ["2025-05-01"]


@pytest.mark.xfail(
    strict=True,
    reason="policy: a year-less day within NEAR_AHEAD days after the reference is read as "
    "upcoming; a truly past event that far back is almost always written with its year",
)
def test_past_event_weeks_after_the_reference_day_goes_back_a_year(nlp: Language) -> None:
    assert values(nlp, "The new visa rules took effect on February 1.", "2026-01-08") == [
        "2025-02-01"
    ]


def test_yearless_date_without_reference_keeps_an_unknown_year(nlp: Language) -> None:
    assert values(nlp, "BISHKEK, Dec. 24 (Kabar) - Talks were held.", None) == ["XXXX-12-24"]
    assert values(nlp, "The loan was approved on Monday.", None) == []


# --- year-less periods: past or future --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "300 women will also take part in workshops organised with the chamber"
        " between September and December.",
        "300 women will also take part in business skills workshops from September to December.",
        "300 women will also take part in business skills workshops in September–December.",
        "300 women will also take part in business skills workshops September through December.",
    ],
)
def test_yearless_period_in_a_future_sentence_lies_ahead(nlp: Language, text: str) -> None:
    assert values(nlp, text, "2024-07-16") == ["2024-09/2024-12"]


def test_yearless_period_running_now_ends_after_the_reference(nlp: Language) -> None:
    text = "The road maintenance programme runs from January to June."
    assert values(nlp, text, "2025-03-14") == ["2025-01/2025-06"]


def test_yearless_period_in_a_past_sentence_lies_behind(nlp: Language) -> None:
    text = "The programme ran from September to December."
    assert values(nlp, text, "2025-03-14") == ["2024-09/2024-12"]


@pytest.mark.xfail(
    strict=True,
    reason="a past year-less period is placed by its start, so its end may lie after the reference",
)
def test_yearless_period_in_a_past_sentence_ends_before_the_reference(nlp: Language) -> None:
    text = "The road maintenance programme ran from January to June."
    assert values(nlp, text, "2025-03-14") == ["2024-01/2024-06"]


def test_participle_takes_the_tense_of_its_clause(nlp: Language) -> None:
    future = "Japan will host a forum starting on October 3 in Tokyo."
    past = "Japan hosted a forum starting on October 3 in Tokyo."
    assert values(nlp, future, "2024-07-16") == ["2024-10-03"]
    assert values(nlp, past, "2024-07-16") == ["2023-10-03"]
    period = "300 women took part in workshops organised with the chamber between May and June."
    assert values(nlp, period, "2024-03-16") == ["2023-05/2023-06"]


def test_past_participle_on_subject_or_point_keeps_its_past(nlp: Language) -> None:
    text = "The grant agreement signed in March will finance new equipment for the hospital."
    assert values(nlp, text, "2024-07-16") == ["2024-03"]
    fronted = "Launched in March, the scheme will train 500 nurses."
    assert values(nlp, fronted, "2024-07-16") == ["2024-03"]
    point = "Japan will also equip the clinics opened in March."
    assert values(nlp, point, "2024-07-16") == ["2024-03"]


# --- no reference date: the story's own dates anchor the rest ------------------------------------
NARRATIVE = ("On 12 March 2024 the ministers met in Tashkent. On 14 March they visited "
             "Samarkand, and last year trade grew by a third.")


def test_without_a_reference_year_less_and_relative_dates_take_the_date_stated_before(
        nlp: Language) -> None:
    assert values(nlp, NARRATIVE, None) == ["2024-03-12", "2024-03-14", "2023"]
    found = doc_records(nlp(make_doc(nlp, NARRATIVE, None)))["dates"]
    assert [d.text for d in found] == ["On 12 March 2024", "On 14 March", "last year"]


def test_without_a_reference_a_relative_date_before_any_full_date_stays_unresolved(
        nlp: Language) -> None:
    assert values(nlp, "Last year trade grew. On 12 March 2024 the ministers met.", None) == [
        "2024-03-12"]


def test_without_a_reference_a_month_with_its_year_dates_a_year_less_day_of_that_month(
        nlp: Language) -> None:
    text = ("The bank in December 2020 signed four grants. It paid them on 22 December. "
            "Works began on 3 January, and last year trade grew.")
    assert values(nlp, text, None) == ["2020-12", "2020-12-22", "XXXX-01-03"]


@pytest.mark.parametrize(("text", "expected"), [
    # a narrative runs on from the date it states: a later month of past deeds is of its year
    ("On 9 July 2013 the sides met in Ashgabat. In August the draft was agreed.",
     ["2013-07-09", "2013-08"]),
    ("On 9 July 2013 the sides met in Ashgabat. In May the draft was agreed.",
     ["2013-07-09", "2013-05"]),
])
def test_without_a_reference_a_year_less_month_takes_the_year_of_the_date_before(
        nlp: Language, text: str, expected: list[str]) -> None:
    assert values(nlp, text, None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On May 11-13, 2026 the delegation was in Osh. On May 12 it signed the deal.",
     ["2026-05-11/2026-05-13", "2026-05-12"]),
    # a span stated after the day gives it no year
    ("On May 12 the deal was signed. The delegation was in Osh on May 11-13, 2026.",
     ["XXXX-05-12", "2026-05-11/2026-05-13"]),
])
def test_without_a_reference_a_span_of_days_with_its_year_dates_a_day_after_it(
        nlp: Language, text: str, expected: list[str]) -> None:
    assert values(nlp, text, None) == expected


@pytest.mark.parametrize("reference", [None, "2023-05-01"])
@pytest.mark.parametrize(("text", "expected"), [
    ("The deal was signed in March 2007. In August of the same year the road opened.",
     ["2007-03", "2007-08"]),
    ("The loan was approved in 2019. In January that year, construction began.",
     ["2019", "2019-01"]),
])
def test_a_year_less_date_of_the_same_year_takes_the_year_stated_before_it(
        nlp: Language, text: str, expected: list[str], reference: str | None) -> None:
    assert values(nlp, text, reference) == expected


def test_a_year_less_date_with_no_same_year_keeps_the_references_year(nlp: Language) -> None:
    text = "The deal was signed in March 2007. In August the road opened."
    assert values(nlp, text, "2023-05-01") == ["2007-03", "2022-08"]


def test_a_reference_date_outranks_the_dates_of_the_text(nlp: Language) -> None:
    assert values(nlp, NARRATIVE, "2025-11-11") == ["2024-03-12", "2025-03-14", "2024"]


def test_only_relative_and_year_less_dates_are_marked_as_anchored_in_the_text(
        nlp: Language) -> None:
    doc = nlp(make_doc(nlp, NARRATIVE, None))
    assert [d.anchored for d in doc._.dates] == [False, True, True]


# --- mentions: extent, order and offsets ------------------------------------------------------


def test_mention_includes_its_lead_words(nlp: Language) -> None:
    text = "A trade fair opened in Karakol in October of this year."
    assert mentions(nlp, text, "2022-12-24") == ["in October of this year"]
    assert values(nlp, text, "2022-12-24") == ["2022-10"]


def test_mention_leaves_out_words_that_are_no_lead(nlp: Language) -> None:
    text = "Ministers met in Osh again October of this year."
    assert mentions(nlp, text, "2022-12-24") == ["October of this year"]


def test_mentions_are_ordered_and_offsets_match_the_text(nlp: Language) -> None:
    text = "Since 2006, and again on 14 February 2018, the fund paved roads (2012 - 2014)."
    found = dates(nlp, text, "2025-11-11")
    starts = [d.start_char for d in found]
    assert starts == sorted(starts)
    assert all(text[d.start_char : d.end_char] == d.text for d in found)
    assert [d.granularity for d in found] == ["year", "day", "year"]


# --- the normaliser on its own ----------------------------------------------------------------


def test_normalizer_caches_repeated_expressions(normalizer: DateNormalizer) -> None:
    first = normalizer.normalize("15 January 2019")
    assert normalizer.normalize("15 January 2019") is first


@pytest.mark.parametrize(
    "text",
    [
        "six months",
        "the past decade",
        "1799",
        "2100",
        "March 2100",
        "2011-2008",
        "31 February 2019",
    ],
)
def test_normalizer_returns_none_for_text_that_names_no_date(
    normalizer: DateNormalizer, text: str
) -> None:
    assert normalizer.normalize(text) is None


def test_resolve_year_prefers_the_past_without_future_signal() -> None:
    reference = dt.date(2025, 9, 1)
    assert resolve_year(Point(None, 12, 24), reference, future=False).year == 2024
    assert resolve_year(Point(None, 12, 24), reference, future=True).year == 2025
    assert resolve_year(Point(None, 3, 1), reference, future=True).year == 2026
    assert resolve_year(Point(None, 3, 1), reference, future=False).year == 2025


NEWS_FORMATS = (
    "{d} {B} {Y}",
    "{B} {d}, {Y}",
    "{b}. {d}, {Y}",
    "{d} {b} {Y}",
    "{Y}-{m:02d}-{d:02d}",
    "{d:02d}.{m:02d}.{Y}",
    "{A}, {B} {d}, {Y}",
    "{A}, {d} {B} {Y}",
    "{B} {d} {Y}",
    "the {d}{th} of {B} {Y}",
    "on {d} {B} {Y}",
    "{d}{th} {B}, {Y}",
)


def _suffix(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


@settings(max_examples=60, deadline=None)
@given(
    day=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)),
    form=st.sampled_from(NEWS_FORMATS),
)
def test_normalizer_round_trips_full_dates_in_news_formats(
    normalizer: DateNormalizer, day: dt.date, form: str
) -> None:
    text = form.format(
        d=day.day, m=day.month, Y=day.year, B=day.strftime("%B"), b=day.strftime("%b"),
        A=day.strftime("%A"), th=_suffix(day.day),
    )  # fmt: skip
    result = normalizer.normalize(text)
    assert result is not None, text
    assert (result.value, result.granularity) == (day.isoformat(), "day"), text


@settings(max_examples=30, deadline=None)
@given(
    year=st.integers(min_value=1950, max_value=2049),
    month=st.integers(min_value=1, max_value=12),
    form=st.sampled_from(("{B} {Y}", "{b}. {Y}", "in {B} {Y}", "{B}, {Y}")),
)
def test_normalizer_round_trips_months(
    normalizer: DateNormalizer, year: int, month: int, form: str
) -> None:
    first = dt.date(year, month, 1)
    text = form.format(Y=year, B=first.strftime("%B"), b=first.strftime("%b"))
    result = normalizer.normalize(text)
    assert result is not None, text
    assert (result.value, result.granularity) == (f"{year}-{month:02d}", "month"), text


@settings(max_examples=30, deadline=None)
@given(
    start=st.integers(min_value=1950, max_value=2048),
    length=st.integers(min_value=1, max_value=20),
    form=st.sampled_from(("{a}-{b}", "{a} – {b}", "from {a} to {b}", "between {a} and {b}")),
)
def test_normalizer_round_trips_year_ranges(
    normalizer: DateNormalizer, start: int, length: int, form: str
) -> None:
    end = min(start + length, 2099)
    result = normalizer.normalize(form.format(a=start, b=end))
    assert result is not None
    assert result.value == f"{start}/{end}"


def test_a_day_and_a_count_after_it_are_no_range(nlp: Language) -> None:
    assert values(nlp, "On May 18 and 20 delegates from Osh arrived.", "2025-11-11") == [
        "2025-05-18"]
