"""A weekday an event was arranged for, told as "was scheduled to <act> ... <weekday>" or "was
due to <act> on <weekday>", is the nearer one like "was scheduled for <weekday>"; told in the
present or as an expectation it stays ahead."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analyze.test_times_arranged_weekday import value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the page is a Thursday: Monday is 3 days back, 4 ahead; Saturday 2 ahead, 5 back
        ("The Orsa ferry was scheduled to sail at 11:40 p.m. Monday.", "2031-02-10T23:40"),
        ("The council vote was due to take place on Monday.", "2031-02-10"),
        ("The council vote was due to take place on Saturday.", "2031-02-15"),
        ("The Orsa ferry is scheduled to sail at 11:40 p.m. Monday.", "2031-02-17T23:40"),
        ("Officials said the bridge was expected to reopen on Monday.", "2031-02-17"),
    ],
)
def test_an_arranged_act_in_the_infinitive(nlp: Language, text: str, expected: str) -> None:
    assert value(nlp, text) == expected
