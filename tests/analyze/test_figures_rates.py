"""A count or measure followed by "a day" or "per second" is a rate: it never joins the count
or the distance of the same noun."""

from __future__ import annotations

import pytest

from tests.analyze.test_figures import figures


@pytest.mark.parametrize(
    "text,unit",
    [
        ("The ferry carried about 900 passengers a day across the strait.", "passengers per day"),
        ("The comet moved at 40 miles per second over the coast.", "miles per second"),
        ("Volunteers answered 60 calls every hour at the centre.", "calls per hour"),
    ],
)
def test_a_rate_is_its_own_unit(nlp, text: str, unit: str) -> None:
    assert [f.unit for f in figures(nlp, text)] == [unit]


def test_both_ends_of_a_range_are_rates(nlp) -> None:
    found = figures(nlp, "The rock fell at roughly 10 to 30 miles per second, at 25 miles up.")
    by_value = {f.value: f for f in found}
    assert by_value[10].unit == by_value[30].unit == "miles per second"
    assert (by_value[10].bound, by_value[30].bound) == ("at_least", "up_to")
    assert by_value[25].unit == "miles"


@pytest.mark.parametrize(
    "text,unit",
    [
        ("Police arrested 17 men in the raid on Tuesday.", "men"),
        ("Four ferries sank a year ago in the same strait.", "ferries"),
        ("The council will spend $40,000 a year on the ferry.", "dollars"),
    ],
)
def test_no_rate_without_its_period(nlp, text: str, unit: str) -> None:
    assert [f.unit for f in figures(nlp, text)] == [unit]
