"""Function words and frames that set the time and mode of a clause."""

from __future__ import annotations

# Subordinators whose present-tense clause is a condition or a future time, not a report.
CONDITION_MARKS = frozenset({"if", "unless", "once", "when", "whenever", "until", "after",
                             "before", "as"})
# Prepositions that order a deed before or after the clause's own: `After meeting the minister,
# he left`, `Since opening in 2019, the centre has trained ...`: the deed is reported, not
# described.
SEQUENCE_PREPOSITIONS = frozenset({"after", "before", "upon", "following", "since"})
# Words by which a page speaks to its reader: `Start your day with ...`, `Sign up, you will ...`.
READER_WORDS = frozenset({"you", "your", "yours", "yourself"})
# Frames that put an event in the future: the event is scheduled (type + plan) ...
SCHEDULE_FRAMES = frozenset({"expect", "schedule", "set", "due", "agree", "decide", "go", "about",
                             "slate", "poise"})
# ... or only intended (a plan): `proposed to introduce`, `offered to set up`, and a deed one
# instructs others to do: `instructed the ministry to build`.
INTENT_FRAMES = frozenset({"plan", "aim", "intend", "seek", "pledge", "promise", "vow", "hope",
                           "commit", "target", "strive", "resolve", "undertake", "envisage", "want",
                           "wish", "aspire", "push", "propose", "offer",
                           "instruct", "task", "order"})
# Words saying that work towards a deed is going on, the deed still to come: `preparations are
# under way to sign`, `negotiations are underway to build` (`under way` is read as a phrase).
UNDER_WAY_WORDS = frozenset({"underway", "ongoing"})
# Frames of getting ready for a deed of one's own, an intention like `plan to`: `is preparing to
# host a summit`; not `prepared nurses to work` (others' deeds).
READYING_FRAMES = frozenset({"prepare"})
# Verbs that state what a thing is for, when a thing is their subject: `the project aims to
# improve access`, `the grant seeks to strengthen`, `is designed to reduce losses`.
PURPOSE_FRAMES = frozenset({"aim", "seek", "design"})
# Nouns that announce an intention: `plans to build`, `a target of`, `the aim is to`.
INTENT_NOUNS = frozenset({"plan", "plans", "target", "commitment", "intention", "pledge", "goal",
                          "aim", "objective", "ambition", "roadmap", "decision"})
# Nouns for those who can intend besides people and named bodies: `both sides will strengthen ...`.
INTENDING_NOUNS = frozenset({"side", "party", "country", "nation", "state", "government",
                             "authority", "authorities", "leadership", "donor", "partner"})
# Modals of a future the text states (`will open`), and of one it only allows (`could open`).
STRONG_MODALS = frozenset({"will", "shall", "'ll"})
WEAK_MODALS = frozenset({"may", "might", "could", "should"})
FUTURE_MODALS = STRONG_MODALS | WEAK_MODALS
# Modals that make what parties agreed on a decision: `agreed that China would send doctors`.
DECIDING_MODALS = FUTURE_MODALS | {"would", "must", "can", "wo"}  # `wo` of `won't`
# Adverbs that anchor a weak modal in time: `could be completed later`.
FUTURE_ADVERBS = frozenset({"later", "soon", "eventually", "future", "next"})
# Verbs of speech whose `would` clause reports a future (`said ... would open in May`).
REPORT_VERBS = frozenset({"say", "announce", "state", "note", "add", "report", "confirm", "tell",
                          "explain", "stress", "emphasize", "emphasise", "inform", "recall",
                          "remind", "mention"})
# Pronouns by which a speaker reports its own future action (`the bank said it would lend`).
SPEAKER_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
# Prepositions that set when a reported future happens (`would open by May`).
TARGET_PREPS = frozenset({"by", "in", "on", "before", "until", "from", "between"})
# Nouns and verbs of hope whose `would` clause is an intended future (`hope that ... would`).
HOPE_WORDS = frozenset({"hope", "expectation", "expect", "confidence", "wish"})
# Verbs of promise whose `would` clause is an intended action (`assured that they would help`).
PROMISE_VERBS = frozenset({"assure", "promise", "pledge", "vow", "guarantee", "undertake"})
# Verbs of opinion: what their clause says is believed, not reported.
BELIEF_VERBS = frozenset({"believe", "think", "feel", "convince", "doubt", "suppose", "guess",
                          "fear", "worry", "imagine"})
# Auxiliaries of the future tense, `wo` of `won't` included.
FUTURE_AUX = STRONG_MODALS | {"wo"}
# Heads of `X to <verb>` that put the verb in the future: is due/scheduled/expected/set to ...
FUTURE_HEADS = frozenset(
    {"due", "schedule", "expect", "set", "slate", "plan", "intend", "aim", "go", "poise",
     "likely", "prepare", "hope", "promise", "pledge"}
)  # fmt: skip
# Words before a four-digit number that make it a year: `in 2019`, `fiscal 2024`, `mid 2025`.
DATE_PREPS = frozenset(
    {"in", "since", "by", "from", "until", "till", "through", "before", "after", "during", "of",
     "to", "and", "between", "around", "as", "early", "late", "mid", "end", "year", "fiscal"}
)  # fmt: skip
