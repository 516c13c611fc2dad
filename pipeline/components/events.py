"""Events: what happened or is planned (seven types), read from the dependency parse.

A sentence carries an event when a trigger (a verb, or an event noun) appears with the
arguments that make it that type: `signed a memorandum` (agreement), `held talks` (meeting),
`handed over equipment` (funding), ... The trigger's clause decides the mode: realis (it
happened or is happening), scheduled (`will`, `is due to`, `is expected to`: the event plus a
`plan`), intended (`plans to`, `aims to`, `pledged to`: a `plan` only), or none at all
(negated, `would`, in quotation marks, a belief, a purpose infinitive).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from itertools import pairwise

from spacy.attrs import IS_ALPHA, POS
from spacy.language import Language
from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from pipeline.components.amounts import AmountSpan, singular
from pipeline.components.dates import DateSpan
from pipeline.components.doctext import doc_text
from pipeline.components.organizations import OrgEntity, is_people_noun
from pipeline.components.roles import ActorRef, SentenceActors, event_roles
from pipeline.components.upstream import declare, upstream
from pipeline.lexicon import alternation
from pipeline.lexicon.calendar import YEAR
from pipeline.lexicon.events import (
    AGREEMENT_ARG_VERBS,
    AGREEMENT_NOUNS,
    AGREEMENT_VERBS,
    AID_NOUNS,
    ANNOUNCED_FLOWS,
    ATTEND_VERBS,
    ATTENDED_GATHERINGS,
    BACKING_VERBS,
    BENEFICIARY_NOUNS,
    BENEFIT_VERBS,
    BODY_FOUNDING_VERBS,
    BUILT_FIGURES,
    BUILT_NOUNS,
    BUYING_VERBS,
    CALL_NOUNS,
    CALL_PAYING_VERBS,
    CAMEO,
    CHANCE_NOUNS,
    CLOSING_VERBS,
    COMMODITIES,
    CONSENT_NOUNS,
    CONSTRUCTION_NOUNS,
    CONSTRUCTION_VERBS,
    CONTENT_VERBS,
    COUNTED_GOODS_VERBS,
    COURSE_NOUNS,
    COURSE_TAKING,
    COURSE_VERBS,
    CREDENTIAL_VERBS,
    CREDENTIALS,
    CREDIT_FORMS,
    DEAL_LETTERS,
    DEAL_MAKING_VERBS,
    DEAL_NOUNS,
    DEAL_OBJECTS,
    DEAL_TERMS,
    DEBT_RELIEF_VERBS,
    DEBTS,
    DELEGATION_LEADS,
    DELIVERED_NOT_GOODS,
    DISCUSSION_VERBS,
    DISPATCH_VERBS,
    DOING_VERBS,
    DONOR_AID,
    EFFECT_SUBJECTS,
    EFFECT_VERBS,
    ENGAGED_VERBS,
    ENVISAGE_VERBS,
    EVENT_CEREMONIES,
    FACILITY_NOUNS,
    FINANCIAL_CLOSE,
    FLOW_MEASURES,
    FOUNDING_NOUNS,
    FUNDING_ALWAYS,
    FUNDING_WITH_AID,
    GIVING_NOUNS,
    GIVING_VERBS,
    GOODS_NOUNS,
    GOODS_VERBS,
    GOODWILL_VERBS,
    HELD_MEETING_NOUNS,
    HELPING_VERBS,
    INVITING_VERBS,
    JUDGED_ROLES,
    LAID_NOUNS,
    LAUNCH_VERBS,
    LEARNING_VERBS,
    LENDING_BODIES,
    LENT_NOUNS,
    LISTED_AID,
    LISTED_DOCUMENTS,
    MEETING_HOLD_VERBS,
    MEETING_NOUNS,
    MONEY_PORTIONS,
    NAMED_SCHEMES,
    NOT_BUILT,
    NOT_LAUNCHED,
    OPENING_CEREMONIES,
    OPENING_VERBS,
    OPERATION_NOUNS,
    PACKAGED_AID,
    PAID_SUPPORT,
    PARTAKE_VERBS,
    PARTICULAR_QUANTIFIERS,
    PEOPLE_ACTIVITY,
    PEOPLE_INTAKE,
    PEOPLE_MOBILITY,
    PEOPLE_SELF_ACTIVITY,
    PERSONNEL_VERBS,
    PHASE_NOUNS,
    PLEASED_WORDS,
    PLEDGED_MONEY,
    PLURAL_MEETINGS,
    POINTERS,
    POSTED_WORK,
    POWER_GRIDS,
    PRIVATE_MONEY,
    PROGRAMME_NOUNS,
    PROJECT_FLOWS,
    PROJECT_NOUNS,
    PROPERTY_VERBS,
    PROSPECT_NOUNS,
    PROVIDED_NOT_GOODS,
    PURPOSE_NOUNS,
    REACHED_VERBS,
    READINESS_NOUNS,
    READY_WORDS,
    REALIZING_VERBS,
    RESTORING_VERBS,
    SEALING_NOUNS,
    SENDING_NOUNS,
    SENT_PROFESSIONALS,
    SETTING_PREPS,
    SHARE_NOUNS,
    SHOWING_VERBS,
    SIGNED_ALONE,
    SIGNING_LEMMAS,
    SKILL_NOUNS,
    SPENDING_VERBS,
    SPENT_MONEY,
    SPOKEN_DEEDS,
    START_VERBS,
    STATE_NOUNS,
    STOCK_FLOWS,
    SUM_NOUNS,
    SUPPORT_GIVING,
    SUPPORT_NOUNS,
    TALKING_SIDES,
    TENDER_NOUNS,
    TENDER_VERBS,
    TERM_VERBS,
    THANKS_WORDS,
    TOTAL_VERBS,
    TRADE_NOUNS,
    TRAINING_NOUNS,
    TRIP_MAKING_VERBS,
    TRIP_NOUNS,
    TRIP_VERBS,
    TYPED_CEREMONIES,
    UNDECIDED_WORDS,
    UNDER_DISCUSSION,
    UNDER_WAY_BUILD,
    UNDER_WAY_PLAN,
    UNPAID_SUPPORT,
    UNVEIL_VERBS,
    URGING_FOR_VERBS,
    URGING_VERBS,
    UTILITY_WORDS,
    VIEWS,
    VISIT_TRIP_VERBS,
    VISITING_VERBS,
    VOICING_VERBS,
    VOLUNTEER_WORK,
    VOLUNTEERING,
    WEB_PAGES,
    WEIGHING_VERBS,
    WELCOME_GIVING_VERBS,
    WISH_VERBS,
    WISHED_TIES,
    WITH_THEME_VERBS,
    WORK_GROUPS,
)
from pipeline.lexicon.grammar import (
    BELIEF_VERBS,
    CONDITION_MARKS,
    DECIDING_MODALS,
    FUTURE_ADVERBS,
    FUTURE_MODALS,
    HOPE_WORDS,
    INTENDING_NOUNS,
    INTENT_FRAMES,
    INTENT_NOUNS,
    PROMISE_VERBS,
    PURPOSE_FRAMES,
    READER_WORDS,
    READYING_FRAMES,
    REPORT_VERBS,
    SCHEDULE_FRAMES,
    SEQUENCE_PREPOSITIONS,
    SPEAKER_PRONOUNS,
    STRONG_MODALS,
    TARGET_PREPS,
    UNDER_WAY_WORDS,
    WEAK_MODALS,
)
from pipeline.lexicon.institutions import CLASSIFIERS, FINAL_HEADS
from pipeline.lexicon.people import (
    COLLECTIVE_NOUNS,
    GUEST_NOUNS,
    PEOPLE_NOUNS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
)
from pipeline.lexicon.places import CAPITALS, DEMONYMS
from pipeline.lexicon.projects import DONORS
from pipeline.lexicon.text import LIST_ITEM
from pipeline.names import country_of, outside_names
from pipeline.schema import ISO_LENGTH, DateSource, EventType

# --------------------------------------------------------------------------- patterns
AUX_DEPS = frozenset({"aux", "auxpass"})
ORG_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE"})
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})  # the tagger may take a country for a people
FIGURES = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL"})  # `will be $8 million`
DONOR_FORMS = frozenset(form for _, _, forms in DONORS.values() for form in forms)
TRIGGER_POS = frozenset({VERB, AUX, NOUN, PROPN})  # the parts of speech a trigger can be
SAME_TIME = re.compile(r"\b(?:the same|that) (day|month|year)\b", re.IGNORECASE)
UPPER_PLACE_BEFORE_DATE = re.compile(r"^\s*[A-Z][A-Z .'-]*[A-Z]\s*,\s*(?:[A-Z][a-z]+\s*,\s*)?$")
PLACE_BEFORE_DATE = re.compile(r"^\s*[A-Z][A-Za-z .'-]*[A-Za-z]\s*,\s*(?:[A-Z][a-z]+\s*,\s*)?$")
# A wire's dateline may be a date before its source and a dash, maybe after its place in
# capitals: `Jan 17 (Interfax) -`, `OSH. Jan 17 (Pamir Wire) -`
WIRE_PLACE = re.compile(r"\s*(?:[A-Z][A-Z'-]*(?:\s[A-Z][A-Z'-]*)*\s*[.,]\s*)?")
SOURCE_AFTER_DATE = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:--|[-–—])\s")
RETROSPECTIVE = re.compile(r"\b(?:previously|formerly|earlier|in the past|in previous years)\b",
                           re.IGNORECASE)
# `Of these, 2,310 were employed in ...` breaks down the previous sentence's figure: same period
BREAKDOWN = re.compile(r"^\s*(?:of|among) (?:these|them|those|which|this number)\b", re.IGNORECASE)
# `In particular, the bank financed ...` tells more of the happening the last sentence dated
ELABORATION = re.compile(r"^\s*(?:in particular|specifically|in addition|additionally|moreover|"
                         r"furthermore|notably|for example|for instance)\b", re.IGNORECASE)
PARAGRAPH = re.compile(r"\n\s*\n")
UNDECIDED_TEXT = re.compile(rf"\b(?:{alternation(UNDECIDED_WORDS)}|yet)\b", re.IGNORECASE)
OPEN_CLAUSE_DEPS = ("ccomp", "advcl", "xcomp", "csubj")  # what an open word leaves undecided
# Every noun that may trigger an event (see _noun_candidates and _plan_noun): others are skipped.
NOUN_TRIGGERS = (LENT_NOUNS | CREDIT_FORMS | GIVING_NOUNS | CONSTRUCTION_NOUNS | MEETING_NOUNS
                 | INTENT_NOUNS | TRIP_NOUNS | OPENING_CEREMONIES
                 | SENDING_NOUNS | DEAL_NOUNS | CALL_NOUNS | READINESS_NOUNS | SEALING_NOUNS
                 | frozenset({"signing", "groundbreaking", "ceremony", "training", "invitation",
                              "interest", "table", "aid", "assistance", FINANCIAL_CLOSE[1]}))
# Every word for a gathering that is held: `the forum was opened` holds it.
GATHERINGS = MEETING_NOUNS | HELD_MEETING_NOUNS | ATTENDED_GATHERINGS
# Gatherings that are a meeting by being held or taking place (a ceremony is what it marks).
HELD_GATHERINGS = (MEETING_NOUNS | HELD_MEETING_NOUNS) - {"ceremony"}
# what a counted object delivered is when it is no goods: a course, a gathering, a project, words
NOT_HANDED_GOODS = (COURSE_NOUNS | TRAINING_NOUNS | GATHERINGS | PROJECT_NOUNS
                    | DELIVERED_NOT_GOODS)
BACK_REFERENCES = frozenset({"this", "that", "these", "those", "the"})  # `this training`
# Nouns of happenings a later sentence refers back to (`during the visit`), not things
# (`the tunnel`, `those credit lines`), which last beyond the day they were news.
HAPPENING_NOUNS = MEETING_NOUNS | COURSE_NOUNS | frozenset(
    {"trip", "tour", "mission", "event", "exhibition", "festival", "campaign", "signing"})
COPULAS = frozenset({"be", "become", "remain", "stay", "seem", "appear"})
# Verbs whose purpose infinitive reports an event of its own: a trip made to attend a meeting,
# a document signed to provide aid.
SERVED_PURPOSES = ((TRIP_VERBS, "meeting"), (AGREEMENT_VERBS, "funding"),
                   (SPENDING_VERBS, "construction"))
RESULT_DEPS = frozenset({"ccomp", "oprd", "xcomp", "acomp"})  # `make it harder`, `make X safer`
MODIFIER_DEPS = frozenset({"compound", "npadvmod", "amod", "nmod"})  # words inside a noun phrase
SPEECH_ENDS = frozenset({".", ",", "!", "?", "…", ":"})  # `“We will open it in May,” he said`
FIRST_PERSON = frozenset({"i", "we", "our", "us", "my", "me"})
SENTENCE_ENDS = frozenset({".", "!", "?"})
QUOTED_NAME_WORDS = 12  # words of a quoted name at most: a longer quotation is speech

# --------------------------------------------------------------------------- limits
NOUN_PHRASE_DEPTH = 8  # noun phrases nest a few levels at most
CLAUSE_DEPTH = 6  # clauses and the frames over them nest a few levels at most
TITLE_CAP_SHARE = 0.6  # titles capitalise most of their words; prose far fewer
HEADING_MAX_WORDS = 10  # a heading glued to the next paragraph is short
TRIGGER_MAX_TOKENS = 4  # a longer trigger (`signing of a memorandum`) is cut to its head word
ITEM_NAME_WINDOW = 6  # a list item names its document in its first words (`- a loan agreement`)


class Mode(Enum):
    """How the clause presents its event."""

    REALIS = "realis"
    SCHEDULED = "scheduled"
    INTENDED = "intended"
    NONE = "none"


@dataclass(frozen=True)
class Candidate:
    """A typed trigger found in a sentence, before modality is applied."""

    type: EventType
    start: int
    end: int
    anchor: Token
    mode: Mode


# --------------------------------------------------------------------------- helpers
def lemma(token: Token) -> str:
    """Lower-cased lemma."""
    return token.lemma_.lower()


def _unhyphened(token: Token) -> str:
    """The word the tokenizer split at its hyphen, ending in `token`, written whole
    (`ground-breaking` → `groundbreaking`); else the token's lower-cased text."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[
            i - 1].whitespace_:
        return doc[i - 2].lower_ + token.lower_
    return token.lower_


def _args(verb: Token) -> list[Token]:
    """The verb's core nominal arguments (object, passive subject, attribute)."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr", "dative", "oprd")
             and c.tag_ not in ("WDT", "WP")]
    if lemma(verb) in WITH_THEME_VERBS:  # `provided Tajikistan with loans`: what is given
        found.extend(g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                     for g in c.children if g.dep_ == "pobj")
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        found.append(verb.head)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive and not any(c.dep_ == "nsubjpass" for c in verb.children):
        # the parser lost the passive subject: take the nouns before the verb instead
        found.extend(t for c in verb.lefts for t in c.subtree if t.pos_ == "NOUN")
        if verb.dep_ == "xcomp":  # `the plant is scheduled to be commissioned`: the controller
            found.extend(c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    return found


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _noun_lemmas(token: Token) -> set[str]:
    """Lemmas of a noun phrase head and its compounds / `of` complements (`units of equipment`);
    none of a name's words (`the Green Climate Fund` is no fund given), but a gathering the
    tagger took for a body is one (`the Forum of Exporters was held`)."""
    if _is_round_table(token):
        return {"roundtable"}  # `a round table on trade`, `the Business Round Table`: a meeting
    if token.pos_ == "PROPN" and token.ent_type_ == "ORG" and token.lower_ not in MEETING_NOUNS:
        return set()
    out = {lemma(token), token.lower_}
    if lemma(token) in PROSPECT_NOUNS:
        return out  # `investment opportunities`: a chance of money, none given
    if token.pos_ == "PROPN":
        out.add(singular(token))  # `ten Patrol Boats`: the tagger keeps a capitalised plural
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod") and not (
                child.pos_ == "PROPN" and child.ent_type_ == "ORG"):  # `an IMF Fund delegation`
            out.update({lemma(child), child.lower_})
        elif child.dep_ == "prep" and child.lower_ in ("of", "under"):
            out.update(lemma(g) for g in child.children if g.dep_ == "pobj")
            for pobj in child.children:
                out.update(lemma(c) for c in pobj.children if c.dep_ == "compound")
    if lemma(token) == "package" and (contents := _of_objects(token)) and not any(
            _noun_lemmas(c) & (AID_NOUNS | GOODS_NOUNS) or c.ent_type_ == "MONEY"
            for c in contents):
        out.discard("package")  # `a package of documents`, `of measures`: no aid
    if "supply" in out and any(c.dep_ == "compound" and lemma(c) in UTILITY_WORDS
                               for c in token.children):
        out -= {"supply", "supplies"}  # `a steady power supply`: a service, no goods
    return out


def _is_round_table(token: Token) -> bool:
    """`a round table`, `the Business Round Table`: a meeting, though a table is a thing."""
    return token.lower_ == "table" and any(
        c.dep_ in ("compound", "amod") and c.lower_ == "round" for c in token.children)


def _is_people(token: Token) -> bool:
    if is_people_noun(token):
        return True
    if token.lower_.removesuffix("s") in DEMONYMS and token.tag_ in ("NNS", "NNPS") and (
            _has_count(token)):
        return True  # `3,825 Uzbeks`: a head count of a nation's people
    if lemma(token) not in COLLECTIVE_NOUNS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        lemma(g) in PEOPLE_NOUNS for g in c.children) for c in token.children)


def _has_count(token: Token) -> bool:
    return any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in token.children)


def _subtree_span(token: Token) -> tuple[int, int]:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def _money_in(money: list[int], start: int, end: int) -> bool:
    """Whether a sum starts between the character offsets `start` and `end`."""
    i = bisect_left(money, start)
    return i < len(money) and money[i] < end


def _money_under(token: Token, money: list[int]) -> bool:
    start, end = _subtree_span(token)
    return _money_in(money, start, end)


def _is_guest(token: Token) -> bool:
    """A named person, or an envoy, official or delegation (GUEST_NOUNS): who pays and
    receives visits and calls."""
    return token.ent_type_ == "PERSON" or lemma(token) in GUEST_NOUNS


def _hosts_guests(verb: Token) -> bool:
    """`China hosted the leaders of five states`, `the ministry hosted a delegation`: a host
    receiving envoys or officials meets them, as `received` does (not `hosted 300 tourists`)."""
    return any(_is_guest(o) for o in verb.children if o.dep_ == "dobj")


def _plain_ceremony(subject: Token | None) -> bool:
    """`The handover ceremony took place`, `a welcome ceremony was held`: a ceremony held that
    marks no signing, opening, groundbreaking or handing over of its own (`_ceremony_kind`) is
    a meeting of those who hold it; ceremonies held everywhere are a custom (`ceremonies were
    held in all schools`)."""
    return subject is not None and subject.lower_ == "ceremony" and not any(
        lemma(c) in EVENT_CEREMONIES or _unhyphened(c) in EVENT_CEREMONIES
        for c in subject.children) and _ceremony_kind(subject) is None


def _gathering_before(subject: Token | None) -> bool:
    """`It was held on May 18`, `It took place in Osh`: a pronoun that stands for the gathering
    the sentence before names (`a conference`, `the forum`), not its ceremony."""
    if subject is None or subject.lower_ not in ("it", "they") or subject.sent.start == 0:
        return False
    before = subject.doc[subject.sent.start - 1].sent
    return any(t.pos_ in ("NOUN", "PROPN") and lemma(t) in HELD_GATHERINGS for t in before)


def _has_prt(verb: Token, word: str) -> bool:
    """`handed over`: the particle is a child, or (when the parser misplaced it) the next word."""
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == word for c in verb.children) or (
        nxt is not None and nxt.lower_ == word and nxt.tag_ == "RP")


CLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj", "xcomp", "relcl", "parataxis", "punct", "cc"})


def _money_after(verb: Token, money: list[int]) -> bool:
    """A sum in the verb's own clause, after it (`invested more than USD 3 bn`)."""
    return any(_money_under(c, money) for c in verb.rights if c.dep_ not in CLAUSE_DEPS)


def _is_definite_reference(noun: Token) -> bool:
    """`the meeting` refers back; `the CIET-2024 conference` or `a meeting` is a new event."""
    det = next((c for c in noun.children if c.dep_ in ("det", "poss")), None)
    if det is None or det.lower_ not in ("the", "this", "that", "its", "their"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.ent_type_ in ("GPE", "LOC", "FAC", "ORG") for g in c.children)
            for c in noun.children):
        return False  # `at its annual meeting in Cyprus`, `in the city hall of Osh`: placed,
        # it is told for the first time
    if any(c.dep_ == "prep" and c.lower_ in ("between", "with") for c in noun.children):
        return False  # `during the meeting between the minister and ...`, `at the meeting with
        # the governor`: its sides named
    if {c.lower_ for c in noun.children if c.dep_ == "prep"} >= {"of", "to"}:
        return False  # `following the visit of the President to Abu Dhabi`: who went where
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and _is_guest(g) for g in c.children) for c in noun.children):
        return False  # `the state visit of Korean President ...`, `after the talks of the
        # fund's regional manager ...`: told with who made it
    if _placed_in_time(noun):
        return False  # `yesterday at the cabinet meeting`: dated, it is told for the first time
    return not any(c.dep_ in ("compound", "nmod", "amod") and (c.pos_ in ("PROPN", "NUM")
                   or c.like_num or c.text[:1].isupper()) for c in noun.children)


def _placed_in_time(noun: Token) -> bool:
    """A meeting that is the dated setting of what the clause tells: `at the cabinet meeting on
    Friday`, `yesterday at the government meeting the president said`."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in SETTING_PREPS:
        return False
    return any(t.ent_type_ == "DATE" for t in noun.subtree) or any(
        (c.ent_type_ == "DATE" and c.dep_ in ("npadvmod", "advmod")) or (
            c.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in c.children))
        for c in prep.head.children if c is not prep)


# --------------------------------------------------------------------------- triggers
def _verb_candidates(verb: Token, money: list[int]) -> list[tuple[EventType, Token]]:
    """Types a verb triggers given its arguments; the second item is the trigger's end token."""
    lem, args = lemma(verb), _args(verb)
    arg_lemmas = set().union(*(_noun_lemmas(a) for a in args)) if args else set()
    found: list[tuple[EventType, Token]] = []
    if lem in AGREEMENT_VERBS and not _has_prt(verb, "up") and not _signs_alone(verb, args):
        found.append(("agreement", verb))
    # a loan a verb secures or wins is funding; signed, it is an agreement too
    documents = AGREEMENT_NOUNS if lem in AGREEMENT_VERBS else AGREEMENT_NOUNS - {"loan"}
    documented = bool((arg_lemmas | _subject_lemmas(verb)) & documents) or any(
        _programme_of_ties(a) for a in args)  # the passive subject among them
    if (lem in AGREEMENT_ARG_VERBS and documented) or (lem == "agree" and _came_to_agree(verb)) or (
            lem == "enter" and _entered_into_deal(verb)) or (
            lem in DEAL_MAKING_VERBS and _deal_made(verb)) or _wins_tender(lem, arg_lemmas):
        found.append(("agreement", verb))
    if _is_meeting_verb(verb, lem, arg_lemmas):
        found.append(("meeting", verb))
    kind = _start_kind(verb, lem, args)
    if kind:
        found.append((kind, next((c for c in verb.children if c.dep_ == "prt"), verb)))
    elif lem in UNVEIL_VERBS and any(_is_new_project(a) for a in args):
        found.append(("launch", verb))  # `announced a new five-year health project`
    if _is_building(verb, lem, arg_lemmas, args):
        found.append(("construction", verb))
    if _is_commissioning(verb, lem, arg_lemmas):
        found.append(("launch", verb))
    if _is_funding_verb(verb, lem, args, arg_lemmas, money) or _funded_with(verb, money):
        found.append(("funding", verb))
    if _is_personnel_verb(verb, lem, args):
        found.append(("personnel", verb))
    return found


def _wins_tender(lem: str, arg_lemmas: set[str]) -> bool:
    """`won the tender`, `was awarded the bid`: a contract's party chosen, no aid given."""
    return lem in TENDER_VERBS and bool(arg_lemmas & TENDER_NOUNS)


def _signs_alone(verb: Token, args: list[Token]) -> bool:
    """`signed a decree`, `a letter signed by the President`: a document one side signs alone
    (the noun the participle describes, else the object), no deal; not a letter of intent or
    a mandate letter (see DEAL_LETTERS)."""
    signed = verb.head if verb.dep_ == "acl" else next(iter(args), None)
    if signed is not None and signed.dep_ == "pobj" and signed.head.lower_ == "of":
        signed = signed.head.head  # `a letter of prayer signed by ...`: the letter is signed
    if signed is None or lemma(signed) not in SIGNED_ALONE:
        return False
    return lemma(signed) != "letter" or not any(
        lemma(t) in DEAL_LETTERS for c in signed.children if c.dep_ in ("prep", "compound")
        for t in (c, *c.children))


def _entered_into_deal(verb: Token) -> bool:
    """`entered into a memorandum of understanding`: concluded it; not an agreement that
    `entered into force` (took effect)."""
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(
        _noun_lemmas(g) & AGREEMENT_NOUNS for g in c.children) for c in verb.children)


def _came_to_agree(verb: Token) -> bool:
    """`the sides agreed that ...`, `agreed on the terms`, `agreed with the Commission`: parties
    came to an agreement; `agreed to build` announces what they intend (a plan of its verb), `I
    agree that ...` gives an opinion, and `agreed with the assessment` shares one."""
    subject = _subject(verb)
    if verb.tag_ not in ("VBD", "VBN") or (subject is not None and subject.lower_ in ("i", "you")):
        return False
    if any(c.dep_ == "det" for c in verb.children):
        return False  # `The agreed upon funds will ...`: a word that qualifies a thing
    return any((c.dep_ == "ccomp" and _decided(c)) or (c.dep_ == "prep" and (
        (c.lower_ in ("on", "upon") and not any(g.ent_type_ == "DATE" for g in c.children))
        or (c.lower_ == "with" and any(g.ent_type_ in ORG_LABELS for g in c.children))))
        for c in verb.children)  # `agreed on Saturday to ...` names a day, not the terms


def _decided(clause: Token) -> bool:
    """What parties agreed that ... is a decision when it tells what will be done (`agreed that
    China would send doctors`, `that the bank is to lend`, `that the sides meet in May`), not a
    view they share (`agreed that trade matters most`, `that ties have grown`)."""
    return clause.tag_ == "VB" or any(  # a modal, or the bare verb of a resolution: `be held`
        (c.dep_ == "aux" and c.lower_ in DECIDING_MODALS) or (
            c.dep_ in ("aux", "auxpass") and c.tag_ == "VB") for c in clause.children) or (
        lemma(clause) == "be" and any(  # `is to lend`
            c.dep_ == "xcomp" and c.tag_ == "VB" for c in clause.children))


def _is_new_project(noun: Token) -> bool:
    """`a new five-year HIV project`: a project, programme or fund called new, or a scheme
    given its name (`the Green Valley initiative`)."""
    if lemma(noun) not in PROJECT_NOUNS or noun.dep_ != "dobj" or _is_lent(noun):
        return False
    return any(c.dep_ == "amod" and c.lower_ == "new" for c in noun.children) or (
        lemma(noun) in NAMED_SCHEMES and any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                             for c in noun.children))


def _is_lent(noun: Token) -> bool:
    """A loan, grant or credit, or a facility, line or package of one or of aid (`two new loan
    facilities`, `a credit line`, `a line of credit`, `an aid package`): money lent or given,
    not a project set up."""
    if lemma(noun) in LENT_NOUNS:
        return True
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    return lemma(noun) in CREDIT_FORMS and any(
        lemma(t) in LENT_NOUNS | PACKAGED_AID for t in compounds + _of_objects(noun))


def _pays_for_works(noun: Token) -> bool:
    """`financing for the construction of a plant`, `the financing of a solar project`: money
    whose purpose building works or a project name, no sum needed."""
    return any(c.dep_ == "prep" and c.lower_ in ("for", "of") and any(
        lemma(g) in CONSTRUCTION_NOUNS | PROJECT_NOUNS | BUILT_NOUNS for g in c.children)
        for c in noun.children)


def _subject_lemmas(verb: Token) -> set[str]:
    subj = _subject(verb)
    return _noun_lemmas(subj) if subj is not None else set()


def _attended_by_guests(verb: Token) -> bool:
    """`It was attended by representatives of the ministries`, `The iftar was attended by the
    ambassador`: what envoys, ministers or delegations attend is a meeting (not `it was attended
    by students`)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and subject.ent_type_ != "PERSON" and any(
        lemma(g) in GUEST_NOUNS for c in verb.children if c.dep_ == "agent"
        for g in c.children if g.dep_ == "pobj")


def _is_meeting_verb(verb: Token, lem: str, arg_lemmas: set[str]) -> bool:
    if lem == "meet":
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            # `the offensive was met with escalation`: a reaction, unless people meet
            objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                    for g in c.children if g.dep_ == "pobj"]
        return not objs or any(_is_people(o) or o.ent_type_ in ORG_LABELS
                               or lemma(o) in GUEST_NOUNS for o in objs)  # `his counterpart`
    if lem == "visit":  # not `visit our website`: a page is read, not visited in person
        return not _counted_professionals(verb) and (verb.tag_ != "VBG" or verb.dep_ != "pcomp"
                or verb.head.lower_ in SEQUENCE_PREPOSITIONS) \
            and not arg_lemmas & WEB_PAGES and not any(
                t.like_url for c in verb.children if c.dep_ == "dobj" for t in c.subtree)
    if lem == "address":  # `addressed the forum`: spoke at it; not `addressed the concerns`
        return _object_in(verb, MEETING_NOUNS - {"ceremony"})
    if lem in MEETING_HOLD_VERBS:
        if lem == "have":  # `had talks`; not `has a reception desk`
            arg_lemmas = {lemma(a) for a in verb.children if a.dep_ == "dobj"}
        return bool(arg_lemmas & HELD_GATHERINGS) or (
            lem in ATTEND_VERBS and bool(arg_lemmas & ATTENDED_GATHERINGS)) or (
            lem == "attend" and _attended_by_guests(verb)) or (
            lem == "host" and _hosts_guests(verb)) or (
            lem == "hold" and (_gathering_before(_subject(verb)) or _plain_ceremony(
                next((c for c in verb.children if c.dep_ == "nsubjpass"), None))))
    if lem in WELCOME_GIVING_VERBS and _has_object(verb, "welcome"):
        # `gave a warm welcome to the president`, `accorded a ceremonial welcome to the
        # delegation`: a host receiving guests; not a welcome to readers or to a new law
        return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
            _is_guest(g) for g in c.children) for c in (*verb.children, *(
                g for o in verb.children if o.dep_ == "dobj" for g in o.children)))
    if lem in CALL_PAYING_VERBS and _has_object(verb, "call"):  # `paid a courtesy call on`
        return True
    if lem == "call":  # `called on the Speaker`; not `called on the sides to act`
        return not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(_is_guest(g) for g in c.children)
            for c in verb.children)
    if lem == "exchange":  # `the sides exchanged views`: they held talks
        return _object_in(verb, VIEWS) and _are_sides(_subject(verb) or _controller(verb))
    if lem in CREDENTIAL_VERBS and arg_lemmas & CREDENTIALS:  # `presented his credentials`
        return any(_is_guest(c) for c in verb.children
                   if c.dep_ in ("nsubj", "nsubjpass", "agent"))
    if lem == "take" and _has_object(verb, "place"):  # `the conference took place in May`,
        # `the session is scheduled to take place next week`
        subject = _subject(verb) or _controller(verb)
        return subject is not None and bool(
            _noun_lemmas(subject) & HELD_GATHERINGS) or (
            _gathering_before(subject)) or _plain_ceremony(subject)
    if lem in ("receive", "welcome"):  # a host receiving guests, or a guest received
        guests = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        hosted = any(c.dep_ == "agent" for c in verb.children) or any(
            c.dep_ == "dobj" for c in verb.children)
        return hosted and any(_is_guest(o) for o in guests)
    if lem in DELEGATION_LEADS:  # `led a delegation to Kazakhstan`: a visit
        return any(lemma(o) == "delegation" and (_goes_abroad(o) or _goes_abroad(verb))
                   for o in verb.children if o.dep_ == "dobj")
    if lem in PARTAKE_VERBS:  # `participated in the talks`, `took part in the forum`
        if lem == "take" and not _has_object(verb, "part"):
            return False
        if lem == "join" and any(c.dep_ == "dobj" and _taken_part_in(c) for c in verb.children):
            return True  # `joined the talks`, `joined the ceremony`; not `joined the WTO`
        return any(c.dep_ == "prep" and c.lower_ == "in" and any(
            _taken_part_in(g) for g in c.children) for c in verb.children)
    if lem == "discuss":
        if any(c.dep_ == "auxpass" for c in verb.children):
            # `At the meeting, prospects were discussed`: the sides discussed them there
            return any(c.dep_ == "prep" and c.lower_ in ("at", "during", "in") and any(
                lemma(g) in MEETING_NOUNS for g in c.children) for c in verb.children)
        return (_subject(verb) or _controller(verb)) is not None  # `are set to discuss`
    if lem in VISIT_TRIP_VERBS:
        return _official_trip(verb)
    return lem == "bring" and any(c.lower_ == "together" for c in verb.children)


def _are_sides(subject: Token | None) -> bool:
    """Who holds talks: officials, sides, named people or bodies, or `they` (not `students`)."""
    return subject is not None and (
        subject.ent_type_ in ORG_LABELS | {"PERSON", "GPE", "NORP"} or subject.pos_ == "PRON"
        or lemma(subject) in GUEST_NOUNS | TALKING_SIDES)


def _taken_part_in(gathering: Token) -> bool:
    """A meeting, or what is one when held or attended (`the workshop`, `the workshop "Project
    Management"`, `the discussions`, `the ceremony`, `a trade fair`), but a call for proposals
    or a kind of meeting (`participate in discussions about water`)."""
    if lemma(gathering) in MEETING_NOUNS:
        return True
    called = lemma(gathering) == "call" and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in gathering.children)
    gathers = lemma(_phrase_end(gathering)) in ATTENDED_GATHERINGS or bool(
        _noun_lemmas(gathering) & HELD_MEETING_NOUNS)  # a fair, not a fair election
    return gathers and not (called or _is_kind_of_meeting(gathering))


def _phrase_end(noun: Token) -> Token:
    """The noun phrase's last word: its head, or a modifier the parser hung after it (`a trade
    fair`, read as `trade` modified by `fair`), as English puts no adjective after its noun."""
    if noun.i + 1 < len(noun.doc) and (nxt := noun.nbor(1)).head == noun and nxt.dep_ in (
            "amod", "compound"):
        return nxt
    return noun


def _official_trip(verb: Token) -> bool:
    """`the deputy minister travelled to Kazakhstan`, `Xi arrived in Dushanbe`: a named person or
    an official going to a named place pays a visit; `the winners will travel to Tokyo`, `forty
    nurses flew to Japan` are people on the move. A wire's `arrived here` goes to the place of
    its dateline."""
    return _travels_officially(verb, pronouns=False) and (_goes_abroad(verb, ("to", "in")) or any(
        c.dep_ == "advmod" and c.lower_ == "here" for c in verb.children))


def _travels_officially(verb: Token, pronouns: bool = True) -> bool:
    """Whether the verb's subject (or the subject it shares with the verb above it) is a named
    person, an official or a delegation, or (with `pronouns`) a person's pronoun: `the envoy
    began her tour`, `he made a trip`; not `the ship`, `the theatre company`."""
    subject = _subject(verb) or _controller(verb)
    return subject is not None and (
        _is_guest(subject) or (pronouns and subject.lower_ in PERSON_PRONOUNS)
        or _leading_delegation(verb, subject))


def _leading_delegation(verb: Token, subject: Token) -> bool:
    """`Heading a large delegation, the guest arrived in Tokyo`, `the guest, leading a
    delegation, arrived`: whoever leads one is an official."""
    leads = [c for c in verb.children if c.dep_ == "advcl"] + [
        c for c in subject.children if c.dep_ == "acl"]
    return any(lemma(c) in DELEGATION_LEADS and any(
        o.dep_ == "dobj" and lemma(o) == "delegation" for o in c.children) for c in leads)


def _has_object(verb: Token, word: str) -> bool:
    """Whether `word` is the verb's direct object: `place` of `took place`."""
    return any(c.dep_ == "dobj" and c.lower_ == word for c in verb.children)


def _deal_made(verb: Token) -> bool:
    """Whether a deal is made or agreed, actively (`made an agreement`) or passively (`an
    agreement was made`)."""
    return _object_in(verb, DEAL_OBJECTS) or any(
        c.dep_ == "nsubjpass" and lemma(c) in DEAL_OBJECTS for c in verb.children)


def _object_in(verb: Token, lemmas: frozenset[str]) -> bool:
    """Whether the verb's direct object has one of `lemmas`: `views` of `exchanged views`."""
    return any(c.dep_ == "dobj" and lemma(c) in lemmas for c in verb.children)


def _compounds(*tokens: Token) -> set[str]:
    """The lemmas of the words compounded before the tokens, at any depth (`capacity` of
    `capacity building project`)."""
    found: set[str] = set()
    for token in tokens:
        for child in token.children:
            if child.dep_ == "compound":
                found |= {lemma(child)} | _compounds(child)
    return found


def _is_building(verb: Token, lem: str, arg_lemmas: set[str], args: list[Token]) -> bool:
    """`reconstructed four bridges`, `broke ground`, `laid the foundation stone`. Built `on`
    something, a road or a school is built on its site; anything else figuratively (`the
    programme builds on earlier projects`)."""
    # `a capacity building programme`: what is built is abstract, as `build capacity` is, and
    # so are `better futures` (not a `community centre`)
    abstract = bool((arg_lemmas | _compounds(verb, *args)) & NOT_BUILT) or any(
        lemma(a) in BUILT_FIGURES for a in args)
    if lem in CONSTRUCTION_VERBS:
        return not abstract and (bool(arg_lemmas & BUILT_NOUNS) or not any(
            c.dep_ == "prep" and c.lower_ == "on" for c in verb.children))
    if lem == "break":
        return "ground" in arg_lemmas
    if lem in ("widen", "complete", "finish") or lem in RESTORING_VERBS:
        # `widening the carriageway`, `tunnel completed`, `completed a housing project`,
        # `restored the mausoleum`
        built = arg_lemmas | {c for a in args if lemma(a) in PROJECT_NOUNS for c in _compounds(a)}
        return bool(built & BUILT_NOUNS) and not abstract
    # `laid the foundation of the partnership` is a figure of speech; a stone is laid
    return lem == "lay" and bool(arg_lemmas & LAID_NOUNS)


def _is_commissioning(verb: Token, lem: str, arg_lemmas: set[str]) -> bool:
    """`commissioned a plant`, `was put into operation`, `brought into service`, `was connected
    to the grid` (a plant's first power sent out)."""
    if lem == "commission":
        return bool(arg_lemmas & FACILITY_NOUNS)
    if lem == "connect":  # done, not due (`is due to be connected in 2027` is a plan alone)
        return is_simple_past(verb) and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            lemma(g) in POWER_GRIDS for g in c.children) for c in verb.children)
    if lem not in ("put", "bring", "place"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(
        lemma(g) in OPERATION_NOUNS for g in c.children) for c in verb.children)


def _own_doors(theme: Token) -> bool:
    """`its doors`, `their doors`: what opens its own doors opens; not to visitors (`opened its
    doors to journalists`: an open day), and `the door to cooperation` is a figure
    (NOT_LAUNCHED)."""
    return lemma(theme) in ("door", "doors") and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in theme.children) and not any(
        c.dep_ == "prep" and c.lower_ == "to" for c in (*theme.children, *theme.head.children))


def _start_kind(verb: Token, lem: str, args: list[Token]) -> EventType | None:
    """launch / construction for `launched a course`, `construction began`, `centre opened`;
    meeting for a gathering opened (`the workshop was inaugurated`)."""
    if lem not in LAUNCH_VERBS | START_VERBS and not (lem == "set" and _has_prt(verb, "up")) \
            and not (lem in BODY_FOUNDING_VERBS and _names_body(args)):
        return None  # `set up a laboratory` founds one as `established` does, and so do
        # `created a fund` and `a working group was formed` (`created jobs` founds nothing)
    if lem in START_VERBS and any(c.dep_ == "xcomp" and (c.tag_ == "VBG" or any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) for c in verb.children):
        return None  # `will begin discussing the strategy`: an activity begins, nothing is set up
    subject = _subject(verb) or (  # `the plant is set to open`; what is `due to start` may
        _controller(verb) if lem not in START_VERBS else None)  # be works or talks
    theme = args[0] if args else subject
    if subject is not None and theme is not subject and _own_doors(theme):
        theme = subject  # `the clinic opened its doors in May`: the clinic opened
    if theme is None or theme.tag_ in ("WP", "WDT") or _is_people(theme) or (
            subject is not None and _is_people(subject)):
        return None
    lemmas = _noun_lemmas(theme)
    if lemma(theme) in NOT_LAUNCHED and theme.pos_ != "PROPN":
        return None  # `the way`, `a foundation for` are figurative; a `Foundation` or a `Career
        # Portal` is not
    if lem in OPENING_VERBS and lemmas & GATHERINGS and lemma(theme) not in (
            FACILITY_NOUNS - GATHERINGS):
        return "meeting"  # `the forum was opened by the minister`: the gathering was held; a
        # workshop founded (`co-founded the Steppe Workshop`) is a school, and a building named
        # after what it hosts (`opened a reception centre`) is launched
    if (lem in START_VERBS and lemmas & CONSTRUCTION_NOUNS) or (
            lem == "launch" and lemma(theme) in UNDER_WAY_BUILD):
        return "construction"  # `launched the construction of a plant`: building began
    return "launch"


def _names_body(args: list[Token]) -> bool:
    """Whether the verb's object is an organisation or a body's head noun: `the Steppe Power
    Company`, `a joint investment fund`."""
    return bool(args) and (args[0].ent_type_ in ORG_LABELS or lemma(args[0]) in FINAL_HEADS)


def _made_available(verb: Token) -> list[Token]:
    """What `make ... available` gives: the subject the parser gives `available` (`make funds
    available`), or the object `available` describes, whether it hangs on the object or on the
    sum inside it (`made $3.5 billion available`, `make funds of $2 billion available`)."""
    available = [c for c in verb.children if c.lower_ == "available" and c.dep_ in RESULT_DEPS]
    return [g for c in available for g in c.children if g.dep_ == "nsubj"] + [
        c for c in verb.children if c.dep_ == "dobj" and (available or any(
            g.lower_ == "available" and g.dep_ == "amod" for g in c.subtree))]


def _is_funding_verb(verb: Token, lem: str, args: list[Token], arg_lemmas: set[str],
                     money: list[int]) -> bool:
    if lem == "hand" and _has_prt(verb, "over"):
        return not arg_lemmas & CREDENTIALS  # an envoy's credentials are no gift
    if lem in WITH_THEME_VERBS - {"provide"} and args and (subject := _subject(verb)) is not None \
            and subject.dep_ == "nsubj" and subject.ent_type_ in ORG_LABELS:
        return True  # `the agency equipped the new laboratory`: a donor gave the equipment
    if lem in WITH_THEME_VERBS - {"provide"} and any(
            g.ent_type_ in ORG_LABELS for c in verb.children if c.dep_ == "agent"
            for g in c.subtree):
        return True  # `the school was equipped by the Japanese side`: so did it
    if lem in TOTAL_VERBS:  # `new commitments reached EUR 41.5 million`
        subject = _subject(verb)
        return bool(_subject_lemmas(verb) & PLEDGED_MONEY) and _money_after(verb, money) and (
            subject is None or lemma(subject) not in FLOW_MEASURES)
    if lem in ("open", "launch") and "credit" in arg_lemmas:  # `opened a credit line of $5m`
        return any(_money_under(a, money) for a in args)
    if lem == "pay" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        # `the loan will pay for the road`, `the package will help pay for repairs`
        payer = verb.head if verb.dep_ == "xcomp" and _subject(verb) is None else verb
        return bool(_subject_lemmas(payer) & AID_NOUNS) or _money_after(verb, money)
    if lem == "go" and any(c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards")
                           for c in verb.children):
        return _is_money(_subject(verb))  # `the money will go to the repair of schools`: spent
    if lem == "arrive":  # `medical equipment began arriving in Osh`: goods delivered
        carrier = verb.head if verb.dep_ == "xcomp" and _subject(verb) is None else verb
        return bool(_subject_lemmas(carrier) & (AID_NOUNS | GOODS_NOUNS))
    if lem == "make":  # `will make funds of $3.5 billion available`: provides them
        return any(_noun_lemmas(t) & AID_NOUNS or _money_under(t, money)
                   for t in _made_available(verb))
    if lem in UNVEIL_VERBS and any(_money_under(a, money) and (
            a.ent_type_ == "MONEY" or lemma(a) in ANNOUNCED_FLOWS) for a in args):
        return True  # `announced $5 million in aid`, `a new $36 million programme`; no plan
    if lem in UNVEIL_VERBS and verb.tag_ in ("VBD", "VBN") and any(
            _is_lent(a) and _pays_for_works(a) for a in args):
        return True  # `announced financing for the construction of a plant`; no sum told, what
        # is still to be announced is a plan
    if lem in FUNDING_ALWAYS:
        return bool(args) or any(c.dep_ in ("prep", "agent") for c in verb.children)
    if lem == "sponsor":  # `sponsored the kindergartens`: paid for them; not `a resolution`
        return bool(args) and not arg_lemmas & SIGNED_ALONE
    if lem in DEBT_RELIEF_VERBS:
        return bool(arg_lemmas & DEBTS) and (lem != "write" or _has_prt(verb, "off"))
    if lem in SPENDING_VERBS - FUNDING_WITH_AID:
        return _spends_aid(verb, args, money)
    if lem not in FUNDING_WITH_AID or _wins_tender(lem, arg_lemmas):
        return False  # (a tender won: its sum is a contract's value)
    if lem in AGREEMENT_VERBS | CLOSING_VERBS:
        # a signed loan, grant or project names a sum (`a grant agreement for $2 million was
        # signed`, `notes concerning grant aid of ...`, `projects worth $435,900 were signed`);
        # a sum of any other deal (`signed a $1.5 billion hydropower agreement`) is trade's
        if not (_money_after(verb, money) or any(
                a.dep_ == "nsubjpass" and _money_under(a, money) for a in args)):
            return False
        return any(lemma(t) in AID_NOUNS and not _field_of_ties(t, a) for a in args
                   for t in a.subtree) or bool(arg_lemmas & PROJECT_NOUNS) or _signed_by_donor(verb)
    if lem == "approve" and arg_lemmas & PROJECT_NOUNS and _by_lender(verb):
        return True  # `the Bank has approved three new projects`: its funding
    if lem == "implement":
        return bool(_subject_lemmas(verb) & {"grant", "loan", "aid", "assistance"})
    if _is_statistic(verb, args) or _private_money(verb) or _subject_lemmas(verb) & TRADE_NOUNS:
        return False  # `exports include machinery`: goods sold
    if args and all(lemma(a) in DELIVERED_NOT_GOODS for a in args):
        return False  # `progress was presented on projects worth $5 million`: words, no money
    paid_support = "support" in arg_lemmas and (bool(arg_lemmas & PAID_SUPPORT) or (
        lem in SUPPORT_GIVING and not arg_lemmas & UNPAID_SUPPORT and _given_by_body(verb, args)
        and verb.tag_ not in ("VBZ", "VBP")))  # `the programme provides support`: what it does
    if arg_lemmas & COMMODITIES and not any(lemma(t) in AID_NOUNS for t in verb.sent):
        return False  # `500 million tons of oil have been delivered`: sold, not given
    goods = (lem in GOODS_VERBS and (bool(arg_lemmas & GOODS_NOUNS) or _bought_first(verb))) or (
        lem in COUNTED_GOODS_VERBS and any(_counted_goods(a) for a in args)) or (
        _provided_goods(verb, lem, args))
    return bool(arg_lemmas & AID_NOUNS) or paid_support or goods or any(
        _money_under(a, money) for a in args) or _money_after(verb, money)


def _field_of_ties(word: Token, top: Token) -> bool:
    """Whether a word under `top` names a field of the ties it hangs from (`agreements on
    cooperation in trade and investment`): a topic, no money given."""
    cur = word
    while cur != top and cur.head != cur:
        cur = cur.head
        if lemma(cur) in WISHED_TIES:
            return True
    return False


def _bought_first(verb: Token) -> bool:
    """`procured and delivered ancillaries`: a verb of handing over joined to one of buying."""
    return (verb.dep_ == "conj" and lemma(verb.head) in BUYING_VERBS) or any(
        c.dep_ == "conj" and lemma(c) in BUYING_VERBS for c in verb.children)


def _provided_goods(verb: Token, lem: str, args: list[Token]) -> bool:
    """`the agency provided 3,000 tents and stoves`: a body that provided counted things gave them,
    as `delivered` does; what a thing provides (`the plant provides 500 jobs`, `the hospital
    will provide 400 beds`) or a body provides as a rule is no handover."""
    subject = _subject(verb)
    return lem == "provide" and verb.tag_ not in ("VBZ", "VBP") and _given_by_body(
        verb, args) and (subject is None or lemma(subject) not in FACILITY_NOUNS) and any(
        _counted_goods(a) and lemma(a) not in PROVIDED_NOT_GOODS for a in args)


def _counted_goods(arg: Token) -> bool:
    """`six water pumps` as what is delivered: a counted thing, not people, a course,
    a gathering, a project or words (`delivered three lectures`)."""
    return arg.dep_ in ("dobj", "nsubjpass") and arg.pos_ == "NOUN" and any(
        c.dep_ == "nummod" and c.like_num for c in arg.children) and not _is_people(arg) and (
        lemma(arg) not in NOT_HANDED_GOODS)


def _spends_aid(verb: Token, args: list[Token], money: list[int]) -> bool:
    """`the grant will be used to buy scanners`, `another $6 million will be directed to the
    clinic`, `UNICEF will spend $2 million on repairs`: aid money put to a use is given; a
    thing used (`the equipment will be used to test water`), a country's spending and money
    used to build (a construction event) are not."""
    spent = [a for a in args if a.dep_ == "nsubjpass"]
    subject = _subject(verb)
    if not spent and subject is not None and subject.ent_type_ in ORG_LABELS:
        spent = [a for a in args if a.dep_ == "dobj"]
    if any(kind == "construction" for c in verb.children if c.dep_ in ("xcomp", "advcl")
           for kind, _ in _verb_candidates(c, money)) or any(
            lemma(g) in CONSTRUCTION_NOUNS for c in verb.children if c.dep_ == "prep"
            for g in c.children):
        return False  # `will be used to rebuild the road`, `were directed to the construction
        # of a school`: the works it pays for are the news
    return any(_noun_lemmas(a) & SPENT_MONEY or _money_under(a, money) for a in spent)


def _given_by_body(verb: Token, args: list[Token]) -> bool:
    """`Japan has provided support to 25,000 people`, `support from the Government of Japan is
    provided`, `the fund has provided support`: a body, a state or people give it (not `this
    project will provide support`); an infinitive's giver is the subject of the verb it hangs
    on (`the agency decided to provide support`)."""
    subject = _subject(verb) or (_subject(verb.head) if verb.dep_ == "xcomp" else None)
    given = subject is not None and subject.dep_ == "nsubj" and _can_intend(subject)
    return given or any(_has_lender(a) for a in args)  # the giver after `from`


def _by_lender(verb: Token) -> bool:
    """`the Bank has approved`, `the Fund's board approved`, `AIIB approved`: the subject is a
    bank, a fund, a lender's board or a development donor by its name."""
    subject = _subject(verb)
    if subject is None or subject.dep_ != "nsubj":
        return False
    words = {t.lower_ for t in subject.subtree} | {lemma(subject)}
    return bool(words & LENDING_BODIES) or _signed_by_donor(verb)


def _signed_by_donor(verb: Token) -> bool:
    """`the ADB signed a deal worth $60 million`: a deal a development bank or an aid agency
    signs for a sum is its funding."""
    subject = _subject(verb)
    if subject is None or subject.dep_ != "nsubj":
        return False
    name = " ".join(t.text for t in subject.subtree if t is subject or t.dep_ == "compound")
    return name.casefold() in DONOR_FORMS


def _funded_with(verb: Token, money: list[int]) -> bool:
    """`is training 600 care workers with EUR 3 million from the European Union`, `was equipped
    under a $2.3 million grant`: aid money, or money from a donor, that pays for the activity;
    `with the assistance of Germany, Uzbekistan implemented projects`: works done with a donor's
    aid."""
    if lemma(verb) in REALIZING_VERBS | CONSTRUCTION_VERBS and _with_donor_aid(verb):
        return True
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "under", "through") or (
                not _money_under(prep, money)):
            continue
        if any(lemma(g) in LENT_NOUNS | {"aid", "assistance"} for g in prep.children):
            return True  # `equipped under a $2.3 million grant`, `with grants totalling ...`
        # the donor's `from` hangs on the sum or, misparsed, on the verb
        donors = [t for t in verb.children if t.dep_ == "prep"] + list(prep.subtree)
        if prep.lower_ == "with" and any(t.dep_ == "prep" and t.lower_ == "from" and any(
                g.ent_type_ in ORG_LABELS or g.pos_ == "PROPN" for g in t.subtree)
                for t in donors):
            return True
    return False


def _with_donor_aid(verb: Token) -> bool:
    """`with the financial assistance of the Government of Germany`: aid from a named donor."""
    return any(p.dep_ == "prep" and p.lower_ == "with" and any(
        lemma(g) in DONOR_AID and any(c.dep_ == "prep" and c.lower_ in ("of", "from") and any(
            d.ent_type_ in ORG_LABELS | {"GPE"} for d in c.subtree) for c in g.children)
        for g in p.children) for p in verb.children)


def _private_money(verb: Token) -> bool:
    """`received $5.6 billion in remittances`: the sum is private money, not aid (a word that
    only modifies another, as in `income-generating projects`, names no money, and `in order to`
    says what aid is for)."""
    return any((t.lower_ in PRIVATE_MONEY or lemma(t) in PRIVATE_MONEY)
               and t.dep_ not in MODIFIER_DEPS and not _in_order_to(t)
               for c in verb.rights if c.dep_ not in CLAUSE_DEPS for t in c.subtree)


def _in_order_to(token: Token) -> bool:
    """Whether the token is the `order` of `in order to`."""
    doc = token.doc
    return (token.lower_ == "order" and 0 < token.i < len(doc) - 1
            and doc[token.i - 1].lower_ == "in" and doc[token.i + 1].lower_ == "to")


def _counted_professionals(verb: Token) -> bool:
    """`940 Japanese experts visited Kyrgyzstan`, `a group of 20 doctors visited Osh`: counted
    professionals whose visit posts them to share their skill."""
    subject = _subject(verb)
    if subject is None:
        return False
    people = next(iter(_of_objects(subject)), subject)  # `a group of 20 doctors`
    return lemma(people) in SENT_PROFESSIONALS and (_has_count(people) or _has_count(subject))


def _is_statistic(verb: Token, args: list[Token]) -> bool:
    """`women receive less than 20 percent of bank credit`: a share in the generic present
    describes how things are, no donor hands anything over."""
    present = verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ in AUX_DEPS for c in verb.children)
    return present and any(lemma(a) in SHARE_NOUNS or a.lower_ in SHARE_NOUNS for a in args)


def _is_team(noun: Token) -> bool:
    """`a team`, `a group of doctors`; not a group of things (`a batch of humanitarian aid`)."""
    return lemma(noun) in WORK_GROUPS and all(_is_people(g) for g in _of_objects(noun))


def _volunteer_work(noun: Token) -> bool:
    """`volunteer work`, `volunteering activities`: the work volunteers do."""
    return lemma(noun) in VOLUNTEER_WORK and any(
        c.dep_ in ("compound", "amod") and lemma(c) in VOLUNTEERING for c in noun.children)


def _is_personnel_verb(verb: Token, lem: str, args: list[Token]) -> bool:
    if lem in PERSONNEL_VERBS:
        # `is sending a team to Kyrgyzstan to train its forces`: a working group sent abroad
        return any(_is_people(a) or (lem in DISPATCH_VERBS and _is_team(a)
                                     and _goes_abroad(verb)) for a in args)
    if lem in COURSE_VERBS and verb.dep_ != "relcl" and any(
            a.dep_ == "dobj" and lemma(a) in COURSE_NOUNS for a in args):
        return True  # `are providing health trainings`; not what a centre `will provide`
    if lem in PEOPLE_INTAKE or lem == "prepare":  # `centres have prepared 3,150 people`
        return any(_is_people(a) and _has_count(a) for a in args)
    if lem == "visit":
        return _counted_professionals(verb)
    if lem in REALIZING_VERBS | {"complete", "finish", "do"} and any(
            a.dep_ == "dobj" and _volunteer_work(a) for a in args):
        return True  # `conducted their volunteer work in Tashkent`
    if lem == "invite":
        passive = any(c.dep_ == "nsubjpass" and _is_people(c) for c in verb.children)
        return passive and any(c.dep_ == "xcomp" for c in verb.children)
    subj = _subject(verb) or (verb.head if _lost_predicate(verb) else None) or (
        _subject(verb.head) if verb.dep_ == "conj" else None) or (  # `visited Korea and received`
        _given_chance(verb))
    if subj is not None and subj.pos_ == "NUM" and lem in PEOPLE_MOBILITY | {"go"}:
        return _goes_abroad(verb)  # `Of these, 9,800 went to South Korea`
    if lem == "spend" and subj is not None and _spent_learning(verb, subj):
        return True
    if lem in POSTED_WORK | {"come", "arrive"} and _posted_as(verb):
        return True  # `worked as a JICA volunteer`, `came from KOICA as an expert`
    if subj is None or not _is_people(subj):
        return False
    if lem in COURSE_TAKING and _object_in(verb, COURSE_NOUNS):
        return True  # `the selected workers will take pre-departure courses`
    if lem == "have" and any(c.dep_ == "dobj" and lemma(c) in COURSE_NOUNS and any(
            a.dep_ == "amod" and lemma(a) in COURSE_TAKING for a in c.children)
            for c in verb.children):
        return True  # `have undergone training`, parsed as `have` with an adjective
    if lem in ("upgrade", "improve", "raise", "enhance"):
        return any(lemma(a) in SKILL_NOUNS for a in args)
    if lem in PEOPLE_MOBILITY and _official_trip(verb) and not _has_count(subj):
        return False  # `the diplomat will travel to Osh` visits (see _official_trip)
    if lem in PEOPLE_MOBILITY or (lem == "go" and _has_count(subj) and (_goes_abroad(verb) or any(
            c.dep_ in ("xcomp", "advcl") and lemma(c) in PEOPLE_SELF_ACTIVITY | {"study"}
            for c in verb.children))):
        return True  # `27,000 citizens went to work in Russia`
    if lem in POSTED_WORK and _sent_by_partner(subj):
        return True  # `Korean volunteers teach music at the lyceum`
    if lem not in PEOPLE_ACTIVITY or not _has_count(subj):
        return False
    if lem in PEOPLE_SELF_ACTIVITY or (lem == "study" and _at_named_place(verb)) or (
            lem == "teach" and any(c.ent_type_ == "NORP" for c in subj.children)):
        # `45 trainees graduated`, `24 students are studying at Seoul University`, `22 Korean
        # volunteers taught language courses` (people of another nation, working abroad)
        return True
    objects = {lemma(t) for c in verb.children for t in c.subtree if t.pos_ == "NOUN"}
    return bool(objects & TRAINING_NOUNS)


def _posted_as(verb: Token) -> bool:
    """Whether the verb gives its subject the role of a professional a partner sends (`as a
    JICA volunteer`, `from KOICA ... as an expert`); not `as a teacher` alone."""
    roles = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
             for o in c.children if o.dep_ == "pobj" and lemma(o) in SENT_PROFESSIONALS]
    sender = any(c.dep_ == "prep" and c.lower_ == "from" and any(
        t.ent_type_ in ("ORG", "NORP", "GPE") for t in c.subtree) for c in verb.children)
    return any(sender or _sent_by_partner(role) or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in role.children) for role in roles)


def _sent_by_partner(people: Token) -> bool:
    """Professionals named with the nation or body that sends them: `Korean volunteers`, `JICA
    experts`, `volunteers of the Agency`; not `local teachers`."""
    if lemma(people) not in SENT_PROFESSIONALS:
        return False
    named = [c for c in people.children if c.dep_ in ("amod", "compound", "nmod")]
    return any(t.ent_type_ in ("NORP", "ORG", "GPE") or (t.pos_ == "PROPN" and t.dep_ == "pobj")
               for t in named + _of_objects(people))


def _given_chance(verb: Token) -> Token | None:
    """Who gets the chance the verb is (`ten engineers get an opportunity to study in Korea`,
    `were given the chance to train`): the subject of the verb that the chance is the object
    of."""
    chance = verb.head
    if verb.dep_ != "acl" or lemma(chance) not in CHANCE_NOUNS or chance.dep_ != "dobj":
        return None
    return _subject(chance.head)


def _at_named_place(verb: Token) -> bool:
    """`at Seoul National University`, `in Japanese universities`, `in Korea`: the verb happens
    at a named institution or place."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "in") and any(
        g.ent_type_ in ("ORG", "GPE", "NORP") for g in c.subtree) for c in verb.children)


def _spent_learning(verb: Token, subj: Token) -> bool:
    """`six instructors spent two months learning`, `he had spent ten weeks at the Rural
    Development Administration in Suwon learning`: counted people, or a person at a named
    institution or place, spending time learning."""
    if not any(t.tag_ == "VBG" and lemma(t) in LEARNING_VERBS for t in verb.subtree):
        return False
    if _is_people(subj) and _has_count(subj):
        return True
    return subj.tag_ == "PRP" and subj.lower_ not in ("it", "we", "i", "you") and (
        _at_named_place(verb))


def _goes_abroad(token: Token, preps: tuple[str, ...] = ("to",),
                 labels: frozenset[str] = frozenset({"GPE"})) -> bool:
    """The word goes to a named place: a bare head count (`9,800 went to South Korea`) is people
    leaving, `a delegation to Astana` a visit; `preps` may add `in` (`arrived in Tokyo`), `labels`
    the entity types a place may wear. A capital the tagger misses is a place all the same, and
    so is `our country`, the country of a government's own press release."""
    return any(c.dep_ == "prep" and c.lower_ in preps and any(
        g.ent_type_ in labels or g.lower_ in CAPITALS or _our_country(g) for g in c.children)
        for c in token.children)


def _our_country(noun: Token) -> bool:
    """`our country`, `our republic`: the country whose press release or outlet speaks."""
    return noun.lower_ in ("country", "republic") and any(
        d.lower_ == "our" and d.dep_ == "poss" for d in noun.children)


def _listed_under(prep: Token) -> bool:
    """A preposition that gives an example or the content of what comes before: `including`,
    `such as`, and `for` right after `provide` (`the grant provides for`; not `provide funds
    for`, whose purpose it is)."""
    return prep.lower_ == "including" or (
        prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)) or (
        prep.lower_ == "for" and lemma(prep.head) == "provide"
        and not any(c.dep_ == "dobj" for c in prep.head.children))


def _listed_among(verb: Token) -> bool:
    """`Among them are the construction of ...`: `be` whose clause lists what a set holds."""
    return lemma(verb) == "be" and any(c.dep_ == "prep" and c.lower_ == "among"
                                       for c in verb.children)


def _noun_candidates(noun: Token, money: list[int]) -> list[tuple[EventType, Token]]:
    """Event nouns: `the signing of a memorandum`, `talks in Astana`, `under reconstruction`,
    `the loan of 2.2 billion tenge`, `provision of medical equipment`."""
    lem, head = lemma(noun), noun.head
    of_child = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if lem == "signing" and (of_child is not None or (
            noun.dep_ == "compound" and lemma(head) == "ceremony" and (_names_document(head) or any(
                c.dep_ == "compound" and lemma(c) in AGREEMENT_NOUNS for c in noun.children)))):
        return [("agreement", noun)]  # also `the contract signing ceremony`
    if lem in SEALING_NOUNS and of_child is not None and any(
            _noun_lemmas(g) & AGREEMENT_NOUNS for g in of_child.children):
        # `the ratification of the investment agreement`, `the signature of four agreements`,
        # `witnessed the inking of two memoranda`, `the conclusion of a loan contract`
        return [("agreement", noun)]
    if lem == "groundbreaking" or (lem == "ceremony" and any(
            _unhyphened(c) == "groundbreaking" for c in noun.children)):
        return [("construction", noun)]  # also `a ground-breaking ceremony`, split at its hyphen
    if _is_lent(noun) and not _is_measured(noun) and (
            _has_lender(noun) or _is_given(noun, money)):
        return [("funding", noun)]
    if (lem == FINANCIAL_CLOSE[1] and lemma(head) in REACHED_VERBS
            and any(c.dep_ == "amod" and c.lower_ == FINANCIAL_CLOSE[0] for c in noun.children)):
        return [("funding", noun)]  # `reached financial close on the plant`: its loans signed
    if lem in DEAL_NOUNS and noun.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "compound" and lemma(c) in LENT_NOUNS for c in noun.children) and (
            _money_under(noun, money)):
        return [("funding", noun)]  # `the second financing agreement, worth $106.7 million, is
        # to support ...`: money given, told by the deal that gives it
    if lem in AID_NOUNS and _donor_to_recipient(noun):
        return [("funding", noun)]  # `Korean aid to Uzbekistan has reached 14 clinics`
    if lem in GIVING_NOUNS | {"commitment"} and of_child is not None and _money_under(
            of_child, money):
        return [("funding", noun)]  # `commitments of $59.5 million`: money committed, not a
        # vow; `the allocation of $100 million`
    if lem in GIVING_NOUNS and of_child is not None and any(
            _noun_lemmas(g) & (AID_NOUNS | GOODS_NOUNS) for g in of_child.children):
        return [("funding", noun)]  # `provision of cutting-edge medical equipment`
    if lem in GIVING_NOUNS and noun.dep_ == "nsubjpass" and lemma(head) in DOING_VERBS:
        return [("funding", noun)]  # `the deliveries are being made as part of a programme`
    if lem == "ceremony" and (kind := _ceremony_kind(noun)) is not None:
        return [(kind, noun)]
    if lem in OPENING_CEREMONIES and of_child is not None and not any(
            _not_launched(g) for g in of_child.children):
        return [("launch", noun)]  # `the inauguration of a new building`, not of a president
        # nor `the launch of a ballistic missile`
    if lem in SENDING_NOUNS and of_child is not None and any(
            _is_people(t) for t in of_child.children):
        return [("personnel", noun)]
    if lem == "training" and of_child is not None and any(
            _is_people(t) and _has_count(t) for t in of_child.children):
        return [("personnel", noun)]  # `the training of 1,000 officers`, not of `specialists`
    if head.lower_ == "under" and noun.dep_ == "pobj":
        if lem in UNDER_WAY_BUILD:
            return [("construction", noun)]
        if lem in UNDER_WAY_PLAN:
            return [("plan", noun)]
    if lem in CONSTRUCTION_NOUNS and noun.dep_ in ("nsubj", "nsubjpass", "dobj") and (
            phase_verb(head) is not None or (noun.dep_ == "nsubjpass"
                                             and lemma(head) in REALIZING_VERBS)
            or (noun.dep_ == "nsubj" and lemma(head) == "be" and _under_way(head) and (
                lem not in ("work", "works") or _building_works(noun)))):
        return [("construction", noun)]  # `construction began`, `works will be carried out`,
        # `construction of the school is under way`
    if noun.dep_ == "dobj" and lemma(head) in REALIZING_VERBS and of_child is None and (
            _building_works(noun)):
        return [("construction", noun)]  # `carried out repair works` (of what: see below)
    if lem in CONSTRUCTION_NOUNS - {"work", "works"} and of_child is not None and not any(
            lemma(g) in NOT_BUILT for g in of_child.children) and (
            (noun.dep_ == "pobj" and head.lower_ == "in" and lemma(head.head) in ENGAGED_VERBS)
            or (noun.dep_ == "pobj" and _helped_in(head))
            or (noun.dep_ == "dobj" and lemma(head) in CONTENT_VERBS | BACKING_VERBS
                | REALIZING_VERBS)
            or (noun.dep_ == "pobj" and _listed_under(head))
            or (noun.dep_ in ("nsubj", "attr") and _listed_among(head))
            or (noun.dep_ == "pobj" and head.lower_ == "of" and lemma(head.head) in PHASE_NOUNS
                and head.head.dep_ == "nsubjpass" and lemma(head.head.head) in REALIZING_VERBS)):
        # `partners are involved in the construction of a plant`, `assisted the ministry with
        # the rehabilitation of two clinics`, `the project involves the
        # construction of a road`, `projects, including the construction of two plants`,
        # `projects such as the construction of a ring road`, `the grant provides for the
        # construction of a substation`, `is financing the construction of a plant`, `carried
        # out the construction of a bridge`
        return [("construction", noun)]
    if lem in TRIP_NOUNS and noun.pos_ == "NOUN" and _is_official_trip(noun):
        return [("meeting", noun)]
    if lem in MEETING_NOUNS or noun.lower_ in MEETING_NOUNS or _is_round_table(noun) or (
            _during_a_call(noun)):
        if _is_definite_reference(noun) or noun.dep_ == "compound" or _is_kind_of_meeting(
                noun) or _in_manner_of(noun):
            return []
        if lem == "ceremony" and (not any(c.lower_ in ("a", "an") for c in noun.children) or any(
                lemma(c) in TYPED_CEREMONIES for c in noun.children)):
            return []  # a groundbreaking or signing ceremony is that event, not a meeting
        return [("meeting", noun)]
    return []


def _during_a_call(noun: Token) -> bool:
    """`asked to ease payments during a phone call`: a call something was said in took place
    (see CALL_NOUNS); not one that is only named (`a call for proposals`)."""
    return lemma(noun) in CALL_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "during" and (
        any(c.lower_ in ("a", "an") for c in noun.children))


def _building_works(noun: Token) -> bool:
    """`reconstruction`, `repair works`, `renovation work`: building works, not any work (`work
    on the draft law`)."""
    return lemma(noun) in UNDER_WAY_BUILD or (lemma(noun) in ("work", "works") and any(
        c.dep_ in ("compound", "amod") and lemma(c) in UNDER_WAY_BUILD for c in noun.children))


def _donor_to_recipient(aid: Token) -> bool:
    """Aid a clause is about, named with its giver and the state it goes to: `Korean medical
    assistance to Uzbekistan has reached 14 clinics`, `the bank's aid to Kyrgyzstan began in
    2001`; not aid in general (`assistance to farmers is needed`)."""
    if aid.dep_ not in ("nsubj", "nsubjpass"):
        return False
    giver = any((c.dep_ == "poss" and c.ent_type_ in ORG_LABELS)
                or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))
                for c in aid.children)
    return giver and any(c.dep_ == "prep" and c.lower_ == "to" and any(
        country_of(g.text) for g in c.children) for c in aid.children)


def _is_official_trip(trip: Token) -> bool:
    """`has been on a trade mission to Kazakhstan`, `began her tour on May 2 in Astana`, `made a
    trip to Bishkek`, `returned from a visit to Japan`: a trip someone makes, is on or comes
    back from is a visit; one only referred to (`the purpose of the trip`, `a trip to the
    mountains is planned`) is none."""
    head = trip.head
    if trip.dep_ == "dobj" or (trip.dep_ == "pobj" and head.lower_ == "on"
                               and lemma(head.head) == "embark"):  # `embarked on a tour`
        maker = head if trip.dep_ == "dobj" else head.head
        return lemma(maker) in TRIP_MAKING_VERBS and _travels_officially(maker)
    if trip.dep_ == "pobj" and head.lower_ == "from" and lemma(head.head) == "return":
        return _goes_abroad(trip, ("to",), PLACE_LABELS)  # `returned from a visit to China`
    if trip.dep_ == "pobj" and head.lower_ in ("on", "during") and _travellers_trip(trip):
        return True  # `during his tour of Central Asia`, `on the minister's trip to Japan`
    return trip.dep_ == "pobj" and head.lower_ == "on" and lemma(head.head) in ("be", "go") and (
        _goes_abroad(trip, ("to", "in", "of"), PLACE_LABELS)  # `is on a tour of Central Asia`
        or _goes_abroad(head.head, ("in", "to"))
        or (_across_states(trip) and _travels_officially(head.head)))


def _across_states(trip: Token) -> bool:
    """`a four-nation tour`, `a five-country trip`: a trip counted in states goes abroad."""
    return any(c.dep_ in ("compound", "nmod", "amod") and lemma(c) in STATE_NOUNS and any(
        g.dep_ == "nummod" for g in c.children) for c in trip.children)


def _travellers_trip(trip: Token) -> bool:
    """A trip a person is on, to named places (`his tour of five Central Asian states`, `Lee's
    Central Asian tour`), not a body's or a thing's (`its trip to the market`)."""
    traveller = next((c for c in trip.children if c.dep_ == "poss"), None)
    if traveller is None or not (traveller.lower_ in ("his", "her", "their") or _is_guest(
            traveller) or lemma(traveller) in PERSON_ROLES):
        return False
    places = [trip, *(g for c in trip.children if c.dep_ == "prep" and c.lower_ in (
        "to", "of", "in") for g in c.children)]  # and the places of `of five Asian states`
    return _goes_abroad(trip, ("to", "of", "in"), PLACE_LABELS) or _across_states(trip) or any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in PLACE_LABELS | {"NORP"}
        for place in places for c in place.children)


def _is_kind_of_meeting(noun: Token) -> bool:
    """`through workshops and mutual visits`, `cooperation in training and exchange visits`: a
    bare plural names a kind of meeting, not one that took place (`talks` and `negotiations`
    are always plural; a number, a determiner, `several`, a place, a date or a `series of` makes
    meetings particular)."""
    if noun.tag_ != "NNS" or PLURAL_MEETINGS & {lemma(noun), noun.lower_}:
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") or (noun.dep_ == "pobj" and noun.head.lower_ == "of"):
        return False  # the verb of `meetings were held with ...` tells whether they took place
    placed = ("GPE", "LOC", "FAC", "DATE", "ORG")
    return not any(c.dep_ in ("det", "poss", "nummod") or c.lower_ in PARTICULAR_QUANTIFIERS or (
        c.dep_ == "prep" and any(g.ent_type_ in placed for g in c.subtree))
        for c in noun.children)


def _in_manner_of(noun: Token) -> bool:
    """`drafted in consultation with the bank`: a bare singular after `in`, with `with` under
    it, says how something was done (as `in cooperation with` does), not that a meeting was
    held (`held consultations with`, `is in talks with` are meetings)."""
    return (noun.tag_ == "NN" and noun.dep_ == "pobj" and noun.head.lower_ == "in"
            and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in noun.children)
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children))


def _names_document(ceremony: Token) -> bool:
    """`the signing ceremony of the grant agreement`, `for five new projects`: the ceremony
    names what it signs (a signing ceremony alone may yet be postponed or called off)."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "for") and any(
        g.pos_ in ("NOUN", "PROPN") for g in c.children) for c in ceremony.children)


def _is_measured(noun: Token) -> bool:
    """`the volume of investment from the EU`: a flow measured over time, a statistic."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
        lemma(noun.head.head) in FLOW_MEASURES)


def _is_given(noun: Token, money: list[int]) -> bool:
    """`the loan of 2.2 billion tenge`, `a US$180 million loan to update ...`, `with a new loan
    to upgrade ...`, `the $15 million grant project`: a loan or grant with its sum or its
    purpose is one given, not one asked for (`applied for a loan of $5 million`) nor a
    document's name (`loan agreement`)."""
    if _sum_stated(noun, money):
        return True  # `the programme funding is $38.8 million`, `the loan amount is $12 million`
    if noun.dep_ == "compound" and lemma(noun) in PROJECT_FLOWS and lemma(
            noun.head) in PROJECT_NOUNS:
        return _money_under(noun.head, money)  # `the $105 million grant program will ...`
    if noun.dep_ == "compound" or (noun.dep_ == "pobj" and noun.head.lower_ == "for"):
        return False
    return _purpose_of(noun) is not None or _money_under(noun, money)


def _sum_stated(noun: Token, money: list[int]) -> bool:
    """The loan or its amount is the subject of `is` and a sum the attribute (`the loan amount
    is $12 million`, `the size of the grant is 1.2 billion yen`)."""
    of_sum = lemma(noun) not in STOCK_FLOWS and noun.dep_ == "pobj" and noun.head.lower_ == (
        "of") and lemma(noun.head.head) in SUM_NOUNS
    subject = noun.head.head if of_sum else noun.head if noun.dep_ == "compound" and lemma(
        noun.head) in SUM_NOUNS else noun
    copula = subject.head
    return subject.dep_ == "nsubj" and lemma(copula) == "be" and any(
        c.dep_ == "attr" and _money_under(c, money) for c in copula.children)


def _purpose_of(noun: Token) -> Token | None:
    """The infinitive right after a noun phrase that says what it is for (`a loan to upgrade`,
    `the ceremony to deliver`), whether the parser hangs it on the noun or on its verb, or
    after the verb that holds a ceremony (`a ceremony was held in Osh to sign`)."""
    verb = clause_verb(noun.head)
    held = noun.dep_ in ("nsubj", "nsubjpass") and noun.head == verb and lemma(
        verb) in MEETING_HOLD_VERBS
    end = noun.right_edge.i + 1
    for child in [*noun.children, *verb.children]:
        after = child.left_edge.i == end or (child.head == noun and child.i > noun.i)
        if child.dep_ in ("acl", "relcl", "advcl") and (after or (
                held and child.i > verb.i)) and any(a.tag_ == "TO" for a in child.children):
            return child
    return None


def _giving_word(token: Token) -> bool:
    """A verb or noun of giving, a gerund the tagger took for a noun included (`handing over`)."""
    low = token.lower_
    return lemma(token) in GIVING_VERBS | GIVING_NOUNS or (
        low.endswith("ing") and low[:-3] in GIVING_VERBS)


def _ceremony_kind(noun: Token) -> EventType | None:
    """`a ceremony of signing documents`, `the ceremony to deliver supplies`, `the ceremony of
    providing equipment`, `an equipment handover ceremony`, `the opening ceremony of the
    station`: a ceremony held for a signing, a handover or an opening is that event."""
    purpose = _purpose_of(noun)
    if purpose is not None and lemma(purpose) in GIVING_VERBS:
        return "funding"
    if purpose is not None and lemma(purpose) in AGREEMENT_VERBS:
        return "agreement"  # `a ceremony was held to sign two contracts`
    handed = [t for c in noun.children if c.dep_ == "compound" for t in c.subtree]
    if _exchanges_documents(handed):
        return "agreement"  # `the MoU exchange ceremony`: signed papers handed across
    given_to = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.ent_type_ in ORG_LABELS and lemma(g) not in PROJECT_NOUNS]
    if any(lemma(c) in GIVING_NOUNS or _unhyphened(c) in GIVING_NOUNS for c in noun.children
           if c.dep_ == "compound") and (given_to or any(
            lemma(t) in AID_NOUNS | GOODS_NOUNS for t in handed + _of_phrases(noun))):
        return "funding"  # `three equipment handover ceremonies`, `a donation ceremony of aid`,
        # `a handover ceremony of the first batch of medical equipment`,
        # `the hand-over ceremony for the National Guard`; not a handover ceremony `for the
        # Project for Provision of Machinery`
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")]
    if noun.dep_ == "dobj" and lemma(noun.head) in MEETING_HOLD_VERBS:
        # `held the opening ceremony for the lab`, the parser hanging `for` on the verb
        preps += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "for"
                  and c.i > noun.i]
    opened = [g for c in preps for g in c.children if g.pos_ in ("NOUN", "PROPN")]
    # what kind of ceremony: its modifiers, each with the ones joined to it (`the Completion
    # and Opening Ceremony of ...`, a name in capitals the parser reads as nouns of a name)
    kinds = [t for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
             for t in (c, *(j for j in c.children if j.dep_ == "conj"))]
    if any(lemma(c) == "completion" for c in kinds) and any(
            lemma(t) in CONSTRUCTION_NOUNS for g in opened for t in g.subtree):
        return "construction"  # `the Completion Ceremony of Two Road Rehabilitation Projects`:
        # the works finished
    if any(lemma(c) in OPENING_CEREMONIES for c in kinds) and (
            (opened and lemma(opened[0]) not in MEETING_NOUNS and not _not_launched(opened[0]))
            or (not opened and _ceremony_held(noun))):
        return "launch"  # `the opening ceremony of the new fire station`, not `of the forum` nor
        # `of the new president`; `the opening ceremony took place on May 5`: what it opened
        # is told around it
    for child in noun.children:
        words = [t for t in child.subtree if t.pos_ in ("VERB", "NOUN")][:1]
        if child.dep_ in ("prep", "acl") and words and (lemma(words[0]) in ("sign", "signing")
                                                      or _exchanges_documents(child.subtree)):
            return "agreement"  # `a ceremony of signing`, `of exchanging the notes`
        if child.dep_ == "prep" and child.lower_ == "of" and words and (
                _giving_word(words[0])) and any(
                lemma(t) in AID_NOUNS | GOODS_NOUNS for t in child.subtree):
            return "funding"  # `of providing equipment`, `of the delivery of vaccines`
    return None


def _not_launched(opened: Token) -> bool:
    """What an opening or an inauguration does not launch: a person (`the inauguration of the
    new president`), or a thing of NOT_LAUNCHED (`the launch of a ballistic missile`)."""
    return _is_people(opened) or opened.ent_type_ == "PERSON" or lemma(opened) in PERSON_ROLES or (
        lemma(opened) in NOT_LAUNCHED and opened.pos_ != "PROPN")


def _ceremony_held(noun: Token) -> bool:
    """`the opening ceremony took place on May 5`, `the ceremony was held in Osh`."""
    head = noun.head
    return (noun.dep_ == "nsubj" and lemma(head) == "take" and _has_object(head, "place")) or (
        noun.dep_ == "nsubjpass" and lemma(head) == "hold")


def _exchanges_documents(words: Iterable[Token]) -> bool:
    """Whether the words tell of exchanging signed documents: `MoU exchange`, `exchanging
    notes`."""
    lemmas = {lemma(t) for t in words}
    return "exchange" in lemmas and bool(lemmas & AGREEMENT_NOUNS)


def _has_lender(noun: Token) -> bool:
    """`a $280 million loan from the Export-Import Bank`, `a grant from the Korean
    government`: a lender, named or a body or people that can give, makes the loan an event; a
    loan asked for (`applied for a loan from`) is not one yet."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        _can_intend(g) and g.pos_ != "PRON" for g in c.children) for c in noun.children)


def phase_verb(verb: Token) -> Token | None:
    """`construction began`, `construction is due to begin`, `works are expected to be
    completed` (or `to be complete`): the verb, or the infinitive it governs, that starts or
    ends the work."""
    phases = START_VERBS | {"complete", "finish", "resume", "continue"}
    if lemma(verb) in phases:
        return verb
    for child in verb.children:
        if child.dep_ in ("xcomp", "acomp"):
            if lemma(child) in phases and child.dep_ == "xcomp":
                return child
            found = next((g for g in child.children
                          if g.dep_ in ("xcomp", "acomp") and lemma(g) in phases), None)
            if found is not None:
                return found
    return None


def _voiced_interest(noun: Token) -> bool:
    """`expressed interest in signing a memorandum`, `confirmed its readiness to finance the
    bridge` (or `for financing` it): an interest or a readiness voiced in doing something."""
    lem = lemma(noun)
    if (lem != "interest" and lem not in READINESS_NOUNS) or lemma(noun.head) not in VOICING_VERBS:
        return False
    if lem == "interest":
        return _prep_gerund(noun, "in")
    return _has_to_clause(noun) or _prep_gerund(noun, "for")  # `readiness for funding a bridge`


def _prep_gerund(noun: Token, prep: str) -> bool:
    """Whether a deed hangs on the noun by the preposition: `interest in signing`."""
    return any(c.dep_ == "prep" and c.lower_ == prep and any(
        g.dep_ == "pcomp" for g in c.children) for c in noun.children)


def _has_to_clause(noun: Token) -> bool:
    """Whether a to-infinitive clause hangs on the noun: `plans to build`, `readiness to fund`
    (`there are plans to build`: the parser may hang it as a complement)."""
    return any(c.dep_ in ("acl", "relcl", "xcomp") and any(a.tag_ == "TO" for a in c.children)
               for c in noun.children)


def _plan_noun(noun: Token) -> bool:
    """`plans to establish`, `target of reaching`, `commitment to training`, `aim is to`,
    `expressed interest in investing`."""
    if _voiced_interest(noun):
        return True
    if _denied(noun):
        return False  # `there are no plans to close the plant`
    to_clause = _has_to_clause(noun)
    if lemma(noun) == "invitation":  # `accepted an invitation to visit Beijing next year`
        return lemma(noun.head) == "accept" and to_clause
    if noun.lower_ not in INTENT_NOUNS and lemma(noun) not in INTENT_NOUNS:
        return False
    if _shown_by_thing(noun):
        return False
    if lemma(noun) in PURPOSE_NOUNS and not _owner_intends(noun) and not any(
            t.ent_type_ == "DATE" and YEAR.fullmatch(t.text) for t in noun.sent):
        return False  # `the goal of the project is to ease ...`: what a thing is for; a goal
        # due by a year is a target
    if to_clause:
        return True
    if lemma(noun) == "plan" and noun.dep_ == "dobj" and lemma(noun.head) in UNVEIL_VERBS:
        return True  # plans made known: `announced plans for two plants`, `unveiled a plan`
    if any(c.dep_ == "prep" and c.lower_ in ("of", "to", "for") and not (c.lower_ == "of" and any(
            _can_intend(g) for g in c.children)) for c in noun.children):
        return lemma(noun) in ("target", "commitment", "goal", "pledge")  # `a target of`; the
        # owner's `of` names no aim (`the main goals of the SCO include ...`)
    setter = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    if noun.dep_ in ("dobj", "pobj") and lemma(setter) == "set" and lemma(noun) in (
            "target", "goal"):
        return True  # `have set clear trade targets: $2 billion`, `set a year as a target`
    # `the plan is to build`, `plans are in place to expand`, `a decision was made to develop`
    return noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(a.tag_ == "TO" for a in c.children))
        for c in noun.head.children)


def _shown_by_thing(noun: Token) -> bool:
    """`the agreement underscores the commitment to ...`, `the effort signifies a commitment`: a
    thing that shows an intention announces none (`Japan reaffirmed its commitment` does)."""
    subject = _subject(noun.head) if noun.dep_ == "dobj" else None
    return subject is not None and lemma(noun.head) in SHOWING_VERBS and not _can_intend(subject)


def _owner_intends(noun: Token) -> bool:
    """`the ministry's goal`, `the aim of the government`, `Uzbekistan set a goal`: the noun's
    owner can intend (a project cannot)."""
    owners = [c for c in noun.children if c.dep_ == "poss"] + _of_objects(noun)
    if noun.dep_ == "dobj" and (setter := _subject(noun.head)) is not None:
        owners.append(setter)  # `Uzbekistan set a goal of ...`
    return any((_can_intend(owner) and lemma(owner) not in PROJECT_NOUNS) or (
        lemma(owner) in TRIP_NOUNS | MEETING_NOUNS and _owner_intends(owner))
        for owner in owners)  # `the goals of the guests' visit`: the guests' goals


# --------------------------------------------------------------------------- modality
def clause_verb(token: Token) -> Token:
    """The verb whose clause holds the token (the token itself when it is a verb)."""
    cur = token
    for _ in range(NOUN_PHRASE_DEPTH):
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ == "ROOT" or cur.head == cur:
            return cur
        cur = cur.head
    return cur


def _negated(verb: Token) -> bool:
    """`did not sign`, `has never signed`, `has yet to be approved`, `no agreement was
    reached`."""
    return any(c.dep_ == "neg" or c.lower_ == "never" or (c.lower_ == "yet" and any(
        t.tag_ == "TO" for t in verb.subtree)) or _has_no(c) for c in verb.children)


def _denied(noun: Token) -> bool:
    """A noun determined by `no`: `no plans`, `no intention`."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _has_no(arg: Token) -> bool:
    """A core argument determined by `no` (`no documents were signed`) or that is `nothing`
    (`will sign nothing`, `nothing was signed`)."""
    return arg.dep_ in ("nsubj", "nsubjpass", "dobj") and (arg.lower_ == "nothing" or _denied(
        arg))


def _frame_of(head: Token) -> Mode | None:
    """The mode a governing word imposes on its complement (`plans to`, `is due to`)."""
    lem = lemma(head)
    if head.pos_ in ("NOUN", "PROPN"):
        if _denied(head):
            return Mode.NONE  # `has no plans to build`: nothing is meant
        intent = (head.lower_ in INTENT_NOUNS or lem in INTENT_NOUNS) and not _shown_by_thing(
            head)
        return Mode.INTENDED if intent or _voiced_interest(head) or _consented(head) else None
    if lem in INTENT_FRAMES:
        # `a project which aims to ...` describes a thing; it announces nothing. `signed a
        # memorandum, seeking to expand trade`: a participle adjunct states the deed's purpose
        subject = _subject(head)
        describes = head.dep_ == "acl" or (head.dep_ == "relcl" and (
            subject is None or subject.tag_ in ("WDT", "WP")))
        adjunct = head.dep_ == "advcl" and head.tag_ == "VBG" and subject is None
        return Mode.NONE if describes or adjunct else Mode.INTENDED
    if lem in WEIGHING_VERBS:
        return Mode.INTENDED  # `is considering extending a loan`: weighed, not yet decided
    if lem in READYING_FRAMES and not any(c.dep_ == "dobj" for c in head.children):
        return Mode.INTENDED  # `is preparing to host a summit`; not `prepared nurses to work`
    if lem == "be":
        return _be_to_frame(head)
    if lem in SCHEDULE_FRAMES:
        if lem == "go" and head.tag_ != "VBG":
            return None
        if lem == "set" and (_has_prt(head, "up") or not any(
                c.dep_ == "auxpass" for c in head.children)):
            return None  # `is set to open`; `was set up` founded something
        return Mode.SCHEDULED
    return None


def _consented(noun: Token) -> bool:
    """`reached an agreement to build`, as `agreed to build`: what the sides mean to do; a
    document signed `to provide a loan` states its content instead."""
    return lemma(noun) in CONSENT_NOUNS and lemma(noun.head) in REACHED_VERBS


def _be_to_frame(be: Token) -> Mode | None:
    """`15,000 migrants are to be trained`, `the minister is to visit`: `be to` schedules;
    `the aim is to train` only intends, and so do `preparations are under way to sign`."""
    to_clause = next((c for c in be.children if c.dep_ in ("xcomp", "advcl") and any(
        t.tag_ == "TO" for t in c.children)), None)
    subject = _subject(be)
    if to_clause is None or subject is None or any(
            c.dep_ == "attr" and c.i < to_clause.i for c in be.children):
        return None  # `was one of the first to open an office`: it tells of the attribute
    if _under_way(be):
        return Mode.INTENDED
    if to_clause.dep_ != "xcomp":
        return None
    if be.tag_ == "VBD" and lemma(subject) in PURPOSE_NOUNS and _of_gathering(subject):
        return Mode.REALIS  # `the purpose of the trip was to attend the forum`: what it did,
        # and `the purpose of the meeting was to sign the agreement`
    if subject.lower_ in INTENT_NOUNS or lemma(subject) in INTENT_NOUNS:
        return Mode.INTENDED
    passive = any(c.dep_ == "auxpass" for c in to_clause.children)
    actor = subject.pos_ == "PROPN" or subject.ent_type_ in ORG_LABELS or _is_people(subject)
    return Mode.SCHEDULED if passive or actor else None


def _of_phrases(noun: Token) -> list[Token]:
    """The words of the noun's `of` phrases: `of the first batch of medical equipment`."""
    return [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]


def _of_objects(noun: Token) -> list[Token]:
    """What the noun's `of` names: `the aim of the visit` -> `visit`, `a group of 20 doctors`
    -> `doctors`."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def _of_gathering(noun: Token) -> bool:
    """`the aim of the visit`, `the purpose of the meeting`: the noun is of a trip or a
    meeting."""
    return any(lemma(g) in TRIP_NOUNS | MEETING_NOUNS for g in _of_objects(noun))


def in_belief(verb: Token) -> bool:
    """`I believe privatisation will do more`: an opinion, not a report."""
    cur = verb
    for _ in range(CLAUSE_DEPTH):
        head = cur.head
        if head == cur:
            return False
        if cur.dep_ == "ccomp" and (lemma(head) in BELIEF_VERBS or any(
                c.dep_ == "acomp" and lemma(c) in BELIEF_VERBS for c in head.children)):
            return True
        cur = head
    return False


def _reported_would(verb: Token) -> bool:
    """`said ... would <verb>`: `would` in indirect speech after a past verb of saying."""
    return verb.dep_ == "ccomp" and lemma(verb.head) in REPORT_VERBS and (
        verb.head.tag_ == "VBD") and any(c.dep_ == "aux" and c.lower_ == "would"
                                         for c in verb.children)


def reported_future(verb: Token) -> bool:
    """`said the workshops would be equipped by September 2025`: `would` reports a dated
    future in indirect speech, not a hypothesis."""
    return _reported_would(verb) and _dated_target(verb)


def announced_action(verb: Token) -> bool:
    """`the bank said it would lend $100 million`: the speaker reports its own coming action,
    named by a pronoun for it or by its name again (`Japan said Japan would`); the event it
    names is due, though without a date it makes no plan of its own."""
    if not _reported_would(verb):
        return False
    subject, speaker = _subject(verb), _subject(verb.head)
    return subject is not None and subject.dep_ == "nsubj" and (
        subject.lower_ in SPEAKER_PRONOUNS or (
            speaker is not None and subject.pos_ == "PROPN" and subject.text == speaker.text))


def hoped_future(verb: Token) -> bool:
    """`expressed his hope that the equipment would be delivered by March 2026`: a dated
    `would` under a word of hope is an intended future."""
    return verb.dep_ in ("ccomp", "acl") and lemma(verb.head) in HOPE_WORDS and (
        _dated_target(verb))


def promised_future(verb: Token) -> bool:
    """`assured that they would make every effort to resolve`: `would` under a promise is an
    intended action, dated or not; so is a support reported to go on (`said Japan would
    continue to help`)."""
    return verb.dep_ == "ccomp" and (lemma(verb.head) in PROMISE_VERBS or (
        lemma(verb) == "continue" and _reported_would(verb)))


def _dated_target(verb: Token) -> bool:
    """The verb has a time it is due by (`by May`, `between 2025 and 2027`), not a habit."""
    return any(c.dep_ in ("prep", "agent") and c.lower_ in TARGET_PREPS and any(
        g.ent_type_ == "DATE" and not any(d.lower_ in ("every", "each") for d in g.children)
        for g in c.children) for c in verb.children)


def _modal_mode(verb: Token) -> Mode | None:
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if "would" in aux and (reported_future(verb) or announced_action(verb)):
        return Mode.SCHEDULED
    if "would" in aux and (hoped_future(verb) or promised_future(verb)):
        return Mode.INTENDED
    if aux & {"would", "can", "must"}:
        return Mode.NONE
    if aux & STRONG_MODALS:
        return Mode.SCHEDULED
    if aux & WEAK_MODALS:
        # `may vary` hedges; `could be completed by 2035` plans: a time anchor tells them apart
        anchored = any(t.lower_ in FUTURE_ADVERBS or t.ent_type_ == "DATE" for t in verb.subtree)
        return Mode.INTENDED if anchored else Mode.NONE
    return None


def _addresses_reader(root: Token) -> bool:
    """`Start your day with our digest!`, `Sign up to get our news`: a bidding to the reader (a
    bare verb with no subject, and `you` or an exclamation) reports nothing."""
    if root.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux")
                                for c in root.children):
        return False
    sent = root.sent
    return sent.text.rstrip().endswith("!") or any(t.lower_ in READER_WORDS for t in sent)


def clause_mode(verb: Token) -> Mode:
    """Realis, scheduled, intended or none, read up the chain of governing frames."""
    if in_belief(verb):
        return Mode.NONE
    if _to_be_done(verb):
        return Mode.SCHEDULED
    cur = verb
    for _ in range(CLAUSE_DEPTH):  # `is expected to be signed`
        if _negated(cur):
            return Mode.NONE
        modal = _modal_mode(cur)
        if modal is not None:
            return modal
        own = _frame_of(cur) if cur.pos_ == "VERB" else None
        if own is not None and cur == verb and any(c.dep_ == "auxpass" for c in cur.children):
            return own  # `the works are planned`, `is scheduled`
        if cur.dep_ == "ROOT" and _addresses_reader(cur):
            return Mode.NONE
        head = cur.head
        if head == cur:
            return Mode.REALIS
        if _is_condition(cur):
            return Mode.NONE
        frame = _governing_frame(cur, head)
        if frame is not None:
            return frame
        if cur.dep_ in ("conj", "xcomp", "pcomp", "pobj", "prep", "acl") or (
                cur.dep_ == "acomp" and (lemma(cur) == "able" or lemma(cur) in PLEASED_WORDS)) or (
                cur.dep_ == "advcl" and not any(c.dep_ in ("mark", "aux") for c in cur.children)):
            cur = head
            continue
        return Mode.REALIS
    return Mode.REALIS


def _is_condition(verb: Token) -> bool:
    """`once it opens`, `if the loan is approved`: a present-tense subordinate clause states a
    condition or a future time, not an event."""
    if verb.dep_ not in ("advcl", "relcl"):
        return False
    first = verb.left_edge
    before = verb.doc[first.i - 1] if first.i > 0 else None  # the parser may hang it elsewhere
    if not any(t is not None and t.lower_ in CONDITION_MARKS and t.tag_ in ("IN", "WRB")
               for t in (first, before)):
        return False
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in AUX_DEPS}
    return bool(tags & {"VBZ", "VBP"}) and not tags & {"VBD"}


def _governing_frame(cur: Token, head: Token) -> Mode | None:
    """A frame word right above: verbs govern by `xcomp` (`agree that` by `ccomp`), nouns by
    an infinitive or a preposition (`plans to`, `target of`, `commitment to`)."""
    if head.pos_ in ("VERB", "ADJ", "AUX"):
        if _infinitive_of(cur) and _helped_by_thing(head):
            # `the two loans will help modernise the pipes`, `the loan will allow a bypass to
            # be built`: works they pay for, due, and so is money that will help fund something
            # (`the $40 million will help finance pumps`); `will help improve health`: an effect
            return Mode.SCHEDULED if lemma(cur) in CONSTRUCTION_VERBS or (
                lemma(cur) in FUNDING_ALWAYS and _is_money(_subject(head))) else Mode.NONE
        if cur.dep_ == "xcomp" and lemma(head) in INVITING_VERBS and lemma(
                cur) in VISITING_VERBS and (host := _subject(head)) is not None and (
                host.dep_ == "nsubj"):
            return Mode.INTENDED  # `invited the president to pay a visit`: still to come
        # `agree that ...`; `expects the section to open` (a subject plus an infinitive)
        if cur.dep_ == "xcomp" and (ready := _ready_word(head)) is not None:
            return _readiness(cur, ready)
        if cur.dep_ == "advcl" and lemma(head) == "be":
            return _be_to_frame(head) if _under_way(head) else None
        if cur.dep_ == "xcomp" and lemma(head) in WISH_VERBS and (
                lemma(cur) in GOODWILL_VERBS | SPOKEN_DEEDS or any(
                    c.dep_ == "dobj" and lemma(c) in WISHED_TIES for c in cur.children)):
            return None  # `wants to strengthen the partnership`, `seeks to increase ties`:
            # goodwill, no plan; `want to thank`: said as it is done
        if cur.dep_ == "xcomp" or (cur.dep_ == "ccomp" and (lemma(head) in ("agree", "decide")
                                                            or any(c.tag_ == "TO"
                                                                   for c in cur.children))):
            return _frame_of(head)
        return None
    if cur.dep_ in ("acl", "prep", "pcomp", "pobj") or (cur.dep_ == "xcomp" and head.pos_ == (
            "NOUN") and any(c.tag_ == "TO" for c in cur.children)):  # `there are plans to build`
        return _frame_of(head)
    return None


def _under_way(be: Token) -> bool:
    """`are underway`, `is ongoing`, `are under way`: work towards something goes on."""
    return any((c.dep_ == "acomp" and c.lower_ in UNDER_WAY_WORDS) or (
        c.dep_ == "prep" and c.lower_ == "under" and any(g.lower_ == "way" for g in c.children))
        for c in be.children)


def _is_ready(word: Token) -> bool:
    """`ready`, `willing`, `prepared` as an adjective: a word of being ready to do something."""
    return word.pos_ == "ADJ" and lemma(word) in READY_WORDS


def _ready_word(head: Token) -> Token | None:
    """The word of being ready an infinitive hangs from: the adjective itself, or the one its
    copula takes when the parser hung the infinitive on the copula (`it is keen to invest`)."""
    if _is_ready(head):
        return head
    return next((c for c in head.children if c.dep_ == "acomp" and _is_ready(c)),
                None) if lemma(head) == "be" else None


def _readiness(deed: Token, ready: Token) -> Mode | None:
    """`the bank is ready to fund the bridge`: a deed its doer is ready for is intended; being
    ready to work together (`is willing to cooperate with`) is goodwill, and a thing's readiness
    (`the pumps are ready to ship`) its state."""
    doer = _subject(ready.head) if ready.dep_ == "acomp" else None
    if doer is None or not _can_intend(doer) or lemma(deed) in GOODWILL_VERBS:
        return None
    return Mode.INTENDED


def _infinitive_of(verb: Token) -> bool:
    """Whether a verb is its head's infinitive, bare or after its own subject: `will help
    modernise`, `will allow a bypass to be built` (not `shows that roads are built`)."""
    return verb.dep_ == "xcomp" or (verb.dep_ == "ccomp" and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children))


def _helped_by_thing(verb: Token) -> bool:
    """`the loans will help`, `the new road will allow`: an effect verb, not in the past, whose
    subject is a thing (a loan, a work, a deal), which has effects and intends nothing (the works
    it will help do are due all the same); `Japan will help build` plans."""
    subject = _subject(verb)
    return lemma(verb) in EFFECT_VERBS and verb.tag_ not in ("VBD", "VBN") and (
        subject is not None and not _can_intend(subject))  # `the grant helped rebuild`: done


def _is_money(noun: Token | None) -> bool:
    """Whether a noun names money: a sum (`$40 million`), aid money (`the grant`) or a share of
    either (`half of the grant`)."""
    if noun is not None and lemma(noun) in MONEY_PORTIONS:
        noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
    return noun is not None and (noun.ent_type_ == "MONEY" or lemma(noun) in SPENT_MONEY)


def _to_be_done(verb: Token) -> bool:
    """`The complex, to be built in Tashkent, ...`, `The plant to be built in Navoi will ...`: a
    passive infinitive set off after a noun, or one of building after the sentence's subject,
    tells what is scheduled for it (not `they need a road to be built`)."""
    start = verb.left_edge.i
    set_off = start > 0 and verb.doc[start - 1].text == ","
    subject_built = verb.head.dep_ in ("nsubj", "nsubjpass") and lemma(verb) in CONSTRUCTION_VERBS
    return (set_off or subject_built) and verb.dep_ in (
        "relcl", "acl") and verb.tag_ == "VBN" and any(
        c.tag_ == "TO" for c in verb.children) and any(
        c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)


def is_purpose(verb: Token) -> bool:
    """`signed a contract to build ...`: an infinitive of purpose states a goal, not an event;
    so does what one helps or takes part in doing (`created to assist in rebuilding ...`, `set
    up to help rebuild ...`)."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    # (not the means a purpose is met by: `to support ... by building`)
    helped = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "in" else (
        verb.head if verb.dep_ == "xcomp" else None)
    if helped is not None and lemma(helped) in HELPING_VERBS and is_purpose(helped):
        return True
    if _to_be_done(verb):
        return False
    if verb.dep_ not in ("advcl", "xcomp", "acl", "relcl") or not any(
            c.tag_ == "TO" for c in verb.children):
        return False
    head = verb.head
    if _frame_of(head) is not None or lemma(head) in REALIZING_VERBS | PLEASED_WORDS | {
            "invite", "help", "able"} or _given_chance(verb) is not None or (
            (ready := _ready_word(head)) is not None and _readiness(verb, ready) is not None):
        return False  # `got a chance to study in Korea`: what they do
    return verb.dep_ != "xcomp" or lemma(head) not in ("begin", "start", "continue")


def is_simple_past(verb: Token) -> bool:
    """`was dispatched`, `signed`; not `has signed`, `signs`, `will sign`."""
    if verb.tag_ == "VBD":
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and not auxes and verb.dep_ in ("ROOT", "ccomp"):
        return True  # a finite participle without auxiliary is a past tense the tagger missed
    return any(a.tag_ == "VBD" for a in auxes) and not any(a.lemma_ == "have" for a in auxes)


# --------------------------------------------------------------------------- sentences
def quoted_tokens(doc: Doc) -> frozenset[int]:
    """Indices of tokens inside quotation marks that name something: a project, a festival, a
    document (`the “Rose of the East” festival`). Direct speech reports events like any other
    text: it ends in its own punctuation or speaks in the first person.

    A quotation closes at its closing mark or at the end of its paragraph; the text is scanned
    for marks and paragraph breaks only, not token by token.
    """
    text = doc_text(doc)
    inside: set[int] = set()

    def take(start: int, end: int) -> None:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and not _is_speech(span):
            inside.update(t.i for t in span if not t.is_space)

    opened: int | None = None
    for mark in QUOTE_OR_BREAK.finditer(text):
        ch = mark.group()
        if opened is not None:
            take(opened, mark.start())
            opened = mark.end() if ch in "“«" else None
        elif ch in '“«"':
            opened = mark.end()
    if opened is not None:
        take(opened, len(text))
    return frozenset(inside)


QUOTE_OR_BREAK = re.compile(r'[“«”»"]|\n[^\S\n]*\n')


def _is_speech(span: Span) -> bool:
    """A quotation of what someone said, not a name: it closes with its own punctuation, speaks
    as `we`/`I`, or runs on past a sentence's end (`“Since May, USAID has provided $10
    million. This includes ...`, a quotation the page cut off before its closing mark), as a
    name with a stop inside does not (`“Days of Japan. Culture and Art”`)."""
    words = [t for t in span if not t.is_space]
    return bool(words) and (words[-1].text in SPEECH_ENDS or any(
        t.lower_ in FIRST_PERSON for t in words) or (len(words) > QUOTED_NAME_WORDS and any(
            t.text in SENTENCE_ENDS and n.is_title for t, n in pairwise(words))))


def is_headline(sent: Span) -> bool:
    """A title-like line: no final punctuation, most words capitalised, and a line of its own
    (a sentence the parser cut at a bracket, `... signed by Deputy Prime Minister A, Mirzo Jani
    [untraced], and ...`, runs on in its line)."""
    if _last_char(sent) in ".!?:;\"”'»)" or not _ends_line(sent):
        return False  # tested first: most sentences end in a full stop
    words = [t for t in sent if t.is_alpha]
    if not words:
        return False
    capitalised = sum(t.text[0].isupper() for t in words)
    return capitalised / len(words) >= TITLE_CAP_SHARE


def _ends_line(sent: Span) -> bool:
    """Whether a line break or the end of the text follows the sentence."""
    last = sent[-1]
    return sent.end == len(sent.doc) or "\n" in last.whitespace_ or "\n" in last.text or (
        sent.doc[sent.end].is_space and "\n" in sent.doc[sent.end].text)


def heading_tokens(sent: Span) -> set[int]:
    """Tokens of a heading line the parser glued to the sentence after it
    (`Dispatch of experts\n\nFor the development ...`)."""
    skipped: set[int] = set()
    line: list[Token] = []
    for token in sent:
        line.append(token)
        if "\n\n" in token.whitespace_ or (token.is_space and "\n\n" in token.text):
            words = [t for t in line if t.is_alpha]
            last = next((t for t in reversed(line) if not t.is_space), token)
            # a heading is short and ends without punctuation
            if words and len(words) <= HEADING_MAX_WORDS and not last.is_punct:
                skipped.update(t.i for t in line)
            line = []
    return skipped


def question_tokens(sent: Span) -> set[int]:
    """Tokens of the questions in a sentence (an interviewer's line glued to an answer): a
    question reports nothing."""
    skipped: set[int] = set()
    start = sent.start
    for token in sent:
        if token.text == "?":
            skipped.update(range(start, token.i + 1))
        if token.text in ("?", ".", "!") or "\n" in token.whitespace_ or (
                token.is_space and "\n" in token.text):
            start = token.i + 1
    return skipped


def undecided_tokens(sent: Span) -> set[int]:
    """Tokens of a clause the sentence says is still unclear or undecided (`It is unclear which
    company will be awarded the contract`, `The sum is yet to be determined`, `Japan has yet to
    sign`): it reports nothing, nor plans it."""
    skipped: set[int] = set()
    for token in sent:
        if (token.dep_ == "acomp" and token.lower_ in UNDECIDED_WORDS) or (
                token.dep_ == "advmod" and token.lower_ == "yet"):
            for clause in token.head.children:
                if clause.dep_ in OPEN_CLAUSE_DEPS and clause.i > token.i:
                    skipped.update(t.i for t in clause.subtree)
    return skipped


def trigger_tokens(doc: Doc, quoted: frozenset[int]) -> list[int]:
    """Where triggers may stand: the alphabetic verbs, auxiliaries and nouns outside quotes
    (read from the doc's arrays, so that no other word is made a Token)."""
    rows = doc.to_array([POS, IS_ALPHA]).tolist()
    return [i for i, (pos, alpha) in enumerate(rows)
            if alpha and pos in TRIGGER_POS and i not in quoted]


def sentence_candidates(sent: Span, money: list[int], triggers: list[int]) -> list[Candidate]:
    """Every trigger of the sentence with its mode, in text order (`triggers` from
    `trigger_tokens`)."""
    found: list[Candidate] = []
    doc = sent.doc
    chars = doc_text(doc)[sent.start_char:sent.end_char + len(sent[-1].whitespace_)]
    skipped = (heading_tokens(sent) if "\n\n" in chars else set()) | (
        question_tokens(sent) if "?" in chars else set()) | (
        undecided_tokens(sent) if UNDECIDED_TEXT.search(chars) else set())  # cheap tests first
    for i in triggers[bisect_left(triggers, sent.start):bisect_left(triggers, sent.end)]:
        if i in skipped:
            continue
        token = doc[i]
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ not in AUX_DEPS):
            found.extend(_verb_events(token, money))
        elif token.pos_ in ("NOUN", "PROPN") and (
                lemma(token) in NOUN_TRIGGERS or token.lower_ in NOUN_TRIGGERS
                or token.head.lower_ == "under"):
            found.extend(_noun_events(token, money))
    return found


def _lost_predicate(verb: Token) -> bool:
    """`A group of 40 nurses left for Japan` parsed with a noun root: the participle the
    parser hung on the noun is the sentence's missed main verb."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.sent.root.pos_ in (
        "NOUN", "PROPN")


def _is_descriptive(verb: Token) -> bool:
    """Modifier verbs describe, they do not report: `the possibility of building`, `a period
    starting from`, `paving tiles`, `a network built in Soviet times`, a topic of talks listed
    as a gerund; a verb after `with` that has its own subject reports (`with the bank providing
    $530 million`)."""
    if verb.dep_ in ("amod", "compound", "nmod"):
        return True
    if verb.tag_ == "VBG" and verb.dep_ == "conj" and verb.head.tag_ == "VBG" and (
            verb.head.dep_ != "conj" and _is_descriptive(verb.head)):
        return True  # `a record in building and repairing roads`: both describe
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and lemma(
            verb.head) in DISCUSSION_VERBS and _subject(verb) is None:
        return True  # `discussed the strategy, financing measures and trade`: a topic listed
    if verb.tag_ == "VBG" and (verb.dep_ == "acl" or (
            verb.dep_ == "pcomp" and verb.head.lower_ != "by"
            and verb.head.lower_ not in SEQUENCE_PREPOSITIONS and not _thanked_for(verb)
            and not _helped_in(verb.head) and _subject(verb) is None)):
        return True  # not `with the bank providing $530 million`, a clause of its own, nor
        # the deed a partner helps in (`assisted in building a hospital`)
    return lemma(verb) == "co" and verb.i + 1 < len(verb.doc) and verb.nbor(1).text == "-"


def _helped_in(prep: Token) -> bool:
    """Whether a preposition gives what a partner helps in or with: `assisted in`, `helped the
    ministry with`."""
    return prep.lower_ in ("in", "with") and prep.dep_ == "prep" and lemma(prep.head) in (
        HELPING_VERBS)


def _thanked_for(verb: Token) -> bool:
    """`thanked China for providing vaccines`, `grateful to Japan for funding`: the deed a
    speaker thanks for is reported, not described."""
    prep = verb.head
    thanker = prep.head  # `thanked ... for`, or `expressed gratitude to Japan for`
    return prep.lower_ == "for" and (lemma(thanker) in THANKS_WORDS or _object_in(
        thanker, THANKS_WORDS))


def _purpose_personnel(verb: Token) -> list[Candidate]:
    """`signed a $12 million project to train 300 nurses`: the counted people a signed or funded
    project trains are its personnel event."""
    if lemma(verb) not in PERSONNEL_VERBS or not any(
            _is_people(a) and _has_count(a) for a in _args(verb)):
        return []
    mode = clause_mode(clause_verb(verb.head))
    return [] if mode is Mode.NONE else [Candidate("personnel", verb.i, verb.i + 1, verb, mode)]


def _served_purpose(verb: Token, money: list[int]) -> list[Candidate]:
    """The event a trip, a signing or money spent is made for, in its mode: `arrived in Tokyo
    (or was in Tokyo) to attend the summit` (a meeting), `signed a grant agreement with FAO to
    provide grant aid of up to 596 million yen` (funding), `the loan will be used to build four
    schools` (construction)."""
    head = clause_verb(verb.head)
    kinds = [kind for heads, kind in SERVED_PURPOSES if lemma(head) in heads]
    if lemma(head) == "be" and _at_named_place(head):
        kinds = ["meeting"]  # `he was in Bishkek to attend the council meeting`: a trip
    if not kinds or (mode := clause_mode(head)) is Mode.NONE:
        return []
    typed = {kind for kind, _ in _verb_candidates(verb, money)}
    return [Candidate(kind, verb.i, verb.i + 1, verb, mode) for kind in kinds if kind in typed]


def _verb_events(verb: Token, money: list[int]) -> list[Candidate]:
    if _is_descriptive(verb):
        return []
    if is_purpose(verb):
        return _purpose_personnel(verb) or _served_purpose(verb, money)
    mode = clause_mode(verb)
    if mode is Mode.NONE or _reached_before(verb):
        return []
    typed = [] if verb.pos_ == "AUX" else _verb_candidates(verb, money)
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not _lost_predicate(verb):
        # `a bridge built in 1960`, `workers employed in Japan` and `the bank, established in
        # 1966,` are background, but for a partner's work or launch
        typed = [(kind, end) for kind, end in typed
                 if kind not in ("construction", "personnel", "launch")
                 or _partners_deed(kind, verb)]
    out = [Candidate(kind, verb.i, end.i + 1, verb, mode) for kind, end in typed]
    if lemma(verb) == "agree" and _agreed_action(verb):
        out.append(Candidate("plan", verb.i, verb.i + 1, verb, Mode.INTENDED))
    if not typed and mode in (Mode.SCHEDULED, Mode.INTENDED) and _is_action(verb) and (
            _direct_future(verb)) and verb.dep_ != "relcl":  # `the power the plant will sell`
        out.append(Candidate("plan", _plan_start(verb), verb.i + 1, verb, mode))
    elif not typed and _is_plan_verb(verb):
        out.append(Candidate("plan", verb.i, verb.i + 1, verb, Mode.INTENDED))
    return out


def _partners_deed(kind: EventType, verb: Token) -> bool:
    """A work or a launch a participle tells with its doer or backer named (`a school built by
    a Turkish firm`, `a scheme launched by the bank`), not a launch still going on (`a scheme
    being executed by two state firms`)."""
    return kind != "personnel" and _builder_named(verb) and not (
        kind == "launch" and any(c.dep_ == "auxpass" and c.lower_ == "being"
                                 for c in verb.children))


def _programme_of_ties(noun: Token) -> bool:
    """`a cooperation programme for 2026-2028`, `a programme of partnership`: a document of ties."""
    return lemma(noun) in PROGRAMME_NOUNS and (any(
        c.dep_ in ("compound", "amod") and lemma(c) in WISHED_TIES for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(lemma(g) in WISHED_TIES for g in c.children)
        for c in noun.children))


def _builder_named(verb: Token) -> bool:
    """`two schools built by a Turkish firm`, `a clinic rebuilt with the support of the
    agency`, `a fund set up by the bank`: a participle that names who did or backed it."""
    return any((c.dep_ == "agent" and any(g.ent_type_ in ORG_LABELS or lemma(g) in CLASSIFIERS
                                          for g in c.children))
               or (c.dep_ == "prep" and c.lower_ == "with" and any(
                   lemma(g) in SUPPORT_NOUNS for g in c.children)) for c in verb.children)


def _reached_before(verb: Token) -> bool:
    """`the agreements reached at the summit`: a deal told before, no new one (the parser may
    take the participle for the verb of `agreements`, which then reach nothing)."""
    if lemma(verb) not in REACHED_VERBS or verb.tag_ not in ("VBN", "VBD"):
        return False
    if verb.dep_ == "acl":  # not `a new agreement reached by the two ministries`
        return not any(c.lower_ in ("a", "an") for c in verb.head.children)
    return bool(_subject_lemmas(verb) & AGREEMENT_NOUNS) and not any(
        c.dep_ in ("dobj", "auxpass") for c in verb.children)


def _agreed_action(verb: Token) -> bool:
    """`the parties agreed on joint actions`, `agreed upon steps to expand`: what the parties
    agree to do is their plan; the terms or the text of a deal agreed on are no action."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(
        g.dep_ == "pobj" and g.ent_type_ != "DATE" and not _noun_lemmas(g) & (
            AGREEMENT_NOUNS | DEAL_TERMS) for g in c.children) for c in verb.children)


def _direct_future(verb: Token) -> bool:
    """The verb itself carries the future (`will focus`, `plans to cooperate`, and their
    conjuncts), rather than sitting in a phrase under one (`with the rest covered by`)."""
    cur = verb
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in cur.children) or (
            reported_future(cur) or promised_future(cur)):
        return True
    if cur.dep_ == "ccomp" and lemma(cur.head) not in INTENT_FRAMES | {"agree", "decide"}:
        return False  # `expects output to double` forecasts a change, it plans no action
    return cur.dep_ in ("xcomp", "ccomp", "acl") and cur.head != cur and (
        _governing_frame(cur, cur.head) is not None)


def _is_plan_verb(verb: Token) -> bool:
    """`the works are planned`, `a second phase is being discussed`, `the project envisages
    new loans`."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if lemma(verb) in ("plan", "schedule", "slate") and (passive or (
            verb.dep_ == "acl" and verb.tag_ == "VBN" and lemma(verb.head) in GATHERINGS)):
        return True  # also a gathering's reduced clause: `the forum, scheduled for May 29,`
    progressive = verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in verb.children)
    if lemma(verb) == "prepare" and progressive and any(c.dep_ == "dobj" for c in verb.children):
        return True  # `we are preparing a storage project`
    if lemma(verb) in WEIGHING_VERBS and progressive and not passive and any(
            c.dep_ == "dobj" for c in verb.children):
        return True  # `Uzbekistan is considering a new zone`
    if lemma(verb) == "want" and not passive and any(c.dep_ == "dobj" for c in verb.children):
        # `wants 15 percent of its electricity from renewables by 2030`: a dated goal
        return any(c.dep_ == "prep" and c.lower_ == "by" and any(
            t.ent_type_ == "DATE" or t.like_num for t in c.subtree) for c in verb.children)
    if lemma(verb) == "propose" and not passive and _object_in(verb, FOUNDING_NOUNS):
        return True  # `proposed the creation of a permanent secretariat`: a new body intended
    if lemma(verb) in ENVISAGE_VERBS and not passive:  # a project's or a document's plan
        # the parser may take the subject for a modifier of the verb: `the agreement envisages`
        planner = _subject_lemmas(verb) | {lemma(c) for c in verb.lefts if c.dep_ == "compound"}
        return bool(planner & (PROJECT_NOUNS | AGREEMENT_NOUNS)) and any(
            c.dep_ in ("dobj", "xcomp") for c in verb.children)
    if lemma(verb) == "provide" and not passive and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        # `the forum provides for the signing of a memorandum`: what it lays out, to be done
        return bool(_subject_lemmas(verb) & (PROJECT_NOUNS | AGREEMENT_NOUNS | MEETING_NOUNS))
    if lemma(verb) == "target" and not passive and verb.dep_ in ("ROOT", "ccomp", "conj"):
        # `targets a 30 percent share by 2030`: a target needs a figure or a date
        return any(c.dep_ == "dobj" for c in verb.children) and any(
            t.like_num or t.ent_type_ == "DATE" for t in verb.subtree)
    return lemma(verb) in UNDER_DISCUSSION and passive and any(
        c.lower_ == "being" for c in verb.children)


def _is_action(verb: Token) -> bool:
    """Frames themselves (`expected`, `plans`) are not the planned action, nor is a property
    stated for the future (`the rate will be 1 percent`, `the metro will become essential`,
    `the plant will have a capacity of 1.2 Mt`), an effect a thing will have (`this will
    benefit farmers`) or is made for (`the project aims to improve`), a pointer to a fact (`it
    should be noted that`), nor a goal of a noun's relative clause (`everything the city wants
    to achieve`)."""
    if (lemma(verb) in COPULAS and not _becomes_status(verb)) or lemma(
            verb) in PROPERTY_VERBS | TERM_VERBS or (
            verb.dep_ == "xcomp" and verb.head.dep_ == "relcl"):
        return False
    if lemma(verb) == "be" and any(c.dep_ == "expl" for c in verb.children):
        return False  # `there will be no issue with water supply` states what there is
    if lemma(verb) == "make" and any(
            c.pos_ == "ADJ" and c.dep_ in RESULT_DEPS and (
                c.tag_ == "JJR" or any(g.lower_ == "it" for g in c.children))
            for c in verb.children):
        return False  # `will make it harder to smuggle goods`, `make roads safer`: an effect
    subject = _subject(verb) or _controller(verb) or next(
        (c for c in verb.children if c.dep_ == "csubj"), None)
    if subject is not None and subject.lower_ == "it" and subject.dep_ == "nsubjpass" and (
            lemma(verb) in REPORT_VERBS):
        return False  # `it should be noted that ...` points at a fact; no one will note it
    if subject is not None and _purpose_frame(verb) is not None and not _can_intend(subject):
        return False  # `projects of the fund aim to adapt the economy`: what they are for
    if subject is not None and (
            (lemma(verb) in EFFECT_VERBS and lemma(subject) in EFFECT_SUBJECTS)
            or _forecast(verb, subject)
            or (lemma(verb) in BENEFIT_VERBS and lemma(subject) in BENEFICIARY_NOUNS)):
        return False  # `this project will improve trade`: an effect expected, no one's plan
    return _frame_of(verb) is None or not any(c.dep_ == "xcomp" for c in verb.children)


def _forecast(verb: Token, subject: Token) -> bool:
    """What a thing will do or bring about (`the pumps will water the fields`, `the road will
    connect the regions`, `repairing the canal will raise yields`, `the funds are expected to
    bring advances`) is forecast; no one intends it. A work's planned content (`the project will
    line the canals`), what will be done to a thing (`the road will be built`),
    its start (`the plant will start producing`) and a target due by a date (`trade should
    grow to $20 billion by 2027`) are plans."""
    if (subject.dep_ == "nsubjpass" and subject.head.i == verb.i) or lemma(
            verb) in COPULAS or _can_intend(subject) or (
            _dated_target(verb)):
        return False
    return lemma(verb) in EFFECT_VERBS or not (
        lemma(subject) in PROJECT_NOUNS or lemma(verb) in START_VERBS)


def _controller(verb: Token) -> Token | None:
    """The subject a verb shares with the verb above it: a conjunct's (`visited and signed`), a
    passive frame's (`the plant is expected to open`), or the thing whose purpose it states
    (`the project aims to improve`, `the objective of the loan is to increase`)."""
    frame = _purpose_frame(verb)
    if frame is None:
        raised = _subject(verb.head) if verb.dep_ == "xcomp" else None
        if raised is not None and raised.dep_ == "nsubjpass":
            return raised  # `the funds are expected to bring`: the passive frame's subject
        while verb.dep_ == "conj" and verb.head != verb:
            verb = verb.head  # `will strengthen ..., open ... and contribute`: the first's
            if (subject := _subject(verb)) is not None:
                return subject
        return None
    subject = _subject(frame)
    if subject is not None and lemma(frame) == "be":  # the thing the purpose noun is of
        return next(iter(_of_objects(subject)), subject)
    return subject


def _purpose_frame(verb: Token) -> Token | None:
    """The aim word or the purpose noun's `be` whose infinitive the verb (or the verb it is
    joined to) is: `aims to improve`, `is designed to reduce`, `the objective is to increase`."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    head = verb.head
    if verb.dep_ != "xcomp" or head == verb:
        return None
    subject = _subject(head)
    purpose_noun = subject is not None and lemma(subject) in PURPOSE_NOUNS
    return head if lemma(head) in PURPOSE_FRAMES or (lemma(head) == "be" and purpose_noun) else None


def _can_intend(subject: Token) -> bool:
    """Whether the subject can mean to do something: a person or people, a named body or
    country, a pronoun for them, a body by its head noun (`the ministry`), a side; a package,
    the work or a clause (`joining our efforts will help`) only has effects."""
    if subject.lower_ in POINTERS:
        return False  # `this will equip young people`: what was said has effects
    return subject.ent_type_ in ORG_LABELS or subject.pos_ in (
        "PROPN", "PRON") or _is_people(subject) or lemma(subject) in (
        GUEST_NOUNS | FINAL_HEADS | INTENDING_NOUNS)


def _becomes_status(verb: Token) -> bool:
    """A copula that plans a change of status, not a property: due by a year (`plots should
    be ready for the 2026 season`) or naming what it becomes (`OVOP will become a National
    Project`), not a quality, a figure or a rank (`will become essential`, `the rate will be 1 %`,
    `it will be the largest plant in the region`) or a judgement (`will become a symbol of
    friendship`, see JUDGED_ROLES)."""
    if any(c.dep_ == "attr" and lemma(c) in JUDGED_ROLES for c in verb.children):
        return False  # dated or not: `will become a key factor of growth in this century`
    dated = any(t.ent_type_ == "DATE" and YEAR.fullmatch(t.text) for t in verb.subtree)
    return _dated_target(verb) or dated or any(
        c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in FIGURES
        and not any(g.like_num or g.tag_ == "JJS" for g in c.children) for c in verb.children)


def _plan_start(verb: Token) -> int:
    modal = [c.i for c in verb.children if c.dep_ == "aux" and c.lower_ in FUTURE_MODALS]
    return min(modal) if modal else verb.i


def _noun_events(noun: Token, money: list[int]) -> list[Candidate]:
    typed = _noun_candidates(noun, money)
    if not typed and not _plan_noun(noun) and not (
            _urged(noun) and lemma(noun) in NOUN_TRIGGERS):
        return []
    verb = clause_verb(noun)
    if verb != noun and lemma(noun) in CONSTRUCTION_NOUNS:
        verb = phase_verb(verb) or verb  # `construction is due to begin`: the mode of `begin`
    mode = Mode.REALIS if verb == noun else clause_mode(verb)
    awaited = _awaited(noun)
    if verb != noun and (is_purpose(verb) or _is_descriptive(verb) or mode is Mode.NONE) and (
            not _during_a_call(noun) and not awaited):  # what was asked during a call, the
        return []  # call took place
    if awaited or _urged(noun):
        mode = Mode.INTENDED  # `urged the signing of the agreement`: still to come
    if verb.dep_ == "relcl" and _negated(clause_verb(verb.head)):
        return []  # `did not sign the draft, which remains under negotiation`: nothing happened
    if not typed:
        return [Candidate("plan", noun.i, noun.i + 1, noun, Mode.INTENDED)]
    return [Candidate(kind, noun.i, end.i + 1, noun, mode) for kind, end in typed]


def _urged(noun: Token) -> bool:
    """`urged the signing of`, `called for the construction of`: a happening urged."""
    head = noun.head
    return (noun.dep_ == "dobj" and lemma(head) in URGING_VERBS) or (
        noun.dep_ == "pobj" and head.lower_ == "for" and lemma(head.head) in URGING_FOR_VERBS)


def _awaited(noun: Token) -> bool:
    """`looks forward to the visit`, `is looking forward to hosting the summit`: a happening
    someone looks forward to is still to come."""
    head = noun.head
    to = head if noun.dep_ == "pobj" else head.head if (
        noun.dep_ == "dobj" and head.dep_ == "pcomp") else None
    return to is not None and to.lower_ == "to" and lemma(to.head) == "look" and any(
        c.lower_ == "forward" for c in to.head.children)


def resolve_types(found: list[Candidate]) -> dict[str, Candidate]:
    """Apply the modes: one trigger per type per sentence (the first in text order).

    Realis gives the type; scheduled gives the type and a plan; intended gives a plan. A
    funding commitment (`will provide $5 million`) is itself the funding event, never a plan;
    money to be put to a use (`the grant will be used to equip clinics`) is given, and its use
    is planned.
    """
    chosen: dict[str, Candidate] = {}
    for cand in found:
        if cand.type == "funding" and (cand.mode is Mode.INTENDED or (
                cand.mode is Mode.SCHEDULED and lemma(cand.anchor) in SPENDING_VERBS)):
            kinds = ["funding", "plan"]  # `plans to on-lend the funds`: intended, not committed
        elif cand.type in ("plan", "funding") or cand.mode is Mode.REALIS:
            kinds = [cand.type]
        elif cand.mode is Mode.SCHEDULED:
            kinds = [cand.type, "plan"]
        else:
            kinds = ["plan"]
        for kind in kinds:
            chosen.setdefault(kind, cand)
    return chosen


# --------------------------------------------------------------------------- dates
@dataclass
class DateContext:
    """What earlier sentences of the story said about time."""

    story_date: str | None = None
    published: str | None = None  # the day the story came out: the lead's news, undated
    paragraph: int = -1
    paragraph_date: str | None = None
    last_date: str | None = None
    # the dates of happenings told so far, by the nouns that name them (`trainings`: the dates
    # of `are providing health trainings from April 26 to May 6`)
    happenings: dict[str, str] = field(default_factory=dict)

    def remember(self, cand: Candidate, date: str) -> None:
        """Note the happening a dated event tells, under its trigger and its nouns."""
        anchor = cand.anchor
        nouns = [anchor, *(c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass"))]
        for noun in nouns:
            if lemma(noun) in HAPPENING_NOUNS:
                self.happenings[lemma(noun)] = date

    def continued(self, sent: Span) -> str | None:
        """The date of an earlier happening the sentence refers back to: `this training`,
        `during the visit`."""
        for token in sent:
            if token.pos_ == "NOUN" and lemma(token) in self.happenings and any(
                    c.dep_ == "det" and c.lower_ in BACK_REFERENCES for c in token.children):
                return self.happenings[lemma(token)]
        return None


def lead_limit(doc: Doc) -> int:
    """The last offset a sentence of the story's first paragraph may start at: the start of the
    text after the first line break, where a dateline stands (a place may be a sentence of its
    own: `OSH.` `Jan 17 (Pamir Wire) - ...`)."""
    text = doc_text(doc)
    first = text.find("\n", len(text) - len(text.lstrip()))
    if first < 0:
        return len(text)
    return first + len(text[first:]) - len(text[first:].lstrip())


def _sentence_dates(sent: Span, dates: list[DateSpan], first: bool) -> list[DateSpan]:
    found = [d for d in dates if sent.start_char <= d.span.start_char < sent.end_char]
    if first:  # `ALMATY, October 3, 2023 –`, `Jan 17 (Agency) -` date the page, not the event
        text = doc_text(sent.doc)
        before = [text[sent.start_char:d.span.start_char] for d in found]
        kept = [d for d, lead in zip(found, before, strict=True)
                if not PLACE_BEFORE_DATE.match(lead) and not (
                    WIRE_PLACE.fullmatch(lead) and SOURCE_AFTER_DATE.match(text, d.span.end_char))]
        upper = [d for d, lead in zip(found, before, strict=True)
                 if UPPER_PLACE_BEFORE_DATE.match(lead)]
        # a sentence's own date beats its dateline when it names a day (`Bishkek, 18 March 2025
        # – ... on 17 March`) or another time (`Jan 17 (Agency) - ... invested ... in 2024`)
        lines = [d.value for d in found if d not in kept]
        precise = any(len(d.value) == ISO_LENGTH["day"] or not any(
            _within(d.value, line) for line in lines) for d in kept)
        found = kept if precise or upper else found
    return found


def _within(inner: str, outer: str) -> bool:
    """Whether a date value lies within another, an unknown year matching any (`2024-03` and
    `XXXX-03` within `2024-03-15`; `XXXX-03` not within `2024-05-03`)."""
    return len(inner) <= len(outer) and all(
        a in ("X", b) for a, b in zip(inner, outer[:len(inner)], strict=True))


def _undatelined(sent: Span, dates: list[DateSpan]) -> list[DateSpan]:
    """The dates of the story's first sentence other than its dateline's."""
    text = doc_text(sent.doc)
    return [d for d in dates
            if not PLACE_BEFORE_DATE.match(text[sent.start_char:d.span.start_char])]


def own_date(anchor: Token, dates: list[DateSpan]) -> str | None:
    """The event's date in its sentence: the first date of a noun trigger's own phrase, else of
    the trigger's clause, else the date nearest the trigger (more precise on ties)."""
    if not dates:
        return None  # the cheap test first: most sentences state no date
    verb = clause_verb(anchor)
    if anchor == verb and lemma(verb) == "agree":
        # `agreed to meet in October`: October dates the meeting, not the agreeing
        planned = [_subtree_span(c) for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        dates = _outside(dates, planned)
    start, end = _subtree_span(verb)
    # a relative clause, or an adverbial one with its own subject, dates its own fact (`trade,
    # which reached $13.8 billion last year, should grow ... by 2027`, `his first visit since the
    # leader died in 2016`), not the event; one told in the past beside an event still to come
    # never does (`will be provided through the fund, which was set up in 1987`)
    asides = [t for t in verb.subtree if t != verb and (t.dep_ == "relcl" or (
        t.dep_ == "advcl" and _subject(t) is not None))]
    aside = [_subtree_span(t) for t in asides]
    gone = [span for t, span in zip(asides, aside, strict=True) if is_simple_past(t)]
    if gone and clause_mode(verb) is Mode.SCHEDULED:  # the cheap test first
        dates = _outside(dates, gone)
    if dates:
        # a participle that describes a thing dates its own fact (`the repair of a school built
        # in 1975`), never the event, unless the event is told in it or the thing is one (`the
        # aid provided in October`, `the agreement signed in May`)
        dates = _outside(dates, [_subtree_span(t) for t in anchor.sent if t.dep_ == "acl"
                                 and t.tag_ == "VBN" and anchor not in t.subtree
                                 and lemma(t.head) not in NOUN_TRIGGERS])
    if not dates:
        return None
    told = _outside(dates, aside)
    if anchor != verb:  # a noun dated in its own phrase: `in its meeting on 4 July 2011`
        own_start, own_end = _subtree_span(anchor)
        own = [d for d in told if own_start <= d.span.start_char < own_end]
        if own:
            return min(own, key=lambda d: d.span.start_char).value
    inside = [d for d in told if start <= d.span.start_char < end]
    if inside:
        return min(inside, key=lambda d: d.span.start_char).value

    def distance(d: DateSpan) -> tuple[int, int]:
        gap = max(d.span.start_char - anchor.idx, anchor.idx - d.span.end_char, 0)
        return gap, -len(d.value)

    return min(dates, key=distance).value


def _outside(dates: list[DateSpan], spans: list[tuple[int, int]]) -> list[DateSpan]:
    """The dates that start in none of the (start, end) character spans."""
    return [d for d in dates if not any(s <= d.span.start_char < e for s, e in spans)]


def is_content_period(doc: Doc, date: DateSpan) -> bool:
    """`a Joint Statement on partnership for 2025-2030`: a period attached to a noun is what
    the document covers, not when the event happened."""
    start, _, end = date.value.partition("/")
    month = ISO_LENGTH["month"]
    if not end or (len(start) == ISO_LENGTH["day"] and start[:month] == end[:month]):
        return False  # `on the 11-12 February` spans a visit's days, no document's term
    span = date.span
    head = span.root.head
    before = doc[span.start - 1] if span.start > 0 else None
    if span.root.dep_ in ("nmod", "compound", "npadvmod", "nummod") and head.pos_ in (
            "NOUN", "PROPN") and (before is None or before.tag_ != "IN"):
        return True  # `the 2025-2030 programme`; not a preposition's object the parser hung
        # on a noun (`the strategy for 2024-2028 sets a target`, where `sets` is the verb)
    # `for 2025-2030` under a noun or a gerund (`on deepening partnership for 2025-2030`), or
    # any `for` a period: `signed a strategy for 2018-2021` names its term, wherever it hangs
    return head.dep_ == "prep" and (head.lower_ == "for" or head.head.pos_ in (
        "NOUN", "PROPN") or head.head.dep_ in ("pcomp", "acl"))


def _truncate(value: str, unit: str) -> str:
    return value.split("/")[0][: ISO_LENGTH[unit.lower()]]


def context_date(sent: Span, cand: Candidate, ctx: DateContext, is_lead: bool) -> str | None:
    """An undated event takes its date from the story: `the same day`, the happening the last
    sentence dated when this one breaks it down or tells more of it (`Of these, ...`, `In
    particular, ...`), the episode the paragraph narrates in the simple past, or (for the lead)
    the story's main date, else the day it was published (a lead's undated news is the day's).
    """
    root = sent.root
    if cand.type == "plan":
        # a plan announced in the past (`they agreed to ...`) dates from the announcement
        if clause_mode(root) is not Mode.REALIS or not is_simple_past(root):
            return None
    elif cand.mode is not Mode.REALIS:
        return None
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]
    same = SAME_TIME.search(text)
    if same and ctx.last_date:
        return _truncate(ctx.last_date, same.group(1))
    if (BREAKDOWN.match(text) or ELABORATION.match(text)) and ctx.last_date:
        return ctx.last_date
    if RETROSPECTIVE.search(text):  # `Previously, ...` steps out of the story's episode
        return None
    verb = clause_verb(cand.anchor)
    if is_lead and cand.type != "plan":
        return ctx.story_date or ctx.published
    if not is_simple_past(verb) and not is_simple_past(root):
        return None
    return ctx.paragraph_date or ctx.story_date


def story_date(sents: list[Span], per_sent: list[dict[str, Candidate]],
               dates: list[DateSpan], lead: int) -> tuple[str | None, int]:
    """The date of the story's main episode: the first day-precise date of a reported event,
    with the index of the sentence that gives it (`lead` from `lead_limit`)."""
    for i, (sent, chosen) in enumerate(zip(sents, per_sent, strict=True)):
        own = _sentence_dates(sent, dates, sent.start_char <= lead)
        for kind, cand in chosen.items():
            value = own_date(cand.anchor, own)
            if value and len(value) == ISO_LENGTH["day"] and kind != "plan" and (
                    cand.mode is Mode.REALIS):
                return value, i
    return None, 0


# --------------------------------------------------------------------------- events
def participants(sent: Span, orgs: list[OrgEntity], ents: list[Span]
                  ) -> tuple[list[str], list[str], list[str]]:
    names = [o.name for o in orgs
             if any(sent.start_char <= m.start_char < sent.end_char for m in o.mentions)]
    inside = [e for e in ents if sent.start <= e.start and e.end <= sent.end]
    persons = list(dict.fromkeys(e.text for e in inside if e.label_ == "PERSON"))
    places = list(dict.fromkeys(e.text for e in inside if e.label_ in ("GPE", "LOC")))
    return names, persons, places


def _cameo(kind: str, cand: Candidate) -> str | None:
    if kind == "meeting":
        return "042" if lemma(cand.anchor) == "visit" else "040"
    if kind == "plan":
        return "036" if cand.type in ("meeting", "agreement") else "0311"
    return CAMEO.get(kind)


def _trigger(doc: Doc, start: int, end: int) -> Span:
    return doc[start:end] if end - start <= TRIGGER_MAX_TOKENS else doc[start:start + 1]


def is_list_header(sent: Span) -> bool:
    """`Among the documents signed:` introduces a list of signed documents."""
    return _last_char(sent) == ":" and any(lemma(t) in SIGNING_LEMMAS for t in sent)


def _last_char(sent: Span) -> str:
    """The sentence's last character that is not a space (its tokens, not its joined text)."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last.text[-1:] if last is not None else ""


def listed_document(sent: Span, money: list[int]) -> list[Candidate]:
    """A bullet under a signing header reports a signing (`- a memorandum on ...;`), and a
    funding when it names a loan or credit with a sum (`- a loan agreement for $1.2 billion`)."""
    noun = next((t for t in sent if t.pos_ in ("NOUN", "PROPN") and (
        lemma(t) in LISTED_DOCUMENTS or t.lower_ in LISTED_DOCUMENTS)), None)
    if noun is None or noun.i - sent.start > ITEM_NAME_WINDOW:
        return []
    if _negated(clause_verb(noun)):
        return []
    out = [Candidate("agreement", noun.i, noun.i + 1, noun, Mode.REALIS)]
    sums = _money_in(money, sent.start_char, sent.end_char)
    if sums and any(lemma(t) in LENT_NOUNS | LISTED_AID for t in sent):
        out.append(Candidate("funding", noun.i, noun.i + 1, noun, Mode.REALIS))
    return out


def list_items(sents: list[Span], money: list[int]) -> dict[int, list[Candidate]]:
    """Bullets following a signing header, by sentence index, with their candidates; a bullet
    may go on with sentences of its own on its line (`- A loan agreement for $5m. It is the
    bank's first loan to ...`)."""
    items: dict[int, list[Candidate]] = {}
    for i, sent in enumerate(sents):
        if not is_list_header(sent):
            continue
        for j in range(i + 1, len(sents)):
            marker_only = LIST_ITEM.match(sents[j - 1].text) and not any(
                t.is_alpha for t in sents[j - 1])  # the parser split the marker off its item
            if j > i + 1 and not marker_only and not _ends_line(sents[j - 1]):
                continue  # a bullet's next sentence, on its line
            if LIST_ITEM.match(sents[j].text) or (j > i + 1 and marker_only):
                items[j] = listed_document(sents[j], money)
            elif _ends_line(sents[j - 1]) and _ends_line(sents[j]) and _money_in(
                    money, sents[j].start_char, sents[j].end_char) and (
                    listed := listed_document(sents[j], money)):
                items[j] = listed  # a line of its own that names its document and its sum: a
                # bullet the scrape lost (`The Project for Water in Panj (total aid: $15 million).`)
            else:
                break
    return items


def find_events(doc: Doc, dates: list[DateSpan], amounts: list[AmountSpan],
                orgs: list[OrgEntity]) -> list[EventSpan]:
    """Events of the doc, one per sentence per type, in text order."""
    money = sorted(a.span.start_char for a in amounts if a.kind == "money")  # where sums start
    ents = list(doc.ents)  # Span.ents rebuilds every entity of the doc on each access
    actors = SentenceActors(orgs, ents)
    triggers = trigger_tokens(doc, quoted_tokens(doc))
    sents = [s for s in doc.sents if not is_headline(s)]
    per_sent = [resolve_types(sentence_candidates(s, money, triggers)) for s in sents]
    items = list_items(sents, money)
    for index, listed in items.items():
        for cand in listed:
            per_sent[index].setdefault(cand.type, cand)
    breaks = [m.end() for m in PARAGRAPH.finditer(doc_text(doc))]
    lead = lead_limit(doc)
    main_date, main_index = story_date(sents, per_sent, dates, lead)
    published = doc._.published
    ctx = DateContext(published=published.isoformat() if published else None)
    first = _lead_index(sents)
    events: list[EventSpan] = []
    list_date: str | None = None
    for i, (sent, chosen) in enumerate(zip(sents, per_sent, strict=True)):
        # the lead takes the story's main date; any other sentence only once it has been read
        ctx.story_date = main_date if i <= first or i >= main_index else None
        paragraph = bisect_right(breaks, sent.start_char)
        if paragraph != ctx.paragraph:
            ctx.paragraph, ctx.paragraph_date = paragraph, None
        own = [d for d in _sentence_dates(sent, dates, sent.start_char <= lead)
               if not is_content_period(doc, d)]
        header = is_list_header(sent)
        found: list[EventSpan] = []
        undatelined = _undatelined(sent, own) if i == 0 else own
        for kind, cand in chosen.items():
            # what is still to come (a plan, an opening scheduled) is not dated by the dateline
            # that dates its announcement
            ahead = kind == "plan" or cand.mode is not Mode.REALIS
            date = own_date(cand.anchor, undatelined if ahead else own)
            source: DateSource = "sentence" if date else "context"
            if (i in items or header) and kind != "plan" and date is None:
                # the items of a signing list were signed when the header's signing was
                date = list_date if i in items else ctx.paragraph_date or ctx.story_date
            if date and kind != "plan" and cand.mode is Mode.REALIS:
                ctx.paragraph_date = date
            elif date is None:
                date = ctx.continued(sent) or context_date(
                    sent, Candidate(kind, cand.start, cand.end, cand.anchor, cand.mode), ctx,
                    i == first)
                if i == first and date and kind != "plan" and cand.mode is Mode.REALIS:
                    ctx.paragraph_date = date  # the lead's dateline dates its paragraph's story
            if date and kind != "plan":
                ctx.remember(cand, date)
            found.append(_event(doc, sent, kind, cand, (date, source if date else None), orgs,
                                amounts, ents, actors))
        if header:
            list_date = next((e.date for e in found if e.type == "agreement"), None) or (
                ctx.paragraph_date or ctx.story_date)
        reported = [e for e, c in zip(found, chosen.values(), strict=True)
                    if c.mode is Mode.REALIS and e.type != "plan"]
        ctx.last_date = _last_date(reported, own, len(reported) < len(found), ctx.last_date)
        events.extend(sorted(found, key=lambda e: e.trigger.start_char))
    return events


def _lead_index(sents: list[Span]) -> int:
    """Where the lead sentence stands: after a dateline the parser split off as a sentence of
    its own, with no verb (`OSH, (Valley Wire - 3rd March, 2025)` before `The Fund has signed`)."""
    if len(sents) > 1 and "\n\n" not in doc_text(sents[0].doc)[
            sents[0].end_char:sents[1].start_char] and not any(
            t.pos_ in ("VERB", "AUX") for t in sents[0]):
        return 1
    return 0


def _last_date(reported: list[EventSpan], own: list[DateSpan], looks_ahead: bool,
               last: str | None) -> str | None:
    """What `the same day` will refer to: the date of the sentence's reported event, else its
    last date unless the sentence looks ahead."""
    dated = [e.date for e in reported if e.date]
    if dated:
        return dated[0]
    if own and not looks_ahead:
        return max(own, key=lambda d: d.span.start_char).value
    return last


@dataclass(frozen=True)
class EventSpan:
    """An event: its type, the trigger and sentence that state it, its date and participants."""

    type: EventType
    trigger: Span
    sentence: Span
    date: str | None  # ISO value of a date of doc._.dates or of the story's context
    date_source: DateSource | None  # the event's own sentence, or the story's context
    organizations: tuple[str, ...]  # names of the story's organisations the sentence mentions
    persons: tuple[str, ...]
    places: tuple[str, ...]
    amounts: tuple[AmountSpan, ...]
    cameo: str | None
    source: tuple[ActorRef, ...] = ()  # the giving side: donor, lender, host, sender
    target: tuple[ActorRef, ...] = ()  # the receiving side: recipient, guest, other party


def _event(doc: Doc, sent: Span, kind: EventType, cand: Candidate,
           dated: tuple[str | None, DateSource | None], orgs: list[OrgEntity],
           amounts: list[AmountSpan], ents: list[Span], actors: SentenceActors) -> EventSpan:
    names, persons, places = participants(sent, orgs, ents)
    inside = tuple(a for a in amounts if sent.start_char <= a.span.start_char < sent.end_char)
    sides = event_roles(kind, cand.anchor, sent, actors.of(sent), False)
    return EventSpan(kind, _trigger(doc, cand.start, cand.end), sent, *dated, tuple(names),
                     tuple(persons), tuple(places), inside, _cameo(kind, cand), *sides)


declare("events")


class NewsEvents:
    """Sets `doc._.events: list[EventSpan]`, one per sentence per type, from the parse.

    Reads `doc._.dates`, `doc._.amounts` and `doc._.organizations` (news_dates, news_amounts,
    news_organizations) and the model's parse and entities. It does not resolve dates itself:
    an event's date is a value from `doc._.dates` or taken from the story's context.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        amounts = upstream(doc, "amounts", "news_amounts", self.name)
        orgs = upstream(doc, "organizations", "news_organizations", self.name)
        dates = outside_names(upstream(doc, "dates", "news_dates", self.name),
                              (m for o in orgs for m in o.mentions))
        doc._.events = find_events(doc, dates, amounts, orgs)
        return doc


@Language.factory(
    "news_events",
    assigns=["doc._.events"],
    requires=["doc._.dates", "doc._.amounts", "doc._.organizations", "doc._.published",
              "doc.ents", "doc.sents", "token.tag", "token.dep", "token.lemma",
              "token.ent_type"],
)
def make_news_events(nlp: Language, name: str) -> NewsEvents:
    """Factory of the `news_events` component."""
    return NewsEvents(nlp, name)
