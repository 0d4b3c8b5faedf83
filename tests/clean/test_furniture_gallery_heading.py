"""A gallery run into one line whose first item also carries the gallery's heading (printed
twice, as its link and its title) is still a gallery; a paragraph before it is not a heading."""

from __future__ import annotations

from storyline.clean import furniture as f
from tests.clean.test_furniture_caption_runs import CAPTIONS

HEADING = "Photos: Varnby under water: the flood in pictures"
LONG_CAPTION = (
    "Sandbags line the market square in Varnby on Tuesday, June 4. The river rose two metres "
    "overnight after three days of rain, and the town council closed the old bridge, the ferry "
    "landing and both schools while volunteers moved furniture to the upper floors. Rescue "
    "crews from four neighbouring towns arrived by boat before dawn on Wednesday and carried "
    "older residents from the flooded lanes behind the church to the sports hall."
)


def _line(first: str) -> str:
    items = [first, *CAPTIONS]
    return " ".join(
        f"{HEADING} {caption} Hide Caption {k} of {len(items)}"
        for k, caption in enumerate(items, 1)
    )


def test_the_first_item_may_carry_the_heading_twice() -> None:
    assert f._caption_run(f"{HEADING} " + _line(LONG_CAPTION))


def test_a_paragraph_before_the_first_item_keeps_the_line() -> None:
    paragraph = " ".join([LONG_CAPTION] * 3)
    assert not f._caption_run(paragraph + " " + _line(LONG_CAPTION))
