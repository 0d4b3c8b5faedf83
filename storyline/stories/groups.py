"""Independent sources: documents tied by copy relations or one wire credit count once."""

from __future__ import annotations

from storyline.model import CopyRelation, Document
from storyline.stories.text import day_number


def independent_groups(doc_ids: list[str], relations: list[CopyRelation],
                       docs: dict[str, Document] | None = None) -> dict[str, str]:
    """Each doc id -> the id of its independent source (the original of its group).

    Groups are the connected components of the copy relations (any kind) plus, when ``docs``
    is given, of a shared wire credit (two AFP stories are one source). The group's id is its
    original: a member that copies no one, earliest published first, then the smallest id.
    """
    parent = {d: d for d in doc_ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    for rel in relations:
        if rel.doc_id in parent and rel.of_id in parent:
            union(rel.doc_id, rel.of_id)
    if docs:
        by_wire: dict[str, str] = {}
        for d in doc_ids:
            wire = (docs[d].wire or "").strip().lower() if d in docs else ""
            if wire:
                union(by_wire.setdefault(wire, d), d)
    copies = {r.doc_id for r in relations if r.doc_id in parent and r.of_id in parent}

    def rank(d: str) -> tuple[int, float, str]:
        day = day_number(docs[d].published) if docs and d in docs else None
        return (d in copies, day if day is not None else float("inf"), d)

    members: dict[str, list[str]] = {}
    for d in doc_ids:
        members.setdefault(find(d), []).append(d)
    source = {root: min(group, key=rank) for root, group in members.items()}
    return {d: source[find(d)] for d in doc_ids}
