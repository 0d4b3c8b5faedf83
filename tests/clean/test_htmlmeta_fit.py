"""The rankers' weights: fitted from candidates, kept as data files, loaded by the code."""

from __future__ import annotations

import json

from storyline.clean.htmlmeta.fit import date_accuracy, fit_date_weights
from storyline.clean.htmlmeta.published import DateCandidate, pick_date
from storyline.clean.htmlmeta.weights import load_weights, weights_path


def _page(n: int) -> tuple[str, str, list[DateCandidate]]:
    # On every invented page the right day is the one printed under the headline; the wrong
    # one is only in a "modified" field.
    right = DateCandidate("2024-03-0" + str(n % 9 + 1), "x", "date-line", {"head_nearest": 1.0})
    wrong = DateCandidate("2024-04-01", "x", "meta", {"meta_mod": 1.0})
    return (str(n), right.day, [wrong, right])


def test_fitted_weights_rank_the_right_candidate_first() -> None:
    rows = [_page(n) for n in range(20)]
    weights = fit_date_weights(rows)
    assert weights["head_nearest"] > weights["meta_mod"]
    assert date_accuracy(rows, weights) == 1.0
    assert pick_date(rows[0][2], weights) is rows[0][2][1]


def test_shipped_weights_are_data_files() -> None:
    for name in ("date", "author"):
        data = json.loads(weights_path(name).read_text(encoding="utf-8"))
        assert data["fitted_on"]
        assert load_weights(name) == {k: float(v) for k, v in data["weights"].items()}
