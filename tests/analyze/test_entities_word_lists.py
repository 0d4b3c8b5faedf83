"""The model's word lists come with the Doc's vocabulary, not from a model loaded inside an
analyzer: a Doc of another pipeline gets no list (and no mood-word repair), never a load."""

from __future__ import annotations

from spacy.vocab import Vocab

from storyline.analyze import entities


def test_the_lists_come_from_the_docs_vocabulary(nlp):
    lists = entities._lemma_index(nlp("A quiet day.").vocab)
    assert "tearful" in lists["adj"]
    assert "devastate" in lists["verb"]


def test_a_vocabulary_without_the_lists_gives_none(monkeypatch):
    monkeypatch.setattr("storyline.analyze.nlp.load_nlp", None)  # a load would fail loudly
    assert entities._lemma_index(Vocab()) == {}
