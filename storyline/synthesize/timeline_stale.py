"""Timeline sentences of a page stamped weeks after it was written.

An archive or a feed re-stamps a page days, weeks or months after its story ("on Sunday",
"this morning" are then read against the late stamp), and its page date moves every date its
text tells relative to it. Such a page gives itself away: its page date stands alone (no other
outlet's page was stamped within ``ALONE_DAYS`` of it), and the news it tells relative to its
stamp retells an event that several other outlets date, as their own news, more than
``STALE_DAYS`` earlier (worded alike, one sentence naming the other's event by its word, and
giving no different numbers).
That retelling takes the other outlets' day, and every other date the page reads against its
stamp is dropped: nothing tells on which day the page was written, and an undated sentence
left out beats a wrong date. Dates the page writes out ("on August 29") stand.

A page whose own text places the story's news by a relative month read against its stamp
("last month's crash", a month in which other pages tell news) was written when its stamp says:
its dates stand (``month_vouched``).

A page written weeks later as a follow-up tells its own news, not a retelling of the story's
first days, and a new event of the same kind (a second launch, a second round of sanctions)
is told by other outlets near its page date, so neither rule fires for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from storyline.dating_told import relative_months
from storyline.model import Analysis, Document

__all__ = ["ALONE_DAYS", "STALE_DAYS", "Row", "month_vouched", "restamped", "vouched_pages"]

ALONE_DAYS = 3  # no other outlet's page stamped this close: the page's date stands alone
STALE_DAYS = 7  # a retelling this much later than the other outlets' day is no new event
NEWS_DAYS = 7  # a day this close before its page's date is that page's news
MIN_SOURCES = 2  # outlets that must tell the day as their news


@dataclass(frozen=True)
class Row:
    """What the rule reads of a dated sentence."""

    page: str
    day: str  # its day, "" when not dated to a day
    relative: bool  # its date was read against its page's date (a weekday, "yesterday", ...)
    words: frozenset[str] = frozenset()  # the event's own words (``event_words``)
    stems: frozenset[str] = frozenset()  # the stems of every word of its sentence


@dataclass(frozen=True)
class Page:
    source: str  # the outlet (or independence group): pages of one source are one witness
    day: str  # its page date, "" when unknown


Likeness = Callable[[int, list[int]], float]  # best wording cosine of a row to a list of rows
Clash = Callable[[int, int], bool]  # two rows give different numbers


def restamped(
    rows: list[Row], pages: dict[str, Page], like: Likeness, clash: Clash, same: float
) -> dict[int, str | None]:
    """Rows of re-stamped pages: each retelling with the day the other outlets give it, each
    other row the page dated against its stamp with None (drop it)."""
    news = _news_days(rows, pages)
    out: dict[int, str | None] = {}
    for page, info in pages.items():
        if not info.day or not _alone(page, pages):
            continue
        own = [i for i, r in enumerate(rows) if r.page == page and r.relative]
        found = {i: d for i in own if (d := _retold(i, rows, pages, news, like, clash, same))}
        if found:
            out.update({i: found.get(i) for i in own})
    return out


def _days(a: str, b: str) -> int | None:
    """Days from a to b (both ISO days), None when either is no day."""
    try:
        return (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days
    except ValueError:
        return None


def _alone(page: str, pages: dict[str, Page]) -> bool:
    mine = pages[page]
    for other, info in pages.items():
        if other == page or info.source == mine.source or not info.day:
            continue
        gap = _days(info.day, mine.day)
        if gap is not None and abs(gap) <= ALONE_DAYS:
            return False
    return True


def _names(a: Row, b: Row) -> bool:
    """One sentence names the other's event by its word ("the fire that destroyed the mill
    started on Tuesday" names "fire destroyed the mill on Tuesday")."""
    return bool(a.words & b.stems or b.words & a.stems)


def _news_days(rows: list[Row], pages: dict[str, Page]) -> dict[str, list[int]]:
    """Each day that at least ``MIN_SOURCES`` outlets tell as their news (a day of the week
    before their page's date), with the rows that tell it."""
    by_day: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        gap = _days(r.day, pages[r.page].day) if len(r.day) == 10 and pages[r.page].day else None
        if gap is not None and 0 <= gap <= NEWS_DAYS:
            by_day.setdefault(r.day, []).append(i)
    return {
        day: found
        for day, found in by_day.items()
        if len({pages[rows[i].page].source for i in found}) >= MIN_SOURCES
    }


def _retold(
    i: int,
    rows: list[Row],
    pages: dict[str, Page],
    news: dict[str, list[int]],
    like: Likeness,
    clash: Clash,
    same: float,
) -> str | None:
    """The other outlets' news day that row i retells, more than ``STALE_DAYS`` before its own
    date (the day told by the most outlets when several fit), else None."""
    mine, source = rows[i], pages[rows[i].page].source
    best, most = None, 0
    for day, found in news.items():
        gap = _days(day, mine.day) if len(mine.day) == 10 else None
        if gap is None or gap <= STALE_DAYS:
            continue
        others = [j for j in found if pages[rows[j].page].source != source]
        sources = len({pages[rows[j].page].source for j in others})
        if sources < MIN_SOURCES or sources <= most:
            continue
        named = [j for j in others if _names(mine, rows[j]) and not clash(i, j)]
        if named and like(i, others) >= same:
            best, most = day, sources
    return best


def month_vouched(months: dict[str, set[str]], told: dict[str, set[str]]) -> set[str]:
    """The pages whose relative months (``months``: page -> "YYYY-MM" read against its stamp,
    its stamp's own month left out) fall in a month other pages tell news in (``told``: page ->
    months of its events): written a month on, and saying so."""
    out = set()
    for page, own in months.items():
        others = {m for p, found in told.items() if p != page for m in found}
        if own & others:
            out.add(page)
    return out


def vouched_pages(
    docs: list[Document], analyses: dict[str, Analysis], pages: dict[str, Page]
) -> set[str]:
    """Pages a relative month of their own dates to the story's news (``month_vouched``)."""
    months: dict[str, set[str]] = {}
    told: dict[str, set[str]] = {}
    for doc in docs:
        if (analysis := analyses.get(doc.id)) is None:
            continue
        stamp = pages[doc.id].day[:7]
        months[doc.id] = set(relative_months(analysis)) - {stamp}
        told[doc.id] = {e.date[:7] for e in analysis.events if len(e.date) >= 7}
    return month_vouched(months, told)
