"""The year of a day a sentence dates by a relative expression (for
``storyline.analyze.events``): the year the sentence writes after it, or names for its month."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from storyline.model import TimeExpression

__all__ = ["named_years"]

# ", 2018" right after a day: the day's own year, which a recogniser may leave apart
_YEAR_AFTER = re.compile(r"\s*,?\s*((?:1[6-9]|20)\d\d)(?![\d:])")


def named_years(
    text: str,
    inside: list[TimeExpression],
    one_act: Callable[[TimeExpression, TimeExpression], bool],
) -> list[TimeExpression]:
    """A day whose year was inferred from the page takes the year the sentence writes for it
    ("12:05 am, January 1st, 2018") or names for its month ("a Christmas party ... in December
    2015" is 2015-12-25, however long ago): the sentence's own date wins over the page's. A
    month that dates another act than the day's (``one_act`` false: "The students, who were
    kidnapped in March 2019, were flown home on Sunday") gives it no year, nor does a count
    ("on Sunday, three years after ..."): that day is read from the page."""
    named = {t.value[5:7]: t for t in inside if not t.relative and t.precision == "month"}
    out = []
    for t in inside:
        written = _YEAR_AFTER.match(text, t.end)
        after = [
            y
            for y in inside
            if y.precision == "year" and y.duration is None and 0 <= y.start - t.end <= 2
        ]
        month = named.get(t.value[5:7]) if t.relative and t.precision == "day" else None
        year = month.value[:4] if month and one_act(t, month) else None
        if t.relative and t.precision == "day" and (written or after):
            # "June 12 last year", "January 1st, 2018": the year that follows the day
            year = after[0].value[:4] if after else written.group(1)  # type: ignore[union-attr]
        if year and year != t.value[:4] and _is_day(year + t.value[4:10]):
            t = t.model_copy(update={"value": year + t.value[4:]})
        out.append(t)
    return out


def _is_day(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
