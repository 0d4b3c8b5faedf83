"""A weekday after "a" or "one" is any such day ("on a Sunday night in April"): it dates no
event, and the sentence is dated by its other dates (``analyze.event_names.definite``)."""

from __future__ import annotations

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times


def _days(nlp, text: str, ref: str = "2021-04-16") -> list[str]:
    sdoc = nlp(text)
    return [e.date for e in find_events(sdoc, find_times(sdoc, ref), [])]


def test_a_weekday_after_an_article_dates_nothing(nlp) -> None:
    text = "“We were taken on a Sunday night in April,” one of the girls told reporters on Monday."
    assert _days(nlp, text) == ["2021-04-12"]  # the telling, not the Sunday before the page


def test_a_weekday_of_its_own_still_dates_its_event(nlp) -> None:
    assert _days(nlp, "Police arrested a man in Tolu on Sunday.") == ["2021-04-11"]
    assert _days(nlp, "The raid came one Friday morning, officials said.") == []


def test_an_article_of_the_noun_a_weekday_describes_leaves_its_day(nlp) -> None:
    # "a Sunday night vigil": the vigil's article; the weekday names its day
    text = "About 500 people attended a Sunday night vigil for the victims in Tolu."
    assert _days(nlp, text) == ["2021-04-11"]
