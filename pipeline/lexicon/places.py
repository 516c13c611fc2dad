"""Countries, their adjectives and official names, and the words of place names."""

from __future__ import annotations

COUNTRIES = frozenset({
    "afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "bangladesh", "belarus", "belgium", "bhutan", "bolivia", "brazil", "bulgaria",
    "cambodia", "canada", "chile", "china", "colombia", "croatia", "cuba", "cyprus", "czechia",
    "czech republic", "denmark", "egypt", "estonia", "ethiopia", "finland", "france", "georgia",
    "germany", "ghana", "greece", "hungary", "iceland", "india", "indonesia", "iran", "iraq",
    "ireland", "israel", "italy", "japan", "jordan", "kazakhstan", "kenya", "korea",
    "south korea", "north korea", "republic of korea", "kuwait", "kyrgyzstan", "kyrgyz republic",
    "laos", "latvia", "lebanon", "libya", "lithuania", "luxembourg", "malaysia", "mexico",
    "moldova", "mongolia", "morocco", "myanmar", "nepal", "netherlands", "new zealand",
    "nigeria", "norway", "oman", "pakistan", "peru", "philippines", "poland", "portugal",
    "qatar", "romania", "russia", "russian federation", "saudi arabia", "serbia", "singapore",
    "slovakia", "slovenia", "south africa", "spain", "sri lanka", "sweden", "switzerland",
    "syria", "taiwan", "tajikistan", "thailand", "tunisia", "turkey", "türkiye",
    "turkmenistan", "ukraine", "united arab emirates", "uae", "united kingdom", "uk",
    "united states", "usa", "us", "u.s.", "uzbekistan", "venezuela", "vietnam", "viet nam",
    "yemen", "europe", "asia", "central asia", "east asia", "africa", "america",
    "soviet union", "ussr",  # a former state, named in every history of the region's ties
})
# Continents and regions among them, whose adjective names a union's bodies (`European
# Commission`), not one country's.
REGIONS = frozenset({"europe", "asia", "central asia", "east asia", "africa", "america"})
# Official names that stand for a country: `the Kyrgyz Republic`, `the Republic of Tajikistan`.
COUNTRY_ALIASES = {
    "kyrgyz republic": "kyrgyzstan", "republic of korea": "korea", "south korea": "korea",
    "republic of kazakhstan": "kazakhstan", "republic of tajikistan": "tajikistan",
    "republic of uzbekistan": "uzbekistan", "russian federation": "russia", "türkiye": "turkey",
    "usa": "united states", "us": "united states", "u.s.": "united states",
    "uk": "united kingdom", "viet nam": "vietnam", "czechia": "czech republic",
}
# Adjectives of nationality and the country they point to.
DEMONYMS = {
    "afghan": "afghanistan", "american": "united states", "armenian": "armenia",
    "australian": "australia", "austrian": "austria", "azerbaijani": "azerbaijan",
    "belarusian": "belarus", "british": "united kingdom", "canadian": "canada",
    "chinese": "china", "dutch": "netherlands", "european": "europe", "finnish": "finland",
    "french": "france", "georgian": "georgia", "german": "germany", "indian": "india",
    "indonesian": "indonesia", "iranian": "iran", "italian": "italy", "japanese": "japan",
    "kazakh": "kazakhstan", "kazakhstani": "kazakhstan", "korean": "korea",
    "south korean": "korea", "kyrgyz": "kyrgyzstan", "malaysian": "malaysia",
    "mongolian": "mongolia", "norwegian": "norway", "pakistani": "pakistan", "polish": "poland",
    "russian": "russia", "saudi": "saudi arabia", "spanish": "spain", "swedish": "sweden",
    "swiss": "switzerland", "tajik": "tajikistan", "thai": "thailand", "turkish": "turkey",
    "turkmen": "turkmenistan", "ukrainian": "ukraine", "uzbek": "uzbekistan",
    # the `-i` and `-ian` forms some outlets use (`Uzbekistani engineers`, `Turkmenian side`)
    "uzbekistani": "uzbekistan", "tajikistani": "tajikistan", "kyrgyzstani": "kyrgyzstan",
    "turkmenistani": "turkmenistan", "turkmenian": "turkmenistan",
    "vietnamese": "vietnam", "latvian": "latvia", "lithuanian": "lithuania",
    "estonian": "estonia", "czech": "czech republic", "slovak": "slovakia",
    "hungarian": "hungary", "romanian": "romania", "bulgarian": "bulgaria", "danish": "denmark",
    "belgian": "belgium", "irish": "ireland", "greek": "greece", "portuguese": "portugal",
    "serbian": "serbia", "croatian": "croatia", "slovenian": "slovenia", "icelandic": "iceland",
    "emirati": "united arab emirates", "qatari": "qatar", "kuwaiti": "kuwait",
    "omani": "oman", "egyptian": "egypt", "israeli": "israel", "iraqi": "iraq",
    "syrian": "syria", "jordanian": "jordan", "bangladeshi": "bangladesh",
    "nepalese": "nepal", "sri lankan": "sri lanka", "singaporean": "singapore",
    "filipino": "philippines", "brazilian": "brazil", "mexican": "mexico",
}
# Peoples named by a noun of their own, not an adjective (`Ahiska Turks`, `the Uyghurs`); a
# demonym's plural (`Koreans`) names one too.
ETHNONYMS = frozenset({"turk", "turks", "uyghur", "uyghurs", "uighur", "uighurs", "karakalpak",
                       "karakalpaks", "tatar", "tatars", "pashtun", "pashtuns", "hazara",
                       "hazaras"})
# Words of place names, which the NER sometimes labels ORG: `Khatlon Region`.
PLACE_WORDS = frozenset({
    "region", "oblast", "province", "district", "city", "river", "lake", "valley", "street",
    "avenue", "square", "village", "county", "prefecture", "mountains", "sea", "desert",
    "darya", "daryo",  # `Amu Darya`, `Syr Darya`: darya is Persian for river
})
# Country names (after COUNTRY_ALIASES) whose ISO 3166-1 entry pycountry files under another
# name: `Korea` in this domain's news is the Republic of Korea.
ISO_NAMES = {"korea": "KOR", "russia": "RUS", "turkey": "TUR", "uae": "ARE", "iran": "IRN",
             "laos": "LAO", "syria": "SYR", "taiwan": "TWN", "vietnam": "VNM", "moldova": "MDA",
             "bolivia": "BOL", "venezuela": "VEN", "czech republic": "CZE"}
# Russian short names that differ from pycountry's Russian official names.
RU_COUNTRY_NAMES = {"корея": "KOR", "южная корея": "KOR", "кнр": "CHN", "сша": "USA",
                    "америка": "USA", "россия": "RUS", "рф": "RUS", "кыргызстан": "KGZ",
                    "кыргызская республика": "KGZ",
                    "киргизия": "KGZ", "киргизстан": "KGZ", "британия": "GBR",
                    "великобритания": "GBR", "оаэ": "ARE", "иран": "IRN", "турция": "TUR",
                    "туркмения": "TKM",
                    # acronyms of the region's republics as their own press writes them (`МИД
                    # РТ`, `посол Японии в КР`); `РК` is left out: Kazakhstan's and Korea's alike
                    "рт": "TJK", "руз": "UZB", "кр": "KGZ"}
# Capitals that news uses for their states (`Beijing gave Dushanbe a grant`, `Пекин выдал
# Душанбе грант`): the region's and its partners', in English and Russian.
CAPITALS = {
    "astana": "KAZ", "nur-sultan": "KAZ", "bishkek": "KGZ", "dushanbe": "TJK", "tashkent": "UZB",
    "ashgabat": "TKM", "ashkhabad": "TKM", "tokyo": "JPN", "seoul": "KOR", "beijing": "CHN",
    "ankara": "TUR", "moscow": "RUS", "washington": "USA", "berlin": "DEU", "paris": "FRA",
    "london": "GBR", "new delhi": "IND", "kabul": "AFG", "tehran": "IRN", "baku": "AZE",
    "abu dhabi": "ARE", "riyadh": "SAU", "doha": "QAT", "islamabad": "PAK",
    "астана": "KAZ", "бишкек": "KGZ", "душанбе": "TJK", "ташкент": "UZB", "ашхабад": "TKM",
    "токио": "JPN", "сеул": "KOR", "пекин": "CHN", "анкара": "TUR", "москва": "RUS",
    "вашингтон": "USA", "берлин": "DEU", "париж": "FRA", "лондон": "GBR", "нью-дели": "IND",
    "кабул": "AFG", "тегеран": "IRN", "баку": "AZE", "абу-даби": "ARE", "эр-рияд": "SAU",
    "доха": "QAT", "исламабад": "PAK",
}
# Compass words that qualify a region and need its noun: `Central and West Asia`.
COMPASS_WORDS = frozenset({"central", "west", "east", "north", "south", "western", "eastern",
                           "northern", "southern", "middle", "southeast", "northeast", "southwest",
                           "northwest"})
