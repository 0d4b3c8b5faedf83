"""A season counted from the date the text last named ("The strike began in June 2027. By the
following spring ...") is that season after (or before) the named date, not the page's."""

from __future__ import annotations

import pytest

from storyline.analyze.times import find_times


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "The ferry strike began in June 2027. By the following spring, it was over.",
            "the following spring",
            "2028-SP",
        ),
        ("The Orsa yard closed in January 2027. That winter was hard.", "That winter", "2026-WI"),
        (
            "The Orsa yard reopened in October 2027. The previous summer had been quiet.",
            "The previous summer",
            "2027-SU",
        ),
    ],
)
def test_a_season_counted_from_the_named_date(text: str, span: str, expected: str) -> None:
    found = {t.text: t.value for t in find_times(text, "2031-02-13")}
    assert found[span] == expected
