"""A bare clock time takes its page's day; the day its sentence names dates the event."""

from __future__ import annotations

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times


def _dates(nlp, text: str, ref: str) -> list[str]:
    sdoc = nlp(text)
    return [e.date for e in find_events(sdoc, find_times(sdoc, ref), [])]


def test_the_named_day_beats_a_bare_clock(nlp) -> None:
    text = "The ferry Aldis left Velden at 11:36am local time on Tuesday, and came back at dusk."
    assert _dates(nlp, text, "2031-05-14") == ["2031-05-13"]  # a Wednesday's page


def test_a_clock_alone_keeps_its_pages_day(nlp) -> None:
    text = "Rescuers were called at 9.40pm as the ferry listed and passengers jumped."
    assert _dates(nlp, text, "2031-05-14") == ["2031-05-14"]


def test_an_offset_of_minutes_takes_the_day_told_before_it(nlp) -> None:
    text = (
        "The ferry Aldis ran aground off Velden late on Sunday, the coastguard said.\n\n"
        "It had left the port about 90 minutes earlier. It sent a distress call at 11:40 p.m."
    )
    assert _dates(nlp, text, "2031-05-13") == ["2031-05-11"] * 3  # a Tuesday's page
