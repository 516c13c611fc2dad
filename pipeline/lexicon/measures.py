"""Currencies, units of measure and the words around a number that hedge or count it."""

from __future__ import annotations

CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "$": "USD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₽": "RUB", "₸": "KZT", "₹": "INR", "₺": "TRY",
    "KD": "KWD",  # the Kuwaiti dinar as Kuwait's own copy writes it: `KD 5.2 million`
    "Dh": "AED", "Dhs": "AED",  # the UAE dirham as the Emirates' press writes it: `Dh40m`
}
# Letters that are a currency's sign only glued to a sum in millions or more: the yen as the
# financial press writes it (`Y21.4bn`), not `Y2K` or `Generation Y 20`
GLUED_SIGNS: dict[str, str] = {"Y": "JPY"}
# ISO 4217 codes; those that are also everyday upper-case words (ALL, TOP, CUP, MAD, SOS) are
# left out.
ISO_CODES = frozenset((
    "BAM", "CNH", "MOP", "PEN", "SLL", "TRY", "XCG", "XDR", "ZWG",
    "AED", "AFN", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BBD", "BDT", "BGN", "BHD",
    "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF",
    "CLP", "CNY", "COP", "CRC", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB",
    "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL",
    "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS",
    "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD",
    "MDL", "MGA", "MKD", "MMK", "MNT", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD",
    "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR",
    "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SRD",
    "SSP", "STN", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TTD", "TWD", "TZS", "UAH", "UGX",
    "USD", "UYU", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR",
    "ZMW", "ZWL",
))
# Currency names; a country adjective picks the currency where several countries share a name
# (`Azerbaijani manat`, `Pakistani rupee`); a bare name means the one most used in the region.
CURRENCY_WORDS: dict[str, str] = {
    "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD", "dollar": "USD",
    "canadian dollar": "CAD", "australian dollar": "AUD", "hong kong dollar": "HKD",
    "singapore dollar": "SGD", "new zealand dollar": "NZD", "taiwan dollar": "TWD",
    "new taiwan dollar": "TWD",
    "yen": "JPY", "japanese yen": "JPY", "euro": "EUR", "pound": "GBP", "pound sterling": "GBP",
    "british pound": "GBP", "egyptian pound": "EGP", "won": "KRW", "korean won": "KRW",
    "south korean won": "KRW",
    "ruble": "RUB", "rouble": "RUB", "russian ruble": "RUB", "russian rouble": "RUB",
    "belarusian ruble": "BYN", "belarusian rouble": "BYN",
    "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY", "rmb": "CNY", "rmb yuan": "CNY",
    "som": "KGS", "kyrgyz som": "KGS", "uzbek som": "UZS", "uzbek sum": "UZS", "sum": "UZS",
    "soum": "UZS", "uzbek soum": "UZS", "tenge": "KZT", "kazakh tenge": "KZT",
    "kazakhstani tenge": "KZT", "somoni": "TJS", "tajik somoni": "TJS",
    # Turkmenistan is the Central Asian manat; Azerbaijan's is named with its adjective
    "manat": "TMT", "turkmen manat": "TMT", "azerbaijani manat": "AZN",
    "azerbaijan manat": "AZN", "azeri manat": "AZN",
    "tugrik": "MNT", "tughrik": "MNT", "tögrög": "MNT", "togrog": "MNT", "mongolian tugrik": "MNT",
    "lari": "GEL", "georgian lari": "GEL", "dram": "AMD", "armenian dram": "AMD",
    "rupee": "INR", "indian rupee": "INR", "pakistani rupee": "PKR", "pakistan rupee": "PKR",
    "sri lankan rupee": "LKR", "nepalese rupee": "NPR", "nepali rupee": "NPR",
    "lira": "TRY", "lire": "TRY", "turkish lira": "TRY",
    "dirham": "AED", "uae dirham": "AED", "emirati dirham": "AED", "moroccan dirham": "MAD",
    "riyal": "SAR", "saudi riyal": "SAR", "qatari riyal": "QAR", "rial": "IRR",
    "iranian rial": "IRR", "omani rial": "OMR",
    # the region's dinar is Kuwait's (the Kuwait Fund lends in it); others take their adjective
    "dinar": "KWD", "kuwaiti dinar": "KWD", "iraqi dinar": "IQD", "jordanian dinar": "JOD",
    "bahraini dinar": "BHD", "serbian dinar": "RSD",
    # `afghanis` in the plural only: `300 Afghani families` are people
    "afghanis": "AFN", "hryvnia": "UAH", "hryvnya": "UAH", "zloty": "PLN", "zlotys": "PLN",
    "zlotych": "PLN", "forint": "HUF", "koruna": "CZK", "czech koruna": "CZK",
    "swedish krona": "SEK", "norwegian krone": "NOK", "danish krone": "DKK",
    "swiss franc": "CHF", "franc": "CHF", "rand": "ZAR", "rupiah": "IDR", "ringgit": "MYR",
    "baht": "THB", "dong": "VND", "kyat": "MMK", "taka": "BDT", "naira": "NGN", "shekel": "ILS",
    "mexican peso": "MXN", "philippine peso": "PHP", "brazilian real": "BRL",
}
# Currency words written before the number in Central Asian copy (`som 1.4 billion`); only
# trusted with a scale word after the number, since `won 3`, `euro 2024` are no money.
CURRENCY_WORDS_BEFORE = ("som", "soms", "tenge", "somoni", "manat", "sum", "soum", "yen",
                         "tugrik", "tugriks", "lari", "dram", "drams", "euro", "euros", "yuan",
                         "rmb", "rouble", "roubles", "ruble", "rubles")
# Unit words and symbols -> normalised symbol. Symbols are case-sensitive (MW is not mW).
UNIT_SYMBOLS: dict[str, str] = {
    "km2": "km2", "km²": "km2", "m2": "m2", "m²": "m2", "m3": "m3", "m³": "m3",
    "km": "km", "m": "m", "cm": "cm", "mm": "mm", "ha": "ha", "kg": "kg", "t": "t",
    "kW": "kW", "MW": "MW", "GW": "GW", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh",
    "bcm": "bcm", "MT": "Mt", "Mt": "Mt", "kV": "kV",
}
# Unit words, singular, and the symbol each normalises to.
UNIT_WORDS: dict[str, str] = {
    "kilometre": "km", "kilometer": "km", "metre": "m", "meter": "m", "centimetre": "cm",
    "centimeter": "cm", "millimetre": "mm", "millimeter": "mm", "mile": "mi",
    "square kilometre": "km2", "square kilometer": "km2", "sq km": "km2", "sq. km": "km2",
    "square metre": "m2", "square meter": "m2", "sq m": "m2", "sq. m": "m2", "sq metre": "m2",
    "sq. metre": "m2", "sq meter": "m2", "sq. meter": "m2", "cubic metre": "m3",
    "cubic meter": "m3",
    "hectare": "ha", "acre": "acre", "kilogram": "kg", "kilo": "kg", "tonne": "t", "ton": "t",
    "metric ton": "t", "litre": "l", "liter": "l", "barrel": "bbl",
    "kilovolt": "kV", "kilowatt": "kW", "megawatt": "MW", "gigawatt": "GW", "kilowatt-hour": "kWh",
    "kilowatt hour": "kWh", "megawatt-hour": "MWh", "megawatt hour": "MWh",
    "gigawatt-hour": "GWh", "gigawatt hour": "GWh", "terawatt-hour": "TWh",
}
# Units of time a number can measure (`a 30-day visa`, `five years`).
TIME_WORDS: dict[str, str] = {
    "year": "year", "month": "month", "week": "week", "day": "day", "hour": "h", "hr": "h",
    "minute": "min", "min": "min",
}
# Nouns of a span of time: a number before them measures a duration, no amount (`five years`,
# `three decades`).
DURATION_NOUNS = frozenset({*TIME_WORDS, "decade", "century"})
# Hedges before a number: it is approximate (`about $5 million`, `more than 300`).
APPROX_WORDS = (
    "about", "approximately", "approx.", "around", "nearly", "almost", "some", "roughly",
    "an estimated", "estimated", "more than", "over", "at least", "up to", "less than",
    "fewer than", "exceed", "exceeds", "exceeded", "exceeding", "close to", "upwards of",
    "in excess of", "as many as", "as much as", "just over", "just under", "circa",
)
# Verbs that take `over` as a particle (`hand over`), so `over` after them is no hedge.
PHRASAL_OVER_VERBS = frozenset(("hand", "take", "turn", "pass", "sign", "carry", "win", "look",
                                "preside", "fight", "argue", "think", "talk", "hold"))
# Plurals the counted-noun rule cannot make singular by cutting an ending.
IRREGULAR_SINGULAR = {"people": "person"}
# Nouns whose plural is the singular form (`three aircraft`), which the tagger marks singular.
INVARIANT_PLURALS = frozenset(("aircraft", "personnel", "staff", "livestock", "cattle", "sheep",
                               "fish", "deer", "series", "species", "spacecraft", "offspring"))
# Nouns naming a set by its size: `the number of workers, currently around 13,000`
SIZE_NOUNS = frozenset(("number", "total", "headcount", "contingent"))
# Prepositions linking a verb to the size it reaches: `rose to 13,000`, `stood at 9,000`
SIZE_PREPS = frozenset(("to", "from", "at", "by", "around"))

# Words that make a sum a running or historical total, not a new commitment: `$11.5 billion to
# date`, `has so far invested`, `more than USD 3 bn since 1992`, `its current portfolio`, `for
# more than 20 years`, `in the last 10 years`, `from 1993 to 2021` (a span from the last century).
CUMULATIVE_CUES = (
    r"to date|so far|thus far|cumulative(?:ly)?|portfolio|in total since|(?:ever )?since "
    r"(?:(?:19|20)\d\d|independence|its (?:founding|establishment|inception))|(?:for|over|in) "
    r"the (?:past|last) (?:\d+|two|three|four|five|ten|twenty|thirty) (?:years|decades)|"
    r"(?:for|over|during) (?:more than|over|nearly|almost) (?:\d+|two|three|four|five|ten|"
    r"twenty|thirty) (?:years|decades)|from 19\d\d (?:to|through|until|till)|"
    r"(?:has|have) (?:so far |already )?(?:provided|lent|invested|disbursed|extended|financed) "
    r"a total of"  # `has provided a total of`; `provided a total of ... in 2014` is one flow
)
# What may stand between a sum and the same sum restated in another currency: `¥2.3 billion
# (about $15.9 million)`, `506 million yen (appr 4.6 million US dollars)`, `EUR 10 million, or
# about $11 million`.
_RESTATING_WORD = (
    r"(?:or|i\.e\.|appr\.?|approx\.?|approximately|about|around|roughly|some|nearly|almost|"
    r"(?:the )?equivalent(?: to| of)?|equal to|worth)\s+"
)
# a bracket, or a comma with a restating word (a bare comma lists another sum); a sign of
# approximation may come first (`27.8 bln JPY ~ (196.9 mln USD)`)
RESTATING_GAP = rf"\s*(?:[~≈]\s*)?(?:[(\[]\s*(?:{_RESTATING_WORD})*|,?\s*(?:{_RESTATING_WORD})+)"
# Signs that make the sum after them a restatement of the one before (`¥5 billion ≈ $34 million`).
APPROXIMATION_SIGNS = ("~", "≈")
