"""A weekday an event was arranged for, told in the past tense ("was scheduled for Wednesday"),
is the nearer one: told after the fact as often as before it. Told in the present, it is ahead."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.analyze.times import find_times

THURSDAY = "2031-02-13"


def value(nlp: Language, text: str) -> str:
    (found,) = find_times(nlp(text), THURSDAY)
    return found.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Halvard Bridge vote was scheduled for Wednesday night.", "2031-02-12"),
        ("The ferry talks were set for Monday.", "2031-02-10"),
        ("The bridge vote was scheduled for Saturday.", "2031-02-15"),
        ("The bridge vote is scheduled for Wednesday.", "2031-02-19"),
    ],
)
def test_an_arranged_weekday(nlp: Language, text: str, expected: str) -> None:
    assert value(nlp, text) == expected
