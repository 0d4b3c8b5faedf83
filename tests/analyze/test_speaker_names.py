"""Who a speaker's words name, read from the subject of the saying verb."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from storyline.analyze.entities import find_entities
from storyline.analyze.speaker_names import (
    EntityIndex,
    Speaker,
    anonymous_person,
    named,
    no_speaker,
    pronoun_like,
    year_old,
)
from storyline.model import Entity, Mention

SAYING = {"say", "tell", "warn", "add", "claim"}


def subject_of(sdoc: Doc) -> Token:
    return next(t for t in sdoc if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ in SAYING)


def speaker(nlp: Language, text: str) -> Speaker | None:
    sdoc = nlp(text)
    index = EntityIndex(find_entities(sdoc))
    return named(subject_of(sdoc), text, index)


def person(name: str, key: str, *mentions: tuple[int, int]) -> Entity:
    return Entity(
        key=key,
        name=name,
        label="PERSON",
        mentions=[Mention(text=name, start=a, end=b) for a, b in mentions],
    )


def test_a_named_person_with_an_apposition(nlp: Language) -> None:
    text = "Ada Rusk, a hydrologist at the university, said the dam held."
    found = speaker(nlp, text)
    assert found is not None
    assert (found.name, found.label) == ("Ada Rusk", "PERSON")
    assert found.key is not None
    assert found.description == "a hydrologist at the university"
    assert text[found.start : found.end] == "Ada Rusk"


def test_a_title_is_no_part_of_the_name(nlp: Language) -> None:
    found = speaker(nlp, "Interior Minister Aleks Vorn said the border would stay open.")
    assert found is not None and found.name == "Aleks Vorn"
    assert found.description is not None and "Minister" in found.description


def test_unnamed_officials_are_a_group_kept_as_written(nlp: Language) -> None:
    found = speaker(nlp, "Officials said the road would reopen on Friday.")
    assert found is not None
    assert (found.name, found.label) == ("Officials", "GROUP")


def test_reports_are_one_unnamed_source(nlp: Language) -> None:
    first = speaker(nlp, "Reports said the ferry had sunk.")
    second = speaker(nlp, "Recent media reports said the ferry had sunk.")
    assert first is not None and second is not None
    assert first.key == second.key == "anon:report"


def test_an_anonymous_person_names_no_one(nlp: Language) -> None:
    found = speaker(nlp, "One passenger said the crossing was rough.")
    assert found is not None
    assert found.label == "NONE" and found.name == ""
    assert found.description == "One passenger"


@pytest.mark.parametrize(
    "text",
    [
        "He said the crossing was rough.",
        "A spokesman said the crossing was rough.",
        "The company said the crossing was rough.",
        "The 76-year-old said the crossing was rough.",
    ],
)
def test_subjects_that_need_their_context(nlp: Language, text: str) -> None:
    assert speaker(nlp, text) is None


def test_a_spokesman_for_a_named_body_needs_no_context(nlp: Language) -> None:
    found = speaker(nlp, "A spokesman for the harbour authority said the crossing was rough.")
    assert found is not None and "harbour authority" in found.name


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The tram warned passengers of delays.", True),
        ("Officials warned passengers of delays.", False),
        ("He warned passengers of delays.", False),
        ("The statement warned passengers of delays.", False),
    ],
)
def test_no_speaker(nlp: Language, text: str, expected: bool) -> None:
    sdoc = nlp(text)
    assert no_speaker(subject_of(sdoc), EntityIndex(find_entities(sdoc))) is expected


def test_a_date_names_no_speaker(nlp: Language) -> None:
    sdoc = nlp("Monday said nothing new.")
    assert no_speaker(sdoc[0], EntityIndex(find_entities(sdoc)))


def test_year_old_and_pronoun_typos(nlp: Language) -> None:
    sdoc = nlp("The 76-year-old said it. e added more.")
    old = next(t for t in sdoc if t.dep_ == "nsubj" and t.head.lemma_ == "say")
    assert year_old(old) and pronoun_like(old)
    typo = next(t for t in sdoc if t.text == "e")
    assert pronoun_like(typo)


def test_anonymous_person_by_vague_count(nlp: Language) -> None:
    sdoc = nlp("Many researchers said the data was thin.")
    assert anonymous_person(subject_of(sdoc))
    sdoc = nlp("Valmoran researchers said the data was thin.")
    assert not anonymous_person(subject_of(sdoc))


def test_entity_index_finds_a_person_by_surname_or_given_name() -> None:
    ada = person("Ada Rusk", "ada-rusk", (0, 8))
    tom = person("Tom Pell", "tom-pell", (20, 28))
    index = EntityIndex([ada, tom])
    assert index.person("Rusk") is ada
    assert index.person("ada") is ada
    assert index.person("Vorn") is None


def test_entity_index_refuses_an_ambiguous_surname() -> None:
    index = EntityIndex([person("Ada Rusk", "ada", (0, 8)), person("Ilse Rusk", "ilse", (9, 18))])
    assert index.person("Rusk") is None


def test_entity_index_prefers_people_and_organisations_at_a_place() -> None:
    place = Entity(
        key="valmora",
        name="Valmora",
        label="GPE",
        mentions=[Mention(text="Valmora", start=0, end=7)],
    )
    body = Entity(
        key="valmora-port",
        name="Valmora Port Authority",
        label="ORG",
        mentions=[Mention(text="Valmora Port Authority", start=0, end=22)],
    )
    index = EntityIndex([place, body])
    hit = index.at(0, 7)
    assert hit is not None and hit[2] is body
    assert index.at(30, 40) is None


def test_the_first_of_two_names_joined_by_and_speaks_for_both(nlp: Language) -> None:
    found = speaker(nlp, "Seoul and Washington said the talks would resume.")
    assert found is not None
    assert (found.name, found.label) == ("Seoul", "GROUP")  # "they" after it is still Seoul


def test_a_pair_of_people_is_the_first_person(nlp: Language) -> None:
    text = "Mara Lindqvist and Tomas Berg said they were ending their partnership."
    sdoc = nlp(text)
    index = EntityIndex(find_entities(sdoc))
    found = named(subject_of(sdoc), text, index)
    assert found is not None
    assert found.name == "Mara Lindqvist" and found.key is not None
    assert " and " not in found.name


def test_one_name_holding_and_is_no_pair(nlp: Language) -> None:
    text = "Brisk and Varley said on Monday that the shops would close."
    ent = Entity(
        key="brisk-and-varley",
        name="Brisk and Varley",
        label="ORG",
        mentions=[Mention(text="Brisk and Varley", start=0, end=16)],
    )
    found = named(subject_of(nlp(text)), text, EntityIndex([ent]))
    assert found is not None and found.name == "Brisk and Varley"


def test_an_organisation_before_a_spokesman_speaks(nlp: Language) -> None:
    found = speaker(nlp, "A Brimco spokesman said the plant would close.")
    assert found is not None
    assert (found.name, found.label) == ("Brimco", "ORG")
    assert found.description == "A Brimco spokesman"


def test_a_later_surname_is_the_same_person(nlp: Language) -> None:
    text = "Ada Rusk said the dam held. Rusk added that it was safe."
    sdoc = nlp(text)
    index = EntityIndex(find_entities(sdoc))
    subjects = [t for t in sdoc if t.dep_ == "nsubj" and t.head.lemma_ in SAYING]
    first, later = (named(s, text, index) for s in subjects)
    assert first is not None and later is not None
    assert later.name == "Ada Rusk" and later.key == first.key
    assert text[later.start : later.end] == "Rusk"


def test_a_relative_sharing_the_surname_is_a_person_of_their_own(nlp: Language) -> None:
    text = "Tomas Rusk was hurt in the crash. Rusk, the mother of Tomas, said he was recovering."
    found = speaker(nlp, text)
    assert found is not None
    assert (found.name, found.key, found.label) == ("Rusk", None, "PERSON")
    assert found.description == "the mother of Tomas"


def test_a_name_word_the_parser_cut_off_stays_in_the_name(nlp: Language) -> None:
    # "Now" read as an adverb: NER holds it in the outlet's name, so the speaker keeps it
    text = "The rocket will fly in March, according to Orbitwatch Now\nLast month it slipped."
    sdoc = nlp(text)
    start = text.index("Orbitwatch")
    span = sdoc.char_span(start, start + len("Orbitwatch Now"), label="WORK_OF_ART")
    assert span is not None
    sdoc.ents = [span]
    head = sdoc[span.start]
    assert head.dep_ == "pobj" and sdoc[span.start + 1].head != head  # the parser's cut
    found = named(head, text, EntityIndex(find_entities(sdoc)))
    assert found is not None and found.name == "Orbitwatch Now"
    assert found.description is None
