"""Speed of the brief: the pipeline's brief (store reads, build, render) for one story of 500
documents (target <= 10 s).

The story is the 204 newscluster articles from ../shared/bench plus perturbed copies of them
(paragraphs dropped and reordered, a new date), each copy with its copy_of relation, up to 500
documents. Analyses are computed once and kept in build/bench_brief.db, so reruns time only
the brief (read from that store, as `storyline brief --story` does). Prints a table and
writes bench/results/brief.json.

    python bench/brief.py [N_DOCS]
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from storyline.eval import bench_root
from storyline.model import CopyRelation, Document, Story

ROOT = Path(__file__).resolve().parent
RESULTS = ROOT / "results" / "brief.json"
DB = ROOT.parent / "build" / "bench_brief.db"
TARGET_SECONDS = 10.0


def load_originals() -> list[Document]:
    docs = []
    for path in sorted((bench_root() / "newscluster").glob("*.json")):
        item = json.loads(path.read_text())
        published = (item.get("date_publish") or "")[:10] or None
        docs.append(
            Document(
                id=path.stem[:16],
                source=path.name,
                title=item.get("title"),
                url=item.get("url"),
                outlet=item.get("source_domain"),
                text=item.get("text") or "",
                published=published,
                published_source="meta" if published else "none",
                language="en",
            )
        )
    return docs


def perturb(doc: Document, n: int, rng: random.Random) -> Document:
    """A re-post: some paragraphs dropped, two swapped, no date (the brief must estimate it)."""
    paras = [p for p in doc.text.split("\n") if p.strip()]
    keep = [p for p in paras if rng.random() > 0.2] or paras[:1]
    if len(keep) > 3:
        i = rng.randrange(1, len(keep) - 1)
        keep[i], keep[i + 1] = keep[i + 1], keep[i]
    return doc.model_copy(
        update={
            "id": f"{doc.id[:12]}c{n:03d}",
            "source": f"{doc.source}#copy{n}",
            "text": "\n".join(keep),
            "published": None,
            "published_source": "none",
            "outlet": f"copies{n % 7}.example",
        }
    )


def story_documents(n_docs: int) -> tuple[list[Document], list[CopyRelation]]:
    rng = random.Random(7)
    originals = load_originals()
    docs, relations = list(originals[:n_docs]), []
    n = 0
    while len(docs) < n_docs:
        source = originals[n % len(originals)]
        copy = perturb(source, n, rng)
        docs.append(copy)
        relations.append(CopyRelation(doc_id=copy.id, of_id=source.id, kind="copy_of", score=0.9))
        n += 1
    return docs, relations


def main(n_docs: int = 500) -> dict[str, object]:
    from storyline.pipeline import Pipeline, render_brief
    from storyline.progress import progress
    from storyline.store import Store

    docs, relations = story_documents(n_docs)
    # Undated copies take their original's date in the brief; give the analyzer the same
    # reference so the stored analyses need no re-resolution while timing.
    dates = {r.doc_id: next(d.published for d in docs if d.id == r.of_id) for r in relations}
    dates = {k: v for k, v in dates.items() if v}
    DB.parent.mkdir(parents=True, exist_ok=True)
    story = Story(id="bench", label="bench story", doc_ids=[d.id for d in docs])
    with Store(DB) as store, progress(quiet=False) as track:
        store.put_documents(docs)
        store.put_relations(relations)
        pipe = Pipeline(store, track=track)
        start = time.perf_counter()
        pipe.analyze(docs, dates)
        analyze_seconds = time.perf_counter() - start

        timings: dict[str, float] = {}
        cpu: dict[str, float] = {}
        start, start_cpu = time.perf_counter(), time.process_time()
        result = Pipeline(store).brief(story)
        brief = result.brief
        timings["build_brief"] = time.perf_counter() - start
        cpu["build_brief"] = time.process_time() - start_cpu
    sizes = {}
    for fmt in ("html", "md", "json"):
        start, start_cpu = time.perf_counter(), time.process_time()
        sizes[fmt] = len(render_brief(result, fmt))
        timings[f"render_{fmt}"] = time.perf_counter() - start
        cpu[f"render_{fmt}"] = time.process_time() - start_cpu
    total = timings["build_brief"] + timings["render_html"]
    total_cpu = cpu["build_brief"] + cpu["render_html"]

    table = Table(title=f"brief: {len(docs)} documents, one story")
    table.add_column("step")
    table.add_column("seconds", justify="right")
    table.add_column("CPU seconds", justify="right")
    for name, seconds in timings.items():
        table.add_row(name, f"{seconds:.2f}", f"{cpu[name]:.2f}")
    table.add_row(
        "build_brief + render_html",
        f"{total:.2f} (target ≤ {TARGET_SECONDS:g})",
        f"{total_cpu:.2f}",
    )
    table.add_row("analyses (cached after the first run)", f"{analyze_seconds:.1f}", "")
    Console().print(table)
    result = {
        "documents": len(docs),
        "relations": len(relations),
        "seconds": timings,
        "cpu_seconds": cpu,
        "build_and_render_html_seconds": round(total, 3),
        "build_and_render_html_cpu_seconds": round(total_cpu, 3),
        "target_seconds": TARGET_SECONDS,
        "passed": total <= TARGET_SECONDS,
        "load_average": os.getloadavg()[0],
        "output_chars": sizes,
        "brief_counts": {
            "summary": len(brief.summary),
            "figures": len(brief.figures),
            "entities": len(brief.entities),
            "speakers": len(brief.quotes),
            "timeline": len(brief.timeline),
            "sources": len(brief.sources),
        },
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    return result


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
