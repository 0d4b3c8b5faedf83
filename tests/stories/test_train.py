"""Fitting the join/new model on a gold-clustered stream of hand-made pages."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import numpy as np

from storyline.stories.cluster import FEATURES, DocFeatures, StoryIndex
from storyline.stories.train import (
    best_threshold,
    fit_model,
    fit_weights,
    run_stream,
    training_rows,
    tune_threshold,
)

QUARRY = "quarry flood pit water pump valmora council residents fence rain".split()
FERRY = "ferry strike union crew harbour valmora council wages pier sailing".split()


def _page(doc_id: str, words: list[str], names: list[str], day: float, shift: int) -> DocFeatures:
    # each page drops a different word, so no two pages are identical
    body = Counter(w for i, w in enumerate(words) if i != shift)
    body.update(words[:3])
    return DocFeatures(
        doc_id=doc_id,
        body=body,
        title=Counter(words[:3]),
        entities=Counter(n.lower() for n in names),
        day=day,
    )


def _stream() -> tuple[list[DocFeatures], dict[str, str]]:
    stream, gold = [], {}
    for n in range(3):
        for event, words, names in (
            ("quarry", QUARRY, ["Valmora", "Orla Tess"]),
            ("ferry", FERRY, ["Valmora", "Harbour Union"]),
        ):
            doc_id = f"{event}-{n}"
            stream.append(_page(doc_id, words, names, day=100.0 + n, shift=3 + n))
            gold[doc_id] = event
    return stream, gold


def _pair_accuracy(pred: dict[str, int], gold: dict[str, str]) -> float:
    """Share of document pairs on which prediction and gold agree (same story or not)."""
    pairs = list(combinations(sorted(gold), 2))
    agree = sum((pred[a] == pred[b]) == (gold[a] == gold[b]) for a, b in pairs)
    return agree / len(pairs)


def test_training_rows_label_the_gold_story_against_the_others() -> None:
    stream, gold = _stream()
    rows, labels = training_rows(stream, gold)
    assert rows.shape == (len(labels), len(FEATURES))
    # a later page of each event is compared with its own story (1) and the other one (0)
    assert set(labels.tolist()) == {0, 1}
    # the own story is the closer one on body words
    assert rows[labels == 1, 0].min() > rows[labels == 0, 0].max()


def test_fit_weights_prefer_the_gold_story() -> None:
    stream, gold = _stream()
    weights = fit_weights(stream, gold)
    assert len(weights) == len(FEATURES) + 1  # and a bias
    rows, labels = training_rows(stream, gold)
    probs = StoryIndex(weights).probability(rows)
    assert probs[labels == 1].min() > probs[labels == 0].max()


def test_fit_weights_without_both_labels_keeps_the_shipped_weights() -> None:
    stream, gold = _stream()
    quarry_only = [f for f in stream if gold[f.doc_id] == "quarry"]
    weights = fit_weights(quarry_only, gold)
    assert weights == tuple(StoryIndex().weights.tolist())


def test_fit_model_recovers_the_gold_stories() -> None:
    stream, gold = _stream()
    weights, threshold, c = fit_model(stream, gold, _pair_accuracy)
    assert c in (1.0, 10.0, 100.0)
    assert 0.1 <= threshold <= 0.9
    pred = run_stream(stream, weights, threshold)
    assert set(pred) == set(gold)
    assert _pair_accuracy(pred, gold) == 1.0


def test_run_stream_with_an_impossible_threshold_gives_each_page_its_story() -> None:
    stream, _ = _stream()
    pred = run_stream(stream, tuple(StoryIndex().weights.tolist()), 1.01)
    assert len(set(pred.values())) == len(stream)


def test_a_tie_picks_the_middle_threshold_not_an_edge() -> None:
    stream, gold = _stream()
    weights = tuple(StoryIndex().weights.tolist())
    threshold, value = best_threshold(stream, gold, weights, lambda pred, gold: 0.5)
    assert value == 0.5
    assert threshold == 0.5  # the middle of 0.10 ... 0.90
    assert tune_threshold(stream, gold, weights, lambda pred, gold: 0.5) == threshold


def test_best_threshold_scores_what_score_returns() -> None:
    stream, gold = _stream()
    weights = tuple(StoryIndex().weights.tolist())
    threshold, value = best_threshold(stream, gold, weights, _pair_accuracy)
    pred = run_stream(stream, weights, threshold)
    assert np.isclose(value, _pair_accuracy(pred, gold))
