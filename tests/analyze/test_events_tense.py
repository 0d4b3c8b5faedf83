"""Which day a sentence's event falls on when its dates need reading: a year written after the
day, a bare clock after a named day, "today" meaning nowadays, a holiday naming a kind of
thing, and main clauses whose own time is vaguer than a day."""

from __future__ import annotations

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times
from storyline.dating import event_date


def _events(nlp, text: str, ref: str = "2025-03-14"):
    sdoc = nlp(text)
    return find_events(sdoc, find_times(sdoc, ref), [])


def test_a_day_takes_the_year_written_after_it(nlp) -> None:
    (event,) = _events(
        nlp, "The ferry left Orvik at 12:05 am, January 1st, 2025, an hour late.", "2025-01-02"
    )
    assert event.date == "2025-01-01"
    (event,) = _events(
        nlp, "A ferry sank off Orvik on June 12 last year and six crew drowned.", "2025-03-14"
    )
    assert event.date == "2024-06-12"


def test_a_bare_clock_falls_on_the_day_named_before_it(nlp) -> None:
    text = (
        "The ferry left Orvik at 9:10 a.m. on Tuesday. "
        "It docked in Kessel at 7:33 p.m., the company said."
    )
    events = _events(nlp, text, "2025-03-12")  # a Wednesday: Tuesday is the day before
    assert [e.date for e in events] == ["2025-03-11", "2025-03-11"]


def test_a_bare_clock_without_a_recent_day_keeps_its_page_day(nlp) -> None:
    text = "The pier opened in 1996. Crews were called at 6.10am to a fire on the pier."
    assert [e.date for e in _events(nlp, text)][-1] == "2025-03-14"


def test_today_in_the_present_simple_is_nowadays(nlp) -> None:
    assert _events(nlp, "Today, the old harbour is a busy shopping district.") == []
    (event,) = _events(nlp, "The mayor opened the new pier today.")
    assert event.date == "2025-03-14"


def test_a_holiday_naming_a_kind_of_thing_yields_to_the_sentences_date(nlp) -> None:
    (event,) = _events(
        nlp, "Two men robbed a Christmas office party in Orvik in December 2019.", "2025-03-14"
    )
    assert event.date == "2019-12"


def test_a_vague_main_time_takes_no_page_date(nlp) -> None:
    for text in (
        "The captain was charged this week after the ferry sank in January.",
        "Earlier, he was handed a fine on charges arising from the collision of two ferries in"
        " May 2019.",
    ):
        (event,) = _events(nlp, text)
        assert event_date(event, "2025-03-14") is None, text


def test_a_present_perfect_since_a_day_is_a_state(nlp) -> None:
    (event,) = _events(nlp, "The pier has been closed to ferries since this past October.")
    assert event_date(event, "2025-03-14") != ("2025-03-14", "page date")


def test_an_act_counted_from_the_last_time_is_the_days_news(nlp) -> None:
    # the year is the last such act's, not this one's, which is the day's news
    for text in (
        "The Orvik Pikes have won the cup for the first time since 1987.",
        "It was the ferry line's first profit since 2019.",
        "The rescue was the first since the crew was seized two years ago.",
    ):
        (event,) = _events(nlp, text)
        assert event_date(event, "2025-03-14") == ("2025-03-14", "page date"), text
    # without "first", a present perfect since a year is a state of that long
    (event,) = _events(nlp, "The Pikes have not won the cup since 1987.")
    assert event_date(event, "2025-03-14") == ("1987", "year")


def test_an_act_after_an_older_event_is_not_the_pages_news(nlp) -> None:
    (event,) = _events(
        nlp,
        "After the ferry sank off Orvik on Nov. 13, the mayor gave a long address.",
        "2025-03-14",
    )
    assert event_date(event, "2025-03-14") is None
    # A few days back, the page's day stands for the act.
    (event,) = _events(
        nlp, "After the ferry sank off Orvik on Wednesday, the mayor closed the pier."
    )
    assert event_date(event, "2025-03-14") is not None


def test_a_date_on_the_subject_refers_to_that_days_event(nlp) -> None:
    (event,) = _events(nlp, "Thus, the ferry drill on Tuesday was considered especially bold.")
    assert event.refers
    (event,) = _events(nlp, "Police on Tuesday arrested the captain of the ferry.")
    assert not event.refers


def test_a_date_inside_a_name_dates_nothing(nlp) -> None:
    (event,) = _events(nlp, 'The harbour board describes the second leak as the "March incident."')
    assert event.anchor == "label" and event_date(event, "2025-03-14") is None
    # A month before an event's noun, outside quotation marks, dates that event.
    (event,) = _events(nlp, "The mayor notes that the December ruling did not close the pier.")
    assert event.date == "2024-12" and event_date(event, "2025-03-14") == ("2024-12", "month")
