"""The web app on a 100,000-document store: p95 of the stories list and of search.

The store holds the synthetic stream of bench/cluster_scale.py (100,000 documents made from
the texts of ../shared/bench, see that script), with its synthetic events as the stories (so
the store is built in minutes, without re-running the 8-minute clustering). No analyses: the
entity and quote indexes are empty, document search covers every text. 8 clients send 400
requests to the stories list (sorted and filtered, first and later pages) and to search
(pages and API), target p95 <= 300 ms each.

    python bench/serve_scale.py [--n 100000]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import httpx
import numpy as np
from rich.console import Console
from rich.table import Table

from storyline.eval import bench_root
from storyline.model import Story
from storyline.store import Store

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent


def _load(name: str):  # a module
    spec = importlib.util.spec_from_file_location(f"bench_{name}", HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = module  # type: ignore[union-attr]  # its clients are pickled by name
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def build_store(db: Path, n_docs: int) -> float:
    """Documents of the cluster_scale stream, and its events as stories."""
    scale = _load("cluster_scale")
    started = time.perf_counter()
    bases = scale.base_texts(bench_root())
    vocab = scale._vocab(bases)
    plan = scale.stream(n_docs, bases)[:n_docs]
    events: dict[int, dict] = {}
    members: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    with Store(db) as store:
        batch = []
        for count, (day, event, doc_no) in enumerate(plan, 1):
            doc = scale._doc(day, event, doc_no, events, bases, vocab)
            doc = doc.model_copy(update={"outlet": f"Outlet {doc_no % 97}", "language": "en"})
            batch.append(doc)
            members[event].append((doc.id, doc.title or "", (doc.published or "")[:10]))
            if len(batch) == 2000:
                store.put_documents(batch)
                batch = []
                print(f"  {count} documents", flush=True)
        store.put_documents(batch)
        store.put_stories(
            Story(
                id=f"event-{event:06d}",
                label=docs[0][1] or f"event {event}",
                doc_ids=[d for d, _, _ in docs],
                start=min(p for _, _, p in docs),
                end=max(p for _, _, p in docs),
            )
            for event, docs in members.items()
        )
    return time.perf_counter() - started


def plan(words: list[str], n: int, seed: int = 11) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    sorts = ["updated", "size", "independent", "start", "headline"]
    lists = [
        lambda: f"/?sort={rng.choice(sorts)}&page={rng.randint(1, 40)}",
        lambda: f"/api/stories?sort={rng.choice(sorts)}&min_size={rng.randint(1, 10)}",
        lambda: f"/?outlet=Outlet+{rng.randint(0, 96)}&date_from=2017-0{rng.randint(1, 9)}-01",
        lambda: f"/?q={rng.choice(words)}",
    ]
    searches = [
        lambda: f"/search?q={rng.choice(words)}",
        lambda: f"/api/search?q={rng.choice(words)}+{rng.choice(words)}",
    ]
    out = []
    for _ in range(n):
        kind = rng.choice(["list", "search"])
        out.append((kind, rng.choice(lists if kind == "list" else searches)()))
    return out


def main(n_docs: int = 100_000, requests: int = 400, clients: int = 8) -> dict[str, object]:
    serve = _load("serve_load")
    db = ROOT / "build" / f"bench_serve_{n_docs}.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    build_s = 0.0 if db.exists() else build_store(db, n_docs)
    port = serve.free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [str(serve.BIN), "serve", "--db", str(db), "--port", str(port), "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        serve.wait_up(base, timeout=600)
        with httpx.Client(base_url=base, timeout=120) as client:
            t0 = time.perf_counter()
            client.get("/")  # the first list computes the stories' rows
            first_list = time.perf_counter() - t0
            words = [w for w in serve.QUERIES + _title_words(client) if w][:60]
        work = plan(words, requests)
        cpu0 = serve.cpu_seconds(server.pid)
        results, wall = serve.run_clients(base, [url for _, url in work], clients)
        server_cpu = serve.cpu_seconds(server.pid) - cpu0
    finally:
        server.terminate()
        server.wait(timeout=30)
    out = report(work, results, wall, build_s, first_list, n_docs)
    out["server_cpu_ms_per_request"] = round(1000 * server_cpu / len(work), 2)
    out["load_average_1min"] = os.getloadavg()[0]
    print(
        f"server CPU {out['server_cpu_ms_per_request']} ms a request; machine load"
        f" {out['load_average_1min']:.1f} on {os.cpu_count()} cores"
    )
    name = "serve_scale.json" if n_docs == 100_000 else f"serve_scale_{n_docs}.json"
    (HERE / "results" / name).write_text(json.dumps(out, indent=2) + "\n")
    return out


def _title_words(client: httpx.Client) -> list[str]:
    rows = client.get("/api/stories?per_page=40").json()["stories"]
    return sorted({w for r in rows for w in r["headline"].split() if len(w) > 4 and w.isalpha()})


def report(work, results, wall, build_s, first_list, n_docs) -> dict[str, object]:
    def ms(xs: list[float], q: float) -> float:
        return round(1000 * float(np.percentile(xs, q)), 1)

    out: dict[str, object] = {
        "documents": n_docs,
        "requests": len(work),
        "errors": sum(1 for _, s in results if s != 200),
        "wall_s": round(wall, 2),
        "first_list_s": round(first_list, 2),
        "store_build_s": round(build_s, 1),
        "target_p95_ms": 300,
    }
    table = Table(title=f"serve_scale: {n_docs:,} documents, {len(work)} requests")
    for col in ("kind", "requests", "errors", "p50 ms", "p95 ms"):
        table.add_column(col)
    for kind in ("list", "search"):
        times = [t for (k, _), (t, _) in zip(work, results, strict=True) if k == kind]
        errs = sum(
            1 for (k, _), (_, s) in zip(work, results, strict=True) if k == kind and s != 200
        )
        out[f"{kind}_p50_ms"], out[f"{kind}_p95_ms"] = ms(times, 50), ms(times, 95)
        table.add_row(kind, str(len(times)), str(errs), str(ms(times, 50)), str(ms(times, 95)))
    Console().print(table)
    return out


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    args = parser.parse_args()
    main(args.n)


if __name__ == "__main__":
    cli()
