"""Across pages, a body named by its role ("Foreign Ministry") joins no country's ministry
when the story has several (our own fictional names)."""

from __future__ import annotations

from storyline.model import Entity
from storyline.synthesize import merge_entities


def org(name: str) -> Entity:
    return Entity(key=name, name=name, label="ORG")


def test_an_unowned_ministry_joins_no_country_when_two_have_one() -> None:
    profiles = merge_entities(
        [
            ("1", [org("Norvanian Foreign Ministry"), org("Foreign Ministry")]),
            ("2", [org("Norvanian Foreign Ministry"), org("Velmark Foreign Ministry")]),
            ("3", [org("Norvanian Foreign Ministry"), org("Foreign Ministry")]),
            ("4", [org("Velmark Foreign Ministry"), org("Foreign Ministry")]),
        ]
    )
    for prof in profiles:
        names = {prof.name, *prof.aliases}
        assert not ("Foreign Ministry" in names and len(names) > 1), names


def test_a_named_organisation_still_joins_its_likelier_long_form() -> None:
    profiles = merge_entities(
        [
            ("1", [org("Orvane Dynamics"), org("Orvane")]),
            ("2", [org("Orvane Dynamics")]),
            ("3", [org("Orvane Shipping")]),
        ]
    )
    names = {p.name: p for p in profiles}
    assert "Orvane" in names["Orvane Dynamics"].aliases


def person(name: str) -> Entity:
    return Entity(key=name, name=name, label="PERSON")


def test_a_bare_name_a_page_kept_apart_from_the_full_name_stays_apart() -> None:
    profiles = merge_entities(
        [
            ("1", [person("Bram Okoro"), person("Bram")]),  # the page told them apart
            ("2", [person("Bram Okoro")]),
        ]
    )
    assert {p.name for p in profiles} == {"Bram Okoro", "Bram"}


def test_a_bare_surname_on_its_own_page_still_joins_the_one_full_name() -> None:
    profiles = merge_entities([("1", [person("Bram Okoro")]), ("2", [person("Okoro")])])
    assert [(p.name, p.aliases) for p in profiles] == [("Bram Okoro", ["Okoro"])]


def test_each_owner_named_before_a_ministry_keeps_its_own() -> None:
    from storyline.model import Mention
    from storyline.synthesize.entities import merge_and_propagate

    texts = {
        "1": "Velmark's Foreign Ministry said the talks failed.",
        "2": "The Norvanian Foreign Ministry said it was surprised.",
        "3": "Norvania's Foreign Ministry said it would reply.",
    }

    def ministry(doc: str) -> Entity:
        start = texts[doc].index("Foreign Ministry")
        mention = Mention(text="Foreign Ministry", start=start, end=start + 16)
        return Entity(key="fm", name="Foreign Ministry", label="ORG", mentions=[mention])

    per_doc = [(d, [ministry(d)]) for d in texts]
    profiles, _ = merge_and_propagate(per_doc, texts)
    owners = sorted(sorted(p.mentions_by_source) for p in profiles)
    assert owners == [["1"], ["2", "3"]]


def test_a_body_named_both_ways_is_one_body() -> None:
    profiles = merge_entities(
        [
            ("1", [org("Ministry of Defence"), org("Ministry of Information")]),
            ("2", [org("Defence Ministry")]),
            ("3", [org("Ministry of Foreign Affairs"), org("Foreign Ministry")]),
        ]
    )
    names = sorted(sorted({p.name, *p.aliases}) for p in profiles)
    assert names == [
        ["Defence Ministry", "Ministry of Defence"],
        ["Foreign Ministry", "Ministry of Foreign Affairs"],
        ["Ministry of Information"],
    ]


def test_two_countries_bodies_named_both_ways_stay_apart() -> None:
    profiles = merge_entities(
        [
            ("1", [org("Norvanian Defence Ministry")]),
            ("2", [org("Velmark Ministry of Defence")]),
        ]
    )
    assert len(profiles) == 2
