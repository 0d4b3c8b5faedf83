"""A bare surname the small model tags a place in some sentences and a person in others is a
person throughout when one sentence shows it (an age after it, a lawyer it owns), unless a
preposition of place stands before it. Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities


def test_a_surname_shown_to_be_a_persons_is_a_person_throughout(nlp: Language) -> None:
    text = (
        "The court indicted Varhadi, 16, on several counts.\n"
        "The charge sheet against Varhadi, seen by reporters, included assault.\n"
        "Varhadi's lawyer, Gaby Lund, said the case was political.\n"
        "The incident occurred at the entrance to Varhadi's family home in the village.\n"
        "Varhadi was not asked to enter a plea.\n"
    )
    labels = {e.label for e in find_entities(nlp(text)) if e.name == "Varhadi"}
    assert labels == {"PERSON"}


def test_kin_after_a_name_shows_a_person(nlp: Language) -> None:
    text = (
        "Passengers were stunned when the plane turned back.\n"
        "Lindqvist and her husband were aboard, and she posted updates all night.\n"
        "Lindqvist also posted photos from the cabin.\n"
    )
    labels = {e.label for e in find_entities(nlp(text)) if e.name == "Lindqvist"}
    assert labels <= {"PERSON"}
