"""Words that trigger events, the arguments that type them, and the frames that set their mode."""

from __future__ import annotations

# --- agreements
# Verbs that are an agreement whatever they govern: `signed`, `inked`, `initialled`.
AGREEMENT_VERBS = frozenset({"sign", "ink", "initial", "countersign"})
# Documents one side signs alone, which bind no other party: `signed a decree`, `a letter signed
# by the President`, `signed the law` (a letter of intent or a mandate letter is a deal: see
# _signs_alone).
SIGNED_ALONE = frozenset({"decree", "law", "bill", "order", "resolution", "petition", "letter",
                          "ordinance", "edict", "autograph", "book", "guestbook"})
# What makes a letter a deal's: `a letter of intent`, `a mandate letter`, `letter of credit`,
# `exchange letters`.
DEAL_LETTERS = frozenset({"intent", "intention", "understanding", "mandate", "credit",
                          "guarantee", "comfort", "commitment", "award", "acceptance",
                          "exchange"})  # `exchange letters`: a grant's, as `exchange of notes`
# Verbs that are an agreement with a document as argument: `concluded a treaty`, `closed a deal`,
# `renewed the agreement` (concluded again).
AGREEMENT_ARG_VERBS = frozenset({"conclude", "formalize", "formalise", "exchange", "finalize",
                                 "finalise", "ratify", "pen", "reach", "strike", "seal", "clinch",
                                 "award", "secure", "win", "adopt", "approve", "execute", "close",
                                 "renew"})
# A programme of cooperation is a document two sides conclude, as an agreement is: `a
# cooperation programme for 2026-2028 was approved`; a programme alone is a project.
PROGRAMME_NOUNS = frozenset({"programme", "program"})  # of WISHED_TIES
# What a firm wins, is awarded or secures that makes it a contract's party: `won the tender for
# the power line`, `was awarded the bid`; the sum that follows is the contract's value, no aid.
TENDER_NOUNS = frozenset({"tender", "bid"})
TENDER_VERBS = frozenset({"win", "award", "secure"})
# Deals that `make` and `agree` conclude when they are their object: `made an agreement with the
# ministry`, `agreed a strategic partnership` (British usage); not `made a statement`.
DEAL_OBJECTS = frozenset({"agreement", "deal", "contract", "pact", "partnership"})
DEAL_MAKING_VERBS = frozenset({"make", "agree"})
# Documents that are signed or concluded.
AGREEMENT_NOUNS = frozenset({"agreement", "memorandum", "memoranda", "mou", "contract", "deal",
                             "treaty", "accord", "protocol", "note", "notes", "document",
                             "documents", "convention", "declaration", "g/a", "l/a", "charter",
                             "loan", "statement"})

# --- meetings
# Nouns of meetings: `held talks`, `a forum in Astana`.
MEETING_NOUNS = frozenset({"meeting", "talk", "talks", "negotiation", "negotiations",
                           "consultation", "consultations", "conference", "forum", "summit",
                           "visit", "session", "congress", "symposium", "roundtable", "ceremony",
                           "agm"})
# Ceremonies that are the event they celebrate (`a groundbreaking ceremony`), not a meeting.
TYPED_CEREMONIES = frozenset({"groundbreaking", "signing", "opening", "inauguration", "launch",
                              "commissioning", "handover", "foundation", "ribbon"})
# Ceremonies that open what they name: `the opening ceremony of the new fire station`.
OPENING_CEREMONIES = frozenset({"opening", "inauguration", "launch", "commissioning"})
# Verbs of a trip whose purpose may be a meeting: `arrived in Tokyo to attend the summit`.
TRIP_VERBS = frozenset({"arrive", "come", "travel", "fly", "go", "stay", "head", "leave"})
# Meetings always named in the plural, which a bare plural still names one of: `talks in Osh`.
PLURAL_MEETINGS = frozenset({"talk", "talks", "negotiation", "negotiations", "consultation",
                             "consultations"})
# Quantifiers that make a bare plural particular: `several meetings with the bank`.
PARTICULAR_QUANTIFIERS = frozenset({"several", "numerous", "many", "multiple", "some"})
# Verbs of an official's trip to a place, which is a visit: `the minister travelled to Japan`.
VISIT_TRIP_VERBS = frozenset({"arrive", "come", "travel", "fly", "land"})  # `landed in Baku`
# A trip and the words for its purpose: `the aim of the visit was to sign ...` tells what the
# trip did, where `the aim is to sign ...` only intends.
TRIP_NOUNS = frozenset({"trip", "visit", "tour", "mission", "journey"})
# Nouns of an agreement made, with the agreement after `of`: `the ratification of the investment
# agreement`, `witnessed the inking of two memoranda`, `the conclusion of a loan contract`.
SEALING_NOUNS = frozenset({"ratification", "signature", "inking", "conclusion"})
# A trip counted in these goes abroad: `a four-nation tour`, `a five-country trip`.
STATE_NOUNS = frozenset({"nation", "country", "state"})
# Verbs a host invites a guest to a visit by: the visit is still to come (`invited the president
# to pay a state visit`, `to visit Astana`); not experts invited to work, who came.
INVITING_VERBS = frozenset({"invite"})
VISITING_VERBS = frozenset({"visit", "pay", "come", "attend", "make"})
PURPOSE_NOUNS = frozenset({"purpose", "aim", "goal", "objective"})
# Verbs that make a trip happen: `made a trip to Bishkek`, `began her tour in Astana`,
# `embarked on a tour of the region`, `continued his tour in Bishkek`.
TRIP_MAKING_VERBS = frozenset({"make", "pay", "begin", "start", "undertake", "complete",
                               "conclude", "wrap", "end", "embark", "continue"})
# Verbs that voice an interest in doing something, an intention: `expressed interest in
# signing a memorandum`, `showed interest in investing`.
VOICING_VERBS = frozenset({"express", "show", "voice", "confirm", "declare", "reaffirm"})
# Nouns of being ready to do something, an intention when voiced: `expressed readiness to
# finance the bridge`, `confirmed their willingness to cooperate`.
READINESS_NOUNS = frozenset({"readiness", "willingness", "desire", "determination"})
# ... and the words for being so, an intention when said of the doer: `is ready to finance the
# bridge`, `is willing to work together`.
READY_WORDS = frozenset({"ready", "willing", "prepared", "eager", "keen", "determined",
                         "committed"})
# Words of a speaker's pleasure in what they do as they speak: `we are glad to extend a loan`,
# `was proud to open the school` report the offer and the opening.
PLEASED_WORDS = frozenset({"happy", "pleased", "glad", "delighted", "proud", "honoured",
                           "honored"})
# Verbs of working together, whose readiness is goodwill and no plan: `ready to work with`,
# `willing to continue to strengthen cooperation`.
GOODWILL_VERBS = frozenset({"work", "cooperate", "collaborate", "continue", "strengthen", "deepen",
                            "expand", "develop", "promote", "share", "support", "assist",
                            "boost", "enhance", "partner", "engage"})
# Verbs of a wish, weaker than a plan: wishing to work together (`wants to strengthen the
# partnership`, `seeks to boost ties`) is goodwill too, as being ready to is.
WISH_VERBS = frozenset({"want", "wish", "hope", "seek", "aspire"})
# Words by which a sentence says its clause is still open: `It is unclear which company will be
# awarded the contract`, `The sum is yet to be determined`; what it says reports nothing.
UNDECIDED_WORDS = frozenset({"unclear", "uncertain", "unknown", "undecided", "unresolved"})
# Ties between countries (lemmas): wishing to do anything to them (`seeks to increase ties`,
# `is seeking to maintain economic ties`) is a stance, no plan; a field they are in (`agreements
# on cooperation in investment`) is a topic, no money given.
WISHED_TIES = frozenset({"tie", "relation", "relationship", "cooperation", "partnership",
                         "friendship", "link", "contact", "dialogue"})
# What a speaker wishes to do by the words being said, done as they are said (`we want to thank
# Japan`, `wanted to show their solidarity`): no plan either.
SPOKEN_DEEDS = frozenset({"thank", "show", "express", "convey", "emphasize", "emphasise", "stress",
                          "underline", "highlight", "note", "assure", "reiterate", "congratulate",
                          "welcome", "demonstrate"})
# Nouns that are a meeting only when held (`held a phone call`; `a call for proposals` is not).
HELD_MEETING_NOUNS = frozenset({"call", "conversation", "videoconference", "teleconference",
                                "videocall", "dialogue", "seminar", "workshop", "presentation",
                                "reception", "discussion", "discussions", "briefing",
                                "webinar", "exhibition", "expo", "festival", "event"})
# Calls that took place when something happened during one: `asked ... during a phone call`.
CALL_NOUNS = frozenset({"call", "videoconference", "teleconference", "videocall"})
# A call paid is a visit (`paid a courtesy call on the minister`); credentials presented are an
# envoy's audience with the head of state (`presented his credentials to the President`).
CALL_PAYING_VERBS = frozenset({"pay"})  # `made a call for proposals` is none
# Verbs by which a host gives guests a welcome: `accorded a warm welcome to the envoy`.
WELCOME_GIVING_VERBS = frozenset({"give", "accord", "extend"})
# Verbs by which a deal is reached: as the participle of its noun they point back to it (`the
# agreements reached at the summit`); a project's financial close reached is its loans signed
# and ready to draw, money committed (`has achieved financial close on the solar park`).
REACHED_VERBS = frozenset({"reach", "achieve", "attain"})
FINANCIAL_CLOSE = ("financial", "close")  # (modifier, noun)
# Nouns of a chance given to people, whose infinitive is what they do: `get an opportunity to
# study in Korea`.
CHANCE_NOUNS = frozenset({"opportunity", "chance", "possibility"})
# Nouns of a consent whose infinitive is what the sides mean to do: `an agreement to build`.
CONSENT_NOUNS = frozenset({"agreement", "consensus", "understanding", "accord"})
# Views the sides of talks exchange: `the sides exchanged views on trade` reports the talks.
VIEWS = frozenset({"view", "views", "opinion", "opinions"})
# The sides of talks, besides officials and named bodies: `the parties exchanged views`.
TALKING_SIDES = frozenset({"side", "party"})
CREDENTIALS = frozenset({"credential", "credentials", "credence"})
CREDENTIAL_VERBS = frozenset({"present", "hand", "submit"})
# What parties agree on that is a deal's content, not an action to come: `agreed on the terms`.
DEAL_TERMS = frozenset({"term", "terms", "condition", "conditions", "text", "wording", "price",
                        "amount", "date"})
# Verbs that hold a meeting noun: `conducted consultations`, `hosted a forum`.
MEETING_HOLD_VERBS = frozenset({"hold", "have", "conduct", "attend", "host", "convene",
                                "organize", "organise", "co-chair", "chair"})
# Verbs by which people take part in a ceremony, whatever it marks: `attended the signing
# ceremony`, `hosted the opening ceremony` (a ceremony only held is the event it marks).
ATTEND_VERBS = frozenset({"attend", "host"})
# Gatherings that are a meeting only for those who attend or take part in them (`took part in
# the event`, `attended the ceremony`); held, a ceremony is what it marks, and a meeting when it
# marks no event of its own (`the handover ceremony took place`, `a welcome ceremony was held`).
ATTENDED_GATHERINGS = frozenset({"ceremony", "event", "fair"})
# Ceremonies whose holding is the event they mark, no meeting: `the signing ceremony was held`.
EVENT_CEREMONIES = TYPED_CEREMONIES - {"handover"}
# What is visited online, not in person: `visit the agency's website`.
WEB_PAGES = frozenset({"website", "site", "page", "webpage", "homepage", "portal", "link",
                       "channel", "account"})
# Verbs by which someone leads a delegation somewhere, a visit: `led a delegation to Astana`.
DELEGATION_LEADS = frozenset({"lead", "head"})
# Verbs of taking part in a meeting named after `in` (`participated in the talks`), or, for
# `join`, as its object (`joined the talks`).
PARTAKE_VERBS = frozenset({"participate", "take", "join"})

# --- launches and construction
# Verbs that launch or open what they govern: `launched a course`, `the centre opened`.
LAUNCH_VERBS = frozenset({"launch", "inaugurate", "found", "establish", "open", "reopen"})
# Verbs that found what they govern only when it is a body: `created a fund`, `a working group
# was formed` (not `created jobs`, `formed the basis`).
BODY_FOUNDING_VERBS = frozenset({"create", "form"})
# Nouns of founding something, which a proposal intends: `proposed the creation of a fund`.
FOUNDING_NOUNS = frozenset({"creation", "establishment", "formation", "founding", "launch",
                            "opening", "construction"})
# Verbs of starting: construction with a works noun (`construction began`), else a launch.
START_VERBS = frozenset({"start", "begin", "commence", "kick"})
# What is opened or started in a figure of speech or a life, or as a dispute: `opened the way`,
# `established ties`, `established a foundation for`, `opened up new potential`, `opened the
# ceremony`, `her journey with the agency began in 2010`, `launched legal action`, `opened an
# investigation`.
NOT_LAUNCHED = frozenset({"way", "door", "doors", "possibility", "opportunity", "relation",
                          "relations", "tie", "ties", "contact", "contacts", "account", "fire",
                          "ceremony", "meeting", "session", "event", "journey", "career", "life",
                          "story", "friendship", "visit", "trip", "tour", "talks", "action",
                          "investigation", "probe", "inquiry", "lawsuit", "case", "complaint",
                          "appeal", "attack", "offensive", "criticism", "partnership",
                          "partnerships", "foundation", "basis", "potential", "prospect",
                          "horizon", "world", "chapter", "page", "era", "avenue", "perspective",
                          # the means and terms of working together: `all mechanisms have been
                          # established`, `established favourable conditions`
                          "mechanism", "mechanisms", "condition", "conditions",
                          # troubles that break out: `the unrest started in Osh`
                          "unrest", "crisis", "war", "conflict", "fighting", "protest", "protests",
                          "violence", "clash", "clashes", "pandemic", "epidemic", "outbreak",
                          # weapons fired: `the launch of a ballistic missile`
                          "missile", "missiles", "rocket", "rockets"})
# Verbs that open a gathering, which then is held: `the forum was opened by the minister`.
OPENING_VERBS = frozenset({"open", "reopen", "inaugurate", "start", "begin", "kick"})
# Verbs of building and repairing.
CONSTRUCTION_VERBS = frozenset({"build", "construct", "reconstruct", "rebuild", "rehabilitate",
                                "renovate", "refurbish", "modernise", "modernize", "upgrade",
                                "repair", "erect", "pave"})
# Nouns of building works: `construction of`, `the works began`.
# Verbs of taking part in works: `involved in the construction of`, `engaged in`.
ENGAGED_VERBS = frozenset({"involve", "engage", "participate", "partake"})
# Verbs of a partner's help with works or a deed, or its part in one, said with `in` or
# `with`: `assisted the ministry with the rehabilitation of`, `assisted in building a hospital`,
# `joined the agency in announcing a grant`.
HELPING_VERBS = frozenset({"help", "assist", "support", "join"})
# Verbs that say what a project consists of: `the project involves the construction of a road`.
CONTENT_VERBS = frozenset({"involve", "include", "envisage", "envision", "entail", "comprise"})
# Verbs that pay for, back or speed up building works: `is financing the construction of a
# plant`, `will assist the construction of a hospital`, `accelerating the construction of a city`.
BACKING_VERBS = frozenset({"finance", "fund", "co-finance", "cofinance", "support", "assist",
                           "accelerate", "expedite", "continue"})
CONSTRUCTION_NOUNS = frozenset({"construction", "reconstruction", "rehabilitation", "work", "works",
                                "refurbishment", "renovation", "groundbreaking", "building"})
# What is built or strengthened in a figure of speech: `build trust`, `upgrade skills`.
NOT_BUILT = frozenset({"capacity", "trust", "relation", "relations", "confidence", "partnership",
                       "cooperation", "momentum", "consensus", "career", "skill", "skills",
                       "qualification", "qualifications", "knowledge", "competence", "way",
                       "tie", "ties", "relationship", "relationships", "status", "awareness",
                       "resilience", "understanding"})
# What is built only in a figure of speech when it is the thing built (`build better futures`,
# `closer communities`, `a green economy`), though a `community centre` is a building.
BUILT_FIGURES = frozenset({"future", "community", "society", "economy", "peace", "friendship",
                           "prosperity", "stability", "democracy", "dialogue"})
# What people upgrade when they are trained (`teachers will upgrade their skills`).
SKILL_NOUNS = frozenset({"skill", "skills", "qualification", "qualifications", "competence"})

# --- funding
# Verbs that fund whatever their object is.
FUNDING_ALWAYS = frozenset({"lend", "loan", "donate", "finance", "fund", "co-finance", "cofinance",
                            "disburse", "earmark", "allocate"})
# Verbs that relieve a debt, which official creditors count as aid: `wrote off $240 million of
# the debt`, `cancelled the country's debt`, `has forgiven the loan`.
DEBT_RELIEF_VERBS = frozenset({"cancel", "forgive", "write", "waive"})
DEBTS = frozenset({"debt", "loan", "arrear", "arrears"})
# Nouns of a chance or a setting that a flow's noun only describes: `investment opportunities`,
# `the investment climate`, `loan terms`.
PROSPECT_NOUNS = frozenset({"opportunity", "climate", "potential", "environment", "attractiveness",
                            "prospect", "advice", "condition", "term"})
# Verbs that fund only with money, aid or equipment as their argument.
# Verbs that close a deal, as signing does: a deal for aid with its sum closed is aid given
# (`sealed a $36 million financing deal`).
CLOSING_VERBS = frozenset({"conclude", "exchange", "seal", "strike", "clinch"})
FUNDING_WITH_AID = CLOSING_VERBS | frozenset({
    "provide", "extend", "give", "offer", "supply", "deliver", "transfer", "present", "grant",
    "award", "approve", "receive", "invest", "contribute", "commit", "add", "cover", "channel",
    "implement", "sign", "include", "pledge", "promise", "issue", "send", "ship", "secure",
    "obtain", "ink", "countersign", "back", "bring", "render", "authorize", "authorise",
    "borrow", "dedicate", "allot", "hand", "mobilize", "mobilise", "complement", "gift",
    "distribute", "supplement",  # `the aid will be distributed to`
})
# Bodies whose approval of projects funds them: `the Bank has approved three new projects`.
LENDING_BODIES = frozenset({"bank", "fund", "board"})
# Money, aid and equipment a donor gives: `provided equipment`, `extended a credit`.
AID_NOUNS = frozenset({"grant", "grants", "loan", "loans", "aid", "assistance", "equipment",
                       "funding", "financing", "fund", "funds", "investment", "credit", "donation",
                       "machinery", "package", "subsidy", "cost", "costs", "expense", "expenses",
                       "scholarship", "scholarships", "stipend", "stipends", "tranche"})
# Goods a donor delivers (singular lemmas): `provided 50 ambulances`, `delivered vaccines`.
GOODS_NOUNS = frozenset({
    "ambulance", "vehicle", "car", "bus", "truck", "tractor", "container", "medicine", "vaccine",
    "dose", "syringe", "supplies", "supply", "kit", "computer", "laptop", "device", "ventilator",
    "generator", "seed", "fertilizer", "fertiliser", "food", "flour", "ton", "tonne", "drug",
    "instrument", "furniture", "textbook", "book", "material", "materials", "goods", "cargo",
    "mask", "machine", "scanner", "incubator", "tent", "blanket", "tool", "bag", "stationery",
    "uniform", "clothing", "clothes", "boat", "motorcycle", "pickup", "drone", "radio", "camera",
    "tablet", "pill",
})
# What a utility supplies: `power supply`, `water supply` is a service, no goods handed over.
UTILITY_WORDS = frozenset({"water", "power", "electricity", "gas", "heat", "heating", "energy"})
# Kinds of support that are money or goods: `provides budget support`, `material support`.
PAID_SUPPORT = frozenset({"budget", "budgetary", "financial", "material", "humanitarian"})
# Verbs by which a body gives support, which is aid unless it is only words or a stance:
# `Japan provided support to 25,000 people`, not `expressed political support`.
SUPPORT_GIVING = frozenset({"provide", "render", "extend", "give"})
UNPAID_SUPPORT = frozenset({"political", "moral", "diplomatic", "public", "verbal"})
# Nouns of handing aid over, an event with what they hand over: `provision of equipment`.
GIVING_NOUNS = frozenset({"provision", "delivery", "donation", "handover", "transfer",
                          "allocation", "disbursement", "shipment", "procurement"})
# Verbs by which a giving is done, its noun their subject: `deliveries were made`, `the
# transfer was completed`.
DOING_VERBS = frozenset({"make", "complete", "carry", "conduct", "effect", "execute"})
# Verbs whose `with` names what is given: `provided Tajikistan with loans`, `equipped with`.
WITH_THEME_VERBS = frozenset({"provide", "supply", "equip", "furnish"})
# Verbs of handing over that a ceremony is held for: `a ceremony to deliver supplies`.
GIVING_VERBS = frozenset({"deliver", "donate", "hand", "provide", "transfer", "present", "give",
                          "gift"})
# Verbs that give the goods they take as their object: `supplied 30 buses`, `sent 400 tonnes of
# flour`, `shipped vaccines`, `distributed food to families`; or take them: `the hospital
# received two scanners`.
GOODS_VERBS = GIVING_VERBS | {"supply", "send", "ship", "receive", "distribute"}
# Verbs of buying: a thing bought and then delivered or handed over is goods given, whatever it
# is (`UNICEF procured and delivered syringes`).
BUYING_VERBS = frozenset({"procure", "purchase", "buy"})
# Verbs whose counted object is goods handed over, whatever the goods: `delivered six water
# pumps`, `will supply 40 shunters`, `donated 30 beds` (counted people are personnel; a
# verb that also gives money, services or people counts its object otherwise: `provide`, `send`)
COUNTED_GOODS_VERBS = frozenset({"deliver", "donate", "hand", "supply", "ship", "gift"})
# What is delivered and is no goods: `delivered three lectures`, `delivered 12 projects`; nor
# is it money when a sum follows (`progress was presented on projects worth $5 million`).
DELIVERED_NOT_GOODS = frozenset({"lecture", "speech", "address", "talk", "remark", "message",
                                 "statement", "report", "lesson", "class", "presentation",
                                 "performance", "concert", "keynote", "service", "result",
                                 "promise", "verdict", "blow", "progress", "update", "finding",
                                 "overview", "document", "paper", "letter"})
# What is provided and is no goods handed over: `provided 500 jobs`, `30 places`, `two options`.
PROVIDED_NOT_GOODS = frozenset({"job", "workplace", "place", "seat", "opportunity", "option",
                                "answer", "example", "service", "consultation", "hour", "day"})
# Verbs that run a course for people: `conducted trainings`, `are providing health trainings`.
COURSE_VERBS = frozenset({"provide", "conduct", "organize", "organise", "hold", "offer", "run",
                          "arrange", "deliver"})
# Verbs by which a new project or programme is made public: `announced a new programme`.
UNVEIL_VERBS = frozenset({"announce", "unveil", "present", "introduce", "reveal"})
# Verbs by which one urges a happening still to come, with its noun as object (`urged the
# signing of`) or after `for` (`called for the construction of`): a plan, not the happening.
URGING_VERBS = frozenset({"urge", "advocate", "propose", "suggest", "recommend"})
URGING_FOR_VERBS = frozenset({"call", "push", "press", "lobby", "argue"})
# Verbs by which a thing (a deal, a visit, an effort) shows a commitment or a plan without anyone
# announcing one: `the agreement underscores the parties' commitment to ...`.
SHOWING_VERBS = frozenset({"underscore", "underline", "signify", "reflect", "demonstrate",
                           "show", "highlight", "mark", "illustrate", "symbolize", "symbolise",
                           "embody", "represent", "testify", "emphasize", "emphasise"})
# What a donor starts: `a new five-year health project`.
PROJECT_NOUNS = frozenset({"project", "programme", "program", "initiative", "scheme", "facility",
                           "fund", "partnership", "platform", "centre", "center"})
# Flows that name a project they pay for, with its sum (`the $15 million grant project`); an
# `investment project` is a kind of project, no flow.
PROJECT_FLOWS = frozenset({"grant", "loan", "credit"})
# What a donor announces with its sum, and so gives: aid, a project, or an `activity` (the word
# development agencies use for a funded project): `announced a new $12 million activity`.
ANNOUNCED_FLOWS = AID_NOUNS | PROJECT_NOUNS | {"activity", "award"}
# Projects that exist once they are announced under their name: `announced the Green Valley
# initiative` launches it, where `announced the Green Valley fund` may tell of an old one.
NAMED_SCHEMES = frozenset({"initiative", "programme", "program", "scheme"})
# Verbs by which a project or a document lays out what is to be done: `the agreement envisages
# the construction of two schools`, `the programme foresees training 300 teachers`.
ENVISAGE_VERBS = frozenset({"envisage", "envision", "foresee"})
# What is commissioned or put into operation when it starts working (`commissioned a plant`).
FACILITY_NOUNS = frozenset({"plant", "station", "facility", "factory", "line", "unit", "substation",
                            "hospital", "clinic", "school", "centre", "center", "bridge", "road",
                            "pipeline", "mine", "terminal", "airport", "railway", "tunnel",
                            "complex", "farm", "park", "dam", "reservoir", "laboratory", "lab",
                            "system", "capacity", "building", "warehouse", "workshop", "office"})
# What a crew builds, widens or completes (`the first tunnel was completed`): a facility that is
# a structure, not an abstract `system` or `capacity`.
BUILT_NOUNS = (FACILITY_NOUNS - {"system", "capacity", "unit", "line", "office"}) | frozenset(
    {"section", "carriageway", "highway", "lane", "canal", "runway", "motorway", "stretch",
     "bypass", "expressway", "overpass", "flyover", "interchange",  # roads' kinds
     # the heritage and housing a partner restores or builds (`restored the mausoleum`)
     "mosque", "museum", "mausoleum", "monument", "madrasah", "madrasa", "theatre", "theater",
     "library", "housing", "dormitory", "kindergarten"})
# Verbs that repair a structure only, said of one of BUILT_NOUNS (`restored the museum`; not
# `restored peace` or `restored trust`).
RESTORING_VERBS = frozenset({"restore"})
# What is laid when roads, pipes and tracks are built (`laying asphalt`).
LAID_NOUNS = frozenset({"cornerstone", "stone", "brick", "asphalt", "pipe", "pipes", "track",
                        "tracks", "rail", "rails", "cable", "cables", "pipeline"})
# `put into operation`, `brought into service`: a facility starts working.
OPERATION_NOUNS = frozenset({"operation", "service", "commission", "use", "exploitation"})
# What a new plant is connected to when it starts work: `was connected to the grid`.
POWER_GRIDS = frozenset({"grid", "grids"})

# --- personnel
# Verbs that send, train or employ the people they govern.
PERSONNEL_VERBS = frozenset({"train", "dispatch", "send", "second", "deploy", "recruit", "employ",
                             "hire", "educate", "retrain"})
# Verbs that send people to work somewhere, and the groups they send as such (not a delegation,
# which visits): `sent a team of instructors`, `is sending a brigade to Kyrgyzstan`.
DISPATCH_VERBS = frozenset({"send", "dispatch", "deploy", "second"})
# Nouns of people taken on or sent to work, personnel with the people after `of` (`the dispatch
# of volunteers`, `the deployment of Korean doctors`), not of a parcel or troops' gear.
SENDING_NOUNS = frozenset({"recruitment", "dispatch", "deployment", "secondment"})
WORK_GROUPS = frozenset({"team", "brigade", "crew", "squad", "group", "contingent", "batch"})
# Professionals a partner sends to share their skill: counted, their visit is a posting, not a
# meeting (`940 Japanese experts visited Kyrgyzstan`).
SENT_PROFESSIONALS = frozenset({"expert", "specialist", "volunteer", "doctor", "engineer",
                                "instructor", "consultant", "adviser", "advisor", "trainer",
                                "technician", "teacher"})
# Activities of people abroad, reported with a head count (`289 volunteers carried out ...`).
PEOPLE_ACTIVITY = frozenset({"work", "serve", "complete", "participate", "take", "carry", "study",
                             "undergo", "start", "begin", "attend", "join", "finish", "graduate",
                             "teach"})
# Volunteers' work as the object of a verb of doing it, personnel however it is told:
# `conducted their volunteer work in Samarkand`, `completed volunteer activities`.
VOLUNTEERING = frozenset({"volunteer", "volunteering"})
VOLUNTEER_WORK = frozenset({"work", "activity", "service", "mission", "program", "programme"})
# What professionals a partner sends do there, counted or not: `Korean volunteers teach music
# at the lyceum`, `experts of the agency work at the ministry`.
POSTED_WORK = frozenset({"work", "teach", "serve"})
# Activities that need no training object to be personnel (`45 trainees graduated`).
PEOPLE_SELF_ACTIVITY = frozenset({"work", "graduate"})
# Verbs by which a host country takes people in: personnel with a head count (`will accept 50
# students`); without one they are ordinary words (`accepted the offer`).
PEOPLE_INTAKE = frozenset({"accept", "admit", "enrol", "enroll", "host"})
# Courses people take, and what they do while abroad for training (`spent two months learning`).
COURSE_NOUNS = frozenset({"course", "training", "internship", "traineeship", "apprenticeship"})
# Verbs of people going through a course: `underwent training`, `will take courses`.
COURSE_TAKING = frozenset({"take", "undergo", "receive"})
# What people do while abroad for training: `spent two months learning`.
LEARNING_VERBS = frozenset({"learn", "study", "train", "intern"})
# Verbs of people moving abroad: `40 nurses left for Japan`.
PEOPLE_MOBILITY = frozenset({"travel", "leave", "arrive", "relocate", "move"})
# What trained people take part in: `completed courses`, `joined the programme`.
TRAINING_NOUNS = frozenset({"training", "trainings", "course", "courses", "internship",
                            "internships", "programme", "programmes", "program", "programs",
                            "fellowship", "traineeship", "apprenticeship", "activity", "activities",
                            "part"})

# --- plans
# Verbs that announce a plan while it is being weighed (`is considering a loan`).
WEIGHING_VERBS = frozenset({"consider", "explore", "weigh", "mull", "eye"})
# Trade: `exports include machinery and equipment` is goods sold, no aid.
TRADE_NOUNS = frozenset({"export", "exports", "import", "imports", "trade", "turnover"})
# Commodities a country sells: delivered by the ton, they are trade, not aid (`500 million tons
# of oil have been delivered to world markets`), unless the sentence calls them aid.
COMMODITIES = frozenset({"oil", "crude", "gas", "coal", "ore", "uranium", "gold", "copper",
                         "cotton", "petroleum", "condensate", "electricity", "metal", "metals"})
# Share nouns: `receive less than 20 percent of bank credit` states a statistic, not a transfer.
SHARE_NOUNS = frozenset({"percent", "%", "share", "proportion", "fraction", "third", "half",
                         "quarter", "majority", "minority"})
# A portion of a sum, which is money as the sum is: `half of the grant will go to buses`.
MONEY_PORTIONS = SHARE_NOUNS | {"part", "rest", "portion", "most"}
# Private money flows: `received $5.6 billion in remittances`, `received orders worth $4
# million` are no donor's aid.
PRIVATE_MONEY = frozenset({"remittance", "remittances", "salary", "salaries", "wage", "wages",
                           "revenue", "revenues", "profit", "profits", "income", "earnings",
                           "order", "orders", "sales"})
# Prepositions that make a meeting the setting of what a clause tells: `at the meeting`.
SETTING_PREPS = frozenset({"at", "during", "in"})
# Verbs that give a sum its size, and the aid nouns whose size is a funding report.
TOTAL_VERBS = frozenset({"reach", "total", "amount", "exceed", "top", "surpass"})
PLEDGED_MONEY = frozenset({"commitment", "commitments", "grant", "grants", "loan", "loans", "aid",
                           "assistance", "disbursement", "disbursements", "contribution",
                           "contributions", "funding", "financing", "investment",
                           "investments"})
# Measures of a flow over time: `the volume of investment reached $12 billion` is a statistic.
FLOW_MEASURES = frozenset({"volume", "level", "stock", "share"})
# Nouns of a single flow's sum, which a copula states (`the size of the grant is $2 million`,
# `the loan amount is $12 million`).
SUM_NOUNS = frozenset({"amount", "size", "value", "sum", "total"})
# Flows whose total is a statistic over years, not one flow's sum (`the total amount of
# Japanese investment in the country is $8 billion`).
STOCK_FLOWS = frozenset({"investment"})
# Money nouns that are a funding event when a lender is named (`a loan from the ADB`).
LENT_NOUNS = frozenset({"loan", "grant", "credit", "financing", "funding", "investment",
                        "contribution", "gift"})
# What a loan or credit may be arranged as: `a loan facility`, `a credit line`, `a financing
# package`, `an aid package`, `a funding allocation`.
CREDIT_FORMS = frozenset({"facility", "line", "package", "allocation"})
# A deal that gives money when a loan, a grant or financing names it: `a financing agreement`.
DEAL_NOUNS = frozenset({"agreement", "contract"})
# Aid a package or facility is made of, beside money lent: `an aid package of $3 million`.
PACKAGED_AID = frozenset({"aid", "assistance"})
# `under preparation`, `under review`: a plan in the making.
UNDER_WAY_PLAN = frozenset({"preparation", "consideration", "discussion", "development",
                            "negotiation", "review"})
# Verbs of talking over a topic: `discussed the strategy, financing measures and trade`.
DISCUSSION_VERBS = frozenset({"discuss", "consider", "address", "debate", "review"})
# `is being discussed`, `is being prepared`: a plan in the making.
UNDER_DISCUSSION = frozenset({"discuss", "consider", "negotiate", "prepare", "draft", "study"})
# `under construction`, `under repair`: works under way.
UNDER_WAY_BUILD = frozenset({"construction", "reconstruction", "rehabilitation", "renovation",
                             "repair", "refurbishment"})
# What a thing will become in a judgement, not a status it will take: `the road will become
# the primary factor of growth`, `a symbol of friendship`, `a hub for training`; unlike `will
# become a member`, `will become a national project`.
JUDGED_ROLES = frozenset({"factor", "symbol", "example", "hub", "driver", "engine", "model",
                          "catalyst", "cornerstone", "milestone", "pillar", "key", "basis",
                          "foundation", "source", "bridge", "step", "impetus", "guarantee",
                          "contribution", "testament", "showcase", "landmark", "asset"})
# Verbs that state what a thing has, holds, measures or lasts: said in the future (`the plant
# will have a capacity of 1.2 Mt`, `the package will consist of a loan and a grant`, `the visit
# will last three days`) they describe it.
PROPERTY_VERBS = frozenset({"have", "consist", "comprise", "include", "contain", "cost", "total",
                            "amount", "exceed", "measure", "weigh", "span", "number", "cover",
                            "represent", "last", "constitute"})
# Verbs of a loan's terms: said in the future (`the loan will be repaid over 25 years`) they
# state its term, no one's plan.
TERM_VERBS = frozenset({"repay", "mature", "amortize", "amortise"})
# Verbs of what a thing will do for people, an expected effect and no one's plan when a project,
# a deal or `this` is their subject: `the road will improve trade`, `this will benefit farmers`.
EFFECT_VERBS = frozenset({"improve", "benefit", "help", "contribute", "promote", "strengthen",
                          "enhance", "boost", "ensure", "allow", "enable", "facilitate", "foster",
                          "reduce", "serve", "bring", "inject", "deliver", "produce", "generate",
                          "supply", "cover", "save", "give", "create", "increase", "raise",
                          "attract", "accelerate", "diversify", "feed", "ease"})
# Subjects that do things only as an effect: pronouns standing for what was said, and works and
# their parts (`the first phase of the program will improve ...`, `the plant will supply ...`).
EFFECT_SUBJECTS = frozenset({"this", "that", "it", "which", "these", "those", "investment",
                             "agreement", "deal", "summit", "visit", "loan", "grant", "funding",
                             "financing", "measure", "step", "reform", "strategy", "cooperation",
                             "phase", "stage",
                             "component", "strengthening", "upgrade", "project", "programme",
                             "program", "initiative", "effort", "exercise", "move", "partnership",
                             "event", *FACILITY_NOUNS})
# Pronouns that point at what was said, never at someone who can mean to act: `This will equip
# young people with skills`, `These will help farmers`
POINTERS = frozenset({"this", "these", "those"})
# The people a work is for, and what they will get from it: an outcome, no one's plan
# (`most beneficiaries will gain access to piped water`).
BENEFICIARY_NOUNS = frozenset({"people", "beneficiary", "resident", "family", "household",
                               "student", "child", "farmer", "woman", "patient", "citizen",
                               "villager", "community", "population"})
BENEFIT_VERBS = frozenset({"gain", "see", "receive", "get", "benefit", "enjoy", "access", "have"})
# Verbs of spending money whose purpose may be building works: `will be used to build schools`.
SPENDING_VERBS = frozenset({"use", "spend", "direct", "channel", "utilize", "utilise"})
# Money that a spending verb puts to use is aid: `the grant will be used to buy scanners`
# (equipment used for a task is not spent).
SPENT_MONEY = frozenset({"loan", "grant", "credit", "financing", "funding", "fund", "funds",
                         "money", "aid", "assistance", "tranche", "contribution"})
# Aid a donor lends to works done `with` it: `with the assistance of Japan, ... implemented`
# (`support` may be moral only).
DONOR_AID = frozenset({"assistance", "aid", "funding", "financing", "grant", "loan"})
# Words of thanks, whose `for` reports the deed thanked for: `thanked Japan for providing`.
THANKS_WORDS = frozenset({"thank", "praise", "commend", "congratulate", "appreciate",
                          "grateful", "thankful", "gratitude", "thanks", "appreciation"})
# Verbs whose purpose infinitive is the work itself (`were implemented to rehabilitate`).
REALIZING_VERBS = frozenset({"implement", "carry", "execute", "undertake", "conduct", "perform",
                             "realize", "realise"})
# A stage of works: `the second stage of construction is being realized`.
PHASE_NOUNS = frozenset({"stage", "phase"})

# CAMEO event codes by type (meetings and plans are coded by their trigger).
CAMEO = {"agreement": "057", "funding": "071", "launch": "061", "construction": "061",
         "personnel": "061"}
# The names of the CAMEO codes events get (the CAMEO codebook's verb labels).
CAMEO_LABELS = {
    "0311": "Express intent to cooperate economically",
    "036": "Express intent to meet or negotiate",
    "040": "Consult",
    "042": "Make a visit",
    "057": "Sign formal agreement",
    "061": "Cooperate economically",
    "071": "Provide economic aid",
}
# What gives a listed document's sum, besides a loan: `(total amount of aid: $5 million)`.
LISTED_AID = frozenset({"credit", "aid"})
# What a readout's list of signed documents names (`- a memorandum on ...;`).
LISTED_DOCUMENTS = AGREEMENT_NOUNS | frozenset({"programme", "program", "roadmap", "project"})
# Verbs by which a list header reports the signing of the items below it.
SIGNING_LEMMAS = AGREEMENT_VERBS | AGREEMENT_ARG_VERBS | frozenset({"signing", "conclusion"})
# Roles: verbs whose subject gets what the event gives (`Uzbekistan received a loan from ADB`).
RECEIVING_VERBS = frozenset({"receive", "get", "obtain", "secure", "attract", "borrow", "raise",
                             "win", "accept", "welcome"})
# The side a preposition puts its object on: `a loan from ADB to Tajikistan`, `signed with`.
ROLE_PREPOSITIONS = {"from": "source", "by": "source", "to": "target", "for": "target",
                     "towards": "target", "with": "target", "on": "target", "between": "both",
                     "among": "both", "in": "place"}
# Prepositions whose side holds however deep they hang (`the signing of a memorandum between A
# and B`, a place `in` a country); the others count only near the event.
FAR_PREPOSITIONS = ("between", "among", "in")
# Nouns whose prepositions name the parties (`a loan agreement with ADB`).
PARTY_NOUNS = AGREEMENT_NOUNS | AID_NOUNS
# Nouns of aid whose `of` or owner names the giver (`the assistance of Japan`, `Japan's aid`).
SUPPORT_NOUNS = AID_NOUNS | {"support", "help"}
# Prepositions that make a meeting noun the subject's own doing (`is on a visit`, `arrived for
# talks`).
PURPOSE_PREPOSITIONS = ("on", "for")
# Subjects that stand in for the one who said it (`the ADB said it has approved`).
STAND_IN_SUBJECTS = frozenset({"it", "they", "we"})
# Russian: the preposition before an actor, or the actor's case, and the side it gives.
RU_ROLE_PREPOSITIONS = {"от": "source", "из": "source", "у": "source", "для": "target",
                        "с": "target", "со": "target", "между": "both", "в": "place",
                        "во": "place"}
# Verbs of reporting whose subject after them is the outlet: `сообщает Sputnik`.
RU_REPORTING_VERBS = frozenset({"сообщать", "сообщить", "передавать", "передать", "писать",
                                "информировать", "сообщаться"})
# The noun of a compound preposition `со стороны` (`кредит со стороны МАР`: from IDA), whose
# genitive is the giver, though `с` alone names a receiving side.
RU_FROM_SIDE = "сторона"
# Nouns of aid whose genitive names the giver: `помощь правительства Японии`, `грант Японии`.
RU_SUPPORT_NOUNS = frozenset({"помощь", "содействие", "поддержка", "грант", "кредит", "заем",
                              "заём", "займ", "финансирование", "инвестиция", "средство"})
RU_ROLE_CASES = {"Nom": "agent", "Ins": "source", "Dat": "target", "Acc": "target"}
# Verbs whose object is taught: the trained people's country receives (`trains Turkmen youth`).
TEACHING_VERBS = frozenset({"train", "teach", "educate", "retrain", "upskill"})
RU_RECEIVING_VERBS = frozenset({"получить", "получать", "привлечь", "привлекать", "брать",
                                "взять", "занять", "занимать"})
