"""The shared scoring helpers, the report table and the registry of evaluations."""

from __future__ import annotations

import pytest

from storyline.eval import f1, prf, ratio


def test_f1_is_the_harmonic_mean() -> None:
    assert f1(0.5, 1.0) == pytest.approx(2 / 3)
    assert f1(0.0, 0.0) == 0.0
    assert f1(None, 0.5) is None and f1(0.5, None) is None


def test_ratio_says_what_an_empty_whole_is_worth() -> None:
    assert ratio(1, 4) == 0.25
    assert ratio(0, 0) == 0.0
    assert ratio(0, 0, None) is None


def test_prf_of_one_to_one_matches() -> None:
    assert prf(3, 4, 6) == pytest.approx((0.75, 0.5, 0.6))
    assert prf(0, 0, 5) == (0.0, 0.0, 0.0)
    assert prf(0, 0, 0, empty=1.0) == (1.0, 1.0, 1.0)


def test_report_rows_show_their_notes() -> None:
    from io import StringIO

    from rich.console import Console

    from storyline.eval import Report, Row, print_report

    out = StringIO()
    report = Report(name="x", data="d", rows=[Row("storyline", {"a": 1.0}, "ours", "dev half")])
    print_report(report, Console(file=out, width=120))
    assert "storyline [dev half]" in out.getvalue()


def test_htmldate_evaluation_is_registered() -> None:
    from storyline.eval import REGISTRY, load

    assert "htmldate" in REGISTRY
    module = load("htmldate")
    assert module.DATA == "htmldate" and callable(module.evaluate)
