"""Signs and small words of running text: list markers, dashes, quotation marks, name joiners."""

from __future__ import annotations

import re

# Characters that mark a list item (`• item`, `– item`); the hyphen last, as a class allows.
BULLET_MARKS = "•◦▪▫●○■□‣⁃∙·*–—-"
ITEM_NUMBER = r"\d{1,2}[.)]"  # a numbered item: `1.`, `12)`
HAS_DIGIT = re.compile(r"\d")  # a line or span that holds a number at all
# a list item's marker, which may stand alone on its line (`-`, `2.`)
LIST_ITEM = re.compile(rf"^\s*(?:[{BULLET_MARKS}]|{ITEM_NUMBER})(?:\s|$)")
# Dashes as tokens: inside a name (`Export-Import`) or between a dateline and its story.
DASHES = frozenset({"-", "\u2013", "\u2014"})
SPACED_DASHES = DASHES | {"--"}  # a dash typed as two hyphens (`TASHKENT, May 3 (Agency) -- ...`)
# Quotation marks around a quoted name (`JSC "Uzbekneftegaz"`, `LLC «Artel»`).
OPEN_QUOTES = frozenset({'"', "“", "«", "'", "‘"})
CLOSE_QUOTES = frozenset({'"', "”", "»", "'", "’"})
# Lower-case words and signs that may stand inside a capitalised name (`Bank for Reconstruction
# and Development`, `Engineering & Construction`, `Agence Française de Développement`).
NAME_JOINERS = frozenset({"of", "for", "and", "the", "&", "on", "under", "für", "de", "des", "du"})
# Abbreviations that close a name (`Steppe Mining Co.`, `John Smith Jr.`)
SUFFIX_ABBREVIATIONS = ("Co", "Corp", "Inc", "Ltd", "Jr")
# Abbreviations of titles and names whose full stop ends no sentence: `Sungkyunkwan Univ.
# President Yoo visits Astana`, `Gov. Kim`, `Ltd. Director`.
NAME_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Pres", "Univ", "Gov", "Gen", "Sen", "Rep",
                      "Amb", "St", *SUFFIX_ABBREVIATIONS, "Dept", "Int")
# Signs before the number that names a numbered body (`School No. 41`, `Hospital № 3`)
NUMBER_SIGNS = frozenset({"No", "Nr", "№"})
# Abbreviations a headline may end with, their full stop no sentence's end: `... with Steppe
# Mining Co.`, `... to visit U.S.`, `... widen farm coop.`, a sum's currency in Russian
# (`... гранты на 12,4 млн. долл.`)
CLOSING_ABBREVIATIONS = (*SUFFIX_ABBREVIATIONS, "coop", "govt", "intl", "U.S", "U.K", "U.N",
                         "E.U", "долл", "руб")
