"""A person the small model names by a bare surname gets the full name a page gives with a
given name it left untagged, and a name after kin ("her father Vask") is a person. Invented
sentences."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities


def test_an_untagged_given_name_before_a_known_surname_joins_it(nlp: Language) -> None:
    text = (
        "Varhadi said she was innocent when the court charged her this week.\n"
        "Israel has held Ahmet Varhadi since arresting her three days after the video.\n"
        "Varhadi, 16, was not asked to enter a plea.\n"
    )
    found = find_entities(nlp(text))
    names = {n for e in found if e.label == "PERSON" for n in (e.name, *e.aliases)}
    assert "Ahmet Varhadi" in names


def test_a_name_after_kin_is_a_person_on_the_whole_page(nlp: Language) -> None:
    for name in ("Bassim", "Karem"):
        text = (
            "The girl was arrested at dawn.\n"
            f"Her father {name} has said she was upset when she approached the soldiers.\n"
            f'{name} called Monday\'s indictment a "political trial" saying the court had '
            "no case.\n"
        )
        labels = {e.label for e in find_entities(nlp(text)) if e.name == name}
        assert labels == {"PERSON"}
