"""Page decisions that keep people apart across a story's pages: a bare name a page
introduced alone, two sexes for one name, and a father beside his namesake son."""

from __future__ import annotations

from storyline.model import Entity, Mention
from storyline.synthesize.entities import cluster_entities


def _person(name: str, roles: tuple[str, ...] = (), gender: str = "", alone: bool = False):
    return Entity(
        key=name.lower().replace(" ", "-"),
        name=name,
        label="PERSON",
        descriptors=list(roles),
        mentions=[Mention(text=name, start=0, end=len(name))],
        gender=gender,
        alone=alone,
    )


def _groups(per_doc: list[tuple[str, list[Entity]]]) -> list[set[tuple[str, str]]]:
    return [{(d, e.name) for d, e in g} for g in cluster_entities(per_doc)]


def test_a_bare_name_introduced_alone_stays_apart_from_a_fuller_name() -> None:
    groups = _groups(
        [
            ("a", [_person("Ilse Brannock", ("headteacher",))]),
            ("b", [_person("Ilse", alone=True)]),
        ]
    )
    assert {("b", "Ilse")} in groups


def test_a_bare_name_not_introduced_alone_still_joins() -> None:
    groups = _groups([("a", [_person("Ilse Brannock")]), ("b", [_person("Ilse")])])
    assert {("a", "Ilse Brannock"), ("b", "Ilse")} in groups


def test_two_pages_namesakes_introduced_alone_join_only_when_described_alike() -> None:
    apart = _groups(
        [
            ("a", [_person("Omar", ("taxi driver",), alone=True)]),
            ("b", [_person("Omar", ("shopkeeper",), alone=True)]),
        ]
    )
    assert len(apart) == 2
    alike = _groups(
        [
            ("a", [_person("Omar", ("taxi driver",), alone=True)]),
            ("b", [_person("Omar", ("driver of a taxi",), alone=True)]),
        ]
    )
    assert alike == [{("a", "Omar"), ("b", "Omar")}]


def test_two_sexes_for_one_name_are_two_people() -> None:
    groups = _groups(
        [
            ("a", [_person("Ruth Tallin", gender="f")]),
            ("b", [_person("Tallin", gender="m")]),
            ("c", [_person("Tallin", gender="f")]),
        ]
    )
    assert {("b", "Tallin")} in groups
    assert {("a", "Ruth Tallin"), ("c", "Tallin")} in groups


def _org(name: str) -> Entity:
    return Entity(key=name.lower().replace(" ", "-"), name=name, label="ORG")


def test_an_organisation_inside_a_longer_name_as_a_run_is_short_for_that_one() -> None:
    groups = _groups(
        [
            ("a", [_org("Varnish Aeronautics and Space Agency")]),
            ("b", [_org("Tarnish National Space Agency")]),
            ("c", [_org("National Space Agency"), _org("Varnish Aeronautics and Space Agency")]),
        ]
    )
    assert {("b", "Tarnish National Space Agency"), ("c", "National Space Agency")} in groups


def test_an_organisation_inside_only_with_a_gap_still_joins() -> None:
    groups = _groups([("a", [_org("Orsa International Airport")]), ("b", [_org("Orsa Airport")])])
    assert len(groups) == 1
