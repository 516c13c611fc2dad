"""Line breaks start sentences before the parser runs, and no sentence starts between two words."""

from __future__ import annotations

from spacy.language import Language


def sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_dateline_paragraph_is_not_glued_to_the_next_one(nlp: Language) -> None:
    text = "Bishkek, 22 August 2025 - 24.kg news agency\n\nThe first group of 40 workers left."
    assert sentences(nlp, text)[-1] == "The first group of 40 workers left."


def test_each_bullet_item_is_its_own_sentence(nlp: Language) -> None:
    text = "Key facts:\n- Cost: $40 million\n- Construction is expected to end in 2026."
    found = sentences(nlp, text)
    assert not any("Cost" in s and "Construction" in s for s in found)
    assert found[-1].endswith("Construction is expected to end in 2026.")


def test_a_sentence_without_line_breaks_stays_whole(nlp: Language) -> None:
    text = "Japan and Kyrgyzstan signed a memorandum on labour migration in Tokyo on Monday."
    assert sentences(nlp, text) == [text]


def test_a_paragraphs_first_words_stay_in_its_first_sentence(nlp: Language) -> None:
    text = ("Trade grows in region\n\nTurkey and Tajikistan on Friday signed several "
            "memorandums of understanding on trade.")
    assert sentences(nlp, text)[-1] == ("Turkey and Tajikistan on Friday signed several "
                                        "memorandums of understanding on trade.")
    headline = "News\n\nJICA Provides Medical Equipment to Tajik Hospitals\n\nText."
    assert "JICA Provides Medical Equipment to Tajik Hospitals" in sentences(nlp, headline)


def test_a_sentence_may_end_on_an_abbreviation_with_its_point(nlp: Language) -> None:
    text = "The loan came from the U.S. The embassy confirmed it on Monday."
    assert sentences(nlp, text) == ["The loan came from the U.S.",
                                    "The embassy confirmed it on Monday."]
