"""The timeline: a page-dated sentence may retell the day's event in its own words; events of
last month told by different pages stay apart."""

from __future__ import annotations

from tests.synthesize.timeline_pages import timeline as timeline_of


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
