"""A sentence counted from another event ("a day after the remark") is dated only when that
event's day is known; otherwise its act has no day, and the timeline does not show it."""

from __future__ import annotations

import pytest

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times
from tests.synthesize.timeline_pages import timeline


def _events(text: str, reference: str = "2025-05-16"):
    from storyline.analyze.nlp import load_nlp

    doc = load_nlp()(text)
    return find_events(doc, find_times(doc, reference), [])


@pytest.mark.parametrize(
    "sentence",
    [
        "A day after the senator's remark, he issued an apology to the union leaders.",
        "A couple days after the backlash, the bakery withdrew the advert from its website.",
        "A couple of days after the backlash, the bakery withdrew the advert from its website.",
        "Two days after the launch, the agency released the first images from the probe.",
    ],
)
def test_an_act_counted_from_an_undated_event_has_no_date(sentence: str) -> None:
    assert _events(sentence) == []


def test_the_page_date_is_not_given_to_an_act_counted_from_an_event() -> None:
    from storyline.analyze.nlp import load_nlp

    text = (
        "The harbour board met in Ostrava on Thursday to discuss the ferry fares.\n"
        "A couple of days after the backlash, the board withdrew the new fare table."
    )
    entries = timeline(load_nlp(), [("a", text, "2025-05-16")])
    assert [e.date for e in entries] == ["2025-05-15"]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # The counted-from event is dated: the act is that day plus the count.
        (
            "A couple of days after the vote on Monday, the mayor resigned from his post.",
            "2025-05-14",
        ),
        ("A day after the vote on Monday, the mayor resigned from his post.", "2025-05-13"),
    ],
)
def test_an_act_counted_from_a_dated_event_takes_that_day_plus_the_count(
    sentence: str, day: str
) -> None:
    (event,) = _events(sentence)
    assert (event.date, event.anchor) == (day, "main")


def test_an_event_placed_against_another_keeps_its_page_day() -> None:
    # "X came a day after Y" is how a report of X's own day places it.
    (vote,) = _events("The council vote came just one day after the harbour wall collapsed.")
    assert (vote.date, vote.anchor) == ("2025-05-16", "after")
