"""Fitting the join/new logistic model on a gold-clustered stream (as Miranda et al. did).

    python -m storyline.eval.refit_stories [--data PATH]

fits the weights and the join threshold on all of newscluster (../shared/bench) and writes
them to ``join_model.json`` beside this file, the model the stories stage ships. The held-out
figures of the same procedure are ``storyline eval newscluster``'s.
"""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import LogisticRegression

from storyline.stories.cluster import DocFeatures, StoryIndex


def training_rows(stream: list[DocFeatures], gold: dict[str, str]) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows (document vs candidate story) with labels, replaying the stream with the
    gold stories: each document is compared with the retrieved stories plus its gold one."""
    index = StoryIndex(embeddings=_has_embeddings(stream))
    story_of_event: dict[str, int] = {}
    rows, labels = [], []
    for feats in stream:
        vecs = index.vectors(feats)
        idf = index.idf()
        event = gold[feats.doc_id]
        cands = index.candidates(vecs[0], vecs[2], idf, vecs[1])
        target = story_of_event.get(event)
        if target is not None and target not in cands:
            cands.append(target)
        for cid in cands:
            rows.append(index.features(vecs, feats.day, index.clusters[cid], idf, feats.embedding))
            labels.append(int(cid == target))
        if target is None:
            target = story_of_event[event] = index.new_cluster(feats.doc_id)
        index.join(target, feats, *vecs)
    return np.asarray(rows), np.asarray(labels)


def _has_embeddings(stream: list[DocFeatures]) -> bool:
    return any(f.embedding is not None for f in stream)


def fit_weights(
    stream: list[DocFeatures],
    gold: dict[str, str],
    c: float = 1.0,
    rows: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[float, ...]:
    features, labels = rows if rows is not None else training_rows(stream, gold)
    if len(set(labels.tolist())) < 2:
        return tuple(StoryIndex(embeddings=_has_embeddings(stream)).weights.tolist())
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(features, labels)
    return tuple(float(w) for w in model.coef_[0]) + (float(model.intercept_[0]),)


def fit_model(
    stream: list[DocFeatures],
    gold: dict[str, str],
    score,
    cs: tuple[float, ...] = (1.0, 10.0, 100.0),
) -> tuple[tuple[float, ...], float, float]:
    """Weights, join threshold and regularisation C, all chosen on this training stream
    alone: for each C the threshold that maximises ``score``, then the best C."""
    rows = training_rows(stream, gold)
    best: tuple[float, tuple[float, ...], float, float] | None = None
    for c in cs:
        weights = fit_weights(stream, gold, c, rows)
        threshold, value = best_threshold(stream, gold, weights, score)
        if best is None or value > best[0]:
            best = (value, weights, threshold, c)
    assert best is not None
    return best[1], best[2], best[3]


def run_stream(
    stream: list[DocFeatures], weights: tuple[float, ...], threshold: float
) -> dict[str, int]:
    """Each document's story at the end of the stream (stories may have been merged)."""
    index = StoryIndex(weights, threshold, embeddings=_has_embeddings(stream))
    for f in stream:
        index.add(f)
    return {f.doc_id: index.doc_cluster[f.doc_id] for f in stream}


def tune_threshold(
    stream: list[DocFeatures], gold: dict[str, str], weights: tuple[float, ...], score
) -> float:
    """The join threshold that maximises ``score(pred, gold)`` on a training stream."""
    return best_threshold(stream, gold, weights, score)[0]


def best_threshold(
    stream: list[DocFeatures], gold: dict[str, str], weights: tuple[float, ...], score
) -> tuple[float, float]:
    """(threshold, score): the middle of the best-scoring run of thresholds, so a tie between
    neighbours does not pick an edge."""
    grid = [round(float(t), 2) for t in np.arange(0.1, 0.95, 0.05)]
    values = [score(run_stream(stream, weights, t), gold) for t in grid]
    top = max(values)
    best = [i for i, v in enumerate(values) if v >= top - 1e-9]
    run = [best[0]]
    for i in best[1:]:
        if i == run[-1] + 1:
            run.append(i)
        else:
            break
    return grid[run[len(run) // 2]], top
