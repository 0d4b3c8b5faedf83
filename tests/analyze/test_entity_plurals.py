"""A surname the tagger reads as a plural noun ("Davies") is a person where the page has it
speak mid-sentence, at every mention; a full name NER took for a firm is a person where its
surname speaks as one (our own fictional sentences)."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities
from storyline.analyze.quotes import find_quotes

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


def test_a_full_name_read_as_a_firm_is_a_person_when_its_surname_speaks(nlp: Language) -> None:
    text = (
        "The company hired Margit Hope as chief financial officer last year. Hope said the "
        'numbers were solid. "We beat every target," she said.'
    )
    entities = find_entities(nlp(text))
    labels = {e.name: e.label for e in entities}
    assert labels.get("Margit Hope") == "PERSON", labels
    speakers = {q.speaker for q in find_quotes(nlp(text), entities)}
    assert speakers == {"Margit Hope"}, speakers


def test_a_firm_named_by_its_last_word_stays_a_firm(nlp: Language) -> None:
    text = "Wells Fargo agreed to pay a fine. Fargo said it had fixed the problems."
    labels = {e.name: e.label for e in find_entities(nlp(text))}
    assert labels.get("Wells Fargo") == "ORG", labels
    assert "PERSON" not in labels.values(), labels


def test_a_singular_word_that_speaks_as_he_or_she_is_a_name(nlp: Language) -> None:
    text = (
        '"We will rebuild," Hope said on Monday. Officials said the damage was severe. '
        '"It will take years," she added.'
    )
    people = {e.name for e in find_entities(nlp(text)) if e.label == "PERSON"}
    assert people == {"Hope"}, people


def test_a_singular_word_with_no_he_or_she_after_it_stays_untagged(nlp: Language) -> None:
    text = '"We will rebuild," Hope said on Monday. The town was flooded in March.'
    people = {e.name for e in find_entities(nlp(text)) if e.label == "PERSON"}
    assert not people, people


def test_a_full_name_read_as_a_firm_is_a_person_when_its_surname_speaks_of_his_own(
    nlp: Language,
) -> None:
    text = (
        '"It hurts," Pardoe said. Keir Pardoe is the dockworkers\' union leader. Pardoe said '
        "his members had worked through the night."
    )
    labels = {e.name: e.label for e in find_entities(nlp(text))}
    assert labels.get("Keir Pardoe") == "PERSON", labels
