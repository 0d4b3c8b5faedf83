"""A page that is nothing but a picture gallery of its story keeps the story its captions tell,
without their controls and the heading every item repeats; a gallery beside an article is still
furniture."""

from __future__ import annotations

from storyline.clean.text import clean_text
from tests.clean.test_furniture import PARAGRAPHS, _page
from tests.clean.test_furniture_caption_runs import CAPTIONS

HEADING = "Photos: Varnby under water"


def _items(captions: list[str]) -> list[str]:
    n = len(captions)
    return [f"{HEADING} {c} Hide Caption {k} of {n}" for k, c in enumerate(captions, 1)]


def test_a_page_that_is_only_a_gallery_keeps_its_captions() -> None:
    text = clean_text("\n".join(_items(CAPTIONS)), title="Varnby under water").text
    assert text.split("\n\n") == CAPTIONS
    assert "Hide Caption" not in text and HEADING not in text


def test_a_gallery_run_into_one_line_keeps_its_captions_when_it_is_the_page() -> None:
    text = clean_text(" ".join(_items(CAPTIONS * 3))).text
    assert text.split("\n\n")[:4] == CAPTIONS


def test_an_item_with_no_caption_is_left_out() -> None:
    items = _items([*CAPTIONS, ""])
    assert clean_text("\n".join(items)).text.split("\n\n") == CAPTIONS


def test_a_gallery_beside_an_article_is_still_removed() -> None:
    cleaned = clean_text(_page("\n".join(_items(CAPTIONS)))).text
    assert "Boats are tied" not in cleaned
    assert all(p in cleaned for p in PARAGRAPHS)
