"""Time expressions resolved against the right reference: the year a text last named, a
future clause's next occurrence, a past clause told with "did"."""

from __future__ import annotations

from storyline.analyze.times import find_times


def values(nlp, text: str, ref: str) -> dict[str, str]:
    return {t.text: t.value for t in find_times(nlp(text), ref)}


def test_a_month_of_that_year_takes_the_year_named_before(nlp) -> None:
    found = values(
        nlp,
        "Complaints about the depot go back to early 2019. An inspector found that the leak "
        "began in late March of that year.",
        "2021-06-10",
    )
    assert found["late March of that year"] == "2019-03"


def test_a_day_of_the_following_year_counts_from_the_year_named(nlp) -> None:
    found = values(
        nlp,
        "The bakery opened in 2012. It closed on May 4 of the following year.",
        "2021-06-10",
    )
    assert found["May 4 of the following year"] == "2013-05-04"


def test_a_day_in_a_future_clause_is_the_next_one(nlp) -> None:
    found = values(
        nlp,
        "The council says the new bridge will be finished and open to traffic by Feb. 28.",
        "2021-09-20",
    )
    assert found["Feb. 28"] == "2022-02-28"


def test_a_day_in_a_past_clause_stays_behind(nlp) -> None:
    found = values(nlp, "The council said the bridge opened to traffic on Feb. 28.", "2021-09-20")
    assert found["Feb. 28"] == "2021-02-28"


def test_did_marks_a_past_clause(nlp) -> None:
    # "the December vote didn't settle" tells of a December already past
    found = values(
        nlp,
        "Ms. Varga notes that the December vote didn't settle the question of the harbour fees.",
        "2021-11-20",
    )
    assert found["December"] == "2020-12"
