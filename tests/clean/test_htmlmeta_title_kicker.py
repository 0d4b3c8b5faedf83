"""A kicker printed in the h1's first element (a roofline, section or date) is not part of the
headline when a declared title says what follows it; without that agreement, or without a
separate element, the h1 stays whole."""

from __future__ import annotations

import pytest

from storyline.clean.html import extract_html
from tests.clean.html_pages import LAMP_PARAGRAPHS

PARAGRAPHS = LAMP_PARAGRAPHS


def _page(h1: str, og_title: str, title: str | None = None) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title or og_title} | Harbour Notes</title>"
        f"<meta property='og:title' content='{og_title}'></head><body>"
        f"<article><h1>{h1}</h1>{PARAGRAPHS}</article></body></html>"
    )


@pytest.mark.parametrize(
    "h1",
    [
        '<span class="roofline">Varrow Point</span> Keepers Light the Old Lamp Again',
        '<div class="section"><a href="/local/">Local News | </a></div>'
        "<span>Keepers Light the Old Lamp Again</span>",
        '<span class="date"><time datetime="2031-03-04">4 March 2031</time></span>'
        "<span>Keepers Light the Old Lamp Again</span>",
        '<span class="overline">Varrow Point</span><span>: </span>'
        "<span>Keepers Light the Old Lamp Again</span>",
        "<span><small>Varrow Point</small><br>Keepers Light the Old Lamp Again</span>",
    ],
)
def test_a_kicker_element_before_the_declared_headline_is_dropped(h1: str) -> None:
    got = extract_html(_page(h1, "Keepers Light the Old Lamp Again")).title
    assert got == "Keepers Light the Old Lamp Again"


def test_a_declared_title_cut_at_a_separator_also_agrees() -> None:
    html = _page(
        '<span class="roofline">Varrow Point</span> Keepers Light the Old Lamp Again',
        "Keepers Light the Old Lamp Again - Varrow Point",
    )
    assert extract_html(html).title == "Keepers Light the Old Lamp Again"


def test_without_a_declared_title_agreeing_the_h1_stays_whole() -> None:
    h1 = '<span class="roofline">Varrow Point</span> Keepers Light the Old Lamp Again'
    html = _page(h1, "Lamp Room Reopens", "Lamp Room Reopens")
    assert extract_html(html).title == "Varrow Point Keepers Light the Old Lamp Again"


def test_an_h1_without_a_leading_element_stays_whole() -> None:
    html = _page(
        "Varrow Point: Keepers Light the Old Lamp Again", "Keepers Light the Old Lamp Again"
    )
    assert extract_html(html).title == "Varrow Point: Keepers Light the Old Lamp Again"


def test_a_headline_set_in_two_blocks_reads_with_a_space_between_them() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>Keepers Light the Old Lamp | Lamp Notes"
        "</title></head><body><article><h1><div>Keepers Light</div><div>the Old Lamp</div></h1>"
        "<p>Keepers on Varrow Point lit the old lamp again on Tuesday after a dark winter.</p>"
        "<p>The lamp room was rebuilt by volunteers who carried the glass up the stair.</p>"
        "</article></body></html>"
    )
    assert extract_html(html).title == "Keepers Light the Old Lamp"
