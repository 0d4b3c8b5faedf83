"""The page title when an h1 heads a sidebar or is hidden from sight for screen readers."""

from __future__ import annotations

from storyline.clean.html import extract_html
from tests.clean.html_pages import LAMP_PARAGRAPHS

# A declared title worded otherwise than the headline, as sharing titles often are: it is
# the fallback when the h1s disagree.
HEAD = "<title>Lamp Returns to Varrow Point | Harbour Notes</title>"


def _page(body: str) -> str:
    return f"<html><head><meta charset='utf-8'>{HEAD}</head><body>{body}</body></html>"


def test_an_h1_in_a_sidebar_is_not_the_headline() -> None:
    html = _page(
        "<aside><h1>Most read this week</h1><ul><li>Ferry timetable</li></ul></aside>"
        f"<article><h1>Varrow Point Lamp Lit Again</h1>{LAMP_PARAGRAPHS}</article>"
    )
    assert extract_html(html, "https://harbour.example/lamp-lit").title == (
        "Varrow Point Lamp Lit Again"
    )


def test_a_complementary_region_h1_is_not_the_headline() -> None:
    html = _page(
        "<div role='complementary'><h1>Tide Tables</h1></div>"
        f"<article><h1>Varrow Point Lamp Lit Again</h1>{LAMP_PARAGRAPHS}</article>"
    )
    assert extract_html(html).title == "Varrow Point Lamp Lit Again"


def test_a_screen_reader_h1_yields_to_the_visible_headline() -> None:
    html = _page(
        "<header><h1 class='sr-only'>Harbour Notes News Desk</h1></header>"
        f"<article><h1>Varrow Point Lamp Lit Again</h1>{LAMP_PARAGRAPHS}</article>"
    )
    assert extract_html(html).title == "Varrow Point Lamp Lit Again"


def test_an_h1_inside_a_visually_hidden_wrapper_is_passed_over() -> None:
    html = _page(
        "<div class='visually-hidden'><h1>Harbour Notes Front Page</h1></div>"
        f"<main><h1>Varrow Point Lamp Lit Again</h1>{LAMP_PARAGRAPHS}</main>"
    )
    assert extract_html(html).title == "Varrow Point Lamp Lit Again"


def test_a_visible_h1_in_the_article_stays_the_headline() -> None:
    # A responsive class that hides the h1 on small screens only is no screen-reader label.
    html = _page(
        f"<article><h1 class='hidden-xs title'>Keepers Vote to Stay</h1>{LAMP_PARAGRAPHS}</article>"
    )
    assert extract_html(html).title == "Keepers Vote to Stay"


def test_a_breadcrumb_h1_that_the_title_says_is_the_headline() -> None:
    # Some news templates print the headline only as the breadcrumb's last step.
    html = (
        "<html><head><meta charset='utf-8'>"
        "<meta property='og:title' content='Keepers Light the Lamp Again'>"
        "<title>Varrow Point Lamp Lit Again After Ten Years | Harbour Notes</title></head><body>"
        "<nav><ol class='breadcrumb'><li><a href='/'>Home</a></li><li><a href='/coast'>Coast</a>"
        "</li><li><h1>Varrow Point Lamp Lit Again After Ten Years</h1></li></ol></nav>"
        f"<article>{LAMP_PARAGRAPHS}</article></body></html>"
    )
    assert extract_html(html, "https://harbour.example/lamp-lit").title == (
        "Varrow Point Lamp Lit Again After Ten Years"
    )


def test_a_menu_h1_that_no_declared_title_says_is_passed_over() -> None:
    html = _page(
        f"<nav><h1>Coast and Harbour Sections</h1></nav><article>{LAMP_PARAGRAPHS}</article>"
    )
    assert extract_html(html, "https://harbour.example/lamp-lit").title == (
        "Lamp Returns to Varrow Point"
    )


def test_a_box_repeated_in_h1s_is_no_rival_headline() -> None:
    # A newsletter box the template prints twice, each with its own h1.
    box = "<div><h1>Love in your inbox: our newsletter!</h1><input name='mail'></div>"
    html = _page(f"<h1>Keepers Light the Old Lamp Again</h1>{box}{LAMP_PARAGRAPHS}{box}")
    assert extract_html(html, "https://harbour.example/lamp-lit").title == (
        "Keepers Light the Old Lamp Again"
    )


def test_different_h1s_each_printed_once_yield_to_the_declared_title() -> None:
    html = _page(
        "<h1>Keepers Light the Old Lamp Again</h1><h1>Love in your inbox: our newsletter!</h1>"
        f"{LAMP_PARAGRAPHS}"
    )
    assert extract_html(html, "https://harbour.example/lamp-lit").title == (
        "Lamp Returns to Varrow Point"
    )
