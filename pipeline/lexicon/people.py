"""Words for people: the nouns that name them, the groups they form, the roles they hold."""

from __future__ import annotations

# Groups made of people, which a bare number sizes: `a team of eight`, `a delegation of 12`.
PEOPLE_GROUPS = frozenset({"team", "delegation", "crew", "panel", "squad", "brigade"})
# What a bare number of people may be the size of: `a population of 2 million`.
POPULATION_NOUNS = frozenset({"population", "populace"})
# Whom a host receives: `received the delegation`, `welcomed the ambassador`.
GUEST_NOUNS = frozenset({"delegation", "delegate", "ambassador", "minister", "guest", "envoy",
                         "representative", "president", "chairman", "chair", "head", "governor",
                         "mayor", "director", "counterpart", "secretary", "premier", "chancellor",
                         "commissioner", "deputy", "mission", "leader", "official", "diplomat",
                         "emissary", "senator", "lawmaker", "parliamentarian",
                         # heads of the Gulf monarchies and other kingdoms
                         "king", "queen", "prince", "emir", "sheikh", "sultan", "emperor"})
# Nouns that name people (singular lemmas): a trained `nurse`, a sent `engineer`.
PEOPLE_NOUNS = frozenset({
    "advisor", "adviser", "apprentice", "candidate", "citizen", "doctor", "employee", "engineer",
    "expert", "farmer", "graduate", "instructor", "intern", "journalist", "lecturer", "migrant",
    "national", "nurse", "official", "paediatrician", "pediatrician", "participant", "people",
    "person", "personnel", "physician", "professional", "rescuer", "researcher", "scholar",
    "scientist", "specialist", "staff", "student", "teacher", "technician", "trainee", "trainer",
    "volunteer", "winner", "worker", "youth", "cadre", "consultant", "medic", "hydrologist",
    "servant", "caregiver", "carer", "labourer", "laborer", "welder", "driver", "builder",
    "mechanic", "operator", "programmer", "agronomist", "veterinarian", "economist", "diplomat",
    "pupil", "schoolchild", "postgraduate", "manager", "entrepreneur", "woman", "seeker",
    "accountant", "cook", "electrician", "plumber", "miner", "pilot", "seafarer", "sailor",
    "soldier", "serviceman", "servicemen", "officer", "cadet"})
# Collective nouns that count people when an `of` phrase names them: `a group of 40 nurses`,
# `hundreds of doctors`, `a number of experts`.
COLLECTIVE_NOUNS = PEOPLE_GROUPS | frozenset({"group", "batch", "cohort", "contingent", "hundred",
                                              "thousand", "dozen", "number"})
# Pronouns that stand for people: `he made a trip to Osh`.
PERSON_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})
# Roles of people: a name right after or before one is a person, not an organisation.
PERSON_ROLES = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "h.e.", "minister", "president",
    "ambassador", "director", "chairman", "chairperson", "chair", "ceo", "governor", "mayor",
    "head", "secretary", "deputy", "prime", "premier", "king", "queen", "prince", "envoy",
    "spokesman", "spokesperson", "representative", "advisor", "adviser", "professor",
    "founder", "manager", "officer", "chief", "vice", "counsellor", "consul", "speaker",
    "chargé", "charge", "d'affaires", "attaché", "attache", "commissioner", "rector",
    "counselor", "councillor", "emperor", "empress", "pm", "chancellor", "senator", "emir",
    "sheikh", "specialist", "coordinator", "leader",
    # military ranks that are no other word (`Major`, `General` also name things)
    "colonel", "lieutenant", "sergeant", "admiral", "brigadier",
})
# Words that open a title before its role, inside a body's name (`Office of the High
# Representative`, `Office of the Special Envoy`): the role then is no holder's after the name.
TITLE_QUALIFIERS = frozenset({"high", "special", "permanent", "resident", "executive", "general",
                              "senior", "chief", "deputy", "vice", "prime"})
# Particles inside a person's surname, in lower case: `Ursula von der Leyen`, `Guy de Maupassant`.
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "du", "da", "di", "dos", "bin",
                            "ibn", "al", "el", "ter"})
# People named by their tie to another, whose name may follow: `her Uzbek counterpart, A B`.
PEER_NOUNS = frozenset({"counterpart", "colleague", "successor", "predecessor"})
# Initials the region's names take in English, two letters for one Cyrillic sound: `Kh. Yuldashev`,
# `Sh. Mirziyoyev` (a tokenizer splits them from their full stop).
DIGRAPH_INITIALS = frozenset({"Ch", "Gh", "Kh", "Sh", "Ts", "Ya", "Ye", "Yo", "Yu", "Zh"})
# Endings of surnames of the region, in English spelling: `Tokayev`, `Mirziyoyeva`, `Nazarbayev`,
# `Mallazoda`, `Tokayuly`, `Asanbekkyzy`. A proper name ending so is a person's, not a body's.
SURNAME_ENDINGS = ("ov", "ev", "ova", "eva", "yev", "yeva", "iev", "ieva", "zoda", "zade",
                   "zada", "uly", "kyzy", "qizi", "ovich", "evich", "ovna", "evna")
# Roles whose `of` names a portfolio, not a body: `Minister of Health`, `Secretary of Energy`.
PORTFOLIO_ROLES = frozenset({"minister", "ministers", "secretary", "commissioner"})
# Words that complete a title after `of`, naming no body: `Head of State`, `Chief of Staff`,
# `Founder of Peace and National Unity`, `Leader of the Nation`.
TITLE_OBJECTS = frozenset({"state", "government", "staff", "mission", "delegation", "party",
                           "cabinet", "department", "protocol", "office", "peace", "nation"})
# Of those, the bodies a head heads, named in full when their name goes on: `Head of Delegation
# of the European Union to Tajikistan` names the Delegation (`Head of Delegation` alone does not).
HEADED_BODIES = frozenset({"mission", "delegation", "party", "cabinet", "department", "office"})
# Roles whose holder's organisation follows `of`: `President of IM Japan`.
LEADER_ROLES = frozenset({"president", "chairman", "ceo", "head", "director", "founder", "chief"})
