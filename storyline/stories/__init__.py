"""Stories stage: copy relations between documents and incremental story clustering.

``cluster_documents`` takes documents in any order, processes them in publication order, adds
each to the persisted clustering index (a new document joins a story or starts one; nothing
already clustered is recomputed) and finds its duplicates, wire copies and rewrites.
"""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np

from storyline.model import Analysis, CopyRelation, Document, Story
from storyline.stories.cluster import (
    DEFAULT_THRESHOLD,
    DEFAULT_WEIGHTS,
    StoryIndex,
    featurize,
)
from storyline.stories.copies import CopyIndex, compare, relate
from storyline.stories.groups import independent_groups
from storyline.stories.text import day_number

__all__ = [
    "StoriesState",
    "cluster_documents",
    "compare",
    "independent_groups",
    "load_state",
    "save_state",
]

STATE_NAME = "stories.index"
# 5: names without their titles, a page's surname folded into its full name (4: background
# IDF, content-only join model, merges; 3: entity terms from the body, with merged spellings;
# 2: recent dates)
STATE_VERSION = 5
PARAPHRASE_MEMBERS = 50  # most recent members of its story a new document is compared with


@dataclass
class StoriesState:
    stories: StoryIndex = field(default_factory=StoryIndex)
    copies: CopyIndex = field(default_factory=CopyIndex)
    version: int = STATE_VERSION


def load_state(store) -> StoriesState:  # storyline.store.Store
    """The clustering state kept in the store (the store is the user's own file)."""
    blob = store.get_state(STATE_NAME) if store is not None else None
    if blob:
        state = pickle.loads(zlib.decompress(blob))
        if isinstance(state, StoriesState) and state.version == STATE_VERSION:
            # The index is data, the join model is code: use the model of this release.
            if not state.stories.embeddings:
                state.stories.weights = np.asarray(DEFAULT_WEIGHTS, dtype=np.float64)
                state.stories.threshold = DEFAULT_THRESHOLD
            return state
    return StoriesState()


def _resume(
    store,
    docs: list[Document],
    analyses: Mapping[str, Analysis],
) -> tuple[StoriesState, list[Document], Mapping[str, Analysis]]:
    """The stored index, with the documents to add. When the store holds stories but no index
    this release can read (saved by an older release, or lost), every clustered document is
    added again to a fresh index: an upgrade re-clusters the corpus rather than leaving the
    old stories where no new document can join them."""
    state = load_state(store)
    if store is None or state.stories.doc_cluster:
        return state, docs, analyses
    stored = store.clustered_ids()
    if not stored:
        return state, docs, analyses
    every = {d.id: d for d in store.documents(stored)} | {d.id: d for d in docs}
    found = {i: a for i in every if i not in analyses and (a := store.get_analysis(i))}
    store.clear_stories()
    # Merged only when some were missing: a run's analyses may be read from the store on demand
    return state, list(every.values()), ({**found, **analyses} if found else analyses)


def save_state(store, state: StoriesState) -> None:
    store.put_state(STATE_NAME, zlib.compress(pickle.dumps(state, pickle.HIGHEST_PROTOCOL), 3))


def publication_key(
    doc: Document, analyses: Mapping[str, Analysis] | None = None
) -> tuple[float, str]:
    when = doc.published
    if not when and analyses and doc.id in analyses:
        when = analyses[doc.id].published_estimate
    day = day_number(when)
    return (day if day is not None else float("inf"), doc.id)


def _iso_day(day: float | None) -> str | None:
    if day is None:
        return None
    return datetime.fromtimestamp(day * 86400.0, UTC).date().isoformat()


def _story(index: StoryIndex, cid: int) -> Story:
    cluster = index.clusters[cid]
    return Story(
        id=cluster.id,
        label=index.label(cid),
        doc_ids=list(cluster.doc_ids),
        start=_iso_day(cluster.day_min),
        end=_iso_day(cluster.day_max),
    )


def cluster_documents(
    docs: list[Document],
    store=None,
    *,  # Store | None
    analyses: Mapping[str, Analysis] | None = None,
    track=None,
    state: StoriesState | None = None,
) -> tuple[list[Story], list[CopyRelation]]:
    """Add documents to the stories (in publication order) and find their copy relations.

    Returns the stories the documents belong to and the relations found in this call. With a
    store, the documents, stories, relations and the index are saved; without one, ``state``
    (or a fresh index) is used in memory.
    """
    if analyses is None:  # not `or`: the emptiness of a mapping read from the store costs a read
        analyses = {}
    if state is None:
        state, docs, analyses = _resume(store, docs, analyses)
    batch = {d.id: d for d in docs}

    def lookup(doc_id: str) -> Document | None:
        found = batch.get(doc_id)
        if found is None and store is not None:
            found = store.get_document(doc_id)
        return found

    ordered = sorted(batch.values(), key=lambda d: publication_key(d, analyses))
    items = track(ordered, "clustering stories") if track else ordered
    index = state.stories
    merged_before = len(index.merges)
    relations: list[CopyRelation] = []
    for doc in items:
        if doc.id in index.doc_cluster:
            continue  # already placed: the index returns its story unchanged, so skip featurizing
        feats = featurize(doc, analyses.get(doc.id))
        feats.near = state.copies.near(doc)
        cid, _ = index.add(feats)
        members = [m for m in index.clusters[cid].doc_ids[-PARAPHRASE_MEMBERS - 1 :] if m != doc.id]
        relations += relate(doc, state.copies, lookup, members)
    # Stories may have been folded into others along the way: report where each document is now.
    touched = dict.fromkeys(index.doc_cluster[d.id] for d in ordered)
    stories = [_story(index, cid) for cid in touched]
    if store is not None:
        store.put_documents(docs)
        for gone, _ in index.merges[merged_before:]:
            store.delete_story(gone)
        store.put_stories(stories)
        store.put_relations(relations)
        save_state(store, state)
    return stories, relations
