"""Time expressions: on a Sunday, weeks are the working weeks news counts (an ISO week ends on
the Sunday)."""

from __future__ import annotations

from storyline.analyze.nlp import load_nlp
from storyline.analyze.times import find_times

SUNDAY = "2031-03-23"  # in ISO week 2031-W12
SATURDAY = "2031-03-22"


def value(text: str, ref: str) -> str:
    (found,) = find_times(load_nlp()(text), ref)
    return found.value


def test_last_week_on_a_sunday_is_the_week_ending_that_day() -> None:
    assert value("Last week, the Dunmore council voted to close the bridge.", SUNDAY) == "2031-W12"


def test_last_week_on_a_saturday_is_the_week_before() -> None:
    text = "Last week, the Dunmore council voted to close the bridge."
    assert value(text, SATURDAY) == "2031-W11"


def test_this_week_ahead_on_a_sunday_is_the_coming_week() -> None:
    assert value("The Dunmore council will vote on the plan this week.", SUNDAY) == "2031-W13"


def test_this_week_told_as_past_on_a_sunday_is_the_week_ending() -> None:
    assert value("The Dunmore council met this week to discuss the plan.", SUNDAY) == "2031-W12"


def test_next_week_on_a_sunday_is_the_week_starting_next_day() -> None:
    assert value("The Dunmore council votes next week.", SUNDAY) == "2031-W13"
