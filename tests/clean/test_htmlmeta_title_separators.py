"""What a separator in a title means: a bar sets off a tagline or a section; a dash does so in
English, while German and other news sites join a headline's two halves with it; a "»" chain
is a breadcrumb from the site to the page."""

from __future__ import annotations

from storyline.clean.html import extract_html
from storyline.clean.htmlmeta import drop_tagline
from storyline.clean.htmlmeta.title import breadcrumb_end
from tests.clean.html_pages import LAMP_PARAGRAPHS

URL = "https://lampnotes.example/2031/03/keepers-light-the-old-lamp/"


def _page(lang: str, title: str, h1: str = "") -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<article>{h1}{LAMP_PARAGRAPHS}</article></body></html>"
    )


def test_a_bar_tail_goes_whatever_the_language() -> None:
    assert drop_tagline("Neue Lampen am alten Hafen | Ratgeber", "de") == (
        "Neue Lampen am alten Hafen"
    )
    assert drop_tagline("New Lamps at the Old Harbour | Guide", "en") == (
        "New Lamps at the Old Harbour"
    )


def test_a_dash_tail_stays_on_a_german_page() -> None:
    title = "Leuchtturm wieder in Betrieb – Wärter zufrieden"
    assert drop_tagline(title, "de") == title
    html = _page("de", f"{title} | Hafenblatt", f"<h1>{title}</h1>")
    assert extract_html(html, URL).title == title


def test_a_dash_tail_goes_on_an_english_page() -> None:
    html = _page(
        "en",
        "Lamp Repair Costs in 2031 — Top Local Workshops",
        "<h1>Lamp Repair Costs in 2031 — Top Local Workshops</h1>",
    )
    assert extract_html(html, URL).title == "Lamp Repair Costs in 2031"


def test_a_dash_tail_opening_with_a_conjunction_continues_the_headline() -> None:
    title = "Harbour Lamps Stayed Dark for Ten Winters – Until Now"
    assert drop_tagline(title, "en") == title
    assert drop_tagline("Keepers Light the Old Lamp - And Why It Matters", "en") == (
        "Keepers Light the Old Lamp - And Why It Matters"
    )
    assert drop_tagline("Keepers Light the Old Lamp | Since 1921", "en") == (
        "Keepers Light the Old Lamp"
    )


def test_a_breadcrumb_title_gives_its_last_step() -> None:
    assert (
        breadcrumb_end("Harbour Diary » Blog Archive » Keepers Light the Old Lamp")
        == "Keepers Light the Old Lamp"
    )
    html = _page("en", "Harbour Diary » Blog Archive » Keepers Light the Old Lamp")
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp"


def test_a_headline_split_by_a_guillemet_is_no_breadcrumb() -> None:
    title = "Lamps or Candles » Which Light Lasts"
    assert breadcrumb_end(title) == title


def test_the_logo_inside_a_title_cuts_off_the_site_motto() -> None:
    from storyline.clean.htmlmeta.logo import strip_logo

    title = "Keepers Light the Old Lamp : Harbour Diary | Notes from the Quay | Since 2005"
    assert strip_logo(title, "Harbour Diary") == "Keepers Light the Old Lamp"
    title = "Since 2005 | Notes from the Quay | Harbour Diary : Keepers Light the Old Lamp"
    assert strip_logo(title, "Harbour Diary") == "Keepers Light the Old Lamp"


def _declared_page(og: str, title: str) -> str:
    return (
        "<html lang='en'><head><meta charset='utf-8'>"
        f'<meta property="og:title" content="{og}"><title>{title}</title></head><body>'
        f"<article>{LAMP_PARAGRAPHS}</article></body></html>"
    )


def test_a_declared_title_cut_short_gives_way_to_the_full_one() -> None:
    html = _declared_page(
        "Keepers Light the Old Lamp at…", "Keepers Light the Old Lamp at the Harbour"
    )
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp at the Harbour"
    # cut at a quotation mark by a broken attribute
    html = _declared_page("Keeper calls the lamp ", "Keeper calls the lamp 'an old friend'")
    assert extract_html(html, URL).title == "Keeper calls the lamp 'an old friend'"


def test_an_h1_cut_short_gives_way_to_the_declared_title_that_goes_on() -> None:
    html = _page(
        "en",
        "Keepers Light the Old Lamp at the Harbour After a Long Winter | Lamp Notes",
        "<h1>Keepers Light the Old Lamp at the Harbour After…</h1>",
    )
    assert extract_html(html, URL).title == (
        "Keepers Light the Old Lamp at the Harbour After a Long Winter"
    )


def test_a_longer_declared_title_with_a_site_suffix_is_not_the_full_headline() -> None:
    html = _declared_page("Keepers Light the Old Lamp", "Keepers Light the Old Lamp : Quay Notes")
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp"


def test_a_page_without_a_language_is_read_by_its_title() -> None:
    german = "Der Leuchtturm am alten Hafen brennt wieder – Wärter sehr zufrieden"
    assert drop_tagline(german, None) == german
    english = "How to Repair the Lamps of the Harbour and Keep Them Burning — Our Guide"
    assert drop_tagline(english, None) == (
        "How to Repair the Lamps of the Harbour and Keep Them Burning"
    )
    # too short to tell: read as English, as most such pages are
    assert drop_tagline("Keepers Light the Old Lamp - Harbour Diary", None) == (
        "Keepers Light the Old Lamp"
    )


def test_a_page_without_a_language_is_read_by_its_text_before_its_title() -> None:
    # An English-looking title on a German page that does not declare its language.
    title = "[Review] Lamps of Velmora - Sehnsucht von Greta Moll"
    text = "".join(
        f"<p>{line}</p>"
        for line in (
            "Der Leuchtturm am alten Hafen brennt wieder, und die Wärter sind sehr zufrieden.",
            "Die Freiwilligen haben das Glas über die Treppe nach oben getragen.",
            "Die Boote in der Bucht sahen das Licht aus sechs Meilen Entfernung.",
        )
    )
    html = (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<article>{text}</article></body></html>"
    )
    assert extract_html(html, URL).title == title


def test_an_h1_that_the_title_says_after_a_slash_is_the_headline() -> None:
    # A service heading as a first h1, then the headline, which the <title> says as the last
    # step of a chain of sections joined by slashes.
    h1s = "<h1>Navigation and Service</h1><h1>Keeper Thanks the Volunteers of Varrow Point</h1>"
    title = (
        "www.harbour-office.example: The Office / Speeches / "
        "Keeper Thanks the Volunteers of Varrow Point"
    )
    html = _page("en", title, h1s)
    assert extract_html(html, URL).title == "Keeper Thanks the Volunteers of Varrow Point"
