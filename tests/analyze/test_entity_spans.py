"""The name spans the entity analyzer works on, and the word tests its steps share."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storyline.analyze.entity_spans import (
    FAMILY,
    SPACY_LABELS,
    NameSpan,
    is_role,
    org_head,
    person_words,
    portfolio_word,
)


@pytest.fixture(scope="module")
def tokenizer() -> Language:
    return spacy.blank("en")


def noun(doc: Doc, i: int, lemma: str | None = None) -> Doc:
    doc[i].pos_ = "NOUN"
    doc[i].lemma_ = lemma or doc[i].lower_
    return doc


def test_a_span_reads_its_own_words(tokenizer: Language) -> None:
    doc = tokenizer("Yesterday Ada Rusk of Brimco spoke.")
    assert NameSpan(1, 3, "PERSON").name(doc) == "Ada Rusk"
    assert NameSpan(4, 5, "ORG").name(doc) == "Brimco"


def test_person_words_hold_first_and_last_names_of_full_names(tokenizer: Language) -> None:
    doc = tokenizer("Ada Mira Rusk met Brimco Foods and Pell.")
    spans = [
        NameSpan(0, 3, "PERSON"),
        NameSpan(4, 6, "ORG"),  # organisations give no person words
        NameSpan(7, 8, "PERSON"),  # a one-word name gives none either
    ]
    assert person_words(doc, spans) == {"ada", "rusk", "ada mira rusk"}


def test_person_words_ignore_case_and_dots(tokenizer: Language) -> None:
    doc = tokenizer("ADA J. RUSK spoke.")
    span = doc.char_span(0, len("ADA J. RUSK"))
    assert span is not None
    found = person_words(doc, [NameSpan(span.start, span.end, "PERSON")])
    assert found == {"ada", "rusk", "ada j rusk"}


@pytest.mark.parametrize(
    "text,i,lemma,expected",
    [
        ("the hydrologist said", 1, None, True),  # a listed role
        ("the ministers said", 1, "minister", True),  # by its lemma
        ("the cellist said", 1, None, True),  # a role by its ending
        ("the fireman said", 1, None, True),
        ("the list said", 1, None, False),  # too short for the ending to count
        ("the operator said", 1, None, False),  # -or names companies too
        ("the bridge said", 1, None, False),
    ],
)
def test_is_role(tokenizer: Language, text: str, i: int, lemma: str | None, expected: bool) -> None:
    doc = noun(tokenizer(text), i, lemma)
    assert is_role(doc[i]) is expected


def test_a_role_must_be_a_noun(tokenizer: Language) -> None:
    doc = tokenizer("the director said")
    doc[1].pos_ = "PROPN"
    assert not is_role(doc[1])


def test_org_head_is_a_capitalised_institution_noun(tokenizer: Language) -> None:
    doc = tokenizer("St Brendan's Hospital and the hospital and Ada Rusk")
    heads = [t.text for t in doc if org_head(t)]
    assert heads == ["Hospital"]


def test_labels_map_onto_families() -> None:
    assert SPACY_LABELS["FAC"] == "LOC"
    assert FAMILY["GPE"] == FAMILY["LOC"] == "PLACE"
    assert FAMILY["PERSON"] != FAMILY["ORG"]
    assert set(SPACY_LABELS.values()) <= set(FAMILY)


def test_a_word_before_secretary_or_minister_is_the_office_s_portfolio(tokenizer: Language) -> None:
    doc = tokenizer("Tarnish Defense Secretary Ola Brenn met the Interior minister and Pell.")
    assert portfolio_word(doc, NameSpan(1, 2, "ORG"))  # "Defense Secretary"
    assert portfolio_word(doc, NameSpan(7, 8, "ORG"))  # "Interior minister"
    assert not portfolio_word(doc, NameSpan(10, 11, "ORG"))  # "Pell": ends the sentence
    assert not portfolio_word(doc, NameSpan(1, 2, "PERSON"))


def test_an_acronym_before_secretary_stays_a_body(tokenizer: Language) -> None:
    doc = tokenizer("NORA Secretary General Ola Brenn spoke.")
    assert not portfolio_word(doc, NameSpan(0, 1, "ORG"))
