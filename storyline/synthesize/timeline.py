"""Timeline: dated events merged across documents, with their precision and all their sources.

Two events are one when they carry the same date and their sentences are alike (TF-IDF
cosine); the merged event reads as the sentence of an original page and cites every page.
Relative dates arrive resolved from the analyzer (against the stated or estimated date).

A sentence is dated by a time expression of its main clause. An expression that dates something
else does not date the sentence: the start of a state ("since Tuesday night"), another event
the sentence counts from ("a day after the spillway collapsed", "after it collapsed on
Wednesday"), a noun ("Tuesday's evacuation order") or a relative clause ("Vorn, who ordered the
evacuation on Tuesday, said ..."). When only such expressions remain, a relative clause's date
stands for the clause's own event (cited up to the clause's end when the sentence goes on), and
otherwise the sentence takes its page's date, shown as precision "page date".

Which expression that is, the analyzer has decided from the dependency parse
(``Event.anchor``, see ``storyline.analyze.events``). Events made without a parse (older
analyses, text-only callers) are judged by the word patterns of ``subordinate``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.model import Analysis, Citation, Document, Event, TimeExpression, TimelineEvent
from storyline.synthesize.common import cite, count_independent, lead_end, sentence_around

SAME_EVENT = 0.25
MAX_EVENTS = 40
DATED = ("day", "month", "week", "range", "time")
PAGE_DATE = "page date"
HEAD_WORDS = 4
MAIN = ("main", "reported")  # the analyzer's Event.anchor values that date the sentence

_RANK = {"day": 0, "week": 1, "range": 1, "month": 2, "year": 3}
_CALENDAR = re.compile(
    r"\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}"
    r"|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}"
)
_CLAUSE_CUT = re.compile(r",(?!\d)|;|\s[—–-]+\s|:\s")
_RELATIVE = re.compile(r",\s+(?:who|which|where|whose|whom)\b")
_SINCE = re.compile(
    r"\b(?:since|until|till|from)\s+(?:(?:the|late|early|mid|last|this)\s+)*$", re.IGNORECASE
)
_AFTER = re.compile(r"\b(?:after|before|following)\b(?P<what>.*)$", re.IGNORECASE)
# "after the spillway collapsed on", "after launching from Baikonur on": the phrase tells of
# another event when it holds a verb. Without one, "after" may belong to the main verb ("went
# after Qualcomm's business model on Monday") or name a time ("before dawn on Monday").
_VERB = re.compile(
    r"\b(?:[a-z]{3,}ed|[a-z]{2,}ing|was|were|had|has|have|is|are|came|went|left|fell|broke|"
    r"began|took|made|said|struck|hit|met|won|lost|gave|found|held|sent|led|ran|saw|told|"
    r"became|built|shot|rose|spoke|got|flew|drew|grew|fought|caught|brought|bought|stood|"
    r"swept|kept|felt|sank|sought|chose|quit)\b"
)
_NOT_VERBS = {
    "morning",
    "evening",
    "during",
    "spring",
    "king",
    "thing",
    "nothing",
    "something",
    "anything",
    "everything",
    "ceiling",
    "red",
    "need",
    "speed",
    "seed",
    "bed",
    "hundred",
}
_ANCHORED = re.compile(r"\b(?:after|before)$", re.IGNORECASE)  # "a day after", "a week before"


@dataclass
class _Dated:
    doc: Document
    event: Event
    span: tuple[int, int]


def _calendar(t: TimeExpression) -> TimeExpression | None:
    """The expression as a calendar date (a time of day on a known day dates its day)."""
    if t.type not in ("DATE", "TIME"):
        return None
    if t.precision == "time" and _CALENDAR.fullmatch(t.value[:10]) and len(t.value) > 10:
        return t.model_copy(update={"value": t.value[:10], "precision": "day"})
    return t if t.precision in _RANK and _CALENDAR.fullmatch(t.value) else None


def _clause_start(sentence: str, pos: int) -> int:
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(sentence, 0, pos)]
    return cuts[-1] if cuts else 0


def _relative_clause(sentence: str, pos: int) -> tuple[int, int] | None:
    """(start, end) in the sentence of the relative clause holding pos, if any."""
    for m in _RELATIVE.finditer(sentence, 0, pos):
        cut = _CLAUSE_CUT.search(sentence, m.end())
        end = cut.start() if cut else len(sentence)
        if pos < end:
            return m.start(), end
    return None


def _has_verb(words: str) -> bool:
    return any(m.group().lower() not in _NOT_VERBS for m in _VERB.finditer(words.lower()))


def subordinate(sentence: str, start: int, end: int) -> str | None:
    """Why the expression at sentence[start:end] does not date the sentence's main event:
    "since", "after", "noun" or "relative"; None when it belongs to the main clause."""
    before = sentence[_clause_start(sentence, start) : start]
    since = _SINCE.search(before)
    if since and not (
        since.group().lower().startswith("from")
        and re.match(r"\s+(?:to|until|through)\b", sentence[end:])
    ):
        return "since"  # "from Monday to Friday" is the event's own span
    after = _AFTER.search(before)
    if _ANCHORED.search(sentence[start:end]) or (after and _has_verb(after.group("what"))):
        return "after"
    # A date owning a noun names that noun's event; at the head of the sentence that event is
    # its topic ("Friday's missile flew the furthest"), further on it is another one.
    if re.match(r"['’]s\b", sentence[end:]) and len(sentence[:start].split()) > HEAD_WORDS:
        return "noun"
    if _relative_clause(sentence, start):
        return "relative"
    return None


def _best(times: list[TimeExpression]) -> TimeExpression:
    return min(times, key=lambda t: (_RANK[t.precision], t.start))


def dated_by(
    doc: Document, event: Event, times: list[TimeExpression]
) -> tuple[TimeExpression | None, str]:
    """The expression that dates the event's sentence and how: "main" (its main clause, or with
    a parse a clause it reports), "relative" (a relative clause's own event), "page" (only
    other events' dates: the page's date stands in) or "keep" (dated by something these rules
    cannot see). With a parse the analyzer has already chosen (``Event.anchor``); without one
    the sentence's words decide (``subordinate``)."""
    inside = [c for t in times if event.start <= t.start < event.end and (c := _calendar(t))]
    if event.anchor:
        found = next((t for t in inside if t.start == event.time_start), None)
        if event.anchor in MAIN:
            return found, "main"
        return found, "relative" if event.anchor == "relative" else "page"
    if not any(t.value == event.date for t in inside):
        return None, "keep"
    sentence = doc.text[event.start : event.end]
    why = {id(t): subordinate(sentence, t.start - event.start, t.end - event.start) for t in inside}
    main = [t for t in inside if why[id(t)] is None]
    if main:
        return _best(main), "main"
    relative = [t for t in inside if why[id(t)] == "relative"]
    if relative:
        return _best(relative), "relative"
    return None, "page"


def redate(doc: Document, event: Event, times: list[TimeExpression]) -> tuple[Event, int, int]:
    """The event dated by its main clause, with the span to cite (see the module's rule)."""
    start = lead_end(doc.text, event.start, event.end)
    found, how = dated_by(doc, event, times)
    if how == "keep":
        return event, start, event.end
    if how == "main":
        if event.anchor:  # the analyzer's date (a counted phrase may have moved it)
            return event, start, event.end
        assert found is not None
        return _with(event, found.value, found.precision), start, event.end
    if how == "relative":  # the clause's own event; cut the sentence after it when the main goes on
        date, precision = (
            (event.date, event.precision)
            if event.anchor or found is None
            else (found.value, found.precision)
        )
        end = event.end
        at = found.start if found is not None else event.time_start
        sentence = doc.text[event.start : event.end]
        clause = _relative_clause(sentence, at - event.start) if at is not None else None
        if clause and re.search(r"[A-Za-z]{2}", sentence[clause[1] :]):
            end = event.start + clause[1]
        return _with(event, date, precision), start, end
    if doc.published:
        return _with(event, doc.published[:10], PAGE_DATE), start, event.end
    return _with(event, event.date, "undated"), start, event.end


def _with(event: Event, date: str, precision: str) -> Event:
    return event.model_copy(update={"date": date, "precision": precision})


def _events(doc: Document, analysis: Analysis) -> list[_Dated]:
    out: list[_Dated] = []
    events = list(analysis.events)
    if not events:  # no event extraction: fall back on each dated expression's sentence
        for t in analysis.times:
            if t.type == "DATE" and t.precision in DATED:
                s, e = sentence_around(doc.text, t.start, t.end)
                events.append(
                    Event(
                        date=t.value, precision=t.precision, sentence=doc.text[s:e], start=s, end=e
                    )
                )
    for ev in events:
        if ev.precision not in DATED or not 0 <= ev.start < ev.end <= len(doc.text):
            continue
        ev, start, end = redate(doc, ev, analysis.times)
        if ev.precision not in (*DATED, PAGE_DATE):
            continue
        if len(doc.text[start:end].split()) < 5:  # a bare dateline, not an event
            continue
        out.append(_Dated(doc, ev, (start, end)))
    return out


def build_timeline(
    docs: list[Document],
    analyses: dict[str, Analysis],
    groups: dict[str, str],
    originals: set[str],
    vectorize,
) -> list[TimelineEvent]:  # noqa: ANN001
    dated = [d for doc in docs if (a := analyses.get(doc.id)) for d in _events(doc, a)]
    if not dated:
        return []
    # Within a date, an event stated in its own words heads its group before a page-dated one.
    dated.sort(
        key=lambda d: (d.event.date, d.event.precision == PAGE_DATE, d.doc.id not in originals)
    )
    vectors = vectorize([d.doc.text[d.span[0] : d.span[1]] for d in dated])
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
        out.append(
            TimelineEvent(
                date=head.event.date,
                precision=head.event.precision,
                text=citations[0].text,
                citations=citations,
                independent_sources=count_independent({c.doc_id for c in citations}, groups),
            )
        )
    if len(out) > MAX_EVENTS:  # keep the best-supported events of a large story
        out.sort(key=lambda e: -e.independent_sources)
        out = out[:MAX_EVENTS]
    out.sort(key=lambda e: e.date)
    return out
