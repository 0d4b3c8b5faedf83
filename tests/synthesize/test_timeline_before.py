"""An act told as before an earlier dated event ("Before the bid in November, ...") is on no day
the sentence tells, and never on its page's day; one after such an event keeps its page's day."""

from __future__ import annotations

from storyline.dating import event_date
from tests.synthesize.timeline_pages import page, timeline


def test_an_act_before_an_earlier_event_is_not_given_the_page_date(nlp) -> None:
    text = (
        "Orrin rejected the revised offer on Tuesday.\n"
        "Before the first bid in November, Orrin stock traded near $50 for most of the year."
    )
    entries = timeline(nlp, [("a", text, "2026-02-12")])
    assert [e.date for e in entries] == ["2026-02-10"], [(e.date, e.text) for e in entries]


def test_the_anchor_says_before(nlp) -> None:
    text = "Before the first bid in November, Orrin stock traded near $50 for most of the year."
    _, analysis = page(nlp, "a", text, "2026-02-12")
    (event,) = analysis.events
    assert (event.anchor, event.date) == ("before", "2025-11")
    assert event_date(event, "2026-02-12") is None
    # Before a day still ahead of the page, the page's day may be the act's.
    assert event_date(event.model_copy(update={"date": "2026-03"}), "2026-02-12") is not None


def test_an_act_after_an_earlier_event_keeps_the_page_date(nlp) -> None:
    text = "Thousands have fled the harbour town after the sea wall broke on Wednesday."
    (entry,) = timeline(nlp, [("a", text, "2026-02-12")])
    assert (entry.date, entry.precision) == ("2026-02-12", "page date")


def test_a_state_before_an_earlier_event_is_not_dated_by_it(nlp) -> None:
    text = (
        "Orrin rejected the revised offer on Tuesday.\n"
        "Before reports of the first bid in November, Orrin stock had been trading near $50."
    )
    entries = timeline(nlp, [("a", text, "2026-02-12")])
    assert [e.date for e in entries] == ["2026-02-10"], [(e.date, e.text) for e in entries]


def test_an_act_after_an_earlier_days_named_event_is_not_given_the_page_date(nlp) -> None:
    text = (
        "Orrin rejected the revised offer on Tuesday.\n"
        "After Tuesday's rejection, Vantor withdrew its bid for the Kessel mill."
    )
    entries = timeline(nlp, [("a", text, "2026-02-12")])
    assert [e.date for e in entries] == ["2026-02-10"], [(e.date, e.text) for e in entries]
