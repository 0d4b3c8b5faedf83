"""Across pages, a firm that bears a person's name ("the Vale Company") is not that person,
though its name without the legal form is the person's surname (our own fictional names)."""

from __future__ import annotations

from storyline.model import Entity, Mention
from storyline.synthesize import merge_entities


def entity(name: str, label: str, mentions: list[str]) -> Entity:
    return Entity(
        key=name.lower().replace(" ", "-"),
        name=name,
        label=label,
        mentions=[Mention(text=m, start=0, end=len(m)) for m in mentions],
    )


def test_a_firm_named_after_a_person_stays_apart_from_them() -> None:
    per_doc = [
        ("a", [entity("Vale", "PERSON", ["Vale", "Vale"])]),
        ("b", [entity("Tomas Vale", "PERSON", ["Tomas Vale", "Vale"])]),
        (
            "c",
            [
                entity("Tomas Vale", "PERSON", ["Tomas Vale", "Vale"]),
                entity("Vale Company", "ORG", ["Vale Company"]),
            ],
        ),
        ("d", [entity("Vale Co.", "ORG", ["Vale Co."])]),
    ]
    profiles = merge_entities(per_doc)
    person = next(p for p in profiles if p.name == "Tomas Vale")
    assert "Vale" in person.aliases
    assert not {"Vale Company", "Vale Co."} & {person.name, *person.aliases}
    firm = next(p for p in profiles if "Vale Company" in {p.name, *p.aliases})
    assert firm.label == "ORG" and "Vale Co." in {firm.name, *firm.aliases}


def test_a_firm_and_its_short_name_still_merge() -> None:
    per_doc = [
        ("a", [entity("Brask Inc.", "ORG", ["Brask Inc."])]),
        ("b", [entity("Brask", "ORG", ["Brask"])]),
    ]
    assert len(merge_entities(per_doc)) == 1


def test_a_regional_branch_is_not_the_organisation_it_belongs_to() -> None:
    per_doc = [
        ("a", [entity("Orsa Front", "ORG", ["Orsa Front"])]),
        ("b", [entity("Orsa Front Tarn Province", "ORG", ["Orsa Front Tarn Province"])]),
        ("c", [entity("Orsa Front Tarnland", "ORG", ["Orsa Front Tarnland"])]),
        ("d", [entity("Tarnland", "GPE", ["Tarnland"])]),
        ("e", [entity("Orsa Front Inc.", "ORG", ["Orsa Front Inc."])]),
    ]
    groups = [{p.name, *p.aliases} for p in merge_entities(per_doc)]
    front = next(g for g in groups if "Orsa Front" in g)
    assert not {"Orsa Front Tarn Province", "Orsa Front Tarnland"} & front, groups
    assert "Orsa Front Inc." in front, groups
