"""A clock time with a full date after it: the date's own year, not one guessed from the
reference."""

from __future__ import annotations

from storyline.analyze.times import find_times


def test_a_clock_time_takes_the_year_written_after_its_day() -> None:
    text = (
        "The flight landed at 10:15 p.m. on Dec. 31, 2017, after leaving at 5 a.m., Jan. 1, 2018."
    )
    found = {t.text: t.value for t in find_times(text, "2018-01-01")}
    assert found["10:15 p.m. on Dec. 31, 2017"] == "2017-12-31T22:15"
    assert found["5 a.m., Jan. 1, 2018"] == "2018-01-01T05:00"
