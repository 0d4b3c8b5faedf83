"""Timeline entries that tell a coming event by its month while another page gives its day.

Pages written before a planned event often date it loosely: "the members will vote next
month", "the board faces its members at the annual meeting next month", while another page of
the story names the day: "at the May 14 members' meeting". Dated by month, the loose
tellings head entries of their own beside the day's, and one coming event reads as two or
three. An entry dated to a month that each of its pages told ahead (its month is not before
the page's, and the day is still to come when the page was written) joins the entry dated to
a day of that month when the two name the event by a word: the verb or noun its date hangs on
(``event_words``), or a plain word beside the date in its own clause ("member" in "a members'
vote next month" and "the May 14 members' meeting"). The day entry must be the
only one of its month that does, and be told by as many sources as the month entry at least:
when most sources date a coming event by its month, one source's day in that month may well be
another event of the month (the first of several launches planned for May, "as soon as May
4", is not the launch every other page dates to May). Entries that say it of
different actors, or give different numbers, stay apart (as in ``event_words.retold``). Events
already past when told are left to the rules of background months.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.model import Event
from storyline.synthesize.event_words import actor_key, clash, naming_word, share_actor

__all__ = ["Ahead", "near_words", "rejoin_months"]

NEAR = 3  # words on each side of the date, within its clause, that may name the event
_CLAUSE = re.compile(r"[,;:.()\u2014\u201c\u201d\"]")
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass(frozen=True)
class Ahead:
    """What the rule reads of a dated sentence: its page's source and day ("" when unknown),
    its event (date, precision, the people and organisations it names, its numbers) and the
    words naming that event (``event_words`` and ``near_words``)."""

    source: str  # its page's source (outlet or independence group): one witness
    page_day: str
    event: Event
    words: frozenset[str]


def near_words(text: str, time_start: int | None, time_end: int | None) -> frozenset[str]:
    """Stems of the lower-case words (no names, no stop words) within ``NEAR`` words of the
    date expression on either side, not past a comma or a clause mark: the words the date
    qualifies ("a members' vote next month") or that follow it ("the May 14 members'
    meeting")."""
    if time_start is None or time_end is None or not 0 <= time_start < time_end <= len(text):
        return frozenset()
    before = _CLAUSE.split(text[max(0, time_start - 80) : time_start])[-1]
    after = _CLAUSE.split(text[time_end : time_end + 80])[0]
    tokens = _TOKEN.findall(before)[-NEAR:] + _TOKEN.findall(after)[:NEAR]
    return frozenset(w for t in tokens if t[0].islower() and (w := naming_word(t)))


def rejoin_months(merged: list[list[int]], rows: list[Ahead]) -> list[list[int]]:
    """``merged``: entries as lists of rows into ``rows``, each headed by its first row (whose
    date is the entry's). A month entry told ahead joins the one day entry of its month that
    names its event (at its end: the day entry's head and date stay)."""
    out = [list(m) for m in merged]
    for k, entry in enumerate(out):
        if not _told_ahead(entry, rows):
            continue
        month = rows[entry[0]].event.date
        days = [o for o in out if o and o is not entry and _coming_day(o, month, entry, rows)]
        naming = [o for o in days if _names(entry, o, rows)]
        if len(naming) == 1 and _sources(naming[0], rows) >= _sources(entry, rows):
            naming[0].extend(entry)
            out[k] = []
    return [m for m in out if m]


def _sources(entry: list[int], rows: list[Ahead]) -> int:
    """How many sources date the entry as its head does (a day entry's joined months count
    for none: they do not make its day surer)."""
    head = rows[entry[0]].event
    return len({rows[i].source for i in entry if rows[i].event.date == head.date})


def _told_ahead(entry: list[int], rows: list[Ahead]) -> bool:
    """Every sentence of the entry dates it to a month its page had not left behind."""
    month = rows[entry[0]].event
    if month.precision != "month" or len(month.date) != 7:
        return False
    return all(
        rows[i].event.date == month.date
        and len(rows[i].page_day) == 10
        and rows[i].page_day[:7] <= month.date
        for i in entry
    )


def _coming_day(other: list[int], month: str, entry: list[int], rows: list[Ahead]) -> bool:
    """``other`` is dated to a day of ``month`` that was still to come on every page of
    ``entry``."""
    day = rows[other[0]].event
    if day.precision != "day" or len(day.date) != 10 or day.date[:7] != month:
        return False
    return all(rows[i].page_day < day.date for i in entry)


def _names(entry: list[int], other: list[int], rows: list[Ahead]) -> bool:
    """The two entries share a word naming the event, say it of one actor (or one names
    none) and give no different numbers."""
    ours, theirs = _actors(entry, rows), _actors(other, rows)
    if ours and theirs and not share_actor(ours, theirs):
        return False
    return any(
        rows[i].words & rows[j].words and not clash(rows[i].event, rows[j].event)
        for i in entry
        for j in other
    )


def _actors(entry: list[int], rows: list[Ahead]) -> frozenset[str]:
    return frozenset(actor_key(key) for i in entry for key in rows[i].event.entities)
