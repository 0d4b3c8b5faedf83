"""Evidence on the page for where a title's headline ends: a dash that joins the two ends of a
span is no separator, and a lower heading that prints the part of a declared title before its
separator is the headline on a page without an h1."""

from __future__ import annotations

from storyline.clean.html import extract_html
from storyline.clean.htmlmeta import drop_tagline
from tests.clean.html_pages import LAMP_PARAGRAPHS

URL = "https://lampnotes.example/2031/03/keepers-light-the-old-lamp/"


def _page(title: str, body: str, lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<article>{body}{LAMP_PARAGRAPHS}</article></body></html>"
    )


def test_a_dash_between_two_months_joins_a_span() -> None:
    title = "Harbour Lamp Tastings January - May 2031 in Velmora"
    assert drop_tagline(title, "en") == title
    assert drop_tagline("Lamp Trucks of the Old Port 1931 – 1945", "en") == (
        "Lamp Trucks of the Old Port 1931 – 1945"
    )


def test_a_dash_before_a_name_still_cuts_a_tagline() -> None:
    assert drop_tagline("Harbour Lamp Tastings in May - Top Local Guides", "en") == (
        "Harbour Lamp Tastings in May"
    )


def test_a_heading_that_opens_the_title_is_the_headline_without_an_h1() -> None:
    html = _page(
        "Keepers Light the Old Lamp – Lighthouse Board, Ministry of Harbours",
        "<h2>Keepers Light the Old Lamp</h2>",
        lang="de",  # a dash tail stays on a German page: the heading cuts it
    )
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp"


def test_a_heading_printing_the_whole_title_keeps_it() -> None:
    title = "Keepers Light the Old Lamp - Why the Harbour Waited"
    html = _page(
        f"{title} - Lamp Notes",
        f"<h2>Keepers Light the Old Lamp</h2><h2>{title}</h2>",
        lang="de",
    )
    assert extract_html(html, URL).title == title


def test_a_heading_beats_a_one_word_section_h1_and_a_tagline() -> None:
    html = _page(
        "12.03. | Lamp of the Week - Greta Moll (ed.) • Velmora | Lamp Notes",
        "<h1>Harbours</h1><h2>12.03. | Lamp of the Week</h2>",
        lang="de",
    )
    assert extract_html(html, URL).title == "12.03. | Lamp of the Week"


def test_an_h2_is_the_headline_when_the_declared_title_is_printed_nowhere() -> None:
    # No h1, and the <title> names the section and the site, which the page never prints.
    html = _page(
        "Training | Harbour Divers",
        "<nav><h2>Main sections</h2></nav><h2>Boat Crew Training</h2>",
        lang="de",
    )
    assert extract_html(html, URL).title == "Boat Crew Training"


def test_a_declared_title_the_page_prints_stays_without_an_h1() -> None:
    html = _page(
        "Keepers Light the Old Lamp | Lamp Notes",
        "<p class='headline'>Keepers Light the Old Lamp</p><h2>More from Lamp Notes</h2>",
    )
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp"


def test_a_declared_title_takes_the_dashes_its_heading_prints() -> None:
    html = _page(
        "Lamp Tastings January - May 2031 in Velmora | Lamp Notes",
        "<h1>Lamp Notes</h1><h2>Lamp Tastings January – May 2031 in Velmora</h2>",
    )
    assert extract_html(html, URL).title == "Lamp Tastings January – May 2031 in Velmora"


def test_a_heading_opening_the_title_before_a_bracketed_issue_is_the_headline() -> None:
    # The declared title is printed (in the issue's list), so it is no title printed nowhere.
    title = "Keepers Light the Old Lamp (2031/4)"
    html = _page(
        f"{title} | Lamp Notes",
        f"<p class='issue'>{title}</p><h2>Keepers Light the Old Lamp</h2>",
    )
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp"


def test_a_heading_printing_a_part_of_the_title_beats_rival_h1s() -> None:
    # Several different h1s (a teaser's, a box's), none the headline: the <title> runs the
    # club's name and a section to the headline a heading prints.
    html = _page(
        "Harbour Lamp Club of Velmora Bay - News » Keepers Light the Old Lamp",
        "<h1>Win a brass lantern!</h1><h1>Our crew reports</h1><h2>Keepers Light the Old Lamp</h2>",
        lang="de",
    )
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp"


def test_rival_h1s_and_no_heading_printing_a_part_keep_the_declared_title() -> None:
    html = _page(
        "Keepers Light the Old Lamp | Lamp Notes",
        "<h1>Win a brass lantern!</h1><h1>Our crew reports</h1><h2>Lamp Notes</h2>",
    )
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp"
