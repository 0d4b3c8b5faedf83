"""The timeline: pages recalling a month a quarter back tell one background event; a page-dated
sentence may retell the day's event in its own words."""

from __future__ import annotations

from tests.synthesize.timeline_pages import timeline as timeline_of


def test_pages_recalling_a_month_a_quarter_back_tell_one_event(nlp) -> None:
    recalls = [
        ("a", "Before reports of Vantor's first bid in November, Orrin shares were flat."),
        ("b", "Its first offer, of 30 crowns a share, in November was turned down by Orrin."),
    ]
    pages = [(n, f"The board met again.\n{t}", "2025-02-06") for n, t in recalls]
    november = [e for e in timeline_of(nlp, pages) if e.date == "2024-11"]
    assert len(november) == 1 and {c.doc_id for c in november[0].citations} == {"a", "b"}


def test_last_months_events_of_different_pages_stay_apart(nlp) -> None:
    pages = [
        ("a", "The board met again.\nIn January, Orrin hired a new chief engineer.", "2025-02-06"),
        (
            "b",
            "The board met again.\nThe harbour at Kessel was dredged in January after years "
            "of delays.",
            "2025-02-06",
        ),
    ]
    assert len([e for e in timeline_of(nlp, pages) if e.date == "2025-01"]) == 2


def test_a_page_dated_sentence_retelling_the_days_event_joins_it(nlp) -> None:
    pages = [
        ("a", "The harbour master inspected the crews on Tuesday for their speed.", "2025-03-12"),
        (
            "b",
            "Officials inspected the new pumps after Monday's drill at Orvik harbour.",
            "2025-03-11",
        ),
    ]
    tuesday = [e for e in timeline_of(nlp, pages) if e.date == "2025-03-11"]
    assert len(tuesday) == 1 and {c.doc_id for c in tuesday[0].citations} == {"a", "b"}
