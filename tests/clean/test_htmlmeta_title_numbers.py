"""A declared title that is the h1 plus its count or year names the same article in full, and
wins; one whose numbers differ from the h1's, or that adds words, leaves the h1 the headline."""

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


def _page(declared: str, h1: str, headline: str | None = None) -> str:
    jsonld = (
        '<script type="application/ld+json">'
        f'{{"@type": "Article", "headline": "{headline}"}}</script>'
        if headline
        else ""
    )
    return (
        f"<html><head><meta charset='utf-8'><title>{declared} | Harbour Notes</title>"
        f"<meta property='og:title' content='{declared}'>{jsonld}</head><body>"
        f"<article><h1>{h1}</h1>{PARAGRAPHS}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("declared", "h1"),
    [
        ("7 Lantern Designs Keepers Trust", "Lantern Designs Keepers Trust"),
        ("Best Lantern Oils 2031", "Best Lantern Oils"),
        ("12 Best Lantern Oils 2031", "12 Best Lantern Oils"),
    ],
)
def test_a_declared_title_adding_a_count_or_year_to_the_h1_wins(declared: str, h1: str) -> None:
    assert extract_html(_page(declared, h1)).title == declared


def test_it_wins_even_when_the_json_ld_headline_repeats_the_h1() -> None:
    html = _page(
        "7 Lantern Designs Keepers Trust",
        "Lantern Designs Keepers Trust",
        "Lantern Designs Keepers Trust",
    )
    assert extract_html(html).title == "7 Lantern Designs Keepers Trust"


@pytest.mark.parametrize(
    ("declared", "h1"),
    [
        ("Best Lantern Oils 2030", "Best Lantern Oils 2031"),  # another year: the h1 is newer
        ("Best Lantern Oils of 2031", "Best Lantern Oils"),  # adds a word, not only a number
        ("Best Lantern Oils [2031]: Tested by Keepers", "Best Lantern Oils"),
        ("08.11.2031 | Best Lantern Oils", "Best Lantern Oils"),  # a date, not a count or year
    ],
)
def test_other_differences_leave_the_h1_the_headline(declared: str, h1: str) -> None:
    assert extract_html(_page(declared, h1)).title == h1
