"""A caption's place run into the next sentence's name ("... in Lisbon Marco Teles, a teacher")
is not part of the name (our own fictional sentences)."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities


def test_a_place_run_into_a_full_name_is_cut(nlp: Language) -> None:
    text = (
        "Photos: Scenes of the storm in Lisbon Marco Teles, a teacher on holiday in Lisbon, "
        "watched the waves. Teles said it was frightening."
    )
    people = {e.name: e for e in find_entities(nlp(text)) if e.label == "PERSON"}
    assert "Marco Teles" in people, people
    assert all("Lisbon" not in e.name and "Lisbon" not in e.aliases for e in people.values())
