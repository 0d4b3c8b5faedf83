"""Across pages, relatives who share a surname stay two people: a bare surname bridges no two
full names of a story (our own fictional names)."""

from __future__ import annotations

from storyline.model import Entity, Mention
from storyline.synthesize import merge_entities

PAGES = {
    "a": ("Tom Brandt", ["Tom Brandt", "Brandt"], "Leo Brandt", ["Leo Brandt"]),
    "b": ("Leo Brandt", ["Leo Brandt", "Brandt"], "Tom Brandt", ["Tom Brandt"]),
    "c": ("Brandt", ["Brandt"], "Leo Brandt", ["Leo Brandt"]),
}


def person(name: str, mentions: list[str]) -> Entity:
    return Entity(
        key=name.lower().replace(" ", "-"),
        name=name,
        label="PERSON",
        mentions=[Mention(text=m, start=0, end=len(m)) for m in mentions],
    )


def test_a_father_and_son_sharing_a_surname_stay_apart() -> None:
    per_doc = [(d, [person(n1, m1), person(n2, m2)]) for d, (n1, m1, n2, m2) in PAGES.items()]
    for prof in merge_entities(per_doc):
        names = {prof.name, *prof.aliases}
        assert not {"Tom Brandt", "Leo Brandt"} <= names, names


def test_a_vice_chairman_is_another_office_than_the_chairman() -> None:
    from storyline.synthesize.entity_roles import role_heads

    assert role_heads(["vice chairman of Dalmark Shipping"]) == {"vice chairman"}
    assert role_heads(["Dalmark Group Chairman", "former chairman"]) == {"chairman"}
