"""Shared by the timeline tests: invented pages parsed and analyzed as the pipeline does, and
the timeline built from them (each page its own source). The ``nlp`` fixture is in conftest."""

from __future__ import annotations

import re

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times
from storyline.model import Analysis, Document, Entity, Mention, TimelineEvent
from storyline.synthesize.summary import SentenceIndex
from storyline.synthesize.timeline import build_timeline


def page(
    nlp, doc_id: str, text: str, day: str, actors: dict[str, str] | None = None
) -> tuple[Document, Analysis]:
    """An invented page, with ``actors`` (name -> label) marked wherever their names appear."""
    doc = Document(id=doc_id, source=doc_id, text=text, published=day, published_source="meta")
    entities = [
        Entity(
            key=name.lower(),
            name=name,
            label=label,  # type: ignore[arg-type]
            mentions=[Mention(text=name, start=m.start(), end=m.end()) for m in found],
        )
        for name, label in (actors or {}).items()
        if (found := list(re.finditer(re.escape(name), text)))
    ]
    sdoc = nlp(text)
    times = find_times(sdoc, day)
    analysis = Analysis(
        doc_id=doc_id,
        version="t",
        text_hash="x",
        reference_date=day,
        times=times,
        entities=entities,
        events=find_events(sdoc, times, entities),
    )
    return doc, analysis


def timeline(
    nlp, pages: list[tuple[str, str, str]], actors: dict[str, str] | None = None
) -> list[TimelineEvent]:
    """The timeline of pages given as (id, text, day)."""
    made = [page(nlp, *p, actors) for p in pages]
    docs = [d for d, _ in made]
    analyses = {a.doc_id: a for _, a in made}
    groups = {d.id: d.id for d in docs}
    return build_timeline(docs, analyses, groups, set(groups), SentenceIndex(docs).transform)


def on_day(events: list[TimelineEvent], day: str) -> list[TimelineEvent]:
    """The timeline's entries dated ``day``."""
    return [e for e in events if e.date == day]
