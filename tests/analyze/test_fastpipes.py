"""The array attribute ruler and the memoised lemmatizer give the model's own annotations."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.strings import get_string_id

from storyline.analyze.fastpipes import FastAttributeRuler, FastLemmatizer, _needs, speed_up
from storyline.analyze.nlp import MODEL

SENTENCES = [
    "Y'all gonna see it, ain't that right? Let's go, c'mon.",
    "I'd say that it's not over; we've got to wait 'til Friday.",
    "There are 3,000 troops, and there's nothin' we can do about those.",
    "The mayor, who has said she won't run, did not comment.\n\n  Officials gets what they want.",
    "",
]


@pytest.fixture(scope="module")
def pair():
    plain = spacy.load(MODEL)
    return plain, speed_up(spacy.load(MODEL))


def _annotations(doc):
    return doc.to_array([POS, TAG, DEP, LEMMA, MORPH, HEAD]).tolist(), [str(t.morph) for t in doc]


def test_same_annotations_as_the_model(pair, demo_dir):
    plain, fast = pair
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), FastLemmatizer)
    assert fast.pipe_names == plain.pipe_names
    assert fast.disabled == plain.disabled
    texts = SENTENCES + [p.read_text(encoding="utf-8") for p in sorted(demo_dir.iterdir())]
    for _ in range(2):  # the second pass finds every word's lemma already known
        for text in texts:
            assert _annotations(fast(text)) == _annotations(plain(text))


def test_lemmatizer_word_lists_are_sets_of_the_same_words(pair):
    plain, fast = pair
    lists = plain.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    sets = fast.get_pipe("lemmatizer").lemmatizer.lookups.get_table("lemma_index")
    assert set(sets) == set(lists)
    for pos, words in lists.items():
        assert isinstance(sets[pos], frozenset) and sets[pos] == frozenset(words)


def test_a_pattern_needs_the_values_its_tokens_ask_for_by_equality() -> None:
    pattern = [
        {"LOWER": "gonna", "TAG": {"IN": ["VBG", "VB"]}, "IS_SPACE": False},
        {"DEP": {"NOT_IN": ["punct"]}, "LOWER": {"REGEX": "^o"}},
    ]
    assert _needs(pattern) == (
        ("LOWER", frozenset({get_string_id("gonna")})),
        ("TAG", frozenset({get_string_id("VBG"), get_string_id("VB")})),
    )
