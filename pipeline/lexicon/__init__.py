"""Word lists, name tables and shared pattern pieces: data only, each defined once.

The cleaning stage and the components import what they need from the submodules; no list is
repeated in an algorithm module. `alternation` turns a list into a regular-expression piece.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first (`kWh` before `kW`); a space matches any run
    of whitespace."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
