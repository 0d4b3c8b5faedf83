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
