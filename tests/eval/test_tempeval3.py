"""The TempEval-3 timex scorer's counts."""

from __future__ import annotations

import pytest

from storyline.eval.tempeval3 import Counts


def test_tempeval_counts_score_nothing_found_as_zero() -> None:
    found = Counts(gold=4, system=2, strict=1, relaxed=2, value=1, type=2).metrics()
    assert found["strict_P"] == 0.5 and found["strict_R"] == 0.25
    assert found["relaxed_F1"] == pytest.approx(2 / 3)
    assert found["value_acc"] == 0.5
    nothing = Counts(gold=3).metrics(with_value=False)
    assert nothing["strict_P"] == nothing["strict_F1"] == 0.0 and nothing["value_F1"] is None
