"""Event roles: the giving and the receiving side of an event, as GDELT's Actor1 and Actor2.

An actor is an organisation of the story, a country (ISO 3166-1 alpha-3) or a person named in
the event's sentence. Its side follows from how the sentence attaches it to the event: English
through the parse (subject, `by`, `from` give; object, `to`, `for`, `with` receive), Russian
through case and preposition (nominative and instrumental give; dative, accusative, `для`, `с`
receive). Receiving verbs (`received a loan from`) turn the subject into the receiver. A side
that is only a place (`a plant in Uzbekistan`) receives when nothing else does. Actors outside the
event's clause (the outlet that `reported` it, the speaker who `said` it) take no side.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.components.organizations import OrgEntity
from pipeline.lexicon.events import (
    RECEIVING_VERBS,
    ROLE_PREPOSITIONS,
    RU_RECEIVING_VERBS,
    RU_ROLE_CASES,
    RU_ROLE_PREPOSITIONS,
)
from pipeline.names import country_code, country_in_names, country_name
from pipeline.schema import ActorKind

PATH_LIMIT = 10  # heads walked from an actor to the event's clause
SIDE_EVENTS = ("agreement", "meeting")  # events whose two sides are named alike (`A and B met`)
PLACE_RECEIVES = ("funding", "construction", "launch", "personnel", "plan")
SUBJECT_DEPS = ("nsubj", "csubj")
OBJECT_DEPS = ("dobj", "nsubjpass", "dative", "iobj", "attr", "oprd")
NOUN_OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd")  # `held talks`, `a loan was signed`
CONTROLLED_DEPS = ("xcomp", "conj", "advcl")  # verbs that take their subject from their head
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


# --------------------------------------------------------------------------- actors
def sentence_actors(sent: Span, orgs: list[OrgEntity], ents: list[Span]) -> list[_Placed]:
    """The sentence's actors, each with its tokens: organisations first, then persons and
    countries (entities, else country names and adjectives) that no organisation's mention
    holds."""
    placed = [_Placed(ActorRef("organization", org.name, country_in_names(
        (org.name, *org.aliases))), m)
              for org in orgs for m in org.mentions
              if sent.start_char <= m.start_char and m.end_char <= sent.end_char]
    taken = {t.i for p in placed for t in p.tokens}
    for ent in ents:
        if not (sent.start <= ent.start and ent.end <= sent.end) or taken & set(
                range(ent.start, ent.end)):
            continue
        if ent.label_ == "PERSON":
            placed.append(_Placed(ActorRef("person", ent.text), ent))
        elif ent.label_ in ("GPE", "NORP", "LOC"):
            name = ent._.normal if ent.has_extension("normal") and ent._.normal else ent.text
            _add_country(placed, name, ent)
        taken.update(range(ent.start, ent.end))
    for token in sent:  # a country the model tagged as no entity (`provided to Uzbekistan`)
        if token.i not in taken and token.pos_ in ("PROPN", "ADJ"):
            _add_country(placed, token.lemma_, sent.doc[token.i:token.i + 1])
    return placed


def _add_country(placed: list[_Placed], name: str, tokens: Span) -> None:
    code = country_code(name)
    if code:
        placed.append(_Placed(ActorRef("country", country_name(code), code), tokens))


def event_roles(kind: str, anchor: Token, sent: Span, actors: list[_Placed], russian: bool
                ) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    """(source, target) of an event of `kind` whose trigger is `anchor`."""
    if russian:
        relations = [(p.actor, _russian_relation(p.tokens)) for p in actors]
        receiving = anchor.lemma_.lower() in RU_RECEIVING_VERBS
    else:
        roots = {p.tokens.root.i for p in actors}
        frame = _frame(anchor)
        relations = [(p.actor, _english_relation(p.tokens.root, anchor, frame, roots))
                     for p in actors]
        receiving = any(anchor.doc[i].lemma_.lower() in RECEIVING_VERBS for i in frame[0])
    return _sides(kind, relations, receiving and kind in ("funding", "personnel"))


def _sides(kind: str, relations: list[tuple[ActorRef, str | None]], receiving: bool
           ) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    source: list[ActorRef] = []
    target: list[ActorRef] = []
    places: list[ActorRef] = []
    for actor, relation in relations:
        if relation == "agent":
            (target if receiving else source).append(actor)
        elif relation == "source":
            source.append(actor)
        elif relation == "target":
            target.append(actor)
        elif relation == "both":
            (target if source else source).append(actor)
        elif relation == "place":
            places.append(actor)
    if kind in SIDE_EVENTS and not target and len(source) > 1:
        source, target = source[:1], source[1:]
    if kind in PLACE_RECEIVES and not target:
        target = places
    source = list(dict.fromkeys(source))
    target = [a for a in dict.fromkeys(target) if a not in source]
    return tuple(source), tuple(target)


# --------------------------------------------------------------------------- English
def _frame(anchor: Token) -> tuple[set[int], set[int]]:
    """The tokens whose dependents are the event's (the trigger, and the verb a trigger noun is
    the object of: `held talks`, `the loan was provided`), and the verbs whose subject is the
    event's too (`Japan intends to provide`, `while visiting Japan, the President met`)."""
    verb = anchor
    for _ in range(PATH_LIMIT):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    if verb != anchor and not (anchor.head == verb and anchor.dep_ in NOUN_OBJECT_DEPS):
        return {anchor.i}, set()  # `during a meeting`: the clause's verb is not the meeting's
    members, controllers = {anchor.i, verb.i}, set()
    cur = verb
    while cur.dep_ in CONTROLLED_DEPS and cur.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in SUBJECT_DEPS + ("nsubjpass",) for c in cur.children):
        cur = cur.head
        controllers.add(cur.i)
    return members, controllers


def _english_relation(root: Token, anchor: Token, frame: tuple[set[int], set[int]],
                      roots: set[int]) -> str | None:
    """How the actor whose head token is `root` attaches to the event: `agent`, `source`,
    `target`, `both` or `place`; None when it does not (it belongs to another clause, or it
    only qualifies another actor). The innermost preposition with a side decides
    (`the signing of a memorandum between A and B`)."""
    members, controllers = frame
    cur, prep = root, None
    for _ in range(PATH_LIMIT):
        if cur.i in members | controllers or cur.head == cur:
            break
        if cur.dep_ == "pobj" and prep is None and cur.head.lower_ in ROLE_PREPOSITIONS:
            prep = cur.head.lower_
        elif cur.dep_ not in ("conj", "appos", "prep", "cc", "pobj") and cur.head.i in roots:
            return None  # `the President of Uzbekistan`: the country qualifies an actor
        if cur.head.i in controllers:
            return "agent" if cur.dep_ in SUBJECT_DEPS + ("nsubjpass",) else None
        if cur.head.i in members:
            return _attached(cur, prep, anchor)
        cur = cur.head
    return None


def _attached(child: Token, prep: str | None, anchor: Token) -> str | None:
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
    if child.dep_ in OWNER_DEPS and child.head == anchor and anchor.pos_ == "NOUN":
        return "source"  # `Japan's loan`, `a Japanese grant`
    return None


# --------------------------------------------------------------------------- Russian
def _russian_relation(tokens: Span) -> str | None:
    """The relation of a Russian actor: the preposition before it, else its case."""
    before = tokens.doc[tokens.start - 1] if tokens.start > tokens.sent.start else None
    if before is not None and before.pos_ == "ADP":
        return RU_ROLE_PREPOSITIONS.get(before.lower_)
    cases = tokens[0].morph.get("Case")
    return RU_ROLE_CASES.get(cases[0]) if cases else None
