"""Who's who: made things without a product word in their name are no actors either: a flight
or model code, a "person" described only as a made thing, and a name that mostly modifies a
product noun (our own fictional sentences)."""

from __future__ import annotations

from tests.synthesize.who_entities import ent, who


def test_a_flight_code_is_no_organisation() -> None:
    text = "Flight QX417 left Orsa at midnight. Skyline Air said QX417 landed a day earlier.\n"
    per_doc = [("a", [ent(text, "QX417", "ORG"), ent(text, "Skyline Air", "ORG")])]
    names = who(per_doc, {"a": text})
    assert "Skyline Air" in names
    assert "QX417" not in names


def test_glasses_named_after_their_maker_are_a_product_and_the_maker_stays() -> None:
    texts = {
        "a": (
            "Brask has unveiled smart glasses called Lumo. The Lumo glasses weigh 50 grams.\n"
            "Brask's Lumo smart glasses project a laser image. Brask said developers would "
            "get them first.\n"
        ),
        "b": "The Lumo specs sync to a phone. Brask declined to comment.\n",
    }
    per_doc = [(d, [ent(t, "Lumo", "ORG"), ent(t, "Brask", "ORG")]) for d, t in texts.items()]
    names = who(per_doc, texts)
    assert "Brask" in names
    assert "Lumo" not in names


def test_a_maker_whose_products_a_page_names_stays() -> None:
    text = "Brask phones sold well. Brask chips are in every car. Brask's chief said sales rose.\n"
    per_doc = [("a", [ent(text, "Brask", "ORG")])]
    assert "Brask" in who(per_doc, {"a": text})


def test_a_person_described_only_as_spectacles_is_a_product() -> None:
    text = (
        "Orbit Glass, the costly spectacles with a camera, failed. Unlike Orbit Glass, the "
        "new frames look plain. Ana Ruiz, an analyst, said buyers wanted plain frames.\n"
    )
    per_doc = [
        (
            "a",
            [
                ent(text, "Orbit Glass", "PERSON", ("costly spectacles with a camera",)),
                ent(text, "Ana Ruiz", "PERSON", ("analyst",)),
            ],
        )
    ]
    names = who(per_doc, {"a": text})
    assert "Ana Ruiz" in names
    assert "Orbit Glass" not in names


def test_a_film_title_in_quotation_marks_is_no_person() -> None:
    text = (
        "Ana Ruiz was hurt on the set of “Orsa Nights,” she said. Filming “Orsa Nights” took "
        "a year. Ana Ruiz said the Orsa Nights crew was tired.\n"
    )
    per_doc = [("a", [ent(text, "Orsa Nights", "PERSON"), ent(text, "Ana Ruiz", "PERSON")])]
    names = who(per_doc, {"a": text})
    assert "Ana Ruiz" in names
    assert "Orsa Nights" not in names
