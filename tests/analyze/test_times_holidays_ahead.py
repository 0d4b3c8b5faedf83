"""A holiday named without a year, near the turn of the year: the coming one when the page is
written days before it, last year's only for a past act."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.analyze.times import find_times


def value(nlp: Language, text: str, ref: str) -> str:
    (found,) = find_times(nlp(text), ref)
    return found.value


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("The Orvik harbour parade will march on New Year's Day.", "2030-12-31", "2031-01-01"),
        ("Crowds are expected at the harbour on New Year's Day.", "2030-12-29", "2031-01-01"),
        ("The harbour parade marched on New Year's Day.", "2031-01-02", "2031-01-01"),
        ("The ferry sank on New Year's Day.", "2030-12-30", "2030-01-01"),
        ("The mayor's New Year's Day speech was warmly received.", "2030-12-31", "2031-01-01"),
        ("The harbour will reopen by Easter.", "2030-06-20", "2031-04-13"),
        ("The harbour reopened at Easter.", "2030-05-20", "2030-04-21"),
    ],
)
def test_a_holiday_near_the_turn_of_the_year(
    nlp: Language, text: str, ref: str, expected: str
) -> None:
    assert value(nlp, text, ref) == expected


def test_last_and_next_before_a_holiday() -> None:
    found = {
        t.text: t.value for t in find_times("Sales fell last Christmas at Velden.", "2031-12-01")
    }
    assert found == {"last Christmas": "2030-12-25"}
    found = {t.text: t.value for t in find_times("The pier reopens next Easter.", "2031-05-14")}
    assert found == {"next Easter": "2032-03-28"}
