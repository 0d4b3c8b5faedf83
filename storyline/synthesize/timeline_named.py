"""Timeline sentences that name an earlier day's event by its day ("after Tuesday's launch").

A page written days after an event often tells a later act against it: "the satellite
entered orbit after Tuesday's launch", "the board met again after Monday's vote". The date
owns the event's noun and dates no act of the sentence, so the sentence takes its page's day
(``storyline.dating.event_date``: what followed the event may have come days later), and as an
entry of its own on that day it dates the event it names wrongly. When the day it names, in the
page's week, holds an entry that names the event by that noun's word (the verb or noun its
date hangs on: "was launched on Tuesday", "Tuesday's launch"), the sentence refers to that
event: it joins that day, as a moment of the event (``_Dated.detail``), so that it is cited by
the event's entry. A sentence naming an event no page dates on that day keeps its page's day,
and so does a statement ("Vorn told the chamber that 11,500 had left, out of the 40,000
covered by Tuesday's order"): what was said is its page's own news, told against the event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from storyline.synthesize.event_words import SAYING, act_word

__all__ = ["WEEK", "Named", "named_days", "says"]

WEEK = 6  # days before its page's: the week a page's news, and the events it names, fall in


@dataclass(frozen=True)
class Named:
    """What the rule reads of a dated sentence: its date, whether that is its page's day
    standing in for an undated act, the day its page names ("" when none: the date owns no
    event's noun), the word of that noun, and the words naming the sentence's own event."""

    day: str
    page_dated: bool
    named: str
    owned: frozenset[str]
    words: frozenset[str]


def named_days(rows: list[Named]) -> dict[int, str]:
    """Rows (positions) that refer to the event another row dates on the day they name, and
    that day."""
    told: dict[str, list[frozenset[str]]] = {}
    for row in rows:
        if row.day and not row.page_dated:
            told.setdefault(row.day, []).append(row.words)
    moved: dict[int, str] = {}
    for i, row in enumerate(rows):
        if not (row.page_dated and row.owned and _in_week(row.named, row.day)):
            continue
        if any(row.owned & words for words in told.get(row.named, [])):
            moved[i] = row.named
    return moved


def says(before_date: str) -> bool:
    """The words before a sentence's date hold a verb of saying ("told the chamber that")."""
    return any(act_word(w) == SAYING for w in re.findall(r"[A-Za-z]+", before_date))


def _in_week(named: str, day: str) -> bool:
    if len(named) != 10 or len(day) != 10:
        return False
    try:
        days = (date.fromisoformat(day) - date.fromisoformat(named)).days
    except ValueError:
        return False
    return 0 < days <= WEEK
