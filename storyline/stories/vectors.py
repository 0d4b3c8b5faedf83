"""Sparse term vectors for story clustering: compact centroids and the IDF they are weighed by.

Kept apart from the clustering logic (``cluster.py``): everything here is arithmetic on sorted
int32 term ids and float32 values, sized for 100,000 stories.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

import numpy as np


def sublinear(counts: Counter[str]) -> dict[str, float]:
    return {t: 1.0 + math.log(c) for t, c in counts.items() if c > 0}


class IdfView:
    """IDF of now, computed only for the term ids asked for (the vocabulary can be large).
    ``df`` holds each term's background pseudo-count plus the documents seen, ``n_docs`` the
    background pseudo-documents plus the documents seen."""

    def __init__(self, df: np.ndarray, n_docs: float) -> None:
        self.df, self.n_docs = df, n_docs

    def __getitem__(self, ids: np.ndarray) -> np.ndarray:
        return (np.log((self.n_docs + 1) / (self.df[ids] + 1)) + 1.0).astype(np.float32)


@dataclass
class Sparse:
    """A sparse vector as sorted int32 term ids and float32 values: compact for 100k stories."""

    ids: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    vals: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))

    def add(self, other: Sparse, cap: int, idf: IdfView) -> None:
        ids = np.concatenate([self.ids, other.ids])
        vals = np.concatenate([self.vals, other.vals])
        uniq, inverse = np.unique(ids, return_inverse=True)
        summed = np.bincount(inverse, weights=vals).astype(np.float32)
        if len(uniq) > cap:
            keep = np.sort(np.argpartition(-(summed * idf[uniq]), cap)[:cap])
            uniq, summed = uniq[keep], summed[keep]
        self.ids, self.vals = uniq.astype(np.int32), summed

    def normalized(self, idf: IdfView) -> Sparse:
        """A copy scaled so that, weighted by ``idf``, it has unit length."""
        norm = float(np.linalg.norm(weighted(self, idf))) if len(self.ids) else 0.0
        return Sparse(self.ids, self.vals / norm if norm else self.vals)


def weighted(vec: Sparse, idf: IdfView) -> np.ndarray:
    return vec.vals * idf[vec.ids]


def cosine(a: Sparse, b: Sparse, idf: IdfView) -> float:
    if not len(a.ids) or not len(b.ids):
        return 0.0
    wa, wb = weighted(a, idf), weighted(b, idf)
    _, ia, ib = np.intersect1d(a.ids, b.ids, assume_unique=True, return_indices=True)
    if not len(ia):
        return 0.0
    denom = float(np.linalg.norm(wa) * np.linalg.norm(wb))
    return float(np.dot(wa[ia], wb[ib]) / denom) if denom else 0.0


class Scatter:
    """A new document's weighted vectors spread into dense buffers, so its dot product with
    a story centroid is one gather instead of a sorted-set intersection."""

    def __init__(self) -> None:
        self.main = np.zeros(0, np.float32)  # body and entity terms (disjoint ids)
        self.title = np.zeros(0, np.float32)
        self.rare = np.zeros(0, np.float32)  # names weighted by IDF squared (rare names)
        self.owner: object = None
        self.set_ids: list[np.ndarray] = []

    def load(self, vecs: tuple[Sparse, Sparse, Sparse], idf: IdfView, size: int) -> None:
        if self.owner is vecs:
            return
        if len(self.main) < size:
            self.main = np.zeros(2 * size, np.float32)
            self.title = np.zeros(2 * size, np.float32)
            self.rare = np.zeros(2 * size, np.float32)
        else:
            for ids in self.set_ids:
                self.main[ids] = 0.0
                self.title[ids] = 0.0
                self.rare[ids] = 0.0
        body, title, ents = vecs
        for vec, buf in ((body, self.main), (ents, self.main), (title, self.title)):
            if len(vec.ids):
                buf[vec.ids] = vec.vals * idf[vec.ids]
        if len(ents.ids):
            self.rare[ents.ids] = unit(ents, idf, power=2)
        self.set_ids = [body.ids, ents.ids, title.ids]
        self.owner = vecs


def centroid_cosine(buf: np.ndarray, centroid: Sparse, unit: np.ndarray) -> float:
    """Cosine of a unit document vector (in ``buf``) with a centroid (``unit``: its
    IDF-weighted values scaled to unit length)."""
    return float(np.dot(buf[centroid.ids], unit)) if len(unit) else 0.0


def unit(vec: Sparse, idf: IdfView, power: int = 1) -> np.ndarray:
    """The vector's values weighted by the IDF (to ``power``), scaled to unit length."""
    weights = vec.vals * idf[vec.ids] ** power if len(vec.ids) else vec.vals
    norm = float(np.sqrt(np.dot(weights, weights))) if len(weights) else 0.0
    return weights / norm if norm else np.zeros(0, np.float32)
