"""Publication dates: the first date printed by the headline that no "Updated" label marks is
the date line's lead, whether or not the page declares a publication date."""

from __future__ import annotations

from storyline.clean.html import parse_html
from storyline.clean.htmlmeta import published_candidates


def _features(lines: str, head: str = "") -> dict[str, dict[str, float]]:
    html = (
        f"<html><head><meta charset='utf-8'><title>Orlen ferry timetable</title>{head}</head>"
        f"<body><article><h1>Orlen ferry timetable</h1>{lines}"
        "<p>Boats leave the harbour every hour from the spring, the office said.</p>"
        "</article></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    return {c.day: c.features for c in published_candidates(tree)}


def test_an_updated_date_printed_first_is_not_the_lead() -> None:
    features = _features("<p>Updated: 7 January 2020</p><p>Mara Quist, 30 September 2018</p>")
    assert "head_lead" in features["2018-09-30"]
    assert "head_lead" not in features["2020-01-07"]
    assert "head_updated" in features["2020-01-07"]


def test_an_updated_date_alone_is_the_lead_when_nothing_is_declared() -> None:
    features = _features("<p>Updated: 7 January 2020</p>")
    assert "head_lead" in features["2020-01-07"]


def test_an_updated_date_alone_is_no_lead_when_a_publication_date_is_declared() -> None:
    head = "<meta property='article:published_time' content='2018-09-30T10:00:00'>"
    features = _features("<p>Updated: 7 January 2020</p>", head)
    assert "head_lead" not in features["2020-01-07"]


def test_a_date_marked_as_the_update_gives_its_place_to_the_date_printed_beside_it() -> None:
    lines = (
        '<p><time itemprop="dateModified">2020-01-07 09:15</time> '
        '<time itemprop="datePublished">2018-09-30 10:20</time></p>'
    )
    features = _features(lines)
    for place in ("head_nearest", "head_first_after"):
        assert place in features["2018-09-30"]
        assert place not in features["2020-01-07"]


def test_an_updated_date_alone_keeps_its_place_by_the_headline() -> None:
    features = _features("<p>Updated: 7 January 2020</p>")
    assert "head_nearest" in features["2020-01-07"]
    assert "head_first_after" in features["2020-01-07"]
