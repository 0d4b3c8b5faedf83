"""A plan told in the passive past is dated when it was made; the event it arranges, or a
deadline, stays ahead."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.analyze.times import find_times


def value(nlp: Language, text: str) -> str:
    (found,) = find_times(nlp(text), "2031-02-12")
    return found.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry merger was proposed in November, the port authority said.", "2030-11"),
        ("A new toll on the Halvard Bridge was promised in October.", "2030-10"),
        ("The bridge vote was scheduled for May.", "2031-05"),
        ("A referendum on the toll was proposed for May.", "2031-05"),
        ("The council plans to vote on the toll in November.", "2031-11"),
        ("A decision on the toll is expected in November.", "2031-11"),
    ],
)
def test_a_plans_date_and_the_planned_events(nlp: Language, text: str, expected: str) -> None:
    assert value(nlp, text) == expected
