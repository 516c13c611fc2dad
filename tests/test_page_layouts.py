"""Page layouts seen across news sites: where the headline and the date stand, what stands
before and after the story, and what of the page is furniture. Texts are written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pipeline.clean import clean_page, headline_text, rule_reason
from pipeline.ingest import RawPage
from pipeline.pagedates import read_opening_date, split_closing_date, split_dated_headline

LEAD = (
    "Korea will finance a new water treatment plant in Khujand with a grant of $18 million, the "
    "Korea International Cooperation Agency said on Tuesday after talks with city officials."
)
SECOND = (
    "The plant will serve about 120,000 residents of the northern city, and construction is "
    "due to start next spring under a contract with a Korean engineering company."
)
THIRD = (
    "Officials said the agency had already trained forty engineers of the city's water utility "
    "in Seoul, and that more courses would follow once the works begin next year."
)


def one(text: str):
    """The single story of a text page and what cleaning removed, by line."""
    stories = clean_page(RawPage("site/page.txt", "0" * 64, 0, text, "text"))
    assert len(stories) == 1
    story = stories[0]
    return story, {line: r.reason for r in story.removed for line in r.text.split("\n")}


@pytest.mark.parametrize(("under", "title"), [
    # the story's key points as bullets between the headline's second copy and the text
    ("• The plant will serve 120,000 residents\n• Works start next spring", True),
    ("", True),
])
def test_a_headline_printed_again_over_its_key_points_is_the_title(under: str, title: bool
                                                                     ) -> None:
    head = "Korea funds a new water plant in Khujand with an $18 million grant"
    caption = ("Khujand mayor Rustam Karimov (L) and the Korean agency's country director at "
               "the grant signing ceremony in the city hall of Khujand on May 6, 2025. (KOICA)")
    text = f"{head}\n\n{caption}\nShort Url\nFollow\n\n{head}\n\n{under}\n\n{LEAD}\n\n{SECOND}"
    assert (one(text)[0].title == head) is title


# ---------------------------------------------------------------- headline text
@pytest.mark.parametrize("line, title", [
    ("Title: Korea funds a water plant in Khujand", "Korea funds a water plant in Khujand"),
    # a board's title cell without its colon
    ("Title Korea funds a water plant in Khujand", "Korea funds a water plant in Khujand"),
    ("Korea funds a water plant in Khujand | The Valley Courier",
     "Korea funds a water plant in Khujand"),
    ("Korea funds a water plant in Khujand - Valley News", "Korea funds a water plant in Khujand"),
    ("Korea funds a water plant in Khujand | Valley2030.kg",
     "Korea funds a water plant in Khujand"),  # the site's address
    ("valley.kg » Economy » Korea funds a water plant in Khujand",
     "Korea funds a water plant in Khujand"),  # a breadcrumb trail run into the headline
    ("Economy » Trade", "Economy » Trade"),  # a trail alone keeps its steps
    ("14/02/11 - Korea funds a water plant in Khujand",
     "Korea funds a water plant in Khujand"),  # a listing's date before the headline
    ("You're reading: Korea funds a water plant in Khujand",
     "Korea funds a water plant in Khujand"),  # the reader's place in the site
    ("14:05 Korea funds a water plant in Khujand",
     "Korea funds a water plant in Khujand"),  # a feed's time of day before it
    ("Korea funds a water plant in the valleyThe utility will run it from May",
     "Korea funds a water plant in the valley"),  # its deck glued on
    ("Korea funds a water plant in Khujand. valley24.kg",
     "Korea funds a water plant in Khujand"),  # the site's address after a full stop
    ("Korea funds a water plant in Khujand www.valley24.kg",
     "Korea funds a water plant in Khujand"),  # or marked by its `www.`
    ("Korea funds a water plant in Khujand | Economy | The Valley Courier",
     "Korea funds a water plant in Khujand"),  # the section, then the site
    ("Korea funds a water plant in Khujand - Valley News - Economy",
     "Korea funds a water plant in Khujand"),
    ("Корея построит водопровод в Худжанде — Долинная газета",
     "Корея построит водопровод в Худжанде"),  # a newspaper's name in sentence case
])
def test_headline_loses_its_label_and_the_site_name_after_it(line: str, title: str) -> None:
    assert headline_text(line) == title


@pytest.mark.parametrize("line", [
    "Korea and Tajikistan - a new chapter in water cooperation",  # a dash inside the headline
    # a comma before the dash: the speaker of a quoted headline, Russian style
    "Грант Кореи - знак доверия к водной программе Худжанда, - посольство",
    "Khujand water plant | a grant of $18 million for 120,000 residents",
    "Title IX of the loan agreement takes effect",  # no label colon
    "Reading the signs: Korea and the Khujand water plant",
    "Title deeds handed to farmers in Osh",
    "2021-2025 - the years of Korea's water programme in Khujand",  # a span of years
    "24/7 water for Khujand as Korea funds a new plant",  # a number that tells no time
    # the speaker the headline quotes: a state body or an office holder names no site
    "Korean water pumps delivered to Khujand — Energy Ministry",
    "Заем на водопровод Худжанда одобрен — Минфин",
    "KazMunayGas and PetroChina sign a pipeline deal",  # names in camel case
    "The loan was signed in Osh. Details at bank.kg",  # an address in a sentence
    "Osh farmers sell their apricots at the new market bank.kg",  # no full stop, no `www.`
    "iPhone sales rise in Almaty for eBay sellers",
    "Корея построит водопровод в Худжанде — хорошие новости для города",  # no newspaper
])
def test_headline_keeps_a_dash_or_bar_that_is_part_of_it(line: str) -> None:
    assert headline_text(line) == line


# ---------------------------------------------------------------- headline and date on a line
def test_section_label_date_and_headline_on_one_line_are_split() -> None:
    assert split_dated_headline("Economy 19/02/2024 Korea funds a water plant in Khujand", 5) == (
        "Economy 19/02/2024", "Korea funds a water plant in Khujand")
    story, _ = one(f"Economy 19/02/2024 Korea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}")
    assert (story.title, story.published) == ("Korea funds a water plant in Khujand", "2024-02-19")


@pytest.mark.parametrize(("line", "published"), [
    ("19/02/24 – Korea funds a water plant in Khujand", "2024-02-19"),  # a day above 12: d/m/y
    ("02/19/24 – Korea funds a water plant in Khujand", "2024-02-19"),  # a day second: m/d/y
    ("05/06/24 – Korea funds a water plant in Khujand", None),  # nothing settles the order
])
def test_a_date_with_a_two_digit_year_and_a_dash_before_the_headline_is_split(
        line: str, published: str | None) -> None:
    story, _ = one(f"{line}\n\n{LEAD}\n\n{SECOND}")
    assert (story.title, story.published) == ("Korea funds a water plant in Khujand", published)


def test_a_wire_dateline_with_a_dash_stays_the_lead() -> None:
    assert split_dated_headline("KHUJAND, 19/02/24 - Korea funds a water plant in Khujand", 5) \
        is None


@pytest.mark.parametrize("line", [
    "On 19/02/2024 Korea signed a grant for a water plant in Khujand.",  # a sentence
    "Politics and Economy 19/02/2024 Korea funds a water plant",  # more than a section label
    "Economy 19/02/2024 Korea funds it",  # too short for a headline
    "On 19/02/2024 10:30 Korea signed a grant for a water plant in Khujand.",  # a preposition
])
def test_a_sentence_or_a_long_label_before_a_date_is_not_split(line: str) -> None:
    assert split_dated_headline(line, 5) is None


def test_stamp_with_its_time_run_into_the_lead_is_a_date_line() -> None:
    lead = "Korea will fund a water plant in Khujand, the embassy said on its website."
    assert split_dated_headline(f"Updated: 2024-02-19 10:36 {lead}", 5) == (
        "Updated: 2024-02-19 10:36", lead)
    story, _ = one(f"Korea funds a water plant\n\nEconomy 19.02.2024 17:01 {LEAD}\n\n{SECOND}")
    assert story.published == "2024-02-19" and story.text.startswith(LEAD)


@pytest.mark.parametrize(("line", "value"), [
    ("5 мая, 2025 Корея выделит грант на водопровод в Худжанде.", "2025-05-05"),
    ("05.05.2025 Korea will fund a water plant in Khujand.", "2025-05-05"),
    ("5 мая 2025 года Корея подписала соглашение о гранте.", None),  # a sentence's date
    ("On March 11, 2026 Korea signed a grant for a water plant.", None),
    ("March 11 Korea signed a grant for a water plant.", None),  # no year
])
def test_a_bare_date_opening_a_paragraph_is_read(line: str, value: str | None) -> None:
    assert read_opening_date(line) == value


def test_a_bare_date_opening_the_lead_dates_a_page_with_no_date_line() -> None:
    lead = "5 мая, 2025 Корея выделит грант на водопровод в Худжанде. Работы начнутся в июне."
    story, _ = one(f"{lead}\n\nВторой этап начнется 4 апреля.\n")
    assert story.published == "2025-05-05" and story.text.startswith(lead)
    # a date line outweighs it: the lead's date is the day of what it reports
    story, _ = one(f"21.05.2025\n\n{lead}\n\nВторой этап начнется 4 апреля.\n")
    assert story.published == "2025-05-21"


def test_standfirst_under_the_headline_in_one_block_is_no_title() -> None:
    page = ("Markets Wealth Treasury Forum Events\nAsia Desk\n"
            "Korea funds a water plant in Khujand\n"
            "The plant will serve some 120,000 residents of the city from next year\n"
            f"Aziz Karimov 7 Jan 2020\n\n{LEAD}\n\n{SECOND}")
    story, _ = one(page)
    assert story.title == "Korea funds a water plant in Khujand"


@pytest.mark.parametrize("tagline", [
    "Valley NEWS - Khujand news",  # sharing a word with the lead, as a headline does
    "The weekly magazine bringing news of Korean water projects to investors",
])
def test_a_line_that_names_the_news_is_the_sites_not_the_headline(tagline: str) -> None:
    page = f"{tagline}\n\nKorea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}"
    story, _ = one(page)
    assert story.title == "Korea funds a water plant in Khujand"


def test_a_headline_under_the_date_wins_over_the_sites_names_above_it() -> None:
    headline = "Korea funds a water plant in Khujand"
    story, _ = one(f"Valley-News.INFO\n\nValley weekly news digest\n\n"
                   f"VALLEY-NEWS : {headline}\n\n4 August 2024\n\n{headline}\n\n"
                   f"4 August 2024, 18:04, VALLEY-NEWS\n\nVALLEY-NEWS (TJ) - {LEAD}\n\n{SECOND}")
    assert story.title == headline


def test_a_headline_above_the_date_wins_over_a_subheading_under_it() -> None:
    headline = "Korea funds a water plant in Khujand"
    story, _ = one(f"{headline}\n\n18.12.2024 10:00\n\nThe grant comes in two parts over "
                   f"five years\n\n{LEAD}\n\n{SECOND}")
    assert story.title == headline


def test_a_section_header_over_the_headline_and_its_date_line_claims_no_headline() -> None:
    headline = "Korea funds a water plant in Khujand"
    story, removed = one(f"Top Stories\n{headline}\nUpdated: 2024-08-04 10:12 | Valley News\n"
                         f"Print | Email\n\n{LEAD}\n\n{SECOND}")
    assert story.title == headline and removed["Top Stories"] == "related"
    assert story.published == "2024-08-04"


def test_a_related_list_under_the_story_keeps_its_dated_headlines() -> None:
    page = (f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}\n\nTop Stories\n"
            f"Japan opens a clinic in Osh\n2024-08-03 09:00\n\n{THIRD}")
    story, removed = one(page)
    assert removed["Japan opens a clinic in Osh"] == "related"


QUESTION = "Will the new plant end the city's water shortage, or is it too little and too late?"
POINTS = "  • The plant will serve 120,000 residents\n  • Works start next spring"


def test_a_question_over_the_key_points_is_the_headline() -> None:
    story, _ = one(f"{QUESTION}\n\n{POINTS}\n\n{LEAD}\n\n{SECOND}")
    assert story.title == QUESTION
    assert LEAD in story.text and QUESTION not in story.text


@pytest.mark.parametrize("page", [
    f"{QUESTION}\n\n{LEAD}\n\n{SECOND}",  # no key points: a lead that asks
    f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{QUESTION}\n\n{POINTS}\n\n{SECOND}",
])
def test_a_question_in_the_story_or_with_no_key_points_stays_text(page: str) -> None:
    story, _ = one(page)
    assert QUESTION in story.text


def test_a_headline_that_names_the_news_is_kept_when_it_is_the_only_one() -> None:
    story, _ = one(f"Good news for the water plant in Khujand\n\n{LEAD}\n\n{SECOND}")
    assert story.title == "Good news for the water plant in Khujand"


def test_a_paragraph_that_lacks_only_its_last_full_stop_stays_in_the_body() -> None:
    standfirst = ("Korean investors plan to put $18 million into the water sector of the north. "
                  "The first contracts have already been agreed")
    page = (f"date 2025-10-10 {standfirst}\n\nPhoto courtesy of the city hall\n\n{LEAD}\n\n"
            f"{SECOND}")
    story, removed = one(page)
    assert standfirst in story.text and story.title is None
    assert removed["Photo courtesy of the city hall"] == "caption"


def test_a_caption_over_its_credit_inside_the_story_is_cut() -> None:
    page = (f"Korea funds a water plant in Khujand\n\n7 Jan 2020\n\n{LEAD}\n\n"
            f"The ambassador with engineers of the city's water utility\n\n"
            f"Photo: the embassy\n\n{SECOND}")
    story, removed = one(page)
    assert removed["The ambassador with engineers of the city's water utility"] == "caption"
    assert SECOND in story.text


def test_a_headline_or_subheading_over_a_credit_is_kept() -> None:
    page = (f"Korea funds a water plant in Khujand\n\nPhoto: the embassy\n\n7 Jan 2020\n\n"
            f"{LEAD}\n\nWork On The New Plant\n\nPhoto: the embassy\n\n{SECOND}")
    story, _ = one(page)
    assert story.title == "Korea funds a water plant in Khujand"
    assert "Work On The New Plant" in story.text


def test_a_headline_without_a_full_stop_is_no_paragraph() -> None:
    page = (f"Mr. Kim of the agency opens a water plant with city officials in Khujand\n\n"
            f"7 Jan 2020\n\n{LEAD}\n\n{SECOND}")
    story, _ = one(page)
    assert story.title == "Mr. Kim of the agency opens a water plant with city officials in Khujand"


def test_a_teaser_line_right_above_the_headline_is_no_title() -> None:
    page = ("Markets Wealth Treasury Forum Events\nOsh bazaar prices rise again as winter nears\n"
            f"Korea funds a water plant in Khujand\nAziz Karimov 7 Jan 2020\n\n{LEAD}\n\n"
            f"{SECOND}")
    story, _ = one(page)
    assert story.title == "Korea funds a water plant in Khujand"


# ---------------------------------------------------------------- headline near its date line
def test_headline_printed_twice_in_a_row_is_the_title_once() -> None:
    head = "Korea funds a water plant in Khujand"
    story, removed = one(f"{head}\n\n{head}\n\n19.02.2024\n\n{LEAD}\n\n{SECOND}")
    assert story.title == head and removed[head] == "repeated"
    assert story.published == "2024-02-19"


def test_a_short_line_printed_twice_heading_no_paragraph_is_still_furniture() -> None:
    story, removed = one(f"{LEAD}\n\n{SECOND}\n\nWater news\n\nWater news")
    assert removed["Water news"] == "repeated" and "Water news" not in story.text


def test_headline_under_a_date_line_survives_the_masthead_rule() -> None:
    text = (f"Update: 09:12, 19 February 2024 Monday\n\nKorea funds a water plant in Khujand\n\n"
            f"Valley Courier / News Desk\n\n{LEAD}\n\n{SECOND}")
    story, _ = one(text)
    assert story.title == "Korea funds a water plant in Khujand"
    assert story.published == "2024-02-19"


def test_masthead_above_the_menu_is_still_cut_when_no_date_line_stands_by() -> None:
    text = ("The Valley Courier Daily Edition Online\n\nHome | Business | Regions | Sport\n\n"
            f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}")
    story, removed = one(text)
    assert removed["The Valley Courier Daily Edition Online"] == "navigation"
    assert story.title == "Korea funds a water plant in Khujand"


def test_site_name_above_a_pager_is_no_title() -> None:
    text = (f"Delegation of the Valley Region to the Capital\n\nShowing 1 - 10 of 215\n\n"
            f"{LEAD}\n\n{SECOND}")
    story, removed = one(text)
    assert story.title is None
    assert removed["Delegation of the Valley Region to the Capital"] == "navigation"


def test_date_line_and_headline_are_not_swallowed_by_a_login_prompt() -> None:
    text = ("Log in\nEconomy|water|February 19, 2024 / 10:15 AM\n"
            f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}")
    story, removed = one(text)
    assert (story.title, story.published) == ("Korea funds a water plant in Khujand", "2024-02-19")
    assert removed["Log in"] == "prompt"


def test_a_prompt_block_still_takes_its_own_short_lines() -> None:
    text = f"{LEAD}\n\nSign up for our newsletter\nEvery Friday\nNo spam\n\n{SECOND}"
    _, removed = one(text)
    assert removed["Every Friday"] == removed["No spam"] == "prompt"


# ---------------------------------------------------------------- before the story
def test_teasers_cut_off_with_an_ellipsis_before_a_dated_headline_are_cut() -> None:
    teasers = ["Rice growers in the Fergana valley expect a record harvest this year after a "
               "wet spring, while prices at the bazaars of Osh keep falling for the...",
               "The old caravanserai in the centre of the town will become a museum of crafts "
               "once the restoration, paid for by a local foundation, is completed in the…"]
    text = "\n\n".join([*teasers, "Korea funds a water plant in Khujand", "19 February 2024",
                        LEAD, SECOND])
    story, removed = one(text)
    assert story.title == "Korea funds a water plant in Khujand"
    assert story.text == f"{LEAD}\n\n{SECOND}"
    assert all(removed[t] == "teaser" for t in teasers)


def test_a_headline_in_the_title_bar_above_the_menus_printed_again_is_the_title() -> None:
    headline = "Korea funds a water plant in Khujand"
    caption = "The envoy and the mayor at the site of the plant on Friday. [STEPPE WIRE]"
    story, removed = one(f"{headline}\n\nHome > World > Asia\n\nprint dictionary print\n\n"
                         f"{headline}\n\n  • Reporter photo\n{caption}\n\n{caption}\n\n"
                         f"{LEAD}\n\n{SECOND}")
    assert story.title == headline and removed["Home > World > Asia"] == "navigation"


def test_a_site_name_above_the_menus_is_still_cut() -> None:
    story, removed = one(f"The Valley Courier of the South\n\nHome > World > Asia\n\n"
                         f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}")
    assert removed["The Valley Courier of the South"] == "navigation"
    assert story.title == "Korea funds a water plant in Khujand"


def test_headlines_of_other_stories_listed_under_the_story_without_a_header_are_cut() -> None:
    others = ["Farmers in the Fergana valley expect a record cotton harvest this year",
              "New bus routes open between Osh and Jalal-Abad next month",
              "Jobs",
              "Why are bazaar prices in Khujand falling this spring?"]
    story, removed = one("\n\n".join(["Korea funds a water plant in Khujand", LEAD, SECOND,
                                        *others]))
    assert story.text == f"{LEAD}\n\n{SECOND}"
    assert all(removed[t] == "teaser" for t in others)


def test_the_headline_again_with_the_sites_name_under_the_lead_is_cut() -> None:
    head = "Korea funds a water plant in Khujand"
    story, removed = one(f"{head}\n\n{LEAD}\n\n{head} | Valley2030.kg\n\n{SECOND}")
    assert story.title == head and removed[f"{head} | Valley2030.kg"] == "repeated"
    assert story.text == f"{LEAD}\n\n{SECOND}"


def test_a_subheading_opening_with_the_headlines_words_stays() -> None:
    head = "Korea funds a water plant in Khujand"
    sub = f"{head} and two more in the south"
    story, _ = one(f"{head}\n\n{LEAD}\n\n{sub}\n\n{SECOND}")
    assert sub in story.text


def test_subheadings_over_the_storys_last_paragraphs_stay() -> None:
    heads = ["Three new pumping stations for the old town", "Work to start next spring"]
    text = "\n\n".join(["Korea funds a water plant in Khujand", LEAD, heads[0], SECOND, heads[1],
                        SECOND.replace("The plant", "The new plant")])
    story, _ = one(text)
    assert all(head in story.text for head in heads)


def test_menu_blurbs_set_apart_from_a_dated_headline_are_cut() -> None:
    blurb = ("WHO WE AREThe Valley Water Fund is a charity that has helped towns of the region "
             "build wells and clinics since 1998, with offices in three cities.")
    menu = "About\nOur partners\nOur work\nNews and stories"
    text = (f"{blurb}\n{menu}\nKorea funds a water plant in Khujand\n"
            f"KHUJAND– {LEAD}\n{SECOND}\n{THIRD}")
    story, removed = one(text)
    assert removed[blurb] == "boilerplate"
    assert story.title == "Korea funds a water plant in Khujand"
    assert story.text.startswith("KHUJAND– Korea will finance")


PROMO = ("Farmers in the valley began the apricot harvest. Please see the full report of the "
         "evening programme on our website.")


def test_a_blurb_above_the_breadcrumb_that_ends_with_the_headline_is_cut() -> None:
    head = "Korea Funds A Water Plant In Khujand"
    story, removed = one(f"{PROMO}\nHome / Economy / {head}\n\n{head}\n\n{LEAD}\n\n{SECOND}")
    assert story.title == head and removed[PROMO] == "boilerplate"
    assert story.text.startswith(LEAD)


def test_a_paragraph_above_a_trail_of_sections_alone_is_not_cut_by_it() -> None:
    story, _ = one(f"{PROMO}\nHome / Economy\n\nKorea Funds A Water Plant In Khujand\n\n"
                   f"{LEAD}\n\n{SECOND}")
    assert story.text.startswith(PROMO)


def test_the_labels_of_a_contact_block_above_the_story_are_cut() -> None:
    head = "Korea funds a water plant in Khujand"
    block = ("For visa questions, please contact the consular section:\nTel.: +996 312 61 14 80\n"
             "press@example.kg\nHotline of the Ministry of Water\nResources of the republic:\n"
             "+996 312 61 14 89")
    story, removed = one(f"{head}\n{head}\n{block}\n{LEAD}\n\n{SECOND}")
    assert story.title == head and story.text.startswith(LEAD)
    assert removed["Hotline of the Ministry of Water"] == "contact"


def test_a_line_closed_by_a_colon_over_a_paragraph_is_no_contact_label() -> None:
    intro = "The plant will have three parts:"
    story, _ = one(f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{intro}\n{SECOND}")
    assert intro in story.text


def test_a_pictures_alt_text_over_its_caption_is_no_headline() -> None:
    head = "Korea funds a water plant in Khujand"
    alt = "Water plant site in Khujand, engineers, Korea"
    caption = "Water plant site in Khujand | Photo: Valley Wire"
    story, removed = one(f"{alt}\n{caption}\n\n{head}\n\n{LEAD}\n\n{SECOND}")
    assert story.title == head and removed[alt] == "caption"


def test_a_lead_paragraph_before_a_subheading_is_kept() -> None:
    text = (f"Korea funds a water plant in Khujand\n\n{LEAD}\n\nPhoto: the site of the plant\n\n"
            f"Works to start next spring in the city\n\n{SECOND}")
    story, _ = one(text)
    assert story.text.startswith(LEAD)


def test_a_longer_story_before_a_dated_subheading_is_kept() -> None:
    text = (f"{LEAD}\n\n{SECOND}\n\n{THIRD}\n\nAbout\nPartners\nWork\n\n"
            "Korea funds a second plant in the city\n\n20 February 2024\n\nShort note.")
    story, _ = one(text)
    assert story.text.startswith(LEAD)


# ---------------------------------------------------------------- after the story
def test_what_follows_a_paywall_prompt_is_not_the_story() -> None:
    text = (f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n"
            "Subscriber content. Please log in to continue reading\n\nView our plans\n\n"
            "You might also like\n\nRice prices fall in Osh\n\n"
            "Rice growers in the Fergana valley expect a record harvest this year.")
    story, removed = one(text)
    assert story.text == LEAD
    assert removed["Rice growers in the Fergana valley expect a record harvest this year."] in (
        "paywall", "related")


def test_an_about_block_closing_a_press_release_is_cut() -> None:
    about = ("The Valley Water Fund is a charity that helps towns of the region build wells and "
             "clinics; it was founded in 1998 and works in three countries.")
    story, removed = one(f"{LEAD}\n\n{SECOND}\n\nAbout the Valley Water Fund\n\n{about}")
    assert story.text == f"{LEAD}\n\n{SECOND}"
    assert removed["About the Valley Water Fund"] == removed[about] == "boilerplate"


def test_an_about_heading_with_an_acronym_over_the_full_name_is_cut() -> None:
    about = ("The Valley Water Fund (VWF) is a charity that helps towns of the region build "
             "wells and clinics.")
    story, removed = one(f"{LEAD}\n\n{SECOND}\n\nAbout VWF\n\n{about}")
    assert story.text == f"{LEAD}\n\n{SECOND}" and removed[about] == "boilerplate"


@pytest.mark.parametrize("about", [
    "The Valley Water Fund is a regional development fund that helps towns build wells and "
    "clinics in three countries.",
    # a second epithet that says what it does, and a pointer to more
    "The Valley Water Fund is the region’s oldest charitable fund and a trusted partner helping "
    "towns build wells. For more information, visit the fund’s website.",
    # what it does in a participle after a comma
    "The Valley Water Fund is the region's largest charitable organization, bringing clean "
    "water to towns in three countries.",
])
def test_a_self_description_closing_a_press_release_is_cut_without_a_heading(about: str
                                                                              ) -> None:
    story, removed = one(f"{LEAD}\n\n{SECOND}\n\n{THIRD}\n\n{about}")
    assert story.text == f"{LEAD}\n\n{SECOND}\n\n{THIRD}" and removed[about] == "boilerplate"


@pytest.mark.parametrize("closing", [
    # what a body does, not what it is
    "The Valley Water Fund is the largest lender and a key partner of the towns of the region.",
    "Khujand Vodokanal is the utility running the plant, officials said.",
    "The Valley Water Fund is a major lender to the towns of the region, with 40 loans so far.",
    "Khujand Vodokanal is the utility that will run the plant once it opens next year.",
    "The Valley Water Fund is a regional development fund established in 2014 by five towns.",
])
def test_a_closing_paragraph_about_a_body_of_the_story_is_kept(closing: str) -> None:
    story, _ = one(f"{LEAD}\n\n{SECOND}\n\n{closing}")
    assert story.text.endswith(closing)


def test_a_self_description_early_in_the_story_is_kept() -> None:
    early = ("The Valley Water Fund is a regional development fund that helps towns build wells "
             "and clinics in three countries.")
    story, _ = one(f"{LEAD}\n\n{early}\n\n{SECOND}\n\n{THIRD}")
    assert early in story.text


def test_a_section_about_a_subject_is_kept() -> None:
    text = (f"{LEAD}\n\nAbout the plant\n\nThe treatment plant will use membranes made in Korea, "
            "and its water will reach homes through 40 kilometres of new pipes.")
    story, _ = one(text)
    assert "40 kilometres of new pipes" in story.text


# ---------------------------------------------------------------- furniture lines
@pytest.mark.parametrize("line, reason", [
    ("The signing ceremony in Khujand © Valley Water Fund, 2024", "caption"),
    ("PhotoThe ambassador hands over the keys of the new pumps", "caption"),
    ("Courtesy of the Korean embassy", "caption"),
    ("From left – A. Karimov, J. Lee, S. Nazarova.", "caption"),
    ("Pumps handed over in Khujand-2.jpg", "caption"),
    ("img_0412 The minister hands over the keys of the pumps", "caption"),  # a camera's name
    ("DSC_1187 Министр вручает ключи от насосов", "caption"),
    ("Publication reference: VWF/2024/118/KH", "artefact"),
    ("Document ID: 4471-KH", "artefact"),
    ("Provided by Valley Syndication Ltd. (valley-synd.example).", "artefact"),
    ("Reporting by Dilnoza Karimova; Editing by Peter Lane", "byline"),
    # a note of where the story comes from or how it was made
    ("This article was produced by Valley Wire while it was part of the Osh Media Group.",
     "byline"),
    ("This story was first published on valley-news.example.", "byline"),
    ("This message was rewritten by artificial intelligence from its source.", "byline"),
    # a syndicated feed's copy printed as the wire sent it
    ("This story has not been edited by Valley Times staff and is generated by auto-feed.",
     "byline"),
    ("(Except for the headline, this story has not been edited by Valley Times staff and is "
     "published from a syndicated feed.)", "byline"),
    ("All Valley Courier rights are reserved © 2024.", "copyright"),
    ("You have 2000 characters left", "prompt"),
    ("Emergency Contact : 055 571 0041", "contact"),  # a local number after its label
    # a channel's description closed by its contact's handle
    ("Новости Ферганской долины и соседей каждый день. Связь: @valley_desk", "contact"),
    ("Телефон доверия: 8 800 200 00 00", "contact"),
    ("Name *", "prompt"),
    ("Comments are moderated before they appear.", "prompt"),
    ("Not yet a subscriber? Join us today", "prompt"),
    ("Exclusive subscriber content…", "prompt"),
    ("For more information, please visit the fund's website.", "contact"),
    ("For further details:", "contact"),
    ("The ministers at the signing in Osh on Monday. - VWA", "caption"),  # a wire's credit
    ("Read 'Valley Post' on Telegram!", "prompt"),  # the site's channel, by the site's name
    ("Читайте «Вести Долины» в Telegram", "prompt"),
    ("Publication: Valley Monitor Volume: 5 Issue: 122", "artefact"),  # a record's fields
    # a long caption closed by its picture's credit in brackets
    ("The president arrives in Osh on 2 July 2024 for the summit of the valley's states and a "
     "state visit at the invitation of the mayor. He was welcomed at the airport by a group of "
     "senior officials, schoolchildren in national costume and a brass band, and later laid "
     "flowers at the memorial in the city's main square before the talks. [Photo/Valley Wire]",
     "caption"),
])
def test_furniture_lines_of_other_sites_are_cut(line: str, reason: str) -> None:
    assert rule_reason(line) == reason


@pytest.mark.parametrize("line", [
    "The fund's annual report, published in May, lists 40 new wells.",
    "Photographers from Seoul visited the plant in May.",
    "Reporting on the project, the ministry said all 40 wells were finished.",
    "The reference rate of the loan is 2.5 percent.",
    "Provided the weather holds, the works will start in April.",
    "Officials said 2000 more residents would be connected next year.",
    "Residents left comments on the city's website asking for more wells.",
    "The grant covers all pumps, pipes and rights of way for the new line.",
    "Not a single well was dug last year, the ministry said.",
    "This report was published by the bank in May and shows growth of 5 percent.",
    "This story has not been confirmed by the ministry, which declined to comment.",
    "Связь с посольством идёт через канал @valley_embassy в Telegram.",
    "This project was produced with the support of the Korean embassy.",
    "Image 2024, the ministry's photo contest, drew 300 entries.",
    "Phone sales rose - 12 percent more than last year.",
    "For more information on the loan, the ministry will brief reporters on Monday.",
    "The loan was signed on Monday - the ADB said - and runs for 25 years.",
    "The ministry's new section for media (Photo/Video) opened in May.",
    "Tajikistan: Osh water plant to get a $40 million loan from Korea: minister",  # a headline
    # a wire story's last paragraph, going on from the one above, closed by the wire's credit
    "On the other hand, the fund signed a loan agreement with the ministry on Monday. - VWA",
    "Read 'Valley Post' for the whole story of the loan.",
    "Read 'Valley Post' on paper: the edition prints the loan's terms.",
])
def test_sentences_that_share_a_word_with_furniture_are_kept(line: str) -> None:
    assert rule_reason(line) is None


# ---------------------------------------------------------------- more headline layouts
def test_the_last_copy_of_a_headline_printed_twice_stays_whatever_follows_it() -> None:
    head = "Korea funds a water plant in Khujand"
    story, _ = one(f"{head}\n\n{head}\nx\nHighlights\n\n{LEAD}\n\n{SECOND}")
    assert story.title == head


def test_a_line_printed_three_times_in_one_paragraph_names_a_picture_not_the_story() -> None:
    head = "Korea funds a water plant in Khujand"
    picture = "The ambassador visited the site of the plant during her trip"
    text = (f"Home News {head}\n\n{head}\n\n{picture}\n{picture}\n{picture}\n\n"
            f"{LEAD}\n\n{SECOND}")
    story, _ = one(text)
    assert story.title == head


def test_a_headline_printed_twice_with_the_site_name_is_no_card() -> None:
    head = "Корея профинансирует водоочистную станцию в Худжанде"
    lead = ("Правительство Кореи выделит 40 млн долларов на новую станцию в Худжанде, сообщили "
            "в посольстве в понедельник. Работы начнутся весной и продлятся три года.")
    story, _ = one(f"{head} — Вечерний Курьер\n\n{head} — Вечерний Курьер\n\n{lead}")
    assert story.title == head


CARDS = "".join(f"Editor's pick\nNews\n{head}\n\n{head}\n\n{text}\n\n" for head, text in (
    ("Korea funds a water plant in Khujand", LEAD), ("Khujand plant to serve the north", SECOND)))
DESCRIPTION = ("Stories under this heading cover Tajikistan, from its capital in the west to the "
               "mountains of Gorno-Badakhshan in the east.")


def test_a_sections_description_above_cards_with_doubled_headlines_is_no_story() -> None:
    page = RawPage("site/page.txt", "0" * 64, 0, f"Region\n\nTajikistan\n\n{DESCRIPTION}\n\n"
                   f"{CARDS}", "text")
    stories = clean_page(page)
    assert [s.title for s in stories] == ["Korea funds a water plant in Khujand",
                                          "Khujand plant to serve the north"]
    assert any(DESCRIPTION in r.text for s in stories for r in s.removed)
    # two paragraphs above the cards are a story whose headline the page lost
    page = RawPage("site/page.txt", "0" * 64, 0, f"{THIRD}\n\n{DESCRIPTION}\n\n{CARDS}", "text")
    assert clean_page(page)[0].text.startswith(THIRD)


@pytest.mark.parametrize(("last", "stories"), [
    ("Officials said the agency had already trained forty engineers of the city's wa", 3),
    ("Read more", 2),  # no lead under the last card
])
def test_the_last_card_over_a_lead_the_page_cut_off_is_a_story(last: str, stories: int) -> None:
    head = "Seoul trains engineers for Khujand plant"
    page = RawPage("site/page.txt", "0" * 64, 0, f"{CARDS}Editor's pick\nNews\n{head}\n\n"
                   f"{head}\n\n{last}", "text")
    found = clean_page(page)
    assert len(found) == stories
    assert found[-1].text == (last if stories == 3 else SECOND)


def test_a_headline_printed_twice_over_its_picture_stays_the_headline() -> None:
    head = "Korea funds a water plant in Khujand"
    text = f"Valley Courier\n\n{head}\n{head}\n\n{LEAD}\n\n{SECOND}"
    story, _ = one(text)
    assert story.title == head


def test_a_line_of_several_sentences_or_cut_phrases_is_no_headline() -> None:
    text = ("Valley Courier HOME... LINKS: ....Photo gallery. Video archive. Quizzes of the...\n\n"
            "Korea funds a water plant in Khujand\n\n19 February 2024\n\n"
            f"{LEAD}\n\n{SECOND}")
    story, _ = one(text)
    assert story.title == "Korea funds a water plant in Khujand"


@pytest.mark.parametrize("line", [
    "KHUJAND, Tajikistan, Feb. 19",  # a dateline alone on its line
    "Khujand, March 3, KHOVAR",  # with its agency after the date
    "November 30, -0001, 0:00",  # a broken date line: no words
    "Dushanbe - Pamir Wire",  # a capital's name and its source, no date
    "Pamir Wire, Dushanbe :",
    "Khujand [Tajikistan], March 3",  # the country in brackets after the place
])
def test_a_dateline_or_a_broken_date_line_above_the_story_is_no_headline(line: str) -> None:
    story, _ = one(f"{line}\n\n{LEAD}\n\n{SECOND}")
    assert story.title is None


def test_a_headline_naming_a_place_and_its_country_in_brackets_stays_the_headline() -> None:
    story, _ = one(f"Khujand [Tajikistan] gets a water plant\n\n{LEAD}\n\n{SECOND}")
    assert story.title == "Khujand [Tajikistan] gets a water plant"


@pytest.mark.parametrize("notice", [
    "Ҳозирда сайтнинг янги версияси тайёрланмоқда",  # the site's notice in its own language
    "Сайт сейчас работает в тестовом режиме",
])
def test_a_line_in_another_language_than_the_lead_is_no_headline(notice: str) -> None:
    story, _ = one(f"{notice}\n\n\nVisit of Korean delegation\n\n1024 May 3, 2025\nPrint\n\n"
                   f"{LEAD}\n\n{SECOND}")
    assert story.title == "Visit of Korean delegation"


def test_a_russian_headline_over_a_russian_lead_is_the_title() -> None:
    lead = ("Корея профинансирует строительство водоочистной станции в Худжанде за счет гранта в "
            "18 млн долларов, сообщили в пресс-службе хукумата во вторник.")
    story, _ = one(f"Site notice in English\n\nКорея построит станцию в Худжанде\n\n"
                   f"1024 May 3, 2025\nPrint\n\n{lead}")
    assert story.title == "Корея построит станцию в Худжанде"


def test_a_headline_naming_a_capital_and_a_dash_is_no_credit_line() -> None:
    story, _ = one(f"Dushanbe - a city of new water plants\n\n{LEAD}\n\n{SECOND}")
    assert story.title == "Dushanbe - a city of new water plants"


@pytest.mark.parametrize(("line", "title"), [
    ("Ambassador Lee Jin and Finance Minister Aibek Osmonov signed exchange notes.", None),
    ("Korea funds a water plant in Khujand for 120,000 residents",
     "Korea funds a water plant in Khujand for 120,000 residents"),  # a headline ends bare
])
def test_a_line_closed_by_a_full_stop_above_the_story_is_no_headline(
        line: str, title: str | None) -> None:
    story, _ = one(f"{line}\n\n{LEAD}\n\n{SECOND}")
    assert story.title == title


def test_a_paragraph_opening_with_a_wire_dateline_starts_the_story_without_a_full_stop() -> None:
    text = ("KHUJAND, February 19, 2024 - Korea approved a grant for the Khujand water plant\n\n"
            "Project ID: KH-2024-17\n\nTotal cost: $18 million\n\n"
            f"{SECOND}")
    story, _ = one(text)
    assert story.title is None
    assert story.text.startswith("KHUJAND, February 19, 2024 - Korea approved")
    assert "Total cost: $18 million" in story.text


@pytest.mark.parametrize("line, reason", [
    ("Skip to main content", "navigation"),
    ("Skip to primary navigation", "navigation"),
    ("Home >> Publications >> Korea funds a water plant in Khujand", "navigation"),
    ("Home » Business » Korea funds a water plant: a grant of $18 million", "navigation"),
    ("Stay up to date with the latest news", "prompt"),
    ("By Dilnoza Karimova – Valley News:", "byline"),
    ("(Valley News) --", "artefact"),
    ("Источник akipress.kg", "artefact"),
])
def test_more_furniture_lines_of_other_sites_are_cut(line: str, reason: str) -> None:
    assert rule_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Skip the formalities, the minister told the delegates.",
    "Home prices in Khujand rose by a third in 2024.",
    "Stay in Khujand was extended by two days for the Korean experts.",
    "By the end of 2025, the plant will serve the whole city.",
])
def test_sentences_that_open_like_furniture_are_kept(line: str) -> None:
    assert rule_reason(line) is None


def test_a_byline_with_a_place_and_a_date_is_a_date_line() -> None:
    story, _ = one("Korea funds a water plant in Khujand\n\n"
                   f"By Dilnoza Karimova in Khujand February 19, 2024\n\n{LEAD}\n\n{SECOND}")
    assert story.published == "2024-02-19"


# ---------------------------------------------------------------- labels, copies and cut pages
def test_a_section_label_above_the_date_gives_way_to_the_headline_below_it() -> None:
    story, _ = one("Press Releases\n\nFebruary 19, 2024\n\n"
                   f"Korea funds a water plant in Khujand\nsigning ceremony\n\n{LEAD}\n\n{SECOND}")
    assert (story.title, story.published) == ("Korea funds a water plant in Khujand", "2024-02-19")


def test_a_lone_label_above_the_story_is_no_title() -> None:
    story, _ = one(f"Valley News\n\n{LEAD}\n\n{SECOND}")
    assert story.title is None


def test_a_short_headline_of_three_words_is_still_a_title() -> None:
    story, _ = one(f"Khujand Water Grant\n\n{LEAD}\n\n{SECOND}")
    assert story.title == "Khujand Water Grant"


@pytest.mark.parametrize("line, title", [
    ("Opinion | Korea funds a water plant in Khujand", "Korea funds a water plant in Khujand"),
    ("Special Report | Korea funds a water plant in Khujand",
     "Korea funds a water plant in Khujand"),
])
def test_a_label_before_a_bar_is_stripped_from_the_headline(line: str, title: str) -> None:
    assert headline_text(line) == title


def test_a_bar_inside_a_headline_after_several_words_stays() -> None:
    line = "Water for Khujand, power for Dushanbe | Korea expands its grants"
    assert headline_text(line) == line


@pytest.mark.parametrize("copy", [
    "Home Analysis Korea funds a water plant in Khujand",  # a breadcrumb glued before it
    "Korea funds a water plant in Khujand-Valley News",  # a site's name glued after it
    "Home NewsWorld AsiaKorea funds a water plant in Khujand",  # links glued without spaces
    "Home News Central Asia Korea funds a water plant in Khujand",  # four crumbs
])
def test_a_headline_printed_again_with_a_breadcrumb_or_site_name_is_cut(copy: str) -> None:
    head = "Korea funds a water plant in Khujand"
    story, removed = one(f"{copy}\n{head}\n\n{LEAD}\n\n{SECOND}")
    assert story.title == head
    assert removed[copy] == "repeated"


def test_a_headline_printed_again_under_its_date_line_gives_the_bare_title() -> None:
    head = "Korea funds a water plant in Khujand"
    story, removed = one(f"{head} Main\n\n13 March 2015\n\n{head}\n\n{LEAD}\n\n{SECOND}")
    assert story.title == head and story.published == "2015-03-13"
    assert removed[head] == "repeated" and story.text == f"{LEAD}\n\n{SECOND}"


def test_a_source_closed_by_a_comma_and_the_date_is_no_headline() -> None:
    head = "Korea funds a water plant in Khujand"
    story, _ = one(f"Skip Global Navigation to Main Content\nSkip Breadcrumb Navigation\n{head}\n\n"
                   f"Fact Sheet\n\nMinistry of Foreign Affairs of the Republic of Korea, April 1, "
                   f"2012\n\n{LEAD}\n\n{SECOND}")
    assert story.title == head and story.published == "2012-04-01"


def test_five_capitalised_words_before_a_headline_are_no_breadcrumb() -> None:
    head = "Korea funds a water plant in Khujand"
    longer = f"Grants Reach Every Valley Town {head}"
    _, removed = one(f"{longer}\n{head}\n\n{LEAD}\n\n{SECOND}")
    assert removed.get(longer) != "repeated"


def test_a_headline_followed_by_a_longer_standfirst_is_not_a_copy() -> None:
    head = "Korea funds a water plant in Khujand"
    standfirst = "Korea funds a water plant in Khujand worth millions"
    story, removed = one(f"{head}\n{standfirst}\n\n{LEAD}\n\n{SECOND}")
    assert standfirst not in removed


def test_a_bulleted_date_line_dates_the_story() -> None:
    story, _ = one(f"• February 19, 2024\n• Valley News\n\n{LEAD}\n\n{SECOND}")
    assert story.published == "2024-02-19"


def test_a_bulleted_fact_with_a_date_does_not_date_the_story() -> None:
    story, _ = one(f"{LEAD}\n\n• February 19, 2024: the grant agreement is signed\n\n{SECOND}")
    assert story.published is None


def test_a_date_with_no_space_after_its_comma_is_read() -> None:
    story, _ = one(f"Korea funds a water plant in Khujand\n\nPublished February 19,2024\n\n"
                   f"{LEAD}\n\n{SECOND}")
    assert story.published == "2024-02-19"


def test_a_lead_paragraph_dense_with_names_is_kept_without_a_headline() -> None:
    lead = ("Energy Minister Rustam Nazarov, KOICA Director Kim Jae-won and Khujand Mayor "
            "Jamshed Rahimov signed the Khujand Water Supply Project Grant Agreement in Dushanbe "
            "Monday.")  # few stopwords: no paragraph by its words alone
    story, _ = one(f"{lead}\n\n{SECOND}\n\n{THIRD}")
    assert story.text.startswith(lead)


HEADLINE_RETOLD = (
    "Deputy Minister of Energy of the Republic of Tajikistan Aziz Nurov received the Country "
    "Director of the Korea International Cooperation Agency Park Min-ho on the occasion of the "
    "completion of his mission in Dushanbe"
)
LEAD_RETELLING = f"On 3 March 2024, {HEADLINE_RETOLD}."


def test_a_long_unstopped_first_line_that_the_lead_tells_again_is_the_headline() -> None:
    story, _ = one(f"{HEADLINE_RETOLD}\n\n1024\n\n{LEAD_RETELLING}\n\n{SECOND}")
    assert story.title == HEADLINE_RETOLD and story.text.startswith(LEAD_RETELLING)


def test_a_headline_under_the_date_line_that_the_lead_retells_is_the_headline() -> None:
    headline = "Корея выделила Киргизии гранты на общую сумму 12,4 млн. долл."
    lead = ("БИШКЕК Правительство Кореи выделило Киргизии гранты на общую сумму 12,4 млн. долл. "
            "на строительство школ и больниц в трех областях республики, сообщило посольство.")
    second = ("Первые школы откроются в сентябре следующего года, а больницы получат новое "
              "оборудование до конца текущего года, отметили в посольстве.")
    story, _ = one(f"Вечерняя газета Онлайн\n\n18.12.2012 10:00\n\n{headline}\n\n{lead}\n\n"
                   f"{second}")
    assert story.title == headline and story.text.startswith(lead)


def test_a_long_unstopped_line_under_the_headline_is_not_taken_for_it() -> None:
    story, _ = one(f"Korea funds a water plant in Khujand\n\n{HEADLINE_RETOLD}\n\n"
                   f"{LEAD_RETELLING}\n\n{SECOND}")
    assert story.title == "Korea funds a water plant in Khujand"


@pytest.mark.parametrize("first, title", [
    # a lead whose full stop the page lost after the words saying who reported it
    ("Korea will finance a new water plant in Khujand with a grant of $18 million, the Korean "
     "agency's office in Dushanbe said on Tuesday", None),
    ("Корея профинансирует строительство водоочистной станции в Худжанде за счет гранта в 18 "
     "млн долларов, сообщили в пресс-службе хукумата", None),
    # a headline reports in the present tense
    ("Korea to finance a new water plant in Khujand with an $18 million grant, agency says",
     "Korea to finance a new water plant in Khujand with an $18 million grant, agency says"),
])
def test_a_first_line_closed_by_who_reported_it_opens_the_body(first: str, title: str | None
                                                               ) -> None:
    story, _ = one(f"{first}\n\n{SECOND}\n\n{THIRD}")
    assert story.title == title
    assert story.text.startswith(first) is (title is None)


def test_a_page_cut_off_mid_sentence_keeps_its_last_paragraph() -> None:
    cut = "The agency said that the second phase of the works, which will connect the"
    story, _ = one(f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}\n\n{cut}")
    assert story.text.endswith(cut)


def test_a_page_cut_off_under_a_subheading_keeps_both() -> None:
    cut = "The agency said that the second phase of the works, which will connect the"
    story, _ = one(f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}\n\n"
                   f"Next steps\n\n{cut}")
    assert story.text.endswith(f"Next steps\n\n{cut}")


@pytest.mark.parametrize("cut", [
    "Both sides also agreed to extend the programme to",  # on a stopword
    "Labour migrants from the southern regions send home mo",  # inside a word
    "As the ministry reported earlier, Japa",
    "Таким образом, визит министра подчер",
    # a quotation stopped before the words that say who spoke
    '"The new plant will give the valley clean water for the first time in decades,"',
])
def test_a_page_cut_off_short_under_the_last_paragraph_keeps_the_cut_sentence(cut: str
                                                                              ) -> None:
    story, _ = one(f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}\n\n{cut}")
    assert story.text.endswith(cut)


@pytest.mark.parametrize("tail", [
    "Aziz Karimov\n\nAziz Karimov has reported on the region for the paper as a",  # author box
    "Share this story with your friends on",  # a share prompt, its icons dropped
    "Water for the valleys of",  # too few words for a sentence
    "Больше важных н",  # a cut prompt: too few words
    "Valley Information Limited - Asia Business Wire",  # a name line, no sentence
    "Copyright 2024\n\nThe agency said the second phase of the wo",  # under the page's footer
])
def test_a_short_cut_off_line_that_is_not_the_story_is_not_kept(tail: str) -> None:
    story, _ = one(f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}\n\n{tail}")
    assert tail.split("\n")[-1] not in story.text


@pytest.mark.parametrize("before, cut", [
    ("To date, the agency has funded 11 projects in the country, worth $2 billion. ■",
     "Heavy rain is forecast to hit the northern valleys in the coming week, while the"),
    # a caption cut between: the cut line is the next caption
    ("The mayor at the signing in Khujand on 3 May. [Photo/Valley Wire]",
     "Officials at the signing ceremony in"),
])
def test_a_cut_off_paragraph_after_a_closing_sentence_or_a_caption_is_not_kept(
        before: str, cut: str) -> None:
    story, _ = one(f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}\n\n"
                   f"{before}\n\n{cut}")
    assert cut not in story.text


def test_a_cut_off_teaser_of_another_story_after_a_date_line_is_not_kept() -> None:
    cut = "In March more than 170 engineers of the regional water utilities and of the"
    story, _ = one(f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}\n\n"
                   f"Local news, 26.02.2024\n\n{cut}")
    assert cut not in story.text


@pytest.mark.parametrize("line, reason", [
    ("DISCLAIMER: Opinions in the articles are those of their authors, not of this site.",
     "copyright"),
    ("Disclaimer translations: the versions in other languages are machine translations.",
     "copyright"),
    ("All materials of this site are for personal use only.", "copyright"),
    ("Материалы сайта предназначены только для личного использования.", "copyright"),
    ("Group photo of the delegations after the signing ceremony", "caption"),
    ("Family photo of the leaders at the summit in Astana", "caption"),
    ("Ali Umarov/The Steppe Wire.", "caption"),  # a photographer's credit alone
])
def test_a_site_disclaimer_a_licence_and_a_phrase_naming_a_photo_are_cut(line: str,
                                                                         reason: str) -> None:
    assert rule_reason(line) == reason


@pytest.mark.parametrize("line", [
    "The disclaimer in the loan contract was removed at the bank's request.",
    "Photos of the new school were shown to the minister in Osh.",
    "The new cars are for personal use, the ministry said.",
    "Exports/Imports",  # a table's header, no credit
])
def test_sentences_about_a_disclaimer_a_use_or_photos_are_kept(line: str) -> None:
    assert rule_reason(line) is None


@pytest.mark.parametrize("line, reason", [
    ("Email this article to a friend!", "share"),
    ("IM this story to a friend", "share"),
    ("+ ↺ − 16 px", "navigation"),
    ("Collage credit: Valley News", "caption"),
    ("Pumps at the new plant in Khujand. Photo credit: Valley Water Utility", "caption"),
    ("Infographic: Valley News", "caption"),
])
def test_share_links_text_size_widgets_and_credits_are_cut(line: str, reason: str) -> None:
    assert rule_reason(line) == reason


@pytest.mark.parametrize("line", [
    "The minister asked residents to email the utility about leaks.",
    "The plant will pump 16 million litres a day.",
    "Graphic designers from Seoul drew the new signs at the plant.",
])
def test_sentences_about_mail_sizes_or_graphics_are_kept(line: str) -> None:
    assert rule_reason(line) is None


def test_clauses_of_a_list_announced_by_a_colon_are_kept() -> None:
    items = ["the grant agreement for the second phase of the water plant, with the city council;",
             "the training plan for forty engineers of the water utility, with the Korean side;"]
    story, _ = one(f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n"
                   "In particular, the parties signed:\n\n" + "\n\n".join(items))
    assert all(item in story.text for item in items)


def test_a_short_line_ending_in_a_semicolon_is_no_paragraph() -> None:
    story, _ = one(f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}\n\nHome; News;")
    assert "Home; News;" not in story.text


@pytest.mark.parametrize("line, reason", [
    ("Tell a friend", "share"),
    ("Language: English | Russian | Kyrgyz", "navigation"),
    ("Other available languages: none", "navigation"),
])
def test_friend_links_and_language_switchers_are_cut(line: str, reason: str) -> None:
    assert rule_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Tell a friend about the new clinic, the ambassador asked the students.",
    "Language: the talks were held in Russian and in Korean.",
])
def test_sentences_about_friends_or_languages_are_kept(line: str) -> None:
    assert rule_reason(line) is None


def test_a_switcher_above_the_headline_does_not_take_its_place() -> None:
    story, _ = one(f"Other available languages: none\n\n12 March 2021\n\n"
                   f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}")
    assert story.title == "Korea funds a water plant in Khujand"


@pytest.mark.parametrize("opening, published", [
    ("March 3, 2022, Khujand, Tajikistan – Today, ", "2022-03-03"),
    ("3 March 2022 Khujand – ", "2022-03-03"),
])
def test_a_dateline_that_puts_the_full_date_first_dates_the_story(opening: str,
                                                                   published: str) -> None:
    story, _ = one(f"Korea funds a water plant in Khujand\n\n{opening}{LEAD}\n\n{SECOND}")
    assert story.published == published


def test_a_sentence_opening_with_a_date_is_no_dateline() -> None:
    story, _ = one(f"Korea funds a water plant in Khujand\n\n"
                   f"March 3, 2022, was the day Korea and Tajikistan signed - at last - the deal."
                   f"\n\n{LEAD}\n\n{SECOND}")
    assert story.published is None


def test_a_date_line_with_a_comma_after_the_day_is_read() -> None:
    story, _ = one(f"Korea funds a water plant in Khujand\n\nThursday, 3, March, 2022\n\n{LEAD}"
                   f"\n\n{SECOND}")  # under the headline: atop the page it is the site's clock
    assert story.published == "2022-03-03"


def test_dated_teasers_of_other_stories_under_the_story_do_not_date_it() -> None:
    teasers = ("Uzbekistan opens a new airport terminal in Samarkand\n10:15 / 04.03.2022\n"
               "Kazakhstan plans a solar park near Turkistan\n17:40 / 02.03.2022")
    story, _ = one(f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}\n\n{teasers}")
    assert story.published is None


def test_the_title_bars_date_after_the_sites_name_dates_the_story() -> None:
    text = (f"Korea funds a water plant in Khujand - Steppe News, 19.02.2024\nRegistration\n\n"
            f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}")
    story, _ = one(text)
    assert (story.title, story.published) == ("Korea funds a water plant in Khujand",
                                              "2024-02-19")


def test_a_lone_date_closing_the_story_dates_it() -> None:
    story, _ = one(f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}\n\n04.03.2022")
    assert story.published == "2022-03-04"


@pytest.mark.parametrize("line, headline, stamp", [
    ("Korea funds a water plant in Khujand 19.02.2024", "Korea funds a water plant in Khujand",
     "19.02.2024"),
    ("Korea funds a water plant in Khujand | February 19, 2024, 10:15",
     "Korea funds a water plant in Khujand", "February 19, 2024, 10:15"),
    ("Korea funds a water plant in Khujandupdated: Mon Feb 19 2024 10:15:00",
     "Korea funds a water plant in Khujand", "updated: Mon Feb 19 2024 10:15:00"),
    ("Korea funds a water plant in Khujand (02/19/2024)", "Korea funds a water plant in Khujand",
     "02/19/2024"),  # in brackets
    # a browser's title bar: the headline, the site's name, the date
    ("Korea funds a water plant in Khujand - Steppe News, 19.02.2024",
     "Korea funds a water plant in Khujand", "19.02.2024"),
    ("В Худжанде открыли водоочистную станцию - Вести Степи, 19.02.2024",
     "В Худжанде открыли водоочистную станцию", "19.02.2024"),
    # a meta row flattened onto a photo credit: the date, the time, the views
    ("Фото: Министерство экономики Республики Таджикистан 19.02.2024 10:15 452",
     "Фото: Министерство экономики Республики Таджикистан", "19.02.2024 10:15 452"),
])
def test_a_date_closing_a_headline_is_split_off(line: str, headline: str, stamp: str) -> None:
    assert split_closing_date(line, 5) == (headline, stamp)


@pytest.mark.parametrize("line", [
    "Water talks between Korea and Tajikistan to resume on 19.02.2024",
    "Korea funds a water plant in Khujand on 19.02.2024.",
    "Water plant 19.02.2024",
    "Korea funds a water plant in Khujand (Phase 2)",
    "Water talks between Korea and Tajikistan to resume (on 19.02.2024)",
    "U.S. Department of State, Bureau of Asian Affairs, 19.02.2024",  # a source's line
    "Talks - Osh, 19.02.2024",  # too short for a headline before the dash
    "Korea funds a water plant in Khujand 19.02.2024 with 452",  # no view count: words follow
])
def test_a_date_that_belongs_to_the_headline_or_sentence_stays(line: str) -> None:
    assert split_closing_date(line, 5) is None


def test_the_fields_a_listing_prints_under_each_item_are_cut_and_its_headlines_kept() -> None:
    first = "Korea funds a water plant in Khujand for the city's schools"
    second = "Japan opens a training centre for nurses in Osh"
    stories = _stories(
        f"{first}\nPublishing date: 19 February 2024\nContent type: News\n"
        f"What we do: Water, Health\n{LEAD}\n"
        f"{second}\nPublishing date: 12 February 2024\nContent type: Press release\n"
        f"What we do: Health\n{THIRD}\n")
    assert [(s.title, s.published) for s in stories] == [
        (first, "2024-02-19"), (second, "2024-02-12")]
    assert not any("Content type" in s.text or "What we do" in s.text for s in stories)


def test_a_series_name_over_headlines_under_their_date_lines_is_part_of_each_headline() -> None:
    first = "Chart of the week: water tariffs in Central Asia"
    second = "Chart of the week: who lends to Tajikistan"
    stories = _stories(f"Economy | March 4th 2031\n\n{first}\n\n{LEAD}\n"
                       f"Economy | February 25th 2031\n\n{second}\n\n{THIRD}\n")
    assert [(s.title, s.published) for s in stories] == [
        (first, "2031-03-04"), (second, "2031-02-25")]


def test_a_label_and_value_printed_once_stays_in_the_story() -> None:
    story, _ = one(f"Korea funds a water plant in Khujand\n\n{LEAD}\n\n"
                   f"Project partners: Khujand city water utility\n\n{SECOND}")
    assert "Project partners: Khujand city water utility" in story.text


def test_a_listing_of_headlines_closed_by_dates_gives_dated_stories() -> None:
    other = ("Uzbekistan opens a new airport terminal in Samarkand",
             "The terminal will handle two million passengers a year, the airport said on "
             "Monday after a ceremony attended by the transport minister and guests.")
    page = (f"Korea funds a water plant in Khujand 19.02.2024\n{LEAD}\n\n"
            f"{other[0]} 17.02.2024\n{other[1]}")
    stories = clean_page(RawPage("site/list.txt", "0" * 64, 0, page, "text"))
    assert [(s.title, s.published) for s in stories] == [
        ("Korea funds a water plant in Khujand", "2024-02-19"), (other[0], "2024-02-17")]


NAMED_LEAD = ("OSH, May 24. /Valley Wire/. Kyrgyz Deputy Minister Aibek Osmonov met Korean "
              "Ambassador Park Jisoo and KOICA Director Kim Minho, Valley Wire reported.")


def test_headlines_printed_twice_over_their_texts_head_a_listings_stories() -> None:
    first, second = "Korea funds a water plant in Khujand", "Korea trains nurses in Osh"
    page = (f"Embassy news\n\n{first}\n{first}\n\n{LEAD}\n\n{SECOND}\n\n"
            f"{second}\n{second}\n\n{NAMED_LEAD}\n\n{THIRD}")
    stories = clean_page(RawPage("site/list.txt", "0" * 64, 0, page, "text"))
    assert [s.title for s in stories] == [first, second]
    assert stories[1].text.startswith(NAMED_LEAD)  # a lead a dateline opens, thick with names


def test_a_story_whose_headline_is_printed_twice_stays_one_story() -> None:
    headline = "Korea funds a water plant in Khujand"
    story, _ = one(f"{headline}\n{headline}\n\n{LEAD}\n\nThe works\n\n{SECOND}\n\n{THIRD}")
    assert story.title == headline and THIRD in story.text


def test_a_short_headline_closed_by_a_timed_stamp_is_split() -> None:
    assert split_closing_date("Khujand gets clean water | 19.02.2024 10:15", 5) == (
        "Khujand gets clean water", "19.02.2024 10:15")
    assert split_closing_date("Khujand gets clean water 19.02.2024", 5) is None


def test_a_strip_of_headlines_with_their_stamps_is_not_split_as_one_headline() -> None:
    line = ("Osh opens a new bus depot in the south 26 October 2027, 12:14Farmers in Naryn get "
            "cheaper seed this spring 25 October 2027, 12:03")
    assert split_closing_date(line, 5) is None


def test_a_strip_of_other_stories_above_the_headline_dates_and_titles_nothing() -> None:
    strip = ("JUST IN: Osh opens a new bus depot in the south 26 October 2027, 12:14"
             "Farmers in Naryn get cheaper seed this spring 25 October 2027, 12:03")
    headline = "Korea funds a water plant in Khujand"
    story, removed = one(f"{strip}\n\n{headline}\n03 May 2024, 17:17\n\n{LEAD}\n\n{SECOND}")
    assert (story.title, story.published) == (headline, "2024-05-03")
    assert removed[strip] == "teaser"


def test_a_breadcrumb_trail_ending_in_a_dated_headline_is_not_split() -> None:
    assert split_closing_date("Home » News » Khujand gets clean water | 19.02.2024 10:15", 5) \
        is None


@pytest.mark.parametrize("line", [
    '<a onclick="track()"> valley_news',
    '<img src="plant.jpg" alt="Pumps at the new plant in Khujand">',
])
def test_markup_left_by_the_extraction_is_cut(line: str) -> None:
    assert rule_reason(line) == "artefact"


def test_a_sentence_opening_with_a_less_than_sign_is_kept() -> None:
    assert rule_reason("<5% of the grant went to the plant in Khujand.") is None


def test_a_headline_printed_again_in_the_body_stays_the_title_past_a_cut_line() -> None:
    page = (f"Korea funds a water plant in Khujand\n\n<a href=\"/author\"> valley_news\n"
            f"19-02-2024, 10:15\n\n{LEAD}\n\nKorea funds a water plant in Khujand\n\n{SECOND}")
    story, _ = one(page)
    assert story.title == "Korea funds a water plant in Khujand"


@pytest.mark.parametrize("line", [
    "The two ministers shake hands before their talks in this photo provided by the ministry.",
    "Pumps at the water plant in Khujand are seen in this file photo.",
])
def test_a_caption_written_as_a_sentence_about_its_photo_is_cut(line: str) -> None:
    assert rule_reason(line) == "caption"


@pytest.mark.parametrize("line", [
    "Minister Rustam Nazarov (L) shakes hands with the ambassador after the signing in Osh.",
    "Ambassador Mori (2nd R) and Governor Rahimov (centre) open the new clinic in Khujand.",
    "President Aliev (L front) is welcomed by the prime minister upon his arrival in Ashgabat.",
    "Министр Назаров (слева) и посол подписывают соглашение в Бишкеке.",
    "Governor Rahimov (second from left, in the front row) and the envoy visit the clinic.",
    "Ambassador Mori (3rd from R) meets the mayor's team at the city hall on Friday.",
    "Посол Мори (второй справа) осматривает новую больницу в Худжанде.",
])
def test_a_caption_placing_its_people_in_the_picture_is_cut(line: str) -> None:
    assert rule_reason(line) == "caption"


@pytest.mark.parametrize("line", [
    "Turnout in the northern district (left column of the table) doubled in 2024.",
    "The loan of 10 billion yen (R) was signed on Monday, the bank said.",  # no name before it
    "Senator Jane Smith (R-Texas) welcomed the agreement with Kazakhstan.",
    "The party came second (left behind by the ruling party) in the 2024 vote in Osh.",
])
def test_a_bracketed_letter_or_side_that_places_no_one_is_kept(line: str) -> None:
    assert rule_reason(line) is None


@pytest.mark.parametrize("line", [
    "In this picture of the regional economy, the water sector grows fastest, the bank said.",
    "Nothing in this photo exhibition in Khujand came from abroad, the organisers said.",
])
def test_sentences_that_speak_of_a_picture_are_kept(line: str) -> None:
    assert rule_reason(line) is None


def test_a_headline_printed_over_and_under_its_date_line_heads_one_story_with_subheadings() -> None:
    headline = "Korea funds a water plant in Khujand"
    story, _ = one(f"{headline}\n\n19.02.2024, 10:15\n{headline}\n\n{LEAD}\n\n"
                   f"Works to begin in spring\n\n{SECOND}")
    assert story.title == headline and story.published == "2024-02-19"
    assert LEAD in story.text and SECOND in story.text


def test_a_short_question_over_the_story_is_its_headline() -> None:
    story, _ = one(f"Who pays for the water plant in Khujand?\n{LEAD}\n{SECOND}")
    assert story.title == "Who pays for the water plant in Khujand?"


@pytest.mark.parametrize("line", [
    "“Who pays for the water plant in Khujand?” the mayor asked the visitors on Tuesday.",
    "Who will pay for the water plant that the city of Khujand has wanted to build for many "
    "years, and when will its works begin?",
    "Why is Korea so generous to Khujand??",  # a reader's cry
])
def test_a_quoted_or_long_question_over_the_story_is_no_headline(line: str) -> None:
    story, _ = one(f"{line}\n{LEAD}\n{SECOND}")
    assert story.title is None


@pytest.mark.parametrize("stamp", [
    "7 Apr. 09:40 (UTC+5)",
    "Khujand, April 7 09:40",
    "7 April, 09:40 2315",  # with the page's views counter
    "7 апреля, 09:40",
])
def test_a_date_line_without_its_year_is_no_headline_and_dates_nothing(stamp: str) -> None:
    story, removed = one(f"{stamp}\n\n{LEAD}\n\n{SECOND}")
    assert story.title is None and story.published is None
    assert removed[stamp] == "date" and story.text == f"{LEAD}\n\n{SECOND}"


@pytest.mark.parametrize("line", [
    "Water talks in Khujand on 7 April at 09:40",  # a headline naming the hour of an event
    "The session opens 7 April 09:40 in Khujand",
])
def test_a_headline_with_a_day_and_an_hour_is_no_date_line(line: str) -> None:
    assert rule_reason(line) is None
    story, _ = one(f"{line}\n\n{LEAD}\n\n{SECOND}")
    assert story.title == line


def test_titles_a_site_closes_with_its_name_are_cut_with_the_card_they_open() -> None:
    promo = ("Radio Valley - Valley Wire\nRadio Valley\n"
             "Listen to the news on Radio Valley every day.")
    alt = "The minister at the press conference - Valley Wire"
    page = (f"{promo}\n\nKorea funds a water plant in Khujand\n\n© Valley Wire / A. Name\n{alt}"
            f"\n\n{LEAD}\n\n{SECOND}")
    story, removed = one(page)
    assert story.title == "Korea funds a water plant in Khujand"
    assert story.text == f"{LEAD}\n\n{SECOND}"
    assert removed["Listen to the news on Radio Valley every day."] == "related"


@pytest.mark.parametrize("page", [
    # one headline with the site's name: the headline
    f"Korea funds a water plant in Khujand - Valley Wire\n\n{LEAD}\n\n{SECOND}",
    # date lines with the same label are dates, not titles
    f"12 May 2024 | News\n\nKorea funds a water plant in Khujand\n\n{LEAD}\n\n{SECOND}\n\n"
    f"14 May 2024 | News",
    # a headline with a dash under the trail that ends with it: one title, printed twice
    f"Home Analysis Korea funds a water plant in Khujand - Valley Wire\n\n"
    f"Korea funds a water plant in Khujand - Valley Wire\n\n{LEAD}\n\n{SECOND}",
])
def test_a_single_titled_line_or_labelled_date_lines_are_no_site_titles(page: str) -> None:
    story = clean_page(RawPage("site/page.txt", "0" * 64, 0, page, "text"))[0]
    assert story.title.startswith("Korea funds a water plant in Khujand")


# ---------------------------------------------------------------- listings
def _stories(text: str) -> list:
    return clean_page(RawPage("site/list.txt", "0" * 64, 0, text, "text"))


def test_a_list_of_headlines_each_closed_by_its_date_is_a_listing() -> None:
    text = (f"Press releases\n\n• Korea funds a water plant in Khujand Oct 19, 2024\n\n{LEAD}\n\n"
            f"• Engineers of the city trained in Seoul Sep 30, 2024\n\n{THIRD}")
    stories = _stories(text)
    assert [(s.title, s.published) for s in stories] == [
        ("Korea funds a water plant in Khujand", "2024-10-19"),
        ("Engineers of the city trained in Seoul", "2024-09-30")]


def test_a_listed_fact_closed_by_a_date_stays_in_the_story() -> None:
    text = (f"Korea funds a water plant in Khujand\n\n{LEAD}\n\nThe agency's grants so far:\n"
            "• A grant for pumps in Osh, 12.03.2023\n• A grant for clinics in Naryn, 05.06.2024"
            f"\n\n{SECOND}")
    story, _ = one(text)
    assert "A grant for clinics in Naryn" in story.text and story.published is None


def test_teasers_above_a_dated_unit_of_a_listing_are_its_stories() -> None:
    teaser = ("Engineers of the city water utility have finished a month of training at a plant "
              "near Seoul, where they learned to run the membranes the new plant will use...")
    teaser_2 = ("Farmers of the valley will get cheaper loans for drip irrigation under a new "
                "line of credit the bank opened with two local lenders this week...")
    text = (f"Engineers of the city trained in Seoul\n{teaser}\n\n"
            f"Cheaper loans for the valley's farmers\n{teaser_2}\n\n"
            f"Korea funds a water plant in Khujand\nKHUJAND – {LEAD}\n\n"
            f"Aid convoy reaches the mountain villages\nKHOROG – {THIRD}")
    titles = [s.title for s in _stories(text)]
    assert titles[:2] == ["Engineers of the city trained in Seoul",
                          "Cheaper loans for the valley's farmers"]


def test_teasers_above_a_dated_story_of_several_paragraphs_are_cut() -> None:
    teaser = ("Engineers of the city water utility have finished a month of training at a plant "
              "near Seoul, where they learned to run the membranes the new plant will use...")
    text = (f"Engineers of the city trained in Seoul\n{teaser}\n\n"
            f"Korea funds a water plant in Khujand\n\nKHUJAND – {LEAD}\n\n{SECOND}\n\n{THIRD}")
    story, removed = one(text)
    assert story.title == "Korea funds a water plant in Khujand" and teaser not in story.text


def test_a_paragraph_closed_by_a_spaced_ellipsis_leaves_a_story_whole() -> None:
    text = (f"Korea funds a water plant in Khujand\n\n{LEAD}\n\nThe mayor listed the "
            "districts to be served: Panjshanbe, Sharq, Ispisor …\n\n"
            f"Engineers of the city trained in Seoul\n\n{SECOND}")
    assert len(_stories(text)) == 1


@pytest.mark.parametrize("closed", [
    lambda text, last: text if last else f"{text} Read more »",  # a link to the rest
    lambda text, last: text.rsplit(" ", 3)[0] + " …",  # cut off by the site after a word
])
def test_headlines_over_paragraphs_closed_by_a_link_or_cut_off_are_a_listing(
        closed: Callable[[str, bool], str]) -> None:
    text = (f"Section\n\nKorea funds a water plant in Khujand\n\n{closed(LEAD, False)}\n\n"
            f"Engineers of the city trained in Seoul\n\n{closed(THIRD, False)}\n\n"
            f"Aid convoy reaches the mountain villages\n\n{closed(SECOND, True)}")
    titles = [s.title for s in _stories(text)]
    assert titles == ["Korea funds a water plant in Khujand",
                      "Engineers of the city trained in Seoul",
                      "Aid convoy reaches the mountain villages"]
