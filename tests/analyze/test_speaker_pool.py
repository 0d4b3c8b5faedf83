"""Which names a pronoun may stand for: none inside someone's quoted words."""

from __future__ import annotations

from storyline.analyze.speaker_pool import in_quotes

LONG_QUOTE = (
    "Ana Ruiz announced the launch on Friday.\n\n"
    "'Cargo will be my old blue Orsa Rover playing Star Tune.\n\n"
    "'Destination is the Moon.\n\n"
    "She later said the car was chosen for its colour."
)


def test_a_name_in_a_paragraph_opened_by_a_single_mark_is_quoted() -> None:
    assert in_quotes(LONG_QUOTE, LONG_QUOTE.index("Star Tune"), [])
    assert not in_quotes(LONG_QUOTE, LONG_QUOTE.index("Ana Ruiz"), [])
    assert not in_quotes(LONG_QUOTE, LONG_QUOTE.index("She later"), [])


def test_after_the_single_mark_closes_the_writer_speaks() -> None:
    text = "'We will rebuild the pier,' Tom Hale's deputy said on Monday."
    assert in_quotes(text, text.index("rebuild"), [])
    assert not in_quotes(text, text.index("Hale"), [])


def test_an_apostrophe_is_no_quotation_mark() -> None:
    text = "Ruiz's team met Tom Hale on Monday."
    assert not in_quotes(text, text.index("Tom Hale"), [])
