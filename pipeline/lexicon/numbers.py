"""Numbers written as words, and the scale words that multiply a number."""

from __future__ import annotations

NUMBER_ONES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
NUMBER_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
NUMBER_WORDS: dict[str, int] = {
    **{word: value for value, word in enumerate(NUMBER_ONES)},
    **{word: 20 + 10 * index for index, word in enumerate(NUMBER_TENS)},
}
# `a year ago`, `an hour`: the indefinite article counts one
INDEFINITE_ARTICLES = ("a", "an")
SCALES: dict[str, int] = {
    "hundred": 10**2,
    "thousand": 10**3, "k": 10**3,
    "million": 10**6, "mln": 10**6, "mn": 10**6, "m": 10**6,
    "billion": 10**9, "bln": 10**9, "bn": 10**9, "b": 10**9,
    "trillion": 10**12, "trn": 10**12, "tn": 10**12,
    "dozen": 12,
}  # fmt: skip
SCALE_WORDS = ("hundred", "thousand", "million", "billion", "trillion", "dozen")
# Nouns a number labels rather than measures: `Lot 1`, `Phase 2`, `Tranche 3` (not a range's bound
# in `for Lot 2 and 650,000 euros for Lot 3`).
LABEL_NOUNS = ("Lot", "Phase", "Stage", "Component", "Tranche", "Package", "Section", "Article",
               "Part", "Chapter", "Block", "Unit", "Window", "Grade", "Round", "Item")
