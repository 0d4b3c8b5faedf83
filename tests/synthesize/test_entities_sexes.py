"""A bare surname a page gives both sexes joins, per sex, the one person of the story of that
sex named in full (our own fictional names)."""

from __future__ import annotations

from storyline.model import Entity, Mention
from storyline.synthesize import merge_entities


def person(name: str, gender: str = "", key: str = "") -> Entity:
    return Entity(
        key=key or name.lower().replace(" ", "-"),
        name=name,
        label="PERSON",
        gender=gender,
        mentions=[Mention(text=name, start=0, end=len(name))],
    )


def test_a_mother_and_son_named_by_their_surname_join_each_their_own_full_name() -> None:
    per_doc = [
        ("a", [person("Marta Keel", "f"), person("Tobias Keel", "m")]),
        ("b", [person("Keel", "f"), person("Keel", "m", key="keel-person")]),
    ]
    merged = merge_entities(per_doc)
    pages = {p.name: sorted(c.doc_id for c in p.citations) for p in merged}
    assert set(pages) == {"Marta Keel", "Tobias Keel"}, pages
    assert pages["Marta Keel"] == pages["Tobias Keel"] == ["a", "b"], pages


def test_a_sexed_bare_surname_never_joins_the_one_full_name_of_the_other_sex() -> None:
    per_doc = [
        ("a", [person("Tobias Keel", "m")]),
        ("b", [person("Keel", "f"), person("Keel", "m", key="keel-person")]),
    ]
    merged = merge_entities(per_doc)
    names = sorted(p.name for p in merged)
    tobias = next(p for p in merged if p.name == "Tobias Keel")
    assert sorted(c.doc_id for c in tobias.citations) == ["a", "b"], names
    assert "Keel" in names, names  # Ms. Keel stays someone of her own
