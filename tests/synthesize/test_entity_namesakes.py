"""Across pages, two people of one family whose given names differ only in their vowels stay
apart when a page names both, and a name of initials joins the one person it fits (our own
fictional names)."""

from __future__ import annotations

from storyline.synthesize import merge_entities
from storyline.synthesize.who_terms import names_two_people
from tests.synthesize.test_entities_spellings import entity, names_of


def test_given_names_alike_by_consonants_stay_apart_when_a_page_names_both() -> None:
    per_doc = [
        ("a", [entity("Jane Halvorsen", "PERSON"), entity("John Halvorsen", "PERSON")]),
        ("b", [entity("John Halvorsen", "PERSON")]),
        ("c", [entity("Jane Halvorsen", "PERSON")]),
    ]
    merged = names_of(per_doc)
    assert {"Jane Halvorsen"} in merged and {"John Halvorsen"} in merged


def test_a_respelling_no_page_tells_apart_still_joins() -> None:
    per_doc = [
        ("a", [entity("Mohammed Yusuf", "PERSON")]),
        ("b", [entity("Muhammad Yusuf", "PERSON")]),
    ]
    assert len(names_of(per_doc)) == 1


def test_initials_join_the_one_person_they_fit() -> None:
    per_doc = [
        ("a", [entity("Jane Halvorsen", "PERSON"), entity("Peter Aas", "PERSON")]),
        ("b", [entity("J. Halvorsen", "PERSON")]),
    ]
    merged = names_of(per_doc)
    assert any({"Jane Halvorsen", "J. Halvorsen"} <= m for m in merged)


def test_initials_two_people_fit_join_neither_and_are_not_listed() -> None:
    per_doc = [
        ("a", [entity("Jane Halvorsen", "PERSON"), entity("John Halvorsen", "PERSON")]),
        ("b", [entity("J. Halvorsen", "PERSON")]),
    ]
    profiles = merge_entities(per_doc)
    assert {"J. Halvorsen"} in [{p.name, *p.aliases} for p in profiles]
    lone = next(p for p in profiles if p.name == "J. Halvorsen")
    people = [("jane", "halvorsen"), ("john", "halvorsen")]
    assert names_two_people(lone, people)
    assert not names_two_people(lone, people[:1])


def test_a_surname_a_page_spells_two_ways_still_joins() -> None:
    per_doc = [
        ("a", [entity("Eric Dartell", "PERSON"), entity("Eric Drattell", "PERSON")]),
        ("b", [entity("Eric Drattell", "PERSON")]),
    ]
    assert len(names_of(per_doc)) == 1
