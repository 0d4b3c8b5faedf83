"""A one-word h1 is the headline when a declared title opens with it, and a section label
otherwise."""

from __future__ import annotations

from storyline.clean.html import extract_html

PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "A lantern is a portable lamp with a case that shields its flame from the wind.",
        "Keepers on Varrow Point still carry brass lanterns on the stair to the lamp room.",
        "The word came into English from the Latin for a torch or a lamp.",
    )
)


def _page(title: str, h1s: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<article>{h1s}{PARAGRAPHS}</article></body></html>"
    )


def test_a_one_word_h1_that_the_declared_title_opens_with_is_the_headline() -> None:
    html = _page("LANTERN Definition & Meaning | Wordhouse", "<h1>lantern</h1>")
    assert extract_html(html).title == "lantern"


def test_a_one_word_h1_that_no_declared_title_names_is_a_label() -> None:
    html = _page("How Keepers Carry Their Lanterns | Wordhouse", "<h1>Glossary</h1>")
    assert extract_html(html).title == "How Keepers Carry Their Lanterns"


def test_a_one_word_label_before_the_headline_does_not_take_its_place() -> None:
    h1s = "<h1>Glossary</h1><h1>How keepers carry their lanterns</h1>"
    html = _page("Glossary of the lamp room | Wordhouse", h1s)
    assert extract_html(html).title == "How keepers carry their lanterns"


def test_a_one_word_h1_that_the_address_spells_is_the_headline() -> None:
    # The declared title is the site's motto, the same on every page.
    html = _page("Lamps and Lights of the Northern Coast", "<h1>Harbour-Lanterns</h1>")
    url = "https://wordhouse.example/coast/harbourlanterns.htm"
    assert extract_html(html, url).title == "Harbour-Lanterns"


def test_a_one_word_h1_the_address_does_not_spell_stays_a_label() -> None:
    html = _page("How Keepers Carry Their Lanterns | Wordhouse", "<h1>Glossary</h1>")
    url = "https://wordhouse.example/coast/keepers-carry-lanterns"
    assert extract_html(html, url).title == "How Keepers Carry Their Lanterns"
