"""A planned event and its telling as done, on one day: one entry.

Pages written before a day tell what it will hold ("the club said a parade would be held through
the city centre on Saturday", "the parade on Saturday will start at the stadium"); pages written
after it tell it as done, often in other words and by another verb ("fans lined the streets on
Saturday for the parade"). Worded apart, the plan heads an entry of its own beside the happening,
and one event reads as two. An entry whose every sentence tells a plan (``timeline_plans``) joins
the one entry of its date that a page written once the day had come tells as done, when the two
name the event by one word: the verb or noun its date hangs on, or a plain word beside the date
in its own clause ("for the parade"; ``timeline_months.near_words``). An entry headed by a plan
counts as planned though a later page's sentence joined it ("the storm is expected to make
landfall on Thursday night", joined by "winds of 185 km/h were recorded as the storm came
ashore"): the happening's own entry ("Odile made landfall late on Thursday night") heads.
Entries that say it of different actors stay apart (as in ``event_words.retold``); when several
done entries of the day name the word, which one the plan became is unknown, and the plan stays
apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.model import Event
from storyline.synthesize.event_words import actor_key, share_actor

__all__ = ["Planned", "rejoin_done"]


@dataclass(frozen=True)
class Planned:
    """What the rule reads of a dated sentence: its event, whether it tells a plan, whether its
    page had reached its day, and the words naming its event (``event_words`` and
    ``near_words``)."""

    event: Event
    plan: bool
    reached: bool
    words: frozenset[str]


def rejoin_done(merged: list[list[int]], rows: list[Planned]) -> list[list[int]]:
    """``merged``: entries as lists of rows into ``rows``, each headed by its first row. A
    planned entry joins the one done entry of its date naming its event (at its end: the done
    entry's head, which tells what happened, stays)."""
    out = [list(m) for m in merged]
    for k, entry in enumerate(out):
        if not entry or not rows[entry[0]].plan:
            continue
        done = [o for o in out if o and o is not entry and _done_on(o, entry, rows)]
        naming = [o for o in done if _names(entry, o, rows)]
        if len(naming) == 1:
            naming[0].extend(entry)
            out[k] = []
    return [m for m in out if m]


def _done_on(other: list[int], entry: list[int], rows: list[Planned]) -> bool:
    """``other`` has the plan's date and precision, and a sentence telling it as done by a page
    that had reached its day."""
    plan, head = rows[entry[0]].event, rows[other[0]].event
    if head.date != plan.date or head.precision != plan.precision:
        return False
    return any(not rows[i].plan and rows[i].reached for i in other)


def _names(entry: list[int], other: list[int], rows: list[Planned]) -> bool:
    """The two entries share a word naming the event and say it of one actor (or one names
    none). Numbers may differ: a forecast's ("winds of up to 190 km/h") seldom is the
    measure taken once it came (185 km/h)."""
    ours, theirs = _actors(entry, rows), _actors(other, rows)
    if ours and theirs and not share_actor(ours, theirs):
        return False
    return any(rows[i].words & rows[j].words for i in entry for j in other)


def _actors(entry: list[int], rows: list[Planned]) -> frozenset[str]:
    return frozenset(actor_key(key) for i in entry for key in rows[i].event.entities)
