"""Yards are a unit of their own: a football field's yards never join, nor read as, metres."""

from __future__ import annotations

from storyline.synthesize import figure_units as units
from tests.synthesize.test_figures_units import _pages, _with


def test_yards_are_a_measure_compared_in_yards() -> None:
    assert units.measure("yards")
    assert units.measure_unit("yards") == "yards"
    assert units.converted(120, "yards") == 120
    assert units.fmt_measure(120, 120, "yards") == "120"


def test_yards_and_metres_stay_apart() -> None:
    groups = _pages(
        [
            (
                "2031-09-14",
                "The Ravens quarterback threw for 300 yards in the opener.",
                [("300 yards", 300, "yards", "throw")],
            ),
            (
                "2031-09-14",
                "The Ravens quarterback threw for 274 metres in the opener.",
                [("274 metres", 274, "m", "throw")],
            ),
        ]
    )
    group = _with(groups, 300)
    assert {v.value for v in group.values} == {300}
    assert group.quantity == "yards"
    assert all("m (" not in v.text for g in groups for v in g.values)
