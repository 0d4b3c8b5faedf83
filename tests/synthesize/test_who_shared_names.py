"""A surname two people of a story share: a page's "President Okafor" joins the president, not
the first lady, and a bare "Okafor" that no role tells apart is listed as neither (our own
fictional sentences)."""

from __future__ import annotations

from storyline.model import Entity, Mention
from storyline.synthesize import merge_entities
from tests.synthesize.who_entities import ent, who

TEXTS = {
    "a": "President Tomas Okafor and First Lady Ada Okafor opened the hospital on Monday.",
    "b": "First Lady Ada Okafor said the hospital maternity ward came first. Her husband agreed.",
    "c": "The new wards impressed visitors, President Okafor said on Tuesday.",
    "d": "Okafor said the hospital wards would open to visitors next week.",
}


def person(name: str, roles: tuple[str, ...] = ()) -> Entity:
    return Entity(
        key=name.lower().replace(" ", "-"),
        name=name,
        label="PERSON",
        mentions=[Mention(text=name, start=0, end=len(name))],
        descriptors=list(roles),
    )


def test_a_titled_surname_joins_the_one_person_with_that_title() -> None:
    per_doc = [
        ("a", [person("Tomas Okafor", ("President",)), person("Ada Okafor", ("First Lady",))]),
        ("b", [person("Ada Okafor", ("First Lady",))]),
        ("c", [person("Okafor", ("President",))]),
    ]
    people = {p.name: {p.name, *p.aliases} for p in merge_entities(per_doc)}
    assert "Okafor" in people["Tomas Okafor"], people
    assert "Okafor" not in people["Ada Okafor"], people
    assert "Okafor" not in people, people


def test_a_bare_surname_two_people_bear_is_listed_as_neither() -> None:
    per_doc = [
        ("a", [ent(TEXTS["a"], "Tomas Okafor", "PERSON"), ent(TEXTS["a"], "Ada Okafor", "PERSON")]),
        ("b", [ent(TEXTS["b"], "Ada Okafor", "PERSON")]),
        ("d", [ent(TEXTS["d"], "Okafor", "PERSON")]),
    ]
    listed = who(per_doc, {k: TEXTS[k] for k in "abd"})
    assert "Okafor" not in listed, listed
    assert {"Tomas Okafor", "Ada Okafor"} <= set(listed), listed
