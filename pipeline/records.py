"""Records: a cleaned story and the spans its Doc(s) carry become a validated Article.

The only place records are built: every offset is taken from a spaCy Span, moved by the offset
of the chunk the Doc was made of."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any, NamedTuple

from pipeline.clean import Credit, Story
from pipeline.money import USD, in_usd
from pipeline.names import country_in_names, name_core, outside_names
from pipeline.schema import (
    Actor,
    AmountMention,
    Article,
    DateMention,
    Equivalent,
    Event,
    Organization,
    TextSpan,
    granularity_of,
    year_of,
)
from pipeline.settings import EXTRACTED_LANGUAGES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from pipeline.components.amounts import AmountSpan
    from pipeline.components.dates import DateSpan
    from pipeline.components.events import EventSpan
    from pipeline.components.organizations import OrgEntity
    from pipeline.components.roles import ActorRef

PARAGRAPH_END = re.compile(r"\n\s*\n")
SENTENCE_END = re.compile(r"[.!?]\s+")
WHITESPACE = re.compile(r"\s+")


def split_for_model(text: str, limit: int) -> list[tuple[int, str]]:
    """Cut `text` into (offset, piece) chunks of at most `limit` characters.

    Cuts fall after a paragraph break where there is one, else after a sentence, else at
    whitespace, else anywhere; the pieces joined give back `text` exactly.
    """
    if limit < 1:
        raise ValueError(f"Cannot split text into chunks of at most {limit} characters.")
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = _last_boundary(window)
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _last_boundary(window: str) -> int:
    for pattern in (PARAGRAPH_END, SENTENCE_END, WHITESPACE):
        ends = [m.end() for m in pattern.finditer(window) if m.end() < len(window)]
        if ends and ends[-1] > len(window) // 2:  # a cut in the second half keeps chunks large
            return ends[-1]
    return len(window)


def text_span(span: Span, offset: int) -> TextSpan:
    """The record of a Span of a chunk that starts `offset` characters into the story."""
    return TextSpan(**_offsets(span, offset))


def date_mention(date: DateSpan, offset: int) -> DateMention:
    return DateMention(**_offsets(date.span, offset), value=date.value,
                       granularity=date.granularity)


def amount_mention(amount: AmountSpan, offset: int, on: dt.date | None = None, id: str = "a1"
                   ) -> AmountMention:
    """The record of an amount; money gets its US dollar value as of `on` (the story's date)."""
    same = amount.equivalent
    equivalent = None if same is None else Equivalent(
        **_offsets(same.span, offset), value=same.value, unit=same.unit)
    usd, basis = in_usd(amount.value, amount.unit, same and (same.value, same.unit), on) if (
        amount.kind == "money") else (None, None)
    return AmountMention(id=id, **_offsets(amount.span, offset), kind=amount.kind,
                         value=amount.value, unit=amount.unit, approximate=amount.approximate,
                         cumulative=amount.cumulative, equivalent=equivalent,
                         restates=amount.restates, usd=usd, usd_basis=basis,
                         min=amount.bounds and amount.bounds[0],
                         max=amount.bounds and amount.bounds[1])


def dollars_as_stated(amounts: list[AmountMention]) -> list[AmountMention]:
    """A story's amounts, each sum in another currency that the story restates in dollars once
    (`600 million yuan ($84 million)`) given that dollar value wherever it states the sum
    again without it (`the 600 million yuan`): the outlet's own figure, where a rate would
    differ from it or, with no date, be missing."""
    stated = {(a.value, a.unit): a.usd for a in amounts
              if a.equivalent is not None and a.usd_basis == "stated" and a.unit != USD}
    return [a.model_copy(update={"usd": stated[a.value, a.unit], "usd_basis": "stated"})
            if a.usd_basis != "stated" and (a.value, a.unit) in stated else a for a in amounts]


def organization(org: OrgEntity, offset: int, id: str = "o1") -> Organization:
    return Organization(id=id, name=org.name, aliases=list(org.aliases), kind=org.kind,
                        country=org.country,
                        mentions=[text_span(m, offset) for m in org.mentions])


class Ids(NamedTuple):
    """The story's ids: of an organisation by its name, of an amount by its start offset and
    value (the two bounds of a range share their text)."""

    organizations: dict[str, str]
    amounts: dict[tuple[int, int | float], str]


def amount_key(amount: AmountSpan, offset: int) -> tuple[int, int | float]:
    """What tells an amount of a story apart: where it starts, and its value."""
    return amount.span.start_char + offset, amount.value


def actor(ref: ActorRef, ids: Ids) -> Actor:
    return Actor(kind=ref.kind, name=ref.name, code=ref.code,
                 id=ids.organizations.get(ref.name) if ref.kind == "organization" else None)


def event(found: EventSpan, offset: int, ids: Ids) -> Event:
    """The record of an event; it refers to the story's organisations and amounts by id. A date
    whose year nothing tells (`XXXX-08-28`) dates no event: it stays in the story's dates."""
    sentence = found.sentence
    date = found.date if year_of(found.date) is not None else None
    return Event(
        type=found.type, trigger=text_span(found.trigger, offset), sentence=sentence.text,
        sentence_start_char=sentence.start_char + offset,
        sentence_end_char=sentence.end_char + offset, date=date,
        date_granularity=granularity_of(date), date_source=found.date_source if date else None,
        source=[actor(a, ids) for a in found.source],
        target=[actor(a, ids) for a in found.target],
        organizations=[ids.organizations[name] for name in found.organizations],
        persons=list(found.persons), places=list(found.places),
        amounts=[ids.amounts[amount_key(a, offset)] for a in found.amounts],
        cameo=found.cameo,
    )


def _offsets(span: Span, offset: int) -> dict[str, Any]:
    return {"text": span.text, "start_char": span.start_char + offset,
            "end_char": span.end_char + offset}


def merge_organizations(groups: list[Organization]) -> list[Organization]:
    """One entry per name across chunks: aliases and mentions put together in order."""
    merged: dict[str, Organization] = {}
    for org in groups:
        known = merged.get(org.name)
        if known is None:
            merged[org.name] = org
            continue
        aliases = known.aliases + [a for a in org.aliases if a not in known.aliases]
        merged[org.name] = known.model_copy(
            update={"aliases": aliases, "mentions": known.mentions + org.mentions}
        )
    return list(merged.values())


def credited(orgs: list[Organization], credits: list[Credit]) -> list[Organization]:
    """The story's organisations with the sources its cut credit lines name: the credit of an
    organisation the story names joins it (`Source: JICA` the story's `Japan International
    Cooperation Agency`, alias `JICA`); another source is an organisation named only there."""
    out = list(orgs)
    index = {name_core(form): i for i, org in enumerate(out) for form in (org.name, *org.aliases)}
    for name, line in credits:
        i = index.get(name_core(name))
        if i is None:
            index[name_core(name)] = len(out)
            out.append(Organization(id=f"o{len(out) + 1}", name=name, aliases=[], mentions=[],
                                    country=country_in_names([name]), credits=[line]))
        elif line not in out[i].credits:
            out[i] = out[i].model_copy(update={"credits": [*out[i].credits, line]})
    return out


def doc_records(doc: Doc, offset: int = 0) -> dict[str, list[Any]]:
    """The records of what the components left on `doc`, a chunk `offset` characters into its
    story: dates, amounts, organisations and events, by the Article field they fill."""
    return story_records([(offset, doc)])


def story_ids(parts: list[tuple[int, Doc]]) -> Ids:
    """The ids of a story's organisations (`o1`, ... one per name) and amounts (`a1`, ...), in
    the order the chunks (offset, doc) give them."""
    names = dict.fromkeys(o.name for _, doc in parts for o in doc._.organizations)
    keys = [amount_key(a, offset) for offset, doc in parts for a in doc._.amounts]
    return Ids({name: f"o{i}" for i, name in enumerate(names, 1)},
               {key: f"a{i}" for i, key in enumerate(keys, 1)})


def story_records(parts: list[tuple[int, Doc]]) -> dict[str, list[Any]]:
    """The records of a story's chunks (offset, doc), numbered across the story: amounts
    `a1`, `a2`, ... and organisations `o1`, `o2`, ... in text order, one per name."""
    amounts = [(offset, doc._.reference_date, a) for offset, doc in parts for a in doc._.amounts]
    ids = story_ids(parts)
    orgs = [organization(o, offset, ids.organizations[o.name])
            for offset, doc in parts for o in doc._.organizations]
    return {
        "dates": [date_mention(d, offset) for offset, doc in parts
                  for d in outside_names(doc._.dates, (m for o in doc._.organizations
                                                       for m in o.mentions))],
        "amounts": dollars_as_stated([amount_mention(a, offset, on, ids.amounts[
            amount_key(a, offset)]) for offset, on, a in amounts]),
        "organizations": merge_organizations(orgs),  # one per name, as their ids are
        "events": [event(e, offset, ids) for offset, doc in parts for e in doc._.events],
    }


def not_extracted(language: str) -> str:
    """Why a story in `language` has no dates, amounts, organisations or events."""
    languages = ", ".join(sorted(EXTRACTED_LANGUAGES))
    return f"language {language}: no model extracts it (only {languages})"


def build_article(story: Story, parts: list[tuple[int, Doc]]) -> Article:
    """The story's record from what the components left on its chunks' Docs (offset, doc)."""
    found = story_records(parts)
    if story.language in EXTRACTED_LANGUAGES:
        found["organizations"] = credited(found["organizations"], story.credits)
    return Article(
        id=story.id,
        source=story.source,
        title=story.title,
        published=story.published,
        reference_date=story.reference_date,
        reference_source=story.reference_source or (
            "text" if any(d.anchored for _, doc in parts for d in doc._.dates) else None),
        site=story.site,
        author=story.author,
        language=story.language,
        text=story.text,
        removed=story.removed,
        notes=[] if story.language in EXTRACTED_LANGUAGES else [not_extracted(story.language)],
        **found,
    )
