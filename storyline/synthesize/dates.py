"""Give undated documents a date from their story, then re-resolve their relative dates.

Rule: a document with no stated date and no content estimate takes the stated date of the
page it copies (an AFP re-post carries its wire original's day), else the LATEST stated date
among the story's other documents. An undated page in a story is most often a re-post or a
later write-up (aggregators, blogs), so it follows the originals; and relative day names
("on Thursday") resolve backwards from the reference, so the latest date keeps them inside
the story's own span, where a median would push them a week too early.
"""

from __future__ import annotations

from storyline.model import Analysis, CopyRelation, Document

ESTIMATED = "estimated"


def stated_date(doc: Document) -> str | None:
    if doc.published and doc.published_source not in ("none", ESTIMATED):
        return doc.published[:10]
    return None


def story_reference(docs: list[Document], exclude: str | None = None) -> str | None:
    dates = sorted(d for doc in docs if doc.id != exclude and (d := stated_date(doc)))
    return dates[-1] if dates else None


def assign_dates(docs: list[Document], analyses: dict[str, Analysis],
                 relations: list[CopyRelation] | None = None
                 ) -> tuple[list[Document], dict[str, Analysis], set[str]]:
    """Return docs with estimated dates filled in, analyses re-resolved, and the estimated ids.

    Documents are copied, never changed in place.
    """
    by_id = {d.id: d for d in docs}
    original_date = {r.doc_id: d for r in relations or []
                     if r.of_id in by_id and (d := stated_date(by_id[r.of_id]))}
    out_docs: list[Document] = []
    estimated: set[str] = set()
    redo: dict[str, str] = {}
    for doc in docs:
        if stated_date(doc):
            out_docs.append(doc)
            continue
        analysis = analyses.get(doc.id)
        guess = analysis.published_estimate if analysis else None
        if not guess and doc.published and doc.published_source == ESTIMATED:
            guess = doc.published
        from_story = None
        if not guess:
            from_story = original_date.get(doc.id) or story_reference(docs, exclude=doc.id)
            guess = from_story
        if not guess:
            out_docs.append(doc)
            continue
        estimated.add(doc.id)
        out_docs.append(doc.model_copy(update={"published": guess[:10],
                                               "published_source": ESTIMATED}))
        if from_story and (analysis is None or analysis.reference_date != guess[:10]):
            redo[doc.id] = guess[:10]
    analyses = dict(analyses)
    if redo:
        analyses.update(_reanalyze([d for d in out_docs if d.id in redo], redo))
    return out_docs, analyses, estimated


def _reanalyze(docs: list[Document], reference_dates: dict[str, str]) -> dict[str, Analysis]:
    """Re-run analysis with the story's date as reference; keep the old analysis on failure."""
    from storyline.analyze import analyze_documents  # the analyze stage imports spaCy: late

    try:
        fresh = analyze_documents(docs, reference_dates=reference_dates)
    except Exception:  # noqa: BLE001 - a brief without re-resolved dates beats no brief
        return {}
    return {a.doc_id: a for a in fresh}
