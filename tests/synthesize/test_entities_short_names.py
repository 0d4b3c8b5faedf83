"""A one-word name joins the longer name it shortens unless the word only says what kind of
body it is ("State" of "Crescent State"), and a one-word rest after a firm's name is no
product of it ("Halvard Orrin" beside "Orrin" is one firm)."""

from __future__ import annotations

from storyline.synthesize.entities import merge_and_propagate
from tests.synthesize.who_entities import ent, pages


def _together(texts: dict[str, str], names: dict[str, str], short: str, full: str) -> bool:
    profiles, _ = merge_and_propagate(pages(texts, names), texts)
    return any({short, full} <= {p.name, *p.aliases} for p in profiles)


def test_a_last_word_that_names_joins_the_longer_name() -> None:
    texts = {
        "a": "Brisk released Tarn OS Falcon on Monday. Tarn OS Falcon runs on old laptops.\n",
        "b": "Falcon was faster than expected, testers said of Tarn OS Falcon.\n",
    }
    names = {"Tarn OS Falcon": "ORG", "Falcon": "ORG"}
    assert _together(texts, names, "Falcon", "Tarn OS Falcon")


def test_a_last_word_that_says_the_kind_stays_apart() -> None:
    texts = {
        "a": "The Crescent Party won the vote. The Crescent Party will govern.\n",
        "b": "The Party said the Crescent Party had a mandate.\n",
    }
    names = {"Crescent Party": "ORG", "Party": "ORG"}
    assert not _together(texts, names, "Party", "Crescent Party")


def test_a_one_word_rest_after_a_firms_name_is_no_product() -> None:
    texts = {
        "a": "Halvard Orrin won the tanker contract. Halvard said costs would fall.\n",
        "b": "Halvard Orrin shares rose. Orrin was founded in 1921.\n",
    }
    per_doc = pages(texts, {"Halvard Orrin": "ORG", "Halvard": "ORG"})
    per_doc[1][1].append(ent(texts["b"], "Orrin", "OTHER"))
    profiles, _ = merge_and_propagate(per_doc, texts)
    assert any({"Halvard", "Halvard Orrin"} <= {p.name, *p.aliases} for p in profiles)
