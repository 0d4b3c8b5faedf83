"""The title's text as stored: ruby readings over a Japanese headline are not its words, a
date set before the headline goes, and one title printed with different code points is
stored in one (composed) form."""

from __future__ import annotations

import unicodedata

from storyline.clean.html import extract_html
from storyline.clean.htmlmeta import finish_title
from tests.clean.html_pages import LAMP_PARAGRAPHS

URL = "https://lampnotes.example/news/lamps-lit-again/"


def _page(title: str, h1: str) -> str:
    return (
        f"<html lang='ja'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<article>{h1}{LAMP_PARAGRAPHS}</article></body></html>"
    )


def test_ruby_readings_are_not_part_of_the_headline() -> None:
    h1 = (
        "<h1><ruby>灯台<rp>(</rp><rt>とうだい</rt><rp>)</rp></ruby>"
        "の<ruby>明<rt>あ</rt></ruby>かりが戻る</h1>"
    )
    html = _page("灯台ニュース|灯台の明かりが戻る", h1)
    assert extract_html(html, URL).title == "灯台の明かりが戻る"


def test_a_leading_date_is_not_part_of_the_headline() -> None:
    assert finish_title("23.01.2031 - Lamps Lit Again at the Harbour") == (
        "Lamps Lit Again at the Harbour"
    )
    # a day and month without a year is a list's label the headline keeps
    assert finish_title("30.11. | Lamp of the Week") == "30.11. | Lamp of the Week"


def test_titles_are_stored_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Café Lamps Reopen")
    assert finish_title(decomposed) == "Café Lamps Reopen"


def test_a_style_sheet_inside_the_h1_is_not_part_of_the_headline() -> None:
    # CSS-in-JS templates set their style sheets inside the headline, before its kicker.
    h1 = (
        "<h1><style>.css-k1{font-size:16px;color:#707070;display:block;}</style>"
        "<span class='css-k1'>Harbour Office <style>.css-k2{clip:rect(0 0 0 0)}</style>"
        "<span class='css-k2'>:</span></span>Keepers Light the Old Lamp Again</h1>"
    )
    html = (
        "<html lang='en'><head><meta charset='utf-8'><meta property='og:title' "
        "content='Press Releases'><title>Keepers Light the Old Lamp Again</title></head>"
        f"<body><article>{h1}{LAMP_PARAGRAPHS}</article></body></html>"
    )
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp Again"


def test_apostrophes_are_straightened_only_in_english() -> None:
    # French and German typesetting spell the apostrophe "’": a letter of the headline there.
    assert finish_title("L’heure des lanternes au port", "fr") == "L’heure des lanternes au port"
    assert finish_title("Der Leuchtturm‚ gibt’s noch", "de") == "Der Leuchtturm‚ gibt’s noch"
    assert finish_title("The Keeper’s Lamp Is Lit Again", "en") == "The Keeper's Lamp Is Lit Again"
    # a page whose language is unknown keeps the English rule
    assert finish_title("The Keeper’s Lamp Is Lit Again", None) == (
        "The Keeper's Lamp Is Lit Again"
    )


def test_a_french_page_keeps_its_apostrophes() -> None:
    html = (
        "<html lang='fr'><head><meta charset='utf-8'><title>L’été des lanternes</title></head>"
        f"<body><article><h1>L’été des lanternes</h1>{LAMP_PARAGRAPHS}</article></body></html>"
    )
    assert extract_html(html, URL).title == "L’été des lanternes"
