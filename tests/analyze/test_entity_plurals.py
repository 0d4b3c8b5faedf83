"""A surname the tagger reads as a plural noun ("Davies") is a person where the page has it
speak mid-sentence, at every mention (our own fictional sentences)."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities

TEXT = (
    "Davies, whose home run tied the game, said he would remember the night. "
    '"It hurts, but it was the best game I ever played in," Davies said.'
)


def test_a_surname_read_as_a_plural_speaks_as_a_person(nlp: Language) -> None:
    people = {e.name: [m.start for m in e.mentions] for e in find_entities(nlp(TEXT))}
    assert "Davies" in people, people
    assert people["Davies"] == [0, TEXT.rindex("Davies")], people


def test_plural_nouns_opening_sentences_stay_common_nouns(nlp: Language) -> None:
    text = (
        'Banks said they would raise rates. "We are ready," Officials said in a headline. '
        "Residents said the water was rising."
    )
    names = {e.name for e in find_entities(nlp(text))}
    assert not names & {"Banks", "Residents"}, names
