"""An h1 whose whole text is a link to the site's home page or to a section above the page is
the site's logo or a section's name, not the headline; its text also names the site inside
<title>. A headline linking to its own page stays the headline."""

from __future__ import annotations

from storyline.clean.html import extract_html
from storyline.clean.htmlmeta.logo import strip_logo
from tests.clean.html_pages import LAMP_PARAGRAPHS

URL = "https://lampnotes.example/2031/03/keepers-light-the-old-lamp/"
PARAGRAPHS = LAMP_PARAGRAPHS


def _page(title: str, header_h1: str, post_h1: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<div id='header'>{header_h1}</div><article>{post_h1}{PARAGRAPHS}</article>"
        "</body></html>"
    )


def test_a_logo_h1_gives_way_to_the_title_without_the_site_name() -> None:
    html = _page(
        "Keepers Light the Old Lamp | Harbour Diary", '<h1><a href="/">Harbour Diary</a></h1>'
    )
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp"


def test_a_logo_h1_gives_way_to_the_post_h1() -> None:
    html = _page(
        "Harbour Diary: Keepers Light the Old Lamp",
        '<h1><a href="https://lampnotes.example/">Harbour Diary</a></h1>',
        "<h1>Keepers Light the Old Lamp</h1>",
    )
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp"


def test_a_section_link_h1_is_not_the_headline() -> None:
    html = _page(
        "Keepers Light the Old Lamp - Harbour Diary",
        '<h1 class="logo"><a href="/2031/">Archive</a></h1>',
    )
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp"


def test_a_headline_linking_to_its_own_page_stays_the_headline() -> None:
    html = _page(
        "Harbour Diary",
        "",
        f'<h1><a href="{URL}">Keepers Light the Old Lamp</a></h1>',
    )
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp"


def test_strip_logo_drops_the_logo_or_its_parts_at_either_end_only() -> None:
    assert (
        strip_logo("Old Lamp - Lamp Notes - Harbour Town", "Lamp Notes - Harbour Town")
        == "Old Lamp"
    )
    assert strip_logo("Lamp Notes » Old Lamp", "Lamp Notes") == "Old Lamp"
    assert strip_logo("Lamp Notes", "Lamp Notes") == "Lamp Notes"
    assert (
        strip_logo("Old Lamp | Lamp Notes | Winter", "Lamp Notes")
        == "Old Lamp | Lamp Notes | Winter"
    )


def test_a_headline_linking_to_its_own_query_permalink_stays_the_headline() -> None:
    url = "https://lampnotes.example/?p=2895"
    html = _page(
        "Harbour Diary",
        "",
        '<h1><a href="https://lampnotes.example/?p=2895">Keepers Light the Old Lamp</a></h1>',
    )
    assert extract_html(html, url).title == "Keepers Light the Old Lamp"
