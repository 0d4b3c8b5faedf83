"""Publication dates: a date printed under the headline that is one of a list of other stories,
each with its date, is not the page's date line, unless the page declares that day."""

from __future__ import annotations

from storyline.clean.html import parse_html
from storyline.clean.htmlmeta import published_candidates

TEASERS = (
    "<ul><li>Loop battle in Valdor 18. Januar 2019</li>"
    "<li>Smart radiators for the cold 22. November 2018</li>"
    "<li>The quarry tunnels, revisited 31. August 2017</li></ul>"
)
BODY = "<p>Filler about shoes, soles and the runners who test them on the hills.</p>" * 12


def candidates(head: str, between: str) -> dict[str, dict[str, float]]:
    html = (
        f"<html><head><meta charset='utf-8'><title>Echo review</title>{head}</head><body>"
        f"<h1>Echo review</h1>{between}{BODY}</body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    return {c.day: c.features for c in published_candidates(tree, None)}


def test_a_list_of_dated_stories_under_the_headline_is_no_date_line() -> None:
    cands = candidates("", TEASERS)
    first = cands["2019-01-18"]
    assert first.get("head_listed")
    assert not any(k in first for k in ("head_lead", "head_nearest", "head_first_after"))


def test_dates_that_read_either_way_round_make_a_list_too() -> None:
    teasers = (
        "<p>Poacher arrested in Kolda 09/09/2019</p><p>Chimpanzee rescued 05/07/2019</p>"
        "<p>Pelican released 20/06/2019</p>"
    )
    assert candidates("", teasers)["2019-09-09"].get("head_listed")


def test_a_listed_day_the_page_declares_keeps_its_place() -> None:
    head = "<meta property='article:published_time' content='2019-01-18T08:00:00+01:00'>"
    first = candidates(head, TEASERS)["2019-01-18"]
    assert first.get("head_lead")
    assert "head_listed" not in first


def test_a_date_line_beside_its_update_is_no_list() -> None:
    line = "<p>Published 18 January 2019 · Updated 20 January 2019</p>"
    first = candidates("", line)["2019-01-18"]
    assert first.get("head_lead")
    assert "head_listed" not in first


def test_a_date_after_a_related_label_is_another_storys() -> None:
    # One other story offered under the headline, with its date: no list, but its label says
    # whose date it is.
    between = (
        "<p>The shoe held up on three hills.</p><p>Read also</p>"
        "<p>14/08/2021 The older model on the same hills</p>"
    )
    first = candidates("", between)["2021-08-14"]
    assert first.get("head_listed")
    assert not any(k in first for k in ("head_lead", "head_nearest", "head_first_after"))
