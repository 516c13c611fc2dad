"""Words that make a reported flow of aid a project: its type, its status, its sector, and the
cues of what is no project (totals, private money) or more than one (envelopes, programmes).

English and Russian entries are word beginnings matched at a word start, case-insensitively:
`lend` finds `lending`, `кредит` finds `кредита`, `кредитов`.
"""

from __future__ import annotations

# Flow types, each with the words that name it. A sentence's flow is the named type nearest its
# sum of money (`a $25 million loan and a $5 million grant`), else nearest its trigger.
FLOW_WORDS: dict[str, tuple[str, ...]] = {
    "loan": ("loan", "lend", "lent", "credit", "borrow", "concessional financ", "кредит",
             "заем", "заём", "займ", "льготн"),
    "grant": ("grant", "donat", "free of charge", "gratis", "non-repayable", "nonrepayable",
              "грант", "безвозмездн", "безвозвратн"),
    "technical_assistance": ("technical assistance", "technical cooperation", "technical support",
                             "expert", "capacity building", "capacity-building", "training",
                             "техническ", "эксперт", "обучени"),
    "equipment": ("equipment", "vehicle", "ambulance", "machinery", "supplies", "medicine",
                  "humanitarian aid", "humanitarian assistance", "humanitarian cargo", "tons of",
                  "tonnes of", "оборудовани", "техники", "техникой", "технику", "гуманитарн",
                  "медикамент", "тонн",
                  # cars, not roads (`автомобильных дорог`)
                  "автомобиле", "автомобили", "автомобиля", "автомобилю"),
    "investment": ("invest", "equity", "stake in", "инвести", "вложени"),
}

# Statuses from the least advanced to the most, each with the words that report it. A status
# said under a future or intention word (`will sign`, `plans to allocate`) is only pledged.
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "pledged": ("pledg", "promis", "commit", "announc", "agreed to", "обеща", "намерен",
                "планиру", "догово"),
    "approved": ("approv", "allocat", "provided", "provides", "extended", "awarded", "granted",
                 "earmark", "received", "одобр", "получил", "утверд", "выделил", "выделен",
                 "выделяет", "выделяют", "предоставил", "предоставлен", "greenlit",
                 "green-lit", "green light",
                 # a lender's release of a deal it makes: `The Bank is extending a loan of`
                 "is extending", "are extending", "is providing", "are providing",
                 "is investing", "are investing", "is lending", "are lending"),
    "signed": ("signed", "signing", "signs", "sign a", "sign an", "sign the", "inked",
               "concluded", "подпис",
               # what a sum will do by an agreement is what the agreement signed commits
               "under the agreement", "under this agreement", "under these agreements",
               "under those agreements", "according to the agreement",
               "in accordance with the agreement", "согласно соглашени",
               "в соответствии с соглашени"),
    "disbursed": ("disburs", "transferred", "released", "first tranche", "перечисл", "транш"),
    "delivered": ("delivered", "delivering", "delivers", "handed over", "handed", "shipped",
                  "arrived", "передал", "передан", "доставл", "поставлен", "вручил"),
    "under_way": ("being implemented", "under construction", "under way", "underway",
                  "implementing", "ongoing", "реализуется", "реализуют", "ведется", "ведётся",
                  "строится"),
    "completed": ("completed", "was implemented", "were implemented", "has been implemented",
                  "have been implemented", "реализован", "commissioned", "inaugurated",
                  "put into operation", "put into service", "завершен", "завершён",
                  "введен в эксплуатацию", "введён в эксплуатацию", "сдан в эксплуатацию"),
}
# Words that put the status after them in the future or in intention.
FUTURE_WORDS = ("will", "shall", "plan", "plans", "planned", "planning", "intend", "intends",
                "intended", "to be", "is to", "are to", "expected to", "would", "may", "could",
                "планирует", "планируют", "планируется", "намерен", "намерена", "намерено",
                "намерены", "будет", "будут")  # whole words, as written (`May` is a month)
FUTURE_REACH = 3  # words between a future word and the status word it governs

# A flow that is no project: a running or historical total, private money.
HISTORICAL_WORDS = ("to date", "so far", "in total", "since", "over the past", "over the last",
                    "in the past", "up to last year", "portfolio", "cumulative", "reached",
                    "volume of", "за годы", "за эти годы", "за это время", "за период", "с 19",
                    "с 20", "с момента", "с тех пор", "за последние", "всего", "общий объем",
                    "общий объём", "достиг", "портфел")
PRIVATE_WORDS = ("remittance", "salar", "wage", "revenue", "profit", "income", "export of",
                 "import of", "foreign investment", "foreign direct investment",
                 "денежные переводы", "денежных переводов", "зарплат", "выручк", "прибыл",
                 "иностранных инвестиций", "иностранные инвестиции")
# Words of a study whether to fund at all, before a sum it names (`an MoU to evaluate the scope
# to fund projects worth $300 million`, `для оценки возможности финансирования ... на сумму`):
# no flow, unless a flow word stands between them and the sum.
EXPLORATORY_WORDS = ("evaluate the scope", "evaluate the possibility", "assess the scope",
                     "assess the possibility", "explore the possibility", "study the possibility",
                     "explore the scope", "оценки возможности", "оценить возможность",
                     "изучения возможности", "изучить возможность", "рассмотреть возможность",
                     "рассмотрения возможности")
# A sum each of several receivers gets, a share of a project and not its sum: said before the
# sum in its clause (`Each of the 40 villages will receive $450,000`, `каждому району выделят`,
# the distributive `получат по $100 тысяч`) or right after it (`$2,500 per school`, `$5,000
# each`); a sum per year or month, or per cent, is none.
PER_UNIT_BEFORE = (r"\beach\s+of\b|\beach\s+(?:will\s+)?(?:receive|get)|"
                   r"(?<!\w)кажд(?:ый|ая|ое|ому|ой|ого|ым)\b(?!\s+(?:год|месяц|квартал))|"
                   r"(?<!\w)по\s*(?:[$€£¥]\s*)?$")
PER_UNIT_AFTER = (r"\s*(?:each\b(?!\s+(?:year|month|week|day))|apiece\b|"
                  r"per\s+(?!cent|annum|year|month|week|day)\w|"
                  r"на\s+кажд|кажд(?:ому|ой)\b)")
# Words of a country's own public money in the clause of a sum: paid from its budget, no
# partner's aid (`to support the state budget` is budget support, and stays a flow).
BUDGET_WORDS = ("from the state budget", "from the republican budget", "from the national budget",
                "from the local budget", "from the government budget",
                "из государственного бюджета", "из республиканского бюджета",
                "из местного бюджета", "из госбюджета", "за счет государственного бюджета",
                "за счёт государственного бюджета")
# Words of a debt relieved: no grant or loan, a flow of another type (`wrote off $240 million of
# debt`, `списала госдолг`).
DEBT_RELIEF_WORDS = ("wrote off", "write off", "writes off", "written off", "write-off",
                     "forgave", "forgive", "debt relief", "debt cancellation",
                     "cancelled the debt", "canceled the debt", "списал", "списан", "списыва")
# Flows in the plural over a span of years, a country programme too (`will provide loans of
# $415 million in 2015-2019`, `в 2015-2019 годах предоставит кредиты`), not one project's term.
YEAR_SPAN = r"\b(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)?\d{2}\b"
PLURAL_FLOWS = ("loans", "grants", "credits", "кредиты", "кредитов", "гранты", "грантов", "займы",
                "займов")
# Words of an envelope or a country programme: a sum that many projects share.
ENVELOPE_WORDS = ("envelope", "funding facility", "financing facility", "country programme",
                  "country program", "country partnership", "partnership strategy", "package",
                  "pipeline of", "over the next", "in the next", "for the period", "for the years",
                  "credit line", "line of credit", "partnership agreement",
                  "partnership framework", "strategic cooperation",
                  "пакет", "страновой программ", "страновая программ", "в ближайшие",
                  "в течение ближайших", "на период", "кредитная линия", "кредитной линии",
                  "стратегия партнерства", "стратегии партнерства", "соглашение о партнерстве",
                  "соглашения о партнерстве", "стратегического сотрудничества")
# Words of a project or programme: in a quoted name (`"Clean Water" project`), and in each
# clause of a list of projects with their sums.
PROJECT_WORDS = ("project", "programme", "program", "проект", "программ")
# Words that point back to a project the sentence before describes: `For this project, the
# agency will provide a $20 million grant`, `Для реализации данного проекта`.
POINTING_WORDS = ("this", "that", "этот", "этого", "этому", "этой", "эту", "данный", "данного",
                  "данному", "данной", "данную", "указанного", "указанной")
# Flows a sentence opening with `the` points back to, told before it (`The loan amount ...
# amounted to $200 million` after the sentence on the project it pays for).
POINTED_FLOWS = ("loan", "grant", "credit")
# Words of a loan's terms: a sentence of them with no sum tells how the story's loan is lent,
# no project of its own (`The loan is provided for 25 years, with a 7-year grace period`).
TERMS_WORDS = ("grace period", "interest rate", "per annum", "per year", "maturity",
               "repayment period", "льготн", "годовых", "процентн", "срок погашения")
# Projects in the plural counted by no number, financed with no sum: no one project (`the bank is
# financing several key projects, including ...`).
SEVERAL_PROJECTS = (r"\b(?:several|a number of|many|various|numerous)\s+(?:[\w-]+\s+){0,2}?"
                    r"projects\b|(?<!\w)(?:нескольк\w+|ряд\w*)\s+(?:\w+\s+){0,2}?проект")
# A memorandum of understanding states an intention, no commitment: a sentence that reports one
# and no deal beside it reports no project (`An MoU stating support of $18 million was signed`).
MEMORANDUM = r"(?<!\w)(?:memorand|меморандум|mous?(?!\w))"
# Documents of a deal that, beside a memorandum, make its sentence report one (`a memorandum and a
# $5 million loan agreement`); a loan or a grant named does too.
DEAL_DOCUMENT_WORDS = ("agreement", "contract", "accord", "treaty", "соглашени", "договор",
                       "контракт")
# A sentence that opens on a purpose alone, maybe as a numbered item: a use money is put to, as
# a breakdown of spending lists them (`3. To pay benefits to 9,000 families (KGS 38 million).`).
USE_OPENING = r"^\W*(?:\d{1,2}[.)]\s*)?to\s+[a-z]+\b"
# Words of a limit a programme sets on its loans, no flow: `the maximum amount per project is
# $2 million`, `минимальная сумма финансирования`.
LIMIT_WORDS = ("minimum", "maximum", "at most", "at least", "минимальн", "максимальн")
# A project's content, what the project itself gives (`The project will provide technical
# assistance and loans`), no new flow from a donor when it names no sum.
PROJECT_CONTENT = (r"(?:the|this) (?:project|programme|program) (?:will |would )?(?:also )?"
                   r"(?:provides?|includes?|offers?|supports?|covers?)\b|"
                   r"(?:проект|программа) (?:также )?(?:предусматривает|предоставит|включает)")
# A sentence that says what a donor is and does in general (`The Fund is a government agency
# that channels aid to developing countries`): an "about" note, no flow of its own.
DONOR_DESCRIPTION = (r"^[^,;.]{2,120}? (?:is|are) (?:a|an|the) [^,;.]{2,80}? (?:that|which) |"
                     r"^[^,;.]{2,120}? (?:является|—) [^,;.]{2,80}?, (?:который|которая|которое) ")
# A donor's habit, told in the present with flows in the bare plural and no sum: what it does
# in general, no flow (`The agency offers soft loans to poorer nations`, `Фонд выдает
# беспроцентные кредиты`); not `provides a loan`, `provides two loans`.
DONOR_HABIT = (r"(?<!\w)(?:provides|offers|extends|gives|предоставляет|выдает|выдаёт)\s+"
               r"(?:(?!(?:a|an|the|its|their|this|these|two|three)\s)[^\W\d][\w-]*,?\s+){0,3}?"
               r"(?:loans|grants|credits|кредиты|гранты|займы)(?!\w)")
# Words of a flow weighed, not yet decided, right before its verb (`will consider financing
# the hospital`): no flow.
CONSIDERED = r"(?<!\w)consider(?:s|ed|ing)?\s+$"
# Words that pair the givers named with the sums named, in order: `A and B will lend $30 million
# and $10 million respectively`.
PAIRING_WORDS = ("respectively", "соответственно")
# Whose share of a cost a sum is (the captured word, a country's name or adjective): `contribution
# of the Tajik Government`, `Uzbekistan's share`, `вклад правительства Таджикистана`, `доля
# Республики Таджикистан`.
SHARE_OF_COST = (
    r"(?:contribution|share|co-?financing)\s+(?:of|from|by)\s+(?:the\s+)?([A-Z][\w-]*)"
    r"|([A-Z][\w-]*)(?:'s|’s)?\s+(?:[Gg]overnment(?:'s|’s)?\s+)?(?:contribution|share)\b"
    r"|(?:вклад|дол[яиюе]|софинансировани[ея])\s+(?:[Пп]равительства\s+|стороны\s+|"
    r"Республики\s+)*([А-ЯЁ]\w+)")
# Words that name a share of a sum already told, wherever they stand (`Some $120 million of the
# amount will build a hospital`, `Из выделенных средств $11 млн направят на ...`): no project.
SHARE_WORDS = ("of the amount", "of the sum", "of the allocated", "of the funds allocated",
               "из выделенных средств", "из этих средств", "из общей суммы", "из этой суммы",
               "из указанной суммы")
# A sum over several projects or deals, no project of its own: `three grant agreements totaling
# $71 million`, `13 development projects worth $290 million`, `signed agreements worth $812
# million`, `support for some 30 projects, totaling $760 million`, `1.05 billion euros for 257
# projects`, `$521 million through 18 projects`, `€1.6 billion to support 13 projects`,
# `соглашения по 12 проектам на общую сумму`.
RU_COUNT = r"(?:\d+|дв[аеу]х?|тр[её]х|три|четыр[её]х|четыре|пят[иь]|нескольк\w+)"  # 2, два, двух
AGGREGATE = (
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a number of)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:projects|agreements|loans|grants|operations|deals)\b[^.;]{0,80}?"
    r"\b(?:totall?ing|amounting to|worth|(?:for|with) a total (?:(?:amount|sum|value) )?of)\b"
    # deals a sentence counts by no number, but in the plural: `signed agreements worth $812m`
    r"|\b(?:signed|concluded|inked|reached)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:agreements|deals|contracts|loans|grants)\s+(?:worth|totall?ing|amounting to)\b"
    r"|\b(?:for|across|in|through|via|support(?:ing|ed|s)?|financ(?:e|es|ed|ing)|"
    r"fund(?:s|ed|ing)?)\s+"
    r"(?:about\s+|approximately\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+)?"
    r"\d+\s+(?:[a-z-]+\s+)?(?:projects|operations)\b"
    # a sum spread over the economy's sectors: `$380 million across multiple key sectors`
    r"|\bacross\s+(?:multiple|various|several|many|different)\s+(?:[a-z-]+\s+)?sectors\b"
    r"|\b(?:по|для)\s+(?:около\s+|более\s+)?\d+\s+проект"
    rf"|{RU_COUNT}\s+(?:\w+\s+){{0,2}}(?:соглашени|проект|кредит|грант)\w*[^.;]{{0,80}}?"
    r"на общую сумму"
    rf"|общая сумма\s+{RU_COUNT}\s+"  # `общая сумма двух кредитов`: what several deals add up to
    # the volume of many deals: `объем реализуемых проектов превысил 3 млрд долларов`
    r"|объ[её]м\w*\s+(?:[^\W\d]+\s+){0,2}?(?:проектов|кредитов|грантов|инвестиций)"
    # projects in the plural priced together: `projects worth $2 billion`, `проекты на $2 млрд`
    r"|\bprojects\s+worth\b|\bпроекты\s+(?:[^\W\d]+\s+){0,4}?на\s+(?:сумму\s+)?"
    r"(?:более\s+чем\s+на\s+|более\s+|свыше\s+|около\s+|почти\s+)?[$€\d]"
)
# Words that open a breakdown of a sum already told (`Of this amount, $27.5 million is a grant`,
# `из них $50 млн`): its parts are no projects of their own. So does a line that opens with a sum.
BREAKDOWN_WORDS = ("of this amount", "of this sum", "of which", "of them", "of these",
                   "out of this", "of the total", "half of the amount", "half of the funding",
                   "half of the funds", "half of the sum", "the rest of the amount",
                   "the remaining amount", "из них", "из которых", "из этой суммы", "в том числе",
                   "половина суммы", "половина средств", "оставшаяся часть", "остальная часть")
# Words of what a whole project costs, which a sum right after them states (`the total cost is
# $437 million, of which ...`): not what the donor gives.
COST_WORDS = ("cost", "estimated at", "valued at", "стоимост", "оценивается")
# Words right before the sum a commitment was changed to, which is its sum now: `a loan of $30
# million, but later this amount was increased to $50 million`, `сумма увеличена до`.
REVISED_TO = (r"(?:increased|raised|scaled up|topped up|expanded|revised|увеличен[аоы]?|"
              r"увеличил[аи]?|повышен[аоы]?)\s+(?:\w+\s+)?(?:to|до)\s+(?:over\s+|более\s+)?$")
# Words that add money to what was told before: `The bank also approved ...`, `in addition`.
ADDITION_WORDS = ("also", "in addition", "additional", "further", "также", "кроме того",
                  "дополнительн", "ещё", "еще")
# Words right before a sum (a flow word or two between) that make it one more of its kind: `Another
# 5 million euro`, `a second grant of $2 million`, `ещё 5 млн евро`; no restatement of one told.
ANOTHER_WORDS = ("another", "a second", "one more", "ещё", "еще", "ещё один", "еще один")
# Words that say what a whole is made of: `The package comprises a loan of ... and a grant of`.
COMPOSITION_WORDS = ("comprise", "consist", "include", "made up of", "is composed of",
                     "состоит из", "состоят из", "включает", "включают", "складывается из")
# Words that put a project under an envelope: `under the country programme`.
PART_OF_WORDS = ("under the", "as part of", "within the", "in the framework of", "в рамках")
# Words of a stage of a project: `the second phase`, `Phase II`, `второй этап`.
# Words of a part of a commitment paid out: `a first tranche of €4 million`, `the next
# disbursement of €10 million`, `первый платёж в размере 4,25 млн евро`.
TRANCHE_WORDS = ("tranche", "disbursement", "instalment", "installment", "payment", "транш",
                 "платеж", "платёж", "выплат")
PHASE_WORDS = ("phase", "stage", "tranche", "этап", "фаз", "очеред")
# Words that make a sum the rest of one told before: `the remaining $30 million`, `остальные`.
REMAINDER_WORDS = ("remaining", "the rest", "the remainder", "остальн", "оставш")
# Words that make a sum the opening part of a larger one: `the first $25 million`, `первые 5 млн`.
OPENING_WORDS = ("first", "initial", "перв")
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "i": 1, "ii": 2, "iii": 3,
    "iv": 4, "v": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "перв": 1, "втор": 2, "трет": 3,
    "четверт": 4, "пят": 5,
}

# Sectors: the DAC 3-digit sector category (IATI vocabulary 2) and the words that name it.
SECTORS: dict[str, tuple[str, tuple[str, ...]]] = {
    "education": ("110", ("school", "education", "university", "student", "teacher",
                          "scholarship", "школ", "образовани", "университет", "студент")),
    "health": ("120", ("health", "hospital", "clinic", "medical", "medicine", "vaccin",
                       "ambulance", "maternal", "здравоохранени", "больниц", "госпитал", "медицин",
                       "вакцин", "клиник")),
    "water": ("140", ("water supply", "drinking water", "sanitation", "sewer", "wastewater",
                      "водоснабжени", "питьев", "канализац")),
    "government": ("150", ("governance", "public administration", "customs", "judicial",
                           "civil service", "госуправлени", "таможн")),
    "housing": ("160", ("housing", "жилищн", "жилья", "жилье", "жильё", "жилых домов")),
    "transport": ("210", ("road", "railway", "rail", "airport", "bridge", "highway", "transport",
                          "logistic", "дорог", "железнодорож", "аэропорт", "мост", "транспорт")),
    "communications": ("220", ("telecommunication", "broadcasting", "internet", "digital",
                               "телекоммуникац", "цифров", "телевидени")),
    "energy": ("230", ("energy", "power", "electricity", "hydropower", "solar", "wind farm",
                       "heat", "gas", "энерг", "электр", "гэс", "тэц", "солнечн", "газ")),
    "finance": ("240", ("banking", "microfinance", "financial sector", "small and medium",
                        "sme", "банковск", "микрофинанс", "малого и среднего")),
    "agriculture": ("310", ("agricultur", "irrigat", "farm", "livestock", "crop", "fish",
                            "сельск", "орошени", "оросит", "ирригац", "фермер", "животновод")),
    "industry": ("320", ("industr", "mining", "factory", "plant", "manufactur", "промышлен",
                         "завод", "горнодобыва")),
    "urban": ("430", ("urban", "municipal", "cities", "городск", "муниципальн", "городов")),
    "environment": ("410", ("climate", "environment", "emission", "waste", "климат",
                            "экологи", "отход")),
    "emergency": ("720", ("humanitarian", "emergency", "relief", "earthquake", "flood",
                          "refugee", "гуманитарн", "чрезвычайн", "землетрясени", "наводнени")),
}

# Donors whose names differ between English and Russian stories: the multilateral banks and
# funds, and the national agencies with the state they give for (a report naming `JICA` and one
# naming Japan name one donor). Forms are matched whole, case-folded.
DONORS: dict[str, tuple[str | None, str, tuple[str, ...]]] = {
    "adb": (None, "Asian Development Bank", (  # its grant window, the Asian Development Fund
        "adb", "asian development bank", "абр", "азиатский банк развития", "asian development fund",
        "азиатский фонд развития")),
    "world-bank": (None, "World Bank", (
        "world bank", "world bank group", "ibrd", "ida", "international development association",
        "international bank for reconstruction and development", "всемирный банк",
        "группа всемирного банка", "мбрр", "мар", "международная ассоциация развития")),
    "ifc": (None, "International Finance Corporation", (
        "ifc", "international finance corporation", "мфк",
        "международная финансовая корпорация")),
    "ebrd": (None, "European Bank for Reconstruction and Development", (
        "ebrd", "european bank for reconstruction and development", "ебрр",
        "европейский банк реконструкции и развития")),
    "aiib": (None, "Asian Infrastructure Investment Bank", (
        "aiib", "asian infrastructure investment bank", "абии",
        "азиатский банк инфраструктурных инвестиций")),
    "isdb": (None, "Islamic Development Bank", (
        "isdb", "idb", "islamic development bank", "исбр", "ибр", "исламский банк развития")),
    "eib": (None, "European Investment Bank", (
        "eib", "european investment bank", "еиб", "европейский инвестиционный банк")),
    "edb": (None, "Eurasian Development Bank", (
        "edb", "eurasian development bank", "еабр", "евразийский банк развития")),
    "eu": (None, "European Union", (
        "eu", "european union", "european commission", "ес", "евросоюз", "европейский союз",
        "европейская комиссия", "еврокомиссия")),
    "imf": (None, "International Monetary Fund", (
        "imf", "international monetary fund", "мвф", "международный валютный фонд")),
    "undp": (None, "United Nations Development Programme", (
        "undp", "united nations development programme", "программа развития оон", "проон")),
    "opec-fund": (None, "OPEC Fund for International Development", (
        "opec fund", "opec fund for international development", "фонд опек",
        "фонд опек по международному развитию")),
    "jica": ("JPN", "Japan International Cooperation Agency", (
        "jica", "japan international cooperation agency", "джайка",
        "японское агентство международного сотрудничества",
        "японское агентство по международному сотрудничеству")),
    "jbic": ("JPN", "Japan Bank for International Cooperation", (
        "jbic", "japan bank for international cooperation",
        "японский банк международного сотрудничества")),
    "koica": ("KOR", "Korea International Cooperation Agency", (
        "koica", "korea international cooperation agency", "койка",
        "корейское агентство международного сотрудничества",
        "корейское агентство по международному сотрудничеству")),
    "edcf": ("KOR", "Economic Development Cooperation Fund", (
        "edcf", "economic development cooperation fund",
        "фонд экономического сотрудничества и развития",
        "фонд экономического развития и сотрудничества")),
    "tika": ("TUR", "Turkish Cooperation and Coordination Agency", (
        "tika", "turkish cooperation and coordination agency", "тика",
        "турецкое агентство по сотрудничеству и координации")),
    "usaid": ("USA", "United States Agency for International Development", (
        "usaid", "united states agency for international development",
        "u.s. agency for international development", "юсаид",
        "агентство сша по международному развитию")),
    "giz": ("DEU", "Deutsche Gesellschaft für Internationale Zusammenarbeit", (
        "giz", "deutsche gesellschaft für internationale zusammenarbeit",
        "германское общество по международному сотрудничеству",
        "немецкое общество по международному сотрудничеству")),
    "kfw": ("DEU", "KfW Development Bank", (
        "kfw", "kfw development bank", "kfw entwicklungsbank", "kfw banking group",
        "банк развития kfw", "германский банк развития kfw", "немецкий банк развития kfw",
        "банковская группа kfw")),
    "bmz": ("DEU", "Federal Ministry for Economic Cooperation and Development", (
        "bmz", "federal ministry for economic cooperation and development",
        "german federal ministry for economic cooperation and development",
        "федеральное министерство экономического сотрудничества и развития",
        "министерство экономического сотрудничества и развития германии")),
    "afd": ("FRA", "Agence Française de Développement", (
        "afd", "french development agency", "agence française de développement",
        "французское агентство развития", "фар")),
    "sdc": ("CHE", "Swiss Agency for Development and Cooperation", (
        "sdc", "swiss agency for development and cooperation",
        "швейцарское управление по развитию и сотрудничеству",
        "швейцарское агентство по развитию и сотрудничеству")),
    "seco": ("CHE", "State Secretariat for Economic Affairs", (
        "seco", "state secretariat for economic affairs",
        "swiss state secretariat for economic affairs",
        "государственный секретариат швейцарии по экономическим вопросам",
        "государственный секретариат по экономическим вопросам",
        "госсекретариат швейцарии по экономике")),
    "sfd": ("SAU", "Saudi Fund for Development", (
        "sfd", "saudi fund for development", "saudi fund", "саудовский фонд развития",
        "фонд развития саудовской аравии", "саудовский фонд")),
    "adfd": ("ARE", "Abu Dhabi Fund for Development", (
        "adfd", "abu dhabi fund for development", "абу-дабийский фонд развития",
        "фонд развития абу-даби")),
    "kfaed": ("KWT", "Kuwait Fund for Arab Economic Development", (
        "kuwait fund", "kuwait fund for arab economic development",
        "кувейтский фонд арабского экономического развития", "кувейтский фонд")),
    "qffd": ("QAT", "Qatar Fund for Development", (
        "qffd", "qatar fund for development", "катарский фонд развития")),
    "cdb": ("CHN", "China Development Bank", (
        "china development bank", "государственный банк развития китая",
        "банк развития китая")),
    "chexim": ("CHN", "Export-Import Bank of China", (
        "export-import bank of china", "china eximbank", "china exim bank",
        "экспортно-импортный банк китая", "эксимбанк китая")),
    "kexim": ("KOR", "Export-Import Bank of Korea", (
        "export-import bank of korea", "korea eximbank", "kexim",
        "экспортно-импортный банк кореи", "эксимбанк кореи")),
}
# Known donors that lend: what they finance is a loan unless a report says it is a grant or aid.
LENDERS = frozenset({"adb", "world-bank", "ebrd", "aiib", "isdb", "eib", "edb", "opec-fund",
                     "jbic", "edcf", "kfw", "sfd", "adfd", "kfaed", "cdb", "chexim", "kexim"})
# Known donors that give: a country's aid agencies, and the European Union, whose money is a
# grant unless a report says it is a loan (as a government's is: a government that lends says
# `loan` or `credit`).
GIVERS = frozenset({"jica", "koica", "tika", "usaid", "giz", "bmz", "sdc", "seco", "eu"})
# Of them, those that fund no company's equity: what they `invest` is a grant (JICA also
# invests in companies through its private-sector finance).
GRANT_ONLY = GIVERS - {"jica"}
# Words of a legislature or its committee, which ratifies or approves its own country's loans
# and grants and gives none: `the Committee on Budget approved the grant agreement`,
# `Жогорку Кенеш ратифицировал`.
LEGISLATURE_WORDS = ("parliament", "majlis", "majilis", "mazhilis", "mejlis", "kenesh", "khural",
                     "senate", "committee on", "парламент", "кенеш", "мажилис", "мажлис",
                     "меджлис", "хурал", "сенат", "комитет по")
# The currencies of the region's states: a donor's sum told in one and restated in a currency
# with a dollar value (`142 trillion soums (EUR 11 million)`) is converted for readers, while a
# sum in another currency (`7.5 million Kuwaiti dinars ($25.5 million)`) is the deal's own.
REGION_CURRENCIES = frozenset({"KZT", "KGS", "TJS", "TMT", "UZS"})
# Words of the bodies that borrow and sign for a state, named without their country: a deal's
# other party, no donor (`Министерство финансов направит заявку`, `between the Cabinet of
# Ministers and the Government of Korea`).
BORROWER_WORDS = ("ministry of finance", "ministry of economy", "cabinet of ministers",
                  "министерство финансов", "министерство экономики", "минфин",
                  "кабинет министров")
# Words of a body's organs, which act in its name: `the World Bank Board of Directors`, `Совет
# исполнительных директоров Всемирного банка`; and of the group of bodies a donor heads
# (`Islamic Development Bank Group`).
ORGAN_WORDS = frozenset({"board", "executive", "directors", "governors", "management", "of",
                         "the", "group", "совет", "исполнительных", "директоров", "управляющих",
                         "правление", "группа", "группы"})

# The countries whose partners the analysts follow (ISO 3166-1 alpha-3): in a flow between one
# of them and a partner, they are the receiving side.
RECIPIENT_REGION = frozenset({"KAZ", "KGZ", "TJK", "TKM", "UZB"})

# Verbs of financing that make a funding event a project's report with no sum or flow word:
# `EBRD will finance the construction of ...`.
FINANCING_WORDS = ("financ", "fund", "co-financ", "cofinanc", "lend", "финансир", "профинансир",
                   "софинансир")

# Words that link a sum to the giver named after it: `$50 million in loans from the AIIB`.
GIVER_LINKS = ("from", "by", "provided by", "от", "со стороны")
# Words before the body a donor's money goes through, which gives nothing of its own: `$3 million
# through JICA`, `через ПРООН`, `по линии ЮНИСЕФ`.
CHANNEL_WORDS = ("through", "via", "через", "по линии")
# Words after a comma that restate the sum they precede in the same clause: `a loan in won in
# the amount, equivalent to €185 million`, `на сумму, эквивалентную 185 млн евро`.
EQUIVALENT_WORDS = ("equivalent", "эквивалент")
GIVER_LINK_REACH = 3  # words between a sum and the link word (`in financing`, `loan`)

# Words every report of money has, which tell nothing of its purpose when two reports share them.
GENERIC_WORDS = ("million", "billion", "thousand", "dollar", "percent", "according", "reported",
                 "миллион", "миллиард", "тысяч", "доллар", "процент", "сообщ")

# Words that may open an item of a list of sums before its sum: `, and $5 million for ...`,
# `, на 6 млн евро – ...`.
LIST_LEADS = ("and", "and another", "while", "и", "а", "на", "ещё", "еще")

# What a project's preparation is paid for, a part of the project and none of its own (`$2 million
# for its detailed design`, `для детального проектирования`), as a pattern.
PREPARATION = (r"(?:design|feasibility|project preparation)\b|проектировани|технико-экономическ"
               r"|ТЭО\b")

# Words that begin a purpose phrase, for a project's title: `a loan for the upgrade of ...`.
PURPOSE_STARTS = ("for", "to finance", "to fund", "to support", "to build", "to construct",
                  "to improve", "to upgrade", "to develop", "to modernize", "to modernise",
                  "to rehabilitate", "to purchase", "to strengthen", "to help", "aimed at",
                  "towards", "toward", "на строительство", "на реконструкцию", "на модернизацию",
                  "на развитие", "на поддержку", "на реализацию", "на закупку", "для")
# A state's government itself, which gives or receives as its country does (`the Government of
# Germany`, `the German government`, `Правительство Японии`), not one of its ministries
STATE_GOVERNMENT_NAME = (r"^(?:the )?(?:government of (?:the )?\S.*|(?:\S+ ){1,2}government|"
                         r"правительств[оау]\w* \S.*)$")
