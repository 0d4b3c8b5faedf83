"""The store's search tables follow its documents and analyses: added, replaced, removed."""

from __future__ import annotations

from pathlib import Path

from storyline.model import Analysis, Document, Quote
from storyline.store import Store


def _found(store: Store, table: str, query: str) -> int:
    sql = f"SELECT count(*) FROM {table} WHERE {table} MATCH ?"
    return store.conn.execute(sql, (query,)).fetchone()[0]


def test_document_search_follows_inserts_updates_and_deletes(tmp_path: Path) -> None:
    doc = Document(id="a", source="a.txt", title="Spillway fails", text="Engineers lost the dam.")
    with Store(tmp_path / "s.db") as store:
        store.put_documents([doc])
        assert _found(store, "doc_search", "spillway") == 1  # the title
        assert _found(store, "doc_search", "engineers") == 1  # the text
        store.put_documents([doc.model_copy(update={"text": "Crews held the wall."})])
        assert _found(store, "doc_search", "engineers") == 0
        assert _found(store, "doc_search", "crews") == 1
        with store.conn:
            store.conn.execute("DELETE FROM documents WHERE id = 'a'")
        assert _found(store, "doc_search", "crews OR spillway") == 0


def test_accents_do_not_hide_a_document(tmp_path: Path) -> None:
    doc = Document(id="z", source="z.txt", title="Zürich café closes", text="It closed.")
    with Store(tmp_path / "s.db") as store:
        store.put_documents([doc])
        assert _found(store, "doc_search", "zurich cafe") == 1


def test_quote_search_holds_the_latest_analysis_only(tmp_path: Path) -> None:
    text = "“The wall is sound,” Vorn said. “The spillway is gone,” Reyl said."
    first = Quote(text="The wall is sound", kind="direct", speaker="Vorn", start=1, end=18)
    second = Quote(text="The spillway is gone", kind="direct", speaker="Reyl", start=33, end=53)
    with Store(tmp_path / "s.db") as store:
        store.put_documents([Document(id="q", source="q.txt", text=text)])
        store.put_analyses([Analysis(doc_id="q", version="1", text_hash="h", quotes=[first])])
        assert _found(store, "quote_search", "wall") == 1
        store.put_analyses([Analysis(doc_id="q", version="2", text_hash="h", quotes=[second])])
        assert _found(store, "quote_search", "wall") == 0  # the replaced analysis's quotes go
        assert (
            _found(store, "quote_search", "spillway") == _found(store, "quote_search", "reyl") == 1
        )
    with Store(tmp_path / "s.db") as again:  # reopening rebuilds nothing twice
        assert _found(again, "quote_search", "spillway") == 1
