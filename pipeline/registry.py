"""The run's organisation registry: one entry per organisation across all stories.

Two stories' organisations are one when a name or alias of one is a name or alias of the other
once both are reduced to their core (`the Japan International Cooperation Agency` and `JICA` are
one where a story states the acronym); a bare acronym joins the one full name whose initials it
spells. A generic name of a government body (`Ministry of Energy`) matches only within its
country, and within its story when no country is known, so two countries' ministries stay two.
A name that states its country (`Ministry of Energy of Japan`, `Kazakh Ministry of Energy`) is
matched within that country, in any word order (`Saudi Development Fund`). A name matches its
spelling in another script (`Kazakhstan Temir Zholy` and `Казахстан темир жолы`), as stories in
English and Russian write the region's companies and agencies.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from anyascii import anyascii

from pipeline.lexicon.institutions import (
    GENERIC_NAME_WORDS,
    GOVERNMENT_QUALIFIERS,
    STATE_BODY_HEADS,
)
from pipeline.names import country_code, name_core
from pipeline.schema import Member, Organization, RegistryEntry

ACRONYM = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ&]{1,9}$")
# Little words a name's translations add or drop as they reorder it (`Saudi Fund for
# Development`, `Saudi Development Fund`): no part of what the name is made of.
ORDER_WORDS = frozenset({"of", "for", "the", "and", "on"})
BAG_MIN_WORDS = 2  # words of a state's body reordered: `development fund` of Saudi Arabia
MIN_INITIALS = 3  # `ADB`: shorter initials name too many bodies to link on
SLUG_GAPS = re.compile(r"[\W_]+")
SPELLED = "@"  # marks a key made of a name's letters in Latin script (see _spelling)


def build_registry(stories: Iterable[tuple[str, list[Organization]]]) -> list[RegistryEntry]:
    """The registry of the organisations of `stories` (article id, its organisations), in the
    order of the entries' ids."""
    members = [(article_id, org) for article_id, orgs in stories for org in orgs]
    parent = list(range(len(members)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_key: dict[tuple[str, str], int] = {}
    for i, (article_id, org) in enumerate(members):
        for key in _keys(article_id, org):
            if key in by_key:
                parent[root(i)] = root(by_key[key])
            else:
                by_key[key] = i
    spelled = _spelled_acronyms(members)
    for i, (_, org) in enumerate(members):
        target = spelled.get(org.name)
        if target is not None and not org.aliases:
            parent[root(i)] = root(target)
    stated, alone = _stated_acronyms(members), {}
    for i, key in _bare_acronyms(members).items():  # `ТАСС`, and `TASS` alone or by its name
        stating = {root(j) for j in stated.get(key, ())}
        if len(stating) == 1:
            parent[root(i)] = stating.pop()
        parent[root(i)] = root(alone.setdefault(key, i))
    groups: dict[int, list[tuple[str, Organization]]] = defaultdict(list)
    for i, member in enumerate(members):
        groups[root(i)].append(member)
    entries = [_entry(group) for group in groups.values()]
    return sorted(_unique_ids(entries), key=lambda e: e.id)


def _keys(article_id: str, org: Organization) -> set[tuple[str, str]]:
    """(core name, scope) of each of the organisation's forms, and a state's body by its words
    in any order (see _word_bag). A name stating its country is scoped by it; a generic name by
    its country, else its story, and so are its other forms (`MoE` of a `Ministry of Energy` is
    no other country's `MoE`)."""
    scope = _scope(org.name, org.country, article_id)
    forms = (org.name, *org.aliases)
    cores = [name_core(form) for form in forms]
    return {(core, scope) for core, _ in cores} | {
        bag for bag in (_word_bag(core, named) for core, named in cores) if bag is not None} | {
        (spelled, scope) for form, core in zip(forms, cores, strict=True)
        if not ACRONYM.match(form) and (spelled := _spelling(core))}


def _bare_acronyms(members: list[tuple[str, Organization]]) -> dict[int, tuple[str, str]]:
    """The key of each member a story names by an acronym alone, by its index: the acronym's
    letters in Latin script and its scope (see _scope)."""
    return {i: (spelled, _scope(org.name, org.country, article_id))
            for i, (article_id, org) in enumerate(members)
            if not org.aliases and (spelled := _acronym_spelling(org.name))}


def _stated_acronyms(members: list[tuple[str, Organization]]
                     ) -> dict[tuple[str, str], list[int]]:
    """The members that state an acronym beside their name, by the acronym's key (see
    _bare_acronyms). The letters of two acronyms in two scripts alone join no two named bodies:
    the initials of one language spell another body's in the other (`ФРС`, Фонд развития
    села, is no `FRS`, Federal Reserve System); a story naming one by its acronym alone joins
    the one body that states it (`ТАСС` and `TASS`)."""
    stated: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (article_id, org) in enumerate(members):
        if org.aliases:
            scope = _scope(org.name, org.country, article_id)
            for form in (org.name, *org.aliases):
                if spelled := _acronym_spelling(form):
                    stated[spelled, scope].append(i)
    return stated


def _acronym_spelling(form: str) -> str | None:
    """The letters in Latin script of a form that is an acronym (see _spelling), else None."""
    return _spelling(name_core(form)) if ACRONYM.match(form) else None


def _spelling(core: tuple[str, str | None]) -> str | None:
    """The letters of a reduced name in Latin script, without spaces or marks (`uzsuvtaminot`
    for `Узсувтаъминот` and `Uzsuvta'minot`); None for two letters or less (`АП` is no `AP`).
    An acronym's joins bodies only as _stated_acronyms says."""
    letters = SLUG_GAPS.sub("", anyascii(core[0]).lower())
    return SPELLED + letters if len(letters) >= MIN_INITIALS else None


def _word_bag(core: str, named: str | None) -> tuple[str, str] | None:
    """The words of a state's body in alphabetical order, scoped by the state, whether its name
    states it apart (`named`, see name_core) or as a word of its `core`: one key for `Saudi Fund
    for Development` and `Saudi Development Fund`, as translations reorder a name."""
    coded = [(w, country_code(w)) for w in core.split()]
    states = {code for _, code in coded if code}
    state = country_code(named) if named else (states.pop() if len(states) == 1 else None)
    kept = sorted(w for w, code in coded if w not in ORDER_WORDS and not code)
    return ("~" + " ".join(kept), state) if state and len(kept) >= BAG_MIN_WORDS else None


def _scope(name: str, country: str | None, article_id: str) -> str:
    core, named = name_core(name)
    if named:
        return country_code(named) or named
    return (country or article_id) if is_generic(core) else ""


def is_generic(core: str) -> bool:
    """Whether a reduced name is one every state has: `ministry of energy`, `foreign ministry`,
    `migration agency`, `central bank`."""
    words = core.split()
    first = next((w for w in words if w not in GOVERNMENT_QUALIFIERS), "")
    return not words or first in STATE_BODY_HEADS or (
        words[-1] in STATE_BODY_HEADS - {"bank"} and len(words) <= GENERIC_NAME_WORDS)


def _spelled_acronyms(members: list[tuple[str, Organization]]) -> dict[str, int]:
    """Bare acronyms and the one member whose full name they spell (`ADB` -> the member named
    `Asian Development Bank`); an acronym two different names spell links to neither."""
    spelled: dict[str, set[str]] = defaultdict(set)
    first: dict[str, int] = {}
    for i, (article_id, org) in enumerate(members):
        initials = "".join(w[0] for w in org.name.split() if w[0].isupper())
        if _scope(org.name, org.country, article_id):
            continue  # a generic or national body's initials name one in every country
        if len(initials) >= MIN_INITIALS and len(org.name.split()) >= MIN_INITIALS:
            spelled[initials].add(name_core(org.name)[0])
            first.setdefault(initials, i)
    return {acronym: first[acronym] for acronym, names in spelled.items()
            if len(names) == 1 and ACRONYM.match(acronym)}


def _entry(group: list[tuple[str, Organization]]) -> RegistryEntry:
    """One entry: the name most stories give (the longest on a tie), the other forms as aliases,
    the most common kind, the country the names state."""
    names = Counter(org.name for _, org in group)
    name = min(names, key=lambda n: (-names[n], n.lower().startswith("the "), -len(n), n))
    forms = {f for _, org in group for f in (org.name, *org.aliases)} - {name}
    kinds = Counter(org.kind for _, org in group)
    countries = Counter(org.country for _, org in group if org.country)
    country = min(countries, key=lambda c: (-countries[c], c)) if countries else None
    scope = _scope(name, country, min(article_id for article_id, _ in group))
    slug = SLUG_GAPS.sub("-", name.casefold().removeprefix("the ")).strip("-") or "organization"
    return RegistryEntry(
        id=f"org:{slug}" + (f"@{scope}" if scope else ""), name=name, aliases=sorted(forms),
        kind=min(kinds, key=lambda k: (-kinds[k], k)), country=country,
        stories=[Member(article_id=a, organization_id=org.id) for a, org in group])


def _unique_ids(entries: list[RegistryEntry]) -> list[RegistryEntry]:
    """Entries whose ids collide get `-2`, `-3`, ... in the order of their first story."""
    seen: Counter[str] = Counter()
    out = []
    for entry in sorted(entries, key=lambda e: (e.id, min(m.article_id for m in e.stories),
                                                e.name, e.aliases)):
        seen[entry.id] += 1
        n = seen[entry.id]
        out.append(entry if n == 1 else entry.model_copy(update={"id": f"{entry.id}-{n}"}))
    return out


def member_ids(registry: list[RegistryEntry]) -> dict[tuple[str, str], str]:
    """(article id, organisation id) -> registry id."""
    return {(m.article_id, m.organization_id): e.id for e in registry for m in e.stories}
