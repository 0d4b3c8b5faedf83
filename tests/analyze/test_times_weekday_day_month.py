"""A weekday written before a day and month in British order ("on Tuesday 8 June") is one date,
as "Tuesday, June 8" is: the weekday alone would be counted from the page's date."""

from __future__ import annotations

from storyline.analyze.times import find_times


def values(text: str, ref: str = "2021-06-16") -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, ref)}


def test_a_weekday_before_day_and_month_is_that_date() -> None:
    assert values("The Granby council approved the pier on Tuesday 8 June.") == {
        "Tuesday 8 June": "2021-06-08"
    }
    assert values("The ferry sails on Friday, 2 July.") == {"Friday, 2 July": "2021-07-02"}


def test_the_weekday_picks_the_year_near_the_page() -> None:
    found = values("The mill shut on Thursday 10 December.", "2021-02-01")
    assert found == {"Thursday 10 December": "2020-12-10"}
