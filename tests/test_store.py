"""The store: upserts by id, per-stage tables, and relations looked up by document."""

from __future__ import annotations

from pathlib import Path

from storyline.model import Analysis, CopyRelation, Document, Story
from storyline.store import Store


def _doc(doc_id: str, text: str = "Some article text.") -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", text=text, title=doc_id)


def test_documents_upsert_counts_and_survive_reopen(db_path: Path) -> None:
    with Store(db_path) as store:
        assert store.put_documents([_doc("a"), _doc("b")]) == {
            "added": 2,
            "updated": 0,
            "unchanged": 0,
        }
        assert store.put_documents([_doc("a"), _doc("b", "Changed.")]) == {
            "added": 0,
            "updated": 1,
            "unchanged": 1,
        }
    with Store(db_path) as store:
        assert store.count_documents() == 2
        assert store.get_document("b").text == "Changed."
        assert [d.id for d in store.documents(["b", "missing", "a"])] == ["b", "a"]


def test_failed_batch_leaves_earlier_rows(db_path: Path) -> None:
    with Store(db_path) as store:
        store.put_documents([_doc("a")])

        def batch():
            yield _doc("b")
            raise RuntimeError("crash mid-batch")

        try:
            store.put_documents(batch())
        except RuntimeError:
            pass
        assert [d.id for d in store.documents()] == ["a"]


def test_analysis_is_stale_when_version_or_text_changes(db_path: Path) -> None:
    with Store(db_path) as store:
        store.put_analyses([Analysis(doc_id="a", version="1", text_hash="h")])
        assert store.get_analysis("a", "1", "h") is not None
        assert store.get_analysis("a", "2", "h") is None
        assert store.get_analysis("a", "1", "other") is None


def test_stories_and_relations(db_path: Path) -> None:
    with Store(db_path) as store:
        store.put_stories([Story(id="s1", label="one", doc_ids=["a", "b"])])
        assert store.story_of("b") == "s1"
        store.put_relations(
            [
                CopyRelation(doc_id="b", of_id="a", kind="copy_of"),
                CopyRelation(doc_id="d", of_id="c", kind="duplicate"),
            ]
        )
        assert {(r.doc_id, r.of_id) for r in store.relations(["a"])} == {("b", "a")}
        assert len(store.relations()) == 2
        store.put_state("x", b"\x00\x01")
        assert store.get_state("x") == b"\x00\x01"
