"""Calendar arithmetic on ISO values: months, quarters and weeks moved by a count, a value's
precision, and whether a value names a resolved calendar date."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from storyline.model import Precision


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def add_quarters(y: int, q: int, k: int) -> tuple[int, int]:
    idx = y * 4 + (q - 1) + k
    return idx // 4, idx % 4 + 1


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_FINER = {
    "century": ("year", 100),
    "decade": ("year", 10),
    "year": ("month", 12),
    "quarter": ("month", 3),
    "week": ("day", 7),
}


def move_date(ref: date, n: float, unit: str) -> tuple[str, str] | None:
    """ref moved by n units (negative = back) -> (value, precision). A fraction of a unit
    counts in the next smaller one ("half a century ago" is 50 years back, "two and a half
    years ago" 30 months), so the value keeps the precision the phrase has."""
    if not float(n).is_integer() and unit in _FINER:
        finer, size = _FINER[unit]
        return move_date(ref, n * size, finer)
    k = int(round(n))
    if unit in ("day", "hour", "minute", "second"):
        if unit != "day":
            return ref.isoformat(), "day"
        return (ref + timedelta(days=k)).isoformat(), "day"
    if unit in ("week", "weekend"):
        return week(ref + timedelta(weeks=k)), "week"
    if unit == "month":
        y, m = _add_months(ref.year, ref.month, k)
        return f"{y}-{m:02d}", "month"
    if unit == "quarter":
        y, q = add_quarters(*quarter_of(ref), k)
        return f"{y}-Q{q}", "other"
    if unit == "year":
        return str(ref.year + k), "year"
    if unit == "decade":
        return str(ref.year + 10 * k)[:3], "other"
    if unit == "century":
        return str(ref.year + 100 * k)[:2], "other"
    return None


def parse_ref(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    return safe_date(int(m[1]), int(m[2]), int(m[3])) if m else None


def as_day(value: str, need: str) -> date | None:
    """A resolved value at least as precise as ``need`` -> its first day."""
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value)
    if not m or 1 + bool(m[2]) + bool(m[3]) < {"day": 3, "week": 2, "month": 2}.get(need, 1):
        return None
    return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))


def precision_of(type_: str, value: str) -> Precision:
    if type_ == "DURATION":
        return "duration"
    if type_ == "SET":
        return "other"
    if "/" in value:
        return "range"
    if re.search(r"T(?:\d|MO|AF|EV|NI)", value):
        return "time"
    if re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}", value):
        return "day"
    if re.fullmatch(r"[\dX]{4}-[\dX]{2}", value):
        return "month"
    if re.fullmatch(r"[\dX]{4}-W[\dX]{2}(?:-WE)?", value):
        return "week"
    if re.fullmatch(r"[\dX]{4}", value):
        return "year"
    return "other"


def resolved_date(value: str) -> bool:
    """True for a value naming a calendar day, month or year (no X, not a duration)."""
    return bool(re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", value))
