"""Independent sources: documents tied by copy relations or one wire credit count once."""

from __future__ import annotations

from scipy.cluster.hierarchy import DisjointSet

from storyline.model import CopyRelation, Document
from storyline.stories.copies import best_originals
from storyline.stories.text import day_number


def independent_groups(
    doc_ids: list[str], relations: list[CopyRelation], docs: dict[str, Document] | None = None
) -> dict[str, str]:
    """Each doc id -> the id of its independent source (the original of its group).

    Groups are the connected components of the copy relations (any kind) plus, when ``docs``
    is given, of a shared wire credit (two AFP stories are one source). The group's id is its
    original: a member that copies no one, earliest published first, then the smallest id.

    Each page is tied upward once: to the original it copies, else to its wire credit. A page
    that copies one source and carries the credit of another would otherwise fold the two
    into one without evidence that they are one; so adding pages never lowers a count of
    independent sources unless a page of that count is shown to copy another.
    """
    known = set(doc_ids)
    sets = DisjointSet(doc_ids)
    # one original per page, also for relations a store kept from an older release
    tied = best_originals([r for r in relations if r.doc_id in known and r.of_id in known], {})
    copies = {r.doc_id for r in tied}
    for rel in tied:
        sets.merge(rel.doc_id, rel.of_id)
    if docs:
        by_wire: dict[str, str] = {}
        for d in doc_ids:
            wire = (docs[d].wire or "").strip().lower() if d in docs and d not in copies else ""
            if wire:
                sets.merge(by_wire.setdefault(wire, d), d)

    def rank(d: str) -> tuple[int, float, str]:
        day = day_number(docs[d].published) if docs and d in docs else None
        return (d in copies, day if day is not None else float("inf"), d)

    members: dict[str, list[str]] = {}
    for d in doc_ids:
        members.setdefault(sets[d], []).append(d)
    source = {root: min(group, key=rank) for root, group in members.items()}
    return {d: source[sets[d]] for d in doc_ids}
