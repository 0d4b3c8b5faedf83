"""A text of an unnamed body ("a message from the government") is that body's words."""

from __future__ import annotations

from storyline.synthesize.speaker_texts import text_author


def test_a_message_from_the_government_is_the_government() -> None:
    assert text_author("A follow-up message from the government") == "The government"
    assert text_author("a statement by the regional police") == "The regional police"


def test_a_text_of_a_person_or_a_name_stays_as_written() -> None:
    assert text_author("A letter from a neighbour") is None
    assert text_author("A message from the Prime Minister") is None
    assert text_author("a spokesman for the government") is None
