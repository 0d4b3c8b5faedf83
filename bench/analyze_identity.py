"""Is the analyze stage's output the same after a speed change? Snapshot, then compare.

A snapshot holds `analyze_documents` (one process) over the texts bench/speed.py times (the
first 200 newscluster texts, as that script builds them), one stored analysis per line as
JSON, without the analyzer version (a digest of the code, which any change alters). Take one
before the change and one after, then compare byte for byte:

    python bench/analyze_identity.py snapshot /tmp/before [N_DOCS]
    python bench/analyze_identity.py snapshot /tmp/after [N_DOCS]
    python bench/analyze_identity.py compare /tmp/before /tmp/after

``compare`` prints how many analyses are the same and, for each that differs, its document
and which fields differ (not their content); it exits 1 when anything differs.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from usage import exit_if_help_asked

FILE = "analyses.jsonl"


def speed_docs(n: int) -> list:
    """The documents bench/speed.py analyzes (its ``docs(n)``), built the same way."""
    import random

    from storyline.eval import bench_root
    from storyline.model import Document

    paths = sorted((bench_root() / "newscluster").glob("*.json"))
    items = [json.loads(p.read_text()) for p in paths]
    rng = random.Random(7)
    out = []
    for i in range(n):
        item = items[i % len(items)]
        paras = [p for p in (item.get("text") or "").split("\n") if p.strip()]
        if i >= len(items):
            rng.shuffle(paras)
        published = (item.get("date_publish") or "")[:10] or None
        out.append(Document(id=f"d{i}", source=f"d{i}", text="\n".join(paras), published=published))
    return out


def snapshot(folder: Path, n: int) -> None:
    from storyline.analyze import analyze_documents

    folder.mkdir(parents=True, exist_ok=True)
    docs = speed_docs(n)
    start = time.process_time()
    analyses = analyze_documents(docs, workers=1)
    seconds = time.process_time() - start
    with open(folder / FILE, "w") as out:
        for analysis in analyses:
            out.write(analysis.model_dump_json(exclude={"version"}) + "\n")
    print(f"{len(analyses)} analyses in {seconds:.1f} s of CPU -> {folder / FILE}")


def compare(before: Path, after: Path) -> int:
    old = (before / FILE).read_text().splitlines()
    new = (after / FILE).read_text().splitlines()
    if len(old) != len(new):
        print(f"different counts: {len(old)} before, {len(new)} after")
        return 1
    differing = 0
    for line_old, line_new in zip(old, new, strict=True):
        if line_old == line_new:
            continue
        differing += 1
        a, b = json.loads(line_old), json.loads(line_new)
        fields = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
        print(f"{a.get('doc_id')}: {', '.join(fields)}")
    print(f"{len(old) - differing} of {len(old)} analyses identical")
    return 1 if differing else 0


if __name__ == "__main__":
    exit_if_help_asked(__doc__)
    if len(sys.argv) >= 3 and sys.argv[1] == "snapshot":
        snapshot(Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 200)
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        sys.exit(__doc__)
