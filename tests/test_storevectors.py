"""The store's sentence vectors: kept per span and model, read back exactly."""

from __future__ import annotations

import numpy as np

from storyline.model import Document
from storyline.store import Store
from storyline.storevectors import VectorRecords


def _store(path) -> Store:
    store = Store(path)
    store.put_documents([Document(id="d1", source="a.txt", text="One. Two.")])
    return store


def test_vectors_round_trip_as_float32(db_path):
    store = _store(db_path)
    assert isinstance(store, VectorRecords)
    vec = np.array([0.25, -1.5, 3.0], dtype=np.float64)
    store.put_sentence_vectors({("d1", 0, 4): ("h1", vec)}, "model-a")
    got = store.sentence_vectors(["d1"], "model-a")
    assert set(got) == {("d1", 0, 4)}
    text_hash, read = got[("d1", 0, 4)]
    assert text_hash == "h1"
    assert read.dtype == np.float32
    np.testing.assert_array_equal(read, vec.astype(np.float32))


def test_vectors_are_kept_apart_by_model_and_document(db_path):
    store = _store(db_path)
    store.put_sentence_vectors({("d1", 0, 4): ("h", np.ones(2))}, "model-a")
    store.put_sentence_vectors({("d1", 0, 4): ("h", np.zeros(2))}, "model-b")
    assert store.sentence_vectors(["d1"], "model-c") == {}
    assert store.sentence_vectors(["other"], "model-a") == {}
    np.testing.assert_array_equal(
        store.sentence_vectors(["d1"], "model-b")[("d1", 0, 4)][1], [0, 0]
    )


def test_a_vector_stored_again_replaces_the_old_one(db_path):
    store = _store(db_path)
    store.put_sentence_vectors({("d1", 5, 9): ("old", np.ones(2))}, "m")
    store.put_sentence_vectors({("d1", 5, 9): ("new", np.full(2, 2.0))}, "m")
    got = store.sentence_vectors(["d1", "d1"], "m")
    assert len(got) == 1
    assert got[("d1", 5, 9)][0] == "new"


def test_many_documents_are_read_in_chunks(db_path):
    store = _store(db_path)
    vectors = {(f"doc{i}", 0, 1): (str(i), np.full(1, float(i))) for i in range(1200)}
    store.put_sentence_vectors(vectors, "m")
    got = store.sentence_vectors([f"doc{i}" for i in range(1200)], "m")
    assert len(got) == 1200
    assert got[("doc1100", 0, 1)][1][0] == 1100.0


def test_a_read_only_store_keeps_nothing(db_path):
    _store(db_path).close()
    with Store(db_path, read_only=True) as store:
        store.put_sentence_vectors({("d1", 0, 4): ("h", np.ones(2))}, "m")
        assert store.sentence_vectors(["d1"], "m") == {}
