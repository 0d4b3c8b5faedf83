"""A bare weekday six days back is the day after the page's date (time zones, next-morning
updates); "last Tuesday" still means six days back."""

from __future__ import annotations

from storyline.analyze.times import find_times


def value(text: str, ref: str, key: str, nlp=None) -> str:
    source = nlp(text) if nlp is not None else text
    return next(t.value for t in find_times(source, ref) if t.text == key)


def test_weekday_after_the_page_date_is_the_next_day(nlp) -> None:
    ref = "2031-05-12"  # a Monday: the page was put up in the evening, far west of the news
    text = "The island's coast guard said a ferry ran aground early Tuesday off Port Velden."
    assert value(text, ref, "early Tuesday", nlp) == "2031-05-13"
    assert value("Officials said Tuesday that the crew was safe.", ref, "Tuesday") == "2031-05-13"


def test_other_weekdays_and_last_keep_their_direction(nlp) -> None:
    ref = "2031-05-12"  # a Monday
    assert value("The ferry sailed on Wednesday.", ref, "Wednesday", nlp) == "2031-05-07"
    assert value("The ferry sailed on Sunday.", ref, "Sunday", nlp) == "2031-05-11"
    assert value("The ferry sailed last Tuesday.", ref, "last Tuesday") == "2031-05-06"
