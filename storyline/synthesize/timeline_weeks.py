"""Timeline entries a stale page date moved by whole weeks.

A page put up or re-stamped days or weeks after its story ("on Sunday night", read against a
late page date) dates the story's event to the same weekday of another week. When one page
alone tells an entry dated by a weekday's name, and the entry is worded like an entry several
pages date to that same weekday of another week (within ``MAX_WEEKS``) and names the event by
one of its words (the verb or noun its date hangs on), it is that event: it joins the entry
the other pages tell, on their date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from storyline.lexicon import WEEKDAY_NAMES

__all__ = ["MAX_WEEKS", "Told", "rejoin_weeks"]

MAX_WEEKS = 8
MAIN_PAGES = 2  # pages that must tell the entry a lone page's retelling joins
_WEEKDAY = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAY_NAMES)})\b")


@dataclass(frozen=True)
class Told:
    """What the rule reads of a dated sentence: its page, its day ("" when not dated to a
    day), the words of the expression that dates it, and the words naming its event."""

    page: str
    day: str
    when: str
    words: frozenset[str] = frozenset()  # the event's own words (``event_words``)


Likeness = Callable[[list[int], list[int]], float]  # the best wording cosine of two row lists


def rejoin_weeks(
    merged: list[list[int]], told: list[Told], like: Likeness, same: float
) -> list[list[int]]:
    """``merged``: entries as lists of rows into ``told``, each headed by its first row (whose
    date is the entry's); ``like``: how alike two entries' sentences are worded; ``same``:
    the cosine at which two sentences tell one event. Entries that a stale page date moved
    by whole weeks join the entry they retell (at its end: its head and date stay)."""
    out = [list(m) for m in merged]
    for k, entry in enumerate(out):
        target = _retold(entry, out, told, like, same)
        if target is not None:
            target.extend(entry)
            out[k] = []
    return [m for m in out if m]


def _retold(
    entry: list[int], entries: list[list[int]], told: list[Told], like: Likeness, same: float
) -> list[int] | None:
    head = told[entry[0]]
    if len({told[i].page for i in entry}) != 1 or not _WEEKDAY.search(head.when):
        return None
    for other in entries:
        if other is entry or not other or len({told[i].page for i in other}) < MAIN_PAGES:
            continue
        if not _whole_weeks(head.day, told[other[0]].day):
            continue
        named = {w for i in other for w in told[i].words}
        if any(told[i].words & named for i in entry) and like(entry, other) >= same:
            return other
    return None


def _whole_weeks(a: str, b: str) -> bool:
    if len(a) != 10 or len(b) != 10:
        return False
    try:
        days = abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return False
    return days > 0 and days % 7 == 0 and days <= 7 * MAX_WEEKS
