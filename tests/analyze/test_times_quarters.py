"""Time expressions in results stories: which quarter "a year ago" and "the quarter" mean."""

from __future__ import annotations

from storyline.analyze.times import find_times


def values(text: str, ref: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, ref)]


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


def test_a_fiscal_quarter_as_late_as_the_reference_is_this_years() -> None:
    text = (
        "Brindle Mills reported a 30% decline in fourth-quarter earnings.\n\n"
        "It earned $12 million, compared with $17 million a year earlier."
    )
    assert dict(values(text, "1989-11-02"))["a year earlier"] == "1988-Q4"


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
