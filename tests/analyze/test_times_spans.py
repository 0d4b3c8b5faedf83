"""Time expressions: lengths of time and sets (recurring times), and their values."""

from __future__ import annotations

from storyline.analyze.times import find_times


def sets(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, "2013-03-20") if t.type == "SET"]


def test_every_n_units_is_a_set_with_that_period() -> None:
    assert sets("The regatta, held every two years, ended.") == [("every two years", "P2Y")]
    assert sets("The club meets every other week.") == [("every other week", "P2W")]
    assert sets("Ferries leave every 15 minutes.") == [("every 15 minutes", "PT15M")]
    assert sets("Elections are held every four years.") == [("every four years", "P4Y")]


def lengths(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, "2013-03-20") if t.type == "DURATION"]


def test_a_half_joins_the_length_it_follows() -> None:
    assert lengths("The canal works took two and a half years.") == [
        ("two and a half years", "P2.5Y")
    ]
    assert lengths("The canal works took 1 1/2 years.") == [("1 1/2 years", "P1.5Y")]
    assert lengths("The canal works took a year and a half.") == [("a year and a half", "P1.5Y")]
    assert lengths("The mill sat idle for a year-and-a-half.") == [("a year-and-a-half", "P1.5Y")]


def test_a_unit_joined_to_another_is_no_length() -> None:
    # "day-to-day", "year-on-year": how often or how compared, not how long
    assert find_times("Orla Brandt runs the mill on a day-to-day basis.", "2013-03-20") == []
    assert find_times("Tenants at Velden rent month-to-month.", "2013-03-20") == []
    assert find_times("Velden posted a year-on-year gain.", "2013-03-20") == []


def test_the_first_two_quarters_of_a_year_is_its_first_half() -> None:
    found = find_times("Velden expects losses through at least the first two quarters of 2014.")
    assert [(t.text, t.value) for t in found] == [("the first two quarters of 2014", "2014-H1")]


def test_a_fraction_of_a_unit_ago_counts_in_the_smaller_unit() -> None:
    def dates(text: str) -> list[tuple[str, str]]:
        return [(t.text, t.value) for t in find_times(text, "2013-03-20") if t.type == "DATE"]

    assert dates("The mill was built half a century ago.") == [("half a century ago", "1963")]
    assert dates("The mill shut two and a half years ago.") == [
        ("two and a half years ago", "2010-09")
    ]
    assert dates("The mill shut a year and a half ago.") == [("a year and a half ago", "2011-09")]
