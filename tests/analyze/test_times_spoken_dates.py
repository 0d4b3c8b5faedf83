"""Spoken and compared dates: a day of the month spelled as an ordinal ("January twentieth"),
"the previous year" with no date told before it, "prior-year" results, and a clock time
followed by its day after "local time"."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.times import find_times


def _values(text: str, ref: str, nlp: Language | None = None) -> dict[str, str | None]:
    source = nlp(text) if nlp is not None else text
    return {t.text: t.value for t in find_times(source, ref)}


def test_a_day_of_the_month_spelled_as_an_ordinal() -> None:
    ref = "2031-02-14"
    assert _values("The ferry line opened on January twentieth.", ref) == {
        "January twentieth": "2031-01-20"
    }
    assert _values("The pier shut on the twenty-first of January.", ref) == {
        "the twenty-first of January": "2031-01-21"
    }
    found = _values("The news for Friday, February fourteenth.", ref)
    assert found == {"Friday, February fourteenth": "2031-02-14"}
    found = _values("The mill closed March third, nineteen ninety-seven.", ref)
    assert found == {"March third, nineteen ninety-seven": "1997-03-03"}


def test_an_ordinal_opening_a_compound_is_not_a_day() -> None:
    found = _values("Velden Mills posted its March first-quarter figures.", "2031-05-14")
    assert "March first" not in found


def test_the_previous_year_with_no_date_before_counts_from_the_page(nlp: Language) -> None:
    ref = "2031-05-14"
    text = "Ferry traffic at Port Velden fell 4% from the previous year."
    assert _values(text, ref, nlp)["the previous year"] == "2030"
    text = "Ridership rose from the prior month."
    assert _values(text, ref, nlp)["the prior month"] == "2031-04"


def test_the_previous_year_after_a_told_year_counts_from_it(nlp: Language) -> None:
    text = "The Velden line opened in 2019. The prior year, the town had voted for it."
    assert _values(text, "2031-05-14", nlp)["The prior year"] == "2018"


def test_prior_year_quarter_is_the_year_ago_quarter(nlp: Language) -> None:
    text = "Velden Mills earned $3 million in the third quarter, up from the prior-year quarter."
    assert _values(text, "2031-10-20", nlp)["the prior-year quarter"] == "2030-Q3"


def test_a_clock_time_takes_the_day_named_after_local_time(nlp: Language) -> None:
    ref = "2031-05-14"  # a Wednesday
    found = _values("The ferry sank at 10:35 a.m. local time Monday off the cape.", ref, nlp)
    assert found["10:35 a.m."] == "2031-05-12T10:35"
    found = _values("The blast was heard at 9:10 a.m. (0610 GMT) Tuesday in Velden.", ref, nlp)
    assert found["9:10 a.m."] == "2031-05-13T09:10"
