"""The date ranker's fit keeps the weight of evidence for a publication date at zero or above,
and is otherwise the same model as the unbounded fit."""

from __future__ import annotations

import pytest

from storyline.clean.htmlmeta.date_relations import PUBLICATION_EVIDENCE
from storyline.clean.htmlmeta.fit import fit_bounded_ranker, fit_date_weights, fit_ranker
from storyline.clean.htmlmeta.published import DateCandidate


def _row(
    n: int, right: dict[str, float], wrong: dict[str, float]
) -> tuple[str, str, list[DateCandidate]]:
    day = "2024-03-0" + str(n % 9 + 1)
    return (
        str(n),
        day,
        [DateCandidate("2024-04-01", "x", "meta", wrong), DateCandidate(day, "x", "meta", right)],
    )


def test_evidence_for_a_publication_date_never_weighs_against_a_day() -> None:
    # On these invented pages a marked <time> happens to sit on the wrong day: unbounded, the
    # fit would learn to hold it against a day.
    rows = [_row(n, {"head_nearest": 1.0}, {"time_pub": 1.0, "meta_mod": 1.0}) for n in range(20)]
    examples = [(cands[1], [cands[0]]) for _, _, cands in rows]
    assert fit_ranker(examples, 0.3)["time_pub"] < 0
    weights = fit_date_weights(rows)
    assert weights["time_pub"] == 0.0
    assert weights["head_nearest"] > 0
    assert weights["meta_mod"] < 0  # a modification's date may weigh either way
    assert "time_pub" in PUBLICATION_EVIDENCE and "meta_mod" not in PUBLICATION_EVIDENCE


def test_without_bounds_it_is_the_logistic_regression() -> None:
    rows = [
        _row(n, {"head_nearest": 1.0, "url": float(n % 2)}, {"meta_mod": 1.0}) for n in range(9)
    ]
    examples = [(cands[1], [cands[0]]) for _, _, cands in rows]
    plain, bounded = fit_ranker(examples, 0.3), fit_bounded_ranker(examples, 0.3, frozenset())
    assert plain.keys() == bounded.keys()
    for key, weight in plain.items():
        assert bounded[key] == pytest.approx(weight, abs=0.01)
