"""The clause tense that picks a month's or season's year: a plural noun the tagger took for a
verb ("missile launches in July") does not make the clause a scheduled present, and a gerund
after a past verb ("began thinking ... during the summer") is in the past."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.times import find_times


def test_a_month_after_a_plural_noun_keeps_the_past_reading(nlp: Language) -> None:
    text = "The council imposed sanctions in response to two missile launches in July."
    found = {t.text: t.value for t in find_times(nlp(text), "2031-08-28")}
    assert found["July"] == "2031-07"


def test_a_season_under_a_past_verb_and_a_gerund_is_last_year_s(nlp: Language) -> None:
    text = "He said he began thinking about retirement during the summer at his lake house."
    found = {t.text: t.value for t in find_times(nlp(text), "2031-01-02")}
    assert found["the summer"] == "2030-SU"
