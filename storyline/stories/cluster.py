"""Incremental story clustering after Miranda et al. (EMNLP 2018, multilingual stream clustering).

Each story keeps sparse centroids (summed sublinear term frequencies of body, title and named
entities) and when it was active. A new document is compared only with the stories that an inverted
index over their top terms returns, with five content similarities (TF-IDF cosines with the
current incremental IDF); a small logistic model over them decides whether it joins the best
story or starts a new one. Nothing already clustered is recomputed.

What it is built to hold on pages never seen:

* Few fitted numbers: five weights, a bias and a threshold, all over content. Time is no
  feature: how far apart a story's pages lie depends on the story (an accident is told in a
  day, a data breach over months) and on how its pages were dated (a re-post carries the day it
  was put up again), so a weight fitted on time learns one set's calendar.
* The IDF starts from a background of general English (``BACKGROUND_DOCS``): a store holding
  one story's pages cannot tell its topic words from common ones by its own counts alone.
* Time only guards against chaining: a page days away from a story's recent members must
  share names with it (entity cosine), as a follow-up does; the same wording about other
  people and places is another event told alike. A story with no page for two years takes
  only a re-post of one of its pages. A page whose stated date conflicts with the
  dates its text writes is measured from the content's day (``storyline.dating.content_date``).
* The content centroids decay with the time between additions, so a long story's centroid
  follows what it is about now instead of the average of everything it ever absorbed.
* Cluster merging: when a story grows, a single-page story among its candidates that now
  matches it on content and names is folded into it (a page that arrived before the pages
  that tie it to its story). Two stories a new page joins, within days of each other, are
  folded together when the model then finds them one (short pages of one event that each
  share too few words with the others, until a page names what both tell).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from storyline.dating import content_date
from storyline.model import Analysis, Document
from storyline.stories.text import background_rate, cap_entities, content_terms, day_number
from storyline.stories.vectors import (
    IdfView,
    Scatter,
    Sparse,
    centroid_cosine,
    sublinear,
    unit,
    weighted,
)

FEATURES = ("body", "title", "entities", "title_body", "rare_names")
# Logistic weights over FEATURES (+ bias last) and the join threshold, fitted on all of
# newscluster by ``python -m storyline.eval.refit_stories`` (held-out figures: storyline eval
# newscluster); kept as data beside the script that fits them.
MODEL_FILE = Path(__file__).with_name("join_model.json")


def _load_model() -> tuple[tuple[float, ...], float]:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return tuple(float(w) for w in data["weights"]), float(data["threshold"])


DEFAULT_WEIGHTS, DEFAULT_THRESHOLD = _load_model()

# Document frequencies start from a background of this many pseudo-documents of general
# English (word frequencies from wordfreq), so that the IDF of a small store (one story's
# pages) already tells a topical word (breach) from a common one (people): with only the
# store's own counts, every word of a one-story store is equally "common".
BACKGROUND_DOCS = 1000.0
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
CONTENT_TAU = 30.0  # days; the content centroids lose half their weight every ~3 weeks idle
FOLLOW_UP_DAYS = 4.0  # a page further than this from the story's recent members is a follow-up
FOLLOW_UP_ENTITIES = 0.1  # ... which must share names with the story (entity cosine)
FOLLOW_UP_NAMES = 3  # ... when it names at least this many (no names: no evidence either way)
# A story with no page within two years of a new one is closed to it, unless the page re-posts
# text of one of its pages: the same names and words years apart are another story (North Korea
# in 2018 and in 2024), while a news story's own follow-ups come within months.
DORMANT_DAYS = 730.0
MERGE_SIZE = 1  # stories this small are folded into a grown story they now match
BRIDGE_ODDS = 0.5  # two stories a page joins are merged when the model finds them likelier one


@dataclass
class DocFeatures:
    doc_id: str
    body: Counter[str]
    title: Counter[str]
    entities: Counter[str]
    day: float | None
    title_text: str = ""
    embedding: np.ndarray | None = None  # unit sentence embedding (optional variant)
    content_day: float | None = None  # the content's day when the stated date conflicts
    near: tuple[str, ...] = ()  # documents it shares much text with (re-post candidates)


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
    return DocFeatures(
        doc.id,
        body,
        Counter(content_terms(title)),
        ents,
        day_number(when),
        title,
        content_day=day_number(content_date(doc)),
    )


@dataclass
class Cluster:
    id: str
    body: Sparse = field(default_factory=Sparse)
    title: Sparse = field(default_factory=Sparse)
    entities: Sparse = field(default_factory=Sparse)
    doc_ids: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # a few, for the label
    day_min: float | None = None
    day_max: float | None = None
    recent: list[float] = field(default_factory=list)  # latest member dates, arrival order
    time_ref: float | None = None  # date of the latest dated addition (the decay clock)
    posted: frozenset[int] = frozenset()
    # IDF-weighted unit centroids (body, title, names, names by IDF squared), refreshed when
    # the story changes or the IDF has drifted
    units: tuple[np.ndarray, ...] | None = None
    units_at: int = 0
    embedding: np.ndarray | None = None  # sum of member embeddings (optional variant)

    def note_day(self, day: float) -> None:
        self.day_min = day if self.day_min is None else min(self.day_min, day)
        self.day_max = day if self.day_max is None else max(self.day_max, day)
        self.recent = (self.recent + [day])[-RECENT:]


def _embedding_cosine(doc: np.ndarray | None, story: np.ndarray | None) -> float:
    if doc is None or story is None:
        return 0.0
    norm = float(np.linalg.norm(story))
    return float(np.dot(doc, story)) / norm if norm else 0.0


def recent_gap(cluster: Cluster, days: tuple[float | None, ...]) -> float | None:
    """Days from the nearest of ``days`` (the stated day, the content's day) to the story's
    nearest recent member; None when either side is undated."""
    known = [d for d in days if d is not None]
    if not known or not cluster.recent:
        return None
    return min(abs(d - r) for d in known for r in cluster.recent)


def placement_day(cluster: Cluster, feats: DocFeatures) -> float | None:
    """The day a joining page is recorded at in its story (its recency and span): its stated
    day, or its content's day when that lies nearer the story (a page whose stated date
    conflicts with its text is placed by its content); none for a re-post that joined a
    story dormant for years, so that it does not wake the story up."""
    days = [d for d in (feats.day, feats.content_day) if d is not None]
    if not days or not cluster.recent:
        return feats.day

    def gap(day: float) -> float:
        return min(abs(day - r) for r in cluster.recent)

    nearest = min(days, key=gap)
    return None if gap(nearest) > DORMANT_DAYS else nearest


@dataclass
class Candidate:
    """What the join rules need to know of a page (or a one-page story) being placed."""

    vecs: tuple[Sparse, Sparse, Sparse]
    day: float | None
    content_day: float | None
    n_names: int
    embedding: np.ndarray | None = None
    near: tuple[str, ...] = ()


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
        self.merges: list[tuple[str, str]] = []  # (story id folded in, story id it joined)
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
        ids, vals, new = [], [], []
        for term, value in terms.items():
            key = prefix + term
            tid = self.vocab.get(key)
            if tid is None:
                if not grow:
                    continue
                tid = self.vocab[key] = len(self.vocab)
                new.append((tid, term))
            ids.append(tid)
            vals.append(value)
        if new:
            self._grow(new[-1][0])
            for tid, term in new:
                self.df[tid] = BACKGROUND_DOCS * background_rate(term)
        if not ids:
            return Sparse()
        order = np.argsort(ids)
        return Sparse(np.asarray(ids, np.int32)[order], np.asarray(vals, np.float32)[order])

    def _grow(self, top: int) -> None:
        if top >= len(self.df):
            grown = np.zeros(max(top + 1, 2 * len(self.df)), np.float32)
            grown[: len(self.df)] = self.df
            self.df = grown

    def idf(self) -> IdfView:
        return IdfView(self.df, self.n_docs + BACKGROUND_DOCS)

    def vectors(self, feats: DocFeatures, learn: bool = True) -> tuple[Sparse, Sparse, Sparse]:
        """Sublinear TF vectors scaled so that, weighted by the IDF of now, they have unit
        length: a story centroid is then the sum of its members' unit vectors, and its cosine
        with a document is the mean document-to-member similarity (average link)."""
        body = self._ids(sublinear(feats.body + feats.title), "", learn)
        title = self._ids(sublinear(feats.title), "", learn)
        ents = self._ids(sublinear(feats.entities), "e:", learn)
        if learn:
            # title terms share the body vocabulary; count each term once per document
            for vec in (body, ents):
                self.df[vec.ids] += 1
            self.n_docs += 1
        idf = self.idf()
        return body.normalized(idf), title.normalized(idf), ents.normalized(idf)

    def candidate(self, feats: DocFeatures, vecs: tuple[Sparse, Sparse, Sparse]) -> Candidate:
        return Candidate(
            vecs, feats.day, feats.content_day, len(feats.entities), feats.embedding, feats.near
        )

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
            top = vec.ids[np.argsort(-weighted(vec, idf))[:n]]
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
        """Cosines of a page with a story: body, title, names, title against body, and names
        weighted by the IDF squared. The last is the names a page shares with a story, by how
        rare they are: a follow-up told in new words (a recount ordered, a fine imposed) still
        names the story's own people and places, while another event on the same subject
        shares only its widely known ones (a country, its leader).
        (``day`` is kept in the signature for the training replay; time is no feature.)"""
        self._scatter.load(vecs, idf, len(self.df))
        main, title = self._scatter.main, self._scatter.title
        if (
            cluster.units is None
            or len(cluster.units) < 4  # an index saved by an older release
            or self.n_docs > IDF_DRIFT * cluster.units_at
        ):
            cluster.units = (
                unit(cluster.body, idf),
                unit(cluster.title, idf),
                unit(cluster.entities, idf),
                unit(cluster.entities, idf, power=2),
            )
            cluster.units_at = self.n_docs
        u_body, u_title, u_ents, u_rare = cluster.units
        row = [
            centroid_cosine(main, cluster.body, u_body),
            centroid_cosine(title, cluster.title, u_title),
            centroid_cosine(main, cluster.entities, u_ents),
            centroid_cosine(title, cluster.body, u_body),
            centroid_cosine(self._scatter.rare, cluster.entities, u_rare),
        ]
        if self.embeddings:
            row.append(_embedding_cosine(embedding, cluster.embedding))
        return row

    def allowed(self, cid: int, cand: Candidate, row: np.ndarray) -> bool:
        """A follow-up (a page days away from the story's recent members, measured from its
        stated day or its content's day, whichever is nearer) that names people and places
        must share some of them with the story: the same wording about other names is
        another event. A story dormant for years takes only a re-post of one of its pages."""
        gap = recent_gap(self.clusters[cid], (cand.day, cand.content_day))
        if gap is not None and gap > DORMANT_DAYS:
            return any(self.doc_cluster.get(d) == cid for d in cand.near)
        if gap is None or gap <= FOLLOW_UP_DAYS or cand.n_names < FOLLOW_UP_NAMES:
            return True
        return bool(row[2] >= FOLLOW_UP_ENTITIES)

    def probability(self, rows: np.ndarray) -> np.ndarray:
        z = rows @ self.weights[:-1] + self.weights[-1]
        return 1.0 / (1.0 + np.exp(-z))

    def best(self, cand: Candidate, cids: list[int], idf: IdfView) -> tuple[int | None, float]:
        """The story among ``cids`` the candidate joins (None: none) and its probability."""
        if not cids:
            return None, 0.0
        probs = self.scores(cand, cids, idf)
        top = int(np.argmax(probs))
        found = cids[top] if probs[top] >= self.threshold else None
        return found, float(probs[top])

    def scores(self, cand: Candidate, cids: list[int], idf: IdfView) -> np.ndarray:
        """The join probability of the candidate with each story of ``cids`` (held below the
        threshold where the name rule forbids the join)."""
        rows = np.asarray(
            [
                self.features(cand.vecs, cand.day, self.clusters[c], idf, cand.embedding)
                for c in cids
            ]
        )
        probs = self.probability(rows)
        for i, c in enumerate(cids):
            if not self.allowed(c, cand, rows[i]):
                probs[i] = min(probs[i], self.threshold - 1e-6)
        return probs

    # ------------------------------------------------------------ adding

    def add(self, feats: DocFeatures) -> tuple[int, float]:
        """Cluster one document; returns its story number and the join probability (0 = new).
        A story number can later be folded into another (see ``merges``); ``doc_cluster``
        always holds the current one."""
        if feats.doc_id in self.doc_cluster:
            return self.doc_cluster[feats.doc_id], 1.0
        vecs = self.vectors(feats)
        idf = self.idf()
        cids = self.candidates(vecs[0], vecs[2], idf, vecs[1])
        probs = self.scores(self.candidate(feats, vecs), cids, idf) if cids else np.zeros(0)
        top = int(np.argmax(probs)) if len(probs) else -1
        if top < 0 or probs[top] < self.threshold:
            cid = self.new_cluster(feats.doc_id)
            self.join(cid, feats, *vecs)
            return cid, 0.0
        cid = cids[top]
        day = placement_day(self.clusters[cid], feats)
        self.join(cid, feats if day == feats.day else replace(feats, day=day), *vecs)
        bridged = [c for c, p in zip(cids, probs, strict=True) if c != cid and p >= self.threshold]
        self.merge_bridged(cid, bridged, idf)
        self.merge_small(cid, cids, idf)
        return cid, float(probs[top])

    def new_cluster(self, first_doc: str) -> int:
        cid = self.next_cluster
        self.next_cluster += 1
        self.clusters[cid] = Cluster(id=f"story-{first_doc[:16]}")
        return cid

    def join(self, cid: int, feats: DocFeatures, body: Sparse, title: Sparse, ents: Sparse) -> None:
        cluster = self.clusters[cid]
        idf = self.idf()
        _age(cluster, feats.day)
        cluster.body.add(body, MAX_CENTROID, idf)
        cluster.title.add(title, MAX_CENTROID // 4, idf)
        cluster.entities.add(ents, MAX_CENTROID // 4, idf)
        cluster.doc_ids.append(feats.doc_id)
        if feats.title_text and len(cluster.titles) < 8:
            cluster.titles.append(feats.title_text)
        if feats.day is not None:
            cluster.note_day(feats.day)
        if feats.embedding is not None:
            cluster.embedding = (
                feats.embedding.copy()
                if cluster.embedding is None
                else cluster.embedding + feats.embedding
            )
        self.doc_cluster[feats.doc_id] = cid
        cluster.units = None
        self._repost(cid, cluster, idf)

    # ------------------------------------------------------------ merging

    def merge_bridged(self, cid: int, others: list[int], idf: IdfView) -> None:
        """A page that the model joins to several stories, each on its own content and names,
        tells one event they all began apart (its landfall and its levee breach, told by
        short pages that share too few words with each other). Such a story is folded into
        the page's story when its pages lie within FOLLOW_UP_DAYS of it and, with the page
        joined, the model finds the two stories more likely one than two (BRIDGE_ODDS): a
        page that merely mentions two look-alike events in passing ties nothing."""
        for other_id in others:
            other = self.clusters.get(other_id)
            if other is None or _days_apart(self.clusters[cid], other) > FOLLOW_UP_DAYS:
                continue
            as_page = _as_page(other, idf)
            row = np.asarray([self.features(as_page.vecs, None, self.clusters[cid], idf)])
            if self.probability(row)[0] >= BRIDGE_ODDS and self.allowed(cid, as_page, row[0]):
                self.absorb(cid, other_id)

    def merge_small(self, cid: int, cids: list[int], idf: IdfView) -> None:
        """Story ``cid`` has grown: a story of at most MERGE_SIZE pages among the candidates
        that now matches it, by the same model and the same name rule a new page meets, is
        folded into it. (Its page came before the pages that tie it to the story.)"""
        for other_id in cids:
            other = self.clusters.get(other_id)
            if other_id == cid or other is None or len(other.doc_ids) > MERGE_SIZE:
                continue
            found, _ = self.best(_as_page(other, idf), [cid], idf)
            if found == cid:
                self.absorb(cid, other_id)

    def absorb(self, cid: int, other_id: int) -> None:
        """Fold story ``other_id`` into story ``cid``."""
        into, other = self.clusters[cid], self.clusters.pop(other_id)
        idf = self.idf()
        into.body.add(other.body, MAX_CENTROID, idf)
        into.title.add(other.title, MAX_CENTROID // 4, idf)
        into.entities.add(other.entities, MAX_CENTROID // 4, idf)
        into.doc_ids += other.doc_ids
        into.titles = (into.titles + other.titles)[:8]
        for day in other.recent:
            into.note_day(day)
        into.recent.sort()
        if other.embedding is not None:
            into.embedding = (
                other.embedding if into.embedding is None else into.embedding + other.embedding
            )
        for doc_id in other.doc_ids:
            self.doc_cluster[doc_id] = cid
        for tid in other.posted:
            self.postings[tid].discard(other_id)
        self.merges.append((other.id, into.id))
        into.units = None
        self._repost(cid, into, idf)

    def _repost(self, cid: int, cluster: Cluster, idf: IdfView) -> None:
        posted: set[int] = set()
        for vec, n in ((cluster.body, INDEX_TERMS), (cluster.entities, INDEX_ENTITIES)):
            if len(vec.ids):
                weights = weighted(vec, idf)
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
        weights = weighted(cluster.body, idf)
        if cluster.titles:
            top = set(cluster.body.ids[np.argsort(-weights)[:30]].tolist())
            return max(
                cluster.titles,
                key=lambda t: sum(self.vocab.get(w, -1) in top for w in set(content_terms(t))),
            )
        names = {v: k for k, v in self.vocab.items()}
        top_ids = cluster.body.ids[np.argsort(-weights)[:5]].tolist()
        return " / ".join(names[i] for i in top_ids) or cluster.id


def _as_page(story: Cluster, idf: IdfView) -> Candidate:
    """A story scored as if it were one page (its centroids as the page's vectors)."""
    vecs = (story.body.normalized(idf), story.title.normalized(idf), story.entities.normalized(idf))
    return Candidate(vecs, story.day_max, None, len(story.entities.ids))


def _days_apart(a: Cluster, b: Cluster) -> float:
    """Days between the nearest recent members of two stories (infinite when either is
    undated: no evidence that they overlap)."""
    if not a.recent or not b.recent:
        return math.inf
    return min(abs(x - y) for x in a.recent for y in b.recent)


def _age(cluster: Cluster, day: float | None) -> None:
    """Decay what the story held before a dated addition by the time since its latest."""
    if day is None:
        return
    if cluster.time_ref is not None and day > cluster.time_ref:
        content = np.float32(math.exp(-(day - cluster.time_ref) / CONTENT_TAU))
        for vec in (cluster.body, cluster.title, cluster.entities):
            vec.vals = vec.vals * content
    cluster.time_ref = day if cluster.time_ref is None else max(cluster.time_ref, day)
