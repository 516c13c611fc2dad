"""Event roles: the giving (`source`) and the receiving (`target`) side of each event, and the
country codes actors carry."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.names import country_code
from pipeline.nlp import make_doc, russian_nlp
from pipeline.records import doc_records
from pipeline.schema import Actor, Event

REFERENCE = "2025-06-12"


def sides(nlp: Language, text: str, kind: str) -> tuple[list[str], list[str]]:
    """(source, target) of the event of `kind` in `text`: organisation names, persons, and
    countries by their alpha-3 code."""
    records = doc_records(nlp(make_doc(nlp, text, REFERENCE)))
    names = {o.id: o.name for o in records["organizations"]}
    event = next(e for e in records["events"] if e.type == kind)
    return label(event.source, names), label(event.target, names)


def label(actors: list[Actor], names: dict[str, str]) -> list[str]:
    return [a.code if a.kind == "country" else names[a.id] if a.id else a.name for a in actors]


def events_of(nlp: Language, text: str) -> list[Event]:
    return doc_records(nlp(make_doc(nlp, text, REFERENCE)))["events"]


# --- funding -------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "source", "target"), [
    ("Japan will provide Uzbekistan with a grant of $20 million.", ["JPN"], ["UZB"]),
    ("The Asian Development Bank approved a $50 million loan to Tajikistan.",
     ["Asian Development Bank"], ["TJK"]),
    ("A loan of $100 million was provided by the World Bank to Kyrgyzstan.",
     ["World Bank"], ["KGZ"]),
    ("Japan intends to allocate a grant of $3 million to Tajikistan.", ["JPN"], ["TJK"]),
])
def test_the_giver_is_the_subject_or_the_agent_and_the_receiver_the_object_or_to(
        nlp: Language, text: str, source: list[str], target: list[str]) -> None:
    assert sides(nlp, text, "funding") == (source, target)


@pytest.mark.parametrize(("text", "source"), [
    # what a passive participle says is financed is no giver, whatever verb the sentence has
    ("The plan of the Cabinet of Ministers, financed by the World Bank, is entrusted to an "
     "agency.", ["World Bank"]),
    # a purpose infinitive after a noun takes the subject of the verb of that noun
    ("Japan signed an agreement with Uzbekistan to provide a loan of $5 million.", ["JPN"]),
])
def test_a_passive_participle_takes_no_giver_from_its_sentences_verb(
        nlp: Language, text: str, source: list[str]) -> None:
    assert sides(nlp, text, "funding")[0] == source


@pytest.mark.parametrize(("text", "source"), [
    # a place glued to a participle before a body names its seat or backer, no giver
    ("The Kuwait-based Arab Development Bank approved a $50 million loan to Tajikistan.",
     ["Arab Development Bank"]),
    ("The Japan-backed project will give $2 million to schools in Tajikistan.", ["JPN"]),
])
def test_a_place_describing_the_body_after_it_is_no_giver(
        nlp: Language, text: str, source: list[str]) -> None:
    assert sides(nlp, text, "funding")[0] == source


def test_a_receiving_verb_makes_its_subject_the_receiver(nlp: Language) -> None:
    text = "Kyrgyzstan received a loan of $30 million from the Asian Development Bank."
    assert sides(nlp, text, "funding") == (["Asian Development Bank"], ["KGZ"])


def test_a_host_receiving_a_guest_is_the_source_of_the_meeting(nlp: Language) -> None:
    text = "The President of Turkmenistan received the Japanese ambassador on Monday."
    source, target = sides(nlp, text, "meeting")
    assert source == ["TKM"] and target == ["JPN"]


def test_the_subject_of_the_reporting_verb_gives_when_the_event_says_it(nlp: Language) -> None:
    text = "The Asian Development Bank said it has approved a $20 million loan to Tajikistan."
    assert sides(nlp, text, "funding") == (["Asian Development Bank"], ["TJK"])


def test_the_assistance_of_a_country_names_the_giver(nlp: Language) -> None:
    text = "With the assistance of Japan, the agency delivered 400 tons of flour to Kyrgyzstan."
    source, target = sides(nlp, text, "funding")
    assert "JPN" in source and "JPN" not in target


def test_whose_aid_it_is_names_the_giver(nlp: Language) -> None:
    text = "The new clinics are funded through Japan's grant assistance of $2 million."
    assert sides(nlp, text, "funding")[0] == ["JPN"]


def test_whose_aid_an_official_oversees_gives_no_side_to_a_meeting(nlp: Language) -> None:
    text = ("Ms. Kato, who oversees Japan's grant assistance, held talks with the governor of "
            "Osh on Monday.")
    source, target = sides(nlp, text, "meeting")
    assert "JPN" not in source + target


def test_a_place_receives_only_when_nothing_else_does(nlp: Language) -> None:
    assert sides(nlp, "China will build a new plant in Kazakhstan.", "construction") == (
        ["CHN"], ["KAZ"])
    _, target = sides(nlp, "Mr. Kishida met President Tokayev in Japan.", "meeting")
    assert "JPN" not in target  # a meeting's place is no side of it


# --- what takes no side ---------------------------------------------------------------------
def test_the_bank_stands_for_the_one_bank_the_story_names(nlp: Language) -> None:
    text = ("The Steppe Development Bank is active in Kyrgyzstan. The Bank will lend $60 "
            "million to Kyrgyzstan for roads.")
    assert sides(nlp, text, "funding") == (["Steppe Development Bank"], ["KGZ"])
    # two banks named: `the Bank` is either; a name going on after it is another name
    two = "The Steppe Development Bank and the Valley Bank met. " + text.split(". ")[1]
    assert sides(nlp, two, "funding") == ([], ["KGZ"])
    other = text.replace("The Bank will lend", "The Bank Pamir will lend")
    assert "Steppe Development Bank" not in sides(nlp, other, "funding")[0]


def test_an_outlet_reporting_the_news_is_no_actor(nlp: Language) -> None:
    text = "Japan will provide Kyrgyzstan with a grant of $5 million, Kabar reports."
    source, target = sides(nlp, text, "funding")
    assert "Kabar" not in source + target and (source, target) == (["JPN"], ["KGZ"])


def test_an_outlet_credited_in_a_dateline_is_no_actor(nlp: Language) -> None:
    text = "TOKYO, May 3 (Kyodo News) - Japan will provide Tajikistan with a $4 million grant."
    source, target = sides(nlp, text, "funding")
    assert not any("Kyodo" in name for name in source + target)


def test_an_outlet_credited_in_a_bracket_opening_the_sentence_is_no_actor(
        nlp: Language) -> None:
    text = ("(Newswire- Steppe News Agency) DUSHANBE, Tajikistan, May 3. Tajikistan and the "
            "Asian Development Bank have signed a $40 million loan agreement.")
    source, target = sides(nlp, text, "funding")
    assert not any("Steppe" in name for name in source + target)
    aside = "(In Osh) The Asian Development Bank will provide Tajikistan with a $4 million grant."
    assert sides(nlp, aside, "funding")[0] == ["Asian Development Bank"]  # a bracket ends there


def test_where_a_funding_deal_was_signed_is_no_recipient(nlp: Language) -> None:
    text = ("A loan agreement for $20 million was signed in Jeddah, Saudi Arabia by the "
            "Islamic Development Bank.")
    assert sides(nlp, text, "funding") == (["Islamic Development Bank"], [])
    built = "The Islamic Development Bank will fund new schools in Tajikistan."
    assert sides(nlp, built, "funding")[1] == ["TJK"]  # where the money goes


@pytest.mark.parametrize("text", [
    "A loan agreement for $30 million was signed in May in Manila between the "
    "Government of Kyrgyzstan, represented by Almaz Osmonov, Minister of Finance, and the Asian "
    "Development Bank, represented by its director Ken Sato.",
    "A loan agreement for $30 million was signed in Manila between the Government of "
    "Kyrgyzstan, represented by Almaz Osmonov, Minister of Finance, and the Asian Development "
    "Bank, represented by its director Ken Sato.",
])
def test_a_party_after_another_partys_representative_is_the_other_side(
        nlp: Language, text: str) -> None:
    assert sides(nlp, text, "agreement") == (["Government of Kyrgyzstan"],
                                              ["Asian Development Bank"])


def test_a_representative_with_no_party_after_him_adds_no_side(nlp: Language) -> None:
    text = ("A loan agreement for $30 million was signed by the Asian Development Bank, "
            "represented by its director Ken Sato.")
    assert sides(nlp, text, "agreement")[1] == []


def test_an_agency_in_capitals_split_from_its_place_is_no_actor(nlp: Language) -> None:
    text = ("DUSHANBE. STEPPEINFORM - Government of Japan has decided to extend a grant of "
            "$2 million to Tajikistan.")
    source, _ = sides(nlp, text, "funding")
    assert not any("STEPPEINFORM" in name for name in source)
    acronym = "UNDP - the UN development agency - will provide Tajikistan with a new grant."
    assert sides(nlp, acronym, "funding")[0] == ["UNDP"]  # an aside, the UN only describing it


def test_an_actor_named_in_apposition_is_the_actor(nlp: Language) -> None:
    text = "The aid agency of Japan, JICA, will provide Tajikistan with a new grant."
    assert "JICA" in sides(nlp, text, "funding")[0]


def test_the_places_of_a_dateline_are_no_actors(nlp: Language) -> None:
    text = ("Almaty, Kazakhstan (KazWire.com) — The Asian Development Bank (ADB) has approved a "
            "US$90 million loan to improve rural roads in Kazakhstan.")
    source, target = sides(nlp, text, "funding")
    assert source == ["Asian Development Bank"] and target == ["KAZ"]


def test_a_donor_set_off_by_dashes_is_no_dateline(nlp: Language) -> None:
    text = "Japan — the largest donor in the region — will provide Tajikistan with a new grant."
    source, _ = sides(nlp, text, "funding")
    assert source == ["JPN"]


def test_a_capital_acting_stands_for_its_state(nlp: Language) -> None:
    assert sides(nlp, "Beijing will give Dushanbe a $50 million grant.", "funding") == (
        ["CHN"], ["TJK"])
    assert sides(nlp, "Riyadh will give Bishkek a $30 million grant.", "funding") == (
        ["SAU"], ["KGZ"])  # a Gulf partner's capital too


def test_the_capital_of_a_dateline_is_no_side(nlp: Language) -> None:
    text = "TASHKENT, May 3 (Kyodo) - Japan will provide Kyrgyzstan with a $4 million grant."
    assert sides(nlp, text, "funding") == (["JPN"], ["KGZ"])


def test_according_to_names_no_side(nlp: Language) -> None:
    source, target = sides(nlp, "According to Xinhua, China will build a plant in Kazakhstan.",
                           "construction")
    assert "Xinhua" not in source + target


def test_an_actor_in_a_relative_clause_belongs_to_that_clause(nlp: Language) -> None:
    text = ("The EBRD is providing a $10 million loan to Ipoteka Bank, which is controlled by "
            "the OTP Group of Hungary.")
    source, target = sides(nlp, text, "funding")
    assert "HUN" not in source and not any("OTP" in name for name in source)


def test_the_sides_of_another_happening_are_not_the_events(nlp: Language) -> None:
    text = ("On the sidelines of a summit between Korea and Uzbekistan, the agency signed a "
            "memorandum on water projects.")
    source, target = sides(nlp, text, "agreement")
    assert not {"KOR", "UZB"} & set(source + target)


def test_a_route_from_one_country_to_another_is_no_transfer(nlp: Language) -> None:
    text = "The bank will finance the upgrade of a road from Kazakhstan to China for $40 million."
    source, target = sides(nlp, text, "funding")
    assert "CHN" not in target and "KAZ" not in source


def test_the_country_a_title_is_accredited_to_is_no_receiver(nlp: Language) -> None:
    text = ("The Ambassador of Japan to Kyrgyzstan handed over two ambulances to the regional "
            "hospital.")
    source, target = sides(nlp, text, "funding")
    assert "KGZ" not in target


def test_the_country_of_a_currency_is_no_actor(nlp: Language) -> None:
    text = "Japanese companies signed contracts with Turkmenistan worth US $ 10 billion."
    source, target = sides(nlp, text, "agreement")
    assert "USA" not in source + target and "TKM" in target
    source, target = sides(nlp, "Japan donated 270 thousand US dollars to Uzbekistan.", "funding")
    assert (source, target) == (["JPN"], ["UZB"])


def test_a_country_before_a_count_it_is_given_receives(nlp: Language) -> None:
    text = "Japan gave Uzbekistan 20 buses for the city of Samarkand."
    assert sides(nlp, text, "funding") == (["JPN"], ["UZB"])


def test_a_country_before_a_sum_with_its_sign_receives(nlp: Language) -> None:
    text = "Japan gave Uzbekistan $20 million for the city of Samarkand."
    assert sides(nlp, text, "funding") == (["JPN"], ["UZB"])


# --- agreements and meetings: two sides ------------------------------------------------------
def test_two_subjects_are_the_two_sides_of_an_agreement(nlp: Language) -> None:
    text = "Uzbekistan and the European Bank signed an agreement in Tashkent on Friday."
    source, target = sides(nlp, text, "agreement")
    assert source == ["UZB"] and target == ["European Bank"]


def test_signing_with_names_the_other_side(nlp: Language) -> None:
    text = "Kazakhstan signed a memorandum with Korea on cooperation in energy."
    assert sides(nlp, text, "agreement") == (["KAZ"], ["KOR"])


def test_between_names_both_sides_in_order(nlp: Language) -> None:
    text = "A memorandum was signed between Turkmenistan and Japan on Tuesday."
    assert sides(nlp, text, "agreement") == (["TKM"], ["JPN"])


def test_the_first_of_the_parties_brought_together_is_the_first_side(nlp: Language) -> None:
    text = "The summit on Tuesday will bring together Korea and Kazakhstan in Seoul."
    assert sides(nlp, text, "meeting") == (["KOR"], ["KAZ"])


def test_a_person_and_the_country_of_their_title_are_one_side(nlp: Language) -> None:
    text = "Kazakhstan's Foreign Minister Murat Nurtileu and Japan held talks in Astana."
    source, target = sides(nlp, text, "meeting")
    assert "KAZ" in source and "JPN" in target


def test_a_person_named_after_a_role_is_an_actor(nlp: Language) -> None:
    text = "Minister Ruslan Kazakbaev received the delegation of the agency on Friday."
    source, _ = sides(nlp, text, "meeting")
    assert any("Kazakbaev" in name for name in source)


# --- countries ---------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "code"), [
    ("Japan", "JPN"), ("Japanese", "JPN"), ("the Kyrgyz Republic", "KGZ"), ("Korea", "KOR"),
    ("Türkiye", "TUR"), ("Япония", "JPN"), ("Южная Корея", "KOR"), ("Узбекистан", "UZB"),
    ("Central Asia", None), ("Tashkent", None), ("Kabar", None),
    ("Японии", "JPN"), ("Казахстана", "KAZ"), ("Китая", "CHN"),  # genitives of country names
    ("Узбекистану", "UZB"), ("Таджикистане", "TJK"), ("Китаю", "CHN"),  # other cases
    ("Душанбе", None), ("Республики", None), ("Кабаре", None),
    # every word of a longer name inflected
    ("Кыргызской Республики", "KGZ"), ("Республике Узбекистан", "UZB"), ("Южной Кореи", "KOR"),
    ("Центральной Азии", None), ("Ошской области", None),
])
def test_country_codes_of_names_adjectives_and_russian_names(name: str, code: str | None
                                                              ) -> None:
    from pipeline.names import country_code
    assert country_code(name) == code


@pytest.mark.parametrize(("place", "code"), [
    ("Uzbekistan", "UZB"), ("Bukhara, Uzbekistan", "UZB"), ("Osh", None), ("Osh, Chui", None),
])
def test_a_place_names_its_country_itself_or_after_a_comma(place: str, code: str | None
                                                           ) -> None:
    from pipeline.names import place_country
    assert place_country(place) == code


def test_an_organisation_states_its_country_in_its_name(nlp: Language) -> None:
    from pipeline.names import country_in_names
    assert country_in_names(["Uzbekistan\u2019s Migration Agency"]) == "UZB"
    assert country_in_names(["Government of Japan"]) == "JPN"
    assert country_in_names(["Asian Development Bank"]) is None


# --- Russian ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def ru() -> Language:
    return russian_nlp()


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Япония выделит Узбекистану грант в размере 20 млн долларов.", ["JPN"], ["UZB"]),
    ("Казахстан и Корея подписали соглашение о сотрудничестве.", ["KAZ"], ["KOR"]),
    ("Япония выделит Узбекистану грант в размере $20 млн.", ["JPN"], ["UZB"]),
    ("Япония выделит Узбекистану €20 млн на ремонт школ.", ["JPN"], ["UZB"]),
])
def test_russian_sides_from_case(ru: Language, text: str, source: list[str],
                                 target: list[str]) -> None:
    kind = "agreement" if "соглашение" in text else "funding"
    assert sides(ru, text, kind) == (source, target)


def test_russian_acronym_opening_the_sentence_is_its_subject(ru: Language) -> None:
    text = "США в пятницу передали Таджикистану оборудование для пограничников."
    assert sides(ru, text, "funding") == (["USA"], ["TJK"])
    # inside the sentence its case comes from the words around it, as a receiver's does
    text = "Таджикистан получил от США оборудование для пограничников."
    assert sides(ru, text, "funding") == (["USA"], ["TJK"])


def test_russian_receiving_verb_and_from(ru: Language) -> None:
    source, target = sides(ru, "Узбекистан получил кредит от Азиатского банка развития.",
                           "funding")
    assert target == ["UZB"] and len(source) == 1 and source != ["UZB"]


def test_russian_giver_after_so_storony_gives_and_a_partner_after_s_receives(
        ru: Language) -> None:
    text = "Банк одобрил выделение Таджикистану кредита в размере $50 млн со стороны Японии."
    assert sides(ru, text, "funding") == (["JPN"], ["TJK"])
    text = "Таджикистан подписал соглашение с Японией о кредите."
    assert sides(ru, text, "agreement")[1] == ["JPN"]


def test_russian_borrower_takes_a_loan_from_the_lender_after_u(ru: Language) -> None:
    source, target = sides(ru, "Таджикистан берет кредит у Японии на 10 млн долларов.", "funding")
    assert (source, target) == (["JPN"], ["TJK"])


def test_russian_u_before_a_giver_of_a_giving_verb_changes_nothing(ru: Language) -> None:
    text = "Япония предоставит Таджикистану кредит на 10 млн долларов."
    assert sides(ru, text, "funding") == (["JPN"], ["TJK"])


def test_russian_country_handed_a_count_receives_though_the_verb_also_reports(
        ru: Language) -> None:
    text = "Корея передаст Таджикистану 40 машин скорой помощи."
    assert sides(ru, text, "funding") == (["KOR"], ["TJK"])
    text = "Корея выделит Таджикистану грант на 5 млн долларов, передает Sputnik."
    assert sides(ru, text, "funding") == (["KOR"], ["TJK"])  # the outlet is no side


def test_russian_capitals_acting_stand_for_their_states(ru: Language) -> None:
    text = "Пекин выдал Душанбе грант в размере 50 млн долларов."
    assert sides(ru, text, "funding") == (["CHN"], ["TJK"])


def test_russian_wire_dateline_between_slashes_names_no_side(ru: Language) -> None:
    text = "БАКУ /Trend/ - Азиатский банк развития выделил Узбекистану кредит на 90 млн долларов."
    source, target = sides(ru, text, "funding")
    assert "AZE" not in source + target and target == ["UZB"]


def test_russian_capital_as_the_place_of_a_school_adds_no_side(ru: Language) -> None:
    text = "Япония выделит Таджикистану грант на строительство школы в Душанбе."
    assert sides(ru, text, "funding") == (["JPN"], ["TJK"])


def codes(nlp: Language, text: str, kind: str) -> tuple[list[str], list[str]]:
    """(source, target) of the event of `kind` by country: a country's code, or the code of the
    country an organisation belongs to (`Правительство Японии`: JPN)."""
    event = next(e for e in events_of(nlp, text) if e.type == kind)
    return [a.code for a in event.source], [a.code for a in event.target]


def test_russian_genitive_takes_the_case_of_its_noun(ru: Language) -> None:
    text = "Правительство Японии выделило Таджикистану грант в размере 5 млн долларов."
    assert codes(ru, text, "funding") == (["JPN"], ["TJK"])
    assert sides(ru, text, "funding")[0] == ["Правительство Японии"]  # the government as a body


def test_russian_genitive_after_aid_names_the_giver(ru: Language) -> None:
    text = "Узбекистан получит 3 млн долларов в рамках помощи правительства Японии."
    source, target = codes(ru, text, "funding")
    assert "JPN" in source and "JPN" not in target


def test_russian_people_from_a_country_are_its_side(ru: Language) -> None:
    source, target = sides(ru, "В Японию на работу отправлены 200 граждан из Узбекистана.",
                           "personnel")
    assert source == ["UZB"] and "UZB" not in target


def test_russian_outlet_after_a_verb_of_reporting_is_no_actor(ru: Language) -> None:
    text = "Япония выделила Киргизии грант в размере 2 млн долларов, сообщает Kabar."
    source, target = sides(ru, text, "funding")
    assert (source, target) == (["JPN"], ["KGZ"])


def test_russian_body_whose_press_service_reports_the_news_is_no_actor(ru: Language) -> None:
    text = ("Узбекистан получит 3 млн долларов от Агентства США по международному развитию, "
            "сообщает пресс-служба посольства США в стране.")
    assert sides(ru, text, "funding")[1] == ["UZB"]
    given = "Япония передала оборудование пресс-службе министерства здравоохранения Киргизии."
    assert sides(ru, given, "funding")[1]  # a press service that receives is a side


def test_russian_who_told_the_news_and_whom_are_no_actors(ru: Language) -> None:
    text = ("Как сообщили «АП» в посольстве Японии, было подписано грантовое соглашение между "
            "правительством Киргизии и Японией.")
    source, target = sides(ru, text, "agreement")
    assert "АП" not in source + target and "JPN" in source + target
    told = "Япония выделила Киргизии грант, а «Вести» передали его школам."  # not a credit
    assert "KGZ" in sides(ru, told, "funding")[1]


def test_russian_body_that_told_the_news_after_the_story_is_no_actor(ru: Language) -> None:
    text = ("Фонд развития Кувейта выделит 20 млн долларов на ремонт дороги, сообщили сегодня в "
            "пресс-службе министерства транспорта Таджикистана.")
    source, target = sides(ru, text, "funding")
    assert not any("министерств" in name.lower() for name in source + target)
    handed = "Китай, по данным посольства, передал Министерству здравоохранения Киргизии 50 машин."
    assert sides(ru, handed, "funding")[1]  # a verb that hands over: its dative receives


@pytest.mark.parametrize("dash", ["--", "\u2014"])
def test_russian_wire_dateline_with_its_date_names_no_side(ru: Language, dash: str) -> None:
    text = (f"Бишкек, 12 мая /Кабар/ {dash} Всемирный банк выделит Киргизии кредит на "
            "строительство дороги.")
    assert sides(ru, text, "funding") == (["Всемирный банк"], ["KGZ"])
    # a dash after words that are no place, date or credit closes no dateline
    told = f"Япония, как и Корея, {dash} Киргизии выделит кредит на строительство дороги."
    assert "JPN" in sides(ru, told, "funding")[0]


@pytest.mark.parametrize(("acronym", "code"), [("РТ", "TJK"), ("КР", "KGZ")])
def test_russian_acronym_of_a_republic_of_the_region_is_its_country(
        ru: Language, acronym: str, code: str) -> None:
    text = f"Правительство Японии выделило правительству {acronym} грант в размере 5 млн долларов."
    assert codes(ru, text, "funding") == (["JPN"], [code])


def test_russian_acronym_two_states_share_names_no_country() -> None:
    assert country_code("РК") is None  # Kazakhstan's and Korea's alike


def test_russian_place_is_no_side_of_a_meeting(ru: Language) -> None:
    for event in events_of(ru, "Министр встретился с послом в Ташкенте."):
        assert event.source == [] and event.target == []
