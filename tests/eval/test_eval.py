"""The shared scoring helpers, and the scorers' tallies that use them."""

from __future__ import annotations

import pytest

from storyline.eval import f1, prf, ratio
from storyline.eval.polnear import Tally
from storyline.eval.tempeval3 import Counts


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


def test_tempeval_counts_score_nothing_found_as_zero() -> None:
    found = Counts(gold=4, system=2, strict=1, relaxed=2, value=1, type=2).metrics()
    assert found["strict_P"] == 0.5 and found["strict_R"] == 0.25
    assert found["relaxed_F1"] == pytest.approx(2 / 3)
    assert found["value_acc"] == 0.5
    nothing = Counts(gold=3).metrics(with_value=False)
    assert nothing["strict_P"] == nothing["strict_F1"] == 0.0 and nothing["value_F1"] is None


def test_polnear_tally_leaves_precision_of_no_prediction_undefined() -> None:
    tally = Tally(gold=2, gold_ok=1, gold_exact=1)
    metrics = tally.metrics("direct")
    assert metrics["direct_R"] == 0.5
    assert metrics["direct_P"] is None and metrics["direct_F1"] is None
    assert metrics["direct_speaker"] is None


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
