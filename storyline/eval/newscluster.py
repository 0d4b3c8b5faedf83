"""Story clustering on newscluster (Giveme5W1H news_cluster): gold stories are EventIds.

Documents are streamed in ``date_publish`` order. Metrics: pairwise P/R/F1 over document pairs
(as Miranda et al. 2018) and B-cubed F1. Our join/new model is fitted on folds of events and
scored on the held-out events; the plain TF-IDF average-link baseline is run in the same run.
"""

from __future__ import annotations

import ast
import hashlib
import json
import random
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

from storyline.eval import Report, Row
from storyline.model import Document
from storyline.progress import Tracker
from storyline.stories.cluster import DocFeatures, featurize
from storyline.stories.train import fit_model, run_stream

DATA = "newscluster"
FOLDS = 5
MIRANDA_F1 = 0.940


# ---------------------------------------------------------------- data


def load_docs(data: Path) -> tuple[list[Document], dict[str, str]]:
    """Documents in date_publish order and the gold EventId of each."""
    docs, gold = [], {}
    for path in sorted(data.glob("*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        cluster = item["newsCluster"]
        if isinstance(cluster, str):
            cluster = ast.literal_eval(cluster)
        doc_id = hashlib.sha1((item.get("url") or path.name).encode()).hexdigest()[:20]
        docs.append(
            Document(
                id=doc_id,
                source=str(path),
                url=item.get("url"),
                title=item.get("title"),
                published=item.get("date_publish"),
                outlet=item.get("source_domain"),
                text=item.get("text") or "",
                language="en",
            )
        )
        gold[doc_id] = str(cluster["EventId"])
    docs.sort(key=lambda d: (d.published or "9999", d.id))
    return docs, gold


# ---------------------------------------------------------------- metrics


def pairwise(pred: dict[str, object], gold: dict[str, object]) -> dict[str, float]:
    ids = sorted(gold)
    tp = fp = fn = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            same_p, same_g = pred[a] == pred[b], gold[a] == gold[b]
            tp += same_p and same_g
            fp += same_p and not same_g
            fn += same_g and not same_p
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0}


def bcubed(pred: dict[str, object], gold: dict[str, object]) -> float:
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for d in gold:
        by_pred[pred[d]].add(d)
        by_gold[gold[d]].add(d)
    p = r = 0.0
    for d in gold:
        shared = len(by_pred[pred[d]] & by_gold[gold[d]])
        p += shared / len(by_pred[pred[d]])
        r += shared / len(by_gold[gold[d]])
    p, r = p / len(gold), r / len(gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def pairwise_f1(pred: dict[str, object], gold: dict[str, object]) -> float:
    return pairwise(pred, gold)["F1"]


# ---------------------------------------------------------------- ours, cross-validated


def event_folds(gold: dict[str, str], k: int = FOLDS, seed: int = 13) -> list[set[str]]:
    events = sorted(set(gold.values()))
    random.Random(seed).shuffle(events)
    return [set(events[i::k]) for i in range(k)]


def cross_validate(
    stream: list[DocFeatures], gold: dict[str, str]
) -> tuple[dict[str, object], list[dict]]:
    """Fit on the other folds' events, cluster the held-out events' stream; predictions of all
    folds are pooled (story ids are made fold-unique)."""
    pred: dict[str, object] = {}
    fits = []
    for n, fold in enumerate(event_folds(gold)):
        train = [f for f in stream if gold[f.doc_id] not in fold]
        test = [f for f in stream if gold[f.doc_id] in fold]
        train_gold = {f.doc_id: gold[f.doc_id] for f in train}
        weights, threshold, c = fit_model(train, train_gold, pairwise_f1)
        for doc_id, cid in run_stream(test, weights, threshold).items():
            pred[doc_id] = (n, cid)
        fits.append(
            {
                "fold": n,
                "weights": [round(w, 3) for w in weights],
                "threshold": round(threshold, 2),
                "C": c,
            }
        )
    return pred, fits


# ---------------------------------------------------------------- baseline


def tfidf_average_link(docs: list[Document], gold: dict[str, str]) -> tuple[dict, float]:
    """Plain TF-IDF (title + body) average-link clustering; the cosine distance threshold is
    tuned on the gold (an optimistic, in-sample baseline)."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = (
        TfidfVectorizer(stop_words="english", sublinear_tf=True)
        .fit_transform([(d.title or "") + "\n" + d.text for d in docs])
        .toarray()
    )
    best: tuple[float, dict, float] = (-1.0, {}, 0.0)
    for threshold in np.arange(0.5, 1.0, 0.02):
        labels = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=float(threshold)
        ).fit_predict(matrix)
        pred = {d.id: int(label) for d, label in zip(docs, labels, strict=True)}
        f1 = pairwise_f1(pred, gold)
        if f1 > best[0]:
            best = (f1, pred, float(threshold))
    return best[1], best[2]


# ---------------------------------------------------------------- seeds mixed in


def seeds_check(docs: list[Document], gold: dict[str, str], track: Tracker) -> dict:
    """All of newscluster plus the five seeds (ingested and cleaned) through the pipeline's
    clustering with the shipped weights, in a store of their own: the seeds must form one story
    that no other document joins, with no copy relation among them; copy relations found within
    newscluster are counted, and across events should be 0."""
    from storyline.eval import bench_root
    from storyline.pipeline import Pipeline
    from storyline.store import Store

    seeds_dir = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
    if not seeds_dir.is_dir():
        seeds_dir = bench_root().parent / "seeds"
    with Store(":memory:") as store:
        pipe = Pipeline(store, track=track)
        seeds = pipe.ingest([str(seeds_dir)]).documents if seeds_dir.is_dir() else []
        started = time.perf_counter()
        stories, relations = pipe.cluster(docs + seeds, {})
        seconds = time.perf_counter() - started
    seed_ids = {d.id for d in seeds}
    seed_stories = {s.id for s in stories for d in s.doc_ids if d in seed_ids}
    joined = [d for s in stories if s.id in seed_stories for d in s.doc_ids if d not in seed_ids]
    kinds: dict[str, int] = defaultdict(int)
    for rel in relations:
        kinds[rel.kind] += 1
    return {
        "seeds": len(seeds),
        "seed_stories": len(seed_stories),
        "seeds_one_story": len(seeds) == 5 and len(seed_stories) == 1,
        "other_docs_in_seed_story": len(joined),
        "seed_copy_relations": sum(r.doc_id in seed_ids or r.of_id in seed_ids for r in relations),
        "newscluster_relations": dict(kinds),
        "relations_across_gold_events": sum(
            gold.get(r.doc_id) != gold.get(r.of_id)
            for r in relations
            if r.doc_id in gold and r.of_id in gold
        ),
        "seconds_cluster_and_copies": round(seconds, 2),
    }


def _embedding_row(
    report: Report, docs: list[Document], stream: list[DocFeatures], gold: dict[str, str]
) -> None:
    """The sentence-embedding variant (extra ``embeddings``), same folds, when installed."""
    from storyline.stories import embed

    if not embed.available():
        report.extra["embeddings"] = "not installed (pip install -e '.[embeddings]')"
        return
    started = time.process_time()
    vectors = embed.embed(docs)
    cpu_ms = 1000 * (time.process_time() - started) / max(1, len(docs))
    with_emb = [replace(f, embedding=v) for f, v in zip(stream, vectors, strict=True)]
    pred, _ = cross_validate(with_emb, gold)
    report.rows.append(
        _row(
            "storyline + MiniLM embedding feature (held-out folds)",
            pred,
            gold,
            "measured",
            f"embedding {cpu_ms:.0f} ms CPU/doc",
        )
    )


# ---------------------------------------------------------------- harness


def _row(system: str, pred: dict, gold: dict, kind: str, note: str = "", **more: object) -> Row:
    scores = pairwise(pred, gold)
    metrics = {
        "pairwise_P": scores["P"],
        "pairwise_R": scores["R"],
        "pairwise_F1": scores["F1"],
        "bcubed_F1": bcubed(pred, gold),
    }
    metrics.update(more)  # type: ignore[arg-type]
    return Row(system, metrics, kind, note)


def evaluate(data: Path, track: Tracker) -> Report:
    docs, gold = load_docs(data)
    report = Report(name="newscluster", data=str(data), targets={"pairwise_F1": 0.95})
    stream = [featurize(d) for d in track(docs, "newscluster: features")]

    started = time.perf_counter()
    pred, fits = cross_validate(stream, gold)
    report.rows.append(
        _row(
            "storyline (held-out folds)",
            pred,
            gold,
            "ours",
            f"{FOLDS}-fold CV over events",
            seconds=round(time.perf_counter() - started, 2),
        )
    )
    _embedding_row(report, docs, stream, gold)
    weights, threshold, c = fit_model(stream, gold, pairwise_f1)
    full = run_stream(stream, weights, threshold)
    report.rows.append(
        _row("storyline (all events, in-sample fit)", full, gold, "measured", "shipped weights")
    )
    base, base_t = tfidf_average_link(docs, gold)
    report.rows.append(
        _row(
            "TF-IDF average-link",
            base,
            gold,
            "measured",
            f"distance threshold {base_t:.2f} tuned on gold",
        )
    )
    report.rows.append(
        Row("Miranda et al. 2018", {"pairwise_F1": MIRANDA_F1}, "published", "their English stream")
    )
    report.extra["seeds_mixed"] = seeds_check(docs, gold, track)
    report.extra["folds"] = fits
    report.extra["fitted_weights"] = [round(w, 3) for w in weights]
    report.extra["fitted_threshold"] = round(threshold, 2)
    report.extra["fitted_C"] = c
    return report
