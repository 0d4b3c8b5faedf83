"""Incremental story clustering at scale: a 100,000-document stream.

The stream (``storyline.eval.synthetic``) is built by perturbing real texts from ../shared/bench:
each synthetic event takes one base text, renames its names, replaces 40% of its other words and
gets a date; its documents shuffle, drop and replace words. Documents are clustered in date
order. About 38 events are drawn from each base text, so the stream is full of other events
told in the same words: the hard case for chaining.

Reported: total time and docs/s, feature extraction (parsing) time apart, peak memory, the
median/p95 latency of adding one more document to the full store (target median <= 50 ms), the
size and save/load time of the persisted index, and pairwise/B-cubed F1 against the synthetic
events as a sanity check.

    python bench/cluster_scale.py [--n N_DOCS]

A run with another size than 100,000 writes results/cluster_scale_N.json, so a quick check
on a smaller stream does not overwrite the full benchmark.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import resource
import time
import zlib
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table

from storyline.eval import bench_root
from storyline.eval.synthetic import SEED, base_texts, pair_scores, stream, synthetic_doc, vocab_of
from storyline.stories.cluster import StoryIndex, featurize

RESULTS = Path(__file__).resolve().parent / "results" / "cluster_scale.json"
N_DOCS = 100_000
EXTRA = 300  # documents added to the full store to time one more addition


def main(n_docs: int = N_DOCS) -> dict[str, object]:
    bases = base_texts(bench_root())
    vocab = vocab_of(bases)
    plan = stream(n_docs, EXTRA)
    rng = random.Random(SEED)
    extra_idx = set(rng.sample(range(len(plan)), min(EXTRA, len(plan) - 1)))
    main_plan = [p for i, p in enumerate(plan) if i not in extra_idx]
    extra_plan = [p for i, p in enumerate(plan) if i in extra_idx]
    events: dict[int, dict] = {}
    index = StoryIndex()
    featurize_s = add_s = 0.0
    ids, gold, latencies = [], [], []
    started, cpu_started = time.perf_counter(), time.process_time()
    for k, (day, event, doc_no) in enumerate(main_plan):
        doc = synthetic_doc(day, event, doc_no, events, bases, vocab)
        t0 = time.perf_counter()
        feats = featurize(doc)
        t1 = time.perf_counter()
        index.add(feats)
        t2 = time.perf_counter()
        featurize_s += t1 - t0
        add_s += t2 - t1
        latencies.append(t2 - t1)
        ids.append(doc.id)
        gold.append(event)
        if k and k % 10_000 == 0:
            print(
                f"  {k} docs, {len(index.clusters)} stories, "
                f"{k / (time.perf_counter() - started):.0f} docs/s, "
                f"median add {1000 * np.median(latencies[-2000:]):.1f} ms",
                flush=True,
            )
    total_s = time.perf_counter() - started
    total_cpu_s = time.process_time() - cpu_started
    # one more document into the full store, EXTRA times (each joins the index as it would)
    extra, extra_cpu = [], []
    for day, event, doc_no in extra_plan:
        feats = featurize(synthetic_doc(day, event, doc_no, events, bases, vocab))
        t0, c0 = time.perf_counter(), time.process_time()
        index.add(feats)
        extra.append(time.perf_counter() - t0)
        extra_cpu.append(time.process_time() - c0)
        ids.append(feats.doc_id)
        gold.append(event)
    pred = [index.doc_cluster[i] for i in ids]  # where each document is at the end (merges)
    t0 = time.perf_counter()
    blob = zlib.compress(pickle.dumps(index, pickle.HIGHEST_PROTOCOL), 3)
    save_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    pickle.loads(zlib.decompress(blob))
    load_s = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result: dict[str, object] = {
        "documents": len(main_plan),
        "synthetic_events": len(set(gold)),
        "stories": len(index.clusters),
        "stories_merged": len(index.merges),
        "base_texts": len(bases),
        "total_s": round(total_s, 1),
        "total_cpu_s": round(total_cpu_s, 1),
        "docs_per_s": round(len(main_plan) / total_s, 1),
        "featurize_s": round(featurize_s, 1),
        "add_s": round(add_s, 1),
        "add_median_ms_stream": round(1000 * float(np.median(latencies)), 2),
        "add_one_more_median_ms": round(1000 * float(np.median(extra)), 2),
        "add_one_more_p95_ms": round(1000 * float(np.percentile(extra, 95)), 2),
        # CPU time of the same additions: what they cost on a machine not shared with others
        "add_one_more_cpu_median_ms": round(1000 * float(np.median(extra_cpu)), 2),
        "add_one_more_cpu_p95_ms": round(1000 * float(np.percentile(extra_cpu, 95)), 2),
        "target_median_ms": 50,
        "peak_rss_mb": round(peak_mb, 0),
        "index_bytes_compressed": len(blob),
        "index_save_s": round(save_s, 2),
        "index_load_s": round(load_s, 2),
        **{k: round(v, 4) for k, v in pair_scores(pred, gold).items()},
    }
    table = Table(title=f"cluster_scale: {len(main_plan):,} documents + {len(extra)} more")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in result.items():
        table.add_row(key, f"{value:,}" if isinstance(value, int) else str(value))
    Console().print(table)
    out = RESULTS if n_docs == N_DOCS else RESULTS.with_name(f"cluster_scale_{n_docs}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    return result


def cli(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n_pos", nargs="?", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, default=None, help="documents in the stream")
    args = parser.parse_args(argv)
    main(args.n or args.n_pos or N_DOCS)


if __name__ == "__main__":
    cli()
