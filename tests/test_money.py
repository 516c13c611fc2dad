"""US dollar values of money amounts: stated by the text, at the ECB rate of the story's date, or
at a currency's dollar peg."""

from __future__ import annotations

import datetime as dt

from pipeline.money import in_usd


def test_a_dollar_sum_is_its_own_usd_value() -> None:
    assert in_usd(5_000_000, "USD", None, None) == (5_000_000.0, "stated")


def test_the_dollar_sum_the_text_states_beside_a_sum_is_its_usd_value() -> None:
    assert in_usd(2_300_000_000, "JPY", (15_900_000, "USD"), dt.date(2024, 2, 19)) == (
        15_900_000.0, "stated")


def test_a_sum_in_a_quoted_currency_is_converted_at_the_stories_date() -> None:
    usd, basis = in_usd(1_000_000, "EUR", None, dt.date(2024, 2, 19))
    assert basis == "ECB 2024-02-19" and 1_000_000 < usd < 1_200_000


def test_a_date_before_the_table_takes_its_first_rate() -> None:
    _, basis = in_usd(1_000_000, "EUR", None, dt.date(1990, 1, 1))
    assert basis == "ECB 1999-01-04"


def test_a_currency_the_ecb_does_not_quote_has_no_usd_value_and_says_why() -> None:
    assert in_usd(2_200_000_000, "KZT", None, dt.date(2024, 2, 19)) == (
        None, "no ECB rate for KZT")


def test_a_story_without_a_date_gets_no_guessed_rate() -> None:
    assert in_usd(1_000_000, "EUR", None, None) == (None, "no date to convert at")


def test_a_currency_pegged_to_the_dollar_converts_at_its_peg_on_any_date() -> None:
    assert in_usd(375_000_000, "SAR", None, None) == (100_000_000.0, "peg 3.75 SAR/USD")


def test_a_sum_in_an_unquoted_currency_takes_the_usd_value_of_its_quoted_restatement() -> None:
    usd, basis = in_usd(142e12, "UZS", (11_000_000, "EUR"), dt.date(2024, 2, 19))
    assert basis == "stated EUR, ECB 2024-02-19" and 11_000_000 < usd < 13_000_000
    # a restatement in another unquoted currency gives none
    assert in_usd(142e12, "UZS", (1.1e12, "KGS"), dt.date(2024, 2, 19)) == (
        None, "no ECB rate for UZS")
