"""Stable story ids: a layer over whatever the clustering stage produces.

Clustering names a story after its first document and may, as it improves, re-cluster the
corpus, merge two stories or split one. Readers follow a story by its id, so ids are kept here,
by membership: each story clustering returns takes the id of the earlier story it shares the
most documents with (pairs taken greedily, largest overlap first; each earlier id goes to one
story at most). An earlier story whose documents all went to a story that kept another id has
merged into it; a story that shares documents with earlier stories but kept none of their ids
split off from them. Both are recorded, and a merged id still resolves
(``Store.resolve_story``). A story of documents never seen before keeps clustering's id.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from storyline.model import Story, StoryLink
from storyline.store import Store
from storyline.storeliving import now_iso


def stable_stories(store: Store, stories: list[Story]) -> list[Story]:
    """``stories`` as clustering returned them, under their stable ids; stored as such."""
    if not stories:
        return []
    before = store.identity_of(d for s in stories for d in s.doc_ids)
    overlap = Counter(
        (i, before[d]) for i, s in enumerate(stories) for d in s.doc_ids if d in before
    )
    kept = _match(overlap)
    ids = _ids(store, stories, kept)
    links = _links(overlap, kept, ids)
    out = [
        s if s.id == ids[i] else s.model_copy(update={"id": ids[i]}) for i, s in enumerate(stories)
    ]
    changed = [s for i, s in enumerate(out) if s.id != stories[i].id or _moved(s, before)]
    retired = {s.id for s in stories} - set(ids.values())
    retired |= {link.old_id for link in links if link.kind == "merged"}
    changed += _remainders(store, retired, out)
    store.apply_identity(changed, retired, links)
    return out


def _match(overlap: Counter[tuple[int, str]]) -> dict[int, str]:
    """Story index -> earlier id it keeps: greedy by overlap, then by id (deterministic)."""
    kept: dict[int, str] = {}
    taken: set[str] = set()
    for (i, old), _ in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0][1], kv[0][0])):
        if i not in kept and old not in taken:
            kept[i] = old
            taken.add(old)
    return kept


def _ids(store: Store, stories: list[Story], kept: dict[int, str]) -> dict[int, str]:
    """Each story's id: the one it keeps, else clustering's (made unique if ever used)."""
    ids = dict(kept)
    used = set(kept.values())
    for i, story in enumerate(stories):
        if i in ids:
            continue
        candidate, n = story.id, 1
        while candidate in used or store.story_id_used(candidate):
            n += 1
            candidate = f"{story.id}-{n}"
        ids[i] = candidate
        used.add(candidate)
    return ids


def _links(
    overlap: Counter[tuple[int, str]], kept: dict[int, str], ids: dict[int, str]
) -> list[StoryLink]:
    at = now_iso()
    taken = set(kept.values())
    by_old: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for (i, old), n in overlap.items():
        by_old[old].append((n, i))
    links = []
    for old, shares in sorted(by_old.items()):
        if old not in taken:  # every document it had went to stories with other ids
            _, into = max(shares, key=lambda share: (share[0], -share[1]))
            links.append(StoryLink(old_id=old, new_id=ids[into], kind="merged", at=at))
    for i in sorted(ids):
        if i not in kept:  # a new id: split off the earlier stories it took documents from
            parents = sorted({old for (j, old) in overlap if j == i})
            links += [StoryLink(old_id=p, new_id=ids[i], kind="split", at=at) for p in parents]
    return links


def _moved(story: Story, before: dict[str, str]) -> bool:
    """Whether any member is new to the story (its identity rows must be written)."""
    return any(before.get(d) != story.id for d in story.doc_ids)


def _remainders(store: Store, olds: set[str], out: list[Story]) -> list[Story]:
    """Retired ids that still hold documents clustering did not return this time (only part
    of the story moved): their rows keep only those documents, so none is listed twice."""
    now = {d for s in out for d in s.doc_ids}
    current = {s.id for s in out}
    rest = []
    for old in sorted(olds - current):
        remaining = [d for d in store.identity_members(old) if d not in now]
        if remaining:
            stored = store.get_story(old) or Story(id=old, label=old)
            rest.append(stored.model_copy(update={"id": old, "doc_ids": remaining}))
    return rest
