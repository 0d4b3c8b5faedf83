"""A past act named by its month alone, on a page of that month's first days, is that month a
year before: news names an act of the last day or two by weekday or date."""

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
        ("In January, the mill announced a new cost target.", "2031-01-02", "2030-01"),
        ("The mill announced a new cost target in March.", "2031-03-01", "2030-03"),
        # Later in the month, the month named is this one.
        ("In January, the mill announced a new cost target.", "2031-01-20", "2031-01"),
        # A plan for the month is this month.
        ("In January, the mill will announce a new cost target.", "2031-01-02", "2031-01"),
    ],
)
def test_a_past_act_in_the_page_month_on_its_first_days(
    nlp: Language, text: str, ref: str, expected: str
) -> None:
    assert value(nlp, text, ref) == expected
