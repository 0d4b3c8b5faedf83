"""Speed of the analyze stage against a plain spaCy parse of the same texts.

Runs, on the same newscluster texts and in one process: `nlp.pipe` alone (the floor: every
analyzer shares that parse), each analyzer on the parsed documents, `analyze_documents` end to
end, and `analyze_documents` with two worker processes. Prints a table and writes
bench/results/analyze.json.

    python bench/analyze.py [N_DOCS]
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.table import Table
from usage import exit_if_help_asked

from storyline.eval import bench_root
from storyline.model import Document

RESULTS = Path(__file__).resolve().parent / "results" / "analyze.json"
BATCH = 16


def load_texts(n_docs: int) -> list[Document]:
    folder = bench_root() / "newscluster"
    docs = []
    for path in sorted(folder.glob("*.json"))[:n_docs]:
        item = json.loads(path.read_text())
        published = (item.get("date_publish") or "")[:10] or None
        docs.append(
            Document(
                id=path.stem[:16],
                source=path.name,
                text=item.get("text") or "",
                published=published,
            )
        )
    return docs


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main(n_docs: int = 200) -> dict[str, object]:
    from storyline.analyze import analyze_documents
    from storyline.analyze.entities import find_entities
    from storyline.analyze.events import find_events
    from storyline.analyze.figures import find_figures
    from storyline.analyze.nlp import load_nlp
    from storyline.analyze.quotes import find_quotes
    from storyline.analyze.times import find_times

    docs = load_texts(n_docs)
    texts = [d.text for d in docs]
    nlp = load_nlp()
    nlp("Warm up the pipeline once.")
    rows: dict[str, float] = {}

    # The machine is shared: run the parse floor and the full analysis alternately, twice
    # each, and keep each one's fastest run, so load changes hit both alike.
    floor_runs, ours_runs = [], []
    parsed: object = None
    for _ in range(2):
        seconds, parsed = timed(lambda: list(nlp.pipe(texts, batch_size=BATCH)))
        floor_runs.append(seconds)
        ours_runs.append(timed(lambda: analyze_documents(docs, batch_size=BATCH))[0])
    rows["spaCy nlp.pipe (floor)"] = min(floor_runs)
    sdocs: list = parsed  # type: ignore[assignment]
    ents = [find_entities(s) for s in sdocs]  # inputs for the analyzers timed below
    times = [find_times(s, d.published) for s, d in zip(sdocs, docs, strict=True)]
    quotes = [find_quotes(s, e) for s, e in zip(sdocs, ents, strict=True)]
    steps: dict[str, Callable[[], object]] = {
        "entities": lambda: [find_entities(s) for s in sdocs],
        "quotes": lambda: [find_quotes(s, e) for s, e in zip(sdocs, ents, strict=True)],
        "times": lambda: [find_times(s, d.published) for s, d in zip(sdocs, docs, strict=True)],
        "figures": lambda: [
            find_figures(s, e, t, q) for s, e, t, q in zip(sdocs, ents, times, quotes, strict=True)
        ],
        "events": lambda: [
            find_events(s, t, e) for s, t, e in zip(sdocs, times, ents, strict=True)
        ],
    }
    for name, step in steps.items():
        rows[f"  {name} (on parsed docs)"] = timed(step)[0]
    rows["analyze_documents"] = min(ours_runs)
    rows["analyze_documents n_process=2"] = timed(
        lambda: analyze_documents(docs, batch_size=BATCH, n_process=2)
    )[0]

    floor = rows["spaCy nlp.pipe (floor)"]
    ours = rows["analyze_documents"]
    report = {
        "docs": len(docs),
        "chars": sum(map(len, texts)),
        "batch_size": BATCH,
        "seconds": rows,
        "docs_per_second": {k: len(docs) / v for k, v in rows.items() if v > 0},
        "ratio_analyze_to_spacy": floor / ours,
        "n_process_2_speedup": ours / rows["analyze_documents n_process=2"],
    }
    _print(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    return report


def _print(report: dict) -> None:
    table = Table(title=f"analyze: {report['docs']} newscluster texts, {report['chars']:,} chars")
    table.add_column("step")
    table.add_column("seconds", justify="right")
    table.add_column("docs/s", justify="right")
    for name, seconds in report["seconds"].items():
        table.add_row(name, f"{seconds:.2f}", f"{report['docs'] / seconds:.1f}")
    console = Console()
    console.print(table)
    console.print(
        f"analyze_documents runs at {report['ratio_analyze_to_spacy']:.2f}x the speed "
        "of a bare spaCy parse; n_process=2 speed-up "
        f"{report['n_process_2_speedup']:.2f}"
    )


if __name__ == "__main__":
    exit_if_help_asked(__doc__)
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
