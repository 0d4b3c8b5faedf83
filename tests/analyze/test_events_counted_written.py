"""A moment counted from another ("nine hours later") gives way to a day its sentence writes
out ("at 10:15 p.m. on Dec. 31, 2030"): across a date line or a time zone, the count from
another sentence's day misses the act's own day."""

from __future__ import annotations

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times


def _dates(nlp, text: str, ref: str) -> list[str]:
    sdoc = nlp(text)
    return [e.date for e in find_events(sdoc, find_times(sdoc, ref), [])]


def test_a_written_day_outranks_a_count(nlp) -> None:
    text = (
        "The Orvik ferry left Kessel on Jan. 1, 2031. About nine hours later, it docked in "
        "Vell at 10:15 p.m. on Dec. 31, 2030."
    )
    assert _dates(nlp, text, "2031-01-01") == ["2031-01-01", "2030-12-31"]


def test_a_count_alone_still_dates(nlp) -> None:
    text = "The Orvik ferry left Kessel on Monday. Two days later, it docked in Vell."
    assert _dates(nlp, text, "2025-06-12") == ["2025-06-09", "2025-06-11"]
