"""Bare years before a noun: a year that names the things' year, not a count of them."""

from __future__ import annotations

from storyline.analyze.times import find_times


def years(text: str, nlp) -> list[str]:
    return [t.value for t in find_times(nlp(text), "2016-05-01")]


def test_a_year_after_a_determiner_names_the_year(nlp) -> None:
    assert years("The blast was the worst since the 1998 ferry bombings.", nlp) == ["1998"]
    assert years("Its 1990 results were weak.", nlp) == ["1990"]


def test_a_number_counting_a_plural_noun_is_no_year(nlp) -> None:
    assert years("The mill sold 1500 carts and 1998 wagons.", nlp) == []
    assert years("The 2000 soldiers left the valley.", nlp) == []


def test_year_end_with_a_year_is_that_year() -> None:
    found = {t.text: t.value for t in find_times("Reserves at year-end 1989 rose.", "2021-06-16")}
    assert found == {"year-end 1989": "1989"}
    found = {t.text: t.value for t in find_times("Debt fell by year end.", "2021-06-16")}
    assert found == {"year end": "2021"}
