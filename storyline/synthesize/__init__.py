"""Synthesize: one story's documents and analyses -> a Brief whose every statement cites sources.

Order matters: dates first (an undated page takes one from its story, by the rule of
``storyline.dating``), then everything that reads dates (figures' as-of, the timeline). The
brief is a pure function of the documents and analyses given: it never parses. The pipeline
re-analyzes a page dated from its story before calling it, so its relative dates are resolved.
"""

from __future__ import annotations

from datetime import UTC, datetime

from storyline.dating import story_dates
from storyline.model import (
    Analysis,
    Brief,
    Citation,
    CopyRelation,
    Document,
    EntityProfile,
    FigureGroup,
    Point,
    Story,
)
from storyline.synthesize.claim_vectors import SentenceVectors
from storyline.synthesize.common import copy_groups
from storyline.synthesize.entities import canonical_names, merge_and_propagate, merge_entities
from storyline.synthesize.figure_scope import StoryScope
from storyline.synthesize.figures import EARLIER_EVENT, key_figures
from storyline.synthesize.quotes import by_speaker, gather, positions
from storyline.synthesize.sources import source_rows
from storyline.synthesize.summary import (
    SentenceIndex,
    claims,
    headline,
    mark_background,
    summarize,
    takeaways,
)
from storyline.synthesize.timeline import build_timeline
from storyline.synthesize.who import who_is_who

__all__ = ["build_brief", "merge_entities"]

MAX_PROFILES = 40


def build_brief(
    story: Story,
    docs: list[Document],
    analyses: list[Analysis],
    relations: list[CopyRelation],
    vectors: SentenceVectors | None = None,
) -> Brief:
    """The brief of a story. ``vectors`` holds the stored sentence embeddings claim matching
    reads (and collects those it had to compute); without it, sentences are embedded anew
    when the ``embeddings`` extra is installed."""
    wanted = set(story.doc_ids) or {d.id for d in docs}
    docs = [d for d in docs if d.id in wanted]
    by_id = {a.doc_id: a for a in analyses if a.doc_id in wanted}
    relations = [r for r in relations if r.doc_id in wanted and r.of_id in wanted]
    groups = copy_groups([d.id for d in docs], relations, docs)
    originals = {d.id for d in docs} - {r.doc_id for r in relations}

    dated = story_dates(docs, by_id, relations)
    docs, estimated = dated.docs, dated.estimated

    index = SentenceIndex(docs)
    candidates = claims(index, groups, originals, vectors if vectors is not None else True, by_id)
    candidates = mark_background(candidates, StoryScope.of(docs), by_id)
    summary = summarize(index, candidates, len(docs))
    per_doc = [(d.id, by_id[d.id].entities) for d in docs if d.id in by_id]
    texts = {d.id: d.text for d in docs}
    profiles, entity_index = merge_and_propagate(per_doc, texts)

    figures = key_figures(docs, by_id, groups, index.transform, canonical_names(profiles))
    # A sentence stating a figure the takeaways already sum up would repeat it.
    summed_up = [v.citation for fg in _multi(figures, summary) for v in fg.values]
    points = _figure_points(figures, summary) + takeaways(candidates, summary, figures=summed_up)
    said = gather(docs, by_id, entity_index, profiles, groups, originals)
    quoted = {s.speaker for s in said if s.named}
    outlets = {d.id: d.outlet or "" for d in docs}
    who = who_is_who(profiles, per_doc, texts, quoted, MAX_PROFILES, outlets)

    return Brief(
        story_id=story.id,
        headline=headline(index, docs, story.label),
        generated_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
        summary=summary,
        takeaways=points,
        figures=figures,
        entities=_who(who),
        quotes=by_speaker(said),
        questions=positions(said, profiles),
        timeline=build_timeline(docs, by_id, groups, originals, index.transform),
        sources=source_rows(docs, relations, estimated),
    )


def _multi(figures: list[FigureGroup], summary: list[Point], limit: int = 2) -> list[FigureGroup]:
    """The key figures reported by several values or sources that become takeaways: never
    the figures of one page alone (a recap's scores, a rewrite's own numbers), nor one whose
    agreed value a summary point states (the takeaway would say it again)."""
    said = [c for p in summary for c in p.citations]
    several = [fg for fg in figures if len({v.doc_id for v in fg.values}) > 1]
    return [fg for fg in several if _telling(fg) and not _stated(fg, said)][:limit]


def _telling(fg: FigureGroup) -> bool:
    """Whether a group says something a reader can take away: its sources agree, conflict or
    give a count over time, or its different values each have a status ("12,000 is the
    planned total; 1,500 already there"); not "unresolved" values, nor a list of quoted
    fragments of different things."""
    if EARLIER_EVENT.search(fg.quantity):
        return False  # another event a page recalls sets the scene: no takeaway of the story
    if fg.verdict in ("agree", "different_times", "conflict"):
        return True
    plain = [c for c in fg.explanation.split("; ") if c and "“" not in c]
    return fg.verdict == "different_referents" and len(plain) >= 2


def _stated(fg: FigureGroup, said: list[Citation]) -> bool:
    """Whether a passage in ``said`` gives the value the group's sources agree on (a group of
    several values, a count over time or a reconciliation, tells more than one point)."""
    if fg.verdict != "agree":
        return False
    best = max((v.independent_sources for v in fg.values), default=0)
    return any(
        v.citation.doc_id == c.doc_id and v.citation.start < c.end and c.start < v.citation.end
        for v in fg.values
        if v.independent_sources == best
        for c in said
    )


def _figure_points(figures: list[FigureGroup], summary: list[Point]) -> list[Point]:
    """A takeaway per key figure reported by several values or sources."""
    out = []
    for fg in _multi(figures, summary):
        first: dict[str, Citation] = {}
        for v in fg.values:  # one passage per source; the figures table has them all
            first.setdefault(v.doc_id, v.citation)
        out.append(
            Point(
                text=f"{fg.quantity}: {_short(fg.explanation)}",
                citations=list(first.values()),
                independent_sources=max((v.independent_sources for v in fg.values), default=0),
            )
        )
    return out


def _short(explanation: str, most: int = 4) -> str:
    """The best-supported clauses of a figure explanation: a takeaway is a bullet, not the
    table. Clauses carrying a raw quoted fragment (no status cue found) are dropped first."""
    clauses = [c for c in explanation.split("; ") if c]
    plain = [c for c in clauses if "“" not in c]
    kept = (plain if len(plain) >= 2 else clauses)[:most]
    return "; ".join(kept) + ("; …" if len(kept) < len(clauses) else "")


def _who(profiles: list[EntityProfile]) -> list[EntityProfile]:
    """One cited mention per source, to keep the brief small."""
    out = []
    for prof in profiles:
        first: dict[str, Citation] = {}
        for c in prof.citations:
            first.setdefault(c.doc_id, c)
        out.append(prof.model_copy(update={"citations": list(first.values())}))
    return out
