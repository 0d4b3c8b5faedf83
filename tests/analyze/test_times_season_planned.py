"""A season a plan is for ("set for late summer", "scheduled for spring") is a date; "for
winter" in a present clause names a kind of season ("gloves for winter"), no date."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.times import find_times

REF = "2031-02-12"


def _found(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(nlp(text), REF)]


def test_a_season_a_plan_is_for_is_a_date(nlp: Language) -> None:
    assert _found(nlp, "The Halvard Bridge vote is set for late summer.") == [
        ("late summer", "2031-SU")
    ]
    assert _found(nlp, "The ferry merger will be put to a vote for spring.") == [
        ("spring", "2031-SP")
    ]


def test_a_kind_of_season_is_no_date(nlp: Language) -> None:
    assert _found(nlp, "Gloves for winter are on sale at the Velden market.") == []
