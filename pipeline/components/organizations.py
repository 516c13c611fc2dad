"""Organisations: institution-shaped names, NER entities and defined acronyms, one entry per
organisation of the story."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from anyascii import anyascii
from spacy.attrs import IS_ALPHA, IS_LOWER, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.components.abbreviations import Abbreviation, best_long_form
from pipeline.components.doctext import doc_text
from pipeline.components.upstream import MissingComponent, declare, upstream
from pipeline.lexicon.calendar import (
    CALENDAR_WORDS,
    ENGLISH_MONTHS,
    YEAR,
)
from pipeline.lexicon.events import AGREEMENT_NOUNS, PROJECT_NOUNS
from pipeline.lexicon.institutions import (
    BROADCAST_MEDIA,
    CLASSIFIERS,
    COMPANY_CLASSIFIERS,
    COMPANY_TRADES,
    CORPORATE_SUFFIXES,
    COUNTRY_CLOSERS,
    COUNTRY_NAMED_HEADS,
    EVENT_HEADS,
    FIELD_BODY_HEADS,
    FINAL_HEADS,
    FOREIGN_POSTS,
    GOVERNING_BOARDS,
    GOVERNMENT_WORDS,
    GROUP_HEADS,
    HEAD_LINKS,
    INITIAL_HEADS,
    JOINT_BODIES,
    KNOWN_ORGS,
    LEARNED_CUES,
    LED_BY,
    LEGAL_PREFIXES,
    LOCAL_LEVELS,
    LONE_LEGISLATURES,
    MEDIA_WORDS,
    NEWS_WORDS,
    NON_ORG_HEADS,
    OUTLET_CUES,
    OUTLET_NOUNS,
    OUTLET_QUALIFIERS,
    OWNED_NOUNS,
    PARENT_LINKS,
    PARTNER_WORDS,
    PARTY_PREPOSITIONS,
    PLACE_PREPOSITIONS,
    PRESS_NOUNS,
    REGISTERED_FORMS,
    RELATION_WORDS,
    ROUTE_WORDS,
    SEAT_HEADS,
    SEAT_PARTICIPLES,
    SEATED_HEADS,
    SOURCE_CUES,
    SPELLED_LEGAL_FORMS,
    SPELLINGS,
    STATE_COMPANY_STEMS,
    TIE_NOUNS,
    TOWN_ENDINGS,
    TURKISH_JOINER,
    TURKISH_LEGAL_FORMS,
    TURKISH_LEGAL_PAIRS,
    UNIT_HEADS,
)
from pipeline.lexicon.measures import ISO_CODES
from pipeline.lexicon.people import (
    DIGRAPH_INITIALS,
    HEADED_BODIES,
    LEADER_ROLES,
    NAME_PARTICLES,
    PEER_NOUNS,
    PEOPLE_NOUNS,
    PERSON_ROLES,
    PORTFOLIO_ROLES,
    SURNAME_ENDINGS,
    TITLE_OBJECTS,
    TITLE_QUALIFIERS,
)
from pipeline.lexicon.places import (
    CAPITALS,
    COMPASS_WORDS,
    COUNTRIES,
    DEMONYMS,
    ETHNONYMS,
    PLACE_WORDS,
    REGIONS,
)
from pipeline.lexicon.text import (
    CLOSE_QUOTES,
    DASHES,
    NAME_JOINERS,
    NUMBER_SIGNS,
    OPEN_QUOTES,
)
from pipeline.names import (
    OF_COUNTRY,
    capital_code,
    country_in_names,
    country_of,
    fold_name,
    name_core,
    names_country,
)
from pipeline.schema import OrgKind

RULE_SPANS = "news_org_rules"

# Country names run to at most 4 words: `the Republic of Tajikistan`.
COUNTRY_MAX_WORDS = 4

# Entity labels of names that are not organisations.
PLACE_OR_PERSON = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC", "DATE", "EVENT"})

# `National University of Mongolia and Tokyo Institute of Technology`: the head of a second
# name stands within its first three words (or last).
CONJUNCT_HEAD_WINDOW = 3
GLUED_NUMBER = re.compile(rf"(?:{'|'.join(NUMBER_SIGNS)})\.?\d+")  # `No.6`, `№6`
ORDINAL_ENDINGS = ("st", "nd", "rd", "th")  # `First`, `Second`, `Third`, `Fourth`: no count
BRACKETED_WORDS = 2  # words in brackets before a company's legal form: `(Private) Limited`
# Last words of topics and titles rather than names: `Promotion`, `Management`, `Planning`.
TOPIC_ENDING = re.compile(r"(?:tion|ment|ing|ance|ence|ity|ics|ies)$")
# A web address standing for an outlet: `AKIPRESS.COM`, `24.kg`, `khovar.tj`.
# a company's stock ticker in brackets after its name: `(TYO:8002)`, `(NYSE: KEP)`, `(KRX:015760)`
STOCK_TICKER = re.compile(r"^[A-Z]{2,6}\s?:\s?[A-Z0-9][A-Z0-9.]{0,9}$")
STOCK_TICKER_TOKENS = 5  # tokens a ticker and its closing bracket may take: `FRA:66`, `T`, `)`
DOMAIN = re.compile(r"^(?!www\.)[\w-]+(?:\.[\w-]+)*"
                    r"\.(?:com|net|org|info|news|kg|kz|uz|tj|tm|ru|az|mn|tr|jp|kr|cn|eu)$", re.I)
# Signs and words no name of an organisation contains: digits, colons, `and`, commas.
ROLE_WINDOW = 8  # how far back a title may stand before `of <country> <holder>`
TITLE_LINKS = frozenset({"of", "to", "the", "for", "and"})  # `Ambassador to`, `Head of the`
DIVISION_LINKS = frozenset({"of", "for", "at"})  # `Country Operations for the IsDB Group`
SEAT_BODY_WORDS = 6  # words of the body a mission is accredited to: `the European Union`
OUTLET_MAX_WORDS = 4  # a source named in a dateline's brackets: `(The Steppe Bulletin)`
CREDITS_REACH = 24  # tokens from a dateline's bracket to its close: three sources and a date
LEGAL_FORM_STARTS = frozenset(form[0] for form in SPELLED_LEGAL_FORMS)
OUTLET_DATELINE_REACH = 8  # tokens from a dateline's place to the comma after its year
NER_NOISE = re.compile(r"[\d:;,+/|©@]|\band\b")
INITIAL = re.compile(r"[A-Z]\.")  # `Anna B. Moreland`
# Words before a partner or a list of companies: `jointly with X`, `companies such as X`.
# What closes a list after its last item: `the Steppe Bank, EBRD, SWDF and others`.
LIST_CLOSERS = frozenset({("and", "others"), ("and", "other"), (",", "etc"), (",", "etc.")})
LIST_CUES = frozenset({"with", "as", "including", "like"})
LIST_CLOSER_WORDS = 5  # `and a number of other`: the closer's words up to `other`
# A ministry named by its field, maybe after its state's adjective (`Turkish Foreign Ministry`),
# and one named in full (`Ministry of Foreign Affairs of Turkmenistan`)
FIELD_MINISTRY = re.compile(r"^(?:(?P<state>[A-Z][a-z]+) )?(?P<field>[A-Z][a-z]+) Ministry$")
MINISTRY_OF = re.compile(r"^Ministry of (?:the )?(?P<field>[A-Z][a-z]+(?: [Aa]ffairs)?)"
                         r"(?: of (?:the )?(?P<state>.+))?$")
# The lower-case words after or around which find_context_spans finds a name.
CONTEXT_WORDS = (CLASSIFIERS | OUTLET_CUES | LEARNED_CUES | OUTLET_NOUNS | PRESS_NOUNS | LIST_CUES
                 | FOREIGN_POSTS | {"of", "channel", "ministry"})
# ... and the plurals of classifiers (`companies such as`): the words find_context_spans reads.
CUE_HASHES = frozenset(hash_string(word) for word in CONTEXT_WORDS | {
    word[:-1] + "ies" if word.endswith("y") else word + "s" for word in CLASSIFIERS})
KNOWN_NAMES = frozenset({*KNOWN_ORGS, *KNOWN_ORGS.values()})  # known bodies, short or long
KNOWN_CORES = frozenset(name_core(name)[0] for name in KNOWN_ORGS.values())  # whole names
BANK = "bank"
COMPOUND_STEM_MIN = 3  # `Agrobank`; a capitalised `Databank` is taken for a bank too
STATE_COMPANY_MIN_CHARS = 8  # `Turkmengas`; shorter words on those stems are towns (`Uzgen`)
# `Osh Regional Government`: a place, a level and `Government` at least.
LOCAL_GOVERNMENT_MIN_WORDS = 3
# the name in quotes that closes a longer form, after its kind or legal form
QUOTED_PART = re.compile(r"\S\s+[\"“«'‘](?P<name>[A-ZА-ЯЁ][^\"”»'’]*)[\"”»'’]$")
QUOTE_PAIRS = {"“": "”", "«": "»", "‘": "’"}  # a name's opening quote and its closing one
INNER_CAPITAL = re.compile(r"[a-zа-яё][A-ZА-ЯЁ]")  # a brand's capital inside: `SteppeMet`
QUOTED_NAME_MAX_WORDS = 6  # a company name in quotes (`JSC "Uzbekneftegaz"`) is short
# `Lorena Castell, ADB's country director`: a role this many tokens after the comma.
APPOSITION_WINDOW = 6
PAIRED_NAME_TOKENS = 5  # `and` and a name of up to three words back to a noun of people
TRADE_WORDS = 2  # lower-case words of a company's trade between its name and `company`
NAMED_AFTER = PERSON_ROLES | PEER_NOUNS  # `minister A`, `counterpart A`: a person follows
# Links to the body a name sits under (`Agency under the Cabinet`); `of` opens a brief as often
UNDER_PARENT = PARENT_LINKS - {"of"}
FIELD_MAX_WORDS = 2  # a field a body's name lists: `Culture`, `Social Protection`
APPOSED_TITLE_WORDS = 3  # `, First Deputy Minister of ...`: a title opening an apposition
OF_CHAIN = frozenset({"of", "the", "and"})  # `Minister of Transport of the Republic of X`
TITLE_JOINERS = OF_CHAIN | {"in", "to", "for"}  # `Ambassador of Japan in X`
TITLE_CHAIN_WINDOW = 12  # `Minister of Transport of the Republic of Tajikistan,`: a title's words
# Headlines and menus: at least 4 words, 70 % of them capitalised (sentences rarely are).
TITLE_LINE_MIN_WORDS = 4
TITLE_LINE_CAP_SHARE = 0.7
# `Ministries of Finance and of Energy`: `and of` starts the next ministry's name.
PLURAL_BOUNDARY = re.compile(r"\s*,?\s+and\s+of\s+|,\s*of\s+")
PLURAL_ITEM = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# Items of the final `X, Y and Z` of a long list kept as one ministry.
PLURAL_JOINED_TAIL = 3
REORDERED_MIN_WORDS = 3  # capitalised words a name given in another order shares with the first
SIZE_CLASSIFIERS = frozenset({"giant"})  # a classifier only after its sector or country
DETERMINERS = frozenset({"DT", "PRP$", "WP$"})  # `the`, `its`, `whose` before a size word
DATELINE_MARKS = frozenset({",", "(", "—", "–", "-", "--", "."})  # after a dateline's place
ACRONYM_MIN_LETTERS = 3  # `UN`, `EU` are known; a two-letter one alone may be anything
QUOTED_KIND_WORDS = 2  # words after a quoted name that say what it names: `grant project`
PORTFOLIO_MAX_WORDS = 2  # `the Kazakh energy ministry`, `the Uzbek foreign trade ministry`
# An initial glued to the name it opens: `M.Bayaraa` (`INITIAL` stands apart: `D. Perkins`).
GLUED_INITIAL = re.compile(r"[A-Z]\.[A-Z][a-z]+")
# Initials after a surname, the Russian order written in English: `Ivanova S.K.`, `Ivanov A.`
INITIALS = re.compile(r"(?:[A-Z]\.){1,2}")
# Two capitalised names joined by a hyphen or dash, a route: `Osh-Batken`, `Ulan Bator - Darkhan`
ROUTE = re.compile(r"[A-Z][\w ]*?[a-z]\s?[-–—]\s?[A-Z][\w ]*[a-z]")
# Words after `People's` in a state's name: `People's Republic`, `People's Democratic Republic`.
STATE_NAME_WORDS = frozenset({"republic", "democratic"})
# The words one of which every institution-shaped name holds (see `_is_institution`).
NAME_HEADS = FINAL_HEADS | INITIAL_HEADS | CORPORATE_SUFFIXES | LONE_LEGISLATURES | {
    "programme", "program", "hall"}
# `the ministries of finance and economy`: lower-case coordinated ministries.
LOWER_MINISTRIES = re.compile(
    r"\bministries of ((?:(?!the\b|two\b|both\b)[a-z]+)(?:(?:, | and |, and )(?!the\b)[a-z]+)+)\b")


# ------------------------------------------------------------------ detection: name shapes
def _is_cap(token: Token) -> bool:
    """A capitalised word that can be part of a name (`Ministry`, `Kyrgyz`, `K2`), not a weekday."""
    text = token.text
    return text[:1].isupper() and text[:1].isalpha() and token.lower_ not in CALENDAR_WORDS


def _is_inner_hyphen(token: Token) -> bool:
    """The hyphen of `Pre-Departure` or `Export-Import` (no space on either side)."""
    doc = token.doc
    return (token.text in DASHES and not token.whitespace_ and token.i > 0
            and not doc[token.i - 1].whitespace_ and token.i + 1 < len(doc))


def _is_possessive(token: Token) -> bool:
    return token.lower_ in {"'s", "’s", "'", "’"} and token.tag_ == "POS"


def _in_state_name(possessive: Token) -> bool:
    """`'s` of `the People's Republic of China`: part of a state's name, not an owner's mark."""
    doc = possessive.doc
    return possessive.i + 1 < len(doc) and doc[possessive.i + 1].lower_ in STATE_NAME_WORDS


def _is_seat(doc: Doc, i: int) -> bool:
    """`Tokyo` of `Tokyo-based`: a place made an adjective of where a company sits."""
    return i + 2 < len(doc) and _is_inner_hyphen(doc[i + 1]) \
        and doc[i + 2].lower_ in SEAT_PARTICIPLES


def _chunks(doc: Doc) -> list[Span]:
    """Maximal runs of capitalised words, joiners, commas and possessives, within a line."""
    chunks: list[Span] = []
    tokens = list(doc)  # one Token per word, however often the loops below look at it
    caps = [_is_cap(t) for t in tokens]
    seats = {t.i - 1 for t in tokens if t.text in DASHES and t.i > 0 and _is_seat(doc, t.i - 1)}
    i, n = 0, len(doc)
    while i < n:
        if not caps[i] or i in seats:
            i += 1
            continue
        end = k = i + 1
        while k < n and "\n" not in tokens[k - 1].whitespace_:
            token = tokens[k]
            if k in seats or (token.lower_ == "the" and caps[k - 1]
                              and tokens[k - 1].pos_ in ("NOUN", "PROPN")):
                break  # `Since the Donor Conference the Bank has`: `the` after a name opens a
                # new phrase (after a verb, `Building the Legal Foundation`, it is its object)
            if caps[k]:
                end = k = k + 1
            elif _is_inner_hyphen(token) and caps[k + 1]:
                end = k = k + 2
            elif _is_inner_hyphen(token) and k + 2 < n and tokens[k + 1].is_lower \
                    and _is_cap(tokens[k + 2]) and any(t.lower_ in NAME_JOINERS
                                                        for t in tokens[i:k]):
                # (`Tokyo-based` never gets here: the seat check above ended the run before it)
                end = k = k + 3  # `... and State-owned Property Management`, past `of`/`and`
            elif token.lower_ in NAME_JOINERS or token.text == "," or _is_possessive(token) or (
                    token.lower_ == "with" and tokens[k - 1].lower_ in TIE_NOUNS):
                k += 1  # `... Cultural Relations with the Regions`: a tie's partners
            else:
                break
        chunks.append(doc[i:end])
        i = end
    return chunks


def _is_acronym(span: Span) -> bool:
    """One token of capitals, as `UNDP` or `KfW` (a capital first and last letter)."""
    text = span.text
    return len(span) == 1 and len(text) >= 2 and text[0].isupper() and text[-1].isupper()


def _starts_head_initial(span: Span) -> bool:
    """`Ministry of ...`, `State Agency for ...`: a head followed by of/for/under/on."""
    return any(
        (a.lower_ in INITIAL_HEADS or a.lower_ in FINAL_HEADS) and b.lower_ in HEAD_LINKS
        for a, b in zip(span[:-1], span[1:], strict=False)
    )


def _begins_with_head(span: Span) -> bool:
    """`Ministry of Justice ...`: the stretch opens with an institutional head."""
    return len(span) > 1 and span[0].lower_ in INITIAL_HEADS and span[1].lower_ in HEAD_LINKS


def _ends_with_head(span: Span) -> bool:
    """`... Agency`, `... Construction Co` (a legal form closing the name, not `Co-Chairman`)."""
    if len(span) == 0:
        return False
    last, doc = span[-1], span.doc
    glued = last.i + 1 < len(doc) and _is_inner_hyphen(doc[last.i + 1])
    return last.lower_ in FINAL_HEADS or (last.lower_ in CORPORATE_SUFFIXES and not glued)


def _split_coordination(part: Span) -> list[Span]:
    """Split a run at `,` / `and` where a new name begins; keep `Ministry of A, B and C` whole."""
    pieces: list[Span] = []
    doc, start, i = part.doc, part.start, part.start
    listed = False  # a comma has already split this run: `A Corporation, B and C`
    while i < part.end:
        token = doc[i]
        if token.text == "," or token.lower_ == "and":
            sep_end = i + 1
            if token.text == "," and sep_end < part.end and doc[sep_end].lower_ == "and":
                sep_end += 1
            left, right = doc[start:i], doc[sep_end:part.end]
            comma = sep_end == i + 1 and token.text == ","  # `, and` closes a list like `and`
            # `and` closes the list, unless it goes on with the brief of a head-initial item
            # (`Center, University of Physical Culture and Sport`) and no new name begins there
            # (`Ministry of Energy and Toyota`)
            closes_list = listed and not comma and all(t.text != "," for t in left) and not (
                _in_brief(left) and len(right) > 0 and right[0].ent_iob_ != "B")
            if not closes_list and _keeps_together(left, comma, right):
                i = sep_end
                continue
            # a country before the comma ends a phrase (`by South Korea, the Ministry of A and
            # B said`), and so does `the` after it (`for its Aid Programme, the Ministry of A and
            # B said`), and a person's title after it (`<Name>, General Director of the Ministry
            # of A and B`): none is an item of a list of organisations
            titled = any(_is_role(t) for t in right[:APPOSED_TITLE_WORDS])
            listed = listed or (comma and len(right) > 0 and not country_of(left.text)
                                and right[0].lower_ != "the" and not titled)
            pieces.append(left)
            start = i = sep_end
            continue
        i += 1
    pieces.append(doc[start:part.end])
    return [p for p in pieces if len(p) > 0]


def _next_item(right: Span) -> Span:
    """The words of `right` up to the next comma or `and`."""
    for token in right:
        if token.text == "," or token.lower_ == "and":
            return right.doc[right.start:token.i]
    return right


def _keeps_together(left: Span, comma: bool, right: Span) -> bool:
    """Whether a comma or `and` between two stretches lies inside one name."""
    if len(left) == 0 or len(right) == 0:
        return False
    item = _next_item(right)
    if comma and _is_legal_suffix(right[0]):
        return True  # `Co., Ltd.`
    if not comma and left[-1].lower_ in COMPASS_WORDS:
        return True  # `Department for Central and West Asia`: the compass word wants its noun
    if right[0].lower_ == "the" or len(item) == 0:
        return False
    if country_of(item.text) or _is_acronym(item) or country_of(left.text) or _is_acronym(left):
        return False
    if _ends_with_state(left) and (comma or _begins_with_head(left.doc[left.start + (
            left[0].lower_ == "the"):left.end])):
        return False  # `College of Border Guards of Latvia, Riga Technical University`: a name's
        # list (`Ministry of A, B and C`) lists fields, and a state is none; the state closes
        # a head's `of` chain (`Ministry of Health of Uzbekistan and UNICEF Project`)
    if (_ends_with_head(left) and not _in_brief(left)) or _begins_with_head(item):
        return False
    if _is_acronym(item[:1]) and _ends_with_head(item):
        return False  # `... Training and TRT General Directorate`: an acronym opens a new name
    if not comma and left.start > 0 and left.doc[left.start - 1].text in NAME_PARTICLES:
        return False  # `Ursula von der Leyen and European Council President ...`: a surname
    if _is_name_of_person(item) and (_is_surname(item[-1]) or _tagged_person(item)):
        return False  # `chairman of the State Committee for Investments, and Ali Karimov, ...`
    if _opens_with_title(item):
        return False  # `... Rashid Meredov and Head of the Foreign Ministry`, `... and
        # Co-Chairman of the Committee`, `... and Managing Director of X`: a title opens one
    role = max((t.i for t in left if _is_role(t)), default=None)
    titled = role is not None and not any(t.lower_ in PARENT_LINKS for t in left.doc[role:left.end])
    if titled and (_ends_with_head(item) or _title_and_holder(left)):
        return False  # `Deputy Minister Aibek Osmonov and German Foreign Ministry`, `Vice
        # President Devdeit Yilmaz and Kyrgyz Cabinet Chairman ...`; after the title's `of`
        # the body's own name goes on (`Secretary of the Scientific and Research Association`)
    if not comma and _defined_alone(left, item):
        return False  # `Hanbit Chem and Kazakh Polymer Industries (KPI)`
    if _two_institutions(left, item):
        return False  # `Kazatomprom and Toyota Tsusho Corporation`; `Agency for Statistics
        # under the President, National Testing Center under the President`
    if not comma and (_stands_alone(left) or (len(item) == 1 and _acts_alone(item[0]))):
        return False  # `Kazatomprom` named alone too; `Department of Atomic Energy and
        # Kazatomprom`, where `Kazatomprom said` too
    if comma:
        # a comma list stays in a name only inside `Ministry of A, B and C` or `Culture, Sport
        # and Tourism Ministry`, closed by `and`
        rest = right.doc[right.start:right.end]
        return (_starts_head_initial(left) and any(t.lower_ == "and" for t in rest)) or (
            _head_closes_list(left, rest))
    return True


def _defined_alone(left: Span, item: Span) -> bool:
    """Whether the short form in brackets right after the name after `and` spells that name
    alone, so the words before `and` name another body: `Hanbit Chem and Kazakh Polymer
    Industries (KPI)`, not `Ministry of Energy and Natural Resources (MENR)`."""
    doc, j = item.doc, item.end
    if j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")" or not _is_acronym(
            doc[j + 1:j + 2]):
        return False
    return best_long_form(doc[j + 1].text, doc[left.start:item.end].text) == item.text


def _opens_with_title(item: Span) -> bool:
    """`Head of ...`, `Co-Chairman of ...`, `Managing Director of ...`: a person's title, its
    capitalised modifiers before it, opens the stretch."""
    for token in item[:APPOSED_TITLE_WORDS]:
        if token.lower_ in PERSON_ROLES:
            return True
        if (not _is_cap(token) and not _is_inner_hyphen(token)) or token.lower_ in NAME_HEADS:
            return False
    return False


def _ends_with_state(span: Span) -> bool:
    """Whether a stretch closes with a country's name (`... of Latvia`, `IT Park Uzbekistan`),
    not its adjective (`... Kazakh`)."""
    return any(names_country(span[-k:].text)
               for k in range(1, min(len(span), COUNTRY_MAX_WORDS) + 1))


def _in_brief(left: Span) -> bool:
    """Whether the stretch ends inside the brief of a head-initial name (`State Agency for
    Public Service` of `... and Local Self-Government`): a head word there names the field, not
    a body, and `and` goes on with the brief."""
    words = left[1:] if left[0].lower_ == "the" else left
    return len(words) > 2 and all(t.text != "," for t in words) and _starts_head_initial(
        words[:-1]) and not _is_institution(words[-1:])  # no list of names before it


def _title_and_holder(left: Span) -> bool:
    """`Turkish Vice President Devdeit Yilmaz`: a title and the capitalised name of its holder
    after it, up to the end; no body's head or `of` among the names."""
    roles = [t.i for t in left if _is_role(t)]
    names = left.doc[roles[-1] + 1:left.end] if roles else left[:0]
    heads = INITIAL_HEADS | FINAL_HEADS
    return len(names) > 0 and all(t.text[:1].isupper() and t.lower_ not in heads for t in names)


def _head_closes_list(left: Span, rest: Span) -> bool:
    """`Culture, Sport and Tourism Ministry`: fields of a word or two listed up to `and`, and a
    body's head after the last of them that names them all (a company's form does not:
    `Hyundai, Daewoo and Samsung Heavy Industries` are three, and nor do longer names:
    `Etihad Credit Insurance, Natixis and First Abu Dhabi Bank`)."""
    heads = INITIAL_HEADS | FINAL_HEADS
    joint = next((t.i for t in rest if t.lower_ == "and"), None)
    if joint is None or any(t.lower_ in heads for t in (*left, *rest.doc[rest.start:joint])):
        return False
    last = _next_item(rest.doc[joint + 1:rest.end])
    listed = [left.text, *rest.doc[rest.start:joint].text.split(","), last[:-1].text]
    return len(last) > 1 and last[-1].lower_ in INITIAL_HEADS and all(
        t.lower_ not in heads for t in last[:-1]) and all(
        len([w for w in item.split() if w.lower() != "the"]) <= FIELD_MAX_WORDS
        for item in listed)


def _two_institutions(left: Span, item: Span) -> bool:
    """`Ministry of Transport and Hyundai Motor Company`: both sides of `and` are whole names,
    the second with its own head (not `Ministry of Industry and Construction`)."""
    heads = INITIAL_HEADS | FINAL_HEADS
    # the body a name sits under or belongs to is no head of its own: `Migration and Labour
    # under the Cabinet`, `Political and Economic Research of the Presidential Administration`
    core = _before_parent(item)
    owned = next((core[:t.i - core.start] for t in core if t.lower_ == "of"), core)
    own_head = (_ends_with_head(core) or any(
        t.lower_ in heads for t in core[:CONJUNCT_HEAD_WINDOW])) and (
        owned is core or any(t.lower_ in heads or _is_role(t) for t in owned))
    named = _trim(_before_parent(left))
    return own_head and (_is_institution(named) or _named_after_head(named)) and _is_institution(
        item)


def _before_parent(span: Span) -> Span:
    """A name up to the body it sits under: `Testing Center` of `Testing Center under the
    President`."""
    return next((span[:t.i - span.start] for t in span if t.lower_ in UNDER_PARENT), span)


def _stands_alone(left: Span) -> bool:
    """A headless name before `and` that the story also uses on its own elsewhere."""
    if any(t.lower_ in HEAD_LINKS or t.lower_ in INITIAL_HEADS or t.lower_ in FINAL_HEADS
           for t in left):
        return False  # `Ministry of Industry and Construction`, `Bank for ... and Development`
    # alone: not run on into `and` or into a longer name (`Border Management Programme`)
    alone = re.compile(rf"(?<![\w-]){re.escape(left.text)}(?![\w-])(?! and\b)(?!\s+[A-ZА-ЯЁ])")
    return any(m.start() != left.start_char for m in alone.finditer(doc_text(left.doc)))


def _acts_alone(word: Token) -> bool:
    """A one-word name after `and` that acts on its own elsewhere in the story (`Kazatomprom
    said`), or is written with a capital inside (`SteppeMet`, as brands are; no field is), so
    a body of its own, not the last field of `Ministry of Culture and Tourism` (a sentence's
    first word acts as a name only where the tagger says so: `Tourism grew`)."""
    doc = word.doc
    if INNER_CAPITAL.search(word.text):
        return True
    return any(t.text == word.text and t.i != word.i and _acts_or_takes_part(t)
               and (not t.is_sent_start or t.ent_type_ == "ORG")
               and (t.i + 1 == len(doc) or not _is_cap(doc[t.i + 1])) for t in doc)


def _is_legal_suffix(token: Token) -> bool:
    """`Ltd.` closing `Co., Ltd.`, not `JSC` opening `JSC "Uzbekneftegaz"`."""
    if token.lower_.rstrip(".") not in {"ltd", "inc", "llc", "jsc", "plc"}:
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is None or nxt.text not in OPEN_QUOTES and (nxt.is_sent_start or not _is_cap(nxt))


def _trim(span: Span) -> Span:
    """Drop leading function words (`The`, `In`, a sentence's `Later`) and trailing joiners and
    commas."""
    start, end = span.start, span.end
    doc = span.doc
    if end - start > 1 and _is_tag(doc[start]):
        start += 1
    while start < end and ((doc[start].is_stop and not _is_capital_stop(doc, start)
                            and not _numbered_name(doc, start))
                           or not doc[start].text[:1].isupper()
                           or (doc[start].is_sent_start and doc[start].pos_ in {"ADV", "SCONJ"})):
        if doc[start].lower_ in INITIAL_HEADS:
            break
        start += 1
    while end - start > 3 and _described_by(doc, start):
        start += 3  # `Moscow-led`, `EU-funded`: who leads or funds the body, before its name
    while end > start and (doc[end - 1].lower_ in NAME_JOINERS or doc[end - 1].text == ","):
        end -= 1
    if end - start > 1 and _is_split_initial(doc, end - 1):
        end -= 1  # `Department` of `Department Kh. Yuldashev`: the initial opens a person's name
    # `Center for Japanese language`: a nationality adjective cannot end a name
    if end - start > 2 and doc[end - 1].lower_ in DEMONYMS and end < len(doc) \
            and doc[end].text[:1].islower():
        end -= 1
        while end > start and doc[end - 1].lower_ in NAME_JOINERS:
            end -= 1
    return doc[start:end]


def _described_by(doc: Doc, i: int) -> bool:
    """Whether a name opens with a hyphened participle that describes the body (`Moscow-led`,
    `Russia-backed`, `UN-sponsored`), no word of its name (`Coca-Cola`, `Export-Import`)."""
    return doc[i + 1].text == "-" and doc[i + 2].tag_ == "VBN" and doc[i + 2].text.islower()


def _numbered_name(doc: Doc, i: int) -> bool:
    """A capitalised ordinal right before a capitalised word: the name's own (`First Maternity
    Hospital`, `Third City Clinic`); not a sentence's `First, the ...`, nor a count (`Three
    Ministries`)."""
    return doc[i].like_num and doc[i].lower_.endswith(ORDINAL_ENDINGS) and (
        doc[i].text[:1].isupper() and i + 1 < len(doc) and doc[i + 1].text[:1].isupper())


def _is_capital_stop(doc: Doc, i: int) -> bool:
    """A stopword in capitals before a word that is not (`US Agency`, `IT Park`, `by WHO to`):
    an acronym, where all capitals (`THE MINISTRY OF ENERGY`) are only a heading's case."""
    return doc[i].is_upper and (i + 1 == len(doc) or not doc[i + 1].is_upper)


def _is_split_initial(doc: Doc, i: int) -> bool:
    """`Kh` of `Kh. Yuldashev`: a two-letter initial the tokenizer cut from its full stop, a
    capitalised name after it."""
    return (doc[i].text in DIGRAPH_INITIALS and i + 2 < len(doc) and doc[i + 1].text == "."
            and doc[i + 2].text[:1].isupper())


def _is_tag(token: Token) -> bool:
    """`MENAFN-` of `MENAFN- Trend News Agency`: a source's tag glued to a dash before a name."""
    return len(token.text) > 1 and token.text[-1] in DASHES and bool(token.whitespace_)


def _is_role(token: Token) -> bool:
    """A person's title, singular or plural: `Minister`, `Chairmen`, `Representatives`."""
    word = token.lower_
    return word in PERSON_ROLES or word.removesuffix("s") in PERSON_ROLES or (
        word.endswith("men") and word[:-3] + "man" in PERSON_ROLES)


def _is_title(span: Span) -> bool:
    """`Minister`, `Ministers of Foreign Affairs`: a person's title, which names no body; nor
    does the end of one (`Government of the X` of `Heads of Government of the X`)."""
    doc = span.doc
    heads_of = span.start >= 2 and doc[span.start - 2].lower_ in ("head", "heads") and (
        doc[span.start - 1].lower_ == "of") and span[0].lower_ in TITLE_OBJECTS and not (
        span[0].lower_ in HEADED_BODIES and len(span) > 1)  # `Delegation of the EU to X`
    return heads_of or all(_is_role(t) or (t.is_stop and not _is_capital_stop(doc, t.i))
                           for t in span) or (
        len(span) > 2 and span[0].lower_ in PORTFOLIO_ROLES and span[1].lower_ == "of")


def _cut_headless_owner(span: Span) -> Span:
    """`Vladimir Petruk of Interbudmontazh Company` -> `Interbudmontazh Company`,
    `Representatives of the Ministry of Energy` -> `Ministry of Energy`,
    `Deputy Head of Cooperation of the Embassy of X` -> `Embassy of X`, `Annual Meeting of the
    Asian Development Bank` -> `Asian Development Bank`.

    In a name ending with its head, or where a head opens the words after the first `of`/`for`,
    an `of`/`for` with no head before it joins two phrases; after a person's title (`CEO of`,
    `Deputy Head of`) the organisation, if any, begins.
    """
    for token in span:
        if token.lower_ in {"of", "for"}:
            left = span.doc[span.start:token.i]
            if any(t.lower_ in INITIAL_HEADS or t.lower_ in FINAL_HEADS for t in left):
                return span
            right = _trim(span.doc[token.i + 1:span.end])
            if len(left) > 0 and len(right) > 0 and all(_is_role(t) for t in left):
                return _cut_headless_owner(right)
            if len(right) > 0 and _begins_with_head(right):
                return right
            if len(left) > 0 and left[-1].lower_ in EVENT_HEADS and _is_institution(right):
                return right  # `Annual Meeting of the Asian Development Bank`: the body's
            if any(t.lower_ in NON_ORG_HEADS for t in left):
                return span  # `Memorandum of Understanding and ...`: a document's name
            if _ends_with_head(span) or _is_institution(right):
                return right
            return span
    return span


def _place_end(doc: Doc, start: int, end: int) -> int | None:
    """The end of a country or a place name (`Khatlon Province`, `Bokhtar District`) that
    starts at `start`, within `end`, or None."""
    country = _country_end(doc, start)
    if country is not None:
        return country
    k = start
    while k < end and _is_cap(doc[k]) and doc[k].lower_ not in PLACE_WORDS:
        k += 1
    return k + 1 if start < k < end and doc[k].lower_ in PLACE_WORDS else None


def _cut_trailing_person(span: Span) -> Span:
    """`Health Department of Khatlon Province Saidullo Mallazoda` -> `Health Department of
    Khatlon Province`: a name after the place that closes an office title is its holder's."""
    doc = span.doc
    for token in span[1:-1]:
        if token.lower_ != "of":
            continue
        end = _place_end(doc, token.i + 1, span.end)
        if end is not None and doc[end - 1].lower_ in DEMONYMS:
            continue  # `Organization of Turkish States`: an adjective closes no place's name
        # a holder's name, not the people the body serves (`Training of Afghan Citizens`)
        if end is not None and end < span.end and all(
                _is_cap(t) and t.lower_ not in INITIAL_HEADS | FINAL_HEADS | NAME_JOINERS
                and not is_people_noun(t) for t in doc[end:span.end]):
            return doc[span.start:end]
    return span


def _country_end(doc: Doc, start: int) -> int | None:
    """The end of a country name (`Japan`, `the Kyrgyz Republic`) starting at `start`, or None;
    an adjective before a capitalised noun names none (`of Kyrgyz Parliament`)."""
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    for end in range(min(start + COUNTRY_MAX_WORDS, len(doc)), start, -1):
        if country_of(doc[start:end].text):
            adjective = doc[end - 1].lower_ in DEMONYMS and end < len(doc) and _is_cap(doc[end])
            return None if adjective else end
    return None


def _cut_after_country(span: Span) -> Span:
    """`Commission of China on the ... railway` -> `Commission of China`: a name whose
    `of <country>` is followed by `on`/`for` and a topic ends with the country; a capitalised
    field goes on with it (`State Committee of Uzbekistan for Investments`), but not a country's
    government's (`the Government of Japan on Technical Cooperation` names a deal's field)."""
    doc = span.doc
    for token in span[1:-1]:
        if token.lower_ != "of":
            continue
        end = _country_end(doc, token.i + 1)
        if end is not None and end + 1 < span.end and doc[end].lower_ in COUNTRY_CLOSERS and (
                not _is_cap(doc[end + 1]) or doc[token.i - 1].lower_ in GOVERNMENT_WORDS):
            return doc[span.start:end]
    return span


def _cut_origin(span: Span) -> Span:
    """`Siemens AG of Germany` -> `Siemens AG`: a legal form closes a company's name; the
    country after it says where the company is from."""
    doc = span.doc
    for token in span[:-2]:
        if token.lower_ in REGISTERED_FORMS and doc[token.i + 1].lower_ == "of" and _country_end(
                doc, token.i + 2) == span.end:
            return doc[span.start:token.i + 1]
    return span


def _extend_country(span: Span) -> Span:
    """`National Electric Grid` + `of Uzbekistan`, `EU Delegation` + `to the Kyrgyz Republic`:
    a name followed by `of`/`to` and a country is named in full with it, unless a legal form
    closes the name (`Siemens AG of Germany` says where the company is from)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in {"of", "to"}:
        return span
    if doc[span.end].lower_ == "to" and span[-1].lower_ not in SEAT_HEADS:
        return span  # `sold to Japan`: only diplomatic bodies are named after where they sit
    end = _country_end(doc, span.end + 1)
    return _cut_origin(doc[span.start:end]) if end is not None else span


def _extend_between(span: Span) -> Span:
    """`Intergovernmental Commission` + `between Uzbekistan and Korea`: a joint body is named in
    full with the two parties it joins (countries or known bodies)."""
    doc = span.doc
    if not any(t.lower_ in JOINT_BODIES for t in span) or span.end >= len(doc) or (
            doc[span.end].lower_ != "between"):
        return span
    first = _party_end(doc, span.end + 1)
    if first is None or first >= len(doc) or doc[first].lower_ != "and":
        return span
    second = _party_end(doc, first + 1)
    return doc[span.start:second] if second is not None else span


def _party_end(doc: Doc, start: int) -> int | None:
    """The end of a country's or a known body's name starting at `start` (`the European
    Union`), or None."""
    country = _country_end(doc, start)
    start += start < len(doc) and doc[start].lower_ == "the"
    body = next((end for end in range(min(start + COUNTRY_MAX_WORDS, len(doc)), start, -1)
                 if doc[start:end].text in KNOWN_NAMES), None)
    return max((end for end in (country, body) if end is not None), default=None)


def _is_institution(span: Span) -> bool:
    """A name shaped like an institution, and not like a project, event or agreement."""
    if len(span) == 0 or not span[0].text[:1].isupper():
        return False
    if len(span) == 1 and span[0].lower_ in LONE_LEGISLATURES:
        return True
    last = span[-1].lower_
    if span[0].lower_ in NON_ORG_HEADS or _is_relation(span):
        return False  # `Project for the Development of ... Agency`
    if last in NON_ORG_HEADS and not _begins_with_head(span):
        # after `Ministry of`, the last word names the brief (`Ministry of Youth Policy`);
        # `United Nations Development Programme`, `World Food Programme` are UN bodies
        return (last in {"programme", "program"} and span[0].lower_ in {"united", "un", "world"}
                and len(span) > 2)  # `a UN Programme` is one of many
    if _is_local_government(span):
        return True
    if _ends_with_head(span):
        return not _generic_head(span)
    return _starts_head_initial(span)


def _named_after_head(span: Span) -> bool:
    """`National Atomic Company Kazatomprom`, `State Concern Turkmengas`: a body's head and the
    one word of its own name after it."""
    if len(span) < 2 or not _ends_with_head(span[:-1]) or _generic_head(span[:-1]):
        return False
    name = span[-1]
    return _is_cap(name) and name.ent_type_ not in ("DATE", "GPE", "PERSON", "NORP") and not (
        country_of(name.text))


def _generic_head(span: Span) -> bool:
    """`Kyrgyz Ministry`, `The Agency`: a head with only a nationality before it is generic; not
    `Japan Foundation` (a country's name) or `Russian Embassy` (one country's mission); and so
    is a legal form alone (`the Joint Stock Company (JSC) “Name”`: the name follows it)."""
    if tuple(t.lower_ for t in span if t.lower_ != "the") in SPELLED_LEGAL_FORMS:
        return True
    last, before = span[-1].lower_, span[:-1]
    if last in COUNTRY_NAMED_HEADS and any(t.lower_ in COUNTRIES for t in before):
        return False
    if last in SEAT_HEADS and any(country_of(t.text) for t in before):
        return False
    return all(t.is_stop or country_of(t.text) for t in before)


def _is_topic(span: Span) -> bool:
    """`War Journalism Training`, `Cooperation`: a name of an activity, not of a body (`&`
    marks a firm: `Engineering & Construction`)."""
    last = span[-1].lower_  # `Association`, `Corporation`: a body's head, whatever its ending
    return bool(TOPIC_ENDING.search(last)) and last not in FINAL_HEADS and "&" not in span.text


def _is_relation(span: Span) -> bool:
    """`Special Strategic Partnership`, `Strategic Partnership of Mongolia and Japan`, `... on
    the Development of the Comprehensive Strategic Partnership`: a partnership qualified as a
    relation between countries, no body."""
    of = next((t.i for t in span if t.lower_ == "of"), span.end)
    words = span.doc[span.start:of]
    return (len(words) > 0 and words[-1].lower_ == "partnership"
            and any(t.lower_ in RELATION_WORDS for t in words)) or (
        len(span) > 1 and span[-1].lower_ == "partnership" and span[-2].lower_ in RELATION_WORDS)


def _is_name_of_person(span: Span) -> bool:
    """Two to four capitalised words that name nothing but a person: no head, joiner, place,
    country or role among them (`Takayuki Miyashita`, `Kassym-Jomart Tokayev`)."""
    inner = span[1:-1]  # a particle inside the name: `Karim bin Rashid Al Nuri`
    words = [t for t in span if not _is_inner_hyphen(t) and not (
        t in inner and t.lower_ in NAME_PARTICLES)]
    banned = INITIAL_HEADS | FINAL_HEADS | PLACE_WORDS | PERSON_ROLES  # `Du Dewen`: a name
    return 2 <= len(words) <= 4 and all(INITIAL.match(t.text) or (
        _is_cap(t) and not t.is_stop and t.lower_ not in banned and not country_of(t.text)
        and not t.text.isupper() and not TOPIC_ENDING.search(t.lower_)) for t in words)


def _cut_holder(span: Span) -> Span:
    """An office without the person who holds it: `Japanese Foreign Ministry` of `Head of the
    Japanese Foreign Ministry Takeshi Iwaya`, `Ministry of Health` of `Ministry of Health
    Director Bahodir Yusupaliev`. A title before or inside the span, or a surname of the region,
    marks the trailing words as a person's name."""
    doc = span.doc
    if len(span) < 3:
        return span
    if span[-1].lower_ in PERSON_ROLES and span[-2].lower_ not in TITLE_QUALIFIERS | {
            "the", "of"} and _is_institution(span[:-1]) and not (
            span.start > 0 and doc[span.start - 1].text == "/"):  # `Ministry of Foreign Affairs
        return span[:-1]  # Secretary (East) <Name>`; not `Office of the High Representative`,
        # nor a unit after its body's slash (`USAID/Steppe Mission Director`)
    for token in span[1:-1]:
        # a title may close with `General` (`Director General`, `Secretary General`)
        name = token.i + 1 + (doc[token.i + 1].lower_ == "general")
        if token.lower_ in PERSON_ROLES and _is_name_of_person(doc[name:span.end]):
            return _trim(doc[span.start:token.i])
    initial = _initialled_name(span)
    if initial is not None:
        return _trim(doc[span.start:initial])  # `Office of Cofinancing Operations D. Perkins`
    if not (_behind_title(span) or _is_surname(span[-1])):
        return span
    cuts = []  # where a person's name may start, nearest the end first
    for k in range(span.end - 2, span.start, -1):
        if _is_inner_hyphen(doc[k]) or _is_inner_hyphen(doc[k - 1]) or doc[k - 1].is_stop or (
                doc[k].lower_ in NAME_PARTICLES):
            continue  # `Kassym-Jomart` is one name; `for Economic ...` goes on with the name;
            # no name opens with `bin` (`Karim bin Rashid`)
        if not _is_name_of_person(doc[k:span.end]):
            break
        cuts.append(k)
    if not cuts:
        return span
    # a cut after the body's head word (`... Trade Ministry` | `Ji Ho Lim`), else the nearest
    # cut that leaves a body or a country (`Kyrgyzstan` | `Anna Moreland`), else the
    # longest name: what stays may be no name at all (`Head of State`)
    heads = [_trim(doc[span.start:k]) for k in cuts]
    return next((h for h in heads if len(h) > 1 and _ends_with_head(h)), None) or next(
        (h for h in heads if len(h) > 0 and (_is_institution(h) or country_of(h.text))),
        heads[-1])


def _initialled_name(span: Span) -> int | None:
    """Where a person's name opening with an initial closes the span (`D. Perkins`, `C. San
    Miguel`, `M.Bayaraa`), or None; not after an `and` (`<Name> and First Deputy President of
    the X K.Koshikawa` joins two people's titles, no body and its holder)."""
    doc = span.doc
    if any(t.lower_ == "and" and any(_is_role(r) for r in doc[t.i + 1:span.end]) for t in span):
        return None
    for token in span[2:]:
        rest = doc[token.i + 1:span.end]
        named = all(_is_cap(t) and t.lower_ not in NAME_HEADS for t in rest)
        if (INITIAL.fullmatch(token.text) and len(rest) > 0 and named) or (
                GLUED_INITIAL.fullmatch(token.text) and len(rest) == 0):
            # a given name before the initial, a country before it (`Ambassador to Kyrgyzstan
            # Anna B. Moreland`)
            given = token.i - 1 > span.start and _is_cap(doc[token.i - 1]) and bool(
                country_of(doc[span.start:token.i - 1].text))
            return token.i - given
    return None


def _behind_title(span: Span) -> bool:
    """A title stands before the span: `Minister of Health <span>`, `Deputy Director General of
    the <span>` (a role among the capitalised words, `of`, `to` and `the` right before it), or
    `head of the Korean engineering company <span>` (the words of a classifier's phrase)."""
    doc = span.doc
    classified = span.start > 0 and doc[span.start - 1].lower_ in CLASSIFIERS
    for k in range(span.start - 1, max(span.start - ROLE_WINDOW, 0) - 1, -1):
        token = doc[k]
        if token.lower_ in PERSON_ROLES or _singular(token.lower_) in PERSON_ROLES:
            return True  # also in the plural: `Speakers of the House of X <Name> and ...`
        described = classified and token.is_lower and token.pos_ in ("ADJ", "NOUN")
        if not (_is_cap(token) or token.lower_ in TITLE_LINKS or described):
            return False
    return False


def _is_surname(token: Token) -> bool:
    """A capitalised word with a surname ending of the region: `Tokayev`, `Mallazoda`."""
    return token.text[:1].isupper() and token.text[1:].islower() and \
        token.lower_.endswith(SURNAME_ENDINGS)


def _is_local_government(span: Span) -> bool:
    """`Ulaanbaatar City Government`, `Osh Regional Government`, `Bishkek City Hall`."""
    if len(span) < LOCAL_GOVERNMENT_MIN_WORDS or not _is_cap(span[0]) or country_of(span[0].text):
        return False
    last, level = span[-1].lower_, span[-2].lower_
    return (last == "government" and level in LOCAL_LEVELS) or (last, level) == ("hall", "city")


def _extend_pair(span: Span) -> Span:
    """`Kazakh - Turkish Economic Commission`, `Kyrgyzstan – Turkey Friendship Hospital`: a name
    opening with a country that a spaced dash joins to another country holds both."""
    doc, start = span.doc, span.start
    if start >= 2 and doc[start - 1].text in DASHES and doc[start - 1].whitespace_ and (
            country_of(span[0].text) and country_of(doc[start - 2].text)):
        return doc[start - 2:span.end]
    return span


def _post_owner(doc: Doc, i: int) -> int | None:
    """The country whose post doc[i] is, right before it or before its possessive (`US
    Embassy`, `Japan's Embassy`)."""
    k = i - 1
    if k > 0 and _is_possessive(doc[k]):
        k -= 1
    return k if k >= 0 and _is_cap(doc[k]) and country_of(doc[k].text) else None


def _extend_seat(span: Span) -> Span:
    """`Delegation to Turkmenistan`, `Embassy of Japan in Tajikistan`, `U.S. Embassy Bishkek`,
    `UNESCO Office in Uzbekistan`: add the seat."""
    doc, end = span.doc, span.end
    if span[-1].lower_ not in SEATED_HEADS and not (
        len(span) > 2 and span[0].lower_ in SEATED_HEADS):
        return span
    if span[-1].lower_ in SEAT_HEADS and end < len(doc) and doc[end].lower_ in CAPITALS and (
            doc[end].text[:1].isupper()):
        return doc[span.start:end + 1]  # `U.S. Embassy Bishkek`: styled with its seat's city
    if end + 1 < len(doc) and doc[end].lower_ in {"to", "in"} and doc[end + 1].text[:1].isupper():
        country = _country_end(doc, end + 1)
        if country is not None:  # a name after the country is its head's (`... to Japan <Name>`)
            return doc[span.start:country]
        stop = end + 2
        while stop < len(doc) and (doc[stop].text[:1].isupper() or doc[stop].lower_ == "of"
                                   or _is_inner_hyphen(doc[stop])) and (  # `in Nur-Sultan`
                doc[stop].lower_ not in CALENDAR_WORDS):  # `in Tashkent Wednesday`: a date
            stop += 1
        return doc[span.start:stop]
    if end + 2 < len(doc) and doc[end].lower_ in {"to", "in"} and doc[end + 1].lower_ == "the":
        # `Mission of Kazakhstan to the European Union <Name>`: up to the body's head word;
        # `Embassy of Japan in the Republic of Tajikistan`: a country only
        country = _country_end(doc, end + 1)  # `... to the Kyrgyz Republic`, not `European`
        if country is not None and not (country < len(doc) and doc[country].text[:1].isupper()):
            return doc[span.start:country]
        if doc[end].lower_ == "in":
            return span
        heads = [i for i in range(end + 2, min(len(doc), end + 2 + SEAT_BODY_WORDS))
                 if doc[i].lower_ in FINAL_HEADS and all(
                     doc[k].text[:1].isupper() for k in range(end + 2, i + 1))]
        return doc[span.start:heads[-1] + 1] if heads else span
    return span


def _owns(left: Span) -> bool:
    """`Migration's Center`, `Japan's Ministry`, `Osh's Steppe University`: the possessor is a
    name of its own (a capital's among them).

    `Republican Children's Clinical Hospital` is not split: `Children` names nothing.
    """
    return bool(_names_a_state(left.text) or _is_acronym(left) or left[-1].lower_ in INITIAL_HEADS
                or _ends_with_head(left) or _is_institution(_trim(left)))


def _names_a_state(text: str) -> bool:
    """Whether a possessor names a state, by its name, adjective or capital: `Japan's`,
    `Tashkent's`."""
    return bool(country_of(text) or capital_code(text))


def _possessor(left: Span) -> Span:
    """The name a possessive closes: the words after an article inside the chunk (`the National
    Children` of `Learning Center of the National Children's Medical Center`, where the article
    opens the possessive's own phrase), else the chunk (`Agency of Migration's Center`)."""
    article = max((t.i for t in left if t.lower_ == "the" and t.i > left.start), default=None)
    if article is None or article + 1 >= left.end:
        return left
    return left.doc[article + 1:left.end]


def _coordinated_owner(left: Span) -> Span | None:
    """`Japan` of `Turkmengaz and Japan's ...`: the owner after the last `and` or comma."""
    seps = [t.i for t in left if t.lower_ == "and" or t.text == ","]
    if not seps or seps[-1] == left.start or seps[-1] + 1 >= left.end:
        return None
    owner = left.doc[seps[-1] + 1:left.end]
    return owner if _owns(owner) else None


def find_institution_spans(doc: Doc) -> list[Span]:
    """Spans shaped like institutional names: `Ministry of ...`, `... Agency`, `... Co., Ltd.`."""
    spans: list[Span] = []
    for chunk in _chunks(doc):
        if not any(t.lower_ in NAME_HEADS for t in chunk):
            continue  # every cut below keeps a part of the chunk, and none is a name headless
        parts, start = [], chunk.start
        for token in chunk:
            if not _is_possessive(token) or token.i <= start or _in_state_name(token):
                continue
            if _owns(_possessor(doc[start:token.i])):
                parts.append(doc[start:token.i])
                start = token.i + 1
                continue
            owner = _coordinated_owner(doc[start:token.i])
            if owner is not None:  # `Turkmengaz and Japan's JGC Corporation`
                parts.append(doc[start:owner.start - 1])
                start = token.i + 1
        parts.append(doc[start:chunk.end])
        for part in parts:
            for piece in _split_coordination(part):
                if piece[0].tag_.startswith("VB"):
                    continue  # `Building the Legal Foundation`: a clause, not a name
                piece = _trim(piece)
                numbered = _number_after(piece)  # `City Hospital No. 4`: the name before it
                if numbered is not None:
                    piece = piece[:-1]
                whole = piece.end
                piece = _cut_division(_cut_holder(_cut_trailing_person(
                    _cut_origin(_cut_after_country(_cut_headless_owner(piece))))))
                if _is_institution(piece) and not _a_kind_of_body(piece) and not _led_group(
                        piece):
                    if numbered is not None and piece.end == whole:
                        spans.append(doc[piece.start:numbered])
                        continue
                    spans.append(_extend_quoted(_extend_between(_extend_country(_extend_seat(
                        _extend_pair(piece))))))
    return spans


def _extend_quoted(span: Span) -> Span:
    """A name with the quoted name of its own that opens it: `“Steppe Road” International
    University`, `"Yangi Hayot" Industrial Park` (quotes and all)."""
    quoted = _quoted_before(span.doc, span.start)
    return span.doc[quoted.start - 1:span.end] if quoted is not None else span


def _number_after(span: Span) -> int | None:
    """Where the number a name closes with ends, when its last word is a number sign with the
    number after it or glued on (`City Hospital No. 4`, `Maternity Complex No.6`), else None."""
    if len(span) < 2:
        return None
    last, doc = span[-1], span.doc
    if GLUED_NUMBER.fullmatch(last.text):
        return span.end
    end = _numbered_end(doc, span.end)
    return end if end > span.end else None


def _a_kind_of_body(span: Span) -> bool:
    """`JICA is an Incorporated Administrative Agency`, `registered as a Joint Stock Company`:
    a head said of something with an indefinite article names a kind of body, not one (`a
    Japan Foundation grant`, `the creation of a Cooperation Council` name one)."""
    doc = span.doc
    return span.start > 1 and doc[span.start - 1].lower_ in {"a", "an"} and (
        doc[span.start - 2].lemma_ in {"be", "as"}) and (
        span.end == len(doc) or doc[span.end].pos_ not in ("NOUN", "PROPN"))


def _led_group(span: Span) -> bool:
    """`Delegation of Korea led by the Vice Minister`: a party of people someone leads, not a
    body."""
    doc = span.doc
    return span[0].lower_ in GROUP_HEADS and span.end + 1 < len(doc) and (
        doc[span.end].lower_ in LED_BY and doc[span.end + 1].lower_ == "by")


def _expand_plural(span: Span) -> list[str]:
    """`Ministries of Justice and of Energy of Japan` -> `Ministry of Justice of Japan`, ...

    `and of` (or `, of`) separates whole names; a trailing `of <country>` belongs to each.
    """
    words = span.text.split(" ", 2)
    if len(words) < 3 or words[0].lower() != "ministries" or words[1].lower() != "of":
        return []
    rest, country = words[2], ""
    for match in OF_COUNTRY.finditer(rest):
        if country_of(rest[match.end():]):
            rest, country = rest[:match.start()], rest[match.start():]
            break
    if PLURAL_BOUNDARY.search(rest):
        items = PLURAL_BOUNDARY.split(rest)
    else:
        items = PLURAL_ITEM.split(rest)
        if len(items) >= PLURAL_JOINED_TAIL + 1:
            # `Justice, Foreign Affairs, Health, Labor and Welfare`: the final `X, Y and Z`
            # is as likely one ministry (`Health, Labor and Welfare`) as three
            seps = list(PLURAL_ITEM.finditer(rest))
            items = items[:-PLURAL_JOINED_TAIL] + [rest[seps[-PLURAL_JOINED_TAIL].end():]]
    return [f"Ministry of {_capitalise(item.strip())}{country}" for item in items if item.strip()]


def _capitalise(words: str) -> str:
    """`higher education` -> `Higher Education`; joiners and capitalised words stay as they are."""
    return " ".join(w if w in NAME_JOINERS or w[:1].isupper() else w.capitalize()
                    for w in words.split(" "))


# ------------------------------------------------------------------ detection: context
def _line_is_headline(doc: Doc, start_char: int) -> bool:
    """A line of mostly capitalised words without a full stop: a headline or a menu."""
    text = doc_text(doc)
    left = text.rfind("\n", 0, start_char) + 1
    right = text.find("\n", start_char)
    line = text[left:right if right >= 0 else len(text)].strip()
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < TITLE_LINE_MIN_WORDS or line.endswith((".", "!", "?", "\u201d", '"')):
        return False
    capitalised = sum(w[:1].isupper() for w in words)
    return capitalised / len(words) >= TITLE_LINE_CAP_SHARE


def _is_person_context(span: Span) -> bool:
    """A name with a personal title before it (initials may stand between: `minister A K
    Antony`; a comma too: `its founder, Ahmet Kaya`), a role in apposition after it, or an
    outlet's `our` or a noun of people before a person's name (`Our Kim Sora reports`: its
    reporter; `journalists Ann Lee and ...`)."""
    doc = span.doc
    start = span.start
    while start > 1 and len(doc[start - 1].text) == 1 and doc[start - 1].text.isupper():
        start -= 1  # an initial without its full stop
    if start > 0 and (doc[start - 1].lower_ in NAMED_AFTER or (
            doc[start - 1].lower_ == "our" or _people_before(doc, start)
            or _role_set_off_before(doc, start)) and _is_name_of_person(span)):
        return True
    after = doc[span.end:span.end + APPOSITION_WINDOW]
    if len(after) < 2 or after[0].text != "," or any(
            t.lower_ in LEGAL_PREFIXES | CORPORATE_SUFFIXES for t in span):
        return False  # a company's legal form names no person: `JSC X Grids, the grid operator`
    for token in after[1:]:
        if token.lower_ in PERSON_ROLES or token.lemma_.lower() in PEOPLE_NOUNS:
            return True  # `, Principal Transport Specialist of ADB`
        if token.pos_ in {"VERB", "AUX"} or token.is_punct:
            return False
    return False


def _role_set_off_before(doc: Doc, start: int) -> bool:
    """Whether a role and a comma stand before the name at `start`: the name is in apposition
    to it (`the holding's founder, Ahmet Kaya, said`)."""
    return start > 1 and doc[start - 1].text == "," and doc[start - 2].lower_ in NAMED_AFTER


def _people_before(doc: Doc, start: int) -> bool:
    """Whether a noun of people stands before the name at `start`, or before the name it is
    joined to (`journalists Ann Lee and Tom Ray`: both theirs)."""
    before = start - 1
    if doc[before].lower_ == "and":
        before -= 1
        while before > 0 and _is_cap(doc[before]) and start - before <= PAIRED_NAME_TOKENS:
            before -= 1
    return before >= 0 and doc[before].lemma_.lower() in PEOPLE_NOUNS  # (`and` opening the text)


def _set_off_role(span: Span) -> bool:
    """A role set off by commas after a name (`Aliev, the deputy finance minister, said`): its
    holder's; not a clause's subject after an opening phrase (`Speaking to APA, the minister
    said`)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    phrase = []
    for token in doc[span.end + 1:span.end + 1 + APPOSITION_WINDOW]:
        if token.text == ",":
            return any(t.lower_ in PERSON_ROLES for t in phrase)
        if token.pos_ in ("VERB", "AUX"):
            return False
        phrase.append(token)
    return False


def _proper_run(doc: Doc, start: int) -> Span | None:
    """The run of capitalised proper-noun tokens starting at `start` (same line), up to a
    person's initial (`... Department Kh. Yuldashev`)."""
    end = start
    while end < len(doc) and _is_cap(doc[end]) and not doc[end].is_stop and not (
            end > start and _is_split_initial(doc, end)):
        end += 1
        if "\n" in doc[end - 1].whitespace_:
            break
        if end + 1 < len(doc) and _is_inner_hyphen(doc[end]) and _is_cap(doc[end + 1]):
            end += 1  # `Samruk-Kazyna`
        elif end == start + 1 and end + 1 < len(doc) and _is_inner_hyphen(doc[end]) and \
                doc[start].text.isupper() and doc[end + 1].is_lower and doc[end + 1].is_alpha:
            end += 2  # a capital's word in lower case: `K-water`
    return doc[start:end] if end > start else None


def _proper_run_before(doc: Doc, end: int) -> Span | None:
    """The run of capitalised proper-noun tokens ending just before `end`."""
    start = end
    while start > 0 and _is_cap(doc[start - 1]) and not doc[start - 1].is_stop:
        start -= 1
        if start > 1 and _is_inner_hyphen(doc[start - 1]) and _is_cap(doc[start - 2]):
            start -= 1  # `Interfax-Kazakhstan reported`
    return doc[start:end] if start < end else None


def find_context_spans(doc: Doc) -> list[Span]:
    """Names the context marks as organisations.

    `the Japanese company Sumitomo`, `the state news agency TDH`, `UzA reported`,
    `a Kazinform correspondent`, `ASTANA, March 14 (Kazinform) -`, `President of IM Japan`.
    """
    spans: list[Span] = []
    for i, (lower, alpha, low_hash) in enumerate(
            doc.to_array([IS_LOWER, IS_ALPHA, LOWER]).tolist()):
        if lower and low_hash not in CUE_HASHES and (alpha or "." not in doc[i].text):
            continue  # a common word: none of the cues below (`.` may make it a domain)
        token = doc[i]
        low = token.lower_
        if low in CLASSIFIERS and token.text.islower() and not (
                low in SIZE_CLASSIFIERS and token.i > 0 and (
                    doc[token.i - 1].tag_ in DETERMINERS or not doc[token.i - 1].whitespace_)):
            # `the Japanese company Sumitomo`, `the news agency «Steppe Today»`; `Obodsuv is the
            # implementing agency`; `energy giant Gazprom`, not `the giant Rogun dam`, `its
            # giant Kumkol field` or `the super-giant Kumkol field` (a word glued to it)
            after = _quoted_or_proper(doc, token.i + 1) if token.i + 1 < len(doc) else None
            # `head of the company X <Name>`: the head's name follows; `the Russian company,
            # Rosatom, ...`: a name set off by commas
            after = _cut_holder(after) if after is not None else _set_off_after(doc, token.i)
            before = _named_before_trade(doc, token.i) if low in COMPANY_CLASSIFIERS else None
            spans.extend(s for s in (after, before, _named_by_copula(doc, token.i)) if s)
        # `the Tamdor state news agency`
        described = _outlet_described(doc, token.i) if low in OUTLET_NOUNS else None
        # `the Vedomosti daily`, `the Altyn Tolkyn TV channel`
        press = token.text.islower() and (low in PRESS_NOUNS or (
            low == "channel" and token.i > 0 and doc[token.i - 1].text in BROADCAST_MEDIA))
        if low in OUTLET_CUES or described is not None or press:
            first = (token.i if described is None else described) - 1
            run = _proper_run_before(doc, first + 1) if first >= 0 else None
            if run is None and first >= 0 and DOMAIN.match(doc[first].text):
                run = doc[first:first + 1]  # `24.kg news agency`: a site by its address
            # `Minister of Health <Name> reported`, `official <Name> reported`, `Minister <Name>
            # reported`: a person
            if (run is not None and run.start > 0 and not doc[run.start - 1].is_sent_end
                    and _cut_holder(run) == run and run[0].lower_ not in PERSON_ROLES
                    and doc[run.start - 1].lower_ not in PEOPLE_NOUNS | PERSON_ROLES):
                spans.append(run)
        elif low in LEARNED_CUES and (outlet := _learned_by(doc, token.i)) is not None:
            spans.append(outlet)  # `..., Kabar has learned.`
        elif (turkish := _turkish_company(doc, token.i)) is not None:
            spans.append(turkish)  # `Anka Enerji Sanayi ve Ticaret A.Ş.`
        elif token.text == "(" and (listed_company := _ticked_company(doc, token.i)):
            spans.append(listed_company)  # `Hanbit Power Corp (KRX:012345)`
        elif token.text == "(" and (company := _bracketed_company(doc, token.i)):
            spans.append(company)  # `Lahore Gas Systems (Private) Limited`
        elif token.text in {"(", "/", ",", "."} and (outlet := _dateline_outlet(doc, token.i)):
            spans.append(outlet)  # dateline: `ASTANA, May 2 (Agency) -`
        elif token.text == "(" and (credits := _credits_after_place(doc, token.i)):
            spans.extend(credits)  # `OSH, (Valley Wire / Steppe Post - 3rd March, 2025)`
        elif token.text in DASHES and (outlet := _credited_on_its_line(doc, token.i)):
            spans.append(outlet)  # a dateline line crediting its source: `Astana - Agency`
        elif (DOMAIN.match(token.text) or (token.text.isupper() and _after_dateline_place(
                doc, token.i))) and _is_source(doc[token.i:token.i + 1]):
            spans.append(doc[token.i:token.i + 1])  # `AKIPRESS.COM - ...`, `ASTANA. KAZINFORM -`
        elif _is_cited_acronym(token):
            spans.append(doc[token.i:token.i + 1])  # `..., according to WAM.`
        elif token.text == "Ministry" and (named := _lower_portfolio(doc, token.i)) is not None:
            spans.append(named)  # `Ministry of agriculture and water resources of Uzbekistan`
        elif token.text.lower() in FIELD_BODY_HEADS and _is_cap(token) and (
                fielded := _lower_field_body(doc, token.i)) is not None:
            spans.append(fielded)  # `State Bank for foreign economic affairs of Turkmenistan`
        elif low == "ministry" and token.text.islower() and (
                owned := _lower_ministry(doc, token.i)) is not None:
            spans.append(owned)  # `the Kyrgyz economy ministry`, `Japan's foreign ministry`
        elif low in FOREIGN_POSTS and (owner := _post_owner(doc, token.i)) is not None:
            # `the Japanese embassy in Tashkent`, `the US Embassy in Kazakhstan`, `Japan's
            # Embassy in Dushanbe`
            spans.append(_extend_seat(doc[owner:token.i + 1]))
        elif _is_state_company(token):
            spans.append(doc[token.i:token.i + 1])  # `Turkmengas`, `Uzbekneftegaz`
        elif _is_compound_bank(token):
            # `Agrobank`, with the country it is of: `Eximbank of China`, `Korea Eximbank`
            before = token.i > 0 and _is_cap(doc[token.i - 1]) and bool(
                country_of(doc[token.i - 1].text))
            after = token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of" and bool(
                country_of(doc[token.i + 2].text))
            spans.append(doc[token.i - before:token.i + 1 + 2 * after])
        elif low in CLASSIFIERS and token.i + 1 < len(doc) and doc[token.i + 1].text in {",", "."}:
            run = _named_by_apposition(doc, token.i)
            if run is not None:
                spans.append(run)
        elif low == "of" and token.i > 0 and doc[token.i - 1].lower_ in LEADER_ROLES | OWNED_NOUNS:
            run = _proper_run(doc, token.i + 1)
            # `President of Turkmenistan <Name>`, `Chairman of Bokhtar District <Name>`: a place
            # and its leader's name, no organisation
            if run is not None and _place_end(doc, run.start, run.end + 1) is None \
                    and not _is_topic(run) and run.text.lower() not in TITLE_OBJECTS:
                # not `Head of Cooperation of the Embassy`, `Head of State`
                held = _cut_holder(run)  # `Head of State Kassym-Jomart Tokayev`: no body
                if (held == run and not _division_of_next(run)) or (
                        len(held) > 0 and _is_institution(held)):
                    spans.append(held)
        if _partner_cue(token):
            run = _proper_run(doc, token.i + 1)
            # a list of companies names companies whatever the NER says; after `with`, people
            # and places are as likely
            listed = low != "with"
            unfit = {"NORP"} if listed else PLACE_OR_PERSON  # the NER calls firms places
            while run is not None and (listed or run[-1].pos_ == "PROPN"):
                # an item that is a nationality is skipped; a name the NER calls one is not
                # (`Rönesans Endüstri Tesisleri`)
                if all(t.ent_type_ not in unfit or (listed and t.lower_ not in DEMONYMS)
                       for t in run):
                    spans.append(run)
                elif not listed:
                    break
                nxt = run.end + 1
                if not listed or nxt >= len(doc) or doc[run.end].lower_ not in {",", "and"}:
                    break
                run = _proper_run(doc, nxt + (doc[nxt].lower_ == "and"))  # `X, Y and Z`
        form = (1 if low in LEGAL_PREFIXES and token.text.isupper() else
                _spelled_form(doc, token.i) if token.text[:1].isupper() else 0)
        if form and token.i + form < len(doc):
            quoted = _quoted_name(doc, token.i + form)
            if quoted is not None:  # `JSC «Aralstroy»`, `Joint Stock Company “Aralstroy”`
                spans.append(doc[token.i:quoted.end])
    return [s for s in spans if not country_of(s.text) and not _is_person_context(s)
            and not STOCK_TICKER.match(s.text)]


def _ticked_company(doc: Doc, i: int) -> Span | None:
    """The company a stock ticker in brackets at doc[i] follows: `Steppe Solar (FRA:66T)`."""
    close = next((t.i for t in doc[i + 1:i + STOCK_TICKER_TOKENS + 1] if t.text == ")"), None)
    if close is None or not STOCK_TICKER.match(doc[i + 1:close].text):
        return None
    return _proper_run_before(doc, i)


def _bracketed_company(doc: Doc, i: int) -> Span | None:
    """A company whose legal form follows a word or two in brackets at doc[i], as South Asian
    companies are named (`Sui Gas Systems (Private) Limited`, `Indus Power (India) Ltd`): the
    capitalised words before the brackets up to the form."""
    close = next((t.i for t in doc[i + 1:i + BRACKETED_WORDS + 2] if t.text == ")"), None)
    if close is None or close == i + 1 or close + 1 >= len(doc) or doc[
            close + 1].lower_ not in CORPORATE_SUFFIXES or not all(
            _is_cap(t) for t in doc[i + 1:close]):
        return None
    run = _proper_run_before(doc, i)
    return doc[run.start:close + 2] if run is not None else None


def _spelled_form(doc: Doc, i: int) -> int:
    """How many tokens a legal form spelled out takes from doc[i] (`Joint Stock Company`), or
    0."""
    if doc[i].lower_ not in LEGAL_FORM_STARTS:
        return 0  # most capitalised words: the cheap test first
    for form in SPELLED_LEGAL_FORMS:
        if tuple(t.lower_ for t in doc[i:i + len(form)]) == form:
            return len(form)
    return 0


def _named_before_trade(doc: Doc, i: int) -> Span | None:
    """The name before a company noun and up to TRADE_WORDS lower-case words of its trade
    (`the Kamo automobile concern`, `Tolkyn cement company`), neither a place nor a nationality
    (`the Japanese company`) nor a person."""
    start = i
    while start > 0 and i - start < TRADE_WORDS and doc[start - 1].is_lower and doc[
            start - 1].pos_ in ("NOUN", "ADJ"):
        start -= 1
    if quoted := _quoted_before(doc, start):
        return quoted  # `"Komatsu" company`, as `company "Komatsu"`
    run = _proper_run_before(doc, start)
    # the tagger takes an unknown firm for a person; the words of a trade tell it is a firm
    unfit = PLACE_OR_PERSON - {"PERSON"} if start < i else PLACE_OR_PERSON
    if run is None or any(t.ent_type_ in unfit or (t.pos_ == "ADJ" and not t.is_upper)
                          for t in run) or any(
            country_of(part) for part in re.split(r"[\s-]+", run.text)):
        return None  # `the joint Kyrgyz-Swiss working group`: nations, no name; `National
        # atomic company X` opens with an adjective, the name follows the noun
    # `a Cement company`: a kind of company, not one by its name
    return None if run.start > 0 and doc[run.start - 1].lower_ in ("a", "an") else run


def _quoted_before(doc: Doc, end: int) -> Span | None:
    """The name in quotes that closes just before `end`, on one line, its words capitalised
    (`"Komatsu"`; not a quoted phrase, `"We are ready"`)."""
    if end < 3 or doc[end - 1].text not in CLOSE_QUOTES:
        return None
    start = next((t.i for t in reversed(doc[max(end - 2 - QUOTED_NAME_MAX_WORDS, 0):end - 1])
                  if t.text in OPEN_QUOTES), None)
    inner = doc[start + 1:end - 1] if start is not None else None
    return inner if inner and "\n" not in inner.text and all(
        _is_cap(t) or not t.is_alpha for t in inner) else None


def _outlet_described(doc: Doc, i: int) -> int | None:
    """Where the lower-case words that describe an outlet begin when doc[i] is its noun and one
    of them says it is news (`state news agency`, `news website`, `information agency`)."""
    if not doc[i].is_lower:
        return None
    start = i
    while start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in OUTLET_QUALIFIERS:
        start -= 1
    return start if any(t.lower_ in NEWS_WORDS for t in doc[start:i]) else None


def _cut_division(span: Span) -> Span:
    """`Regional Programs for the Aral Fund` behind `Director of`: a title's brief with no head
    of its own is a division of the body after it, which is the organisation."""
    if not _behind_title(span):
        return span
    doc = span.doc
    for token in span[1:-1]:
        if token.lower_ in DIVISION_LINKS:
            brief = doc[span.start:token.i]
            rest = _trim(doc[token.i + 1:span.end])
            headless = not any(t.lower_ in INITIAL_HEADS | FINAL_HEADS for t in brief)
            return rest if headless and _is_institution(rest) else span
    return span


def _division_of_next(run: Span) -> bool:
    """`Director of Country Operations for the IsDB Group`: a run with no institutional head,
    followed by the body it belongs to, names a division or a brief of that body."""
    doc = run.doc
    after = doc[run.end:run.end + 3]
    return not _is_institution(run) and len(after) == 3 and after[0].lower_ in DIVISION_LINKS \
        and (_is_cap(after[1]) or (after[1].lower_ == "the" and _is_cap(after[2])))


def _partner_cue(token: Token) -> bool:
    """`together with X`, `jointly with X`, `companies such as X`, `companies including X`,
    `Japanese companies X, Y and Z`: a business partner or a list of companies follows."""
    low = token.lower_
    if token.i < 1 or token.i + 1 >= len(token.doc) or not (
            low in LIST_CUES or (low.endswith("s") and token.text.islower())):
        return False
    before = token.doc[token.i - 1].lower_
    if low == "with":
        return before in PARTNER_WORDS
    if low == "as":
        return before == "such" and token.i >= 2 and (_is_plural_classifier(
            token.doc[token.i - 2]) or _classifier_subject(token.head))
    if low in LIST_CUES:  # `companies including`, `companies, including`
        named = token.i - 1 - (before == "," and token.i >= 2)
        return _is_plural_classifier(token.doc[named])
    return _is_plural_classifier(token) and _is_cap(token.nbor(1))  # `companies Itochu, ...`


def _classifier_subject(head: Token) -> bool:
    """`Chinese companies are operating here, such as X, Y`, `a number of firms work ..., such as`:
    the list after `such as` names the companies its clause's subject counts, wherever the
    parser hangs `as` (on the verb, its place or its subject)."""
    path = [head]  # from where `as` hangs up to its clause's verb (or a verbless line's root)
    while path[-1].pos_ not in ("VERB", "AUX") and path[-1].head != path[-1]:
        path.append(path[-1].head)
    subject = next((c for c in path[-1].children if c.dep_ in ("nsubj", "nsubjpass")), None)
    counted = [] if subject is None else [subject, *(
        g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj")]  # `a number of companies`
    return any(_is_plural_classifier(t) for t in (*path, *counted))


def _is_plural_classifier(token: Token) -> bool:
    """`companies`, `firms`, `banks`: the plural of a classifier noun."""
    low = token.lower_
    return low != _singular(low) and _singular(low) in CLASSIFIERS


def _singular(word: str) -> str:
    """The singular of a regular plural (`companies` -> `company`, `banks` -> `bank`)."""
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def _dateline_outlet(doc: Doc, i: int) -> Span | None:
    """`ASTANA, May 2 (Kazinform) -`, `Bishkek, July 18, 2019 / Kabar /.`, `APRIL 3 2019 (The
    Steppe Bulletin) —`, `Osh (SWA):`: a name in brackets or slashes after a dateline's
    date or place, closed by a dash or a stop; a name of several words only before a dash."""
    if doc[i].text in {",", "."} and i >= 1:
        return _listed_outlet(doc, i)
    if doc[i].text not in {"(", "/"} or i < 1:
        return None
    closer = {"(": ")", "/": "/"}[doc[i].text]
    end = next((j for j in range(i + 2, min(i + 2 + OUTLET_MAX_WORDS, len(doc)))
                if doc[j].text.startswith(closer)), None)
    if end is None or not all(t.text[:1].isupper() or _is_inner_hyphen(t)
                              for t in doc[i + 1:end]):
        return None  # `(Interfax-Kazakhstan)`: a hyphen may join the name's parts
    before, name, close = doc[i - 1], doc[i + 1:end], doc[end]
    # the closer may be glued to what follows it: `/ Kabar /.In the near future`
    after = close.text[1:] or (doc[end + 1].text if end + 1 < len(doc) else "")
    dated = before.like_num or before.text.isupper() or (
        before.text == "." and doc[i - 2].like_num) or (  # `September 15. /TASS/.`
        name.text.isupper() and before.text[:1].isupper() and opens_paragraph(doc, i - 1))
    # (a place in title case opening the paragraph before an agency's acronym: `Osh (SWA):`)
    if after in DASHES | {"--"}:
        return name if len(name) == 1 or dated else None
    # `NEW DELHI, March 3 (IANS) India and ...`: the story runs on after the agency's name
    runs_on = after[:1] in {".", ":"} or (name.text.isupper() and after[:1].isupper())
    return name if len(name) == 1 and dated and runs_on else None


def _learned_by(doc: Doc, i: int) -> Span | None:
    """`..., Kabar has learned.`: the name a wire's attribution closing a sentence gives, set
    off by a comma (not `the minister has learned`, nor `Osh has learned to live with it`)."""
    if i < 3 or doc[i - 1].lower_ not in ("has", "have") or not (
            i + 1 < len(doc) and doc[i + 1].is_sent_end and doc[i + 1].is_punct):
        return None
    run = _proper_run_before(doc, i - 1)
    return run if run is not None and run.start > 0 and doc[run.start - 1].text == "," else None


def _credits_after_place(doc: Doc, i: int) -> list[Span]:
    """`OSH, (Valley Wire / Steppe Post - 3rd March, 2025) The fund ...`, `Tashkent, (Steppe
    daily) Uzbekistan and ...`: the sources a dateline credits in brackets after its place and
    comma, split at slashes, up to the date after a dash; each opens with a capital."""
    if i < 2 or doc[i - 1].text != "," or not opens_paragraph(doc, i - 2) or not (
            doc[i - 2].text.isupper() or doc[i - 2].ent_type_ == "GPE"
            or doc[i - 2].lower_ in CAPITALS):
        return []
    close = next((j for j in range(i + 1, min(i + CREDITS_REACH, len(doc)))
                  if doc[j].text == ")"), None)
    if close is None:
        return []
    inner = doc[i + 1:close]
    dash = next((t.i for t in inner if t.text in DASHES and not _is_inner_hyphen(t)), close)
    if dash < close and not any(t.like_num or _is_month(t) for t in doc[dash + 1:close]):
        return []  # what follows the dash is the date
    credits, start = [], i + 1
    for j in range(i + 1, dash + 1):
        if j == dash or doc[j].text == "/":
            part = doc[start:j]
            if not 0 < len(part) <= OUTLET_MAX_WORDS or not part[0].text[:1].isupper() or any(
                    t.is_punct and not _is_inner_hyphen(t) for t in part) or country_of(part.text):
                return []  # `Tashkent, (Uzbekistan)` places the story
            credits.append(part)
            start = j + 1
    return credits


def _listed_outlet(doc: Doc, i: int) -> Span | None:
    """`DUSHANBE, May 17, 2010, Tamdor --`, `Almaty. October 8. Steppe News -`, `Osh, May 2,
    2024, The Steppe Today: ...`: a name after the comma or stop that follows a dateline's date,
    closed by a dash or a colon (not a person's, who speaks after it), in the dateline that
    opens a paragraph with its place (in capitals, or capitalised before the date alone)."""
    day = i >= 2 and doc[i - 1].like_num and _is_month(doc[i - 2])
    if not (YEAR.fullmatch(doc[i - 1].text) or day):
        return None  # most commas and stops: the cheap test first
    start = next((j for j in range(i - 1, max(i - OUTLET_DATELINE_REACH, -1), -1)
                  if opens_paragraph(doc, j)), None)
    if start is None or not (doc[start].text.isupper() or (
            doc[start].text[:1].isupper() and doc[start + 1].text in {",", "."} and all(
                t.is_punct or t.like_num or _is_month(t) for t in doc[start + 2:i]))):
        return None
    end = next((j for j in range(i + 2, min(i + 2 + OUTLET_MAX_WORDS, len(doc)))
                if doc[j].text in DASHES | {"--", ":"} and not _is_inner_hyphen(doc[j])), None)
    if end is None or not all(t.text[:1].isupper() or _is_inner_hyphen(t)
                              for t in doc[i + 1:end]) or country_of(doc[i + 1:end].text) or (
            doc[end].text == ":" and _tagged_person(doc[i + 1:end])):
        return None  # `TASHKENT, May 17, 2010, Uzbekistan -` places the story
    return doc[i + 1:end]


def _is_month(token: Token) -> bool:
    """An English month's name, maybe shortened with a stop (`Oct.`)."""
    return token.lower_.rstrip(".") in ENGLISH_MONTHS


def opens_paragraph(doc: Doc, i: int) -> bool:
    """Whether doc[i] starts the text or a line: nothing, a space token or a line break before
    it."""
    previous = doc[i - 1] if i else None
    return previous is None or previous.is_space or "\n" in previous.whitespace_


def _turkish_company(doc: Doc, i: int) -> Span | None:
    """A Turkish company named with the legal form that opens at doc[i]: the capitalised words
    before it, `ve` (and) between them, are its name (`Doruk Yapi ve Dis Ticaret Anonim
    Sirketi`, `Kartal Insaat ve Tesisat AŞ`)."""
    low = doc[i].lower_
    if low in TURKISH_LEGAL_FORMS:
        end = i + 1
    elif i + 1 < len(doc) and (low, doc[i + 1].lower_) in TURKISH_LEGAL_PAIRS:
        end = i + 2
    else:
        return None
    start = i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and (
            (_is_cap(doc[start - 1]) and not doc[start - 1].is_stop) or (
                doc[start - 1].lower_ == TURKISH_JOINER and start > 1 and _is_cap(doc[start - 2]))):
        start -= 1
    return doc[start:end] if start < i else None


def _credited_on_its_line(doc: Doc, dash: int) -> Span | None:
    """The source a dateline line names after a capital and a dash, the line ending with it
    (`Astana - Agency`, `Bishkek – Steppe Wire`)."""
    if dash < 1 or doc[dash - 1].lower_ not in CAPITALS or not opens_paragraph(doc, dash - 1):
        return None
    run = _proper_run(doc, dash + 1) if dash + 1 < len(doc) else None
    if run is None or len(run) > OUTLET_MAX_WORDS or run[0].ent_type_ in ("GPE", "LOC") or (
            run[-1].lower_ in CAPITALS or run[-1].lower_.endswith(TOWN_ENDINGS)):
        return None  # a route: `Astana - Tashkent`, `Bishkek - Jalal-Abad`
    return run if run.end == len(doc) or "\n" in run[-1].whitespace_ or doc[run.end].is_space \
        else None


def _after_dateline_place(doc: Doc, i: int) -> bool:
    """Whether doc[i] follows a dateline's place in capitals (`ASTANA. KAZINFORM - ...`), or a
    capital city's name before a dash (`Dushanbe, STEPPEWIRE – ...`)."""
    return (i >= 2 and doc[i - 1].text in {".", ","} and (doc[i - 2].text.isupper() or (
        doc[i - 2].lower_ in CAPITALS and i + 1 < len(doc) and doc[i + 1].text in DASHES))
        and opens_paragraph(doc, i - 2) and doc[i].ent_type_ not in {"GPE", "LOC"})


def _is_state_company(token: Token) -> bool:
    """A word glued from a country's stem and a trade (`Turkmengas`, `Kazatomprom`): the
    region's way of naming state companies, in Turkmen letters too (`Türkmengaz`); not a
    country, people or town."""
    low = anyascii(token.lower_)
    return (len(low) >= STATE_COMPANY_MIN_CHARS and _is_cap(token)
            and low.startswith(STATE_COMPANY_STEMS)
            and low.isalpha() and "stan" not in low and low.removesuffix("s") not in DEMONYMS
            and not low.endswith(TOWN_ENDINGS) and not _is_surname(token)  # `Kazakov`
            and token.ent_type_ not in {"GPE", "LOC", "FAC"}  # the NER calls such words people
            and not _in_longer_org(token))  # `National Holding Company Uzbekneftegaz` is whole


def _is_compound_bank(token: Token) -> bool:
    """A capitalised word glued from a stem and `bank` (`Eximbank`, `Agrobank`): a bank's name
    wherever it stands, unless it is one word of a longer name."""
    low = token.lower_
    return (_is_cap(token) and low.endswith(BANK) and len(low) >= len(BANK) + COMPOUND_STEM_MIN
            and low.isalpha() and not _in_longer_org(token))


def _in_longer_org(token: Token) -> bool:
    """Whether the token is one word of a longer ORG entity (an owner's possessive before it
    ends that one: `Uzbekistan’s Microcreditbank`)."""
    doc = token.doc
    return token.ent_type_ == "ORG" and (
        (token.ent_iob_ == "I" and not _is_possessive(doc[token.i - 1]))
        or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"))


def _is_source(span: Span) -> bool:
    """A name given as the story's source: opening a paragraph or a dateline (`ASTANA.
    KAZINFORM -`) before a dash (or, in capitals after the dateline's place, before the lead),
    after `told` or `according to`, or before `reported`."""
    doc = span.doc
    placed = _after_dateline_place(doc, span.start)
    opens = opens_paragraph(doc, span.start) or placed
    dash = span.end < len(doc) and doc[span.end].text in DASHES | {"--"}
    # `ASTANA. AGENCY Japan will ...`: a name in capitals the lead follows with no dash
    led = placed and span.text.isupper() and span.end < len(doc) and doc[span.end].is_title
    after = span.end
    while after < len(doc) and doc[after].lower_ in MEDIA_WORDS and doc[after].is_lower:
        after += 1  # `the eurasianet.org news website reported`
    cue = after < len(doc) and doc[after].lower_ in OUTLET_CUES
    return (opens and (dash or led)) or cue or _after_source_cue(span)


def _is_cited_acronym(token: Token) -> bool:
    """An acronym a sentence closes on after `according to`, `told` or `citing` (see
    SOURCE_CUES): the agency or body it cites (`..., according to WAM.`); not a currency or a
    country's code."""
    doc = token.doc
    return (token.is_upper and token.is_alpha and len(token) >= ACRONYM_MIN_LETTERS
            and token.text not in ISO_CODES and not country_of(token.text)
            and token.i + 1 < len(doc) and doc[token.i + 1].is_punct
            and _after_source_cue(doc[token.i:token.i + 1]))


def _quoted_or_proper(doc: Doc, start: int) -> Span | None:
    """The name in quotes opening at `start` (a few words, closed on the same line), else the
    run of capitalised words there."""
    if doc[start].text not in OPEN_QUOTES:
        return _proper_run(doc, start)
    close = next((t.i for t in doc[start + 1:start + 2 + QUOTED_NAME_MAX_WORDS]
                  if t.text in CLOSE_QUOTES), None)
    inner = doc[start + 1:close] if close is not None else None
    return inner if inner is not None and len(inner) > 0 and _is_cap(inner[0]) and (
        "\n" not in inner.text) else None


def _named_by_copula(doc: Doc, head: int) -> Span | None:
    """`State-backed Uzsuvtaminot is the implementing agency.`: a name the sentence calls a
    company, agency or bank."""
    i = head - 1
    while i > 0 and doc[i].pos_ in {"ADJ", "NOUN", "VERB"} and head - i <= APPOSITION_WINDOW:
        i -= 1
    if doc[i].lower_ not in {"the", "a", "an"} or i < 2 or doc[i - 1].lemma_ != "be":
        return None
    run = _proper_run_before(doc, i - 1)
    if run is None or country_of(run.text) or any(t.ent_type_ in {"PERSON", "GPE"} for t in run):
        return None
    return run


def _quoted_name(doc: Doc, start: int) -> Span | None:
    """`"Uzbekneftegaz"` starting at `start`: a quoted capitalised name of at most 6 tokens."""
    if start + 2 >= len(doc) or doc[start].text not in OPEN_QUOTES \
            or not doc[start + 1].text[:1].isupper():
        return None
    for end in range(start + 2, min(start + 2 + QUOTED_NAME_MAX_WORDS, len(doc))):
        if doc[end].text in CLOSE_QUOTES:
            return doc[start:end + 1]
        if "\n" in doc[end].whitespace_ or doc[end].is_sent_end:
            return None
    return None


def _set_off_after(doc: Doc, head: int) -> Span | None:
    """`the Russian company, Rosatom, will build ...`: the name a classifier's commas set off
    after it, closed by a comma or a full stop; not a role's holder (`the president of the
    agency, <Name>.`)."""
    if head + 2 >= len(doc) or doc[head + 1].text != ",":
        return None
    of = doc[head].head
    if of.lower_ == "of" and of.head.lower_ in PERSON_ROLES | LEADER_ROLES:
        return None
    run = _proper_run(doc, head + 2)
    return run if run is not None and run.end < len(doc) and doc[run.end].text in {",", "."} \
        else None


def _named_by_apposition(doc: Doc, head: int) -> Span | None:
    """`Kazakhstan Temir Zholy (KTZ), the national railway company,`: the name before the comma."""
    i = head - 1
    while i > 0 and doc[i].pos_ in {"ADJ", "NOUN"} and head - i <= APPOSITION_WINDOW:
        i -= 1
    if _is_possessive(doc[i]):
        owner = _proper_run_before(doc, i)  # `Barqi Tojik, Tajikistan's state power utility`
        if owner is None or not country_of(owner.text):
            return None
        i = owner.start
    elif doc[i].lower_ not in {"the", "a", "an"}:
        return None
    if i < 2 or doc[i - 1].text != ",":
        return None
    end = i - 1
    if doc[end - 1].text == ")":
        while end > 0 and doc[end - 1].text != "(":
            end -= 1
        end -= 1
    run = _proper_run_before(doc, end)
    return run if run is not None and len(run.text.split()) > 1 else None


def find_government_spans(doc: Doc) -> list[Span]:
    """`the Kyrgyz government` used as an actor (not `Kyrgyz government bodies`)."""
    spans: list[Span] = []
    if "government" not in doc_text(doc).lower():
        return spans  # most stories: no Token need be made
    for token in doc:
        if token.lower_ != "government" or token.i == 0:
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}:
            continue  # `government delegation`: the government only qualifies a noun
        if country_of(doc[token.i - 1].text):
            spans.append(doc[token.i - 1:token.i + 1])
    return spans


# ------------------------------------------------------------------ canonical names
@dataclass
class _Mention:
    """An occurrence of an organisation: its span, the name it gives, and what it links to."""

    span: Span
    form: str
    core: str
    country: str | None
    alias: str | None = None  # a qualified surface form, as `Uzbekistan's Ministry of Energy`


def _unit_of(span: Span) -> Span | None:
    """`Representative Office of the Agency for X` -> `Agency for X`: an office or mission of
    an organisation named after it counts as that organisation; where the office sits (`in
    Tajikistan`) is the office's, not the organisation's."""
    for token in span[1:-1]:
        if token.lower_ == "of":
            owner = _trim(span.doc[token.i + 1:span.end])
            seat = next((t.i for t in owner[1:] if t.lower_ == "in" and _country_end(
                span.doc, t.i + 1) == owner.end), owner.end)
            owner = span.doc[owner.start:seat]
            first = next((t.i for t in owner if t.lower_ == "of"), owner.end)
            # `Bureau of Asian Affairs of the X Ministry`: a brief, not a body, follows `of`
            named = _begins_with_head(owner) or _is_institution(span.doc[owner.start:first])
            if span.doc[token.i - 1].lower_ in UNIT_HEADS and named:
                return owner
            return None
    return None


def _office_of(span: Span) -> Span | None:
    """`KOICA Representative Office`, `JICA Uzbekistan Office`, `ADB Resident Mission`: an
    office an acronym opens is that organisation's, as `Office of the X` is the X's."""
    if len(span) < 2 or span[-1].lower_ not in UNIT_HEADS or not _is_acronym(span[:1]):
        return None
    middle = span[1:-1]
    return span[:1] if not any(t.lower_ in NAME_HEADS or t.lower_ in HEAD_LINKS
                               for t in middle) else None


def _mention(span: Span, form: str | None = None, link: str | None = None) -> _Mention:
    form = form or span.text
    unit = _unit_of(span) if link is None and form == span.text else None
    form = unit.text if unit is not None else form  # `Mission of the X` counts as the X
    core, country = name_core(link or form)
    doc = span.doc
    alias = None
    if span.start >= 2 and _is_possessive(doc[span.start - 1]):
        owner = country_of(doc[span.start - 2].text)
        if owner:
            country = country or owner
            alias = doc[span.start - 2:span.end].text
    return _Mention(span=span, form=form, core=core, country=country, alias=alias)


class _Groups:
    """Mentions gathered into organisations: same core name and no clashing country."""

    def __init__(self) -> None:
        self.groups: list[list[_Mention]] = []

    def add(self, mention: _Mention) -> None:
        for group in self.groups:
            if any(m.core == mention.core for m in group):
                countries = {m.country for m in group if m.country}
                if mention.country is None or not countries or mention.country in countries:
                    group.append(mention)
                    return
        self.groups.append([mention])

    def merge_truncated(self) -> None:
        """`Ministry of Agriculture` joins `Ministry of Agriculture, Food Industry, and ...`,
        unless two different organisations extend it (`Abu Dhabi ...`); a known body's name is
        whole (`United Nations` is not the `United Nations Development Programme`)."""
        merged = True
        while merged:
            merged = False
            for a in self.groups:
                if any(m.core in KNOWN_CORES for m in a):
                    continue
                hosts = [b for b in self.groups if b is not a and _compatible(a, b) and any(
                    _extends(long.core, short.core) or _headed_on(long.form, short.form)
                    for long in b for short in a)]
                if len(hosts) == 1:
                    hosts[0].extend(a)
                    self.groups.remove(a)
                    merged = True
                    break

    def merge_first_words(self) -> None:
        """`Baiterek` joins `Baiterek National Managing Holding` when only one name starts so."""
        for group in list(self.groups):
            words = {m.core for m in group}
            if len(words) != 1 or " " in next(iter(words)) or group[0].form.isupper() \
                    or any(" " in m.form.strip() for m in group):
                continue  # acronyms name units too (`JICA` is not `JICA Tokyo Center`), and
                # `Mitsubishi Corporation` is a company of its own, not `Mitsubishi Heavy ...`
            word = next(iter(words))
            hosts = [g for g in self.groups if g is not group and _compatible(g, group)
                     and any(m.core.startswith(word + " ") for m in g)]
            if len(hosts) == 1:
                hosts[0].extend(group)
                self.groups.remove(group)


def _extends(long: str, short: str) -> bool:
    """`long` is `short` followed by more words (at least two words in `short`), not by a head
    word of a body of its own after the short one's (`Asian Development Bank Institute`)."""
    if " " not in short or not long.startswith(short) or long[len(short):len(short) + 1] not in {
            " ", ","}:
        return False
    after = long[len(short):].split()
    return short.rsplit(" ", 1)[-1] not in FINAL_HEADS or after[0] not in FINAL_HEADS


def _headed_on(long: str, short: str) -> bool:
    """`Gulf Fund for Rural Development` goes on from `Gulf Fund` past its head word with a
    link (`for`, `of`); `Asian Development Bank Institute` is another body."""
    words, rest = short.casefold().split(), long.casefold()[len(short) + 1:].split()
    return (len(words) > 1 and words[-1] in FINAL_HEADS and bool(rest) and rest[0] in HEAD_LINKS
            and long.casefold().startswith(short.casefold() + " "))


def _compatible(a: list[_Mention], b: list[_Mention]) -> bool:
    ca, cb = {m.country for m in a if m.country}, {m.country for m in b if m.country}
    return not ca or not cb or bool(ca & cb)


def _is_short(form: str) -> bool:
    return " " not in form and any(c.isupper() for c in form[1:])


@dataclass(frozen=True)
class OrgEntity:
    """One organisation of a story: its fullest name, its other forms, and its mentions."""

    name: str
    aliases: tuple[str, ...]
    kind: OrgKind
    mentions: tuple[Span, ...]

    @cached_property
    def country(self) -> str | None:
        """ISO 3166-1 alpha-3 of the country its name or an alias states, read once."""
        return country_in_names((self.name, *self.aliases))


def _organization(group: list[_Mention]) -> OrgEntity:
    """One organisation: the fullest form as name, the other forms as aliases."""
    group = sorted(group, key=lambda m: (m.span.start_char, m.span.end_char, m.form))
    forms: dict[str, str] = {}
    for m in group:
        whole = _balanced(m.form)
        quoted = QUOTED_PART.search(whole)  # `Uzbekneftegaz` of `JSC “Uzbekneftegaz”`
        for form in (whole, m.alias, quoted and quoted.group("name")):
            if form and fold_name(form) not in forms:
                forms[fold_name(form)] = form.strip()
    plain = [f for f in forms.values() if not re.search(r"['\u2019]s\b", f)]
    name = max(plain or list(forms.values()), key=lambda f: (not _is_short(f), len(f)))
    aliases = tuple(f for f in forms.values() if f != name)
    kind: OrgKind = "government" if group[0].core.startswith("government") else "organization"
    mentions = {(m.span.start_char, m.span.end_char): m.span for m in group}
    return OrgEntity(name, aliases, kind, tuple(mentions.values()))


# ------------------------------------------------------------------ the story's organisations
def _ner_spans(doc: Doc, taken: set[int], known: set[str]) -> list[Span]:
    """spaCy's ORG entities that survive the filters for places, people, topics and headlines."""
    others = {e.text for e in doc.ents if e.label_ in {"PERSON", "GPE", "LOC", "NORP", "FAC"}}
    kept = []
    for ent in (piece for e in doc.ents if e.label_ == "ORG" for p in _owner_and_body(e)
                for piece in _listed_in(p)):
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        whole = _trim_ner(ent)
        span = _cut_holder(whole) if whole is not None else None
        if span is not None and _is_role(span[0]) and span[0].lower_ not in PORTFOLIO_ROLES:
            owner = _cut_headless_owner(span)  # `Speakers of the National Assembly`: the body
            span = owner if _is_institution(owner) else span  # not `Head of Public Relations`
        if span is None or span.text in others or country_of(span.text):
            continue
        if span.end < whole.end and _is_role(doc[span.end]) and not (
                _begins_with_head(span) or _ends_with_head(span)):
            continue  # `Kazakh State Counselor Erlan Karin`: what qualifies a title
        if span.end < len(doc) and _is_role(doc[span.end]) and _owned_field(span):
            continue  # `the Embassy's Press Officer`: the field of a title
        if len(span) == 1 and _after_source_cue(span) and not _set_off_role(span):
            kept.append(span)  # `polled by Reuters`, `told APA`, not `told Aliev, the minister,`
            continue
        if _is_acronym(span):
            if span.text in known or (_acts_as_body(span) and span.text.lower() not in (
                    NON_ORG_HEADS)):  # `the MOU confirmed`: a document acts in a phrase only
                kept.append(span)
            continue  # an acronym nothing defines may stand for anything
        if _plausible_ner_name(span) and not _is_place_use(span):
            kept.append(_extend_country(_cut_origin(span)))
    return kept


def _listed_in(ent: Span) -> list[Span]:
    """An entity the tagger ran over a whole list of names, as its names (`A Insurance, B and C
    Bank`); a list of the fields of one body stays whole (`Ministry of Culture, Sports and
    Tourism`), and so does a piece of a longer phrase that the list goes on past (`the Water
    Resources, Forestry` of `..., Forestry, and Land Management Strategy`)."""
    listed = any(t.text == "," for t in ent) and any(t.lower_ == "and" for t in ent)
    return _split_coordination(ent) if listed else [ent]


def _owner_and_body(ent: Span) -> list[Span]:
    """An entity the tagger ran over an owner's possessive, as the owner and its body: `the
    European Commission’s Directorate-General for Trade`, `Japan’s Ministry of Finance`, `Osh’s
    Steppe University`; not a
    name that holds a possessive (`People’s Bank of China`: `People` is no body)."""
    doc = ent.doc
    inner = next((t.i for t in ent[1:-1] if _is_possessive(t)), None)
    if inner is None:
        return [ent]
    owner, body = doc[ent.start:inner], doc[inner + 1:ent.end]
    if not (_names_a_state(_trim(owner).text) or _ends_with_head(owner)) or not (
            body[0].text[:1].isupper()) or any(_is_role(t) for t in body):
        return [ent]  # (nor a title the owner holds: `the Bank’s Vice President`)
    return [owner, body]


def _balanced(form: str) -> str:
    """A name with the closing quote the tagger left out of it (`State Concern “Türkmengaz`)."""
    opened = [c for c in form if c in OPEN_QUOTES and c not in CLOSE_QUOTES]
    return form + QUOTE_PAIRS[opened[-1]] if opened and not any(
        c in CLOSE_QUOTES for c in form[form.rindex(opened[-1]):]) else form


def _acts_or_takes_part(token: Token) -> bool:
    """A name's head that is a verb's subject (`X will build`), a party after with, between,
    from or by (`talks with X`), one given something (`awarded X a contract`) or the party
    owning a deal or a project (`X's agreement with`, `X's seed project`): a body acting, not a
    field studied (`studied Civil Engineering`) or a word of a phrase. A name
    joined to such a head by `and` or a comma shares its part (`contracts with A Engineering
    and Construction, B Engineering and ...`)."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    owned = token.head  # `X's Agro-Input Enterprise Development (KAED) project`: the phrase's head
    while owned.dep_ in ("compound", "nmod") and owned.head is not owned:
        owned = owned.head
    return (token.dep_ == "nsubj" and token.head.pos_ == "VERB") or (
        token.dep_ == "pobj" and token.head.lower_ in PARTY_PREPOSITIONS) or (
        token.dep_ == "poss" and owned.lemma_.lower() in AGREEMENT_NOUNS | PROJECT_NOUNS) or (
        token.dep_ == "dative" and token.head.pos_ == "VERB")


def _acts_as_body(span: Span) -> bool:
    """An acronym nothing defines that acts as a body does: it speaks or acts (`UZMEC said`),
    is a party (`talks with UZMEC`, `between UZMEC and ...`), or stands in a list with a named
    body (`UZMEC, VALMO and Huawei`); not a currency, a term in a phrase or a dateline's place
    (`ALMATY, May 5 - ...`, `DUSHANBE (Agency) —`)."""
    token, doc = span[0], span.doc
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    listing = after == "," and token.i + 2 < len(doc) and doc[token.i + 2].ent_type_ == "ORG"
    if token.text in ISO_CODES or len(token.text) < ACRONYM_MIN_LETTERS or (
            opens_paragraph(doc, token.i) and after in DATELINE_MARKS and not listing):
        return False  # (`UZMEC, VALMO and Huawei will build` opens a paragraph with a list)
    if _acts_or_takes_part(token):
        return True
    first = token
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    listed = [first, *(t for t in first.subtree if t.dep_ == "conj")]
    return len(listed) > 1 and any(t.ent_type_ == "ORG" and not t.text.isupper()
                                   for t in listed if t != token)


def _is_place_use(span: Span) -> bool:
    """`signed in Abu Dhabi`, `the Mongolian capital, Ulan Bator`: a headless name after
    `in`/`near` or naming a capital is where, not who."""
    doc = span.doc
    before = [t.lower_ for t in doc[max(span.start - 2, 0):span.start] if t.text != ","]
    return bool(before) and (before[-1] in {"in", "near"} or before[-1] == "capital") \
        and not _is_institution(span)


def _lower_portfolio(doc: Doc, i: int) -> Span | None:
    """`Ministry of agriculture and water resources of the Republic of Uzbekistan`: a ministry
    whose portfolio a translation writes in lower case, with the country it is of."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "of" or not doc[i + 2].is_lower:
        return None
    end = _portfolio_end(doc, i + 2)
    if end == i + 2:
        return None
    if end + 1 < len(doc) and doc[end].lower_ == "of" and (
            country := _country_end(doc, end + 1)) is not None:
        end = country
    return doc[i:end]


def _lower_field_body(doc: Doc, i: int) -> Span | None:
    """A state's body whose field a translation writes in lower case, anchored by the country
    or the body it is under: `State Bank for foreign economic affairs of Turkmenistan`, `Agency
    for transport and communications under the Cabinet of Ministers`, `Institute of
    International relations under MFA` (not `the Bank of the region`)."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ not in ("of", "for"):
        return None
    # (a capitalised word may open the field: `International relations`)
    end = _portfolio_end(doc, i + 2 + (_is_cap(doc[i + 2]) and i + 3 < len(doc)
                                       and doc[i + 3].is_lower))
    if not any(doc[k].is_lower for k in range(i + 2, end)) or end + 1 >= len(doc):
        return None
    if doc[end].lower_ == "of" and (country := _country_end(doc, end + 1)) is not None:
        end = country
    elif doc[end].lower_ == "under" and (upper := _body_end(doc, end + 1)) is not None:
        end = upper
    else:
        return None
    run = _proper_run_before(doc, i)
    return doc[run.start if run is not None else i:end]


def _body_end(doc: Doc, start: int) -> int | None:
    """The end of a capitalised body's name at `start`, its `of` parts with it (`the Cabinet of
    Ministers of Turkmenistan`, `MFA of Turkmenistan`)."""
    start += start < len(doc) and doc[start].lower_ == "the"
    end = start
    while end < len(doc) and (_is_cap(doc[end]) or (
            doc[end].lower_ == "of" and end + 1 < len(doc) and _is_cap(doc[end + 1]))):
        end += 1
    return end if end > start else None


def _portfolio_end(doc: Doc, start: int) -> int:
    """The end of the lower-case words of a portfolio or field from `start`, joined by `and`
    or a comma (`agriculture and water resources`)."""
    end = start
    while end < len(doc) and (_names_portfolio(doc[end]) or (
            doc[end].lower_ in ("and", ",") and end + 1 < len(doc)
            and _names_portfolio(doc[end + 1]))):
        end += 1
    return end


def _names_portfolio(token: Token) -> bool:
    """A lower-case noun or adjective of a portfolio (the tagger may call it a proper noun)."""
    return token.is_lower and token.pos_ in ("NOUN", "ADJ", "PROPN")


def _lower_ministry(doc: Doc, i: int) -> Span | None:
    """A ministry named in lower case by its portfolio after its country, as wires write it:
    `the Kyrgyz economy ministry`, `Japan's foreign ministry`, `the Uzbek ministry of
    agriculture and water resources` (not `the Kyrgyz ministry`)."""
    if i > 0 and _is_cap(doc[i - 1]) and country_of(doc[i - 1].text) and (
            portfolio := _lower_portfolio(doc, i)) is not None:
        return doc[i - 1:portfolio.end]
    start = i
    while start > 0 and i - start < PORTFOLIO_MAX_WORDS and doc[start - 1].is_lower and (
            doc[start - 1].is_alpha and not doc[start - 1].is_stop):
        start -= 1
    owner = start - 1
    if start == i or owner < 0:
        return None
    if _is_possessive(doc[owner]) and owner > 0:
        owner -= 1  # `Japan's`
    return doc[owner:i + 1] if _is_cap(doc[owner]) and country_of(doc[owner].text) else None


def _after_source_cue(span: Span) -> bool:
    """The name follows words that introduce a source: `according to`, `in an interview with`,
    `according to the news website`."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start - 1].text.islower() and doc[start - 1].lower_ in MEDIA_WORDS:
        start -= 1
    before = tuple(t.lower_ for t in doc[max(start - 2, 0):start])
    return before[-1:] in SOURCE_CUES or before in SOURCE_CUES


def _titled_before_comma(span: Span) -> bool:
    """`The Minister of Transport of the Republic of Tajikistan, <Name> met ...`: the name after
    a comma closing a person's title (a role, then only its `of` chain) is the holder's."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    return _title_ends_at(doc, span.start - 1, OF_CHAIN, PEER_NOUNS)


def _title_ends_at(doc: Doc, end: int, joiners: frozenset[str], peers: frozenset[str]) -> bool:
    """Whether a person's title ends right before `end`: a role (or one of `peers`), then only
    capitalised words and `joiners` (`Minister of Transport of the Republic of Tajikistan`)."""
    for token in reversed(doc[max(0, end - TITLE_CHAIN_WINDOW):end]):
        if token.lower_ in PERSON_ROLES or token.text in peers:
            return True
        if not (_is_cap(token) or token.lower_ in joiners) or token.is_sent_start:
            return False
    return False


def _titled_in_story(span: Span) -> bool:
    """Whether the story writes the name after a person's title, here or elsewhere (`Ambassador
    of Japan in Tajikistan A B ... A B took part`; `its founder, A B`): a person wherever it
    stands."""
    doc, text = span.doc, span.text
    for start in (m.start() for m in re.finditer(re.escape(text), doc_text(doc))):
        first = doc.char_span(start, start + len(text), alignment_mode="expand")
        if first is None or first.start == 0 or doc[first.start - 1].lower_ in TITLE_JOINERS:
            continue  # `Chairman of Toyota Tsusho`: the body the title is of
        if _title_ends_at(doc, first.start, TITLE_JOINERS, frozenset()) or (
                _role_set_off_before(doc, first.start)):
            return True
    return False


def _plausible_ner_name(span: Span) -> bool:
    """A multi-word proper name on one line that is not a person, place, topic or title."""
    doc = span.doc
    if len(span.text.split()) < 2 or "\n" in span.text or NER_NOISE.search(
            _before_number(span).text) or not span[0].text[:1].isupper():
        return False  # one capitalised word alone is as often a place or a verb
    lowered = [t.lower_ for t in _named_part(span)]
    words = set(lowered) | {"roundtable" for a, b in zip(lowered, lowered[1:], strict=False)
                            if (a, b) == ("round", "table")}  # `Business Round Table`: a meeting
    if words & (NON_ORG_HEADS | PERSON_ROLES | PLACE_WORDS) or span[-1].lower_ in PEOPLE_NOUNS \
            or _is_role(span[0]):
        return False  # `Project for ...`, `Investment Promotion Advisor`, `Khatlon Region`,
        # `Transport Specialist`, `Heads of State`, `Ministers for Foreign Affairs` (people)
    if all(country_of(part.strip()) for part in span.text.split("&")) or (
            country_of(span[0].text) and span[1].lower_ == "of") or (
            span[0].lower_ in COMPASS_WORDS and country_of(span[1:].text)):
        return False  # `Kazakhstan & Turkmenistan`: places (`and` is NER_NOISE already); no
        # name opens with a country and `of` (`visits to Japan of Presidents of Korea`); a
        # country's part is a place (`Northwest China's Shaanxi Province`)
    if (_is_topic(span) and not _acts_or_takes_part(span.root)) or _is_topic(span[:1]) or (
            span[0].tag_.startswith("VB")):
        return False  # `Promotion of Industry`; `&` marks a firm (`Engineering & Construction`),
        # and so does acting or taking part (`Daewon Engineering will build`)
    if _ends_with_head(span) and _generic_head(span) and not any(
            country_of(t.text) in REGIONS for t in span[:-1]):
        return False  # `the Kyrgyz Foundation`; a region's names a union's body (`European ...`)
    if _line_is_headline(doc, span.start_char) or _is_person_context(span) or (
            _titled_before_comma(span)):
        return False
    last = span[-1]
    initials = INITIALS.fullmatch(last.text) and last.lower_ not in CORPORATE_SUFFIXES
    if _is_relation(span) or (_is_surname(last) and not _ends_with_head(span)) or (
            _is_name_of_person(span) and (initials or _titled_in_story(span))):
        return False  # `Kassym-Jomart Tokayev`, `Sherzod Shermatov`, `Ivanova S.K.`, a name
        # the story writes after a title: a person
    if _is_route(span):
        return False  # `the routes of Ulan Bator-Darkhan and ...`: a road between two places
    if country_of(span[0].text) and _is_name_of_person(span[1:]) and span.start > 0 \
            and doc[span.start - 1].lower_ == "of" \
            and any(_is_role(t) for t in doc[max(0, span.start - ROLE_WINDOW):span.start]):
        return False  # `Minister of ... of Kazakhstan Mukhtar Tileuberdi`: the official
    if _cut_coordination(span):
        return False  # `Kyrgyz Transport and Communications Minister`
    portfolio = _in_portfolio(span) or (
        span.end < len(doc) and doc[span.end].lower_ in PORTFOLIO_ROLES)
    if portfolio and not (_begins_with_head(span) or _ends_with_head(span)):
        return False  # `Minister of Health of Uzbekistan`, `Healthcare Minister`: a portfolio
    if span.end < len(doc) and doc[span.end].lower_ in NON_ORG_HEADS:
        return False  # `the Agricultural Value Chains project`, `... Policy Grant`: a project
    if span.end < len(doc) and doc[span.end].text in CLOSE_QUOTES and any(
            t.lower_ in NON_ORG_HEADS for t in doc[span.end + 1:span.end + 1 + QUOTED_KIND_WORDS]):
        return False  # `the "Clean Water for Osh" grant project`: the quotes name a project
    if _field_of_deal(span) and not (_begins_with_head(span) or _ends_with_head(span)):
        return False  # `an agreement on Youth Affairs`: what the deal is about
    named = _before_number(span)
    return named[-1].pos_ == "PROPN" or _ends_with_head(named)


def _before_number(span: Span) -> Span:
    """The words of a numbered name before its number sign: `School` of `School No. 41`."""
    sign = next((t.i for t in span[1:] if t.text in NUMBER_SIGNS), span.end)
    return span.doc[span.start:sign]


def _field_of_deal(span: Span) -> bool:
    """The span is what an agreement or memorandum is on: `agreement on Youth Affairs`."""
    doc, i = span.doc, span.start - 1
    if i > 0 and doc[i].lower_ == "the":
        i -= 1
    return i > 0 and doc[i].lower_ == "on" and doc[i - 1].lower_ in AGREEMENT_NOUNS


def _is_route(span: Span) -> bool:
    """Two names joined by a hyphen or dash beside a word for a road or line: `the Osh-Batken
    highway`, `the route of Ulan Bator-Darkhan`."""
    if not ROUTE.fullmatch(span.text) or _ends_with_head(span):
        return False
    doc = span.doc
    before = [t.lower_ for t in doc[max(span.start - 3, 0):span.start] if t.lower_ not in (
        "the", "of", "between")]
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return after in ROUTE_WORDS or (bool(before) and before[-1] in ROUTE_WORDS)


def _named_part(span: Span) -> Span:
    """The words of a name up to its head's purpose: `International Association` of
    `International Association for Social Projects` (what it is for may be projects)."""
    cut = next((t.i for t in span[1:] if t.lower_ in ("for", "on") and (
        span.doc[t.i - 1].lower_ in FINAL_HEADS)), span.end)
    return span.doc[span.start:cut]


def _in_portfolio(span: Span) -> bool:
    """The span stands in what a minister's title is of: `Minister of Health`, `Minister of
    Energy and Mineral Resources`, or in a headless field any title is for: `Vice President for
    International Affairs` (not `Adviser for the Asian Development Bank`), `Director of Asia
    Operations at ...`."""
    doc, i = span.doc, span.start - 1
    while i > 0 and (doc[i].lower_ in {"and", ","} or _is_cap(doc[i])):
        i -= 1
    if i <= 0:
        return False
    if doc[i].lower_ == "for":
        return _is_role(doc[i - 1]) and not any(t.lower_ in NAME_HEADS for t in span)
    # `Director of Asia Operations at the Fund`: the body follows `at`, the field is the title's
    at_body = span.end < len(doc) and doc[span.end].lower_ == "at" and _is_role(doc[i - 1])
    return doc[i].lower_ == "of" and (doc[i - 1].lower_ in PORTFOLIO_ROLES or at_body)


def _cut_coordination(span: Span) -> bool:
    """The entity is the first half of `A and B <head>`: the words after `and` carry a head or
    a role that the entity shares (`Transport and Communications Minister`)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "and" or \
            not doc[span.end + 1].is_title:
        return False
    run = _proper_run(doc, span.end + 1)
    words = {t.lower_ for t in run} if run is not None else set()
    return bool(words & (PERSON_ROLES | FINAL_HEADS | INITIAL_HEADS | NON_ORG_HEADS)) \
        or len(words) == 0  # `Fruit and Vegetable Expo`: part of an event's name


def _trim_ner(ent: Span) -> Span | None:
    """An entity without a leading `the`, a trailing possessive, outer quotes, a verb's clause or
    a quoted title of the owner's (`CIPE's "Business Agenda"`: the owner)."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ in CALENDAR_WORDS | {"the"} or doc[start].is_punct):
        start += 1  # `Today European Union continues ...`
    while end > start and (_is_possessive(doc[end - 1]) or doc[end - 1].is_punct):
        end -= 1
    opened = next((t.i for t in doc[start:end] if t.text == "("), None)
    if opened is not None and not any(t.text == ")" for t in doc[opened:end]):
        end = opened  # `Turkmennebit (Turkmenoil`: the bracket's short form is no part of it
    if end - start > 1 and _is_tag(doc[start]):
        start += 1
    verb = next((t.i for t in doc[start:end] if t.is_lower and t.pos_ in {"VERB", "AUX"}), end)
    end = verb  # `the National Bank of Tajikistan issued Decrees`: the clause is no name
    end = next((t.i for t in doc[start:end - 1] if _is_possessive(t)
                and doc[t.i + 1].text in OPEN_QUOTES), end)  # `CIPE's "Agenda for ..."`
    while end > start and doc[end - 1].lower_ in NAME_JOINERS:
        end -= 1
    if end - start > 1 and _people_of(doc[start:end]):
        end -= 1  # `Peace Corps Volunteers`: the volunteers are the body's people
    # `KazAID board chairman <Name>`: common nouns after a proper name are none of it (but a
    # country's `government` is a body: `Kazakh government`)
    name_end = end
    while name_end - start > 1 and doc[name_end - 1].is_lower and doc[name_end - 1].is_alpha:
        name_end -= 1
    if name_end < end and doc[end - 1].lower_ != "government" and all(
            t.text[:1].isupper() for t in doc[start:name_end]):
        end = name_end
    return doc[start:_numbered_end(doc, _trade_end(doc, start, end))] if end > start else None


def _trade_end(doc: Doc, start: int, end: int) -> int:
    """The end of a company's name the tagger cut after its brand, a capitalised word alone:
    the capitalised words of its trade after it (`Hyundai [Engineering]`, `Samsung [Heavy
    Industries]`)."""
    if end - start != 1 or not _is_cap(doc[start]):
        return end
    while end < len(doc) and doc[end].lower_ in COMPANY_TRADES and doc[end].text.istitle() and (
            not doc[end].ent_type_ or doc[end].ent_type_ == "ORG"):
        end += 1
    return end


def _numbered_end(doc: Doc, end: int) -> int:
    """Where a name closed by a number sign ends: after its number (`School No. 41`)."""
    if doc[end - 1].text not in NUMBER_SIGNS:
        return end
    number = end + (end < len(doc) and doc[end].text == ".")
    return number + 1 if number < len(doc) and doc[number].like_num else end


def _people_of(span: Span) -> bool:
    """`KOICA Volunteers`, `JICA Experts`: a name closed by a plural of people, with no head of
    its own before it (not `Association of Volunteers`), names people of the body before it."""
    last = span[-1]
    return last.tag_ in ("NNS", "NNPS") and is_people_noun(last) and not any(
        t.lower_ in HEAD_LINKS for t in span[:-1])


def is_people_noun(token: Token) -> bool:
    """`Citizens`, `Volunteers`, `experts`: a noun of people, capitalised in a name or not."""
    return (token.lemma_.lower() in PEOPLE_NOUNS or token.lower_ in PEOPLE_NOUNS
            or token.lower_.removesuffix("s") in PEOPLE_NOUNS)


def _coordinated(doc: Doc, spans: list[Span]) -> list[Span]:
    """`JBIC and Amonatbonk`: a proper name joined by `and` to an organisation is one too."""
    found = []
    for span in spans:
        end = span.end
        if end < len(doc) and doc[end].text == ")":
            end += 1
        if end + 1 < len(doc) and doc[end].lower_ == "and":
            run = _proper_run(doc, end + 1)
            if run is not None and run[-1].pos_ == "PROPN" and not country_of(run.text) \
                    and not _is_seat(doc, run.end - 1) \
                    and not _is_topic(run) and run[-1].lower_ not in NON_ORG_HEADS \
                    and not _is_person_context(run) and not _line_is_headline(doc, run.start_char) \
                    and not {t.lower_ for t in run} & PERSON_ROLES and not _tagged_person(run):
                found.append(run)
    return found + _coordinated_before(doc, spans) + _listed_between(doc, spans)


def _coordinated_before(doc: Doc, spans: list[Span]) -> list[Span]:
    """`Turkmengaz and Japan's JGC Corporation`: a proper name joined by `and` before an
    organisation (or before its owner country's possessive) is one too."""
    found = []
    for span in spans:
        start, owned = span.start, False
        if start > 1 and _is_possessive(doc[start - 1]):
            owner = _proper_run_before(doc, start - 1)
            owned = owner is not None and country_of(owner.text) is not None
            start = owner.start if owner is not None and owned else start
        if start < 2 or doc[start - 1].lower_ != "and":
            continue
        # `X and Japan's JGC`: the parallel with a country's company outweighs a GPE label
        unfit = {"PERSON"} if owned else PLACE_OR_PERSON
        run = _proper_run_before(doc, start - 1)
        if run is not None and owned and run.start > 0 and doc[run.start - 1].lower_ in \
                PLACE_PREPOSITIONS:
            continue  # `between Tashkent and Japan's JICA`: a place after a preposition
        if run is not None and run[-1].pos_ == "PROPN" and not country_of(run.text) \
                and not _is_topic(run) \
                and not _is_person_context(run) and not _line_is_headline(doc, run.start_char) \
                and not {t.lower_ for t in run} & (PERSON_ROLES | PLACE_WORDS) \
                and all(t.ent_type_ not in unfit for t in run):
            found.append(run)
    return found


def _listed_between(doc: Doc, spans: list[Span]) -> list[Span]:
    """`Marubeni Corporation, Sojitz, Hitachi Zosen and Mitsui & Co.`: proper names listed
    between two organisations are ones too, whatever the tagger took them for, and so are those
    that close a list of them before a closer naming their kind (`A Group, B Ecology and other
    large corporations`) or, acronyms only, before `and others` (`the Steppe Bank, EBRD, SWDF
    and others`); a name with a role after it is a person's."""
    starts = {s.start for s in spans}
    found = []
    for span in spans:
        pending: list[Span] = []
        i = span.end
        while i + 1 < len(doc) and (doc[i].text == "," or (doc[i].lower_ == "and" and pending)):
            run = _proper_run(doc, i + 1 + (doc[i + 1].lower_ == "and"))
            if run is not None and run.start in starts:
                found += pending
                break
            if run is None or run.end >= len(doc) or not _listable(run):
                break
            pending.append(run)
            if _closes_list(doc, run.end):
                found += pending if _names_companies(doc, run.end) else [
                    r for r in pending[-1:] if _is_acronym(r) and not _tagged_person(r)]
                break  # `and others` closes `Almaty` as well as a bank
            i = run.end
    return found


def _listable(run: Span) -> bool:
    """Whether a name in a list of organisations may be one: no country, no person's role after
    it or before it (`..., Deputy Director Name, Department of ...`: an official listed with
    the bodies), a proper noun last (or a word joined by a hyphen: `K-water`)."""
    return not country_of(run.text) and not _is_person_context(run) and (
        run[0].lower_ not in PERSON_ROLES) and (
        run[-1].pos_ == "PROPN" or (len(run) > 2 and _is_inner_hyphen(run[-2])))


def _tagged_person(run: Span) -> bool:
    """Whether the tagger took any word of a name for a person's."""
    return any(t.ent_type_ == "PERSON" for t in run)


def _names_companies(doc: Doc, i: int) -> bool:
    """Whether the list's closer at token `i` names its items' kind: `and other companies`,
    `and a number of other large corporations`."""
    other = next((j for j in range(i + 1, min(i + LIST_CLOSER_WORDS, len(doc)))
                  if doc[j].lower_ == "other"), None)
    return other is not None and any(
        _is_plural_classifier(t) for t in doc[other + 1:other + 1 + TRADE_WORDS + 1])


def _closes_list(doc: Doc, i: int) -> bool:
    """Whether `and others`, `and other <noun>`, `and a number of other <noun>` or `, etc.`
    closes a list at token `i`."""
    return tuple(t.lower_ for t in doc[i:i + 2]) in LIST_CLOSERS or (
        doc[i].lower_ == "and" and _names_companies(doc, i))


def _in_compound(span: Span) -> bool:
    """`Interfax` inside `Interfax-Kazakhstan`: a known name glued by a hyphen to more name."""
    doc = span.doc
    return (span.end + 1 < len(doc) and _is_inner_hyphen(doc[span.end])) or \
        (span.start > 1 and _is_inner_hyphen(doc[span.start - 1]))


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(span.start < s.end and s.start < span.end for s in spans)


def _over_its_parts(span: Span, spans: list[Span]) -> list[Span]:
    """`spans` with `span` in place of those inside it, unless it overlaps another: a name
    whole over the parts of it a rule found."""
    others = [s for s in spans if not (span.start <= s.start and s.end <= span.end)]
    return spans if _overlaps(span, others) else [*others, span]


def _respellings(form: str) -> set[str]:
    """A known name in each mix of its British and American spellings (`Organization for
    Security and Co-operation in Europe`, `... Cooperation ...`, `Organisation ...`), capitals
    kept."""
    forms = {form}
    for pair in SPELLINGS:
        for old, new in (pair, pair[::-1]):
            forms |= {re.sub(re.escape(old), lambda m, new=new: (
                new[:1].upper() + new[1:] if m.group()[:1].isupper() else new), f, flags=re.I)
                for f in forms}
    return forms


def find_organizations(doc: Doc, rule_spans: list[Span], abbreviations: list[Abbreviation],
                       known: PhraseMatcher) -> list[OrgEntity]:
    """One entry per organisation of the story, ordered by first mention."""
    mentions: list[_Mention] = []
    spans = _widen_to_long_forms(list(rule_spans), abbreviations)
    for span in find_government_spans(doc):
        if not _overlaps(span, spans):
            spans.append(span)
    known_spans = [s for s in filter_spans([doc[s:e] for _, s, e in known(doc)])
                   if not _in_compound(s)]
    known_forms = {s.text for s in known_spans}
    for span in known_spans:  # a known name whole over a part of it a rule cut short
        spans = _over_its_parts(span, spans)
    for span in filter_spans(find_context_spans(doc)):  # `JSC "Samruk-Energy"` over `JSC`:
        spans = _over_its_parts(span, spans)  # `Joint Stock Company` before its quoted name
        # gives way to the whole
    taken = {i for s in spans for i in range(s.start, s.end)}
    defined = {a.short.text for a in abbreviations}
    for span in _ner_spans(doc, taken, known_forms | defined):
        if not _overlaps(span, spans):
            spans.append(span)
    for span in _coordinated(doc, spans):
        if not _overlaps(span, spans):
            spans.append(span)
    programmes = [a.long for a in abbreviations if _names_programme(a)]
    spans = [owner for span in spans  # `the Soviet Union` is a state, whatever its head says
             if not _is_title(span) and not country_of(span.text) and not _is_kind(span)
             and not _names_a_people(span)
             and not any(p.start <= span.start and span.end <= p.end for p in programmes)
             and (owner := _board_owner(span)) is not None]
    links = _short_form_links(abbreviations, spans)
    links.update(_spelled_links(spans, links))
    links.update(_ministry_links(spans, links))
    links.update(_reordered_links(spans, links))
    for short, long_form in _bracketed_names(doc, spans).items():
        links.setdefault(short, long_form)
    blocked = {a.short.text for a in abbreviations} - set(links)
    for span in sorted(spans, key=lambda s: s.start):
        span = _office_of(span) or span  # `KOICA Representative Office` counts as KOICA
        if span.text in blocked or _cut_off(span):
            continue
        expanded = _expand_plural(span)
        if expanded:
            mentions.extend(_mention(span, form) for form in expanded)
            continue
        link = links.get(span.text) or (KNOWN_ORGS.get(span.text) if _is_short(span.text) else None)
        mentions.append(_mention(span, link=link))
        parent = _parent_body(span) or _defined_parent(span, abbreviations)
        if parent is not None and not _is_title(parent):
            mentions.append(_mention(parent))
    for match in LOWER_MINISTRIES.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            mentions.extend(_mention(span, f"Ministry of {item.title()}")
                            for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group(1)))
    for short, long_form in links.items():
        mentions.extend(_mention(doc[t.i:t.i + 1], link=long_form)
                        for t in doc if t.text == short and not _overlaps(doc[t.i:t.i + 1], spans))
    mentions.extend(_repeats(doc, mentions))
    groups = _Groups()
    for mention in sorted(mentions, key=lambda m: (m.span.start_char, m.form)):
        groups.add(mention)
    groups.merge_truncated()
    groups.merge_first_words()
    orgs = [_organization(g) for g in groups.groups]
    return sorted(orgs, key=lambda o: (o.mentions[0].start_char, o.name))


def _cut_off(span: Span) -> bool:
    """Whether the name runs into the end of a text cut short inside a word: no stop after its
    last word, which begins a longer word of the story (`... with the Ministry of Water of
    Tajikist` in a story about Tajikistan), not a word of its own (`the Embassy of Japan in
    Bishkek` closing a story without its full stop)."""
    last = span[-1]
    if not last.is_alpha or not all(t.is_space for t in span.doc[span.end:]):
        return False
    return any(len(t) > len(last) and t.text.startswith(last.text) for t in span.doc)


def _owned_field(span: Span) -> bool:
    """`Embassy's Press`: words after a possessive that end in no head word."""
    owner = next((t.i for t in span if _is_possessive(t)), None)
    return owner is not None and owner + 1 < span.end and not _ends_with_head(
        span.doc[owner + 1:span.end])


def _board_owner(span: Span) -> Span | None:
    """The span itself, or for a governing board the body it governs (`Board of Directors of
    the X`, `Board of the X`, `X's Board of Directors`, `Chairman of the Board of X` -> X); None
    for a board named by nothing else (`Board of the Turkish company`)."""
    words = [t.lower_ for t in span]
    possessive = next((k for k, t in enumerate(span) if _is_possessive(t)), None)
    for at in {0, 1} | ({possessive + 1} if possessive is not None else set()):
        board = next((b for b in GOVERNING_BOARDS if tuple(words[at:at + len(b)]) == b), None)
        if board is None or (at == 1 and words[0] != "the"):
            continue
        end = at + len(board)
        if possessive is not None and at == possessive + 1:
            owner = _trim(span[:possessive])
        elif board[-1] == "the":
            owner = span[end:]
        elif end < len(span) and words[end] == "of":
            owner = _trim(span[end + 1:])
        else:
            return None
        return owner if len(owner) and (_is_institution(owner) or owner.text.isupper()) else None
    owner = _trim(span[2:])
    if words[:2] == ["board", "of"] and _chaired(span) and (
            _is_institution(owner) or (len(owner) > 1 and "of" not in words[2:])):
        return owner  # `Chairman of the Board of Daesan Engineering`; `of Trade` is a brief
    return span


def _names_a_people(span: Span) -> bool:
    """`Ahiska Turks`, `Korean Uzbeks`: a people, closed by its own noun or a demonym's plural,
    is no body (`Congress of Young Turks`, headed, is one)."""
    last = span[-1].lower_
    return not _begins_with_head(span) and (
        last in ETHNONYMS or (last.endswith("s") and last[:-1] in DEMONYMS) or (
            len(span) > 1 and last in DEMONYMS and span[-1].pos_ == "PROPN"))


def _is_kind(span: Span) -> bool:
    """A kind of body, capitalised, named by a plural head and nothing of its own (`Civil
    Society Organizations`, `Local Development Agencies`); `Ministries of Finance and Economy`
    names two, and a plural in a name (`Holdings`, `United Nations`) is no head of this kind."""
    last = span[-1].lower_
    return (len(span) > 1 and last not in FINAL_HEADS and _singular(last) in FINAL_HEADS
            and not any(t.lower_ in HEAD_LINKS for t in span))


def _chaired(span: Span) -> bool:
    """A title and `of the` stand before the span: `Chairman of the <span>`."""
    doc, start = span.doc, span.start
    return start >= 3 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "of" and (
        _is_role(doc[start - 3]))


def _parts_under(span: Span) -> Iterator[tuple[Span, Span]]:
    """(unit, parent) at each word inside a name that puts one body under another: `Migration
    Service` and `Ministry of Labour` of `Migration Service under the Ministry of Labour`."""
    doc = span.doc
    for token in span[1:-2]:
        if token.lower_ in PARENT_LINKS:
            start = token.i + 1 + (doc[token.i + 1].lower_ == "the")
            yield doc[span.start:token.i], doc[start:span.end]


def _parent_body(span: Span) -> Span | None:
    """`Ministry of Labour ...` inside `Migration Service under the Ministry of Labour ...`:
    the institution a named body sits under is an organisation of its own."""
    return next((parent for unit, parent in _parts_under(span) if _begins_with_head(parent)
                 and len(parent) > 2 and _is_institution(_trim(unit))), None)


def _defined_parent(span: Span, abbreviations: list[Abbreviation]) -> Span | None:
    """`the Learning Center of the National Medical Center (NMC)`: a unit's name that closes
    with an institution's long form, defined by the short form after it, names that institution
    too, an organisation of its own (not `the China-led Asian ... Bank (AIIB)`: one body,
    described)."""
    defined = {(long.start, long.end) for abbr in abbreviations
               if _is_institution(long := _trim(abbr.long))}
    return next((parent for _, parent in _parts_under(span)
                 if (parent.start, parent.end) in defined), None)


def _widen_to_long_forms(spans: list[Span], abbreviations: list[Abbreviation]) -> list[Span]:
    """`Japan Oil, Gas and Metals National Corporation (JOGMEC)`: a defined long form shaped
    like an institution is one name, even where a comma or `and` split it or a place cut it
    short (`Organization for Security and Cooperation in Europe (OSCE)`)."""
    for abbr in abbreviations:
        long = _trim(abbr.long)
        if not _is_institution(long):
            continue
        inside = [s for s in spans if s.start < long.end and long.start < s.end]
        if inside and all(long.start <= s.start and s.end <= long.end for s in inside) \
                and any(s.start > long.start or s.end < long.end for s in inside):
            spans = [s for s in spans if not (long.start <= s.start and s.end <= long.end)]
            spans.append(long)
    return spans


def _bare_name(mention: _Mention) -> str | None:
    """The name a story may repeat on its own: `Toyota Tsusho` of `Toyota Tsusho Corporation`,
    `Uzbekneftegaz` of `JSC "Uzbekneftegaz"`; None for generic or non-proper forms."""
    tokens = [t for t in mention.span if t.text not in OPEN_QUOTES | CLOSE_QUOTES]
    while tokens and tokens[0].lower_ in LEGAL_PREFIXES:
        tokens.pop(0)
    while len(tokens) > 1 and (tokens[-1].lower_ in CORPORATE_SUFFIXES or tokens[-1].text == ","):
        tokens.pop()
    if not tokens or not _is_cap(tokens[0]) or mention.core.startswith("government"):
        return None
    if len(tokens) == 1:
        word = tokens[0]
        if word.is_stop or word.pos_ != "PROPN" or country_of(word.text) or word.lower_ in \
                FINAL_HEADS | INITIAL_HEADS | CLASSIFIERS:
            return None  # `Bank`, `Japan`: a word that names nothing on its own
    return mention.span.doc[tokens[0].i : tokens[-1].i + 1].text


def _repeats(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """Other uses of a found name, bare or whole (one name keeps one sense in a story)."""
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    names: dict[str, _Mention] = {}
    for m in mentions:
        name = _bare_name(m)
        if name and name not in names:
            names[name] = m
    found = []
    text = doc_text(doc)
    for name, owner in names.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            span = doc.char_span(match.start(), match.end())
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            found.append(_mention(span, link=owner.form))
    return found


def _bracketed_names(doc: Doc, spans: list[Span]) -> dict[str, str]:
    """`Abu Dhabi Future Energy Company (Masdar)`: a one-word proper name in brackets after an
    organisation's full name is its short name, even when its letters spell no acronym."""
    names: dict[str, str] = {}
    places = {e.text for e in doc.ents if e.label_ in PLACE_OR_PERSON}
    for span in spans:
        end = span.end
        if len(span) < 2 or end + 2 >= len(doc) or doc[end].text != "(" \
                or doc[end + 2].text != ")":
            continue
        word = doc[end + 1]
        # a word the NER calls a place or a person elsewhere is one, unless it calls it a
        # body here
        if _is_cap(word) and word.pos_ == "PROPN" and not country_of(word.text) \
                and word.ent_type_ not in PLACE_OR_PERSON and (
                    word.ent_type_ == "ORG" or word.text not in places):
            names.setdefault(word.text, span.text)
    return names


def _names_programme(abbr: Abbreviation) -> bool:
    """`Export Control and Related Border Security (EXBS) program`: a long form that is no
    institution's, called a programme (project, initiative) after its short form."""
    doc, after = abbr.short.doc, abbr.short.end
    after += after < len(doc) and doc[after].text == ")"
    return after < len(doc) and doc[after].lower_ in NON_ORG_HEADS and not _is_institution(
        _trim(abbr.long))


def _short_form_links(abbreviations: list[Abbreviation], spans: list[Span]) -> dict[str, str]:
    """Short forms defined for an organisation's name, mapped to that long form (the parent's,
    when a unit's name closes with it: see _defined_parent)."""
    links: dict[str, str] = {}
    for abbr in abbreviations:
        long = abbr.long
        owner = next((s for s in spans if s.start <= long.end - 1 < s.end or
                      (long.start <= s.start and s.end <= long.end)), None)
        parent = _defined_parent(owner, [abbr]) if owner is not None else None
        if parent is not None:
            links.setdefault(abbr.short.text, parent.text)
        elif owner is not None and owner.text != abbr.short.text:
            links.setdefault(abbr.short.text, (_unit_of(owner) or owner).text)
        elif _is_institution(_trim(long)):
            links.setdefault(abbr.short.text, _trim(long).text)
    return links


def _spelled_links(spans: list[Span], links: dict[str, str]) -> dict[str, str]:
    """An acronym the story uses but never defines names the story's first long form whose word
    initials spell it (`KOICA`: `Korean International Cooperation Agency`), unless the story
    names the body the acronym is known for; so does one before a last word both share (`IDB
    Group`: `Islamic Development Bank Group`)."""
    names = {s.text for s in spans}
    spelled: dict[str, str] = {}
    for short in dict.fromkeys(s.text for s in spans if _is_short(s.text) and s.text not in links):
        if KNOWN_ORGS.get(short) in names:
            continue
        long = next((s.text for s in spans if not _is_short(s.text) and _spells(short, s.text)),
                    None)
        if long is not None:
            spelled[short] = long
    # `IDB Group` for `Islamic Development Bank Group`: the acronym of the rest before the same
    # last word
    for form in dict.fromkeys(s.text for s in spans if s.text not in links):
        short, _, last = form.rpartition(" ")
        if _is_short(short) and short.isupper() and last[:1].isupper():
            long = next((s.text for s in spans if s.text.endswith(f" {last}") and s.text != form
                         and _spells(short, s.text.removesuffix(f" {last}"))), None)
            if long is not None:
                spelled[form] = long
    return spelled


def _reordered_links(spans: list[Span], links: dict[str, str]) -> dict[str, str]:
    """A name the story gives again with its words in another order names the body it named
    first (`Japanese Agency for International Cooperation` after `Japanese International
    Cooperation Agency`), as translations of one name do."""
    first: dict[frozenset[str], str] = {}
    found: dict[str, str] = {}
    for form in dict.fromkeys(s.text for s in spans if s.text not in links):
        words = frozenset(w.lower() for w in form.split() if w[:1].isupper())
        if len(words) < REORDERED_MIN_WORDS:
            continue
        if words in first:
            found[form] = first[words]
        else:
            first[words] = form
    return found


def _ministry_links(spans: list[Span], links: dict[str, str]) -> dict[str, str]:
    """A ministry named by its field before `Ministry` (`Foreign Ministry`, `Turkish Finance
    Ministry`) names the story's one `Ministry of <field>` (`Ministry of Foreign Affairs of
    Turkmenistan`), of the same state when the short form names one."""
    longs = [(m, s.text) for s in spans if (m := MINISTRY_OF.match(s.text))]
    found: dict[str, str] = {}
    for short in dict.fromkeys(s.text for s in spans if s.text not in links):
        m = FIELD_MINISTRY.match(short)
        if m is None:
            continue
        state = country_of(m["state"]) if m["state"] else None
        field = m["field"].lower()
        named = {text for lm, text in longs if lm["field"].lower() in (field, f"{field} affairs")
                 and (state is None or lm["state"] is None or country_of(lm["state"]) == state)}
        if len(named) == 1:
            found[short] = named.pop()
    return found


def _spells(short: str, long: str) -> bool:
    """Whether the long form spells the short one (Schwartz and Hearst's match) and has no
    capitalised word the short form leaves out (`Asian Development Bank of the Region`), nor
    the short form itself (`KOICA Alumni Association` is a body of its own)."""
    letters = {c.upper() for c in short if c.isalpha()}
    return short not in long.split() and best_long_form(short, long) == long and all(
        w[0] in letters for w in long.replace("-", " ").split() if w[:1].isupper())


# ------------------------------------------------------------------ spaCy components
class NewsOrgRuler:
    """Sets `doc.ents` to institution-shaped names (label ORG) before the statistical NER runs,
    so that the NER keeps them whole and labels around them; also keeps them in
    `doc.spans["news_org_rules"]`. Finds shapes only: it does not group or filter."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans = filter_spans(find_institution_spans(doc))
        doc.spans[RULE_SPANS] = spans
        doc.ents = [Span(doc, s.start, s.end, label="ORG") for s in spans]
        return doc


declare("organizations")


class NewsOrganizations:
    """Sets `doc._.organizations: list[OrgEntity]`: one entry per organisation of the story,
    ordered by first mention, with its fullest name, other forms and every mention's span.

    Reads the institution spans of `news_org_ruler`, the NER's ORG entities, the definitions of
    `news_abbreviations` and a short list of well-known international bodies. Countries, people,
    projects, events, platforms, agreements and headlines are left out; generic phrases (`the
    ministry`) are not emitted.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.known = PhraseMatcher(nlp.vocab, attr="ORTH")
        forms = set(KNOWN_ORGS) | set(KNOWN_ORGS.values())
        forms = {variant for form in forms for variant in _respellings(form)}
        self.known.add("KNOWN_ORG", [nlp.make_doc(form) for form in sorted(forms)])

    def __call__(self, doc: Doc) -> Doc:
        if RULE_SPANS not in doc.spans:
            raise MissingComponent(
                f"{self.name} reads doc.spans[{RULE_SPANS!r}], which the news_org_ruler component "
                f"sets, but it has not run on this Doc: add it to the pipeline before the ner."
            )
        abbreviations = upstream(doc, "abbreviations", "news_abbreviations", self.name)
        rules = list(doc.spans[RULE_SPANS])
        doc._.organizations = find_organizations(doc, rules, abbreviations, self.known)
        return doc


@Language.factory(
    "news_org_ruler",
    assigns=["doc.ents", "doc.spans"],
    requires=["token.tag", "token.is_sent_start"],
)
def make_news_org_ruler(nlp: Language, name: str) -> NewsOrgRuler:
    return NewsOrgRuler(nlp, name)


@Language.factory(
    "news_organizations",
    assigns=["doc._.organizations"],
    requires=["doc.spans", "doc._.abbreviations", "doc.ents", "token.ent_type", "token.tag",
              "token.is_sent_start"],
)
def make_news_organizations(nlp: Language, name: str) -> NewsOrganizations:
    return NewsOrganizations(nlp, name)
