"""A blank line ends a sentence; a single line break (a hard wrap) does not."""

from __future__ import annotations


def _sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_a_headline_without_a_full_stop_does_not_run_into_the_next_paragraph(nlp):
    text = "Harbour board meets on Tuesday\n\nOfficials said the ferry would sail again."
    assert _sentences(nlp, text) == [
        "Harbour board meets on Tuesday",
        "Officials said the ferry would sail again.",
    ]


def test_a_quote_without_a_full_stop_ends_with_its_paragraph(nlp):
    text = '"We are ready," the mayor said\n\nThe next round of talks is set for May.'
    sentences = _sentences(nlp, text)
    assert sentences[-1] == "The next round of talks is set for May."


def test_a_hard_wrapped_sentence_stays_one_sentence(nlp):
    text = "The offer, which the board rejected, expires on\nSunday, the company said."
    assert len(_sentences(nlp, text)) == 1
