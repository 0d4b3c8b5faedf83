"""Time expressions in results stories: "last year" in a comparison of figures."""

from __future__ import annotations

from storyline.analyze.times import find_times


def values(text: str, ref: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, ref)]


def test_last_year_compared_with_a_quarters_figure_is_that_quarter_a_year_before() -> None:
    text = (
        "Pellworth Mills said its third-quarter profit rose to $12.5 million.\n\n"
        "The paper unit earned $2.4 million, compared with a loss of $1.1 million last year.\n\n"
        "Sales were $96.2 million, up from last year's $88.7 million."
    )
    assert [v for t, v in values(text, "1989-11-02") if t == "last year"] == [
        "1988-Q3",
        "1988-Q3",
    ]


def test_last_year_stays_a_year_outside_a_comparison_or_for_nine_months() -> None:
    text = (
        "Pellworth Mills said its third-quarter profit rose to $12.5 million.\n\n"
        "The company opened two mills last year.\n\n"
        "In the first nine months, net was $30 million, compared with $25 million last year."
    )
    assert [v for t, v in values(text, "1989-11-02") if t == "last year"] == ["1988", "1988"]


def test_the_last_quarter_is_the_quarter_before_this_one() -> None:
    text = "Orrin Audio said its profit rose 40% during the last quarter."
    assert dict(values(text, "2007-01-18"))["the last quarter"] == "2006-Q4"


def test_the_quarter_a_year_ago_is_one_expression_of_last_years_quarter() -> None:
    text = (
        "Pellworth Mills said its third-quarter profit rose to $12.5 million.\n\n"
        "For the quarter a year ago, it earned $9.1 million. The period last year was weak."
    )
    found = values(text, "1989-10-26")
    assert ("the quarter", "1989-Q3") not in found
    assert [v for t, v in found if t in ("a year ago", "last year")] == ["1988-Q3", "1988-Q3"]


def test_the_previous_quarter_is_the_one_before_the_reported_quarter() -> None:
    text = "Orrin Audio said its third-quarter profit fell. The previous quarter was stronger."
    assert dict(values(text, "1989-11-02"))["The previous quarter"] == "1989-Q2"
