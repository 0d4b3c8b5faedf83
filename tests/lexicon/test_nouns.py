"""The nouns that can head a speaker's phrase, and the gender a person noun gives."""

from __future__ import annotations

import pytest

from storyline.lexicon.nouns import (
    ANONYMOUS_PEOPLE,
    FEMALE_NOUNS,
    MALE_NOUNS,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    is_source_noun,
    noun_gender,
)


@pytest.mark.parametrize(
    "lemma,gender",
    [
        ("woman", "f"),
        ("widow", "f"),
        ("chairwoman", "f"),
        ("congresswoman", "f"),
        ("man", "m"),
        ("uncle", "m"),
        ("chairman", "m"),
        ("fisherman", "m"),
        ("human", ""),  # ends in -man, is no man
        ("teacher", ""),
        ("person", ""),
        ("spokesperson", ""),
    ],
)
def test_noun_gender(lemma: str, gender: str) -> None:
    assert noun_gender(lemma) == gender


def test_no_noun_is_both_male_and_female() -> None:
    assert not FEMALE_NOUNS & MALE_NOUNS
    assert all(noun_gender(n) == "f" for n in FEMALE_NOUNS)
    assert all(noun_gender(n) == "m" for n in MALE_NOUNS)


@pytest.mark.parametrize(
    "lemma",
    ["official", "witness", "ministry", "statement", "broadcaster", "hydrologist", "lawyer"],
)
def test_people_bodies_and_texts_can_speak(lemma: str) -> None:
    assert is_source_noun(lemma)


@pytest.mark.parametrize(
    "lemma",
    ["encounter", "cordon", "tram", "bridge", "monday", "mist", "list"],
)
def test_times_places_and_objects_cannot_speak(lemma: str) -> None:
    assert not is_source_noun(lemma)


def test_role_endings_count_as_people() -> None:
    assert is_source_noun("cellist")
    assert is_source_noun("ombudsman")
    assert is_source_noun("chairperson")


def test_anonymous_people_can_speak_but_roles_are_not_anonymous() -> None:
    assert ANONYMOUS_PEOPLE <= SOURCE_NOUNS | {"one", "another", "other", "anybody"}
    # a lawyer or a partner is a source a reader can weigh; a wife is not
    assert "lawyer" not in ANONYMOUS_PEOPLE and "wife" in ANONYMOUS_PEOPLE
    assert "mayor" in ROLE_NOUNS and "mayor" not in ANONYMOUS_PEOPLE


def test_all_lists_are_lower_case_lemmas() -> None:
    for noun in SOURCE_NOUNS | ANONYMOUS_PEOPLE:
        assert noun == noun.lower() and " " not in noun
