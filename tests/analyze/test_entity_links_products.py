"""A firm's name that opens its product's name links to the product only when the page does
not also name the product alone: "Lumetra Orbit Core" beside "Orbit Core" is Lumetra's chip,
and "Lumetra" stays the firm. Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities


def test_a_firm_opening_its_products_name_stays_apart(nlp: Language) -> None:
    text = (
        "The Lumetra Vision Engine is a custom chip. Lumetra says it speeds up photos.\n"
        "Vision Engine will roll out next month, Lumetra said.\n"
    )
    for e in find_entities(nlp(text)):
        names = {e.name, *e.aliases, *(m.text for m in e.mentions)}
        assert not {"Lumetra", "Vision Engine"} <= names
