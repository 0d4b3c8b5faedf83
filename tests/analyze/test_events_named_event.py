"""A day or a month right before a noun, in the object of a preposition that does not set the
clause's time, names that noun's event ("in response to the March 2 test"), not the act's."""

from __future__ import annotations

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times
from storyline.dating import event_date

PAGE = "2025-03-28"


def _events(nlp, text: str, ref: str = PAGE):
    sdoc = nlp(text)
    return find_events(sdoc, find_times(sdoc, ref), [])


def test_a_date_before_the_noun_it_modifies_is_that_events(nlp) -> None:
    text = (
        "Last week, the Orvik council adopted new fines in response to the March 2 spill "
        "at the Kessel plant."
    )
    (event,) = _events(nlp, text)
    assert (event.anchor, event.date) == ("noun", "2025-03-02")
    assert event_date(event, PAGE) is None  # adopted "last week", on no day the sentence gives


def test_an_older_named_event_does_not_date_a_past_act(nlp) -> None:
    (event,) = _events(nlp, "Vorn Holdings apologised to fishermen for the March 2 spill.")
    assert event.anchor == "noun"
    assert event_date(event, PAGE) == (PAGE, "page date")


def test_an_act_ahead_of_a_named_event_is_before_it(nlp) -> None:
    (past,) = _events(nlp, "Fishermen marched in Orvik ahead of the March 12 vote.")
    assert past.anchor == "before" and event_date(past, PAGE) is None
    (coming,) = _events(nlp, "Fishermen marched in Orvik ahead of the April 2 vote.")
    assert event_date(coming, PAGE) == (PAGE, "page date")  # the march is the page's news


def test_a_date_setting_the_clauses_own_time_still_dates_it(nlp) -> None:
    (event,) = _events(nlp, "Lena Vorn won the seat in the March 2 election.")
    assert (event.anchor, event.date) == ("main", "2025-03-02")
    (meeting,) = _events(nlp, "The council voted at the March 4 meeting.")
    assert meeting.anchor == "main" and meeting.date == "2025-03-04"
