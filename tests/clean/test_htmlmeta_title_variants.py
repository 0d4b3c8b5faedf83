"""When the h1 says the declared title's words but styles them differently ("and" for "&", an
apostrophe with its "s" lost), the declared title is the headline as typed; an h1 that words
the story differently stays the headline."""

from __future__ import annotations

import pytest

from storyline.clean.html import extract_html

PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "Keepers on Varrow Point still carry brass lanterns up the stair to the lamp room.",
        "The new lamps need less oil and throw their light twice as far across the bay.",
        "Most keepers say the old lanterns are still the ones they trust in a storm.",
    )
)


def _page(declared: str, h1: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{declared} | Harbour Notes</title>"
        f"<meta property='og:title' content='{declared}'></head><body>"
        f"<article><h1>{h1}</h1>{PARAGRAPHS}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("declared", "h1"),
    [
        ("Lamps &amp; Lanterns on Varrow Point", "Lamps and Lanterns on Varrow Point"),
        ("A Keeper&#39;s Guide to Lanterns", "A Keeper Guide to Lanterns"),
        ("Lantern Oils Compared [Tried 6 Kinds]", "Lantern Oils Compared - I Tried 6 Kinds"),
    ],
)
def test_an_h1_restyling_the_declared_words_yields_to_the_declared_title(
    declared: str, h1: str
) -> None:
    got = extract_html(_page(declared, h1)).title
    assert got == declared.replace("&amp;", "&").replace("&#39;", "'")


def test_an_h1_that_words_the_story_differently_stays_the_headline() -> None:
    html = _page("Lantern Oils Compared", "Which Oil Burns Longest in a Keeper's Lantern")
    assert extract_html(html).title == "Which Oil Burns Longest in a Keeper's Lantern"
