"""The values a reported figure allows, given its bound: "at least 5" allows 5 and up, "about
9,000" 7,650 to 10,350; and the two ends of one range ("6-12 inches"), which are one reported
value. Read by ``storyline.synthesize.figures``."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol

from storyline.model import Document, Figure

ABOUT = 0.15  # "about 9,000" allows 7,650 to 10,350


class Bounded(Protocol):
    doc: Document
    figure: Figure
    sentence: tuple[int, int]
    value: float  # in the unit values are compared in


def one_range(clusters: Sequence[Sequence[Bounded]]) -> bool:
    """Two values that are the ends of the same ranges ("6-12 inches", "10 to 30 miles"):
    every source gives both, in one sentence; a range is one reported value."""
    if len(clusters) != 2:
        return False
    ends = [{it.figure.bound for it in c} for c in clusters]
    if {frozenset(e) for e in ends} != {frozenset({"at_least"}), frozenset({"up_to"})}:
        return False
    low, high = ({(it.doc.id, it.sentence) for it in c} for c in clusters)
    return low == high


def span(cluster: Sequence[Bounded]) -> tuple[float, float]:
    """The values a cluster's figures allow, given their bounds ("at least 5": 5 and up)."""
    lows, highs = [], []
    for it in cluster:
        value, bound = it.value, it.figure.bound
        low = 0.0 if bound in ("up_to", "as_many_as", "less_than", "nearly") else value
        high = math.inf if bound in ("at_least", "more_than") else value
        if bound == "about":
            low, high = value * (1 - ABOUT), value * (1 + ABOUT)
        lows.append(low)
        highs.append(high)
    return min(lows), max(highs)
