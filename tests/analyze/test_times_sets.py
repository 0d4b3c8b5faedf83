"""Sets of seasons and weekends, a fiscal quarter named with "fiscal" before "quarter", and
hyphenated halves ("two-and-a-half hours")."""

from __future__ import annotations

from storyline.analyze.times import find_times

REF = "2025-03-13"


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_times(text, REF)}


def test_every_season_and_weekends_are_sets() -> None:
    assert _found("The fair is held every summer.")["every summer"] == ("SET", "XXXX-SU")
    assert _found("The bakery shuts on weekends.")["weekends"] == ("SET", "XXXX-WXX-WE")
    assert _found("Two weekends of rain ruined the harvest.") == {}


def test_a_fiscal_quarter_with_fiscal_before_quarter() -> None:
    assert _found("Sales fell in the second fiscal quarter of 2024.") == {
        "the second fiscal quarter of 2024": ("DATE", "2024-Q2")
    }


def test_hyphenated_half_counts() -> None:
    assert _found("The hearing lasted two-and-a-half hours.")["two-and-a-half hours"] == (
        "DURATION",
        "PT2.5H",
    )
