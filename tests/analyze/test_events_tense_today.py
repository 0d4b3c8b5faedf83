"""Which day a sentence's event falls on: "today" before a present passive is nowadays, and a
date in a clause the main verb is about dates the act in its page's week."""

from __future__ import annotations

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times
from storyline.dating import event_date


def _events(nlp, text: str, ref: str = "2025-03-14"):
    sdoc = nlp(text)
    return find_events(sdoc, find_times(sdoc, ref), [])


def test_today_before_a_present_passive_is_nowadays(nlp) -> None:
    text = (
        "The mill ground grain for a century. But today it is used as a concert hall by the town."
    )
    assert _events(nlp, text) == []


def test_a_present_passive_closed_today_is_the_days_news(nlp) -> None:
    (event,) = _events(nlp, "The bridge over the Orve is closed today after the ferry crash.")
    assert event.date == "2025-03-14"


def test_a_date_in_what_the_act_was_about_dates_the_act_in_its_week(nlp) -> None:
    text = (
        "The singer posted about enduring her cancelled flight Tuesday night after the plane "
        "turned back to Orvik."
    )
    (event,) = _events(nlp, text, "2025-03-12")  # a Wednesday page
    assert event_date(event, "2025-03-12") == ("2025-03-11", "day")
