"""A title whose last word qualifies the noun before it ("professor emeritus", "ambassador
designate") is headed by that noun: an "organisation" so described is a person."""

from __future__ import annotations

from storyline.synthesize.who import role_head
from tests.synthesize.who_entities import ent, who


def test_a_postpositive_word_leaves_the_noun_before_it_as_the_head() -> None:
    assert role_head("Varnley University astronomy professor emeritus") == "professor"
    assert role_head("ambassador designate to Tarnland") == "ambassador"
    assert role_head("emeritus") == "emeritus"


def test_an_organisation_described_as_a_professor_emeritus_is_a_person() -> None:
    text = (
        "The rock burned up before it reached the ground, said Tomas Brell, a Varnley "
        "University astronomy professor emeritus. Brell said such events are rare.\n"
    )
    per_doc = [
        (
            "a",
            [ent(text, "Tomas Brell", "ORG", ("Varnley University astronomy professor emeritus",))],
        )
    ]
    assert who(per_doc, {"a": text}).get("Tomas Brell") == "PERSON"
