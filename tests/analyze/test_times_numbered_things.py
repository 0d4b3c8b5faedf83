"""Four-digit numbers that number or name a thing are not years: a house number before a street,
the number after a label; a colour named after midnight is not a time."""

from __future__ import annotations

from storyline.analyze.times import find_times


def _texts(text: str) -> list[str]:
    return [t.text for t in find_times(text, "2031-05-14")]


def test_a_house_number_before_a_street_is_not_a_year() -> None:
    assert _texts("Marchers reached 1600 Pennsylvania Avenue, then 2000 Main St. at noon.") == [
        "noon"
    ]


def test_a_number_after_a_label_is_not_a_year() -> None:
    text = "They sued under Section 1983, booked Room 1901 and flew on Flight 2017 in 2030."
    assert _texts(text) == ["2030"]


def test_a_class_year_and_an_event_year_stay_years() -> None:
    assert _texts("The Class of 2019 met at the 2028 Olympics.") == ["2019", "2028"]


def test_midnight_blue_is_a_colour() -> None:
    text = "He wore a midnight blue suit, drove a midnight cherry car and left at midnight."
    assert _texts(text) == ["midnight"]


def test_a_count_with_thousands_separators_is_read_whole() -> None:
    # "1,000-day" is a thousand days: the digits after the comma are not a count of their own
    found = {t.text: t.value for t in find_times("The 1,000-day plan cost 12,500 hours of work.")}
    assert found == {"1,000-day": "P1000D", "12,500 hours": "PT12500H"}
    assert [t.text for t in find_times("Between 1,500 and 2,000 people marched.")] == []
