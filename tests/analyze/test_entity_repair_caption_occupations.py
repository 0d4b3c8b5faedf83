"""An occupation set in capitals after a caption's comma is not a given name ("file photo,
Singer Vask poses"): the person is Vask (our own fictional sentences)."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities


def test_a_capitalised_occupation_in_a_caption_is_no_given_name(nlp: Language) -> None:
    text = (
        "FILE - In this Sept. 30, 2016, file photo, Singer Rihanna poses for photographers as "
        "she arrives. Rihanna's cousin, Tavon Alleyne, died on Tuesday."
    )
    names = {e.name for e in find_entities(nlp(text)) if e.label == "PERSON"}
    assert "Rihanna" in names and "Singer Rihanna" not in names, names
