"""One page's namesakes: a bare given name two people share, a person the page names by one
name only, and one country's ministry beside another's (our own fictional sentences)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storyline.analyze.entities import find_entities
from storyline.analyze.entity_links import link
from storyline.analyze.entity_spans import NameSpan


@pytest.fixture(scope="module")
def tokenizer() -> Language:
    return spacy.blank("en")


def spans_of(doc: Doc, marked: list[tuple[str, str]]) -> list[NameSpan]:
    out, pos = [], 0
    for text, label in marked:
        char = doc.text.index(text, pos)
        span = doc.char_span(char, char + len(text))
        assert span is not None, text
        out.append(NameSpan(span.start, span.end, label))
        pos = char + len(text)
    return out


def groups(doc: Doc, spans: list[NameSpan]) -> list[list[str]]:
    return [[s.name(doc) for s in cluster] for cluster in link(doc, spans)]


def test_a_given_name_two_people_share_joins_neither(tokenizer: Language) -> None:
    doc = tokenizer(
        "Orla Vence sailed first. Orla Pettigrew followed her. Orla waved from the pier."
    )
    spans = spans_of(
        doc, [("Orla Vence", "PERSON"), ("Orla Pettigrew", "PERSON"), ("Orla", "PERSON")]
    )
    assert groups(doc, spans) == [["Orla Vence"], ["Orla Pettigrew"], ["Orla"]]


def test_a_title_marks_a_shared_first_word_as_a_surname(tokenizer: Language) -> None:
    doc = tokenizer("Pak Sorin spoke. Pak Ilmo spoke. Pak Ilmo left. Mr Pak came back later.")
    spans = spans_of(
        doc,
        [
            ("Pak Sorin", "PERSON"),
            ("Pak Ilmo", "PERSON"),
            ("Pak Ilmo", "PERSON"),
            ("Pak", "PERSON"),
        ],
    )
    assert ["Pak Ilmo", "Pak Ilmo", "Pak"] in groups(doc, spans)


def test_someone_known_only_by_a_first_name_is_not_a_namesake(tokenizer: Language) -> None:
    doc = tokenizer(
        "Tourist Bram Okoro left the beach early. A father known only as Bram said he ran."
    )
    spans = spans_of(doc, [("Bram Okoro", "PERSON"), ("Bram", "PERSON")])
    assert groups(doc, spans) == [["Bram Okoro"], ["Bram"]]


def test_each_country_keeps_its_own_foreign_ministry(nlp: Language) -> None:
    text = (
        "Chinese Foreign Ministry spokeswoman Lin Wei repeated the call. "
        "The Indian Foreign Ministry said it had no comment."
    )
    orgs = {e.name: e for e in find_entities(nlp(text)) if e.label == "ORG"}
    assert "Chinese Foreign Ministry" in orgs, orgs
    for name, ent in orgs.items():  # neither country's ministry takes the other's mention
        assert {m.text for m in ent.mentions} == {name}


def test_a_parent_is_not_the_daughter_who_shares_the_surname(nlp: Language) -> None:
    text = (
        "Her daughter, Ada Ndu, was taken from the school in March. Mr Ndu said the family "
        "had not given up hope."
    )
    people = {e.name: e for e in find_entities(nlp(text)) if e.label == "PERSON"}
    assert [m.text for m in people["Ada Ndu"].mentions] == ["Ada Ndu"], people
