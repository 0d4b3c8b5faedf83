"""American "a week ago Sunday", "two weeks ago today" and "the week before last": the day or
week named, counted back whole weeks, as one expression."""

from __future__ import annotations

from storyline.analyze.times import find_times


def values(text: str, ref: str = "2021-06-16") -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, ref)}


def test_a_day_weeks_ago_is_that_day_whole_weeks_back() -> None:
    assert values("The Granby ferry sank a week ago Sunday.") == {"a week ago Sunday": "2021-06-06"}
    assert values("The pier opened two weeks ago today.") == {"two weeks ago today": "2021-06-02"}


def test_the_week_before_last_is_two_weeks_back() -> None:
    assert values("The pier shut the week before last.") == {"the week before last": "2021-W22"}
    assert "the week before last" not in values("It shut the week before last Tuesday's vote.")
