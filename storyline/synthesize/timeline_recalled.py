"""Timeline entries that tell a past event by its month while another page gives its day.

A page written days after an event often retells another page's sentence with the day made
loose: "Vance made the announcement on social media on Friday" becomes, a fortnight later,
"Vance made the announcement on social media earlier this month" (or "in June", on a July
page). Dated by month, the retelling heads an entry of its own beside the day's, and one
event reads as two. An entry whose every sentence dates a month already begun when its page
was written, telling no plan, joins the entry dated to a day of that month that every one of
its pages had already seen, when the two are worded as one sentence retold (a TF-IDF cosine
of at least ``RETOLD``, far above the likeness that joins tellings of one day): a month's
sentence only as alike as two tellings of a busy month's news ("the cooperative held a
members' meeting in May", "at the May 14 members' meeting, the board lost its vote") may be
another event of the month, and stays. Sentences giving different numbers stay apart
(``event_words.clash``). Months still ahead are ``timeline_months``'s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from storyline.model import Event
from storyline.synthesize.event_words import clash

__all__ = ["RETOLD", "Recalled", "rejoin_recalled"]

RETOLD = 0.6  # the cosine of one sentence retold with its day made a month

Likeness = Callable[[list[int], list[int]], float]  # the best wording cosine of two row lists


@dataclass(frozen=True)
class Recalled:
    """What the rule reads of a dated sentence: its page's day ("" when unknown), its event
    and whether it tells a plan (``timeline_plans.planned``)."""

    page_day: str
    event: Event
    plan: bool


def rejoin_recalled(
    merged: list[list[int]], rows: list[Recalled], like: Likeness
) -> list[list[int]]:
    """``merged``: entries as lists of rows into ``rows``, each headed by its first row (whose
    date is the entry's). A month entry told as past joins the day entry of its month it
    retells, the most alike (at its end: the day entry's head and date stay)."""
    out = [list(m) for m in merged]
    for k, entry in enumerate(out):
        if not _told_past(entry, rows):
            continue
        month = rows[entry[0]].event.date
        best, score = None, RETOLD
        for other in out:
            if other and other is not entry and _seen_day(other, month, entry, rows):
                cos = like(entry, other)
                if cos >= score and not _differ(entry, other, rows):
                    best, score = other, cos
        if best is not None:
            best.extend(entry)
            out[k] = []
    return [m for m in out if m]


def _told_past(entry: list[int], rows: list[Recalled]) -> bool:
    """Every sentence of the entry dates it, as no plan, to one month its page had begun."""
    month = rows[entry[0]].event
    if month.precision != "month" or len(month.date) != 7:
        return False
    return all(
        rows[i].event.date == month.date
        and not rows[i].plan
        and len(rows[i].page_day) == 10
        and rows[i].page_day[:7] >= month.date
        for i in entry
    )


def _seen_day(other: list[int], month: str, entry: list[int], rows: list[Recalled]) -> bool:
    """``other`` is dated to a day of ``month`` before the day of every page of ``entry``."""
    day = rows[other[0]].event
    if day.precision != "day" or len(day.date) != 10 or day.date[:7] != month:
        return False
    return all(day.date < rows[i].page_day for i in entry)


def _differ(entry: list[int], other: list[int], rows: list[Recalled]) -> bool:
    """The entries' heads give different numbers."""
    return clash(rows[entry[0]].event, rows[other[0]].event)
