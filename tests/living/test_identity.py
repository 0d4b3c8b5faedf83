"""Stable story ids over clustering's output: growth, re-clustering, merges and splits."""

from __future__ import annotations

from pathlib import Path

from storyline.living.identity import stable_stories
from storyline.model import Document, Story
from storyline.store import Store


def _cluster(store: Store, stories: list[Story]) -> list[Story]:
    """What the clustering stage does (store its stories), then the identity layer."""
    store.put_stories(stories)
    return stable_stories(store, stories)


def _story(sid: str, *docs: str) -> Story:
    return Story(id=sid, label=f"label of {sid}", doc_ids=list(docs))


def _listed(store: Store) -> dict[str, list[str]]:
    return {s.id: sorted(s.doc_ids) for s in store.stories()}


def test_a_growing_story_keeps_its_id(db_path: Path) -> None:
    with Store(db_path) as store:
        first = _cluster(store, [_story("story-a", "a1", "a2")])
        grown = _cluster(store, [_story("story-a", "a1", "a2", "a3")])
        assert [s.id for s in first] == [s.id for s in grown] == ["story-a"]
        assert store.story_links() == []


def test_reclustered_stories_keep_their_ids_whatever_clustering_calls_them(
    db_path: Path,
) -> None:
    with Store(db_path) as store:
        _cluster(store, [_story("story-a", "a1", "a2", "a3"), _story("story-b", "b1", "b2")])
        # A new clustering run names them differently (and one document joins story b).
        store.clear_stories()
        again = _cluster(
            store, [_story("story-x", "a2", "a1", "a3"), _story("story-y", "b1", "b2", "b3")]
        )
        assert [s.id for s in again] == ["story-a", "story-b"]
        assert _listed(store) == {"story-a": ["a1", "a2", "a3"], "story-b": ["b1", "b2", "b3"]}
        assert store.story_of("b3") == "story-b"


def test_a_merge_is_recorded_and_the_old_id_resolves(db_path: Path) -> None:
    with Store(db_path) as store:
        _cluster(store, [_story("story-a", "a1", "a2", "a3"), _story("story-b", "b1", "b2")])
        merged = _cluster(store, [_story("story-a", "a1", "a2", "a3", "b1", "b2")])
        assert [s.id for s in merged] == ["story-a"]
        assert _listed(store) == {"story-a": ["a1", "a2", "a3", "b1", "b2"]}
        [link] = store.story_links("story-b")
        assert (link.old_id, link.new_id, link.kind) == ("story-b", "story-a", "merged")
        assert store.resolve_story("story-b") == "story-a"
        assert store.resolve_story("story-a") == "story-a"
        assert store.resolve_story("story-never") is None


def test_a_split_keeps_the_id_on_the_larger_part_and_records_the_other(db_path: Path) -> None:
    with Store(db_path) as store:
        _cluster(store, [_story("story-a", "a1", "a2", "a3", "x1", "x2")])
        store.clear_stories()
        parts = _cluster(
            store, [_story("story-x1", "x1", "x2"), _story("story-a1", "a1", "a2", "a3")]
        )
        assert [s.id for s in parts] == ["story-x1", "story-a"]
        [link] = store.story_links("story-x1")
        assert (link.old_id, link.new_id, link.kind) == ("story-a", "story-x1", "split")
        assert _listed(store) == {"story-a": ["a1", "a2", "a3"], "story-x1": ["x1", "x2"]}


def test_an_id_is_never_given_to_another_story(db_path: Path) -> None:
    with Store(db_path) as store:
        _cluster(store, [_story("story-a", "a1", "a2"), _story("story-b", "b1")])
        _cluster(store, [_story("story-a", "a1", "a2", "b1")])  # b merges into a
        # Clustering later starts a new story it happens to name like the retired one.
        fresh = _cluster(store, [_story("story-b", "c1", "c2")])
        assert fresh[0].id != "story-b" and fresh[0].id.startswith("story-b")
        assert store.resolve_story("story-b") == "story-a"


def test_pipeline_clusters_under_stable_ids(db_path: Path) -> None:
    from storyline.pipeline import Pipeline

    docs = [
        Document(id=f"d{i}", source=f"d{i}.txt", title="Quay of Tessaly reopens", text=text)
        for i, text in enumerate(
            [
                "The cargo quay of Tessaly reopened on Friday after a week of repairs, "
                "harbour master Ivo Dahl said.",
                "Harbour master Ivo Dahl said the Tessaly cargo quay reopened on Friday "
                "after repairs that took a week.",
            ]
        )
    ]
    with Store(db_path) as store:
        store.put_documents(docs)
        pipe = Pipeline(store)
        first = pipe.run()
        ids = {s.id for s in first.stories}
        store.put_state("stories.index", b"")  # an index this release cannot read: re-cluster
        again = pipe.run()
        assert {s.id for s in again.stories} == ids
