"""Words that tell a page's furniture from its story: stoplists, pager and caption words."""

from __future__ import annotations

import justext

# Words that close a newspaper's name written in sentence case, as Russian titles are (`Степная
# газета`, `Вечерний вестник`): a masthead after a headline, though not in capitals.
NEWSPAPER_WORDS = frozenset({"газета", "вестник", "известия", "ведомости", "правда"})

STOPWORDS = {
    "en": frozenset(justext.get_stoplist("English")),
    "ru": frozenset(justext.get_stoplist("Russian")),
}
# Function words of four letters or more, which say nothing of what a line is about (the
# stoplists above also hold the commonest content words: `government`, `правительство`).
FUNCTION_WORDS = {
    "en": frozenset((
        "about", "above", "after", "again", "against", "also", "among", "been", "before", "being",
        "below", "between", "both", "could", "does", "doing", "down", "during", "each", "every",
        "from", "further", "have", "having", "here", "into", "more", "most", "much", "must",
        "only", "other", "over", "same", "should", "some", "such", "than", "that",
        "their", "them", "then", "there", "these", "they", "this", "those", "through", "under",
        "until", "upon", "very", "were", "what", "when", "where", "which", "while", "will",
        "with", "within", "would", "your")),
    "ru": frozenset((
        "более", "будет", "будут", "было", "были", "быть", "вместе", "всего", "всех", "если",
        "когда", "который", "которая", "которое", "которые", "которого", "которой", "котором",
        "которых", "кроме", "между", "менее", "может", "могут", "него", "нему", "ними", "однако",
        "очень", "перед", "после", "свой", "своей", "своих", "своего", "сейчас", "также",
        "такие", "таких", "такой", "того", "тоже", "только", "через", "чтобы", "этим", "этих",
        "этого", "этой", "этом", "этот")),
}
# Words that cannot end a headline line: it was broken and goes on below.
DANGLING = frozenset({
    "a", "an", "the", "of", "on", "in", "for", "to", "with", "and", "or", "by", "from", "at", "as",
    "into", "over", "under", "after", "about", "against", "between", "amid", "than", "its",
    "their", "his", "her", "и", "в", "во", "на", "с", "со", "по", "для", "о", "об", "от", "к",
    "из", "за", "у",
})
# lower-case words an address may hold (`office 305`); a sentence has more, and a verb
ADDRESS_WORDS = frozenset((
    "office", "floor", "building", "bldg", "suite", "room", "apt", "block", "house", "of", "the",
    "and", "str", "st", "ul", "г", "ул", "пр", "д", "мкр", "офис", "дом"))
# function words of a sentence or a title-case headline (`Japan To Fund ...`), never of an address
# nor of a date line (`Проект будет реализован до 31 декабря 2010 года.` is a sentence)
SENTENCE_WORDS = frozenset((
    "a", "an", "the", "to", "in", "on", "at", "for", "with", "from", "by", "into", "will", "would",
    "is", "are", "was", "were", "has", "have", "had", "be", "been", "until", "в", "на", "по",
    "для", "и", "до", "из", "что", "будет", "будут", "был", "была", "было", "были"))
# Words of a pager: `« Prev 1 2 3 Next »`, `Older posts`, `Назад | Далее`.
PAGER_WORDS = (
    "prev", "previous", "next", "first", "last", "page", "older", "newer", "posts", "entries",
    "more", "назад", "вперед", "вперёд", "далее", "следующая", "предыдущая", "страница",
)  # fmt: skip
# Words that open or close a caption or a credit: `Photo: AP`, `[Video by the author]`,
# `Credit: Agency` (a picture's credit under its caption or alone).
CAPTION_WORDS = (
    "photo", "photos", "photograph", "image", "picture", "video", "illustration", "collage",
    "infographic", "graphic", "credit", "credits", "фото", "видео", "коллаж", "инфографика",
)  # fmt: skip
# What a picture shows a titled person doing, in the present a caption is written in
# (`Minister Ali Karimov shakes hands with ...`, `Ambassador Jane Doe arrives at ...`); a story
# tells it in the past (not `meets` or `receives`, which a press office's lead may use).
PICTURED_ACTS = (
    "arrives", "speaks", "poses", "shakes hands", "looks on", "listens", "greets", "gestures",
    "smiles", "waves", "walks", "attends", "addresses", "cuts", "inspects", "lays",
)  # fmt: skip
# Labels of a line crediting the story to where it came from: `Source: Kabar`.
SOURCE_LABELS = ("source", "sources", "источник", "источники")
# Words a credit line may hold that name no source: `(END)`, `©Name/POOL/Agency`, `Agencies`.
CREDIT_NON_NAMES = frozenset({
    "end", "ends", "pool", "staff", "agencies", "archive", "file", "author", "editor", "update",
    "updated", "конец", "архив", "автор",
})
# Labels of a page's own date: its publication (`Published: 3 May 2024`, `date 2025-01-21`)
# and a later update (`Last update: July 20, 2024 14:02`), which dates an edit, not the story.
DATE_LABELS = (
    "date", "published", "posted", "publication date", "first published", "created", "written",
    "дата", "дата публикации", "опубликовано",
    "this article is from", "this story is from",  # an archive's note over an old story
    "news from", "news for", "новости за", "новости от",  # a day's news: `Новости за 04.12.2025`
    "daily archives", "ежедневные архивы", "архив за",  # a day's archive: `Daily Archives: ...`
    "입력", "승인", "등록",  # Korean news sites: entered, approved, registered
)  # fmt: skip
# Headers of a site's exchange-rate strip, whose date dates the rates, not the story
# (`Курсы валют от 29/08/2025`, `Exchange rates as of 12.03.2024`).
RATES_LABELS = (
    "exchange rates", "exchange rate", "currency rates", "currency rate", "курсы валют",
    "курс валют", "курсы цб", "valyuta kurslari", "valyuta kursi",
)  # fmt: skip
UPDATE_LABELS = (
    "updated", "update", "last update", "last updated", "modified", "last modified", "edited",
    "обновлено", "изменено", "수정",
)  # fmt: skip
