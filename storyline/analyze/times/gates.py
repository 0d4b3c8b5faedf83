"""Cheap necessary conditions for the costliest recognition rules, which change no match.

"three days ago" and "two weeks later" are read by rules that try their long list of number
words at every word of the text (a third of all the time rules' CPU on news pages), yet every
match of them ends in a unit of time and a word that counts from another moment ("days ago",
"years earlier"). That pair alone is cheap to look for: the rule is searched only up to the last
place such a pair starts, so a page without one is never searched at all. The matches are
exactly the rule's own ``finditer``: each is the leftmost match from where the last one ended,
and none can start after the last unit that such a pair begins with.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from storyline.analyze.times.lexicon import UNITW
from storyline.analyze.times.recognise import Rule

# Every place a unit of time starts a counted pair (a lookahead, so overlapping pairs count
# too). It must accept the tail of every gated rule: the unit, its plural, "and a half", and
# any of the rules' words after it.
_COUNTED_PAIR = re.compile(
    rf"(?=(?i:{UNITW})s?(?:\s+(?i:and\s+a\s+half))?\s+(?i:ago|earlier|before|later|after"
    r"|from\s+now|hence|back)(?![\w]))"
)
GATES = {"ago": _COUNTED_PAIR, "anchored_ago": _COUNTED_PAIR}


def last_start(gate: re.Pattern[str], text: str, seen: dict[str, int]) -> int:
    """The last position where the gate's pair starts in ``text`` (-1: none), once per text."""
    if gate.pattern not in seen:
        seen[gate.pattern] = max((m.start() for m in gate.finditer(text)), default=-1)
    return seen[gate.pattern]


def rule_matches(rule: Rule, text: str, seen: dict[str, int]) -> Iterator[re.Match[str]]:
    """``rule.pattern.finditer(text)``, searched no further than a gated rule can match."""
    gate = GATES.get(rule.name)
    if gate is None:
        yield from rule.pattern.finditer(text)
        return
    last, pos = last_start(gate, text, seen), 0
    while pos <= last:
        m = rule.pattern.search(text, pos)
        if m is None:
            return
        yield m
        # a gated rule never matches nothing (its unit is required), so it always moves on
        pos = max(m.end(), pos + 1)
