"""Two relatives who share a surname: "the younger Brask" and an aged bare surname go to the
right one of them (our own fictional sentences)."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.linking import entity_of

TEXT = (
    "A court in Orsa on Monday convicted former mayor Edvin Brask of fraud. Brask, 66, denied "
    "wrongdoing. Brask's daughter, Ylva Brask, who was charged with him, was acquitted. "
    '"I am relieved," the younger Brask said. The elder Brask will appeal.'
)


def test_the_younger_is_the_child_and_the_elder_the_parent(nlp: Language) -> None:
    assert entity_of(nlp, TEXT, "the younger Brask", "Brask") == "Ylva Brask"
    assert entity_of(nlp, TEXT, "The elder Brask", "Brask") == "Edvin Brask"


def test_an_age_after_a_surname_named_in_full_is_that_person(nlp: Language) -> None:
    # "Brask, 66," after "Edvin Brask" describes him again: it introduces no one new.
    assert entity_of(nlp, TEXT, "Brask, 66", "Brask") == "Edvin Brask"


def test_ages_decide_when_no_kin_noun_does(nlp: Language) -> None:
    text = (
        "Edvin Brask, 66, and Ylva Brask, 34, were charged in March. The elder Brask spoke "
        "first. The younger Brask said nothing."
    )
    assert entity_of(nlp, text, "The elder Brask", "Brask") == "Edvin Brask"
    assert entity_of(nlp, text, "The younger Brask", "Brask") == "Ylva Brask"


def test_the_younger_beside_only_the_father_is_someone_else(nlp: Language) -> None:
    text = "Her father, Edvin Brask, was convicted on Monday. The younger Brask was not charged."
    assert entity_of(nlp, text, "The younger Brask", "Brask") != "Edvin Brask"
