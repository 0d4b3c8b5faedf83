"""A year before a car maker and its model is a model year, not a date; a year before a name
that is not a car keeps its date."""

from __future__ import annotations

from storyline.analyze.times import find_times


def test_a_model_year_is_not_a_date() -> None:
    text = "Police found his 1987 Chevrolet Cavalier, and she drove a 2019 Ford pickup home."
    assert [t.text for t in find_times(text, "2031-05-14")] == []


def test_a_year_before_another_name_is_still_a_date() -> None:
    text = "The 1974 Ford pardon and the 2008 Beijing Olympics were recalled in 2031."
    assert [t.value for t in find_times(text, "2031-05-14")] == ["1974", "2008", "2031"]


def test_a_maker_named_as_a_firm_keeps_the_year() -> None:
    text = "In 2004 Ford Motor cut jobs, the 2009 Toyota Motor Corp. recall grew; a 1998 Honda."
    assert [t.text for t in find_times(text, "2031-05-14")] == ["2004", "2009"]
