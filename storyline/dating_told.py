"""The day a page stamped late was written, told by its story's other pages (part of
``storyline.dating``'s rule for the day a page's relative dates are read against).

An archive or a feed re-stamps a page days or weeks after it was written; read against the late
stamp, its "on Monday" and "this morning" move to days nothing happened on. Such a page gives
itself away to its story: the days it tells relative to its stamp are days no other page tells
news of, while read against an earlier day (one another page of the story was stamped on, and
not before a day the page writes out itself) they fall on days other pages do tell. The page is
then read against the latest such day.

A genuine follow-up written days later tells its own news: some of its relative days fall on
days other pages tell, or too few fall on the story's days read against any earlier stamp, and
it keeps its own date. So does a page whose relative month ("last month's crash") falls on a
month of the story's news read against its stamp, and on a month with none read against the
earlier day: written a month on, it says so. Pages stamped on the same day do not vouch for
each other (an archive re-stamps a batch at once).

Pages of one outlet that share one stamp to the second while telling different news were
stamped together by a crawl or an archive, not each on the day it was written (``batch_pages``).
Such a stamp says only that the page was written by then: a batch stamped weeks after the rest
of its story, whose days the rule above cannot place, is read as an undated page is, against
the latest earlier stamp of the story (``batch_day``).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from storyline.lexicon import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from storyline.model import MAIN_ANCHORS, Analysis, Document

__all__ = [
    "MIN_TOLD",
    "MONTH_WORD",
    "WEEKDAY_WORD",
    "batch_day",
    "batch_pages",
    "relative_months",
    "reread",
    "story_days",
    "written_late",
]

NEXT_DAY_BACK = 6  # as the resolver: a weekday six days back is read as the next day
LATE_DAYS = 7  # a page stamped within a week of its news may be a follow-up: it keeps its stamp
MIN_TOLD = 2  # relative days that must fall on the story's told days read against the new day
WEEKDAY_WORD = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAY_NAMES)})\b")
MONTH_WORD = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted({*MONTH_NAMES, *MONTH_ABBREVIATIONS}, key=len, reverse=True))})\b"
)


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def story_days(analysis: Analysis) -> set[str]:
    """The days a page tells an event on, its own or another it names ("after Tuesday's
    launch"): the days of its story."""
    return {e.date for e in analysis.events if e.precision == "day" and len(e.date) == 10}


def _relative_days(analysis: Analysis) -> list[tuple[str, date]]:
    """(expression text, day) of each day the page dates an event of its own to (in its main, a
    reported or a relative clause) by a relative expression that names no month ("on Monday",
    "this morning", "yesterday"), the first expression of each day."""
    by_start = {t.start: t for t in analysis.times}
    out: list[tuple[str, date]] = []
    for e in analysis.events:
        t = by_start.get(e.time_start) if e.time_start is not None else None
        if e.anchor not in (*MAIN_ANCHORS, "relative") or e.precision != "day" or t is None:
            continue
        if not t.relative or MONTH_WORD.search(t.text) or (day := _day(e.date)) is None:
            continue
        # one day told twice ("announced Monday ...", "Monday's announcement") is one day: a
        # single weekday falls on some earlier page's day by chance in a story told for years
        if all(day != seen for _, seen in out):
            out.append((t.text, day))
    return out


def reread(text: str, day: date, stamp: date, ref: date) -> date:
    """The day an expression read as ``day`` against ``stamp`` names when read against ``ref``,
    as ``storyline.analyze.times.resolve`` reads a weekday: a past one back (or the next day,
    for one that would fall six days back), a coming one on; "yesterday", "this morning" keep
    their distance."""
    if not WEEKDAY_WORD.search(text):
        return ref + (day - stamp)
    back = (ref.weekday() - day.weekday()) % 7
    if day <= stamp or (day - stamp).days == 1:  # the day after: a past weekday six days back
        return ref + timedelta(days=1) if back == NEXT_DAY_BACK else ref - timedelta(days=back)
    return ref + timedelta(days=(day.weekday() - ref.weekday()) % 7)


def written_late(
    doc: Document,
    analysis: Analysis | None,
    stamp: str | None,
    told: Counter[str],
    stamps: list[str],
    written: str | None,
) -> str | None:
    """The earlier day a page stamped ``stamp`` was written on, by the rule above, or None.
    ``told``: pages of the story (stamped on another day than this one) per day they tell an
    event on (``story_days``); ``stamps``: the other pages' stamps; ``written``: the latest day
    the page's own text writes out."""
    stamped = _day(stamp or "")
    if stamped is None or analysis is None:
        return None
    # the day its relative dates were read against (an earlier brief may have moved it)
    read = _day(analysis.reference_date or "") or stamped
    days = _relative_days(analysis)
    if len(days) < MIN_TOLD or any(
        told.get(reread(t, d, read, stamped).isoformat()) for t, d in days
    ):
        return None
    floor = _day(written or "")
    candidates = sorted(
        {
            c
            for s in stamps
            if (c := _day(s)) and (stamped - c).days > LATE_DAYS and (floor is None or c > floor)
        },
        reverse=True,
    )
    best, most = None, (0, 0)
    for c in candidates:
        if _months_vouch(analysis, read, stamped, c, told):
            continue
        pages = [told.get(reread(text, d, read, c).isoformat(), 0) for text, d in days]
        hits = sum(1 for n in pages if n)
        # a weekday must fall on a told day: "this morning" falls on any page's own day
        named = any(
            n and WEEKDAY_WORD.search(text) for n, (text, _) in zip(pages, days, strict=True)
        )
        # the most expressions on told days, then the days most pages tell: the story's news
        if hits >= MIN_TOLD and 2 * hits >= len(days) and named and (hits, sum(pages)) > most:
            best, most = c, (hits, sum(pages))
    return best.isoformat() if best else None


def _months_vouch(
    analysis: Analysis, read: date, stamped: date, earlier: date, told: Counter[str]
) -> bool:
    """Whether a relative month of the page ("last month", "this month") names a month the
    story tells news in when read against its stamp, and one it tells none in when read against
    ``earlier``: the page was written when its stamp says."""
    months = {day[:7] for day in told}
    for value in relative_months(analysis):
        shift = _month_index(value) - (read.year * 12 + read.month - 1)
        at_stamp = _month_name(stamped.year * 12 + stamped.month - 1 + shift)
        at_earlier = _month_name(earlier.year * 12 + earlier.month - 1 + shift)
        if at_stamp in months and at_earlier not in months:
            return True
    return False


def relative_months(analysis: Analysis) -> list[str]:
    """The months ("YYYY-MM") a page names by a relative expression ("last month", "this
    month"), as read against the day its relative dates were read against."""
    return [
        t.value
        for t in analysis.times
        if t.relative and not MONTH_WORD.search(t.text) and re.fullmatch(r"\d{4}-\d{2}", t.value)
    ]


def _month_index(value: str) -> int:
    return int(value[:4]) * 12 + int(value[5:7]) - 1


def _month_name(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _fold(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _timed(stamp: str | None) -> bool:
    """A stamp with a time of day (a date alone, or midnight, is many pages' stamp)."""
    clock = (stamp or "")[11:19]
    return bool(clock) and clock.strip("0:") != ""


def batch_pages(docs: list[Document]) -> set[str]:
    """The pages that share their outlet and their stamp, to the second, with another page
    telling other news (another title and text): one crawl's or archive's stamp."""
    groups: dict[tuple[str, str], list[Document]] = {}
    for doc in docs:
        if doc.outlet and _timed(doc.published):
            groups.setdefault((doc.outlet.strip().lower(), doc.published or ""), []).append(doc)
    out: set[str] = set()
    for pages in groups.values():
        if len({_fold(d.title) for d in pages}) > 1 and len({_fold(d.text) for d in pages}) > 1:
            out.update(d.id for d in pages)
    return out


def batch_day(stamp: str, stamps: list[str], written: str | None) -> str | None:
    """The day a page stamped with a batch (``batch_pages``) on ``stamp`` is read against: the
    latest of the story's other stamps (``stamps``, the batch's excluded) when that lies more
    than LATE_DAYS before it and not before the latest day the page writes out (``written``);
    else None (the batch stamp lies within the story's days: it keeps it)."""
    stamped = _day(stamp)
    days = [d for s in stamps if (d := _day(s)) is not None]
    if stamped is None or not days:
        return None
    latest = max(days)
    floor = _day(written or "")
    if (stamped - latest).days <= LATE_DAYS or (floor is not None and latest < floor):
        return None
    return latest.isoformat()
