"""Time expressions in pairs and lists: a year shared by both ends, years listed, "X to Y"."""

from __future__ import annotations

from storyline.analyze.times import find_times


def values(text: str, ref: str = "2016-05-01") -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, ref)}


def test_the_second_member_of_a_pair_gives_the_first_its_year() -> None:
    found = values("Dana Orme was acting mayor from June to August 2004.")
    assert found["June"] == "2004-06"
    assert found["August 2004"] == "2004-08"
    found = values("The ferry ran Oct. 30 through Nov. 2, 1989.")
    assert found["Oct. 30"] == "1989-10-30"


def test_a_month_alone_still_takes_the_year_near_the_reference() -> None:
    found = values("The ferry ran in June and stopped in 2004.", "2016-09-01")
    assert found["June"] == "2016-06"


def test_years_listed_with_commas_are_each_found() -> None:
    found = values("The river flooded the mill in 1994, 1995 and 1997.")
    assert [found.get(y) for y in ("1994", "1995", "1997")] == ["1994", "1995", "1997"]


def test_figures_with_commas_are_not_years() -> None:
    assert values("The mill made $1,995 and 12,1998 parts.") == {}


def test_from_one_year_to_another_names_two_years_a_hyphen_one_span() -> None:
    found = values("The line ran from 2009 to 2011, and the pier stood 2019-2021.")
    assert found["2009"] == "2009"
    assert found["2011"] == "2011"
    assert found["2019-2021"] == "2019/2021"
