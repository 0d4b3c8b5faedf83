"""A page's own day for a moment it declares in UTC: a site publishes on its own calendar day,
which may be the day before or after the UTC one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from storyline.clean.htmlmeta.date_relations import DECLARED, MODIFIED


# What this module reads of ``published``'s candidates and pool, described here rather than
# imported: published imports this module, and a cycle would tie the two together.
class DateCandidate(Protocol):
    @property
    def day(self) -> str: ...
    @property
    def stamps(self) -> list[str]: ...
    @property
    def features(self) -> dict[str, float]: ...


class Pool(Protocol):
    @property
    def by_day(self) -> Mapping[str, DateCandidate]: ...
    @property
    def stamped(self) -> Sequence[tuple[str, str]]: ...
    def merge(self, day: str, into: str) -> None: ...
    def move(self, stamp: str, feature: str, into: str) -> None: ...


def utc_to_local(pool: Pool) -> None:
    """A page that declares its moment in UTC was published on its own day, which may be the
    day before or after: the UTC day's evidence joins the day that the page declares as the
    same moment in its own time (2023-11-09T01:09Z and 2023-11-08T18:09), else the
    neighbouring day its URL, the line by its headline or a declaration without a time of day
    gives, when a time zone can make the two one moment (02:18Z is the evening before in the
    Americas)."""
    _move_utc_stamps(pool)
    for cand in list(pool.by_day.values()):
        utc = [s for s in cand.stamps if _zone(s) == timedelta(0)]
        if not utc or len(utc) < len(cand.stamps) or cand.day not in pool.by_day:
            continue
        others = [c for c in pool.by_day.values() if c.day != cand.day]
        local = next(
            (o.day for o in others if any(_same_moment(u, s) for u in utc for s in o.stamps)),
            None,
        )
        if local is None and not any(k in cand.features for k in LOCAL_EVIDENCE):
            local = next((o.day for o in others if _local_day_of(utc[0], o)), None)
        if local:
            pool.merge(cand.day, local)


def _move_utc_stamps(pool: Pool) -> None:
    """Each UTC datetime whose moment the page also declares in its own time on another day
    joins that day, when its own day keeps a datetime in local time: "published 2023-11-09T05:30Z"
    beside a <time datetime="2023-11-08 23:30"> of the same moment, on a page whose update at
    00:21 local time declares the 9th as well."""
    local = [(s, c.day) for c in pool.by_day.values() for s in c.stamps if _zone(s) != timedelta(0)]
    mixed = {d for _, d in local}  # a day of UTC stamps only moves whole (below)
    for stamp, feature in pool.stamped:
        if _zone(stamp) != timedelta(0) or stamp[:10] not in mixed:
            continue
        day = next((d for s, d in local if d != stamp[:10] and _same_moment(stamp, s)), None)
        if day is not None and stamp in pool.by_day[stamp[:10]].stamps:
            pool.move(stamp, feature, day)


# What a site writes in its own time: its URL, the date by the headline, a labelled date.
LOCAL_EVIDENCE = ("url", "head_nearest", "head_lead", "label_published")


def _local_day_of(utc: str, other: DateCandidate) -> bool:
    """Whether ``other``, a day the site gives in its own time, can be ``utc``'s day there."""
    moment = _parse(utc)
    if moment is None or not (
        any(k in other.features for k in LOCAL_EVIDENCE) or _declared_bare(other)
    ):
        return False
    shift = (datetime.fromisoformat(other.day).date() - moment.date()).days
    # Zones run from UTC-12 to UTC+14.
    return (shift == -1 and moment.hour < 12) or (shift == 1 and moment.hour >= 10)


def _declared_bare(cand: DateCandidate) -> bool:
    """Whether a day is declared only as a day, without a time of day ("pubdate": "2020-08-24"
    beside "2020-08-25T00:23:33Z"): a site that cuts a moment to its day cuts it where it
    is, and the UTC day of that moment would be the stamp's own."""
    return not cand.stamps and any(k in cand.features for k in DECLARED + MODIFIED)


def _parse(stamp: str) -> datetime | None:
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None


def _zone(stamp: str) -> timedelta | None:
    parsed = _parse(stamp)
    return parsed.utcoffset() if parsed else None


def _same_moment(utc: str, local: str) -> bool:
    """Whether ``local`` (with a non-zero offset, or none) is the moment ``utc`` stands for."""
    u, loc = _parse(utc), _parse(local)
    if u is None or loc is None or _zone(local) == timedelta(0):
        return False
    if loc.tzinfo is not None:
        return u == loc
    shift = u.replace(tzinfo=None) - loc
    return timedelta(0) < abs(shift) <= timedelta(hours=14) and shift.total_seconds() % 1800 == 0
