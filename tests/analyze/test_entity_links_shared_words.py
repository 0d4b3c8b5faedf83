"""A short name of two words that ends one person's full name and opens another's: it is the
one the page named before it, by surname (our own fictional sentences)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from storyline.analyze.entities import find_entities
from storyline.analyze.entity_links import link
from tests.analyze.test_entity_links_namesakes import spans_of


@pytest.fixture(scope="module")
def tokenizer() -> Language:
    return spacy.blank("en")


def test_a_short_name_is_the_surname_of_the_person_named_before(tokenizer: Language) -> None:
    doc = tokenizer(
        "Blogger Tamsin Oru-Vale was fined. Oru-Vale is in jail. Oru-Vale also opposed "
        "the rule of general Oru-Vale el-Kestrin, who led the coup."
    )
    spans = spans_of(
        doc,
        [
            ("Tamsin Oru-Vale", "PERSON"),
            ("Oru-Vale", "PERSON"),
            ("Oru-Vale", "PERSON"),
            ("Oru-Vale el-Kestrin", "PERSON"),
        ],
    )
    clusters = [[s.name(doc) for s in c] for c in link(doc, spans)]
    assert clusters == [["Tamsin Oru-Vale", "Oru-Vale", "Oru-Vale"], ["Oru-Vale el-Kestrin"]]


def test_a_lone_fuller_name_still_takes_its_short_form(tokenizer: Language) -> None:
    doc = tokenizer("Ilse Marr-Tove spoke first. Later Marr-Tove left the hall.")
    spans = spans_of(doc, [("Ilse Marr-Tove", "PERSON"), ("Marr-Tove", "PERSON")])
    clusters = [[s.name(doc) for s in c] for c in link(doc, spans)]
    assert clusters == [["Ilse Marr-Tove", "Marr-Tove"]]


def test_a_bare_surname_is_the_subject_not_the_relative_named_in_full(
    tokenizer: Language,
) -> None:
    doc = tokenizer(
        "Suspect Dorian Vekk was a gambler. Vekk lived alone, his brother, Aldo Vekk, said. "
        "Aldo Vekk wept. Aldo Vekk said they rarely spoke. Vekk bought three rifles."
    )
    spans = spans_of(
        doc,
        [
            ("Dorian Vekk", "PERSON"),
            ("Vekk", "PERSON"),
            ("Aldo Vekk", "PERSON"),
            ("Aldo Vekk", "PERSON"),
            ("Aldo Vekk", "PERSON"),
            ("Vekk", "PERSON"),
        ],
    )
    clusters = [[s.name(doc) for s in c] for c in link(doc, spans)]
    assert ["Dorian Vekk", "Vekk", "Vekk"] in clusters
    assert ["Aldo Vekk", "Aldo Vekk", "Aldo Vekk"] in clusters


def test_her_surname_is_not_her_fathers(nlp: Language) -> None:
    text = (
        "Vale says the producer lied to her. Ms. Vale stresses that the agency knew. "
        "Her hall holds a statue from her parents; her father, Tomas Vale, is a professor. "
        "Vale got to know the producer in 1994."
    )
    people = {e.name: e for e in find_entities(nlp(text)) if e.label == "PERSON"}
    father = people.get("Tomas Vale")
    assert father is not None, people
    assert {m.text for m in father.mentions} == {"Tomas Vale"}
