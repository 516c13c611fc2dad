"""The record: pydantic v2 models for an article and everything extracted from it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "2.1"

AmountKind = Literal["money", "percent", "quantity", "count"]
Granularity = Literal["year", "month", "day"]
ISO_LENGTH: dict[Granularity, int] = {"day": 10, "month": 7, "year": 4}  # of an ISO value
EventType = Literal[
    "agreement", "meeting", "launch", "construction", "funding", "personnel", "plan"
]
OrgKind = Literal["organization", "government"]
ActorKind = Literal["organization", "country", "person"]
FlowType = Literal["grant", "loan", "technical_assistance", "equipment", "investment", "other"]
ProjectStatus = Literal[
    "pledged", "approved", "signed", "disbursed", "delivered", "under_way", "completed"
]
ReferenceSource = Literal["published", "page", "setting", "text"]
DateSource = Literal["sentence", "context"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TextSpan(_Model):
    """A stretch of the article's `text`: `text == article.text[start_char:end_char]`."""

    text: str
    start_char: int = Field(ge=0)
    end_char: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> TextSpan:
        if self.end_char < self.start_char:
            raise ValueError(f"end_char {self.end_char} is before start_char {self.start_char}")
        return self


class DateMention(TextSpan):
    """A calendar expression; `value` is ISO 8601 (`2019`, `2020-01`, `2019-01-15`, `A/B`)."""

    value: str | None = Field(
        description="ISO 8601 point or START/END period; XXXX for an unknown year"
    )
    granularity: Granularity | None = Field(
        description="precision of the value (of its ends for a period)"
    )


class Equivalent(TextSpan):
    """A sum of money restated in another currency beside the one it restates."""

    value: int | float
    unit: str | None = Field(description="ISO 4217 code")


class AmountMention(TextSpan):
    """A number that measures something: money (ISO 4217 unit), percent, quantity or count."""

    id: str = Field(description="the amount's id in its story (`a1`, `a2`, ...), which events "
                    "refer to")
    kind: AmountKind
    value: int | float
    unit: str | None = Field(description="ISO 4217 code, '%', a unit symbol, or the counted noun")
    approximate: bool = False
    cumulative: bool = Field(
        default=False, description="a sum of money its sentence gives as a running or "
        "historical total (`$11.5 billion to date`), not a new commitment",
    )
    equivalent: Equivalent | None = Field(
        default=None, description="the same sum restated in another currency right after it "
        "(`¥2.3 billion (about $15.9 million)`)",
    )
    restates: bool = Field(
        default=False, description="this item states again the amount before it (in another "
        "currency, or as the upper bound of its range): leave it out when adding amounts up",
    )
    usd: float | None = Field(
        default=None, description="money in US dollars: the dollar sum the text states, else "
        "converted at the ECB reference rate or the dollar peg named in `usd_basis`",
    )
    usd_basis: str | None = Field(
        default=None, description="`stated`, `ECB <date>` (the rate's date), `peg <rate> "
        "<unit>/USD` (a currency pegged to the dollar), `stated <unit>, ECB <date>` (the "
        "`equivalent`'s value, for a currency with no rate), or why `usd` is null (`no ECB rate "
        "for KZT`, `no date to convert at`)",
    )
    min: int | float | None = Field(default=None, description="the least value of a range")
    max: int | float | None = Field(default=None, description="the most value of a range")


class Organization(_Model):
    """One organisation of the story, with every form it takes and every place it occurs."""

    id: str = Field(description="the organisation's id in its story (`o1`, `o2`, ...), which "
                    "events refer to; `registry.jsonl` maps it to the run's registry id")
    name: str = Field(description="the fullest form found in the story")
    aliases: list[str] = Field(description="other forms: acronyms, shorter names")
    kind: OrgKind = "organization"
    country: str | None = Field(
        default=None, description="ISO 3166-1 alpha-3 of the country its name states")
    mentions: list[TextSpan]
    credits: list[str] = Field(
        default_factory=list, description="credit lines cut from the page as furniture that "
        "name it (`Source: Kabar`, `By Trend`, `(Xinhua)`; not a picture's credit); one named "
        "only there has no mentions")


class Actor(_Model):
    """A side of an event: an organisation of the story, a country or a person."""

    kind: ActorKind
    name: str = Field(description="the organisation's name, the country's or the person's")
    id: str | None = Field(default=None, description="`id` of the story's organisation")
    code: str | None = Field(
        default=None, description="ISO 3166-1 alpha-3: the country, or an organisation's country")


class Event(_Model):
    """Something that happened or is planned, one per sentence per type."""

    type: EventType
    trigger: TextSpan
    sentence: str = Field(description="the sentence the event is read from")
    sentence_start_char: int = Field(ge=0, description="offset of `sentence` in the text")
    sentence_end_char: int = Field(ge=0)
    date: str | None = Field(
        description="ISO 8601 value of the event's date, null when nothing says"
    )
    date_granularity: Granularity | None = Field(
        default=None, description="precision of `date` (of its start for a period)"
    )
    date_source: DateSource | None = Field(
        default=None,
        description="`sentence`: a date the event's sentence states; `context`: the date of the "
        "happening an earlier sentence tells (the story's episode, a list's header)",
    )
    source: list[Actor] = Field(
        description="the giving or acting side: donor, lender, investor, host, sender, the "
        "first party of an agreement")
    target: list[Actor] = Field(
        description="the receiving side: recipient, guest, receiving country, the other party")
    organizations: list[str] = Field(description="ids of the story's organisations the "
                                     "sentence names")
    persons: list[str]
    places: list[str]
    amounts: list[str] = Field(description="ids of the story's amounts the sentence states")
    cameo: str | None = Field(default=None, description="CAMEO event code where one fits")


def granularity_of(value: str | None) -> Granularity | None:
    """The precision of an ISO value at its start: `2019` year, `2020-01` month, `2019-01-15`
    and `XXXX-06-27` day, `2008/2011` year."""
    start = (value or "").split("/")[0]
    return next((g for g, length in ISO_LENGTH.items() if length == len(start)), None)


def year_of(value: str | None) -> int | None:
    """The year an ISO value starts in, None when it is unknown (`XXXX-06-27`)."""
    return int(value[:4]) if value and value[:4].isdigit() else None


class Removal(_Model):
    """A piece of the page that cleaning cut, and why."""

    text: str
    reason: str


class Source(_Model):
    """Where a record comes from."""

    path: str = Field(description="path of the input file relative to the input root")
    sha256: str = Field(description="sha256 of the input file's raw bytes")
    index: int = Field(ge=0, description="position of the story in its file, counting every "
                       "story of a listing page and of every JSONL line in order")
    line: int | None = Field(default=None, ge=1, description="the JSONL line it came from")
    url: str | None = None


class Article(_Model):
    """One story, cleaned, with what was extracted from it; every offset refers to `text`."""

    schema_version: str = SCHEMA_VERSION
    id: str
    source: Source
    title: str | None
    published: str | None = Field(description="the story's own publication date, ISO 8601")
    reference_date: str | None = Field(description="the date relative expressions resolve against")
    reference_source: ReferenceSource | None = Field(
        default=None,
        description="where the reference date comes from: the story's `published` date, the "
        "date of the listing page it stands on, the run's --reference-date setting, or `text`: "
        "with none of these, each relative or year-less date was resolved against the nearest "
        "full date the story states before it",
    )
    site: str | None = Field(default=None, description="the publisher's name the page gives "
                             "(HTML metadata, a JSONL `site` field)")
    author: str | None = Field(default=None, description="the author the page names (HTML "
                               "metadata, a JSONL `author` field)")
    language: str
    text: str
    dates: list[DateMention]
    amounts: list[AmountMention]
    organizations: list[Organization]
    events: list[Event]
    removed: list[Removal]
    notes: list[str] = Field(
        default_factory=list, description="why fields are empty: a story in a language no "
        "model extracts yet (`language kk: no model extracts it (only en, ru)`)",
    )

    @model_validator(mode="after")
    def _references_resolve(self) -> Article:
        orgs = {o.id for o in self.organizations}
        amounts = {a.id for a in self.amounts}
        if len(orgs) < len(self.organizations) or len(amounts) < len(self.amounts):
            raise ValueError("two organisations or two amounts share an id")
        for event in self.events:
            actors = {a.id for a in event.source + event.target if a.id}
            if not actors | set(event.organizations) <= orgs or not set(event.amounts) <= amounts:
                raise ValueError(f"event {event.trigger.text!r} refers to an unknown id")
        return self

    @model_validator(mode="after")
    def _offsets_inside_text(self) -> Article:
        for text, start, end in self.spans():
            if self.text[start:end] != text:
                raise ValueError(f"span {text!r} at {start}:{end} is not in the text")
        return self

    def spans(self) -> list[tuple[str, int, int]]:
        """(text, start_char, end_char) of every extracted span, event sentences included."""
        spans: list[TextSpan] = [*self.dates, *self.amounts]
        for org in self.organizations:
            spans.extend(org.mentions)
        for event in self.events:
            spans.append(event.trigger)
        found = [(s.text, s.start_char, s.end_char) for s in spans]
        found += [(e.sentence, e.sentence_start_char, e.sentence_end_char) for e in self.events]
        return found


class Member(_Model):
    """An organisation of one story: the story's id and the organisation's id in it."""

    article_id: str
    organization_id: str


class RegistryEntry(_Model):
    """One organisation across the stories of a run (a line of `registry.jsonl`)."""

    id: str = Field(description="`org:` and the name's slug; a generic name (`Ministry of "
                    "Energy`) is qualified by its country, else by its story")
    name: str = Field(description="the form most stories give, the longest on a tie")
    aliases: list[str]
    kind: OrgKind
    country: str | None = Field(description="ISO 3166-1 alpha-3 when a name states it")
    stories: list[Member]


class Party(_Model):
    """A donor or recipient of a project: an organisation of the run's registry, or a country."""

    kind: Literal["organization", "country"]
    name: str
    id: str | None = Field(default=None, description="the organisation's registry id")
    code: str | None = Field(
        default=None, description="ISO 3166-1 alpha-3: the country, or an organisation's country")


class Money(_Model):
    """A project's sum: value and ISO 4217 unit as reported, and its US dollar value."""

    value: int | float
    unit: str | None
    usd: float | None


class ProjectReport(_Model):
    """One sentence of one story that reports the project."""

    article_id: str
    event: int = Field(ge=0, description="position of the event in the story's `events`")
    language: str
    sentence: str
    start_char: int = Field(ge=0, description="offset of `sentence` in the story's text")
    end_char: int = Field(ge=0)
    status: ProjectStatus
    date: str | None = Field(description="the event's date, else the story's published date")
    amount: str | None = Field(description="id of the story's amount this report states, or "
                               "`title` for the one sum its headline states when the story's "
                               "text states none")


class MergeEvidence(_Model):
    """Why two reports were taken for one project: what they share."""

    reports: list[int] = Field(description="positions of the two reports in `reports`")
    matched: list[str] = Field(description="what agrees: `donor JPN`, `recipient UZB`, "
                               "`amount 233100000 USD ~ 233000000 USD`, `name`, `sector water`, "
                               "`place Samarkand`, `year 2023`, `same story`")


class Project(_Model):
    """One real-world flow of aid (a loan, grant, delivery or investment) across its reports
    (a line of `projects.jsonl`)."""

    id: str = Field(description="`prj:` and a hash of the project's first report: the same "
                    "inputs give the same ids")
    title: str = Field(description="a short description written from the reports")
    donor: list[Party]
    recipient: list[Party]
    flow_type: FlowType
    amount: Money | None
    status: ProjectStatus = Field(description="the most advanced status any report gives")
    date: str | None = Field(description="ISO 8601 date of that status, at the precision given")
    sector: str | None = Field(description="the sector the reports' words name most")
    sector_code: str | None = Field(description="its DAC 3-digit sector category")
    envelope: bool = Field(default=False, description="a sum many projects share: a country "
                           "programme, a package over several years, a credit line")
    part_of: str | None = Field(default=None, description="id of the envelope it belongs to")
    reports: list[ProjectReport]
    evidence: list[MergeEvidence] = Field(description="one entry per merge of two reports")


def json_schema(of: Literal["article", "project"] = "article") -> dict:
    """The JSON Schema of a story's record, or of a line of `projects.jsonl`, from the models."""
    return (Project if of == "project" else Article).model_json_schema()
