"""The recognition rules, in the order that breaks ties between matches of the same length:
calendar dates, deictic and relative references, anchored phrases, then lengths of time, sets,
clock times and holidays."""

from __future__ import annotations

from storyline.analyze.times.recognise import anchored, dates, relative, spans
from storyline.analyze.times.recognise.base import Hit, Rule

RULES: list[Rule] = [*dates.RULES, *relative.RULES, *anchored.RULES, *spans.RULES]

__all__ = ["RULES", "Hit", "Rule"]
