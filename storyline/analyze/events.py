"""Event candidates: sentences that carry a resolved date, for the story timeline.

One candidate per sentence holding a calendar date (day, month or year precision; durations,
sets, weeks, vague references and unresolved ``X`` values do not count). When a sentence names
several dates, the most precise one comes first in the text wins: "On Oct 18 ... since June" is
an Oct 18 event. A line that is nothing but a date (a dateline or page header) is no event.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from storyline.analyze.times import resolved_date
from storyline.model import Entity, Event, TimeExpression

_RANK = {"day": 0, "month": 1, "year": 2}


def _sentences(sdoc: Doc | str) -> list[tuple[int, int]]:
    if isinstance(sdoc, Doc) and sdoc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in sdoc.sents]
    text = sdoc.text if isinstance(sdoc, Doc) else sdoc
    bounds = [0] + [m.end() for m in re.finditer(r"[.!?]['\"”’]?\s+|\n+", text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:] + [len(text)], strict=True) if b > a]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_events(sdoc: Doc | str, times: list[TimeExpression],
                entities: list[Entity]) -> list[Event]:
    """Event candidates in text order: date, precision, sentence, its offsets, entity keys."""
    text = sdoc.text if isinstance(sdoc, Doc) else sdoc
    dated = [t for t in times if t.precision in _RANK and resolved_date(t.value)]
    events: list[Event] = []
    for s_start, s_end in _sentences(sdoc):
        start, end = _trimmed(text, s_start, s_end)
        inside = [t for t in dated if start <= t.start < end]
        if not inside:
            continue
        sentence = text[start:end]
        rest = sentence
        for t in inside:
            rest = rest.replace(t.text, " ")
        if len(re.findall(r"[A-Za-z]{2,}", rest)) < 3:
            continue  # a bare dateline or header, not something that happened
        best = min(inside, key=lambda t: (_RANK[t.precision], t.start))
        keys = [e.key for e in entities
                if any(start <= m.start and m.end <= end for m in e.mentions)]
        events.append(Event(date=best.value, precision=best.precision, sentence=sentence,
                            start=start, end=end, entities=keys))
    return events
