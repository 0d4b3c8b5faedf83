"""Sentence vectors for claim matching: computed once, stored, read by the next brief."""

from __future__ import annotations

import importlib
import subprocess
import sys

import numpy as np
import pytest

from storyline.model import Document, Story
from storyline.pipeline import Pipeline
from storyline.store import Store
from storyline.synthesize import claim_vectors
from storyline.synthesize.claim_vectors import SentenceVectors, model_id, text_hash


class CountingEncoder:
    """A stand-in for MiniLM: a fixed vector per text, and a count of texts it embedded."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.append(len(texts))
        out = np.array([[len(t) % 7 + 1.0, t.count("e") + 1.0, 1.0] for t in texts])
        return (out / np.linalg.norm(out, axis=1, keepdims=True)).astype(np.float32)


def test_only_sentences_without_a_stored_vector_are_embedded():
    encoder = CountingEncoder()
    stored = {("a", 0, 5): (text_hash("First"), np.array([1, 0, 0], dtype=np.float32))}
    vectors = SentenceVectors(stored, encoder=encoder, model="m")
    got = vectors.vectors([("a", 0, 5), ("b", 0, 6)], ["First", "Second"])
    assert encoder.calls == [1]
    assert got.shape == (2, 3) and got[0].tolist() == [1.0, 0.0, 0.0]
    assert set(vectors.fresh) == {("b", 0, 6)}
    vectors.vectors([("a", 0, 5), ("b", 0, 6)], ["First", "Second"])
    assert encoder.calls == [1]  # the fresh one is reused too


def test_a_vector_of_another_text_is_not_read():
    encoder = CountingEncoder()
    stored = {("a", 0, 5): (text_hash("Old text"), np.array([1, 0, 0], dtype=np.float32))}
    vectors = SentenceVectors(stored, encoder=encoder, model="m")
    vectors.vectors([("a", 0, 5)], ["New text"])
    assert encoder.calls == [1]


def test_store_keeps_vectors_by_span_and_model(db_path):
    vector = np.array([0.6, 0.8], dtype=np.float32)
    with Store(db_path) as store:
        store.put_sentence_vectors({("d1", 3, 40): ("h", vector)}, "model-1")
        assert store.sentence_vectors(["d1"], "model-2") == {}
        got = store.sentence_vectors(["d1", "d2"], "model-1")
    assert list(got) == [("d1", 3, 40)]
    assert got[("d1", 3, 40)][0] == "h" and got[("d1", 3, 40)][1].tolist() == vector.tolist()
    with Store(db_path, read_only=True) as store:
        store.put_sentence_vectors({("d2", 0, 9): ("h", vector)}, "model-1")  # dropped
        assert list(store.sentence_vectors(["d2"], "model-1")) == []


def test_model_id_names_the_model_and_its_versions():
    assert "all-MiniLM-L6-v2" in model_id() and "torch" in model_id()


PAGES = {
    "a": "Varno city council voted on Tuesday to close the old harbour bridge to all traffic.\n"
    "Engineers found deep cracks in two of the bridge piers during an inspection last week.\n",
    "b": "The old harbour bridge in Varno will be shut to every vehicle after a council vote on "
    "Tuesday.\nInspectors discovered deep cracks in two piers of the bridge last week, "
    "officials said.\n",
    "c": "Council members in Varno decided on Tuesday that the old harbour bridge must close to "
    "all traffic.\nA local historian said the bridge was opened in 1931 by a visiting prince.\n",
}


@pytest.fixture()
def encoder(monkeypatch) -> CountingEncoder:
    fake = CountingEncoder()
    monkeypatch.setattr(claim_vectors, "default_encoder", lambda: fake)
    # the module, not the function of that name that storyline.synthesize exports
    claims_module = importlib.import_module("storyline.synthesize.claims")
    monkeypatch.setattr(claims_module, "embeddings_wanted", lambda: True)
    return fake


def _brief_json(store: Store, story: Story) -> str:
    brief = Pipeline(store).brief(story).brief
    return brief.model_copy(update={"generated_at": ""}).model_dump_json()


def test_second_brief_reads_the_vectors_the_first_stored(db_path, encoder):
    docs = [
        Document(id=i, source=i, text=t, published="2025-05-02", published_source="meta")
        for i, t in PAGES.items()
    ]
    story = Story(id="s", label="bridge", doc_ids=list(PAGES))
    with Store(db_path) as store:
        store.put_documents(docs)
        Pipeline(store).analyze(docs)
        first = _brief_json(store, story)
        embedded = sum(encoder.calls)
        assert embedded > 0
        assert len(store.sentence_vectors(PAGES, model_id())) == embedded
        second = _brief_json(store, story)
    assert sum(encoder.calls) == embedded  # nothing embedded again
    assert second == first


def test_a_one_source_story_embeds_nothing(db_path, encoder):
    docs = [Document(id="a", source="a", text=PAGES["a"], published="2025-05-02")]
    with Store(db_path) as store:
        store.put_documents(docs)
        brief = Pipeline(store).brief(Story(id="s", label="bridge", doc_ids=["a"])).brief
    assert brief.summary and encoder.calls == []


def test_without_embeddings_nothing_is_stored(db_path, monkeypatch):
    monkeypatch.setenv("STORYLINE_EMBEDDINGS", "0")
    docs = [Document(id="a", source="a", text=PAGES["a"], published="2025-05-02")]
    with Store(db_path) as store:
        store.put_documents(docs)
        Pipeline(store).brief(Story(id="s", label="bridge", doc_ids=["a"]))
        assert store.conn.execute("SELECT count(*) FROM sentence_vectors").fetchone()[0] == 0


def test_checking_for_the_extra_imports_no_torch():
    code = (
        "import sys; from storyline.synthesize.claims import embeddings_wanted; "
        "embeddings_wanted(); print('torch' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
