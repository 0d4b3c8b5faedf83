"""Entities across documents: merged names, places told from organisations, roles."""

from __future__ import annotations

from storyline.model import (
    Entity,
    Mention,
)
from storyline.synthesize import merge_entities
from tests.hand_story import (
    span,
)


def test_merge_entities_spelling_acronym_and_ambiguous_surname():
    def e(name, label="PERSON", aliases=()):
        return Entity(key=name, name=name, label=label, aliases=list(aliases))

    profiles = merge_entities(
        [
            ("1", [e("Kim Jong-un"), e("Kim Yo Jong"), e("NIS", "ORG")]),
            ("2", [e("Kim Jong Un"), e("Kim"), e("National Intelligence Service", "ORG")]),
            ("3", [e("Nah Liang Tuang"), e("Kim Jong Un")]),
            ("4", [e("Nah"), e("Mr Putin"), e("Vladimir Putin")]),
        ]
    )
    names = {p.name: p for p in profiles}
    assert names["Kim Jong Un"].aliases == ["Kim Jong-un"]
    assert "Kim" in names and "Kim Yo Jong" in names  # "Kim" alone is ambiguous
    assert names["National Intelligence Service"].aliases == ["NIS"]
    assert names["Nah Liang Tuang"].aliases == ["Nah"]
    assert "Putin" in names["Vladimir Putin"].aliases[0]
    assert len({p.key for p in profiles}) == len(profiles)


PLACE_TEXT = (
    "KESSVIK, Norvania (AFP) — Thousands fled the valley in southern Norvania.\n"
    "Norvania's parliament approved a fund. Norvania, a country of 5 million, has no army.\n"
    "The Kremlin said on Monday that Kremlin officials met in the Kremlin.\n"
    "Republicans in Congress objected. Congress passed the bill and Congress adjourned.\n"
)


def test_a_country_tagged_as_an_organisation_is_a_place():
    from storyline.synthesize.entities import merge_and_propagate

    t = PLACE_TEXT

    def org(name: str, n: int) -> Entity:
        return Entity(
            key=name.lower(),
            name=name,
            label="ORG",
            mentions=[
                Mention(text=name, start=span(t, name, i)[0], end=span(t, name, i)[1])
                for i in range(n)
            ],
        )

    profiles, _ = merge_and_propagate(
        [("p", [org("Norvania", 4), org("Kremlin", 3), org("Congress", 3)])], {"p": t}
    )
    labels = {p.name: p.label for p in profiles}
    assert labels == {"Norvania": "GPE", "Kremlin": "ORG", "Congress": "ORG"}


def test_place_cues():
    from storyline.synthesize.entities import place_cue

    t = PLACE_TEXT
    assert place_cue(t, *span(t, "Norvania")) == 1.0  # dateline
    assert place_cue(t, *span(t, "Norvania", 1)) == 1.0  # "southern Norvania"
    assert place_cue(t, *span(t, "Norvania", 2)) == 1.0  # "Norvania's parliament"
    assert place_cue(t, *span(t, "Norvania", 3)) == 1.0  # "Norvania, a country"
    assert place_cue(t, *span(t, "Congress")) == 0.5  # "in Congress": organisations too
    assert place_cue(t, *span(t, "Kremlin", 2)) == 0.0  # "in the Kremlin"


def test_a_role_naming_what_someone_is_comes_before_an_affiliation() -> None:
    from storyline.model import Entity, Mention
    from storyline.synthesize.entities import profile

    def ent(roles: list[str]) -> Entity:
        return Entity(
            key="reyl",
            name="Tomas Reyl",
            label="PERSON",
            descriptors=roles,
            mentions=[Mention(text="Tomas Reyl", start=0, end=10)],
        )

    prof = profile(
        [
            ("a", ent(["of the University of Kessvik"])),
            ("b", ent(["of the University of Kessvik"])),
            ("c", ent(["hydrologist at the University of Kessvik"])),
        ],
        "reyl",
    )
    assert prof.roles[0] == "hydrologist at the University of Kessvik"
