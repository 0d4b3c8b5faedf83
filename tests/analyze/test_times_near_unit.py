"""A month, day or weekday placed in a deictic year or week: "in May last year", "on June 12
next year", "Monday of last week" name that day of that year or week, as one expression."""

from __future__ import annotations

from storyline.analyze.times import find_times


def values(text: str, ref: str = "2021-06-16") -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, ref)}


def test_a_month_or_day_last_or_next_year_is_in_that_year() -> None:
    found = values("The Harbour Inn opened on June 12 last year and shut in March this year.")
    assert found == {"June 12 last year": "2020-06-12", "March this year": "2021-03"}
    assert values("The mill was sold in May of last year.") == {"May of last year": "2020-05"}
    assert values("The mill shut in early March last year.") == {"early March last year": "2020-03"}
    found = values("The ferry vote is set for 3 February next year.")
    assert found == {"3 February next year": "2022-02-03"}


def test_a_weekday_of_last_or_next_week_is_that_day_of_that_week() -> None:
    found = values("Dana Orme resigned on Monday last week and leaves on Friday next week.")
    assert found == {"Monday last week": "2021-06-07", "Friday next week": "2021-06-25"}
    assert values("The pier shut on Tuesday of last week.") == {
        "Tuesday of last week": "2021-06-08"
    }


def test_a_name_or_a_possessive_year_stays_apart() -> None:
    assert values("Dana May last year said the pier was safe.") == {"last year": "2020"}
    found = values("In May this year's budget was cut.")
    assert found == {"May": "2021-05", "this year": "2021"}


def test_a_season_of_last_year_is_that_years_season() -> None:
    found = values("The Granby mill closed in the summer of last year.")
    assert found == {"the summer of last year": "2020-SU"}
    assert values("The pier shut in spring last year.") == {"spring last year": "2020-SP"}


def test_the_nth_weekday_of_a_month_is_that_day() -> None:
    found = values("The Granby vote will be held on the first Tuesday in November.")
    assert found == {"the first Tuesday in November": "2021-11-02"}
    found = values("The fair was held on the last Friday of May 2019.")
    assert found == {"the last Friday of May 2019": "2019-05-31"}
    assert [t.value for t in find_times("It is on the first Monday of June.")] == ["XXXX-06"]
