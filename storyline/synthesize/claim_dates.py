"""The days a sentence's claim happened on, to tell two claims about different days apart.

Pages of one story often tell several events of one kind: a launch on a Tuesday and another on
a Friday, sanctions voted "on Monday" and others "earlier this month". Sentences about them
share their words and much of their meaning, yet state different claims. Two sentences that
both date what they tell, on days that do not overlap, are never one claim, as two sentences
giving different numbers are not (``claims.ClaimMatcher``).

A sentence's days are its dates as the analysis resolved them (``Analysis.times``: a day, a
week, a month or a year, each an interval of days), except a date that only says when the claim
was told ("ANA said Wednesday", "told reporters on Friday"): the same claim is often told on
another day than the event ("analysts estimated on Dec. 18 that earnings will rise next
year" and "... will rise next year" tell one claim); nor a date the claim is compared with
("the first since 2009"). ``SLACK_DAYS`` covers the time zones (a launch at dawn in Asia is
the evening before in America).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from storyline.lexicon import (
    RECKON_VERBS,
    SAID_ON_FORMS,
    SAID_PAST_FORMS,
    SPEECH_VERBS,
    THOUGHT_VERBS,
)
from storyline.model import Analysis
from storyline.synthesize.figure_scope import COMPARED_BEFORE

Days = tuple[tuple[date, date], ...]  # intervals of days, first and last day each
SLACK_DAYS = 1
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})(?!\d)")
_ISO_YEAR = re.compile(r"(\d{4})(?![\d-])")


def _forms(lemma: str) -> set[str]:
    """The regular past and present forms of a verb ("estimate": estimated, estimates)."""
    if lemma.endswith("e"):
        return {lemma + "d", lemma + "s"}
    if lemma.endswith("s"):
        return {lemma + "ed", lemma + "es"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    return {lemma + "ed", lemma + "s"}


_TELLING = set(SAID_ON_FORMS + SAID_PAST_FORMS).union(
    *(_forms(v) for v in SPEECH_VERBS | THOUGHT_VERBS | RECKON_VERBS)
)
_VERBS = "|".join(sorted(_TELLING, key=len, reverse=True))
# "said Wednesday", "said on Friday", "told reporters late on Friday", "estimated on Dec. 18".
_TOLD_ON = re.compile(
    rf"\b(?:{_VERBS})\s+(?:[\w.]+\s+){{0,2}}?(?:(?:on|late|early|in|last)\s+){{0,2}}$",
    re.IGNORECASE,
)


def interval(value: str) -> tuple[date, date] | None:
    """The first and last day a TIMEX value covers (2017-08-29, 2017-W35, 2017-08, 2017; a
    time of day is its day), or None for what is no date (PRESENT_REF, a decade)."""
    try:
        if m := _ISO_DAY.match(value):
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return day, day
        if m := _ISO_WEEK.match(value):
            monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return monday, monday + timedelta(days=6)
        if m := _ISO_MONTH.match(value):
            year, month = int(m.group(1)), int(m.group(2))
            first = date(year, month, 1)
            return first, date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        if m := _ISO_YEAR.fullmatch(value):
            year = int(m.group(1))
            return date(year, 1, 1), date(year, 12, 31)
    except ValueError:  # a month 13, a week 54
        return None
    return None


def sentence_days(
    analysis: Analysis | None, text: str, spans: Sequence[tuple[int, int]]
) -> list[Days]:
    """The days each sentence (``spans`` of the page ``text``) dates its claim on."""
    out: list[list[tuple[date, date]]] = [[] for _ in spans]
    if analysis is None or not spans:
        return [()] * len(spans)
    starts = [s for s, _ in spans]
    for t in analysis.times:
        if t.type not in ("DATE", "TIME"):
            continue
        found = interval(t.value)
        k = _sentence_of(starts, t.start)
        if found is None or k < 0 or t.end > spans[k][1]:
            continue
        before = text[max(spans[k][0], t.start - 60) : t.start]
        if _TOLD_ON.search(before) or COMPARED_BEFORE.search(before):
            continue  # when it was said, or a date compared with ("the first since 2009")
        out[k].append(found)
    return [tuple(days) for days in out]


def _sentence_of(starts: list[int], at: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= at:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def days_clash(a: Days, b: Days) -> bool:
    """Both sentences date their claim and no day of one is within SLACK_DAYS of the other's."""
    if not a or not b:
        return False
    slack = timedelta(days=SLACK_DAYS)
    return not any(x0 - slack <= y1 and y0 - slack <= x1 for x0, x1 in a for y0, y1 in b)
