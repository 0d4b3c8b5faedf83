"""Cheap necessary conditions for the recognition rules, which change no match.

Every rule is tried at every character of a text (a hundred nanoseconds a character for the
larger ones), yet most need a word that many pages lack: a month's name, "quarter", "ago" or
"later". Which words a rule needs is read from its own pattern, as the standard library parses
it: every match passes through each run of plain characters the pattern cannot skip, and through
one of a set of alternatives when each alternative has such a run of its own. A text that holds
no word of one of those sets (compared without case) is not searched for that rule; the others
are searched as before, so the matches are exactly the rule's own ``finditer``.

"three days ago" and "two weeks later" are read by rules that try their long list of number
words at every word of the text, yet every match of them ends in a unit of time and a word that
counts from another moment ("days ago", "years earlier"). That pair alone is cheap to look for:
the rule is searched only up to the last place such a pair starts, so a page without one is
never searched at all. The matches are exactly the rule's own ``finditer``: each is the leftmost
match from where the last one ended, and none can start after the last unit that such a pair
begins with.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from storyline.analyze.times.lexicon import UNITW
from storyline.analyze.times.recognise import Rule

# The standard library's own parser of regular expressions and its kinds of node (re offers no
# public view of a pattern's structure; re.compile itself is built on these modules).
_PARSER = importlib.import_module("re._parser")
_KIND = importlib.import_module("re._constants")
_REPEATS = (_KIND.MAX_REPEAT, _KIND.MIN_REPEAT, _KIND.POSSESSIVE_REPEAT)
# re's matching without case takes a few letters as one that lower-casing keeps apart ("ı" and
# "i", "ſ" and "s"): each such group is written as its first letter before words are compared.
_SAME_LETTERS = importlib.import_module("re._casefix")._EXTRA_CASES
_FOLD = {k: min(k, *same) for k, same in _SAME_LETTERS.items() if min(k, *same) != k}

# One of these words (folded) is in every match.
Need = frozenset[str]

# Every place a unit of time starts a counted pair (a lookahead, so overlapping pairs count
# too). It must accept the tail of every gated rule: the unit, its plural, "and a half", and
# any of the rules' words after it.
_COUNTED_PAIR = re.compile(
    rf"(?=(?i:{UNITW})s?(?:\s+(?i:and\s+a\s+half))?\s+(?i:ago|earlier|before|later|after"
    r"|from\s+now|hence|back)(?![\w]))"
)
GATES = {"ago": _COUNTED_PAIR, "anchored_ago": _COUNTED_PAIR}


def fold(text: str) -> str:
    """``text`` as compared without case: a letter re matches without case against one of a
    word's letters becomes the same letter as that one does."""
    return text.lower().translate(_FOLD)


@cache
def needs(pattern: re.Pattern[str]) -> tuple[Need, ...]:
    """Sets of words (folded) such that every match of ``pattern`` holds a word of each; none
    when the pattern needs no particular word (a number, a clock time)."""
    found = _needs(_PARSER.parse(pattern.pattern, pattern.flags))
    return tuple(dict.fromkeys(_shortest(need) for need in found))


def _needs(items: Any) -> list[Need]:
    """The words a parsed sequence needs: each run of plain characters it cannot skip, and
    what each of its other parts needs."""
    found: list[Need] = []
    run = ""
    for kind, value in items:
        if kind is _KIND.LITERAL:
            run += chr(value)
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        found += _part_needs(kind, value)
    if run:
        found.append(frozenset([run]))
    return found


def _part_needs(kind: Any, value: Any) -> list[Need]:
    if kind is _KIND.SUBPATTERN:  # a group: (number, flags added, flags removed, items)
        return _needs(value[3])
    if kind in _REPEATS:  # (least, most, items): needed only when it must occur
        return _needs(value[2]) if value[0] else []
    if kind is _KIND.BRANCH:  # (None, alternatives): one word of each alternative's rarest set
        words: set[str] = set()
        for alternative in value[1]:
            own = _needs(alternative)
            if not own:
                return []
            words |= max(own, key=lambda need: (min(map(len, need)), -len(need)))
        return [frozenset(words)]
    return []  # a class of characters, a lookaround, a condition: no word in every match


def _shortest(need: Need) -> Need:
    """The need folded, without the words that hold another of its words ("january" holds
    "jan": a text with the first has the second)."""
    words = {fold(word) for word in need}
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


class Scan:
    """One text's cheap facts, each found once for all the rules: which needed words it holds
    and where the counted pairs start."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self.holds: dict[str, bool] = {}
        self.last: dict[str, int] = {}

    def may_match(self, rule: Rule) -> bool:
        """False when the text lacks every word of one of the rule's needs."""
        for need in needs(rule.pattern):
            for word in need:
                held = self.holds.get(word)
                if held is None:
                    held = self.holds[word] = word in self.folded
                if held:
                    break
            else:
                return False
        return True

    def last_start(self, gate: re.Pattern[str]) -> int:
        """The last position where the gate's pair starts in the text (-1: none)."""
        if gate.pattern not in self.last:
            starts = (m.start() for m in gate.finditer(self.text))
            self.last[gate.pattern] = max(starts, default=-1)
        return self.last[gate.pattern]


def rule_matches(rule: Rule, scan: Scan) -> Iterator[re.Match[str]]:
    """``rule.pattern.finditer(scan.text)``, searched no further than the rule can match."""
    if not scan.may_match(rule):
        return
    gate = GATES.get(rule.name)
    if gate is None:
        yield from rule.pattern.finditer(scan.text)
        return
    text, last, pos = scan.text, scan.last_start(gate), 0
    while pos <= last:
        m = rule.pattern.search(text, pos)
        if m is None:
            return
        yield m
        # a gated rule never matches nothing (its unit is required), so it always moves on
        pos = max(m.end(), pos + 1)
