"""The day a page stamped a day or a few after it was written was written on, told by the same
events on its story's other pages (part of ``storyline.dating``'s rule for the day a page's
relative dates are read against).

Pages are often stamped a day or more after they were written: a page written on an American
evening and stamped after midnight UTC, a site that stamps its print edition's day, an
aggregator's late copy, a re-post. Read against that stamp, the page's "tonight", "this
morning", "yesterday", "tomorrow" and coming weekdays ("will stay closed on Wednesday") fall a
day or more late, and the same event then stands twice in the timeline, once on each day.

Such a page gives itself away to its story: an event it dates by one of those expressions is
worded like an event other pages date to an earlier day, the very day the expression names when
it is read against a day before the stamp, while no other page dates an event like it to the day
the stamp gives. The page is then read against the latest such day, at most ``EARLY_DAYS``
before its stamp. One page's words decide nothing: the day comes from the other pages.

A page written on its stamp's day tells that day's news: the events it dates by such
expressions fall on the day its stamp gives (other pages tell them there too), or on days no
other page tells, and it keeps its stamp. A page's copies do not vouch for it: they repeat its
words, read against the same stamp.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from storyline.dating_told import MONTH_WORD, WEEKDAY_WORD, reread
from storyline.model import MAIN_ANCHORS, Analysis
from storyline.wordstems import text_stems, words

__all__ = ["EARLY_DAYS", "StoryEvents", "stamp_hour", "written_early"]

EARLY_DAYS = 3  # a stamp this many days late at most: later ones are ``dating_told``'s
# A stamp with a time of day this early may be an evening's page stamped after midnight (an
# American evening's, stamped in UTC): one day late. A later time was most likely put on the day
# the page was written.
EVENING_HOURS = 10
# TF-IDF cosine of two sentences telling one event: the timeline merges its entries by it too
# (``storyline.synthesize.timeline`` reads it from here, below every stage).
SAME_EVENT = 0.25


@dataclass(frozen=True)
class _Told:
    """One event a page dates to a day, with the words of its sentence (less its date)."""

    page: str
    day: str
    words: frozenset[str]
    vector: dict[str, float]


def _sentence_words(analysis: Analysis, i: int) -> Counter[str]:
    """The stems of an event's sentence, without its time expression ("on Wednesday")."""
    e = analysis.events[i]
    text = e.sentence
    if e.time_start is not None and e.time_end is not None:
        start, end = e.time_start - e.start, e.time_end - e.start
        if 0 <= start <= end <= len(text):
            text = text[:start] + " " + text[end:]
    return Counter(stem for stem, _ in words(text))


class StoryEvents:
    """The events a story's pages date to a day, as TF-IDF vectors whose words are weighed by
    the pages that use them: the story's own words, which every page repeats (its place, its
    people, "flight" in a flight's story), weigh nothing, and two sentences are alike by the
    words that tell their act ("closed", "engineers", "checks")."""

    def __init__(self, texts: dict[str, str], analyses: dict[str, Analysis]) -> None:
        df = Counter(stem for text in texts.values() for stem in text_stems(text))
        n = len(texts)
        self.idf = {stem: math.log((1 + n) / (1 + k)) + 1 for stem, k in df.items()}
        self.told: dict[tuple[str, int], _Told] = {}
        self.by_day: dict[str, list[_Told]] = {}
        for page, a in analyses.items():
            for i, e in enumerate(a.events):
                if e.precision != "day" or len(e.date) < 10:
                    continue
                bag = _sentence_words(a, i)
                told = _Told(page, e.date[:10], frozenset(bag), self._vector(bag))
                self.told[(page, i)] = told
                self.by_day.setdefault(told.day, []).append(told)

    def _vector(self, bag: Counter[str]) -> dict[str, float]:
        weights = {stem: k * self.idf.get(stem, 1.0) for stem, k in bag.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {stem: w / norm for stem, w in weights.items() if w}

    def alike(self, page: str, i: int, day: str) -> bool:
        """Whether another page dates an event worded like event ``i`` of ``page`` to ``day``.
        A sentence in the same words is the page's own, copied: no witness of its day."""
        mine = self.told.get((page, i))
        if mine is None:
            return False
        for told in self.by_day.get(day, []):
            if told.page == page or told.words == mine.words:
                continue
            like = sum(w * told.vector.get(stem, 0.0) for stem, w in mine.vector.items())
            if like >= SAME_EVENT:
                return True
        return False


def _relative_events(analysis: Analysis) -> list[tuple[int, str, date]]:
    """(event index, expression text, day) of each event the page dates to a day of its own by
    a relative expression that names no month ("tonight", "on Wednesday", "yesterday")."""
    by_start = {t.start: t for t in analysis.times}
    out = []
    for i, e in enumerate(analysis.events):
        t = by_start.get(e.time_start) if e.time_start is not None else None
        if e.anchor not in (*MAIN_ANCHORS, "relative") or e.precision != "day" or t is None:
            continue
        if not t.relative or MONTH_WORD.search(t.text):
            continue
        try:
            out.append((i, t.text, date.fromisoformat(e.date[:10])))
        except ValueError:
            continue
    return out


def _named_floor(analysis: Analysis, read: date, stamped: date) -> date | None:
    """The latest day, up to its stamp, that a page tells an event of its own on by naming it
    (a weekday, "Nov. 2"): the page was written on that day or later, whatever its "today"."""
    by_start = {t.start: t for t in analysis.times}
    days = []
    for e in analysis.events:
        t = by_start.get(e.time_start) if e.time_start is not None else None
        if e.anchor not in MAIN_ANCHORS or e.precision != "day" or t is None:
            continue
        if t.relative and not (WEEKDAY_WORD.search(t.text) or MONTH_WORD.search(t.text)):
            continue
        try:
            day = date.fromisoformat(e.date[:10])
        except ValueError:
            continue
        if t.relative and not MONTH_WORD.search(t.text):
            day = reread(t.text, day, read, stamped)
        if day <= stamped:
            days.append(day)
    return max(days, default=None)


def _still_early(
    page: str, own: list[tuple[int, str, date]], read: date, stamped: date, events: StoryEvents
) -> str | None:
    """The day a page was already read against, a few days before its stamp, while its story
    still gives it: another page tells one of its relative events on the day it now falls on,
    and none tells one on the day its stamp would give. (Read back against the stamp, a weekday
    read as the very day, "on Wednesday" on a Wednesday, no longer tells whether it was a coming
    one: the page is not judged afresh from there.)"""
    hits = 0
    for i, text, told in own:
        as_stamped = reread(text, told, read, stamped).isoformat()
        if as_stamped != told.isoformat() and events.alike(page, i, as_stamped):
            return None
        hits += events.alike(page, i, told.isoformat())
    return read.isoformat() if hits else None


def stamp_hour(stamp: str) -> int | None:
    """The hour of the day a page's stamp prints, or None when it gives a day alone (no time,
    or exactly midnight, which sites put on a bare day). The hour is read on the stamp's own
    clock, never converted to UTC: the day the stamp names is on that clock too, and every rule
    that asks whether a page was written the evening before compares the two."""
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if len(stamp) <= 10 or when.time() == time(0, 0):
        return None
    return when.hour


def _most_days(stamp: str) -> int:
    """How many days late a stamp may be: a stamp with a time of day is one day late at most,
    and only when that time falls in the small hours (an evening's page stamped after
    midnight); a day alone, up to ``EARLY_DAYS``."""
    try:
        datetime.fromisoformat(stamp)
    except ValueError:
        return 0
    hour = stamp_hour(stamp)
    if hour is None:
        return EARLY_DAYS
    return 1 if hour < EVENING_HOURS else 0


def written_early(
    page: str, analysis: Analysis | None, stamp: str, events: StoryEvents
) -> str | None:
    """The earlier day a page stamped ``stamp`` (a day, or a moment) was written on, by the rule
    above, or None."""
    if analysis is None:
        return None
    try:
        stamped = date.fromisoformat(stamp[:10])
        read = date.fromisoformat((analysis.reference_date or stamp)[:10])
    except ValueError:
        return None
    own = _relative_events(analysis)
    if stamped - timedelta(days=EARLY_DAYS) <= read < stamped:
        return _still_early(page, own, read, stamped, events)
    floor = _named_floor(analysis, read, stamped)
    best, most = None, 0
    for k in range(1, _most_days(stamp) + 1):
        day = stamped - timedelta(days=k)
        if floor is not None and day < floor:
            break
        hits, moved = 0, 0
        for i, text, told in own:
            as_stamped = reread(text, told, read, stamped).isoformat()
            as_written = reread(text, told, read, day).isoformat()
            if as_stamped == as_written:
                continue  # "late Tuesday" names one day either way: no evidence
            if events.alike(page, i, as_stamped):
                return None  # others tell it on the stamp's day: the page's own day's news
            moved += 1
            hits += events.alike(page, i, as_written)
        # the most events on the other pages' days; on a tie, the day nearest the stamp
        if hits and 2 * hits >= moved and hits > most:
            best, most = day, hits
    return best.isoformat() if best else None
