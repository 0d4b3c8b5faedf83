"""Character references left in text inputs are read as the characters they stand for."""

from __future__ import annotations

from storyline.clean.text import clean_text

LINE = (
    "The ferry company &amp; the harbour board said on Tuesday that sailings to Vard would "
    "resume &#8220;within days&#8221; once the pier is safe."
)


def test_character_references_become_characters() -> None:
    text = clean_text(LINE).text
    assert "company & the harbour board" in text
    assert "“within days”" in text
    assert "&amp;" not in text and "&#8220;" not in text


def test_ampersands_that_are_no_reference_stay() -> None:
    line = "Shares of AT&T and the R&D budget fell on Tuesday, the ferry company &nosuch; said."
    assert clean_text(line).text == line


def test_a_null_reference_is_not_decoded_into_a_character() -> None:
    line = "The harbour board met on Tuesday &#0; and said the pier would be repaired by May."
    assert "\ufffd" not in clean_text(line).text
