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


def test_a_firm_bearing_its_founders_name_is_not_the_founder(nlp: Language) -> None:
    text = (
        "Tom Brask founded Brask in 1984. Brask shares rose 3 percent on Monday. "
        "Tom Brask said the deal was fair.\n"
    )
    founder = [e for e in find_entities(nlp(text)) if e.name == "Tom Brask"]
    assert founder, find_entities(nlp(text))
    starts = {m.start for m in founder[0].mentions}
    assert text.index("Brask in") not in starts
    assert text.index("Brask shares") not in starts


def test_a_town_run_onto_a_universitys_name_is_cut(nlp: Language) -> None:
    text = (
        "Ana Ruiz, a student at Orsa University Tarnby, was among the protesters. Police in "
        "Tarnby said 40 people were held. Orsa University said it would support its students.\n"
    )
    orgs = {e.name for e in find_entities(nlp(text)) if e.label == "ORG"}
    assert "Orsa University" in orgs and "Orsa University Tarnby" not in orgs, orgs
