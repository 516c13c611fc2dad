"""US dollar values of sums of money: the dollar sum the text states, else the ECB reference
rate of the story's date, from the table the `currencyconverter` package ships (no network), or
the fixed rate of a currency pegged to the dollar that the ECB does not quote."""

from __future__ import annotations

import datetime as dt
from functools import cache

from currency_converter import CurrencyConverter

USD = "USD"
# Units of a currency per US dollar, for the Gulf currencies pegged to it (the Saudi riyal since
# 1986, the dirham since 1997, the Qatari riyal since 2001; Bahrain and Oman since the 1980s):
# the sums Gulf development funds lend in.
DOLLAR_PEGS = {"SAR": 3.75, "AED": 3.6725, "QAR": 3.64, "BHD": 0.376, "OMR": 0.3845}


@cache
def _rates() -> CurrencyConverter:
    """The ECB table, loaded once per process; a weekend's rate is interpolated."""
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def converts(unit: str | None) -> bool:
    """Whether a currency has a dollar value here: the dollar, a peg or an ECB rate."""
    return unit == USD or unit in DOLLAR_PEGS or unit in _rates().currencies


def in_usd(value: float, unit: str | None, stated: tuple[float, str | None] | None,
           on: dt.date | None) -> tuple[float | None, str]:
    """(the sum in US dollars, the basis of that value) for `value` in currency `unit`.

    `stated` is the text's own restatement of the sum (value, unit). The basis is `stated`, `ECB
    <date>` (the story's reference date, kept within the table's years), `stated EUR, ECB <date>`
    (a sum in a currency the table lacks, converted as its restatement), or why there is no
    value (`no ECB rate for KZT`, `no date to convert at`: a rate years off would mislead)."""
    if unit == USD:
        return float(value), "stated"
    if stated is not None and stated[1] == USD:
        return float(stated[0]), "stated"
    if unit in DOLLAR_PEGS:
        return round(value / DOLLAR_PEGS[unit], 2), f"peg {DOLLAR_PEGS[unit]} {unit}/USD"
    if not converts(unit):
        if stated is not None and stated[1] != unit:  # `142 trillion soums (EUR 11 million)`
            usd, basis = in_usd(stated[0], stated[1], None, on)
            if usd is not None:
                return usd, f"stated {stated[1]}, {basis}"
        return None, f"no ECB rate for {unit}"
    rates = _rates()
    if on is None:
        return None, "no date to convert at"
    first, last = rates.bounds[USD]
    day = min(max(on, first), last)
    return round(rates.convert(value, unit, USD, date=day), 2), f"ECB {day.isoformat()}"
