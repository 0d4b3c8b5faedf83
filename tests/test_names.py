"""One rule for acronyms, within a page (analyze) and across pages (synthesize)."""

from __future__ import annotations

import pytest

from storyline.model import Entity, Mention
from storyline.names import (
    flat_words,
    initials,
    is_acronym,
    normalise,
    regional_branch,
    spells,
    words,
)
from storyline.synthesize.entities import cluster_entities


@pytest.mark.parametrize(
    "text,expected",
    [
        ("NIS", True),
        ("U.N.", True),
        ("TfL", True),
        ("UK", True),
        ("Mr", False),
        ("McCann", False),
        ("Tom", False),
        ("ABCDEFG", False),
    ],
)
def test_is_acronym(text: str, expected: bool) -> None:
    assert is_acronym(text) is expected


def test_comparable_words_across_pages() -> None:
    assert normalise("Dr. Ada Okafor", "PERSON") == ("ada", "okafor")
    assert normalise("President Ada Okafor's", "PERSON") == ("ada", "okafor")
    assert normalise("Equifax Inc.", "ORG") == ("equifax",)
    assert normalise("Airbus A380s", "ORG") == ("airbus", "a380")
    assert normalise("Müller-Lüdenscheid", "PERSON") == ("muller", "ludenscheid")


def test_comparable_words_within_a_page() -> None:
    assert words("Kim Jong-un") == ["kim", "jong-un"]
    assert flat_words("Kim Jong-un") == flat_words("Kim Jong Un") == ["kim", "jong", "un"]


def test_initials_leave_out_small_words_unless_asked() -> None:
    assert initials(["Bank", "of", "England"]) == "BOE"
    assert initials(["Bank", "of", "England"], small=False) == "BE"


@pytest.mark.parametrize(
    "acronym,long_form",
    [
        ("TfL", "Transport for London"),
        ("BoE", "Bank of England"),
        ("EADS", "European Aeronautic Defence and Space Company"),
        ("EADS", "European Aeronautic Defence & Space NV"),
        ("RSIS", "Singapore's S. Rajaratnam School of International Studies"),
        ("KWA", "Kessvik Regional Water Authority"),  # three quarters of the initials, in order
        ("tfl", "transport for london"),  # normalised words read the same
    ],
)
def test_spells(acronym: str, long_form: str) -> None:
    assert spells(acronym, long_form)


@pytest.mark.parametrize(
    "acronym,long_form",
    [("NBA", "National Water Authority"), ("KA", "Kessvik Regional Water Authority")],
)
def test_does_not_spell(acronym: str, long_form: str) -> None:
    assert not spells(acronym, long_form)


def test_a_bracketed_acronym_may_keep_the_original_order() -> None:
    long_form = "National Agency for Civil Protection"
    assert not spells("NCPA", long_form)
    assert spells("NCPA", long_form, loose=True)


def _org(name: str) -> Entity:
    mention = Mention(text=name, start=0, end=len(name))
    return Entity(key=name.lower(), name=name, label="ORG", mentions=[mention])


def _groups(per_doc: list[tuple[str, list[Entity]]]) -> list[set[str]]:
    return [{e.name for _, e in group} for group in cluster_entities(per_doc)]


def test_an_acronym_joins_its_long_form_across_pages_by_the_same_rule() -> None:
    # the analyzer links "KWA" to "Kessvik Regional Water Authority" on one page; two pages
    # that each use one of them name one organisation too
    per_doc = [("a", [_org("Kessvik Regional Water Authority")]), ("b", [_org("KWA")])]
    assert {"Kessvik Regional Water Authority", "KWA"} in _groups(per_doc)


def test_an_ambiguous_acronym_joins_nothing() -> None:
    per_doc = [
        ("a", [_org("Kessvik Water Authority")]),
        ("b", [_org("Kessvik Wildlife Association")]),
        ("c", [_org("KWA")]),
    ]
    assert {"KWA"} in _groups(per_doc)


def test_a_regional_branch_adds_a_place_or_a_branch_noun() -> None:
    assert regional_branch(("west", "tarn", "province"), set())
    assert regional_branch(("tarnland",), {"tarnland"})
    assert not regional_branch(("of", "tarnland"), {"tarnland"})  # "Royal Bank of Tarnland"
    assert not regional_branch(("motors",), {"tarnland"})
