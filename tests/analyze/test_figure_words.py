"""The figure finder's language data: bounds, number shapes, currencies and measures."""

from __future__ import annotations

from typing import get_args

import pytest

from storyline.analyze.figure_words import (
    AGENT_NOUNS,
    BOUNDS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DIGITS,
    MEASURES,
    ORDINAL,
    POUNDS_FORCE,
    POUNDS_MONEY,
    POUNDS_WEIGHT,
    WORD_VALUES,
    YEAR,
)
from storyline.model import Bound


def test_longer_bound_phrases_are_tried_first() -> None:
    lengths = [len(words) for words, _ in BOUNDS]
    assert lengths == sorted(lengths, reverse=True)
    # "just over" must be seen before "over"
    phrases = [words for words, _ in BOUNDS]
    assert phrases.index(("just", "over")) < phrases.index(("over",))


def test_every_bound_is_a_known_kind() -> None:
    kinds = set(get_args(Bound))
    assert {bound for _, bound in BOUNDS} <= kinds
    assert dict(BOUNDS)[("at", "least")] == "at_least"
    assert dict(BOUNDS)[("no", "fewer", "than")] == "at_least"
    assert dict(BOUNDS)[("just", "under")] == "nearly"


def test_word_values_read_fractions_and_dozens() -> None:
    assert WORD_VALUES["half"] == 0.5
    assert WORD_VALUES["dozen"] == 12


@pytest.mark.parametrize(
    "token,number,scale",
    [
        ("12,000", "12,000", None),
        ("$4.5bn", "4.5", "bn"),
        ("€30m", "30", "m"),
        ("US$200", "200", None),
        ("7k", "7", "k"),
        ("0.75", "0.75", None),
    ],
)
def test_digits_read_number_and_scale(token: str, number: str, scale: str | None) -> None:
    match = DIGITS.match(token)
    assert match is not None
    assert match.group(1) == number and match.group(2) == scale


@pytest.mark.parametrize("token", ["twelve", "12a", "$", "1.2.3", "-5"])
def test_digits_refuse_what_is_no_number(token: str) -> None:
    assert DIGITS.match(token) is None


@pytest.mark.parametrize("token,is_year", [("1998", True), ("2031", True), ("1400", False)])
def test_years(token: str, is_year: bool) -> None:
    assert bool(YEAR.match(token)) is is_year


@pytest.mark.parametrize("token", ["1st", "22nd", "3rd", "40th", "Fifth", "tenth"])
def test_ordinals(token: str) -> None:
    assert ORDINAL.match(token)


def test_ordinal_needs_its_suffix() -> None:
    assert ORDINAL.match("40") is None
    assert ORDINAL.match("eleventh") is None  # only first to tenth are spelled out


def test_pounds_are_money_or_weight_by_their_sentence() -> None:
    money = "The council was fined 4,000 pounds for the spill."
    weight = "The catch weighed 300 pounds."
    assert POUNDS_MONEY.search(money) and not POUNDS_WEIGHT.search(money)
    assert POUNDS_WEIGHT.search(weight) and not POUNDS_MONEY.search(weight)
    mass = "The rocket can put 140,000 pounds of payload in orbit."
    assert POUNDS_WEIGHT.search(mass) and not POUNDS_MONEY.search(mass)
    force = "Its engines give 5.1 million pounds of thrust at liftoff."
    assert POUNDS_FORCE.search(force) and not POUNDS_WEIGHT.search(force)
    assert CURRENCY_WORDS["pounds"] == "pounds"  # undecided until the sentence says
    assert CURRENCY_SYMBOLS["£"] == "pounds sterling"


def test_measures_share_one_unit_per_spelling() -> None:
    assert MEASURES["kilometres"] == MEASURES["kilometers"] == MEASURES["km"] == "km"
    assert MEASURES["%"] == MEASURES["percent"] == "percent"
    assert MEASURES["tons"] == MEASURES["tonnes"]


def test_agent_nouns_are_lemmas() -> None:
    assert "official" in AGENT_NOUNS and "officials" not in AGENT_NOUNS
    assert all(n == n.lower() for n in AGENT_NOUNS)
