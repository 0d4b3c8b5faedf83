"""Quarters listed before one "quarters" ("the second and fourth quarters of 2030"): each
ordinal is its own quarter, in the year named after the list, in no year in a clause that tells
a habit, else in the year of the last one listed."""

from __future__ import annotations

from storyline.analyze.times import find_times

REF = "2031-05-20"


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, REF)]


def test_each_listed_quarter_takes_the_year_named_after_the_list() -> None:
    assert _found("Velden Mills lost money in the third and fourth quarters of 2030.") == [
        ("third", "2030-Q3"),
        ("fourth quarters of 2030", "2030-Q4"),
    ]


def test_a_list_of_three_gives_three_quarters_in_one_year() -> None:
    assert _found("Velden Mills lost money in the first, second and third quarters.") == [
        ("first", "2030-Q1"),
        ("second", "2030-Q2"),
        ("third quarters", "2030-Q3"),
    ]


def test_a_habit_names_the_quarters_of_no_year() -> None:
    text = "Velden Mills usually sells most in the second and fourth quarters."
    assert _found(text) == [("second", "XXXX-Q2"), ("fourth quarters", "XXXX-Q4")]
    assert {t.type for t in find_times(text, REF)} == {"SET"}  # they recur every year


def test_the_quarters_of_a_game_are_no_dates() -> None:
    assert _found("Orla Brandt scored in the first and fourth quarters of the game.") == []
