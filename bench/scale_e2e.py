"""The 100,000-document benchmark end to end through the CLI: time and peak memory.

The documents are cluster_scale's synthetic stream (``storyline.eval.synthetic``: real texts of
../shared/bench with renamed names and shuffled, replaced words), written as JSONL shards of
1,000 documents under the work folder (never in this repository). Then, as a user would:

1. ``storyline analyze SHARDS --workers N``: read, clean, analyze and store every document;
2. ``storyline brief --workers N --min-docs M --format json --out-dir BRIEFS``: cluster the
   stored documents into stories and write the brief of every story with at least M documents.

Each step is a whole CLI process. Reported per step: wall time, CPU time of the process and
its workers (sampled from /proc), the peak of the summed resident memory of the process tree
and the load average while it ran (the machine may be shared: CPU time is the figure that
does not depend on other work).

The store keeps every stage, so an interrupted run resumes where it stopped: rerunning the
script continues the unfinished step; every attempt is recorded (``runs.jsonl`` in the work
folder, a checkpoint every 30 s) and the totals add the attempts up.

    python bench/scale_e2e.py [--n 100000] [--workers 2] [--min-docs 10] [--work DIR]

A run with another size than 100,000 writes results/scale_e2e_N.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from storyline.eval import bench_root
from storyline.eval.synthetic import base_texts, stream, synthetic_doc, vocab_of

RESULTS = Path(__file__).resolve().parent / "results"
SHARD = 1_000
TICK = 2.0  # seconds between memory and CPU samples
CHECKPOINT = 30.0
CLK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def write_shards(folder: Path, n_docs: int) -> int:
    """The stream as JSONL shards; skipped when a previous run finished writing them."""
    done = folder / "COMPLETE"
    if done.exists():
        return int(done.read_text())
    folder.mkdir(parents=True, exist_ok=True)
    bases = base_texts(bench_root())
    vocab = vocab_of(bases)
    events: dict[int, dict] = {}
    plan = stream(n_docs)
    for start in range(0, len(plan), SHARD):
        with (folder / f"part-{start // SHARD:05d}.jsonl").open("w", encoding="utf-8") as out:
            for day, event, doc_no in plan[start : start + SHARD]:
                doc = synthetic_doc(day, event, doc_no, events, bases, vocab)
                row = {"text": doc.text, "title": doc.title, "published": doc.published}
                row["url"] = f"https://synthetic.example/{doc.id}"
                out.write(json.dumps(row) + "\n")
    done.write_text(str(len(plan)))
    return len(plan)


def _tree(root: int) -> list[int]:
    """The pid and every live descendant of it, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _sample(pids: list[int]) -> tuple[dict[int, float], int]:
    """CPU seconds (own + waited-for children) per pid, and the summed resident memory."""
    cpu, rss = {}, 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
        except (OSError, IndexError):
            continue
        # fields[11:15] are utime, stime, cutime, cstime in clock ticks
        cpu[pid] = sum(int(f) for f in fields[11:15]) / CLK
        rss += pages * PAGE
    return cpu, rss


def run_step(name: str, cmd: list[str], work: Path) -> dict:
    """Run one CLI step, sampling its process tree; checkpoint the figures while it runs."""
    record: dict[str, Any] = {"step": name, "cmd": cmd}
    record["started"] = time.strftime("%Y-%m-%dT%H:%M:%S")
    record["load_start"] = os.getloadavg()[0]
    t0 = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    last_cpu: dict[int, float] = {}
    peak, last_save, loads = 0, t0, []
    while proc.poll() is None:
        cpu, rss = _sample(_tree(proc.pid))
        # A worker's CPU is counted by its last sample; once waited for, its parent's
        # cutime has it, so the parent's value replaces the worker's.
        for pid in set(last_cpu) - set(cpu):
            if pid != proc.pid:
                last_cpu.pop(pid)
        last_cpu.update(cpu)
        peak = max(peak, rss)
        loads.append(os.getloadavg()[0])
        now = time.perf_counter()
        record.update(wall_s=now - t0, cpu_s=sum(last_cpu.values()), peak_rss_mb=peak / 2**20)
        if now - last_save >= CHECKPOINT:
            (work / "attempt-current.json").write_text(json.dumps(record))
            last_save = now
        time.sleep(TICK)
    stderr = proc.stderr.read() if proc.stderr else ""
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    waited = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    record.update(
        wall_s=time.perf_counter() - t0,
        cpu_s=max(record.get("cpu_s", 0.0), waited),  # exact once every process was waited for
        exit_code=proc.returncode,
        # exit 1 with a count of failed inputs is a finished run: those documents were refused
        # (reported one line each), the rest stored
        failed_inputs=_failed(stderr),
        completed=proc.returncode == 0 or (proc.returncode == 1 and _failed(stderr) > 0),
        load_mean=sum(loads) / len(loads) if loads else record["load_start"],
        stderr_tail=stderr.strip().splitlines()[-5:],
    )
    return record


def _failed(stderr: str) -> int:
    found = re.search(r"^(\d+) input\(s\) failed$", stderr.strip(), re.MULTILINE)
    return int(found.group(1)) if found else 0


def _attempts(work: Path) -> list[dict]:
    """Every recorded attempt, folding in one a killed run left as its checkpoint."""
    log = work / "runs.jsonl"
    current = work / "attempt-current.json"
    if current.exists():
        left = json.loads(current.read_text()) | {"completed": False, "interrupted": True}
        with log.open("a") as out:
            out.write(json.dumps(left) + "\n")
        current.unlink()
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


def main(n_docs: int, workers: int, min_docs: int, work: Path) -> dict:
    work.mkdir(parents=True, exist_ok=True)
    cli = str(Path(sys.executable).with_name("storyline"))
    db = str(work / "store.db")
    written = write_shards(work / "input", n_docs)
    steps = [
        ("analyze", [cli, "analyze", str(work / "input"), "--db", db, "--quiet"]),
        ("brief", [cli, "brief", "--db", db, "--quiet", "--format", "json"]),
    ]
    steps[0][1].extend(["--workers", str(workers)])
    steps[1][1].extend(["--workers", str(workers), "--min-docs", str(min_docs)])
    steps[1][1].extend(["--out-dir", str(work / "briefs")])
    for name, cmd in steps:
        attempts = _attempts(work)
        if any(a["step"] == name and a.get("completed") for a in attempts):
            continue
        record = run_step(name, cmd, work)
        with (work / "runs.jsonl").open("a") as out:
            out.write(json.dumps(record) + "\n")
        (work / "attempt-current.json").unlink(missing_ok=True)
        if not record["completed"]:
            break
    return summarise(_attempts(work), written, workers, min_docs, work)


def summarise(attempts: list[dict], written: int, workers: int, min_docs: int, work: Path) -> dict:
    steps = {}
    for name in ("analyze", "brief"):
        mine = [a for a in attempts if a["step"] == name]
        steps[name] = {
            "attempts": len(mine),
            "completed": any(a.get("completed") for a in mine),
            "wall_s": round(sum(a.get("wall_s", 0) for a in mine), 1),
            "cpu_s": round(sum(a.get("cpu_s", 0) for a in mine), 1),
            "peak_rss_mb": round(max((a.get("peak_rss_mb", 0) for a in mine), default=0), 1),
            "load_mean": [round(a.get("load_mean", a.get("load_start", 0)), 2) for a in mine],
            "failed_inputs": sum(a.get("failed_inputs", 0) for a in mine if a.get("completed")),
        }
    briefs = len(list((work / "briefs").glob("*.json"))) if (work / "briefs").exists() else 0
    return {
        "documents": written,
        "workers": workers,
        "min_docs": min_docs,
        "briefs_written": briefs,
        "steps": steps,
        "total_wall_s": round(sum(s["wall_s"] for s in steps.values()), 1),
        "total_cpu_s": round(sum(s["cpu_s"] for s in steps.values()), 1),
        "peak_rss_mb": max(s["peak_rss_mb"] for s in steps.values()),
        "done": all(s["completed"] for s in steps.values()),
    }


def show(report: dict) -> None:
    title = f"{report['documents']:,} documents end to end, --workers {report['workers']}"
    table = Table(title=title)
    for column in ("step", "done", "attempts", "wall s", "CPU s", "peak memory MB", "load"):
        table.add_column(column)
    for name, s in report["steps"].items():
        table.add_row(
            name, str(s["completed"]), str(s["attempts"]), f"{s['wall_s']:,.1f}",
            f"{s['cpu_s']:,.1f}", f"{s['peak_rss_mb']:,.0f}", str(s["load_mean"]),
        )  # fmt: skip
    Console().print(table)
    Console().print(f"briefs written: {report['briefs_written']} (stories of >= "
                    f"{report['min_docs']} documents)")  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--min-docs", type=int, default=10)
    parser.add_argument("--work", type=Path, default=None, help="default: /tmp/storyline-e2e-N")
    args = parser.parse_args()
    work = args.work or Path(f"/tmp/storyline-e2e-{args.n}")
    report = main(args.n, args.workers, args.min_docs, work)
    show(report)
    suffix = "" if args.n == 100_000 else f"_{args.n}"
    path = RESULTS / f"scale_e2e{suffix}.json"
    path.write_text(json.dumps(report, indent=2) + "\n")
    print(f"saved {path}")
