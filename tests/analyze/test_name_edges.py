"""An organisation's name whose first words NER left out gets them back: a determiner that
opens the name ("All Harbour Ferries"), an organisation noun and "of" before it ("the Library
of Fenwick" tagged as "Fenwick"), a possessive that opens it ("the Baker's Guild of Elvania")."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from storyline.analyze.entities import find_entities


def _tagged(nlp: Language, text: str, names: dict[str, str]) -> Doc:
    """The page as NER would read it with only ``names`` (text -> label) recognised, at each
    place they are written."""
    doc = nlp(text)
    ents = []
    for name, label in names.items():
        for found in re.finditer(re.escape(name), text):
            span = doc.char_span(found.start(), found.end(), label=label)
            assert span is not None
            if not any(s.start < span.end and span.start < s.end for s in ents):
                ents.append(span)  # the longer name, listed first, holds the word
    doc.ents = sorted(ents, key=lambda s: s.start)
    return doc


def _found(doc: Doc) -> set[tuple[str, str]]:
    return {(e.name, e.label) for e in find_entities(doc)}


def test_a_determiner_that_opens_a_firm_name_mid_sentence_is_kept(nlp: Language) -> None:
    text = "The plane turned back, All Harbour Ferries said on Monday."
    doc = _tagged(nlp, text, {"All Harbour Ferries": "ORG"})
    assert ("All Harbour Ferries", "ORG") in _found(doc)


def test_at_a_sentence_start_the_page_must_capitalise_it_elsewhere(nlp: Language) -> None:
    text = "All Harbour Ferries said the boat was late. A ferry of All Harbour Ferries sank."
    doc = _tagged(nlp, text, {"All Harbour Ferries": "ORG"})
    assert {name for name, _ in _found(doc)} == {"All Harbour Ferries"}


def test_an_article_or_a_lone_determiner_at_a_sentence_start_is_dropped(nlp: Language) -> None:
    text = "All Harbour Ferries staff went home. The Fenwick Herald said so."
    doc = _tagged(nlp, text, {"All Harbour Ferries": "ORG", "The Fenwick Herald": "ORG"})
    assert _found(doc) == {("Harbour Ferries", "ORG"), ("Fenwick Herald", "ORG")}


def test_an_organisation_noun_and_of_before_a_place_open_its_name(nlp: Language) -> None:
    text = "The map is kept in the Library of Fenwick, part of the town's story."
    doc = _tagged(nlp, text, {"Fenwick": "GPE"})
    assert _found(doc) == {("Library of Fenwick", "ORG")}


def test_a_possessive_before_a_guild_of_opens_its_name(nlp: Language) -> None:
    text = "He was banned from the Baker's Guild of Elvania and left the town."
    doc = _tagged(nlp, text, {"Guild of Elvania": "ORG"})
    assert _found(doc) == {("Baker's Guild of Elvania", "ORG")}


def test_a_person_or_a_common_noun_before_of_stays_apart(nlp: Language) -> None:
    text = "Ana Ruiz's Office of Plans spoke. The mayor of Fenwick agreed."
    doc = _tagged(nlp, text, {"Ana Ruiz": "PERSON", "Office of Plans": "ORG", "Fenwick": "GPE"})
    assert _found(doc) == {
        ("Ana Ruiz", "PERSON"),
        ("Office of Plans", "ORG"),
        ("Fenwick", "GPE"),
    }


def test_the_opening_words_of_such_a_name_are_the_organisation(nlp: Language) -> None:
    text = (
        "The boat turned back, All Harbour Ferries said. A spokesman for All Harbour said "
        "the crew acted well. Ana Ruiz praised All Harbour staff."
    )
    doc = _tagged(
        nlp, text, {"All Harbour Ferries": "ORG", "Harbour": "PERSON", "Ana Ruiz": "PERSON"}
    )
    found = find_entities(doc)
    assert {(e.name, e.label) for e in found} == {
        ("All Harbour Ferries", "ORG"),
        ("Ana Ruiz", "PERSON"),
    }
    firm = next(e for e in found if e.label == "ORG")
    assert len(firm.mentions) == 3


def test_a_title_word_before_a_name_is_no_determiner(nlp: Language) -> None:
    text = "Harbour League Secretary-General Ilse Varga said the talks would resume."
    doc = _tagged(nlp, text, {"Harbour League": "ORG", "General Ilse Varga": "ORG"})
    assert ("General Ilse Varga", "ORG") not in _found(doc)
