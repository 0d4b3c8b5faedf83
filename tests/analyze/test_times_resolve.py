"""Time expressions resolved from the text: the quarter a results story reports on, halves."""

from __future__ import annotations

import pytest

from storyline.analyze.times import find_times


def values(text: str, ref: str, nlp=None) -> list[tuple[str, str]]:
    source = nlp(text) if nlp is not None else text
    return [(t.text, t.value) for t in find_times(source, ref)]


def test_a_year_ago_is_the_reported_quarter_not_a_charge_ahead() -> None:
    text = (
        "Kestrel Foods said its third-quarter profit rose 9%.\n\n"
        "Kestrel said the flood will result in a fourth-quarter charge of $8 million.\n\n"
        "Its bakery unit lost $2.1 million in the latest quarter, compared with earnings of "
        "$4.3 million a year ago."
    )
    found = dict(values(text, "1989-11-02"))
    assert found["the latest quarter"] == "1989-Q3"
    assert found["a year ago"] == "1988-Q3"


def test_results_sentences_after_a_reported_quarter_compare_that_quarter() -> None:
    text = (
        "Marlow Tools said it expects to report a third-quarter loss of $4 million.\n\n"
        "The toolmaker said it will write off some leases.\n\n"
        "The company also cited higher costs.\n\n"
        "A year earlier, net income was $1.2 million, or five cents a share."
    )
    assert dict(values(text, "1989-11-02"))["A year earlier"] == "1988-Q3"


def test_a_fiscal_quarter_as_late_as_the_reference_is_this_years(nlp) -> None:
    text = (
        "Brindle Mills reported a 30% decline in fourth-quarter earnings.\n\n"
        "It earned $12 million, compared with $17 million a year earlier. Sales in the latest "
        "period rose."
    )
    found = dict(values(text, "1989-11-02", nlp))
    assert found["a year earlier"] == "1988-Q4"
    assert found["the latest period"] == "1989-Q4"


def test_the_latest_quarter_is_not_one_still_to_come(nlp) -> None:
    text = (
        "Halvard Insurance said third-quarter profit fell 20%.\n\n"
        "It has no estimate of the storm's effect on fourth-quarter results.\n\n"
        "In the latest quarter, its car line lost $3 million."
    )
    assert dict(values(text, "1989-10-30", nlp))["the latest quarter"] == "1989-Q3"


def test_the_quarter_ended_a_named_day_is_the_quarter_it_closes() -> None:
    found = values(
        "In the quarter ended July 31, the chain had 40 stores. Sales in the quarter ended "
        "Sept. 30 rose.",
        "1989-10-30",
    )
    quarters = [value for text, value in found if text == "the quarter"]
    assert quarters == ["1989-Q2", "1989-Q3"]


def test_nine_months_compare_whole_years() -> None:
    text = (
        "Corvel Bank said third-quarter profit fell.\n\n"
        "For the nine months, profit was $40 million, compared with $52 million a year earlier."
    )
    assert dict(values(text, "1989-10-26"))["a year earlier"] == "1988"


def test_a_year_ago_outside_results_stays_a_year() -> None:
    text = (
        "The port reported third-quarter traffic on Monday.\n\n"
        "The new bridge opened to walkers. Crowds came. Bands played.\n\n"
        "A year ago the river crossing was closed."
    )
    assert dict(values(text, "1989-10-26"))["A year ago"] == "1988"


def test_a_half_of_a_named_year_is_that_half() -> None:
    found = dict(
        values("Orders fell in the second half of 1997 and rose in the first half.", "1998-03-11")
    )
    assert found["the second half of 1997"] == "1997-H2"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Second-half earnings at the ferry line will be weaker.", "Second-half", "1989-H2"),
        ("The ferry line's first-half profit rose 10%.", "first-half", "1989-H1"),
        (
            "Orsa Ferries reported results for the second half of fiscal 1988.",
            "the second half of fiscal 1988",
            "1988-H2",
        ),
        (
            "The yard will run through the first two quarters of 1990.",
            "the first two quarters of 1990",
            "1990-H1",
        ),
    ],
)
def test_a_company_half_year(text: str, span: str, expected: str) -> None:
    assert dict(values(text, "1989-10-26"))[span] == expected


def test_a_games_half_is_no_date() -> None:
    assert values("Orsa scored a second-half goal and held a first-half lead.", "1989-10-26") == []


def test_this_past_weekend_is_the_last_one() -> None:
    found = dict(values("The fair closed this past weekend.", "2013-03-20"))
    assert found["this past weekend"] == "2013-W11-WE"


def test_a_quarter_of_a_named_year_ahead_is_not_the_one_reported() -> None:
    text = (
        "Analysts see losses through the third quarter of 1990.\n\n"
        "In the latest quarter, Orrin Steel lost $3 million, compared with a profit of "
        "$2 million a year ago."
    )
    found = dict(values(text, "1989-10-26"))
    assert found["the third quarter of 1990"] == "1990-Q3"
    assert found["the latest quarter"] == "1989-Q3"
    assert found["a year ago"] == "1988-Q3"


def test_days_earlier_count_from_the_date_named_before() -> None:
    found = dict(
        values("The ferry sank on May 4. Two days earlier the captain warned.", "2021-06-16")
    )
    assert found["Two days earlier"] == "2021-05-02"
    found = dict(values("The pier reopened in 2019. Ten years earlier it burned.", "2021-06-16"))
    assert found["Ten years earlier"] == "2009"
