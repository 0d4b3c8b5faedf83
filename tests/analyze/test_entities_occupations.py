"""Entities: an occupation opening a sentence before a two-word name ("Producer Tom Brandt
said", "Model Ana Ruizova tweeted") marks a person, whatever NER tagged the span (a person with
the occupation in the name, an organisation, a product); not before an organisation's name."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from storyline.analyze.entities import find_entities


@pytest.mark.parametrize(
    "text",
    [
        "Producer Tom Brandt said the show would go on.",
        "Model Ana Ruizova tweeted that she and her husband were on the flight.",
        "Spokeswoman Sandy Angers said the mall was closed.",
        "Striker Tomas Lenk scored the winner in the 112th minute.",
    ],
)
def test_an_occupation_before_a_name_is_a_role_not_part_of_the_name(nlp, text: str) -> None:
    found = {e.name: e for e in find_entities(nlp(text))}
    word = text.split()[0]
    person = next(e for e in found.values() if e.label == "PERSON")
    assert not person.name.startswith(word), found


@pytest.mark.parametrize("label", ["PRODUCT", "ORG", "WORK_OF_ART"])
def test_a_person_tagged_as_a_thing_after_an_occupation_is_a_person(nlp, label: str) -> None:
    doc = nlp("Model Ana Ruizova tweeted that she was on the flight.")
    doc.ents = [Span(doc, 0, 3, label=label)]
    found = [(e.name, e.label) for e in find_entities(doc)]
    assert ("Ana Ruizova", "PERSON") in found


def test_an_organisation_opened_by_a_role_word_stays_an_organisation(nlp) -> None:
    doc = nlp("Student Loan Company said it would review the loans.")
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    found = [(e.name, e.label) for e in find_entities(doc)]
    assert ("Student Loan Company", "ORG") in found
