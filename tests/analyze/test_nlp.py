"""The one shared spaCy pipeline: loaded once, and complete for every analyzer."""

from __future__ import annotations

from storyline.analyze.fastpipes import FastAttributeRuler
from storyline.analyze.nlp import load_nlp, where


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


def test_where_finds_the_tokens_a_value_test_passes_in_order() -> None:
    from spacy.attrs import LEMMA, ORTH, POS

    sdoc = load_nlp()(
        "Mira Tolven said the 40 ferries of Orsk Lines had sailed. Tolven says they sail again."
    )
    for attr, name, test in (
        (ORTH, "text", lambda s: s[:1].isupper()),
        (POS, "pos_", lambda s: s == "PROPN"),
        (LEMMA, "lemma_", lambda s: s.lower() in {"say", "sail"}),
    ):
        assert where(sdoc, attr, test) == [t.i for t in sdoc if test(getattr(t, name))]
    assert where(sdoc, ORTH, lambda s: False) == []


def test_a_figure_run_opens_only_where_the_word_alone_allows() -> None:
    """``figures._runs`` tries only the tokens ``may_open_figure`` accepts: a Token and its
    Lexeme must give the same answer, as must ``is_number_word``."""
    from storyline.analyze.figure_words import is_number_word, may_open_figure

    text = "A few hundred of the 3,000 riders, forty-two in all, rode 2nd and a dozen won."
    sdoc = load_nlp()(text)
    opening = [t.text for t in sdoc if may_open_figure(t)]
    assert opening[:4] == ["A", "few", "hundred", "3,000"] and "2nd" not in opening
    for tok in sdoc:
        lex = sdoc.vocab[tok.text]
        assert may_open_figure(lex) == may_open_figure(tok)
        assert is_number_word(lex) == is_number_word(tok)
