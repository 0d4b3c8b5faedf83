"""The coming century as a date ("in the next century", said in 1999, is the 21st), and a part
of the day written before "yesterday" ("mid-afternoon yesterday")."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.times import find_times


def _values(nlp: Language, text: str, ref: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_times(nlp(text), ref)}


def test_the_next_century_is_the_coming_one(nlp: Language) -> None:
    found = _values(
        nlp, "Velden's port will enter the next century with two new piers.", "1999-03-12"
    )
    assert found == {"the next century": "20"}
    found = _values(nlp, "The treaty will matter in the coming century.", "1999-03-12")
    assert found == {"the coming century": "20"}


def test_over_the_next_century_stays_a_length(nlp: Language) -> None:
    found = _values(nlp, "The coast will erode over the next century.", "1999-03-12")
    assert found == {"the next century": "P100Y"}


def test_a_part_of_the_day_before_yesterday_word(nlp: Language) -> None:
    found = _values(
        nlp, "Velden Mills shares were up 2 pence at mid-afternoon yesterday.", "2031-05-14"
    )
    assert found == {"mid-afternoon yesterday": "2031-05-13TAF"}
