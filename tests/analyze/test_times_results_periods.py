"""Spelled centuries ("the nineteenth century") and the periods of a results story: "For the
year", "the 1988 period" after nine months, "this quarter" after a reported quarter."""

from __future__ import annotations

from storyline.analyze.times import find_times


def values(text: str, ref: str, nlp=None) -> dict[str, str]:
    source = nlp(text) if nlp is not None else text
    return {t.text: t.value for t in find_times(source, ref)}


def test_spelled_century() -> None:
    found = values("The mill dates from the nineteenth century.", "2031-05-14")
    assert found["the nineteenth century"] == "18"
    found = values("It is a twenty-first century problem.", "2031-05-14")
    assert found["twenty-first century"] == "20"


def test_for_the_year_is_the_year_summed_up(nlp) -> None:
    assert values("For the year, Tarvo's sales were flat.", "2031-11-02", nlp)["the year"] == "2031"
    assert values("For the year, Tarvo's sales fell.", "2031-01-20", nlp)["the year"] == "2030"
    # the accounting year ending on a day stays a length of time
    found = values("For the year ended Sept. 30, Tarvo earned $4 million.", "2031-11-02", nlp)
    assert found["the year"] == "P1Y"


def test_year_period_after_nine_months_is_that_year(nlp) -> None:
    ref = "2031-11-02"
    text = "In the first nine months, Tarvo netted $30 million, against a loss in the 2030 period."
    assert values(text, ref, nlp)["the 2030 period"] == "2030"
    text = "In the third quarter, Tarvo's net was $3 million, against a loss in the 2030 period."
    assert values(text, ref, nlp)["the 2030 period"] == "2030-Q3"


def test_this_quarter_after_a_reported_quarter(nlp) -> None:
    ref = "2031-11-02"
    text = "Tarvo's net was $5 million in the third quarter. This quarter's profit includes a gain."
    assert values(text, ref, nlp)["This quarter"] == "2031-Q3"
    text = "Tarvo had a third-quarter loss of $3 million. This quarter, it will break even."
    assert values(text, ref, nlp)["This quarter"] == "2031-Q4"
