"""Timeline entries that retell an earlier day's news as said on the page's day.

A page leads with the day's news told as a statement of its own day: "A Tokyo-bound flight
returned to Los Angeles hours into its journey, the airline said Wednesday". The date is the
saying's; the flight returned on Tuesday, as the other pages tell it. When such a lede (the
page's first dated sentence, dated by a verb of saying on the page's own day, telling a past
act, no plan) is worded like the entry several pages tell on one of the two days before, it
tells that entry's event: it joins it, on its date. A lede worded unlike any earlier entry
tells the day's own news ("Police arrested the driver, police said Wednesday") and stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from storyline.synthesize.event_words import past_acts

__all__ = ["Said", "rejoin_said"]

DAYS_BACK = 2  # the news a lede says on its page's day happened at most this long before
MAIN_PAGES = 2  # pages that must tell the earlier entry
# What was said is a plan or a guess, not an act already done ("the bridge will reopen")
_NOT_DONE = re.compile(
    r"(?i)\b(?:will|would|could|may|might|shall|plans?|planned|expects?|expected|to be|"
    r"going to)\b"
)


@dataclass(frozen=True)
class Said:
    """What the rule reads of a dated sentence."""

    page: str
    day: str  # its day, "" when not dated to a day
    said_lede: bool  # the page's lede, dated by a verb of saying on the page's own day
    told: str  # the words before the verb of saying: what was said
    words: frozenset[str] = frozenset()  # the words naming its event (``event_words``)


Likeness = Callable[[list[int], list[int]], float]  # the best wording cosine of two row lists


def rejoin_said(
    merged: list[list[int]], said: list[Said], like: Likeness, same: float
) -> list[list[int]]:
    """``merged``: entries as lists of rows into ``said``, each headed by its first row. A
    lede entry that retells an earlier day's entry joins it (at its end: its head stays)."""
    out = [list(m) for m in merged]
    for k, entry in enumerate(out):
        head = said[entry[0]]
        if not _retelling(head):
            continue
        # one page's entry, or the ledes of several pages retelling it alike
        ledes = all(_retelling(said[i]) for i in entry)
        if len({said[i].page for i in entry}) != 1 and not ledes:
            continue
        best = _earlier(entry, _earlier_entries(out, entry, head.day, said), like, same, said)
        if best is not None:
            best.extend(entry)
            out[k] = []
    return _ledes_apart([m for m in out if m], said, like, same)


def _ledes_apart(
    out: list[list[int]], said: list[Said], like: Likeness, same: float
) -> list[list[int]]:
    """A lede that retells an earlier day's entry, joined on its page's day to an entry of other
    pages' sentences (the speaker's other statements that day: "A ship struck a bridge, police
    said Wednesday" beside "Police said four were released on Wednesday"), leaves it for the
    entry it retells, alone: the others tell the day's own news."""
    for entry in out:
        if len({said[i].page for i in entry}) == 1:
            continue
        for i in [i for i in entry if _retelling(said[i])]:
            earlier = _earlier_entries(out, entry, said[i].day, said)
            best = _earlier([i], earlier, like, same, said)
            if best is not None and len(entry) > 1:
                entry.remove(i)
                best.append(i)
    return out


def _retelling(s: Said) -> bool:
    """A lede said on its page's day that tells an act done, on a day."""
    return s.said_lede and not _NOT_DONE.search(s.told) and len(s.day) == 10


def _earlier_entries(
    out: list[list[int]], entry: list[int], day: str, said: list[Said]
) -> list[list[int]]:
    """The entries several pages tell on the two days before ``day``."""
    return [
        other
        for other in out
        if other is not entry
        and other
        and _before(said[other[0]].day, day)
        and len({said[i].page for i in other}) >= MAIN_PAGES
    ]


def _earlier(
    rows: list[int], earlier: list[list[int]], like: Likeness, same: float, said: list[Said]
) -> list[int] | None:
    return _alike(rows, earlier, like, same) or _same_act(rows, earlier, said)


def _alike(
    entry: list[int], earlier: list[list[int]], like: Likeness, same: float
) -> list[int] | None:
    """The earlier entry worded most like the lede entry, at least ``same``."""
    best, score = None, same
    for other in earlier:
        cos = like(entry, other)
        if cos >= score:
            best, score = other, cos
    return best


def _same_act(entry: list[int], earlier: list[list[int]], said: list[Said]) -> list[int] | None:
    """The earlier entry (the one most pages tell) whose event word is an act a lede of the
    entry tells in the past tense ("84 people were killed when a man drove a truck into
    crowds, officials said Friday" beside Thursday's "were killed Thursday night when a truck
    ..."): the lede tells that act, in words too unlike for the cosine; the entry's other
    ledes tell it too (they are one entry)."""
    acts = [past_acts(said[i].told) for i in entry if said[i].said_lede]
    found = [
        other
        for other in earlier
        if any(told & frozenset().union(*(said[j].words for j in other)) for told in acts)
    ]
    return max(found, key=lambda o: len({said[i].page for i in o}), default=None)


def _before(earlier: str, later: str) -> bool:
    try:
        gap = (date.fromisoformat(later) - date.fromisoformat(earlier)).days
    except ValueError:
        return False
    return 0 < gap <= DAYS_BACK
