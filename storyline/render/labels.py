"""Short labels shared by the renderers: S1, S2 ... for sources, in the sources table's order."""

from __future__ import annotations

from storyline.model import Brief, Citation

VERDICTS = {
    "agree": "sources agree",
    "different_referents": "different numbers count different things",
    "different_times": "different numbers refer to different times",
    "conflict": "sources conflict",
    "single": "one source",
}


def source_labels(brief: Brief) -> dict[str, str]:
    return {row.doc_id: f"S{i}" for i, row in enumerate(brief.sources, 1)}


def all_citations(brief: Brief) -> list[Citation]:
    """Every citation of the brief, in reading order."""
    out: list[Citation] = []
    for p in [*brief.summary, *brief.takeaways]:
        out += p.citations
    for fg in brief.figures:
        out += [v.citation for v in fg.values]
    for prof in brief.entities:
        out += prof.citations
    for sq in brief.quotes:
        out += [q.citation for q in sq.quotes]
    for q in brief.questions:
        out += [pos.quote.citation for pos in q.positions]
    for ev in brief.timeline:
        out += ev.citations
    return out


def sources_phrase(n: int) -> str:
    return f"{n} independent source{'s' if n != 1 else ''}"


def copy_label(status: str, labels: dict[str, str]) -> str:
    """"copy of <doc id>" -> "copy of S3"."""
    head, _, doc_id = status.rpartition(" ")
    return f"{head} {labels[doc_id]}" if head and doc_id in labels else status
