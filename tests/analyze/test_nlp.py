"""The one shared spaCy pipeline: loaded once, and complete for every analyzer."""

from __future__ import annotations

from storyline.analyze.fastpipes import FastAttributeRuler
from storyline.analyze.nlp import load_nlp


def test_the_pipeline_is_loaded_once_per_process() -> None:
    assert load_nlp() is load_nlp()


def test_the_pipeline_tags_parses_and_finds_names() -> None:
    nlp = load_nlp()
    for needed in ("tagger", "parser", "ner", "lemmatizer"):
        assert needed in nlp.pipe_names
    sdoc = nlp("Ada Rusk visited London on Monday. She said the river was high.")
    assert len(list(sdoc.sents)) == 2
    assert {e.label_ for e in sdoc.ents} >= {"PERSON", "GPE"}
    said = next(t for t in sdoc if t.text == "said")
    assert said.lemma_ == "say" and said.pos_ == "VERB"
    assert any(t.dep_ == "nsubj" and t.head.i == said.i for t in sdoc)


def test_the_attribute_ruler_is_the_array_version() -> None:
    nlp = load_nlp()
    assert any(isinstance(pipe, FastAttributeRuler) for _, pipe in nlp.pipeline)


def test_lower_at_finds_the_words_in_any_case_in_order() -> None:
    from storyline.analyze.nlp import lower_at

    sdoc = load_nlp()("In Tarnby the ferry stopped at Orsa, near the quay IN the fog.")
    found = lower_at(sdoc, ("in", "at", "near"))
    assert [sdoc[i].text for i in found] == ["In", "at", "near", "IN"]
    assert lower_at(sdoc, ("harbour",)) == []


def test_span_texts_and_the_kept_text_are_spacys() -> None:
    from storyline.analyze import _parse
    from storyline.analyze.nlp import doc_text, span_text

    text = "Ada Rusk  left Tarnby.\n\n“We sail,” she said at 5 p.m. Nothing else.\n"
    (sdoc,) = _parse(load_nlp(), [text], 8, 1)
    assert doc_text(sdoc) == sdoc.text == text
    for start in range(len(sdoc)):
        for end in range(start + 1, len(sdoc) + 1):
            assert span_text(sdoc, start, end) == sdoc[start:end].text
