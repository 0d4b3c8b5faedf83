"""The day a clock time belongs to: the part of a day written after it ("10.30pm last night"),
and the day of an earlier clock time in the same sentence."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.times import find_times


def _values(nlp: Language, text: str, ref: str) -> dict[str, str]:
    return {t.text: t.value for t in find_times(nlp(text), ref)}


def test_a_clock_time_before_last_night_is_the_evening_before(nlp: Language) -> None:
    found = _values(nlp, "The ferry sank at around 10.30pm last night off the cape.", "2031-05-14")
    assert found == {"10.30pm last night": "2031-05-13T22:30"}


def test_a_clock_time_before_this_morning_or_a_weekday_night(nlp: Language) -> None:
    text = "Crews reached the mine at 4am this morning; the roof fell at 11 p.m. Sunday night."
    found = _values(nlp, text, "2031-05-14")  # a Wednesday
    assert found["4am this morning"] == "2031-05-14T04:00"
    assert found["11 p.m. Sunday night"] == "2031-05-11T23:00"


def test_a_later_clock_time_keeps_the_day_of_the_first(nlp: Language) -> None:
    text = "The train left Ostrava at 11:36 a.m. Tuesday and returned at 7:33 p.m."
    found = _values(nlp, text, "2031-05-14")
    assert found["11:36 a.m. Tuesday"] == "2031-05-13T11:36"
    assert found["7:33 p.m."] == "2031-05-13T19:33"


def test_a_clock_time_before_a_weekday_and_its_date_is_one_time_of_that_date() -> None:
    found = [
        (t.text, t.value)
        for t in find_times("The Granby pier shut at 11 p.m. on Friday, June 11.", "2021-06-16")
    ]
    assert found == [("11 p.m. on Friday, June 11", "2021-06-11T23:00")]
