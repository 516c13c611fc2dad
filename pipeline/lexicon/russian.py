"""Russian words the extraction rules read: dates, sums and units, organisation heads, events.

Words are lemmas (Natasha's morphology gives every token its lemma) unless a list says it holds
surface forms or stems.
"""

from __future__ import annotations

from pipeline.lexicon.calendar import RU_MONTH_ABBREVIATIONS, RUSSIAN_MONTHS

# Month names in every case a date puts them in: `21 января`, `январь 2025`, `в январе`.
RU_MONTH_NAMES = {
    **RUSSIAN_MONTHS,
    **{
        name: number
        for number, name in enumerate((
            "январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
            "октябре", "ноябре", "декабре",
        ), start=1)
    },
}
MONTH_FORMS = {**RU_MONTH_NAMES, **RU_MONTH_ABBREVIATIONS}
# Words before a date that make it a bound of a period (`с 1996 года`, `до 2030 года`), not the
# day something happened.
PERIOD_BOUNDS = frozenset({"с", "со", "до", "к", "по", "начиная", "вплоть"})
# ... of which those that set a deadline, the date a plan is to be met by (`к 2030 году`).
TARGET_BOUNDS = frozenset({"до", "к"})
# ... and those that set its start, the day a plan begins (`с 16 марта начнет выполнять рейсы`).
START_BOUNDS = frozenset({"с", "со", "начиная"})
# Year words after a number (`2019 году`, `2019 г.`, `2021–2025 годы`, `2021-2025 гг.`).
YEAR_WORD = r"(?:год(?:у|а|ом)?|годы|годах|годов|гг?\.?)(?!\w)"
# Stems of the ordinals of a year's halves and quarters, in their order (`ё` read as `е`):
# `первое полугодие`, `в третьем квартале`.
RU_YEAR_PART_ORDINALS = ("перв", "втор", "трет", "четверт")
# Relative years and months: the word before `году`/`месяце` -> shift from the reference date.
RELATIVE_SHIFTS = {
    "прошлом": -1, "прошлого": -1, "прошлый": -1, "минувшем": -1, "минувшего": -1,
    "предыдущем": -1, "этом": 0, "этого": 0, "текущем": 0, "текущего": 0, "нынешнем": 0,
    "нынешнего": 0, "следующем": 1, "следующего": 1, "будущем": 1, "будущего": 1,
    "наступающем": 1, "позапрошлом": -2,
}  # fmt: skip
# Weekdays as `в среду` writes them: the last such day on or before the reference date.
WEEKDAYS_ON = {
    "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
    "воскресенье": 6,
}  # fmt: skip
# Units of a time counted back from now (`20 лет назад`, `месяц назад`, `две недели назад`), by
# the stem their forms share: the unit and how many days a week is.
AGO_UNITS = {"лет": "year", "год": "year", "месяц": "month", "недел": "week", "дн": "day",
             "ден": "day"}
ONE_UNIT_AGO = frozenset({"год", "месяц", "неделю", "день"})  # one of it, no count: `год назад`
RELATIVE_DAYS = {"сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2}

# Scale words after a number: abbreviations, and every case of the nouns (`оплачивается 50
# миллионами долларов`, `к 3 миллиардам`, `в 2 тысячах`).
RU_SCALES = {
    "трлн": 10**12, "млрд": 10**9, "млн": 10**6, "тыс": 10**3,
    **{stem + ending: scale
       for stem, scale in (("триллион", 10**12), ("миллиард", 10**9), ("миллион", 10**6))
       for ending in ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")},
    **{"тысяч" + ending: 10**3
       for ending in ("а", "и", "е", "у", "ей", "ею", "", "ам", "ами", "ах")},
}  # fmt: skip
# A scale word that alone is one of it: `вложит миллиард долларов`, `почти тысячу тонн` (a
# plural needs its number).
RU_SCALE_ONE = ("триллион", "миллиард", "миллион", "тысяча", "тысячу")
# Currency words by stem (any case ending may follow), and the ISO 4217 code each names.
CURRENCY_STEMS = {
    "доллар": "USD", "долл": "USD", "евро": "EUR", "иен": "JPY", "йен": "JPY", "тенге": "KZT",
    "сомони": "TJS", "сом": "KGS", "сум": "UZS", "манат": "TMT", "рубл": "RUB", "вон": "KRW",
    "юан": "CNY", "лир": "TRY", "фунт": "GBP", "франк": "CHF", "дирхам": "AED", "риял": "SAR",
}  # fmt: skip
# The country an abbreviated currency names after its dot: `млн. долл. США`, one sum.
CURRENCY_COUNTRY = "США"
# Percent words (stems).
PERCENT_STEMS = ("процент", "проц")
# Units of measure: abbreviations as written, and word stems (any ending may follow), by the
# symbol the English rules also use.
UNIT_ABBREVIATIONS = {
    "км": "km", "кв. км": "km2", "га": "ha", "кг": "kg", "т": "t", "м": "m", "кв. м": "m2",
    "куб. м": "m3", "МВт": "MW", "кВт": "kW", "ГВт": "GW", "кВт·ч": "kWh", "кВт.ч": "kWh",
    "кВт/ч": "kWh", "кВтч": "kWh",  # as the press writes kilowatt-hours, a slash for the dot
    "МВт·ч": "MWh", "МВт/ч": "MWh", "ГВт·ч": "GWh", "ГВт/ч": "GWh", "л": "l", "м3": "m3",
    "м³": "m3", "м2": "m2", "м²": "m2", "км2": "km2",
    "км²": "km2",
}  # fmt: skip
UNIT_STEMS = {
    "километр": "km", "квадратн километр": "km2", "гектар": "ha", "килограмм": "kg",
    "тонн": "t", "метр": "m", "квадратн метр": "m2", "кубометр": "m3", "кубическ метр": "m3",
    "мегаватт": "MW", "киловатт": "kW", "гигаватт": "GW", "литр": "l",
}  # fmt: skip
# Nouns a number can measure that are durations or ages, not counts (`5 лет`, `30 минут`).
TIME_LEMMAS = frozenset({
    "год", "лето", "месяц", "неделя", "день", "сутки", "час", "минута", "секунда", "век",
    "раз", "место", "номер", "пункт", "статья",
    "число",  # a day of the month: `с 1 числа этого месяца`
})  # fmt: skip
# Hedges before a number: it is approximate (`около 5 млн`, `более 300`).
RU_APPROX_WORDS = (
    "около", "более", "свыше", "порядка", "почти", "примерно", "приблизительно", "менее",
    "не менее", "не более", "до", "более чем", "почти в", "свыше чем",
)  # fmt: skip
# Number words that count (`пять центров`).
RU_NUMBER_WORDS = {
    "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4,
    "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8,
    "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "двенадцать": 12, "двенадцати": 12,
    "пятнадцать": 15, "пятнадцати": 15, "двадцать": 20, "двадцати": 20, "тридцать": 30,
    "тридцати": 30, "сорок": 40, "сорока": 40, "пятьдесят": 50, "пятидесяти": 50,
    "шестьдесят": 60, "шестидесяти": 60, "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80,
    "восьмидесяти": 80, "девяносто": 90, "девяноста": 90, "сто": 100, "двести": 200,
    "двухсот": 200, "триста": 300, "трехсот": 300, "трёхсот": 300, "четыреста": 400,
    "четырехсот": 400, "четырёхсот": 400, "пятьсот": 500, "пятисот": 500, "шестьсот": 600,
    "шестисот": 600, "семьсот": 700, "семисот": 700, "восемьсот": 800, "восьмисот": 800,
    "девятьсот": 900, "девятисот": 900,
}  # fmt: skip
# Abbreviations of a bracketed note, after which the note's author follows, no new sentence:
# `(в Таджикистане - прим. ТАСС)`, `(прим. ред.)`.
RU_NOTE_ABBREVIATIONS = frozenset({"прим"})
# The same with `один` (`один млрд евро`), which counts nothing (`один из`) but a sum of money,
# and `полтора` (`полтора млрд долларов`, `более полутора миллиардов долларов`): one and a half.
RU_SUM_WORDS = {**dict.fromkeys(("один", "одного", "одному", "одним", "одном"), 1),
                **dict.fromkeys(("полтора", "полторы", "полутора"), 1.5),
                **RU_NUMBER_WORDS}
# The two parties a story names, counted in words (`лидеры двух стран`, `обе стороны`): no count.
RU_PARTY_NOUNS = frozenset({"страна", "сторона", "государство"})
# A ten of what follows (`два десятка документов`: twenty documents).
RU_TENS = "десяток"
# Words that make a sum a running or historical total: `с 1992 года`, `за годы сотрудничества`,
# `за последние пять лет`, `за прошедший период`.
RU_CUMULATIVE_CUES = r"за годы|за (?:последни[ех]|прошедши[йеи]|минувши[йеи]) |с момента|с начала сотрудничества|в общей сложности|всего с|к настоящему времени|на сегодняшний день|портфел"  # noqa: E501

# Natasha's entity types -> spaCy's labels, as the English model writes them.
ENTITY_LABELS = {"ORG": "ORG", "PER": "PERSON", "LOC": "GPE"}
# Organisation head nouns (lemmas) that make a capitalised phrase a name though the tagger missed
# it: `Министерство энергетики`, `Азиатский банк развития`, `Агентство по инвестициям`.
ORG_HEADS = frozenset({
    "министерство", "агентство", "банк", "фонд", "компания", "корпорация", "университет",
    "институт", "комитет", "служба", "палата", "ассоциация", "организация", "программа развития",
    "центр", "академия", "совет", "союз", "управление", "холдинг", "концерн", "ведомство",
    "посольство", "правительство", "парламент", "меджлис", "сенат", "мажилис", "хокимият",
    "акимат", "хукумат", "мэрия", "инспекция", "департамент", "администрация", "комиссия",
    "кабинет", "муниципалитет", "госсовет", "штаб", "ассамблея",
    "представительство", "миссия", "секретариат", "госсекретариат", "объединение", "общество",
    "музей", "библиотека", "больница", "госпиталь", "клиника",  # public institutions
})  # fmt: skip
# Case endings of a noun on a hard consonant (`акимат`: `акимата`, `акиматом`, `акиматы`): the
# tagger guesses the lemma of a loanword it does not know (`акиматом` as `акиматый`), so a
# body's head with one of them takes the head as its lemma.
HARD_NOUN_ENDINGS = ("а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")
HEAD_FORMS = {head + ending: head for head in ORG_HEADS if " " not in head and head[-1] not in
              "аеёиоуыэюяйь" for ending in HARD_NOUN_ENDINGS}
# Heads of a kind of body a country has many of, which a lowercase adjective before them
# describes rather than names: `культурный центр Таджикистана`, `крупнейший банк Казахстана`.
RU_KIND_HEADS = frozenset({"банк", "фонд", "компания", "корпорация", "университет", "институт",
                           "центр", "академия", "ассоциация", "организация", "холдинг", "концерн"})
# Heads of a country's armed forces, plural in name yet one body: `Вооружённые силы Кыргызской
# Республики`, `Пограничные войска Таджикистана`.
ARMED_FORCES = frozenset({"сила", "войско"})
# Heads that name a body only with its field: `министерство энергетики Таджикистана`, while
# `министерством РК` or `ведомству Таджикистана` name no particular one.
RU_FIELD_HEADS = frozenset({"министерство", "ведомство", "агентство", "комитет", "служба",
                            "департамент", "управление", "инспекция", "комиссия",
                            "госсекретариат"})  # `Госсекретариат Швейцарии по экономике`
# The one head a body is named by in lower case with its fields alone, as Russian news writes it
# (`министерство транспорта и коммуникаций`): a country has one ministry of each field.
RU_MINISTRY = "министерство"
# Nouns that say whose a body is without naming the state (`министерство юстиции республики`):
# they end its name.
RU_STATE_NOUNS = frozenset({"республика", "страна", "государство"})
# Adjectives of states before a body of theirs, with the state in the genitive its full name
# takes: `туркменский МИД` is `МИД Туркменистана`, `таджикское министерство финансов` is
# `Министерство финансов Таджикистана`, as English `the Tajik Ministry of Finance`.
RU_NATIONAL_ADJECTIVES = {
    "казахстанский": "Казахстана", "казахский": "Казахстана", "кыргызский": "Кыргызстана",
    "киргизский": "Киргизии", "таджикский": "Таджикистана", "узбекский": "Узбекистана",
    "узбекистанский": "Узбекистана", "туркменский": "Туркменистана", "китайский": "Китая",
    "японский": "Японии", "корейский": "Кореи", "южнокорейский": "Кореи", "турецкий": "Турции",
    "российский": "России", "американский": "США", "германский": "Германии",
    "немецкий": "Германии", "индийский": "Индии", "иранский": "Ирана",
    "афганский": "Афганистана", "пакистанский": "Пакистана", "саудовский": "Саудовской Аравии",
    "кувейтский": "Кувейта", "французский": "Франции", "британский": "Великобритании",
    "швейцарский": "Швейцарии",
}
# Short names of a state's ministries and banks, which take their state in the genitive as the
# full names do: `МИД Казахстана`, `минздрав КР`, `Эксимбанк Китая` (`...банк`). Not `министр`,
# a title, which shares their first letters.
SHORT_MINISTRIES = frozenset({
    "мид", "минфин", "минздрав", "минэкономики", "минтранс", "минэнерго", "минобразования",
    "минсельхоз", "минюст", "минобороны", "минтруда", "минкультуры", "минстрой", "минпромторг",
    "минцифры", "минприроды", "минобрнауки", "минводхоз",
})
# Heads a tagger may leave without the genitive that ends their name: `Исламского банка
# [развития]`, `Фонда [развития]`; the word it leaves out.
DEVELOPMENT_HEADS = frozenset({"банк", "фонд", "агентство", "корпорация"})
# Bodies a state agency's name says it stands under, after `при`: `Агентство по делам
# госслужбы при Президенте Республики Казахстан`, `Центр при Кабинете Министров`.
RU_PATRONS = frozenset({"президент", "правительство", "кабинет", "министерство", "аппарат"})
DEVELOPMENT_WORD = "развития"
# Fields a body's name gives after its owner and `по`, which a tagger leaves out: `Агентство США
# [по международному развитию]`, `Фонд ОЭС [по развитию]` (lemmas of the field's noun).
RU_NAMED_FIELDS = frozenset({"развитие", "сотрудничество", "экономика", "инвестиция", "торговля"})
BANK_SUFFIX = "банк"
COMPOUND_BANK_MIN_CHARS = 7  # `Эксимбанк`, `Агробанк`; not `Банк` itself
# A union of states is a body, but the tagger calls it a place (`Европейский союз`, `ЕС`): the
# lemmas of the names it gets wrong, and the body's full name.
RU_BODIES_TAGGED_AS_PLACES = {
    "европейский союз": "Европейский союз", "евросоюз": "Европейский союз",
    "ес": "Европейский союз",
}
# National aid agencies a Russian text names in Russian and by their Latin acronym apart
# (`Японское агентство по международному сотрудничеству ... деятельность JICA`): the acronym's
# state and the name's head, as a name's lemma key gives them (`агентство ... JPN`).
RU_FOREIGN_ACRONYMS = {
    "jica": ("агентство", "JPN"), "koica": ("агентство", "KOR"), "tika": ("агентство", "TUR"),
    "usaid": ("агентство", "USA"), "giz": ("общество", "DEU"),
}
# A company's or a bank's governing boards, which have no name of their own: `Совет директоров
# ИБР` counts as the bank, as `the Board of Directors of X` counts as X in English.
RU_GOVERNING_BOARDS = frozenset({"совет директоров", "наблюдательный совет", "правление",
                                 "совет управляющих", "совет исполнительных директоров"})
# Heads of an ORG entity that are a person's title, not an organisation (`вице-министр ...`).
TITLE_HEADS = frozenset({
    "министр", "вице-министр", "замминистра", "посол", "президент", "глава", "председатель",
    "заместитель", "директор", "руководитель", "представитель", "постпред", "мэр", "аким",
    "хоким", "премьер-министр", "вице-премьер", "советник", "депутат", "спикер", "лидер",
})  # fmt: skip
# Endings of surnames in Russian spelling, of the region's and Russian names: `Токаев`,
# `Мирзиёева`, `Кушербаев`, `Рахмонзода`, `Ахметулы`; a name printed in capitals (`Ерлан
# АХМЕТОВ`, as papers print a surname) that ends so is a person's.
RU_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ова", "ева", "ёва", "ин", "ина", "ын", "ына", "заде",
                      "зода", "улы", "уулу", "кызы", "енко", "ский", "ская")
# A minister's titles, whose portfolio after them names no body even in capitals (`министра
# Финансов`: finance is the portfolio, the ministry is not named).
RU_MINISTER_TITLES = frozenset({"министр", "вице-министр", "замминистра"})
# Heads of an ORG entity that name no organisation: documents, programmes, formats, events.
RU_NON_ORG_HEADS = frozenset({
    "нота", "меморандум", "соглашение", "договор", "стратегия", "программа", "проект",
    "инициатива", "план", "концепция", "виза", "диалог", "формат", "сессия", "конференция",
    "выставка", "форум", "саммит", "коридор",
    "статья", "книга", "фильм", "доклад", "публикация",  # writings: `статья «Заполнение ...»`
    "помощь",  # aid and its programmes: `Официальная помощь развитию`
    "бюджет",  # a state's money, no body: `Республиканский бюджет`
    "караул",  # a ceremony's `Почетный караул`
    "сторона",  # the parties to talks, capitalised where they open a sentence: `Стороны обсудили`
    "гэс", "тэц", "аэс", "грэс", "электростанция", "аэропорт", "трасса", "магистраль",  # works
    "подстанция", "лэп", "автодорога", "мост", "тоннель", "водохранилище", "месторождение",
})  # fmt: skip
# Second halves of a platform's channel or account, no body: `Telegram-канал`, `Х-аккаунт`.
MEDIUM_TAILS = ("-канал", "-аккаунт", "-страница")
# Acronyms of common nouns, no names: media, joint venture, small business, NGO.
# Kinds of outlet written before its name, no part of it: `ИА «Кабар»` (информационное
# агентство), `АН Podrobno.uz` (агентство новостей), as `the Kazinform agency` in English.
OUTLET_KINDS = frozenset({"ИА", "АН", "ИАА"})
GENERIC_ACRONYMS = frozenset({"СМИ", "СП", "МСП", "НПО", "ИП", "ООО", "АО", "ТОО", "ОАО", "ЗАО",
                              "СИЗ",  # средства индивидуальной защиты: protective equipment
                              # people with disabilities, a village's health post: who and what
                              # aid is for (`помощь для ЛОВЗ`, `построят ФАП`)
                              "ЛОВЗ", "ФАП",
                              # countries, which the tagger may take for bodies
                              "КР", "РК", "РТ", "РУз", "КНР", "РФ", "США", "ОАЭ", "ТР",
                              # and regions: Central Asia, Asia-Pacific, South-East Asia
                              "ЦА", "АТР", "ЮВА"})
# Kazakhstan's regions by their acronyms (East, West, North Kazakhstan and the former South
# Kazakhstan region), places the tagger may take for bodies: `акимат ВКО` is the region's body.
RU_REGION_ACRONYMS = frozenset({"ВКО", "ЗКО", "СКО", "ЮКО"})
# Legal forms the tagger may leave as an entity of their own after the name (`Co., Ltd`).
LEGAL_FORMS = frozenset({"Ltd", "Ltd.", "LLC", "Inc", "Inc.", "Co", "Co.", "Corp", "Corp.",
                         "JSC", "PLC", "GmbH"})
# Little words an acronym leaves out (`ЕБРР`: Европейский банк реконструкции и развития).
ACRONYM_SKIPS = frozenset({"и", "по", "для", "в", "на", "с", "о"})
# The word opening the body a name is under, which its acronym leaves out with what follows
# (`Национальное агентство по инвестициям при Президенте` is `НАИ`).
UNDER_BODY = "при"
# Opening quotes and the closing quote each takes (`«Самрук-Казына»`, `АО "Банк развития"`).
QUOTES = {"«": "»", '"': '"', "„": "“", "“": "”"}
# Prepositions no organisation's name holds, though the tagger may run a name on into them:
# `Корейскому агентству по сотрудничеству за помощь` (`по`, `при`, `в`, `для` stand in names).
NAME_BREAKING_PREPOSITIONS = frozenset({
    "за", "на", "с", "со", "от", "к", "ко", "о", "об", "из", "у", "до", "через", "после", "перед",
})
# Heads that name a body only as one of the United Nations', before its name and with an acronym
# of its own: its programmes (`Всемирная продовольственная программа ООН (ВПП)`, `Программа
# развития ООН (ПРООН)`), as `Programme` in English; any other programme is a plan
# (`Совместная программа ООН`, `Государственная программа`).
RU_UN_BODY_HEADS = frozenset({"программа"})
# Heads of a mission named with where it sits (`посольство Японии в Душанбе`).
RU_SEAT_HEADS = frozenset({"посольство", "представительство", "миссия", "делегация"})
# Of those, the ones that may also be people on a visit, unless named with their seat.
RU_VISITING_HEADS = frozenset({"делегация", "миссия"})
# Heads of a name that are a country's government as an actor (optional in the spec).
GOVERNMENT_HEADS = frozenset({"правительство", "кабинет"})

# Verbs of money put to a use (`средства будут направлены на закупку техники`, `потрачены
# на ремонт`, `пойдут на стипендии`): the money is given, and its use still to come is planned;
# said of works right after `на` (`деньги пойдут на реконструкцию`), they report the works, as
# English `were directed to the construction of` does.
RU_SPENDING_VERBS = frozenset({"потратить", "израсходовать", "использовать", "пойти", "направить"})
# Verbs a sum itself is the subject of as it is put to a use (`$55 млн пойдут на строительство
# дорог`), as English `the money will go to`.
RU_SUM_GOES = frozenset({"пойти"})

# What makes a building noun report work on site, not a purpose (`грант на строительство`).
BUILDING_UNDER_WAY = (
    "начать", "начаться", "завершить", "завершиться", "вестись", "вести", "идти", "продолжаться",
    "стартовать", "приступить", "приступать", "заложить", "закладка", "церемония", "капсула",
    "провести",
    "осуществляться", "осуществить", "старт", "начало",  # `дали старт строительству`
    "выполнение", "проведение",  # `выполнение работ по реконструкции`
    "участвовать",  # `в строительстве участвуют 24 субподрядчика`, as English `involved in`
)
# Works carried out, under way or finished: `ремонтные работы проводятся`, `ведутся`, `завершены`.
WORKS_DONE = ("проводиться", "провести", "вестись", "выполняться", "выполнить", "завершить",
              "завершиться", "продолжаться", "осуществляться", "осуществить", "проведение",
              "выполнение")
# Verbs that pay for works: `профинансировал строительство`.
WORKS_FINANCED = ("финансировать", "профинансировать", "софинансировать")
# Professionals a training or a preparation (`подготовка специалистов`) trains.
RU_PROFESSIONALS = ("специалист", "кадр", "врач", "медик", "спасатель", "инженер", "эксперт",
                    "сотрудник")
# People a training trains, as English PEOPLE_NOUNS: `обучены 200 учителей`, `жители района
# будут обучены`.
RU_TRAINED_PEOPLE = (*RU_PROFESSIONALS, "студент", "гражданин", "житель", "фермер", "учитель",
                     "преподаватель", "медсестра", "работник", "инженер", "эксперт", "слушатель",
                     "предприниматель", "женщина", "молодежь", "молодёжь", "госслужащий",
                     "служащий", "чиновник")
# Verbs of inviting: a visit or meeting they invite to is still to come, a plan.
RU_INVITING = ("пригласить", "приглашать")
# Verbs of supporting, funding when a grant or a loan is what supports (`поддержан грантом`).
RU_SUPPORTING = ("поддержать", "поддерживать")
# Buying, a gift when a donor's money pays: `закупают на деньги Всемирного банка`, `оборудование
# приобретено на средства гранта` (see RU_PAID_WITH)
RU_PURCHASING = ("закупить", "закупать", "приобрести", "приобретать")
# What money pays with, after `на` and maybe a word (`на выделенные средства`)
RU_PAID_WITH = frozenset({"средство", "деньги", "деньга", "грант", "кредит", "заем", "заём"})
PAID_WITH_REACH = 4  # words after a purchase that may say what paid
# Verbs by which a loan or a grant is given or taken, only with that money named: `дает
# кредит`, `привлекла заем`.
RU_LOAN_VERBS = ("дать", "давать", "привлечь", "привлекать")
RU_LENT = ("кредит", "заем", "заём", "займ", "грант")
# Verbs of arriving and of being somewhere: an official's arrival in a named place, or stay in
# it, is a visit (`Президент прибыл в Токио`, `Делегация побывала в Оше`), as English `arrived
# in Tokyo`; and who may pay one: officials and delegations.
RU_ARRIVING = ("прибыть", "прилететь", "приехать", "побывать",  # and the imperfectives:
               "прибывать", "прилетать", "приезжать")  # `приезжала делегация`
RU_VISITORS = TITLE_HEADS | {"делегация"}
# Event triggers by type: lemmas of verbs and nouns that report the happening.
EVENT_TRIGGERS = {
    "agreement": (
        "подписать", "подписывать", "подписание", "заключить", "заключать", "заключение",
        "ратифицировать", "ратификация", "парафировать", "договориться", "договоренность",
        "утвердить", "согласовать", "принять", "достигнуть", "достичь",
    ),
    "meeting": (
        "встретиться", "встречаться", "встреча", "переговоры", "визит", "посетить", "посещать",
        "форум", "конференция", "заседание", "саммит", "совещание", "принять", "обсудить",
        "обсуждать", "провести", "состояться", "госвизит", "обменяться", "участие",
        "консультация", "стол", "поездка", *RU_ARRIVING,
    ),
    "launch": (
        "открыть", "открыться", "открытие", "запустить", "запускать", "запуск", "стартовать",
        "учредить",
        "создать", "основать", "начаться", "начать", "торжественно", "приступить", "приступать",
        "старт",
    ),
    "construction": (
        "строительство", "построить", "строить", "возвести", "возведение", "реконструкция",
        "реконструировать", "модернизировать", "ремонт", "отремонтировать", "сооружение",
        "возводить", "закладка", "ремонтный", "строительный",
        "возводиться",  # `уже возводится зона`: under way (`строится` is as often figurative:
        # `сотрудничество строится на принципах`)
        # `реабилитировано 42 км дороги`, `восстановительные работы`, as English `rehabilitate`
        "реабилитировать", "реабилитация", "восстановительный",
        "достроить", "достраивать",  # building finished: `фонд достроил школу`
    ),
    "funding": (
        "выделить", "выделять", "выделение", "предоставить", "предоставлять", "предоставление",
        "профинансировать", "финансировать", "финансирование", "грант", "кредит", "заем",
        "заём", "займ", "инвестировать", "инвестирование", "передать", "передача", "пожертвовать",
        "безвозмездный",
        "грантовый", "кредитный", "вложить", "поставить", "доставить", "кредитовать", "субсидия",
        "помощь", "гуманитарный",
        "оказать", "получить", "одобрить", "выделяться", "направить", "затратить",
        "софинансировать", "перечислить", "отправить", "обеспечить", "оснастить", "прислать",
        "раздать", "раздавать", "раздаваться", "распределить", "списать", "списывать", "списание",
        "подарить", "дарить", "прибыть", "поступить", "поставка",
        "занять", "мобилизовать", "дополнить", "потратить", "израсходовать", "использовать",
        "пойти", "предоставляться", "передаваться", "финансироваться", *RU_SUPPORTING,
        *RU_PURCHASING, *RU_LOAN_VERBS,
    ),
    "personnel": (
        "трудоустроить", "трудоустройство", "командировать", "стажировка", "обучение",
        "обучить", "пройти", "волонтер", "волонтёр", "направить", "отправить", "нанять",
        "подготовка", "подготовить", "выехать", "въехать", "прибыть", "обучаться",
    ),
    "plan": (
        "планировать", "намереваться", "намерен", "намерение", "собираться", "предполагаться",
        "план", "планироваться", "запланировать", "рассчитывать", "ожидаться", "намечаться",
        "наметить",  # scheduled: `запуск намечен на май` (outlined: see _fires)
        "предусматривать", "прорабатывать", "прорабатываться", "подготовка", *RU_INVITING,
    ),
}
# Goods a donor hands over (`передать технику`): aid in kind, or what is weighed in tonnes
# (`поставлено 40 тонн сахара`), as English `ton`.
RU_GOODS = ("оборудование", "техника", "автомобиль", "партия", "медикамент", "груз",
            "продовольствие", "лекарство", "вакцина", "палатка", "одеяло", "мука", "генератор",
            "аппарат", "концентратор", "тест", "маска", "препарат", "гумпомощь", "машина",
            "тонна")
# Gatherings that are a meeting when held (`провели семинар`, `состоялась презентация`), as
# English `a workshop was held`.
# The first part of a compound that makes a gathering the press's (`пресс-конференция`): news
# told, no meeting of parties.
RU_PRESS_EVENTS = frozenset({"пресс"})
RU_HELD_GATHERINGS = ("встреча", "переговоры", "заседание", "форум", "конференция", "совещание",
                      "саммит", "семинар", "презентация", "брифинг", "вебинар", "выставка",
                      "видеоконференция", "диалог", "консультация",
                      "разговор",  # `провел телефонный разговор`: talks by telephone
                      "беседа")  # `провел беседу с президентом`
# The errand people are sent on (`направлены на работу`, `для стажировки`) tells a sending verb
# sends people only as where they go, right after one of RU_SENT_TO: `средства направлены для
# улучшения работы служб` sends money, and no one.
# Bodies and places named by the training they give, the training noun in the genitive after
# them: `центр подготовки кадров`, `отдел обучения` name a place or a body, not a course held.
RU_TRAINING_PLACES = frozenset({"центр", "институт", "учреждение", "база", "отдел", "управление",
                                "департамент", "факультет", "кафедра"})
RU_SENDING = frozenset({"направить", "отправить"})
RU_ERRANDS = frozenset({"работа", "стажировка", "обучение"})
RU_SENT_TO = frozenset({"на", "для"})
# Triggers that report their type only beside one of these lemmas in the sentence: `провести`
# is a meeting with `встреча`, `начать` a construction with `строительство` (then the noun is the
# trigger), `передать` funding with goods or money.
NEEDS_CONTEXT = {
    ("meeting", "стол"): ("круглый",),  # `на круглом столе`, as English `round table`
    ("meeting", "провести"): RU_HELD_GATHERINGS,
    # `состоялась церемония передачи книг`, as English `the handover ceremony took place`
    ("meeting", "состояться"): (*RU_HELD_GATHERINGS, "визит", "церемония"),
    ("meeting", "принять"): ("визит", "делегация", "посол", "министр", "глава", "президент",
                             "председатель"),
    ("meeting", "обменяться"): ("мнение",),  # `стороны обменялись мнениями`: talks
    # an official's trip, as English `working trip`; not a tourist's (`поездка на Иссык-Куль`)
    ("meeting", "поездка"): ("рабочий", "официальный", "деловой"),
    # volunteers sent, arriving or at work, as English `volunteers arrived`; not what they did at
    # an event (`волонтеры исполнили песни`) or who met them
    **{("personnel", noun): ("работать", "трудиться", "служить", "прибыть", "приехать",
                             "направить", "отправить", "командировать", "программа")
       for noun in ("волонтер", "волонтёр")},
    # `принял участие в церемонии`, as English `took part in the ceremony`; not `участие в проекте`
    ("meeting", "участие"): (*RU_HELD_GATHERINGS, "церемония", "мероприятие"),
    ("launch", "начать"): ("работа", "деятельность", "реализация", "проект", "программа"),
    ("launch", "начаться"): ("работа", "деятельность", "реализация", "проект", "программа"),
    # `приступили к реализации программы`, `церемония старта проекта`
    **{("launch", word): ("реализация", "проект", "программа")
       for word in ("приступить", "приступать", "старт")},
    # `достигнуты соглашения`, as English `reached an agreement`; not `достигнет $5 млрд`
    **{("agreement", verb): ("соглашение", "договоренность", "договорённость")
       for verb in ("достигнуть", "достичь")},
    ("launch", "создать"): ("центр", "фонд", "совет", "компания", "предприятие", "платформа",
                            "группа"),
    ("launch", "торжественно"): ("открытие", "открыть", "запуск"),
    # `займет у Азиатского банка развития`: money borrowed from a lender is its loan, not `занял
    # первое место` (`у` follows the verb, see RU_CONTEXT_AFTER)
    ("funding", "занять"): ("у",),
    # support given with money (`проект будет поддержан грантом`), not with words or votes
    **{("funding", verb): ("грант", "кредит", "заем", "заём", "займ", "финансирование")
       for verb in RU_SUPPORTING},
    # `прорабатываются новые проекты`: projects being prepared, as `under discussion` in English
    **{("plan", verb): ("проект", "строительство", "создание", "открытие", "возможность")
       for verb in ("прорабатывать", "прорабатываться")},
    # a debt relieved is aid (`Россия списала долг`), as English `wrote off the debt`
    **{("funding", verb): ("долг", "задолженность") for verb in ("списать", "списывать",
                                                                  "списание")},
    # goods, aid or money handed over, or anything handed over as a gift: `передало первый
    # транш в размере 12 млн долларов`, `передало в дар 20 тысяч книг`
    ("funding", "передать"): (*RU_GOODS, "помощь", "грант", "сумма", "средство", "транш",
                              "дар"),
    # `церемония передачи техники`, `отправлен самолет с оборудованием`, `прислало 50
    # автомобилей`, `подарила больнице аппарат`: goods or aid handed over, supplied, delivered,
    # sent or given as a gift (not `подарили гостям цветы`)
    **{("funding", word): (*RU_GOODS, "помощь")
       for word in ("передача", "поставить", "доставить", "отправить", "прислать", "подарить",
                    "дарить")},
    # deliveries of aid, or paid from a grant or a contribution: `поставка оборудования
    # осуществлена за счет гранта` (not `поставки газа`, `наладила поставки оборудования`: trade)
    ("funding", "поставка"): ("помощь", "гуманитарный", "грант", "взнос"),
    # goods or aid that arrive are delivered: `в Ош прибудут 20 тонн семян`,
    # `поступила партия вакцин` (not a delegation arriving, nor a student enrolling)
    **{("funding", verb): (*RU_GOODS, "помощь") for verb in ("прибыть", "поступить")},
    # aid money put to a use is given, as English `the grant will be used to buy`: `часть
    # помощи будет потрачена на ремонт`, `средства кредита использованы на закупку`, `средства
    # пойдут на закупку`
    **{("funding", verb): ("помощь", "средство", "грант", "кредит", "заем", "заём", "деньги",
                           "деньга")  # Natasha's lemma of `деньги`
       for verb in RU_SPENDING_VERBS - {"направить"}},  # `направит $5 млн` sends money itself
    # `будут раздаваться продуктовые наборы`: goods handed out to people
    **{("funding", verb): (*RU_GOODS, "помощь", "набор", "продукт", "продовольствие")
       for verb in ("раздать", "раздавать", "раздаваться")},
    # `наборы будут распределены среди семей`: funds or goods shared out
    ("funding", "распределить"): (*RU_GOODS, "помощь", "набор", "продукт", "средство"),
    # `будут обеспечены медицинским оборудованием`, `оснастил клинику оборудованием`
    **{("funding", verb): RU_GOODS for verb in ("обеспечить", "оснастить")},
    ("funding", "помощь"): ("выделить", "оказать", "предоставить", "направить", "гуманитарный",
                            "передать"),
    ("funding", "гуманитарный"): ("помощь", "груз"),
    # a loan or a grant given or taken: `банк дает кредит`, `страна привлекла заем` (not `дал
    # импульс`, `привлечь инвесторов`)
    **{("funding", verb): RU_LENT for verb in RU_LOAN_VERBS},
    ("personnel", "пройти"): ("стажировка", "обучение", "подготовка", "курс"),
    ("personnel", "направить"): ("работа", "стажировка", "обучение", *RU_PROFESSIONALS,
                                 "волонтер", "эксперт", "гражданин", "трудовой"),
    ("personnel", "отправить"): ("работа", "стажировка", "обучение", *RU_PROFESSIONALS,
                                 "гражданин"),
    **{("personnel", verb): ("трудоустройство", "виза", "трудовой", "мигрант", "работник")
       for verb in ("выехать", "въехать", "прибыть")},
    ("personnel", "обучение"): (*RU_TRAINED_PEOPLE, "пройти"),
    ("personnel", "обучить"): RU_TRAINED_PEOPLE,
    # `подготовка` is as often a preparation (`подготовка к празднику`): of professionals only
    **{("personnel", word): RU_PROFESSIONALS for word in ("подготовка", "подготовить")},
    # works begun or under way, or paid for, as English `is financing the construction of`
    # (money put to them: see RU_SPENDING_VERBS)
    **{("construction", noun): (*BUILDING_UNDER_WAY, *WORKS_FINANCED)
       for noun in ("строительство", "реконструкция", "ремонт", "сооружение", "возведение")},
    # repair or building works carried out (`ремонтные работы проводятся`, `строительные работы
    # ведутся`); not a firm of that trade (`строительная компания`)
    **{("construction", adjective): WORKS_DONE for adjective in ("ремонтный", "строительный")},
    # preparations under way for a happening still to come (`идет подготовка к строительству`,
    # `началась подготовка к визиту`), as English `preparations are under way for`; not
    # preparations talked about (`подготовка к визиту обсуждалась`) or `подготовка специалистов`
    ("plan", "подготовка"): ("идти", "вестись", "начаться", "продолжаться", "стартовать"),
    # a visit one is invited to make is still to come (`пригласил президента с визитом`)
    **{("plan", verb): ("визит", "посетить", "посещение") for verb in RU_INVITING},
    ("plan", "ожидаться"): ("будущий", "год", "подписание", "строительство", "открытие",
                            "одобрение", "приезд", "прибытие", "поступление", "визит"),
    ("personnel", "принять"): ("работа",),
    # an agreement reached (`достигнута договоренность`) or a signed document approved
    ("agreement", "договоренность"): ("достигнуть", "достичь"),
    ("agreement", "утвердить"): ("соглашение", "меморандум", "договор", "контракт", "протокол",
                                 "документ"),
    # documents adopted (`приняли документы о сотрудничестве`), as English `adopted`
    ("agreement", "принять"): ("документ", "соглашение", "меморандум", "декларация",
                               "протокол", "заявление"),
    # people studying abroad (`в Корее обучаются 11 тысяч студентов`)
    ("personnel", "обучаться"): ("студент", "специалист", "гражданин", "врач", "сотрудник"),
}
# Documents one side signs alone, no deal, as English SIGNED_ALONE: `подписал указ`, `закон
# подписан`; a mandate letter, a letter of intent or exchange letters are a deal's (`мандатные
# письма`).
RU_SIGNED_ALONE = frozenset({"указ", "закон", "постановление", "распоряжение", "приказ",
                             "письмо", "петиция", "обращение"})
# What a body adopts, no guest it receives: `принято постановление президента` is no meeting with
# the president, as `принял посла` is.
RU_ADOPTED = RU_SIGNED_ALONE | {"решение", "резолюция", "мера", "программа", "бюджет"}
RU_DEAL_LETTERS = frozenset({"мандатный", "намерение", "обменный"})  # `обменные письма`
# Acts that do the deal their title names: `закон «О ратификации Соглашения ...»` ratifies it,
# as English `the law on ratification of the agreement`.
RU_ENACTING = frozenset({"закон", "законопроект", "указ", "постановление", "распоряжение"})
# Documents of a deal, whose signing is an agreement whatever else is signed beside them.
RU_DEAL_DOCUMENTS = frozenset({"соглашение", "меморандум", "договор", "контракт", "протокол",
                               "документ", "декларация", "нота", "договоренность"})
RU_SIGNING = frozenset({"подписать", "подписывать", "подписание", "подписаться"})
# What a ceremony marks when its holding is that event, no meeting (`состоялась церемония
# подписания`, `церемония открытия`), as English EVENT_CEREMONIES.
RU_EVENT_CEREMONIES = frozenset({*RU_SIGNING, "открытие", "запуск", "старт", "закладка",
                                 "ввод"})
SIGNED_REACH = 3  # words between a signing word and the document signed
# Triggers whose context word must be their object, right after them: `пройти обучение` is
# training, `заседание, которое пройдет` (in a sentence on its `подготовка`) only takes place;
# `приняли документы` adopts them, `принял участие в подписании` only took part; `займет ... у
# банка` borrows from a lender.
RU_CONTEXT_AFTER = {("personnel", "пройти"): 3, ("agreement", "принять"): 3,
                    ("funding", "занять"): 6,
                    **{("funding", verb): 2 for verb in RU_SUPPORTING}}  # `поддержан грантом`
# Gatherings whose opening is the start of a meeting, not a launch: `на открытии форума`, as in
# English (`the opening ceremony of the forum`).
RU_OPENED_GATHERINGS = frozenset({"мероприятие", "форум", "конференция", "выставка", "саммит",
                                  "сессия", "заседание", "совещание", "фестиваль", "съезд"})
GATHERING_WINDOW = 3  # words after `открытие` that may name the gathering
# What is opened in a figure of speech, no launch: `откроет новую главу в отношениях`, `открыло
# новую страницу`, `открывает возможности`, as English `opened a new chapter` (NOT_LAUNCHED).
RU_NOT_LAUNCHED = frozenset({"глава", "страница", "возможность", "перспектива", "горизонт", "эра",
                             "путь", "дверь", "этап"})
RU_OPENING = frozenset({"открыть", "открывать"})
# Funding verbs that always speak of money; the others (`выделить`, `предоставить`, `получить`)
# report funding only with a sum or an aid noun in the sentence.
FINANCING_VERBS = frozenset({*WORKS_FINANCED, "финансироваться", "инвестировать", "кредитовать",
                             "пожертвовать"})
# Triggers that report their event only in the plural: `планы` are intentions, a `план` of
# operations is a document; `консультации` are talks, a `консультация` is advice.
PLURAL_TRIGGERS = frozenset({"план", "консультация"})
# What a gift verb gives besides money nouns and sums: aid, funds (`выделить средства`) or
# goods (`передать оборудование`); and the kinds of support that are money or goods (`оказать
# финансовую поддержку`).
AID_LEMMAS = frozenset({"помощь", "средство", *RU_GOODS})
# Aid that a sum in its sentence prices is funding, as a grant is, with no verb of giving (`общая
# сумма помощи составляет $56 млн`)
RU_PRICED_AID = frozenset({"помощь"})
RU_CLAUSE_CONJUNCTIONS = frozenset({"и", "а", "но", "или"})  # they join clauses, each its own
# Money a gift verb gives when it is the verb's own object (`выделял финансы на выборы`), not a
# word elsewhere in the sentence (`выделили время на обсуждение финансов`).
RU_MONEY_WORDS = frozenset({"финансы", "деньги", "деньга"})  # Natasha's lemma of `деньги`
RU_PAID_SUPPORT = frozenset({"финансовый", "материальный", "бюджетный", "гуманитарный"})
# Funding triggers that report funding only with a sum in the sentence or with a gift verb.
FUNDING_NOUNS = frozenset({"грант", "кредит", "заем", "заём", "займ", "субсидия", "финансирование",
                           "инвестирование", "безвозмездный"})
# Adjectives of aid money, funding triggers with a sum in the sentence (`грантовая помощь
# составит 3 млн долларов`, `подписали кредитные соглашения на 940 млн долларов`); as a word of
# the sentence they make no other verb a gift (`комиссия одобрила текст грантового договора`).
RU_GRANT_ADJECTIVES = frozenset({"грантовый", "кредитный"})
# Verbs whose infinitive is a plan the parties agreed on or decided (`договорились организовать
# визит`), as English `agreed to build`.
AGREED_TO = frozenset({"договориться", "решить", "согласиться", "условиться"})
# Words of what must be done, whose infinitive is a plan and not yet done (`необходимо провести
# встречу`, `стороны должны подписать`, `предстоит начать строительство`).
DEONTIC = frozenset({"необходимый", "нужный", "надо", "следовать", "должный", "обязанный",
                     "предстоять",
                     # a deed instructed is still to be done: `поручил правительству построить`
                     "поручить", "поручать"})
# Words that set a happening before the story's (`достигнутых ранее соглашений`): background.
RU_EARLIER = frozenset({"ранее", "прежде", "раньше"})
# Verbs by which a document provides for what it funds or builds: with that happening named,
# they report it, not a plan of their own (`соглашение предусматривает выделение средств`).
PROVIDING_FOR = frozenset({"предусматривать", "предусматриваться"})
# Verbs of intention whose infinitive is only intended (`планирует построить завод`,
# `предусматривается подписать`, `намерен выделить`, a readiness voiced or stated: `выразила
# готовность построить`, `готова выделить`, an aim: `у нас цель выделить`): a plan, as English
# `plans to build`; funding stays funding.
RU_INTENT_VERBS = frozenset({"планировать", "планироваться", "намереваться", "намерен",
                             "намеренный", "собираться", "предполагаться", "предусматривать",
                             "предусматриваться", "намечаться", "готовность", "готовый",
                             "намерение", "цель"})
# Verbs of proposal: the action they propose is only a plan (`предложил создать фонд`), as
# English `proposed to set up`.
RU_PROPOSAL_VERBS = frozenset({"предложить", "предлагать"})
# Verbs of promise: the action they promise is planned, funding too (`пообещал выделить`).
RU_PROMISE_VERBS = frozenset({"обещать", "пообещать", "обязаться"})
# Forms of `быть` that put the verb after them in the future (`будет завершен`).
FUTURE_BE = frozenset({"буду", "будешь", "будет", "будем", "будете", "будут"})
# Verbs of a future that is no one's plan: a property or a figure (`будет составлять`, `станет`),
# an effect a thing will have (`поможет`, `позволит`, `охватит пять школ`), as in English.
RU_NOT_ACTIONS = frozenset({
    "быть", "стать", "являться", "составить", "составлять", "иметь", "оставаться", "остаться",
    "стоить", "насчитывать", "мочь", "помочь", "способствовать", "содействовать", "позволить",
    "обеспечить", "улучшить", "укрепить", "усилить", "повысить", "снизить", "сократить", "служить",
    "послужить", "принести", "охватить", "дать", "сэкономить", "удвоить", "вырасти", "расти",
    "превысить", "достигнуть", "достичь", "пойти", "включать", "включить",  # figures, parts
    "напомнить", "отметить", "добавить", "подчеркнуть", "уточнить",  # the writer's asides
    # (`напомним`, `отметим`), no one's plan
    "погашаться", "погасить", "погашать",  # a loan's term (`будет погашаться
    # в течение 25 лет`), as English TERM_VERBS
    "поблагодарить", "благодарить", "выразить", "пожелать",  # courtesies (`выразит
    # благодарность`, `пожелал успехов`), no action planned
})  # fmt: skip
# Subordinators whose clause states a condition or a time, not a plan: `если ... будет
# сохранена`, as English `if`.
RU_CONDITION_MARKS = frozenset({"если", "когда", "пока", "коль", "ежели"})
# Words that open a clause after a trigger telling what was agreed, said or described
# (`договорились о том, что ... будут`, `соглашение, по которому будет построен`): a future in
# that clause is its content's, not the trigger's.
RU_CLAUSE_OPENERS = frozenset({"что", "чтобы", "который"})
# Negation: the event did not happen.
NEGATION = frozenset({"не", "нет", "ни"})
# Question words that open an indirect question (`На какие цели пойдут средства, он не уточнил`),
# and the verbs of telling which, negated, say the answer was not given: nothing happened in
# such a sentence, it says what is not known.
RU_QUESTION_WORDS = frozenset({"какой", "куда", "сколько", "когда", "зачем", "почему", "где"})
RU_TELLING = frozenset({"уточнять", "уточнить", "сообщать", "сообщить", "сообщаться", "раскрывать",
                        "раскрыть", "называть", "назвать", "говорить", "сказать"})
# Prepositions `about`: a happening named after them is what is talked or asked about
# (`переговоры об открытии завода`, `вопрос о выделении кредита`), not one that took place.
ABOUT = frozenset({"о", "об", "обо"})
# Words before `о` that make the funding after it known or decided, so that it happened
# (`объявило о выделении $3 млн`, `решение о выделении средств`), as English `announced $3 million`.
RU_MADE_KNOWN = frozenset({"объявить", "объявлять", "анонсировать", "сообщить", "сообщать",
                           "решение", "постановление", "распоряжение"})
# Verbs and the preposition by which one speaks for a happening not yet come (`выступил за
# подписание программы`, `призвал к строительству`): a plan urged, not the happening.
ADVOCACY = frozenset({("выступить", "за"), ("выступать", "за"), ("призвать", "к"),
                      ("призывать", "к"),
                      # a readiness for it, as English `readiness for building`
                      ("готовность", "к"),
                      # agreed on, as English `agreed to build`: `договорились о строительстве`
                      ("договориться", "о"), ("договориться", "об"), ("условиться", "о")})
# Verbs of the effect a happening will have (`встреча даст импульс`, `подписание позволит`): the
# happening is talked about, told elsewhere or still to come, not reported by the sentence.
RU_EFFECT_VERBS = frozenset({"дать", "позволить", "помочь", "способствовать", "стать",
                             "открыть", "придать"})
# `может`, `могут`: an action that may happen, hedged, as English `may`.
HEDGE_LEMMAS = frozenset({"мочь"})
# Words that point back at a happening already told (`этот визит`, `по итогам данной встречи`),
# as `the meeting` does in English: no new meeting.
RU_BACK_REFERENCES = frozenset({"этот", "данный", "указанный", "вышеупомянутый"})
# Words after which a meeting is still ahead, not held: `в преддверии саммита`, `накануне визита`.
RU_AHEAD_WORDS = frozenset({"преддверие", "канун", "накануне"})
# Words after which a meeting is the one told earlier in the story, if any: `по итогам встречи`,
# `в конце встречи`, `по завершении встречи`.
RU_RESULT_WORDS = frozenset({"итог", "конец", "завершение"})
