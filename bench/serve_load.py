"""Load on the web app: `storyline serve` over a store of all newscluster pages, the seeds and
the demo corpus; 8 concurrent clients send 400 requests across the stories list, story pages,
search and the JSON API. Reported: errors, median and p95 latency per kind and overall
(target: 0 errors, p95 <= 100 ms), and apart, the first (uncached) build of each story's brief.

    python bench/serve_load.py [--db build/bench_serve.db] [--requests 400] [--clients 8]

The store is built once with `storyline brief` (every stage) and reused on later runs.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import numpy as np
from rich.console import Console
from rich.table import Table

from storyline.eval import bench_root

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "serve_load.json"
BIN = Path(sys.executable).with_name("storyline")
QUERIES = ["minister", "police", "election", "Trump", "earthquake", "said", "government",
           "Yoon", "spillway", "troops", "company", "million"]  # fmt: skip


def build_store(db: Path) -> None:
    if db.exists():
        return
    inputs = [str(bench_root() / "newscluster"), str(bench_root().parent / "seeds"),
              str(ROOT / "examples" / "demo")]  # fmt: skip
    out = db.parent / "bench_serve_briefs" / "brief.json"
    subprocess.run(
        [str(BIN), "brief", *inputs, "--db", str(db), "--format", "json", "--out", str(out),
         "--quiet"],
        check=False,
    )  # fmt: skip
    subprocess.run([str(BIN), "entities", "--db", str(db), "--quiet"], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(base: str, timeout: float = 120) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if httpx.get(base + "/api/stories", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError("server did not start")


def plan(stories: list[str], entities: list[str], n: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    kinds = [
        ("list", lambda: "/?sort=" + rng.choice(["updated", "size", "independent", "headline"])),
        ("story", lambda: f"/stories/{rng.choice(stories)}"),
        ("search", lambda: "/search?q=" + rng.choice(QUERIES)),
        ("api", lambda: rng.choice([
            "/api/stories?per_page=50",
            f"/api/stories/{rng.choice(stories)}",
            "/api/search?q=" + rng.choice(QUERIES),
            "/api/entities",
            f"/api/entities/{rng.choice(entities)}" if entities else "/api/entities",
        ])),
    ]  # fmt: skip
    return [(kind, make()) for kind, make in (rng.choice(kinds) for _ in range(n))]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def _client(args: tuple[str, list[tuple[int, str]]]) -> list[tuple[int, float, int]]:
    """One client: its requests one after another, each timed."""
    base, mine = args
    with httpx.Client(base_url=base, timeout=120) as client:
        return [(i, *timed(client, url)) for i, url in mine]


def run_clients(base: str, urls: list[str], clients: int) -> tuple[list[tuple[float, int]], float]:
    """The requests spread over ``clients`` processes (each its own client, so no client
    waits on another's interpreter lock); (seconds, status) per request in order, and the
    wall time."""
    shares = [
        (base, [(i, u) for i, u in enumerate(urls) if i % clients == k]) for k in range(clients)
    ]
    with multiprocessing.get_context("fork").Pool(clients) as pool:
        pool.map(abs, range(clients))  # the workers are up before the clock starts
        started = time.perf_counter()
        done = pool.map(_client, shares)
        wall = time.perf_counter() - started
    ordered = sorted(item for share in done for item in share)
    return [(t, status) for _, t, status in ordered], wall


def timed(client: httpx.Client, url: str) -> tuple[float, int]:
    t0 = time.perf_counter()
    try:
        status = client.get(url).status_code
    except httpx.HTTPError:
        status = 0
    return time.perf_counter() - t0, status


def main(db: Path | None = None, requests: int = 400, clients: int = 8) -> dict[str, object]:
    db = db or ROOT / "build" / "bench_serve.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    build_store(db)
    build_s = time.perf_counter() - t0
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [str(BIN), "serve", "--db", str(db), "--port", str(port), "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_up(base)
        with httpx.Client(base_url=base, timeout=120) as client:
            body = client.get("/api/stories?per_page=1000").json()
            stories = [s["id"] for s in body["stories"]]
            entities = [
                e["key"] for e in client.get("/api/entities?per_page=200").json()["entities"]
            ]
            cold = [timed(client, f"/stories/{s}")[0] for s in stories]  # first builds
        work = plan(stories, entities, requests)
        cpu0 = cpu_seconds(server.pid)
        results, wall = run_clients(base, [url for _, url in work], clients)
        server_cpu = cpu_seconds(server.pid) - cpu0
    finally:
        server.terminate()
        server.wait(timeout=30)
    result = report(work, results, cold, wall, build_s, len(stories), clients)
    result["server_cpu_ms_per_request"] = round(1000 * server_cpu / len(work), 2)
    result["load_average_1min"] = os.getloadavg()[0]
    print(
        f"server CPU {result['server_cpu_ms_per_request']} ms a request; machine load"
        f" {result['load_average_1min']:.1f} on {os.cpu_count()} cores"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    return result


def report(work, results, cold, wall, build_s, n_stories, clients) -> dict[str, object]:
    ms = lambda xs, q: round(1000 * float(np.percentile(xs, q)), 1) if xs else None  # noqa: E731
    out: dict[str, object] = {
        "stories": n_stories,
        "requests": len(work),
        "clients": clients,
        "errors": sum(1 for _, status in results if status != 200),
        "wall_s": round(wall, 2),
        "requests_per_s": round(len(work) / wall, 1),
        "p50_ms": ms([t for t, _ in results], 50),
        "p95_ms": ms([t for t, _ in results], 95),
        "target_p95_ms": 100,
        "first_brief_build_median_ms": ms(cold, 50),
        "first_brief_build_max_ms": ms(cold, 100),
        "store_build_s": round(build_s, 1),
    }
    table = Table(title=f"serve_load: {len(work)} requests, {clients} clients, {n_stories} stories")
    for col in ("kind", "requests", "errors", "p50 ms", "p95 ms"):
        table.add_column(col)
    for kind in ("list", "story", "search", "api"):
        times = [t for (k, _), (t, _) in zip(work, results, strict=True) if k == kind]
        errs = sum(
            1 for (k, _), (_, s) in zip(work, results, strict=True) if k == kind and s != 200
        )
        out[f"{kind}_p95_ms"] = ms(times, 95)
        table.add_row(kind, str(len(times)), str(errs), str(ms(times, 50)), str(ms(times, 95)))
    table.add_row("all", str(len(work)), str(out["errors"]), str(out["p50_ms"]), str(out["p95_ms"]))
    Console().print(table)
    print(f"first (uncached) brief build per story: median {out['first_brief_build_median_ms']} ms,"
          f" max {out['first_brief_build_max_ms']} ms")  # fmt: skip
    return out


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    main(args.db, args.requests, args.clients)


if __name__ == "__main__":
    cli()
