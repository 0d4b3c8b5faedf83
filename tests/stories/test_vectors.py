"""Sparse term vectors: IDF-weighted cosine, capped centroids, and the dense-buffer shortcut
that must agree with the sparse arithmetic."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from storyline.stories.vectors import (
    IdfView,
    Scatter,
    Sparse,
    centroid_cosine,
    cosine,
    sublinear,
    unit,
)


def vec(**weights: float) -> Sparse:
    ids = sorted(int(k[1:]) for k in weights)
    return Sparse(np.array(ids, np.int32), np.array([weights[f"t{i}"] for i in ids], np.float32))


IDF = IdfView(np.array([9.0, 1.0, 1.0, 0.0, 5.0, 0.0]), n_docs=10.0)  # term 0 is common


def test_repeated_words_count_sublinearly() -> None:
    assert sublinear(Counter({"dam": 1, "spillway": 3, "gone": 0})) == pytest.approx(
        {"dam": 1.0, "spillway": 1.0 + np.log(3)}
    )


def test_cosine_weighs_rare_terms_over_common_ones() -> None:
    a = vec(t0=1.0, t1=1.0)
    assert cosine(a, a, IDF) == pytest.approx(1.0)
    assert cosine(a, vec(t2=1.0), IDF) == 0.0 and cosine(a, Sparse(), IDF) == 0.0
    # Sharing the rare term counts for more than sharing the common one.
    assert cosine(a, vec(t1=1.0, t2=1.0), IDF) > cosine(a, vec(t0=1.0, t2=1.0), IDF)


def test_a_centroid_keeps_its_heaviest_terms_up_to_the_cap() -> None:
    centroid = vec(t0=1.0, t1=1.0)
    centroid.add(vec(t1=1.0, t3=2.0, t4=0.1), cap=3, idf=IDF)
    # Summed: t0 1, t1 2, t3 2, t4 0.1; by IDF weight the rare but light t4 goes.
    assert centroid.ids.tolist() == [0, 1, 3]
    assert centroid.vals.tolist() == [1.0, 2.0, 2.0]


def test_the_dense_buffer_gives_the_sparse_cosine() -> None:
    body, title, ents = vec(t0=1.0, t2=2.0), vec(t5=1.0), vec(t4=1.0)
    centroid = vec(t2=1.0, t4=3.0, t1=1.0)
    scatter = Scatter()
    scatter.load((body, title, ents), IDF, size=6)
    doc = Sparse(np.array([0, 2, 4], np.int32), np.array([1.0, 2.0, 1.0], np.float32))
    expected = cosine(doc.normalized(IDF), centroid, IDF)
    got = centroid_cosine(
        scatter.main / np.linalg.norm(scatter.main), centroid, unit(centroid, IDF)
    )
    assert got == pytest.approx(expected, rel=1e-5)
    assert centroid_cosine(scatter.main, Sparse(), unit(Sparse(), IDF)) == 0.0
