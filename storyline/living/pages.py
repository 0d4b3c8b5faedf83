"""What the earlier pages already said, and what the new pages say beyond the brief.

A brief has room for only part of its pages: eight groups of figures, twelve quotes a speaker,
forty timeline events. A reader following a story still wants every new figure, quote and dated
event, so the change report also lists, from the new pages' analyses, the ones the brief does
not show, marked as not in the brief. "New" is judged against the analyses of the pages the
earlier version covered (``Known``), not only against what its brief showed: a quote an earlier
page carried is no news because a new page repeats it.

Kept to what the brief itself would accept: a figure that counts something (a unit, not a
vague "thousands of"), a quote with a speaker, an event dated by its sentence's own main or
reported verb to a day, week, month or range (the timeline's rule).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storyline.model import MAIN_ANCHORS as MAIN
from storyline.model import Analysis, ChangeItem, ChangeKind, Citation, Document, Figure
from storyline.synthesize.figures import SAME_VALUE, unit_class
from storyline.synthesize.timeline import DATED
from storyline.textutil import sentence_spans, vague_figure

SAME_QUOTE = 0.6  # share of the shorter quote's words that make two quotes one
SAME_EVENT = 0.5  # share of the shorter event sentence's words that make two events one
_WORD = re.compile(r"[^\W_]+")

Spans = dict[str, list[tuple[int, int]]]


def words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def same_value(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_VALUE * max(abs(a), abs(b), 1e-9)


class Known:
    """What the pages of the earlier version stated, by their analyses."""

    def __init__(self, analyses: Iterable[Analysis]) -> None:
        self.values: dict[str, list[float]] = {}
        self.quotes: list[set[str]] = []
        self.events: list[tuple[str, set[str]]] = []
        for analysis in analyses:
            for f in analysis.figures:
                self.values.setdefault(unit_class(f.unit), []).append(f.value)
            self.quotes += [words(q.text) for q in analysis.quotes]
            self.events += [(e.date[:10], words(e.sentence)) for e in analysis.events]

    def figure(self, value: float, unit: str) -> bool:
        return any(same_value(value, v) for v in self.values.get(unit_class(unit), []))

    def quote(self, text: str) -> bool:
        mine = words(text)
        return any(_overlap(mine, other) >= SAME_QUOTE for other in self.quotes)

    def event(self, date: str, text: str) -> bool:
        mine = words(text)
        return any(d == date[:10] and _overlap(mine, w) >= SAME_EVENT for d, w in self.events)


def same_event(date: str, text: str, other_date: str, other_text: str) -> bool:
    """One event told again: same day and most of the shorter sentence's words."""
    return date[:10] == other_date[:10] and _overlap(words(text), words(other_text)) >= SAME_EVENT


def cited_spans(items: Iterable[ChangeItem]) -> Spans:
    spans: Spans = {}
    for item in items:
        for c in item.citations:
            spans.setdefault(c.doc_id, []).append((c.start, c.end))
    return spans


def beyond_brief(
    docs: list[Document], analyses: dict[str, Analysis], known: Known, cited: Spans
) -> list[ChangeItem]:
    """New figures, quotes and dated events of ``docs`` (the new pages) that no change item
    cites yet and no earlier page stated; one item per wording, citing every page with it."""
    found: dict[tuple[str, str], ChangeItem] = {}
    for doc in docs:
        analysis = analyses.get(doc.id)
        if analysis is None:
            continue
        for key, item, (start, end) in _candidates(doc, analysis, known):
            if any(s < end and start < e for s, e in cited.get(doc.id, [])):
                continue  # the brief's own change items already say it
            c = item.citations[0]
            if key in found:
                found[key].citations.append(c)
            else:
                found[key] = item
    return list(found.values())


def _candidates(
    doc: Document, analysis: Analysis, known: Known
) -> Iterable[tuple[tuple[str, str], ChangeItem, tuple[int, int]]]:
    """(key, item, the span of what it states) for each new figure, quote and dated event;
    a figure cites its sentence, but only the figure itself counts as said already."""
    for f in analysis.figures:
        if f.unit.strip() and not vague_figure(f.text) and not known.figure(f.value, f.unit):
            said = f"{f.attribution} said " if f.attribution else ""
            item = _item("figure", f"{said}{f.text}", _sentence(doc, f))
            yield ("figure", f"{f.value:g} {unit_class(f.unit)}"), item, (f.start, f.end)
    for q in analysis.quotes:
        if q.speaker and not known.quote(q.text):
            item = _item("quote", f"{q.speaker}: “{q.text}”", _cite(doc, q.start, q.end))
            yield ("quote", norm(q.text)), item, (q.start, q.end)
    for e in analysis.events:
        if e.precision in DATED and e.anchor in MAIN and not known.event(e.date, e.sentence):
            item = _item("event", f"{e.date}: {e.sentence}", _cite(doc, e.start, e.end))
            yield ("event", f"{e.date} {norm(e.sentence)}"), item, (e.start, e.end)


def _item(kind: ChangeKind, text: str, citation: Citation) -> ChangeItem:
    return ChangeItem(kind=kind, text=text, citations=[citation], in_brief=False)


def _cite(doc: Document, start: int, end: int) -> Citation:
    return Citation(doc_id=doc.id, start=start, end=end, text=doc.text[start:end])


def _sentence(doc: Document, figure: Figure) -> Citation:
    """The sentence a figure stands in (the figure alone when no sentence holds it)."""
    for start, end in sentence_spans(doc.text):
        if start <= figure.start < end:
            return _cite(doc, start, max(end, figure.end))
    return _cite(doc, figure.start, figure.end)
