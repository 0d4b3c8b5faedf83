"""The timeline: a page-dated sentence that names an earlier day's event by its day ("after
Tuesday's launch") is cited by that event's entry when a page dates the event that day."""

from __future__ import annotations

from storyline.synthesize.timeline_named import Named, named_days
from tests.synthesize.timeline_pages import timeline as timeline_of


def test_a_sentence_after_a_named_days_event_joins_that_days_entry(nlp) -> None:
    pages = [
        ("a", "The Halden-2 probe was launched from the Varsk pad on Tuesday.", "2031-05-13"),
        (
            "b",
            "The Halden probe reached its planned orbit after Tuesday's launch from Varsk.",
            "2031-05-16",
        ),
    ]
    timeline = timeline_of(nlp, pages)
    assert [(e.date, len(e.citations)) for e in timeline] == [("2031-05-13", 2)], timeline


def test_a_named_event_no_page_dates_leaves_the_page_date(nlp) -> None:
    pages = [
        ("a", "The Halden-2 probe was launched from the Varsk pad on Tuesday.", "2031-05-13"),
        (
            "b",
            "Engineers restarted the probe's radio after Tuesday's blackout at Varsk.",
            "2031-05-16",
        ),
    ]
    dates = sorted(e.date for e in timeline_of(nlp, pages))
    assert dates == ["2031-05-13", "2031-05-16"]


def test_a_statement_against_a_named_days_event_keeps_its_page_date(nlp) -> None:
    pages = [
        ("a", "Mayor Ivo Brandt ordered the evacuation of Kestel on Tuesday.", "2031-05-13"),
        (
            "b",
            "Brandt told the council that 300 people had left, out of the 900 covered by "
            "Tuesday's order.",
            "2031-05-16",
        ),
    ]
    dates = sorted(e.date for e in timeline_of(nlp, pages))
    assert dates == ["2031-05-13", "2031-05-16"]


def test_only_a_day_of_the_pages_week_is_named() -> None:
    launched = Named("2031-04-01", False, "", frozenset(), frozenset({"launch"}))
    later = Named("2031-05-16", True, "2031-04-01", frozenset({"launch"}), frozenset())
    week = Named("2031-04-04", True, "2031-04-01", frozenset({"launch"}), frozenset())
    assert named_days([launched, later, week]) == {2: "2031-04-01"}
