"""Event candidates: one per sentence carrying a resolved calendar date."""

from __future__ import annotations

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times
from storyline.model import Entity, Mention


def test_dated_sentences_become_events() -> None:
    text = ("Friday, October 25, 2024\n\nOn Oct 18, the NIS said troops had left. "
            "Talks lasted three days. Kim signed the treaty in June.")
    kim = text.index("Kim")
    nis = text.index("NIS")
    entities = [Entity(key="kim", name="Kim", label="PERSON",
                       mentions=[Mention(text="Kim", start=kim, end=kim + 3)]),
                Entity(key="nis", name="NIS", label="ORG",
                       mentions=[Mention(text="NIS", start=nis, end=nis + 3)])]
    times = find_times(text, "2024-10-25")
    events = find_events(text, times, entities)
    assert [(e.date, e.precision) for e in events] == [("2024-10-18", "day"), ("2024-06", "month")]
    first, second = events
    assert text[first.start:first.end] == first.sentence
    assert first.sentence.startswith("On Oct 18") and first.entities == ["nis"]
    assert second.entities == ["kim"]


def test_most_precise_date_wins_and_unresolved_dates_do_not_count() -> None:
    text = "Since June the army has grown, and on Oct 3 it struck. On Thursday they met."
    events = find_events(text, find_times(text, "2024-10-22"), [])
    assert events[0].date == "2024-10-03"
    no_ref = find_events(text, find_times(text, None), [])
    assert no_ref == []  # XXXX values are not dates


def test_a_scheduled_event_is_dated_ahead() -> None:
    from storyline.analyze.nlp import load_nlp

    text = "The dam failed on Tuesday. The evacuation order expires on Sunday."
    doc = load_nlp()(text)
    events = find_events(doc, find_times(doc, "2025-03-13"), [])
    assert [e.date for e in events] == ["2025-03-11", "2025-03-16"]
