"""A time told again in another clock, in brackets after the local one ("just before 6 a.m.
(2100 GMT Monday)"), is the same moment: its weekday is the other zone's, not the event's."""

from __future__ import annotations

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times


def _dates(nlp, text: str, ref: str) -> list[str]:
    sdoc = nlp(text)
    return [e.date for e in find_events(sdoc, find_times(sdoc, ref), [])]


def test_the_other_clocks_weekday_does_not_date_the_event(nlp) -> None:
    text = (
        "Merovia fired a test rocket over the Gale Strait early on Tuesday. "
        "The navy said the rocket lifted off just before 6 a.m. (2100 GMT Monday) and flew "
        "900 km."
    )
    assert _dates(nlp, text, "2025-06-09") == ["2025-06-10", "2025-06-10"]


def test_a_clock_in_brackets_after_a_local_clock_is_the_same_moment(nlp) -> None:
    text = (
        "The ferry left Orvik on Tuesday. "
        "It sank at 4 a.m. local time (2000 GMT Monday) off the coast of Kessel."
    )
    assert _dates(nlp, text, "2025-06-10") == ["2025-06-10", "2025-06-10"]


def test_a_weekday_in_brackets_after_no_clock_still_dates(nlp) -> None:
    text = "The ferry council met in Orvik (on Monday) to discuss the new timetable."
    assert _dates(nlp, text, "2025-06-11") == ["2025-06-09"]
