"""Entities: a town the small model calls an organisation is a place when the page uses it as
one (a dateline in capitals, "to Brackmouth, where", "Brackmouth's harbour district", "officials
in Brackmouth" beside the "Brackmouth Water" named after it), so the town and the body named
after it stay apart."""

from __future__ import annotations

import pytest

from storyline.analyze.entities import find_entities


def labels(nlp, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in find_entities(nlp(text)):
        for m in e.mentions:
            out.setdefault(m.text, set()).add(e.label)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "BRACKMOUTH, March 3 (Tidewire) - Fever cases rose to 40 on Tuesday, officials said.",
        "BRACKMOUTH (Tidewire) - Fever cases rose to 40 on Tuesday, officials said.",
        "The ministry sent twelve doctors to Brackmouth, where the outbreak began last week.",
        "Schools in Brackmouth's harbour district closed on Wednesday, the council said.",
        "Trawlers left Brackmouth, a port town of 9,000, before dawn on Monday.",
    ],
)
def test_a_town_used_as_a_place_is_a_place(nlp, text: str) -> None:
    found = labels(nlp, text)
    town = next(k for k in found if k.lower() == "brackmouth")
    assert found[town] <= {"GPE", "LOC"}, found


def test_the_town_is_not_the_short_name_of_the_body_named_after_it(nlp) -> None:
    text = (
        "Health officials in Brackmouth confirmed 40 cases of fever on Monday. "
        "The city's water utility, Brackmouth Water, said it had shut the main."
    )
    ents = find_entities(nlp(text))
    body = next(e for e in ents if e.name == "Brackmouth Water")
    assert [m.text for m in body.mentions] == ["Brackmouth Water"]


def test_an_acronym_opening_a_paragraph_is_no_dateline(nlp) -> None:
    text = "NATO, the alliance, said on Monday that its ships had left the harbour."
    assert labels(nlp, text).get("NATO") == {"ORG"}
