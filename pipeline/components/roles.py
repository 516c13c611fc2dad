"""Event roles: the giving and the receiving side of an event, as GDELT's Actor1 and Actor2.

An actor is an organisation of the story, a country (ISO 3166-1 alpha-3) or a person named in
the event's sentence. Its side follows from how the sentence attaches it to the event: English
through the parse (subject, `by`, `from` give; object, `to`, `for`, `with` receive; the
innermost preposition with a side decides), Russian through case and preposition (nominative and
instrumental give; dative, accusative, `для`, `с` receive; a genitive takes its noun's case).
Receiving verbs (`received a loan from`) turn the subject into the receiver; `A and B signed`
and `between A and B` give two sides in order; a country in an actor's title stands with that
actor. A side that is only a place (`a plant in Uzbekistan`) receives when nothing else does.
Actors of another clause or another happening (the outlet that `reported` it, the speaker who
`said` it, the sides of a summit on whose sidelines a deal was signed) take no side.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import NamedTuple

from spacy.tokens import Span, Token

from pipeline.components.organizations import OrgEntity
from pipeline.lexicon.calendar import MONTHS
from pipeline.lexicon.events import (
    AGREEMENT_VERBS,
    FAR_PREPOSITIONS,
    MEETING_NOUNS,
    PARTY_NOUNS,
    PURPOSE_PREPOSITIONS,
    RECEIVING_VERBS,
    ROLE_PREPOSITIONS,
    RU_FROM_SIDE,
    RU_RECEIVING_VERBS,
    RU_REPORTING_VERBS,
    RU_ROLE_CASES,
    RU_ROLE_PREPOSITIONS,
    RU_SUPPORT_NOUNS,
    STAND_IN_SUBJECTS,
    SUPPORT_NOUNS,
    TEACHING_VERBS,
)
from pipeline.lexicon.measures import CURRENCY_WORDS
from pipeline.lexicon.people import GUEST_NOUNS, PEOPLE_NOUNS, PERSON_ROLES, SURNAME_ENDINGS
from pipeline.lexicon.text import SPACED_DASHES
from pipeline.names import capital_code, country_code, country_name
from pipeline.schema import ActorKind

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})  # entities that may act
PAIR = 2  # countries of a hyphenated pair
# Heads of a name a story repeats alone for its one body so named: `the Bank`, `the Fund`.
STAND_IN_HEADS = frozenset({"bank", "fund", "agency", "corporation"})
NAME_CONTINUATIONS = frozenset({"of", "for", "'s", "’s", "-"})  # `the Bank of Korea`
PLACE_MAX_WORDS = 2  # words of a place glued to a describing participle: `Abu Dhabi-based`
# Participles a place is glued to when it describes an organisation: its seat or backer.
DESCRIBING_PARTICIPLES = frozenset({"based", "headquartered", "backed", "led"})
PHRASE_DEPS = ("poss", "compound", "amod", "appos", "pobj", "prep", "nmod", "npadvmod", "case")
MIN_SURNAME = 4  # letters a surname is longer than (`Lev` is no surname by its ending)
PATH_LIMIT = 10  # heads walked from an actor to the event's clause
RU_VERB_REACH = 2  # tokens a Russian verb may stand before its noun trigger (`берет кредит`)
DATELINE_TOKENS = 12  # tokens a dateline opening a sentence may take, its dash included
SIDE_EVENTS = ("agreement", "meeting")  # events whose two sides are named alike (`A and B met`)
PLACE_RECEIVES = ("funding", "construction", "launch", "personnel", "plan", "meeting")
SUBJECT_DEPS = ("nsubj", "csubj")
OBJECT_DEPS = ("dobj", "nsubjpass", "dative", "iobj", "attr", "oprd")
NOUN_OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd")  # `held talks`, `a loan was signed`
ARGUMENT_DEPS = NOUN_OBJECT_DEPS + ("nsubj", "dative")
CONTROLLED_DEPS = ("xcomp", "conj", "advcl", "ccomp")  # verbs that may take their head's subject
OTHER_CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj", "parataxis")
OWNER_DEPS = ("poss", "compound", "amod", "nmod")


@dataclass(frozen=True)
class ActorRef:
    """An actor of an event: an organisation (by its canonical name), a country, a person."""

    kind: ActorKind
    name: str
    code: str | None = None  # ISO 3166-1 alpha-3 of a country


@dataclass(frozen=True)
class _Placed:
    actor: ActorRef
    tokens: Span
    pair: int = 0  # 1 or 2: the first or second country of a pair (`Uzbek-Korean agreements`)


# --------------------------------------------------------------------------- actors
class SentenceActors:
    """The actors of a Doc's sentences, each sentence read once however many events it has.

    Built once per Doc from its organisations and entities (both in text order); `of(sent)`
    lists the sentence's actors in text order: its organisations, and the persons and countries
    no organisation's mention holds (entities, else country names and adjectives, and names
    after a role or with a surname's ending: `Administrator Piedra`, `R.Meredov`). An outlet
    credited in a dateline (`(IANS):`) is no actor."""

    def __init__(self, orgs: list[OrgEntity], ents: list[Span]) -> None:
        refs = [ActorRef("organization", o.name, o.country) for o in orgs]
        self.stand_ins = _stand_ins(orgs, refs)
        self.mentions = sorted(((m, ref) for org, ref in zip(orgs, refs, strict=True)
                                for m in org.mentions), key=lambda pair: pair[0].start)
        self.mention_starts = [m.start for m, _ in self.mentions]
        self.ents = ents
        self.ent_starts = [e.start for e in ents]
        self.found: dict[int, list[_Placed]] = {}

    def of(self, sent: Span) -> list[_Placed]:
        if sent.start not in self.found:
            self.found[sent.start] = self._read(sent)
        return self.found[sent.start]

    def _read(self, sent: Span) -> list[_Placed]:
        first = bisect_left(self.mention_starts, sent.start)
        last = bisect_left(self.mention_starts, sent.end)
        opening = max(_dateline_end(sent), _credit_bracket_end(sent))
        placed = [_Placed(actor, m) for m, actor in self.mentions[first:last]
                  if m.end <= sent.end and m.start >= opening and not _credited(m)]
        taken = {t.i for p in placed for t in p.tokens} | set(range(sent.start, opening))
        taken |= _describing_places(sent, {m.start for m, _ in self.mentions[first:last]})
        first, last = bisect_left(self.ent_starts, sent.start), bisect_left(
            self.ent_starts, sent.end)
        for ent in self.ents[first:last]:
            if ent.end > sent.end or taken & set(range(ent.start, ent.end)):
                continue
            if ent.label_ in ACTOR_LABELS:
                _add_entity(placed, ent)
            taken.update(range(ent.start, ent.end))  # a date or a sum is no country either
        for token in sent:  # a country the model tagged as no entity (`provided to Uzbekistan`)
            if token.i not in taken and token.pos_ in ("PROPN", "ADJ") and _add_country(
                    placed, token.lemma_, sent.doc[token.i:token.i + 1]):
                taken.add(token.i)
        placed.extend(_Placed(ActorRef("person", name.text), name) for name in _named_people(
            sent, taken))
        held = {t.i for p in placed for t in p.tokens}  # (an entity the tagger ran over it)
        placed.extend(_Placed(self.stand_ins[t.lower_], sent.doc[t.i:t.i + 1]) for t in sent
                      if t.i not in held and t.lower_ in self.stand_ins and _stands_in(t))
        return _paired(sorted(placed, key=lambda p: p.tokens.start))


def _stand_ins(orgs: list[OrgEntity], refs: list[ActorRef]) -> dict[str, ActorRef]:
    """The story's organisation each head noun stands for when the story names one organisation
    with it: `the Bank` for the European Bank for Reconstruction and Development."""
    named: dict[str, list[ActorRef]] = {}
    for org, ref in zip(orgs, refs, strict=True):
        for word in {w.lower() for w in re.findall(r"\w+", org.name)} & STAND_IN_HEADS:
            named.setdefault(word, []).append(ref)
    return {word: found[0] for word, found in named.items() if len(found) == 1}


def _stands_in(token: Token) -> bool:
    """`the Bank will provide`: a capitalised head noun after `the`, no name going on after it
    (`the Bank of Korea`, `the Bank Steppe`)."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.text[:1].isupper() and token.i > 0 and doc[token.i - 1].lower_ == "the" and (
        after is None or not (after.text[:1].isupper() or after.lower_ in NAME_CONTINUATIONS))


def _add_entity(placed: list[_Placed], ent: Span) -> None:
    """A person, or a country the model labelled ORG or GPE, or its adjective (NORP)."""
    if ent.label_ == "PERSON" or (ent.label_ == "ORG" and _is_surname(ent[-1])):
        placed.append(_Placed(ActorRef("person", ent.text), ent))
        return
    name = ent._.normal if ent.has_extension("normal") and ent._.normal else ent.text
    if not _add_country(placed, name, ent):
        _add_pair(placed, name, ent)


def _add_pair(placed: list[_Placed], name: str, tokens: Span) -> None:
    """`Uzbek-Korean`, `Turkmen–Japanese`: two countries named as one word."""
    parts = re.split(r"\s*[-\u2013]\s*", name)
    codes = [country_code(part) for part in parts]
    if len(parts) == PAIR and all(codes):
        placed.extend(_Placed(ActorRef("country", country_name(c), c), tokens, n)
                      for n, c in enumerate(codes, 1))  # type: ignore[arg-type]


def _paired(placed: list[_Placed]) -> list[_Placed]:
    """Two countries joined by a hyphen or dash (`Uzbek - Korean`) marked as a pair."""
    out = list(placed)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        gap = first.tokens.doc[first.tokens.end:second.tokens.start]
        if first.actor.kind == second.actor.kind == "country" and len(gap) == 1 and (
                gap.text in ("-", "\u2013")) and not first.pair:
            out[i], out[i + 1] = replace(first, pair=1), replace(second, pair=2)
    return out


def _named_people(sent: Span, taken: set[int]) -> list[Span]:
    """Runs of proper nouns the model left untagged that are people's names: after a role
    (`Minister Ruslan Kazakbaev`) or ending as the region's surnames do (`Sagintayev`)."""
    found: list[Span] = []
    run: list[Token] = []
    before: Token | None = None
    for token in [*sent, None]:
        if token is not None and token.i not in taken and token.pos_ == "PROPN" and (
                token.is_title or token.is_upper):
            run.append(token)
            continue
        if run and not any(t.lower_ in PERSON_ROLES for t in run) and (
                (before is not None and before.lower_ in PERSON_ROLES)
                or any(_is_surname(t) for t in run)):
            found.append(sent.doc[run[0].i:run[-1].i + 1])
        run, before = [], token
    return found


def _is_surname(token: Token) -> bool:
    """`Tokayev`, `Mirziyoyeva`, `Mallazoda`: ending as the region's surnames do."""
    return token.is_title and len(token) > MIN_SURNAME and token.lower_.endswith(SURNAME_ENDINGS)


def _dateline_end(sent: Span) -> int:
    """Where a dateline opening the sentence ends: places, a date and a credit before a spaced
    dash, maybe typed as two hyphens (`Tashkent, Uzbekistan (UzDaily.com) — The bank ...`, `БАКУ
    /Trend/ -`, `Душанбе, 26 марта /Агентство/ --`); the places it names are where the news was
    filed, no actor; not a name before an aside set off by dashes (`UNDP - the UN agency -
    will ...`). The sentence's start when it opens with none."""
    for token in sent[:DATELINE_TOKENS]:
        if token.text in SPACED_DASHES and token.i > sent.start and token.whitespace_ and (
                token.nbor(-1).whitespace_):
            opening = sent.doc[sent.start:token.i]
            # `Tashkent, Uzbekistan (UzDaily.com) —`, or an agency in capitals the parser split
            # from its place (`DUSHANBE.` | `KAZINFORM - The government ...`)
            marked = any(t.text in (",", "(", "/") for t in opening) or all(
                t.is_upper or t.is_punct for t in opening)
            aside = any(t.text in SPACED_DASHES and t.whitespace_ for t in sent[
                token.i + 2 - sent.start:token.i + 1 - sent.start + DATELINE_TOKENS])
            if marked and not aside and all(t.is_punct or t.like_num or t.text[:1].isupper()
                              or t.lower_.rstrip(".") in MONTHS for t in opening):
                return token.i
            break
    return sent.start


def _describing_places(sent: Span, org_starts: set[int]) -> set[int]:
    """The tokens of a place that only describes the organisation right after it, glued by a
    hyphen to a participle (`Saudi-based Islamic Development Bank`, `Beijing-backed AIIB`): its
    seat or backer, no party (a `Japan-backed project` is Japan's)."""
    doc, found = sent.doc, set()
    for token in sent:
        if token.text == "-" and token.i + 2 < len(doc) and doc[
                token.i + 1].lower_ in DESCRIBING_PARTICIPLES and token.i + 2 in org_starts:
            found.update(range(sent.start, token.i)[-PLACE_MAX_WORDS:])
    return found


def _credited(tokens: Span) -> bool:
    """A dateline's credit: `Manila, June 24 (IANS): The bank ...` names the outlet, no actor."""
    doc = tokens.doc
    before = doc[tokens.start - 1].text if tokens.start > 0 else ""
    after = doc[tokens.end: tokens.end + 2].text.replace(" ", "")
    return before == "(" and after[:2] in ("):", ")-", ")–", ")—")


def _credit_bracket_end(sent: Span) -> int:
    """The end of a bracket that opens the sentence, as a page credits where the story came
    from (`(Aggregator- Agency) TASHKENT, May 5. The bank ...`): what it names is no actor.
    The sentence's start when it opens with none."""
    if sent[0].text != "(":
        return sent.start
    return next((t.i + 1 for t in sent if t.text == ")"), sent.start)


def _add_country(placed: list[_Placed], name: str, tokens: Span) -> bool:
    """A country, or the capital that stands for it, unless it names a currency: a number or a
    currency's sign follows only a currency's letters (`US 10 billion`, `US $10 billion`), a
    name may take one (`gave Uzbekistan 20 buses`, `gave Uzbekistan $5 million`, `передаст
    Таджикистану 94 машины`, `выделила Таджикистану €5 млн`)."""
    code = country_code(name) or capital_code(name)
    after = tokens.doc[tokens.end] if tokens.end < len(tokens.doc) else None
    if code is None or (after is not None and (
            ((after.is_currency or after.like_num) and tokens.text.isupper())
            or after.lemma_.lower() in CURRENCY_WORDS)):
        return False  # `US $ 10 billion`, `270 thousand US dollars`: a currency's country
    placed.append(_Placed(ActorRef("country", country_name(code), code), tokens))
    return True


def event_roles(kind: str, anchor: Token, sent: Span, actors: list[_Placed], russian: bool
                ) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    """(source, target) of an event of `kind` whose trigger is `anchor`."""
    if not actors:
        return (), ()
    if russian:
        relations = [(p.actor, _russian_relation(p.tokens)) for p in actors]
        receiving = _russian_verb(anchor, sent).lemma_.lower() in RU_RECEIVING_VERBS
    else:
        frame = _frame(anchor, kind)
        taught = any(anchor.doc[i].lemma_.lower() in TEACHING_VERBS for i in frame.members)
        relations = [(p.actor, _side_of(p, kind, _english_relation(
            p.tokens.root, kind, anchor, frame), taught)) for p in actors]
        receiving = any(anchor.doc[i].lemma_.lower() in RECEIVING_VERBS for i in frame.members)
    # a capital stands for its state only as an actor: as a place it is a city (`в Ташкенте`)
    relations = [(actor, relation) for (actor, relation), p in zip(relations, actors, strict=True)
                 if not (relation == "place" and capital_code(_lemma(p.tokens)))]
    phrases = {p.actor: _phrase(p.tokens.root) for p in actors} if kind in SIDE_EVENTS else {}
    return _sides(kind, relations, receiving and kind in ("funding", "personnel"), phrases)


def _side_of(placed: _Placed, kind: str, relation: str | None, taught: bool) -> str | None:
    """The relation of an actor on the event, corrected for what the actor is: none for a body
    that only describes another named beside it; the first and second country of a pair are the
    two sides; the nationality of people sent or employed is the sending side (`600 Uzbek
    workers are sent`), of people trained the receiving side."""
    root = placed.tokens.root
    if relation is None or (placed.actor.kind == "organization" and root.dep_ in (
            "compound", "amod") and root.head.dep_ == "appos"):
        return None  # `UNDP - the UN development agency -`: the UN only describes UNDP
    if placed.pair:
        return "both" if placed.pair == 1 else "co-both"
    people = root.dep_ in OWNER_DEPS and root.head.lemma_.lower() in PEOPLE_NOUNS
    if kind == "personnel" and placed.actor.kind == "country" and (people or (
            placed.tokens.label_ == "NORP" and root.tag_ in ("NNS", "NNPS"))):
        return "target" if taught else "source"
    return relation


def _phrase(token: Token) -> int:
    """The head of the noun phrase a token is part of: `Kazakhstan's Foreign Minister Murat
    Nurtileu` is one phrase, so the country and the person are one side."""
    for _ in range(PATH_LIMIT):
        if token.dep_ not in PHRASE_DEPS or token.head == token:
            break
        token = token.head
    return token.i


def _sides(kind: str, relations: list[tuple[ActorRef, str | None]], receiving: bool,
           phrases: dict[ActorRef, int]) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    source: list[ActorRef] = []
    target: list[ActorRef] = []
    places: list[ActorRef] = []
    for actor, relation in relations:
        if relation == "co-agent" and kind in SIDE_EVENTS:
            target.append(actor)  # `Madmarov and Maeda took part`: the second side
        elif relation in ("agent", "co-agent"):
            (target if receiving else source).append(actor)
        elif relation in ("source", "both"):
            source.append(actor)  # `between A and B`: A's side first
        elif relation in ("target", "co-both"):
            target.append(actor)
        elif relation == "place":
            places.append(actor)
    if kind in SIDE_EVENTS and not (source and target):
        # `A and B met`, `brought together A and B`: the first phrase is one side, the others
        # the other (`Kazakhstan's minister Nurtileu` is one phrase, one side)
        one = source or target
        first = phrases.get(one[0]) if one else None
        if len({phrases.get(a) for a in one}) > 1:
            source = [a for a in one if phrases.get(a) == first]
            target = [a for a in one if phrases.get(a) != first]
    if kind in PLACE_RECEIVES and not target:
        target = places
    source = list(dict.fromkeys(source))
    target = [a for a in dict.fromkeys(target) if a not in source]
    return tuple(source), tuple(target)


# --------------------------------------------------------------------------- English
class Frame(NamedTuple):
    """Where an event's actors hang: the trigger and its verb (`members`), the verbs that lend
    the event their subject (`controllers`, each with whether its prepositions are the event's
    too), and a relative clause's antecedent (`agents`: `Erdogan, who is on a visit`)."""

    members: set[int]
    controllers: dict[int, bool]
    agents: set[int]


def _frame(anchor: Token, kind: str) -> Frame:
    """The event's frame: the trigger, the verb a trigger noun is the object of (`held talks`,
    `the loan was provided`) or the purpose of (`is on a visit`), the verbs whose subject the
    event takes (`Japan intends to provide`, `the ADB said it has approved`, `signed an
    agreement with Uzbekistan to provide a loan`; the subject of the clause a meeting is the
    setting of), and the antecedent of a `who`."""
    verb = anchor
    for _ in range(PATH_LIMIT):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    governed = anchor.head == verb and anchor.dep_ in NOUN_OBJECT_DEPS
    purpose = anchor.dep_ == "pobj" and anchor.head.lower_ in PURPOSE_PREPOSITIONS and (
        anchor.head.head == verb)
    if verb != anchor and not (governed or purpose):
        # `after talks, A and B signed`: who acts during a meeting takes part in it
        adjunct = kind == "meeting" and anchor.dep_ == "pobj" and anchor.head.head == verb
        return Frame({anchor.i}, {verb.i: False} if adjunct else {}, set())
    controllers: dict[int, bool] = {}
    cur = verb
    for _ in range(PATH_LIMIT):
        subject = next((c for c in cur.children if c.dep_ in SUBJECT_DEPS + ("nsubjpass",)), None)
        pronoun = subject is not None and subject.lower_ in STAND_IN_SUBJECTS
        if (subject is not None and not pronoun) or (pronoun and cur.dep_ != "ccomp") or (
                subject is None and cur.dep_ == "ccomp"):
            break
        head = _controller(cur)
        if head is None:
            break
        controllers[head.i] = cur.dep_ == "acl"
        cur = head
    relative = subject is not None and subject.tag_ in ("WP", "WDT") and cur.dep_ == "relcl"
    members = {anchor.i, verb.i} | {c.i for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return Frame(members, controllers, {cur.head.i} if relative else set())


def _controller(verb: Token) -> Token | None:
    """The verb a subjectless verb takes its subject from: the head of a complement, a second
    verb or an adverbial clause, through a preposition (`responded by committing`), or through
    the noun it completes (`signed a record of discussion to provide`), unless as a passive
    participle (`the project, financed by IDA, is entrusted to ARIS`)."""
    head = verb.head
    if verb.dep_ in CONTROLLED_DEPS and head.pos_ in ("VERB", "AUX"):
        return head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if verb.dep_ == "acl" and verb.tag_ != "VBN" and head.dep_ in NOUN_OBJECT_DEPS and (
            head.head.pos_ == "VERB"):
        return head.head  # not a passive participle's: `the project, financed by IDA, is
        # entrusted to ARIS` (what is financed is no giver)
    return None


def _english_relation(root: Token, kind: str, anchor: Token, frame: Frame) -> str | None:
    """How the actor whose head token is `root` attaches to the event: `agent`, `source`,
    `target`, `both` or `place`; None when it does not: it belongs to another clause or another
    happening (`on the sidelines of a summit between A and B`), it only qualifies another actor
    or a thing (`roads from Almaty to Bishkek`). The innermost preposition with a side decides
    (`the signing of a memorandum between A and B`)."""
    members, controllers, agents = frame
    cur, prep, later = root, None, False
    for _ in range(PATH_LIMIT):
        if cur.i in agents:
            return "agent"
        if cur.dep_ == "conj" and (party := _represented(cur.head)) is not None:
            cur, later = party, True  # `between A, represented by its minister, and B`
            continue
        if cur.i in members or cur.i in controllers or cur.head == cur:
            break
        if prep == "in":  # `a facility that will support projects in Kyrgyzstan`; where a
            # deal was signed (`signed in Jeddah, Saudi Arabia`) is no place its money goes to
            signed = kind == "funding" and cur.head.lemma_.lower() in AGREEMENT_VERBS
            return None if signed else "place"
        if cur.dep_ in OTHER_CLAUSE_DEPS or (
                kind != "meeting" and cur.lemma_.lower() in MEETING_NOUNS):
            return None
        if cur.dep_ in OWNER_DEPS and cur.head.lemma_.lower() in SUPPORT_NOUNS and prep is None:
            prep = "from"  # `funded through Japan's grant assistance`: whose aid it is
        elif cur.dep_ == "pobj" and prep is None:
            word, noun = cur.head.lower_, cur.head.head
            if noun.lower_ in PERSON_ROLES or noun.lemma_.lower() in GUEST_NOUNS:
                if word not in ("of", "from"):
                    return None  # `the Ambassador of Japan to Kyrgyzstan`: a title's place
            elif word == "of" and noun.lemma_.lower() in SUPPORT_NOUNS:
                prep = "from"  # `with the assistance of Japan`: the giver
            elif word in ROLE_PREPOSITIONS:
                prep = word
                if _route(cur.head) or (prep not in FAR_PREPOSITIONS and not _near(
                        cur.head, members)):
                    return None
        later = later or cur.dep_ == "conj"
        if cur.head.i in controllers:
            if cur.dep_ in SUBJECT_DEPS + ("nsubjpass",):
                return "co-agent" if later else "agent"
            return ROLE_PREPOSITIONS[prep] if prep and controllers[cur.head.i] else None
        if cur.head.i in members:
            relation = _attached(cur, prep, kind, anchor)
            return f"co-{relation}" if later and relation in ("agent", "both") else relation
        cur = cur.head
    return None


def _represented(token: Token) -> Token | None:
    """The party a `represented by` clause describes when `token` is its representative: the
    name right before the clause, wherever the parser hung it (`between the Government of A,
    represented by its minister, and B`)."""
    clause = token.head.head
    if not (token.dep_ == "pobj" and token.head.lower_ == "by" and clause.lemma_ == "represent"):
        return None
    doc, before = clause.doc, clause.left_edge.i - 1
    if before > 0 and doc[before].text == ",":
        before -= 1
    if before > 0 and doc[before].text == ")":
        before = doc[before - 1].head.i  # `the Bank (IsDB), represented by`
    party = doc[before] if before >= 0 else None
    while party is not None and party.dep_ == "pobj" and party.head.lower_ == "of":
        party = party.head.head  # `Government` of `Government of Tajikistan`
    return party


def _route(preposition: Token) -> bool:
    """`from Kazakhstan to China` run together is a route, not a giver and a receiver."""
    doc, word = preposition.doc, preposition.lower_
    if word == "from":
        end = max(t.i for t in preposition.subtree) + 1
        return end < len(doc) and doc[end].lower_ == "to" and doc[end].pos_ == "ADP"
    if word == "to" and preposition.i > 0:
        return any(t.lower_ == "from" and max(s.i for s in t.subtree) == preposition.i - 1
                   for t in doc[preposition.i - 1].ancestors)
    return False


def _near(preposition: Token, members: set[int]) -> bool:
    """Whether a preposition hangs from the event's trigger or verb, from its theme (`signed an
    agreement with Japan`), or from a noun that names its parties however deep it hangs
    (`ratified a loan agreement with ADB`)."""
    head = preposition.head
    return head.i in members or (head.dep_ in ARGUMENT_DEPS and head.head.i in members) or (
        head.lemma_.lower() in PARTY_NOUNS)


def _attached(child: Token, prep: str | None, kind: str, anchor: Token) -> str | None:
    """The relation of the token `child` hanging directly from the event's trigger or verb."""
    if child.dep_ == "prep" and child.lower_ == "according":
        return None
    if prep:  # `signed an agreement with Japan`: the preposition decides
        return ROLE_PREPOSITIONS[prep]
    if child.dep_ == "agent":
        return "source"
    if child.dep_ in SUBJECT_DEPS:
        return "agent"
    if child.dep_ in OBJECT_DEPS:
        return "target"
    if child.head == anchor and anchor.pos_ == "NOUN":
        if child.dep_ in OWNER_DEPS:
            return "source"  # `Japan's loan`, `a Japanese grant`
        if child.lower_ == "of" and kind in SIDE_EVENTS:
            return "both"  # `a meeting of the ministers of Japan and Kazakhstan`
    return None


# --------------------------------------------------------------------------- Russian
def _lemma(tokens: Span) -> str:
    """The base form of a name (`Ташкенте` -> `ташкент`)."""
    return tokens._.normal if tokens.has_extension("normal") and tokens._.normal else (
        tokens.lemma_)


def _russian_verb(anchor: Token, sent: Span) -> Token:
    """The verb of a Russian trigger: itself, or the verb just before a noun trigger (`берет
    кредит`: the taking verb says who receives)."""
    if anchor.pos_ == "VERB":
        return anchor
    before = anchor.doc[max(sent.start, anchor.i - RU_VERB_REACH):anchor.i]
    return next((t for t in reversed(before) if t.pos_ == "VERB"), anchor)


def _in_attribution(tokens: Span) -> bool:
    """Whether the actor stands in the clause that credits the news, before the story (`Как
    сообщили «АП» в посольстве Японии, ...`) or after it (`..., сообщили в министерстве
    финансов`): who told it takes no part in the event. Whom a verb that also hands over
    (`передала Таджикистану`) gives to does."""
    doc = tokens.doc
    start = next((t.i + 1 for t in reversed(doc[tokens.sent.start:tokens.start]) if t.text == ","),
                 tokens.sent.start)
    clause = doc[start:tokens.start]
    if len(clause) > 1 and clause[0].lower_ == "как":
        return any(t.lemma_.lower() in RU_REPORTING_VERBS for t in clause)
    case = tokens[0].morph.get("Case")
    return bool(clause) and clause[0].lemma_.lower() in RU_REPORTING_VERBS and not (
        case and case[0] in ("Dat", "Acc"))


def _russian_relation(tokens: Span) -> str | None:
    """The relation of a Russian actor: none for the outlet after a verb of reporting, else the
    preposition before it, else its case. A genitive
    after a noun belongs to that noun (`Правительство Японии выделило`: the government's case),
    and after a noun of aid names the giver (`помощь правительства Японии`)."""
    doc, start = tokens.doc, tokens.start
    said = next((t for t in reversed(doc[tokens.sent.start:start]) if not t.is_punct), None)
    case = doc[start].morph.get("Case")
    if said is not None and said.lemma_.lower() in RU_REPORTING_VERBS and (
            not case or case[0] == "Nom"):
        return None  # `сообщает Sputnik`, `как передает Report`: the outlet (not `передаст
        # Таджикистану`, which hands over to a country)
    if _in_attribution(tokens):
        return None
    if start == tokens.sent.start and tokens.text.isupper() and len(tokens.text) > 1:
        return RU_ROLE_CASES["Nom"]  # `США передали ...`: an acronym does not decline, so the
        # tagger guesses its case; opening the sentence, it is the subject
    for _ in range(PATH_LIMIT):
        before = doc[start - 1] if start > tokens.sent.start else None
        if before is not None and before.pos_ == "ADP":
            return RU_ROLE_PREPOSITIONS.get(before.lower_)
        cases = doc[start].morph.get("Case")
        if start < tokens.start and before is not None and cases and cases[0] == "Nom" and (
                before.lemma_.lower() in RU_REPORTING_VERBS):
            return None  # `сообщает пресс-служба посольства США`: whose service told the news
        if not (cases and cases[0] == "Gen" and before is not None and before.pos_ in (
                "NOUN", "PROPN")):
            return RU_ROLE_CASES.get(cases[0]) if cases else None
        if before.lemma_.lower() in RU_SUPPORT_NOUNS or (
                before.lemma_.lower() == RU_FROM_SIDE and before.i > tokens.sent.start
                and doc[before.i - 1].lower_ in ("с", "со")):
            return "source"  # `грант Японии`, `кредит со стороны МАР`
        start = before.i
    return None
