"""The coreference scorers (MUC, B-cubed, CEAF-e) on a hand example."""

from __future__ import annotations

import pytest


def test_coreference_scorers_on_a_hand_example():
    from storyline.eval.meantime_coref import b_cubed, ceaf_e, conll, muc

    key = [{"a", "b", "c"}, {"d", "e"}]
    response = [{"a", "b"}, {"c", "d", "e"}]
    # MUC: recall (1 + 1) / (2 + 1) = 2/3; precision (1 + 1) / (1 + 2) = 2/3.
    assert muc(key, response)[:2] == pytest.approx((2 / 3, 2 / 3))
    # B-cubed: precision (1 + 1 + 1/3 + 2/3 + 2/3) / 5; recall (2/3 + 2/3 + 1/3 + 1 + 1) / 5.
    assert b_cubed(key, response)[:2] == pytest.approx((11 / 15, 11 / 15))
    # CEAF-e: best alignment {abc}-{ab} phi 0.8 and {de}-{cde} phi 0.8: P = R = 1.6 / 2.
    assert ceaf_e(key, response)[:2] == pytest.approx((0.8, 0.8))
    perfect = conll(key, key)
    assert perfect["conll_f1"] == pytest.approx(1.0)
    # A gold mention nobody covers is its own cluster: all singletons score MUC 0.
    singles = [{m} for c in key for m in c]
    assert muc(key, singles)[2] == 0.0
