"""A fiscal year named by its number or counted from the page ("the 1990 fiscal year", "last
fiscal year"), and a quarter of a named fiscal year."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.times import find_times


def _values(nlp: Language, text: str, ref: str = "2031-10-20") -> dict[str, str | None]:
    return {t.text: t.value for t in find_times(nlp(text), ref)}


def test_a_fiscal_year_named_by_its_number(nlp: Language) -> None:
    assert _values(nlp, "Velden Mills lost money in the 2030 fiscal year.") == {
        "the 2030 fiscal year": "2030"
    }
    assert _values(nlp, "Velden Mills lost money in fiscal year 2029.") == {
        "fiscal year 2029": "2029"
    }


def test_a_fiscal_year_counted_from_the_page(nlp: Language) -> None:
    assert _values(nlp, "Velden Mills lost money last fiscal year.") == {"last fiscal year": "2030"}
    assert _values(nlp, "Velden Mills expects a profit next fiscal year.") == {
        "next fiscal year": "2032"
    }


def test_a_quarter_of_a_named_fiscal_year(nlp: Language) -> None:
    found = _values(nlp, "Velden Mills will report the second quarter of fiscal 2032 soon.")
    assert found["the second quarter of fiscal 2032"] == "2032-Q2"
