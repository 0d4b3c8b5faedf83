"""Incremental story clustering after Miranda et al. (EMNLP 2018, multilingual stream clustering).

Each story keeps sparse centroids (summed sublinear term frequencies of body, title and named
entities) and when it was active. A new document is compared only with the stories that an inverted
index over their top terms returns, with a handful of similarities (TF-IDF cosines with the
current incremental IDF, Gaussian time proximities); a small logistic model over them decides
whether it joins the best story or starts a new one. Nothing already clustered is recomputed.

On a long stream a story must not chain (absorb one similar event after another for months),
so, as in Miranda et al., time is measured against what the story is doing now: the distance to
its most recent members and to a time centroid whose older members decay (more slowly for a
story with many members: long-running coverage comes back after weeks); the content centroids
decay with the time between additions, so they follow the story instead of growing into the
average of everything it ever absorbed; and a story inactive for a while is closed: it stays
searchable, but a document joins it only with a stronger match. A follow-up (a page several
days away from the story's recent members) must also share names with it: similar wording about
other people and places is another event told the same way, and letting it in is how a story
chains through a template (an earthquake, a quarterly report) for months.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from storyline.model import Analysis, Document
from storyline.stories.text import cap_entities, content_terms, day_number

# Logistic weights over FEATURES (+ bias last), fitted on all of newscluster by
# storyline.eval.newscluster (held-out numbers are in its report); refit with
# storyline.stories.train.fit_weights.
TIME_FEATURES = (("recent", 2.0), ("centroid", 7.0), ("centroid", 60.0))
FEATURES = (
    "body",
    "title",
    "entities",
    "title_body",
    *(f"time_{k}{s:g}" for k, s in TIME_FEATURES),
    "no_time",
)
DEFAULT_WEIGHTS = (3.392, 4.197, 3.864, 2.555, 1.422, -0.536, 0.897, 0.0, -3.738)
DEFAULT_THRESHOLD = 0.4

INDEX_TERMS = 20  # body terms of a story posted in the inverted index
INDEX_ENTITIES = 8
QUERY_TERMS = 20  # body terms of a new document looked up
QUERY_ENTITIES = 8
QUERY_TITLE = 8
MAX_CANDIDATES = 24
MAX_POSTING = 4000  # a term posted by more stories than this is too common to retrieve by
MAX_CENTROID = 600  # terms kept per centroid; the tail barely moves a cosine
IDF_DRIFT = 1.2  # recompute a dormant story's weighted centroid once the corpus grew by 20%
RECENT = 8  # member dates kept per story to measure recency against
TIME_TAU = 7.0  # days; decay of the time centroid, times 1 + ln(members)
CONTENT_TAU = 30.0  # days; the content centroids lose half their weight every ~3 weeks idle
CLOSE_DAYS = 21.0  # a story idle this long (times 1 + ln(members)/2) is closed
CLOSED_MARGIN = 0.5  # a closed story takes a document only with prob >= 1 - (1 - t) * margin
CLOSED_ENTITIES = 0.1  # ... and sharing names (as a follow-up must)
FOLLOW_UP_DAYS = 4.0  # a page further than this from the story's recent members is a follow-up
FOLLOW_UP_ENTITIES = 0.1  # ... which must share names with the story (entity cosine)
FOLLOW_UP_NAMES = 3  # ... when it names at least this many (no names: no evidence either way)


@dataclass
class DocFeatures:
    doc_id: str
    body: Counter[str]
    title: Counter[str]
    entities: Counter[str]
    day: float | None
    title_text: str = ""
    embedding: np.ndarray | None = None  # unit sentence embedding (optional variant)


def featurize(
    doc: Document, analysis: Analysis | None = None, entity_source: str = "caps"
) -> DocFeatures:
    """Bags of terms for one document. ``entity_source``: "analysis", "caps" or "auto" (the
    stored Analysis entities when there are any, capitalised-token runs otherwise)."""
    title = doc.title or ""
    body = Counter(content_terms(doc.text))
    ents: Counter[str] = Counter()
    if entity_source in ("analysis", "auto") and analysis and analysis.entities:
        for ent in analysis.entities:
            ents[ent.name.lower()] += max(1, len(ent.mentions))
    elif entity_source in ("caps", "auto"):
        ents = cap_entities(doc.text, title)
    when = doc.published or (analysis.published_estimate if analysis else None)
    return DocFeatures(doc.id, body, Counter(content_terms(title)), ents, day_number(when), title)


def _sublinear(counts: Counter[str]) -> dict[str, float]:
    return {t: 1.0 + math.log(c) for t, c in counts.items() if c > 0}


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


def _weighted(vec: Sparse, idf: IdfView) -> np.ndarray:
    return vec.vals * idf[vec.ids]


def cosine(a: Sparse, b: Sparse, idf: IdfView) -> float:
    if not len(a.ids) or not len(b.ids):
        return 0.0
    wa, wb = _weighted(a, idf), _weighted(b, idf)
    _, ia, ib = np.intersect1d(a.ids, b.ids, assume_unique=True, return_indices=True)
    if not len(ia):
        return 0.0
    denom = float(np.linalg.norm(wa) * np.linalg.norm(wb))
    return float(np.dot(wa[ia], wb[ib]) / denom) if denom else 0.0


class IdfView:
    """IDF of now, computed only for the term ids asked for (the vocabulary can be large)."""

    def __init__(self, df: np.ndarray, n_docs: int) -> None:
        self.df, self.n_docs = df, n_docs

    def __getitem__(self, ids: np.ndarray) -> np.ndarray:
        return (np.log((self.n_docs + 1) / (self.df[ids] + 1)) + 1.0).astype(np.float32)


class Scatter:
    """A new document's weighted vectors spread into dense buffers, so its dot product with
    a story centroid is one gather instead of a sorted-set intersection."""

    def __init__(self) -> None:
        self.main = np.zeros(0, np.float32)  # body and entity terms (disjoint ids)
        self.title = np.zeros(0, np.float32)
        self.owner: object = None
        self.set_ids: list[np.ndarray] = []

    def load(self, vecs: tuple[Sparse, Sparse, Sparse], idf: IdfView, size: int) -> None:
        if self.owner is vecs:
            return
        if len(self.main) < size:
            self.main = np.zeros(2 * size, np.float32)
            self.title = np.zeros(2 * size, np.float32)
        else:
            for ids in self.set_ids:
                self.main[ids] = 0.0
                self.title[ids] = 0.0
        body, title, ents = vecs
        for vec, buf in ((body, self.main), (ents, self.main), (title, self.title)):
            if len(vec.ids):
                buf[vec.ids] = vec.vals * idf[vec.ids]
        self.set_ids = [body.ids, ents.ids, title.ids]
        self.owner = vecs


def _centroid_cosine(buf: np.ndarray, centroid: Sparse, unit: np.ndarray) -> float:
    """Cosine of a unit document vector (in ``buf``) with a centroid (``unit``: its
    IDF-weighted values scaled to unit length)."""
    return float(np.dot(buf[centroid.ids], unit)) if len(unit) else 0.0


def _unit(vec: Sparse, idf: IdfView) -> np.ndarray:
    weights = vec.vals * idf[vec.ids] if len(vec.ids) else vec.vals
    norm = float(np.sqrt(np.dot(weights, weights))) if len(weights) else 0.0
    return weights / norm if norm else np.zeros(0, np.float32)


@dataclass
class Cluster:
    id: str
    body: Sparse = field(default_factory=Sparse)
    title: Sparse = field(default_factory=Sparse)
    entities: Sparse = field(default_factory=Sparse)
    doc_ids: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # a few, for the label
    day_sum: float = 0.0
    day_n: int = 0
    day_min: float | None = None
    day_max: float | None = None
    recent: list[float] = field(default_factory=list)  # latest member dates, arrival order
    time_w: float = 0.0  # decayed weight and weighted date sum of the members: time centroid
    time_wsum: float = 0.0
    time_ref: float | None = None  # date of the latest dated addition (the decay clock)
    posted: frozenset[int] = frozenset()
    # IDF-weighted unit centroids, refreshed when the story changes or the IDF has drifted
    units: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
    units_at: int = 0
    embedding: np.ndarray | None = None  # sum of member embeddings (optional variant)


def _embedding_cosine(doc: np.ndarray | None, story: np.ndarray | None) -> float:
    if doc is None or story is None:
        return 0.0
    norm = float(np.linalg.norm(story))
    return float(np.dot(doc, story)) / norm if norm else 0.0


def _gauss(distance: float, sigma: float) -> float:
    return math.exp(-(distance * distance) / (2 * sigma * sigma))


def _time_tau(n_members: int) -> float:
    return TIME_TAU * (1.0 + math.log(max(1, n_members)))


def time_distances(cluster: Cluster, day: float) -> dict[str, float]:
    """Days from ``day`` to the story's nearest recent member and to its decayed centroid."""
    recent = min(abs(day - d) for d in cluster.recent) if cluster.recent else 0.0
    centroid = cluster.time_wsum / cluster.time_w if cluster.time_w else day
    return {"recent": recent, "centroid": abs(day - centroid)}


def is_closed(cluster: Cluster, day: float | None) -> bool:
    """Idle for long (longer for a big story): it still matches, but only strongly."""
    if day is None or cluster.time_ref is None:
        return False
    idle = CLOSE_DAYS * (1.0 + 0.5 * math.log(max(1, len(cluster.doc_ids))))
    return day - cluster.time_ref > idle


class StoryIndex:
    """The persistent clustering state: vocabulary with document frequencies, stories, index."""

    def __init__(
        self,
        weights: tuple[float, ...] | None = None,
        threshold: float = DEFAULT_THRESHOLD,
        embeddings: bool = False,
    ) -> None:
        # With embeddings, one more feature: cosine of the document's sentence embedding
        # with the story's mean embedding (the variant measured in the newscluster eval).
        self.embeddings = embeddings
        if weights is None:
            weights = DEFAULT_WEIGHTS if not embeddings else DEFAULT_WEIGHTS[:-1] + (0.0, -3.7)
        self.weights = np.asarray(weights, dtype=np.float64)
        self.threshold = threshold
        self.vocab: dict[str, int] = {}
        self.df = np.zeros(1024, np.float32)
        self.n_docs = 0
        self.clusters: dict[int, Cluster] = {}
        self.postings: dict[int, set[int]] = {}
        self.doc_cluster: dict[str, int] = {}
        self.next_cluster = 0
        self._scatter = Scatter()

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state.pop("_scatter", None)  # a scratch buffer, rebuilt on load
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._scatter = Scatter()

    # ------------------------------------------------------------ vocabulary

    def _ids(self, terms: dict[str, float], prefix: str, grow: bool) -> Sparse:
        ids, vals = [], []
        for term, value in terms.items():
            key = prefix + term
            tid = self.vocab.get(key)
            if tid is None:
                if not grow:
                    continue
                tid = self.vocab[key] = len(self.vocab)
            ids.append(tid)
            vals.append(value)
        if not ids:
            return Sparse()
        order = np.argsort(ids)
        return Sparse(np.asarray(ids, np.int32)[order], np.asarray(vals, np.float32)[order])

    def _count_df(self, vectors: list[Sparse]) -> None:
        top = max((int(v.ids.max()) for v in vectors if len(v.ids)), default=-1)
        if top >= len(self.df):
            grown = np.zeros(max(top + 1, 2 * len(self.df)), np.float32)
            grown[: len(self.df)] = self.df
            self.df = grown
        for v in vectors:
            self.df[v.ids] += 1
        self.n_docs += 1

    def idf(self) -> IdfView:
        return IdfView(self.df, self.n_docs)

    def vectors(self, feats: DocFeatures, learn: bool = True) -> tuple[Sparse, Sparse, Sparse]:
        """Sublinear TF vectors scaled so that, weighted by the IDF of now, they have unit
        length: a story centroid is then the sum of its members' unit vectors, and its cosine
        with a document is the mean document-to-member similarity (average link)."""
        body = self._ids(_sublinear(feats.body + feats.title), "", learn)
        title = self._ids(_sublinear(feats.title), "", learn)
        ents = self._ids(_sublinear(feats.entities), "e:", learn)
        if learn:
            # title terms share the body vocabulary; count each term once per document
            self._count_df([body, ents])
        idf = self.idf()
        for vec in (body, title, ents):
            norm = float(np.linalg.norm(_weighted(vec, idf))) if len(vec.ids) else 0.0
            if norm:
                vec.vals = vec.vals / norm
        return body, title, ents

    # ------------------------------------------------------------ retrieval and scoring

    def candidates(
        self, body: Sparse, ents: Sparse, idf: IdfView, title: Sparse | None = None
    ) -> list[int]:
        hits: Counter[int] = Counter()
        queries = [(body, QUERY_TERMS), (ents, QUERY_ENTITIES)]
        if title is not None:
            queries.append((title, QUERY_TITLE))
        for vec, n in queries:
            if not len(vec.ids):
                continue
            weights = _weighted(vec, idf)
            top = vec.ids[np.argsort(-weights)[:n]]
            for tid in top.tolist():
                posting = self.postings.get(tid)
                if posting and len(posting) <= MAX_POSTING:
                    hits.update(posting)
        return [cid for cid, _ in hits.most_common(MAX_CANDIDATES)]

    def features(
        self,
        vecs: tuple[Sparse, Sparse, Sparse],
        day: float | None,
        cluster: Cluster,
        idf: IdfView,
        embedding: np.ndarray | None = None,
    ) -> list[float]:
        self._scatter.load(vecs, idf, len(self.df))
        main, title = self._scatter.main, self._scatter.title
        if cluster.units is None or self.n_docs > IDF_DRIFT * cluster.units_at:
            cluster.units = (
                _unit(cluster.body, idf),
                _unit(cluster.title, idf),
                _unit(cluster.entities, idf),
            )
            cluster.units_at = self.n_docs
        u_body, u_title, u_ents = cluster.units
        row = [
            _centroid_cosine(main, cluster.body, u_body),
            _centroid_cosine(title, cluster.title, u_title),
            _centroid_cosine(main, cluster.entities, u_ents),
            _centroid_cosine(title, cluster.body, u_body),
        ]
        if day is None and cluster.day_max is not None:
            # An undated page is most often a current one: compare it as if published when
            # the story was last active, so the content decides.
            day = cluster.day_max
        if day is None or cluster.day_n == 0:
            row += [1.0] * len(TIME_FEATURES) + [1.0]
        else:
            dist = time_distances(cluster, day)
            row += [_gauss(dist[kind], sigma) for kind, sigma in TIME_FEATURES] + [0.0]
        if self.embeddings:
            row.append(_embedding_cosine(embedding, cluster.embedding))
        return row

    def allowed(self, cluster: Cluster, feats: DocFeatures, row: np.ndarray, prob: float) -> bool:
        """Rules over the model's probability. A follow-up (a page days away from the
        story's recent members) that names people and places must share some of them with
        the story: same wording about other names is another event. An idle story takes a
        document only with a strong match that shares names."""
        if feats.day is not None and cluster.recent and len(feats.entities) >= FOLLOW_UP_NAMES:
            gap = time_distances(cluster, feats.day)["recent"]
            if gap > FOLLOW_UP_DAYS and row[2] < FOLLOW_UP_ENTITIES:
                return False
        if is_closed(cluster, feats.day):
            bar = 1.0 - (1.0 - self.threshold) * CLOSED_MARGIN
            return prob >= bar and row[2] >= CLOSED_ENTITIES
        return True

    def probability(self, rows: np.ndarray) -> np.ndarray:
        z = rows @ self.weights[:-1] + self.weights[-1]
        return 1.0 / (1.0 + np.exp(-z))

    # ------------------------------------------------------------ adding

    def assign(self, feats: DocFeatures) -> tuple[int | None, float, Sparse, Sparse, Sparse]:
        """Best existing story for a document (None: start a new one) and its probability."""
        vecs = self.vectors(feats)
        idf = self.idf()
        cands = self.candidates(vecs[0], vecs[2], idf, vecs[1])
        if not cands:
            return None, 0.0, *vecs
        rows = np.asarray(
            [self.features(vecs, feats.day, self.clusters[c], idf, feats.embedding) for c in cands]
        )
        probs = self.probability(rows)
        for i, c in enumerate(cands):
            if not self.allowed(self.clusters[c], feats, rows[i], float(probs[i])):
                probs[i] = min(probs[i], self.threshold - 1e-6)
        best = int(np.argmax(probs))
        if probs[best] >= self.threshold:
            return cands[best], float(probs[best]), *vecs
        return None, float(probs[best]), *vecs

    def add(self, feats: DocFeatures) -> tuple[int, float]:
        """Cluster one document; returns its story number and the join probability (0 = new)."""
        if feats.doc_id in self.doc_cluster:
            return self.doc_cluster[feats.doc_id], 1.0
        cid, prob, body, title, ents = self.assign(feats)
        if cid is None:
            cid, prob = self.new_cluster(feats.doc_id), 0.0
        self.join(cid, feats, body, title, ents)
        return cid, prob

    def new_cluster(self, first_doc: str) -> int:
        cid = self.next_cluster
        self.next_cluster += 1
        self.clusters[cid] = Cluster(id=f"story-{first_doc[:16]}")
        return cid

    def join(self, cid: int, feats: DocFeatures, body: Sparse, title: Sparse, ents: Sparse) -> None:
        cluster = self.clusters[cid]
        idf = self.idf()
        self._age(cluster, feats.day)
        cluster.body.add(body, MAX_CENTROID, idf)
        cluster.title.add(title, MAX_CENTROID // 4, idf)
        cluster.entities.add(ents, MAX_CENTROID // 4, idf)
        cluster.doc_ids.append(feats.doc_id)
        if feats.title_text and len(cluster.titles) < 8:
            cluster.titles.append(feats.title_text)
        if feats.day is not None:
            cluster.day_sum += feats.day
            cluster.day_n += 1
            cluster.day_min = (
                feats.day if cluster.day_min is None else min(cluster.day_min, feats.day)
            )
            cluster.day_max = (
                feats.day if cluster.day_max is None else max(cluster.day_max, feats.day)
            )
            cluster.recent = (cluster.recent + [feats.day])[-RECENT:]
            cluster.time_w += 1.0
            cluster.time_wsum += feats.day
        if feats.embedding is not None:
            cluster.embedding = (
                feats.embedding.copy()
                if cluster.embedding is None
                else cluster.embedding + feats.embedding
            )
        self.doc_cluster[feats.doc_id] = cid
        cluster.units = None
        self._repost(cid, cluster, idf)

    @staticmethod
    def _age(cluster: Cluster, day: float | None) -> None:
        """Decay what the story held before a dated addition by the time since its latest."""
        if day is None:
            return
        if cluster.time_ref is not None and day > cluster.time_ref:
            gap = day - cluster.time_ref
            keep = math.exp(-gap / _time_tau(len(cluster.doc_ids)))
            cluster.time_w *= keep
            cluster.time_wsum *= keep
            content = np.float32(math.exp(-gap / CONTENT_TAU))
            for vec in (cluster.body, cluster.title, cluster.entities):
                vec.vals = vec.vals * content
        cluster.time_ref = day if cluster.time_ref is None else max(cluster.time_ref, day)

    def _repost(self, cid: int, cluster: Cluster, idf: IdfView) -> None:
        posted: set[int] = set()
        for vec, n in ((cluster.body, INDEX_TERMS), (cluster.entities, INDEX_ENTITIES)):
            if len(vec.ids):
                weights = _weighted(vec, idf)
                k = min(n, len(weights))
                posted.update(vec.ids[np.argpartition(-weights, k - 1)[:k]].tolist())
        for tid in cluster.posted - posted:
            self.postings[tid].discard(cid)
        for tid in posted - cluster.posted:
            self.postings.setdefault(tid, set()).add(cid)
        cluster.posted = frozenset(posted)

    # ------------------------------------------------------------ labels

    def label(self, cid: int) -> str:
        """The member title closest to the story's top terms, else its top terms."""
        cluster = self.clusters[cid]
        idf = self.idf()
        weights = _weighted(cluster.body, idf)
        names = {v: k for k, v in self.vocab.items()} if not cluster.titles else None
        if cluster.titles:
            top = set(cluster.body.ids[np.argsort(-weights)[:30]].tolist())
            best = max(
                cluster.titles,
                key=lambda t: sum(self.vocab.get(w, -1) in top for w in set(content_terms(t))),
            )
            return best
        assert names is not None
        top_ids = cluster.body.ids[np.argsort(-weights)[:5]].tolist()
        return " / ".join(names[i] for i in top_ids) or cluster.id
