"""Is extraction's output the same after a speed change? Snapshot, then compare, byte for byte.

A snapshot holds, for the 181 aeb, 300 wcxb/dev and 995 htmldate pages: `storyline extract
--json` of each set's folder (one process, ``--workers 1``) and ``extract_html`` of each page
with its URL (every field of the result, or the error). Take one before the change and one
after, then compare:

    python bench/extract_identity.py snapshot /tmp/before
    python bench/extract_identity.py snapshot /tmp/after
    python bench/extract_identity.py compare /tmp/before /tmp/after

``snapshot DIR cli`` or ``snapshot DIR html`` takes one half only.

``compare`` prints, per file, how many records are the same and lists the differing ones; it
exits 1 when anything differs.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

from usage import exit_if_help_asked

SETS = {"aeb": "aeb/html", "wcxb": "wcxb/dev/html", "htmldate": "htmldate/html"}


def _pages(name: str) -> list[tuple[str, str | None, str]]:
    """(id, url, html) of a set's pages, decoded as the evaluations decode them."""
    from storyline.clean.htmlmeta.fit import read_gold_pages
    from storyline.eval import bench_root
    from storyline.eval.aeb import load_pages

    root = bench_root()
    if name == "aeb":
        return [(key, url, html) for key, url, html, _ in load_pages(root / "aeb")]
    data = root / ("wcxb/dev" if name == "wcxb" else "htmldate")
    return [(p.id, p.url, p.html) for p in read_gold_pages(data)]


def _extract_html_records(name: str) -> list[str]:
    from storyline.clean.html import extract_html
    from storyline.errors import InputError

    out = []
    for key, url, html in _pages(name):
        try:
            record = {"id": key, **dataclasses.asdict(extract_html(html, url))}
        except InputError as exc:
            record = {"id": key, "error": exc.problem}
        out.append(json.dumps(record, sort_keys=True, ensure_ascii=False))
    return out


def snapshot(folder: Path, parts: str = "cli,html") -> None:
    from storyline.eval import bench_root

    folder.mkdir(parents=True, exist_ok=True)
    exe = str(Path(sys.executable).with_name("storyline"))
    for name, sub in SETS.items():
        if "cli" in parts:
            args = [exe, "extract", "--json", "--quiet", "--workers", "1", str(bench_root() / sub)]
            done = subprocess.run(args, capture_output=True, text=True, check=False)
            (folder / f"cli_{name}.jsonl").write_text(done.stdout, encoding="utf-8")
            # The pages that failed, one line each: part of the output too.
            (folder / f"cli_{name}_failures.jsonl").write_text(done.stderr, encoding="utf-8")
            print(f"{name}: {len(done.stdout.splitlines())} extract records")
        if "html" in parts:
            lines = _extract_html_records(name)
            (folder / f"extract_html_{name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
            print(f"{name}: {len(lines)} pages through extract_html")


def compare(before: Path, after: Path) -> int:
    differing = 0
    for path in sorted(before.glob("*.jsonl")):
        old = path.read_text(encoding="utf-8").splitlines()
        new = (after / path.name).read_text(encoding="utf-8").splitlines()
        same = sum(1 for a, b in zip(old, new, strict=False) if a == b)
        bad = [i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b]
        if len(old) != len(new):
            bad.append(min(len(old), len(new)))
        differing += len(bad)
        print(f"{path.name}: {same} of {len(old)} records the same ({len(new)} after)")
        for i in bad[:10]:
            print(f"  record {i} differs")
    return 1 if differing else 0


def main() -> int:
    command, *folders = sys.argv[1:]
    if command == "snapshot":
        snapshot(Path(folders[0]), *folders[1:])
        return 0
    return compare(Path(folders[0]), Path(folders[1]))


if __name__ == "__main__":
    exit_if_help_asked(__doc__)
    sys.exit(main())
