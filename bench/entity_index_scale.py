"""The cross-story entity index rebuilt alone on a large store: time, peak memory, shards.

Run on a store a previous benchmark filled (``bench/scale_e2e.py`` leaves its 100,000-document
store in /tmp/storyline-e2e-100000); the store is copied first so the benchmark's own store is
left as it was. Prints each shard's merge (pages, CPU, memory so far) and writes
results/entity_index_scale.json.

    python bench/entity_index_scale.py STORE.db [--shard-docs 5000]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import storyline.synthesize.entities as merging
from storyline.entityindex import SHARD_DOCS, update_entity_index
from storyline.progress import silent
from storyline.store import Store

RESULTS = Path(__file__).resolve().parent / "results" / "entity_index_scale.json"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(db: Path, shard_docs: int) -> dict:
    shards: list[dict] = []
    real = merging.merge_and_propagate

    def timed(per_doc, texts, titles=None):
        cpu = time.process_time()
        out = real(per_doc, texts, titles)
        pages = sum(not d.endswith("#title") for d, _ in per_doc)
        shard = {"pages": pages, "merge_cpu_s": round(time.process_time() - cpu, 1)}
        shard["peak_rss_mb"] = round(_peak_mb())
        print(shard, flush=True)
        shards.append(shard)
        return out

    merging.merge_and_propagate = timed
    wall, cpu = time.perf_counter(), time.process_time()
    with Store(str(db)) as store:
        update_entity_index(store, silent, force=True, shard_docs=shard_docs)
        entities, docs, mentions = store.conn.execute(
            "SELECT count(*), sum(docs), sum(mentions) FROM entity_index"
        ).fetchone()
        pages = store.conn.execute("SELECT count(*) FROM analyses").fetchone()[0]
    merging.merge_and_propagate = real
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return {
        "pages": pages,
        "shard_docs": shard_docs,
        "shards": len(shards),
        "wall_s": round(time.perf_counter() - wall, 1),
        "cpu_s": round(time.process_time() - cpu, 1),
        "peak_rss_mb": round(_peak_mb()),
        "entities": entities,
        "entity_pages": docs,
        "mentions": mentions,
        "per_shard": shards,
        "commit": commit,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--shard-docs", type=int, default=SHARD_DOCS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir="/tmp") as work:
        copy = Path(work) / "store.db"
        shutil.copy(args.store, copy)
        wal = args.store.with_name(args.store.name + "-wal")
        if wal.exists():
            shutil.copy(wal, copy.with_name("store.db-wal"))
        report = measure(copy, args.shard_docs)
    RESULTS.write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps({k: v for k, v in report.items() if k != "per_shard"}, indent=1))


if __name__ == "__main__":
    main()
