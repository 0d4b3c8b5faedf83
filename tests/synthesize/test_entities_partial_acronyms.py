"""An organisation's name that opens with an acronym of another name's first words is that
organisation ("TN Herald" / "Tarn North Herald"); an acronym that spells two names stays
apart (our own fictional names)."""

from __future__ import annotations

from storyline.model import Entity, Mention
from storyline.synthesize import merge_entities


def org(name: str) -> Entity:
    return Entity(
        key=name.lower().replace(" ", "-"),
        name=name,
        label="ORG",
        mentions=[Mention(text=name, start=0, end=len(name))],
    )


def names(per_doc: list[tuple[str, list[Entity]]]) -> list[set[str]]:
    return [{p.name, *p.aliases} for p in merge_entities(per_doc)]


def test_an_acronym_of_the_first_words_joins_the_long_name() -> None:
    per_doc = [("a", [org("Tarn North Herald")]), ("b", [org("TN Herald")])]
    assert {"Tarn North Herald", "TN Herald"} in names(per_doc)


def test_an_acronym_two_long_names_spell_stays_apart() -> None:
    per_doc = [
        ("a", [org("Tarn North Herald")]),
        ("b", [org("Tern Nook Herald")]),
        ("c", [org("TN Herald")]),
    ]
    assert {"TN Herald"} in names(per_doc)
