"""Clean: strip page furniture, split listing pages into stories, find titles and dates.

Plain-text pages get what trafilatura and jusText give HTML: explicit rules cut lines that are
furniture on any news site (tickers, menus, prompts, captions, contacts, ...), then each story's
lines are judged jusText-style (length, stopword density, neighbours) around its first paragraph
of prose. HTML pages (already extracted by trafilatura) and JSONL items get the rules only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice, takewhile
from pathlib import PurePosixPath
from typing import NamedTuple

from pipeline.ingest import RawPage
from pipeline.lexicon import alternation
from pipeline.lexicon.calendar import CALENDAR_WORDS
from pipeline.lexicon.institutions import CLASSIFIERS, FINAL_HEADS
from pipeline.lexicon.pages import (
    ADDRESS_WORDS,
    CAPTION_WORDS,
    DANGLING,
    FUNCTION_WORDS,
    NEWSPAPER_WORDS,
    PAGER_WORDS,
    PICTURED_ACTS,
    RATES_LABELS,
    SENTENCE_WORDS,
    SOURCE_LABELS,
    STOPWORDS,
)
from pipeline.lexicon.people import PERSON_ROLES
from pipeline.lexicon.places import CAPITALS
from pipeline.lexicon.text import (
    BULLET_MARKS,
    CLOSING_ABBREVIATIONS,
    DASHES,
    HAS_DIGIT,
    ITEM_NUMBER,
    NAME_ABBREVIATIONS,
    NAME_JOINERS,
    OPEN_QUOTES,
)
from pipeline.names import WEB_ADDRESS, WEB_ADDRESS_SHAPE, is_source_name
from pipeline.pagedates import (
    CLOCK,
    CRAWL_STAMP,
    DATE_CORE,
    DATELINE,
    DATELINE_ALONE,
    DATELINE_FIRST,
    DAY_MONTH_ALONE,
    LABEL,
    LABEL_MAX_WORDS,
    MONTH_DAY,
    MONTH_STAMP,
    READING_TIME,
    TIME,
    TIME_AND_YEAR,
    YEARLESS_STAMP,
    Stamp,
    closes_with_date,
    is_clock,
    is_stamp,
    month_day,
    normalise_published,
    numeric_order,
    read_dateline,
    read_opening_date,
    read_stamp,
    split_closing_date,
    split_dated_headline,
    split_glued_stamp,
    split_leading_stamp,
    states_timed_dates,
    weigh,
)
from pipeline.schema import Removal, Source

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LETTER = re.compile(r"[^\W\d_]")
# A page is taken as Russian (or another Cyrillic-script language) when most letters are Cyrillic.
CYRILLIC_SHARE = 0.5
LATIN_OR_CYRILLIC = re.compile(r"[A-Za-z\u00C0-\u024F\u0400-\u04FF]")
OTHER_SCRIPT_SHARE = 0.5  # letters of another script that make a line no headline
# letters the Cyrillic alphabets of Kazakh, Kyrgyz, Tajik and Uzbek have and Russian lacks: a
# line with a few of them is in one of those languages (`Қазақ тіліне`), a Russian text is not
# (a name in it may keep one)
NATIVE_CYRILLIC = re.compile(r"[әғқңөұүһіўҳҷӣӯӘҒҚҢӨҰҮҺІЎҲҶӢӮ]")
NATIVE_CYRILLIC_MIN = 2

# a word as the stopword share counts it: letters, with an inner apostrophe (`don't`, `it’s`)
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# jusText's thresholds: a line shorter than this is judged by its neighbours, not by itself.
LENGTH_LOW = 70
# jusText's length_high: a line this long is a paragraph even without a final full stop.
LENGTH_HIGH = 200
# jusText's stopwords_low: a longer line with fewer stopwords than this is not prose.
STOPWORDS_LOW = 0.30
# A short line is a real sentence when it ends like one and at least this share of its words are
# stopwords ("Turkmenistan currently does not have a metro." has 4 of 7; "100+ trusted sources." 0).
SENTENCE_STOPWORDS = 0.2
SENTENCE_MIN_WORDS = 4  # "One app." or "Got it!" are not sentences of a story
# A lead full of names and titles has few stopwords ("Kazakh President X received Chinese
# Ambassador Y at the Akorda on Tuesday, Z reported."); a long line ending like a sentence is
# still one when this share of its words are lower-case, as a list of names never is.
NAMED_SENTENCE_MIN_WORDS = 12
NAMED_SENTENCE_LOWER = 0.4
TAG_RUN = 3  # words in a row a tag line prints twice
TAG_LINE_MAX_WORDS = 24
ALT_TEXT_MAX_WORDS = 8  # an image's alt text is a phrase: `medical team set out`
CAPTION_MAX_WORDS = 30  # a caption over its credit is a phrase or a sentence, not a paragraph
CAPTION_LINES = 2  # under a picture's description: its caption and its credit
# A field a listing prints under each of its items: a short label, a colon, a short value
ITEM_FIELD = re.compile(r"^(?P<label>[A-ZА-ЯЁ][\w'’ -]{1,25}):\s+\S[^.!?]{0,60}$")
ITEM_FIELD_REPEATS = 2
# No caption, notice, prompt, credit or menu line is longer than this; many paragraphs are.
FURNITURE_MAX_CHARS = 600
MENU_DOUBLED_MIN = 3  # items printed twice in a row: a menu's two copies run together
LISTING_INTRO_MIN_HEADS = 2  # a section's description heads a list of at least two dated stories
STORY_MIN_PARAGRAPHS = 2  # paragraphs of prose above a listing's first headline that make a story
HEADLINE_MIN_WORDS = 5  # section labels ("Press Releases", "News of the day") are shorter
SUBHEADING_MAX_WORDS = 10  # a subheading in a story is a phrase: `Long-term plans`
CUT_SHORT_MIN_WORDS = 6  # a sentence the page's end cut off short still has a clause's words
CUT_MID_WORD_MIN_WORDS = 4  # ... and one cut inside a word, a few words: `As EADaily reported, Asi`
CUT_MID_WORD_LOWER = 0.25  # of its words in lower case: a sentence, not a name or a headline
SITE_NAME_MAX_WORDS = 6  # a publication name (`Central Asia Economic Monitor`) is short
MENU_MAX_WORDS = 3  # menu items: "Home", "Central Asia", "Oil & Gas"
MENU_MIN_RUN = 3  # three one-word lines in a row are a menu, two may be a list
CLAIM_MAX_WORDS = 25  # lines under a "Related news" header are headlines, not paragraphs
SHARE_MAX_WORDS = 12  # a share bar names a few networks; a longer line is a sentence
PROMPT_MAX_WORDS = 25  # a prompt is interface text; a paragraph about subscribing is longer
# How no headline opens: with a lower-case word (the wrapped end of the line above: `in the
# Kyrgyz Republic`; not `eBay` nor `e-Visa`), by addressing an audience, as speeches do (`Dear
# members of the press,`, `Your Excellencies, Ladies and Gentlemen!`), or with an author's name
# after `By` (`By Liu Wen Source:Steppe Times`, a byline whatever is glued to it).
NO_HEADLINE_START = re.compile(
    r"[a-zа-яё](?![A-ZА-ЯЁ]|-\w)"
    r"|(?i:dear|your excellenc\w*|ladies and gentlemen|уважаем\w*)\b.*[,!]$"
    r"|By\s+[A-Z][\w.'’-]+\s+[A-Z]")
# A line that names the news is a site's name or tagline (`Valley NEWS - Khujand news`, `Новости
# Казахстана`, `The magazine providing news analysis for investors`, `Газета долины
# Интернет-версия`, `Valley weekly digest`): headlines report the news and do not name it.
# A picture's caption: who is pictured, then what they are doing, in a present participle
# (`Speaker M.Ivanov shaking hands with ...`, `The Ambassador and the Minister talking in ...`)
PICTURED = re.compile(r"^(?:[A-Z][\w.'’-]*\s+(?:of\s+|the\s+)?){1,6}"
                      r"(?:and\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:of\s+|the\s+)?){1,6})?"
                      r"[a-z]{2,}ing\s")
NAMES_THE_NEWS = re.compile(
    r"\b(?:news|новости|newspaper|газета|digest|дайджест|интернет-версия)\b", re.I)
# Where one sentence of a line ends and the next begins: a paywall box may hold several prompts,
# a paragraph several sentences, a headline one.
# A full stop after an initial or an abbreviation in a name ends no sentence (`J. Smith`).
SENTENCE_START = re.compile(
    r"(?<=[.!?])(?<!\b[A-ZА-ЯЁ]\.)" + "".join(rf"(?<!\b{a}\.)" for a in NAME_ABBREVIATIONS)
    + r"\s+(?=[A-ZА-ЯЁ])")
# A headline capitalises most of its longer words; a paragraph cut off mid-sentence does not.
TITLE_CASE_SHARE = 0.7
TITLE_CASE_MIN_LETTERS = 4
SPACED_MENU_MIN_WORDS = 8  # a Russian headline this long with as many capitals is all names
SPACED_MENU_SHARE = 0.85
PIPE_MENU_ITEM_MAX_WORDS = 4  # menu items between pipes are short; clauses split by pipes are not
# a headline heads the paragraph below it, or the one after a date line between them
TWO_PART_MAX_WORDS = 25  # a headline in two parts is short; a paragraph is longer
LEAD_REACH = 4  # paragraphs from the top of a story among which a dated lead may open it
HEAD_LOOKAHEAD = 2
SUMMARY_REACH = 3  # a summary of the story stands among the page's first paragraphs
SUMMARY_COPIED = 2  # ... and the story repeats this many of its sentences, word for word
POINT_MIN_WORDS = 6  # a key point told again below: a clause at least ...
POINT_TOLD = 0.9  # ... nearly all of whose words one later paragraph holds
CREDIT_IN_BRACKETS = re.compile(r"\s*\([^()]{2,40}\)$")  # closing a summary: `... (Agency)`
KEY_POINTS_MAX = 4  # bullets of a story's key points under its headline
COPY_EXTRA_MAX_WORDS = 4  # a breadcrumb (`Home Analysis`) or a site's name glued to a headline
PAGE_TOP = 2  # a site's chrome: the page's first kept lines
STORY_BEFORE_COMMENTS = 2  # paragraphs told before a comment form that closes the story
# A teaser of another story under the story: its headline shares at most this share of its
# words with the story's headline, and the paragraph under it repeats at least this share.
TEASER_TOPIC_SHARE = 0.2
TEASER_RESTATED = 0.5
TEASER_BLOCK_MIN = 2  # teasers in a block of other stories; one heading may be the story's own
LINK = r"(?:https?://|www\.)"  # how a web address opens
LINK_START = re.compile(LINK)  # a web address, lower-case but no word
SITE_ADDRESS = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?(?=\s|$)")  # `news.example.kz`
WRAP_WIDTH = 60  # hard-wrapped text breaks lines at 60-80 characters; a shorter line is whole
WRAP_MAX = 100  # a hard-wrapped page has no longer line, but at its top (a headline, a stamp)
WRAP_MIN_LINES = 3  # ... and several full-width lines
# A hard-wrapped page's first line may run past its width: a syndicator's prefix glued to
# it (`(MENAFN- Agency) CITY, May 2. The bank ...`) or a headline.
WRAP_SLACK = 5  # a wrapping tool breaks a little short of the page's longest line
VERSION_MIN_PARAGRAPHS = 2  # a story's version in another language has several paragraphs
CONTACT_LABEL_MAX_WORDS = 8  # a phone's or an office's label in a contact block is short
ALT_OPENING_WORDS = 3  # an image's alt text and its caption open with the same words
PROMPT_BROKEN_LINES = 2  # lines a prompt's links break it into after its first: `our` / `channel`
PROMPT_BLOCK_MAX_LINES = 8  # a sign-up box is a handful of lines, never a story
BLOCK_REASONS = ("prompt", "cookie", "advertisement")  # rules that take their whole short block

TERMINAL = re.compile(r"[.!?…][\"'”»’)\]]*$")
# a sentence ending inside a line, before the next one: a word of three letters or more (no
# initial, no `Mr.`), its stop, a capitalised word
# where one sentence ends and the next begins, maybe with a one-letter word (`И`, `В`, `A`)
INNER_SENTENCE_END = re.compile(r"[a-zа-яё]{3,}[.!?…][\"'”»’)]*\s+[A-ZА-ЯЁ](?:[a-zа-яё]|,?\s)")
# a wire's credit closing a paragraph after its full stop: `... in 2016. (Xinhua/NAN)`, `(IANS)`;
# one word each, as a photo's credit names its photographer: `(Xinhua/Xie Huanchi)`
WIRE_CREDIT = re.compile(r"[.!?…]\s*\([A-Z][\w.-]*(?:\s*[/,]\s*[A-Z][\w.-]*){0,2}\)$")
FULL_STOP = re.compile(r"[.…][\"'”»’)\]]*$")
ONE_STOP_END = re.compile(r"(?<![.…])\.[\"'”»’)\]]*$")  # a sentence's stop, no ellipsis
# a sentence closed by whose words it reports, in the past tense, its full stop lost (`..., the
# ministry said on May 4`): a headline reports in the present (`..., minister says`); a
# Russian lead names its source after a present-tense verb (`..., сообщает Kazinform`,
# `..., передает корреспондент агентства`), which a Russian headline does not
REPORTED_END = re.compile(
    r",\s+(?:(?:[^,]{1,80}\s)?(?:said|reported|stated|announced|noted|told [\w-]+|"
    r"сообщил[аио]?|заявил[аио]?|отметил[аио]?|сообщили в [^,]{1,60})"
    r"(?:\s+(?:on|in|at|last|this|earlier|today|yesterday)\b[^,]{0,40})?"
    r"|(?:сообщает|сообщают|переда[её]т|пишет)\s[^,]{1,60})$")
CLOSING_BRACKET = re.compile(r"\([^()]{3,80}\)$")  # what a line's last brackets hold
ABBREVIATION_END = re.compile(rf"(?<![\w.])(?:{alternation(CLOSING_ABBREVIATIONS)})\.$")
LIST_CLOSE = re.compile(r"[:;,]\s*$")  # an item of a list, or the line announcing one
ELLIPSIS_END = re.compile(r"(?:\.\.|…)[\"'”»’)\]]*$")  # a line a site cut short: `...`, `…`
SECTION_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+[^\W\d_]")  # `1. Opening remarks`, `(2) Trade`
BULLET = re.compile(rf"^(?:[{BULLET_MARKS}]|{ITEM_NUMBER}|[a-z][.)])\s+")
# a story's age in a feed, before its headline: `27 mins ago`, `2 часа назад`, `• 2 days`
AGE_OPENING = re.compile(
    rf"^(?P<bullet>[{BULLET_MARKS}]\s+)?\d{{1,2}}\s*(?:(?P<en>min(?:ute)?s?|h(?:ou)?rs?|hours?|"
    r"days?|weeks?|months?)|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь])\s+"
    r"(?P<ago>(?:ago|назад)\s+)?(?P<next>\w+)", re.I)
# words that go on a list's sentence after a span of time: `• 10 days of talks`
SPAN_FOLLOWERS = frozenset({
    "of", "after", "before", "later", "earlier", "in", "into", "to", "from", "and", "or", "at",
    "on", "for", "since", "until", "ahead", "per", "a", "an", "left", "long",
})
BOX_HEADING_MAX_WORDS = 4  # a fact box heading ("Key facts", "At a glance") is a few words
# a fact item's label: "Loan: ¥30.2 billion", "Fiscal year: 2024/25" (a label is a few words)
FACT_ITEM = re.compile(r"^[^\W\d_][^:.!?]{0,30}:\s+\S")
# lines a list may span: kept ones, or tail lines already judged boilerplate while walking it
OPEN_REASONS = (None, "boilerplate")
# a numbered document label: `PRESS RELEASE No. 147`, `Information message № 12`
NUMBERED_LABEL = re.compile(r"^(?:[^\W\d_]+\s+){1,3}(?:No\.?|Nr\.?|№|#)\s*\d[\d/-]*$", re.I)
RULE_LINE = re.compile(r"^[\W_]{3,}$")  # "-----", "* * *", "=====": a drawn separator
# The mark a wire or a press release closes its story with: `(END)`, `- END -`, `ENDS`, `-30-`,
# `###`; what follows it is the site's, not the story's
# The mark a wire closes its story with, in capitals or marked off (`End` alone is a word): `-
# END -`, `###`, `-30-`, `-0-`
WIRE_END = r"[-—–]30[-—–]|[-—–]{1,2}0[-—–]{1,2}|###"  # `-30-`, `—0—`, `--0--`
# A source credited before the lead it sent: `Agency: Uzbekistan and ...`, `Steppe News: ...`
SOURCE_PREFIX = re.compile(r"^(?:[A-ZА-ЯЁ][\w.&'’-]*\s){0,2}[A-ZА-ЯЁ][\w.&'’-]*:\s+(?=[A-ZА-ЯЁ])")
END_MARK = re.compile(r"^[\W_]*(?:END|ENDS|КОНЕЦ)[\W_]*$|^[\W_]+(?:[Ee]nd|[Кк]онец)[\W_]+$"
                      rf"|^\s*(?:{WIRE_END})\s*$")
# a wire's credit after the story's last sentence, behind a dash: `... was signed on Monday.
# —AFP`, `... at the plant. - APP`; what follows it is no longer the wire's story
DASH_CREDIT_END = re.compile(r"[.!?\"”»]\s*[—–-]\s?[A-Z]{2,6}$")
# the wire's end mark or its credits glued to the story's last paragraph: `... Agency
# reports.—0—`, `... at the time. (Reporting by A; Editing by B)`
GLUED_END = re.compile(rf"(?<=[.!?\"”»])\s*(?:{WIRE_END}|\((?:additional )?(?:reporting|writing|"
                       r"editing) by [^()]{1,200}\))\s*$", re.I)
# the label of a blog's links to the previous and next post
POST_NAVIGATION = r"post navigation|навигация (?:по )?записям"
# ... run into the story's last paragraph by a flattened page: `... on 4 March. Post navigation
# Next post's headline`
GLUED_POST_NAVIGATION = re.compile(rf"(?<=[.!?\"”»])\s+({POST_NAVIGATION})\s+(\S.*)$", re.I)
# what a page shows for an e-mail address its script hides from robots, in the sentence that
# gave the address: `... write to the office at This email address is being protected from
# spambots. You need JavaScript enabled to view it.` (Joomla's stand-in)
MAIL_CLOAK_WORDS = (r"this email address is being protected from spambots|(?:этот )?адрес "
                    r"электронной почты защищ[её]н от спам")
MAIL_CLOAK = re.compile(
    rf"(?:{MAIL_CLOAK_WORDS})[\w-]*\.(?:\s*[^.]{{0,60}}javascript[^.]{{0,40}}\.?)?", re.I)
# a photo credit naming its site, once or twice, before a capitalised word (see split_site_credit);
# it may call the picture illustrative (`Иллюстративное фото с сайта example.com`)
SITE_CREDIT = re.compile(rf"(?:(?:illustrative|иллюстративн\w*|архивн\w*)\s+)?"
                         rf"(?:{alternation(CAPTION_WORDS)})\s+(?:с сайта|from(?: the website)?)"
                         rf"\s+{WEB_ADDRESS_SHAPE}\s+", re.I)
SITE_CREDITS = re.compile(rf"(?:{SITE_CREDIT.pattern})+(?=(?-i:[A-ZА-ЯЁ]))", re.I)
# the credit of a picture glued to the end of a paragraph: `... 1,200 children. Фото: © А.
# Петрова/Агентство, архив |`, `... in May. Photo by A. Name`
GLUED_CREDIT = re.compile(r"(?<=[.!?\"”»])\s*(?:photo|фото)(?:\s*:|\s+by\b|\s*©)"
                          r"(?:\b[^\W\d_]\.|[^.!?|]){1,80}\|?\s*$", re.I)
HEADLINE_WORD = re.compile(r"[^\W\d_]{2,}")
QUESTION_END = re.compile(r"[^?!.]\?\s*$")  # a headline's one question mark, not `??` or `?!`
KEY_WORD = re.compile(r"[^\W\d_]{4,}")  # a word long enough to say what a story is about
KEY_STEM = 4  # letters that name a word whatever its ending (`Uzbekistan's`, `Узбекистана`)
# A headline-shaped line under the first one that shares at least this many of the lead's key
# words, and this many times as many as the first, is the headline.
LEAD_WORDS_MORE, LEAD_WORDS_TIMES = 3, 3
RESTATED_SHARE = 0.8  # of a long headline's words that the lead under it tells again
# a line holding a cut-off phrase is no headline: `HOME... LINKS: ...`
INNER_ELLIPSIS = re.compile(r"\.\.\.|…")
# the bars framing a table row turned into text: `| Headline |`, `| By A. Name | |`
TABLE_CELLS = re.compile(r"^[|\s]*\|\s*|\s*\|[|\s]*$")
# a label before a headline: `Title: Japan to fund ...`, `Заголовок: ...`, a reader's place in
# the site (`You're reading: ...`), or a board's cell without its colon (`Title Korea funds
# ...`), not a law's title (`Title IX of the act`)
TITLE_LABEL = re.compile(
    r"^(?:title|headline|заголовок|you(?:'|’| a)re (?:now )?reading|now reading)\s*:\s*"
    r"|^(?-i:Title\s+(?![IVXLC]+\b|\d)(?=[A-Z]))", re.I)
LABEL_PREFIX = re.compile(r"^(?P<label>[^|]{2,30}?)\s+\|\s+")
# a wire service's tag before its headline: `(LEAD) ...`, `(2nd LD) ...`, `(URGENT) ...`,
# `(UPDATE 2) ...`: capitals, or the count of a story's rewrites
LEAD_DATE_OPENER = re.compile(r"(?:on|в)?\s*", re.I)  # what a lead's opening date may follow
WIRE_TAG = re.compile(r"^\((?:[A-Z][A-Z0-9]+(?:\s+[A-Z0-9]+){0,2}|\d+(?:st|nd|rd|th)\s+LD)\)\s+")
# a listing's date or time of day before a headline: `14/02/11 - ...`, `10:56 Japan grants ...`
TITLE_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\s+[|–—-]\s+|[0-2]?\d:[0-5]\d\s+(?=\w)"
                        r"|[\[(]\d{1,4}[./-]\d{1,2}[./-]\d{2,4}[\])]\s+")  # also `[28.03.23] ...`
# the next line glued to a headline, its deck or a label: `... open a clinic in the valleyThe
# utility will ...`; a word opens in lower case there, unlike a name in camel case (`KazMunayGas`)
TITLE_GLUE = re.compile(r"\b[a-zа-яё]{3,}(?=[A-ZА-ЯЁ][a-zа-яё])")
TITLE_TRAIL = re.compile(r"\s[»›]\s")  # the steps of a breadcrumb trail run into a headline
# a site's name after a headline, behind a bar or a spaced dash; not after a comma (`Aid is a
# sign of support, - the ministry` names who is quoted, as Russian punctuation gives direct
# speech its speaker)
SITE_SUFFIX = re.compile(r"(?<!,)\s+[|–—-]\s+(?P<site>[^|–—-]{2,60})$")
PICTURE_COPIES = 3  # a line printed this often in one paragraph names a picture (alt, title)
DATELINE_LINES = 2  # the story's lines a dateline may open
SUFFIX_STEPS = 3  # a site's name, its section and its country's edition after a headline
# a site's address after a headline's full stop, or one its `www.` marks after a space: `...
# visit to Minsk. valley24.kg`, `... renovation project www.valley24.kg`
ADDRESS_SUFFIX = re.compile(rf"(?:\.\s+|\s+(?=www\.)){WEB_ADDRESS_SHAPE}/?$", re.I)
# ... unless it names the speaker the headline quotes, a state body or an office holder (`...
# delivered to Osh — Energy Ministry`, `... — Kremlin`, `... — МИД`): no site is so named
SPEAKER_SUFFIX = re.compile(
    r"\b(?:ministry|ministries|minister|government|kremlin|president|presidency|embassy|"
    r"spokes(?:man|woman|person)|official|officials|source|sources|мид|министерство|минобороны|"
    r"минфин|минэкономики|правительство|кремль|президент|посольство|источник)\b", re.I)
# a heading naming an organisation: `About the EBRD`, `About JICA`, `О компании`
ABOUT_HEADING = re.compile(r"^(?:about|о)\s+(?P<name>[^\s.!?:][^.!?:]{1,60})\s*:?$", re.I)
SITE_ITSELF = frozenset({"us", "нас"})  # `About us`, `О нас`: the site's own description
BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)$")  # `KOICA (Korea International Cooperation Agency)`
ABOUT_NAME_REACH = 80  # the heading's name may follow the full name: `The Asian ... Bank (AIIB) is`
# What an organisation says of itself: `The EBRD is a multilateral bank that promotes ...`, `JICA
# is the governmental agency that coordinates ...`: a name (maybe with its acronym), `is`, the
# kind of body, maybe a second epithet that says what it does (`the world's leading agency and a
# trusted partner working in 40 countries`), and what it does always (not `the utility that
# will run the plant`), maybe in a participle after a comma (`the largest fund, helping ...`).
SELF_DESCRIPTION = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w&.'’-]*\s+){0,7}?[A-Z][\w&.'’-]*(?:\s+\([A-Z]{2,}\))?\s+is\s+"
    rf"(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{alternation(CLASSIFIERS)}|institution)"
    r"(?:,\s+[a-z]+ing\b|\s+"
    r"(?:(?:that|which)\s+[a-z]+s\b|with\s+a\s+mission|(?:dedicated|committed)\s+to\b"
    r"|and\s+an?\s+(?:[\w-]+\s+){0,3}?[a-z]+\s+(?:(?:that|which)\s+[a-z]+s|[a-z]+ing)\b))")
ABOUT_AFTER_PARAGRAPHS = 2  # a self-description this far into a story no longer tells it
ABOUT_MAX_PARAGRAPHS = 3  # an organisation's block closes the page: few paragraphs follow it
# a paragraph stopped mid-word or mid-sentence, a word or two into its next sentence (`... in
# Tajikistan. П`), on the first letter of a name (`... a new clinic in the province of K`), or a
# quotation stopped before the words that say who spoke (`"... clean water for the valley,"`)
CUT_OFF = re.compile(
    r"[a-zа-яё](?:,[\"”»’]?)?$|[.!?]\s+[^\W\d_]{1,2}$|[a-zа-яё]\s[A-ZА-ЯЁ]$")
# a paragraph a site cut off: `... the Japan B...`, or closed by a blog's excerpt mark: `... to
# convert [...]` (WordPress writes `[…]`)
TRUNCATED = re.compile(r"\w\s?(?:\.\.\.|…)$|\s\[(?:…|\.\.\.)\]$")
EXCERPT_MARK = re.compile(r"\s\[(?:…|\.\.\.)\]$")  # a blog's excerpt cut off, its link to the rest
# a teaser closed by its link on the same line: `... the Japan B... Read more`, `... said. (more…)`,
# `... said. Read more »` (a link's own words after a full stop; `... said. More` is a word)
TITLED_LINK = r"(?i:continue reading|читать далее)\s+(?-i:[A-ZА-ЯЁ«\"“])"  # + the headline
CUT_THEN_LINK = re.compile(
    r"(?:[\w,;:)](?:\.\.\.|…)\s+(\S[^.…]{0,30})|[.!?]\s+(\(\w+(?:…|\.\.\.)\)"
    r"|(?i:read more|continue reading|click here to read(?: more)?|подробнее|читать далее)"
    r"(?:\s*[»›→>]+|\.\.\.|…|:)?)"
    # a blog's embedded excerpt: its link names the story (`... and … Continue reading Title`)
    rf"|\w\s?(?:\.\.\.|…)\s+({TITLED_LINK}[^…]{{0,200}}))$")
LISTING_MIN_TEASERS = 2  # headline + paragraph units cut off by the site: a listing of teasers
LISTING_MIN_UNITS = 4  # headline + lead units that make a news list by their headlines alone
LISTING_HEADLINE_WORDS = 7  # words of such a unit's head: a headline, no story's subheading
# The header of a page that lists the stories under a tag: `Tag Archives: Japan`, `Latest news
# - #roads`, `Новости по тегу: Япония`, the tag with its count of stories (`Japan | 844
# Articles`); every headline under it starts one
TAG_PAGE = re.compile(r"^(?:tag(?:ged|\s+archives?)?|posts\s+tagged|(?:новости|материалы)\s+по"
                      r"\s+тегу)\s*[:\-–—]|^[^#\n]{0,40}\s[-–—:]\s*#\w"
                      r"|^[^|\n]{1,40}\|\s*\d[\d\s,.]*\s(?:articles|posts|stories|материал\w*|"
                      r"стат(?:ья|ьи|ей)|публикаци\w+)$", re.IGNORECASE)
# A page of headless paragraphs that each tell another story (a digest of leads): at least this
# many, none sharing more key words (see _key_words) with all the paragraphs above it
UNRELATED_MIN_LEADS = 3
UNRELATED_SHARED = 2
# A digest of headless paragraphs, each dating its own news (`On April 15, the president ...`,
# `From August 2-4, the programme held ...`): at least this many paragraphs, dating this many
# different days; a story's paragraphs tell of one happening's day or two
DIGEST_MIN_PARAGRAPHS = 5
DIGEST_MIN_DAYS = 3
DATED_ITEMS_MIN = 3  # paragraphs each under its own date line: a list of dated items
DATED_POSTS_MIN = 2  # headlines each under its own date line over its text: a blog's posts
POST_TITLE_MAX = 160  # characters: a post's headline, not a paragraph
DECK_LENGTHS = 2  # a card's deck runs at least twice as many words as its headline
SECTION_LABEL_WORDS = 3  # a section label over an item's date line: `General Food Distribution`
# Words that link a sentence to the one before it: no caption or headline opens with them
LINKING_WORDS = (r"however|meanwhile|moreover|besides|in addition|on the other hand|furthermore|"
                 r"at the same time|кроме того|при этом|однако|вместе с тем")
LINKING_OPENER = rf"(?i:(?:{LINKING_WORDS})\b)"
# A paragraph that goes on with the one above it: a pronoun, a linking word, a quote, or `the`
# before a common noun (`The ministry said ...`, `The machinery will ...`) opens it
FOLLOW_ON = re.compile(
    r"^(?:[\"“«„]|(?i:he|she|it|they|this|these|its|his|her|their|also|он|она|они|это|этот|эти|"
    rf"его|ее|её|их|также)\b|{LINKING_OPENER}|The [a-z])")
DIGEST_FOLLOW_ONS = 4  # a digest's items rarely go on from the one above: one in this many
# A dateline with no date, crediting its source: `ASHGABAT - Steppe News Agency`, never a title;
# a capital's name may be written in lower case, before its source or after it (`Astana - Agency`,
# `Agency, Astana :`)
_CAPITAL = rf"(?i:{alternation(CAPITALS)})"
_SOURCE_WORDS = r"(?:[A-ZА-ЯЁ][\w.'’&-]*\s?){1,4}"
CREDIT_DATELINES = (
    re.compile(rf"^(?:[A-ZА-ЯЁ]{{3,}}(?:[ ,-]+[A-ZА-ЯЁ]{{3,}}){{0,2}}|{_CAPITAL})\s*(?:--|[-–—])\s+"
               rf"(?P<names>{_SOURCE_WORDS})$"),  # (a space after the dash: no photo's slug)
    re.compile(rf"^(?P<names>{_SOURCE_WORDS}),\s*{_CAPITAL}\s*:?$"),
    # the source in brackets after the capital, a wire's way: `Abu Dhabi (Agency)`, `ASTANA
    # (Steppe Wire) -`
    re.compile(rf"^{_CAPITAL}\s*\((?P<names>{_SOURCE_WORDS})\)\s*(?:--|[-–—])?$"),
)

# a paragraph opening with its place and a dash: a place in capitals (`KUWAIT-- A loan`,
# `DUSHANBE (TCA) — The bank`) or one name with the dash against it (`Bishkek– On August 28`)
PLACE_DATELINE = re.compile(
    r"^(?:[A-ZА-ЯЁ]{2,}(?:[ -][A-ZА-ЯЁ]{2,}){0,2}(?:,\s*[A-ZА-ЯЁ][\w'’.]+)?"
    r"(?:\s*\([^)]{1,30}\))?\s*(?:--|[–—]|-\s)"
    r"|[A-ZА-ЯЁ][a-zа-яё]+(?:\s*\([^)]{1,30}\))?(?:--|[–—]))\s*\S")

# ---------------------------------------------------------------- line rules
NUM = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
ARROW = r"[▲▼△▽↑↓⬆⬇]"
CHANGE = rf"(?:{ARROW}\s*(?:{NUM})?\s*%?|[+\-−]?\s*(?:{NUM})\s*%|[+\-−]\s*(?:{NUM})|[—–])"
QUOTE = (
    rf"(?:[A-Z]{{3}}/[A-Z]{{3}}\s*=?\s*(?:{NUM})(?:\s*{CHANGE})?"
    rf"|[A-Z]{{2,5}}\s*=?\s*(?:{NUM})\s*(?:{ARROW}\s*(?:{NUM})?\s*%?|[—–]))"
)
TICKER = re.compile(rf"^(?:{QUOTE})(?:\s*[|·•,;/]?\s*(?:{QUOTE}))*$")
RATES_HEADER = re.compile(rf"^\s*(?:{alternation(RATES_LABELS)})\b(?!\s+(?:of|for)\s+\D)",
                          re.IGNORECASE)
# a rates-and-weather strip: `Bishkek +4°C   USD 87.45   EUR 91.80   RUB 0.98`
BOARD_TOKEN = re.compile(r"[|·•,;:]+")
CODE_TOKEN = re.compile(r"[A-Z]{3}(?:/[A-Z]{3})?")  # a currency or index code
NUMBER_TOKEN = re.compile(r"[▲▼△▽↑↓+\-−]?\d+(?:[.,]\d+)*%?|[▲▼△▽↑↓—–]")
TEMPERATURE = re.compile(r"[+\-−]?\d+(?:[.,]\d+)?°[CFС]?|°[CFС]")  # С: Cyrillic
# a cell of a price strip: a commodity, its price after a currency sign, maybe its unit and change
# (`Gold $ 1,950.20 oz`, `Brent $82.4 ▲0.6%`); a strip shows several, parted by bars
PRICE_CELL = re.compile(rf"[^\W\d][\w .&-]{{0,30}}?[$€£¥₽]\s*\d+(?:[.,]\d+)*(?:\s*[a-z]{{1,3}})?"
                        rf"(?:\s*{CHANGE})?")
WEATHER = re.compile(r"^[+\-−]?\d{1,2}(?:[.,]\d)?\s*°?\s*[CFС]$")  # a top bar's `6.7 C`, `-3°С`
# a weather widget's reading, its label then its value: `Humidity 40 %`, `Wind Gust: 0 mph`,
# `temperature icon 21°C`, `Давление 712 мм рт. ст.`, `давление: 740 мм.рт.ст.`
WEATHER_READING = re.compile(
    r"^(?:temperature(?: icon)?|humidity|pressure|wind(?: gust| speed)?|visibility|feels like|"
    r"температура|влажность|давление|ветер)\s*:?\s*[+\-−]?\d+(?:[.,]\d+)?\s*"
    r"(?:%|°\s*[CFС]?|mb|hpa|mmhg|mph|km/h|m/s|мм\.?\s?рт\.\s?ст\.|м/с|км/ч)$", re.I)
TOP_BAR_REACH = 2  # the top bar's date follows its temperature, maybe after the city
BOARD_MIN_ITEMS = 2  # two quotes, or a quote and a temperature: one alone may be a heading
TAIL_MIN_HEADLINES = 3  # other stories' headlines listed under a story, without a header
TAIL_HEADLINE_MAX_WORDS = 25  # longer is a paragraph, maybe one the scrape cut off
STRIP_MIN_STAMPS = 2  # dated and timed stamps in a line of other stories; a sentence has one
BOARD_SHARE = 0.7  # most words of a board are codes, numbers and degrees; a city name may lead

PAGE_WORDS = alternation(PAGER_WORDS)
PAGINATION = (
    re.compile(r"^(?:viewing|showing|displaying)\s+(?:results|items|entries|articles|news|\d)"
               r".*\bof\s+\d", re.I),
    re.compile(r"^(?:page|страница)\s+\d+\s+(?:of|из|/)\s+\d+$", re.I),
    re.compile(r"^(?:load|show|view)\s+more(?:\s+(?:news|articles|stories))?$", re.I),
)
PAGER = re.compile(rf"^(?:[«»‹›<>←→…|.\s\d–-]|\b(?:{PAGE_WORDS})\b)+$", re.I)
NUMBER = re.compile(r"\d+")
PAGER_MIN_NUMBERS = 3  # "1 2 3" is a pager; "2019–2020" alone is a heading
PAGER_WORD = re.compile(rf"\b(?:{PAGE_WORDS})\b|[«»‹›←→]", re.I)

SHARE = re.compile(
    r"^(?:share|поделиться)(?:\s+(?:this|the)\s+(?:article|story|post|page|news))?"
    r"(?:\s+with\s+(?:others|(?:your )?friends)[.!]?)?"  # `Share this post with others.`
    # the networks after `on` may be icons the scrape dropped: `Share this story with friends on`
    r"(?:\s+(?:on|via|to|in)(?:\s+\S+(?:\s+\S+)?)?)?\s*(?::.*|\s[-–—|]\s*\S+(?:\s+\S+)?)?$"
    r"|^(?:(?:did you )?(?:like|enjoy(?:ed)?|liked) this (?:story|article|post)\?)"
    # `Email this article to a friend`, `IM this story to a friend!`, `Tell a friend`
    r"|^(?:(?:e-?mail|im|send|forward)(?:\s+this\s+(?:article|story|page|post))?\s+to|tell)"
    r"\s+a\s+friend\s*[!.]?$", re.I)
# a bar of links to a site's social accounts: `Facebook Twitter Telegram`, names glued to icon
# labels (`Facebook Site iconInstagram Site icon`)
SOCIAL_NETWORK = re.compile(r"facebook|instagram|twitter|telegram|tiktok|youtube|whatsapp|"
                            r"linkedin|vkontakte|odnoklassniki|pinterest|viber|wechat|weibo|"
                            r"(?-i:\bVK\b|\bOK\b)|"  # the buttons of VKontakte, Odnoklassniki
                            r"вконтакте|"
                            r"одноклассники", re.I)
SOCIAL_BAR_MIN = 3
SHARE_BAR_EXTRAS = 2  # a share bar's buttons besides the networks: `Email`, `Print`
# `Самые читаемые статьи за неделю`, `ТОП популярных статей за последний месяц`, `Топ-5 новостей`
RU_MOST_READ = r"(?:самые |самых )?(?:популярн|читаем|обсуждаем)\w+"
RU_STORIES = (r"(?:стат|новост|материал|публикаци)\w*"
              r"(?: за (?:последн\w+ )?(?:сутки|день|неделю|месяц|год))?")
# Headers of a section of other stories under the story (`Related news`, `Most read`); the links
# a story makes inside its text (`Read also: ...`) lead no such section.
RELATED_SECTION = (
    r"(?:related|associated)(?:\s+(?:news|articles|stories|links|posts|content|materials|topics|"
    r"reading))?|"
    r"more on (?:this|the) topic|more (?:news|stories|articles|videos|photos)"
    r"(?: to (?:explore|read))?|all (?:news|stories)|other news|explore more|"
    r"latest news|recent (?:posts|news|articles|stories)|top stories|"
    r"(?:the )?most (?:read|popular|viewed|commented)"
    r"(?: (?:news|articles|stories|posts))?|recommended(?: for you)?|check also|"
    r"more from this (?:section|category|author)|"
    rf"posts navigation|{POST_NAVIGATION}|навигация записей|"  # prev / next post
    r"you (?:may|might) also (?:like|enjoy|be interested in)|"
    r"what (?:people|others|readers) are reading|people also read|"
    r"что (?:люди |ещё |еще )?читают\??|самое (?:читаемое|популярное|обсуждаемое)|"
    rf"топ(?:-?\d+)? (?:{RU_MOST_READ} )?{RU_STORIES}|{RU_MOST_READ} {RU_STORIES}|"
    r"другие новости|все новости|больше новостей|последние новости|свежие (?:записи|новости)|"
    r"похожие (?:новости|материалы|статьи|записи|публикации)|популярное|"
    r"вам (?:также )?может (?:также )?понравиться|вас (?:также )?может заинтересовать"
)
RELATED = re.compile(
    rf"^(?:{RELATED_SECTION}|see also|read also|also read|читайте также|смотрите также|по теме)"
    r"\s*(?::.*|\.\.\.|…)?$"
    # a link to another story: `READ MORE: Turkic states make ...`, `Read: Minister pushes ...`
    r"|^read(?: more)?:\s+\S.*$"
    # ... or its headline right after the label, no colon, maybe glued to it: `Also readIn
    # Osh, ...`, `ТАКЖЕ ЧИТАЙТЕ Корея откроет ...`
    r"|^(?:see also|read also|also read|читайте также|также читайте|смотрите также)\s*"
    r"(?-i:[A-ZА-ЯЁ«\"“]).*$", re.I)
SECTION_OF_OTHERS = re.compile(rf"^(?:{RELATED_SECTION})\s*(?::|\.\.\.|…)?$", re.I)
READ_MORE = re.compile(  # also in brackets, as a blog closes its excerpts: `(more…)`, or
    # with the story's headline, as a blog's embedded excerpt closes: `Continue reading Title`
    r"^\(?(?:read more|read full (?:story|article|text)|continue reading|full story|more|"
    r"click here to read(?: more)?|"
    r"(?:more )?details|подробности|"
    r"(?:learn|find out) more|подробнее|читать далее|читать полностью|"
    r"узна(?:йте|ть) больше(?: в полной версии)?)\s*[.…»›→>➞➜:]*\)?$"
    rf"|^{TITLED_LINK}.{{1,200}}$", re.I)
# an advertisement's label, perhaps set off by dashes (`- Advertisement -`), with the picture
# class a popular news theme leaves glued to it (`- Advertisement -spot_img`)
ADVERT = re.compile(
    r"^(?:[-–—]+\s*(?=\w.*[-–—]))?"
    r"(?:advertisement|advertising|advertorial|sponsored(?: content| post)?|ad|advt\.?|"
    r"promo(?:tion)?|"
    r"promoted|paid (?:content|post|partnership)|partner (?:content|material)|реклама|"
    r"на правах рекламы|партн[её]рский материал|спецпроект|"
    # the mark where an advertisement breaks the story: `Article continues below`
    r"(?:article|story|text|content) continues (?:below|after (?:the )?(?:ad|advertisement))"
    r"(?: (?:the )?(?:ad|advertisement))?)\s*(?::|\s[-–—]+(?:spot_img)?)?$", re.I)
# an affiliate's disclosure, as the shop requires it on every page: `As an Amazon Associate I
# earn from qualifying purchases.`, `This post contains affiliate links.`
AFFILIATE = re.compile(r"\bas an? \w+ associate,? (?:i|we) earn\b|\b(?:contains|may contain|uses) "
                       r"affiliate links\b|\bwe (?:may )?earn (?:a )?(?:small )?commission\b", re.I)
# a notice to readers who block the site's ads: `You are using software which is blocking our
# advertisements (adblocker).`, `Please disable your ad blocker`
ADBLOCK = re.compile(
    r"\bad[- ]?block(?:er|ing)?s?\b|\bblocking (?:our |the )?(?:ads|advert(?:s|isements?))\b", re.I)
# a print or accessibility toolbar: `Print version | A A+ A++ | Version for the visually impaired`,
# or the page's buttons
TOOLBAR = re.compile(
    r"\b(?:print(?:able)? version|print this (?:page|article)|(?:version )?for the visually "
    r"impaired|text size|font size|версия для (?:печати|слабовидящих)|для слабовидящих|"
    r"размер шрифта)\b|(?:^|\s)A-?\s+A\+\s+A\+\+(?:\s|$)"
    r"|^[^\w]*\d+\s*(?:px|pt)[^\w]*$"  # a text-size widget: `+ ↺ − 16 px`
    # the page's buttons alone, two or more: `Save  Print  E-mail`, `Print | Email`
    r"|^\W*(?:(?:save|print|e-?mail|bookmark|pdf)\b\W*){2,}$", re.I)
# `![alt](src)`, a scrape's image, or an image's bare file name (`photo-meeting.jpg  Text`)
# An HTML tag that formats text, with no content of its own: `<p>`, `</strong>`, `<br/>`,
# `<span class="lead">`; a link's or an image's tag (`<a onclick=...>`, `<img ...>`) is markup.
TEXT_TAG = re.compile(r"</?(?:p|b|i|u|em|strong|span|div|br|h[1-6]|blockquote|li|ul|ol|font|"
                      r"sup|sub|small)(?:\s+[\w:-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]*))*"
                      r"\s*/?>", re.I)
# Two sentences the scrape glued, the space after the full stop lost (`... paid in
# euros.Another grant ...`): a lower-case word closed, a capitalised word or an acronym opened
# (`... республики.США через ...`). Not a name with a dot (`Yandex.Money`), an abbreviation
# (`Mr.Smith`, `e.g.The`) or a domain (`Kun.uz`).
GLUED_SENTENCE = re.compile(
    r"(?<![\w.])([a-zа-яё]{3,}[.!?])(?=[A-ZА-ЯЁ](?:[a-zа-яё]{2}|[A-ZА-ЯЁ]{1,5}\b))")
IMAGE_MARKUP = re.compile(r"(?:!\[[^\]]*\]\([^)]*\)\s*)+"
                          r"|(?i:[\w.-]{1,80}\.(?:jpe?g|png|gif|webp))\s+"
                          # an embedded post's address run into the text after it: `https://x.com/
                          # agency/status/1671447670The agreement was signed ...`
                          r"|https?://\S*?\d(?=[A-Z][a-z]+\s)")
# an embedded social media post, closed by its author's handle and date: `Signing today #Qatar
# pic.twitter.com/fiOB2e — Amiri Diwan (@AmiriDiwan) June 7, 2023`
EMBEDDED_POST = re.compile(r"[—–-]\s*[^—–()]{0,80}\(@\w{2,}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$")
# a hashtag strip (`Trending: #Uzbekistan #gold_price`) or a line of #tags closing a post
HASHTAG = re.compile(r"(?<![\w&])#[^\W_][\w-]*")
HASHTAG_MIN = 2  # one #tag may sit in a sentence; a strip has several
TRENDING = re.compile(r"^(?:trending|hot topics|popular tags|trending topics|в тренде|"
                      r"популярные т[еэ]ги)\s*:", re.I)
# messenger and social furniture: chat or channel links, pinned and forwarded post headers
HANDLE = re.compile(r"(?<![\w.])@[A-Za-z_]\w{2,}")
HANDLE_LINE_MAX_WORDS = 8  # `Discussion chat: @kg_econ_chat`; a sentence citing @x is longer
CHANNEL = re.compile(
    r"^(?:(?:discussion|comments|our) chat|join (?:our |the )?(?:channel|chat|group)|"
    r"(?:join|subscribe to|follow) (?:us|our \w+ channel)|pinned(?: message| post)?|"
    r"forwarded from\b.{1,60}|обсуждение|чат|закреплённое сообщение|закрепленное сообщение|"
    r"переслано из\b.{1,60})\s*:?(?:\s*@\w+)?$", re.I)
# a link to the story beside it on the site, which may follow in full or as a teaser
NEIGHBOUR_LINK = re.compile(r"^(?:next|previous|prev) (?:news|article|story|post)\s*[»›→>]*$",
                            re.I)
# A link to the story at its source, closing an aggregator's excerpt of it: `Read more at
# example.com`, `Читать на example.com`
READ_AT = re.compile(r"^(?:read (?:more |the full story |the full article )?(?:from|at|on)|"
                     r"подробнее (?:читайте )?(?:на|в)|читайте (?:на|в)|читать (?:на|в))\b", re.I)
NAVIGATION = (
    READ_AT,
    NEIGHBOUR_LINK,
    re.compile(r"^(?:back to|return to|go to|вернуться к|назад к)\b.{0,60}$", re.I),
    re.compile(r"^(?:page top|back to top|to top|top of page|наверх)\s*[↑^]?$", re.I),
    # a player that reads the story aloud: `Listen to this article`, `Click to listen to the
    # text! Powered by ...`, `Слушать новость`
    re.compile(r"^(?:click to )?listen(?: to)?(?: [^\W\d]+){0,2}? (?:article|story|news|post|text)"
               r"\b[^.?]{0,60}$|^audio version(?: of (?:this|the) "
               r"(?:article|story))?$|^(?:слушать|прослушать|озвучить) (?:новость|статью|текст)"
               r"\b[^.?]{0,40}$", re.I),
    # a few words closed by a link's arrows, as no headline or sentence is: `Скачать на
    # русском>>>`, `Download the report »»`
    re.compile(r"^[^.!?<>«»]{1,60}?\s*(?:>{2,}|»{2,}|[→➞➜])$"),
    # an author's page: `Browse all articles from <Name>`, `See more stories by <Name>`
    re.compile(r"^(?:browse|see|view|read) (?:all|more) (?:articles|stories|posts|news) "
               r"(?:by|from)\b.{0,60}$", re.I),
    re.compile(r"^(?:search|поиск|menu|меню)$", re.I),
    # the label of a breadcrumb trail, its steps lost or on the next lines: `You are here:`
    re.compile(r"^(?:you are here|вы здесь|вы находитесь здесь)\s*:?$", re.I),
    # a search box's prompt: `Hi, what are you looking for?`, `Type to search`, `Что вы ищете?`
    re.compile(r"^(?:hi,?\s+)?(?:what are you looking for|type (?:here )?to search|search for|"
               r"enter (?:a |your )?(?:keyword|search term)s?|что вы ищете|введите запрос)"
               r"\s*[?:.…]*$", re.I),
    # a language switcher: `Language: English | Russian`, `Other available languages: none`
    re.compile(r"^(?:other\s+)?(?:available\s+)?(?:languages?|язык|языки)\s*:\s*"
               r"(?:[\w()]+\s*(?:[|,/·]\s*|$)){1,8}$", re.I),
    # accessibility links: `Skip to main content`, `Skip Global Navigation to Main Content`
    re.compile(r"^(?:skip|jump)\b[\w ]{0,40}\b(?:content|navigation|menu|footer|search|sidebar)$",
               re.I),
    # a government site's banner: `An official website of the European Union`, `This isn't an
    # official website of ...`, `Here's how you know`
    re.compile(r"^(?:an|this (?:is(?:n[’']t| not)?|site is(?: not)?) an?)\s+official\s+"
               r"(?:web\s?site|site) of\b[^.!?]{0,60}\.?$|^here[’']s how you know$", re.I),
    # the banner's explanation of the site's domain and lock: `Official websites use .gov`, `A
    # .mil website belongs to an official ... organization`, `A lock ( ) or https:// means ...`
    re.compile(r"^(?:official websites use \.\w+|secure \.\w+ websites use https|"
               r"an? \.\w+ website belongs to an official\b.*|an? lock\b.{0,30}\bhttps://.*)$",
               re.I),
)
# the buttons a CMS prints after an article's headline, run into it on one line: `Title PDF
# Print E-mail`, `Заголовок Версия в формате PDF Версия для печати Отправить на e-mail`
_BUTTON = (r"(?:PDF|Print|E-?mail|Email|Версия в формате PDF|Версия для печати|Печать|"
           r"Отправить (?:на|по) e-?mail)")
GLUED_BUTTONS = re.compile(rf"\s+{_BUTTON}(?:\s+{_BUTTON})+\s*$")  # as printed: capitalised
# a site's main menu in one line, opening with its link home: `Home News Politics Economy
# Opinion`, `Главная Новости Статьи Публикации История водного хозяйства`
HOME_MENU = re.compile(r"^(?:Home|Главная(?: страница)?)(?:\s+[^\W\d_][\w&'’-]*){3,}$")
HOME_MENU_CAPITALS = 0.5  # of its words at least; a sentence or headline is mostly lower case
# the articles and prepositions a headline's phrases hold and a menu's names of sections do not
# (`Наука и Хайтек`, `Oil & Gas` join two)
PHRASE_LINKS = re.compile(r"\s(?:a|an|the|in|of|on|for|to|at|with|by|from|в|во|на|с|по|для|из|о|"
                          r"к|у|за)\s")
_STEP = r"\s+(?:>>|[>»›/→])\s+"
TRAIL_STEP = re.compile(_STEP)
# `Home > News > Business`; after two steps the last may be a headline: `Home » News » A: B`
BREADCRUMB = re.compile(rf"^[^.!?:>»›/→]{{1,40}}(?:{_STEP}[^.!?:>»›/→]{{1,60}}){{1,6}}$"
                        rf"|^[^.!?:>»›/→]{{1,40}}(?:{_STEP}[^.!?:>»›/→]{{1,60}}){{1,5}}"
                        rf"{_STEP}[^>»›/→]{{1,100}}$")
PIPE_MENU = re.compile(r"^[^|·•]{1,40}(?:\s+[|·•]\s+[^|·•]{1,40}){1,12}$")
# a paywall prompt: the story goes on behind it, so the paragraph above it is the story's own
PAYWALL = re.compile(
    r"\b(?:to continue reading|continue reading (?:with|for)|subscribe to (?:continue|read)|"
    r"(?:available|only|exclusively) (?:to|for) (?:subscribers|members)|for subscribers only|"
    r"(?:subscribers|members) only|(?:article|story|content) is for (?:subscribers|members)|"
    r"to read the (?:full|rest of the|whole) (?:article|story|text)|"
    r"^this is (?:only )?(?:an excerpt|a preview)\b|"
    r"(?:продолжени\w+|полн\w+ (?:верси\w+|текст\w*)) .{0,40}подписчик|"
    r"только для подписчиков|доступ\w* (?:только )?подписчикам|чтобы (?:продолжить|прочитать))",
    re.I)
# a site's readers who have an account: `registered users`, `авторизованные пользователи`
SIGNED_UP = (r"(?:registered|authori[sz]ed|logged[- ]in|signed[- ]in|зарегистрированн|авторизованн)"
             r"\w*\s*(?:\([^()]*\)\s*)?(?:users?|members?|readers?|visitors?|пользовател|"
             r"читател|посетител)")
# The opening of a comment form: `Leave a comment`, `Add your comments...`, `No comments yet`,
# `You have 2000 characters left`, `Log in to post a comment`; what follows it on a page is
# comments and their rules, not the story.
COMMENT_FORM = re.compile(
    r"^(?:leave|add|post|write) (?:a|your) (?:comments?|reply|response)\b|"
    r"^be the first to comment\b|^no comments(?: yet)?\.?$|"
    r"^your e-?mail(?: address)? will not be published\b|\b(?:logged|log|sign(?:ed)?) in to "
    r"(?:post a |leave a )?(?:comment|reply)|\b(?:characters?|symbols?) (?:left|remaining)\b"
    r"|^(?:post|submit|send|add) (?:a |your )?comment\b"
    # what a comment system tells the reader it lets them do: `With your plan you can comment
    # on stories.`, `... before writing your first comment, create a display name`
    r"|\byou can (?:now )?(?:comment on|post comments? (?:on|under)) (?:this |these |our )?"
    r"(?:stor(?:y|ies)|articles?|posts?|news)\b|\bbefore (?:writing|posting|leaving) your "
    r"first comment\b"
    r"|^by submitting (?:this|the|your) (?:form|comment)\b"
    r"|^(?:добав\w+|остав\w+|напи\w+) (?:свой |ваш )?(?:комментари|отзыв)\w*"
    r"|^comment(?:ing|s)? (?:is|are) not (?:available|allowed|possible)\b"
    r"|^comments (?:are|have been) (?:now )?(?:closed|disabled|turned off)"
    r"(?: for this (?:article|story|post))?\.?$|^(?:комментари\w+|комментирование) (?:закрыт|"
    r"отключен)\w*\.?$"
    # the notice of a blog engine's spam filter under its form: `... Learn how your comment
    # data is processed.`, `Узнайте, как обрабатываются ваши данные комментариев.`
    r"|\byour comment data\b|\bданные (?:ваших )?комментариев\b"
    # the comments' header and counter, and the site's rules for them: `Comments`, `Total
    # comments : 0`, `Comments that contain slander will not be published.`
    r"|^(?:comments|комментарии)\s*:?$|^total comments?\s*:\s*\d"
    # a comment plugin's header and its form's fields: `Facebook Comments`, `New comment`,
    # `Captcha`, `Комментарии ВКонтакте`
    r"|^(?:(?:facebook|disqus|vk|вконтакте)\s+)?(?:new\s+)?comments?(?:\s+(?:via\s+)?"
    r"(?:facebook|disqus|vk))?$|^(?:captcha|капча)\s*:?$|^комментарии\s+(?:вконтакте|facebook)$"
    # a comment's reply button standing on its line: `Reply`, `Ответить`
    r"|^(?:reply|ответить)$"
    r"|^(?:your )?comments? (?:sent by you|you send|that|which|containing|not|with)\b"
    r"[^.!?]{0,80}\bwill (?:not )?be (?:published|posted|moderated|removed|deleted)\b"
    r"|^комментари\w*\b[^.!?]{0,80}\bне (?:публику|будут опубликован)\w*"
    # who alone may comment: `Only registered users can leave comments.`, `Комментарии могут
    # оставлять только зарегистрированные пользователи.`
    r"|^(?=[^.!?]{0,100}(?:comment|комментари))[^.!?]{0,80}\b(?:only|только)\b[^.!?]{0,20}"
    rf"{SIGNED_UP}", re.I)
# the messengers and networks where a site offers its channel
CHANNELS = (r"(?:telegram|телеграм|instagram|facebook|youtube|whatsapp|tiktok|twitter|vk|вконтакте|"
            r"дзен)")
# a plea for the reader's money or support: `Support independent journalism!`, `Donate now`,
# `Support The Valley Times!`, `Support us`, `... we have a small favour to ask`, `Your support
# can help us`, `We need your help`, `Поддержите независимую журналистику`; and the salutation
# that opens one as a letter (SALUTATION)
SALUTATION = re.compile(r"^(?:dear (?:readers|friends)|(?:уважаемые|дорогие) читатели)\s*[,!]?$|"
                        r"^a message from (?:the )?(?-i:[A-Z][\w.]*)(?: (?-i:[A-Z][\w.]*)){0,3}:$",
                        re.I)
PLEA = re.compile(
    r"^(?:please |now is the time to |help us )?support (?:independent|our|quality|free)"
    r"\b[^.]{0,20}\b(?:journalism|reporting|media|newsroom)\b[^.]{0,30}[.!]?$"
    r"|^(?:donate|contribute|make a (?:donation|contribution))(?: now| today)?\s*!?$"
    r"|^support (?:the )?(?-i:[A-Z][\w.]*)(?: (?-i:[A-Z][\w.]*)){1,3}!$|^support us\s*[.!]?$"
    r"|\bsmall favou?r to ask\b|\bwe need your (?:help|support)\b|\byour support (?:can|will)\b"
    r"|^(?:enjoying|enjoyed|like|liked) (?:this|our|ad-free) (?:content|article|story|journalism)"
    r"\s*\?$|^поддержите (?:нас\b|(?:независим\w+|нашу) (?:журналистик\w+|редакци\w+|сми))"
    rf"|{SALUTATION.pattern}", re.I)
PROMPTS = (
    re.compile(r"^(?:subscribe|sign up|sign in|log ?in|register|create (?:a free |an )?account|"
               r"join us|join our|follow us|subscribe to|подпишитесь|подписывайтесь|подписаться$|"
               r"войти|зарегистрируйтесь|присоединяйтесь к нам|(?:и )?будьте в курсе|"
               r"be the first to know|узнавайте (?:[\w-]+ ){0,3}первыми)\b", re.I),
    # a sign-up form's consent: `I understand and agree that registration on this site
    # constitutes agreement to its user agreement and privacy policy`
    re.compile(r"^\W*i (?:understand and )?(?:agree|accept|consent)\b.{0,120}\b(?:privacy policy|"
               r"terms of (?:use|service)|user agreement)\b", re.I),
    # `Not yet a subscriber? Join us`, `Already a member? Log in`; not `Kyrgyzstan, already a
    # member of the EAEU, ...` (a question, or the line's start)
    re.compile(r"^(?:already|not yet|not)\s+(?:a\s+)?(?:member|subscriber)\b|"
               r"\b(?:already|not yet)\s+(?:a\s+)?(?:member|subscriber)\s*\?|"
               r"\b(?:you |^)already have an? account\b|\bplease (?:log|sign) ?in\b", re.I),
    # a label of paywalled content: `Exclusive subscriber content…`, `Subscriber-only article`
    re.compile(r"^(?:exclusive|premium)?\s*(?:subscriber|member)s?(?:[- ]only|[- ]exclusive)?\s+"
               r"(?:content|article|story)\b", re.I),
    re.compile(r"^follow\s+\S+(?:\s+\S+)?\s+on\b", re.I),  # "Follow Kazinform on Telegram"
    # a body's long name: `Follow the Bureau of Asian Affairs on Facebook and Twitter.`
    re.compile(rf"^follow\s+[^.!?]{{1,60}}?\s+on\s+{CHANNELS}(?:\s*(?:,|and|&|or)\s*{CHANNELS})*"
               r"\s*[.!]?$", re.I),
    # what to click or tap, and a redirect's countdown: `Click here to subscribe`, `click
    # 'Proceed' to go on`, `Tap the button below`, `Continue in 12 seconds`
    re.compile(r"\b(?:click|tap|press)\s+(?:on\s+)?(?:here|this link|the (?:\w+ ){0,2}button|"
               r"['‘\"“][^'’\"”]{1,30}['’\"”])|^(?:continue|redirecting|you will be redirected)\b"
               r".{0,30}\bin \d+ seconds?\b", re.I),
    # a picture's own prompt: `Click to enlarge`, `(Click image to view full size)`
    re.compile(r"^\W*(?:click|tap)(?: on)?(?: (?:the|this))?(?: (?:image|photo|picture))? to "
               r"(?:enlarge|zoom(?: in)?|view (?:larger|(?:in )?full[- ]size))\W*$|^\W*нажмите,? "
               r"чтобы увеличить\W*$", re.I),
    COMMENT_FORM,
    # a contact form's prompt, addressing the reader: `Please fill out the form below`, `you
    # can contact us by filling out the following form`
    re.compile(r"^(?:please\s+)?fill (?:out|in) the (?:\w+ ){0,2}form\b|"
               r"\bcontact us\b.{0,40}\bthe (?:\w+ )?form\b", re.I),
    re.compile(r"^(?:download|get|install) (?:the|our) (?:\w+ )?app(?:lication)?\b", re.I),
    # the steps that put the site on a phone's screen: `1) Open the website in Safari`, `Click
    # save`, `Add to home screen`
    re.compile(r"^(?:\d[.)]\s*)?(?:open (?:the|this|our) (?:web)?site in (?:safari|chrome|your "
               r"browser)|(?:click|tap) (?:save|share|add)|add (?:it |this site )?to (?:your )?"
               r"home ?screen)\W*$", re.I),
    # how the site's links open: `All PDF documents will open in a new browser window`
    re.compile(r"\b(?:opens?|will open) in a new (?:browser )?(?:window|tab)\b|"
               r"\bоткро(?:ется|ются) в новом окне\b", re.I),
    # a site's offer of its news: `Stay tuned for updates`, `The latest news and stories from X.`
    re.compile(r"^(?:stay tuned|следите за (?:нашими )?(?:новостями|обновлениями))\b"
               r"|^(?:get |read |find )?(?:all )?the latest (?:news|stories|updates|headlines)"
               r"(?: and (?:news|stories|updates|headlines|analysis))?"
               r"(?: (?:from|on|about) (?:the )?(?-i:[A-ZА-Я]\w*)(?: (?-i:[A-ZА-Я]\w*)){0,3})?"
               r"[.!]?$",
               re.I),
    re.compile(r"^(?:your|enter your|enter|ваш)\s*e-?mail(?: address)?\s*:?$", re.I),
    # a comment form: `Name *`, `Comments are moderated`, `Комментарии читателей публикуются
    # без модерации`
    re.compile(r"^(?:your )?(?:name|e-?mail|comment|website|имя|комментарий)\s*[*:]\s*\*?$"
               r"|\bcomments? (?:are|is) (?:moderated|pre-moderated|reviewed)\b"
               r"|\bкомментари\w*[^.!?]{0,40}?\s(?:размещаются|публикуются|проходят)\s"
               r"(?:[^.!?\s]+\s){0,4}?(?:пре)?модер"
               r"|\b(?:comments?|views|opinions) expressed (?:here|below|in (?:the |these )?"
               r"comments)\b|^disclaimer\s*:?$", re.I),
    re.compile(r"^(?:get|receive|sign up for|join|choose|pick|select)\b.*\bnewsletters?\b", re.I),
    re.compile(r"^(?:stay|keep) (?:up to date|updated|tuned|informed|in the loop)\b.{0,80}$",
               re.I),
    # a newsletter's description of itself: `Steppe Weekly is our weekly email newsletter.`
    re.compile(r"\bis (?:our|the|a|[\w ]{1,40}['’]s) (?:free )?(?:daily|weekly|monthly) "
               r"(?:e-?mail )?newsletter\b", re.I),
    # a comment box: `Any message or comments?`, `This forum is moderated before publication`
    re.compile(r"^(?:any|your) (?:messages?|comments?|questions?)(?: or (?:messages?|comments?|"
               r"questions?))?\s*\?$|\bforum is (?:pre-moderated|moderated before publication)\b",
               re.I),
    re.compile(r"\bnewsletter\b.*\b(?:inbox|every (?:morning|day|week))\b", re.I),
    # a subscription's confirmation mail: `Check your inbox and click the link to confirm your
    # subscription`, `click the confirmation link in your inbox`, `Проверьте свою почту`
    re.compile(r"\bcheck your (?:e-?mail |spam |junk )?(?:inbox|folder|e-?mail)\b|\bconfirmation "
               r"(?:link|e-?mail)\b|\bпроверьте (?:свою |ваш[уy] )?(?:электронную )?почту\b",
               re.I),
    # a subscription offer beside a story the page shows whole: `This article requires Premium
    # Subscription`, `Unlock unlimited access for 12 months`, `Or continue reading for free`
    re.compile(r"\b(?:article|story|content) requires (?:a )?(?:premium |paid )?subscription|"
               r"^unlock (?:(?:full|unlimited|instant|unrestricted) )+access\b|"
               r"\b(?:continue|keep) reading (?:(?:this|the) (?:article|story) )?for free\b",
               re.I),
    # a reader's feedback box: `Do you like this article?`, `Was this news helpful?`, `Rate this
    # article`, `Понравилась статья?`, `Оцените материал`
    re.compile(r"^(?:(?:do|did) you (?:like|enjoy|find) this (?:article|story|news|post|page|"
               r"material)\b[^.!]{0,20}\?|(?:was|is) this (?:article|story|news|post|page|"
               r"information) (?:helpful|useful|interesting)\s*\?|rate this (?:article|story|news"
               r"|post)\b|(?:вам )?понравил(?:ась|ся|ось) (?:эта )?(?:статья|новость|материал)"
               r"\s*\?|была ли (?:эта )?(?:статья|новость|информация) полезн\w*\s*\?|"
               r"оцените (?:статью|новость|материал)\b)", re.I),
    # a reader asked to report a typo by its keys: `Found a typo? Select it and press Ctrl+Enter`,
    # or by a link: `Found a bug?`, `Нашли ошибку?`
    re.compile(r"\bctrl\s*\+\s*enter\b|^\W*(?:found|spotted|noticed) an? (?:bug|typo|error|"
               r"mistake)\s*\?$|^\W*(?:нашли|заметили) (?:ошибку|опечатку)\s*\?$", re.I),
    PLEA,
    # the question over a comment box: `What do you think?`, `Что думаете об этом?`
    re.compile(r"^(?:what do you think(?: about (?:this|it))?|что (?:вы )?думаете(?: об этом| по "
               r"этому поводу)?)\s*\?$", re.I),
    # the site's own channel offered to the reader: `Follow our Telegram channel`, `Join our
    # Telegram for the valley's news`, `... на нашем Telegram-канале`
    re.compile(rf"\b(?:our|наш\w*)\s+(?:official\s+|официальн\w*\s+)?{CHANNELS}\b", re.I),
    # ... or the news promised there: `Самое главное — в Telegram`, `Read us on WhatsApp`,
    # `Read 'Site' on Telegram!`, `Больше новостей о регионе в Телеграм-канале @Handle`
    re.compile(r"^(?:(?:вс[её]\s+)?(?:самое (?:интересное|важное|главное)|главные новости|"
               r"все новости|больше новостей|more news|читайте нас|read us|"
               r"(?:all )?the (?:latest )?news)\b|(?:читайте|read)\s+[\"'«“‘]\w[^\"'»”’]{0,30}"
               r"[\"'»”’])[^.!?]{0,30}?\s(?:в|на|in|on)"
               rf"\s+{CHANNELS}(?:[\s-]*(?:канале|channel))?(?:\s+@\w+)?\s*[.!]?$", re.I),
    PAYWALL,
)
COOKIE = (
    re.compile(r"\bcookies?\b.*\b(?:we use|uses|use of|by continuing|consent|accept|policy|"
               r"experience)\b|\b(?:we use|this (?:web)?site uses)\b.*\bcookies?\b", re.I),
    re.compile(r"^(?:accept(?: all)?(?: cookies)?|got it!?|learn more|ok|i agree|agree|decline|"
               r"reject all|manage (?:preferences|cookies|settings)|privacy policy|"
               r"cookie settings)$", re.I),
    # the notice a law requires on every page of a site that recommends stories by what its
    # readers read: `На информационном ресурсе применяются рекомендательные технологии (...)`
    re.compile(r"^(?:на (?:этом |данном )?(?:информационном )?(?:ресурсе|сайте)|(?:этот |данный )?"
               r"(?:сайт|ресурс)|this (?:web)?site) (?:применя\w+|использу\w+|uses?)\s+"
               r"(?:рекомендательн\w+ технологи\w*|recommendation technolog(?:y|ies))\b", re.I),
)
CAPTION_WORD = rf"(?:{alternation(CAPTION_WORDS)})"
PICTURED_ACT = alternation(PICTURED_ACTS)
PICTURE_TITLE = alternation(sorted(role.capitalize() for role in PERSON_ROLES if role.isalpha()))
IMAGE_FILE = r"\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg)"  # the extension of an image's file name
CAPTION = (
    # a caption or credit wholly in brackets: `[Photo: Martina Vogel. Photo by the author]`
    re.compile(rf"^[\[(](?:[^\])]{{0,40}}\b)?{CAPTION_WORD}\b[^\])]*[\])]$", re.I),
    # a credit in brackets closing a caption line: `Workers at the plant [Photo: AP]`, `[Image
    # source=Agency]`
    re.compile(rf"[\[(]\s?{CAPTION_WORD}\s*(?:by|credit|courtesy|source)?\s*[:=][^\])]{{1,60}}"
               r"[\])]\s*$", re.I),
    # a caption opened by its picture's credit in brackets: `(Photo : Agency) The ministers at
    # the signing in Osh.`, `[Image: Agency] Workers at the plant`
    re.compile(rf"^[\[(]\s?{CAPTION_WORD}(?:\s+(?:by|credit|courtesy|source))?\s*:\s*"
               r"(?-i:[A-Z])[^\])]{0,40}[\])]\s*\w", re.I),
    re.compile(r"^(?:photo|photograph|image|picture)s?\s+(?:by|(?:taken )?from|courtesy(?: of)?)\s+"
               r"[^.!?]{1,100}[.!?]?$", re.I),  # `Photo by the author`, `Photo courtesy of JICA`,
    # `Photo by the press service of the Ministry of Foreign Affairs of the Republic.`
    # a phrase naming the picture above it, no sentence: `Group photo of the participants after
    # the signing`, `Family photo of the summit's leaders`
    re.compile(r"^(?:(?:group|family|joint|official)\s+)?(?:photo|photograph|picture)s?\s+"
               r"(?:of|with|after|during|at)\s[^.!?]{1,150}$", re.I),
    # a picture credited to an archive: `From the author's personal archive`, `Photo from the
    # archive of the ministry` (in Russian `Фото из личного архива`, below)
    re.compile(r"^(?:(?:photo|image|picture)s?\s+)?from\s+(?:[\w'’-]+\s+){0,4}?"
               r"(?:personal\s+|family\s+|private\s+)?archives?(?:\s+of\s+[^.!?]{1,50})?\.?$",
               re.I),
    # the same in Russian, the source in the genitive or after a preposition: `Фото пресс-службы
    # министерства`, `Фото из архива агентства`, `Фото предоставлено посольством`, `Фото взято с
    # сайта ведомства`, `Фото с сайта valley.kg`
    re.compile(r"^(?:фото|видео)\s+(?:взят[оаы]?\s+)?(?:из|с|со|от|автора|предоставлен[оы]?|пресс-служб[ыа]|"
               r"пресс-центра|сайта|архива)\s(?:[^.!?]|\.(?=\w)){0,60}[.!?]?$", re.I),
    # a caption closed by such a credit, its source in the genitive or after `предоставлено`,
    # maybe printed twice: `Министры в Оше, 8 мая 2024 года. Фото интернет-издания Valley.kg.`,
    # `... Фото предоставлено пресс-службой банка.`
    re.compile(r"^(?:[^.!?]{5,200}[.!?]\s+фото\s+(?:предоставлен[оы]?\s+)?(?:пресс-служб(?:ы|а|ой)|"
               r"пресс-центра|сайта|(?:интернет-)?издания|агентства|газеты|портала|автора)\s"
               r"(?:[^.!?]|\.(?=\w)){1,40}[.!?]?\s*){1,2}$", re.I),
    # a caption or a source closed by `file photo`: `The ministers in Astana. File Photo`,
    # `Steppe Wire file photo`
    re.compile(r"^(?:.{5,250}[.!?]\s+|(?-i:(?:[A-Z][\w&'’.-]*\s){1,4}))file (?:photo|image|picture)"
               r"\.?$", re.I),
    # `Illustrative photo`, `File photo of the dam`, `Photo for illustrative purposes`
    re.compile(r"^(?:illustrative|illustration|file|archive|archival|stock|representational)"
               r"\s+(?:photo|image|picture)s?(?:\s*[:(—–-].{0,60}|\s+(?:of|by|from|courtesy)\b"
               r"(?:[^.!?]|\.(?=\w)){0,60})?\.?$"
               r"|^(?:the\s+)?(?:photo|image|picture)\s+(?:is\s+)?(?:for\s+)?illustrative"
               r"(?:\s+purposes(?:\s+only)?)?\.?$", re.I),
    # the same in Russian: `Иллюстративное фото`, `Стоковые изображения от Photobank`, `Архивное
    # фото: пресс-служба`, `Иллюстративное фото с сайта example.com`
    re.compile(r"^(?:иллюстративн|архивн|стоков)\w*\s+(?:фото\w*|изображени\w*|снимк?\w*)"
               r"(?:\s*[:(—–-].{0,60}|\s+(?:от|из|с)\s(?:[^.!?]|\.(?=\w)){0,60})?\.?$", re.I),
    # a picture made by a machine, maybe after its label: `Image generated by AI`, `Иллюстративное
    # фото. Сгенерировано нейросетью`
    re.compile(r"^(?:[^.!?]{1,40}[.!?]\s+)?(?:(?:фото|изображение|иллюстрация|картинка|image|"
               r"photo|picture|illustration)\s+)?(?:сгенерирован\w*|создан\w*|generated|created)"
               r"(?:\s+(?:с помощью|при помощи|by|with|using))?\s+(?:ии|нейросет\w*|"
               r"искусственн\w+ интеллект\w*|ai|artificial intelligence)\b"
               r"(?:\s+[^\s.!?,]+){0,2}\.?$", re.I),  # maybe the tool's name, no clause
    re.compile(rf"^{CAPTION_WORD}\s*\d{{0,2}}(?:\s+(?:by|credits?|courtesy))?\s*[:©]", re.I),
    # the Russian order of a picture's source label: `Источник фото: osh.example.kg`, `Автор
    # фото: ...`
    re.compile(rf"^(?:источник|автор)\s+{CAPTION_WORD}\s*:", re.I),
    # a credit after a spaced dash, a few words or a site's address: `Фото - Valley.kg`; a site's
    # address needs no dash: `Коллаж Example.kz`
    re.compile(rf"^{CAPTION_WORD}\s+(?:[–—-]\s+(?:[^\s.!?]+(?:\.(?=\w)[^\s.!?]+)*\s?){{1,6}}"
               r"|[\w-]+(?:\.[\w-]+)*\.[a-zа-я]{2,}(?=\s*$))\.?$", re.I),
    # a numbered picture's label, a few words before its colon: `Photo6 former volunteers: ...`
    re.compile(rf"^{CAPTION_WORD}\s*\d{{1,2}}\s+[^.!?:]{{1,40}}:", re.I),
    # `... in Osh (photo by JICA).`, `... in Osh. (AGENCY photo)`, `(Agency file photo)`
    re.compile(r"\((?-i:(?:[A-Z][\w.&'’-]*\s+){0,3})(?:file\s+)?(?:photo|фото)\b[^)]*\)\.?\s*$",
               re.I),
    # "(AFP/Getty Images)", "[World Bank Press Release]": six words at most
    re.compile(r"^(?:\((?:[^\s()]+\s*){1,6}\)|\[(?:[^\s\[\]]+\s*){1,6}(?<![.!?])\])$"),
    # a short caption closed by its source's name after its full stop or after a slash: `The
    # minister at the forum. (Steppe Wire)`, `... in Osh. [STEPPE WIRE]`, `... in Osh. [Embassy of
    # Japan]`, `... signed the agreement. AGENCY`, `... in Osh. / Pamir TV and Agencies`, `... in
    # Osh./ Source: Steppe News`, `... on May 2. / STW news agency`, `Workers at the dam/AFP`;
    # or by an agency's and a photographer's slashed credit: `... on Friday. AGENCY/Ali
    # Umarov`, `... in 2018. — Ali UMAROV/Steppe/AFP photo`; a caption quotes no one's words
    # (`... he said: "..." (Agency)` is a wire story's last paragraph), nor goes on from a
    # sentence before it (`On the other hand, the fund signed ... — AGENCY`)
    re.compile(rf"^(?!.*[“”\"«»]|{LINKING_OPENER}).{{10,250}}"
               r"(?:[.!?]\s*(?:\((?:[A-Z][\w.&'’-]*\s?){1,3}\)"
               r"|\[[A-Z][\w.&'’-]*(?:\s(?:(?:of|in|for|the|and)\s)?[A-Z][\w.&'’-]*){0,3}\]"
               r"|(?<=\S)\s(?:[—–-]\s)?[A-Z]{2,6})|(?:[a-z%]|[.!?]\s*(?:[—–-]\s*)?"
               r"(?:(?:[A-Z][\w&'’-]*\s){0,2}[A-Z][\w&'’-]*\s?)?)/\s?(?:(?i:source|photo)\s?:\s?)?"
               r"[A-Z][\w&-]+(?:\s(?:and\s)?[A-Z][\w&-]*){0,2}(?:/[A-Z][\w&-]+)*"
               r"(?:\s(?:pic|photo|news agency|agency))?)$"),
    # a caption written as one sentence in the present about a named person: `Kyrgyz Minister
    # Ali Karimov (...) shakes hands with his Japanese counterpart in Osh.`; a story tells it in
    # the past, a headline has no full stop
    re.compile(rf"^(?=(?:\S+\s){{0,8}}(?:{PICTURE_TITLE})\b)(?:[A-Z][\w.'’-]*|of|to|the|for|"
               r"and|[#№]?\d+)(?:,?\s(?:[A-Z][\w.'’-]*|of|to|the|for|and|[#№]?\d+)){0,11}"
               rf"(?<!\bThe)(?<=[A-Za-z.])\s(?:{PICTURED_ACT})\b[^\"“”«»!?]{{0,250}}[^.\s]\.$"),
    # a caption closed by its agency and photographer in square brackets: `The ministers at the
    # signing in Astana, May 2, 2024. [Steppe Wire/Ali Umarov]` (a wire's paragraph may close
    # with its credit in round ones: `... in 2016. (Steppe/Wire)`)
    re.compile(r"^.{10,300}[.!?]\s*\[(?:[A-Z][\w.&'’-]*\s?){1,3}/\s?(?:[A-Z][\w.'’-]*\s?){1,3}\]$"),
    # a phrase, no sentence, closed by a slashed credit in round brackets, a photographer's
    # name or an acronym after the slash: `Workers at the dam (Steppe Wire/Ali Umarov)`, `Crowds
    # in Osh on May 9 (SW/RL)`; not `(Kazakhstan/Kyrgyzstan)`
    re.compile(r"^(?!.*[“”\"«»])[^.!?]{5,200}\s\((?:[A-Z][\w.&'’-]*\s?){1,5}/\s?"
               r"(?:[A-Z]{2,}|[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,2})\)$"),
    # a photographer's credit alone, the name then the outlet: `Ali Umarov/The Steppe Wire.`
    re.compile(r"^(?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+\s?/\s?(?:The )?[A-Z][\w&-]+"
               r"(?: [A-Z][\w&-]+){0,2}\.?$"),
    # a photo bank's or a photographer's name after a spaced slash: `The forum in Osh / depositfoto`
    re.compile(r"^(?=.*\s/\s)(?:\S+\s+){3,}\S*[^\W\d]\S*\s/\s[^\W\d][\w.&-]*(?:\s[^\W\d][\w.&-]*)?$"),
    re.compile(r"^(?:photo|image|picture)s?\s+(?:credit|courtesy|source)\b", re.I),
    # a caption closed by its picture's credit in brackets, however long the caption (`... at
    # the airport. [Photo/Agency]`, `The ministers in Osh (Photo/Agency)`)
    re.compile(rf"\S\s*[\[(]{CAPTION_WORD}\s*/\s*(?!{CAPTION_WORD}\b)[^\])/]{{1,40}}[\])]$",
               re.I),
    # a caption closed by its credit: "A worker at a substation. Photograph: AP"
    re.compile(rf"(?:^|[.!?]\s+){CAPTION_WORD}(?:\s+(?:credits?|courtesy))?\s*:"
               r"\s*(?:[^.!?]{1,60}|(?-i:[A-Z])[^.!?]{0,60}\.)$", re.I),
    # the credit glued to a caption with no stop, its word capitalised: `The presidents in the
    # palace Photo: Steppe Wire/A. Umarov`, `Президенты во дворце Фото: агентство`
    re.compile(r"\s(?:Photo|Photograph|Image|Picture|Фото|Видео)(?:\s+(?:credits?|courtesy))?"
               # a stop inside a domain or after an initial: `Steppe.kg/A. Umarov`
               r"\s*:\s*(?:[^.!?]|\.(?=\S)|(?<=[A-ZА-ЯЁ])\.){1,60}$"),
    # a caption closed by a copyright credit: `The launch event © Project office, 2021`
    re.compile(r"^[^©]{3,120}©\s*[^.!?©]{1,60}$"),
    # the caption word glued to the caption by the scrape: `PhotoThe ambassador hands over`
    re.compile(r"^(?i:photo|фото)(?=[A-ZА-ЯЁ][a-zа-яё])"),
    # `Courtesy of the embassy` (alone or closing a caption); the people of a group photo:
    # `From left – A, B, C.`
    re.compile(r"(?:^courtesy(?: of)?|[.!?]\s+courtesy of)\s+[^.!?]{1,80}[.!?]?\s*\|?$"
               r"|^\(?(?:from left(?: to right)?|left to right|l-r)\)?\s*[:–—,-]?\s*.{1,300}$",
               re.I),
    # a caption written as a sentence about the picture it stands under: `The ministers shake
    # hands in this photo provided by the ministry.`, `... in this file photo taken in 2019.`
    re.compile(r"\bin\s+this\s+(?:undated\s+|handout\s+|file\s+|aerial\s+)?"
               r"(?:photo|picture|image|photograph|screenshot)(?:\s+(?:provided|taken|released|"
               r"distributed|posted|obtained|dated|shared|courtesy)\b|\s*[.,;)]|$)", re.I),
    # a caption placing its people in the picture by a mark in brackets after a name: `Minister
    # Aliev (L) shakes hands with ...`, `(2nd R)`, `(L front)`, `(2-L)`, `(left)`, `(справа)`,
    # `(third from right, behind the table)`, `(второй слева)`; or set off by commas, as wire
    # captions do: `Minister Aliev, left, poses with ...`
    re.compile(r"(?-i:[A-ZА-ЯЁ])[\w.'’-]*\s\((?:(?:\d(?:st|nd|rd|th)?|second|third|fourth|"
               r"втор(?:ой|ая)|трет(?:ий|ья))[\s-]?(?:from\s)?)?(?:[LR]|left|right|"
               r"cent(?:er|re)|слева|справа|в центре)(?:[\s-](?:front|back|rear|row))?"
               r"(?:,\s[^()]{1,60})?\)"
               r"|(?-i:[A-ZА-ЯЁ])[\w.'’-]*,\s(?:(?:second|third|2nd|3rd)\s(?:from\s)?)?"
               r"(?:left|right|cent(?:er|re))(?:\sto\sright)?,\s", re.I),
    # a wire photo's slug, its keywords (a name of two words at most) in capitals joined by
    # hyphens: `COUNTRY-CITY-CHINA-ROAD`, `CHINA-BEIJING-XI JINPING-MEETING`; not a headline in
    # capitals (`TALKS ON THE TURKMEN-JAPANESE INTER-PARLIAMENTARY TIES`)
    re.compile(r"^(?-i:[A-Z]{2,}(?: [A-Z]{2,})?(?:-[A-Z]{2,}(?: [A-Z]{2,})?){2,})$"),
    # an image's file name standing for its caption (`Signing ceremony-1.jpg`), or a gallery's
    # or a banner row's names in a row (`IMG_0412.jpg IMG_0413.jpg`, `Senate of X.jpg logo.jpg`)
    re.compile(rf"^[^.!?]{{1,120}}{IMAGE_FILE}(?:\s+[^.!?]{{1,120}}?{IMAGE_FILE})*$", re.I),
    # a camera's own name for a picture before its alt text: `img_0955 Minister arrives in Osh`,
    # `DSC_0109 The delegation at the plant`
    re.compile(rf"^(?:img|dsc|dscn|pict)_?\d{{3,6}}(?:{IMAGE_FILE})?(?:\s+[^.!?]{{1,200}})?$",
               re.I),
)
ARTEFACTS = (
    re.compile(rf"^(?:{IMAGE_MARKUP.pattern})$"),
    # markup tags alone, a template's own among them: `<cms:image id="12" />`, `<hr/>`
    re.compile(r"^(?:</?[a-z][\w:-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]*))*\s*/?>\s*)+$",
               re.I),
    # a record's fields on one line, each a label and a short value: `Publication: Monitor
    # Volume: 5 Issue: 122`; a headline has one colon at most
    re.compile(r"^(?:[A-Z][\w-]*(?: [A-Z][\w-]*)?:\s+[^:\s][^:]{0,30}?\s*){2,}$"),
    # a date's label left alone on its line, its date lost or on the next: `Published`
    re.compile(rf"^{LABEL}\s*:?$", re.I),
    re.compile(r"^(?:views?|reads?|comments?|просмотр\w*|комментари\w*)\s*:?\s*[\d\s,.]+$", re.I),
    re.compile(r"^[\d\s,.]+\s+(?:views?|reads?|comments?|просмотр\w*|комментари\w*)$", re.I),
    # a page's read counter: `Read 1520 times`, `Hits: 120`, `Прочитано 120 раз`
    re.compile(r"^(?:(?:read|viewed|прочитано|просмотрено)\s+[\d\s,.]+\s+(?:times|раза?)|"
               r"hits\s*:?\s*[\d\s,.]+)$", re.I),
    re.compile(r"^(?:(?:show|view|read|see|hide)\s+)?(?:comments?|комментари\w*)\s*\(\d+\)$",
               re.I),
    re.compile(r"^(?:updated|last updated|last modified|обновлено)\s*(?::|on|at)?\s*"
               r"(?:\d|[a-zа-я]{3,9}\.? \d|(?:an?|one) \w+ ago|yesterday|today)[^.!?]{0,40}$",
               re.I),
    re.compile(r"^(?:source|sources|источник)\s*:\s*[^.!?]{1,80}\.?$", re.I),
    re.compile(r"^(?:source|источник)\s+\S+\.[a-zа-я]{2,}\S*$", re.I),  # `Источник akipress.kg`
    re.compile(r"^(?:link|url|source|web ?site|сайт|ссылка|источник)\s*:\s*"
               rf"(?:{LINK}\S*|\S+\.[a-z]{{2,}}\S*)?$", re.I),
    re.compile(r"^(?:source|источник)$", re.I),  # the label of a link its scrape lost
    re.compile(rf"^{LINK}\S+$", re.I),
    # a link to a document, its format in brackets at its end: `Annual Report 2023 (PDF, 2 MB)`,
    # `Press release (English, PDF)`, `Statement [DOC]`
    re.compile(r"^[^.!?]{1,120}[(\[](?:[^()\[\]]{0,40}[,;/&|–-]\s*)?(?-i:PDF|DOCX?|XLSX?|PPTX?)"
               r"(?:\s*[,;|–-]?\s*\d[\d.,]*\s*[KMG]B)?\s*[)\]]$", re.I),
    re.compile(rf"^(?:{READING_TIME}|reading time\s*:.*)$", re.I),
    # a story's tags, topic or category: `Tags: Japan, grants`, `Topic: Economy`,
    # `Filed under: Politics`, `Рубрика: Экономика`
    re.compile(r"^(?:tags?|keywords|topics?|related topics|categor(?:y|ies)|filed under|т[еэ]ги|"
               r"метки|ключевые слова|рубрик[аи])\s*(?::|$)", re.I),
    # the section a post was filed in, on its own line: `Published in News`, `Posted in Economy`
    re.compile(r"^(?:published|posted|filed) in\s+(?-i:[A-Z])[\w&-]*(?:\s+&?[\w-]+){0,2}$", re.I),
    # a channel's or post's counters: `48 372 subscribers`, `12.4K views`
    re.compile(r"^[\d\s,.]+[KkMmКкМ]?\s+(?:subscribers|followers|members|views|"
               r"подписчик\w*|просмотр\w*)\b[^.!?]{0,30}$", re.I),
    # ... and what it has posted, as a channel's web preview counts it (`354 photos`, `46
    # files`), and the preview's link to the messenger (`Download Telegram`)
    re.compile(r"^[\d\s,.]+[KkMmКкМ]?\s+(?:photos|videos|files|links|фото|видео|файл\w*|"
               r"ссыл\w*)$|^(?:download|скачать) telegram$", re.I),
    MONTH_STAMP,
    # a counter's bare number (views, comments, a rating): `24645`, `0`, `3.1`; a time of day
    # alone, its date on the line above or lost: `07:08`, `2:15 PM`
    re.compile(r"^\d[\d\s,.]{0,8}$"),
    re.compile(rf"^{TIME}$", re.I),
    # an image's or icon's name and number left by the scrape: `photo 3`, `view-icon 2759`,
    # `share-icon`, `lock icon`; a gallery's counter: `Image 0`, `Photo 2 of 12`, `Фото 3 из 5`
    re.compile(r"^[a-zа-яё][a-zа-яё_-]*[\s_-]?\d{1,4}$"),
    re.compile(r"^[a-zа-яё][a-zа-яё_-]*[\s_-](?:icon|image|img|logo|иконка)$"),
    # icons' alt texts in a row, each closed by a lower-case `icon` (`views icon shares icon`),
    # or in Russian opened by it (`Иконка просмотров`)
    re.compile(r"^(?:[^\W\d]+\s+){0,2}icon(?:\s+(?:[^\W\d]+\s+){1,2}icon)*$"
               r"|^[Ии]конка(?:\s+[а-яё]+){0,4}$"),
    re.compile(rf"^{CAPTION_WORD}\s*\d{{1,3}}(?:\s*(?:of|/|из)\s*\d{{1,3}})?$", re.I),
    # a reference number or document id: `Publication reference: EuropeAid/168640/DD/ACT/KG`
    re.compile(r"^[^\W\d][\w ]{0,30}\b(?:reference|ref|id|identifier|number|no|код|номер)\.?"
               r"\s*:\s*[\w./-]*\d[\w./-]*$", re.I),
    # a wire's tag before its story: `(Bloomberg) --`
    re.compile(r"^\((?:[A-ZА-ЯЁ][\w .&'’-]{1,30})\)\s*(?:--|[–—-])$"),
    # a syndicator's credit: `Provided by SyndiGate Media Inc. (Syndigate.info).`
    re.compile(r"^(?:provided|distributed|supplied|syndicated|powered) by\b[^!?]{1,80}$", re.I),
    # a player's or a mail link's stand-in text for a browser without the feature: `Your browser
    # does not support the video tag.`, `This email address is being protected from spambots.`
    re.compile(rf"^(?:(?:your|this) browser (?:does not|doesn't|cannot) (?:support|play)|(?:ваш|"
               rf"этот) браузер не поддерживает|{MAIL_CLOAK_WORDS})", re.I),
    # markup the extraction left: `<a onclick="...">`, `<image>data:image/...`
    re.compile(r"^<\s*/?[a-z][a-z0-9]*(?:\s+[\w:-]+\s*=[^>]*|\s*/)?\s*>", re.I),
)
NAME = r"[A-ZА-Я][\w.'’-]+(?:\s+[A-ZА-Я][\w.'’-]+){0,3}"
BYLINE = re.compile(
    rf"^(?:(?:by|written by|reported by|posted by|author(?:s|\(s\))?|авторы?|написала?)\s*:?\s+"
    rf"{NAME}"
    rf"(?:\s*(?:,|and|&)\s*{NAME})*"
    r"(?:\s*[,|–—-]\s*[\w ]{1,40})?|"
    r"staff (?:reporter|writer)|(?:our |собственный )?(?:correspondent|корреспондент)"
    r"(?:\s+(?:of\s+)?[\w ]{1,40})?|about (?:the )?authors?|об авторе|author|автор"
    # an outlet's reporter: `Steppe Daily reporter Kim Min-ji`
    rf"|(?-i:(?:[A-Z][\w.&-]*\s+){{1,4}})(?:reporter|correspondent)\s+(?-i:{NAME})"
    # authors with their titles, no sentence: `By A. Name, Deputy Director of the Institute, and
    # B. Name, Research Fellow`
    rf"|by\s+(?-i:{NAME}),\s[^.!?]{{1,200}}(?<![.!?])"
    # a theme's byline whose date and author were links the scrape dropped: `Posted on by`
    r"|(?:posted|published|written|reported)(?:\s+(?:on|in|at))?\s+by):?$", re.I)
# A line naming only an author or an outlet, as a listing prints it on each card between the
# headline and the lead: `J. Michael Cole`, `Voice of America`
CARD_NAME = re.compile(r"^[A-ZА-ЯЁ][\w.'’-]*(?:\s+(?:of|the|and|de|van|von|al|[A-ZА-ЯЁ][\w.'’-]*))"
                       r"{0,3}(?<=\w)$")
CARD_NAMES_MIN = 2  # cards whose names make the lines between headlines and leads bylines
# The header of the author's box that closes a story: what follows it is about the author.
ABOUT_AUTHOR = re.compile(r"^(?:about (?:the )?authors?|об авторе)\s*:?$", re.I)
# The author's box a theme prints by the story: the name, the name again as its link
# (`Desk Team` / `Desk Teamhttps://example.news`), then in the same block what the author is.
AUTHOR_LINK = re.compile(rf"^(?P<name>[^\s:/][^:/]{{0,60}}?){LINK}\S+$")
# A wire's credits closing a story: `Reporting by A; Writing by B; Editing by C`; a note of where
# the story comes from or how it was made: `This article was produced by X while ...`, `This
# story was first published on X`, `This message was rewritten by artificial intelligence.`,
# `This article is brought to you in association with X` (sponsored content), `This story has
# not been edited by X staff and is published from a syndicated feed.`
CREDITS = re.compile(rf"^\(?(?:(?:additional )?(?:reporting|writing|editing|compiled|translated) "
                     rf"by\s+{NAME}[^.!?]{{0,160}})[.]?\)?$"
                     # a wire's credit closing the story: `–Agencies`, `(Agencies)`, `— Агентства`
                     r"|^[(–—-]\s*(?:(?:news |wire )?agencies|агентства)\)?\.?$"
                     # `<Name> in Almaty contributed to this report.`
                     r"|^[^.!?]{3,80}?\bcontributed (?:reporting )?to this (?:report|story|article|"
                     r"video|piece)\.?$"
                     r"|^(?:\(?except for the headline, )?this (?:article|story|content|message"
                     r"|piece|post) (?:was|is|has been|has not been) (?:\w+ )?(?:produced|written|"
                     r"published|taken|republished|translated|rewritten|generated|provided|"
                     r"prepared|syndicated|edited|brought to you|sponsored|supported|funded|"
                     r"paid for)\b",  # sponsored content, or a syndicated feed's copy
                     re.I)
# Credit lines cut as furniture that name where the story comes from, the names in `names`:
# `Source: Agency`, `Sources: A, B`, `(Agency, Agency)` under a story, `By Agency`, `By A. Name |
# Example Daily`, `©Agency`, `Provided by Example Media Inc. (example.com)`. A notice with a
# year (`© 2024 Example Daily. All rights reserved.`) names the site that prints the page; a
# picture's credit (`Photo: Agency`) names who made the picture, not a source of the story.
SOURCE_LINE = re.compile(rf"^(?:{alternation(SOURCE_LABELS)})\s*:\s*(?P<names>[^|]+)", re.I)
SOURCE_CREDITS = (
    SOURCE_LINE,
    *CREDIT_DATELINES,  # `NARYN- Steppe Agency`, `Steppe Agency, Astana :`
    re.compile(r"^\((?P<names>[^()]{2,60})\)(?:\s*(?:--|[–—-]))?$"),
    re.compile(r"^by\s+(?P<names>.+)$", re.I),
    re.compile(r"^[\[(]?(?:©|\(c\)|copyright\b)\s*(?!\d)(?P<names>[^|,;]{2,60}?)[.\])]?$", re.I),
    re.compile(r"\bprovided by\s+(?P<names>[^()]{2,60}?)\s*(?:\(|$)", re.I),
)
CREDIT_LIST = re.compile(r"\s*[,;|–—]\s*|\s+-\s+|\s+(?:and|&|и)\s+")  # `A, B`, `A | B`
CREDIT_SLASH = re.compile(r"\s*/\s*")  # `Agency/Photographer`: a lone word may be either
CREDIT_REASONS = ("byline", "caption", "artefact", "copyright", "boilerplate", "date")
# A closing author bio: "Emma Clarke is The Eurasia Times' energy correspondent, based in London.",
# and up to two more sentences about the author (`Before that, she worked ...`)
BIO = re.compile(
    rf"^{NAME} (?:is|has (?:worked|been|written|reported)|works|writes)\b.{{0,80}}\b(?:"
    r"correspondent|reporter|editor|journalist|"
    r"writer|columnist|contributor)s?\b[^.!?]{0,120}[.!?]"
    # more of the author: what they do (`... she covers ...`) or their writing (`Ali's reports
    # are ...`)
    r"(?:\s+(?:[^.!?]{0,60}\b(?i:she|he|they)\b[^.!?]{0,160}|[A-Z][\w-]+['’]s\s(?:writing|"
    r"work|articles|reports|stories|columns)\b[^.!?]{0,160})[.!?]){0,3}$")
# An address line: a street word beside a house number (`15, Razzakov Str`, `Abai Avenue 52`,
# `ул. Киевская 77`) or after a postcode (`AZ1010, Baku, ...`); a road in a sentence has neither.
_STREET = (r"(?i:str|st|street|avenue|ave|prospekt|prospect|road|rd|blvd|boulevard|lane|ul|"
           r"ulitsa|ул|улица|пр|проспект|мкр)")
_HOUSE = r"\d+[a-zа-я]?(?:/\d+[a-zа-я]?)?"
_UNIT = r"(?i:km|kms|kilomet\w*|miles?|metres?|meters?|m|mln|million|billion)"
_PLACE = rf"(?!{_UNIT}\b)[A-ZА-ЯЁ][\w'’-]*"  # a name, not a unit (`120 Km Road`)
ADDRESS = re.compile(
    rf"(?<![\w/]){_HOUSE},?\s+(?:{_PLACE}\s+){{1,3}}{_STREET}\b"  # 15, Razzakov Str
    rf"|\b{_PLACE}\s+{_STREET}\.?,?\s+{_HOUSE}\b"  # Abai Avenue 52
    rf"|\b{_STREET}\.?\s+(?:{_PLACE},?\s+){{1,3}}{_HOUSE}\b"  # ул. Киевская, 77
    rf"|(?:^|[:·|]\s*)(?:[A-Z]{{2}}-?)?\d{{4,6}},\s.*\b{_STREET}\b")  # 100000, Tashkent, ... Street
ADDRESS_MAX_CHARS = 90  # an address (with its office label) fits one short line
ADDRESS_MAX_LOWER = 0  # no loose lower-case word: even one (`... Road 2 opens`) is a verb
# a word of an address line, hyphens and digits included (`Al-Farabi`, `Mkr-5`)
ADDRESS_WORD = re.compile(r"[^\W\d_][\w'’-]*")
STREET_END = re.compile(r"\b(?i:str|st|ave|rd|blvd|ul|ул|пр)\.$")  # an abbreviation's stop
CONTACT_HEADER = re.compile(
    r"^(?:contact(?:s| us| information| info)?|editorial office|head office|our address|"
    r"контакты|редакция|адрес редакции)\b\s*:?", re.I)
# the line that announces a contact block: `For visa issues, please contact the consular
# section:`, `For further information please contact:`
CONTACT_CALL = re.compile(r"^(?:for [^.!?]{1,60}?,?\s*)?(?:please )?contact(?: (?:the|our|us|your)"
                          r"\b[^.!?]{0,100})?:$", re.I)
# a pointer to more about the story's subject elsewhere: `For more information, visit the
# fund's website.`, `For further details:`; not a sentence that goes on to tell
FURTHER_INFO = re.compile(r"^for (?:more|further|additional) (?:information|details|info)\b"
                          r"[^.!?]{0,80}?(?::\s*\S*$|,?\s*(?:please\s+)?(?:visit|see|go to|"
                          r"contact|call|click|follow|write to)\b)", re.I)
CONTACTS = (
    CONTACT_CALL,
    FURTHER_INFO,
    re.compile(r"^(?:tel|phone|telephone|fax|mob|mobile|e-?mail|тел|телефон|факс|адрес|address)"
               r"\b\.?\s*:", re.I),
    re.compile(r"^(?:[A-ZА-Я][\w .-]{1,30},\s*\d{5,6}|\d{5,6},\s*[A-ZА-Я][\w .,-]{1,60})$"),
    # an international phone number, alone or after a label in any language: `Hotline:
    # (+998) 71 223 44 09`, `+7 727 244 55 66`
    re.compile(r"^(?:[^\W\d][^.!?\d]{0,40}[:–-]\s*)?\(?\+\d{1,4}\)?[\d\s().-]{6,20}$"),
    # a local number after a label that says it is one: `Emergency Contact : 055 571 0041`,
    # `Телефон доверия: 8 800 200 00 00`
    re.compile(r"^(?:[^\W\d][^.!?\d]{0,40}\s)?(?:contacts?|hotline|helpline|phone|telephone|"
               r"телефон\w*|горячая линия)\b[^.!?\d]{0,20}[:–-]\s*\(?\d[\d\s().-]{5,20}$", re.I),
    re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"),  # an e-mail address alone
    # a line closed by a contact's label and a messenger handle, a channel's description before
    # it or not: `Для связи: @handle или mail@example.com`, `... в Центральной Азии. Связь: @name`
    re.compile(r"^(?:.{0,400}\s)?(?:для связи|связь|контакты?|contacts?|admin|админ\w*)\s*[:–-]"
               r"\s*@\w+(?:\s+(?:или|or|и|and)\s+\S+)?$", re.I),
)
COPYRIGHT = (
    re.compile(r"^[\[(]?(?:©|\(c\)|copyright\b)", re.I),  # `[Copyright Agency, Ltd.]`
    re.compile(r"\ball\b.{0,30}\brights?\s+(?:are\s+)?reserved\b|\bвсе права защищены\b", re.I),
    re.compile(r"\breproduction\b.{0,60}\b(?:permitted|prohibited|allowed|forbidden)\b", re.I),
    # `Copying, publishing ... without written permission of the editors is prohibited.`
    re.compile(r"^(?:any\s+|full\s+or\s+partial\s+)?(?:copying|reprinting|republi(?:shing|cation)|"
               r"redistribution|use of (?:the |our )?(?:materials?|content|information))\b"
               r"(?:[^.]|\.\w){0,120}\bwithout\b(?:[^.]|\.\w){0,60}\b(?:permission|consent|"
               r"authori[sz]ation)\b(?:[^.]|\.\w){0,80}\b(?:prohibited|forbidden|not (?:allowed|"
               r"permitted))\b", re.I),  # (a site's domain may stand in it: `News.lt`)
    re.compile(r"\b(?:перепечатка|использование материалов)\b.{0,80}\b(?:разрешен|запрещен|"
               r"невозможн|допускается)", re.I),
    # `This content is protected by copyright and may not be reused.`
    re.compile(r"^(?:this|the|all|our)\s+(?:\w+\s+)?(?:content|materials?|articles?|text|stor"
               r"(?:y|ies)|publications?|photos?|images?)\b[^.]{0,40}\b(?:(?:is|are) protected by "
               r"copyright|may not be (?:reused|reproduced|republished|redistributed|rewritten))\b",
               re.I),
    # materials licensed to the reader alone: `for personal use only`, `предназначены только для
    # персонального пользования`
    re.compile(r"\bfor (?:personal|private|non-commercial) use only\b|\b(?:только|исключительно) "
               r"для (?:личного|персонального|некоммерческого) (?:использования|пользования)\b",
               re.I),
    # a site's disclaimer under its stories: `DISCLAIMER: Opinions are those of the authors`,
    # `Disclaimer translations: ...`
    re.compile(r"^disclaimer(?:\s+\w+)?\s*:\s*\S", re.I),
    # ... or the editors' refusal of responsibility for what they print from others: `The
    # editorial board is not responsible for the content of material taken from other sources`,
    # `Редакция не несет ответственности за содержание ...`
    re.compile(r"^(?:the\s+)?(?:editorial (?:board|office|staff|team)|editors?|publishers?|"
               r"редакция|администрация сайта)\s+(?:is|are|does|do|bears?|takes?)?\s*(?:not|no)\s+"
               r"(?:bear\s+|take\s+|hold\s+)?(?:any\s+)?responsib|^(?:редакция|администрация"
               r" сайта)\s+не\s+нес[её]т\s+ответственност", re.I),
)

@dataclass(frozen=True)
class Story:
    """One story of a page, cleaned: the unit the extractors read."""

    id: str
    source: Source
    title: str | None
    published: str | None
    reference_date: str | None
    language: str
    text: str
    removed: list[Removal] = field(default_factory=list)
    reference_source: str | None = None  # published, page or setting (see schema.Article)
    site: str | None = None  # the publisher's name the page gives (HTML metadata, JSONL field)
    author: str | None = None
    credits: list[Credit] = field(default_factory=list)  # sources its cut credit lines name


class Credit(NamedTuple):
    """A source a credit line cut from the story names (`Xinhua`), and that line."""

    name: str
    line: str


@dataclass
class Line:
    """A line of a page while it is being cleaned: its text, its block and, once cut, why."""

    text: str
    block: int  # blank-line separated block the line belongs to
    reason: str | None = None
    date: str | None = None  # ISO date when the whole line is a date line
    prose: bool = False  # a paragraph of running text (jusText "good" or "near-good")
    sentence: bool = False  # ends like a sentence and reads like one
    separator: bool = False  # a "Read more" link or a source's credit that closes a story
    date_kind: str = ""  # what kind of statement the date line makes (see pagedates.WEIGHTS)


def in_other_script(text: str) -> bool:
    """Whether most letters of a line are of neither the Latin nor the Cyrillic script (a
    widget's `이 기사를 공유합니다` on an English page), or the line is in a Central Asian
    language (a link to the page in Kazakh): never the story's headline."""
    if len(NATIVE_CYRILLIC.findall(text)) >= NATIVE_CYRILLIC_MIN:
        return True
    letters = LETTER.findall(text)
    other = [c for c in letters if not LATIN_OR_CYRILLIC.match(c)]
    return bool(letters) and len(other) / len(letters) > OTHER_SCRIPT_SHARE


def detect_language(text: str) -> str:
    """'ru' when most letters are Cyrillic, else 'en' (the only languages the pages come in)."""
    if not CYRILLIC.search(text):
        return "en"
    letters = len(LETTER.findall(text))
    if letters and len(CYRILLIC.findall(text)) / letters >= CYRILLIC_SHARE:
        return "ru"
    return "en"


def page_stem(page: RawPage) -> str:
    """The id stem of a page: its path without suffix, folders joined by '__'."""
    return str(PurePosixPath(page.path).with_suffix("")).replace("/", "__")


# ---------------------------------------------------------------- line classes
def stopword_density(text: str, stopwords: frozenset[str]) -> float:
    """Share of the words of `text` that are stopwords."""
    words = WORD.findall(text.lower())
    return sum(w in stopwords for w in words) / len(words) if words else 0.0


def is_prose(text: str, stopwords: frozenset[str]) -> bool:
    """jusText's good/near-good: long enough to judge alone, written in sentences, and ending
    like a paragraph (a headline or caption of 70+ characters has no full stop); a paragraph
    may also announce a list (`:`), be one clause of it (`;`), break off at a comma where the
    scrape split it, or lack only its last full stop after a sentence that has one (a headline
    is a single sentence) or after the words saying who reported it (see REPORTED_END)."""
    return (len(text) >= LENGTH_LOW and stopword_density(text, stopwords) >= STOPWORDS_LOW
            and (len(text) >= LENGTH_HIGH or _ends_sentence(text)
                 or text.endswith((":", ";", ","))
                 or _lacks_last_stop(text) or bool(REPORTED_END.search(text))))


def _lacks_last_stop(text: str) -> bool:
    """Whether a line is sentences whose last one, of a sentence's length, lost its full stop
    (`... in the north. The first contracts have been agreed`); not a slogan after a stop
    (`... on all appliances. Details at our shop`)."""
    stops = list(INNER_SENTENCE_END.finditer(text))  # each match ends on the next one's word
    return bool(stops) and len(text[stops[-1].end() - 2:].split()) >= SENTENCE_MIN_WORDS


def _ends_sentence(text: str) -> bool:
    """Whether a line ends as a sentence does, a wire's credit after its full stop included."""
    return bool(TERMINAL.search(text) or WIRE_CREDIT.search(text) or DASH_CREDIT_END.search(text))


def is_sentence(text: str, stopwords: frozenset[str]) -> bool:
    """A line that reads as a sentence of a story, however short."""
    words = text.split()
    return _ends_sentence(text) and len(words) >= SENTENCE_MIN_WORDS and (
        stopword_density(text, stopwords) >= SENTENCE_STOPWORDS or (
            len(words) >= NAMED_SENTENCE_MIN_WORDS
            and sum(w[:1].islower() for w in words) >= NAMED_SENTENCE_LOWER * len(words)))


def _is_pipe_menu(text: str) -> bool:
    return bool(PIPE_MENU.match(text)) and all(
        len(part.split()) <= PIPE_MENU_ITEM_MAX_WORDS for part in re.split(r"\s+[|·•]\s+", text))


def _is_spaced_menu(text: str) -> bool:
    """A menu's items in one line, only spaces between them: in Russian, whose headlines
    capitalise their first word and names alone, a line of many words most of them capitalised
    and no sentence's punctuation or figure (`Все новости Политика Экономика Наука и Хайтек
    Спорт`; not `БАНК ВЫДЕЛЯЕТ ТАДЖИКИСТАНУ $450 МЛН`)."""
    words = text.split()  # the language last: rule_reason asks this of every long line
    return (len(words) >= SPACED_MENU_MIN_WORDS and not any(c in text for c in ".,:;!?«»\"")
            and not any(c.isdigit() for c in text)  # a headline in capitals gives its sums
            and sum(w[0].isupper() for w in words) >= SPACED_MENU_SHARE * len(words)
            and detect_language(text) == "ru")


def _is_home_menu(text: str) -> bool:
    """A menu in one line that opens with the site's link home (see HOME_MENU): names of
    sections, with none of the little words of a headline after a breadcrumb (`Home News Asia
    Korea funds a plant in Khujand` is a headline's copy, see PHRASE_LINKS)."""
    words = text.split()
    return bool(HOME_MENU.match(text)) and sum(
        w[0].isupper() for w in words) >= HOME_MENU_CAPITALS * len(words) and not (
        PHRASE_LINKS.search(text))


def _is_pager(text: str) -> bool:
    return bool(PAGER.match(text)) and (
        bool(PAGER_WORD.search(text)) or len(NUMBER.findall(text)) >= PAGER_MIN_NUMBERS)


def _is_hashtag_strip(text: str) -> bool:
    """A line made mostly of #tags: `#WorldBank #Kyrgyzstan #education #grant`."""
    tags = len(HASHTAG.findall(text))
    return tags >= HASHTAG_MIN and tags * 2 >= len(text.split())


def _is_social_bar(text: str) -> bool:
    """A line of links to social networks: three or more of them, and no sentence or phrase
    (`Facebook, Instagram and TikTok blocked in ...` is a headline)."""
    if TERMINAL.search(text):
        return False  # a sentence (tested first: it is cheaper than finding the networks)
    names = {name.casefold() for name in SOCIAL_NETWORK.findall(text)}
    return len(names) >= SOCIAL_BAR_MIN and not stopword_density(
        text, STOPWORDS[detect_language(text)])


def _is_board(text: str) -> bool:
    """A line made of currency quotes and temperatures (a site's rates and weather strip)."""
    if TERMINAL.search(text):
        return False
    tokens = BOARD_TOKEN.sub(" ", text).split()
    if not tokens:
        return False
    codes = [bool(CODE_TOKEN.fullmatch(t)) for t in tokens]
    numbers = [bool(NUMBER_TOKEN.fullmatch(t)) for t in tokens]
    temps = [bool(TEMPERATURE.fullmatch(t)) for t in tokens]
    quotes = sum(c and n for c, n in zip(codes, numbers[1:], strict=False))
    share = sum(c or n or t for c, n, t in zip(codes, numbers, temps, strict=True)) / len(tokens)
    return quotes >= 1 and quotes + sum(temps) >= BOARD_MIN_ITEMS and share >= BOARD_SHARE


def _is_price_strip(text: str) -> bool:
    """A strip of prices parted by bars: `Gold $ 1,950.20 oz | Silver $ 23.10 oz | ...`."""
    cells = [cell.strip() for cell in text.split("|") if cell.strip()]
    return len(cells) > BOARD_MIN_ITEMS and all(PRICE_CELL.fullmatch(c) for c in cells)


def is_address(text: str) -> bool:
    """A postal address line: a street word by a house number or after a postcode, in a short
    line with no sentence shape (`The 12 km road to Osh will open in May.` is no address)."""
    if len(text) > ADDRESS_MAX_CHARS or "!" in text or "?" in text:
        return False
    if text.endswith(".") and not STREET_END.search(text):
        return False  # a full sentence, not an address ending in `Str.`
    words = [w for w in ADDRESS_WORD.findall(text) if w.casefold() not in ADDRESS_WORDS]
    loose = [w for w in words if w.islower() or w.casefold() in SENTENCE_WORDS]
    return len(loose) <= ADDRESS_MAX_LOWER and bool(ADDRESS.search(text))


def _is_tag_run(text: str) -> bool:
    """A line of tags printed twice (`Japan Dushanbe Tajikistan society Japan Dushanbe
    Tajikistan`): short, no sentence, and a run of its words comes back; a headline never
    repeats three words in a row. A longer line is a menu whose items the page printed twice
    in a row (`News News Press releases Press releases ...`, desktop and mobile copies)."""
    if TERMINAL.search(text):
        return False
    words = text.casefold().split()
    if len(words) > TAG_LINE_MAX_WORDS:
        return _doubled_items(words) >= MENU_DOUBLED_MIN
    runs = [tuple(words[k:k + TAG_RUN]) for k in range(len(words) - TAG_RUN + 1)]
    return len(runs) != len(set(runs))


def _doubled_items(words: list[str]) -> int:
    """How many runs of up to MENU_MAX_WORDS words come again right after themselves."""
    count, k = 0, 0
    while k < len(words):
        size = next((n for n in range(1, MENU_MAX_WORDS + 1)
                     if words[k:k + n] == words[k + n:k + 2 * n]), 0)
        count += bool(size)
        k += 2 * size or 1
    return count


def _is_aged_teaser(text: str) -> bool:
    """Another story's headline under its age in a feed: `27 mins ago Osh opens a depot`, `2 часа
    назад В Оше ...`, or a list's item without `ago` (`• 2 days Farmers get seed`); not a list's
    sentence (`• 10 days of talks`) or a story's (`10 days ago the minister said`)."""
    m = AGE_OPENING.match(text)
    if m is None:
        return False
    if m["ago"]:
        return bool(m["bullet"]) or m["next"][0].isupper()
    return bool(m["bullet"] and m["en"]) and m["next"].casefold() not in SPAN_FOLLOWERS


def _is_prompt(text: str) -> bool:
    """A short line of interface text asking the reader to act: subscribe, log in, comment."""
    return len(text.split()) <= PROMPT_MAX_WORDS and any(p.search(text) for p in PROMPTS)


def _is_prompt_box(text: str) -> bool:
    """Several prompt sentences in one line, longer than any prompt: a paywall box."""
    parts = SENTENCE_START.split(text)
    return len(parts) > 1 and all(_is_prompt(part) for part in parts)


def rule_reason(text: str) -> str | None:
    """Why a line is page furniture on any news site, or None when no rule says so."""
    bare = TABLE_CELLS.sub("", BULLET.sub("", text))
    if RATES_HEADER.match(bare):
        return "ticker"  # its date dates the rates
    if _is_embedded_post(text):
        return "embed"  # its date dates the post, not the story
    if is_stamp(text):
        return None  # a date line is read for the story's date, then cut as "date"
    if YEARLESS_STAMP.match(bare):
        return "date"  # a date line without its year dates nothing; it is cut all the same
    if TICKER.match(bare) or _is_board(bare) or _is_price_strip(bare) or WEATHER_READING.match(
            bare):
        return "ticker"
    if states_timed_dates(text, STRIP_MIN_STAMPS) or _is_aged_teaser(text):
        return "teaser"  # other stories' headlines, each closed or opened by its time
    if len(text) > FURNITURE_MAX_CHARS:
        return None  # a paragraph of the story: no furniture below is this long
    if any(p.search(text) for p in COOKIE):
        return "cookie"
    if any(p.search(text) for p in COPYRIGHT):
        return "copyright"
    if any(p.match(text) for p in PAGINATION) or _is_pager(text):
        return "pagination"
    if RULE_LINE.match(text) or END_MARK.match(text):
        return "separator"
    if (SHARE.match(bare) and len(bare.split()) <= SHARE_MAX_WORDS) or _is_social_bar(text):
        return "share"
    if RELATED.match(text) and len(text.split()) <= CLAIM_MAX_WORDS:
        return "related"
    if READ_MORE.match(text) or any(p.match(text) for p in NAVIGATION):
        return "navigation"
    if ADVERT.match(text) or ADBLOCK.search(text) or AFFILIATE.search(text):
        return "advertisement"
    if not TERMINAL.search(text) and TOOLBAR.search(text):
        return "navigation"
    if TRENDING.match(text) or _is_hashtag_strip(text):
        return "navigation" if TRENDING.match(text) else "artefact"
    if _is_tag_run(text):
        return "navigation"
    if _is_prompt(text) or _is_prompt_box(text):
        return "prompt"
    if CHANNEL.match(text) or (HANDLE.search(text) and not TERMINAL.search(text)
                               and len(text.split()) <= HANDLE_LINE_MAX_WORDS):
        return "navigation"
    if any(p.search(bare) for p in CAPTION):  # (a gallery's `|` may close a caption)
        return "caption"
    if any(p.match(bare) for p in ARTEFACTS):
        return "artefact"  # a list's bullet may stand before a counter: `• 1002`
    if BYLINE.match(bare) or CREDITS.match(text):
        return "byline"
    if CONTACT_HEADER.match(text) or any(p.match(text) for p in CONTACTS) or is_address(text):
        return "contact"
    if (BREADCRUMB.match(text) or _is_pipe_menu(text) or _is_spaced_menu(text)
            or _is_home_menu(text)) and not (
            TERMINAL.search(text)):
        return "navigation"
    return None


# ---------------------------------------------------------------- page passes
def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their block number; hard-wrapped lines of one paragraph are joined;
    the formatting tags a scrape left around text (`<p>...</p>`, `<b>`) are dropped, the text
    kept; two sentences glued at a full stop get their space back.

    Each line is judged with the stopwords of its own language (a page may hold two versions)."""
    raw_lines = [GLUED_SENTENCE.sub(r"\1 ", " ".join(TEXT_TAG.sub(" ", raw).split()))
                 for raw in text.splitlines()]
    width = _wrap_width(raw_lines)
    lines: list[Line] = []
    block, previous_blank, previous_raw = 0, True, ""
    for stripped in raw_lines:
        if not stripped:
            previous_blank = True
            continue
        if previous_blank and lines:
            block += 1
        if not previous_blank and (_wraps(previous_raw, stripped, width)
                                   or _continues(lines[-1].text, stripped)):
            lines[-1].text += " " + stripped
        elif not _is_embedded_post(stripped) and len(glued := _unglued(stripped)) > 1:
            # an image's markup or a crawl or site stamp glued before the text (`![](x.jpg) By
            # Staff Writers ...`, `date 2025-01-21 ASTANA. ...`), a read-more link after a
            # teaser (`... the B... MORE`), the wire's end mark after the story's last
            # paragraph (`... reports.—0—`), or a date run into the headline or label before or
            # after it (`Economy 19/02/2024 Japan to fund ...`, `Japan to fund ... 19.02.2024`,
            # `Diplomatic CircuitOct 31, 2024`), is a line of its own; an embedded post stays
            # whole, its closing date with it
            lines += [Line(part, block) for part in glued]
        else:
            lines.append(Line(stripped, block))
        previous_blank, previous_raw = False, stripped
    for line, after in zip(lines, [*lines[1:], None], strict=True):
        stopwords = STOPWORDS[detect_language(line.text)]
        # the sentence that gave a hidden address is judged as the page wrote it, with its stand-in
        said = f"{line.text} {after.text}" if after and MAIL_CLOAK.match(after.text) else line.text
        line.prose = is_prose(said, stopwords)
        line.sentence = is_sentence(said, stopwords)
    return lines


def _is_embedded_post(text: str) -> bool:
    """A line closed by a social media post's handle and date (the cheap test first)."""
    return "(@" in text and bool(EMBEDDED_POST.search(text))


def _unglued(text: str) -> list[str]:
    """The parts of a line that runs furniture and text together (see split_lines); what
    follows a crawl stamp is split again (a stamp, then a photo credit, then the lead)."""
    if stamped := split_leading_stamp(text):
        return [stamped[0], *_unglued(stamped[1])]
    if m := GLUED_POST_NAVIGATION.search(text):
        return [*_unglued(text[:m.start()]), m[1], m[2]]
    glued = (split_doubled(text) or split_image(text) or split_read_more(text)
             or split_end_mark(text) or split_mail_cloak(text) or split_site_credit(text)
             or split_buttons(text) or split_glued_stamp(text) or split_glued_headline(text)
             or split_dated_headline(text, HEADLINE_MIN_WORDS)
             or split_closing_date(text, HEADLINE_MIN_WORDS))
    return list(glued) if glued else [text]


def split_doubled(text: str) -> tuple[str, str] | None:
    """(copy, copy) of a line the scrape printed twice, run together or a space between (a
    link's text and its title: `Bank opens a branch in OshBank opens a branch in Osh`), a
    headline's or a summary's: the copies are read as a line printed twice in a row (see
    mark_repeated and _opening_of)."""
    half = len(text) // 2
    first, second = text[:half], text[half:].removeprefix(" ")
    return (first, second) if first == second and len(
        first.split()) >= HEADLINE_MIN_WORDS else None


def split_image(text: str) -> tuple[str, str] | None:
    """(image, rest) of a line that opens with an image's markdown or file name (`![](photo.jpg)
    Text`, `photo-1.jpg Text`), or with an embedded post's address run into the text."""
    m = IMAGE_MARKUP.match(text)
    rest = text[m.end():] if m else ""
    return (m.group().strip(), rest.strip()) if m and WORD.search(rest) else None


def split_read_more(text: str) -> tuple[str, str] | None:
    """(teaser, link) of a paragraph the site cut off or closed with its link (`... the
    Duma... MORE`, `... analysts said. (more…)`, `... analysts said. Read more »`); a sentence
    never ends on a link alone."""
    m = CUT_THEN_LINK.search(text)
    if m is None or not READ_MORE.match(link := m[m.lastindex]):
        return None
    return text[:m.start(m.lastindex)].rstrip(), link


def split_end_mark(text: str) -> tuple[str, str] | None:
    """(paragraph, mark) of the story's last paragraph with the wire's end mark or credits
    glued to it (`... the agency reports.—0—`, `... it said. (Reporting by A)`), or of a
    paragraph with its picture's credit (`... in May. Photo by A. Name`)."""
    m = GLUED_END.search(text)
    if m and m.start() > 0:
        return text[:m.start()], m.group().strip()
    m = GLUED_CREDIT.search(text)  # from a paragraph; a caption (one sentence) keeps its
    rest = text[:m.start()] if m else ""  # credit and is cut whole
    return (rest, m.group().strip()) if SENTENCE_START.search(rest) and is_prose(
        rest, STOPWORDS[detect_language(rest)]) else None


def split_mail_cloak(text: str) -> tuple[str, str] | None:
    """(sentence, stand-in) of a line where the page wrote its stand-in for a hidden e-mail
    address (`This email address is being protected ...`) in the sentence that gave it."""
    m = MAIL_CLOAK.search(text)
    if m is None or m.start() == 0 or not m.group()[0].isupper():
        return None  # a sentence opens the stand-in: `The ministry said this email address ...`
    return f"{text[:m.start()].rstrip()} {text[m.end():].strip()}".rstrip(), m.group()


def split_glued_headline(text: str) -> tuple[str, str] | None:
    """(headline, lead) of a paragraph the scrape ran its headline into, no space between
    (`США направили в Узбекистан помощьУзбекистан получил ...`): a headline-long phrase with no
    sentence's end, glued in lower case to a capital, before a sentence (one the page may cut
    off after its first)."""
    m = TITLE_GLUE.search(text)
    if m is None:
        return None
    head, lead = text[:m.end()], text[m.end():]
    words = len(head.split())
    told = TERMINAL.search(lead) or INNER_SENTENCE_END.search(lead)  # a sentence, maybe cut off
    return (head, lead) if HEADLINE_MIN_WORDS <= words <= TAIL_HEADLINE_MAX_WORDS and not (
        re.search(r"[.!?:;]", head)) and told and len(lead.split()) >= SENTENCE_MIN_WORDS else None


def split_buttons(text: str) -> tuple[str, str] | None:
    """(headline, buttons) of a line that ends with a CMS's article buttons (GLUED_BUTTONS)."""
    m = GLUED_BUTTONS.search(text)
    return (text[:m.start()], m.group().strip()) if m and m.start() > 0 else None


def split_site_credit(text: str) -> tuple[str, ...] | None:
    """(credit, ..., rest) of a line that opens with photo credits naming the site the picture
    came from, run into the text (`фото с сайта example.kz Сегодня депутаты ...`, `Photo from
    example.com The bank ...`)."""
    m = SITE_CREDITS.match(text)
    if m is None:
        return None
    return (*(c.group().strip() for c in SITE_CREDIT.finditer(m.group())),
            text[m.end():].strip())


def _cut_off(text: str) -> bool:
    """Whether a line reads as a paragraph cut off mid-word: long and written in sentences, it
    stops on a lower-case letter or a comma (`... on strengthening`)."""
    stopwords = STOPWORDS[detect_language(text)]
    return (len(text) >= LENGTH_LOW and stopword_density(text, stopwords) >= STOPWORDS_LOW
            and bool(CUT_OFF.search(text)))


def _cut_short(text: str) -> bool:
    """Whether a short line reads as a sentence cut off where the page ends: it opens with a
    capital, runs to a few words written in sentences and stops on a word no headline or menu
    item ends on (`Both sides also agreed to extend the programme to`)."""
    stopwords = STOPWORDS[detect_language(text)]
    words = WORD.findall(text)
    return (text[:1].isupper() and len(words) >= CUT_SHORT_MIN_WORDS and words[-1].lower() in
            stopwords and stopword_density(text, stopwords) >= STOPWORDS_LOW
            and bool(CUT_OFF.search(text)))


def _wrap_width(raw_lines: list[str]) -> int | None:
    """The width a hard-wrapped page breaks its lines at (its longest line but the first), or
    None for a page that is not hard-wrapped."""
    body = [len(line) for line in raw_lines if line][1:]
    if max(body, default=0) > WRAP_MAX or sum(n >= WRAP_WIDTH for n in body) < WRAP_MIN_LINES:
        return None
    return max(body)


def _wraps(previous: str, line: str, width: int | None) -> bool:
    """On a hard-wrapped page, whether the raw line `previous` was broken before `line` for
    want of room: it is full-width, the next word would not have fitted on it, or it stops
    mid-sentence; a first line longer than the rest is broken so when it reads as running text,
    not as a headline."""
    if width is None or previous.endswith(":") or BULLET.match(line) or is_stamp(line):
        return False  # a date line stands on its own
    if len(previous) > width:
        # a sentence ends inside: running text, no headline
        return bool(SENTENCE_START.search(previous)) and not TERMINAL.search(previous)
    return len(previous) >= WRAP_WIDTH or (
        len(previous) + 1 + len(line.split()[0]) > width - WRAP_SLACK) or (
        2 * len(previous) >= width and not TERMINAL.search(previous))  # mid-sentence


def _continues(previous: str, line: str) -> bool:
    """Whether `line` carries on the paragraph above it: the lower-case rest of a sentence, the
    second line of a headline broken after a preposition or conjunction, or the time and year a
    date line's template sets under its day (`June 05` / `17:27 2024`)."""
    if DAY_MONTH_ALONE.match(previous) and TIME_AND_YEAR.match(line):
        return True
    if previous.endswith(":") or BULLET.match(line):
        return False
    if len(previous) < WRAP_WIDTH:
        words = previous.split()
        return (len(words) >= HEADLINE_MIN_WORDS and words[-1].lower() in DANGLING
                and not TERMINAL.search(previous) and not BULLET.match(previous)
                and rule_reason(previous) is None)
    # a link on its own line is its own (`http://...`, `news.example.kz 24-04-2017` is no
    # sentence's rest), and so is a credit in lower case (`фото пресс-службы министерства`
    # under a long headline)
    return line[0].islower() and not TERMINAL.search(previous) and not LINK_START.match(
        line) and not SITE_ADDRESS.match(line) and rule_reason(line) is None


def mark_rules(lines: list[Line]) -> None:
    """Cut the lines that a furniture rule recognises."""
    for line in lines:
        line.reason = rule_reason(line.text)
        # a teaser's `Read more` link, or the credit that closes a story (`Source: Agency`)
        line.separator = bool(READ_MORE.match(line.text) or SOURCE_LINE.match(line.text))


def mark_author_boxes(lines: list[Line]) -> None:
    """Cut an author's box: a name over the same name glued to its link, and the lines of the
    same block under them (the author's description). A box without a description ends at the
    link; the story's paragraphs after the blank line stay."""
    for i in range(1, len(lines)):
        link = AUTHOR_LINK.match(lines[i].text)
        if link is None or lines[i - 1].text != link["name"].strip():
            continue
        for j in range(i - 1, len(lines)):
            if lines[j].block != lines[i].block:
                break
            lines[j].reason = "byline"


def mark_card_bylines(lines: list[Line]) -> None:
    """Cut the author's or outlet's name a listing prints on each card between its headline and
    its lead (`Headline` / `Name Surname` / lead), when two cards or more carry one."""
    cards = [i for i in range(1, len(lines) - 1) if _names_a_card(lines, i)]
    if len(cards) >= CARD_NAMES_MIN:
        for i in cards:
            lines[i].reason = "byline"


def _names_a_card(lines: list[Line], i: int) -> bool:
    """Whether lines[i] is a name alone (CARD_NAME) under a headline and over a paragraph."""
    above, below = lines[i - 1], lines[i + 1]
    return (not lines[i].reason and bool(CARD_NAME.match(lines[i].text)) and not above.reason
            and not above.prose and _is_headline_shaped(above.text) and below.prose)


def mark_contact_labels(lines: list[Line]) -> None:
    """Cut the labels of a contact block: a line closed by a colon over a contact line (`Hotline
    of the ministry:` over its number), a short line between two contact lines (a label the
    page wrapped), and the short lines under the line announcing the block (`For further
    information please contact:` over a name, a title, an office and its address)."""
    for i, line in enumerate(lines):
        if line.reason == "contact" and line.text.endswith(":"):
            for below in lines[i + 1:]:
                if below.block > line.block + 1 or below.prose or len(
                        below.text.split()) > CONTACT_LABEL_MAX_WORDS:
                    break
                below.reason = below.reason or "contact"
    for i in range(len(lines) - 2, -1, -1):
        line, below = lines[i], lines[i + 1]
        if line.reason or line.prose or below.reason != "contact":
            continue
        above = lines[i - 1] if i > 0 else None
        if line.text.endswith(":") or (above is not None and above.reason == "contact"
                                       and len(line.text.split()) <= CONTACT_LABEL_MAX_WORDS):
            line.reason = "contact"


def mark_alt_texts(lines: list[Line]) -> None:
    """Cut an image's alt text or caption left as a paragraph of its own: a few words opening
    in lower case with no sentence's end (`medical team set out`); a sentence, a heading, a
    wrapped line's tail (which joins the line above it) and an item of a list that runs on to
    the next line (`a tannery,` / `a gelatine plant,` / `a cotton mill.`) never look so."""
    for i, line in enumerate(lines):
        words = line.text.split()
        alone = all(lines[j].block != line.block for j in (i - 1, i + 1) if 0 <= j < len(lines))
        if (not line.reason and alone and len(words) <= ALT_TEXT_MAX_WORDS
                and words[0].isalpha() and words[0].islower()
                and not TERMINAL.search(line.text) and not HAS_DIGIT.search(line.text)
                and not line.text.endswith((",", ";"))):
            line.reason = "caption"


def mark_english_lines(lines: list[Line]) -> None:
    """Cut a lone English sentence between the lines of a Russian page: a Russian story does not
    break into one sentence of English, but a site's untranslated interface (`Recent Posts`) and
    the descriptions of its pictures (`A group of people seated at a table.`) do, the picture's
    caption and credit under its description. A paragraph of several sentences is a quote, and
    several paragraphs a version of the story."""
    told = " ".join(line.text for line in lines if line.prose and not line.reason)
    if detect_language(told) != "ru":
        return
    languages = [detect_language(line.text) for line in lines]
    for i, line in enumerate(lines):
        around = [languages[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if (line.reason or HAS_DIGIT.search(line.text) or not LETTER.search(line.text)
                or languages[i] != "en" or INNER_SENTENCE_END.search(line.text)
                or any(language != "ru" for language in around)):
            continue
        line.reason = "caption" if line.sentence else "boilerplate"
        told_next = next((j for j in range(i + 1, len(lines)) if lines[j].prose), None)
        under = lines[i + 1:told_next]
        if line.sentence and told_next is not None and len(under) <= CAPTION_LINES and not any(
                ln.reason or ln.sentence for ln in under):
            for below in under:
                below.reason = "caption"


def mark_item_fields(lines: list[Line]) -> None:
    """Cut the fields a listing prints under each item (`Content type: News`, `Where we are:
    Osh office`): a short label and its value, no sentence, the same label on several lines of
    the page; a date under its label (`Publishing date: 2 August 2017`) stays a date line, and
    a series' name heading each of its headlines, between its date line and its text, stays."""
    labels = [m["label"].casefold() if (m := ITEM_FIELD.match(line.text)) and not (
        line.reason or line.date or TERMINAL.search(line.text)) else None for line in lines]
    counts = Counter(label for label in labels if label)
    # a label every line of which stands between a date line and a paragraph is a series' name
    # over headlines in a dated listing (`Politics | May 2nd 2023` / `Chart of the week: ...`)
    kickers = {label for label in counts if all(
        0 < i < len(lines) - 1 and lines[i - 1].date and lines[i + 1].prose
        for i, other in enumerate(labels) if other == label)}
    for line, label in zip(lines, labels, strict=True):
        if label and counts[label] >= ITEM_FIELD_REPEATS and label not in kickers:
            line.reason = "navigation"


def mark_credited_captions(lines: list[Line]) -> None:
    """Cut the caption right above a picture's credit inside a story: a phrase or a sentence
    without its full stop, in lower case (`The ambassador with pupils in Osh` over `Photo: the
    embassy`). Above the story's first paragraph such a line may be the headline, unless it opens
    as the caption does (the picture's alt text over its caption: `Joint drill at Osh, army` over
    `Joint drill at Osh | Photo: X`); a subheading over a picture is title-cased or too short to
    tell."""
    told = False  # a paragraph of the story stands above
    for above, line in zip(lines, lines[1:], strict=False):
        if above.reason == "caption" and not line.reason and _same_credit(above.text, line.text):
            line.reason = "caption"  # the alt text's credit closes the caption under it
            continue
        if above.reason in ("caption", "copyright") and not line.reason and _repeats_caption(
                above.text, line.text):
            line.reason = "caption"  # the picture's alt text under its credited caption
            continue
        alt = above.text.split()[:ALT_OPENING_WORDS] == line.text.split()[:ALT_OPENING_WORDS]
        if ((told or alt) and line.reason == "caption" and not above.reason and not above.prose
                and not TERMINAL.search(above.text) and not _is_title_cased(above.text)
                and HEADLINE_MIN_WORDS <= len(above.text.split()) <= CAPTION_MAX_WORDS):
            above.reason = "caption"
        told = told or above.prose


def mark_site_titled_cards(lines: list[Line]) -> None:
    """Cut the titles a site's system gives its pictures and links, each closed by the site's
    name (`Minister at the press conference - Site`, `Aid sent to Osh - Site`): two or more
    different lines with no sentence's end closing with the same name (one printed twice, or
    again at the end of a breadcrumb trail, is the headline and its copy). One that opens its
    paragraph heads a card of another story or a promotion, whose other lines go with it."""
    titled = {i: site for i, line in enumerate(lines)
              if not TERMINAL.search(line.text) and not is_stamp(line.text)
              and (m := SITE_SUFFIX.search(line.text)) and (site := m["site"].strip())[:1].isupper()
              and len(site.split()) <= SITE_NAME_MAX_WORDS}
    texts = {(lines[i].text, site) for i, site in titled.items()}
    counts = Counter(site for text, site in texts if not any(
        other != text and other.endswith(text) for other, _ in texts))  # a trail over its headline
    for i, site in titled.items():
        if counts[site] < 2 or lines[i].reason:
            continue
        lines[i].reason = "caption"
        if i == 0 or lines[i - 1].block != lines[i].block:
            for line in lines[i + 1:]:
                if line.block != lines[i].block:
                    break
                line.reason = line.reason or "related"


def _repeats_caption(credited: str, text: str) -> bool:
    """Whether a line repeats the caption its credit line above carries, maybe with the site's
    name after it: `© Agency / A. Name Minister at the press conference` over `Minister at the
    press conference - Site`."""
    caption = SITE_SUFFIX.sub("", text)
    return len(caption.split()) >= HEADLINE_MIN_WORDS and credited.endswith(caption)


def _same_credit(caption: str, text: str) -> bool:
    """Whether a line closes with the bracketed credit a caption closes with: `Mock station (X
    Consulate/A. Name)` over `This mock station offers drills. (X Consulate/A. Name)`."""
    credit = CLOSING_BRACKET.search(caption)
    return credit is not None and text.endswith(credit.group())


def mark_paywalled(lines: list[Line]) -> None:
    """The paragraph standing above a paywall prompt is the story's, even cut off mid-sentence
    (`... will on-lend the funds to the`): it counts as prose when it reads like prose."""
    for i, line in enumerate(lines):
        if line.reason != "prompt" or not PAYWALL.search(line.text):
            continue
        j = i - 1
        # skip the prompt's own short lines (`SUBSCRIBER EXCLUSIVE`) in its block
        while j >= 0 and lines[j].block == line.block and len(lines[j].text) < LENGTH_LOW:
            j -= 1
        if j < 0 or lines[j].reason or lines[j].prose:
            continue
        above = lines[j]
        stopwords = STOPWORDS[detect_language(above.text)]
        if len(above.text) >= LENGTH_LOW and stopword_density(above.text, stopwords) >= (
                STOPWORDS_LOW) and not _is_title_cased(above.text):  # a headline over the box
            above.prose = True


def _is_title_cased(text: str) -> bool:
    """Most longer words capitalised, as a headline writes them (`Uzbekistan Roads To Benefit
    From $232 Million`)."""
    words = [w for w in WORD.findall(text) if len(w) >= TITLE_CASE_MIN_LETTERS]
    return bool(words) and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def mark_repeated(lines: list[Line]) -> None:
    """Cut lines repeated on the page: all copies of a short line, later copies of a paragraph.

    A copy directly above a paragraph is kept: it is a headline or heading, not furniture.
    """
    counts: dict[str, int] = {}
    for line in lines:
        key = line.text.casefold()
        counts[key] = counts.get(key, 0) + 1
    first_prose = next((i for i, line in enumerate(lines) if line.prose), len(lines))
    # a headline the page prints twice at its top (title bar and story head), with no copy
    # right above the text nor below it: its first copy is kept, as if printed once
    heading = {line.text.casefold() for i, line in enumerate(lines)
               if counts[line.text.casefold()] > 1 and (i > first_prose or _heads_story(lines, i))}
    seen: set[str] = set()
    for i, line in enumerate(lines):
        key = line.text.casefold()
        if counts[key] < 2 or line.reason or is_stamp(line.text):
            continue  # a date line is read for its date (stories of one day share it)
        twice = i + 1 < len(lines) and lines[i + 1].text.casefold() == key
        second = i > 0 and lines[i - 1].text.casefold() == key  # printed twice: a headline
        top = (i < first_prose and key not in seen and key not in heading
               and _is_headline_shaped(line.text))
        if not twice and ((line.prose and key not in seen) or (not line.prose and (
                _heads_story(lines, i) or top
                or (second and _is_twice_headline(line.text))))):
            seen.add(key)
            continue
        line.reason = "repeated"  # or the first of a headline printed twice in a row


def _near_copy(longer: str, shorter: str) -> bool:
    """Whether `longer` is the headline `shorter` with a few capitalised words glued before or
    after it: a breadcrumb (`Home Analysis ...`) or a site's name (`...-Xinhua`)."""
    if len(shorter.split()) <= LABEL_MAX_WORDS or TERMINAL.search(shorter):
        return False  # a label (`Press Releases`) is no headline to copy
    if longer.startswith(shorter):
        extra, joint = longer[len(shorter):], longer[len(shorter) - 1:len(shorter) + 1]
    elif longer.endswith(shorter):
        extra, joint = longer[:-len(shorter)], longer[-len(shorter) - 1:][:2]
    else:
        return False
    words = WORD.findall(extra)
    return (0 < len(words) <= COPY_EXTRA_MAX_WORDS and not HAS_DIGIT.search(extra)
            and all(w[0].isupper() for w in words)
            and _word_edge(joint))  # glued at a word's edge, not inside a word


def _word_edge(joint: str) -> bool:
    """Whether two characters meet at a word's edge: not two letters, or a small letter before a
    capital, where a scrape dropped the space between a page's links (`Latest NewsKorea funds
    ...`)."""
    return not joint.isalpha() or (joint[0].islower() and joint[1].isupper())


def mark_near_copies(lines: list[Line]) -> None:
    """Cut the longer of two adjacent lines that print one headline, one with a breadcrumb or a
    site's name glued to it (a whole breadcrumb trail ending with it too): the bare copy is the
    headline."""
    for a, b in zip(lines, lines[1:], strict=False):
        if a.reason or b.reason:
            continue
        if _trail_to(a.text, b.text):
            a.reason = "navigation"  # a breadcrumb trail, however long its steps
        elif _near_copy(a.text, b.text):
            a.reason = "repeated"
        elif _near_copy(b.text, a.text):
            b.reason = "repeated"


def _opening_of(line: Line, text: str, twice: bool) -> bool:
    """Whether a paragraph, or a line cut short by an ellipsis or printed twice in a row (`A
    fund has signedA fund has signed`: a page's summary glued to itself), is the opening of
    `text`. A headline is no paragraph and is never taken for one."""
    if not (line.prose or twice or ELLIPSIS_END.search(line.text)):
        return False
    copy = line.text.rstrip(" .…")
    return LENGTH_LOW <= len(copy) < len(text) and text.startswith(copy)


def _restated_headline(lines: list[Line], start: int, body_start: int) -> str | None:
    """A one-sentence line above the story that its lead restates with the reporting clause
    (`Japan will fund a school.` over `Japan will fund a school, the agency reports.`): the
    headline, printed with a full stop, which was cut as a copy of the lead."""
    for i in range(start, min(body_start + 1, len(lines))):
        line, text = lines[i], lines[i].text.rstrip(" .")
        if line.reason != "repeated" or SENTENCE_START.search(text) or not FULL_STOP.search(
                line.text):
            continue
        restated = next((ln.text for ln in lines[i + 1:] if ln.text.startswith(text)), "")
        if restated[len(text):len(text) + 1] == ",":
            return headline_text(text)
    return None


def _headline_again(lines: list[Line], kept: list[int], start: int, body_start: int
                    ) -> int | None:
    """The headline printed again over the story's text, under a standfirst (`<headline>` /
    `<section>` / `<standfirst>` / `<headline>` / `<text>`): a line shaped like a headline among
    the story's first lines, right above a paragraph, whose copy above the story was cut as
    repeated."""
    cut = {lines[j].text.casefold() for j in range(start, body_start)
           if lines[j].reason == "repeated"}
    told = [i for i in kept if i >= body_start][:HEAD_LOOKAHEAD + 1]
    return next((i for i, below in zip(told, told[1:], strict=False)
                 if not lines[i].prose and lines[below].prose
                 and lines[i].text.casefold() in cut and _is_headline_shaped(lines[i].text)),
                None)


def mark_lead_copies(lines: list[Line]) -> None:
    """Cut a line that is the opening of a later paragraph (see _opening_of), that paragraph
    maybe credited to its source first (`Agency: ...`): the page's summary or a teaser printed
    above the story, which the later paragraph tells whole."""
    by_start: dict[str, list[tuple[int, str]]] = {}
    for i, line in enumerate(lines):
        if line.prose and not line.reason:
            text = SOURCE_PREFIX.sub("", line.text, count=1)
            by_start.setdefault(text[:LENGTH_LOW], []).append((i, text))
    for i, line in enumerate(lines):
        later = [text for j, text in by_start.get(line.text[:LENGTH_LOW], []) if j > i]
        twice = i > 0 and lines[i - 1].text == line.text
        if later and not line.reason and any(_opening_of(line, text, twice) for text in later):
            line.reason = "repeated"


def mark_summary_copies(lines: list[Line]) -> None:
    """Cut one of the page's first paragraphs whose sentences the story tells again below it, at
    least SUMMARY_COPIED of them and half its length: the page's summary of the story (its first
    sentence maybe a picture's caption, a credit after it), printed above the story whole."""
    prose = [i for i, line in enumerate(lines) if line.prose and not line.reason]
    for i in prose[:SUMMARY_REACH]:
        later = "\n".join(lines[j].text for j in prose if j > i)
        sentences = (CREDIT_IN_BRACKETS.sub("", s) for s in SENTENCE_START.split(lines[i].text))
        copied = [s for s in sentences if len(s) >= LENGTH_LOW and s in later]
        if len(copied) >= SUMMARY_COPIED and 2 * sum(map(len, copied)) >= len(lines[i].text):
            lines[i].reason = "repeated"


def mark_point_copies(lines: list[Line]) -> None:
    """Cut a bullet above the story's first paragraph whose words one later paragraph holds
    nearly all of (`• The bank will lend $5 million for roads.` over `The bank will lend $5
    million for the roads of the valley, ...`): the page's key points, told again below."""
    first = next((i for i, line in enumerate(lines)
                  if line.prose and not line.reason and not BULLET.match(line.text)), len(lines))
    paragraphs = [set(WORD.findall(line.text.casefold())) for line in lines[first:] if line.prose]
    for line in lines[:first]:
        if line.reason or not BULLET.match(line.text):
            continue
        words = WORD.findall(BULLET.sub("", line.text).casefold())
        if len(words) >= POINT_MIN_WORDS and any(
                sum(w in told for w in words) >= POINT_TOLD * len(words) for told in paragraphs):
            line.reason = "repeated"


def _heads_story(lines: list[Line], i: int) -> bool:
    """Whether lines[i] stands directly above a paragraph, or above a date line or a source's
    dateline above one, or above the story's key points as bullets over it; a line with no
    word (`|`, `•`) stands between nothing."""
    after = [ln for ln in lines[i + 1:] if not ln.reason and WORD.search(ln.text)]
    points = next((k for k, ln in enumerate(after) if not BULLET.match(ln.text)), len(after))
    if 0 < points <= KEY_POINTS_MAX and points < len(after) and after[points].prose:
        return True  # `<headline>` / `• point` / `• point` / `<text>`
    after = after[:2]
    if after and after[0].prose:
        return True
    return len(after) == 2 and (is_stamp(after[0].text) or bool(
        _is_credit_dateline(after[0].text))) and after[1].prose


def _is_headline_shaped(text: str) -> bool:
    """A line shaped like a headline: several words, no final full stop but an abbreviation's
    (`... to visit U.S.`; a question or an exclamation may be one), no list marker."""
    return (len(text.split()) >= HEADLINE_MIN_WORDS and not BULLET.match(text)
            and (not FULL_STOP.search(text) or ABBREVIATION_END.search(text) is not None))


def _is_twice_headline(text: str) -> bool:
    """A line a page prints twice in a row is its headline when shaped like one, or when short
    but more than a label or a masthead (`KOICA in Laos, Mongolia`; `Business Times` twice is
    the site's logo and its name)."""
    return _is_headline_shaped(text) or (
        len(text.split()) > LABEL_MAX_WORDS and not FULL_STOP.search(text)
        and not BULLET.match(text) and not _is_site_name(text))


def _by_date_line(lines: list[Line], i: int) -> bool:
    """Whether a headline-shaped lines[i] stands right above or below a date line."""
    near = [lines[j].text for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return _is_headline_shaped(lines[i].text) and any(is_stamp(t) for t in near)


def mark_claims(lines: list[Line]) -> None:
    """Headers such as `Related news`, `Share this article` or `Contact information:` take the
    headline-like lines after them in their block (and the next block when they stand alone
    under the story's first paragraph: above it, a lone link such as `All news` is the menu's,
    and the line under it may be the headline)."""
    claim: str | None = None
    claim_block = -1
    told = False  # whether a paragraph of prose came before
    for i, line in enumerate(lines):
        header = line.reason in ("related", "share") or (
            line.reason == "contact" and bool(CONTACT_HEADER.match(line.text)) and ":" in line.text)
        if header and line.block >= claim_block:
            claim = line.reason
            alone = i + 1 >= len(lines) or lines[i + 1].block != line.block
            claim_block = line.block + 1 if alone and told else line.block
            continue
        told = told or line.prose
        if claim is None or line.block > claim_block:
            claim = None
            continue
        if line.reason:
            continue
        after = list(islice((ln for ln in lines[i + 1:] if not ln.reason), 2))
        # over a paragraph, or, above the first one, over its date line and a paragraph (`Latest
        # news` / headline / `Updated: ...` / lead): the story's own headline
        heads_prose = bool(after) and (after[0].prose or (
            not told and len(after) == 2 and is_stamp(after[0].text) and after[1].prose))
        if (line.prose or line.sentence or heads_prose or is_stamp(line.text)
                or len(line.text.split()) > CLAIM_MAX_WORDS):
            claim = None
            continue
        line.reason = claim


def mark_menus(lines: list[Line]) -> None:
    """Cut runs of one- to three-word lines (a menu) unless a line ending in ':' introduces them."""
    run: list[Line] = []

    def close() -> None:
        if len(run) >= MENU_MIN_RUN:
            # a share bar (`Facebook`, `Twitter`, `LinkedIn`, `Email`) stands by its headline
            networks = sum(bool(SOCIAL_NETWORK.search(item.text)) for item in run)
            shares = networks >= SOCIAL_BAR_MIN and networks >= len(run) - SHARE_BAR_EXTRAS
            for item in run:
                item.reason = "share" if shares else "navigation"
        run.clear()

    for i, line in enumerate(lines):
        if line.reason:
            continue
        menu_like = (len(line.text.split()) <= MENU_MAX_WORDS and not HAS_DIGIT.search(line.text)
                     and not TERMINAL.search(line.text) and not BULLET.match(line.text)
                     and not line.text.endswith(":"))
        introduced = i > 0 and lines[i - 1].block == line.block and lines[i - 1].text.endswith(":")
        if not menu_like or (run and run[-1].block != line.block) or (not run and introduced):
            close()
            if not menu_like or introduced:
                continue
        run.append(line)
    close()


def _mark_between_prompts(lines: list[Line]) -> None:
    """The lines of an offer box between its opening and closing prompts (`Unlock unlimited
    access` ... `Or continue reading for free`): its list of benefits, with no paragraph. A
    line the page prints again (the story's headline, between a tagline and a `Subscribe`
    button, repeated in its share box) is no part of the box."""
    prompts = [i for i, line in enumerate(lines) if line.reason == "prompt"]
    if len(prompts) < 2:
        return
    page = "\n".join(line.text for line in lines).casefold()
    for a, b in zip(prompts, prompts[1:], strict=False):
        inside = lines[a + 1:b]
        if 0 < len(inside) <= PROMPT_BLOCK_MAX_LINES and not any(ln.prose or (
                len(ln.text.split()) >= HEADLINE_MIN_WORDS
                and page.count(ln.text.casefold()) > 1) for ln in inside):
            for ln in inside:
                ln.reason = ln.reason or "prompt"


def _mark_prompt_ends(lines: list[Line]) -> None:
    """The rest of a prompt its link broke over lines (`Subscribe to our` / `Telegram channel` /
    `and be the first to know!`): the short lines after an unfinished prompt in its block, up to
    the one that finishes its sentence."""
    for i, line in enumerate(lines):
        if line.reason != "prompt" or TERMINAL.search(line.text):
            continue
        end = next((j for j in range(i + 1, min(i + 1 + PROMPT_BROKEN_LINES, len(lines)))
                    if TERMINAL.search(lines[j].text)), None)
        rest = lines[i + 1:end + 1] if end is not None else []
        words = sum(len(ln.text.split()) for ln in [line, *rest])
        if rest and words <= PROMPT_MAX_WORDS and all(
                ln.block == line.block and not ln.prose and not ln.date for ln in rest):
            for ln in rest:
                ln.reason = "prompt"


def _mark_appeals(lines: list[Line]) -> None:
    """A plea for the reader's support is written as a letter, in sentences: the lines of its
    block between two pleas (`Enjoying ad-free content?` ... `Support us`), and the rest of the
    block after a salutation (`Dear readers,`), are the plea."""
    pleas = [i for i, line in enumerate(lines)
             if line.reason == "prompt" and PLEA.search(line.text)]
    for a, b in zip(pleas, pleas[1:], strict=False):
        if lines[a].block == lines[b].block and b - a <= PROMPT_BLOCK_MAX_LINES:
            for line in lines[a + 1:b]:
                line.reason = line.reason or "prompt"
    for i in (i for i in pleas if SALUTATION.match(lines[i].text)):
        for line in lines[i + 1:i + 1 + PROMPT_BLOCK_MAX_LINES]:
            if line.block != lines[i].block:
                break
            line.reason = line.reason or "prompt"


def mark_prompt_blocks(lines: list[Line]) -> None:
    """A small block of short lines holding a sign-up or cookie prompt, or an advertisement
    label (`ADVERTISEMENT` above and below a commercial), is that prompt or advertisement whole;
    so are the lines a prompt's link broke it into, and a plea's letter."""
    by_block: dict[int, list[Line]] = {}
    for line in lines:
        by_block.setdefault(line.block, []).append(line)
    _mark_prompt_ends(lines)
    _mark_between_prompts(lines)
    _mark_appeals(lines)
    for block in by_block.values():
        reasons = [ln.reason for ln in block if ln.reason in BLOCK_REASONS]
        if (not reasons or len(block) > PROMPT_BLOCK_MAX_LINES
                or any(ln.prose and not ln.reason for ln in block)):
            continue
        for ln in block:
            # a date line and the headline beside it are the story's, whatever stands by them
            if not ln.reason and not is_stamp(ln.text) and not _by_date_line(
                    lines, lines.index(ln)):
                ln.reason = reasons[0]


def mark_leading_chrome(lines: list[Line]) -> None:
    """Cut paragraphs standing before a story's dated headline that are not the story's: teasers
    of other stories cut off with an ellipsis or under a header of other stories (`Most read`),
    and blurbs of a site's menu set apart from the headline by the menu's own lines or by the
    breadcrumb trail that ends with it.

    A headline is dated when a date line stands by it or its first paragraph opens with a
    dateline (`Bishkek– On August 28, ...`).
    """
    kept = [i for i, ln in enumerate(lines) if not ln.reason]
    # a header of other stories under a paragraph closes the page's story: no headline under it
    # is the story's (`Related Content` / `• <headline>` / `<date>`)
    closed = next((i for i, ln in enumerate(lines) if _heads_section_of_others(ln)
                   and any(above.prose for above in lines[:i])), len(lines))
    kept = [i for i in kept if i < closed]
    head = next((i for i in kept if _dated_headline(lines, kept, i)), None)
    trailed = False
    if head is None:
        head = next((i for i in kept if _trailed_headline(lines, i)), None)
        trailed = head is not None
    if head is None or _one_unit_of_many(lines, kept, head):
        return
    before = [i for i in kept if i < head]
    # blurbs are a page's smaller part: the story under the headline is longer than they are
    story = sum(len(lines[i].text) for i in kept if i > head and lines[i].prose)
    blurbs = sum(len(lines[i].text) for i in before if lines[i].prose)
    # ... and all that a header of other stories above the headline heads (`Most read`)
    section = next((i for i in range(head) if _heads_section_of_others(lines[i])), head)
    for i in before:
        line = lines[i]
        if not line.prose:
            continue
        apart = trailed or sum(not ln.prose for ln in lines[i + 1:head]) >= MENU_MIN_RUN
        if TRUNCATED.search(line.text) or i > section:
            line.reason = "teaser"
        elif apart and blurbs < story:
            line.reason = "boilerplate"


def _one_unit_of_many(lines: list[Line], kept: list[int], head: int) -> bool:
    """Whether the dated headline holds one paragraph and another headline and paragraph follow
    it: a listing's unit, whose teasers above it are its stories too."""
    after = [i for i in kept if i > head][:3]
    return len(after) == 3 and lines[after[0]].prose and not lines[after[1]].prose and (
        _is_headline_shaped(lines[after[1]].text))


def _trailed_headline(lines: list[Line], i: int) -> bool:
    """A headline under the breadcrumb trail that ends with it (`Home / Economy / <headline>`)."""
    return i > 0 and not lines[i].prose and lines[i - 1].reason == "navigation" and _trail_to(
        lines[i - 1].text, lines[i].text)


def _trail_to(trail: str, headline: str) -> bool:
    """Whether a line is a breadcrumb trail whose last step is the headline (`Home > Archive >
    <headline>`)."""
    steps = TRAIL_STEP.split(trail)
    return len(steps) > 1 and steps[-1].casefold() == headline.casefold()


def _dated_headline(lines: list[Line], kept: list[int], i: int) -> bool:
    if lines[i].prose or not _is_headline_shaped(lines[i].text) or is_stamp(lines[i].text):
        return False  # a date line is no headline, even over another (`Site 7 May 2017, 10:40`)
    if _by_date_line(lines, i):
        return True
    after = [j for j in kept if j > i][:1]
    return bool(after) and lines[after[0]].prose and bool(
        read_dateline(lines[after[0]].text, None) or PLACE_DATELINE.match(lines[after[0]].text))


def mark_masthead(lines: list[Line]) -> None:
    """Cut the site name and taglines: whatever stands above the page's menus and tickers (an
    article's print or text-size toolbar, or its link to the source, stands by its headline,
    under the menus)."""
    first_prose = next((i for i, ln in enumerate(lines) if ln.prose and not ln.reason), len(lines))
    last_nav = max((i for i, ln in enumerate(lines[:first_prose])
                    if ln.reason in ("navigation", "ticker", "cookie", "pagination")
                    and not TOOLBAR.search(ln.text) and not READ_AT.match(ln.text)), default=0)
    below = {ln.text.casefold() for ln in lines[last_nav + 1:first_prose]}
    for i, line in enumerate(lines[:last_nav]):
        # a line standing over a date line is a headline (share buttons may follow it), and so
        # is a headline-shaped line under one (a source line may follow it), or one the page
        # prints again under its menus (the title bar's copy of the headline)
        over_date = i + 1 < len(lines) and is_stamp(lines[i + 1].text)
        again = _is_headline_shaped(line.text) and line.text.casefold() in below
        if (not line.reason and not is_stamp(line.text) and not over_date and not again
                and not _by_date_line(lines, i)):
            line.reason = "navigation"


def mark_dates(lines: list[Line]) -> None:
    """Note the ISO date and kind of every remaining line that states a date and little else,
    reading numeric dates in the order the page settles."""
    texts = [line.text for line in lines]
    # a page in Cyrillic writes its numeric dates day first
    order = numeric_order(texts, "dmy" if detect_language(" ".join(texts)) == "ru" else None)
    for line in lines:
        if not line.reason and (stamp := read_stamp(line.text, order)):
            line.date, line.date_kind = stamp.value, stamp.kind


# ---------------------------------------------------------------- story splitting
def _kept(lines: list[Line], start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if not lines[i].reason]


def unit_heads(lines: list[Line]) -> list[int]:
    """Lines that head a paragraph of prose: a short line (a question too), maybe a date line,
    then prose or the page's last paragraph the scrape cut off (not an item of a list: `Latest
    updates` / `• New reports are online`), or under a date line a card's deck. A question of
    any length right under the `Read more` link that closes a teaser heads the next one."""
    kept = _kept(lines, 0, len(lines))
    heads = []
    for pos, i in enumerate(kept):
        line = lines[i]
        asked = _asked_under_link(lines, i)
        if (line.prose and not asked) or line.date or (
                line.sentence and not _asks(line.text) and not asked) or (
                NO_HEADLINE_START.match(line.text) or INNER_SENTENCE_END.search(line.text)):
            continue  # a headline is one sentence, a long question too under a `Read more`
        following = [j for j in kept[pos + 1:pos + 1 + HEAD_LOOKAHEAD] if not lines[j].date][:1]
        # a dated card over its deck, right under it
        card = 0 < pos < len(kept) - 1 and lines[kept[pos - 1]].date is not None and _is_deck(
            lines[kept[pos + 1]].text, line.text)
        if following and (_is_lead(lines[following[0]]) or _cut_last(lines, following[0])
                          or (card and following[0] == kept[pos + 1])) and (
                not BULLET.match(lines[following[0]].text)):
            heads.append(_over_byline(lines, i))
    return heads


def _over_byline(lines: list[Line], head: int) -> int:
    """The headline over the byline right above a line heading a paragraph, which is then the
    picture's caption (`Headline` / `By Name` / `Caption` / text); else that line."""
    above = head - 2
    if above >= 0 and lines[head - 1].reason == "byline" and not lines[above].reason and not (
            lines[above].prose or lines[above].date) and _is_headline_shaped(lines[above].text):
        return above
    return head


def _date_above(lines: list[Line], head: int) -> int | None:
    """The date line directly above a headline, if any."""
    above = _kept(lines, 0, head)
    return above[-1] if above and lines[above[-1]].date else None


def page_date(lines: list[Line]) -> Stamp | None:
    """The date line above a listing's first headline (or first paragraph, when it has none),
    unless the stories carry their dates above their headlines or paragraphs (then it is the
    first story's own); a label (`News for 4 December 2025`) makes it the day the stories were
    published."""
    heads = unit_heads(lines)
    if sum(_has_date_above(lines, h) for h in heads) >= 2 or len(
            _dated_paragraphs(lines, heads)) >= DATED_ITEMS_MIN or len(
            _dated_posts(lines)) >= DATED_POSTS_MIN:
        return None
    # a listing of no headlines (a digest's paragraphs) has its date above its first paragraph
    top = heads[0] if heads else next((i for i, ln in enumerate(lines) if ln.prose), 0)
    found = next((i for i in _kept(lines, 0, top) if lines[i].date), None)
    if found is None:
        return None
    lines[found].reason = "date"
    return Stamp(lines[found].date or "", lines[found].date_kind)


def mark_listing_header(lines: list[Line]) -> int:
    """On a listing, what stands above the first story's headline (and its date) is the page's
    header: site name, section title, page date; and so is a headline and paragraph with no date
    line above a list of stories that each have one (the section's own description). Returns
    where the first story starts. Paragraphs of prose above the first headline are a story whose
    headline the page lost (a list of other stories under it), no header: the page starts it."""
    heads = unit_heads(lines)
    if heads and (sum(ln.prose and not ln.reason for ln in lines[:heads[0]]) >= (
            STORY_MIN_PARAGRAPHS) or _after_headless_story(lines, heads[0])):
        return 0
    if len(heads) > LISTING_INTRO_MIN_HEADS and any(
            not mark(lines, heads[0]) and all(mark(lines, h) for h in heads[1:])
            for mark in (_has_date_above, _under_its_copy)):
        for i in _kept(lines, heads[0], heads[1]):
            if not lines[i].date:
                lines[i].reason = "boilerplate"
        heads = heads[1:]
    first = _date_above(lines, heads[0]) if heads else None
    top = first if first is not None else heads[0] if heads else 0
    for i in _kept(lines, 0, top):
        if not lines[i].date:
            lines[i].reason = lines[i].reason or "navigation"
    return top


def _has_date_above(lines: list[Line], head: int) -> bool:
    """Whether a date line stands directly above a headline."""
    return _date_above(lines, head) is not None


def _under_its_copy(lines: list[Line], head: int) -> bool:
    """Whether a headline stands under a copy of itself (a card's title and its heading)."""
    return head > 0 and lines[head - 1].text.casefold() == lines[head].text.casefold()


def _dated(lines: list[Line], head: int) -> bool:
    """Whether a headline stands over its date line, or over a paragraph a wire dateline opens
    (`TASHKENT, 7 November 2017 – ...`, `Delhi, May 3 (IANS) The ...`, `MAY 3 2024 (Valley
    Weekly) — ...`: a wire story's own)."""
    nxt = _kept(lines, head + 1, len(lines))
    return bool(nxt) and (lines[nxt[0]].date is not None or (lines[nxt[0]].prose and any(
        pattern.match(lines[nxt[0]].text) for pattern in (DATELINE, DATELINE_FIRST))))


def _bylined(lines: list[Line], head: int) -> bool:
    """Whether a headline stands over a byline of its own: one story's headline does; a list of
    headlines each over its author's name (`By Name`) is a listing of stories."""
    return head + 1 < len(lines) and lines[head + 1].reason == "byline"


def _between_stories(lines: list[Line], start: int, head: int) -> bool:
    """Whether lines[start:head], between a `Read more` link and the next headline, hold no
    story text (only date lines, labels or a commercial); what is not a date is cut."""
    between = _kept(lines, start, head)
    if any(lines[j].prose or lines[j].sentence for j in between):
        return False
    for j in between:
        if not lines[j].date:
            lines[j].reason = "boilerplate"
    return True


def _cut_at_end(lines: list[Line], body: list[int], last_prose: int) -> bool:
    """Whether the body's last line is the story's paragraph the scrape cut off where the page
    ends: long, maybe under a subheading, or short, right under the story's last paragraph
    with nothing cut between (a picture's caption: then it is the next caption), stopping on a
    word or inside one (`Located inland, the country is sepa`) in a paragraph of its own."""
    text = lines[body[-1]].text
    return (_cut_off(text) and _subheadings_between(lines, body, last_prose)
            or body[-1] == last_prose + 1 and (
                _cut_short(text) or _cut_mid_word(lines[body[-1]], lines[last_prose])))


def _cut_mid_word(line: Line, above: Line) -> bool:
    """Whether a paragraph right under the story's last one reads as a sentence the page's end
    cut inside a word: it opens with a capital, runs to a clause's words, some of them in lower
    case (not a name line: `Financial Times Information Limited`), and stops on a lower-case
    letter, in a block of its own (no menu or list item glued under a paragraph)."""
    words = line.text.split()
    lower = sum(w[:1].islower() for w in words[1:])
    stopwords = STOPWORDS[detect_language(line.text)]
    return (line.text.lstrip("".join(OPEN_QUOTES))[:1].isupper()
            and len(words) >= CUT_MID_WORD_MIN_WORDS
            and words[-1].lower() not in stopwords  # inside a word (on one: see _cut_short)
            and lower >= CUT_MID_WORD_LOWER * len(words) and line.block != above.block
            and CUT_OFF.search(line.text) is not None and not line.text.endswith(","))


def _subheadings_between(lines: list[Line], body: list[int], last_prose: int) -> bool:
    """Whether at most one subheading stands between the story's last paragraph and the body's
    last line; a question heads a section too (`What will the loan pay for?`)."""
    between = body[body.index(last_prose) + 1:-1]
    return len(between) <= 1 and all(
        not (lines[i].prose or lines[i].date) and (
            not lines[i].sentence or QUESTION_END.search(lines[i].text)) and not FULL_STOP.search(
            lines[i].text) and len(lines[i].text.split()) <= SUBHEADING_MAX_WORDS for i in between)


def story_starts(lines: list[Line]) -> list[int]:
    """Where each story of the page starts (index of its first line); one start = one story.

    A page is a listing when `Read more` links close teasers that are followed by further
    headline+body units, when two or more units carry their own date line (under or above the
    headline), or when a page with a listing marker (pagination, a date line above the first
    headline, or paragraphs the site cut off as teasers) is made only of headline +
    one-paragraph units.
    """
    heads = _unnumbered(lines, unit_heads(lines))
    # under a `Related news` header after the story stand teasers of other pages, not stories
    prose = next((i for i, ln in enumerate(lines) if ln.prose and not ln.reason), len(lines))
    related = next((i for i in range(prose, len(lines)) if lines[i].reason == "related"), None)
    heads = [h for h in heads if related is None or h < related]
    # headlines the page prints twice in a row (its title and its heading), each over its own
    # text: a pair under another story's text starts a story
    doubled = [i - 1 for i in range(1, related or len(lines)) if not lines[i].reason
               and _under_its_copy(lines, i) and _is_headline_shaped(lines[i].text)
               and _over_text(lines, i)]
    if len(doubled) >= 2:
        return [0, *(i for i in doubled if i > prose)]
    if not heads and len(teasers := _headless_teasers(lines)) >= LISTING_MIN_TEASERS:
        return teasers
    if not heads and len(leads := _unrelated_leads(lines)) >= UNRELATED_MIN_LEADS:
        return [0, *leads[1:]]
    if not heads and (leads := _dated_leads(lines)):
        return [0, *leads[1:]]
    if len(dated := _dated_paragraphs(lines, heads)) >= DATED_ITEMS_MIN:
        return [0, *dated[1:]]
    if len(posts := _dated_posts(lines)) >= DATED_POSTS_MIN:
        return [0, *posts[1:]]
    headless = bool(heads) and _after_headless_story(lines, heads[0])
    if len(heads) < 2 and not headless:
        return [0]
    starts = [0]
    for i, line in enumerate(lines):
        if not line.separator or not any(ln.prose and not ln.reason for ln in lines[:i]):
            continue
        nxt = next((h for h in heads if h > i), None)
        if nxt is not None and _between_stories(lines, i + 1, nxt):
            starts.append(i + 1)
    if len(starts) > 1:
        return starts
    if headless:
        return [0, heads[0]]
    if sum(_dated(lines, h) for h in heads) >= 2 or sum(_bylined(lines, h) for h in heads) >= 2:
        return [0, *heads[1:]]
    dated_above = [_date_above(lines, h) for h in heads]
    if sum(d is not None for d in dated_above) >= 2:
        pairs = zip(dated_above[1:], heads[1:], strict=True)
        return [0, *(h if d is None else d for d, h in pairs)]
    bounds = [*heads, len(lines)]
    units = list(zip(bounds, bounds[1:], strict=False))
    teasers = sum(any(TRUNCATED.search(lines[j].text) for j in _kept(lines, a + 1, b))
                  for a, b in units)
    # a date line above the first headline marks a listing, not a story's date over paragraphs
    # that its pictures' labels then part (`EXPO 3` over a paragraph)
    above = [ln for ln in lines[:heads[0]] if not ln.reason]
    # (not the story's own date line, when the headline is printed above it as well)
    again = any(ln.text.casefold() == lines[heads[0]].text.casefold() for ln in lines[:heads[0]])
    tagged = any(TAG_PAGE.match(ln.text) for ln in lines[:heads[0]])  # cut as a menu or not
    marker = tagged or any(ln.reason == "pagination" for ln in lines) or (
        any(ln.date for ln in above) and not any(ln.prose for ln in above) and not again) or (
        teasers >= LISTING_MIN_TEASERS) or _headlines_over_leads(lines, units)
    if tagged and all(any(_is_lead(lines[j]) for j in _kept(lines, a + 1, b)) for a, b in units):
        return [0, *heads[1:]]  # a tag page's teasers may run to more than one paragraph
    single = all(
        [_leads(lines, j) for j in _kept(lines, a + 1, b) if not lines[j].date][:1] == [True]
        and sum(_leads(lines, j) for j in _kept(lines, a + 1, b)) == 1
        for a, b in units
    )
    return [0, *heads[1:]] if marker and single else [0]


def _headlines_over_leads(lines: list[Line], units: list[tuple[int, int]]) -> bool:
    """Whether a page runs many units each headed by a line as long as a headline, no question
    (an interview's), as a news list prints each story's headline over its lead; a story's own
    subheadings are few or short (`Background`, `What comes next`)."""
    return len(units) >= LISTING_MIN_UNITS and all(
        len(lines[head].text.split()) >= LISTING_HEADLINE_WORDS
        and not QUESTION_END.search(lines[head].text) for head, _ in units)


def _headless_teasers(lines: list[Line]) -> list[int]:
    """Where each teaser of a listing with no headlines starts (the page's top first): its
    paragraphs are each cut off with the link of a blog's excerpt (`... the minister said
    […]`), or with an ellipsis over a `Read more` link, or with that link closing the
    paragraph itself (`... the minister said. Click here to read...`); the paragraph after the
    last one starts a teaser too."""
    kept = _kept(lines, 0, len(lines))
    cut = [i for i in kept if lines[i].prose and (EXCERPT_MARK.search(lines[i].text) or (
        i + 1 < len(lines) and READ_MORE.match(lines[i + 1].text) and (
            ELLIPSIS_END.search(lines[i].text) or lines[i + 1].block == lines[i].block)))]
    after = [n for i in cut if (n := next((k for k in kept if k > i), None)) is not None]
    return [0, *after] if cut and all(lines[i].prose for i in after) else []


def _unrelated_leads(lines: list[Line]) -> list[int]:
    """The paragraphs of a page made of paragraphs only, when each tells another story: a
    story's paragraphs repeat its names and its subject, while each lead of a digest shares
    no more than a country's name or a common word with all the leads above it. The page's
    last line may be a paragraph the scrape cut off mid-sentence: it stays with the one above,
    unless it tells another story too in a sentence it finishes before the cut."""
    kept = _kept(lines, 0, len(lines))
    if not kept or not all(lines[i].prose for i in kept[:-1]) or not (
            lines[kept[-1]].prose or len(lines[kept[-1]].text) >= LENGTH_LOW):
        return []
    leads = [i for i in kept if lines[i].prose]
    above: set[str] = set()
    for i in leads:
        words = _key_words(lines[i].text)
        if len(words & above) > UNRELATED_SHARED:
            return []
        above |= words
    last = kept[-1]
    if last not in leads and SENTENCE_START.search(lines[last].text) and len(
            _key_words(lines[last].text) & above) <= UNRELATED_SHARED:
        leads.append(last)
    return leads


def _dated_leads(lines: list[Line]) -> list[int]:
    """The paragraphs of a page made of paragraphs only (a line above them, a cut one below),
    when they are a digest's items, each dating its own news: their first days named (`April
    15`, `2-4 August`) are DIGEST_MIN_DAYS different days at least, and few of them go on from
    the one above (see FOLLOW_ON), as a story's do."""
    kept = _kept(lines, 0, len(lines))
    leads = [i for i in kept if lines[i].prose]
    others = [i for i in kept if i not in leads]
    if len(leads) < DIGEST_MIN_PARAGRAPHS or any(
            leads[0] < i < leads[-1] for i in others) or len(others) > 2:
        return []
    days = {month_day(m) for i in leads if (m := MONTH_DAY.search(lines[i].text))}
    follow_ons = sum(bool(FOLLOW_ON.match(lines[i].text)) for i in leads[1:])
    return leads if len(days) >= DIGEST_MIN_DAYS and (
        follow_ons * DIGEST_FOLLOW_ONS <= len(leads) - 1) else []


def _dated_paragraphs(lines: list[Line], heads: list[int]) -> list[int]:
    """The date lines of a list of dated items with no headlines (an archive's `23 June 2010` over
    each teaser), when every paragraph stands under its own date line, days apart: each date
    line starts an item. A section label over a date line (`School Meals`) heads none."""
    kept = _kept(lines, 0, len(lines))
    pairs = [(i, j) for i, j in zip(kept, kept[1:], strict=False)
             if lines[i].date and lines[j].prose]
    prose = [i for i in kept if lines[i].prose]
    days = {lines[i].text.strip() for i, _ in pairs}
    if len(days) < len(pairs) or [j for _, j in pairs] != prose[:len(pairs)] or len(
            prose) - len(pairs) > 1 or any(not _is_label_over_date(lines, h) for h in heads):
        return []
    return [i for i, _ in pairs]


def _dated_posts(lines: list[Line]) -> list[int]:
    """The date lines of a blog's page of posts, each over its post's headline (a question
    too) and its text (`Friday, June 24, 2011` / `Field notes` / paragraphs) or a card's deck
    (a sentence under the headline that lost its stop), when every date line of the page
    stands so, each another day: each starts a post."""
    kept = [i for i, line in enumerate(lines) if line.reason in (None, "date")]  # (cut or not)
    dates = [at for at, i in enumerate(kept) if lines[i].date]
    posts = [kept[at] for at in dates if at + 2 < len(kept) and not lines[kept[at + 1]].date
             and not lines[kept[at + 1]].prose and len(lines[kept[at + 1]].text) <= POST_TITLE_MAX
             and (_is_deck(lines[kept[at + 2]].text, lines[kept[at + 1]].text)
                  or any(lines[i].prose for i in kept[at + 2:at + 4]))]
    days = {lines[i].date for i in posts}
    return posts if len(posts) == len(dates) == len(days) else []


def _is_deck(text: str, headline: str) -> bool:
    """A card's deck under its headline: a line as long as a paragraph, written in sentences
    and at least twice the headline's length, which lost only its closing stop (`Bridge to
    open in May` / `A joint fund will pay for the bridge and the road to it on both banks`)."""
    return len(text) >= LENGTH_LOW and len(text.split()) >= DECK_LENGTHS * len(
        headline.split()) and stopword_density(text, STOPWORDS[detect_language(text)]) >= (
        STOPWORDS_LOW)


def _is_label_over_date(lines: list[Line], head: int) -> bool:
    """Whether a head is a short section label right over a date line (`School Meals`)."""
    below = _kept(lines, head + 1, len(lines))[:1]
    return len(lines[head].text.split()) <= SECTION_LABEL_WORDS and bool(
        below and lines[below[0]].date)


def _after_headless_story(lines: list[Line], head: int) -> bool:
    """Whether the page's only headline starts a second story under one whose headline the
    page lost (a tag page or a feed that opens mid-list): the page opens with paragraphs, and
    the headline, of a headline's length, is over a lead that opens with the full date of what
    it reports (`2 июня 2016 года в Мургабе состоялась ...`, `On 2 June 2016, the ...`), as a
    story's first sentence does and a section of one story rarely does."""
    kept = _kept(lines, 0, head)
    below = _kept(lines, head + 1, len(lines))[:1]
    if not kept or not lines[kept[0]].prose or not below or len(
            lines[head].text.split()) < HEADLINE_MIN_WORDS:
        return False
    lead = lines[below[0]].text
    m = DATE_CORE.match(lead, LEAD_DATE_OPENER.match(lead).end())
    return m is not None and _is_lead(lines[below[0]])


def _over_text(lines: list[Line], i: int) -> bool:
    """Whether lines[i] stands over a story's text (see _is_lead), or over the page's last line,
    a paragraph the scrape cut off mid-word."""
    below = next((j for j in range(i + 1, len(lines))
                  if not lines[j].reason and WORD.search(lines[j].text)), None)
    return below is not None and (_is_lead(lines[below]) or _cut_last(lines, below))


def _cut_last(lines: list[Line], i: int) -> bool:
    """Whether lines[i] is the page's last line, a paragraph the scrape cut off mid-word, or a
    lead its dateline opens cut off within its first words (`TASHKENT, May 22 -- The bank sa`)."""
    text = lines[i].text
    return i == len(lines) - 1 and (
        _cut_off(text) or bool(DATELINE.match(text) and CUT_OFF.search(text)))


def _is_lead(line: Line) -> bool:
    """A paragraph, or a lead a dateline opens (`CITY, May 24. /Agency/. ...`), which a
    sentence thick with names may be."""
    return line.prose or (bool(DATELINE.match(line.text)) and len(line.text) >= LENGTH_LOW)


def _leads(lines: list[Line], i: int) -> bool:
    """Whether lines[i] is a unit's lead: a paragraph (see _is_lead), or the page's last line
    the scrape cut off (see _cut_last), as it cuts a listing's last teaser."""
    return _is_lead(lines[i]) or _cut_last(lines, i)


def _unnumbered(lines: list[Line], heads: list[int]) -> list[int]:
    """Headlines but the numbered headings of one story's sections (`1. Opening remarks`,
    `2. Bilateral relations`): a listing does not number its stories."""
    numbered = [h for h in heads if SECTION_NUMBER.match(lines[h].text)]
    return [h for h in heads if h not in numbered] if len(numbered) >= 2 else heads


def _language_runs(lines: list[Line]) -> list[list[int]]:
    """The kept prose lines of the page grouped into runs of one language."""
    runs: list[list[int]] = []
    language = None
    for i in _kept(lines, 0, len(lines)):
        if not lines[i].prose:
            continue
        current = detect_language(lines[i].text)
        if current != language:
            runs.append([])
            language = current
        runs[-1].append(i)
    return runs


def language_starts(lines: list[Line]) -> list[int]:
    """Where each language version starts on a page that holds a story in two languages (a
    Russian original, then its English translation): each version has several paragraphs of
    its own and its own headline above them. A one-paragraph quote in another language is no
    version."""
    runs = _language_runs(lines)
    if len(runs) < 2 or any(len(run) < VERSION_MIN_PARAGRAPHS for run in runs):
        return [0]
    starts = [0]
    for before, after in zip(runs, runs[1:], strict=False):
        between = _kept(lines, before[-1] + 1, after[0])
        if not any(len(lines[j].text.split()) >= HEADLINE_MIN_WORDS and not lines[j].sentence
                   and not lines[j].date for j in between):
            return [0]
        starts.append(_version_end(lines, before[-1], between))
    return starts


def _version_end(lines: list[Line], last_prose: int, after: list[int]) -> int:
    """Where a version ends: after its last paragraph and the short sentences of its language
    that close it (`Первые мастерские планируется оснастить к сентябрю 2025 года.`)."""
    language = detect_language(lines[last_prose].text)
    end = last_prose + 1
    for j in after:
        if not (lines[j].sentence and detect_language(lines[j].text) == language):
            break
        end = j + 1
    return end


# ---------------------------------------------------------------- one story
@dataclass
class Region:
    """The lines of one story after its furniture is known: what it keeps and its metadata."""

    title: str | None = None
    published: str | None = None
    body: list[str] = field(default_factory=list)


def _subheading(lines: list[Line], headline: int | None, i: int) -> bool:
    """Whether lines[i] is the subheading sharing the headline's block right under it: shaped
    like a headline, no copy of it, no caption closed by its date (a standfirst is the story's
    text)."""
    return (headline is not None and i == headline + 1
            and lines[i].block == lines[headline].block and _is_headline_shaped(lines[i].text)
            and not closes_with_date(lines[i].text)
            and lines[i].text.casefold() not in lines[headline].text.casefold())


def _standfirst(lines: list[Line], headline: int, i: int) -> bool:
    """Whether lines[i] is a standfirst closed by a full stop right under the headline, only cut
    lines between them (a view counter): a headline ends bare, a standfirst like a sentence
    (`Talks in Tashkent on Friday.` under `The president flies to Uzbekistan`)."""
    return bool(ONE_STOP_END.search(lines[i].text)) and not ABBREVIATION_END.search(
        lines[i].text) and all(lines[j].reason for j in range(headline + 1, i))


def _printed_twice(lines: list[Line], candidates: list[int], apart: bool) -> int | None:
    """The first headline-shaped candidate the page prints again above its first paragraph
    (apart from it, a line or a blank between, when another line could be the headline) and
    nowhere below it (a copy cut as repeated): a page repeats its headline in its title bar and
    over the story; a picture's alt text and caption stand together in one paragraph (its
    title too: three copies in a row), and a line printed again further down is a teaser."""
    top = next((i for i, line in enumerate(lines) if line.prose), len(lines))
    below = {line.text.casefold() for line in lines[top:]}
    gap = 2 if apart else 1  # lines between the two copies, at least
    for i in candidates:
        key = lines[i].text.casefold()
        beside = sum(lines[j].block == lines[i].block and lines[j].text.casefold() == key
                     for j in range(top))
        if i < top and key not in below and beside < PICTURE_COPIES and _is_headline_shaped(
                lines[i].text) and any(
                (abs(j - i) >= gap or lines[j].block != lines[i].block)
                and lines[j].reason == "repeated" and lines[j].text.casefold() == key
                for j in range(top)):
            return i
    return None


def _strong_headline(candidates: list[int], lines: list[Line], strict: bool = False) -> int | None:
    """The first line standing alone in its block (strict: not even beside cut lines, but for
    a crawl's stamp right above it) with at least HEADLINE_MIN_WORDS words and no full stop: a
    headline by its shape."""
    for i in candidates:
        # a headline may share its block with the subheading under it, and with the crawl's
        # stamp the scrape glued to it (`date 2025-12-18 Headline`)
        alone = all(j == i or (not strict and (lines[j].reason or lines[j].date))
                    or (j == i - 1 and CRAWL_STAMP.match(lines[j].text))
                    or _subheading(lines, i, j)
                    for j in range(len(lines)) if lines[j].block == lines[i].block)
        text = lines[i].text
        if alone and len(text.split()) >= HEADLINE_MIN_WORDS and not text.endswith(".") and (
                not INNER_ELLIPSIS.search(text) and not SENTENCE_START.search(text)):
            return i
    return None


def _key_words(text: str) -> set[str]:
    """The stems (first letters) of a line's longer words that are not function words."""
    function = FUNCTION_WORDS[detect_language(text)]
    return {w[:KEY_STEM] for w in KEY_WORD.findall(text.casefold()) if w not in function}


def _headline_of_lead(lines: list[Line], named: list[int], headline: int, lead: str) -> int:
    """The headline, or the headline-shaped line under it when only that one shares a word with
    the story's lead, or when standing alone it shares far more: a line a scrape put above the
    headline (a teaser in another language, a slogan, a widget) says little of the story. A
    headline the page's furniture above ends with (the breadcrumb's last step: `3. <Headline>`,
    `News > <Headline>`) is the story's, however little it shares. A picture's caption under the
    headline, naming who is pictured doing what (`Speaker X shaking hands with Minister Y`),
    shares much with the lead and is no headline."""
    key = lines[headline].text.casefold()
    if any(lines[j].reason and len(lines[j].text) > len(key) and lines[j].text.casefold().endswith(
            key) for j in range(headline)):  # a copy (a picture's alt text and caption) is none
        return headline
    words = _key_words(lead)
    shared = len(_key_words(lines[headline].text) & words)
    below = [i for i in named if i > headline and _is_headline_shaped(lines[i].text)
             and not NAMES_THE_NEWS.search(lines[i].text) and not PICTURED.match(lines[i].text)]
    if shared:  # a widget's line may share a word by chance (`turkmen manat`): a headline alone
        # in its block under it that tells far more of the lead is the story's
        return next((i for i in below if _strong_headline([i], lines, strict=True) == i
                     and not _subheading(lines, headline, i) and len(
                         _key_words(lines[i].text) & words) >= max(
                         LEAD_WORDS_MORE, LEAD_WORDS_TIMES * shared)), headline)
    return next((i for i in below if _key_words(lines[i].text) & words), headline)


def pick_headline(candidates: list[int], lines: list[Line]) -> int | None:
    """The headline among the short lines above a body: a strong one (see _strong_headline),
    else the one nearest the body that is more than a label (`Press Releases`, `News`) or an
    item of a list (`• Investor Relations`: a menu's), or the headline above it when that one is
    its standfirst; never a caption's or a source's line closed by its date, nor a line closed
    by a colon, which introduces what follows it (`About the partners:`)."""
    candidates = [i for i in candidates if not closes_with_date(lines[i].text)
                  and not NO_HEADLINE_START.match(lines[i].text)
                  and not lines[i].text.rstrip().endswith(":")]
    # the site's name or tagline gives way to any other line
    candidates = [i for i in candidates if not NAMES_THE_NEWS.search(lines[i].text)] or candidates
    strong = _strong_headline(candidates, lines)
    if strong is not None and _over_its_date_line(lines, candidates[-1], strong):
        return candidates[-1]
    if strong is not None:
        return strong
    worded = [i for i in candidates if (not lines[i].sentence or _asks(lines[i].text))
              and _has_words(lines[i].text)
              and not _is_label(lines[i].text) and not BULLET.match(lines[i].text)
              and not _closed_sentence(lines[i].text)]
    if len(worded) > 1 and _is_headline_shaped(lines[worded[-2]].text) and (_subheading(
            lines, worded[-2], worded[-1]) or _standfirst(lines, worded[-2], worded[-1])):
        return worded[-2]  # the nearest is the standfirst under its headline
    return worded[-1] if worded else None


def _asks(text: str) -> bool:
    """A headline that asks (`Who owes Russia and how much?`): a short question, no one's
    quoted words, no reader's cry (`Why so generous??`); a story's lead states, it does not ask."""
    return bool(QUESTION_END.search(text)) and len(text.split()) <= SUBHEADING_MAX_WORDS and (
        text[:1] not in OPEN_QUOTES | DASHES)


def _over_its_date_line(lines: list[Line], i: int, top: int) -> bool:
    """Whether lines[i] is a headline by its shape right over a date line, with more than a
    standfirst between it and the strong line `top` above it (a portal's name over its widgets:
    the headline stands by its date)."""
    return i > top + 1 and i + 1 < len(lines) and bool(lines[i + 1].date) and (
        _strong_headline([i], lines) is not None)


def _closed_sentence(text: str) -> bool:
    """A line of HEADLINE_MIN_WORDS or more closed by one full stop: a sentence, as headlines
    end bare (`Minister Osmonov and the ambassador signed exchange notes.`); an ellipsis may
    close a headline a site cut short."""
    return (len(text.split()) >= HEADLINE_MIN_WORDS and bool(FULL_STOP.search(text))
            and not ELLIPSIS_END.search(text))


def _has_words(text: str) -> bool:
    """Whether a line says something in words: two words other than month and weekday names
    (`November 30, -0001, 0:00` says nothing)."""
    words = [w for w in HEADLINE_WORD.findall(text) if w.casefold() not in CALENDAR_WORDS]
    return len(words) >= 2


def _is_label(text: str) -> bool:
    """A section or category label (`Press Release`, `Interview`): one or two words, no digit."""
    return len(text.split()) <= LABEL_MAX_WORDS and not HAS_DIGIT.search(text)


def _is_site_name(text: str) -> bool:
    """A masthead's shape: a few capitalised words, no digit, no punctuation of a sentence or a
    headline (`Central Asia Economic Monitor`, `The Steppe Economic Review`), or a name in
    sentence case closed by an outlet's word (`Степная газета`)."""
    words = text.split()
    if not words or len(words) > SITE_NAME_MAX_WORDS or HAS_DIGIT.search(text) or any(
            c in text for c in ".,:;!?$%\"'"):
        return False
    if words[0][0].isupper() and words[-1] in NEWSPAPER_WORDS:
        return True
    return (all(w[0].isupper() or w.casefold() in NAME_JOINERS for w in words)
            # a capitalised link word (`Japan And Kyrgyzstan Sign ...`) marks a title-case headline
            and not any(w[0].isupper() and w.casefold() in SENTENCE_WORDS | NAME_JOINERS
                        for w in words[1:]))


def headline_text(text: str) -> str:
    """A headline without a label, a wire's tag or a breadcrumb trail before it (`Title: ...`,
    `(LEAD) ...`, `Opinion | ...`, `site.kg » Economy » ...`), a site's name or address after
    it (`... | The Steppe Herald`, `... - Example News`, `... | Valley2030.kg`) or the next
    line glued to it."""
    text = TITLE_LABEL.sub("", TABLE_CELLS.sub("", BULLET.sub("", text)))
    m = WIRE_TAG.match(text)
    if m and len(text[m.end():].split()) >= HEADLINE_MIN_WORDS:
        text = text[m.end():]  # `(LEAD) Japan grants ...`
    m = TITLE_GLUE.search(text)
    if m and len(text[:m.end()].split()) >= HEADLINE_MIN_WORDS:
        text = text[:m.end()]  # `... in the valleyThe utility will ...`: its deck glued on
    m = TITLE_DATE.match(text)
    if m and len(text[m.end():].split()) >= HEADLINE_MIN_WORDS:
        text = text[m.end():]  # `14/02/11 - Japan grants ...`: a listing's date or time
    steps = TITLE_TRAIL.split(text)
    if len(steps) > 1 and len(steps[-1].split()) >= HEADLINE_MIN_WORDS:
        text = steps[-1]  # `site.kg » Economy » Japan grants ...`: the trail ends with it
    m = LABEL_PREFIX.match(text)
    if m and _is_label(m["label"]) and len(text[m.end():].split()) >= HEADLINE_MIN_WORDS:
        text = text[m.end():]  # `Opinion | ...`, `Special Report | ...`
    m = ADDRESS_SUFFIX.search(text)
    if m and len(text[:m.start()].split()) >= HEADLINE_MIN_WORDS:
        text = text[:m.start()]
    for _ in range(SUFFIX_STEPS):  # `... | Economy | The Steppe Herald`: a section, then the site
        m = SITE_SUFFIX.search(text)
        named = m and (_is_site_name(m["site"]) or WEB_ADDRESS.match(m["site"]))
        if not named or SPEAKER_SUFFIX.search(m["site"]) or len(
                text[:m.start()].split()) < HEADLINE_MIN_WORDS:
            break
        text = text[:m.start()]
    return text


def _titled_copy(text: str, title: str | None) -> bool:
    """Whether a line is the headline again, maybe in other case (a picture's alt text: `pm
    visits osh`) or with the site's name after it (`<headline> | Steppe Herald`)."""
    return bool(title) and len(text) >= len(title) and text.casefold().startswith(
        title.casefold()) and headline_text(text).casefold() == title.casefold()


def _credited_headline(text: str, title: str | None) -> bool:
    """Whether a line is the headline glued to a picture's credit, before or after it: the
    headline made the picture's caption (`<headline> Photo by the ministry's press office.`,
    `© Agency / A. Name<headline>`)."""
    if not title or len(text) <= len(title):
        return False
    folded, head = text.casefold(), title.casefold()
    rest = text[len(title):] if folded.startswith(head) else (
        text[:-len(title)] if folded.endswith(head) else None)
    return rest is not None and rule_reason(rest.strip()) in ("caption", "copyright")


def _is_credit_dateline(text: str) -> bool:
    """A wire's dateline with no date, crediting its source (see CREDIT_DATELINES)."""
    return any(p.match(text) for p in CREDIT_DATELINES)


def _is_tag(text: str) -> bool:
    """A label or a document number over a headline: `PRESS RELEASE`, `No. 47`,
    `PRESS RELEASE No. 147`."""
    return len(text.split()) <= LABEL_MAX_WORDS or bool(NUMBERED_LABEL.match(text))


def clean_region(lines: list[Line], start: int, end: int, page_date: str | None) -> Region:
    """Title, date and body lines of the story held by lines[start:end]; cuts the rest."""
    region = Region()
    kept = _kept(lines, start, end)
    body_start = next((i for i in kept if lines[i].prose), None)
    # a headline taken for the story's first paragraph: a long one its lead retells, or a
    # question over the story's key points
    restated = None
    if body_start is not None and (_restated_long_headline(lines, kept, body_start)
                                   or _asks_over_key_points(lines, kept, body_start)
                                   or _asks_under_link(lines, kept, body_start)):
        restated = body_start
    if body_start is not None and (restated is not None or _two_part_headline(lines, kept,
                                                                              body_start)):
        body_start = next((i for i in kept if i > body_start and lines[i].prose), None)
    if body_start is None:  # a sentence, a lead the page's end cut off mid-word, or a card's
        # deck under its headline
        body_start = next((i for at, i in enumerate(kept) if lines[i].sentence or _cut_last(
            lines, i) or (at and not lines[kept[at - 1]].date and _is_deck(
                lines[i].text, lines[kept[at - 1]].text))), end)
    # a paragraph opening with a wire dateline opens the story, full stop or none
    opener = next((i for i in kept if i < body_start and DATELINE.match(lines[i].text)
                   and len(lines[i].text) >= LENGTH_LOW), None)
    body_start = opener if opener is not None else body_start
    body_start = _lead_start(lines, [i for i in kept if i != restated], body_start)
    body_start = _dated_lead_under_headline(lines, kept, body_start)
    stamped = _stamped_headline(lines, kept)
    if stamped is not None:
        body_start = max(body_start, kept[2])  # under the headline's date line
    pre = [i for i in kept if i < body_start]
    boxes = {j for i in pre for j in fact_box(lines, i)}
    dates = [i for i in pre if lines[i].date]
    # a wire dateline (`Baku, 15 January 2026 / Trend /`) opens the body, it is no headline;
    # nor is a line in another language than the story's lead (a notice of the site in its
    # own language over an English story)
    language = next((detect_language(lines[i].text) for i in kept
                     if i >= body_start and lines[i].prose), None)  # the lead's
    named = [i for i in pre if not lines[i].date and not DATELINE.match(lines[i].text)
             and not DATELINE_ALONE.match(lines[i].text) and not _is_credit_dateline(
                 lines[i].text) and i not in boxes
             and not in_other_script(lines[i].text) and not TAG_PAGE.match(lines[i].text)
             and language in (None, detect_language(lines[i].text))]
    # the date line under the headline, not the crawl's stamp opening the page above it
    crawled = dates[:1] if dates and CRAWL_STAMP.match(lines[dates[0]].text) and not any(
        j < dates[0] for j in named) else []
    anchor = next((i for i in dates if i not in crawled), dates[0] if dates else None)
    if anchor is None:  # the headline stands above its byline, as above its date line
        anchor = next((i for i in range(start, body_start) if lines[i].reason == "byline"
                       and any(j < i for j in named)), None)
    above = [i for i in named if anchor is None or i < anchor]
    below = [i for i in named if anchor is not None and i > anchor]
    # the headline stands above the date line, unless only labels (`PRESS RELEASE`, `No. 47`)
    # or the site's names do and a line shaped like a headline stands alone after the date (a
    # caption sits by a credit)
    strong_below = _strong_headline([i for i in below if not closes_with_date(lines[i].text)],
                                    lines, strict=True)
    chrome = _kept(lines, 0, len(lines))[:PAGE_TOP]  # the page's first lines: its masthead
    if strong_below is not None and all(
            _is_tag(lines[i].text) or BULLET.match(lines[i].text) or NAMES_THE_NEWS.search(
                lines[i].text) or (i in chrome[:1] and _is_site_name(lines[i].text))
            for i in above):
        headline: int | None = strong_below
    else:
        # above the date line only labels or nothing: the headline follows the date; so it
        # does when above it only the site's name or tagline stands (`Мы освещаем новости ...`)
        headline = pick_headline(above, lines)
        if headline is None or NAMES_THE_NEWS.search(lines[headline].text):
            headline = pick_headline(below, lines) or headline
    twice = _printed_twice(lines, named, apart=headline is not None)
    if twice is not None and (headline is None or twice > headline):
        headline = twice  # nearer the text than a banner or a caption above it
    headline = stamped if headline is None else headline
    headline = restated if restated is not None else headline
    # a headline printed both above the story and again over its text outweighs any line
    # printed once (an author's box above the text: `Name Surname Name Surname`)
    again = None if restated is not None else _headline_again(lines, kept, start, body_start)
    headline = None if again is not None else headline
    if headline is not None and body_start < end:
        # the lead is the first paragraph of prose or the one a wire dateline opens: a
        # picture's caption, dated like a dateline or not, may open the body
        told = [i for i in kept if i >= body_start]
        leads = {next((i for i in told if lines[i].prose), body_start),
                 next((i for i in told if DATELINE.match(lines[i].text)), body_start)}
        lead = "\n".join(lines[i].text for i in sorted(leads))
        headline = _headline_of_lead(lines, named, headline, lead)
    if headline is None:
        region.title = _restated_headline(lines, start, body_start)
    if region.title is None and again is not None:
        region.title = headline_text(lines[again].text)
        lines[again].reason = "repeated"
        kept.remove(again)
    # the headline printed again further down, without the breadcrumb glued to it: the bare copy
    bare = None if headline is None else next(
        (i for i in named if i > headline and _near_copy(lines[headline].text, lines[i].text)),
        None)
    for i in pre:
        line = lines[i]
        if i == headline:
            region.title = headline_text(lines[i if bare is None else bare].text)
        elif i == bare:
            line.reason = "repeated"
        elif line.date and DATELINE_ALONE.match(line.text):
            line.reason = "date"  # a dateline alone on its line dates the story, as a date line
        elif _is_credit_dateline(line.text):
            line.reason = "byline"  # a wire's dateline alone on its line credits its source
        elif (headline is None or i > headline) and (DATELINE.match(line.text) or i in boxes):
            region.body.append(line.text)  # the story's dateline or fact box, headline or not
        elif line.date:
            line.reason = "date"
        elif headline is not None and i > headline and _credited_headline(
                line.text, region.title):
            line.reason = "caption"  # the headline over the picture, as its caption
        elif (headline is not None and i > headline and line.sentence) or _subheading(
                lines, headline, i):
            region.body.append(line.text)  # a sentence or the subheading under the headline
        elif headline is not None and i > headline and _is_label(line.text):
            line.reason = "navigation"  # a section label between the headline and the body
        else:
            line.reason = "caption" if anchor is not None and i > anchor else "boilerplate"
    body = _cut_story_end(lines, [i for i in kept if i >= body_start], end, region.title)
    prose = [i for i in body if lines[i].prose]
    while len(prose) > 1 and BIO.match(lines[prose[-1]].text):
        lines[prose[-1]].reason = "byline"
        body.remove(prose.pop())
    if prose and len(body) > 1 and body[-1] == len(lines) - 1 and _cut_at_end(lines, body,
                                                                             prose[-1]):
        prose.append(body[-1])
    elif not prose and body and _cut_last(lines, body[-1]):
        prose.append(body[-1])  # a listing's last story, its lead cut off where the page ends
    last_prose = prose[-1] if prose else end
    # a hidden address's stand-in stands in the story's sentence; it starts no footer
    footer = next((i for i in range(last_prose + 1, end)
                   if lines[i].reason and not MAIL_CLOAK.match(lines[i].text)), end)
    tail_date = None
    teasers = _dated_teasers(lines, [i for i in body if i > last_prose])
    links = _link_between(lines, body, region.title)
    second = prose[1] if len(prose) > 1 else -1  # the story's second paragraph
    for i in body:
        line = lines[i]
        tail_ok = i < footer and (line.sentence or _in_list(lines, i))
        if i < second and line.date:
            # a date line under a standfirst: the story's date, above the rest of its text
            dates.append(i)
            line.reason = "date"
        elif i > last_prose and line.date:
            # a date artefact closing the page (`date 2025-07-03`) is the story's date
            if tail_date is None and not teasers and (i < footer or i == kept[-1]):
                tail_date = line.date
                dates.append(i)
                line.date_kind = "tail" if line.date_kind == "line" else line.date_kind
            line.reason = "date"
        elif i > last_prose and (teasers or not tail_ok):
            line.reason = "teaser" if teasers else "boilerplate"
        elif line.date:
            line.reason = "date"  # a stamp between the story's paragraphs is another item's
        elif _titled_copy(line.text, region.title):
            line.reason = "repeated"  # a share box's copy of the headline with the site's name
        elif _credited_headline(line.text, region.title):
            line.reason = "caption"  # the headline over the picture, as its caption
        elif i in links:
            line.reason = "related"
        else:
            region.body.append(line.text)
    candidates = [(i, Stamp(lines[i].date or "", "clock" if _is_site_clock(
        lines, i, chrome, headline, len(dates)) else lines[i].date_kind)) for i in dates
        if not _in_top_bar(lines, i)]
    # the story's first line, whether a dateline line above the body or its first paragraph,
    # or the next one under a stray line (a picture's name: `UNDP-KG-Grant-Notes`)
    above = "\n".join(lines[i].text for i in range(start, body_start))
    found = next((v for k, text in enumerate(region.body[:DATELINE_LINES]) if (v := read_dateline(
        text, tail_date or page_date, above="\n".join([above, *region.body[:k]])))), None)
    if found:
        candidates.append((body_start, Stamp(found, "dateline")))
    elif region.body and (opening := read_opening_date(region.body[0])):
        candidates.append((body_start, Stamp(opening, "opening")))
    region.published = weigh(candidates, headline)
    return region


def _told(line: Line) -> bool:
    """Whether a line is a paragraph of running text: prose, a sentence, or one a scrape cut
    off mid-sentence."""
    return line.prose or line.sentence or _cut_off(line.text)


def _link_between(lines: list[Line], body: list[int], title: str | None) -> set[int]:
    """A link to another story a site sets between the story's paragraphs, a headline of its
    own: the one line shaped like a headline between two paragraphs, sharing no word with the
    headline nor with the rest of the story (a subheading names what the text under it tells,
    and a story divided by subheadings has several)."""
    found = {b for a, b, c in zip(body, body[1:], body[2:], strict=False)
             if _told(lines[a]) and _told(lines[c]) and not _told(lines[b])
             and _is_headline_shaped(lines[b].text) and not LIST_CLOSE.search(lines[b].text)
             and not lines[b].text.endswith(("?", "!"))}
    # the subheadings of any length under a paragraph (`Trading across borders`)
    heads = [b for a, b in zip(body, body[1:], strict=False) if _told(lines[a])
             and not _told(lines[b]) and len(lines[b].text.split()) > LABEL_MAX_WORDS
             and not FULL_STOP.search(lines[b].text) and not BULLET.match(lines[b].text)]
    if len(found) != 1 or len(heads) > 1:
        return set()
    told = set().union(*(_key_words(lines[i].text) for i in body if i not in found))
    told |= _key_words(title) if title else set()
    return {i for i in found if (words := _key_words(lines[i].text)) and not words & told}


def _is_site_clock(lines: list[Line], i: int, chrome: list[int], headline: int | None,
                   dated: int) -> bool:
    """A weekday date line atop the page, above the headline and below nothing of the story:
    the site's date of today (`Wednesday, September 22nd, 2021`), which dates nothing. With its
    hour it may still be the story's stamp, unless the story has another date line, it opens
    the page and the site's bar stands between it and the headline (`Tue, June 9, 2026, 07:41` /
    `Sign in | Register`). Over the first of a blog's posts, each under its date line, or under
    the site's title right over the headline of the page's one dated story, it is that post's
    date."""
    if i not in chrome or (headline is not None and i > headline) or (
            len(posts := _dated_posts(lines)) >= DATED_POSTS_MIN and i in posts):
        return False  # (the date line of a blog's first post, as each post has one)
    if dated < 2 and headline is not None and ((0 < i == headline - 1) or any(
            lines[headline].text in lines[j].text for j in range(i))):
        return False  # under the site's title, right over the headline (a blog's date header
        # over its one post), or under a breadcrumb that holds the headline, the story's date
    apart = dated > 1 and i == chrome[0] and headline is not None and headline - i > 1
    return is_clock(lines[i].text) or (apart and CLOCK.match(lines[i].text) is not None)


def _in_top_bar(lines: list[Line], i: int) -> bool:
    """A date line a line or two under the weather (`6.7 C`, `Bishkek`, `Wednesday, April 24,
    2024`) or over its readings (`Humidity 40 %`): the site's top bar and its date of today,
    which dates no story."""
    return any(WEATHER.match(lines[j].text) for j in range(max(0, i - TOP_BAR_REACH), i)) or any(
        WEATHER_READING.match(lines[j].text) for j in range(i + 1, i + 1 + TOP_BAR_REACH)
        if j < len(lines))


def _dated_teasers(lines: list[Line], tail: list[int]) -> bool:
    """Whether the lines under a story's last paragraph hold two date lines with other lines
    between them: a list of other stories, each with its date, none of them this story's."""
    dated = [pos for pos, i in enumerate(tail) if lines[i].date]
    return any(b - a > 1 for a, b in zip(dated, dated[1:], strict=False))


def _stamped_headline(lines: list[Line], kept: list[int]) -> int | None:
    """The first line when it is one sentence right over the page's date line and the story:
    the headline printed with a full stop (`Firm wins $640 million rail contract.` over
    `24/11/2018 17:40`), as a date line heads a story and never parts its paragraphs."""
    if len(kept) < 3 or kept[1] != kept[0] + 1 or not lines[kept[1]].date or not (
            lines[kept[2]].prose):
        return None
    text = lines[kept[0]].text
    one_sentence = not SENTENCE_START.search(text) and len(text.split()) <= CLAIM_MAX_WORDS
    return kept[0] if one_sentence and FULL_STOP.search(text) else None


def _two_part_headline(lines: list[Line], kept: list[int], i: int) -> bool:
    """Whether the first line of prose is a headline in two parts (`Tajikistan to aid Iran.
    Talks of the presidents`), as Russian sites write one: two sentences and no final stop,
    short, alone in its block, over the story's first paragraph, with no headline above it."""
    text = lines[i].text
    after = next((j for j in kept if j > i), None)
    return (detect_language(text) == "ru" and INNER_SENTENCE_END.search(text) is not None
            and not TERMINAL.search(text)
            and len(text.split()) <= TWO_PART_MAX_WORDS and after is not None
            and lines[after].prose and TERMINAL.search(lines[after].text) is not None
            and all(lines[j].block != lines[i].block for j in (i - 1, i + 1)
                    if 0 <= j < len(lines) and not lines[j].reason)
            and not any(_is_headline_shaped(lines[j].text) for j in kept if j < i))


def _restated_long_headline(lines: list[Line], kept: list[int], i: int) -> bool:
    """Whether the first line of prose is a long headline, as official sites and newspapers
    write one: the page's first line or the one under its date line, it has no final stop but
    an abbreviation's, and the next paragraph, a sentence, tells nearly all its words again
    (`Minister A received B on ...` over `On 5 May, Minister A received B on ...`)."""
    text = lines[i].text
    after = next((j for j in kept if j > i and lines[j].prose), None)
    above = [j for j in kept if j < i]
    words = _key_words(text)
    return ((not above or bool(lines[above[-1]].date)) and after is not None
            and (not TERMINAL.search(text) or ABBREVIATION_END.search(text) is not None)
            and TERMINAL.search(lines[after].text) is not None and len(words) > 0
            and len(words & _key_words(lines[after].text)) >= RESTATED_SHARE * len(words))


def _asks_over_key_points(lines: list[Line], kept: list[int], i: int) -> bool:
    """Whether the first line of prose is a headline that asks, over the story's key points: a
    question of one sentence in a paragraph of its own, the page's first kept line or under
    furniture only, with a list of points and then the story's paragraphs under it (`Is the
    new plant worth its cost?` / `• ...` / `• ...` / lead)."""
    text = lines[i].text
    after = [j for j in kept if j > i]
    points = list(takewhile(lambda j: BULLET.match(lines[j].text) is not None, after))
    return (bool(QUESTION_END.search(text)) and not TERMINAL.search(text[:-1])
            and len(text.split()) <= TWO_PART_MAX_WORDS and not any(j < i for j in kept)
            and bool(points) and lines[points[0]].block != lines[i].block
            and len(after) > len(points) and lines[after[len(points)]].prose)


def _asked_under_link(lines: list[Line], i: int) -> bool:
    """Whether lines[i] asks, right under the `Read more` link that closes the teaser above: the
    next teaser's headline, however long."""
    return i > 0 and lines[i - 1].separator and bool(QUESTION_END.search(lines[i].text))


def _asks_under_link(lines: list[Line], kept: list[int], i: int) -> bool:
    """Whether the first line of prose is a teaser's headline that asks under the link closing
    the teaser above, one sentence, with its lead under it."""
    return (i == kept[0] and _asked_under_link(lines, i)
            and not INNER_SENTENCE_END.search(lines[i].text) and len(kept) > 1
            and lines[kept[1]].prose)


def _dated_lead_under_headline(lines: list[Line], kept: list[int], body_start: int) -> int:
    """Where the story starts when prose above its headline was taken for its start: a wire
    dateline opens the lead right under the headline (`<headline>` / `Dushanbe, 5 April 2012 --
    ...`), and what stands above that headline is a picture's caption or a teaser."""
    near = [i for i in kept if i >= body_start][:LEAD_REACH]
    for above, i in zip(near, near[1:], strict=False):
        if (lines[i].prose and DATELINE.match(lines[i].text) and not lines[above].prose
                and _is_headline_shaped(lines[above].text)):
            return i
    return body_start


def _lead_start(lines: list[Line], kept: list[int], body_start: int) -> int:
    """Where the body starts once the paragraph-long sentences right above its first paragraph
    are counted in: a lead dense with names has too few stopwords to read as prose alone."""
    before = [i for i in kept if i < body_start]
    while before and lines[before[-1]].sentence and len(lines[before[-1]].text) >= LENGTH_LOW:
        body_start = before.pop()
    return body_start


def _cut_story_end(lines: list[Line], body: list[int], end: int, title: str | None
                   ) -> list[int]:
    """The body without what follows the story's end: a paywall prompt (the page shows no more
    of the story, only offers and other stories), an `About <organisation>` block (the
    boilerplate a press release closes with: `About the EBRD` / `The EBRD is ...`), a press
    contact block, the author's box, the link to the story's source or a comment form after the
    story's first paragraphs (a release's boilerplate, the author's bio, an aggregator's notes,
    comments and their rules follow them), the
    header of a section of other stories (`Related news`) after its first paragraph, with a
    headline under it (with a paragraph of the story under it, it is a widget's leftover), or
    two paragraphs in a row the site cut off with an ellipsis or a headline of another story
    over its lead (teasers of other stories), or the mark a wire closes its story with (`- END
    -`, or its credit after the last sentence: `... on Monday. —AFP`)."""
    lead = next((i for i in body if lines[i].prose and not lines[i].reason), end)
    closed = next((i for i in range(lead, end) if END_MARK.match(lines[i].text)), None)
    credited = next((i + 1 for i in body if i > lead and lines[i].prose and not lines[i].reason
                     and DASH_CREDIT_END.search(lines[i].text)), None)
    # a paywall box above the story's first paragraph only heads the part the page shows
    paywall = next((i for i in range(lead, end) if lines[i].reason == "prompt"
                    and PAYWALL.search(lines[i].text)), None)
    others = next((i for i in range(lead, end) if _heads_other_stories(lines, i, body)), None)
    about = next((i for i in body if _opens_about_block(lines, i, body)), None)
    told = [i for i in body if lines[i].prose][STORY_BEFORE_COMMENTS - 1:STORY_BEFORE_COMMENTS]
    start = told[0] if told else end  # the story's own paragraphs stand above these closers
    comments = _closer(lines, start, end, "prompt", COMMENT_FORM)
    # a press release's contact block closes its story, and so does the author's box: what
    # follows is the release's boilerplate or the author's name and bio
    contact = _closer(lines, start, end, "contact", CONTACT_CALL)
    author = _closer(lines, start, end, "byline", ABOUT_AUTHOR)
    # an aggregator's excerpt ends with the link to its source; the aggregator's notes follow
    source = _closer(lines, start, end, "navigation", READ_AT)
    teasers = _teaser_run(lines, [i for i in body if i > lead])
    unrelated = _other_story_head(lines, body, title)
    listed = _headline_tail(lines, body)
    stop = min(i for i in (paywall, about, comments, contact, author, source, others, teasers,
                           unrelated, listed, closed, credited, end) if i is not None)
    for i in body:
        if i >= stop and not lines[i].reason:
            lines[i].reason = "paywall" if paywall is not None and i > paywall else (
                "teaser" if (teasers is not None and TRUNCATED.search(lines[i].text))
                or stop in (teasers, unrelated, listed) else "byline" if stop == author
                else "boilerplate")
    return [i for i in body if i < stop]


def _closer(lines: list[Line], start: int, end: int, reason: str, shape: re.Pattern[str]
            ) -> int | None:
    """The first line from `start` that was cut for `reason` and has the `shape` of one that
    closes a story (a comment form, a contact block's call, the author's box)."""
    return next((i for i in range(start, end) if lines[i].reason == reason
                 and shape.search(lines[i].text)), None)


def _teaser_run(lines: list[Line], body: list[int]) -> int | None:
    """The first of two paragraphs the site cut off with an ellipsis with nothing between them
    but lines that are no prose (their headlines, a picture's label): teasers of other stories,
    from the first one's headline."""
    cut = [k for k, i in enumerate(body) if TRUNCATED.search(lines[i].text)]
    for a, b in zip(cut, cut[1:], strict=False):
        if all(not lines[body[k]].prose for k in range(a + 1, b)):
            above = lines[body[a - 1]] if a > 0 else None
            headed = above is not None and not above.prose and _is_headline_shaped(above.text)
            return body[a - 1] if headed else body[a]
    return None


def _headline_tail(lines: list[Line], body: list[int]) -> int | None:
    """The first of the headlines of other stories listed under the story without a header:
    TAIL_MIN_HEADLINES or more short lines down to the body's end, none closed as a sentence or
    a list item, most shaped like headlines (a short link among them), under a paragraph that
    ends its sentence (a list the story announces with a colon stays)."""
    run: list[int] = []
    for i in reversed(body):
        text = lines[i].text
        if FULL_STOP.search(text) or LIST_CLOSE.search(text) or BULLET.match(text) or len(
                text.split()) > TAIL_HEADLINE_MAX_WORDS:
            break
        run.insert(0, i)
    if len(run) < TAIL_MIN_HEADLINES or len(run) == len(body) or any(lines[i].date for i in run):
        return None  # headlines each with its date line are judged as dated teasers
    above = lines[body[body.index(run[0]) - 1]].text
    shaped = sum(_is_headline_shaped(lines[i].text) for i in run)
    ends = TERMINAL.search(above) and not TRUNCATED.search(above)  # a teaser's cut-off lead
    return run[0] if ends and shaped * 3 >= len(run) * 2 else None


def _other_story_head(lines: list[Line], body: list[int], title: str | None) -> int | None:
    """The headline of the first teaser of other stories under the story's paragraphs: a line
    shaped like a headline (no question or list header) that shares next to no word with the
    story's headline, over one paragraph that repeats most of its words (its lead), and from
    there to the end only headlines over one paragraph each; a subheading of the story heads
    several paragraphs, and a story that announced its parts with a colon over a heading heads
    them all as its own."""
    topic = _key_words(title) if title else set()
    told = 0
    for pos, i in enumerate(body[:-1]):
        if lines[i].text.endswith(":") and not lines[body[pos + 1]].prose:
            return None
        told += lines[i].prose
        if topic and told >= STORY_BEFORE_COMMENTS and _teaser_head(
                lines, i, body[pos + 1], topic) and _only_teasers(lines, body[pos:]):
            return i
    return None


def _teaser_head(lines: list[Line], i: int, lead: int, topic: set[str]) -> bool:
    """Whether lines[i] is a teaser's headline over its lead lines[lead] (see above)."""
    text = lines[i].text
    if (lines[i].prose or not lines[lead].prose or not _is_headline_shaped(text)
            or text.endswith(("?", ":")) or SENTENCE_START.search(text)):
        return False
    words = _key_words(text)
    return bool(words) and len(words & topic) <= TEASER_TOPIC_SHARE * len(words) and (
        len(words & _key_words(lines[lead].text)) >= TEASER_RESTATED * len(words))


def _only_teasers(lines: list[Line], rest: list[int]) -> bool:
    """Whether the lines left are headlines each over one paragraph, two such at least (a
    block of other stories), and maybe a last line cut short."""
    paragraphs, teasers = 0, 0
    for i in rest:
        if not lines[i].prose:
            paragraphs = 0
            continue
        paragraphs += 1
        teasers += 1
        if paragraphs > 1:
            return False
    return teasers >= TEASER_BLOCK_MIN


def _heads_section_of_others(line: Line) -> bool:
    """A header of other stories on its own line, cut as such (`Related news`, `Most read`)."""
    return line.reason == "related" and bool(SECTION_OF_OTHERS.match(line.text))


def _heads_other_stories(lines: list[Line], i: int, body: list[int]) -> bool:
    """`Related news` over a headline, one that asks too: a section of other stories (over a
    paragraph of the story it is a widget's leftover); `Next News` over a headline and its
    teaser cut off with an ellipsis or by the page's end (a story that follows in full is a
    story of its own)."""
    under = [j for j in body if j > i]
    if NEIGHBOUR_LINK.match(lines[i].text):
        return len(under) > 1 and not lines[under[0]].prose and all(
            TRUNCATED.search(lines[j].text) or j == len(lines) - 1 and _cut_off(lines[j].text)
            for j in under[1:])
    return (_heads_section_of_others(lines[i]) and bool(under) and (
        not lines[under[0]].prose or _asks_over_lead(lines, under)))


def _asks_over_lead(lines: list[Line], under: list[int]) -> bool:
    """Whether the first of `under` is one question over a paragraph: a headline that asks,
    however long, over its story's lead."""
    text = lines[under[0]].text
    return len(under) > 1 and bool(QUESTION_END.search(text)) and not SENTENCE_START.search(
        text) and lines[under[1]].prose


def _opens_about_block(lines: list[Line], i: int, body: list[int]) -> bool:
    """An organisation's own description closing a press release, after the story's first
    paragraphs: a heading naming it over a paragraph that begins by saying what it is (`About
    JICA` / `The Japan International Cooperation Agency (JICA) is ...`) or `About us` over a
    paragraph (the site's own), or, among the story's last paragraphs, such a paragraph alone
    (`The EBRD is a multilateral bank that ...`)."""
    after = [j for j in body if j > i]
    if i == body[0]:
        return False
    m = ABOUT_HEADING.match(lines[i].text)
    if m is not None and after and m["name"].casefold() in SITE_ITSELF:
        return lines[after[0]].prose  # `About us` over the site's own description
    if m is not None and after:
        # (its name without the full name in brackets: `About KOICA (Korea International ...)`)
        bare = BRACKETED_TAIL.sub("", m["name"]).removeprefix("the ").removeprefix("The ")
        name = re.escape(bare)
        opening = rf"[^.!?]{{0,{ABOUT_NAME_REACH}}}\b{name}\b[^.!?]{{0,60}}\b(?:is|was|are)\b"
        return bool(re.match(opening, lines[after[0]].text, re.I))
    told = [j for j in body if j < i and lines[j].prose]
    return (len(told) >= ABOUT_AFTER_PARAGRAPHS and len(after) < ABOUT_MAX_PARAGRAPHS
            and bool(SELF_DESCRIPTION.match(lines[i].text)))


def _is_box_heading(text: str) -> bool:
    """A line that can head a fact box: `Project details:`, or a short title (`Key facts`)."""
    if BULLET.match(text):
        return False
    return text.endswith(":") or (
        len(text.split()) <= BOX_HEADING_MAX_WORDS and not TERMINAL.search(text))


def _is_fact_item(line: Line) -> bool:
    """A bullet item that states a fact: `- Loan: ¥30.2 billion`, a sentence, or a clause of an
    enumeration closed by its semicolon (`3. «Equipping a clinic in Osh» — 45,200 dollars;`), as
    no menu or list of headlines closes its items."""
    return bool(FACT_ITEM.match(BULLET.sub("", line.text))) or line.sentence or (
        line.text.endswith(";"))


def fact_box(lines: list[Line], head: int) -> list[int]:
    """Indices of the list headed by lines[head], heading included, else [].

    A heading ending in ':' introduces any bullet list; a short heading without one (`Key facts`,
    `At a glance`) only bullets that state facts, never a list of headlines or menu items.
    """
    if lines[head].reason not in OPEN_REASONS or lines[head].date or not _is_box_heading(
            lines[head].text):
        return []  # a date line dates what follows it and heads no list
    items = []
    for j in range(head + 1, len(lines)):
        if lines[j].reason not in OPEN_REASONS or not BULLET.match(lines[j].text):
            break
        items.append(j)
    judged = [j for j in items if j < len(lines) - 1]  # the page may stop mid-item
    if not items or not (lines[head].text.endswith(":")
                         or (judged and all(_is_fact_item(lines[j]) for j in judged))):
        return []
    return [head, *items]


def _in_list(lines: list[Line], i: int) -> bool:
    """Whether lines[i] belongs to a bullet list or fact box (see fact_box), heading or item."""
    head = i
    while head > 0 and BULLET.match(lines[head].text) and lines[head].reason in OPEN_REASONS:
        head -= 1
    return i in fact_box(lines, head)


def removals(lines: list[Line]) -> list[Removal]:
    """What was cut, consecutive lines cut for one reason grouped, repeated copies listed once."""
    out: list[Removal] = []
    group: list[str] = []
    reason: str | None = None
    for line in [*lines, Line("", -1)]:
        if line.reason != reason or not line.reason:
            if group and reason:
                out.append(Removal(text="\n".join(dict.fromkeys(group)), reason=reason))
            group, reason = [], line.reason
        if line.reason:
            group.append(line.text)
            reason = line.reason
    return list(dict.fromkeys(out))


def credits(removed: list[Removal], site: str | None = None) -> list[Credit]:
    """The sources the story's cut credit lines name, in order, each once. A page that credits
    itself (`(Photo: Example Embassy)` under a masthead naming it) names its publisher, no
    source: a name the page's navigation or its `site` gives is left out."""
    chrome = "\n".join([r.text for r in removed if r.reason == "navigation"] + [site or ""])
    found: dict[str, Credit] = {}
    for removal in removed:
        if removal.reason in CREDIT_REASONS:
            for line in removal.text.splitlines():
                for name in credited_names(line.strip()):
                    if not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", chrome, re.I):
                        found.setdefault(name.casefold(), Credit(name, line.strip()))
    return list(found.values())


def credited_names(line: str) -> list[str]:
    """The names of the sources a credit line gives, maybe twice: `Sources: A, B` -> [A, B]; a
    person's name (`By A. Name | Example Daily`) is no source."""
    names = []
    for match in filter(None, (pattern.search(line) for pattern in SOURCE_CREDITS)):
        for item in CREDIT_LIST.split(match["names"]):
            parts = CREDIT_SLASH.split(item)
            names += [name for part in parts
                      if is_source_name(name := _bare_name(part), lone=len(parts) == 1)]
    return names


def _bare_name(text: str) -> str:
    """A credited name without the punctuation around it; `Inc.` keeps its stop."""
    name = text.strip(" :–—-")
    if name.endswith(".") and name.split()[-1].lower() not in FINAL_HEADS:
        name = name[:-1]
    return name


# ---------------------------------------------------------------- pages
def _source(page: RawPage) -> Source:
    return Source(path=page.path, sha256=page.sha256, index=page.index,
                  line=page.index + 1 if page.format == "jsonl" else None,
                  url=page.meta.get("url"))


def _story(page: RawPage, story_id: str, region: Region, page_date: str | None,
           removed: list[Removal]) -> Story:
    marks = [m.group().strip() for p in region.body if (m := EXCERPT_MARK.search(p))]
    if marks:  # a teaser's link to the rest of the story is cut from its paragraph
        removed = [*removed, Removal(text=marks[0], reason="navigation")]
    text = "\n\n".join(EXCERPT_MARK.sub("", p) for p in region.body)
    return Story(
        id=story_id, source=_source(page), title=region.title, published=region.published,
        reference_date=region.published or page_date,
        reference_source="published" if region.published else "page" if page_date else None,
        language=detect_language(text),
        text=text, removed=removed, site=page.meta.get("site"), author=page.meta.get("author"),
        credits=credits(removed, page.meta.get("site")),
    )


def clean_text_page(page: RawPage) -> list[Story]:
    """The stories of a plain-text page."""
    lines = split_lines(page.text)
    mark_rules(lines)
    mark_author_boxes(lines)
    mark_card_bylines(lines)
    mark_contact_labels(lines)
    mark_alt_texts(lines)
    mark_english_lines(lines)
    mark_credited_captions(lines)
    mark_site_titled_cards(lines)
    mark_paywalled(lines)
    mark_repeated(lines)
    mark_near_copies(lines)
    mark_lead_copies(lines)
    mark_summary_copies(lines)
    mark_point_copies(lines)
    mark_claims(lines)
    mark_menus(lines)
    mark_masthead(lines)
    mark_prompt_blocks(lines)
    mark_leading_chrome(lines)
    mark_dates(lines)
    mark_item_fields(lines)
    starts = story_starts(lines)
    listing = len(starts) > 1
    if not listing:
        starts = language_starts(lines)
    bounds = [*starts, len(lines)]
    stamp = page_date(lines) if listing else None
    date_of_page = stamp.value if stamp else None
    if listing:
        top = mark_listing_header(lines)  # a start above it began the page's header, no story
        bounds = [bounds[0], *(b for b in bounds[1:] if b > top)]
    spans = list(zip(bounds, bounds[1:], strict=False))
    regions = [clean_region(lines, a, b, date_of_page) for a, b in spans]
    stem = page_stem(page)
    if len(regions) == 1:
        return [_story(page, stem, regions[0], None, removals(lines))]
    if stamp is not None and stamp.kind == "published":
        for region in regions:  # a day's news under its labelled date
            region.published = region.published or stamp.value
    return [
        _story(page, f"{stem}-{n}", region, date_of_page, removals(lines[a:b]))
        for n, (region, (a, b)) in enumerate(zip(regions, spans, strict=True), start=1)
    ]


def clean_structured_page(page: RawPage) -> Story:
    """An HTML page (text extracted by trafilatura) or a JSONL item: one story, rules only."""
    lines = split_lines(page.text)
    title = page.meta.get("title")
    if lines and title and lines[0].text.casefold() == " ".join(title.split()).casefold():
        lines = lines[1:]
    elif lines and title is None and page.format == "html" and not lines[0].sentence:
        title, lines = lines[0].text, lines[1:]
    mark_rules(lines)
    mark_claims(lines)
    mark_prompt_blocks(lines)
    mark_dates(lines)
    published = normalise_published(page.meta.get("published"))
    body = []
    for line in lines:
        if line.reason:
            continue
        if line.date and not body:
            published = published or line.date
            line.reason = "date"
            continue
        body.append(line.text)
    if published is None and body:
        published = read_dateline(body[0], None)
    stem = page_stem(page)
    numbered = f"{stem}-{page.index + 1}" if page.format == "jsonl" else stem
    story_id = page.meta.get("id") or numbered
    region = Region(title=headline_text(title) if title else None, published=published, body=body)
    return _story(page, story_id, region, None, removals(lines))


def clean_page(page: RawPage) -> list[Story]:
    """The stories of a page, each with its title, dates, cleaned text and what was cut."""
    if page.format in ("html", "jsonl"):
        return [clean_structured_page(page)]
    return clean_text_page(page)
