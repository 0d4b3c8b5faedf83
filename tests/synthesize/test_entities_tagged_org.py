"""A person's full name NER tagged an organisation on one page joins the surname other pages
have speak as a person, and is listed as a person (our own fictional names)."""

from __future__ import annotations

from storyline.model import Entity, Mention
from storyline.synthesize import merge_entities


def ent(name: str, label: str, mentions: int = 1) -> Entity:
    return Entity(
        key=name.lower().replace(" ", "-"),
        name=name,
        label=label,
        mentions=[
            Mention(text=name, start=i * 40, end=i * 40 + len(name)) for i in range(mentions)
        ],
    )


def test_a_full_name_tagged_org_joins_the_surname_of_a_person() -> None:
    per_doc = [
        ("a", [ent("Rafael Davies", "ORG"), ent("Terry Franks", "PERSON")]),
        ("b", [ent("Davies", "PERSON", mentions=2)]),
    ]
    merged = {p.name: p for p in merge_entities(per_doc)}
    assert "Davies" not in merged, list(merged)
    assert merged["Rafael Davies"].label == "PERSON"
    assert "Davies" in merged["Rafael Davies"].aliases


def test_an_organisation_named_for_a_family_stays_an_organisation() -> None:
    per_doc = [
        ("a", [ent("Davies Group", "ORG")]),
        ("b", [ent("Davies", "PERSON")]),
    ]
    merged = {p.name: p.label for p in merge_entities(per_doc)}
    assert merged.get("Davies Group") == "ORG", merged
