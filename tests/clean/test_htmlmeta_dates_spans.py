"""Publication dates: either end of a span of two whole dates ("28.01.2022 – 29.01.2022") dates
an event, not the page."""

from __future__ import annotations

import pytest

from storyline.clean.html import parse_html
from storyline.clean.htmlmeta import published_candidates
from storyline.clean.htmlmeta.dates import WRITTEN_DATES
from storyline.clean.htmlmeta.labels import in_prose


@pytest.mark.parametrize(
    "text",
    [
        "Tippspiel Runde 4 +++ 28.01.2022 – 29.01.2022 Spieltag Nord",
        "Harbour Fair 3 May 2021 to 5 May 2021 Stalls and music",
    ],
)
def test_both_ends_of_a_span_of_whole_dates_are_no_date_line(text: str) -> None:
    matches = list(WRITTEN_DATES.finditer(text))
    assert len(matches) == 2
    assert all(in_prose(text, m.start(), m.end()) for m in matches)


def test_a_labelled_date_beside_its_update_is_still_a_date_line() -> None:
    text = "Published 3 May 2021 – Updated 5 May 2021 The fair opens"
    first = WRITTEN_DATES.search(text)
    assert first is not None
    assert not in_prose(text, first.start(), first.end())


def test_a_span_under_the_headline_yields_to_the_byline_date() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>Quist keeps her title</title></head><body>"
        "<h1>Quist keeps her title</h1><p>Ticker +++ 28.01.2022 – 29.01.2022 Nordcup</p>"
        + "<p>Filler about the league and its clubs, the halls and the crowds.</p>"
        * 12
        + "<p>Mara Quist — 2. Februar 2022</p><p>Quist won on points in Valdor.</p>"
        "</body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    cands = {c.day: c.features for c in published_candidates(tree, None)}
    assert "head_lead" not in cands["2022-01-28"]
    assert cands["2022-01-28"].get("head_prose")
