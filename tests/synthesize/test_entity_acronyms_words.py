"""An acronym some outlets write as a word joins the long form it spells exactly (our own
fictional sentences)."""

from __future__ import annotations

from storyline.synthesize.entity_acronyms import word_acronym
from tests.synthesize.who_entities import pages, who


def test_word_acronyms() -> None:
    assert word_acronym("Nosa") and word_acronym("Unesca")
    assert not word_acronym("NOSA") and not word_acronym("Ana") and not word_acronym("Mc4x")


def test_an_acronym_written_as_a_word_joins_its_long_form() -> None:
    texts = {
        "d1": "The National Orbital Survey Agency said the probe had landed safely.\n",
        "d2": "Nosa said the probe would send pictures, and Nosa engineers cheered.\n",
    }
    found = who(pages(texts, {"National Orbital Survey Agency": "ORG", "Nosa": "ORG"}), texts)
    assert len(found) == 1, found


def test_a_word_that_only_loosely_spells_a_name_stays_apart() -> None:
    texts = {
        "d1": "The Northern Ocean Shipping Line Authority said the port was closed.\n",
        "d2": "Nosa said the probe would send pictures, and Nosa engineers cheered.\n",
    }
    names = {"Northern Ocean Shipping Line Authority": "ORG", "Nosa": "ORG"}
    found = who(pages(texts, names), texts)
    assert len(found) == 2, found
