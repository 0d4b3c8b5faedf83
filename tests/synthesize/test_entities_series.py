"""A bare name beside two or more numbered members of its series ("Vela 3", "Vela 4") is the
series, not one of them; beside a single numbered name it may still be that name's short
form."""

from __future__ import annotations

from storyline.synthesize.entities import merge_and_propagate
from tests.synthesize.who_entities import pages

TEXTS = {
    "a": "The Vela 4 went on sale on Friday. The Vela line began in 2007.\n",
    "b": "The Vela 4 sold a million units. Critics said the Vela had grown heavy.\n",
    "c": "Buyers queued for the Vela 4 overnight. The Vela is made in Tarnland.\n",
    "d": "The Vela changed how people use phones. The Vela 3 added video calls.\n",
}


def _owner(texts: dict[str, str], names: dict[str, str]) -> dict[str, str]:
    """Every name -> the canonical name of the entity that holds it."""
    profiles, _ = merge_and_propagate(pages(texts, names), texts)
    return {n: p.name for p in profiles for n in (p.name, *p.aliases)}


def test_a_series_name_stays_apart_from_its_numbered_members() -> None:
    owner = _owner(TEXTS, {"Vela 4": "OTHER", "Vela 3": "OTHER", "Vela": "OTHER"})
    assert owner["Vela"] == "Vela"
    assert owner["Vela 4"] != owner["Vela 3"]


def test_one_numbered_name_still_takes_its_short_form() -> None:
    texts = {
        "a": "The Vela 4 went on sale on Friday. Buyers queued for the Vela 4 overnight.\n",
        "b": "The Vela 4 sold a million units, and the Vela was sold out.\n",
    }
    owner = _owner(texts, {"Vela 4": "OTHER", "Vela": "OTHER"})
    assert owner["Vela"] == owner["Vela 4"]
