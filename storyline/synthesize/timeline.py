"""Timeline: dated events merged across documents, with their precision and all their sources.

Two events are one when they carry the same date and their sentences are alike (TF-IDF
cosine); the merged event reads as the sentence of an original page and cites every page.
Relative dates arrive resolved from the analyzer (against the stated or estimated date).
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.model import Analysis, Citation, Document, Event, TimelineEvent
from storyline.synthesize.common import cite, count_independent, sentence_around

SAME_EVENT = 0.25
MAX_EVENTS = 40
DATED = ("day", "month", "week", "range", "time")


@dataclass
class _Dated:
    doc: Document
    event: Event
    span: tuple[int, int]


def _events(doc: Document, analysis: Analysis) -> list[_Dated]:
    out: list[_Dated] = []
    events = list(analysis.events)
    if not events:  # no event extraction: fall back on each dated expression's sentence
        for t in analysis.times:
            if t.type == "DATE" and t.precision in DATED:
                s, e = sentence_around(doc.text, t.start, t.end)
                events.append(Event(date=t.value, precision=t.precision,
                                    sentence=doc.text[s:e], start=s, end=e))
    for ev in events:
        if ev.precision not in DATED or not 0 <= ev.start < ev.end <= len(doc.text):
            continue
        if len(doc.text[ev.start:ev.end].split()) < 5:  # a bare dateline, not an event
            continue
        out.append(_Dated(doc, ev, (ev.start, ev.end)))
    return out


def build_timeline(docs: list[Document], analyses: dict[str, Analysis], groups: dict[str, str],
                   originals: set[str], vectorize) -> list[TimelineEvent]:  # noqa: ANN001
    dated = [d for doc in docs if (a := analyses.get(doc.id)) for d in _events(doc, a)]
    if not dated:
        return []
    dated.sort(key=lambda d: (d.event.date, d.doc.id not in originals))
    vectors = vectorize([d.doc.text[d.span[0]:d.span[1]] for d in dated])
    by_date: dict[str, list[int]] = {}
    for i, d in enumerate(dated):
        by_date.setdefault(d.event.date, []).append(i)
    merged: list[list[int]] = []
    for rows in by_date.values():
        sims = (vectors[rows] @ vectors[rows].T).toarray()  # one product per date
        heads: list[int] = []  # positions in rows of each merged event's first member
        buckets: list[list[int]] = []
        for k, i in enumerate(rows):
            for g, head in enumerate(heads):
                if sims[k, head] >= SAME_EVENT:
                    buckets[g].append(i)
                    break
            else:
                heads.append(k)
                buckets.append([i])
        merged += buckets
    out: list[TimelineEvent] = []
    for members in merged:
        head = dated[members[0]]
        citations: list[Citation] = []
        seen: set[tuple[str, int]] = set()
        for i in members:
            d = dated[i]
            if (d.doc.id, d.span[0]) in seen:
                continue
            seen.add((d.doc.id, d.span[0]))
            citations.append(cite(d.doc, *d.span))
        out.append(TimelineEvent(
            date=head.event.date, precision=head.event.precision,
            text=citations[0].text, citations=citations,
            independent_sources=count_independent({c.doc_id for c in citations}, groups)))
    if len(out) > MAX_EVENTS:  # keep the best-supported events of a large story
        out.sort(key=lambda e: -e.independent_sources)
        out = out[:MAX_EVENTS]
    out.sort(key=lambda e: e.date)
    return out
