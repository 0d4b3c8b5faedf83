"""Time expressions in business and wire shorthand, holidays, plural weekdays, and parts of a
unit ("the last week of February")."""

from __future__ import annotations

from storyline.analyze.times import find_times

REF = "2013-03-20"


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, REF)]


def test_quarter_half_and_fiscal_year_codes() -> None:
    assert found("Margins shrank in Q4 2012.") == [("Q4 2012", "2012-Q4")]
    assert found("Margins shrank in 4Q12.") == [("4Q12", "2012-Q4")]
    assert found("Margins shrank in 4Q89.") == [("4Q89", "1989-Q4")]
    assert found("Margins shrank in H1 2012.") == [("H1 2012", "2012-H1")]
    assert found("Margins shrank in FY2012.") == [("FY2012", "2012")]
    assert found("Margins shrank in Q3.") == [("Q3", "2012-Q3")]


def test_codes_that_are_not_times() -> None:
    assert found("She drove an Audi Q3 to the depot.") == []
    assert found("The H1N1 strain spread.") == []


def test_wire_clock_times() -> None:
    assert found("The ferry left at 14:30.") == [("14:30", "2013-03-20T14:30")]
    assert found("The ferry left at 9:30.") == []  # morning or evening: not said
    assert found("Video | 1:58 April 7 -- The ferry left.") == [("April 7", "2013-04-07")]
    assert found("The ferry left at 2130 GMT.") == [("2130 GMT", "2013-03-20T21:30Z")]
    assert found("She ran the mile in 3:59.") == []


def test_more_holidays() -> None:
    assert found("The parade was held on Memorial Day.") == [("Memorial Day", "2012-05-28")]
    assert found("The parade was held on Labor Day.") == [("Labor Day", "2012-09-03")]
    assert found("The Labor Party won.") == []


def test_plural_weekday_is_a_set() -> None:
    assert found("The market opens on Sundays.") == [("Sundays", "XXXX-WXX-7")]


def test_the_last_week_of_a_month_is_not_last_week() -> None:
    assert found("The fair ran in the last week of February.") == [("February", "2013-02")]


def test_the_final_quarter_of_a_year_is_its_fourth() -> None:
    assert found("Profit fell in the final quarter of 2012.") == [
        ("the final quarter of 2012", "2012-Q4")
    ]


def test_time_words_inside_names_are_not_times() -> None:
    assert found("The story ran in Harbour Today and Riverside Daily.") == []
    assert found("Figures from Orbital Now were cited.") == []
    assert found("Today, the council met.") == [("Today", "2013-03-20")]


def test_ages_are_not_lengths_of_time() -> None:
    assert found("A group of 17-year-olds sang.") == []
