"""The PolNeAR quote scorer's tally."""

from __future__ import annotations

from storyline.eval.polnear import Tally


def test_polnear_tally_leaves_precision_of_no_prediction_undefined() -> None:
    tally = Tally(gold=2, gold_ok=1, gold_exact=1)
    metrics = tally.metrics("direct")
    assert metrics["direct_R"] == 0.5
    assert metrics["direct_P"] is None and metrics["direct_F1"] is None
    assert metrics["direct_speaker"] is None
