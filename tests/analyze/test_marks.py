"""Quotation marks per paragraph, with the conventions newsrooms use."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from storyline.analyze.marks import (
    Marked,
    line_bounds,
    line_of,
    quoted_mask,
    scan_marks,
    token_at,
    tokens,
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    return pipe


def quoted(nlp: Language, text: str) -> list[tuple[str, Marked]]:
    found = scan_marks(nlp(text), text, line_bounds(text))
    return [(text[m.start : m.end], m) for m in found]


def test_line_bounds_and_line_of() -> None:
    text = "One.\nTwo two.\n\nFour."
    bounds = line_bounds(text)
    assert bounds == [(0, 4), (5, 13), (14, 14), (15, 20)]
    assert [text[a:b] for a, b in bounds] == ["One.", "Two two.", "", "Four."]
    assert line_of(bounds, 0) == 0
    assert line_of(bounds, 7) == 1
    assert line_of(bounds, 16) == 3


def test_curly_quote_inside_its_marks(nlp: Language) -> None:
    text = "The mayor said: “The bridge is safe.” Then she left."
    ((words, m),) = quoted(nlp, text)
    assert words == "The bridge is safe."
    assert text[m.outer_start : m.outer_end] == "“The bridge is safe.”"
    assert m.opened and m.closed and m.line == 0


def test_straight_and_guillemet_quotes(nlp: Language) -> None:
    text = 'He said "we will rebuild" and later «not this year».'
    assert [w for w, _ in quoted(nlp, text)] == ["we will rebuild", "not this year"]


def test_trailing_comma_is_trimmed(nlp: Language) -> None:
    text = "“We are very lucky,” said Ada Rusk."
    assert [w for w, _ in quoted(nlp, text)] == ["We are very lucky"]


def test_unclosed_quote_runs_to_the_end_of_its_paragraph(nlp: Language) -> None:
    text = "She said: “The pumps failed at dawn and nobody came.\nThe council met on Monday."
    ((words, m),) = quoted(nlp, text)
    assert words == "The pumps failed at dawn and nobody came."
    assert not m.closed and m.opened


def test_a_new_paragraph_opening_again_continues_the_quote_there(nlp: Language) -> None:
    text = "“The pumps failed.\n“Then the water rose,” she said."
    found = quoted(nlp, text)
    assert [w for w, _ in found] == ["The pumps failed.", "Then the water rose"]
    assert [m.line for _, m in found] == [0, 1]
    assert [m.closed for _, m in found] == [False, True]


def test_closing_mark_without_opening_takes_its_sentence(nlp: Language) -> None:
    text = "Rain fell all night. The bridge is safe,” the mayor said."
    ((words, m),) = quoted(nlp, text)
    assert words == "The bridge is safe"
    assert not m.opened and m.closed


def test_inner_quote_of_another_double_family_stays_inside(nlp: Language) -> None:
    text = 'She said: “They called the plan "a disgrace" twice,” and left.'
    assert [w for w, _ in quoted(nlp, text)] == ['They called the plan "a disgrace" twice']


def test_inner_single_quote_stays_inside(nlp: Language) -> None:
    text = "“He told me ‘never again’ on Friday,” she said."
    assert [w for w, _ in quoted(nlp, text)] == ["He told me ‘never again’ on Friday"]


def test_two_apostrophes_stand_for_a_double_mark(nlp: Language) -> None:
    text = "''We will reopen,'' the owner said."
    assert [w for w, _ in quoted(nlp, text)] == ["We will reopen"]


def test_apostrophes_are_not_quotes(nlp: Language) -> None:
    text = "It’s the port’s call, the owners’ lawyer said."
    assert quoted(nlp, text) == []


def test_marks_around_no_words_are_dropped(nlp: Language) -> None:
    text = "He paused: “…” and then “ ” again."
    assert quoted(nlp, text) == []


def test_quoted_mask_covers_the_marks_too(nlp: Language) -> None:
    text = "A “b c” d"
    marked = scan_marks(nlp(text), text, line_bounds(text))
    mask = quoted_mask(len(text), marked)
    assert [i for i, v in enumerate(mask) if v] == list(range(2, 7))


def test_tokens_and_token_at(nlp: Language) -> None:
    text = "The bridge is safe."
    doc = nlp(text)
    assert tokens(doc, 5, 5) is None
    span = tokens(doc, 5, 8)  # "rid", expanded to whole tokens
    assert span is not None and span.text == "bridge"
    tok = token_at(doc, 12)
    assert tok is not None and tok.text == "is"
