"""Time expressions: "the past week" as the calendar week holding most of its seven days."""

from __future__ import annotations

from storyline.analyze.times import find_times


def value(text: str, ref: str) -> str:
    (found,) = find_times(text, ref)
    return found.value


def test_the_past_week_late_in_a_week_is_that_week() -> None:
    assert value("Rescuers have searched the valley for the past week.", "2000-04-14") == "2000-W15"


def test_the_past_week_early_in_a_week_is_the_week_before() -> None:
    assert value("Rescuers have searched the valley for the past week.", "2000-04-11") == "2000-W14"
