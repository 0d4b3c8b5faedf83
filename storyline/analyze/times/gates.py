"""Cheap necessary conditions for the recognition rules, which change no match.

Every rule is tried at every character of a text (a hundred nanoseconds a character for the
larger ones), yet every match holds a word a page has in a few places or none: a month's name, a
unit of time, "ago" or "later". Which words a rule needs is read from its own pattern, as the
standard library parses it: every match passes through each run of plain characters the pattern
cannot skip, and through one of a set of alternatives when each alternative has such a run of
its own. A text that holds no word of one of those sets (compared without case, as re compares)
is not searched for that rule.

Where a need's words are, the rule is searched only around them. How far a try at a match can
read from where it starts is read from the pattern too: its characters, bounded repeats and
lookaheads, and for each unbounded repeat (``\\s+``, ``\\d+``) the longest run of characters
that are not letters in the text, since such a repeat reads nothing else. A match starts at most
that far before the first of its needed words and no later than the last, and a search that
stops that far after the last reads everything a try from there would, so the matches are
exactly the rule's own ``finditer``: each is the leftmost match from where the last one ended.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from typing import Any

from storyline.analyze.times.recognise import Rule

# The standard library's own parser of regular expressions and its kinds of node (re offers no
# public view of a pattern's structure; re.compile itself is built on these modules).
# Should a later Python move or reshape them, every rule is searched over the whole text, as
# ``finditer`` does: slower, the same matches.
try:
    _PARSER = importlib.import_module("re._parser")
    _KIND = importlib.import_module("re._constants")
    _REPEATS = (_KIND.MAX_REPEAT, _KIND.MIN_REPEAT, _KIND.POSSESSIVE_REPEAT)
    # re's matching without case takes a few letters as one that lower-casing keeps apart ("ı"
    # and "i", "ſ" and "s"): each such group is written as its first letter before comparing.
    _SAME_LETTERS = importlib.import_module("re._casefix")._EXTRA_CASES
    _NOT_LETTER_CLASSES = (_KIND.CATEGORY_DIGIT, _KIND.CATEGORY_SPACE)
    GATED = True
except (ImportError, AttributeError):  # pragma: no cover - only on an unforeseen Python
    _SAME_LETTERS, GATED = {}, False
_FOLD = {k: min(k, *same) for k, same in _SAME_LETTERS.items() if min(k, *same) != k}

# The runs of characters that are not letters: no unbounded repeat of a rule reads past one.
_NOT_LETTER_RUNS = re.compile(r"[\W\d_]+")

# One of these words (folded) is in every match.
Need = frozenset[str]


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


@cache
def reach(pattern: re.Pattern[str]) -> tuple[int, int] | None:
    """(a, b): no try at a match, lookaheads included, reads more than a + b * r characters
    from where it starts, r being the text's longest run of characters that are not letters
    (each unbounded repeat is of one such character, as ``\\s+`` and ``\\d+`` are); None when
    a repeat has no such bound."""
    return _reach(_PARSER.parse(pattern.pattern, pattern.flags))


def _reach(items: Any) -> tuple[int, int] | None:
    total, ahead = (0, 0), (0, 0)  # what the sequence reads, and its furthest lookahead
    for kind, value in items:
        part: tuple[int, int] | None = (0, 0)
        if kind in (_KIND.ASSERT, _KIND.ASSERT_NOT):  # (direction, items)
            if value[0] > 0:  # a lookahead reads on without moving: added once, at the end
                ahead = _most(ahead, _reach(value[1]))  # type: ignore[assignment]
                if ahead is None:
                    return None
            continue  # a lookbehind reads before the start
        if kind is _KIND.SUBPATTERN:
            part = _reach(value[3])
        elif kind is _KIND.BRANCH:
            part = (0, 0)
            for alternative in value[1]:
                part = _most(part, _reach(alternative))
        elif kind in _REPEATS:
            part = _repeat_reach(*value)
        elif kind is _KIND.GROUPREF_EXISTS:  # (group, items if it matched, items if not)
            part = _most(_reach(value[1]), _reach(value[2] or []))
        elif kind in (_KIND.LITERAL, _KIND.NOT_LITERAL, _KIND.IN, _KIND.ANY):
            part = (1, 0)
        elif kind is not _KIND.AT:  # a group reference: no bound read here
            return None
        if part is None:
            return None
        total = (total[0] + part[0], total[1] + part[1])
    return (total[0] + ahead[0], total[1] + ahead[1])


def _repeat_reach(least: int, most: int, items: Any) -> tuple[int, int] | None:
    if most != _KIND.MAXREPEAT:
        one = _reach(items)
        return None if one is None else (one[0] * most, one[1] * most)
    return (0, 1) if _not_letters(items) else None


def _not_letters(items: Any) -> bool:
    """True when ``items`` reads no letter: only digits, spaces and punctuation marks (none
    of which re takes for a letter when it ignores case), as in ``[\\s-]`` or ``,\\d{3}``."""
    for kind, value in items:
        if kind is _KIND.SUBPATTERN:
            ok = _not_letters(value[3])
        elif kind in _REPEATS:
            ok = _not_letters(value[2])
        elif kind is _KIND.BRANCH:
            ok = all(_not_letters(alternative) for alternative in value[1])
        elif kind in (_KIND.IN, _KIND.LITERAL, _KIND.CATEGORY):
            ok = all(map(_not_letter, value if kind is _KIND.IN else [(kind, value)]))
        else:  # a lookaround or a boundary reads nothing; anything else may read a letter
            ok = kind in (_KIND.ASSERT, _KIND.ASSERT_NOT, _KIND.AT)
        if not ok:
            return False
    return True


def _not_letter(member: tuple[Any, Any]) -> bool:
    kind, value = member
    if kind is _KIND.LITERAL:
        return value < 128 and not chr(value).isalpha()
    return kind is _KIND.CATEGORY and value in _NOT_LETTER_CLASSES


def _most(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    return None if a is None or b is None else (max(a[0], b[0]), max(a[1], b[1]))


def _shortest(need: Need) -> Need:
    """The need folded, without the words that hold another of its words ("january" holds
    "jan": a text with the first has the second)."""
    words = {fold(word) for word in need}
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


class Scan:
    """One text's cheap facts, each found once for all the rules: which needed words it holds
    and where, and its longest run of characters that are not letters."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self.holds: dict[str, bool] = {}
        self.places: dict[Need, list[int]] = {}
        self.run: int | None = None

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

    def starts(self, need: Need) -> list[int]:
        """Where the need's words start in the text, in order (overlapping ones too)."""
        found = self.places.get(need)
        if found is None:
            found = []
            for word in need:
                at = self.folded.find(word)
                while at != -1:
                    found.append(at)
                    at = self.folded.find(word, at + 1)
            found = self.places[need] = sorted(found)
        return found

    def longest_run(self) -> int:
        if self.run is None:
            self.run = max(map(len, _NOT_LETTER_RUNS.findall(self.text)), default=0)
        return self.run


def rule_matches(rule: Rule, scan: Scan) -> Iterator[re.Match[str]]:
    """``rule.pattern.finditer(scan.text)``, searched only where the rule can match."""
    if not GATED:
        yield from rule.pattern.finditer(scan.text)
        return
    if not scan.may_match(rule):
        return
    bound, wanted = reach(rule.pattern), needs(rule.pattern)
    if bound is None or not wanted or len(scan.folded) != len(scan.text):
        yield from rule.pattern.finditer(scan.text)  # no bound, or places that do not align
        return
    # a match's character at most ``width - 2`` after its start is read by every try from there
    width = bound[0] + bound[1] * scan.longest_run() + 2
    starts = min((scan.starts(need) for need in wanted), key=len)
    text, pos, first, last = scan.text, 0, 0, 0
    while True:
        first = bisect_left(starts, pos, first)  # the first word a match from ``pos`` can hold
        if first == len(starts):
            return
        last = max(first, last)
        while last + 1 < len(starts) and starts[last + 1] <= starts[last] + width:
            last += 1  # words close together: one search around them all
        m = rule.pattern.search(text, max(pos, starts[first] - width), starts[last] + width)
        if m is None or m.start() > starts[last]:  # none starts up to the last word there
            pos = starts[last] + 1
            continue
        yield m
        pos = m.end()  # a match holds a needed word, so it is never empty
