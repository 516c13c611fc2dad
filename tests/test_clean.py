"""Clean stage: furniture rules, story splitting, titles and dates on real-looking pages."""

from __future__ import annotations

import pytest

from pipeline.clean import (
    STOPWORDS,
    WEATHER,
    clean_page,
    credited_names,
    detect_language,
    is_prose,
    is_sentence,
    mark_card_bylines,
    mark_rules,
    rule_reason,
    split_end_mark,
    split_glued_headline,
    split_lines,
    split_read_more,
    split_site_credit,
    stopword_density,
)
from pipeline.ingest import RawPage
from pipeline.pagedates import (
    DATELINE,
    Stamp,
    numeric_order,
    read_dateline,
    read_stamp,
    split_glued_stamp,
    split_leading_stamp,
    weigh,
)

PARA_1 = (
    "Japan is giving Kyrgyzstan a ¥1.8 billion grant, worth about $12.4 million, to buy road "
    "repair equipment and rebuild a 96-kilometre stretch of highway in Talas region, JICA "
    "announced on Tuesday."
)
PARA_2 = (
    "Notes on the grant were exchanged in Bishkek between the Japanese envoy and the Kyrgyz "
    "transport minister, who signed the financing agreement at the same ceremony."
)
PARA_3 = (
    "The transport ministry expects to take delivery of 64 machines, among them bulldozers and "
    "snow blowers, before the end of 2026, with the road works due to begin in April."
)
PARA_4 = (
    "Japanese aid to Kyrgyzstan has passed ¥140 billion since the early 1990s, covering grants, "
    "concessional loans and training, much of it spent on transport and hospitals."
)


def page(text: str, path: str = "news/item.txt", fmt: str = "text", **meta: str) -> RawPage:
    return RawPage(path=path, sha256="0" * 64, index=0, text=text, format=fmt, meta=meta)


def one(text: str) -> tuple:
    stories = clean_page(page(text))
    assert len(stories) == 1
    return stories[0], {line: r.reason for r in stories[0].removed for line in r.text.split("\n")}


# ---------------------------------------------------------------- prose judging
def test_stopword_share_counts_the_words_inside_a_hyphenated_compound() -> None:
    stopwords = frozenset({"a", "of", "the"})
    assert stopword_density("a state-of-the-art plant", stopwords) == 0.5  # 3 of 6 words


def test_caption_closed_by_its_date_and_place_is_no_title() -> None:
    headline = "Korean builders win two gas plant deals in Turkmenistan"
    caption = "The president speaks at the Korean business forum, June 11, 2024, Ashgabat"
    story, removed = one(f"{headline}\n{caption}\n{PARA_1}\n{PARA_2}")
    assert story.title == headline and removed[caption] == "boilerplate"


def test_headline_with_a_date_inside_stays_the_title() -> None:
    headline = "Korea and Turkmenistan to sign gas deals on June 11, 2024 in Ashgabat"
    story, _ = one(f"{headline}\n{PARA_1}\n{PARA_2}")
    assert story.title == headline


def test_wrapped_end_of_a_line_or_a_salutation_is_no_title() -> None:
    story, _ = one(f"A portal of news on donor work\nin the Fergana valley\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title != "in the Fergana valley"
    story, _ = one(f"Dear guests and colleagues,\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title is None


def test_salutations_in_a_speech_split_no_listing() -> None:
    lead = ("The ambassador of Japan held a press conference in Osh on Friday, 14 February 2025, "
            "on the new grants for schools.")
    for hello in ("Dear guests,", "Your Excellencies, Ladies and Gentlemen!"):
        story, removed = one(f"{lead}\n\nDear members of the press,\n\n{PARA_1}\n\n{hello}\n\n"
                             f"{PARA_2}")
        assert story.text.startswith(lead) and PARA_2 in story.text and not removed


def test_headline_opening_with_a_brand_in_lower_case_stays_the_title() -> None:
    headline = "eGov portal of Uzbekistan gets a grant from the Korean agency"
    story, _ = one(f"{headline}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline


@pytest.mark.parametrize("head", [
    "Pamir State Univ. Rector Karimov visits Seoul",
    "Pres. Japarov opens a school built with Korean funds",  # a president's title cut short
])
def test_a_headline_with_an_abbreviated_name_stays_above_its_deck(head: str) -> None:
    story, _ = one(f"{head}\n\nBuilding research partnerships with 4 Korean colleges\n\n"
                   f"{PARA_1}\n\n{PARA_2}")
    assert story.title == head


def test_two_sentences_on_one_line_are_no_headline() -> None:
    line = "Japan gives aid to Osh. The city thanks Tokyo"
    head = "Japan funds new schools across the Osh valley"
    story, _ = one(f"{line}\n\n{head}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == head


def test_a_headline_with_a_full_stop_restated_by_the_lead_is_the_title() -> None:
    head = "Korea will fund the construction of a new water plant in the city of Khujand."
    lead = ("Korea will fund the construction of a new water plant in the city of Khujand, the "
            "Valley News agency reports. The plant will serve 80,000 people in the north.")
    story, _ = one(f"{head}\n12 March 2024\n{lead}\n\n{PARA_2}")
    assert story.title == head.rstrip(".") and story.text.startswith(lead)


def test_a_summary_sentence_copied_from_the_lead_is_no_title() -> None:
    summary = "Korea will fund the construction of a new water plant in the city of Khujand."
    lead = ("Korea will fund the construction of a new water plant in the city of Khujand. The "
            "plant will serve 80,000 people in the north, the Valley News agency reports.")
    story, _ = one(f"{summary}\n12 March 2024\n{lead}\n\n{PARA_2}")
    assert story.title is None


def test_question_headline_printed_twice_is_the_title() -> None:
    question = "Why does the new water fund matter for the valley towns?"
    story, removed = one(f"logo\n\n{question}\n\n{question}\n\nDaily Wire 3 hours ago\n\n{PARA_2}")
    assert story.title == question


def test_short_headline_printed_twice_is_the_title() -> None:
    headline = "JICA in Osh, Naryn"
    story, removed = one(f"{headline}\n{headline}\n• Daily Wire\n• 12.03.2021 10:15\n\n"
                         f"{PARA_1}\n\n{PARA_2}")
    assert story.title == headline and removed[headline] == "repeated"


def test_masthead_printed_twice_is_no_title() -> None:
    story, removed = one(f"Daily Wire\nDaily Wire\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title is None and "Daily Wire" in removed


@pytest.mark.parametrize("line", [
    "The ministers at the signing in Astana, May 2, 2024. [Steppe Wire/Ali Umarov]",
    "Workers lay the last rail near Osh on Monday. [Wire Photo/A. Umarov]",
    # a gallery's separator after the credit
    "The presidents at the airport in Osh, May 2, 2024. He came on Thursday. [Wire/Ali Umarov] |",
])
def test_caption_closed_by_its_agency_and_photographer_is_cut(line: str) -> None:
    assert rule_reason(line) == "caption"


@pytest.mark.parametrize("line", [
    "Rangers at the new checkpoint near Naryn (Steppe Wire/Ali Umarov)",
    "Crowds in Osh before the holiday on May 9 (SW/RL)",
])
def test_a_phrase_closed_by_a_slashed_credit_in_brackets_is_a_caption(line: str) -> None:
    assert rule_reason(line) == "caption"


def test_the_caption_under_an_alt_text_with_its_credit_is_cut_too() -> None:
    credit = "(Steppe Wire/Ali Umarov)"
    alt = f"Rangers at the new checkpoint {credit}"
    caption = f"Rangers train at the new checkpoint near Naryn every week. {credit}"
    story, removed = one(f"Interview: We want more engineers\n\n{PARA_1}\n\n{alt}\n{caption}"
                         f"\n\n{PARA_2}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}" and removed[caption] == "caption"
    kept = "Rangers train at the new checkpoint near Naryn every week, the ministry said."
    assert kept in one(f"Interview: We want more engineers\n\n{PARA_1}\n\n{alt}\n{kept}"
                       f"\n\n{PARA_2}")[0].text  # another credit: no caption of that picture


def test_an_alt_text_repeating_the_caption_its_credit_line_carries_is_cut() -> None:
    credit = "© Steppe Wire / Ali UmarovThe minister at the press conference in Osh"
    alt = "The minister at the press conference in Osh - Steppe Wire"
    story, removed = one(f"Japan grants ¥1.8 billion for roads in Talas\n\n{credit}\n{alt}\n\n"
                         f"{PARA_1}\n\n{PARA_2}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}" and removed[alt] == "caption"
    told = "The minister spoke at the press conference in Osh on Friday - and took questions."
    assert told in one(f"Japan grants ¥1.8 billion for roads in Talas\n\n{credit}\n{told}\n\n"
                       f"{PARA_1}\n\n{PARA_2}")[0].text


def test_paragraph_closed_by_names_in_brackets_is_no_caption() -> None:
    assert rule_reason("The road links the two border towns (Kazakhstan/Kyrgyzstan)") is None
    assert rule_reason("The ministers met in Osh on Friday and signed two deals. |") is None


@pytest.mark.parametrize("line", [
    "The two ministers shake hands after the talks in Osh on Friday. [STEPPE WIRE]",
    "The envoy and the mayor sign the grant papers at the city hall in Naryn. WPA",
])
def test_caption_closed_by_its_source_in_square_brackets_or_as_an_acronym_is_cut(
        line: str) -> None:
    assert rule_reason(line) == "caption"


@pytest.mark.parametrize("line", [
    "The road will be co-financed by the EU and the ADB.",
    "The loan is the bank's largest in the region. It follows a grant from the EU.",
])
def test_sentence_ending_in_an_acronym_is_no_caption(line: str) -> None:
    assert rule_reason(line) is None


@pytest.mark.parametrize("line", [
    "Посол вручил грамоты. Фото со встречи опубликовано на сайте министерства и в газетах.",
    "Япония выделила грант на школу в Оше. Фото и видео с церемонии смотрите на нашем сайте.",
])
def test_a_russian_sentence_about_a_photo_after_a_sentence_is_no_credit(line: str) -> None:
    assert rule_reason(line) is None


@pytest.mark.parametrize("line", [
    "27 mins ago Osh opens a new bus depot",  # a feed's story under its age
    "• 3 hours ago farmers in Naryn get cheaper seed",
    "2 часа назад В Оше открыли новое автобусное депо",
    "• 4 days Khujand Hosts a Water Forum",  # a list of stories by age, no `ago`
    "• 2 days e-bus sales slow down in the valley",
])
def test_a_headline_under_its_age_in_a_feed_is_a_teaser(line: str) -> None:
    assert rule_reason(line) == "teaser"


@pytest.mark.parametrize("line", [
    "• 10 days of talks ended with a deal on the canal.",  # a span of time in a list's item
    "• 3 days after the signing, the bank paid the first tranche.",
    "10 days ago the minister said the bank would pay.",  # a story's sentence
    "10 days ago, the bank paid the first tranche.",
    "3 дня назад в Оше прошли переговоры.",
    "• 12 дней переговоров завершились подписанием соглашения.",
])
def test_a_span_of_time_opening_a_sentence_is_no_teaser(line: str) -> None:
    assert rule_reason(line) is None


def test_a_line_of_headlines_each_closed_by_its_date_and_time_is_a_teaser_strip() -> None:
    line = ("LATEST: Osh opens a new bus depot 26 October 2027, 12:14Farmers in Naryn get "
            "cheaper seed 26 October 2027, 12:10Khujand hosts a water forum 25 October 2027, 11:02")
    assert rule_reason(line) == "teaser"


def test_a_sentence_with_one_date_and_time_is_no_teaser_strip() -> None:
    line = "The talks opened on 26 October 2027, 12:14 local time, in the hall of the ministry."
    assert rule_reason(line) is None


@pytest.mark.parametrize("line", [
    "Stay here and when the countdown ends, click 'Proceed' to go on.",
    "Click here to join our channel",
    "Tap the green button below to read on",
    "Continue in 12 seconds",
    # a subscription's confirmation mail
    "Success! Check your inbox and follow the link to confirm your subscription.",
    "To finish, open the confirmation link in your inbox or look in your spam folder.",
    "Готово! Теперь проверьте свою электронную почту",
])
def test_what_to_click_and_a_redirect_countdown_are_prompts(line: str) -> None:
    assert rule_reason(line) == "prompt"


@pytest.mark.parametrize("line", [
    "Stay informed! Join our Telegram for the news of the valley.",
    "Будьте в курсе: новости долины в нашем Telegram-канале",
    "What do you think?",
    "Что думаете об этом?",
    "Spotted a mistake? Select it and press Ctrl+Enter.",
    "Нашли опечатку? Выделите её и нажмите Ctrl + Enter",
    "• Found a bug?",  # the report asked for by a link
    "Нашли ошибку?",
    "Все самое важное в Telegram",  # the news promised on the site's channel
    # the network spelt in Cyrillic, the channel's handle after it
    "Больше новостей о долине в Телеграм-канале @ValleyNews",
    "The latest news on WhatsApp",
    "Now is the time to support independent journalism in the valley!",  # a plea for money
    "Support The Valley Times!",
    "Donate now",
    "Поддержите независимую журналистику",
    "Support us",
    "... and we have a small favour to ask.",
    "Dear readers,",
    "Enjoying our journalism?",
    "Присоединяйтесь к нам в Telegram! И будьте в курсе всех новостей!",  # a box of two
    "Узнавайте важные новости долины первыми! Подписывайтесь на наш канал!",  # the news named
])
def test_the_sites_channel_the_comment_question_and_the_typo_report_are_prompts(line: str) -> None:
    assert rule_reason(line) == "prompt"


@pytest.mark.parametrize("line", [
    "The agency announced the grant on its Telegram channel on Monday.",
    "Министерство сообщило об этом в своем Telegram-канале.",
    "What do you think of the loan, the reporter asked the minister.",
    "Users press Ctrl and Enter to search the archive of the bank.",
    "Found a bug in the new tax software, the auditors asked the ministry?",
    "The news on Telegram channels was false, the ministry said.",
    "Узнавайте о программе больше у координаторов проекта в регионе.",
    "Больше новостей о кредитах в этом году опубликует Телеграм.",
    "Japan will support independent media in Kyrgyzstan with a grant of $2 million.",
    "The text continues below the table of the loan's terms, the ministry said.",
    "Support Japan!",  # a slogan of one name
    "Министерство открыло канал в Telegram",  # a headline about a channel
])
def test_a_sentence_about_a_channel_or_asking_an_opinion_is_no_prompt(line: str) -> None:
    assert rule_reason(line) is None


def test_a_plea_written_as_a_letter_is_cut_whole_and_the_story_beside_it_kept() -> None:
    letter = ("A Message from The Valley Times:\nDear readers,\nThe authorities have closed our "
              "office and blocked the site in the country.\nEvery month of our work costs us "
              "more than we earn from the readers who pay.")
    story, removed = one(f"{PARA_1}\n{PARA_2}\n{PARA_3}\n{letter}")
    assert all(removed[line] == "prompt" for line in letter.split("\n"))
    assert PARA_3 in story.text
    box = ("Enjoying our journalism?\nThis year we removed every advertisement from the site.\n"
           "Your support can help us keep it that way.\nSupport us")
    story, removed = one(f"{box}\n\n{PARA_1}\n{PARA_2}")
    assert all(removed[line] == "prompt" for line in box.split("\n"))
    assert PARA_1 in story.text


def test_a_sentence_about_support_and_readers_is_no_plea() -> None:
    for line in ("Dear readers of the report will find the figures in the annex.",
                 "Japan will support us in building the road, the minister said.",
                 "The bank said it needs the support of the government to continue."):
        assert rule_reason(line) is None


@pytest.mark.parametrize("line", [
    "Farmers click on the ministry's portal to apply for the subsidy.",
    "The mission continued in Osh for three more days.",
    "The ministry asked applicants to check their email for the results.",
    "The bank sent a confirmation of the loan to the ministry.",
])
def test_a_sentence_about_clicking_or_continuing_is_no_prompt(line: str) -> None:
    assert rule_reason(line) is None


def test_image_markup_opening_a_line_is_cut_and_the_rest_is_read() -> None:
    byline = "By Staff Writers Osh, Kyrgyzstan (Kabar) March 3, 2021"
    story, removed = one(f"Japan funds Osh schools\n![](https://x.org/p.jpg) {byline}\n"
                         f"{PARA_1}\n{PARA_2}")
    assert removed["![](https://x.org/p.jpg)"] == "artefact"
    assert story.title == "Japan funds Osh schools" and story.published == "2021-03-03"


def test_an_image_file_name_opening_a_line_is_cut_and_the_rest_is_read() -> None:
    story, removed = one(f"Japan funds Osh schools\nphoto-school_2.jpg  {PARA_1}\n{PARA_2}")
    assert removed["photo-school_2.jpg"] == "caption" and story.text.startswith(PARA_1)
    line = "The file report.pdf lists 12 schools; the ministry.jpg mention is a typo in it."
    story, _ = one(f"Japan funds Osh schools\n{PARA_1}\n{line}")
    assert line in story.text


def test_an_embedded_posts_address_run_into_the_text_is_cut_and_the_rest_is_read() -> None:
    address = "https://social.example/ministry/status/1702938475610293847"
    story, removed = one(f"Japan funds Osh schools\n{address}{PARA_1}\n{PARA_2}")
    assert removed[address] == "artefact" and story.text.startswith(PARA_1)
    line = "The report at https://ministry.example/report2024 lists 12 schools in the region."
    story, _ = one(f"Japan funds Osh schools\n{PARA_1}\n{line}")
    assert line in story.text


def test_an_embedded_post_closed_by_its_handle_and_date_is_cut() -> None:
    post = ("Talks with our partners in Osh today #Kyrgyzstan pic.social.example/x7Ga — Ministry "
            "of Water (@WaterMinistry) June 7, 2023")
    story, removed = one(f"Japan funds Osh schools\n{PARA_1}\n{post}\n{PARA_2}")
    assert removed[post] == "embed" and PARA_2 in story.text
    line = "The minister (@WaterMinistry on the network) said on June 7, 2023 that talks went well."
    assert rule_reason(line) != "embed"


def test_a_gallery_of_image_file_names_is_no_headline() -> None:
    gallery = "IMG_2041_small.jpg DSC00817-copy.jpg bridge_opening_03.png"
    story, removed = one(f"Korea opens a bridge in Osh\n{gallery}\n{PARA_1}\n{PARA_2}")
    assert story.title == "Korea opens a bridge in Osh" and ".jpg" not in story.text
    assert removed["DSC00817-copy.jpg bridge_opening_03.png"] == "caption"


@pytest.mark.parametrize("credit", [
    "фото с сайта steppe-news.kz",
    "Photo from example-ministry.gov.kz",
    "Иллюстративное фото с сайта www.example.com",  # the picture called illustrative
    "Illustrative photo from www.example.org",
])
@pytest.mark.parametrize("times", [1, 2])
def test_photo_credits_naming_a_site_run_into_the_lead_are_cut(credit: str, times: int) -> None:
    lead = ("Сегодня депутаты одобрили соглашение о займе с Азиатским банком развития на сумму "
            "100 млн долларов для ремонта дорог.")
    credits = " ".join([credit] * times)
    story, removed = one(f"date 2024-05-02 {credits} {lead}\n{PARA_1}\n{PARA_2}")
    assert story.text.startswith(lead) and removed[credit] == "caption"


@pytest.mark.parametrize("line", [
    "Фото с сайта министерства Сегодня показали новую больницу в Оше.",  # no site's address
    "Photo from example.kz shows the new hospital in Osh.",  # a sentence goes on from it
    "Illustrative photo from example.kz shows the new hospital in Osh.",
])
def test_a_photo_named_without_a_site_credit_shape_is_not_split(line: str) -> None:
    assert split_site_credit(line) is None


def test_a_row_of_banner_image_names_of_several_words_is_cut() -> None:
    row = ("Steppe Ministry of Water.jpg National Agency of Roads of the Republic.jpg "
           "logo_30years.png header-en.jpg")
    story, removed = one(f"Korea opens a bridge in Osh\n{row}\n{PARA_1}\n{PARA_2}")
    assert removed[row] == "caption" and ".jpg" not in story.text
    line = "The ministry posted map.jpg files of the new road. The bridge opens in May."
    assert rule_reason(line) is None


def test_image_markup_alone_is_an_artefact_and_text_with_brackets_stays() -> None:
    line = "The [draft] plan (see annex) was approved by the cabinet in March this year."
    story, removed = one(f"Japan funds Osh schools\n![Pupils in Osh](p.jpg)\n{PARA_1}\n{line}")
    assert removed["![Pupils in Osh](p.jpg)"] == "artefact" and line in story.text


@pytest.mark.parametrize("line", ['<cms:image id="187" />', '<hr/> <img src="osh.jpg" alt="">'])
def test_markup_tags_alone_are_an_artefact(line: str) -> None:
    assert rule_reason(line) == "artefact"


def test_a_sentence_comparing_figures_with_angle_signs_stays() -> None:
    assert rule_reason("Exports rose where x < 5 and fell where y > 3, the model showed.") is None


def test_question_inside_the_body_is_no_title() -> None:
    question = "Why does the new water fund matter for the valley towns?"
    story, _ = one(f"Kyrgyz valley towns get a water fund\n\n{PARA_2}\n\n{question}\n\n{PARA_2}")
    assert story.title == "Kyrgyz valley towns get a water fund"


def test_long_line_of_names_ending_like_a_sentence_is_a_sentence() -> None:
    stopwords = frozenset({"a", "of", "the", "on", "at", "and"})
    lead = ("Kazakh President Nurlan Abenov received Korean Ambassador Kim Do Hyun at Akorda "
            "on Tuesday, discussing grants, loans and joint ventures, Qazinform reported.")
    assert is_sentence(lead, stopwords)
    names = ("Abenov Nurlan, Kim Do Hyun, Sato Ken, Park Ji Min, Aliev Timur, Lee Min Ho, "
             "Tanaka Yui.")  # a list of names, however long, is no sentence
    assert not is_sentence(names, stopwords)


def test_stopword_share_keeps_an_apostrophe_word_whole_and_skips_numbers() -> None:
    stopwords = frozenset({"it’s", "a"})
    assert stopword_density("It’s a 2024 plan", stopwords) == 2 / 3  # it’s, a, plan


# ---------------------------------------------------------------- tickers and rate boards
@pytest.mark.parametrize("line", [
    "KGS/USD = 0.01152 0%",
    "• KZT/USD = 0.00196 -0%",
    "USD/KZT 538.60 ▲0.42 | USD/KGS 87.10 ▼0.05 | USD/UZS 12 840.75 ▲6.30",
    "USD 87.45 ▲",
    "USD 86.90 ▲ | EUR 99.85 ▼ | UZS 0.0071 —",
    "Bishkek +4°C   USD 87.45   EUR 91.80   RUB 0.98",  # weather and rates strip
    "USD 87.30  EUR 94.12  RUB 1.05  KZT 0.17",
    "Almaty −2 °C | USD 541.2 | EUR 590.1",
    # a strip of commodity prices
    "Gold $ 1,950.20 oz | Silver $ 23.10 oz | Brent $82.4 ▲0.6% | Iron Ore $ 0.11 kg",
    "Humidity 40 %",  # a weather widget's readings
    "Wind Gust: 0 mph",
    "temperature icon 21°C",
    "Pressure 1012 mb",
    "Влажность 45%",
])
def test_ticker_rule_cuts_rate_quotes_and_weather_strips(line: str) -> None:
    assert rule_reason(line) == "ticker"


@pytest.mark.parametrize("line", [
    "KGS/USD = 0.0115 was the rate set by the bank on Friday.",  # a quote inside a sentence
    "• USD/KZT forecast for 2026 revised upward",  # a pair without its quote
    "USD/KZT hits 538.60 as oil prices slide",  # one quote in a headline
    "USD 87.45 billion in remittances",  # an amount, not a quote
    "USD 87 million, EUR 20 million",  # amounts, not quotes
    "The rate was USD 87.45 and EUR 91.80 on Monday.",
    "Bishkek +4°C",  # one reading alone may be a heading
    "USD 87.30 per barrel in March, up from 81.10",
    "Almaty −2 °C tonight, snow on the passes",
    "GDP 4.5% in 2024",
    "Japan will provide USD 15 million to Kyrgyzstan.",
    "Grant Aid: 14.2 bln JPY ~ (98.7 mln USD)",
])
def test_ticker_rule_keeps_amounts_and_single_quotes(line: str) -> None:
    assert rule_reason(line) is None


def test_sums_parted_by_bars_are_no_price_strip() -> None:
    line = "Japan gave $3 million | Korea gave $2 million | China gave $9 million"
    assert rule_reason(line) != "ticker"


# ---------------------------------------------------------------- pagination and separators
@pytest.mark.parametrize("line, reason", [
    ("Viewing results 1 - 10 of 83", "pagination"),
    ("Page 2 of 5", "pagination"),
    ("« Prev   1   2   3   …   17   Next »", "pagination"),
    ("Next page »", "pagination"),
    ("----------------------------------------", "separator"),
    ("* * *", "separator"),
])
def test_pager_and_separator_lines_are_cut(line: str, reason: str) -> None:
    assert rule_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Showing strong results, 6 of the 59 firms raised wages.",
    pytest.param("Showing results in 14 of 16 pilot districts, the scheme will now cover the "
                 "whole country.",
                 marks=pytest.mark.xfail(strict=True, reason="`Showing results ... of <n>` is "
                                         "taken for a result counter even in a sentence")),
    "Page 2 of the report lists 5 projects.",
    "Next steps: 3 projects in 2 regions",
    "Next page of reforms: the new tax code",
    "2021–2022",  # two numbers are a year range, not a pager
    "--- Analysis ---",  # a drawn rule around a word is a heading
    "- 40% -",
])
def test_pager_and_separator_rules_keep_headings_and_sentences_with_numbers(line: str) -> None:
    assert rule_reason(line) is None


def test_a_sentence_on_details_or_agencies_is_no_link_or_credit() -> None:
    assert rule_reason("Details of the loan were not disclosed.") is None
    assert rule_reason("The bank contributed to this project more than any donor.") is None
    assert rule_reason("Agencies of the two countries signed the protocol.") is None


# ---------------------------------------------------------------- navigation: menus and links
@pytest.mark.parametrize("line", [
    "Home > News > Economy",
    "Главная / Экономика",
    "KZ | RU | EN",
    "English | Русский | 日本語",
    "Home | Economy | Energy",
    "Back to Press Releases",
    "Page Top",
    "Read more",
    "Find out more →",
    "Details>>",
    "Подробности »",
    "Узнайте больше в полной версии ➞",
    "Read more from The Steppe Herald at https://example.com/",
    "Подробнее читайте на сайте агентства",
    "Next News",  # the neighbouring story's link
    "Previous article",
    "Search",
    "Hi, what are you looking for?",  # a search box's prompt
    "Type to search",
    "Что вы ищете?",
    "Japan Osh health schools Japan Osh health",  # tags printed twice
    "An official website of the European Union",  # a government site's banner
    "Skip Breadcrumb Navigation",  # accessibility links
    "Skip Global Navigation to Main Content",
    "This isn't an official website of the United States government",
    "Here’s how you know",
    "Official websites use .gov",  # the banner's notes on the domain and the lock
    "Secure .gov websites use HTTPS",
    "A .mil website belongs to an official military organization of the republic.",
    "A lock ( ) or https:// means you are connected to the .gov site safely. Share data only on "
    "secure sites.",
    # a long menu whose items the page printed twice, desktop and mobile copies run together
    "Embassy news Embassy news Consular services Consular services Visa to Japan Visa to Japan "
    "Study in Japan Study in Japan Grant assistance projects Grant assistance projects Culture "
    "and sport Culture and sport Contacts of the embassy Contacts of the embassy",
    "You are here",  # a breadcrumb's label alone
    "Вы здесь:",
    "Главная Новости Политика Экономика Общество Происшествия Спорт Культура",  # one line
    "Скачать отчёт на английском>>>",  # a few words closed by a link's arrows
    "Download the grant agreement »»",
    "Listen to this article",  # a player that reads the story aloud
    "Click to listen to the text! Powered by SpeechKit",
    "Слушать новость",
])
def test_breadcrumbs_menus_and_link_lines_are_navigation(line: str) -> None:
    assert rule_reason(line) == "navigation"


@pytest.mark.parametrize("line", [
    "Exports > imports for the first time since 2019.",
    "Тариф на воду в Оше: 5 → 7 сомов за кубометр",  # an arrow inside a line's figures
    "Listen to the story of the Aral Sea, the minister urged the delegates.",
    "Импорт / экспорт зерна вырос на 5%.",
    "Analysis | Why the som fell against the dollar in the second half of 2025",
    "Top of the agenda is the Kambarata dam.",
    "Read more books, the minister urged pupils.",
    "Pupils read more from screens than from books, the survey found.",
    "Подробнее о проекте рассказал министр в интервью агентству.",
    "Learn more about the grant on the embassy's website.",
    "Search teams found the missing climbers on Monday.",
    "What are you looking for in a partner, the minister asked the investors.",
    "Kyrgyzstan and Japan: Japan and Kyrgyzstan sign a road deal",  # no run of three repeated
    "The portal is an official website of the ministry, the minister said.",
    "Official websites use plain language, the report advised.",
    "A lock on the gate of the new warehouse was broken on Monday.",
    "Skipping the content of the talks",
    "[The minister later denied the report.]",  # an editor's note is a sentence
    # a long paragraph cut off before its full stop, naming one body twice
    "The Ministry of Investment and Foreign Trade of the Republic of Uzbekistan and the Japan "
    "International Cooperation Agency signed the minutes, and the Ministry of Investment and "
    "Foreign Trade of the Republic of Uzbekistan will host the next round of talks in",
    pytest.param("Go to any bazaar in Osh and you will see Chinese goods.",
                 marks=pytest.mark.xfail(strict=True, reason="a short sentence opening with "
                                         "`Go to` (or `Back to`) is taken for a link")),
])
def test_navigation_rules_keep_sentences_with_arrows_slashes_and_link_words(line: str) -> None:
    assert rule_reason(line) is None


@pytest.mark.parametrize("line", [
    "Tajikistan still has no tram network.",
    "2021–2022: Laying the Groundwork",
    "Arrival of interns",
    "• vacancy search,",
    "Published reports",  # a label's word opening a heading
])
def test_short_headings_sentences_and_list_items_match_no_rule(line: str) -> None:
    assert rule_reason(line) is None


@pytest.mark.parametrize("line", [
    "Water Fund Annual Report 2023 (PDF, 2.4 MB)",
    "Loan agreement summary (English & Russian, PDF)",
    "Project appraisal document [DOCX]",
])
def test_a_link_to_a_document_named_with_its_format_is_an_artefact(line: str) -> None:
    assert rule_reason(line) == "artefact"


@pytest.mark.parametrize("line", [
    "The bank published its annual report (PDF) in May, and it shows loans rose by a third.",
    "Documents in PDF format",  # a heading, no link's bracket
    "The grant covers the Pump Drainage Fund (PDF Programme)",  # a name's word, not a format
])
def test_a_sentence_or_heading_naming_a_document_format_is_no_link(line: str) -> None:
    assert rule_reason(line) is None


# ---------------------------------------------------------------- toolbars, hashtags, channels
@pytest.mark.parametrize("line, reason", [
    ("Print version   |   A  A+  A++   |   Version for the visually impaired", "navigation"),
    ("Версия для печати | Версия для слабовидящих", "navigation"),
    ("Save   Print   E-mail", "navigation"),  # the page's buttons alone
    ("Print | Email | PDF", "navigation"),
    ("Trending: #Uzbekistan #gold_price #COP30 #visa_free", "navigation"),
    ("#WorldBank #Kyrgyzstan #education #grant #IDA", "artefact"),
    ("Discussion chat: @kg_econ_chat", "navigation"),
    ("Pinned message", "navigation"),
    ("Forwarded from KG Budget Monitor", "navigation"),
    ("Join channel", "navigation"),
])
def test_toolbars_hashtag_strips_and_channel_lines_are_cut(line: str, reason: str) -> None:
    assert rule_reason(" ".join(line.split())) == reason


@pytest.mark.parametrize("line", [
    "The library printed a version for the visually impaired readers of the region.",
    "Save the Children prints e-mail appeals",  # a headline with the buttons' words in it
    "Save and print your e-mail",  # words between the buttons' names make a phrase
    "Версия для слабовидящих появилась на сайте министерства в мае.",
    "Trending topics among Kyrgyz investors this year are gold and solar.",
    "Kazakhstan launched the #DigitalKazakhstan campaign in 2017, the ministry said.",
    "The campaign ran under #CleanAir and #GreenAlmaty in 2024 and drew 3,000 volunteers.",
    "The ministry said on Telegram that @kg_econ_chat had been blocked for a week.",
    "The pinned message urged drivers to avoid the Bishkek–Osh road on Friday.",
    "Forwarded from the regional offices, the complaints reached the ministry in May.",
    "Farmers in Sughd will join the new irrigation channel to the Syr Darya in 2026.",
])
def test_sentences_citing_toolbars_tags_handles_or_channels_are_kept(line: str) -> None:
    assert rule_reason(line) is None


@pytest.mark.parametrize("line", [
    "Do you like this article?", "Was this news helpful?", "Rate this article",
    "Понравилась статья?", "Была ли эта новость полезной?", "Оцените материал",
])
def test_reader_feedback_boxes_are_prompts(line: str) -> None:
    assert rule_reason(line) == "prompt"


@pytest.mark.parametrize("line", [
    "Do you like this city? the mayor asked the visiting ministers.",
    "Was this information useful for investors, the minister asked?",
])
def test_questions_of_a_story_are_no_feedback_boxes(line: str) -> None:
    assert rule_reason(line) is None


# ---------------------------------------------------------------- advertisements
@pytest.mark.parametrize("line", ["Advertisement", "ADVERTISEMENT", "Partner content", "Sponsored",
                                  "Advt",
                                  "Article continues below", "Story continues after advertisement",
                                  # set off by dashes, a theme's picture class glued on
                                  "- Advertisement -", "— Реклама —", "- Advertisement -spot_img"])
def test_advertisement_labels_are_cut(line: str) -> None:
    assert rule_reason(line) == "advertisement"


@pytest.mark.parametrize("line", [
    "You are using software which is blocking our advertisements (adblocker).",
    "We rely on our banners. Please disable your ad blocker and reload the page.",
    "Click here for a guide on disabling your adblocker.",
    "As a Bookshop Associate I earn from qualifying purchases.",  # an affiliate's disclosure
    "This post may contain affiliate links.",
])
def test_a_notice_to_readers_who_block_ads_is_cut(line: str) -> None:
    assert rule_reason(line) == "advertisement"


@pytest.mark.parametrize("line", [
    "Advertising revenue of state media fell by 12% last year.",
    "Partner content from Japan's NHK will air on Kyrgyz TV from May.",
    "Sponsored by KOICA, the course trains 40 nurses a year.",
    "The second installment of the loan, worth $40 million, was paid in May.",
    "The regulator fined the firm for blocking access to its own records.",
    "The bank will earn a commission on the loan it arranges for the city.",
    "He was an associate professor at the university in Osh.",
    "- Advertising revenue rose 5% -",  # a line between dashes that is no label
])
def test_sentences_about_advertising_or_sponsors_are_kept(line: str) -> None:
    assert rule_reason(line) is None


# ---------------------------------------------------------------- prompts and paywalls
@pytest.mark.parametrize("line", [
    "Sign up to read the whole story",
    "Already a member? Log in now",
    "Paid news is limited. If you already have a account, please log in. Login Register",
    "Download the app",
    "Click to enlarge",  # a picture's own prompt
    "(Click image to view full size)",
    "Нажмите, чтобы увеличить",
    "Install the application:",  # and the steps that put the site on a phone's screen
    "1) Open the website in Safari",
    "2) Tap share",
    "3) Add to home screen",
    "All PDF files on this site are marked as such and will open in a new browser window.",
    "Ссылки на документы откроются в новом окне.",
    "Subscribe",
    "Подписаться",  # the button alone
    "Your e-mail",
    "Get the Steppe Brief newsletter: the week's main market stories, every morning at 7:30.",
    "Follow Steppe Wire on Telegram and WhatsApp",
    "Follow us on Instagram and LinkedIn for more farm news.",
    "You must be logged in to post a comment.",
    "Leave a comment",
    "Add your comments...",
    "Be the first to comment",
    "No comments yet",
    "Добавить комментарий",  # a comment form's opening in Russian
    "Оставьте свой комментарий",
    "Комментарии читателей публикуются на сайте без предварительной модерации.",
    "Comments are closed.",  # a blog engine's notice where its form would be
    "Комментарии закрыты.",
    # a blog engine's spam-filter notice under its comment form
    "This site filters spam. Learn how your comment data is processed.",
    "Узнайте, как обрабатываются ваши данные комментариев.",
    "This article is for subscribers",
    "This article requires Premium Subscription",  # an offer beside a story shown whole
    "Unlock unlimited access for 12 months of market analysis",
    "Or continue reading this article for free",
    "Your email address will not be published. Required fields are marked *",
    "To read the full article, subscribe or log in",
    "Choose your newsletter by Steppe Wire. Join for free!",
    "Keep up to date with farm news from the steppe",
    "Steppe Weekly is Steppe Wire's weekly email newsletter.",
    "Any message or comments?",
    "This forum is moderated before publication: your post appears once validated.",
    "Disclaimer",
    "Comments expressed here do not reflect the opinions of the Steppe Wire or its staff.",
    # a paywall box of several prompts, longer than any one of them
    "This is only a preview! Sign up for a free trial to get the Steppe Farm Brief and the "
    "weekly Grain Letter every morning. Members sign in to read the full text.",
    "Comments",  # the comments' header, counter and rules
    "Total comments : 0 Awaiting review : 0",
    "Comments sent by you will be published after approval by site administrators.",
    "Comments that contain insults will not be published.",
    "Комментарии, содержащие оскорбления, не публикуются.",
    # who alone may comment
    "Only registered users can post comments.",
    "Comments may only be left by logged-in members of the site.",
    "Комментарии к новостям пишут только авторизованные (зарегистрированные) читатели портала.",
    # what a comment system lets the reader do
    "Members of the Gold plan can comment on articles. Before posting your first comment, "
    "choose a screen name in your account settings.",
    "As a registered reader you can now comment on stories.",
    "Be the first to know",
    "* I understand and agree that registration on this site constitutes agreement to its "
    "user agreement and privacy policy.",
    # a site's offer of its news
    "The latest news and analysis from the Steppe. Stay tuned for updates on farming and more.",
    "Следите за новостями",
    # a contact form's prompt
    "To reach the editors, contact us by filling in the short form",
    "Please fill out the request form and our office will call you back.",
])
def test_sign_up_follow_comment_and_paywall_prompts_are_cut(line: str) -> None:
    assert rule_reason(line) == "prompt"


@pytest.mark.parametrize("line", [
    "Sign-ups for the grant programme closed in May with 3,400 applicants.",
    "Подписаться на грант могут фермеры из трех областей.",  # the verb in a sentence
    "Kyrgyzstan, already a member of the Eurasian Economic Union, will host the summit.",
    "Downloads of the state services app passed 2 million in 2025.",
    "The application to join the fund opens in May, the ministry said.",
    "Click to enlarge the map of the new road, which Japan funded with a $20 million grant.",
    "Officials will take 4 mins to vote on the loan, the speaker said.",
    "Save the date: the new clinic opens in a new building in Osh in May.",
    "The bank will open a new window for small loans to farmers in May.",
    "Farmers can add the new seeds to their fields in spring.",
    "Subscribers of the state operator will get faster internet next year.",
    "Your e-mail to the ministry will be answered within 15 days, the rules say.",
    "The bank's newsletter said exports rose by 12 percent in March.",
    pytest.param("The central bank's newsletter, published every week, expects inflation to "
                 "slow.",
                 marks=pytest.mark.xfail(strict=True, reason="`newsletter ... every week` is "
                                         "matched anywhere, so a sentence citing a weekly "
                                         "newsletter is cut as a prompt")),
    "Follow-up talks on the loan will be held in Tokyo in March.",
    "Applicants must fill out the form on the ministry's website by May 1.",
    "Farmers can contact us, the agency said, to form a cooperative.",
    "Users logged in to the tax portal 3 million times in 2025.",
    "The ministry declined to leave a comment on the audit.",
    "No comments were made by the ministry on the audit.",
    "Farmers can keep reading the new water law for free on the ministry's site.",
    "Get full access to the canal, the farmers asked the district governor in May.",
    "Be the first to apply: the fund opens on Monday, the ministry said.",
    "Министр отказался дать комментарий журналистам.",
    "Комментарии экспертов публикуются на сайте министерства без изменений.",
    "Residents can comment on the draft water code on the ministry's site until May.",
    "His first comment on the loan came a week after the signing.",
    "Only registered farmers can comment on the draft water code, the ministry said.",
    "Комментировать проект закона могут только зарегистрированные фермеры.",
    "Comments are closed to the public until the audit ends, the ministry said.",
    "Добавить к комментарию министра агентство ничего не смогло.",
    "Farmers who already have an account at the state bank will get the loan first.",
    "The ministry chose its newsletter's new editor in May.",
    "The disclaimer in the loan agreement protects the bank.",
    "The forum is moderated by the deputy minister of economy.",
    "Share - the minister said the loan was good news for farmers.",
    "Keep in mind that the loan is repaid over 25 years, the bank said.",
    "The new tariff is for subscribers of the state operator only.",
    "Farmers who want to read the full contract can ask the district office.",
    "The latest news from Osh suggests the canal will open in May.",
    "Officials asked farmers to stay tuned to the district radio for the water schedule.",
    # a paragraph about signing up is longer than any prompt
    "Sign up for the programme is open to farmers in all regions until May, and the ministry "
    "expects about 4,000 applications from small farms in the south.",
    # one sentence shaped like a prompt, the next the story's own
    "Sign up for the programme closes in May. The ministry expects about 4,000 applications "
    "from small farms in the south, mostly from growers of cotton, wheat and fruit.",
])
def test_sentences_about_subscribers_apps_newsletters_or_comments_are_kept(line: str) -> None:
    assert rule_reason(line) is None


def test_the_benefits_listed_in_an_offer_box_inside_the_story_are_cut() -> None:
    box = ("Unlock unlimited access for 12 months\n\n• Weekly analysis of the energy market\n"
           "• Access to 500 technical papers\n\nOr continue reading this article for free")
    story, removed = one(f"Japan lends $150 million\n\n{PARA_1}\n\n{box}\n\n{PARA_2}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert removed["• Access to 500 technical papers"] == "prompt"


def test_a_headline_printed_again_is_no_part_of_the_prompts_around_it() -> None:
    headline = "Japan sends more tents to the flooded valley"
    page = (f"Stay tuned for updates on the region.\n\n{headline}\n\n{headline} - Steppe Wire\n"
            f"Subscribe\n{PARA_1}\n\n{PARA_2}")
    story, _ = one(page)
    assert story.title == headline and story.text == f"{PARA_1}\n\n{PARA_2}"


PROMPTED_PAGE = (
    "Every paper you follow, together in a single feed.\nOne tap.\nBegin now\n"
    "The Osaka Courier\nThe Osaka Courier\nWorld\n\n"
    f"Japanese farms look to Central Asia for seasonal staff\n\n{PARA_1}\n\n{PARA_2}\n\n"
    "Sign up to read the whole story\nStories from many publishers, chosen by our editors.\n"
    "Already a member? Log in now\nDownload the app"
)


def test_prompt_blocks_above_and_below_the_story_are_cut() -> None:
    story, _ = one(PROMPTED_PAGE)
    assert story.title == "Japanese farms look to Central Asia for seasonal staff"
    assert story.text == f"{PARA_1}\n\n{PARA_2}"


def test_prompt_block_leaves_a_paragraph_in_the_same_block() -> None:
    story, removed = one(f"Japan grants ¥1.8 billion for roads in Talas\n\n{PARA_1}\nSubscribe\n\n"
                         f"{PARA_2}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert removed == {"Subscribe": "prompt"}


def test_paragraph_cut_off_by_a_paywall_is_kept_whole() -> None:
    truncated = ("\"Every winter we are one burst pipe away from a crisis,\" the director told "
                 "us on Monday. The Ministry of Finance will on-lend the funds to the")
    story, cut = one(
        f"Japan grants ¥1.8 billion for roads in Talas\n\n{PARA_1}\n\n{truncated}\n\n"
        "SUBSCRIBER EXCLUSIVE\nThis article is available to subscribers only.\n"
        "Already a subscriber? Log in\n"
    )
    assert story.text == f"{PARA_1}\n\n{truncated}"
    assert cut["This article is available to subscribers only."] == "prompt"


def test_paywall_box_between_headline_and_story_keeps_both() -> None:
    story, cut = one(
        "Steppe Water News\n\nOsh Water Supply To Benefit From $40 Million Loan Of The Bank\n\n"
        "This is only a preview! Sign up for a free trial to get the Steppe Farm Brief and the "
        f"weekly Grain Letter every morning. Members sign in to read the full text.\n\n{PARA_1}"
    )
    assert story.title == "Osh Water Supply To Benefit From $40 Million Loan Of The Bank"
    assert story.text == PARA_1


def test_unfinished_line_under_a_header_without_a_paywall_is_still_cut() -> None:
    story, _ = one(
        f"Japan grants ¥1.8 billion for roads in Talas\n\n{PARA_1}\n\nMost read\n\n"
        "Japan and Kyrgyzstan agree on the next steps of the road project across all of the\n"
    )
    assert story.text == PARA_1


# ---------------------------------------------------------------- related and share headers
@pytest.mark.parametrize("line, reason", [
    ("Related news", "related"),
    ("Most viewed", "related"),
    ("More from this section", "related"),
    ("Today in 10:15", "date"),  # a date line without its year: it dates nothing
    ("Сегодня в 12:30", "date"),
    ("Related Links", "related"),
    ("Читайте также:", "related"),
    ("You might also be interested in", "related"),
    ("More stories to explore", "related"),
    ("READ MORE: Turkic ministers meet in Baku to plan the next summit", "related"),  # a link
    ("Read: Minister urges faster work on the gas pipeline", "related"),
    ("Also readIn Osh, Korea opens a clinic for mothers", "related"),  # glued to the label
    ("Post navigation", "related"),  # a blog's links to the previous and the next post
    ("Навигация по записям", "related"),
    ("ТАКЖЕ ЧИТАЙТЕ Корея откроет клинику в Оше", "related"),  # no colon after the label
    ("Check Also", "related"),
    ("More videos", "related"),  # a link to the site's other stories
    ("All news", "related"),
    ("Все новости", "related"),
    ("Browse all articles from Aigul Sadykova", "navigation"),
    ("Поделиться:", "share"),
    ("Share this article", "share"),
    ("Share this post with others.", "share"),
    ("Follow the Bureau of Mountain Affairs on Facebook and Twitter.", "prompt"),
    ("Commenting is not available in this entry.", "prompt"),
    ("Share: Telegram | Facebook | Email", "share"),
    ("Share on Facebook", "share"),
    ("Share - WeChat", "share"),
    ("Like this story? Share it with your colleagues.", "share"),
    ("Facebook Twitter Telegram", "share"),  # a bar of the site's social accounts
    ("VK OK Telegram", "share"),  # the Russian networks' buttons by their short names
    ("• Share", "share"),  # one of a bulleted list of share buttons
    ("Вам также может понравиться", "related"),
    ("Вас может заинтересовать...", "related"),  # closed by an ellipsis
    ("Похожие записи", "related"),  # the blog engines' section of related posts
    ("Recent Posts", "related"),  # ... and their widget of the newest posts
    ("Свежие записи", "related"),
    ("You may also like…", "related"),
    ("Facebook Steppe Post iconInstagram Steppe Post iconYoutube Steppe Post icon", "share"),
])
def test_related_and_share_headers_are_cut(line: str, reason: str) -> None:
    assert rule_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Related costs rose by 5 percent, the ministry said.",
    "Most viewed videos were about the new dam.",
    "Today in Osh 3,000 people voted for the new council.",
    "Investors might also be interested in the new bond, the bank said.",
    "You might also be interested in buying bonds, the banker told savers.",
    "По теме реформы выступил министр финансов.",
    "Вам может понравиться новый парк, сказал аким жителям.",
    "Похожие записи нашли в архиве министерства в 2024 году.",
    "Recent posts by the embassy announced the grant.",
    "Свежие записи в блоге посла рассказали о гранте.",
    "Поделиться опытом в Бишкек приехали врачи из Сеула.",
    "Share of renewables in the power mix reached 6 percent in 2024.",
    "Share of Facebook users in Kyrgyzstan fell to 41 percent in 2025.",
    "Like this story, the film follows two migrant workers in Seoul.",
    "Read the full text of the agreement on the ministry's website.",
    "See also the ministry's report on the loans, the bank said.",  # lower case after the label
    "Facebook, Instagram and TikTok blocked in Turkmenistan",  # a headline naming networks
    "VK, OK and Telegram blocked in the valley",
    "All news outlets of the valley reported the grant.",
    "More videos of the flood were published on Monday.",
])
def test_sentences_opening_with_related_or_share_words_are_kept(line: str) -> None:
    assert rule_reason(line) is None


def test_related_header_takes_the_headlines_below_it() -> None:
    story, removed = one(
        f"Japan grants ¥1.8 billion for roads in Talas\n\n{PARA_1}\n\nRelated news\n"
        "Aktobe to host regional grain fair in June\nUzbek cotton exports to Turkey fall again"
    )
    assert story.text == PARA_1
    assert removed["Aktobe to host regional grain fair in June"] == "related"
    assert removed["Uzbek cotton exports to Turkey fall again"] == "related"


def test_a_lone_news_link_above_the_story_leaves_the_headline_below_it() -> None:
    headline = "Japan grants ¥1.8 billion for roads in Talas"
    deck = "In 2025 the grant rebuilds roads to 40 villages worth $12 mln"
    story, removed = one(f"All news\n\n{headline}\n\n{deck}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline and removed["All news"] == "related"


def test_related_header_leaves_a_paragraph_below_it() -> None:
    story, removed = one(
        f"Japan grants ¥1.8 billion for roads in Talas\n\n{PARA_1}\n\nRelated news\n\n{PARA_2}"
    )
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert removed == {"Related news": "related"}


@pytest.mark.parametrize("teaser", [
    "Korea to train 40 Kazakh nurses in Seoul hospitals",
    # a headline that asks, however long
    "Who will pay for the new reservoirs of the Fergana Valley: the donors, the farmers or the "
    "three governments that share the water?",
])
def test_related_section_with_a_headline_under_it_ends_the_story(teaser: str) -> None:
    story, removed = one(
        f"Japan grants ¥1.8 billion for roads in Talas\n\n12 March 2025\n\n{PARA_1}\n\n"
        f"Related news\n\n{teaser}\n\n{PARA_4}"
    )
    assert story.text == PARA_1 and story.published == "2025-03-12"
    assert removed["Related news"] == "related" and teaser in removed and PARA_4 in removed


def test_related_header_leaves_a_question_with_its_answer_in_the_story() -> None:
    asked = ("Will the machines arrive before the snow? The ministry says the first 20 are already "
             "on their way.")
    story, _ = one(
        f"Japan grants ¥1.8 billion for roads in Talas\n\n{PARA_1}\n\nRelated news\n\n{asked}"
        f"\n\n{PARA_2}"
    )
    assert story.text == f"{PARA_1}\n\n{asked}\n\n{PARA_2}"


# ---------------------------------------------------------------- artefacts: counters, tags, stamps
@pytest.mark.parametrize("line", [
    "8 min read",
    "Tags: Japan, JICA, roads",
    "Topic: Economy",  # the story's topic or category
    "Filed under: Politics",
    "Рубрика: Экономика",
    "Tags",  # its label alone
    "Published",  # a date's label alone, its date lost
    "Опубликовано:",
    "Тэги: кредит, грант, Таджикистан",  # both Russian spellings of `tags`
    "Теги: кредит, грант",
    "link: https://example.com/news/1",
    "views: 2873",
    "Views: 1,204",
    "web site:",
    "Comments (8)",
    "Show comments (4)",
    "3 comments",
    "Updated 2 hours ago",  # an update stamp with a full date is a date line (see below)
    "Source: Ministry of Water of Tajikistan",
    "48 372 subscribers",
    "12.4K views   edited 14:22",
    "Read time: 1 min",  # a reading time, its label first
    "4 mins",  # or its plural abbreviation alone
    "Время чтения: 3 минуты",
    "Примерное время чтения: меньше минуты",  # in words
    "Estimated reading time: less than a minute",
    "dsc 0412",  # an image's name and number
    "24645",  # a counter's bare number
    "3.1",
    "• 518",  # a counter under a list's bullet
    "07:08",  # a time of day alone, its date lost or on the line above
    "2:15 PM",
    "eye-icon 1873",  # a counter's icon name
    "print-icon",  # an icon's name alone
    "lock icon",
    "views icon shares icon",  # icons' alt texts in a row
    "Иконка просмотров блок соц сети",
    "Your browser does not support the video tag.",  # a player's stand-in text
    "Ваш браузер не поддерживает видео",
    "This browser does not support the video element.",
    "This email address is being protected from spambots. You need JavaScript enabled to view it.",
    "Image 0",  # a gallery's counter
    "Photo 2 of 12",
    "Фото 3 из 5",
    "Read 1520 times",  # a read counter
    "Hits: 988",
    "Прочитано 240 раз",
    "Published in Economy",  # the section a post was filed in
    "Posted in Society and Culture",
    "354 photos",  # a channel's web preview: what it has posted, its link to the messenger
    "46 files",
    "Download Telegram",
])
def test_counters_tags_links_sources_and_update_stamps_are_artefacts(line: str) -> None:
    assert rule_reason(" ".join(line.split())) == "artefact"


@pytest.mark.parametrize("line", ["Read 3 times a day, the report is clear.",
                                  "354 photos of the flood were sent to the ministry.",
                                  "Download Telegram files faster, the operator says",
                                  "Published in 2019, the study found 40 wells.",
                                  "The law was published in Gazette"])
def test_a_sentence_about_reading_or_publishing_is_no_counter_or_section(line: str) -> None:
    assert rule_reason(line) is None


def test_post_navigation_run_into_the_last_paragraph_is_cut_with_the_next_posts_title() -> None:
    story, removed = one(
        "Korea funds a water plant in Khujand\n\n"
        "Korea will fund a water plant in Khujand, the embassy said. Work starts in May. "
        "Post navigation Floods hit three villages in the valley\n")
    assert story.text.endswith("Work starts in May.")
    assert "Floods" not in story.text
    assert removed["Floods hit three villages in the valley"] == "related"


def test_a_sentence_about_navigation_is_kept() -> None:
    line = "The grant pays for post navigation systems for the river port. Work starts in May."
    story, _ = one(f"Korea funds a river port\n\nKorea will fund a river port. {line}\n")
    assert story.text.endswith(line)


def test_a_sentence_about_a_browser_is_no_players_stand_in() -> None:
    assert rule_reason("The bank's new browser does not support old cards, it said.") is None


@pytest.mark.parametrize("line", ["Korean pop icon visits Almaty", "Иконка стиля посетила Алматы",
                                  "Sports Icon Opens a Gym in Osh"])
def test_a_headline_about_an_icon_is_no_icons_alt_text(line: str) -> None:
    assert rule_reason(line) is None


def test_a_hidden_addresss_stand_in_leaves_the_sentence_that_gave_the_address() -> None:
    story, removed = one(
        "Clinic opens in mountain village\n\n"
        "A new clinic funded by a foreign grant opened in the mountain village on Monday.\n\n"
        "Patients who wish to book a visit in advance may write to the clinic's office at "
        "This email address is being protected from spambots. You need JavaScript enabled to "
        "view it.\n\n"
        "Doctors will see patients from May.\n")
    assert "spambots" not in story.text and "JavaScript" not in story.text
    assert story.text.endswith("may write to the clinic's office at\n\n"
                               "Doctors will see patients from May.")
    assert any("spambots" in line for line in removed)


def test_a_sentence_about_spam_keeps_its_words() -> None:
    story, _ = one("Ministry warns of fake mail\n\n"
                   "The ministry said this email address is being protected from spambots by a "
                   "new filter that the agency installed with support from a foreign grant.\n\n"
                   "The filter was bought last year and is now used by all regional offices.\n")
    assert "protected from spambots by a new filter" in story.text


@pytest.mark.parametrize("line", [
    "8 minutes of reading a day is the goal of the new school programme.",
    "Tags on the cattle let vets track 12,000 animals in Naryn.",
    "Link roads to 14 villages were rebuilt under the grant.",
    "The minister shared his views on the project with the delegation.",
    "Views of 12 experts on the tariff differ widely.",
    "Web site traffic of the portal doubled in 2025.",
    "Comments from 8 ministries were included in the draft.",
    "3 comments from the IMF were included in the draft law.",
    "Updated figures show exports rose by 12 percent in 2025.",
    "Sources close to the ministry said the loan would be signed in May.",
    "48 372 subscribers of the state operator lost service on Monday.",
    "12.4K views were logged on the ministry's video of the signing.",
    "Q: Which sectors will the fund support in Tajikistan this year?",
    "Phase 2",  # a heading, capitalised
    "the grant covers 12",  # no name: a sentence's words before a number
    "1,200 tonnes",  # a figure with its unit
    "At 07:08 the first train left Osh for Jalal-Abad.",  # a time inside a sentence
    "Your browser history is kept for 30 days under the new law.",
    "• 518 families received winter fuel",  # a list item that starts with a number
    "Topics discussed included water, roads and the new grant.",
    "Category A hospitals will get new scanners in 2026.",
])
def test_sentences_with_counts_sources_or_labels_are_kept(line: str) -> None:
    assert rule_reason(line) is None


# ---------------------------------------------------------------- copyright
@pytest.mark.parametrize("line", [
    "© 2025 Steppe Digest",
    "Samarkand Business Daily. All rights reserved.",
    "Reproduction of our articles is allowed only with a link to the source.",
    "[Copyright Steppe Wire Press, Ltd.]",
    "This content is protected by copyright and may not be reused without a link.",
    "All materials on this site may not be reproduced without written permission.",
    "Перепечатка материала невозможна без согласия редакции.",
    "Перепечатка материалов допускается только со ссылкой на источник.",
    # the editors' refusal of responsibility for what they print from others
    "The editorial board is not responsible for the content of material taken from other "
    "sources.",
    "Редакция не несет ответственности за содержание материалов из других источников.",
])
def test_copyright_lines_are_cut(line: str) -> None:
    assert rule_reason(line) == "copyright"


@pytest.mark.parametrize("line", [
    "The company said all rights to the mine were reserved for the state.",
    "Reproduction of the old maps took the archive three years.",
    "The ministry said the designs may not be reused by other contractors.",
    "The ministry is not responsible for the delay, the editor said.",
    pytest.param("Copyright holders will get new protections under the draft law.",
                 marks=pytest.mark.xfail(strict=True, reason="any line opening with "
                                         "`Copyright` is cut, a sentence about copyright too")),
    pytest.param("Reproduction of endangered saiga antelopes in captivity is allowed only in "
                 "licensed reserves.",
                 marks=pytest.mark.xfail(strict=True, reason="`reproduction ... allowed` is "
                                         "matched in any sentence, not only a reprint notice")),
])
def test_sentences_about_rights_or_reproduction_are_kept(line: str) -> None:
    assert rule_reason(line) is None


# ---------------------------------------------------------------- captions and photo credits
@pytest.mark.parametrize("line", [
    "Photo: Press office of the Ministry of Agriculture",
    "The delegations pose for a picture after the signing (Photo: Embassy of Korea)",
    "(Reuters/Getty Images)",
    "Photo credit: Kabar",
    "Photograph: Timur Aliev/Reuters",
    "A worker at a pumping station near Khujand. Photograph: AP",
    # a credit naming a ministry and its state, closed by a full stop
    "Pupils at the new school in Osh. Image: Ministry of Education and Science, Kyrgyz Republic.",
    "[Photo: Dilnoza Rahimova. Photo by the author]",
    "(Photo: Pamir Wire)",
    "(Illustrative photo)",
    "Workers at the new pumping station in Khujand [Photo: AP]",
    "Photo by the author",
    "Photo by the press service of the Ministry of Water Resources of the Republic.",
    "Photo courtesy of KOICA",
    "Image: AP",
    "Illustrative photo",
    "File photo of the Rogun dam site",
    "The two ministers at the signing in Astana. File Photo",  # closed by `file photo`
    "Steppe Wire file photo",
    "The photo is for illustrative purposes only.",
    "photo2: Tajik-Korean Foreign Ministers' Meeting",  # a numbered image label
    "The minister poses with the ambassador after the signing. Courtesy of the embassy |",
    "The minister greets the ambassador in Osh on Monday. (Pamir Wire)",  # closed by its source
    "Herders drive their flocks to the summer pastures/Steppe Wire",
    "The two presidents at the signing ceremony in Ashgabat on Tuesday. / Pamir TV",
    "The minister at the dam in Nurek. / Valley TV and Agencies",  # a credit with `and`
    "Delegates at the forum in Urumqi / photobank",  # a photo bank after a spaced slash
    # an agency's and a photographer's slashed credit after the caption's full stop
    "Farmers load cotton near Termez on Friday, officials said.  AGENCY/Dilshod Karimov",
    "The ministers shake hands in Osh on May 3, 2027. — Aibek OSMONOV/Pamir/Wire photo",
    "Pupils greet the guests at the new school in Osh on May 3 (photo courtesy of JICA).",
    "Photo3 former volunteers: From left – Aoki, Mori, Sato",  # a numbered picture's label
    "Mayor Aibek Osmonov, left, shakes hands with the envoy after the signing in Osh.",
    "Envoy Jane Miller, second from right, visits the clinic in Naryn on Friday.",
    "Left to right, Aibek Osmonov, head of the district's farm office, and Jane Miller, the "
    "agency's mission director in Bishkek, cut a ceremonial ribbon on new land in Uzgen.",
    "[Asian Development Bank News Release]",  # a source's label in square brackets
    "Фото пресс-службы министерства энергетики",  # a Russian credit, its source in the genitive
    "Фото из архива агентства",
    # a Russian caption closed by its credit, no colon
    "Министры у новой плотины в Нуреке, 3 мая 2024 года. Фото интернет-издания Valley.kg.",
    "Договор подписали мэр Оша и посол. Фото предоставлено пресс-службой банка. Договор "
    "подписали мэр Оша и посол. Фото предоставлено пресс-службой банка.",  # printed twice
    "Источник фото: ministry.example.kg",  # the Russian order of a source label
    "Автор фото: Азамат Иманов",
    "Фото взято с сайта ведомства",  # `taken from`
    "Фото с сайта osh.example.kg",  # a site's address
    "Фото - Valley.kg",  # a credit after a spaced dash
    "Коллаж Steppe.example.kz",  # a site's address needs no dash
    "Photo Steppewire.com",
    "Photo – Pamir Wire",
    "Иллюстративное фото",  # an illustrative or stock picture, in Russian
    "Стоковые изображения от Photobank",
    "Иллюстративное фото с сайта www.example.com",  # from a site's address
    "Illustrative photo from www.example.org",
    "Image generated by AI",  # a picture made by a machine
    "Photo taken from public sources",
    "Иллюстративное фото. Создано нейросетью",
    "From the ambassador's personal archive",  # a picture credited to an archive
    "Photo from the archive of the ministry",
    "The president speaks at the business forum in Astana [Image source=Steppe News]",
    "Pupils at the new school in Osh (Photo source: ministry.example.kg)",
    "UZBEKISTAN-SAMARKAND-KOREA-HOSPITAL",  # a wire photo's slug
    "KAZAKHSTAN-ASTANA-SCO-SUMMIT",
    "CHINA-BEIJING-XI JINPING-MEETING",  # a name of two words among the keywords
    "The envoy greets the minister at the ministry in Osh on June 12, 2024./ Source: Steppe News",
    "The two ministers sign the loan in Osh on January 16, 2025. / STW news agency",
    "The minister with his Kyrgyz counterpart at the ministry in Bishkek. (STW photo)",
    "Workers at the new plant near Osh. (Steppe file photo)",
    "Credit: Stockimages",  # a picture's credit alone, or closing its caption
    "Children play football on a street in the old town. Credit: Timur Umarov (Uzbekistan)",
    "Nurses at the new clinic in Naryn on Monday. Image: Steppe Wire.",  # the credit's stop
    # a credit opening the caption in brackets, maybe spaced
    "(Photo : Steppe Wire) The two ministers met in Osh over the weekend and signed deals.",
    "[Image: Pamir Wire] Volunteers plant poplars along the canal near Khujand",
    "Pupils greet the envoy at the new school in Osh.( Photo Credit : STW)",
    # a source in square brackets whose name holds `of` or `in`
    "The envoy and the mayor in Osh on June 4 after the signing. [Embassy of Japan in Kyrgyzstan]",
])
def test_captions_and_photo_credits_are_cut(line: str) -> None:
    assert rule_reason(line) == "caption"


def test_a_paragraph_longer_than_any_furniture_line_is_kept() -> None:
    paragraph = ("The archive in Khujand holds 4,000 maps of the valley drawn between 1920 and "
                 "1990; the ministry said that reproduction of the maps is prohibited without its "
                 "written consent, because many of them show the old canals that the new water "
                 "company will rebuild with the grant from Korea over the next five years, and "
                 "because the archive has no copies of the oldest sheets. ") * 2
    assert len(paragraph) > 600 and rule_reason(paragraph) is None
    assert rule_reason("Reproduction of the maps is prohibited.") == "copyright"


@pytest.mark.parametrize("line", ["Видео Ютуб", "Photo Gallery", "Photo finish in Osh.kg",
                                  "The grant pays for the kit. Video: the pupils will film "
                                  "lessons in the new studio.",
                                  "Credit is scarce for farmers in the valley, the bank said."])
def test_a_caption_word_before_words_that_are_no_address_is_no_credit(line: str) -> None:
    assert rule_reason(line) != "caption"


@pytest.mark.parametrize("line", [
    "The grant covers three towns. Image: the ministry expects a better one next year.",
    "(Photo: the ministry said it would publish them) is how the notice ended.",
    "The bank will lend more, it said in a statement [annex of the report].",
])
def test_a_caption_word_and_colon_before_lower_case_words_is_no_credit(line: str) -> None:
    assert rule_reason(line) is None


def test_a_sentence_on_a_file_photo_is_no_caption() -> None:
    assert rule_reason("The agency has published an old file photo.") is None


def test_a_sentence_on_what_a_machine_made_is_no_caption() -> None:
    assert rule_reason("The report was generated by AI tools at the bank.") is None
    assert rule_reason("Создан искусственный интеллект для таможни, сообщил министр.") is None


def test_a_sentence_on_archives_or_stock_prices_is_no_caption() -> None:
    assert rule_reason("Архивные документы показали рост экспорта в 2023 году.") is None
    assert rule_reason("Стоковые цены на хлопок выросли") is None
    # an address's dot inside a credit, never a sentence's full stop
    assert rule_reason("Архивные фото с выставки показали. Министр открыл новую школу") is None


@pytest.mark.parametrize("line", ["Photo 2024", "Image of the year", "The new logo",
                                  "Video 3 shows the dam"])
def test_a_titled_picture_or_a_year_is_no_gallery_counter(line: str) -> None:
    assert rule_reason(line) is None


@pytest.mark.parametrize("line", ["The road turns right, then left, before reaching Osh.",
                                  "The bank looked left, right and centre for partners."])
def test_a_sentence_with_left_or_right_is_no_caption(line: str) -> None:
    assert rule_reason(line) is None


def test_a_sentence_after_photo_and_a_dash_is_no_credit() -> None:
    line = "Photo - the mayor said the plant will open in May and serve 100,000 people."
    assert rule_reason(line) is None


def test_a_sentence_naming_a_pictures_source_in_brackets_is_no_credit() -> None:
    line = "The agency printed the map (the image source: the ministry) on its site."
    assert rule_reason(line) is None


def test_a_sentence_on_photos_taken_is_no_credit() -> None:
    assert rule_reason("Фото взяты для выставки в Оше, где их покажут в мае и июне.") is None


def test_a_courtesy_call_is_no_photo_credit() -> None:
    line = "The minister thanked the donors. Courtesy calls were paid to the speaker."
    assert rule_reason(line) is None


@pytest.mark.parametrize("line", [
    "The ministry released a photo: it shows the site of the future plant.",
    "The ministers met in Dushanbe (photography was not allowed at the talks).",
    pytest.param("(The figures exclude remittances.)",
                 marks=pytest.mark.xfail(strict=True, reason="any bracketed line of six words "
                                         "or fewer is taken for a credit, a short aside too")),
    "Photo credits for the exhibition went to 12 young artists.",
    "Photographers from 12 countries took part in the exhibition in Tashkent.",
    "The costs are split 50/50. Japan will pay for the pumps.",  # a slash inside a sentence
    "The fund was set up in 2019. It works with UNDP/GEF",  # a slashed pair after a verb
    "The ministry published one image: a map of the new canal.",
    "[Editor's note: the figures were revised on 3 May.]",
    "Workers at the new substation were trained in Japan [see page 4].",
    "Photo exhibitions about the Silk Road were held in Almaty and Tashkent.",
    pytest.param("Photos from the drone show cracks in the dam wall.",
                 marks=pytest.mark.xfail(strict=True, reason="`Photos from/by ...` opens a "
                                         "credit line, so a sentence about photos is cut")),
    "Illustrative figures in the report show that exports doubled.",
    "Archive photos show the old hospital building in 1968.",
    pytest.param("Archive photos of the dam show cracks in its wall.",
                 marks=pytest.mark.xfail(strict=True, reason="`Archive photos of ...` is taken "
                                         "for a file-photo caption even as a sentence")),
    "The figures are for illustrative purposes only, the bank said.",
    "The loan was arranged by the Japan International Cooperation Agency (JICA).",
    "Japan and Kyrgyzstan signed the notes on the 2025/2026 budget",
    "The bank will finance the line. (The loan is its largest in the region.)",
    "The ratio of loans to grants in the programme is 3 / 1 this year.",
    "The school (photo on page 2) was opened by the minister on Monday.",
    "Photos of 12 schools were shown: all of them were built by JICA.",
    "Фотовыставка из архива агентства открылась в Бишкеке.",
    "From the national archives of Kazakhstan, 40 maps were lent to the museum in Osaka.",
    "CASA-1000 power line to be finished in 2027",  # a code with a number, no slug
    "TALKS ON THE TURKMEN-JAPANESE INTER-PARLIAMENTARY TIES WERE HELD",  # a headline in capitals
    "Фото и видео с места событий публикуют очевидцы",

])
def test_sentences_about_photos_and_bracketed_notes_are_kept(line: str) -> None:
    assert rule_reason(line) is None


def test_captions_between_date_line_and_body_are_cut() -> None:
    text = (
        "Press Releases\n\nJapan-Tajik Vice-Ministerial Consultations\n\nMarch 3, 2023\n"
        "The two delegations seated on either side of a long table\n"
        "The vice-ministers walking along the corridor before the talks\n\n"
        f"{PARA_1}\n\n  1. {PARA_2}\n  2. {PARA_3}\n\nBack to Press Releases"
    )
    story, removed = one(text)
    assert story.title == "Japan-Tajik Vice-Ministerial Consultations"
    assert story.published == "2023-03-03"
    assert "The two delegations" not in story.text and "Press Releases" not in story.text
    assert f"1. {PARA_2}" in story.text
    assert any(reason == "caption" for reason in removed.values())


def test_sentence_between_date_line_and_body_is_kept() -> None:
    text = ("Japan-Tajik Vice-Ministerial Consultations\n\nMarch 3, 2023\n"
            f"The talks lasted two hours.\n\n{PARA_1}")
    story, removed = one(text)
    assert story.text == f"The talks lasted two hours.\n\n{PARA_1}"
    assert "caption" not in removed.values()


def test_bracketed_caption_inside_the_body_is_cut() -> None:
    story, removed = one(
        f"Interview: We want more engineers\n\n{PARA_1}\n\n"
        f"[Photo: Dilnoza Rahimova. Photo by the author]\n\n{PARA_2}"
    )
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert removed["[Photo: Dilnoza Rahimova. Photo by the author]"] == "caption"


def test_bracketed_aside_inside_the_body_is_kept() -> None:
    aside = ("[The ministry later said the figure included loans from other donors as well as "
             "grants.]")
    story, removed = one(f"Interview: We want more engineers\n\n{PARA_1}\n\n{aside}\n\n{PARA_2}")
    assert story.text == f"{PARA_1}\n\n{aside}\n\n{PARA_2}"
    assert not removed


# ---------------------------------------------------------------- contacts and addresses
@pytest.mark.parametrize("line", [
    "Tel.: (+996-312) 611-480~2",
    "Fax: (+996-312) 611-489",
    "E-mail: info@example.uz",
    "Editorial office: 100017, Tashkent, Navoi Avenue 12",
    "Bishkek, 720001",
    "27, Toktogul Str",
    "Dostyk Avenue 38, office 214",
    "100070, Tashkent, Shota Rustaveli Street 8",
    "AZ1025, Baku, Samad Vurgun Street 71",
    "Address: 734026, Dushanbe, 5/1 Sherozi Street",
    "г. Бишкек, ул. Киевская 77",
    "Qaynoq liniya: (+998) 71 200 11 22",  # an international number after a label in any language
    "+7 727 244 55 66",
    "press@example.kg",  # an e-mail address alone
    "For visa questions, please contact the consular section of the embassy:",
])
def test_phone_mail_and_address_lines_are_contact(line: str) -> None:
    assert rule_reason(line) == "contact"


@pytest.mark.parametrize("line", [
    "Telephone lines to 40 villages were restored on Monday.",
    "Fax machines are still used by 12 ministries, the audit found.",
    "Call +998 71 223 44 09 to apply for the grant before May.",
    "E-mail fraud cost banks $2 million in 2025, the regulator said.",
    "Write to press@example.kg for the full text of the agreement.",
    "Please contact the ministry for the full text of the agreement.",
    pytest.param("Contacts between the two sides resumed in May after a two-year pause.",
                 marks=pytest.mark.xfail(strict=True, reason="a line opening with `Contacts` "
                                         "(or `Editorial office`) is a contact header even in "
                                         "a sentence")),
    "Osh, 2026",  # a place and a year, no postcode
    "Japan to fund 120 km road in Talas",
    "The 12 km road to Osh will open in May.",
    "Japan To Fund 120 Km Road In Talas",
    "Work on the 48 km Bishkek Road starts in 2026",
    "Korean centre moves to 27 Toktogul Str",
    "Tashkent Ring Road 2 opens",
])
def test_sentences_and_headlines_about_phones_mail_or_roads_are_kept(line: str) -> None:
    assert rule_reason(line) is None


def test_contact_block_closing_the_story_is_cut() -> None:
    text = (
        f"Korea to lend $95m\n\n{PARA_1}\n\n"
        "Contact Information: Nurlan Abdykadyrov, press officer\n\n27, Toktogul Str\n"
        "Bishkek, 720001\nTel.: (+996-312) 611-480\n"
    )
    story, removed = one(text)
    assert story.text == PARA_1
    assert removed["27, Toktogul Str"] == "contact"


def test_road_headline_stays_the_title() -> None:
    story, _ = one(f"Japan to fund 120 km road in Talas\n\n12 May 2025\n\n{PARA_1}")
    assert story.title == "Japan to fund 120 km road in Talas"


# ---------------------------------------------------------------- cookies
@pytest.mark.parametrize("line", [
    "This site uses cookies to improve your experience. By staying on it, you accept our "
    "privacy rules.",
    "Got it!",
    "Accept",
    "Learn more",
])
def test_cookie_notices_and_their_buttons_are_cut(line: str) -> None:
    assert rule_reason(line) == "cookie"


@pytest.mark.parametrize("line", [
    "Cookies and sweets made up 12 percent of Uzbek food exports.",
    pytest.param("Biscuit and cookie exports to Russia grew under the new trade policy.",
                 marks=pytest.mark.xfail(strict=True, reason="`cookie ... policy` is matched "
                                         "in any sentence, not only a consent notice")),
    "Got it right this time, the coach said after the win.",
    "Accept the offer, the bank urged its clients.",
])
def test_sentences_about_cookies_or_accepting_are_kept(line: str) -> None:
    assert rule_reason(line) is None


@pytest.mark.parametrize("line", [
    "На информационном ресурсе применяются рекомендательные технологии (технологии отбора "
    "материалов по предпочтениям читателей)",
    "На сайте используются рекомендательные технологии.",
    "This website uses recommendation technologies.",
])
def test_notice_of_recommendation_technologies_is_cut(line: str) -> None:
    assert rule_reason(line) == "cookie"


@pytest.mark.parametrize("line", [
    "Закон обязал крупные сайты сообщать читателям, что на них применяются рекомендательные "
    "технологии.",
    "The regulator said this website uses recommendation technologies without a notice.",
])
def test_news_about_recommendation_technologies_is_kept(line: str) -> None:
    assert rule_reason(line) is None


def test_cookie_block_above_the_masthead_is_cut() -> None:
    text = (
        "This site uses cookies to improve your experience. By staying on it, you accept our "
        "privacy rules.\nAccept\nLearn more\n\nSILK ROAD News Agency\nHome > News > Business\n\n"
        f"Korea to lend $95m\n\n{PARA_1}"
    )
    story, removed = one(text)
    assert story.title == "Korea to lend $95m"
    assert story.text == PARA_1
    assert removed["Learn more"] == "cookie"


# ---------------------------------------------------------------- bylines and author bios
@pytest.mark.parametrize("line", [
    "By Nodira Yusupova",
    "By John Smith and Aya Tanaka",
    "Written by Emma Clarke, Energy Correspondent",
    "Staff reporter",
    "About the author",
    "Steppe Daily reporter Kim Min-ji",  # an outlet's reporter
    "By Aibek Tursunov, Deputy Director of the Institute for Strategic Studies, and "
    "Aigerim Nurova, Research Fellow at the Institute",  # authors with their titles
    "(Reporting by Aibek Tursunov; Editing by Ann Lee)",  # a wire's credits in brackets
    "–Agencies",  # a wire's credit closing the story
    "Aigerim Bekova in Almaty contributed to this report.",  # a contributor's credit
    "Posted on by",  # a theme's byline, its date and author links dropped by the scrape
    "Written by:",
    "Author(s): Dana Omarova",  # a label of one author or several
    "Authors: Dana Omarova and Li Wei",
    "Авторы: Дана Омарова, Ли Вэй",
])
def test_bylines_are_cut(line: str) -> None:
    assert rule_reason(line) == "byline"


@pytest.mark.parametrize("line", [
    "By 2030, Kazakhstan plans to double its wind capacity.",
    "By Friday, the ministry had approved the loan.",
    pytest.param("By Friday, the loan was signed.",
                 marks=pytest.mark.xfail(strict=True, reason="the byline's name pattern runs "
                                         "case-insensitive and takes a full stop, so `By <word>, "
                                         "<up to 4 words>.` is a byline")),
    pytest.param("By rail across the Caspian",
                 marks=pytest.mark.xfail(strict=True, reason="the byline's name pattern runs "
                                         "case-insensitive, so a headline opening with `By` "
                                         "is a byline")),
    "Written by hand, the old ledgers were scanned in 2024.",
    "Staff reporters from 5 outlets covered the vote.",
    "About the authors of the reform, little is known.",
    "Posted on Monday by the ministry, the notice drew no comment.",
    "Authors of the study said the loan would pay for 40 schools.",
])
def test_sentences_opening_with_by_or_about_are_kept(line: str) -> None:
    assert rule_reason(line) is None


def test_a_comment_form_closes_the_story_and_its_rules_are_cut() -> None:
    rules = ("Please write your correct name and e-mail address. Do not post abusive or "
             "defamatory comments; the site is not responsible for messages posted here.")
    story, removed = one(f"Kazakhstan signs grant with KOICA for heating\n\n{PARA_1}\n\n"
                         f"{PARA_2}\n\nLeave a Comment\n\nYou have 2000 characters left.\n\n"
                         f"{rules}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}" and removed[rules] == "boilerplate"


@pytest.mark.parametrize("mark", ["- END -", "(END)", "ENDS", "-30-", "###"])
def test_a_wire_end_mark_closes_the_story(mark: str) -> None:
    teaser = ("Floods in the south: the river rose by two metres overnight and closed the road "
              "to the border crossing for the first time in ten years.")
    story, removed = one(f"Kazakhstan signs grant with KOICA for heating\n\n{PARA_1}\n\n"
                         f"{PARA_2}\n\n{mark}\n\n{teaser}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert removed[mark] == "separator" and removed[teaser] == "boilerplate"


@pytest.mark.parametrize("line", ["The end of the programme is set for 2027.", "End", "Weekend"])
def test_a_line_that_only_mentions_an_end_is_no_end_mark(line: str) -> None:
    story, _ = one(f"Kazakhstan signs grant with KOICA for heating\n\n{PARA_1}\n\n{line}\n\n"
                   f"{PARA_2}")
    assert PARA_2 in story.text


@pytest.mark.parametrize("button", ["Reply", "Ответить"])
def test_a_reply_button_under_the_story_opens_its_comments(button: str) -> None:
    comment = "The road should have been built ten years ago, if you ask me."
    story, removed = one(f"Kazakhstan signs grant with KOICA for heating\n\n{PARA_1}\n\n"
                         f"{PARA_2}\n\n{button}\n{comment}\n{button}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}" and removed[button] == "prompt"


def test_a_reply_quoted_in_the_story_is_the_storys() -> None:
    line = "Reply to the ministry's letter came within a week, the agency said."
    story, _ = one(f"Kazakhstan signs grant with KOICA for heating\n\n{PARA_1}\n\n{line}\n\n"
                   f"{PARA_2}")
    assert line in story.text and PARA_2 in story.text


def test_a_comment_form_notice_closes_the_story() -> None:
    notice = ("By submitting this form you agree to Steppe Daily using your data for the "
              "purposes of publishing your comment.")
    privacy = "Your personal data will only be disclosed to third parties for spam filtering."
    story, removed = one(f"Kazakhstan signs grant with KOICA for heating\n\n{PARA_1}\n\n"
                         f"{PARA_2}\n\n{notice}\n\n{privacy}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}" and removed[notice] == "prompt"


def test_paragraphs_cut_off_with_an_ellipsis_after_the_story_are_teasers() -> None:
    first = "The Asian Development Bank will lend Mongolia $40 million for new heating…"
    second = "Uzbek exporters of dried fruit found new buyers in the Gulf states this…"
    story, removed = one(f"Kazakhstan signs grant with KOICA for heating\n\n{PARA_1}\n\n"
                         f"{PARA_2}\n\n{first}\n{second}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}" and removed[first] == "teaser"


def test_paragraphs_cut_off_with_an_ellipsis_under_their_headlines_are_teasers() -> None:
    heads = ("Heating plants in Mongolia get new boilers", "Fergana growers count a record year")
    leads = ("The Asian Development Bank will lend Mongolia $40 million for new heating…",
             "Uzbek exporters of dried fruit found new buyers in the Gulf states this…")
    block = f"{heads[0]}\n\n{leads[0]}\n\nboilers in a row\n\n{heads[1]}\n\n{leads[1]}"
    story, removed = one(f"Kazakhstan signs grant with KOICA for heating\n\n{PARA_1}\n\n"
                         f"{PARA_2}\n\n{block}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}" and removed[heads[0]] == "teaser"
    # one cut-off paragraph under a subheading, and the story's paragraphs after it, stay
    kept = f"{heads[0]}\n\n{leads[0]}\n\n{PARA_3}\n\n{heads[1]}\n\n{leads[1]}"
    story, _ = one(f"Kazakhstan signs grant with KOICA for heating\n\n{PARA_1}\n\n"
                   f"{PARA_2}\n\n{kept}")
    assert PARA_3 in story.text


TEASER_HEADS = ("Dried fruit exporters of Fergana find buyers in Dubai",
                "Osh hosts a regional chess festival for schoolchildren")
TEASER_LEADS = ("Dried fruit exporters from Fergana found new buyers in Dubai this spring, the "
                "chamber of commerce said on Monday.",
                "A regional chess festival for schoolchildren opened in Osh on Friday with 300 "
                "players from five countries taking part.")


def test_headlines_of_other_stories_over_their_leads_after_the_story_are_teasers() -> None:
    block = "\n".join(f"{h}\n{lead}" for h, lead in zip(TEASER_HEADS, TEASER_LEADS, strict=True))
    story, removed = one(f"Japan grants ¥1.8 billion for roads in Talas\n{PARA_1}\n{PARA_2}\n"
                         f"{block}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}" and removed[TEASER_HEADS[0]] == "teaser"


def test_a_subheading_over_several_paragraphs_stays_in_the_story() -> None:
    text = (f"Japan grants ¥1.8 billion for roads in Talas\n{PARA_1}\n{PARA_2}\n"
            f"{TEASER_HEADS[0]}\n{TEASER_LEADS[0]}\n{PARA_3}\n{TEASER_HEADS[1]}\n{TEASER_LEADS[1]}")
    story, _ = one(text)
    assert TEASER_LEADS[0] in story.text and TEASER_LEADS[1] in story.text


def test_headed_parts_a_paragraph_announced_with_a_colon_stay_in_the_story() -> None:
    parts = ("Cleaner Drinking Water for Naryn\nTwo pumping stations will bring cleaner drinking "
             "water to Naryn by the autumn of next year, the ministry said.\nWarmer Schools in "
             "Rural Areas\nThe grant also pays for new heating in twelve rural schools, which "
             "will be warmer this winter.\nSafer Access to the Hospital\nA third part of the "
             "money gives safer access to the regional hospital.")
    story, _ = one(f"Japan grants ¥1.8 billion for roads in Talas\n{PARA_1}\n"
                   f"The grant will be spent in three ways:\n{parts}")
    assert "regional hospital" in story.text and "heating in twelve" in story.text


def test_teasers_under_a_story_that_quotes_after_a_colon_are_still_cut() -> None:
    block = "\n".join(f"{h}\n{lead}" for h, lead in zip(TEASER_HEADS, TEASER_LEADS, strict=True))
    story, removed = one(f"Japan grants ¥1.8 billion for roads in Talas\n{PARA_1}\n"
                         f"The minister said:\n{PARA_2}\n{block}")
    assert PARA_2 in story.text and removed[TEASER_HEADS[0]] == "teaser"


def test_a_link_to_another_story_between_paragraphs_is_cut() -> None:
    link = "Football league opens its new season in Almaty"
    story, removed = one(f"Japan grants ¥1.8 billion for roads in Talas\n\n{PARA_1}\n\n{link}\n\n"
                         f"{PARA_2}\n\n{PARA_3}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}" and removed[link] == "related"


@pytest.mark.parametrize("line", [
    "New snow blowers for the Talas highway",  # a subheading shares the story's words
    "The equipment list includes the following machines:",  # a list's header
    "What will a football league bring to Almaty?",  # a question the text answers
])
def test_a_subheading_between_paragraphs_stays(line: str) -> None:
    story, _ = one(f"Japan grants ¥1.8 billion for roads in Talas\n\n{PARA_1}\n\n{line}\n\n"
                   f"{PARA_2}\n\n{PARA_3}")
    assert line in story.text


def test_a_subheading_sharing_no_word_stays_when_another_divides_the_story() -> None:
    first, second = "Building a team of mechanics", "Safer mountain roads"  # one too short to
    # read as a headline, still a subheading
    story, _ = one(f"Japan grants ¥1.8 billion for roads in Talas\n\n{PARA_1}\n\n{first}\n\n"
                   f"{PARA_2}\n\n{second}\n\n{PARA_3}")
    assert first in story.text and second in story.text


def test_one_heading_over_one_paragraph_after_the_story_stays() -> None:
    text = (f"Japan grants ¥1.8 billion for roads in Talas\n{PARA_1}\n{PARA_2}\n"
            f"{TEASER_HEADS[0]}\n{TEASER_LEADS[0]}")
    story, _ = one(text)
    assert TEASER_LEADS[0] in story.text


@pytest.mark.parametrize("teaser", [
    "The Asian Development Bank approved a loan for new heating plants in Mongolia…",
    "The Asian Development Bank approved a loan for new heating plants in the north of",  # the
    # page's end cuts it off
])
def test_next_story_link_over_a_teaser_ends_the_story(teaser: str) -> None:
    story, removed = one(f"Kazakhstan signs grant with KOICA for heating\n\n{PARA_1}\n\n"
                         f"{PARA_2}\n\nNext News\n\nADB lends Mongolia $40 million for "
                         f"heating\n\n{teaser}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}" and removed["Next News"] == "navigation"


def test_next_story_link_over_a_whole_story_leaves_that_story() -> None:
    page = (f"Kazakhstan signs grant with KOICA for heating\n\n2024-07-05 02:42\n\n{PARA_1}\n\n"
            f"{PARA_2}\n\nNext Article\n\nJapan opens a clinic in Naryn with a grant of $2 "
            f"million\n\n2024-07-07 14:35\n\n{PARA_3}\n\n{PARA_4}")
    stories = clean_page(RawPage(path="news/item.txt", sha256="0" * 64, index=0, text=page,
                                 format="text", meta={}))
    assert [s.title for s in stories][-1] == (
        "Japan opens a clinic in Naryn with a grant of $2 million")


def test_one_paragraph_ending_in_an_ellipsis_stays_in_the_story() -> None:
    trailing = "The ministry said more grants would follow, but gave no figures..."
    story, _ = one(f"Kazakhstan signs grant with KOICA for heating\n\n{PARA_1}\n\n"
                   f"{trailing}\n\n{PARA_2}")
    assert trailing in story.text


def test_a_comment_link_under_the_headline_cuts_nothing() -> None:
    story, _ = one(f"Kazakhstan signs grant with KOICA for heating\n\nLeave a comment\n\n"
                   f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"


@pytest.mark.parametrize("bio", [
    "Saraa Bat-Erdene is a senior correspondent covering energy in Mongolia. She previously "
    "worked for Montsame.",
    "Saraa Bat-Erdene is one of Steppe Wire's most experienced energy writers. She has covered "
    "the region's power grids for a decade.",
    "Saraa Bat-Erdene has worked for Steppe Wire as a journalist and editor since 2001. "
    "Before that, she reported on the energy trade for a radio station in Darkhan.",
])
def test_closing_author_bio_is_cut(bio: str) -> None:
    text = (f"Mongolia signs heating loan with Japan's JICA\n\n{PARA_1}\n\n{PARA_2}\n\n"
            f"About the author\n{bio}")
    story, removed = one(text)
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert removed[bio] == "byline"


def test_a_closing_bio_of_four_sentences_under_no_label_is_cut() -> None:
    bio = ("Saraa Bat-Erdene is a journalist known for her reports on energy. Based in Darkhan, "
           "she covers the grid. With her maps and tables, she explains tariffs. Saraa's columns "
           "are read across the region.")
    story, removed = one(f"Mongolia signs heating loan with Japan's JICA\n\n{PARA_1}\n\n"
                         f"{PARA_2}\n\n{bio}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}" and removed[bio] == "byline"


@pytest.mark.parametrize(("closing", "after"), [
    # a paragraph ending in a wire's credit, the site's name under it
    ("The president has carried out economic reforms since he came to power in 2016. "
     "(Steppe/Wire)", "\n\nSteppe Wire Online"),
    # a journalist in the news, not the story's author
    ("Aibek Osmonov is a journalist who was detained in Osh in May. Osmonov's lawyer said the "
     "court would hear the case in June.", ""),
])
def test_a_closing_paragraph_of_the_story_is_the_storys(closing: str, after: str) -> None:
    story, _ = one(f"Mongolia signs heating loan with Japan's JICA\n\n{PARA_1}\n\n{PARA_2}\n\n"
                   f"{closing}{after}")
    assert story.text.endswith(closing)


def test_a_photo_caption_crediting_its_photographer_is_no_paragraph() -> None:
    caption = ("Minister Aibek Osmonov (R) meets the Korean delegation in Bishkek, Jan. 31, 2023. "
               "(Steppe/Aidar Bekov)")
    story, _ = one(f"Mongolia signs heating loan with Japan's JICA\n\n{caption}\n\n{PARA_1}\n\n"
                   f"{PARA_2}")
    assert caption not in story.text


@pytest.mark.parametrize("closing", [
    "Reporters from 12 countries covered the signing in Bishkek, the ministry's press office "
    "said on Wednesday.",
    pytest.param("Asel Nurova is the ministry's spokeswoman and a former correspondent of the "
                 "state news agency.",
                 marks=pytest.mark.xfail(strict=True, reason="a closing paragraph saying that a "
                                         "named person was a correspondent is cut as the "
                                         "author's bio")),
])
def test_closing_paragraph_about_reporters_is_kept(closing: str) -> None:
    story, _ = one(f"Mongolia signs heating loan with Japan's JICA\n\n{PARA_1}\n\n{closing}")
    assert story.text == f"{PARA_1}\n\n{closing}"


# ---------------------------------------------------------------- date lines
@pytest.mark.parametrize("line, parts", [
    ("Diplomatic CircuitOct 31, 2024", ("Diplomatic Circuit", "Oct 31, 2024")),
    ("Japan opens a centreMay 2, 2025 10:30", ("Japan opens a centre", "May 2, 2025 10:30")),
    ("Новости региона21 сентября 2022, 14:10", ("Новости региона", "21 сентября 2022, 14:10")),
    ("Local news12 May 2024", ("Local news", "12 May 2024")),  # the day glued, not the month
    ("Room2 May 2024 was booked by the ministry", None),  # a sentence follows the date
    ("The new iPhone 15, 2024 edition", None),  # a capital inside a name, then no date
    ("Osh hosts a forumMay 2, 2025, the mayor said.", None),  # a sentence follows the date
])
def test_date_line_glued_to_the_line_before_it_is_split_off(line: str, parts: tuple | None) -> None:
    assert split_glued_stamp(line) == parts


@pytest.mark.parametrize("line, parts", [
    ("12 March 2024Aziz Nurmatov, the bank's director, spoke.",
     ("12 March 2024", "Aziz Nurmatov, the bank's director, spoke.")),
    ("Press releaseMarch 12, 2024Delegation of the EU",
     ("Press release", "March 12, 2024", "Delegation of the EU")),
    # a numeric date and its time glued between the headline and the dateline
    ("Корея выделила грант Киргизии12.03.2024 18:32БИШКЕК, 12 марта. Текст.",
     ("Корея выделила грант Киргизии", "12.03.2024 18:32", "БИШКЕК, 12 марта. Текст.")),
    # a Russian date with its year's abbreviation, glued to the dateline's place
    ("14 мая 2003 г.БИШКЕК. Банк выделил кредит.",
     ("14 мая 2003 г.", "БИШКЕК. Банк выделил кредит.")),
    ("Ярмарка открылась 14 мая 2003 г.Ош", None),  # no label glued before it
    ("The fair opened on 12.03.2024Osh", None),
    ("The fair opened on 12 March 2024Osh", None),  # no label glued before it: a typo
    ("12 March 2024 Aziz Nurmatov spoke.", None),  # a space: a sentence opening with its date
])
def test_date_glued_to_the_text_after_it_is_split_off(line: str, parts: tuple | None) -> None:
    assert split_glued_stamp(line) == parts


def test_date_glued_under_the_headline_is_the_publication_date() -> None:
    story, _ = one(f"Japan grants ¥1.8 billion for roads in Talas\n12 March 2024{PARA_1}\n{PARA_2}")
    assert story.published == "2024-03-12" and story.text.startswith("Japan is giving")


@pytest.mark.parametrize("line, value", [
    ("12 Dec 2025", "2025-12-12"),
    ("December 24, 2022", "2022-12-24"),
    ("date 2025-01-21", "2025-01-21"),
    ("date 2022-05-28 21:04", "2022-05-28"),
    ("17.03.2025, 08:50", "2025-03-17"),
    ("4 September 2025, 16:08", "2025-09-04"),
    ("Wednesday, 17 September 2025", "2025-09-17"),
    ("Published: 22.05.2025", "2025-05-22"),
    ("News from 2022-08-22 / Valley Development Bank", "2022-08-22"),  # a day's news, its source
    ("7 February 2025 09:48 (UTC +04:00)", "2025-02-07"),
    ("26 November 2024 · 6 min read", "2024-11-26"),
    ("26.11.2024   4812   6 min.", "2024-11-26"),  # views and a reading time in short
    ("22 января 2025 г.", "2025-01-22"),
    ("Feb 10, 2026 | Energy", "2026-02-10"),
    ("05.03.2026 · Comments: 3", "2026-03-05"),
    ("By Aigerim Sadykova · March 5, 2026 · 4 min read", "2026-03-05"),
    ("14:32, 21 October 2025", "2025-10-21"),  # the time before the date
    ("2:32 PM · Oct 21, 2025", "2025-10-21"),
    ("14:32 | 21.10.2025", "2025-10-21"),
    ("Tashkent, 3 June 2025", "2025-06-03"),  # a place before the date
    ("BISHKEK, Kyrgyzstan — Tuesday, 21 October 2025, 14:32", "2025-10-21"),
    ("21.10.2025 14:32", "2025-10-21"),
    ("2025-10-21T14:32", "2025-10-21"),
    ("2025-10-21T14:32:00+06:00", "2025-10-21"),
    ("Oct 21, 2025 2:32 PM", "2025-10-21"),
    ("21 October 2025 — 14:32", "2025-10-21"),
    ("21 October 2025 at 14:32", "2025-10-21"),
    ("Tue, 21 Oct 2025 14:32:00 GMT", "2025-10-21"),
    ("Created: 21-10-2025 14:32 IST", "2025-10-21"),  # a zone by its name
    ("21.10.2025 14:32 MSK", "2025-10-21"),
    ("Published: 21 Oct 2025", "2025-10-21"),
    ("Posted on October 21, 2025 at 2:32 pm", "2025-10-21"),
    ("Published 28 August 2023 | Updated 29 August 2023", "2023-08-28"),
    ("2025.10.21 14:32", "2025-10-21"),  # year first, whatever the separator
    ("2025/10/21", "2025-10-21"),
    ("• 입력 2025.10.21 14:32", "2025-10-21"),  # a Korean site's label in a bullet
    ("18.05.25 09:30", "2025-05-18"),  # a two-digit year, day first with dots
    ("12.05.98", "1998-05-12"),
    ("June 29, 2015 Read time: 1 min", "2015-06-29"),
    ("03 сент.2018", "2018-09-03"),  # a month's abbreviation glued to the year by its stop
    ("3 Sep.2018", "2018-09-03"),
    ("09:4717.11.2023", "2023-11-17"),  # the stamp's clock glued before its date
    ("17 07 2020, 14:22", "2020-07-17"),  # parted by spaces, day first, its time after it
    ("15 March 10:55 2016", "2016-03-15"),  # its time between its day and its year
    ("March 15 10:55 2016 Print", "2016-03-15"),
    ("By Ali Umarov Posted on: 21.10.2025", "2025-10-21"),  # the byline stops at the label
    ("Steppe Desk Posted on: 2025-10-21 14:32:00 Views: 58 Comments: 0 City: Osh",
     "2025-10-21"),  # the record's fields after the date
    ("Published: 21 October 2025 y., Tuesday", "2025-10-21"),  # `y.` for the year, as `г.`
])
def test_date_line_gives_its_date(line: str, value: str) -> None:
    stamp = read_stamp(line)
    assert stamp is not None and stamp.value == value and stamp.kind != "updated"


@pytest.mark.parametrize("line", ["News from the region", "Новости от партнёров",
                                  "News for investors in 2025 and beyond",
                                  "Publication: Steppe Monitor Volume: 2 Issue: 114"])
def test_a_news_label_without_a_day_is_no_date_line(line: str) -> None:
    assert read_stamp(line) is None


@pytest.mark.parametrize(("line", "value"), [
    ("Course dates: Monday, June 2, 2025 \u2013 Friday, June 27, 2025 (26 days)", None),
    ("02.06.2025 - 27.06.2025", None),  # a span of days: no day of publication
    ("02.06.2025 - 14:30", "2025-06-02"),  # a day and its time
])
def test_a_span_of_days_is_no_date_line(line: str, value: str | None) -> None:
    stamp = read_stamp(line)
    assert (stamp.value if stamp else None) == value


@pytest.mark.parametrize(("line", "value"), [
    ("06:00 / 1970-01-01", None),  # the Unix epoch: the site lost the page's date
    ("01.01.1970 00:00", None),
    ("06:00 / 1971-01-01", "1971-01-01"),
])
def test_a_systems_zero_date_dates_no_page(line: str, value: str | None) -> None:
    stamp = read_stamp(line)
    assert (stamp and stamp.value) == value


def test_a_sentence_with_a_date_stays_one_with_a_record_s_fields_after_it() -> None:
    assert read_stamp("Japan and Korea signed on 21.10.2025 the road deal Views: 5 Comments: 0") \
        is None


@pytest.mark.parametrize(("line", "value"), [
    ("Проект будет реализован до 31 декабря 2030 года.", None),  # a short sentence with its date
    ("Грант действует до 1 мая 2031 года.", None),
    ("Новость от 12 мая 2031 года", "2031-05-12"),  # a date line's own words
])
def test_a_short_russian_sentence_holding_a_date_is_no_date_line(
        line: str, value: str | None) -> None:
    stamp = read_stamp(line)
    assert (stamp and stamp.value) == value


@pytest.mark.parametrize("line, value", [
    ("Last update: 12 Dec 2025", "2025-12-12"),
    ("Last updated: 21 Oct 2025", "2025-10-21"),
    ("Updated: 14:05, 5 March 2026", "2026-03-05"),
    ("Update: 16:38, 29 April 2018 Sunday", "2018-04-29"),
    ("• 수정 2025.10.22 09:10", "2025-10-22"),
])
def test_update_stamp_is_a_date_line_of_an_edit(line: str, value: str) -> None:
    assert read_stamp(line) == Stamp(value, "updated")


@pytest.mark.parametrize("line", ["17 07 2020", "Rooms 12 10 2019 12:30"])
def test_numbers_parted_by_spaces_without_a_stamp_s_time_are_no_date(line: str) -> None:
    assert read_stamp(line) is None


def test_a_date_line_whose_template_sets_the_year_under_the_time_dates_the_story() -> None:
    story, _ = one(f"Korea funds a water plant in Khujand\n\nMarch 15\n10:55 2016\n\n{PARA_1}"
                   f"\n\n{PARA_2}")
    assert story.published == "2016-03-15" and story.text == f"{PARA_1}\n\n{PARA_2}"
    # a day line over another line of figures is no date line
    story, _ = one(f"Korea funds a water plant in Khujand\n\nMarch 15\n10:55 Rooms 2016\n\n"
                   f"{PARA_1}\n\n{PARA_2}")
    assert story.published is None


@pytest.mark.parametrize("line", ["12:3045", "Room 4:1217.5 m2"])
def test_digits_glued_to_a_clock_that_are_no_date_give_none(line: str) -> None:
    assert read_stamp(line) is None


@pytest.mark.parametrize("line", [
    "Local news, 23.04.2021",  # a section label
    "18th May 2017 Steve Hoare",  # the author after the date
    "Uzbekistan|health|March 25, 2022 / 04:44 PM",
    "18.02.2024 | 20:31 |",
    "Asia Intelligence Wire - March 18, 2002 1:54pm",
    "Source: Kabar | 2024-03-14 10:22:05 | Editor: Li Na",  # attribution labels
    "Thu. Sep 19th, 2024",  # an abbreviated weekday's dot ends no sentence
    "26 Aug 2020 | News from Country Offices",  # a section label after a bar
    "9 May 2019 | Source: National information agency of Kyrgyzstan (KG) | 301",  # a long source
    "Publication: Steppe Monitoring Service Daily Reports, May 9, 2019",  # where it appeared
    "Press Service of the President of the Kyrgyz Republic, 12 May 2024",  # a body's name
])
def test_date_line_may_carry_a_few_words_of_furniture(line: str) -> None:
    stamp = read_stamp(line)
    assert stamp is not None and stamp.kind == "line"


@pytest.mark.parametrize("line, kind", [
    ("Published: 3 May 2024", "published"),
    ("This Article is From May 03, 2024", "published"),  # an archive's note

    ("Posted on May 3, 2024 by admin", "published"),
    ("Posted: May 3, 2024 in Press Releases", "published"),  # the category it is filed in
    ("Written: 2024-05-03 09:12:40Updated: 2024-05-03 11:02:15", "published"),  # glued update
    ("Written on 3 May 2024", "published"),
    ("date 2024-03-14 10:22", "published"),
    ("3 May 2024", "line"),
])
def test_date_line_label_says_what_the_date_is(line: str, kind: str) -> None:
    assert read_stamp(line).kind == kind


@pytest.mark.parametrize("line", [
    "Currency rates from 12.01.2025",
    "Grants from 12.01.2025 | Economy",  # the date's own part reads as a phrase
    "On 12 December 2025 the two sides met in Tokyo.",
    "December 24, 2022 was the day the grant was signed.",
    "Talks set for 21 October 2025 in Tokyo",  # a headline holding a date
    "31.02.2025",
    "Sep.2018 budget",  # a month and year with no day
    "2025.10-21",  # a year first with two separators is no date
    "• Signed 12 deals on 2025.10.21",  # a list item stating a fact
    "The talks, 12 December 2025",  # a phrase with an article is no place or label
    "Elections on 3 June 2025",  # a preposition: a headline, not a label
    "Tashkent, 3 June 2025: the talks ended without a deal.",
    "By Friday, 12 December 2025, the loan must be signed",
    "Published 12 reports in 2025, the agency said.",
    "Feb 10, 2026 | Talks on the new dam will resume after a two-year pause",  # no category
    "This article is from the archive of 2015",
    "May 3, 2024 in Tashkent",  # no label: a place, not a category
    "Est. 2021 IST",  # a zone's name without a time
    "On 12.01.2025 the talks lasted 40 min.",  # a sentence ending with minutes
    "14:32 | 21.10.2025 | Minister of Economy and Commerce of Kyrgyzstan resigns",
    "Source: the ministry said the loan of 9 May 2019 was signed in Bishkek.",  # a sentence
    "The letter was written on 3 May 2024 by the minister.",
    "The President at the business forum, June 11, 2024, Ashgabat",  # a caption
    "3 May 2024 | Posted by the press office of the regional water board for the valleys of the "
    "north, with thanks to all its staff, volunteers and partners in the field",  # too long
])
def test_line_holding_more_than_a_date_is_no_date_line(line: str) -> None:
    assert read_stamp(line) is None


@pytest.mark.parametrize("texts, order", [
    (["19/02/2024", "05/06/2024"], "dmy"),  # a day above 12 settles it
    (["02/19/2024", "05/06/2024"], "mdy"),
    (["05.06.2024"], "dmy"),  # dots are written day first
    # the page writes the same date in words or in ISO too
    (["date 2021-11-08", "Agency | Updated: 08-11-2021 14:47 IST"], "dmy"),
    (["August 11, 2021", "Posted 08/11/2021"], "mdy"),
    (["Date: 14:03, 10-12-2014.", "Almaty. December 10. Agency - The bank ..."], "dmy"),
    # the weekday on the line fits one reading only
    (["Sunday, 03/11/2024"], "dmy"),  # 3 November 2024; 11 March was a Monday
    (["Tue 04/09/2024 09:15"], "mdy"),
    (["Понедельник, 06/10/2025"], "dmy"),
])
def test_page_settles_the_order_of_numeric_dates(texts: list[str], order: str) -> None:
    assert numeric_order(texts) == order


def test_page_in_cyrillic_reads_an_unsettled_slashed_date_day_first() -> None:
    text = ("Экономика 02/05/2025 Япония выделит Кыргызстану грант на ремонт дорог\n\n"
            "Япония выделит Кыргызстану грант на покупку дорожной техники для Таласской области, "
            "сообщило агентство в понедельник.\n\nСоглашение подписали в Бишкеке министр "
            "транспорта и посол Японии, техника прибудет до конца года.")
    story, _ = one(text)
    assert story.title == "Япония выделит Кыргызстану грант на ремонт дорог"
    assert story.published == "2025-05-02"


def test_a_weekday_on_the_date_line_settles_a_slashed_date() -> None:
    story, _ = one(f"Japan grants ¥1.8 billion for roads in Talas\n\nSunday, 03/11/2024\n\n"
                   f"{PARA_1}\n\n{PARA_2}")
    assert story.published == "2024-11-03"


def test_page_in_latin_script_reads_no_unsettled_slashed_date() -> None:
    story, _ = one(f"Economy 02/05/2025 Japan grants ¥1.8 billion for roads in Talas\n\n{PARA_1}"
                   f"\n\n{PARA_2}")
    assert story.title == "Japan grants ¥1.8 billion for roads in Talas"
    assert story.published is None


@pytest.mark.parametrize("texts", [
    ["05/06/2024"],  # both numbers up to 12: unsettled
    ["05-06-2024"],  # hyphens are written in both orders
    ["19/02/2024", "02/19/2024"],  # both orders on one page: unsettled
    ["2024-07-06", "05/06/2024"],  # a date in words that neither reading gives
    ["2024-05-06", "2024-06-05", "05/06/2024"],  # both readings stated: unsettled
    ["Posted 05/06/2024", "Talks held on 5 June and on May 6 went well."],
    ["Sunday, 05/06/2024"],  # a weekday neither reading falls on
    ["Monday to Wednesday, 05/06/2024"],  # two weekdays: a span, no date's own
])
def test_page_that_does_not_settle_the_order_reads_no_slashed_date(texts: list[str]) -> None:
    assert numeric_order(texts) is None
    assert read_stamp("05/06/2024", numeric_order(texts)) is None
    assert read_stamp("05-06-2024 17:14", numeric_order(texts)) is None


def test_a_hyphenated_date_with_a_day_above_twelve_settles_itself() -> None:
    assert read_stamp("19-02-2024 17:14", numeric_order(["19-02-2024"])).value == "2024-02-19"


def test_crawl_stamp_glued_before_the_text_is_split_off() -> None:
    assert split_leading_stamp("date 2024-12-19 KUWAIT -- A loan was signed.") == (
        "date 2024-12-19", "KUWAIT -- A loan was signed.")


def test_crawl_stamp_of_the_month_alone_is_split_off_and_cut_without_dating_the_story() -> None:
    assert split_leading_stamp("date 2022-02 China granted 600,000 yuan.") == (
        "date 2022-02", "China granted 600,000 yuan.")
    assert rule_reason("date 2022-02") == "artefact"
    story, _ = one(f"date 2022-02 {PARA_1}\n\n{PARA_2}")
    assert story.text.startswith("Japan is giving") and story.published is None


@pytest.mark.parametrize("text", [
    "date of the signing is 2024-12-19 in Kuwait",  # a label needs the date right after it
    "2024-12-19 A loan was signed.",  # no label: a number, not a stamp
    "date 2022-13 The loan was signed.",  # no month of the calendar
])
def test_text_without_a_labelled_leading_date_is_not_split(text: str) -> None:
    assert split_leading_stamp(text) is None


def test_publication_date_is_weighed_by_label_then_kind_then_nearness() -> None:
    updated, line = Stamp("2024-07-20", "updated"), Stamp("2024-07-18", "line")
    assert weigh([(0, updated), (5, line)], anchor=1) == "2024-07-18"
    assert weigh([(0, Stamp("2024-07-19", "published")), (2, line)], anchor=1) == "2024-07-19"
    assert weigh([(0, Stamp("2024-07-01", "line")), (3, line)], anchor=2) == "2024-07-18"
    assert weigh([(0, updated)], anchor=1) == "2024-07-20"  # nothing better: the edit's date
    assert weigh([(0, line)], anchor=None, not_after="2024-07-01") is None
    # a page is not published before the day its dateline reports from
    reported = Stamp("2024-07-25", "dateline")
    assert weigh([(0, Stamp("2024-07-19", "published")), (4, reported)], anchor=1) == "2024-07-25"


# ---------------------------------------------------------------- wire datelines
@pytest.mark.parametrize("text, reference, value", [
    ("OSH, Sept. 12 (Pamir Wire) - Farmers in the south will get cheaper credit next month.",
     "2025-09-14", "2025-09-12"),
    ("BISHKEK, December 30. The talks ended.", "2025-01-02", "2024-12-30"),  # the year before
    ("ALMATY, October 3, 2023 – Startups won.", None, "2023-10-03"),
    ("KHOROG, 14.03.2024. (Pamir Wire) – The road reopened.", None, "2024-03-14"),
    ("NARYN, May 2, 2024, Tien Shan News -- The pass reopened.", None, "2024-05-02"),
    ("(WIRE- Steppe News Agency) OSH, Kyrgyzstan, May 2. Farmers met.", "2024-05-03",
     "2024-05-02"),  # a syndicator's source before the place
    ("NARYN, KYRGYZ REPUBLIC (Friday, 3 May 2024) — The pass reopened.", None, "2024-05-03"),
    ("KHOROG, TAJIKISTAN (14 March 2024) – The road reopened.", None, "2024-03-14"),
    ("Нарын, 21.07.25. /Памир Вайр/. Перевал открыли.", None, "2025-07-21"),  # a two-digit year
    ("PAMIR-WIRE. May 2, 2024. The pass reopened.", None, "2024-05-02"),  # an agency, a stop
    # the full date first, then the source in brackets
    ("APRIL 3 2019 (The Steppe Bulletin) — The bank lent $5 million.", None, "2019-04-03"),
    # the full date first, a full stop, the place, and a dash touching the text after it
    ("4 June 2019. Khorog –The agency and the ministry opened a clinic.", None, "2019-06-04"),
    ("ХОРОГ, 5 окт - Памир Вайр. Банк выделил кредит.", "2024-10-07", "2024-10-05"),  # `окт`
    ("Бишкек, 16 декабря 2025 года – Министр подписал соглашение.", None, "2025-12-16"),
    ("Ташкент, 5 мая 2024 г. – Министр подписал соглашение.", None, "2024-05-05"),
    # the place and the date parted by spaced dashes, as press releases do
    ("NARYN - 4 June 2019 – The agency and the ministry opened a clinic.", None, "2019-06-04"),
    ("KHOROG — June 4, 2019 — The pass reopened.", None, "2019-06-04"),
    # the hour the story was filed after its date, a comma before the year
    ("Нарын, 4 июня, 2019, 10:15 — Памир Вайр. Перевал открыли.", None, "2019-06-04"),
    ("NARYN, June 4, 2019, 10:15 - Pamir Wire. The pass reopened.", None, "2019-06-04"),
    # a day's ordinal ending
    ("NARYN, 4th June, 2019 (Pamir Wire) – The pass reopened.", None, "2019-06-04"),
    ("NARYN, June 4th, 2019 - Pamir Wire. The pass reopened.", None, "2019-06-04"),
    # the date in brackets after a comma
    ("KHOROG, Tajikistan, (14 March 2024) – The road reopened.", None, "2024-03-14"),
])
def test_wire_dateline_gives_its_date_and_a_missing_year_from_the_reference(
        text: str, reference: str | None, value: str) -> None:
    assert read_dateline(text, reference) == value


@pytest.mark.parametrize("text, reference", [
    ("The ministry said on Tuesday that it would sign.", "2025-01-01"),
    ("Ashgabat, 3 October", "2025-11-01"),  # a place and a day without a year ending the line
    ("Bishkek, Kyrgyzstan", None),
    ("BISHKEK (Pamir Wire) - The talks ended.", "2025-01-01"),  # an agency in brackets, no date
    ("NARYN (Friday, a holiday) — The pass reopened.", "2025-01-01"),
    ("The talks ended. May 5 - a holiday followed.", "2025-06-01"),  # a sentence's full stop
    ("In Bishkek, December 30 was declared a holiday.", "2025-01-02"),
    ("March 17, 2017 (a Friday) was a holiday in Osh.", None),  # no dash after the brackets
    ("Officials in Osh, (some 300 of them) – came to the opening.", None),  # no date inside
    ("Osh and Naryn - 4 June 2019 marks their twinning.", None),  # no dash after the date
    ("4 June 2019. Osh-Naryn road reopened for trucks.", None),  # a hyphen inside a name
    ("Нарын, 4 июня, 2019 человек вышли на субботник.", None),  # a number after the date
    ("In Naryn, the 4th June 2019 meeting was held.", None),  # an ordinal inside a sentence
    pytest.param("Last year, March 8 – a public holiday – fell on a Saturday.", "2026-01-01",
                 marks=pytest.mark.xfail(strict=True, reason="the dateline's place runs "
                                         "case-insensitive, so an opening phrase before a "
                                         "month and day and a dash reads as a dateline")),
])
def test_sentence_with_a_place_or_day_is_no_wire_dateline(text: str, reference: str | None) -> None:
    assert read_dateline(text, reference) is None


@pytest.mark.parametrize(("text", "value"), [
    ("Нарын, 6 июля /Памир Вайр/. В Берлине 3-4 июля 2017 года прошли переговоры.",
     "2017-07-06"),
    ("NARYN, Jan. 3 (Pamir Wire) - Talks held on December 30, 2016 in Tokyo ended.",
     "2017-01-03"),  # the happening of the month before, across the new year
    ("NARYN, Sept. 12 (Pamir Wire) - The plant was built in May 2010.", None),  # history
])
def test_a_dateline_without_a_year_takes_the_year_of_the_happening_its_paragraph_dates(
        text: str, value: str | None) -> None:
    assert read_dateline(text, None) == value


@pytest.mark.parametrize("caption, value", [
    ("Ministers shake hands after the talks in Osh, Kyrgyzstan, May 6, 2025. (Pamir Wire/Ali "
     "Umarov)", "2025-05-06"),
    # a picture of another month dates no dateline
    ("Ministers shake hands after the talks in Osh, Kyrgyzstan, March 2, 2019. (Pamir Wire/Ali "
     "Umarov)", None),
])
def test_a_dateline_without_a_year_takes_the_year_of_the_caption_above_it(
        caption: str, value: str | None) -> None:
    story, _ = one(f"{caption}\n\nOSH, May 6 (Pamir Wire) -- {PARA_2}\n\n{PARA_3}")
    assert story.published == value


# ---------------------------------------------------------------- story dates
def test_date_line_above_the_headline_is_the_story_date() -> None:
    text = (
        "Pamir Wire News Service\nPolitics | Economy | Regions\n9 October 2025, 11:47\n\n"
        "Tajik officials to seek Korean loan for irrigation pumps\n\n"
        f"DUSHANBE, Oct. 9 (Pamir Wire) - {PARA_2}\n\n{PARA_3}\n\nViews: 2,318\nTags: Korea, water"
    )
    story, _ = one(text)
    assert story.title == "Tajik officials to seek Korean loan for irrigation pumps"
    assert story.published == "2025-10-09"
    assert story.text.startswith("DUSHANBE, Oct. 9 (Pamir Wire) - Notes on the grant")
    assert "Pamir Wire News Service" not in story.text and "Views" not in story.text


def test_time_before_the_date_gives_published() -> None:
    text = (
        "Japan to provide 2.1 billion yen for Naryn regional hospital\n\n"
        f"14:32, 21 October 2025\nviews: 1417\n\n{PARA_1}\n\n{PARA_2}"
    )
    story, removed = one(text)
    assert story.title == "Japan to provide 2.1 billion yen for Naryn regional hospital"
    assert story.published == "2025-10-21"
    assert removed["14:32, 21 October 2025"] == "date"


def test_date_in_the_headline_is_not_the_story_date() -> None:
    story, _ = one(f"Japan and Kyrgyzstan to sign road grant on 21 October 2025\n\n{PARA_1}")
    assert story.title == "Japan and Kyrgyzstan to sign road grant on 21 October 2025"
    assert story.published is None


def test_byline_with_date_gives_published_and_keeps_the_headline() -> None:
    text = (f"ENERGY\n\nADB approves loan for Kazakh power grid\n\n"
            f"By Aigerim Sadykova · March 5, 2026 · 4 min read\n\n{PARA_1}\n\n{PARA_2}")
    story, _ = one(text)
    assert story.title == "ADB approves loan for Kazakh power grid"
    assert story.published == "2026-03-05"
    assert story.text == f"{PARA_1}\n\n{PARA_2}"


def test_update_stamp_does_not_replace_the_publication_date() -> None:
    text = (
        "Japan to fund Kyrgyz roads and machinery\n\nPublished: 4 March 2026, 09:40\n"
        f"Last updated: 14:05, 5 March 2026\n\n{PARA_1}\n\n{PARA_2}"
    )
    story, _ = one(text)
    assert story.published == "2026-03-04"


def test_update_stamp_alone_dates_the_story_as_the_weakest_candidate() -> None:
    text = (f"Japan to fund Kyrgyz roads and machinery\n\nLast updated: 14:05, 5 March 2026\n\n"
            f"{PARA_1}\n\n{PARA_2}")
    story, removed = one(text)
    assert story.published == "2026-03-05"
    assert removed["Last updated: 14:05, 5 March 2026"] == "date"
    story, _ = one(text.replace("\n\nLast", "\n\nBISHKEK, 2 March 2026\n\nLast"))
    assert story.published == "2026-03-02"  # any other date line outweighs it


def test_a_wordless_line_under_the_date_keeps_the_headline_printed_again_at_the_end() -> None:
    headline = "Kazakhstan signs grant with KOICA for heating"
    story, _ = one(f"{headline}\n\nTUESDAY, MAY 16, 2028\n|\n\n{PARA_1}\n\n{PARA_2}\n\n"
                   f"{headline}\n\n[Copyright Example News]")
    assert story.title == headline and story.published == "2028-05-16"


def test_a_teasers_headline_over_a_wordless_line_and_a_menu_stays_cut() -> None:
    teaser = "Korea opens a clinic for mothers in Osh"
    story, removed = one(f"{teaser}\n|\nHome\nNews\n\nKazakhstan signs grant with KOICA\n\n"
                         f"{PARA_1}\n\n{PARA_2}\n\n{teaser}")
    assert story.title != teaser and removed[teaser] == "repeated"


def test_site_clock_atop_the_page_gives_way_to_the_story_date_line() -> None:
    text = (f"Skip to content\n\nWednesday, September 22nd, 2027\n\n"
            f"Kazakhstan signs grant with KOICA for heating\n\nby May 16, 2024 General\n\n"
            f"{PARA_1}\n\n{PARA_2}")
    story, _ = one(text)
    assert story.published == "2024-05-16"


@pytest.mark.parametrize("headline", [
    "Japan and Uzbekistan agree to widen farm coop.",
    "Kazakh minister to visit U.S.",
])
def test_a_headline_may_end_with_an_abbreviations_full_stop(headline: str) -> None:
    text = f"31 August 2019 - 11:39\n\n{headline}\n\n{headline}\n\n{PARA_1}\n\n{PARA_2}"
    assert one(text)[0].title == headline


def test_a_line_ending_with_a_sentences_full_stop_under_the_date_is_no_headline() -> None:
    line = "The two sides discussed trade in Dushanbe."
    text = f"31 August 2019 - 11:39\n\n{line}\n\n{line}\n\n{PARA_1}\n\n{PARA_2}"
    assert one(text)[0].title is None


def test_one_sentence_over_the_date_line_and_the_story_is_the_headline_with_a_stop() -> None:
    headline = "Korea grants Kyrgyzstan $5 million for rural clinics."
    story, _ = one(f"{headline}\n\n24/11/2027 17:40\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline and not story.text.startswith("Korea grants")
    # two sentences over the date line are a lead, not a headline
    lead = "Korea granted Kyrgyzstan $5 million. The clinics open in May."
    story, _ = one(f"{lead}\n\n24/11/2027 17:40\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title is None


def test_a_short_line_closed_by_a_stop_under_the_headline_is_its_standfirst() -> None:
    headline = "Kyrgyz president flies to Tokyo. Here is why"
    story, _ = one(f"{headline}\n\n1480\nTalks on roads.\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline
    # a line the site cut short under it is no standfirst: the nearest line stays the headline
    story, _ = one(f"{headline}\n\n1480\nTalks on roads…\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == "Talks on roads…"


def test_a_line_closed_by_a_colon_introduces_what_follows_and_is_no_headline() -> None:
    story, _ = one(f"About the partners of the fund:\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title is None
    story, _ = one(f"Kazakhstan signs grant with KOICA: heating for schools\n\n{PARA_1}\n\n"
                   f"{PARA_2}")
    assert story.title == "Kazakhstan signs grant with KOICA: heating for schools"


def test_a_weekday_date_line_with_its_hour_is_the_story_stamp_not_the_site_clock() -> None:
    text = (f"12 Mar 2025\n\nFriday 3 May 2024 - 09:40\n\n"
            f"Kazakhstan signs grant with KOICA for heating\n\n{PARA_1}\n\n{PARA_2}")
    story, _ = one(text)
    assert story.published == "2024-05-03"
    story, _ = one(text.replace(" - 09:40", ""))
    assert story.published == "2025-03-12"  # without its hour, the weekday line is the clock


def test_a_timed_weekday_line_opening_the_page_over_the_sites_bar_is_its_clock() -> None:
    top = "Tue, June 9, 2026, 07:41\nGuest | Sign in | Register"
    text = (f"{top}\n\nKazakhstan signs grant with KOICA for heating\n{PARA_1}\n\n{PARA_2}\n"
            f"Aug 5, 2019 11:25")
    assert one(text)[0].published == "2019-08-05"
    # right over the headline, it is the story's stamp
    text = text.replace("\nGuest | Sign in | Register", "")
    assert one(text)[0].published == "2026-06-09"


def test_weekday_date_line_under_the_headline_is_cut_not_kept_as_a_dateline() -> None:
    line = "Wednesday, December 1, 2027 - 5:15am"
    story, removed = one(f"Kazakhstan signs grant with KOICA for heating\n\n{line}\n\n"
                         f"{PARA_1}\n\n{PARA_2}")
    assert story.published == "2027-12-01" and removed[line] == "date"
    assert read_dateline("Wednesday, December 1, 2027 - Talks began.", None) is None


def test_a_date_in_the_top_bar_under_the_weather_dates_no_story() -> None:
    text = (f"-3 °C\n\nBishkek\n\nWednesday, May 16, 2029\n\n"
            f"Kazakhstan signs grant with KOICA for heating\n\n{PARA_1}\n\n{PARA_2}")
    story, _ = one(text)
    assert story.published is None


def test_a_date_far_under_a_temperature_in_the_text_still_dates_the_story() -> None:
    text = (f"Kazakhstan signs grant with KOICA for heating\n\n12 C\n\nThe minister spoke.\n\n"
            f"In the city of Osh\n\nWednesday, May 16, 2029\n\n{PARA_1}\n\n{PARA_2}")
    story, _ = one(text)
    assert story.published == "2029-05-16"


def test_a_weekday_date_line_alone_atop_the_page_is_the_sites_clock() -> None:
    text = (f"Wednesday, May 16, 2024\n\nKazakhstan signs grant with KOICA for heating\n\n"
            f"{PARA_1}\n\n{PARA_2}")
    story, _ = one(text)
    assert story.published is None  # the day the page was read, not the story's


def test_a_weekday_date_line_under_the_blogs_title_over_its_post_dates_the_post() -> None:
    text = (f"Steppe Notes on Finance and Trade\n\nWednesday, May 16, 2024\n\n"
            f"Kazakhstan signs grant with KOICA for heating\n\n{PARA_1}\n\n{PARA_2}")
    story, _ = one(text)
    assert story.published == "2024-05-16"
    # among the site's menus, away from the headline, it is the site's clock
    text = text.replace("2024\n\n", "2024\n\nHome\nNews\nEconomy\nWorld\n\n", 1)
    assert one(text)[0].published is None


def test_a_blogs_posts_each_under_its_date_line_are_stories_dated_by_it() -> None:
    # a post opening with a short line has no headline over a paragraph to split it by
    first = f"A short note from the road today.\n\n{PARA_1}\n\n{PARA_2}"
    text = (f"Saturday, May 18, 2024\n\nField notes from the valley\n\n{first}\n\n"
            f"Monday, May 13, 2024\n\nValley update\n\n{PARA_4}\n\n{PARA_3}")
    stories = clean_page(page(text))
    assert [s.published for s in stories] == ["2024-05-18", "2024-05-13"]
    assert [s.text for s in stories] == [first, f"{PARA_4}\n\n{PARA_3}"]


CARDS = (
    ("Mar 4, 2031", "Bridge over the Pyanj to open in May",
     "A joint fund will pay for the bridge and for the roads that lead to it on both banks"),
    ("Feb 20, 2031", "Dushanbe plans new airport terminal",
     "The old terminal can no longer handle the number of travellers who arrive in summer"),
    ("Jan 9, 2031 | Blog",  # a headline twice its date line's length is no deck
     "In the Ferghana valley, water users from three districts meet in Khujand",
     "Farmers and officials from the upstream and downstream districts of the valley agreed on "
     "how to share the water of the old canal this year and the next"),
)


def test_dated_cards_each_with_a_deck_that_lost_its_stop_are_stories() -> None:
    text = "\n\n".join(f"{day}\n3 min read\n\n{head}\n\n{deck}" for day, head, deck in CARDS)
    stories = clean_page(page(text))
    assert [(s.title, s.published, s.text) for s in stories] == [
        ("Bridge over the Pyanj to open in May", "2031-03-04", CARDS[0][2]),
        ("Dushanbe plans new airport terminal", "2031-02-20", CARDS[1][2]),
        (CARDS[2][1], "2031-01-09", CARDS[2][2])]


def test_a_line_under_a_dated_headline_no_longer_than_it_is_no_deck() -> None:
    # a block of other stories' headlines, each with a second line as long: no cards
    more = (("Mar 4, 2031", "Japan and Tajikistan sign a grant for the new bridge over the Pyanj",
             "The two governments also agree on the timetable for the roads on both banks"),
            ("Feb 20, 2031", "Korea to train doctors from Khatlon in the hospitals of Seoul",
             "The programme of the health ministry starts in the autumn for the first group"))
    block = "\n\n".join(f"{day}\n\n{head}\n\n{line}" for day, head, line in more)
    text = (f"Kazakhstan signs grant with KOICA for heating\n\nMarch 5, 2031\n\n{PARA_1}\n\n"
            f"{PARA_2}\n\n{block}")
    story, _ = one(text)
    assert story.title == "Kazakhstan signs grant with KOICA for heating"
    assert story.text == f"{PARA_1}\n\n{PARA_2}"


def test_a_date_line_over_a_paragraph_below_a_weekday_headed_story_starts_no_post() -> None:
    text = (f"Saturday, May 18, 2024\n\nKorea funds a water plant in Khujand\n\n{PARA_1}\n\n"
            f"{PARA_2}\n\nMonday, May 20, 2024\n\n{PARA_3}")
    story, _ = one(text)  # no headline under the second date line: one story, the clock atop
    assert story.title == "Korea funds a water plant in Khujand" and story.published is None


def test_a_weekday_date_line_under_a_breadcrumb_of_the_headline_is_the_storys() -> None:
    headline = "Kazakhstan signs grant with KOICA for heating"
    text = (f"Home > Kazakhstan > {headline}\n\nWednesday 16 May 2024\n\n{headline}\n\n"
            f"{PARA_1}\n\n{PARA_2}")
    story, _ = one(text)
    assert story.published == "2024-05-16"


@pytest.mark.parametrize("above", ["", "KOICA-KZ-Heating-Grant\n\n"])  # a picture's name
def test_dateline_opening_the_first_paragraph_gives_published(above: str) -> None:
    text = (f"Kazakhstan signs grant with KOICA for heating\n\n{above}"
            f"ASTANA, March 14, 2024 – {PARA_2}\n\n{PARA_1}")
    story, _ = one(text)
    assert story.published == "2024-03-14"


def test_a_dated_paragraph_further_down_gives_no_published() -> None:
    text = (f"Kazakhstan signs grant with KOICA for heating\n\n{PARA_1}\n\n"
            f"{PARA_3}\n\nASTANA, 14 March 2024 – {PARA_2}")
    story, _ = one(text)
    assert story.published is None


def test_date_inside_the_first_paragraph_gives_no_published() -> None:
    text = (f"Kazakhstan signs grant with KOICA for heating\n\n"
            f"On March 14, 2024, {PARA_2[0].lower()}{PARA_2[1:]}")
    story, _ = one(text)
    assert story.published is None


@pytest.mark.parametrize("dateline, published", [
    ("Dushanbe, 18 November 2024 — Asia-Plus spoke with the head of the JICA office.",
     "2024-11-18"),
    ("Bishkek, 22 August 2025 - 24.kg news agency", "2025-08-22"),
    ("Baku, 15 January 2026 / Trend /", "2026-01-15"),
])
def test_dateline_line_above_the_body_gives_published_and_stays(
        dateline: str, published: str) -> None:
    text = f'Interview: "We want more engineers in Japan"\n\n{dateline}\n\n{PARA_1}\n\n{PARA_2}'
    story, _ = one(text)
    assert story.published == published
    assert story.text.startswith(dateline)


@pytest.mark.parametrize("dateline, published", [
    ("Ashgabat, 3 October 2025", "2025-10-03"),
    ("Brussels, 19 November 2024", "2024-11-19"),
    ("Steppe Wire, Nov 5, 2007", "2007-11-05"),  # the source's name before the date
])
def test_dateline_alone_on_its_line_gives_published_and_is_cut_as_a_date_line(
        dateline: str, published: str) -> None:
    text = f'Interview: "We want more engineers in Japan"\n\n{dateline}\n\n{PARA_1}\n\n{PARA_2}'
    story, removed = one(text)
    assert story.published == published
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert removed[dateline] == "date"


@pytest.mark.parametrize("line", ["Bishkek, Kyrgyzstan", "Ashgabat, 3 October"])
def test_place_line_without_a_full_date_above_the_body_gives_no_published(line: str) -> None:
    text = f'Interview: "We want more engineers in Japan"\n\n{line}\n\n{PARA_1}\n\n{PARA_2}'
    story, _ = one(text)
    assert story.published is None


def test_dateline_without_a_headline_gives_published() -> None:
    story, _ = one(f"Tashkent, 5 May 2025 / UzA /\n\n{PARA_1}\n\n{PARA_2}")
    assert story.published == "2025-05-05"
    assert story.text.startswith("Tashkent, 5 May 2025 / UzA /")


def test_dateline_on_its_own_line_stays_in_the_body() -> None:
    text = f"Japan to fund Kyrgyz roads\n\nBISHKEK, June 12.\n\nJapan will fund roads.\n\n{PARA_2}"
    story, _ = one(text)
    assert story.text.startswith("BISHKEK, June 12.\n\nJapan will fund roads.")


def test_date_artefact_closing_the_page_gives_published() -> None:
    text = f"BAKU, July 3 (Trend) - {PARA_1}\n{PARA_2}\ndate 2025-07-03"
    story, removed = one(text)
    assert story.published == story.reference_date == "2025-07-03"
    assert "date 2025-07-03" not in story.text and removed["date 2025-07-03"] == "date"
    story, _ = one(f"Japan lends Azerbaijan $150 million\n\n{PARA_1}\n\nPublished: 03.07.2025")
    assert story.published == "2025-07-03"


def test_a_written_stamp_outweighs_the_crawl_stamp_above_the_page() -> None:
    story, _ = one(f"date 2024-05-07 Menu\n\nJapan grants ¥1.8 billion for roads in Talas\n\n"
                   f"Written: 2024-05-03 09:12:40Updated: 2024-05-03 11:02:15\n\n{PARA_1}\n\n"
                   f"{PARA_2}")
    assert story.published == "2024-05-03"


def test_unlabelled_tail_date_does_not_override_the_story_date() -> None:
    story, _ = one(f"Japan lends $150 million\n\n12 May 2025\n\n{PARA_1}\n\n3 July 2025")
    assert story.published == "2025-05-12"
    story, _ = one(f"BAKU, 12 May 2025 - {PARA_1}\n\n3 July 2025")
    assert story.published == "2025-05-12"


def test_labelled_date_outweighs_an_unlabelled_one_wherever_it_stands() -> None:
    story, _ = one(f"Japan lends $150 million\n\n12 May 2025\n\n{PARA_1}\n\ndate 2025-07-03")
    assert story.published == "2025-07-03"


def test_tail_date_is_not_taken_from_related_links() -> None:
    text = (f"Japan lends $150 million\n\n{PARA_1}\n\nRelated news\n"
            "Korea opens a labour centre in Bishkek\n12 Dec 2024\nUzbek exports to Japan rise")
    story, _ = one(text)
    assert story.published is None


def test_headlines_each_with_its_date_under_the_story_are_teasers() -> None:
    first, second = ("Tashkent zoo welcomes two snow leopard cubs ...",
                     "Fergana farmers expect a record apricot harvest this")
    text = (f"Japan lends $150 million\n\n{PARA_1}\n\n{PARA_2}\n\n"
            f"{first}\n09:40 AM | 3 Jun, 2025\n{second}\n08:15 AM | 3 Jun, 2025")
    story, removed = one(text)
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert removed[first] == "teaser" and removed[second] == "teaser"
    # one date line under the story is its own date, and the sentence above it stays
    last = "The bank will review the project in 2027."
    story, _ = one(f"Japan lends $150 million\n\n{PARA_1}\n\n{PARA_2}\n\n{last}\n3 Jun 2025")
    assert story.text.endswith(last) and story.published == "2025-06-03"


# ---------------------------------------------------------------- titles: above the headline
def test_masthead_menu_and_footer_around_a_single_story_are_cut() -> None:
    text = (
        "Steppe Wire News Service\nEN | RU | KZ\nRegions\nWorld\nBusiness\nSearch\n\n"
        "Home > News > Business\n\n"
        "Japan pledges ¥1.8 billion for Talas highway and equipment\n\n"
        "date 2025-06-12 10:22\nviews: 2207\n\nPhoto: Press office of JICA\n\n"
        f"{PARA_1}\n\n{PARA_2}\n\nThe works start in April.\n\n"
        "Share this article\nFacebook\nTelegram\n\n"
        "Related news\nAktobe to host regional grain fair in June\n"
        "Uzbek cotton exports to Turkey fall again\n\n"
        "© 2012–2025 Steppe Wire. All rights reserved."
    )
    story, removed = one(text)
    assert story.title == "Japan pledges ¥1.8 billion for Talas highway and equipment"
    assert story.published == story.reference_date == "2025-06-12"
    assert story.text == f"{PARA_1}\n\n{PARA_2}\n\nThe works start in April."
    assert story.id == "news__item"
    assert removed["Aktobe to host regional grain fair in June"] == "related"
    assert removed["Photo: Press office of JICA"] == "caption"
    assert removed["date 2025-06-12 10:22"] == "date"
    assert removed["Steppe Wire News Service"] == "navigation"


def test_a_share_bar_under_the_headline_leaves_the_headline() -> None:
    headline = "Korean bank lends $80 million for solar plants in the Fergana valley"
    bar = "Facebook\nTwitter\nLinkedIn\nReddit\nEmail"
    story, removed = one(f"{headline}\n\n{bar}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline and removed["LinkedIn"] == "share"
    # a site's menu with its social links, over the headline, is still the masthead's
    menu = "Steppe Wire\n\nNews\nRegions\nBusiness\nFacebook\nTwitter\nTelegram"
    story, removed = one(f"{menu}\n\n{headline}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline and removed["Steppe Wire"] == "navigation"


def test_the_headline_over_its_date_line_beats_the_portal_name_at_the_top() -> None:
    headline = "Korea opens a new trade office in Samarkand this week"
    text = ("The Official Portal of the Steppe Trade Ministry\n\nMo Tu We Th Fr Sa Su\n"
            "New on the portal\n• New page on export rules\n• Added a list of agencies\n\n"
            f"{headline}\n2025-06-12 | Economy\n\n{PARA_1}\n\n{PARA_2}")
    assert one(text)[0].title == headline
    # a standfirst between the headline and its date line leaves the headline the title
    standfirst = "The office will help exporters of dried fruit find buyers in Korea"
    text = f"{headline}\n\n{standfirst}\n12 June 2025\n\n{PARA_1}\n\n{PARA_2}"
    assert one(text)[0].title == headline


def test_a_byline_with_its_source_glued_on_is_no_headline() -> None:
    headline = "Japan funds Talas road"  # short: a headline by its place, not its shape
    text = (f"{headline}\nBy Aibek Osmonov Source:Steppe Times\nPublished: 2025/6/12 21:48:41"
            f"\n\nA grant for highway equipment in the north\n\n{PARA_1}\n\n{PARA_2}")
    assert one(text)[0].title == headline
    assert one(f"By 2030 Talas will have a new road\n\n{PARA_1}\n\n{PARA_2}")[0].title == (
        "By 2030 Talas will have a new road")  # `By` and a year opens a headline


def test_masthead_above_date_line_is_not_the_title() -> None:
    text = (f"Central Asia Economic Monitor\nAnalysis | 27 May 2025\n\n"
            f"Remittances to Central Asia are rising again, the World Bank says\n\n{PARA_1}")
    story, removed = one(text)
    assert story.title == "Remittances to Central Asia are rising again, the World Bank says"
    assert story.published == "2025-05-27"
    assert "Central Asia Economic Monitor" in removed
    assert story.text == PARA_1


def test_headline_above_a_text_size_toolbar_is_no_masthead() -> None:
    text = (f"Steppe Wire\nNews\nRegions\nBusiness\n\nYou are here: Home > Economy\n\n"
            f"Japan funds a water plant in Khujand\n\nFont size: A A+ A++\n\n{PARA_1}")
    story, removed = one(text)
    assert story.title == "Japan funds a water plant in Khujand"
    assert removed["Font size: A A+ A++"] == "navigation"
    # a menu under the headline still marks it as the masthead's
    menu = text.replace("Font size: A A+ A++", "Home\nWorld\nSport")
    assert one(menu)[0].title != "Japan funds a water plant in Khujand"


def test_title_case_headline_above_date_keeps_the_title() -> None:
    text = (f"Japan And Kyrgyzstan Sign Road Deal\n12 May 2025\n\n"
            f"The deal covers 120 km of roads in Talas region\n\n{PARA_1}")
    story, _ = one(text)
    assert story.title == "Japan And Kyrgyzstan Sign Road Deal"


def test_headline_above_date_with_standalone_line_below_keeps_the_title() -> None:
    text = (f"Japan to fund Kyrgyz roads\n12 May 2025\n\n"
            f"Graders and trucks for the Talas regional road service\n\n{PARA_1}")
    story, _ = one(text)
    assert story.title == "Japan to fund Kyrgyz roads"


def test_headline_above_date_line_survives_share_buttons_below_it() -> None:
    text = (
        "Skip to main content\nThe Eurasia Times\n\n"
        "Mongolia secures EBRD backing for solar park\n\n"
        "Published: 4 March 2026, 09:40\nUpdated: 14:05, 5 March 2026\n\n"
        "Share on Facebook\nShare on X\nEmail\nPrint\n\n"
        f"{PARA_1}\n\n{PARA_2}"
    )
    story, removed = one(text)
    assert story.title == "Mongolia secures EBRD backing for solar park"
    assert story.published == "2026-03-04"
    assert "The Eurasia Times" in removed


@pytest.mark.xfail(reason="a site name of 5+ words standing alone above the headline is taken "
                          "for the headline when the page has no menu or date line")
def test_long_site_name_above_headline_is_not_the_title() -> None:
    text = (f"The Central Asian Business Review Online\n\n"
            f"ADB approves loan for power grid\n\n{PARA_1}")
    story, _ = one(text)
    assert story.title == "ADB approves loan for power grid"


def test_labels_above_the_date_and_headline_below_it_give_that_headline() -> None:
    text = (
        "Home > Press centre > News\nSearch\n\nPRESS RELEASE\nNo. 47/2025\n"
        "Tashkent, 3 June 2025\n\n"
        f"Uzbekistan and Korea agree to expand seasonal work programme\n\n{PARA_1}\n\n{PARA_2}"
    )
    story, removed = one(text)
    assert story.title == "Uzbekistan and Korea agree to expand seasonal work programme"
    assert story.published == "2025-06-03"
    assert removed["Tashkent, 3 June 2025"] == "date"
    assert story.text.startswith(PARA_1)


def test_a_menu_of_bullets_above_the_date_leaves_the_headline_below_it_with_its_subheading(
        ) -> None:
    headline = "Korea and Kyrgyzstan open a vocational school in Osh"
    text = (
        "Example Development Agency\n• Home\n• About us\n• Where we work\n• Publications\n"
        "• Procurement\n\nNews\n\n12 March 2024\n\n"
        f"{headline}\nA new campus will train 600 welders and electricians a year\n\n"
        f"{PARA_1}\n\n{PARA_2}"
    )
    story, _ = one(text)
    assert story.title == headline and story.published == "2024-03-12"
    assert story.text.startswith("A new campus will train 600 welders")  # the subheading


def test_a_repeated_headline_under_a_dated_line_is_no_subheading() -> None:
    headline = "Japan and Tajikistan open a water plant in Bokhtar"
    text = f"World 05/03/2024 {headline}\n{headline}\n\n{PARA_1}\n\n{PARA_2}"
    story, _ = one(text)
    assert story.title == headline


def test_a_line_above_the_headline_that_says_nothing_of_the_lead_is_no_title() -> None:
    headline = "Japan grants ¥1.8 billion for roads in Talas"
    text = f"date 2025-05-12 Spring festival fills the old town square\n{headline}\n\n{PARA_1}"
    story, _ = one(text)
    assert story.title == headline and story.published == "2025-05-12"
    assert "Spring festival" not in story.text


def test_a_headline_sharing_no_word_with_the_lead_stays_without_a_better_line() -> None:
    headline = "A long road home"
    story, _ = one(f"date 2025-05-12 {headline}\n\n{PARA_2}")
    assert story.title == headline


def test_a_date_line_under_a_standfirst_dates_the_story_and_leaves_the_body() -> None:
    text = (f"Japan grants ¥1.8 billion for roads in Talas\n\n{PARA_1}\n"
            f"12 May 2025 Read time: 2 min\n{PARA_1}\n\n{PARA_2}")
    story, removed = one(text)
    assert story.published == "2025-05-12" and story.text == f"{PARA_1}\n\n{PARA_2}"
    assert removed["12 May 2025 Read time: 2 min"] == "date"


def test_a_source_dateline_without_a_date_is_no_title() -> None:
    text = f"Japan funds roads\n\nJapan funds roads\n\nOSH - Pamir Wire News\n{PARA_1}\n\n{PARA_2}"
    story, removed = one(text)
    assert story.title == "Japan funds roads"
    # the dateline alone on its line credits the wire, which stays the story's source
    assert removed["OSH - Pamir Wire News"] == "byline" and story.text.startswith(PARA_1)
    assert [c.name for c in story.credits] == ["Pamir Wire News"]


@pytest.mark.parametrize("dateline", ["Abu Dhabi (Gulf News Agency)", "ASTANA (SWN) -"])
def test_a_capital_with_its_source_in_brackets_is_a_credit_not_a_title(dateline: str) -> None:
    story, removed = one(f"date 2025-05-12 {dateline}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title is None and removed[dateline] == "byline"
    assert [c.name for c in story.credits] == [dateline.split("(")[1].split(")")[0]]
    # a headline that closes on a body's name in brackets is no dateline
    headline = "Japan funds roads in Osh (JICA)"
    assert one(f"{headline}\n\n{PARA_1}\n\n{PARA_2}")[0].title == headline


def test_a_photos_slug_of_words_joined_by_dashes_credits_no_source() -> None:
    text = (f"Japan funds roads\n\nVideo PlayerClose\n\nKYRGYZSTAN-OSH-JAPAN-CLINIC\n\nThe envoy "
            f"speaks at the opening of the clinic in Osh, Kyrgyzstan, on May 2, 2031. "
            f"(Steppe Wire/Aibek)\n\n{PARA_1}\n\n{PARA_2}")
    story, _ = one(text)
    assert "CLINIC" not in [c.name for c in story.credits]


def test_a_reporter_line_is_a_byline_not_a_title() -> None:
    headline = "Japan grants ¥1.8 billion for roads in Talas. Works start in April"
    story, removed = one(f"{headline}\n\nCorrespondent of the economy desk\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline
    assert removed["Correspondent of the economy desk"] == "byline"


def test_a_bulleted_menu_item_is_never_the_title() -> None:
    text = f"• Home\n• Press office\n\n{PARA_1}\n\n{PARA_2}"
    story, _ = one(text)
    assert story.title is None


def test_the_date_of_an_exchange_rate_strip_is_not_the_story_date() -> None:
    headline = "Uzbekistan and Japan agree on new vocational projects"
    text = (f"Exchange rates as of 29/08/2025\nUSD 12482.38\nEUR 14540.72\n\n{headline}\n\n"
            f"{PARA_1}\n\n{PARA_2}")
    story, removed = one(text)
    assert story.published is None and removed["Exchange rates as of 29/08/2025"] == "ticker"


def test_a_sentence_about_exchange_rates_is_no_ticker() -> None:
    assert rule_reason("Exchange rates of the tenge fell by 3 percent in May 2024.") is None


def test_a_table_row_headline_loses_its_bars_and_its_byline_row_is_cut() -> None:
    headline = "EBRD lends 3 million euros for clean water in Jalal-Abad"
    text = (f"| {headline} |\n|\n| Written by Aigul Sydykova | |\n\n"
            f"{PARA_1}\n\n{PARA_2}")
    story, removed = one(text)
    assert story.title == headline
    assert removed["| Written by Aigul Sydykova | |"] == "byline"


def test_a_label_before_a_bar_is_still_cut_from_the_headline() -> None:
    story, _ = one(f"Opinion | Why Central Asia needs new railways\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == "Why Central Asia needs new railways"


def test_a_line_in_another_script_is_never_the_headline() -> None:
    headline = "Turkmenistan and Korea discuss a new gas chemical complex"
    story, _ = one(f"{headline}\n{headline}\n  • 김민수 기자\n  • 댓글 0\n이 기사를 공유합니다\n\n"
                   f"{PARA_1}\n\n{PARA_2}")
    assert story.title == headline


def test_a_headline_naming_a_place_in_another_script_stays_the_headline() -> None:
    headline = "Japan opens a culture centre named Nihon 日本 in Bishkek"
    story, _ = one(f"{headline}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline


def test_a_link_to_the_page_in_a_central_asian_language_is_never_the_headline() -> None:
    headline = "Япония выделит Таджикистану грант на ремонт школ"
    story, _ = one(f"Тоҷикӣ\n\n{headline}\n\n{RU_1}\n\n{RU_2}")
    assert story.title == headline


def test_a_russian_headline_naming_a_person_in_native_spelling_stays_the_headline() -> None:
    headline = "Послом в Японии назначен Мұхтар Ахметов"
    story, _ = one(f"{headline}\n\n{RU_1}\n\n{RU_2}")
    assert story.title == headline


@pytest.mark.parametrize("above", [
    "Economy",
    # an author's box printed once does not outweigh the headline printed twice
    "Aigerim Sadykova Aigerim Sadykova\n4120",
    "Asel Bekova and Timur Nurlanov",
])
def test_a_headline_printed_again_under_the_standfirst_is_the_title(above: str) -> None:
    headline = "Japan grants ¥1.8 billion for roads in Talas"
    standfirst = "The grant will rebuild a highway and buy machines for the region's road service."
    story, _ = one(f"{headline}\n\n{above}\n\n{standfirst}\n\n{headline}\n{PARA_1}\n\n"
                   f"{PARA_2}")
    assert story.title == headline
    assert story.text == f"{standfirst}\n\n{PARA_1}\n\n{PARA_2}"


@pytest.mark.parametrize("top", ["Economy", "Japan grants ¥1.8 billion for roads in Talas"])
def test_a_heading_printed_once_under_the_standfirst_stays_in_the_text(top: str) -> None:
    standfirst = "The grant will rebuild a highway and buy machines for the region's road service."
    heading = "New machines for the road service of Talas"
    story, _ = one(f"{top}\n\n{standfirst}\n\n{heading}\n{PARA_1}\n\n{PARA_2}")
    assert heading in story.text
    assert top == "Economy" or story.title == top  # a headline above keeps its place


def test_weather_and_rates_strip_is_not_the_title() -> None:
    text = (
        "Vecherniy Bishkek Online\nNews | Economy | Migration | Sport\n"
        "Bishkek +4°C   USD 87.45   EUR 91.80   RUB 0.98\n\nMigration\n\n"
        "Korea raises quota for Kyrgyz workers, Japan holds first skills exam in Bishkek\n\n"
        f"date 2026-01-14\nviews: 2873\n\n{PARA_1}\n\n{PARA_2}"
    )
    story, removed = one(text)
    assert story.title.startswith("Korea raises quota for Kyrgyz workers")
    assert removed["Bishkek +4°C USD 87.45 EUR 91.80 RUB 0.98"] == "ticker"


@pytest.mark.parametrize("furniture", [
    "Print version   |   A  A+  A++   |   Version for the visually impaired",
    "Trending: #Kyrgyzstan #roads #JICA #grant_aid",
    "Discussion chat: @kg_roads_chat",
])
def test_toolbar_tags_or_chat_line_above_the_headline_is_never_the_title(furniture: str) -> None:
    story, cut = one(
        f"KG ROADS\n{furniture}\n\nPRESS RELEASE No. 147\n14 October 2025\n\n"
        f"Japan grants ¥1.8 billion for roads in Talas\n\n{PARA_1}\n\n{PARA_2}\n"
    )
    assert story.title == "Japan grants ¥1.8 billion for roads in Talas"
    assert story.published == "2025-10-14"
    assert " ".join(furniture.split()) in cut


def test_messenger_post_header_lines_are_not_the_title() -> None:
    story, cut = one(
        "Kyrgyz Economy Watch\n48 372 subscribers\n\nPinned message\nDiscussion chat: @kg_chat\n\n"
        "December 5, 2025\n\nForwarded from KG Budget Monitor\n\n"
        f"Japan grants ¥1.8 billion for roads in Talas\n\n{PARA_1}\n\n#Japan #Kyrgyzstan #roads\n"
        "\n12.4K views   edited 14:22\n"
    )
    assert story.title == "Japan grants ¥1.8 billion for roads in Talas"
    assert story.text == PARA_1
    assert "Forwarded from KG Budget Monitor" in cut and "#Japan #Kyrgyzstan #roads" in cut


# ---------------------------------------------------------------- titles: between headline and body
@pytest.mark.parametrize("label", ["Press Release", "News", "Opinion", "Economy", "Interview"])
def test_section_label_between_headline_and_date_is_not_the_title(label: str) -> None:
    text = f"Japan-Uzbekistan Summit Telephone Talk\n\n{label}\nApril 10, 2025\n\n{PARA_1}"
    story, reasons = one(text)
    assert story.title == "Japan-Uzbekistan Summit Telephone Talk"
    assert story.published == "2025-04-10"
    assert reasons[label] == "navigation" and label not in story.text


def test_sentence_between_headline_and_date_stays_in_the_body() -> None:
    text = (f"Japan-Uzbekistan Summit Telephone Talk\n\nThe call lasted an hour.\nApril 10, 2025"
            f"\n\n{PARA_1}")
    story, _ = one(text)
    assert story.title == "Japan-Uzbekistan Summit Telephone Talk"
    assert story.text == f"The call lasted an hour.\n\n{PARA_1}"


def test_short_headline_alone_above_date_is_still_the_title() -> None:
    story, _ = one(f"Summit Talk Ends\n\nApril 10, 2025\n\n{PARA_1}")
    assert story.title == "Summit Talk Ends"


def test_short_headline_above_date_wins_over_a_caption_below_it() -> None:
    text = (
        "Summit Talk Ends\n\nApril 10, 2025\n\nPhoto: Press service\n"
        f"The ministers meet in the Kremlin hall\n\n{PARA_1}"
    )
    story, removed = one(text)
    assert story.title == "Summit Talk Ends"
    assert removed["The ministers meet in the Kremlin hall"] == "caption"


# ---------------------------------------------------------------- repeated lines
def test_repeated_site_name_lines_are_cut() -> None:
    _, removed = one(PROMPTED_PAGE)
    assert removed["The Osaka Courier"] == "repeated"


def test_repeated_headline_directly_above_its_paragraph_stays_the_title() -> None:
    headline = "Japan grants ¥1.8 billion for roads in Talas"
    story, removed = one(f"{headline}\n\n{headline}\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert removed == {headline: "repeated"}


def test_headline_printed_in_the_title_bar_and_over_a_caption_stays_the_title() -> None:
    headline = "Japan grants ¥1.8 billion for roads in Talas"
    text = (f"{headline}\n\nA grader at work near Talas (File)\nShare\nUpdated 12 March 2024\n\n"
            f"{headline}\n\nTALAS: The grant buys graders and trucks for the region, the agency "
            f"said on Tuesday, \n\n{PARA_1}\n\n{PARA_2}")
    story, removed = one(text)
    assert story.title == headline and story.published == "2024-03-12"
    assert story.text.startswith("TALAS: The grant buys graders")
    assert removed["A grader at work near Talas (File)"] != "repeated"


def test_headline_in_the_title_bar_and_over_the_story_beats_a_project_banner() -> None:
    headline = "The EU trains water engineers of Turkmenistan"
    text = (f"{headline}\n\nRegional cooperation on Water, Energy and Climate\n\n{headline}\n\n"
            f"{PARA_1}\n\n{PARA_2}")
    story, _ = one(text)
    assert story.title == headline


def test_picture_caption_printed_twice_under_the_headline_is_no_title() -> None:
    headline = "The EU trains water engineers of Turkmenistan"
    caption = "Engineers at the training centre in Ashgabat"
    story, _ = one(f"{headline}\n12 March 2024\n\n{caption}\n{caption}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline


def test_headline_printed_twice_in_two_paragraphs_beats_a_tagline_above() -> None:
    tagline = "Regional cooperation on water and climate in the valley"
    headline = "The EU trains water engineers of Turkmenistan"
    story, _ = one(f"{tagline}\n\n{headline}\n\n{headline}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline


@pytest.mark.parametrize("joint", ["", " "])
def test_headline_run_into_its_own_copy_is_read_as_printed_twice(joint: str) -> None:
    headline = "The EU trains water engineers of Turkmenistan"
    story, _ = one(f"Regional News\n\n{headline}\n\n{headline}{joint}{headline}\n\n{PARA_1}"
                   f"\n\n{PARA_2}")
    assert story.title == headline and headline not in story.text


def test_a_paragraph_run_into_its_own_copy_is_told_once() -> None:
    told = "The ministry said the engineers would train for a month, with the EU paying the fees."
    story, _ = one(f"The EU trains water engineers of Turkmenistan\n\n{PARA_1}\n\n{told} {told}"
                   f"\n\n{PARA_2}")
    assert story.text == f"{PARA_1}\n\n{told}\n\n{PARA_2}"


def test_a_label_run_into_its_own_copy_is_no_headline() -> None:
    headline = "The EU trains water engineers of Turkmenistan"
    story, _ = one(f"World NewsWorld News\n\n{headline}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline


def test_section_label_printed_twice_gives_way_to_the_headline() -> None:
    headline = "Japan grants ¥1.8 billion for roads in Talas"
    story, _ = one(f"World News\n\nWorld News\n\n{headline}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline


def test_paragraph_broken_off_at_a_comma_is_text_not_a_headline() -> None:
    broken = ("DUSHANBE: Japan will give Tajikistan new school buses for the rural districts of "
              "the south, the embassy said on Monday, ")
    story, _ = one(f"Japan sends school buses to Tajikistan\n\n{broken}\n\n{PARA_1}")
    assert story.title == "Japan sends school buses to Tajikistan"
    assert story.text.startswith("DUSHANBE: Japan will give")


def test_list_of_names_closed_by_a_comma_is_no_paragraph() -> None:
    names = "Tashkent, Samarkand, Bukhara, Khiva, Namangan, Andijan, Fergana, Nukus, Karshi,"
    assert not is_prose(names, STOPWORDS["en"])


def test_short_headline_printed_under_its_breadcrumb_is_the_title() -> None:
    story, removed = one(f"Home Asia Japan Opens Osh Clinic\n\nJapan Opens Osh Clinic\n\n{PARA_1}")
    assert story.title == "Japan Opens Osh Clinic"
    # a trail without its separators is the copy of the headline, or a menu opening at home
    assert removed["Home Asia Japan Opens Osh Clinic"] in ("repeated", "navigation")


@pytest.mark.parametrize("headline", ["Japan opens a clinic in Osh",
                                      "Япония выделила $5 млн на клинику в Оше."])
def test_a_trail_of_long_steps_ending_with_the_headline_under_it_is_cut(headline: str) -> None:
    trail = f"Steppe Development Network Portal in Russian > Archive of news 2002-2007 > {headline}"
    story, removed = one(f"{trail}\n\n{headline}\n\n{PARA_1}\n\n{PARA_2}")
    assert removed[trail] == "navigation" and story.text == f"{PARA_1}\n\n{PARA_2}"


def test_a_line_of_steps_ending_with_another_headline_is_no_trail_to_the_one_under_it() -> None:
    other = "Steppe Development Network Portal in Russian > Archive > Korea funds a school"
    story, _ = one(f"{other}\n\nJapan opens a clinic in Osh\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == "Japan opens a clinic in Osh"


def test_label_under_its_breadcrumb_is_no_headline_copy() -> None:
    headline = "Japan grants ¥1.8 billion for roads in Talas"
    story, _ = one(f"Home Press Releases\nPress Releases\n\n{headline}\n\n{PARA_1}")
    assert story.title == headline


LEAD = ("The Kuwait Fund has signed a loan agreement worth $30 million to rebuild the main road "
        "between Osh and Batken")


def test_page_summary_glued_to_itself_above_the_headline_is_cut() -> None:
    headline = "Kuwait Fund lends $30m for the Osh road"
    text = (f"{LEAD[:90]}{LEAD[:90]}\n\n{headline}\n\n2024/03/12 10:15\n\n{LEAD}, the fund said "
            f"on Tuesday.\n\n{PARA_2}")
    story, removed = one(text)
    assert story.title == headline and story.text.count("Kuwait Fund has signed") == 1
    assert removed[LEAD[:90]] == "repeated"  # both copies


def test_teaser_cut_short_by_an_ellipsis_gives_way_to_its_paragraph() -> None:
    text = f"Kuwait Fund lends $30m\n\n{LEAD}...\n\n{LEAD}, the fund said.\n\n{PARA_2}"
    story, removed = one(text)
    assert story.text.count("Kuwait Fund has signed") == 1 and removed[f"{LEAD}..."] == "repeated"


def test_long_headline_opening_the_lead_stays_the_title() -> None:
    headline = LEAD[:LEAD.index(" between")]
    story, _ = one(f"{headline}\n\n{LEAD}, the fund said.\n\n{PARA_2}")
    assert story.title == headline


def test_list_items_sharing_their_opening_are_both_kept() -> None:
    first = f"{LEAD} and its bridges;"
    second = f"{LEAD} and its tunnels through the pass;"
    story, _ = one(f"Kuwait Fund lends $30m for the Osh road\n\n{PARA_1}\n\n{first}\n\n{second}")
    assert first in story.text and second in story.text


# ---------------------------------------------------------------- joining broken lines
def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "Japan to fund Kyrgyz roads\n\n"
        "Japan is giving Kyrgyzstan a grant of 1.8 billion yen to buy road repair\n"
        "equipment and to rebuild a long stretch of highway in the Talas region,\n"
        "JICA announced on Tuesday. Notes on the grant were exchanged in Bishkek.\n\n"
        "The road works will begin in April, the transport ministry said."
    )
    story, _ = one(text)
    assert story.text.startswith("Japan is giving Kyrgyzstan a grant of 1.8 billion yen to buy "
                                 "road repair equipment and to rebuild")
    assert story.text.endswith("\n\nThe road works will begin in April, the transport ministry "
                               "said.")


WRAPPED_BODY = (
    "Japan is giving Kyrgyzstan a grant of 1.8 billion yen to buy road\n"
    "repair equipment and to rebuild a long stretch of the highway in\n"
    "Talas, JICA said on Tuesday.\n"
    "The road works will begin in April.\n"
    "Graders, dump trucks and rollers for the district services of\n"
    "Talas and Manas are to arrive in March, the ministry added.\n"
)


def test_hard_wrapped_paragraphs_end_where_a_sentence_ends_short_of_the_width() -> None:
    story, _ = one(f"Japan to fund Kyrgyz roads\n\n{WRAPPED_BODY}")
    assert story.text.split("\n\n") == [
        "Japan is giving Kyrgyzstan a grant of 1.8 billion yen to buy road repair equipment and "
        "to rebuild a long stretch of the highway in Talas, JICA said on Tuesday.",
        "The road works will begin in April.",
        "Graders, dump trucks and rollers for the district services of Talas and Manas are to "
        "arrive in March, the ministry added."]


def test_wire_prefix_on_the_first_line_of_a_hard_wrapped_page_joins_its_paragraph() -> None:
    first = "(WIRE- Steppe News Agency) BISHKEK, Kyrgyzstan, March 3. Japan is giving"
    text = (f"{first}\nKyrgyzstan a grant of 1.8 billion yen to buy road repair equipment\n"
            f"and to rebuild a stretch of highway, JICA said on Tuesday.\n{WRAPPED_BODY}")
    story, _ = one(text)
    assert story.text.startswith(f"{first} Kyrgyzstan a grant of 1.8 billion yen")
    assert story.title is None and story.published is None  # a dateline without its year


def test_headline_and_date_line_atop_a_hard_wrapped_page_stand_alone() -> None:
    headline = "Japan will fund the repair of roads and bridges in the Talas and Manas regions"
    story, _ = one(f"{headline}\n[12.03.2024 10:15]\n{WRAPPED_BODY}")
    assert story.title == headline
    assert story.published == "2024-03-12"
    assert story.text.startswith("Japan is giving Kyrgyzstan")


def test_bullets_of_a_hard_wrapped_page_are_not_joined() -> None:
    text = (
        "Japan to fund Kyrgyz roads\n\n"
        "Japan is giving Kyrgyzstan a grant of 1.8 billion yen to buy road repair\n"
        "equipment and to rebuild a long stretch of highway in the Talas region,\n"
        "JICA announced on Tuesday. The machines on the list are the following:\n"
        "- twelve graders for the district road services of Talas and Manas,\n"
        "- twenty dump trucks for the repair of the mountain passes in spring.\n"
    )
    story, _ = one(text)
    assert story.text.endswith("the following:\n\n- twelve graders for the district road services "
                               "of Talas and Manas,\n\n- twenty dump trucks for the repair of the "
                               "mountain passes in spring.")


def test_headline_broken_after_a_preposition_is_joined() -> None:
    text = (
        "Tajikistan and Japan sign exchange of notes on\ngrant for Dushanbe water supply\n\n"
        f"03.02.2026\n\n{PARA_1}\n\n{PARA_2}"
    )
    story, _ = one(text)
    assert story.title == (
        "Tajikistan and Japan sign exchange of notes on grant for Dushanbe water supply")
    assert story.published == "2026-02-03"


def test_related_header_ending_in_a_preposition_is_not_joined_to_a_headline() -> None:
    text = f"{PARA_1}\n\n{PARA_2}\n\nYou might also be interested in\nUzbek gas output falls again"
    story, _ = one(text)
    assert story.text == f"{PARA_1}\n\n{PARA_2}"


@pytest.mark.xfail(reason="a title-case headline broken before a noun keeps only its second line")
def test_headline_broken_before_a_noun_is_joined() -> None:
    text = f"Japan Grants Kyrgyzstan Road\nMachinery Worth 1.8 Billion Yen\n\n{PARA_1}\n\n{PARA_2}"
    story, _ = one(text)
    assert story.title == "Japan Grants Kyrgyzstan Road Machinery Worth 1.8 Billion Yen"


# ---------------------------------------------------------------- story body: lists and fact boxes
def test_long_story_with_headings_and_bullets_is_not_split() -> None:
    text = (
        "Kazakhstan and Korea: Ten Years of Working Together on Seasonal Labour\n\n"
        f"12 Dec 2025\n\n{PARA_1}\n\n2021–2022: Laying the Groundwork\n\n{PARA_2}\n\n"
        f"Arrival of interns\n\n{PARA_3}\n\nThe portal offers:\n\n  • vacancy search,\n"
        f"  • language courses,\n  • contact with recruiters.\n\nConclusion\n\n{PARA_4}\n\n"
        "Tajikistan still has no tram network.\n\nRelated"
    )
    story, _ = one(text)
    assert story.published == "2025-12-12"
    for kept in ("2021–2022: Laying", "• vacancy search,", "• language courses,", "Conclusion",
                 "Tajikistan still has no tram network."):
        assert kept in story.text
    assert not story.text.endswith("Related")


def test_numbered_section_headings_do_not_split_a_story() -> None:
    text = (f"12 May 2025\n\nTajik-Korean Foreign Ministers' Meeting in Seoul\n\n{PARA_1}\n\n"
            f"1. Opening remarks\n\n{PARA_2}\n\n2. Bilateral relations\n\n{PARA_3}\n\n"
            f"3. Regional affairs\n\n{PARA_4}")
    story, _ = one(text)
    assert "2. Bilateral relations" in story.text and story.published == "2025-05-12"


def test_list_closing_a_story_stays_but_ticker_bullets_go() -> None:
    text = (
        "• KGS/USD = 0.01152 0%\n• KZT/USD = 0.00196 -0%\n\n"
        f"Korea to train Kazakh welders\n\n{PARA_1}\n\nMain obstacles noted:\n"
        "  • weak command of Korean\n  • slow work permit approvals\n\n© 2025 Site"
    )
    story, _ = one(text)
    assert "• slow work permit approvals" in story.text
    assert "KGS/USD" not in story.text


FACT_ITEMS = (
    "- Lender: Korea Export-Import Bank (KEXIM)\n- Loan: $212 million\n"
    "- Talks: 14-15 April, Tashkent\n- Signed: 9 July 2025\n- Completion: mid 2029"
)


@pytest.mark.parametrize("heading", [
    "Key facts", "Fact box", "At a glance", "Project details:", "Background",
])
def test_fact_box_between_date_line_and_body_stays(heading: str) -> None:
    text = (
        "Project profile\n\nUzbekistan: Tashkent ring road financing\n\ndate 2025-07-11\n\n"
        f"{heading}\n{FACT_ITEMS}\n\n{PARA_1}\n\n{PARA_2}"
    )
    story, removed = one(text)
    assert story.title == "Uzbekistan: Tashkent ring road financing"
    assert story.published == "2025-07-11"
    assert story.text.startswith(heading)
    for kept in ("- Talks: 14-15 April, Tashkent", "- Signed: 9 July 2025",
                 "- Completion: mid 2029", PARA_1):
        assert kept in story.text
    assert removed["Project profile"] == "boilerplate"


def test_fact_box_of_sentence_bullets_without_date_line_stays() -> None:
    text = (
        "Korea to fund Tashkent ring road\n\nBackground\n"
        "• KEXIM first lent to Uzbekistan in 1998.\n• The road was tendered in 2022.\n\n"
        f"{PARA_1}"
    )
    story, _ = one(text)
    assert story.title == "Korea to fund Tashkent ring road"
    assert story.text.startswith("Background\n\n• KEXIM first lent to Uzbekistan in 1998.")


def test_a_date_line_over_dashed_paragraphs_is_no_fact_box_heading() -> None:
    story, removed = one(f"Korea to fund Tashkent ring road\n11 December 2020\n- {PARA_1}\n"
                         f"{PARA_2}")
    assert removed["11 December 2020"] == "date" and story.published == "2020-12-11"
    assert "11 December 2020" not in story.text


def test_fact_box_closing_a_story_stays() -> None:
    story, _ = one(f"Korea to fund Tashkent ring road\n\n{PARA_1}\n\nKey facts\n{FACT_ITEMS}")
    assert story.text.endswith("- Completion: mid 2029")


def test_an_enumeration_closing_a_story_stays_even_cut_off() -> None:
    items = ("1. «Equipping school No. 4 of Osh» — 52,300 dollars;\n"
             "2. «Equipping the district hospital of Naryn» — 87,150 dollars;\n"
             "3. «Equipping the maternity ward of the Talas regional hosp")
    story, _ = one(f"Japan funds 3 projects in Kyrgyzstan\n\n{PARA_1}\n\nList of projects\n{items}")
    assert all(item in story.text for item in items.split("\n"))  # clauses state facts


@pytest.mark.parametrize("heading, items", [
    ("Sections", "• Politics\n• Economy\n• World"),  # a bulleted menu
    ("Trending", "• Japan opens visa centre in Tashkent\n• Kyrgyz som hits record low"),
    ("Key facts", "• KGS/USD = 0.01152 0%\n• KZT/USD = 0.00196 -0%"),  # ticker bullets
])
def test_headline_and_menu_bullets_under_a_short_heading_are_cut(heading: str, items: str) -> None:
    story, _ = one(f"Japan to train Uzbek nurses\n\n12 May 2025\n\n{PARA_1}\n\n{heading}\n{items}")
    assert story.text == PARA_1
    story, _ = one(f"Japan to train Uzbek nurses\n\n12 May 2025\n\n{heading}\n{items}\n\n{PARA_1}")
    assert story.text == PARA_1


def test_an_alt_text_left_as_a_paragraph_of_its_own_is_a_caption() -> None:
    story, removed = one(f"Japan to train Uzbek nurses\n\n{PARA_1}\n\nnurses at the clinic in Osh"
                         f"\n\n{PARA_2}\n\nSecond phase\n\n{PARA_3}")
    assert removed == {"nurses at the clinic in Osh": "caption"}
    assert "Second phase" in story.text  # a heading opens in upper case


def test_the_items_of_a_list_running_on_in_lower_case_are_no_alt_texts() -> None:
    items = "a sewing factory,\n\na brick works;\n\na cotton mill."
    story, removed = one(f"Japan to train Uzbek nurses\n\n{PARA_1}\n\nThe plants include\n\n"
                         f"{items}\n\n{PARA_2}")
    assert not removed and items in story.text and "The plants include" in story.text


def test_a_lower_case_line_inside_a_paragraph_block_is_no_alt_text() -> None:
    story, removed = one(f"Japan to train Uzbek nurses\n\n{PARA_1}\nnurses at the clinic in Osh"
                         f"\n\n{PARA_2}")
    assert "nurses at the clinic in Osh" not in removed


RU_LEAD = ("Министр транспорта провел переговоры с послом Японии о поставке дорожной техники "
           "для Таласской области.")
RU_SECOND = ("Стороны обсудили сроки поставки и обучение водителей, техника прибудет до конца "
             "года, сообщили в министерстве.")


def test_a_credit_in_lower_case_under_a_long_headline_is_cut_not_glued_to_it() -> None:
    head = "Япония передаст Кыргызстану дорожную технику на два миллиарда иен, заявил министр"
    story, removed = one(f"{head}\nфото пресс-службы министерства транспорта\n\n{RU_LEAD}\n\n"
                         f"{RU_SECOND}")
    assert removed["фото пресс-службы министерства транспорта"] == "caption"
    assert story.title == head


def test_a_site_address_line_under_a_long_headline_is_not_glued_to_it() -> None:
    head = "Япония передаст Кыргызстану дорожную технику на два миллиарда иен, заявил министр"
    story, _ = one(f"{head}\nnews.valley-example.kg   24-04-2027 Печать\n\n{RU_LEAD}\n\n"
                   f"{RU_SECOND}")
    assert story.title == head and story.published == "2027-04-24"


def test_the_lower_case_rest_of_a_long_line_still_joins_it() -> None:
    first = "Министр транспорта провел переговоры с послом Японии о поставке дорожной"
    story, _ = one(f"Япония передаст технику\n\n{first}\nтехники для Таласской области.\n\n"
                   f"{RU_SECOND}")
    assert f"{first} техники для Таласской области." in story.text


def test_captions_next_to_a_fact_box_are_still_cut() -> None:
    text = (
        "Uzbekistan: Tashkent ring road financing\n\n9 July 2025\n\n"
        "Photo: KEXIM press office\nThe signing ceremony in Tashkent\n\n"
        f"At a glance\n{FACT_ITEMS}\n\n{PARA_1}"
    )
    story, removed = one(text)
    assert removed["Photo: KEXIM press office"] == "caption"
    assert removed["The signing ceremony in Tashkent"] == "caption"
    assert "- Loan: $212 million" in story.text and "Photo" not in story.text


# ---------------------------------------------------------------- listings: one story per teaser
def test_a_dated_story_parted_by_its_pictures_labels_stays_one_story() -> None:
    third = "Guests watched a film about the programme and its alumni in the evening."
    text = (f"Thursday, 06 March 2025\n\n{PARA_1}\n\nEXPO Hall\n\n{PARA_2}\n\nEXPO 3\n\n"
            f"{third}\n\nEXPO 2\n\n{PARA_3}")
    stories = clean_page(page(text))
    assert len(stories) == 1 and third in stories[0].text


def test_read_more_links_split_a_listing_into_dated_stories() -> None:
    text = (
        "Steppe Business Today\nHome | Business | Energy | About us\nSubscribe\n\n"
        "Donor projects\n\n"
        f"Tuesday, 8 April 2025\n\nFrance's AFD to fund wind farm near Lake Balkhash\n\n"
        f"{PARA_1}\n\nRead more\n\nAdvertisement\n\n"
        f"Uzbekistan and Turkey agree to open Termez logistics centre\n4 April 2025\n\n{PARA_2}\n\n"
        f"Read more\n\nAdvertisement\n\nKOICA opens dairy training farm at agrarian college\n"
        f"3 April 2025\n\n{PARA_3}\n\nRead more\n\n‹ Prev 1 2 3 … 17 Next ›\n\n"
        "© 2025 Steppe Business"
    )
    stories = clean_page(page(text, path="listing.txt"))
    assert [s.id for s in stories] == ["listing-1", "listing-2", "listing-3"]
    assert [s.title for s in stories] == [
        "France's AFD to fund wind farm near Lake Balkhash",
        "Uzbekistan and Turkey agree to open Termez logistics centre",
        "KOICA opens dairy training farm at agrarian college",
    ]
    assert [s.published for s in stories] == [None, "2025-04-04", "2025-04-03"]
    assert [s.reference_date for s in stories] == ["2025-04-08", "2025-04-04", "2025-04-03"]
    assert [s.text for s in stories] == [PARA_1, PARA_2, PARA_3]


def test_a_listings_headlines_over_their_bylines_head_stories_whose_text_opens_under_a_caption(
) -> None:
    text = (
        "Donor projects\n\n"
        f"France's AFD to fund wind farm near Lake Balkhash\nPosted on by\n\nThe lake at dusk\n\n"
        f"{PARA_1}\n\nContinue reading…\n\n"
        f"KOICA opens dairy training farm at agrarian college\nPosted on by\n\nFarm buildings\n\n"
        f"{PARA_3}\n\nContinue reading…"
    )
    stories = clean_page(page(text, path="listing.txt"))
    assert [s.title for s in stories] == ["France's AFD to fund wind farm near Lake Balkhash",
                                          "KOICA opens dairy training farm at agrarian college"]
    assert [s.text for s in stories] == [PARA_1, PARA_3]


def test_the_headline_stands_above_its_byline_and_a_caption_under_it() -> None:
    headline = "Japan grants ¥1.8 billion for roads in Talas"
    story, removed = one(f"{headline}\nBy Asel Bekova\n\nRoad machines in Talas\n\n{PARA_1}\n\n"
                         f"{PARA_2}")
    assert story.title == headline and removed["Road machines in Talas"] == "caption"


def test_a_byline_above_the_headline_leaves_the_headline_in_place() -> None:
    headline = "Japan grants ¥1.8 billion for roads in Talas"
    story, _ = one(f"By Asel Bekova\n\n{headline}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline


def test_read_more_inside_an_article_does_not_split_it() -> None:
    text = f"Japan to fund Kyrgyz roads\n\n{PARA_1}\n\nRead more\n\n{PARA_2}\n\nRoads\n\n{PARA_3}"
    story, removed = one(text)
    assert story.text == f"{PARA_1}\n\n{PARA_2}\n\nRoads\n\n{PARA_3}"
    assert removed == {"Read more": "navigation"}


def test_read_more_before_a_paragraph_without_headline_does_not_split() -> None:
    story, _ = one(f"Japan grants ¥1.8 billion for roads\n\n{PARA_1}\n\nRead more\n\n{PARA_2}\n")
    assert PARA_2 in story.text


def test_one_paragraph_teasers_under_a_page_date_split_into_stories() -> None:
    text = (
        "• KGS/USD = 0.01152 0%\n• KGS/USD = 0.01152 0%\n4 December 2025\n\n"
        "Viewing results 1 - 3 of 47\n\n"
        f"Japan to provide grant for Kyrgyz roads\n\n{PARA_1}\n\n"
        f"Grant notes signed in Bishkek\n\n{PARA_2}\n\n"
        f"Kyrgyz ministry to receive road machinery\n\n{PARA_3}"
    )
    stories = clean_page(page(text))
    assert len(stories) == 3
    assert all(s.published is None and s.reference_date == "2025-12-04" for s in stories)
    assert stories[2].title == "Kyrgyz ministry to receive road machinery"
    assert stories[0].removed and not stories[1].removed  # page head goes to the first story


def test_a_russian_headline_shares_its_content_words_with_the_lead() -> None:
    # the common words of the news (`правительство`, `школ`) are no stopwords to the lead's topic
    headline = "Правительство республики начнет строительство новых школ"
    standfirst = "Подписано соглашение о выделении средств фонду для работ в пяти городах"
    lead = ("Правительство республики выделило средства фонду, который ведет строительство новых "
            "школ в пяти городах страны к началу учебного года.")
    story, _ = one(f"Новости на русском\n\n{headline}\n\n{standfirst}\n\n{lead}\n\n{PARA_1}")
    assert story.title == headline
    slogan = "Лучшие новости для всей семьи каждое утро"  # shares nothing: no headline of the lead
    story, _ = one(f"{slogan}\n\n{headline}\n\n{lead}\n\n{PARA_1}")
    assert story.title == headline


@pytest.mark.parametrize(("glued", "cleaned"), [
    ("The fund pays for two bridges.Another grant buys buses for the city.",
     "The fund pays for two bridges. Another grant buys buses for the city."),
    ("Фонд оплатит два моста.Второй грант пойдет на автобусы для города.",
     "Фонд оплатит два моста. Второй грант пойдет на автобусы для города."),
    ("Payments go through Yandex.Money and Kun.uz reported it, as Mr.Smith said.",
     "Payments go through Yandex.Money and Kun.uz reported it, as Mr.Smith said."),
    # the next sentence opening with an acronym
    ("Фонд оплатит два моста для республики.США передадут автобусы для города.",
     "Фонд оплатит два моста для республики. США передадут автобусы для города."),
    ("Payments go through the portal gov.UZ2 and the bank, the ministry said.",
     "Payments go through the portal gov.UZ2 and the bank, the ministry said."),
])
def test_two_sentences_glued_at_a_full_stop_get_their_space_back(glued: str, cleaned: str) -> None:
    story, _ = one(f"Grants for bridges and buses\n\n{glued}\n\n{PARA_1}")
    assert story.text.startswith(cleaned)


@pytest.mark.parametrize("header", ["News for 4 December 2025", "Новости за 04.12.2025",
                                    "Daily Archives: 4 December 2025",
                                    "Ежедневные архивы: 04.12.2025"])
def test_a_days_news_under_its_labelled_date_are_published_that_day(header: str) -> None:
    text = (f"{header}\n\nJapan to provide grant for Kyrgyz roads\n\n{PARA_1}\n\n"
            f"Grant notes signed in Bishkek\n\n{PARA_2}\n\n"
            f"Kyrgyz ministry to receive road machinery\n\n{PARA_3}")
    stories = clean_page(page(text))
    assert len(stories) == 3 and all(s.published == "2025-12-04" for s in stories)


def test_one_paragraph_sections_without_listing_marker_stay_one_story() -> None:
    text = (
        f"Japan and Kyrgyzstan review cooperation\n\n{PARA_1}\n\n"
        f"Road sector projects\n\n{PARA_2}\n\nMachinery deliveries\n\n{PARA_3}"
    )
    story, _ = one(text)
    assert "Road sector projects" in story.text


@pytest.mark.parametrize(("first", "second"), [
    ("BISHKEK, 3 May 2024 – ", "OSH, May 9, 2024 - "),
    ("MAY 3 2024 (Valley Weekly) – ", "MAY 9 2024 (Valley Weekly) – "),  # the date first
])
def test_headlines_over_paragraphs_opened_by_full_dated_datelines_split_a_listing(
        first: str, second: str) -> None:
    text = (
        "Latest updates\n\n• New reports on the health of children in the valley are now online "
        "for download from our site.\n\nNews and press releases"
        f"\n\nJapan to provide grant for Kyrgyz roads\n\n{first}{PARA_1}\n\nEND\n\n"
        f"Kyrgyz ministry to receive road machinery\n\n{second}{PARA_2}\n\n"
        f"A visit to the mountain schools\n\n{PARA_3}"
    )
    stories = clean_page(page(text))
    assert [(s.title, s.published) for s in stories] == [
        ("Japan to provide grant for Kyrgyz roads", "2024-05-03"),
        ("Kyrgyz ministry to receive road machinery", "2024-05-09"),
        ("A visit to the mountain schools", None)]
    # one section's dateline makes no listing
    text = text.replace(second, "")
    assert len(clean_page(page(text))) == 1


@pytest.mark.parametrize("header", ["Tag Archives: Kyrgyzstan", "Latest news - #Japan aid",
                                    "Новости по тегу: Япония", "Kyrgyzstan | 1,204 Articles",
                                    "Киргизия | 512 материалов"])  # a tag and its count
def test_headlines_under_a_tag_pages_header_split_a_listing(header: str) -> None:
    text = (f"{header}\n\nJapan to provide grant for Kyrgyz roads\n\n{PARA_1}\n\n{PARA_2}\n\n"
            f"Kyrgyz ministry to receive road machinery\n\n{PARA_3}\n\n"
            f"A history of Japanese aid\n\n{PARA_4}")
    assert [s.title for s in clean_page(page(text))] == [
        "Japan to provide grant for Kyrgyz roads", "Kyrgyz ministry to receive road machinery",
        "A history of Japanese aid"]


def test_a_tag_pages_header_over_one_story_is_no_headline() -> None:
    headline = "Korea Expands Copper Mining In The Valley"
    text = f"Tag Archives: Kyrgyz Mining Group\n\n{headline}\n\n{PARA_1}\n\n{PARA_2}"
    assert [s.title for s in clean_page(page(text))] == [headline]
    # a headline that opens with the word is no tag's header
    text = f"Tagged saigas return to the steppe of Central Asia\n\n{PARA_1}\n\n{PARA_2}"
    assert [s.title for s in clean_page(page(text))] == [
        "Tagged saigas return to the steppe of Central Asia"]


@pytest.mark.parametrize("above", ["", "Tags: Japan, Kyrgyzstan, roads\n\n",
                                   "Kyrgyzstan | 2024\n\n"])  # a year is no count of stories
def test_a_storys_tags_line_and_sections_make_no_listing(above: str) -> None:
    text = (f"{above}Japan to provide grant for Kyrgyz roads\n\n{PARA_1}\n\n{PARA_2}\n\n"
            f"Road machinery\n\n{PARA_3}\n\nA history of aid\n\n{PARA_4}\n\n"
            "Tags: Japan, Kyrgyzstan, roads")
    assert len(clean_page(page(text))) == 1


def test_headlines_over_paragraphs_opened_by_year_less_agency_datelines_split_a_digest() -> None:
    text = (
        "Friday, May 10, 2024\n\nRegion Brief\n\nJapan to provide grant for Kyrgyz roads\n"
        f"Osh, May 10 (Wire Agency) {PARA_1}\n\n{PARA_3}\n\n"
        f"Kyrgyz ministry to receive road machinery\nBishkek, May 9 (Wire Agency) {PARA_2}\n\n"
        "The ministry said the machines would reach the southern districts before the autumn."
    )
    stories = clean_page(page(text))
    assert [s.title for s in stories] == [
        "Japan to provide grant for Kyrgyz roads", "Kyrgyz ministry to receive road machinery"]
    # a place and date before a bracket the sentence goes on after is no dateline
    assert not DATELINE.match("Osh, May 10 (Friday) the ministry said that it would sign.")


def test_headlines_each_over_its_own_byline_split_a_listing() -> None:
    text = (
        "Country\nKyrgyzstan\n\nJapan to provide grant for Kyrgyz roads\nBy Aida Sultanova\n"
        f"{PARA_1}\n\nKyrgyz ministry to receive road machinery\nBy John Smith\n{PARA_2}\n\n"
        f"A visit to the mountain schools\nBy Aida Sultanova\n{PARA_3}"
    )
    assert [s.title for s in clean_page(page(text))] == [
        "Japan to provide grant for Kyrgyz roads", "Kyrgyz ministry to receive road machinery",
        "A visit to the mountain schools"]
    # one story's byline under its headline, its sections under headings, is one story
    text = (f"Japan to provide grant for Kyrgyz roads\nBy Aida Sultanova\n{PARA_1}\n\n"
            f"Road machinery\n\n{PARA_2}\n\nMountain schools\n\n{PARA_3}")
    assert len(clean_page(page(text))) == 1


def test_a_story_without_headline_above_a_list_of_dated_teasers_is_kept() -> None:
    teasers = "".join(f"{head}\n12 May, 2024\n\n{head}\n\n{text[:90]}...\n\n" for head, text in (
        ("Water for the valleys", PARA_2), ("Roads before winter", PARA_3)))
    stories = clean_page(page(f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\nOpinion\n\n{teasers}"))
    assert stories[0].text.startswith(f"{PARA_1}\n\n{PARA_2}")


@pytest.mark.parametrize("credit", [" —AFP", " –APP"])
def test_a_wire_credit_after_the_last_sentence_closes_the_story(credit: str) -> None:
    last = PARA_3 + credit
    story, removed = one(f"Japan and Kyrgyzstan review cooperation\n\n{PARA_1}\n\n{PARA_2}\n\n"
                         f"{last}\n\nOpinion\n\nEditorial\n\nWater for the valleys")
    assert story.text.endswith(last) and "Opinion" in removed
    # a dash before words that are no agency's credit closes nothing
    story, _ = one(f"Japan and Kyrgyzstan review cooperation\n\n{PARA_1}\n\n{PARA_2[:-1]} - in "
                   f"May.\n\n{PARA_3}")
    assert story.text.endswith(PARA_3)


def test_teasers_closed_by_a_blogs_excerpt_mark_split_into_stories() -> None:
    heads = ["Will Japan fund the Kyrgyz roads?", "Grant notes signed in Bishkek",
             "Kyrgyz ministry to receive road machinery"]
    cut = [p[: p.rindex(" ", 0, 110)].rstrip(",") + " […]" for p in (PARA_1, PARA_2, PARA_3)]
    stories = clean_page(page("".join(f"{h}\n\n{h}\n\n{c}\n\n" for h, c in zip(
        heads, cut, strict=True))))
    assert [s.title for s in stories] == heads
    # whole paragraphs under a question and a subheading make one story
    story, _ = one(f"Will Japan fund the Kyrgyz roads?\n\n{PARA_1}\n\nMachinery deliveries\n\n"
                   f"{PARA_2}")
    assert story.title == "Will Japan fund the Kyrgyz roads?"


LISTING_HEADS = ("Japan to provide grant for Kyrgyz roads", "Grant notes signed in Bishkek",
                "Kyrgyz ministry to receive road machinery")
SITE_CUT = [p[: p.rindex(" ", 0, 110)].rstrip(",") + "..." for p in (PARA_1, PARA_2, PARA_3)]


def test_one_paragraph_teasers_cut_off_by_the_site_split_into_stories() -> None:
    links = (" MORE", " Read more", "")
    text = "Latest analysis on Kyrgyzstan\n\n" + "\n\n".join(
        f"{head}\n\n{lead}{link}"
        for head, lead, link in zip(LISTING_HEADS, SITE_CUT, links, strict=True))
    stories = clean_page(page(text))
    assert [s.title for s in stories] == list(LISTING_HEADS)
    assert [s.text for s in stories] == SITE_CUT
    removed = {r.text for s in stories for r in s.removed}
    assert {"Latest analysis on Kyrgyzstan", "MORE", "Read more"} <= removed


def test_teasers_cut_off_by_the_site_split_when_the_scrape_cuts_the_last_one_mid_sentence() -> None:
    last = PARA_3[: PARA_3.rindex(" ", 0, 90)]  # no ellipsis: the scrape stopped there
    leads = (*SITE_CUT[:2], last)
    text = "\n".join(f"{h}\n{lead}" for h, lead in zip(LISTING_HEADS, leads, strict=True))
    stories = clean_page(page(text))
    assert [s.title for s in stories] == list(LISTING_HEADS)
    assert stories[-1].text == last


def test_a_story_with_subheadings_and_a_cut_last_paragraph_stays_one_story() -> None:
    last = PARA_3[: PARA_3.rindex(" ", 0, 90)]
    text = (
        f"Japan to provide grant for Kyrgyz roads\n{PARA_1}\n"
        f"What the grant pays for\n{PARA_2}\n"
        f"When the road work starts\n{last}"
    )
    assert len(clean_page(page(text))) == 1


def test_a_listings_last_card_whose_dated_lead_the_page_cuts_short_is_a_story() -> None:
    cards = [("Japan to provide grant for Kyrgyz roads", PARA_1),
             ("Grant notes signed in Bishkek", PARA_2)]
    text = "".join(f"{head}\n\nBISHKEK, May 22 -- {lead}\n\n" for head, lead in cards)
    stories = clean_page(page(f"{text}Korea opens a clinic in Osh\n\nOSH, May 22 -- The clinic w"))
    assert [s.title for s in stories][-1] == "Korea opens a clinic in Osh"
    assert stories[-1].text == "OSH, May 22 -- The clinic w"


def test_names_between_each_cards_headline_and_lead_are_bylines_of_a_listing() -> None:
    cards = [("Japan to provide grant for Kyrgyz roads", "Steppe Weekly", PARA_1),
             ("Grant notes signed in Bishkek", "A. Karimova", PARA_2),
             ("Kyrgyz ministry to receive road machinery", "Institute of Central Asia", PARA_3)]
    stories = clean_page(page("\n\n".join(f"{h}\n\n{n}\n\n{p}" for h, n, p in cards)))
    assert [(s.title, s.text) for s in stories] == [(h, p) for h, _, p in cards]
    assert [[(r.text, r.reason) for r in s.removed] for s in stories] == [
        [(n, "byline")] for _, n, _ in cards]


def test_one_short_line_under_a_headline_is_no_card_byline() -> None:
    lines = split_lines(f"Japan to provide grant for Kyrgyz roads\nRoad Sector\n{PARA_1}\n"
                        f"Grant notes signed in Bishkek\nthe desk\n{PARA_2}")
    mark_rules(lines)
    mark_card_bylines(lines)
    assert [ln.reason for ln in lines] == [None] * 6


def test_a_short_line_closing_a_listing_without_a_dateline_is_no_story() -> None:
    cards = [("Japan to provide grant for Kyrgyz roads", PARA_1),
             ("Grant notes signed in Bishkek", PARA_2)]
    text = "".join(f"{head}\n\nBISHKEK, May 22 -- {lead}\n\n" for head, lead in cards)
    stories = clean_page(page(f"{text}More news from the region\n\nSee all stories in"))
    assert [s.title for s in stories] == [head for head, _ in cards]


@pytest.mark.parametrize("link", ["Continue reading Japan to fund Kyrgyz roads",
                                  "Читать далее Япония построит дороги в Оше"])
def test_an_embedded_excerpts_link_naming_its_story_is_cut_from_the_teaser(link: str) -> None:
    teaser = PARA_1[: PARA_1.rindex(" ", 0, 110)].rstrip(",") + " …"
    assert split_read_more(f"{teaser} {link}") == (teaser, link)
    assert rule_reason(link) == "navigation"


def test_a_sentence_on_reading_on_is_no_link() -> None:
    assert split_read_more("The minister said he would continue reading Tolstoy.") is None
    assert rule_reason("Continue reading the report, the minister told the deputies.") is None


def test_a_teaser_closed_by_a_bracketed_link_or_cut_after_a_comma_gives_the_link_a_line() -> None:
    assert split_read_more(f"{PARA_1} (more…)") == (PARA_1, "(more…)")
    assert split_read_more("... in military fatigues (RIA,... MORE") == (
        "... in military fatigues (RIA,...", "MORE")
    assert split_read_more(f"{PARA_1} More") is None  # no ellipsis, no brackets: a word
    assert split_read_more(f"{PARA_1} Read more »") == (PARA_1, "Read more »")  # a link's words
    assert split_read_more("They asked for more time to read more.") is None
    assert split_read_more("The minister wants more (roads…)") is None


def test_one_cut_off_paragraph_and_a_sentence_ending_on_more_stay_one_story() -> None:
    text = (
        f"Japan and Kyrgyzstan review cooperation\n\n{PARA_1}\n\n"
        f"Road sector projects\n\n{PARA_2[:-1]}, and Japan may fund more.\n\n"
        f"Machinery deliveries\n\n{PARA_3[: PARA_3.rindex(' ', 0, 110)].rstrip(',')}...\n"
    )
    story, removed = one(text)
    assert "Road sector projects" in story.text and story.text.endswith("snow blowers...")
    assert "Japan may fund more." in story.text and not removed


def test_dates_above_headlines_split_a_listing() -> None:
    text = (
        f"Latest news\n\n13 March 2025\nJapan to fund Kyrgyz roads\n\n{PARA_1}\n\n"
        f"12 March 2025\nGrant notes signed in Bishkek\n\n{PARA_2}\n\n"
        f"11 March 2025\nMachinery for the ministry\n\n{PARA_3}"
    )
    stories = clean_page(page(text))
    assert [s.title for s in stories] == [
        "Japan to fund Kyrgyz roads", "Grant notes signed in Bishkek", "Machinery for the ministry"]
    assert [s.published for s in stories] == ["2025-03-13", "2025-03-12", "2025-03-11"]


def test_a_sections_description_above_its_dated_stories_is_the_pages_header() -> None:
    about = ("The bank's strategy for the country puts roads, water and skills first and aims to "
             "widen the economy so that it creates more jobs with higher incomes.")
    text = (
        f"Kyrgyzstan and the bank\n\n{about}\n\n"
        f"13 March 2025\nJapan to fund Kyrgyz roads\n\n{PARA_1}\n\n"
        f"12 March 2025\nGrant notes signed in Bishkek\n\n{PARA_2}\n\n"
        f"11 March 2025\nMachinery for the ministry\n\n{PARA_3}"
    )
    stories = clean_page(page(text))
    assert [s.title for s in stories] == [
        "Japan to fund Kyrgyz roads", "Grant notes signed in Bishkek", "Machinery for the ministry"]
    assert {r.text: r.reason for r in stories[0].removed}[f"Kyrgyzstan and the bank\n{about}"] == (
        "boilerplate")


def test_an_undated_first_story_above_one_dated_story_stays_a_story() -> None:
    text = (
        f"Japan to fund Kyrgyz roads\n\n{PARA_1}\n\n"
        f"12 March 2025\nGrant notes signed in Bishkek\n\n{PARA_2}\n\n"
        f"Machinery for the ministry\n\n{PARA_3}"
    )
    titles = [s.title for s in clean_page(page(text))]
    assert "Japan to fund Kyrgyz roads" in titles


def test_a_date_line_between_the_storys_paragraphs_is_cut_and_a_dated_sentence_stays() -> None:
    dated = "On 12 May 2025 the two sides signed the loan agreement in Bishkek."
    story, removed = one(f"Japan to fund Kyrgyz roads\n\n13 May 2025\n\n{PARA_1}\n\n{PARA_2}"
                         f"\n\nWed, 22 Nov 2017 18:36:37 +0600\n\n{dated}\n\n{PARA_3}")
    assert removed["Wed, 22 Nov 2017 18:36:37 +0600"] == "date"
    assert story.text == f"{PARA_1}\n\n{PARA_2}\n\n{dated}\n\n{PARA_3}"
    assert story.published == "2025-05-13"


def test_stories_of_one_day_keep_the_date_line_they_share() -> None:
    text = (
        f"Latest news\n\n13 March 2025\nJapan to fund Kyrgyz roads\n\n{PARA_1}\n\n"
        f"13 March 2025\nGrant notes signed in Bishkek\n\n{PARA_2}\n\n"
        f"Kyrgyzstan\n\n12 March 2025\nMachinery for the ministry\n\n{PARA_3}\n\nKyrgyzstan"
    )
    stories = clean_page(page(text))
    assert [s.published for s in stories] == ["2025-03-13", "2025-03-13", "2025-03-12"]
    assert {r.text: r.reason for r in stories[2].removed}["Kyrgyzstan"] == "repeated"


def test_date_above_the_headline_of_a_story_with_sections_does_not_split_it() -> None:
    text = (
        f"13 March 2025\nJapan to fund Kyrgyz roads\n\n{PARA_1}\n\n{PARA_4}\n\n"
        f"Grant notes signed in Bishkek\n\n{PARA_2}\n\n{PARA_3}"
    )
    story, _ = one(text)
    assert story.title == "Japan to fund Kyrgyz roads"
    assert story.published == "2025-03-13"
    assert story.text == (f"{PARA_1}\n\n{PARA_4}\n\nGrant notes signed in Bishkek\n\n{PARA_2}"
                          f"\n\n{PARA_3}")


def test_dated_headlines_between_drawn_separators_split_a_listing() -> None:
    rule = "-" * 40
    text = (
        f"Central Asia Monitor - Latest\n{rule}\n\n"
        f"ADB approves loan for Kazakh power grid\nFeb 10, 2026 | Energy\n\n{PARA_1}\n{rule}\n\n"
        f"World Bank backs Kyrgyz rural roads\nFeb 9, 2026 | Transport\n\n{PARA_2}\n{rule}\n\n"
        f"Korea to train Uzbek nurses in Seoul\nFeb 8, 2026 | Health\n\n{PARA_3}\n{rule}\n\n"
        "Page 1 of 12   Next >"
    )
    stories = clean_page(page(text))
    assert [s.title for s in stories] == [
        "ADB approves loan for Kazakh power grid", "World Bank backs Kyrgyz rural roads",
        "Korea to train Uzbek nurses in Seoul"]
    assert [s.published for s in stories] == ["2026-02-10", "2026-02-09", "2026-02-08"]
    assert [s.text for s in stories] == [PARA_1, PARA_2, PARA_3]


def test_drawn_separators_between_undated_sections_do_not_split_a_story() -> None:
    text = (
        f"ADB approves loan for Kazakh power grid\nFeb 10, 2026 | Energy\n\n{PARA_1}\n\n* * *\n\n"
        f"Grid upgrade in the south\n\n{PARA_2}\n\n* * *\n\nMachinery deliveries\n\n{PARA_3}"
    )
    story, removed = one(text)
    assert story.title == "ADB approves loan for Kazakh power grid"
    assert story.text == (f"{PARA_1}\n\nGrid upgrade in the south\n\n{PARA_2}\n\n"
                          f"Machinery deliveries\n\n{PARA_3}")
    assert removed["* * *"] == "separator"


def test_headline_after_an_ad_block_starts_a_new_story_on_a_listing() -> None:
    text = (
        "CA ECONOMY\nMain | Region | Economy | Contacts\n\n"
        f"Japan grants ¥1.8 billion for roads in Talas\n07.11.2025 | 16:40 | Views: 1 318\n\n"
        f"{PARA_1}\n\nRead more →\n\n"
        f"Kyrgyz minister signs grant notes in Bishkek\n06.11.2025 | 11:05 | Views: 874\n\n"
        f"{PARA_2}\n\nRead more →\n\n"
        "ADVERTISEMENT\nKaspi Red: installment 0-0-12 on all home appliances. Details at kaspi.kz\n"
        "ADVERTISEMENT\n\n"
        f"Graders and snowploughs to arrive in Talas by 2026\n05.11.2025 | 09:30 | Views: 2 051\n\n"
        f"{PARA_3}\n\nRead more →\n\n← Previous 1 2 3 … 21 Next →\n"
    )
    stories = clean_page(page(text))
    assert [s.title for s in stories] == [
        "Japan grants ¥1.8 billion for roads in Talas",
        "Kyrgyz minister signs grant notes in Bishkek",
        "Graders and snowploughs to arrive in Talas by 2026",
    ]
    assert [s.published for s in stories] == ["2025-11-07", "2025-11-06", "2025-11-05"]
    assert stories[1].text == PARA_2 and stories[2].text == PARA_3
    cut = {line: r.reason for s in stories for r in s.removed for line in r.text.split("\n")}
    assert cut["Kaspi Red: installment 0-0-12 on all home appliances. Details at kaspi.kz"] == (
        "advertisement")


def test_ad_block_inside_an_article_is_cut_without_splitting_it() -> None:
    ad = "Kaspi Red: installment 0-0-12 on all home appliances. Details at kaspi.kz"
    story, removed = one(
        f"Japan grants ¥1.8 billion for roads in Talas\n\n{PARA_1}\n\n"
        f"ADVERTISEMENT\n{ad}\nADVERTISEMENT\n\n{PARA_2}"
    )
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert removed[ad] == "advertisement"


# ---------------------------------------------------------------- languages
def test_detect_language_tells_cyrillic_from_latin_text() -> None:
    assert detect_language("Министерство водных ресурсов Таджикистана (KOICA)") == "ru"
    assert detect_language("The Water Ministry of Tajikistan") == "en"


def test_russian_page_is_one_story() -> None:
    text = (
        "Главная / Общество\n14.02.2025, 09:40\n\n"
        "Корея выделит Узбекистану 3 млн долларов на обучение медсестёр\n\n"
        "ТАШКЕНТ, 14 февраля. Министерство здравоохранения Узбекистана и Корейское агентство "
        "международного сотрудничества (KOICA) подписали меморандум о программе подготовки "
        "медицинских сестёр для районных больниц.\n\n"
        "За четыре года курсы в учебном центре окончат не менее 450 медсестёр и акушерок.\n\n"
        "Поделиться:\nЧитайте также:\nКазахстан и Турция открыли новый грузовой терминал\n"
    )
    story, _ = one(text)
    assert story.language == "ru"
    assert story.published == "2025-02-14"
    assert story.title.startswith("Корея выделит")
    assert "Читайте" not in story.text and "Казахстан и Турция" not in story.text
    assert story.text.endswith("450 медсестёр и акушерок.")


RU_1 = ("Бишкек, 18 марта 2025 года. Япония и Министерство транспорта Кыргызской Республики "
        "подписали соглашение о гранте на ремонт дорог в Таласской области.")
RU_2 = ("Программа рассчитана на три года и охватит 120 километров дорог. Министерство получит "
        "85 единиц дорожной техники до конца 2026 года.")


RU_3 = ("Делегация осмотрела отремонтированные школы и встретилась с учителями. Посол отметил, "
        "что Япония продолжит поддерживать образование в регионе.")


def test_a_meta_row_flattened_onto_a_photo_credit_dates_the_story() -> None:
    story, removed = one("Япония выделит Кыргызстану грант на ремонт дорог в Таласе\n\n"
                         "Фото: Министерство транспорта 18.03.2025 12:30 452\n\n"
                         f"{RU_2}\n\n{RU_3}\n")
    assert story.published == "2025-03-18"
    assert story.text == f"{RU_2}\n\n{RU_3}"


def test_a_headline_run_into_its_lead_is_split_off_as_the_title() -> None:
    head = "Япония передала Кыргызстану дорожную технику"
    story, _ = one(f"{head}Бишкек, 18 марта 2025 года. Япония и Министерство транспорта "
                   f"передали технику для ремонта дорог.\n\n{RU_2}\n")
    assert story.title == head
    assert story.text.startswith("Бишкек, 18 марта 2025 года.")


@pytest.mark.parametrize("text", [
    "The iPhone and eBay came to Osh in May, the mayor said.",  # capitals inside a brand
    "Officials met in Osh. Then the ministerThe deal was signed on Monday.",  # a sentence before
])
def test_a_lower_case_word_before_a_capital_in_a_sentence_is_no_glued_headline(text: str) -> None:
    assert split_glued_headline(text) is None


@pytest.mark.parametrize(("head", "title"), [
    ("e-Visa centre opens in Osh for Japanese travellers", True),  # a prefix before a capital
    ("in the Talas region for the road works", False),  # a wrapped line's end
])
def test_a_headline_opening_with_a_prefixed_name_is_the_title(head: str, title: bool) -> None:
    story, _ = one(f"{head}\n\n{PARA_1}\n\n{PARA_2}")
    assert (story.title == head) is title


def test_a_sites_tagline_above_the_date_line_gives_way_to_the_headline_below_it() -> None:
    head = "Япония передала Кыргызстану дорожную технику"
    story, _ = one("Мы освещаем новости культуры Кыргызстана: театр, кино и многое другое. |\n"
                   f"|\n18.03.2025 / 12:30\n{head}\n{RU_1} {RU_2}\n")
    assert story.title == head


def test_lone_english_sentence_on_a_russian_page_is_a_picture_and_its_caption() -> None:
    picture = "A man in a blue jacket shaking hands with a woman near a new road."
    story, removed = one(
        f"Япония выделит Кыргызстану грант на ремонт дорог в Таласе\n\n{picture}\n\n"
        "Посол Японии на открытии дороги в Таласе\n\nФонд развития\n\n"
        f"{RU_1}\n\n{RU_2}\n\nRelated Stories Worth Sharing\n\n{RU_3}\n")
    assert story.text == f"{RU_1}\n\n{RU_2}\n\n{RU_3}"
    assert removed[picture] == "caption"
    assert removed["Посол Японии на открытии дороги в Таласе"] == "caption"
    assert removed["Фонд развития"] == "caption"
    assert removed["Related Stories Worth Sharing"] == "boilerplate"


def test_english_quote_of_several_sentences_in_a_russian_story_is_kept() -> None:
    quote = "The ambassador said: Japan will stay. We will build more roads in Talas."
    story, _ = one(f"Япония выделит Кыргызстану грант\n\n{RU_1}\n\n{quote}\n\n{RU_2}\n")
    assert quote in story.text


def test_lone_russian_sentence_in_an_english_story_is_kept() -> None:
    story, _ = one(f"Japan grants ¥1.8 billion for roads in Talas\n\n{PARA_1}\n\n"
                   "Посол Японии на открытии дороги.\n\n{PARA_2}\n".replace("{PARA_2}", PARA_2))
    assert "Посол Японии на открытии дороги." in story.text


def test_bilingual_page_gives_one_story_per_language() -> None:
    stories = clean_page(page(
        "KG PRESS — информационное агентство\nГлавная / Общество / Экономика\n18.03.2025 12:30\n\n"
        "Япония выделит Кыргызстану грант на ремонт дорог в Таласе\n\n"
        f"{RU_1}\n\n{RU_2}\n\nПервые машины поступят к сентябрю 2025 года.\n\n"
        "Кыргызча | Русский | English\n\nEN\n\n"
        f"Japan grants ¥1.8 billion for roads in Talas\n\n{PARA_1}\n\n{PARA_2}\n"
    ))
    assert [(s.language, s.title) for s in stories] == [
        ("ru", "Япония выделит Кыргызстану грант на ремонт дорог в Таласе"),
        ("en", "Japan grants ¥1.8 billion for roads in Talas"),
    ]
    assert stories[0].text.endswith("Первые машины поступят к сентябрю 2025 года.")
    assert stories[0].published == "2025-03-18"
    assert stories[1].text == f"{PARA_1}\n\n{PARA_2}"


def test_one_quoted_paragraph_in_another_language_does_not_split_the_story() -> None:
    headline = "Japan grants ¥1.8 billion for roads in Talas"
    story, _ = one(f"{headline}\n\n{PARA_1}\n\n{RU_1}\n\n{PARA_2}\n")
    assert story.text == f"{PARA_1}\n\n{RU_1}\n\n{PARA_2}"


# ---------------------------------------------------------------- structured pages (HTML, JSONL)
def test_html_page_uses_meta_and_drops_repeated_headline() -> None:
    title = "Mongolia chooses Korean firm for 20 MW wind farm"
    raw = page(f"{title}\n{PARA_1}\n{PARA_2}\nShare this article", path="a/b.html", fmt="html",
               title=title, published="2026-03-11T08:15:00+08:00")
    [story] = clean_page(raw)
    assert story.id == "a__b"
    assert story.title == title
    assert story.published == story.reference_date == "2026-03-11"
    assert story.text == f"{PARA_1}\n\n{PARA_2}"


def test_html_page_keeps_a_first_line_other_than_its_meta_title() -> None:
    title = "Mongolia chooses Korean firm for 20 MW wind farm"
    deck = "Tender winner to build turbines near Sainshand"
    raw = page(f"{deck}\n{PARA_1}\n{PARA_2}", path="a/b.html", fmt="html", title=title)
    [story] = clean_page(raw)
    assert story.title == title
    assert story.text == f"{deck}\n\n{PARA_1}\n\n{PARA_2}"


def test_jsonl_item_keeps_meta_id_or_numbers_it() -> None:
    with_id = RawPage("feed.jsonl", "0" * 64, 2, PARA_1, "jsonl",
                      {"id": "caw-1", "title": "T", "published": "2023-04-18", "url": "https://x"})
    without = RawPage("feed.jsonl", "0" * 64, 2, PARA_1, "jsonl", {})
    [a], [b] = clean_page(with_id), clean_page(without)
    assert (a.id, a.title, a.published, a.source.url) == ("caw-1", "T", "2023-04-18", "https://x")
    assert (b.id, b.title, b.published) == ("feed-3", None, None)
    assert a.text == b.text == PARA_1


def test_jsonl_item_drops_source_follow_and_comment_lines() -> None:
    text = (f"{PARA_1}\n\nRead also: Korean investors eye Kazakh battery metals\n\n{PARA_2}\n\n"
            "Follow Steppe Wire on Telegram and WhatsApp\nSource: Steppe Wire\n\n3 comments")
    [story] = clean_page(RawPage("feed.jsonl", "0" * 64, 0, text, "jsonl", {"title": "T"}))
    assert story.text == f"{PARA_1}\n\n{PARA_2}"


def test_jsonl_item_keeps_sentences_about_sources_follow_ups_and_comments() -> None:
    lines = ("Sources close to the ministry said the loan would be signed in May.",
             "Follow-up talks on the loan will be held in Tokyo in March.",
             "3 comments from the IMF were included in the draft law.")
    text = "\n\n".join((PARA_1, *lines))
    [story] = clean_page(RawPage("feed.jsonl", "0" * 64, 0, text, "jsonl", {"title": "T"}))
    assert story.text == text


def test_a_two_sentence_line_between_paragraphs_heads_no_second_story() -> None:
    text = (f"22.04.2025 | 13:32\n\nJapan and Kyrgyzstan sign a road grant\n\n{PARA_1}\n\n"
            f"The grant is the largest this year. Talas has waited a decade for the road\n\n"
            f"{PARA_2}")
    story, _ = one(text)
    assert story.title == "Japan and Kyrgyzstan sign a road grant"
    assert story.published == "2025-04-22"
    assert "The grant is the largest this year." in story.text


def test_a_credit_glued_to_a_caption_without_a_stop_cuts_the_caption() -> None:
    caption = "The minister and the envoy in Bishkek Photo: Steppe.kg/A. Umarov"
    story, cut = one(f"Japan and Kyrgyzstan sign a road grant\n\n{PARA_1}\n\n{caption}\n\n{PARA_2}")
    assert cut[caption] == "caption"
    assert rule_reason("He showed the photo: it was old, and small.") is None


def test_a_russian_headline_sharing_an_inflected_root_with_the_lead_stays_the_title() -> None:
    text = ("Президент Казахстана встретился с лидером Кореи\n\n"
            "В Акорде Президент принял южнокорейского лидера, прибывшего с визитом\n\n"
            "Главы государств пожали друг другу руки, поприветствовали корейскую делегацию и "
            "заслушали гимн на площади перед резиденцией.\n\n"
            "Затем стороны провели переговоры в узком составе и обсудили торговлю и инвестиции.")
    story, _ = one(text)
    assert story.title == "Президент Казахстана встретился с лидером Кореи"


def test_a_headline_glued_to_a_crawl_stamp_beats_the_standfirst_under_it() -> None:
    text = (" date 2025-12-18 Japan funds a water plant in Khujand\n\n"
            "The grant covers pumps, pipes and a laboratory, the embassy said\n\n"
            f"{PARA_1}\n\n{PARA_2}")
    story, _ = one(text)
    assert story.title == "Japan funds a water plant in Khujand"
    assert story.published == "2025-12-18"


def test_a_headline_is_judged_against_the_first_paragraph_not_an_opening_caption() -> None:
    text = ("Japan and Kyrgyzstan plan a new road grant\n\n"
            "The Tokyo-based agency has funded two bridges in Talas\n\n"
            "Osh, May 2, 2025. Talas River Bridges, Talas Region Agency Office. Steppe Images "
            "Archive, Talas.\n\n"
            f"{PARA_1}\n\n{PARA_2}")
    story, _ = one(text)
    assert story.title == "Japan and Kyrgyzstan plan a new road grant"


# ---------------------------------------------------------------- sources credited


@pytest.mark.parametrize(("line", "names"), [
    ("Source: Tamdor", ["Tamdor"]),
    ("Sources: KNA, Embassy of Japan in Osh", ["KNA", "Embassy of Japan in Osh"]),
    ("Источник: Тамдор", ["Тамдор"]),
    ("Source: Tamdor| 2024-03-02 10:11|Editor: Ann Lee", ["Tamdor"]),
    ("(Tamdor, Steppe News)", ["Tamdor", "Steppe News"]),
    ("(Tamdor) --", ["Tamdor"]),
    ("By Tamdor", ["Tamdor"]),
    ("By Aibek Tursunov | Steppe Daily | Updated: 2024-03-02", ["Steppe Daily"]),
    ("©Aibek Tursunov/POOL/KNA", ["KNA"]),
    ("Provided by Steppe Media Inc. (steppemedia.com).", ["Steppe Media Inc."]),
])
def test_a_credit_line_names_its_sources(line: str, names: list[str]) -> None:
    assert credited_names(line) == names


@pytest.mark.parametrize("line", [
    "By Aibek Tursunov",  # a reporter
    "Source: Aibek Tursunov",  # two words and no outlet's head: a person's name
    "(END)",
    "(USD 1.0 = EUR 0.935)",
    "(Kazakhstan)",
    "(Tamdor/Aibek)",  # agency and photographer: the lone word may be either
    "Source: News Agency",  # no name of its own
    "Photo: The minister signs the loan with the Bank",  # a caption, not a credit
    # a picture's credit names who made the picture, not a source of the story
    "Photo: JICA",
    "Фото: tamdor.kz",
    "Pupils at the new school in Osh [Image source=Steppe News]",
    "© 2024 Steppe Daily. All rights reserved.",  # the site's own notice
])
def test_a_line_naming_no_source_credits_none(line: str) -> None:
    assert credited_names(line) == []


def test_the_story_keeps_the_sources_its_cut_credit_lines_name() -> None:
    story, reasons = one(f"{PARA_1}\n\n{PARA_2}\n\n(KNA, Tamdor)")
    assert reasons["(KNA, Tamdor)"]
    assert [c.name for c in story.credits] == ["KNA", "Tamdor"]
    assert story.credits[0].line == "(KNA, Tamdor)"


def test_a_page_crediting_its_own_publisher_credits_no_source() -> None:
    text = ("Embassy of Japan in Tajikistan\nHome > News > Press Releases\n\n"
            f"{PARA_1}\n\nThe ambassador meets the minister (Photo: Embassy of Japan)\n\n{PARA_2}")
    story, reasons = one(text)
    assert reasons["Embassy of Japan in Tajikistan"] == "navigation"
    assert reasons["The ambassador meets the minister (Photo: Embassy of Japan)"] == "caption"
    assert story.credits == []


def test_the_headline_stands_over_the_date_line_not_under_a_crawl_stamp_opening_the_page() -> None:
    text = (" date 2025-05-02 Japan widens its road grant to Kyrgyzstan\n"
            "16:07 02.05.2025\n"
            "The envoy and the minister at the ceremony in Bishkek on the grant for the roads\n"
            "© Press office of the ministry\n"
            f"BISHKEK, May 2 (Tamdor) - {PARA_1}\n\n{PARA_2}")
    story, _ = one(text)
    assert story.title == "Japan widens its road grant to Kyrgyzstan"
    assert story.published == "2025-05-02"


def test_the_headline_under_a_crawl_stamp_is_judged_against_the_dateline_lead() -> None:
    text = (" date 2025-05-02 Japan widens its road grant to Kyrgyzstan\n"
            "16:07 02.05.2025\n"
            "The envoy and the minister at the ceremony in Bishkek\n"
            "The envoy met the minister of transport in Bishkek on Friday morning.\n"
            f"BISHKEK, May 2 (Tamdor) - {PARA_1}\n\n{PARA_2}")
    story, _ = one(text)
    assert story.title == "Japan widens its road grant to Kyrgyzstan"


def test_a_headline_under_the_only_date_lines_is_still_the_headline() -> None:
    text = (" date 2025-05-02\n16:07 02.05.2025\nJapan widens its road grant to Kyrgyzstan\n\n"
            f"{PARA_1}\n\n{PARA_2}")
    story, _ = one(text)
    assert story.title == "Japan widens its road grant to Kyrgyzstan"


@pytest.mark.parametrize("caption", [
    "Japan widens its road grant to Kyrgyzstan Photo by the press office of the ministry.",
    "Япония расширила грант Кыргызстану Фото пресс-службы министерства.",
    "© Steppe Images / A. Tursunov Japan widens its road grant to Kyrgyzstan",
])
def test_the_headline_glued_to_a_pictures_credit_is_cut(caption: str) -> None:
    russian = caption.startswith("Я")
    title = "Япония расширила грант Кыргызстану" if russian else (
        "Japan widens its road grant to Kyrgyzstan")
    body = f"{RU_1}\n\n{RU_2}" if russian else f"{PARA_1}\n\n{PARA_2}"
    story, reasons = one(f"{title}\n\n{caption}\n\n{body}")
    assert story.title == title
    assert reasons[caption] in ("caption", "copyright")


def test_a_paragraph_opening_with_the_headlines_words_is_the_storys() -> None:
    paragraph = ("Japan widens its road grant to Kyrgyzstan by a further ¥300 million, the "
                 "embassy said, to buy snow ploughs for the Talas pass.")
    story, _ = one(f"Japan widens its road grant to Kyrgyzstan\n\n{paragraph}\n\n{PARA_2}")
    assert paragraph in story.text


def test_formatting_tags_left_around_a_paragraph_are_dropped_and_its_text_kept() -> None:
    story, _ = one(f"Japan widens its road grant to Kyrgyzstan\n\n<p>{PARA_1}</p>\n\n"
                   f"<b>{PARA_2}</b>")
    assert story.text == f"{PARA_1}\n\n{PARA_2}"


def test_markup_of_a_link_or_an_image_is_still_cut() -> None:
    assert rule_reason('<a onclick="share()">') == "artefact"


def test_a_date_line_is_no_headline_over_another_date_line() -> None:
    text = ("Japan widens its road grant to Kyrgyzstan\n\n"
            f"{PARA_1}\n\n"
            "7 May 2025, 10:40\nAUTHOR\nDownload our app\nSteppe Daily 7 May 2025, 10:40\n"
            f"7 May 2025, 10:40\n\n{PARA_2}")
    story, reasons = one(text)
    assert story.text.startswith(PARA_1)
    assert reasons["AUTHOR"] == "byline"


def test_a_prompt_its_link_broke_over_lines_is_cut_whole() -> None:
    text = (f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n"
            f"Subscribe to our\nTelegram channel\nand be the first to know!\n{PARA_3}\n\n"
            f"{PARA_2}")
    story, reasons = one(text)
    assert {reasons[line] for line in ("Subscribe to our", "Telegram channel",
                                       "and be the first to know!")} == {"prompt"}
    assert PARA_3 in story.text


def test_a_paragraph_after_an_unfinished_prompt_is_not_taken_into_it() -> None:
    text = (f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n"
            f"Subscribe to our\n{PARA_3}\n\n{PARA_2}")
    story, _ = one(text)
    assert PARA_3 in story.text


def test_a_sentence_opening_like_a_breadcrumbs_label_is_no_navigation() -> None:
    assert rule_reason("You are here to learn how the grant works.") is None


def test_a_dated_lead_under_its_headline_opens_the_story_under_a_caption_in_prose() -> None:
    caption = ("• The Japanese envoy greets the Kyrgyz transport minister at the ministry in "
               "Bishkek, 4 May 2025.")
    text = (f"{caption}\nAibek Tursunov\nJapan widens its road grant to Kyrgyzstan\n\n"
            f"Bishkek, 5 May 2025 -- {PARA_1}\n\n{PARA_2}")
    story, reasons = one(text)
    assert story.title == "Japan widens its road grant to Kyrgyzstan"
    assert story.published == "2025-05-05"
    assert story.text.startswith("Bishkek, 5 May 2025 --")
    assert reasons[caption]


def test_a_dateline_further_down_the_story_does_not_move_its_start() -> None:
    text = (f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\n"
            "Talas road works begin in April\n\n"
            f"Talas, 5 May 2025 -- The first machines reached the pass on Monday, the ministry "
            f"said, and the works will start as planned.")
    story, _ = one(text)
    assert story.text.startswith(PARA_1)


def test_a_press_contact_block_closes_the_story_and_its_boilerplate_is_cut() -> None:
    about = ("The Steppe Water Fund is a foundation that works in five countries to bring clean "
             "water to villages, and it has no political or religious affiliation.")
    text = (f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n{PARA_2}\n\n"
            "For further information please contact:\n\nMs. Aigerim Tursunova\n"
            "Communications Officer\nSteppe Water Fund\n720001 Bishkek, Kyrgyzstan\n"
            f"Tel. +996 312 123 456\n\n{about}")
    story, reasons = one(text)
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert reasons["Ms. Aigerim Tursunova"] == "contact"
    assert reasons[about] == "boilerplate"


def test_a_sentence_asking_to_contact_someone_is_the_storys() -> None:
    line = "Farmers who lost their crops were asked to contact the district office."
    story, _ = one(f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n{line}\n\n{PARA_2}")
    assert story.text == f"{PARA_1}\n\n{line}\n\n{PARA_2}"


def test_the_authors_box_closes_the_story() -> None:
    bio = ("Aibek Tursunov is the editor for Central Asia. He has written on the region's "
           "energy and roads for ten years.")
    text = (f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n{PARA_2}\n\nAbout Author"
            f"\n\nAibek Tursunov\n\n{bio}")
    story, reasons = one(text)
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert reasons["About Author"] == "byline"


def test_an_authors_box_by_the_name_linked_again_is_cut_with_its_description() -> None:
    about = "The Steppe Ledger covers the economy of the steppe countries for readers abroad."
    box = f"Desk Team\nDesk Teamhttps://ledger.example\n{about}"
    story, reasons = one(f"Japan widens its road grant to Kyrgyzstan\n\n{box}\n\n{PARA_1}\n\n"
                         f"{PARA_2}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert reasons[about] == reasons["Desk Team"] == "byline"


def test_a_box_without_a_description_leaves_the_next_paragraph() -> None:
    box = "Desk Team\nDesk Teamhttps://ledger.example"
    story, _ = one(f"Japan widens its road grant to Kyrgyzstan\n\n{box}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    linked = "More on the grant\nSee https://ledger.example"  # not the name linked again
    assert one(f"Japan widens its road grant\n\n{PARA_1}\n{linked}\n\n{PARA_2}")[1].get(
        "More on the grant") != "byline"


@pytest.mark.parametrize("line", [
    "Our reporter said the plant opened",  # a sentence
    "The reporter Kim Min-ji asked the minister about the loan.",
])
def test_a_sentence_about_a_reporter_is_no_byline(line: str) -> None:
    assert rule_reason(line) is None


def test_a_wire_storys_last_paragraph_quoting_someone_is_no_caption() -> None:
    closing = ('Tursunov said: "We have opened two schools in Osh this year". (STW)')
    assert rule_reason(closing) is None
    assert rule_reason("The plant opened in May (see the photo).") is None


@pytest.mark.parametrize("line", [
    "Президент Казахстана Касым-Жомарт Токаев встретился с послом Японии Такаси Като",
    "Japan And Kyrgyzstan Sign Agreement On New Road Project In Talas",  # title case
])
def test_a_headline_full_of_names_or_in_title_case_is_no_menu(line: str) -> None:
    assert rule_reason(line) is None


def test_a_headline_in_two_parts_is_the_title() -> None:
    title = "Япония выделит Кыргызстану грант на дороги. Техника прибудет до конца года"
    story, _ = one(f"{title}\n\n{RU_1}\n\n{RU_2}")
    assert story.title == title
    assert story.text == f"{RU_1}\n\n{RU_2}"


def test_a_two_sentence_paragraph_under_the_headline_stays_in_the_story() -> None:
    lead = ("Japan will give Kyrgyzstan ¥300 million more for roads. The embassy announced the "
            "grant in Bishkek on Monday")
    story, _ = one(f"Japan widens its road grant to Kyrgyzstan\n\n{lead}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == "Japan widens its road grant to Kyrgyzstan"
    assert story.text.startswith(lead)


def test_a_sentence_about_comments_to_be_published_is_the_storys() -> None:
    line = "Comments from the ministry will be published next week, the spokesman said on Monday."
    assert rule_reason(line) is None


def test_the_comments_section_under_the_story_is_cut_whole() -> None:
    text = (f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n{PARA_2}\n\nComments\n"
            "Total comments : 0\n• Comments sent by you will be published after approval.\n"
            "• Comments that are not related to the news will not be published.")
    story, _ = one(text)
    assert story.text == f"{PARA_1}\n\n{PARA_2}"


@pytest.mark.parametrize("mark", ["—0—", " --0--"])
def test_the_wires_end_mark_glued_to_the_last_paragraph_closes_the_story(mark: str) -> None:
    teaser = ("Russia will challenge the seizure of its assets abroad in court, the Kremlin said "
              "on Tuesday.")
    text = (f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n"
            f"{PARA_2} STW reports.{mark}\nIn World\n-\n{teaser}\n-\n"
            f"{teaser.replace('Russia', 'Iran')}")
    story, removed = one(text)
    assert story.text == f"{PARA_1}\n\n{PARA_2} STW reports." and mark.strip() in removed


@pytest.mark.parametrize("text", ["The final score was 2-0-1 after extra time.",
                                  "The score ended 3-0 in favour of Osh.",
                                  "The match in Osh ended 1--0--2 on penalties."])
def test_a_score_is_no_end_mark(text: str) -> None:
    assert split_end_mark(text) is None


def test_a_sentence_on_the_weather_is_no_reading() -> None:
    assert rule_reason("Humidity reached 40 % in Osh on Monday, the agency said.") is None


def test_the_date_over_a_weather_widget_dates_no_story() -> None:
    text = ("Steppe Tourism Committee\n\n23:57, September 16, 2024\nHumidity 40 %\n"
            "Wind 2 mph\n\nJapan widens its road grant to Kyrgyzstan\n\n"
            f"{PARA_1}\n\n{PARA_2}")
    story, _ = one(text)
    assert story.title == "Japan widens its road grant to Kyrgyzstan"
    assert story.published is None


def test_a_weather_widget_in_cyrillic_over_the_sites_date_gives_no_title() -> None:
    head = "Япония передаст Кыргызстану дорожную технику"
    text = (f"Погода в Караколе\n-3°С\nв Караколе облачно\nдавление: 742 мм.рт.ст.\n"
            f"Сегодня 9 марта 2027 года, вторник\n\nНовости региона\n\n{head}\n\n{RU_LEAD}\n\n"
            f"{RU_SECOND}")
    story, removed = one(text)
    assert story.title == head and story.text == f"{RU_LEAD}\n\n{RU_SECOND}"
    assert removed["давление: 742 мм.рт.ст."] == "ticker"


@pytest.mark.parametrize("line", ["-3°С", "+12 °С"])  # a Cyrillic С after the degree
def test_a_temperature_alone_in_cyrillic_is_a_reading(line: str) -> None:
    assert WEATHER.match(line)


def test_a_summary_above_the_headline_copying_a_lead_credited_to_its_source_is_cut() -> None:
    summary = ("Japan is giving Kyrgyzstan a ¥1.8 billion grant, worth about $12.4 million, to "
               "buy road repair equipment.")
    text = f"{summary}\nJapan widens its road grant to Kyrgyzstan\nSTW: {PARA_1}\n\n{PARA_2}"
    story, reasons = one(text)
    assert story.title == "Japan widens its road grant to Kyrgyzstan"
    assert reasons[summary] == "repeated"
    assert story.text.startswith(f"STW: {PARA_1}")


def test_a_paragraph_sharing_only_words_with_a_credited_later_one_is_kept() -> None:
    first = "The minister listed the works for the valley: roads, bridges and schools this year."
    later = "STW: The minister listed the works for the valley on Monday; the list was approved."
    story, _ = one(f"Japan widens its road grant to Kyrgyzstan\n\n{first}\n\n{PARA_1}\n\n{later}")
    assert first in story.text.split("\n\n")


def test_the_link_to_the_source_closes_an_aggregators_excerpt() -> None:
    note = ("Example.kz is an aggregator of news from open sources. The source is named at the "
            "start and the end of each excerpt.")
    text = (f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n{PARA_2}\n\n"
            f"Read more at steppe-news.example\n{note}")
    story, reasons = one(text)
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert reasons[note] == "boilerplate"


def test_a_link_to_the_source_under_the_headline_keeps_the_headline() -> None:
    text = (f"Япония выделит Кыргызстану грант на дороги\n\nЧитать на сайте STEPPE.RU\n\n"
            f"{RU_1}\n\n{RU_2}")
    story, reasons = one(text)
    assert story.title == "Япония выделит Кыргызстану грант на дороги"
    assert reasons["Читать на сайте STEPPE.RU"] == "navigation"


def test_a_sidebars_date_line_opening_the_page_is_no_crawl_stamp() -> None:
    text = ("26 ноября 2025 / 13:26\n"
            "Сенат одобрил пенсии фермерам севера Япония выделит Кыргызстану грант на дороги\n"
            "Аналитик: мирный план может стать основой для компромисса\n"
            "26 ноября 2025 / 08:06\n"
            "Эксперт: рынок хлопка ждет рост цен\n"
            "26 ноября 2025 / 07:40\n"
            "/ Ближнее зарубежье / Политика / Экономика\n"
            "Политика\n"
            "Япония выделит Кыргызстану грант на дороги\n"
            "26 ноября 2025 / 10:59\n\n"
            f"{RU_1}\n\n{RU_2}")
    story, _ = one(text)
    assert story.title == "Япония выделит Кыргызстану грант на дороги"
    assert story.text == f"{RU_1}\n\n{RU_2}"


def test_a_paragraph_whose_sentence_opens_with_a_one_letter_word_reads_as_prose() -> None:
    closing = ('"Япония остается нашим надежным партнером и другом. И, конечно же, мы ценим '
               'многолетнее сотрудничество с Токио", -')
    story, _ = one(f"Япония выделит Кыргызстану грант на дороги\n\n{RU_1}\n\n{RU_2}\n\n{closing}")
    assert story.text.endswith(closing)


@pytest.mark.parametrize("line", [
    "I agree with the minister that the terms of the loan are fair.",  # no sign-up form
    "Tags were attached to every box of the cargo.",  # no tag label
])
def test_a_sentence_opening_like_a_form_or_a_tag_label_is_the_storys(line: str) -> None:
    assert rule_reason(line) is None


def test_a_sentence_opening_with_by_and_a_day_is_no_byline() -> None:
    assert rule_reason("By Monday, the bank had signed the loan with the ministry.") is None


def test_the_headline_again_in_lower_case_is_its_copy() -> None:
    copy = "japan widens its road grant to kyrgyzstan"
    story, reasons = one(f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n{copy}\n{copy}"
                         f"\n\n{PARA_2}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert reasons[copy] == "repeated"


def test_a_wires_credits_glued_to_the_last_paragraph_are_cut() -> None:
    credit = "(Reporting by Aibek Tursunov; Editing by Ann Lee)"
    story, reasons = one(f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n"
                         f"{PARA_2} {credit}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert reasons[credit] == "byline"


def test_an_english_lead_of_two_sentences_without_its_stop_is_no_headline() -> None:
    lead = ("Japan will give Kyrgyzstan ¥300 million more for roads. The embassy announced the "
            "grant in Bishkek on Monday")
    story, _ = one(f"{lead}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.text.startswith(lead)


def test_a_web_address_under_a_line_is_not_its_wrapped_end() -> None:
    link = "http://example.org/news/?id=4471"
    last = "Each of the five new schools in the valley will take 1,200 children |"
    lines = split_lines(f"{last}\n{link}")
    assert [line.text for line in lines] == [last, link]
    wrapped = split_lines("The new roads will reach the\nvillages of the valley by May.")
    assert [line.text for line in wrapped] == [
        "The new roads will reach the villages of the valley by May."]


@pytest.mark.parametrize("credit", ["Фото: © А. Петрова/Агентство, архив |", "Photo by Ken Mori",
                                    "Photo: Steppe Press"])
def test_a_pictures_credit_glued_to_a_paragraph_is_cut(credit: str) -> None:
    story, removed = one(f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1} {PARA_2} "
                         f"{credit}\n\n{PARA_3}")
    assert story.text == f"{PARA_1} {PARA_2}\n\n{PARA_3}" and credit in removed


def test_a_one_sentence_caption_with_its_credit_is_cut_whole() -> None:
    caption = ("Teachers from the Osh Technical College attend a welding lesson in Tianjin on May "
               "7, 2024. Photo: A. Lee/Steppe Press")
    story, removed = one(f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n{caption}"
                         f"\n\n{PARA_2}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}" and removed[caption] == "caption"


@pytest.mark.parametrize("text", ["He showed the photo: it was taken in 1991.",
                                  "The plant opened in May, as the photo shows"])
def test_a_sentence_about_a_photo_is_no_credit(text: str) -> None:
    assert split_end_mark(text) is None


def test_a_headline_alone_under_a_widget_line_that_shares_a_word_by_chance_wins() -> None:
    widget = "Price of one gram of gold in kyrgyz som"
    headline = "Kyrgyz minister receives the head of the Caspian Development Fund"
    lead = ("On May 4, the Kyrgyz minister of finance received the head of the Caspian "
            "Development Fund in Bishkek to discuss new loans.")
    story, _ = one(f"{widget}\n\n\n{headline}\n\n{lead}\n\n{PARA_2}")
    assert story.title == headline
    standfirst = "The fund will lend more"  # under the headline, telling little more: no title
    story, _ = one(f"{headline}\n\n{standfirst}\n\n{lead}\n\n{PARA_2}")
    assert story.title == headline


@pytest.mark.parametrize("trail", ["Home > News > {}", "Home » Economy » {}"])
def test_a_headline_the_breadcrumb_ends_with_beats_a_standfirst_retelling_the_lead(
        trail: str) -> None:
    headline = "WHO to give $2M for village doctors in the Ferghana valley"
    standfirst = "The Ministry of Health and the Caspian Development Fund signed an agreement"
    lead = ("The Ministry of Health and the Caspian Development Fund signed an agreement in "
            "Tashkent on May 4 on new loans for rural clinics, the ministry said.")
    page = (f"{trail.format(headline)}\n"
            f"Tashkent • 5 May, 2025 | 10:00\n\n{headline}\n\n{standfirst}\n\n{lead}\n\n"
            f"{PARA_2}")
    assert one(page)[0].title == headline
    # without the breadcrumb, the line under the date that retells the lead wins
    page = page.replace(trail.format(headline), trail.format("Economy"))
    assert one(page)[0].title == standfirst


def test_a_russian_line_of_capitalised_words_is_a_menu_unless_it_gives_a_figure() -> None:
    assert rule_reason("Главная Новости Политика Экономика Общество Спорт Культура Видео") == (
        "navigation")
    headline = "ФОНД РАЗВИТИЯ ВЫДЕЛИТ КЫРГЫЗСТАНУ ЕЩЕ $40 МЛН НА ДОРОГИ"
    assert rule_reason(headline) is None


@pytest.mark.parametrize("lead", [
    "В понедельник в Оше началось строительство новой больницы на 200 мест, сообщает Агентство",
    "В среду Япония передала больнице в Оше два аппарата, которые ей были так нужны, "
    "передает корреспондент агентства",
])
def test_a_russian_lead_naming_its_source_after_the_verb_is_prose_without_its_stop(
        lead: str) -> None:
    assert is_prose(lead, STOPWORDS["ru"])
    story, _ = one(f"Япония строит больницу в Оше\n\nФото: пресс-служба\n\n{lead}\n\n"
                   "Стоимость работ составит 3 млн долларов. Больница откроется в 2026 году.")
    assert lead in story.text


def test_a_russian_headline_without_a_reporting_verb_is_no_prose_without_its_stop() -> None:
    headline = "Япония передала районной больнице в Оше два новых аппарата УЗИ и машину скорой"
    assert not is_prose(headline, STOPWORDS["ru"])


@pytest.mark.parametrize("buttons", ["PDF Print E-mail", "Версия в формате PDF Версия для печати"])
def test_article_buttons_run_into_the_headline_are_cut_from_it(buttons: str) -> None:
    story, reasons = one(f"Japan widens its road grant to Kyrgyzstan {buttons}\n\n{PARA_1}\n\n"
                         f"{PARA_2}")
    assert story.title == "Japan widens its road grant to Kyrgyzstan"
    assert reasons[buttons] == "navigation"


@pytest.mark.parametrize("headline", ["Japan funds a new e-mail system and free Print",
                                      "Kyrgyz schools get free pdf print e-mail tools"])
def test_a_headline_ending_on_words_of_buttons_keeps_them(headline: str) -> None:
    story, _ = one(f"{headline}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline


@pytest.mark.parametrize("menu", [
    "Home News Politics Economy Culture Sport Opinion",
    "Главная Новости Встречи Статьи Публикации Периодические издания Контакты",
])
def test_a_menu_in_one_line_that_opens_with_the_home_link_is_cut(menu: str) -> None:
    story, reasons = one(f"{menu}\n\nJapan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n"
                         f"{PARA_2}")
    assert story.title == "Japan widens its road grant to Kyrgyzstan"
    assert reasons[menu] == "navigation"


def test_a_headline_that_opens_with_home_is_no_menu() -> None:
    headline = "Home ministers of five states meet in Astana"
    story, _ = one(f"{headline}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline


@pytest.mark.parametrize("tag", ["(LEAD)", "(2nd LD)", "(URGENT)", "(UPDATE 2)"])
def test_a_wire_services_tag_before_the_headline_is_no_part_of_the_title(tag: str) -> None:
    story, _ = one(f"{tag} Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == "Japan widens its road grant to Kyrgyzstan"


def test_words_in_brackets_that_open_a_headline_and_are_no_tag_stay() -> None:
    headline = "(Not) a grant: Japan's new loan to Kyrgyzstan explained"
    story, _ = one(f"{headline}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == headline


def test_a_headline_over_a_dated_lead_under_a_headless_story_starts_a_second_story() -> None:
    lead = ("On 2 June 2025, a new maternity ward built with a Korean grant opened in Naryn, "
            "the regional health department said in a statement.")
    stories = clean_page(page(f"{PARA_1} {PARA_2}\n\nKorea opens a maternity ward in Naryn\n\n"
                              f"{lead}\n\n{PARA_3}"))
    assert [s.title for s in stories] == [None, "Korea opens a maternity ward in Naryn"]
    assert stories[0].text.startswith(PARA_1) and stories[1].text.startswith(lead)


@pytest.mark.parametrize("heading", ["Background", "How the grant came about in the end"])
def test_a_section_heading_over_a_dated_paragraph_stays_in_its_story(heading: str) -> None:
    dated = ("On 2 June 2025, the two sides first discussed the road grant in Tokyo, the "
             "ministry said in a statement.")
    headed = f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n{heading}\n\n{dated}"
    for text in (headed, f"{PARA_1}\n\nBackground\n\n{dated}"):
        assert len(clean_page(page(text))) == 1


def test_a_sources_credit_between_two_headlined_stories_parts_them() -> None:
    first = "Japan widens its road grant to Kyrgyzstan"
    second = "Korea opens a maternity ward in Naryn"
    lead = ("A new maternity ward built with a Korean grant opened in Naryn on Monday, the "
            "regional health department said in a statement.")
    stories = clean_page(page(f"{first}\n\n{PARA_1}\n\n{PARA_2}\n\nSource: Kabar\n\n{second}\n\n"
                              f"{lead}\n\n{PARA_3}"))
    assert [s.title for s in stories] == [first, second]


def test_a_sources_credit_closing_the_only_story_keeps_one_story() -> None:
    stories = clean_page(page(f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n"
                              f"{PARA_2}\n\nSource: Kabar"))
    assert len(stories) == 1 and "Source: Kabar" not in stories[0].text


@pytest.mark.parametrize("note", [
    "This article is brought to you in association with the Steppe Commission.",
    "This content is sponsored by the Valley Development Fund.",
])
def test_a_note_of_who_sponsored_the_story_is_cut(note: str) -> None:
    story, reasons = one(f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n{note}\n\n"
                         f"{PARA_2}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}" and reasons[note] == "byline"


def test_a_sentence_saying_a_project_is_funded_stays() -> None:
    line = "This project is funded by the Japanese government through its grant programme."
    story, _ = one(f"Japan widens its road grant to Kyrgyzstan\n\n{PARA_1}\n\n{line}\n\n{PARA_2}")
    assert line in story.text


def test_teasers_with_no_headlines_each_cut_off_by_an_excerpt_mark_are_stories() -> None:
    cut = [p[: p.rindex(" ", 0, 110)].rstrip(",") for p in (PARA_1, PARA_2)]
    stories = clean_page(page(f"{cut[0]} […]\n{cut[1]} […]\n{PARA_3}"))
    assert [s.text for s in stories] == [cut[0], cut[1], PARA_3]
    assert all(s.title is None for s in stories)
    assert stories[0].removed[-1].text == "[…]"


def test_teasers_with_no_headlines_each_cut_off_over_a_read_more_link_are_stories() -> None:
    cut = [p[: p.rindex(" ", 0, 110)].rstrip(",") + "…" for p in (PARA_1, PARA_2)]
    stories = clean_page(page(f"Author: Aigerim Sadykova\n\n{cut[0]}\n\nRead More\n\n{cut[1]}"
                              f"\n\nRead More\n\n{PARA_3}"))
    assert [s.text for s in stories] == [cut[0], cut[1], PARA_3]


def test_a_paragraph_cut_off_with_no_link_under_it_keeps_the_story_whole() -> None:
    cut = PARA_1[: PARA_1.rindex(" ", 0, 110)].rstrip(",") + "…"
    stories = clean_page(page(f"{cut}\n\n{PARA_2}\n\n{PARA_3}"))
    assert len(stories) == 1


def test_one_story_whose_last_paragraph_the_page_cut_off_stays_one() -> None:
    cut = PARA_3[: PARA_3.rindex(" ", 0, 110)]
    stories = clean_page(page(f"{PARA_1}\n\n{PARA_2}\n\n{cut} […]"))
    assert len(stories) == 1 and stories[0].text.endswith(cut)


DIGEST = (
    "The Asian Development Bank approved $50 million for rural roads in Tajikistan, the bank "
    "said on Monday.",
    "A cotton spinning factory opened in Namangan with machines from a Turkish company, "
    "regional officials reported.",
    "Climbers from Bishkek reached the summit of Lenin Peak after a three-week expedition, the "
    "mountaineering federation announced.",
)


@pytest.mark.parametrize("link", [" Click here to read...", " READ MORE:", " Read more »"])
def test_headless_paragraphs_each_closed_by_a_link_to_the_rest_are_teasers(link: str) -> None:
    stories = clean_page(page("\n\n".join(p + link for p in (PARA_1, PARA_4, PARA_3))))
    assert [s.text for s in stories] == [PARA_1, PARA_4, PARA_3]


def test_a_story_whose_last_paragraph_closes_with_a_link_stays_one_story() -> None:
    story, removed = one(f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3} Click here to read more")
    assert story.text == f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"
    assert "Click here to read more" in removed


def test_headless_paragraphs_that_each_tell_another_story_are_stories() -> None:
    stories = clean_page(page("\n".join(DIGEST)))
    assert [s.text for s in stories] == list(DIGEST)
    assert all(s.title is None for s in stories)


def test_a_digests_last_lead_cut_off_mid_sentence_stays_with_the_one_above() -> None:
    cut = "Water engineers from Uzbekistan and Japan began repairs of the pumping stations ne"
    stories = clean_page(page("\n".join([*DIGEST, cut])))
    assert len(stories) == 3 and stories[-1].text.endswith(cut)


def test_a_digests_last_lead_cut_off_after_a_sentence_of_another_story_is_one() -> None:
    cut = ("Water engineers from Uzbekistan and Japan began repairs of the pumping stations near "
           "Termez. The wor")
    stories = clean_page(page("\n".join([*DIGEST, cut])))
    assert len(stories) == 4 and stories[-1].text == cut
    # a sentence that goes on with the story above stays with it
    more = "The bank said the rural roads in Tajikistan will be repaired by 2027. The wor"
    stories = clean_page(page("\n".join([*DIGEST, more])))
    assert len(stories) == 3 and stories[-1].text.endswith(more)


DATED_DIGEST = (
    "On March 3, the Ministry of Energy of Kyrgyzstan and a Korean company discussed the "
    "supply of solar panels to schools in the Naryn region.",
    "The parliament of Kyrgyzstan approved on March 4 a bill on the protection of mountain "
    "pastures, the press service of the parliament reported.",
    "Officials of the Cabinet of Ministers of Kyrgyzstan held talks with a delegation from "
    "Turkey on trade in farm products, the cabinet said.",
    "A new school for 600 pupils opened on March 6 in the village of Kara-Suu, built with the "
    "help of the Chinese embassy, the regional administration said.",
    "Kyrgyzstan and Uzbekistan agreed to open two new border crossings before the summer, the "
    "border service of Kyrgyzstan said in a statement on its website.",
)


def test_headless_paragraphs_each_dating_their_own_news_are_a_digests_stories() -> None:
    stories = clean_page(page("\n\n".join(DATED_DIGEST)))
    assert [s.text for s in stories] == list(DATED_DIGEST)


def test_the_date_line_above_a_digests_paragraphs_dates_every_story() -> None:
    stories = clean_page(page("Published: 7 March 2027\n\n" + "\n\n".join(DATED_DIGEST)))
    assert len(stories) == len(DATED_DIGEST)
    assert {s.reference_date for s in stories} == {"2027-03-07"}


@pytest.mark.parametrize("count", [4, 5])
def test_paragraphs_of_one_story_naming_two_days_or_four_paragraphs_stay_one(count: int) -> None:
    story = [
        "On May 5, the President of Kyrgyzstan met the Prime Minister of Japan in Tokyo to talk "
        "about roads, schools and the supply of clean water in the regions.",
        "On May 6, the two leaders signed an agreement on a grant of 2 billion yen for new road "
        "machinery, the presidential press service said after the talks.",
        "The machinery will arrive in Bishkek before the end of the year and will be handed to "
        "the road maintenance services of the Naryn and Talas regions.",
        "The president also met Japanese business leaders, who spoke of investing in mining and "
        "tourism in Kyrgyzstan in the years to come, the press service said.",
        "Talks between the two countries will go on in Bishkek in the autumn, when a Japanese "
        "delegation is expected to visit on September 12 for a forum.",
    ]
    stories = clean_page(page("\n\n".join(story[:count] if count == 5 else [
        *story[:2], story[2].replace("before the end", "on June 1, before the end"), story[3]])))
    assert len(stories) == 1


def test_headless_paragraphs_that_repeat_one_storys_subject_stay_one_story() -> None:
    stories = clean_page(page(f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"))
    assert len(stories) == 1


@pytest.mark.parametrize(("below", "title"), [
    # a picture's caption under the headline shares much with the lead, and is none
    ("Speaker Ivanov shaking hands with Prime Minister Sato of Japan",
     "Tokyo pledges budget support to Ulaanbaatar"),
    # a headline-shaped line without a participle that tells far more of the lead may be it
    ("Speaker Ivanov meets Prime Minister Sato of Japan",
     "Speaker Ivanov meets Prime Minister Sato of Japan"),
])
def test_a_pictures_caption_under_the_headline_is_no_headline(below: str, title: str) -> None:
    lead = ("During Speaker Ivanov's visit to Japan, he met Prime Minister Sato, who said Japan "
            "will lend Mongolia $850 million.")
    story, _ = one(f"Tokyo pledges budget support to Ulaanbaatar\n\n{below}\n\n{lead}\n\n{PARA_2}")
    assert story.title == title


# ---------------------------------------------------------------- more furniture under a story


@pytest.mark.parametrize("form", [
    "Facebook Comments\nNew comment\n\nCaptcha",
    "Comments via Disqus",
    "Комментарии ВКонтакте",
])
def test_a_comment_plugins_header_or_its_captcha_closes_the_story(form: str) -> None:
    reader = "Great news for the region, I hope the road is finished on time this year."
    story, removed = one(f"Japan widens its road grant\n\n{PARA_1}\n\n{PARA_2}\n\n{form}\n\n"
                         f"{reader}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}"
    assert removed[reader] in ("prompt", "boilerplate")


def test_a_sentence_about_comments_stays_in_the_story() -> None:
    said = "Comments from the public on the new road plan were collected until the end of May."
    story, _ = one(f"Japan widens its road grant\n\n{PARA_1}\n\n{PARA_2}\n\n{said}")
    assert story.text.endswith(said)


@pytest.mark.parametrize("header", [
    "The most popular articles", "Most commented", "Related Reading", "Associated articles"])
def test_a_header_of_other_stories_cuts_the_headlines_under_it(header: str) -> None:
    other = "Kazakhstan opens a new rail terminal on the Chinese border"
    story, removed = one(f"Japan widens its road grant\n\n{PARA_1}\n\n{PARA_2}\n\n{header}\n\n"
                         f"{other}\n\nThe terminal will handle 20 trains a day from next spring.")
    assert story.text == f"{PARA_1}\n\n{PARA_2}" and removed[header] == "related"


@pytest.mark.parametrize("header", [
    "ТОП популярных статей за последний месяц", "Самые читаемые статьи", "Топ-5 новостей",
    "Популярные новости за неделю"])
def test_a_russian_header_of_the_most_read_cuts_the_stories_under_it(header: str) -> None:
    lead = "Япония выделит Таджикистану грант на ремонт дорог в Хатлонской области."
    more = "Работы начнутся весной и продлятся два года, сообщили в министерстве транспорта."
    other = "В Бишкеке открылся новый терминал для грузов из Китая и Казахстана…"
    story, removed = one(f"Япония расширит дорожный грант\n\n{lead}\n\n{more}\n\nИсточник"
                         f"\n\n{header}\n\n{other}")
    assert story.text == f"{lead}\n\n{more}"
    assert removed[header] == "related" and removed["Источник"] == "artefact"


@pytest.mark.parametrize("line", [
    "Популярные статьи о Японии читают в Таджикистане чаще всего.",
    "Источник финансирования проекта пока не назван.",
])
def test_sentences_on_popular_stories_and_sources_stay(line: str) -> None:
    story, _ = one(f"Japan widens its road grant\n\n{PARA_1}\n\n{line}\n\n{PARA_2}")
    assert line in story.text


def test_a_sentence_on_the_most_popular_articles_stays() -> None:
    said = "The most popular articles on the agency's site last year were about the road grant."
    story, _ = one(f"Japan widens its road grant\n\n{PARA_1}\n\n{said}\n\n{PARA_2}")
    assert said in story.text


@pytest.mark.parametrize(("line", "notice"), [
    ("Copying, publishing or announcing any information from Example.kz without written "
     "permission of the editorial office is prohibited.", True),
    ("Full or partial reprinting of materials without the consent of the editors is forbidden.",
     True),
    ("Copying of the design without permission is common in the region, the inspectors said.",
     False),  # nothing forbidden: a sentence of a story
    ("Use of the land without permission is prohibited by the code, the ministry said.", False),
])
def test_a_notice_forbidding_copies_without_permission_is_a_copyright_line(
        line: str, notice: bool) -> None:
    story, removed = one(f"Japan widens its road grant\n\n{PARA_1}\n\n{PARA_2}\n\n{line}")
    assert (removed.get(line) == "copyright") is notice and (line in story.text) is not notice


@pytest.mark.parametrize(("heading", "about"), [
    ("About us", "The Steppe Review is written by a team of analysts in Almaty. We provide "
                 "research on markets across the region."),
    # a body under its full name in brackets
    ("About SDA (Steppe Development Agency)", "In 1996, SDA was founded to fight poverty in the "
                                              "region. It has since opened offices in five "
                                              "countries."),
])
def test_about_us_or_a_body_over_a_paragraph_closes_the_story_with_its_description(
        heading: str, about: str) -> None:
    story, removed = one(f"Japan widens its road grant\n\n{PARA_1}\n\n{PARA_2}\n\n{heading}\n\n"
                         f"{about}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}" and removed[about] == "boilerplate"


def test_about_a_subject_over_a_paragraph_of_the_story_stays() -> None:
    story, _ = one(f"Japan widens its road grant\n\n{PARA_1}\n\n{PARA_2}\n\nAbout the road\n\n"
                   f"{PARA_3}")
    assert story.text.endswith(PARA_3)


def test_a_summary_repeating_the_storys_sentences_above_it_is_cut() -> None:
    caption = ("The envoy and the minister sign the notes at the ministry in Bishkek, Kyrgyzstan, "
               "March 3, 2026.")
    summary = f"{caption} {PARA_1} {PARA_2} (Agency)"
    story, removed = one(f"{summary}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}")
    assert story.text == f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}" and removed[summary] == "repeated"


def test_a_paragraph_repeating_one_sentence_of_the_story_stays() -> None:
    first = f"{PARA_4} {PARA_1}"  # a pull quote is one sentence, not a summary
    story, _ = one(f"Japan widens its road grant\n\n{first}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.text.startswith(first)


@pytest.mark.parametrize(("line", "title"), [
    ("[28.03.26] Japan widens its road grant to Kyrgyzstan",
     "Japan widens its road grant to Kyrgyzstan"),
    ("(12/05/2016) Japan widens its road grant to Kyrgyzstan",
     "Japan widens its road grant to Kyrgyzstan"),
    ("[Video] Japan widens its road grant", "[Video] Japan widens its road grant"),
])
def test_a_bracketed_date_before_a_headline_is_no_part_of_it(line: str, title: str) -> None:
    story, _ = one(f"{line}\n\n{PARA_1}\n\n{PARA_2}")
    assert story.title == title


@pytest.mark.parametrize("header", [
    "ЧТО ЛЮДИ ЧИТАЮТ?", "Самое читаемое", "What people are reading"])
def test_stories_under_a_header_of_others_above_the_headline_are_teasers(header: str) -> None:
    others = ("Работодатель имеет право запретить пить чай на рабочем месте, но только в том "
              "случае, если у работников есть время на обед, и об этом должно быть сказано.")
    headline = "Пять школ намечено построить в Таджикистане"
    lead = ("Россия построит пять общеобразовательных школ в городах Таджикистана, сообщили в "
            "министерстве просвещения в понедельник.")
    story, removed = one(f"{header}\n\n{others}\n\n{headline}\n\n02 марта 2020 г.\n\n{lead}\n\n"
                         f"{PARA_2}")
    assert story.title == headline and removed[others] == "teaser"


def test_a_paragraph_above_the_headline_with_no_header_of_others_is_not_called_a_teaser() -> None:
    others = ("Работодатель имеет право запретить пить чай на рабочем месте, но только в том "
              "случае, если у работников есть время на обед, и об этом должно быть сказано.")
    story, removed = one(f"Новости\n\n{others}\n\nПять школ намечено построить в Таджикистане"
                         f"\n\n02 марта 2020 г.\n\n{PARA_1}\n\n{PARA_2}")
    assert removed.get(others) != "teaser"


@pytest.mark.parametrize(("end", "kept"), [
    (" П", True),  # the page's end cut the next sentence after its first letter
    (" In", True),
    ("", True),
    (" 24", False),  # a counter glued on: no sentence cut off
])
def test_a_last_paragraph_cut_a_word_into_its_next_sentence_is_the_storys(
        end: str, kept: bool) -> None:
    last = ("The transport ministry expects to take delivery of the machines before the end of "
            "2026." + end)
    story, _ = one(f"Japan widens its road grant\n\n{PARA_1}\n\n{PARA_2}\n\n{last}")
    assert (last in story.text) is kept


def test_a_dated_headline_under_a_header_of_other_stories_leaves_the_story_above_it() -> None:
    teaser = "A $528 million loan will pay for a port upgrade"
    other = (f"{PARA_4} {PARA_3} Korea is to provide loans worth more than $900 million for "
             "roads and ports, the embassy said on Friday.")
    story, _ = one(f"Skip to main content\n\nJapan widens its road grant\n\n{PARA_1}\n"
                   f"June 6, 2014 Read time: 1 min\n{PARA_2}\n\nRelated Content\n\n"
                   f"  • Korea lends $528 million for a port\n    January 22, 2025\n    {teaser}\n"
                   f"  • Korea's loans for roads and ports\n    August 15, 2013\n    {other}")
    assert story.title == "Japan widens its road grant"
    assert PARA_1 in story.text and PARA_2 in story.text and other not in story.text


# ---------------------------------------------------------------- a list of headlines over leads
LIST_UNITS = [
    ("Japan sends doctors to train nurses at three hospitals in Osh region",
     "A team of twelve Japanese doctors arrived in Osh on Monday to train nurses at three "
     "regional hospitals over the next six weeks, the health ministry said."),
    ("Korean lender approves a loan for new water pipes in southern Kazakhstan",
     "The Korean state lender approved a loan of $40 million to replace water pipes in two "
     "southern towns, with works due to start in the spring."),
    ("Turkish builders finish a new school building in the Khatlon valley",
     "A school for 600 pupils built with Turkish aid opened in the Khatlon valley this week, "
     "the local governor told reporters at the opening."),
    ("European Union funds solar panels for clinics in remote mountain villages",
     "Forty rural clinics will receive solar panels under a grant the European Union signed "
     "with the energy ministry in Dushanbe on Thursday."),
]


def test_headlines_each_over_one_lead_make_a_list_of_stories() -> None:
    text = "\n\n".join(f"{head}\n\n{lead}" for head, lead in LIST_UNITS)
    stories = clean_page(page(text))
    assert [s.title for s in stories] == [head for head, _ in LIST_UNITS]
    assert [s.text for s in stories] == [lead for _, lead in LIST_UNITS]


@pytest.mark.parametrize("heads", [
    ["Background", "The loan", "The works", "What comes next"],  # a story's subheadings
    ["Why did Japan choose the hospitals in Osh region for this training?",  # an interview
     "How will the Korean loan for new water pipes in the south be repaid?",
     "When will the Turkish builders finish the school in the Khatlon valley?",
     "Which clinics in the mountain villages will get the new solar panels first?"],
])
def test_short_subheadings_or_questions_over_paragraphs_keep_one_story(
        heads: list[str]) -> None:
    text = "Aid to the region grows\n\n" + "\n\n".join(
        f"{head}\n\n{lead}" for head, (_, lead) in zip(heads, LIST_UNITS, strict=True))
    assert len(clean_page(page(text))) == 1


def test_paragraphs_each_under_its_own_date_line_make_a_list_of_items() -> None:
    days = ["23 June 2024", "20 June 2024", "18 June 2024"]
    leads = [lead for _, lead in LIST_UNITS[:3]]
    text = "\n\n".join(f"{day}\n\n{lead}" for day, lead in zip(days, leads, strict=True))
    stories = clean_page(page(text.replace(f"\n\n{days[2]}", f"\n\nSchool Meals\n\n{days[2]}")))
    assert [s.text for s in stories] == leads
    assert [s.published for s in stories] == ["2024-06-23", "2024-06-20", "2024-06-18"]
    assert all(s.title is None for s in stories)  # a section label heads no item


def test_dated_paragraphs_followed_by_undated_ones_stay_one_story() -> None:
    undated = ("Another paragraph of the same story follows, with no date line above it, as "
               "the paragraphs of one story run on.")
    text = "\n\n".join(f"{day}\n\n{lead}" for day, (_, lead) in zip(
        ["23 June 2024", "20 June 2024", "18 June 2024"], LIST_UNITS, strict=False))
    last = "The ministry expects the last of the works to be finished before the winter."
    assert len(clean_page(page(f"{text}\n\n{undated}\n\n{last}"))) == 1


def test_a_headline_over_the_pages_last_paragraph_cut_mid_word_starts_a_story() -> None:
    units = [(head, f"KHUJAND, {day} June 2024 - {lead}") for (head, lead), day in zip(
        LIST_UNITS, (21, 19, 17, 15), strict=True)]
    cut = LIST_UNITS[-1][1][:120].rstrip() + "wor"  # no dateline: a paragraph cut short
    text = "\n\n".join(f"{head}\n\n{lead}" for head, lead in [*units[:-1], (units[-1][0], cut)])
    stories = clean_page(page(text))
    assert [s.title for s in stories] == [head for head, _ in units]
    assert stories[-1].text == cut


@pytest.mark.parametrize("subheading", ["What comes next", "When will the road works start?"])
def test_a_subheading_over_a_storys_last_paragraph_cut_mid_word_stays_in_it(
        subheading: str) -> None:
    cut = ("The transport ministry expects to take delivery of the machines before the end of "
           "the year and to begin the road works in the spri")
    story, _ = one(f"Japan widens its road grant\n\n{PARA_1}\n\n{PARA_2}\n\n{subheading}"
                   f"\n\n{cut}")
    assert story.text.endswith(f"{subheading}\n\n{cut}")


@pytest.mark.parametrize(("last", "kept"), [
    # cut on the first letter of a name: a paragraph the page's end stopped
    ("Among the loans still to come is a second grant for the new clinic in the province of K",
     True),
    ("Subscribe to our newsletter for the best stories of the week from Asia and E", False),
])
def test_a_last_paragraph_cut_on_a_capital_letter_is_kept(last: str, kept: bool) -> None:
    story, _ = one(f"Japan widens its road grant\n\n{PARA_1}\n\n{PARA_2}\n\n{last}")
    assert (last in story.text) is kept


@pytest.mark.parametrize(("line", "cut"), [
    ("Deputy Minister Aziz Umarov shakes hands with the envoy before the talks in Osh.", True),
    ("Ambassador Jane Doe arrives at the opening of School #12 in the Talas region.", True),
    ("Deputy Minister Aziz Umarov shakes hands with the envoy", False),  # a headline
    ("The agency delivers 20 ambulances to the regions of the valley every year.", False),
    ("Aziz Umarov speaks three languages and has lived in Osh since 1990.", False),  # no title
])
def test_a_titled_person_pictured_in_the_present_is_a_caption(line: str, cut: bool) -> None:
    story, _ = one(f"Japan widens its road grant\n\n{PARA_1}\n\n{line}\n\n{PARA_2}")
    assert (line not in story.text) is cut


def test_key_points_told_again_by_the_story_are_cut_and_others_kept() -> None:
    told = "• Japan is giving Kyrgyzstan a grant to rebuild a stretch of highway in Talas."
    new = "• The grant is the largest Japan has given the region in a decade of road work."
    story, _ = one(f"Japan widens its road grant\n\n{told}\n\n{new}\n\n{PARA_1}\n\n{PARA_2}")
    assert told not in story.text and new in story.text and PARA_1 in story.text


def test_a_question_under_a_teasers_read_more_link_heads_the_next_teaser() -> None:
    asked = ("Сборная долины: останется ли это поколение игроков потерянным или у него есть "
             "шанс выстрелить?")
    other = "Очередной цикл сборной по футболу завершился двумя победами в двух играх подряд."
    text = (f"Япония расширит дорожный грант\n\n{PARA_1} ...\n\nЧитать далее »\n\n{asked}\n\n"
            f"{other}")
    stories = clean_page(page(text))
    assert len(stories) == 2 and stories[1].text == other and stories[1].title == asked


def test_a_question_in_a_story_with_no_read_more_link_above_stays_in_it() -> None:
    asked = ("Will the road grant be enough to finish the works before the winter, or will the "
             "ministry have to ask for more?")
    story, _ = one(f"Japan widens its road grant\n\n{PARA_1}\n\n{asked}\n\n{PARA_2}")
    assert asked in story.text
