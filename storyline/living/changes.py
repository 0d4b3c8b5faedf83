"""What a newer brief of a story has that an earlier one did not, item by item, each cited.

The earlier brief covered some pages; the newer one covers more (the *new pages*). An item of
the newer brief is called new only when the new pages bring it: every page it cites is a new
page (a figure, quote or event an earlier page already gave is not news, however the brief
grouped it) and the earlier brief had nothing like it. What the new pages only confirm shows
as a change instead: a claim or figure that gained (or lost) independent sources. A figure of
a quantity the earlier brief already counted, for the same thing at another time or from a
conflicting source, is a changed figure ("rose from 1,500 to 3,000"), before and after cited.

With the pages' analyses at hand, "an earlier page already gave it" is judged against what
the earlier pages state (``pages.Known``), not only against what the earlier brief showed, and
the new pages' figures, quotes and dated events the brief has no room for are listed too,
marked as not in the brief (``pages.beyond_brief``).

Kinds: source, figure, quote, speaker, event, entity, claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storyline.living.pages import Known, beyond_brief, cited_spans, norm, same_event, same_value
from storyline.model import (
    COPY_WORDS,
    Analysis,
    Brief,
    ChangeItem,
    ChangeReport,
    Citation,
    Document,
    FigureGroup,
    FigureValue,
    Point,
    SourceRow,
)
from storyline.render.labels import fmt_value, published_label
from storyline.textutil import sentence_spans

SOURCE_CITE_CHARS = 300
_SOURCES_NOTE = re.compile(r"\s*\(\d+ independent sources?\)$")

Key = tuple[str, int, int]


def empty_brief(story_id: str) -> Brief:
    """What a story is compared with before its first brief: nothing."""
    return Brief(story_id=story_id, headline="", generated_at="")


def compare(
    old: Brief,
    old_ids: Iterable[str],
    new: Brief,
    docs: list[Document],
    version: int,
    analyses: dict[str, Analysis] | None = None,
) -> ChangeReport:
    """The report of ``new`` (built from ``docs``) against ``old`` (built from ``old_ids``);
    ``analyses`` (of both versions' pages) sharpen it. ``since`` is the caller's to fill."""
    before = set(old_ids)
    fresh = {row.doc_id for row in new.sources} - before
    known = Known(a for i, a in analyses.items() if i in before) if analyses is not None else None
    added: list[ChangeItem] = _sources(new.sources, docs, fresh)
    changed: list[ChangeItem] = []
    for kind_added, kind_changed in (
        _figures(old, new, fresh, known),
        _claims(old, new, fresh),
    ):
        added += kind_added
        changed += kind_changed
    added += _quotes(old, new, fresh, known) + _speakers(old, new, fresh)
    added += _events(old, new, fresh, known) + _entities(old, new, fresh)
    if analyses is not None and known is not None:
        pages = [d for d in docs if d.id in fresh]
        said = [i for i in added + changed if i.kind != "source"]  # not a page's opening
        added += beyond_brief(pages, analyses, known, cited_spans(said))
    now = {row.doc_id for row in new.sources}
    removed = [
        ChangeItem(kind="source", text=_source_text(row, {}))
        for row in old.sources
        if row.doc_id not in now
    ]
    order = {kind: i for i, kind in enumerate(_KINDS)}
    added.sort(key=lambda item: order[item.kind])
    return ChangeReport(
        story_id=new.story_id,
        version=version,
        new_doc_ids=[row.doc_id for row in new.sources if row.doc_id in fresh],
        added=added,
        changed=changed,
        removed=removed,
    )


_KINDS = ("source", "figure", "quote", "speaker", "event", "entity", "claim")


def _only(citations: Iterable[Citation], fresh: set[str]) -> bool:
    """Whether every cited page is a new page (and there is at least one)."""
    ids = {c.doc_id for c in citations}
    return bool(ids) and ids <= fresh


def _key(c: Citation) -> Key:
    return (c.doc_id, c.start, c.end)


# ---------------------------------------------------------------- sources


def _sources(rows: list[SourceRow], docs: list[Document], fresh: set[str]) -> list[ChangeItem]:
    by_id = {d.id: d for d in docs}
    titles = {row.doc_id: row.title or row.outlet or row.doc_id for row in rows}
    out = []
    for row in rows:
        if row.doc_id in fresh:
            doc = by_id.get(row.doc_id)
            cites = [_opening(doc)] if doc is not None and doc.text.strip() else []
            out.append(ChangeItem(kind="source", text=_source_text(row, titles), citations=cites))
    return out


def _source_text(row: SourceRow, titles: dict[str, str]) -> str:
    text = f"“{row.title or row.doc_id}”"
    details = [d for d in (row.outlet, published_label(row.published)) if d]
    if details:
        text += " — " + ", ".join(details)
    if row.copy_kind is not None and row.copy_of is not None:
        of_id = row.copy_of
        text += f" ({COPY_WORDS[row.copy_kind]} “{titles.get(of_id, of_id)}”)"
    return text


def _opening(doc: Document) -> Citation:
    """The page's first sentence (at most SOURCE_CITE_CHARS): what cites a new source."""
    spans = sentence_spans(doc.text)
    start, end = spans[0] if spans else (0, len(doc.text))
    end = min(end, start + SOURCE_CITE_CHARS)
    return Citation(doc_id=doc.id, start=start, end=end, text=doc.text[start:end])


# ---------------------------------------------------------------- figures


def _value_sets(values: list[FigureValue]) -> list[list[FigureValue]]:
    """The group's values, those stating one value (within 5%) together."""
    sets: list[list[FigureValue]] = []
    for value in values:
        home = next((s for s in sets if same_value(s[0].value, value.value)), None)
        if home is None:
            sets.append([value])
        else:
            home.append(value)
    return sets


def _old_group(group: FigureGroup, old: Brief) -> FigureGroup | None:
    """The earlier brief's group of the same quantity: sharing a cited value, else a name."""
    keys = {_key(v.citation) for v in group.values}
    for candidate in old.figures:
        if keys & {_key(v.citation) for v in candidate.values}:
            return candidate
    return next((g for g in old.figures if g.quantity == group.quantity), None)


def _figures(
    old: Brief, new: Brief, fresh: set[str], known: Known | None
) -> tuple[list[ChangeItem], list[ChangeItem]]:
    added: list[ChangeItem] = []
    changed: list[ChangeItem] = []
    for group in new.figures:
        earlier = _old_group(group, old)
        for values in _value_sets(group.values):
            cites = [v.citation for v in values]
            if not _only(cites, fresh):
                gained = _gained(group, values, earlier, fresh)
                changed += [gained] if gained else []
                continue
            if known is not None and known.figure(values[0].value, values[0].unit):
                continue  # an earlier page gave it; the earlier brief had no room for it
            previous = _previous(group, earlier)
            if previous is not None and not same_value(previous.value, values[0].value):
                changed.append(_moved(group, previous, values))
            else:
                text = f"{group.quantity}: {_clause(group, values[0])}"
                added.append(ChangeItem(kind="figure", text=text, citations=cites))
    return added, changed


def _clause(group: FigureGroup, value: FigureValue) -> str:
    """The explanation's clause about this value, else the value as the page states it."""
    number = fmt_value(value.value)
    for clause in group.explanation.split("; "):
        if re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d,]|\.\d)", clause):
            return _SOURCES_NOTE.sub("", clause)
    said = f"{value.attribution} said " if value.attribution else ""
    return f"{said}{value.text}"


def _previous(group: FigureGroup, earlier: FigureGroup | None) -> FigureValue | None:
    """The latest value the earlier brief gave for one referent counted over time (or in
    conflict); None when the group counts different things (a new value is a new figure)."""
    if earlier is None or group.verdict not in ("different_times", "conflict", "agree"):
        return None
    if earlier.verdict == "different_referents":
        return None
    dated = sorted(earlier.values, key=lambda v: (v.as_of or "", v.citation.start))
    return dated[-1] if dated else None


def _moved(group: FigureGroup, previous: FigureValue, values: list[FigureValue]) -> ChangeItem:
    now = values[0]
    if group.verdict == "different_times":
        verb = "rose" if now.value > previous.value else "fell"
        text = f"{group.quantity} {verb} from {fmt_value(previous.value)} to {fmt_value(now.value)}"
    else:
        text = (
            f"{group.quantity}: {fmt_value(now.value)} now reported, where earlier pages gave "
            f"{fmt_value(previous.value)}"
        )
    return ChangeItem(
        kind="figure",
        text=text,
        citations=[v.citation for v in values],
        before=previous.text,
        after=now.text,
        before_citations=[previous.citation],
    )


def _gained(
    group: FigureGroup, values: list[FigureValue], earlier: FigureGroup | None, fresh: set[str]
) -> ChangeItem | None:
    """A value the earlier brief had, now also given by new pages: more independent sources."""
    news = [v.citation for v in values if v.doc_id in fresh]
    olds = [v for v in (earlier.values if earlier else []) if same_value(v.value, values[0].value)]
    if not news or not olds:
        return None
    was = max(v.independent_sources for v in olds)
    now = max(v.independent_sources for v in values)
    if now <= was:
        return None
    return ChangeItem(
        kind="claim",
        text=f"{group.quantity}: {_clause(group, values[0])}",
        citations=news,
        before=_sources_count(was),
        after=_sources_count(now),
        before_citations=[v.citation for v in olds],
    )


def _sources_count(n: int) -> str:
    return f"{n} independent source{'s' if n != 1 else ''}"


# ---------------------------------------------------------------- claims


def _claims(old: Brief, new: Brief, fresh: set[str]) -> tuple[list[ChangeItem], list[ChangeItem]]:
    """Summary and takeaway sentences: new ones the new pages alone state; known ones whose
    count of independent sources moved."""
    earlier = {norm(p.text): p for p in _statements(old)}
    added, changed = [], []
    for point in _statements(new):
        was = earlier.get(norm(point.text))
        if was is None:
            if _only(point.citations, fresh):
                added.append(ChangeItem(kind="claim", text=point.text, citations=point.citations))
        elif was.independent_sources != point.independent_sources:
            news = [c for c in point.citations if c.doc_id in fresh]
            changed.append(
                ChangeItem(
                    kind="claim",
                    text=point.text,
                    citations=news or point.citations,
                    before=_sources_count(was.independent_sources),
                    after=_sources_count(point.independent_sources),
                    before_citations=was.citations,
                )
            )
    return added, changed


def _statements(brief: Brief) -> list[Point]:
    """Summary and takeaways, without the figure takeaways (figures are compared as figures)."""
    heads = tuple(f"{g.quantity}: " for g in brief.figures)
    seen: set[str] = set()
    out = []
    for point in [*brief.summary, *brief.takeaways]:
        key = norm(point.text)
        if key not in seen and not (heads and point.text.startswith(heads)):
            seen.add(key)
            out.append(point)
    return out


# ---------------------------------------------------------------- quotes, speakers


def _quotes(old: Brief, new: Brief, fresh: set[str], known: Known | None) -> list[ChangeItem]:
    seen = {norm(q.text) for sq in old.quotes for q in sq.quotes}
    out = []
    for sq in new.quotes:
        for q in sq.quotes:
            cites = [q.citation, *q.versions]
            if _only(cites, fresh) and norm(q.text) not in seen:
                if known is not None and known.quote(q.text):
                    continue  # an earlier page carried it
                text = f"{sq.speaker}: “{q.text}”"
                out.append(ChangeItem(kind="quote", text=text, citations=cites))
    return out


def _speakers(old: Brief, new: Brief, fresh: set[str]) -> list[ChangeItem]:
    known = {norm(sq.speaker) for sq in old.quotes}
    out = []
    for sq in new.quotes:
        firsts = [q.citation for q in sq.quotes]
        every = [c for q in sq.quotes for c in (q.citation, *q.versions)]
        if norm(sq.speaker) not in known and _only(every, fresh):
            role = f" ({sq.role})" if sq.role else ""
            out.append(ChangeItem(kind="speaker", text=f"{sq.speaker}{role}", citations=firsts[:3]))
    return out


# ---------------------------------------------------------------- timeline, entities


def _events(old: Brief, new: Brief, fresh: set[str], known: Known | None) -> list[ChangeItem]:
    out = []
    for event in new.timeline:
        if known is not None and known.event(event.date, event.text):
            continue
        if _only(event.citations, fresh) and not any(
            same_event(event.date, event.text, e.date, e.text) for e in old.timeline
        ):
            text = f"{event.date}: {event.text}"
            out.append(ChangeItem(kind="event", text=text, citations=event.citations))
    return out


def _entities(old: Brief, new: Brief, fresh: set[str]) -> list[ChangeItem]:
    known = {e.key for e in old.entities}
    names = {norm(n) for e in old.entities for n in (e.name, *e.aliases)}
    out = []
    for profile in new.entities:
        sources = set(profile.mentions_by_source)
        if profile.key in known or norm(profile.name) in names:
            continue
        if sources and sources <= fresh and _only(profile.citations, fresh):
            role = f", {profile.roles[0]}" if profile.roles else ""
            text = f"{profile.name} ({profile.label.lower()}{role})"
            out.append(ChangeItem(kind="entity", text=text, citations=profile.citations))
    return out
