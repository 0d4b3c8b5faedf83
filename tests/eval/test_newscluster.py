"""The newscluster harness's single-pass baseline and second stream (the eval harness itself)."""

from __future__ import annotations

from storyline.eval.newscluster import event_folds, single_pass
from storyline.eval.synthetic import pair_scores


def test_single_pass_joins_by_centroid_cosine() -> None:
    texts = [
        "ferry strike closes the harbour as dock workers walk out",
        "dock workers strike, ferry services stop at the harbour",
        "library opening hours extended by the city council",
        "harbour ferry strike enters second day as dock workers hold out",
    ]
    labels = single_pass(texts, 0.2)
    assert labels[0] == labels[1] == labels[3] != labels[2]
    assert len(set(single_pass(texts, 0.99))) == 4  # nothing is that close
    assert single_pass([], 0.5) == []


def test_folds_leave_whole_events_out() -> None:
    gold = {f"d{i}": f"e{i % 7}" for i in range(40)}
    folds = event_folds(gold, k=5)
    assert set().union(*folds) == set(gold.values())
    assert sum(len(f) for f in folds) == 7  # each event in exactly one fold


def test_pair_scores() -> None:
    scores = pair_scores([1, 1, 2, 3], [1, 1, 1, 2])
    assert scores["pairwise_P"] == 1.0 and abs(scores["pairwise_R"] - 1 / 3) < 1e-9


def test_cluster_metrics() -> None:
    from storyline.eval.newscluster import bcubed, pairwise

    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    assert pairwise(gold, gold)["F1"] == 1.0
    split = {"a": 1, "b": 1, "c": 3, "d": 2}
    scores = pairwise(split, gold)
    assert scores["P"] == 1.0 and abs(scores["R"] - 1 / 3) < 1e-9
    assert 0.0 < bcubed(split, gold) < 1.0
