"""A name that only ever modifies a common noun, also through the number of a series ("the
Vega 17 lunar landing", "the Vega lander"), is a programme or a thing, not an organisation;
an organisation that acts stays, whatever number follows it elsewhere."""

from __future__ import annotations

from tests.synthesize.who_entities import ent, who


def test_a_numbered_series_that_only_modifies_nouns_is_no_organisation() -> None:
    texts = {
        "a": "The rover is bigger than the Vega lander, which carried two people.\n"
        "On the anniversary of the Vega 17 lunar landing, the agency set new goals.\n",
    }
    per_doc = [("a", [ent(texts["a"], "Vega", "ORG")])]
    assert "Vega" not in who(per_doc, texts)


def test_an_organisation_that_acts_stays_beside_its_numbered_products() -> None:
    texts = {
        "a": "Korvel said on Monday it would build more planes.\n"
        "The Korvel 900 jets are popular with airlines.\n",
    }
    per_doc = [("a", [ent(texts["a"], "Korvel", "ORG")])]
    assert who(per_doc, texts).get("Korvel") == "ORG"
