"""A span of weekdays in a clause of no known tense ("delivered to your inbox Monday through
Friday", a newsletter's blurb) is a schedule, not a day of an event; a past span still dates."""

from __future__ import annotations

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times


def _dates(nlp, text: str, ref: str = "2025-03-14") -> list[str]:
    sdoc = nlp(text)
    return [e.date for e in find_events(sdoc, find_times(sdoc, ref), [])]


def test_a_schedule_without_a_tense_dates_nothing(nlp) -> None:
    text = "The morning news you need, delivered to your inbox Monday through Friday."
    assert _dates(nlp, text) == []


def test_a_past_span_of_weekdays_still_dates(nlp) -> None:
    assert _dates(nlp, "The Orvik harbour festival ran from Monday to Wednesday.") == ["2025-03-10"]
