"""Projects: one record per real-world flow of aid, however many stories report it.

A report is a funding or agreement event whose sentence states a concrete flow: a sum of money that
is no running total, or a word of a loan, grant, aid in kind or investment. Sentences of historical
totals, of private money (remittances, revenue), of a breakdown of a sum already told and of deals
between companies only are no reports. Its sum is its first, unless that is what the whole project
costs; its flow type the flow word nearest its sum (none inside a name), else for the story's first
sum the one flow its headline names, else a loan of a known lender or a government's grant
(equipment a lender finances is the loan that buys it, a grant whose clause buys equipment that
equipment); its status the most advanced one its words give (under `will` or `plans to` only
pledged); its sides the event's source and target, organisations mapped to the run's registry
(a state's government itself to its country), a Central Asian party beside a partner on the
giving side moved to the receiving one, and a side the sentence leaves unnamed taken from its
story.

Two reports are one project when nothing of them disagrees (donor, recipient, flow type, sum, year,
phase, project name; a side taken from the story never disagrees) and enough agrees: the sum and a
side (for a round sum like `$50 million` also the year, the purpose or a further sum both stories
state) or the purpose, a sum of three or more significant digits alone, the quoted project name,
both sides and the purpose, or within one story a side; a loan and a grant one sentence states
agree with a sum they add up to. Stories in two languages are compared by countries and known
donors (a donor's board acts for it), as their registry entries differ. Only reports that share a
block (story, name, donor, sum) are compared; groups are merged most certain pair first, and a pair
joins two groups only when no report of one disagrees with a report of the other. Every merge is
kept as evidence.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import combinations

from pipeline.lexicon import alternation
from pipeline.lexicon.events import (
    AGREEMENT_NOUNS,
    AID_NOUNS,
    FACILITY_NOUNS,
    PROJECT_NOUNS,
    SUM_NOUNS,
)
from pipeline.lexicon.institutions import CORPORATE_SUFFIXES, GOVERNMENT_WORDS, LEGAL_PREFIXES
from pipeline.lexicon.projects import (
    ADDITION_WORDS,
    AGGREGATE,
    ANOTHER_WORDS,
    BORROWER_WORDS,
    BREAKDOWN_WORDS,
    BUDGET_WORDS,
    CHANNEL_WORDS,
    COMPOSITION_WORDS,
    CONSIDERED,
    COST_WORDS,
    DEAL_DOCUMENT_WORDS,
    DEBT_RELIEF_WORDS,
    DONOR_DESCRIPTION,
    DONOR_HABIT,
    DONORS,
    ENVELOPE_WORDS,
    EQUIVALENT_WORDS,
    EXPLORATORY_WORDS,
    FINANCING_WORDS,
    FLOW_WORDS,
    FUTURE_REACH,
    FUTURE_WORDS,
    GENERIC_WORDS,
    GIVER_LINK_REACH,
    GIVER_LINKS,
    GIVERS,
    GRANT_ONLY,
    HISTORICAL_WORDS,
    LEGISLATURE_WORDS,
    LENDERS,
    LIMIT_WORDS,
    LIST_LEADS,
    MEMORANDUM,
    OPENING_WORDS,
    ORDINALS,
    ORGAN_WORDS,
    PAIRING_WORDS,
    PART_OF_WORDS,
    PER_UNIT_AFTER,
    PER_UNIT_BEFORE,
    PHASE_WORDS,
    PLURAL_FLOWS,
    POINTED_FLOWS,
    POINTING_WORDS,
    PREPARATION,
    PRIVATE_WORDS,
    PROJECT_CONTENT,
    PROJECT_WORDS,
    PURPOSE_STARTS,
    RECIPIENT_REGION,
    REGION_CURRENCIES,
    REMAINDER_WORDS,
    REVISED_TO,
    SECTORS,
    SEVERAL_PROJECTS,
    SHARE_OF_COST,
    SHARE_WORDS,
    STATE_GOVERNMENT_NAME,
    STATUS_WORDS,
    TERMS_WORDS,
    TRANCHE_WORDS,
    USE_OPENING,
    YEAR_SPAN,
)
from pipeline.lexicon.russian import GOVERNMENT_HEADS
from pipeline.lexicon.text import HAS_DIGIT, LIST_ITEM
from pipeline.money import converts, in_usd
from pipeline.names import country_code, country_name, fold_name, place_country
from pipeline.schema import (
    Actor,
    AmountMention,
    Article,
    Event,
    MergeEvidence,
    Money,
    Organization,
    Party,
    Project,
    ProjectReport,
    RegistryEntry,
    TextSpan,
    year_of,
)

REPORTED_TYPES = ("funding", "agreement")
SIGNED_FLOWS = ("loan", "grant")  # an agreement with no sum is a project's only as one of these
GIVEN_FLOWS = ("loan", "grant", "technical_assistance", "equipment")  # investment needs a sum
STATUSES = tuple(STATUS_WORDS)  # least advanced first
SUM_BIN = 0.05  # width of the bins sums are blocked in: wider than any tolerance below
ROUNDING_TOLERANCE = 0.02  # `8 million` is no rounding of 7.6 million, though its digits allow
RATE_TOLERANCE = 0.015  # a sum in two currencies: two days' rates differ by less
HEDGED_TOLERANCE = 0.04  # `around $20 million` is how a report rounds `$20.5 million`
YEAR_RATE_TOLERANCE = 0.05  # a sum converted at its year's mid-point: a year's rates differ more
BREAKDOWN_SUMS = 3  # a total and two parts at least: a sentence that breaks the total down
SPLIT_GIVERS = 2  # givers, each beside its own sum, that make a sentence several reports
MAX_PARTS = 12  # equal parts a sum is paid out in at most (`in four tranches of $25 million`)
DISTINCT_DIGITS = 3  # significant digits that make a sum tell its project apart
ECHO_MIN, ECHO_DIGITS = 10, 2  # a count or measure that tells a story's announcement (see _figures)
ROUND_DIGITS = 1  # a sum of no more (`$50 million`) recurs in one donor's projects in a country
GRANT_IN_KIND = {"grant", "equipment"}
LENT_OR_INVESTED = {"loan", "investment"}  # a bank's loan the other report says it invests
YEARS_APART = 1  # reports more years apart than this are two projects
SHARED_WORDS = 2  # purpose words two reports must share, with no sum to compare
NAME_MAX_WORDS = 16  # words of a project's quoted name at most (a quoted sentence is longer)
PURPOSE_WORDS = 40  # characters of a purpose phrase kept in a title
ID_DIGITS = 12
HEADLINE_SUM = "title"  # the id of a report's sum when its story's headline states it
LIST_ITEMS = 12  # items of a list read back to the sentence that opens it
BRACKET_CLOSED = re.compile(r"\s*\)")  # right after a sum: the bracket it closes
EQUIVALENT_REACH = 12  # characters after a restated sum that may call it an equivalent


def _words(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(words)})", re.IGNORECASE)


FLOW_PATTERNS = {flow: _words(words) for flow, words in FLOW_WORDS.items()}
STATUS_PATTERNS = {status: _words(words) for status, words in STATUS_WORDS.items()}
SECTOR_PATTERNS = {name: _words(words) for name, (_, words) in SECTORS.items()}
FUTURE_OR_INTENT = re.compile(rf"(?<!\w)(?:{alternation(FUTURE_WORDS)})(?!\w)")
HISTORICAL = _words(HISTORICAL_WORDS)
SEVERAL = re.compile(AGGREGATE, re.IGNORECASE)
SHARE_OF_SUM = _words(SHARE_WORDS)
LIMIT = _words(LIMIT_WORDS)
MEMORANDUM_SIGNED = re.compile(MEMORANDUM, re.IGNORECASE)
MANY_PROJECTS = re.compile(SEVERAL_PROJECTS, re.IGNORECASE)
USE_OF_MONEY = re.compile(USE_OPENING, re.IGNORECASE)
STATE_GOVERNMENT = re.compile(STATE_GOVERNMENT_NAME, re.IGNORECASE)
DEAL_DOCUMENT = _words(DEAL_DOCUMENT_WORDS)
CONTENT = re.compile(PROJECT_CONTENT, re.IGNORECASE)
DESCRIPTION = re.compile(DONOR_DESCRIPTION, re.IGNORECASE)
HABIT = re.compile(DONOR_HABIT, re.IGNORECASE)
WEIGHED = re.compile(CONSIDERED, re.IGNORECASE)
RESPECTIVELY = _words(PAIRING_WORDS)
OWN_SHARE = re.compile(SHARE_OF_COST)
# `low-income housing`, `middle-income countries`: a class of people or states, no money earned
PRIVATE = re.compile(rf"(?<![\w-])(?:{alternation(PRIVATE_WORDS)})", re.IGNORECASE)
TERMS = _words(TERMS_WORDS)
# a tranche word in the singular: `in tranches`, `траншами` tell how a whole is paid out
TRANCHE = re.compile(rf"(?<!\w)(?:{alternation(TRANCHE_WORDS)})(?!s\b|es\b|ами\b|ей\b)",
                     re.IGNORECASE)
BUDGET = _words(BUDGET_WORDS)
DEBT_RELIEF = _words(DEBT_RELIEF_WORDS)
ENVELOPE = _words(ENVELOPE_WORDS)
LEGISLATURE = _words(LEGISLATURE_WORDS)
BORROWER = _words(BORROWER_WORDS)
YEARS_SPANNED = re.compile(YEAR_SPAN)
PLURAL_FLOW = _words(PLURAL_FLOWS)
PART_OF = _words(PART_OF_WORDS)
REVISED = re.compile(REVISED_TO, re.IGNORECASE)  # `the amount was increased to $50 million`
# a sum right after `the total cost of the project is`, no other sum between
COST = re.compile(rf"(?<!\w)(?:{alternation(COST_WORDS)})\w*[^\w$€£¥]+"
                  r"(?:[^\W\d]+[^\w$€£¥]+){0,5}$", re.IGNORECASE)
SUM_BREAKDOWN = re.compile(rf"\W*(?:[$€£¥]|(?:{alternation(BREAKDOWN_WORDS)})(?!\w))",
                           re.IGNORECASE)
PHASES = (  # `Phase II`, `stage 2`; `the second phase`, `второй этап`; not a count of them
    re.compile(rf"(?<!\w)(?:{alternation(PHASE_WORDS)})\w*\s+([IVX]+|\d)\b", re.IGNORECASE),
    re.compile(rf"([^\W\d]+)\s+(?:{alternation(PHASE_WORDS)})", re.IGNORECASE))  # `в 4 этапа`
REMAINDER = _words(REMAINDER_WORDS)
OPENING = re.compile(rf"(?<!\w)(?:{alternation(OPENING_WORDS)})\w*\s+$", re.IGNORECASE)
# a stage or tranche word in any form: a sentence that pays a sum out in parts says one
PAID_IN_PARTS = re.compile(rf"(?<!\w)(?:{alternation(PHASE_WORDS + TRANCHE_WORDS)})",
                           re.IGNORECASE)
# A project's name in quotes opens with a capital or a figure and ends with no sentence's mark;
# a speaker's words do not (`“is proud of every school it has helped to build,”`).
# (a name holds no quotes of its own: a document's title quotes the name of its project, `«О
# ратификации соглашения по проекту «Жилищное финансирование»»`)
QUOTED_NAME = re.compile(rf"[\"“«]((?=[^\"“”«»]*(?:{alternation(PROJECT_WORDS)}))"
                         r"(?-i:[A-ZА-ЯЁ\d])[^\"“”«»]{7,239}(?<![.,;:!?]))[\"”»]", re.IGNORECASE)
PROJECT_WORD = _words(PROJECT_WORDS)
# a project's name, which ends on its capitalised head: `the Dousti Road Rehabilitation Project`
NAMED_PROJECT = re.compile(rf"(?<!\w)(?:{alternation(w.capitalize() for w in PROJECT_WORDS)})")
POINTS_BACK = re.compile(
    rf"(?<!\w)(?:{alternation(POINTING_WORDS)})\s+(?:{alternation(PROJECT_WORDS)})|"
    rf"^\W*the\s+(?:{alternation(PROJECT_WORDS + POINTED_FLOWS)})\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r";|,(?!\d)|(?<!\d),")  # a comma inside a number is none
# A clause break that opens the next item of a list: `, as well as`, `, and`, `, а также`.
NEXT_ITEM = re.compile(r"[,;]\s*(?:as well as|and|plus|а также|и)(?!\w)", re.I)
EQUIVALENT = re.compile(rf"\s*(?:{alternation(EQUIVALENT_WORDS)})", re.IGNORECASE)
# the end of the last sentence or list item but one of a text: a stop, colon or semicolon before a
# space (not `$38.8`), or a line break
LAST_BREAK = re.compile(r"(?s).*(?:[.!?:;]\s|\n)")
CHANNELLED = re.compile(rf"(?<!\w)(?:{alternation(CHANNEL_WORDS)})\s+(?:the\s+)?$", re.IGNORECASE)
GIVEN_BY = re.compile(rf"\W*(?:\w+\W+){{0,{GIVER_LINK_REACH}}}?(?:{alternation(GIVER_LINKS)})\s+"
                      r"(?:the\s+)?$", re.IGNORECASE)  # what lies between a sum and its giver
# a purpose and what it is for; not `For example`, `for $7 million`, `for this project`
PURPOSE = re.compile(rf"(?<!\w)(?:{alternation(PURPOSE_STARTS)})\s+(?!example|instance|[$€£¥\d]"
                     rf"|(?:{alternation(POINTING_WORDS)})\s"  # `for this project`
                     rf"|(?:the\s+|a\s+)?(?:{alternation(SUM_NOUNS)})s?\b)"  # `for sums of $25m`
                     r"(?:the\s+)?([^,;.()]+)", re.IGNORECASE)
# what may open an item of a list of sums before its sum (see _gapped)
LIST_LEAD = re.compile(rf"\s*(?:(?:{alternation(LIST_LEADS)})\s+)?", re.IGNORECASE)
# a purpose right after a sum, maybe past its flow word (`$30 million loan for the ring road`),
# no year (`$30 million for 2024`)
PURPOSE_AFTER = re.compile(rf"\s*(?:[^\W\d]+\s+){{0,2}}?(?:{alternation(PURPOSE_STARTS)})\s+"
                           r"(?!\d)", re.IGNORECASE)
# a sum's purpose that prepares the project the other sums are for: `and $2 million for design`
PREPARATION_AFTER = re.compile(rf"{PURPOSE_AFTER.pattern}(?:[^\W\d]+\s+){{0,2}}?(?:{PREPARATION})",
                               re.IGNORECASE)
LONG_WORD = re.compile(r"[^\W\d_]{6,}")
CAPITALISED = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][\w-]+(?:\s+[A-ZА-ЯЁ][\w-]+)?")
NEXT_WORD = re.compile(r"\w*\W+(\w+)")  # the word after a match that may end inside a word
FINANCING = _words(FINANCING_WORDS)
EXPLORATORY = _words(EXPLORATORY_WORDS)
EACH_BEFORE = re.compile(PER_UNIT_BEFORE, re.IGNORECASE)
EACH_AFTER = re.compile(PER_UNIT_AFTER, re.IGNORECASE)
COMPOSITION = _words(COMPOSITION_WORDS)
ADDITION = _words(ADDITION_WORDS)
ANOTHER = re.compile(rf"(?<!\w)(?:{alternation(ANOTHER_WORDS)})(?:\s+\w+){{0,2}}\s+\S*$",
                     re.IGNORECASE)
# `the Korean Government`, `Правительство Японии`
GOVERNMENT_NAME = re.compile(
    rf"(?<!\w)(?:{alternation((*GOVERNMENT_WORDS, *GOVERNMENT_HEADS))})(?!\w)", re.IGNORECASE)
GENERIC = _words((*FINANCING_WORDS, *GENERIC_WORDS,
                  *(w for words in (*STATUS_WORDS.values(), *FLOW_WORDS.values()) for w in words)))
COMPANY_WORDS = CORPORATE_SUFFIXES | LEGAL_PREFIXES
NAMED_FLOW_NOUNS = AGREEMENT_NOUNS | PROJECT_NOUNS | AID_NOUNS | {"aid", "agreements"}
KNOWN_DONORS = {form: (key, code, name) for key, (code, name, forms) in DONORS.items()
                for form in forms}
DONOR_NAMES = _words(KNOWN_DONORS)  # a donor's name may hold a flow word: `... Investment Bank`


@dataclass(frozen=True)
class StoryNames:
    """What a story names, for the reports in it: its organisations' ids, the countries its
    events give to or with, and the countries they take place in, in text order; the sums of
    money it states, the one flow type its headline names, and the countries of the region its
    headline and text name anywhere."""

    organizations: tuple[str, ...] = ()
    receivers: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    sums: tuple[AmountMention, ...] = ()
    flow: str | None = None
    named: tuple[str, ...] = ()
    headline_sums: tuple[AmountMention, ...] = ()
    figures: frozenset[float] = frozenset()

    @classmethod
    def of(cls, article: Article) -> StoryNames:
        return cls(tuple(o.id for o in article.organizations),
                   tuple(a.code for e in article.events for a in e.target if a.code),
                   tuple(c for e in article.events for c in map(place_country, e.places) if c),
                   tuple(a for a in article.amounts if a.kind == "money"),
                   _headline_flow(article.title), _region_named(article),
                   _headline_sums(article), _figures(article))

    @property
    def countries(self) -> tuple[str, ...]:
        return self.receivers + self.places


@dataclass
class Report:
    """A sentence of a story that reports a flow of aid, read before the run's registry is
    known: its event, the story's published date and the sum it states."""

    article_id: str
    language: str
    published: str | None
    position: int
    event: Event
    amount: AmountMention | None
    story: StoryNames = StoryNames()
    names: tuple[tuple[int, int], ...] = ()  # where the sentence names organisations
    sides: dict[str, dict[str, Party]] = field(default_factory=dict)  # role -> parties by key
    keys: dict[str, set[str]] = field(default_factory=dict)  # role -> what names its side
    context: set[str] = field(default_factory=set)  # the keys of everyone the story names
    inherited: set[str] = field(default_factory=set)  # roles its story, not its sentence, names
    giver: Actor | None = None  # the donor its sum is named beside, in a sentence of several
    listed: bool = False  # one of a list of projects its sentence gives, each with its sum
    parts: tuple[AmountMention, ...] = ()  # its sentence's new sums, when it states several
    co_givers: frozenset[str] = frozenset()  # ids of that sentence's other givers
    others_givers: frozenset[str] = frozenset()  # ids linked to another of its sentence's sums
    before: str = ""  # the sentence before, when this one points back to its project
    story_flow: str | None = None  # the flow its story names for its sum (see _flow_of_the_story)
    story_sector: str | None = None  # the sector its story of one project names elsewhere

    @cached_property
    def text(self) -> str:
        return self.event.sentence

    @cached_property
    def flow(self) -> str:
        return self.flow_at(self.amount or self.event.trigger)

    @cached_property
    def buys_equipment(self) -> bool:
        """Whether the clause of its sum (or trigger) goes on to say the money buys equipment, in
        a project's name too (`grant aid of ¥1 billion for the Project for the Improvement of
        Equipment`, `$12 million will be granted to modernize medical equipment`); not a later
        clause (`..., which failed due to damage to mechanical equipment`)."""
        span = self.amount or self.event.trigger
        offset = self.event.sentence_start_char
        stop = _clause(self.event, span)[1] - offset
        return bool(FLOW_PATTERNS["equipment"].search(self.text, span.end_char - offset, stop))

    def flow_at(self, span: TextSpan) -> str:
        """The flow word of its sentence nearest a span of it (a sum), one in the span's clause
        first (`берет кредит у банка на 8 млн евро, а также грант на 10,6 млн`), else `other`."""
        offset = self.event.sentence_start_char
        start, end = span.start_char - offset, span.end_char - offset
        begin, stop = (at - offset for at in _clause(self.event, span))
        words = _flow_words(self.text, self.names)
        # a clause after the sum's that opens the next item (`, as well as the Grant Facility
        # ...`) names that item's flow, not this one's, when a word before the sum names one
        joined = NEXT_ITEM.match(self.text, stop) and any(m.start() < start for m, _ in words)
        found = [(not begin <= m.start() < stop, max(m.start() - end, start - m.end(), 0), flow)
                 for m, flow in words if not (joined and m.start() >= stop)]
        return min(found)[2] if found else "other"

    @cached_property
    def package(self) -> tuple[AmountMention, ...]:
        """The sums of one package its sentence states in parts of different flow types (`a
        loan of $87 million and a grant of $22.5 million`), none the total of the others; two
        loans in one sentence are two projects."""
        flows = [self.flow_at(p) for p in self.parts]
        if len(set(flows)) < len(flows) or "other" in flows or _one_totals_the_rest(self.parts):
            return ()
        return self.parts

    @cached_property
    def flows(self) -> set[str]:
        """The flow types of its package's parts, or its own."""
        return {self.flow_at(p) for p in self.package} or {self.flow}

    @property
    def headline_flow(self) -> str | None:
        """The flow its story's headline names, for the story's first sum (or none stated):
        the headline tells the lead flow, not a later one."""
        first = self.story.sums[0].id if self.story.sums else None
        return self.story.flow if self.amount is None or self.amount.id == first else None

    @cached_property
    def status(self) -> str:
        said = [STATUSES.index(status) if not _future(self.text, m.start()) else 0
                for status, pattern in STATUS_PATTERNS.items()
                for m in pattern.finditer(self.text)]
        return STATUSES[max(said, default=0)]

    @cached_property
    def date(self) -> str | None:
        return self.event.date or self.published

    @cached_property
    def year(self) -> int | None:
        return year_of(self.date)

    @cached_property
    def phase(self) -> int | None:
        for match in (m for pattern in PHASES for m in pattern.finditer(self.text)):
            word = match.group(1).lower()
            number = ORDINALS.get(word) or next(
                (n for stem, n in ORDINALS.items() if len(stem) > 3 and word.startswith(stem)),
                None)
            if number:
                return number
        return None

    @cached_property
    def name(self) -> str | None:
        match = QUOTED_NAME.search(self.text)
        return fold_name(match.group(1)) if match and len(
            match.group(1).split()) <= NAME_MAX_WORDS else None  # longer: a speaker's words

    @cached_property
    def own_sector(self) -> str | None:
        """The sector its sentence's words name most, else the sentence's it points back to
        (`For this project, ...`)."""
        return _sector(self.text) or _sector(self.before)

    @property
    def sector(self) -> str | None:
        """Its own sector, else the one its story of one project names elsewhere."""
        return self.own_sector or self.story_sector

    @cached_property
    def places(self) -> set[str]:
        return {fold_name(p) for p in self.event.places}

    @cached_property
    def sites(self) -> set[str]:
        """Where the project is: the places it names but countries (its sides)."""
        return {p for p in self.places if country_code(p) is None}

    @cached_property
    def words(self) -> set[str]:
        return {w.lower()[:6] for w in LONG_WORD.findall(self.text)
                if w[0].islower() and not GENERIC.match(w)}

    @cached_property
    def tranche(self) -> bool:
        """Whether its sum is a tranche of a commitment, said in the sum's clause."""
        return bool(TRANCHE.search(_sum_clause(self)))

    @cached_property
    def part(self) -> bool:
        """Whether its sentence tells its sum as a part of a commitment: a tranche, the first
        phase, or the opening sum (`the first $25 million`, `первые 5 млн`)."""
        before = self.text[:self.amount.start_char - self.event.sentence_start_char] if (
            self.amount) else ""
        return self.tranche or self.phase == 1 or bool(OPENING.search(before))

    @cached_property
    def instalments(self) -> tuple[AmountMention, ...]:
        """The equal parts its sentence says its sum is paid out in (`$60 million in three
        tranches of $20 million`, `в три этапа по 20 млн евро`): the
        sentence's smaller sums in its unit that go into it a whole number of times, beside a
        stage or tranche word."""
        whole = self.amount
        if whole is None or not PAID_IN_PARTS.search(self.text):
            return ()
        start, end = self.event.sentence_start_char, self.event.sentence_end_char
        return tuple(s for s in self.story.sums if start <= s.start_char < end
                     and s.unit == whole.unit and 0 < s.value < whole.value
                     and (whole.value / s.value).is_integer()
                     and whole.value / s.value <= MAX_PARTS)

    @cached_property
    def envelope(self) -> bool:
        return bool(ENVELOPE.search(self.text) or (
            YEARS_SPANNED.search(self.text) and PLURAL_FLOW.search(self.text)))

    @property
    def key(self) -> tuple[str, int, int]:
        """Story, sentence, and the sum's offset for one of several givers' or listed projects'
        sums (else 0)."""
        split = self.amount.start_char if (self.giver or self.listed) and self.amount else 0
        return self.article_id, self.event.sentence_start_char, split

    @property
    def seed(self) -> str:
        """What a project's id is hashed from when this is its first report."""
        article, sentence, split = self.key
        return f"{article}#{sentence}" + (f"#{split}" if split else "")

    def as_record(self) -> ProjectReport:
        return ProjectReport(
            article_id=self.article_id, event=self.position, language=self.language,
            sentence=self.text, start_char=self.event.sentence_start_char,
            end_char=self.event.sentence_end_char, status=self.status, date=self.date,
            amount=self.amount.id if self.amount else None)


def _figures(article: Article) -> frozenset[float]:
    """The counts and measures a story states that few stories share by chance (`240
    villages`, `63 km`, not `5 districts` or `2,000 people`)."""
    return frozenset(a.value for a in article.amounts if a.kind in ("count", "quantity")
                     and a.value >= ECHO_MIN and _significant(a.value) >= ECHO_DIGITS)


def _sector(text: str) -> str | None:
    """The sector whose words the text names most, a word inside a longer one of another
    sector aside (`wastewater` is water's, not the `waste` of the environment)."""
    found = [(m.start(), m.end(), name) for name, p in SECTOR_PATTERNS.items()
             for m in p.finditer(text)]
    counts = Counter(name for start, end, name in found if not any(
        s <= start and end <= e and e - s > end - start for s, e, _ in found))
    return max(counts, key=lambda n: counts[n]) if counts else None


def _pointed_to(article: Article, event: Event) -> str:
    """The sentence before an event's, when the event's points back to a project (`this
    project`); else nothing."""
    if not POINTS_BACK.search(event.sentence):
        return ""
    return _sentence_before(article.text, event.sentence_start_char)


def _sentence_before(text: str, end: int) -> str:
    """The sentence, list item or line of a text that ends where `end` starts, with its
    trailing space."""
    body = text[:end].rstrip()
    found = LAST_BREAK.match(body, 0, max(len(body) - 1, 0))
    return text[found.end() if found else 0:end]


def _region_named(article: Article) -> tuple[str, ...]:
    """The codes of the region's countries its headline and text name, in text order (`the
    Kyrgyz Republic`, `Узбекистану`)."""
    text = f"{article.title or ''}\n{article.text}"
    codes = (country_code(m.group()) or country_code(m.group().split()[0])
             for m in CAPITALISED.finditer(text))
    return tuple(code for code in codes if code in RECIPIENT_REGION)


def _headline_flow(title: str | None) -> str | None:
    """The flow type a headline names, when it names one (`Bank to lend Kyrgyzstan a soft
    loan for water`): what a project takes whose reports name none."""
    title = title or ""
    donors = [d.span() for d in DONOR_NAMES.finditer(title)]
    found = {flow for _, flow in _flow_words(title, donors)}
    return found.pop() if len(found) == 1 else None


def _headline_sums(article: Article) -> tuple[AmountMention, ...]:
    """The sums of money its headline states, as amounts of id `title` whose offsets are in
    the headline (a headline is no part of the story's text, and its sums are no facts of it)."""
    title = article.title or ""
    if article.language not in ("en", "ru") or not HAS_DIGIT.search(title):
        return ()
    # the amount components' patterns; imported here, as they load spaCy (`--help` does not)
    from pipeline.components.amounts import money_in
    from pipeline.components.russian import money_in_ru
    read = money_in if article.language == "en" else money_in_ru
    on = dt.date.fromisoformat(article.reference_date) if article.reference_date and len(
        article.reference_date) == len("2000-01-01") else None
    return tuple(AmountMention(
        id=HEADLINE_SUM, text=title[start:end], start_char=start, end_char=end, kind="money",
        value=value, unit=unit, usd=(usd := in_usd(value, unit, None, on))[0], usd_basis=usd[1])
        for start, end, value, unit in read(title))


def _flow_words(text: str, names: Sequence[tuple[int, int]]) -> list[tuple[re.Match[str], str]]:
    """The flow words of a text and the flow each names, none inside a name: a capitalised one
    of a longer name (see _inside_name) or one within the spans `names` gives."""
    return [(m, flow) for flow, pattern in FLOW_PATTERNS.items() for m in pattern.finditer(text)
            if not _inside_name(text, m) and not any(s <= m.start() < e for s, e in names)
            and not (flow == "technical_assistance" and _names_a_facility(text, m))]


def _names_a_facility(text: str, match: re.Match[str]) -> bool:
    """Whether a word of expertise names the facility after it: `a training centre` is built,
    no training given."""
    following = NEXT_WORD.match(text, match.end())
    return bool(following) and following.group(1).lower() in FACILITY_NOUNS


def _inside_name(text: str, match: re.Match[str]) -> bool:
    """Whether a flow word is a word of a longer name (`Joint Credit Mechanism`): capitalised
    inside the sentence and followed by a capitalised word that is no document's, project's or
    aid's noun (`Loan Agreement`, `Grant Aid` name a flow)."""
    if match.start() == 0 or not match.group()[0].isupper():
        return False
    following = NEXT_WORD.match(text, match.end())
    word = following.group(1) if following else ""
    return word[:1].isupper() and word.lower() not in NAMED_FLOW_NOUNS


def _future(text: str, at: int) -> bool:
    """Whether a future or intention word stands within a few words before position `at`."""
    before = text[:at].split()[-FUTURE_REACH:]
    return bool(FUTURE_OR_INTENT.search(" ".join(before)))


def reports_of(article: Article) -> list[Report]:
    """The story's sentences that report a concrete flow of aid."""
    if not any(event.type in REPORTED_TYPES for event in article.events):
        return []  # what the story names is read only for a story that may report a flow
    amounts = {a.id: a for a in article.amounts}
    restating = {a.start_char: a for a in article.amounts if a.restates}
    story = StoryNames.of(article)
    mentions = [(m, o) for o in article.organizations for m in o.mentions]
    reports: dict[int, list[Report]] = {}  # by sentence: two events of one sentence are one
    for position, event in enumerate(article.events):
        if event.type not in REPORTED_TYPES:
            continue
        money = [amounts[i] for i in event.amounts if amounts[i].kind == "money"]
        new = [_deal_sum(a, restating, article.text) for a in money if not a.cumulative
               and not a.restates and not _explored(event, a) and not _per_unit(event, a)]
        report, named = _report(article, story, mentions, position, event, new)
        report.others_givers = _givers_of_other_sums(report, new, named)
        held = reports.get(event.sentence_start_char)
        if _is_flow(report, money, new, article) and (held is None or _fuller(report, held[0])):
            reports[event.sentence_start_char] = _split_by_giver(
                report, new, named) or _split_by_project(report, new) or [report]
    found = [r for told in reports.values() for r in told]
    lead = _priced_by_headline(article, story, mentions, found)
    return [lead, *(r for r in found if r.key[:2] != lead.key[:2])] if lead else found


def _deal_sum(amount: AmountMention, restating: dict[int, AmountMention], text: str
              ) -> AmountMention:
    """The sum a deal is made in: a sum in a currency of the region, restated as it is in one
    with a dollar value, is the restatement (`142 trillion soums (EUR 11 million)`: the local
    sum converts it for readers); not a restatement that rounds or is called an equivalent
    (`1.5 billion tenge (€4.7 million equivalent)`, `(about $124 million)`: a loan in tenge),
    nor one of a sum in a donor's currency (`7.5 million Kuwaiti dinars ($25.5 million)`)."""
    other = restating.get(amount.equivalent.start_char) if amount.equivalent else None
    if other is None or other.approximate or amount.unit not in REGION_CURRENCIES or not (
            converts(other.unit)):
        return amount
    named = text[amount.end_char:other.end_char + EQUIVALENT_REACH]
    return amount if EQUIVALENT.search(named) else other


def _report(article: Article, story: StoryNames, mentions: list[tuple[TextSpan, Organization]],
            position: int, event: Event, new: list[AmountMention]
            ) -> tuple[Report, list[tuple[TextSpan, Organization]]]:
    """The report of an event given its sentence's new sums, and the names its sentence holds
    (mention, organisation)."""
    start, end = event.sentence_start_char, event.sentence_end_char
    named = [(m, o) for m, o in mentions if start <= m.start_char < end]
    names = [(m.start_char - start, m.end_char - start) for m, _ in named]
    names += [d.span() for d in DONOR_NAMES.finditer(event.sentence)]
    return Report(article.id, article.language, article.published, position, event,
                  _sum_of_the_flow(event, new, named), story, tuple(names),
                  parts=tuple(new) if len(new) > 1 else (),
                  before=_pointed_to(article, event)), named


def _priced_by_headline(article: Article, story: StoryNames,
                        mentions: list[tuple[TextSpan, Organization]], found: list[Report]
                        ) -> Report | None:
    """The story's first funding or agreement event, stating no sum, as a report of the one sum
    its headline states (`Bank approves $173 million for roads` over `The bank approved
    financing for the roads`): a short story may tell its sum in its headline only. Not when
    a sentence of the story states that sum or another sum that is no tranche of it (the
    headline's may then be what the works cost), nor when the headline names another flow."""
    heads = story.headline_sums
    if len(heads) != 1 or any(_same_sum(heads[0], s) for s in story.sums) or any(
            r.amount is not None and not r.tranche for r in found):
        return None
    position, event = next((p, e) for p, e in enumerate(article.events)
                           if e.type in REPORTED_TYPES)
    if any(a.id in event.amounts for a in story.sums):
        return None
    report, _ = _report(article, story, mentions, position, event, list(heads))
    flows = {report.flow, story.flow} - {"other", None}
    return report if len(flows) <= 1 and _is_flow(report, list(heads), list(heads),
                                                   article) else None


def _explored(event: Event, amount: AmountMention) -> bool:
    """Whether a sum is what a study will look into funding (`a memorandum to evaluate the scope
    to fund projects worth $300 million`): a word of it before the sum in its clause, and no
    flow word between them (`... and a $5 million loan agreement` is one)."""
    start = event.sentence_start_char
    before = event.sentence[_clause(event, amount)[0] - start:amount.start_char - start]
    found = list(EXPLORATORY.finditer(before))
    return bool(found) and not any(
        pattern.search(before, found[-1].end()) for pattern in FLOW_PATTERNS.values())


def _per_unit(event: Event, amount: AmountMention) -> bool:
    """Whether a sum is what each of several receivers gets (`Each of the 40 villages will
    receive $450,000`, `$2,500 per school`, `получат по $100 тысяч`), or the range the sums of
    flows in the plural fall in (`grants of $20,000 to $30,000`): a share, no project's sum."""
    start = event.sentence_start_char
    begin, end = _clause(event, amount)
    return bool(EACH_BEFORE.search(event.sentence, begin - start, amount.start_char - start)
                or EACH_AFTER.match(event.sentence, amount.end_char - start, end - start)
                or amount.min is not None and PLURAL_FLOW.search(
                    event.sentence, begin - start, amount.start_char - start))


def _split_by_giver(report: Report, sums: list[AmountMention],
                    named: list[tuple[TextSpan, Organization]]) -> list[Report]:
    """One report per sum when a sentence names several givers, each in the clause of its own
    sum (`the IsDB financed three tankers - $42 million, JICA lent $40 million for a depot`) or
    linked to it by `from` (`$120 million from the WB and a $50 million loan from the AIIB`), or
    paired with it by `respectively`; none otherwise. A body the money goes through (`through
    JICA`) gives none of it. A total the sentence tells besides its parts is no report of its
    own (`$46 million, of which $30 million is a loan of A and $10 million a grant of B`), and a
    package whose parts one body and its own fund give stays one (`€16 million: a loan of €8
    million from the EBRD and grants of €8 million from the EBRD Special Fund`). A sum's giver
    is the name linked to it, else the nearest in its clause."""
    event = report.event
    if len(sums) > SPLIT_GIVERS and _one_totals_the_rest(sums):
        total = max(sums, key=lambda a: a.value)
        sums = [a for a in sums if a is not total]
    sums = [a for a in sums if not _receivers_part(event, a, sums)]
    near = _respective(event, sums, named)
    for amount in [] if near else sums:
        clause = _clause(event, amount)
        gaps = [(not _given_by(event, amount, m), min(abs(amount.start_char - m.end_char),
                                                      abs(m.start_char - amount.end_char)), o)
                for m, o in named if clause[0] <= m.start_char < clause[1]
                and o.country not in RECIPIENT_REGION and not _channel(event, m)]
        if gaps:
            near[amount.id] = min(gaps, key=lambda g: g[:2])[2]
    givers = {o.id: o for o in near.values()}
    if len(givers) < SPLIT_GIVERS or _one_family(list(givers.values())):
        return []
    return [replace(report, amount=amount, giver=Actor(
        kind="organization", name=near[amount.id].name, id=near[amount.id].id,
        code=near[amount.id].country), sides={}, keys={}, context=set(), inherited=set(),
                    co_givers=frozenset(o.id for o in near.values()), parts=())
            for amount in sums if amount.id in near]


def _receivers_part(event: Event, amount: AmountMention, sums: list[AmountMention]) -> bool:
    """Whether a part of a sentence's sums is what the receiving state puts in itself, as the
    words up to the next sum say (`$10 million a grant of B and $6 million the contribution of
    the Tajik Government`, `6 млн долларов — вклад Правительства Таджикистана`)."""
    start = event.sentence_start_char
    end = min((a.start_char for a in sums if a.start_char > amount.start_char),
              default=event.sentence_end_char)
    return _regions_share(OWN_SHARE.finditer(event.sentence[amount.end_char - start:end - start]))


def _one_family(orgs: list[Organization]) -> bool:
    """Whether one body's name or acronym opens each other's name: a bank and its own funds
    (`EBRD`, `EBRD Shareholder Special Fund`)."""
    forms = [{o.name, *o.aliases} for o in orgs]
    return any(all(any(n == f or n.startswith(f"{f} ") for f in own for n in other)
                   for other in forms) for own in forms)


def _givers_of_other_sums(report: Report, sums: list[AmountMention],
                          named: list[tuple[TextSpan, Organization]]) -> frozenset[str]:
    """The ids of the event's givers that the sentence links by `from` to another of its sums
    and not to the report's: `a $75 million loan and a $2 million grant from the Fund` (the
    Fund gives the grant; the loan's giver is told elsewhere)."""
    event, own = report.event, report.amount
    if own is None or len(sums) < SPLIT_GIVERS:
        return frozenset()
    linked = {(a.id, o.id) for a in sums for m, o in named if _given_by(event, a, m)}
    return frozenset(a.id for a in event.source if (own.id, a.id) not in linked and any(
        (s.id, a.id) in linked for s in sums))


def _channel(event: Event, mention: TextSpan) -> bool:
    """Whether a name is the channel of a sum, not its giver: `$3 million through JICA`."""
    start = event.sentence_start_char
    return bool(CHANNELLED.search(event.sentence, 0, mention.start_char - start))


def _respective(event: Event, sums: list[AmountMention],
                named: list[tuple[TextSpan, Organization]]) -> dict[str, Organization]:
    """`A, B and C would provide $30 million, $10 million and $20 million respectively`: the
    givers named before the sums, paired with them in order."""
    if not RESPECTIVELY.search(event.sentence) or not sums:
        return {}
    givers: dict[str, Organization] = {}
    for mention, org in sorted(named, key=lambda n: n[0].start_char):
        if mention.start_char < sums[0].start_char and org.country not in RECIPIENT_REGION:
            givers.setdefault(org.id, org)
    if len(givers) != len(sums):
        return {}
    return {amount.id: org for amount, org in zip(sums, givers.values(), strict=True)}


def _split_by_project(report: Report, sums: list[AmountMention]) -> list[Report]:
    """One report per sum when a sentence lists projects, each named in the clause of its own
    sum (`financing for two projects: the Irrigation Project - $16.6 million; and the Safety Net
    Project - $1.8 million`) or each sum followed by its own purpose (`$100 million toward the
    dam and $30 million for the ring road`); none otherwise (`a $87 million loan and a $22.5
    million grant for the programme`), nor when one sum pays for the others' preparation (`$30
    million for the dam and $2 million for its design`)."""
    if len(sums) < SPLIT_GIVERS:
        return []
    clauses = [_clause(report.event, amount) for amount in sums]
    start = report.event.sentence_start_char
    listed = len(set(clauses)) == len(clauses) and all(
        PROJECT_WORD.search(report.text[a - start:b - start]) for a, b in clauses)
    purposed = all(PURPOSE_AFTER.match(report.text, a.end_char - start) for a in sums) and not any(
        PREPARATION_AFTER.match(report.text, a.end_char - start) for a in sums)
    ends = [a.start_char - start for a in sums[1:]] + [len(report.text)]
    named = all(NAMED_PROJECT.search(report.text, a.end_char - start, end)
                for a, end in zip(sums, ends, strict=True))
    if not (listed or purposed or named or _gapped(report, sums, clauses)
            or _bracketed(report, sums)):
        return []
    return [replace(report, amount=amount, listed=True, parts=()) for amount in sums]


def _bracketed(report: Report, sums: list[AmountMention]) -> bool:
    """Whether each sum closes its own bracket after the one it goes to (`the districts of Osh
    ($81,000), Uzgen (region of Osh, $79,000) and Kara-Suu ($77,000)`), none the total of the
    others."""
    start = report.event.sentence_start_char
    opens = [report.text.rfind("(", 0, a.start_char - start) for a in sums]
    after = [a.end_char - start for a in sums]
    return all(BRACKET_CLOSED.match(report.text, end) for end in after) and all(
        prior < at for prior, at in zip([-1, *after], opens, strict=False)) and not (
        _one_totals_the_rest(sums))


def _gapped(report: Report, sums: list[AmountMention], clauses: list[tuple[int, int]]) -> bool:
    """Whether a sentence shares its sums out with the verb said once, each clause after the
    first opening with its sum (`€5 million will go to schools, €15 million – to roads`, `на
    13 млн евро построят больницу, на 6 млн евро – гостиницу`), none the total of the others
    (`$23 million, $15 million of which ...` breaks a sum down)."""
    start = report.event.sentence_start_char
    return len(set(clauses)) == len(clauses) and all(
        LIST_LEAD.fullmatch(report.text, clause[0] - start, amount.start_char - start)
        for clause, amount in zip(clauses[1:], sums[1:], strict=True)) and not (
        _one_totals_the_rest(sums))


def _one_totals_the_rest(sums: Sequence[AmountMention]) -> bool:
    """Whether one of a sentence's sums is the total of the others (`$23 million, $15 million of
    which ... and $8 million ...`)."""
    total = sum(a.value for a in sums)
    return any(_near(2 * a.value, total, ROUNDING_TOLERANCE) for a in sums)


def _given_by(event: Event, amount: AmountMention, mention: TextSpan) -> bool:
    """Whether a name follows a sum as its giver: `$50 million in loans from the AIIB`."""
    start = event.sentence_start_char
    return mention.start_char >= amount.end_char and bool(
        GIVEN_BY.fullmatch(event.sentence[amount.end_char - start:mention.start_char - start]))


def _clause(event: Event, amount: TextSpan | AmountMention) -> tuple[int, int]:
    """The stretch of the text between the commas or semicolons around a sum; a comma before
    `equivalent` (`на сумму, эквивалентную`) ends no clause, nor one inside a number
    (`1,250,000,000`)."""
    start, text = event.sentence_start_char, event.sentence
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(text)
              if not EQUIVALENT.match(text, m.start() + 1)]
    before = max((i for i in breaks if i < amount.start_char - start), default=-1)
    after = min((i for i in breaks if i >= amount.end_char - start), default=len(text))
    return start + before + 1, start + after


def _sum_of_the_flow(event: Event, sums: list[AmountMention],
                     named: list[tuple[TextSpan, Organization]]) -> AmountMention | None:
    """The sum a report states: its first, unless that is what the whole project costs (`The
    total cost is $437.6 million, of which $385.1 million is the bank's loan`: the loan's), or
    another sum stands in a clause with the event's giver (`Uzbekistan will put in €21 million,
    and the bank will lend €185 million`: the bank's), or a later one the commitment was changed
    to (`a loan of $30 million, but later this amount was increased to $50 million`: the
    $50 million)."""
    start = event.sentence_start_char
    revised = [a for a in sums if REVISED.search(event.sentence, 0, a.start_char - start)]
    if revised:
        return revised[-1]
    flows = [a for a in sums if not COST.search(event.sentence[:a.start_char - start])]
    if len(flows) >= BREAKDOWN_SUMS and _one_totals_the_rest(flows):
        # `$20 million of the $50 million is a loan and $30 million a grant`: the whole
        return max(flows, key=lambda a: a.value)
    if len(flows) > 1:
        ids = {a.id for a in event.source if a.kind == "organization"}
        givers = [m.start_char for m, o in named if o.id in ids]
        flows = [a for a in flows if _named_in_clause(event, a, givers)] or flows
    return (flows or sums or [None])[0]


def _named_in_clause(event: Event, amount: AmountMention, offsets: list[int]) -> bool:
    """Whether a name starting at one of the offsets stands in the clause of a sum."""
    begin, end = _clause(event, amount)
    return any(begin <= at < end for at in offsets)


def _fuller(report: Report, held: Report) -> bool:
    """Whether a sentence's report tells more than the one kept for it: a funding event over an
    agreement, then more sides."""
    def weight(r: Report) -> tuple[bool, int]:
        return r.event.type == "funding", len(r.event.source) + len(r.event.target)
    return weight(report) > weight(held)


def _is_flow(report: Report, money: list[AmountMention], new: list[AmountMention],
             article: Article) -> bool:
    """A concrete flow: a new sum, or else a word of what is given (of a loan or grant, for an
    agreement); no running or historical total, share of a sum told, private money, money from
    the country's own budget or company deal."""
    if (money and not new) or HISTORICAL.search(report.text) or PRIVATE.search(report.text) or (
            SUM_BREAKDOWN.match(report.text) or SHARE_OF_SUM.search(report.text)
            or _item_of_a_sum(report, article)
            or _between_companies(report, article)
            or _own_contribution(report.event) or _from_the_budget(report)
            or _own_share(report) or _parts_of_a_sum_told(report, new, article)
            or _memorandum_only(report) or _a_use_told(report)):
        return False
    if new:
        # `three grant agreements totaling $71 million`: a sum over several projects
        return not _limit(report) and not (len(new) == 1 and SEVERAL.search(report.text))
    if CONTENT.search(report.text) or DESCRIPTION.match(report.text) or HABIT.search(
            report.text) or WEIGHED.search(report.text, 0, _trigger_at(report)) or (
            MANY_PROJECTS.search(report.text)):
        return False  # `The project will provide technical assistance`: what it is made of;
        # `The Fund is an agency that gives grants`, `It provides loans to ...`: what the donor
        # does; `will consider financing the hospital`: a flow weighed, not decided; `is
        # financing several key projects`: many, no one
    if report.event.type == "agreement":
        return report.flow in SIGNED_FLOWS
    return report.flow in GIVEN_FLOWS or (
        report.flow == "other" and bool(FINANCING.match(report.event.trigger.text)))


def _trigger_at(report: Report) -> int:
    """Where its event's trigger starts in its sentence."""
    return report.event.trigger.start_char - report.event.sentence_start_char


def _item_of_a_sum(report: Report, article: Article) -> bool:
    """Whether its sentence is an item of a list that a sentence with a sum opens with a colon
    (`The programme's funding is $38.8 million:` / `– a loan of $27 million;` / `– a grant of
    $5.35 million.`): a part of that sum, no project of its own."""
    end = report.event.sentence_start_char
    for _ in range(LIST_ITEMS):  # back over the items before it, each closed by a semicolon
        before = _sentence_before(article.text, end)
        told = before.rstrip()
        if told.endswith(":"):
            return any(end - len(before) <= a.start_char < end and a.kind == "money"
                       for a in article.amounts)
        if told.endswith(";") or not any(c.isalnum() for c in told):
            end -= len(before)  # an item before it, or its own bullet
            continue
        return False
    return False


def _sum_clause(report: Report) -> str:
    """The words of the clause its sum stands in (none without a sum)."""
    if report.amount is None:
        return ""
    start, end = _clause(report.event, report.amount)
    offset = report.event.sentence_start_char
    return report.text[start - offset:end - offset]


def _from_the_budget(report: Report) -> bool:
    """Whether its sum is a country's own public money (`a $21.4 million grant from the state
    budget`, `выделенные из государственного бюджета 40 млн сомов`), said in the sum's clause."""
    return bool(BUDGET.search(_sum_clause(report)))


def _own_contribution(event: Event) -> bool:
    """Whether only a state of the region gives, to no one named: its own share of a project or
    its budget (`Uzbekistan will contribute $32.9 million`), not aid."""
    givers = [a for a in event.source if a.kind != "person"]
    return bool(givers) and not event.target and all(a.code in RECIPIENT_REGION for a in givers)


def _a_use_told(report: Report) -> bool:
    """Whether its sentence tells a use money is put to, as a purpose alone with no giver (`3.
    To pay benefits to 9,000 families (KGS 38 million).`): an item of spending, no flow."""
    return not report.event.source and bool(USE_OF_MONEY.match(report.text))


def _memorandum_only(report: Report) -> bool:
    """Whether its sentence names a memorandum and no deal: what a memorandum of understanding
    states is an intention (`An MoU stating support of $18 million was signed`), no flow; an
    agreement, a loan or a grant beside it is one (`a memorandum and a $5 million loan
    agreement`)."""
    text = report.text
    return bool(MEMORANDUM_SIGNED.search(text)) and not (DEAL_DOCUMENT.search(text) or any(
        FLOW_PATTERNS[flow].search(text) for flow in SIGNED_FLOWS))


def _limit(report: Report) -> bool:
    """Whether its sum is a limit a programme sets on its loans, said in the sum's clause (`the
    maximum per project is $2 million`)."""
    return bool(LIMIT.search(_sum_clause(report)))


def _parts_of_a_sum_told(report: Report, new: list[AmountMention], article: Article) -> bool:
    """Whether its sentence says what a sum told before it is made of (`The DPO comprises a
    $250 million loan and a $150 million loan` after `a $400 million DPO`; `IDA will allocate
    $120 million and IBRD $30 million` right after `a $150 million loan`): its sums add up to
    an earlier sum of the story, said to make it up or given in the sentence right before (not
    as what the project costs: its financiers' shares are flows). A loan and a grant it is
    made of stay a report, as the package they make (see Report.package); sums each of its own
    project are those projects, the earlier sum their total (see _split_by_project)."""
    if len(new) < SPLIT_GIVERS or report.package or _split_by_project(report, new):
        return False
    total = sum(a.value for a in new)
    start = report.event.sentence_start_char
    made_up = bool(COMPOSITION.search(report.text))
    if not made_up and ADDITION.search(report.text):
        return False  # `The bank also approved ...`: more money, not the parts of that told
    since = 0 if made_up else start - len(_sentence_before(article.text, start))
    return any(a.kind == "money" and a.unit == new[0].unit and since <= a.start_char < start
               and _near(a.value, total, ROUNDING_TOLERANCE)
               and (made_up or not COST.search(article.text[since:a.start_char]))
               for a in article.amounts)


def _own_share(report: Report) -> bool:
    """Whether its sum is the share a state of the region puts in itself, said in the sum's
    clause (`including a $10 million contribution of the Tajik Government`, `Uzbekistan's share
    of $5 million`, `вклад правительства Таджикистана`) or opening the item of a list of a
    project's sources (`• доля Республики Таджикистан – $3 млн`)."""
    opening = OWN_SHARE.match(LIST_ITEM.sub("", report.text, count=1).lstrip())
    return _regions_share([*OWN_SHARE.finditer(_sum_clause(report)),
                           *([opening] if opening else [])])


def _regions_share(matches: Iterable[re.Match[str]]) -> bool:
    """Whether any OWN_SHARE match names a state of the region as whose share a sum is."""
    return any(country_code(word) in RECIPIENT_REGION for m in matches for word in m.groups()
               if word)


def _between_companies(report: Report, article: Article) -> bool:
    """Whether the giving side is only companies (a commercial deal, no official flow)."""
    kinds = {o.id: o for o in article.organizations}
    givers = [a for a in report.event.source if a.kind != "person"]
    return bool(givers) and all(
        a.id and kinds[a.id].kind == "organization" and _is_company(kinds[a.id].name)
        for a in givers)


def _is_company(name: str) -> bool:
    """A name with a company's legal form that is no known donor (`World Bank Group`, `Islamic
    Development Bank Group` are)."""
    words = name.lower().replace(",", " ").split()
    return bool(words) and _known_donor(name) is None and (
        words[-1] in COMPANY_WORDS or words[0] in COMPANY_WORDS)


def build_projects(reports: list[Report], registry: list[RegistryEntry]) -> list[Project]:
    """The run's projects from its reports, ordered by id."""
    entries = {(m.article_id, m.organization_id): e for e in registry for m in e.stories}
    for report in reports:
        givers = [report.giver] if report.giver else [
            a for a in report.event.source if a.id not in report.others_givers]
        takers = [a for a in report.event.target if a.id not in report.co_givers]
        for role, actors in (("donor", givers), ("recipient", takers)):
            report.sides[role], report.keys[role] = _parties(report, actors, entries)
        _region_receives(report)
    stories: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        stories[report.article_id].append(report)
    for told in stories.values():
        _sides_from_the_story(told, entries)
        _flow_of_the_story(told)
        _sector_of_the_story(told)
    priced = {r.article_id for r in reports if r.amount}
    reports = sorted((r for r in reports if _stands(r, priced)), key=lambda r: r.key)
    groups = _merge(reports)
    projects = [_project(members, evidence) for members, evidence in groups]
    return _link_envelopes(sorted(projects, key=lambda p: p.id))


def _flow_of_the_story(reports: list[Report]) -> None:
    """Give a report whose sum is the rest of what its story told (`The remaining $30 million
    will go to the road`) the one flow type the story's reports name, when they name only one:
    the rest of loans is a loan (a further sum, `also sent $2 million`, may be another flow);
    and a report that names no flow the one a sentence of its donor names for the whole
    financing, no sum of its own (`The financing is provided as grants.` over `$50 million goes
    to the first project`)."""
    flows = {r.flow for r in reports if r.flow != "other"}
    if len(flows) != 1:
        return
    flow = flows.pop()
    givers = set().union(*(_donor_keys(r) for r in reports if r.flow == flow and not r.amount))
    for report in reports:
        if REMAINDER.search(_sum_clause(report)) or (
                report.flow == "other" and _donor_keys(report) & givers):
            report.story_flow = flow


def _donor_keys(report: Report) -> set[str]:
    """The keys of a report's donor that stories in either language share."""
    return _across_languages(report.keys.get("donor", set()))


def _across_languages(keys: set[str]) -> set[str]:
    """The keys that stories in either language share: known donors and countries, not a
    story's own registry ids."""
    return {k for k in keys if not k.startswith("org:")}


def _sector_of_the_story(reports: list[Report]) -> None:
    """Give the reports of a story that tells one project (one donor, one sum however often
    stated) the one sector its sentences name, to those that name none (`The fund will provide
    $100 million over 25 years` under `the housing programme`)."""
    sectors = {r.own_sector for r in reports if r.own_sector}
    sums = {_sum(r.amount) for r in reports if r.amount}
    donors = {frozenset(_donor_keys(r)) for r in reports}  # (a known donor under two names)
    if len(sectors) == 1 and len(sums) <= 1 and len(donors) == 1:
        sector = sectors.pop()
        for report in reports:
            report.story_sector = sector


def _stands(report: Report, priced: set[str]) -> bool:
    """Whether a report can be a project: one with a sum or a quoted name, or one naming a side
    that is a loan, grant or delivery, or the only financing its story tells (`co-financed by
    the ADB`, beside a story's priced loan, is no project of its own; a sentence of terms is
    none either)."""
    if report.amount or report.name:
        return True
    if TERMS.search(report.text) and report.article_id in priced:
        return False  # `The loan is provided for 25 years, at 1.5 percent per annum`
    return any(report.keys.values()) and (
        report.flow != "other" or report.article_id not in priced)


def _parties(report: Report, actors: list[Actor], entries: dict[tuple[str, str], RegistryEntry]
             ) -> tuple[dict[str, Party], set[str]]:
    """A side's parties (people left out) by their key (a known donor's across languages), and
    the keys that name it: registry ids, country codes and known donors (`donor:adb`)."""
    parties: dict[str, Party] = {}
    keys: set[str] = set()
    for actor in actors:
        if actor.kind == "country" and actor.code:
            party = Party(kind="country", name=country_name(actor.code) or actor.name,
                          code=actor.code)
            key = actor.code
        elif actor.kind == "organization" and actor.id and not _organ(actor.name):
            key, party, named = _organization(report.article_id, actor.id, actor, entries)
            keys |= named
            if party.code and STATE_GOVERNMENT.match(party.name):  # `German government`: Germany
                party = Party(kind="country", name=country_name(party.code) or party.name,
                              code=party.code)
                key = party.code
        else:
            continue
        keys |= {k for k in (party.id, party.code) if k}
        parties.setdefault(key, party)
    return parties, keys


def _sides_from_the_story(reports: list[Report], entries: dict[tuple[str, str], RegistryEntry]
                          ) -> None:
    """Give a report whose sentence leaves a side unnamed the side its story names: the donor
    or recipient its other reports name most (`The loan will be repaid over 25 years`; a
    recipient of the region first, and the country the story gives to before a recipient of
    its other reports outside the region), else the one development bank or agency the story
    names, or the country it gives to (see _receiving_country)."""
    story = reports[0].story
    organizations = [_organization(reports[0].article_id, org, None, entries)
                     for org in story.organizations]
    for report in reports:
        report.context = set(story.countries).union(*(keys for _, _, keys in organizations))
    for role in ("donor", "recipient"):
        named = Counter(key for r in reports for key in r.sides[role])
        parties = {key: party for r in reports for key, party in r.sides[role].items()}
        for report in reports:
            if report.sides[role]:
                continue
            code = _receiving_country(story, organizations, report) if role == "recipient" else (
                None)
            if named and not (code in RECIPIENT_REGION and all(
                    parties[k].code not in RECIPIENT_REGION for k in named)):
                key = max(named, key=lambda k: (parties[k].code in RECIPIENT_REGION, named[k]))
                side = {key: parties[key]}
            elif role == "donor":
                side = _story_donor(report, organizations)
            else:
                side = {code: Party(kind="country", name=country_name(code) or code,
                                    code=code)} if code else {}
            if side:
                report.sides[role] = side
                report.keys[role] = {k for key, p in side.items() for k in (key, p.id, p.code)
                                     if k}
                report.inherited.add(role)


def _story_donor(report: Report, organizations: list[tuple[str, Party, set[str]]]
                 ) -> dict[str, Party]:
    """The one development bank or agency a report's story names, else the one of them its
    sentence names (`With a loan of $96 million, the EBRD sets a benchmark`, in a story that
    also names the European Union's standards)."""
    known = [(org, key, party) for org, (key, party, _) in zip(
        report.story.organizations, organizations, strict=True) if key.startswith("donor:")]
    for found in (known, [k for k in known if k[0] in report.event.organizations]):
        if len({key for _, key, _ in found}) == 1:
            return {found[0][1]: found[0][2]}
    return {}


def _receiving_country(story: StoryNames, organizations: list[tuple[str, Party, set[str]]],
                       report: Report) -> str | None:
    """The country a story gives to: the one its events give to most, else take place in most,
    else its organisations belong to most, else (of the region) its text names most; a country
    of the region before any other, never the donor's."""
    givers = {p.code for p in report.sides["donor"].values()}
    sources = (story.receivers, story.places, [p.code for _, p, _ in organizations], story.named)
    for wanted in (RECIPIENT_REGION, None):
        for named in sources:
            codes = Counter(c for c in named if c and c not in givers
                            and (wanted is None or c in wanted))
            if codes:
                return max(codes, key=lambda c: codes[c])
    return None


def _region_receives(report: Report) -> None:
    """A party of the region the analysts follow (a Central Asian country, or an organisation of
    one) that stands on the giving side beside a partner (`Uzbekistan and the ADB signed a loan
    agreement`, `Tajikistan and China signed a grant agreement`), or opposite a known donor or
    a partner's government as a body (`Tajikistan signed a loan agreement with the ADB`, `an
    agreement between the Kyrgyz cabinet and the Government of Japan`, a loan agreement between
    the Government of Tajikistan and a state outside the region; a country may receive too), is
    the receiving side."""
    donors, takers = report.sides["donor"], report.sides["recipient"]
    lent = report.flow == "loan"
    if donors and takers and all(p.code in RECIPIENT_REGION for p in donors.values()) and all(
            k.startswith("donor:") or (p.code not in RECIPIENT_REGION and (
                (p.kind == "organization" and _gives(p)) or (p.kind == "country" and lent)))
            for k, p in takers.items()):
        # `Turkmenistan signed a $700 million loan agreement with the IsDB`: the lender gives
        report.sides["donor"], report.sides["recipient"] = takers, donors
        report.keys["donor"], report.keys["recipient"] = (
            report.keys["recipient"], report.keys["donor"])
        return
    region = [k for k, p in donors.items() if p.code in RECIPIENT_REGION]
    if region and len(region) < len(donors):
        for key in region:
            report.sides["recipient"].setdefault(key, donors.pop(key))
            report.keys["recipient"] |= {k for k in (key, report.sides["recipient"][key].id,
                                                     report.sides["recipient"][key].code) if k}
        report.keys["donor"] = {k for key, p in donors.items() for k in (key, p.id, p.code) if k}


def _organization(article_id: str, org_id: str, actor: Actor | None,
                  entries: dict[tuple[str, str], RegistryEntry]) -> tuple[str, Party, set[str]]:
    """A story's organisation as a party, its key (a known donor's across languages) and the
    keys that name it: its registry id, its country, the known donor it is (`donor:adb`)."""
    entry = entries.get((article_id, org_id))
    name = entry.name if entry else (actor.name if actor else org_id)
    forms = (entry.name, *entry.aliases) if entry else (name,)
    known = next((k for k in map(_known_donor, forms) if k), None)
    # a known donor's country is the table's: none for a multilateral bank, whatever country
    # the stories naming it speak of (`EBRD` in Mongolia is no Mongolian body)
    code = (actor and actor.code) or (known[1] if known else (entry and entry.country))
    party = Party(kind="organization", name=known[2] if known else name,
                  id=entry.id if entry else None, code=code)
    key = f"donor:{known[0]}" if known else (party.id or name)
    return key, party, {k for k in (key, party.id, code) if k}


def _known_donor(name: str) -> tuple[str, str | None, str] | None:
    """The known donor a name is, or the organ of (`World Bank Board of Directors`, `Совет
    исполнительных директоров Всемирного банка`), its name and acronym together too: key,
    country, English name."""
    folded = name.casefold()
    if folded in KNOWN_DONORS:
        return KNOWN_DONORS[folded]
    for match in DONOR_NAMES.finditer(folded):
        rest = (folded[:match.start()] + " " + folded[match.end():]).split()
        donor = KNOWN_DONORS.get(match.group())
        if donor and all(word in ORGAN_WORDS or KNOWN_DONORS.get(word) == donor for word in rest):
            return donor  # `Азиатский фонд развития АБР`: the window its own acronym names
    return None


def _organ(name: str) -> bool:
    """A body's organ that does not say whose (`Board of Executive Directors`): no party of
    its own, as it acts for the body its story names."""
    return all(word in ORGAN_WORDS for word in name.casefold().split())


def _named(report: Report) -> set[str]:
    """The keys of both sides of a report: `A and B signed` may put either side first."""
    return report.keys.get("donor", set()) | report.keys.get("recipient", set())


def _shared(a: Report, b: Report, role: str) -> tuple[set[str], set[str], set[str]]:
    """The keys of a side in two reports, and those they share; stories in two languages are
    compared by countries and known donors only, as their registry entries differ."""
    ka, kb = a.keys.get(role, set()), b.keys.get(role, set())
    if a.language != b.language:
        ka, kb = _across_languages(ka), _across_languages(kb)
    return ka, kb, ka & kb


def _agree(a: Report, b: Report) -> bool:
    """Whether nothing of two reports disagrees: donor, recipient, flow type, year, phase,
    project name (in one language: a name and its translation differ), sum. A side a report
    takes from its story is too weak to disagree. One sum of three or more significant digits
    (`$248.4 million`, not `$240 million`) outweighs a flow type told otherwise (a loan the
    other report calls financing), and with one donor a recipient told otherwise too (a place
    taken for the recipient), and years apart (a grant signed and its equipment delivered two
    years on); a tranche of a commitment its story states may be paid out years after it. A
    sum its story calls one more (`Another 5 million euro`) is no sum told before it there."""
    if a.article_id == b.article_id and (_another(a) or _another(b)):
        return False
    distinct = _distinct(a.amount) and _distinct(b.amount)
    paid_out = bool(a.amount and b.amount) and _part_and_whole(a, b) is not None
    if (a.year and b.year and abs(a.year - b.year) > YEARS_APART and not paid_out and not (
            distinct and _same_sum(a.amount, b.amount))) or (
            a.phase and b.phase and a.phase != b.phase) or (
            a.name and b.name and a.name != b.name and a.language == b.language) or (
            a.amount and b.amount and not (_sums_agree(a, b) or paid_out)):
        return False
    if distinct and _shared(a, b, "donor")[2]:
        return True
    return _sides_agree(a, b) and (distinct or _kindred(a, b))


def _another(report: Report) -> bool:
    """Whether its sentence calls its sum one more of its kind (`another $5 million`)."""
    if report.amount is None:
        return False
    before = report.text[:report.amount.start_char - report.event.sentence_start_char]
    return bool(ANOTHER.search(before))


def _sides_agree(a: Report, b: Report) -> bool:
    """Whether the donors and the recipients of two reports may be the same: shared, one named
    in the other's story, or one too weak to disagree (taken from the story, a company against
    a country)."""
    for role in ("donor", "recipient"):
        ka, kb, shared = _shared(a, b, role)
        weak = role in a.inherited | b.inherited or (
            role == "recipient" and _company_and_country(ka, kb))
        if ka and kb and not shared and not (ka & _named(b) or kb & _named(a) or weak):
            return False
    return True


def _kindred(a: Report, b: Report) -> bool:
    """Whether the flow types of two reports may be one project's: the same, one untold
    (`other`), one of a package the other states (`a loan of €8 million and a grant of €10.6
    million` and `a grant agreement for €18.6 million`), or a grant agreement signed, or a grant
    its report says buys equipment, and the equipment it buys (`signed a grant agreement`,
    `the ambulances will be handed over`), no sector telling them apart; or a loan and an
    investment of one sum (`the loan amounted to 50 billion tenge` and `the bank invests 50
    billion tenge`)."""
    if a.flow == b.flow or "other" in (a.flow, b.flow) or a.flow in b.flows or b.flow in a.flows:
        return True
    if {a.flow, b.flow} == LENT_OR_INVESTED:
        return bool(a.amount and b.amount)  # (_agree: the sums agree)
    grant = a if a.flow == "grant" else b
    return {a.flow, b.flow} == GRANT_IN_KIND and (
        grant.event.type == "agreement" or grant.buys_equipment) and (
        None in (a.sector, b.sector) or a.sector == b.sector)


def _company_and_country(ka: set[str], kb: set[str]) -> bool:
    """Whether one side is only organisations (no known donor) and the other only countries:
    a company of no stated country and the country another report names as receiving (`a $10
    million loan to a juice maker` and `to Uzbekistan`) do not disagree."""
    kinds = {frozenset(k.partition(":")[0] if ":" in k else "country" for k in keys)
             for keys in (ka, kb)}
    return kinds == {frozenset({"org"}), frozenset({"country"})}


def _digits(amount: AmountMention | None) -> int:
    """The significant digits of a sum: 4 for `$248.4 million` and `1 млрд 87 млн`, 1 for `$50
    million` and `$500 million` (a trailing zero rounds); 0 with no sum."""
    return _significant(amount.value) if amount else 0


@lru_cache(maxsize=4096)
def _significant(value: float) -> int:
    """The significant digits a number is written with (cached: a run compares its sums often)."""
    return len(f"{abs(value):.12g}".replace(".", "").strip("0"))


def _distinct(amount: AmountMention | None) -> bool:
    """A sum written with three or more significant digits (`$248.4 million`, `$6.36 million`):
    two reports of it are one project far more often than two of `$100 million` are."""
    return _digits(amount) >= DISTINCT_DIGITS


def _compare(a: Report, b: Report) -> list[str] | None:
    """What two reports share, or None when something of them disagrees or too little agrees
    to call them one project."""
    if a.key == b.key or not _agree(a, b):
        return None
    matched = []
    for role in ("donor", "recipient"):
        shared = _shared(a, b, role)[2]
        if shared:
            matched.append(f"{role} {min(shared)}")
    sides = len(matched)
    for role in ("donor", "recipient") if not sides else ():
        named_there = _told(a, b, role) or _told(b, a, role)
        if named_there:
            matched.append(f"{role} {named_there} named in the other story")
    told = len(matched) > sides
    sums = bool(a.amount and b.amount)
    added = False
    if sums and _same_sum(a.amount, b.amount):
        matched.append(f"amount {_sum(a.amount)} ~ {_sum(b.amount)}")
    elif sums and (pair := _part_and_whole(a, b)):
        part, whole = pair
        matched.append(f"tranche {_sum(part.amount)} of one commitment with {_sum(whole.amount)}")
    elif sums:
        whole, parts = (a, b) if _adds_up(b, a) else (b, a)
        matched.append(f"amount {_sum(whole.amount)} ~ "
                       + " + ".join(_sum(p) for p in parts.package))
        added = _distinct(whole.amount)  # parts adding up to `€18.6 million` tell it apart
    named = bool(a.name and a.name == b.name)
    if named:
        matched.append("name")
    purpose = _purpose(a, b)
    matched += purpose
    same_year = bool(a.year and a.year == b.year)
    if same_year:
        matched.append(f"year {a.year}")
    same_story = a.article_id == b.article_id
    if same_story:
        matched.append("same story")
    distinct = _distinct(a.amount) and _distinct(b.amount) or added
    echoed = None if same_story else _echoed(a, b)
    if echoed:
        matched.append(f"also {echoed} in both stories")
    tied = same_year or purpose or same_story or echoed or min(
        _digits(a.amount), _digits(b.amount)) > ROUND_DIGITS
    if sums and (distinct or (sides or told) and tied or purpose and a.flow == b.flow != "other"):
        return matched
    if named:
        return matched
    if not sums and a.flow == b.flow and purpose and sides == 2 and not _sites_apart(a, b):
        return matched
    if not sums and same_story and sides and _kindred(a, b):
        return matched  # `The loan will finance ...` after the sentence that states it
    return None


def _sites_apart(a: Report, b: Report) -> bool:
    """Whether each report names where its project is and the two name no place in common
    (`rehabilitation of the road section X-Y` and `... section Z-W`): words alike, other sites."""
    return bool(a.sites and b.sites) and not a.sites & b.sites


def _echoed(a: Report, b: Report) -> str | None:
    """A further sum both stories state beside the reports' own (`$500 million` and `$20
    million` in each), or a figure (`240 villages` and `240 сел`): two stories of one
    announcement."""
    for x in (s for s in a.story.sums if not (a.amount and _same_sum(s, a.amount))):
        for y in (s for s in b.story.sums if not (b.amount and _same_sum(s, b.amount))):
            if _same_sum(x, y):
                return _sum(x)
    shared = a.story.figures & b.story.figures
    return f"figure {min(shared):g}" if shared else None


def _told(a: Report, b: Report, role: str) -> str | None:
    """A key of a side of `a` that `b`'s story names, in a side or anywhere (`Kazakhstan was the
    biggest beneficiary`: the story of the other report says who gives)."""
    keys = a.keys.get(role, set())
    if a.language != b.language:
        keys = _across_languages(keys)
    return min(keys & b.context, default=None)


def _purpose(a: Report, b: Report) -> list[str]:
    found = []
    if a.sector and a.sector == b.sector:
        found.append(f"sector {a.sector}")
    found += [f"place {p}" for p in sorted(a.places & b.places)]
    if a.language == b.language and len(a.words & b.words) >= SHARED_WORDS:
        found.append("words " + ", ".join(sorted(a.words & b.words)))
    return found


def _part_and_whole(a: Report, b: Report) -> tuple[Report, Report] | None:
    """(part, whole) when one report's sum is one of the equal parts the other's sentence pays
    its sum out in (in any story: `four stages of $25 million` and `the first $25 million`),
    or a part of the other's sum that its own story states (`the first $25 million of the
    Fund's $100 million` and another outlet's `$100 million loan`), or a tranche of the
    other's, a larger sum of its story (`a first tranche of €4 million` of `€29.8 million`),
    or both are tranches of one story; else None."""
    for part, whole in ((a, b), (b, a)):
        if _instalment_of(part, whole) or _part_told(part, whole):
            return part, whole
    part, whole = (a, b) if a.part else (b, a)
    tranche = part.part and part.article_id == whole.article_id and (whole.tranche or _larger(
        whole.amount, part.amount))
    return (part, whole) if tranche else None


def _instalment_of(part: Report, whole: Report) -> bool:
    """Whether a report's sum is one of the equal parts another report's sum is paid in."""
    return part.amount is not None and any(_same_sum(s, part.amount) for s in whole.instalments)


def _part_told(part: Report, whole: Report) -> bool:
    """Whether a report of another story tells its sum as a part of a larger commitment its
    story states, the other report's sum."""
    return part.article_id != whole.article_id and part.part and _larger(
        whole.amount, part.amount) and any(_same_sum(s, whole.amount) for s in part.story.sums)


def _larger(a: AmountMention, b: AmountMention) -> bool:
    """Whether one sum is larger than another, in one currency or both in dollars."""
    if a.unit == b.unit:
        return a.value > b.value
    return a.usd is not None and b.usd is not None and a.usd > b.usd


def _sums_agree(a: Report, b: Report) -> bool:
    """Whether two reports' sums agree, one's parts adding up to the other's whole (`a loan of
    $87 million and a grant of $22.5 million` and `$109.5 million`) included."""
    return _same_sum(a.amount, b.amount) or _agree_in_its_year(a, b) or _adds_up(a, b) or (
        _adds_up(b, a))


def _agree_in_its_year(a: Report, b: Report) -> bool:
    """Two sums in two currencies, one with no dollar value as its story gives no date: converted
    in the year the other report gives, they agree within what a year's rates differ by."""
    x, y = a.amount, b.amount
    if x.unit == y.unit or (x.usd is None) == (y.usd is None):
        return False
    dated, bare = (a, b) if x.usd is not None else (b, a)
    if dated.year is None:
        return False
    usd, _ = in_usd(bare.amount.value, bare.amount.unit, None, dt.date(dated.year, 7, 1))
    return usd is not None and _near(usd, dated.amount.usd, YEAR_RATE_TOLERANCE)


def _adds_up(parts: Report, whole: Report) -> bool:
    """Whether the sums of one report's sentence add up to the other's sum, in its unit."""
    values = [p.value for p in parts.package if p.unit == whole.amount.unit]
    return len(values) == len(parts.package) > 1 and _near(sum(values), whole.amount.value,
                                                            ROUNDING_TOLERANCE)


def _sum(amount: AmountMention) -> str:
    if amount.usd is not None:
        return f"{amount.usd:.0f} USD"
    return f"{amount.value:g} {amount.unit}"


def _same_sum(a: AmountMention, b: AmountMention) -> bool:
    """Whether two sums agree: in one currency, once the more precise is rounded to the digits
    of the other (`$233.1 million` and `$233 million`, not `$238 million`), or with three or
    more digits each, one cut where the other rounds (`€185.19 million` and `€185.18 million`);
    in two, in dollars within what the exchange rates of two days differ by. A sum said to be
    approximate (`around $20 million`, `some $12 million`) may round a few per cent more."""
    hedged = HEDGED_TOLERANCE if a.approximate or b.approximate else 0
    if a.unit == b.unit:
        step = max(_last_digit(a), _last_digit(b))
        truncated = _distinct(a) and _last_digit(a) == _last_digit(b) and abs(
            a.value - b.value) <= step * (1 + ROUNDING_TOLERANCE)  # `185.19` cut to `185.18`
        return (truncated or round(a.value / step) == round(b.value / step)) and _near(
            a.value, b.value, max(ROUNDING_TOLERANCE, hedged))
    if a.usd is None or b.usd is None:
        return False
    stated = a.usd_basis == b.usd_basis == "stated"
    return _near(a.usd, b.usd, max(ROUNDING_TOLERANCE if stated else RATE_TOLERANCE, hedged))


def _near(x: float, y: float, tolerance: float) -> bool:
    return abs(x - y) <= tolerance * max(abs(x), abs(y))


def _last_digit(amount: AmountMention) -> float:
    """The place of the last significant digit a sum is written with: 1e6 for `$233 million`,
    1e7 for `$240 million` (a trailing zero rounds), 1e5 for `$233.1 million` and for
    `18,600,000`."""
    digits = _digits(amount)
    if not amount.value or not digits:
        return 1
    return 10 ** (math.floor(math.log10(abs(amount.value))) - digits + 1)


def _candidates(reports: list[Report]) -> set[tuple[int, int]]:
    """The pairs of reports that could be one project, so that a run of thousands compares
    only those: two reports merge only when their sums agree (within rounding, as parts and
    their whole, or as a sum and the equal parts it is paid in), by one quoted name, as one
    story's, or, where one tells no sum, by the donor, recipient and flow type they share and
    their purpose (a sector, a place or words); a sum with no dollar value (a story with no
    date) is compared with every report of its donor."""
    blocks: dict[tuple[str, object], list[int]] = defaultdict(list)  # every pair of members
    loose: dict[tuple[str, object], list[int]] = defaultdict(list)  # pairs with an _unpriced
    for i, report in enumerate(reports):
        for block in _blocks(report):
            blocks[block].append(i)
        donors, takers = report.keys.get("donor", set()), report.keys.get("recipient", set())
        cues = [("sector", report.sector), *(("place", p) for p in report.places),
                *(("word", w) for w in report.words)]
        for block in [*(("donor", d) for d in donors), *(
                ("sides", (d, r, report.flow, cue)) for d in donors for r in takers
                for cue in cues if cue[1])]:
            loose[block].append(i)
    pairs = {(a, b) for members in blocks.values() for a, b in combinations(members, 2)}
    for (kind, _), members in loose.items():
        odd = [i for i in members if _unpriced(reports[i], kind)]
        pairs |= {(min(i, j), max(i, j)) for i in odd for j in members if i != j}
    return pairs


def _unpriced(report: Report, block: str) -> bool:
    """Whether a report is compared with every other of its block: of its sides, flow and a
    purpose (`sides`) when it tells no sum, of its donor (`donor`) when its sum has no dollar
    value."""
    if block == "sides":
        return report.amount is None
    return report.amount is not None and report.amount.usd is None


def _blocks(report: Report) -> list[tuple[str, object]]:
    """The blocks a report falls in: its story, its quoted name, and two neighbouring bins (in
    its currency and in dollars, so that any two sums a few per cent apart share one) of its
    sum, of each equal part its sentence pays it in, of the total of the parts its sentence
    breaks it into, and, for a part of a larger commitment, of each sum its story states."""
    found: list[tuple[str, object]] = [("story", report.article_id)]
    found += [("name", report.name)] if report.name else []
    sums = [report.amount, *report.instalments] if report.amount else []
    sums += list(report.story.sums) if report.amount and report.part else []
    for amount in sums:
        found += _bins(amount.unit, amount.value) + _bins("usd", amount.usd)
    units = {p.unit for p in report.package}
    if len(units) == 1:
        found += _bins(units.pop(), sum(p.value for p in report.package))
    return found


def _bins(unit: str, value: float | None) -> list[tuple[str, object]]:
    """The two neighbouring bins of a sum (see SUM_BIN)."""
    if not value or value <= 0:
        return []
    step = math.floor(math.log(value) / math.log(1 + SUM_BIN))
    return [("sum", (unit, step)), ("sum", (unit, step + 1))]


def _merge(reports: list[Report]) -> list[tuple[list[Report], list[MergeEvidence]]]:
    """Groups of reports of one project, each with its merges' evidence: the pairs with most
    agreeing first, a pair joining two groups only when no pair across them disagrees. A report
    with no sum joins its own story's project before any other (`the loan will also finance
    ...` and `parliament ratified the loan agreement for the "School Project"` are the loan
    its story prices)."""
    pairs = []
    for i, j in sorted(_candidates(reports)):
        matched = _compare(reports[i], reports[j])
        if matched is not None:
            own = reports[i].article_id == reports[j].article_id and (
                reports[i].amount is None or reports[j].amount is None)
            pairs.append((not own, -len(matched), i, j, matched))
    group = list(range(len(reports)))
    members = {i: [i] for i in group}
    evidence: dict[int, list[tuple[int, int, list[str]]]] = {i: [] for i in group}
    for _, _, i, j, matched in sorted(pairs):
        gi, gj = group[i], group[j]
        if gi == gj or not _compatible(reports, members[gi], members[gj]):
            continue
        for k in members[gj]:
            group[k] = gi
        members[gi] += members.pop(gj)
        evidence[gi] += evidence.pop(gj) + [(i, j, matched)]
    out = []
    for root, indices in members.items():
        order = sorted(indices)
        where = {index: n for n, index in enumerate(order)}
        out.append(([reports[k] for k in order], [
            MergeEvidence(reports=[where[i], where[j]], matched=matched)
            for i, j, matched in sorted(evidence[root])]))
    return out


def _compatible(reports: list[Report], left: list[int], right: list[int]) -> bool:
    """Whether no report of one group disagrees with a report of the other; a report with no
    sum and no name (`money meant for equipment`) disagrees only on its sides, as its flow type
    is all it tells and a guess."""
    return all(_agree(a, b) or ((_bare(a) or _bare(b)) and _sides_agree(a, b))
               for a, b in ((reports[i], reports[j]) for i in left for j in right))


def _bare(report: Report) -> bool:
    """A report with no sum and no name of its own."""
    return report.amount is None and not report.name


def _project(reports: list[Report], evidence: list[MergeEvidence]) -> Project:
    """One project from its reports: the most advanced status and its date, the sum of the
    report that states one most advanced (a whole commitment before its tranche, an exact sum
    before an approximate one), the sides every report names."""
    lead = max(reports, key=lambda r: (STATUSES.index(r.status), r.amount is not None))
    priced = max((r for r in reports if r.amount), key=lambda r: (
        not r.tranche and not any(_instalment_of(r, w) for w in reports),
        STATUSES.index(r.status), not r.amount.approximate), default=None)
    sectors = [r.sector for r in reports if r.sector]
    sector = max(sectors, key=sectors.count) if sectors else None
    donor, recipient = _sides(reports)
    flow = _flow(reports)
    amount = priced.amount if priced else None
    first = reports[0]
    return Project(
        id="prj:" + hashlib.sha1(first.seed.encode()).hexdigest()[:ID_DIGITS],
        title=_title(reports, donor, recipient, flow, amount), donor=donor,
        recipient=recipient, flow_type=flow,
        amount=Money(value=amount.value, unit=amount.unit, usd=amount.usd) if amount else None,
        status=lead.status, date=lead.date, sector=sector,
        sector_code=SECTORS[sector][0] if sector else None,
        envelope=any(r.envelope for r in reports) and amount is not None,
        reports=[r.as_record() for r in reports], evidence=evidence)


def _into_a_body(reports: list[Report]) -> bool:
    """Whether the reports' recipients are bodies only, no country (`an investment of $1 million
    in the Valley Microfinance Bank`): a stake an aid agency takes, where one it `invests` in a
    country's farms it gives."""
    parties = [p for r in reports for p in r.sides["recipient"].values()]
    return bool(parties) and all(p.kind == "organization" for p in parties)


def _flow(reports: list[Report]) -> str:
    """The flow type most reports name (on a tie, equipment over the grant that buys it, and a
    grant any report says buys equipment is that equipment; then
    the one a report of the sum names over one a sentence on what the money does names: a loan
    that `will also fund training`; and equipment that banks and funds that lend finance is the
    loan that buys it, and what an aid agency that gives invests a grant); else the one
    the headline names for the story's first sum, or the one its story names for a rest;
    `other` for a debt written off; else, for a sum that is no envelope of several
    projects, a loan when every known donor is a bank or fund that lends, and a grant when every
    donor is a government or its aid agency (see _gives), but for a stake in a body (see
    _into_a_body)."""
    known = {k.removeprefix("donor:") for r in reports for k in r.keys.get("donor", ())
             if k.startswith("donor:")}
    lent = bool(known) and known <= LENDERS
    flows = [r.flow for r in reports if r.flow != "other"]
    priced = {r.flow for r in reports if r.amount}
    if flows:
        flow = max(flows, key=lambda flow: (flows.count(flow), flow == "equipment",
                                            flow in priced))
        if flow == "investment" and known and known <= GRANT_ONLY and not _into_a_body(reports):
            return "grant"  # what an aid agency `invests` it gives: `USAID will invest $4 million`
        if flow == "grant" and any(r.flow == "grant" and r.buys_equipment for r in reports):
            return "equipment"  # a grant that buys equipment is aid in kind
        return "loan" if flow == "equipment" and lent else flow  # a bank lends what buys it
    if any(DEBT_RELIEF.search(r.text) for r in reports):
        return "other"  # a debt written off
    told = next((r.headline_flow for r in reports if r.headline_flow), None) or next(
        (r.story_flow for r in reports if r.story_flow), None)
    if told or any(r.envelope for r in reports):
        return told or "other"
    if lent:
        return "loan"
    donors = [p for r in reports for p in r.sides.get("donor", {}).values()]
    return "grant" if donors and all(map(_gives, donors)) else "other"


def _gives(party: Party) -> bool:
    """Whether a donor gives rather than lends unless told otherwise: a country, its government
    or one of its aid agencies."""
    known = _known_donor(party.name)
    return party.kind == "country" or (known[0] in GIVERS if known else (
        party.code not in RECIPIENT_REGION and GOVERNMENT_NAME.search(party.name) is not None))


def _sides(reports: list[Report]) -> tuple[list[Party], list[Party]]:
    """Donors and recipients of every report, once each, named as an English report names them.
    A party some report makes a recipient is no donor (`Uzbekistan and JICA signed a loan`),
    nor is a legislature that ratifies the deal, a body of a receiving country (`China Exim and
    the Ministry of Finance of the Kyrgyz Republic signed`) or a state's borrowing body named
    without its country (`Министерство финансов`), and a donor's own country no recipient, nor
    its state's known donor (`Japan` through `JICA`), and the one donor left no recipient too
    (`Baiterek will attract a loan from the EIB`); an organisation and a country of the same
    code stay both donors (`JICA`, Japan)."""
    seen: dict[str, dict[str, Party]] = {"donor": {}, "recipient": {}}
    for report in sorted(reports, key=lambda r: r.language != "en"):
        for role, side in seen.items():
            for key, party in report.sides.get(role, {}).items():
                side.setdefault(key, party)
    donors, recipients = seen["donor"], seen["recipient"]
    if len(donors) > 1:
        takers = {p.code for p in recipients.values() if p.kind == "country"}
        donors = {k: p for k, p in donors.items() if k not in recipients and not (
            p.kind == "organization" and (LEGISLATURE.search(p.name) or p.code in takers or (
                p.code is None and BORROWER.search(p.name))))} or donors
    own = {p.code for p in donors.values() if p.kind == "organization" and p.code}
    states = {p.code for p in donors.values() if p.code}
    kept = {k: p for k, p in recipients.items() if k not in donors
            and not (p.kind == "country" and p.code in own)
            and not (k.startswith("donor:") and p.code in states)}
    return list(donors.values()), list(kept.values())


def _title(reports: list[Report], donor: list[Party], recipient: list[Party], flow: str,
           amount: AmountMention | None) -> str:
    """`JICA loan to Uzbekistan for the upgrade of a heat plant ($266.4 million)`: the purpose
    from the first English report that states one outside a name (`Saudi Fund for
    Development`)."""
    named = next((r for r in reports if r.name), None)
    if named:
        match = QUOTED_NAME.search(named.text)
        head = match.group(1).strip() if match else ""
    else:
        kind = flow.replace("_", " ") if flow != "other" else "aid"
        head = " ".join(filter(None, (
            " and ".join(p.name for p in donor[:2]), kind,
            "to " + " and ".join(p.name for p in recipient[:2]) if recipient else "")))
        purpose = next((m for r in reports if r.language == "en" for m in _purposes(r)), None)
        if purpose:
            words = purpose.group(0)
            head += " " + (words if len(words) <= PURPOSE_WORDS else
                           words[:PURPOSE_WORDS].rsplit(" ", 1)[0] + "…")
    if amount is not None:
        head += f" ({_money_text(amount)})"
    return head[0].upper() + head[1:]


def _purposes(report: Report) -> Iterator[re.Match[str]]:
    """The purpose phrases of a report's own words, each from a purpose word outside a name:
    the `for` of `Fund for Development` is passed over, not taken with the rest of its clause
    (`... to build the plant`)."""
    at = _own_part(report)
    while match := PURPOSE.search(report.text, at):
        if not any(s <= match.start() < e for s, e in report.names):
            yield match
        at = match.start() + 1


def _own_part(report: Report) -> int:
    """Where a report's own words start: at its sum when its sentence lists several projects,
    each sum with its purpose after it; else at the sentence's start."""
    if report.listed and report.amount is not None:
        return report.amount.start_char - report.event.sentence_start_char
    return 0


def _money_text(amount: AmountMention) -> str:
    if amount.usd is not None:
        return f"${amount.usd / 1e6:,.1f} million"
    return f"{amount.value:,.0f} {amount.unit or ''}".strip()


def _link_envelopes(projects: list[Project]) -> list[Project]:
    """Each project reported as part of an envelope (`under the country programme`) of its
    donor, and smaller than it, links to it."""
    envelopes = [p for p in projects if p.envelope]
    out = []
    for project in projects:
        home = next((e for e in envelopes if e is not project and _within(project, e)), None)
        out.append(project.model_copy(update={"part_of": home.id}) if home else project)
    return out


def _within(project: Project, envelope: Project) -> bool:
    said = any(PART_OF.search(r.sentence) for r in project.reports)
    donors = {p.id or p.code for p in project.donor} & {p.id or p.code for p in envelope.donor}
    smaller = (project.amount is None or envelope.amount is None or project.amount.usd is None
               or envelope.amount.usd is None or project.amount.usd < envelope.amount.usd)
    return said and bool(donors) and smaller and not project.envelope
