"""A year after a possessive names the year of the things that follow ("Orsa's 2030 results"),
as after "the" or "its"; a bare number before a plural noun still counts them."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.times import find_times


def values(nlp: Language, text: str) -> list[str]:
    return [t.value for t in find_times(nlp(text), "2031-02-13")]


def test_a_year_after_a_possessive_is_a_date(nlp: Language) -> None:
    assert values(nlp, "The company's 2029 results were better than expected.") == ["2029"]
    assert values(nlp, "Its 2029 results were weak.") == ["2029"]


def test_a_number_counting_a_plural_is_no_year(nlp: Language) -> None:
    assert values(nlp, "Orsa's 2,000 troops left the port.") == []
