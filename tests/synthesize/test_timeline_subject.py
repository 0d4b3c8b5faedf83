"""The timeline: a sentence whose date belongs to its subject ("the drill on Tuesday was judged
a success") tells something of that day's event, and joins the entry that tells it."""

from __future__ import annotations

from tests.synthesize.timeline_pages import timeline as timeline_of


def test_a_date_on_the_subject_joins_the_days_event(nlp) -> None:
    pages = [
        ("a", "The navy fired a glide rocket over Orvik on Tuesday, officials said.", "2025-03-12"),
        ("b", "The navy fired a glide rocket across the strait on Tuesday morning.", "2025-03-12"),
        ("c", "The rocket test on Tuesday was considered especially bold.", "2025-03-12"),
    ]
    tuesday = [e for e in timeline_of(nlp, pages) if e.date == "2025-03-11"]
    assert len(tuesday) == 1, [e.text for e in tuesday]
    assert {c.doc_id for c in tuesday[0].citations} == {"a", "b", "c"}
