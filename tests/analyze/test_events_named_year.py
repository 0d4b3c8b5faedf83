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


def test_a_month_of_another_act_gives_a_weekday_no_year(nlp) -> None:
    # 2031-10-03 is a Friday: the crew came home on Wednesday 1 October, not in October 2019
    text = "The crew, who were seized off Velden in October 2019, flew home on Wednesday."
    assert _dates(nlp, text, "2031-10-03") == ["2031-10-01"]
    # the month and the weekday of one act still share their year
    text = "In October 2019, raiders seized the crew of the Aldis on a Wednesday night."
    assert _dates(nlp, text, "2031-10-03")[0].startswith("2019-10")


def test_a_counted_year_after_a_weekday_is_not_its_year(nlp) -> None:
    text = "The Aldis docked in Velden on Wednesday, two years after it was seized in May 2029."
    assert _dates(nlp, text, "2031-10-03")[0] == "2031-10-01"
