"""A second `storyline brief` on unchanged stored pages: first run, then reruns (wall and CPU,
median of 3), given the same pages again and given none, and what the rerun imports.

Each run is a whole `storyline brief` process, as a user runs it. CPU is the child's user +
system time. The machine may be shared: the first/rerun ratio of one run is what counts.

    python bench/rerun.py [FOLDER]     # default: ../shared/bench/newscluster (204 pages)
"""

from __future__ import annotations

import json
import os
import re
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
RESULTS = ROOT / "results" / "rerun.json"
ROUNDS = 3
HEAVY = ("spacy", "sklearn", "torch", "sentence_transformers", "datasketch", "thinc", "scipy")
_IMPORT = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)")


def _timed(args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, capture_output=True, check=False)  # a bad page exits 1, still timed
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _median(args: list[str]) -> dict[str, object]:
    runs = [_timed(args) for _ in range(ROUNDS)]
    return {
        "wall_s": statistics.median(w for w, _ in runs),
        "cpu_s": statistics.median(c for _, c in runs),
        "walls": [round(w, 3) for w, _ in runs],
    }


def imports(args: list[str]) -> dict[str, object]:
    """`python -X importtime` of the rerun: the modules that took longest (cumulative, with
    what they imported), and whether any model library was imported at any depth."""
    code = (
        "import sys\nfrom storyline.cli import app\n"
        f"sys.argv = {['storyline', *args]!r}\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
    )
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True
    )
    found = [m for line in done.stderr.splitlines() if (m := _IMPORT.match(line))]
    rows = [(int(m.group(2)), m.group(4)) for m in found]
    ranked = sorted(rows, reverse=True)
    return {
        "total_ms": round(sum(int(m.group(2)) for m in found if not m.group(3)) / 1000, 1),
        "top_ms": {name: round(us / 1000, 1) for us, name in ranked[:15]},
        "heavy_imported": sorted({n.split(".")[0] for _, n in rows if n.split(".")[0] in HEAVY}),
    }


def main(folder: Path) -> dict[str, object]:
    exe = str(Path(sys.executable).with_name("storyline"))
    pages = [p for p in folder.iterdir() if p.is_file()]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out")
        base = ["brief", "--db", os.path.join(tmp, "s.db"), "--quiet"]
        base += ["--format", "json", "--out-dir", out]
        first_wall, first_cpu = _timed([exe, *base, str(folder)])
        none = _median([exe, *base])
        same = _median([exe, *base, str(folder)])
        imported = imports(base)
    result: dict[str, object] = {
        "folder": str(folder),
        "pages": len(pages),
        "first": {"wall_s": first_wall, "cpu_s": first_cpu},
        "rerun_no_paths": none,
        "rerun_same_paths": same,
        "imports": imported,
        "load_average": os.getloadavg()[0],
    }
    table = Table(title=f"second storyline brief, {len(pages)} stored pages")
    for name in ("run", "wall s", "CPU s", "target"):
        table.add_column(name)
    table.add_row("first", f"{first_wall:.2f}", f"{first_cpu:.2f}", "")
    table.add_row("rerun, no paths (median of 3)", f"{none['wall_s']:.2f}",
                  f"{none['cpu_s']:.2f}", "≤ 1.5 s")  # fmt: skip
    table.add_row("rerun, same paths (median of 3)", f"{same['wall_s']:.2f}",
                  f"{same['cpu_s']:.2f}", "")  # fmt: skip
    Console().print(table)
    Console().print(f"imports (cumulative ms): {imported['top_ms']}")
    heavy = imported["heavy_imported"] or "none"
    Console().print(f"model libraries imported on the rerun: {heavy}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    return result


if __name__ == "__main__":
    exit_if_help_asked(__doc__)
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        from storyline.eval import bench_root

        main(bench_root() / "newscluster")
