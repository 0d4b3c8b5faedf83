"""A picture gallery whose captions were flattened into one line, each ending with the
gallery's "Hide Caption k of n" control, is furniture however long the line; a paragraph of
the article on the same line keeps the line."""

from __future__ import annotations

from storyline.clean import furniture as f
from storyline.clean.text import clean_text
from tests.clean.test_furniture import PARAGRAPHS, _page, _reasons

CAPTIONS = [
    "Boats are tied to the lamp posts of the market square in Varnby on Tuesday.",
    "A volunteer carries sandbags along the river road.",
    "Children watch the water from the old stone bridge.",
    "The harbour wall at dawn, before the second high tide.",
]


def _gallery(items: list[str], total: int, title: str = "Photos: Varnby under water") -> str:
    return " ".join(
        f"{title} {caption} Hide Caption {k} of {total}" for k, caption in enumerate(items, 1)
    )


def test_a_gallery_run_into_one_long_line_is_removed() -> None:
    line = _gallery(CAPTIONS * 6, 24)  # 24 captions: far over a paragraph's length
    reasons = _reasons(_page(line))
    assert reasons[line[:24]] == f.GALLERY
    assert all(reasons[p[:24]] == "" for p in PARAGRAPHS)
    assert "Hide Caption" not in clean_text(_page(line)).text


def test_two_counters_are_not_yet_a_gallery_line() -> None:
    line = "Rain at noon. " + _gallery(CAPTIONS[:2], 12)
    assert _reasons(_page(line))[line[:24]] != f.GALLERY


def test_counters_out_of_order_are_no_gallery_run() -> None:
    text = " ".join(f"{c} Caption {k} of 9" for c, k in zip(CAPTIONS, [1, 4, 2, 7], strict=True))
    assert not f._caption_run(text)


def test_a_paragraph_sharing_the_line_keeps_it() -> None:
    article = " ".join(PARAGRAPHS * 2)  # far more words than a caption
    line = article + " " + _gallery(CAPTIONS, 4)
    assert not f._caption_run(line)
    assert "Flood water reached the lower town" in clean_text(_page(line)).text
