"""Claim matching: how fast sentences are matched across sources, by meaning and by words.

Times the brief's claim step (``summary.claims``: candidate claims, their supporting sentences
in other sources, sure matches and likely rewordings that a third source corroborates) on one
story of the 500-document brief benchmark (bench/brief.py's documents), with MiniLM embeddings
(the ``embeddings`` extra) computed, with the vectors a first brief stored (as a later brief
reads them), and with the words-only fallback, side by side in one run, and the embedding
model's load. Also reports, on the demo corpus's hand-labelled sentence pairs
(bench/claims_demo_pairs.json, our own fictional text), how many pairs each variant gets right:
the thresholds in storyline/synthesize/claims.py were chosen on these pairs, so those figures
are in-sample; isolated pairs measure the sure rule only. Writes bench/results/claims.json.

    python bench/claims.py [N_DOCS]
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table
from usage import exit_if_help_asked

ROOT = Path(__file__).resolve().parent
RESULTS = ROOT / "results" / "claims.json"
PAIRS = ROOT / "claims_demo_pairs.json"


def _timed_claims(docs, relations, encoder) -> tuple[float, float, int]:
    from storyline.synthesize.common import copy_groups
    from storyline.synthesize.summary import SentenceIndex, claims

    groups = copy_groups([d.id for d in docs], relations, docs)
    originals = {d.id for d in docs} - {r.doc_id for r in relations}
    start, cpu = time.perf_counter(), time.process_time()
    index = SentenceIndex(docs)
    found = claims(index, groups, originals, encoder=encoder)
    multi = sum(c.support >= 2 for c in found)
    return time.perf_counter() - start, time.process_time() - cpu, multi


def _pair_scores(encoder) -> dict[str, float]:
    """Precision and recall of "same claim" on the labelled demo pairs."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from storyline.synthesize.claims import ClaimMatcher

    labelled = json.loads(PAIRS.read_text())
    texts = [t for p in labelled for t in (p["a"], p["b"])]
    matcher = ClaimMatcher(texts, list(range(len(texts))), encoder)
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    tp = fp = fn = 0
    for k, pair in enumerate(labelled):
        wording = float((vectors[2 * k] @ vectors[2 * k + 1].T).toarray()[0, 0])
        got = matcher.same(2 * k, 2 * k + 1, wording)
        tp += got and pair["same"]
        fp += got and not pair["same"]
        fn += (not got) and pair["same"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "pairs": len(labelled)}


def _no_model(texts: list[str]):
    raise AssertionError(f"{len(texts)} sentences without a stored vector")


def main(n_docs: int = 500) -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    from brief import story_documents

    from storyline.synthesize.claim_vectors import SentenceVectors
    from storyline.synthesize.claims import default_encoder

    docs, relations = story_documents(n_docs)
    start = time.perf_counter()
    encoder = default_encoder()
    if encoder is not None:
        encoder(["warm up"])  # loads torch and the model
    load = time.perf_counter() - start
    rows = {}
    if encoder is not None:
        rows["MiniLM + words"] = _timed_claims(docs, relations, encoder)
        # A later brief of the story: the vectors the first one computed are read, not made.
        vectors = SentenceVectors(encoder=encoder)
        _timed_claims(docs, relations, vectors)
        stored = SentenceVectors(vectors.fresh, encoder=_no_model)
        rows["MiniLM + words, vectors stored"] = _timed_claims(docs, relations, stored)
    rows["words only (fallback)"] = _timed_claims(docs, relations, None)
    table = Table(title=f"claim matching: one story of {len(docs)} documents")
    for col in ("variant", "seconds", "CPU seconds", "claims with >= 2 sources", "demo pairs P/R"):
        table.add_column(col)
    pairs = {}
    for name, (secs, cpu, multi) in rows.items():
        scores = _pair_scores(encoder if name.startswith("MiniLM") else None)
        pairs[name] = scores
        table.add_row(
            name,
            f"{secs:.2f}",
            f"{cpu:.2f}",
            str(multi),
            f"{scores['precision']}/{scores['recall']}",
        )
    table.add_row("model load (once per process)", f"{load:.2f}", "", "", "")
    Console().print(table)
    result = {
        "documents": len(docs),
        "embeddings": encoder is not None,
        "model_load_seconds": round(load, 3),
        "variants": {
            name: {
                "seconds": round(secs, 3),
                "cpu_seconds": round(cpu, 3),
                "claims_with_two_or_more_sources": multi,
                "demo_pairs_in_sample": pairs[name],
            }
            for name, (secs, cpu, multi) in rows.items()
        },
        "load_average": os.getloadavg()[0],
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    return result


if __name__ == "__main__":
    exit_if_help_asked(__doc__)
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
