"""Sources table: outlet, date (stated or estimated), wire and copy status, boilerplate removed."""

from __future__ import annotations

from storyline.dating import ESTIMATED, stated_date
from storyline.model import CopyRelation, Document, PublishedStatus, SourceRow


def _status(doc: Document, estimated: set[str]) -> PublishedStatus:
    if doc.id in estimated or doc.published_source == ESTIMATED:
        return "estimated" if doc.published else "unknown"
    return "stated" if stated_date(doc) else "unknown"


def source_rows(
    docs: list[Document], relations: list[CopyRelation], estimated: set[str]
) -> list[SourceRow]:
    by_doc: dict[str, CopyRelation] = {}
    for rel in relations:
        best = by_doc.get(rel.doc_id)
        if best is None or rel.score > best.score:
            by_doc[rel.doc_id] = rel
    rows = []
    for doc in docs:
        copy = by_doc.get(doc.id)
        line_chars = sum(len(r.line) + 1 for r in doc.removed)
        removed_chars = doc.removed_chars or line_chars
        total = removed_chars + len(doc.text)
        rows.append(
            SourceRow(
                doc_id=doc.id,
                title=doc.title,
                outlet=doc.outlet,
                url=doc.url,
                published=doc.published,
                published_status=_status(doc, estimated),
                wire=doc.wire,
                copy_kind=copy.kind if copy else None,
                copy_of=copy.of_id if copy else None,
                removed_lines=len(doc.removed),
                removed_share=round(removed_chars / total, 3) if total else 0.0,
                html_extracted=removed_chars > line_chars,
                language=doc.language,
            )
        )
    rows.sort(key=lambda r: (r.published or "9999", r.doc_id))
    return rows
