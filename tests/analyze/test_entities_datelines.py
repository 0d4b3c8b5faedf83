"""Entities: a dateline before a titled name ("VARNBY - Foreign Minister Ada Okafor said") is no
part of the person's role; a hyphen inside a compound title still is."""

from __future__ import annotations

import pytest

from storyline.analyze.entities import find_entities
from storyline.model import Entity


def person(nlp, text: str, name: str) -> Entity:
    found = [e for e in find_entities(nlp(text)) if e.name == name]
    assert found, f"{name!r} not found"
    return found[0]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "VARNBY - British Foreign Secretary Ada Okafor said she was shocked by the flooding.",
            "British Foreign Secretary",
        ),
        (
            "KESSVIK - Norwegian Foreign Minister Ada Okafor said she was horrified by a fire.",
            "Norwegian Foreign Minister",
        ),
    ],
)
def test_a_dateline_is_not_part_of_a_role(nlp, text: str, role: str) -> None:
    roles = person(nlp, text, "Ada Okafor").descriptors
    assert role in roles and not any(" - " in r for r in roles), roles


def test_a_hyphenated_title_keeps_its_words(nlp) -> None:
    text = "Orsa's vice-president Ada Okafor said the harbour would reopen on Monday."
    roles = person(nlp, text, "Ada Okafor").descriptors
    assert any("vice-president" in r for r in roles), roles
