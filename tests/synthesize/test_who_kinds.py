"""Who's who: a product is no actor (its maker is), and an "organisation" described as a
person is a person."""

from __future__ import annotations

from storyline.synthesize.who_kinds import is_product, is_titled_person
from tests.synthesize.who_entities import ent, who


def test_a_name_described_as_a_made_thing_is_a_product() -> None:
    assert is_product("Vela Core", ["chip"])
    assert is_product("Vela Phone", [])
    assert is_product("Orbit 3", [])
    assert is_product("Orbit X2", [])


def test_organisations_with_numbers_or_people_roles_are_no_products() -> None:
    assert not is_product("Channel 4", [])
    assert not is_product("KTV 7", [])
    assert not is_product("Brask Holdings", ["maker"])
    assert not is_product("Vela Core", ["chip", "company"])
    assert not is_product("Orsa Hospital", [])


def test_a_name_described_by_a_person_role_is_a_person() -> None:
    roles = ["longtime producer of the show", "executive producer"]
    heads = ["producer", "producer"]
    assert is_titled_person("Tom Brandt", roles, heads)
    assert not is_titled_person("Brask Oil", ["oil producer"], ["producer"])
    assert not is_titled_person("Varnby Council", ["executive body"], ["body"])


def test_products_leave_the_who_is_who_and_their_maker_stays() -> None:
    text = (
        "Brask unveiled the Vela 3 on Tuesday. Vela Core, a custom chip inside the Vela 3, "
        "speeds up photos. Brask said the Vela Phone would ship in May. Ana Ruiz, an analyst "
        "at Orsa Research, said the Vela Phone was late.\n"
    )
    per_doc = [
        (
            "d",
            [
                ent(text, "Brask", "ORG"),
                ent(text, "Vela 3", "ORG"),
                ent(text, "Vela Core", "ORG", ("custom chip inside the Vela 3",)),
                ent(text, "Vela Phone", "ORG"),
                ent(text, "Ana Ruiz", "PERSON", ("analyst at Orsa Research",)),
            ],
        )
    ]
    names = who(per_doc, {"d": text})
    assert names.get("Brask") == "ORG"
    assert names.get("Ana Ruiz") == "PERSON"
    assert not {"Vela 3", "Vela Core", "Vela Phone"} & set(names)


def test_an_organisation_described_as_a_producer_of_a_show_is_a_person() -> None:
    text = (
        "Tom Brandt, the executive producer, defended the show. The gala's longtime "
        "producer, Tom Brandt, said the awards would go on.\n"
    )
    per_doc = [("d", [ent(text, "Tom Brandt", "ORG", ("executive producer", "longtime producer"))])]
    assert who(per_doc, {"d": text}).get("Tom Brandt") == "PERSON"


def test_a_firm_named_after_what_it_makes_is_no_product() -> None:
    assert not is_product("Hollis Aircraft", [])
    assert not is_product("Arden Software", [])
    assert is_product("Arden Software", ["software"])
