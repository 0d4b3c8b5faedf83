"""A declared title that only names the site (a home page's <title> left on an article) is not
the page's title: a one-word h1 beats it, and another declared title is taken before it."""

from __future__ import annotations

from storyline.clean.html import extract_html
from tests.clean.html_pages import LAMP_PARAGRAPHS

URL = "https://harbourdiary.example/lamps/"
PARAGRAPHS = LAMP_PARAGRAPHS


def _page(head: str, h1: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'>{head}</head><body>"
        f"<article>{h1}{PARAGRAPHS}</article></body></html>"
    )


def test_a_one_word_h1_beats_a_title_that_only_names_the_site() -> None:
    html = _page("<title>Harbour Diary</title>", "<h1>Lanterns</h1>")
    assert extract_html(html, URL).title == "Lanterns"


def test_a_one_word_h1_still_yields_to_a_declared_title_naming_the_article() -> None:
    html = _page("<title>Keepers Light the Old Lamp | Harbour Diary</title>", "<h1>Lanterns</h1>")
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp"


def test_a_declared_title_naming_the_article_is_taken_before_the_site_name() -> None:
    head = (
        "<meta property='og:title' content='Harbour Diary'>"
        "<title>Keepers Light the Old Lamp - Harbour Diary</title>"
    )
    assert extract_html(_page(head, ""), URL).title == "Keepers Light the Old Lamp"


def test_a_page_that_declares_only_the_site_name_keeps_it() -> None:
    assert extract_html(_page("<title>Harbour Diary</title>", ""), URL).title == "Harbour Diary"


def test_the_site_name_goes_after_a_tilde_an_angle_quote_an_underscore_or_a_bare_bar() -> None:
    for title in (
        "Keepers Light the Old Lamp ~ Harbour Diary",
        "Keepers Light the Old Lamp › Harbour Diary",
        "Harbour Diary ‹ Keepers Light the Old Lamp",
        "Keepers Light the Old Lamp _ Harbour Diary",
        "Keepers Light the Old Lamp|Harbour Diary",
        "Keepers Light the Old Lamp |Harbour Diary",
    ):
        html = _page(f"<title>{title}</title>", "")
        assert extract_html(html, URL).title == "Keepers Light the Old Lamp", title


def test_a_tilde_inside_a_headline_stays() -> None:
    html = _page("<title>Lamps ~ Keepers Light the Old Lamp</title>", "")
    assert extract_html(html, URL).title == "Lamps ~ Keepers Light the Old Lamp"
