"""Event candidates: sentences that carry a resolved date, for the story timeline.

One candidate per sentence holding a calendar date (day, month or year precision, or a time of
day on a known day, which dates its day; durations, sets, weeks, vague references and
unresolved ``X`` values do not count). When a sentence names
several dates, the most precise one comes first in the text wins: "On Oct 18 ... since June" is
an Oct 18 event. A line that is nothing but a date (a dateline or page header) is no event.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from storyline.analyze.times import resolved_date, sentence_spans
from storyline.model import Entity, Event, TimeExpression
from storyline.textutil import trim_span

_RANK = {"day": 0, "month": 1, "year": 2}
_BYLINE = re.compile(r"(?i)(?:posted|published|updated|last\s+updated|first\s+published)\b")


def _as_date(t: TimeExpression) -> TimeExpression:
    """A time of day on a known day ("2024-10-24TNI", "2024-10-24T17:00") dates its day."""
    if t.precision == "time" and resolved_date(t.value[:10]) and len(t.value) > 10:
        return t.model_copy(update={"value": t.value[:10], "precision": "day"})
    return t


def find_events(sdoc: Doc | str, times: list[TimeExpression],
                entities: list[Entity]) -> list[Event]:
    """Event candidates in text order: date, precision, sentence, its offsets, entity keys."""
    text = sdoc.text if isinstance(sdoc, Doc) else sdoc
    dated = [_as_date(t) for t in times]
    dated = [t for t in dated if t.precision in _RANK and resolved_date(t.value)]
    events: list[Event] = []
    for s_start, s_end in sentence_spans(text, sdoc if isinstance(sdoc, Doc) else None):
        start, end = trim_span(text, s_start, s_end)
        inside = [t for t in dated if start <= t.start < end]
        if not inside:
            continue
        sentence = text[start:end]
        rest = sentence
        for t in inside:
            rest = rest.replace(t.text, " ")
        if len(re.findall(r"[A-Za-z]{2,}", rest)) < 3 or _BYLINE.match(sentence):
            continue  # a bare dateline, header or byline, not something that happened
        best = min(inside, key=lambda t: (_RANK[t.precision], t.start))
        keys = [e.key for e in entities
                if any(start <= m.start and m.end <= end for m in e.mentions)]
        events.append(Event(date=best.value, precision=best.precision, sentence=sentence,
                            start=start, end=end, entities=keys))
    return events
