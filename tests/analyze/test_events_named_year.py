"""A day written without its year takes the year its sentence names for that month."""

from __future__ import annotations

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times


def _dates(nlp, text: str, ref: str) -> list[str]:
    sdoc = nlp(text)
    return [e.date for e in find_events(sdoc, find_times(sdoc, ref), [])]


def test_a_yearless_day_takes_the_year_named_for_its_month(nlp) -> None:
    text = "The ferry Aldis sank on March 3 off Velden, the worst of the storms of March 2019."
    assert _dates(nlp, text, "2031-10-03") == ["2019-03-03"]


def test_a_year_named_for_something_else_leaves_the_day_alone(nlp) -> None:
    text = "On March 3 the council met, and the 2019 report was cited."
    assert _dates(nlp, text, "2031-10-03") == ["2031-03-03"]
