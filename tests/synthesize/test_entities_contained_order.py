"""A bare surname joins the one person who holds it even when pages spell that person's full
name two ways ("Pak Sun-ho", "Pak Sun"): the two spellings are one candidate, not two
(our own fictional names)."""

from __future__ import annotations

from storyline.model import Entity, Mention
from storyline.synthesize import merge_entities


def person(name: str) -> Entity:
    return Entity(
        key=name.lower().replace(" ", "-"),
        name=name,
        label="PERSON",
        mentions=[Mention(text=name, start=0, end=len(name))],
    )


def test_a_bare_surname_joins_a_name_spelled_two_ways() -> None:
    per_doc = [
        ("a", [person("Pak Sun-ho")]),
        ("b", [person("Pak Sun")]),
        ("c", [person("Pak")]),
        ("d", [person("Pak")]),
    ]
    people = [{p.name, *p.aliases} for p in merge_entities(per_doc)]
    assert people == [{"Pak Sun-ho", "Pak Sun", "Pak"}], people


def test_a_bare_surname_of_two_people_stays_apart() -> None:
    per_doc = [
        ("a", [person("Pak Sun-ho")]),
        ("b", [person("Pak Mi-rae")]),
        ("c", [person("Pak")]),
    ]
    people = [{p.name, *p.aliases} for p in merge_entities(per_doc)]
    assert {"Pak"} in people, people
