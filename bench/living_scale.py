"""A watcher round that rebuilds one changed story's brief in a 100,000-document store
(target: the brief rebuild within the 10 s brief budget).

The store is the synthetic stream of bench/cluster_scale.py (100,000 dated documents, perturbed
real texts), clustered incrementally by the stories stage's index, its stories stored under
stable ids, kept in build/living_scale.db so a rerun skips building it (about 10 minutes).
Building it runs the index alone, as cluster_scale does: the copy detection that
`cluster_documents` also runs for every page (MinHash, shared passages) would take hours over
100,000 pages, and the round measured below runs the whole stage for its new page anyway.

One story is briefed (its pages analyzed first), then one more page of its event is dropped
into a watched folder and a `Watcher` round takes it in: poll the folder, analyze and cluster
the new page (`Pipeline.update`: the 100k index loaded and saved), publish the changed story's
next version (brief, stable headline, change report, stored), and render it as Markdown and
HTML. The brief rebuild is the publish plus the renders; the round's other steps are reported
beside it. A plain `Pipeline.brief` of the same story (no version, no change report) is
timed in the same run as the anchor.

    python bench/living_scale.py [--n N_DOCS]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import tempfile
import time
from pathlib import Path
from types import ModuleType

from rich.console import Console
from rich.table import Table

from storyline.eval import bench_root
from storyline.living.identity import stable_stories
from storyline.model import Story
from storyline.pipeline import Pipeline, Run, StoryBrief, render_brief
from storyline.store import Store
from storyline.stories import StoriesState, save_state
from storyline.stories.cluster import StoryIndex, featurize
from storyline.watch.rounds import Watcher

ROOT = Path(__file__).resolve().parent
RESULTS = ROOT / "results" / "living_scale.json"
N_DOCS = 100_000
MAX_STORY = 80  # the largest story up to this size is the one that changes
TARGET_SECONDS = 10.0
BATCH = 5000


def _scale() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_cluster_scale", ROOT / "cluster_scale.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


class TimedPipeline(Pipeline):
    """The pipeline, timing the calls a watcher round makes."""

    timings: dict[str, float]

    def update(self, docs):
        started = time.perf_counter()
        run = super().update(docs)
        self.timings["update (analyze + cluster the new page)"] = time.perf_counter() - started
        return run

    def publish(self, story: Story, run: Run | None = None) -> StoryBrief:
        started = time.perf_counter()
        result = super().publish(story, run)
        self.timings["publish (brief + version + changes)"] = time.perf_counter() - started
        return result


def build(db: Path, n_docs: int, scale: ModuleType) -> dict[str, object]:
    """The stored, clustered stream (reused when already built); its plan for more pages."""
    bases = scale.base_texts(bench_root())
    vocab = scale._vocab(bases)
    plan = scale.stream(n_docs, bases)[:n_docs]
    events: dict[int, dict] = {}
    info: dict[str, object] = {"plan": plan, "events": events, "bases": bases, "vocab": vocab}
    with Store(db) as store:
        if store.count_documents() >= n_docs and store.stories():
            info["build_s"] = None
            return info
        started = time.perf_counter()
        docs = [
            scale._doc(day, event, no, events, bases, vocab).model_copy(
                update={"published_source": "meta"}  # a stated date, as most real pages have
            )
            for day, event, no in plan
        ]
        for i in range(0, len(docs), BATCH):
            store.put_documents(docs[i : i + BATCH])
        print(
            f"  stored {len(docs):,} documents in {time.perf_counter() - started:.0f} s", flush=True
        )
        index = StoryIndex()
        for doc in docs:  # in date order, as the stage adds them
            index.add(featurize(doc))
        save_state(store, StoriesState(stories=index))
        stories = [
            Story(id=c.id, label=index.label(cid), doc_ids=list(c.doc_ids))
            for cid, c in index.clusters.items()
        ]
        store.put_stories(stories)
        stable_stories(store, stories)
        info["build_s"] = round(time.perf_counter() - started, 1)
        print(f"  clustered in {info['build_s']} s", flush=True)
    return info


def pick_story(store: Store) -> Story:
    sizes = [s for s in store.stories() if len(s.doc_ids) <= MAX_STORY]
    return max(sizes, key=lambda s: (len(s.doc_ids), s.id))


def one_more_page(story: Story, info: dict, folder: Path, scale: ModuleType) -> str:
    """A new page of the story's synthetic event, written as JSON into the watched folder."""
    plan = info["plan"]
    event_of = {f"d{no:07d}": (day, event) for day, event, no in plan}
    day, event = event_of[story.doc_ids[-1]]
    doc = scale._doc(day + 1.0, event, len(plan) + 7, info["events"], info["bases"], info["vocab"])
    record = {"title": doc.title, "text": doc.text, "date_publish": doc.published}
    (folder / "more.json").write_text(json.dumps(record))
    return doc.title or ""


def main(n_docs: int = N_DOCS) -> dict[str, object]:
    scale = _scale()
    db = (
        ROOT.parent
        / "build"
        / ("living_scale.db" if n_docs == N_DOCS else f"living_scale_{n_docs}.db")
    )
    db.parent.mkdir(parents=True, exist_ok=True)
    info = build(db, n_docs, scale)
    with Store(db) as store, tempfile.TemporaryDirectory() as tmp:
        pipe = TimedPipeline(store)
        pipe.timings = {}
        story = pick_story(store)
        pipe.analyze(
            list(store.documents(story.doc_ids))
        )  # its pages analyzed once, as briefing does
        started = time.perf_counter()
        first = pipe.publish(story)
        first_s = time.perf_counter() - started
        started = time.perf_counter()
        plain = pipe.brief(story)
        render_brief(plain, "html")
        plain_s = time.perf_counter() - started
        folder = Path(tmp)
        one_more_page(story, info, folder, scale)
        pipe.timings = {}
        started = time.perf_counter()
        done = Watcher(pipe, [str(folder)]).round()
        round_s = time.perf_counter() - started
        rebuilt = next((r for r in done.updated if r.story.id == story.id), None)
        changed = rebuilt or (done.updated[0] if done.updated else None)
        render_s = 0.0
        if changed is not None:
            started = time.perf_counter()
            for fmt in ("md", "html"):
                render_brief(changed, fmt)
            render_s = time.perf_counter() - started
        publish_s = pipe.timings.get("publish (brief + version + changes)", 0.0)
        result: dict[str, object] = {
            "documents": store.count_documents(),
            "stories": len(store.stories()),
            "store_build_s": info["build_s"],
            "story_docs_before": len(story.doc_ids),
            "new_page_joined_that_story": rebuilt is not None,
            "changed_story_docs": len(changed.brief.sources) if changed else 0,
            "changed_story_version": changed.version.version if changed and changed.version else 0,
            "added_items": len(changed.changes.added) if changed and changed.changes else 0,
            "brief_rebuild_s": round(publish_s + render_s, 2),
            "publish_s": round(publish_s, 2),
            "render_md_html_s": round(render_s, 2),
            "target_s": TARGET_SECONDS,
            "round_total_s": round(round_s, 2),
            **{k: round(v, 2) for k, v in pipe.timings.items()},
            "first_version_publish_s": round(first_s, 2),
            "anchor_plain_brief_and_html_s": round(plain_s, 2),
            "first_version": first.version.version if first.version else 0,
        }
    _print(result)
    out = RESULTS if n_docs == N_DOCS else RESULTS.with_name(f"living_scale_{n_docs}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    return result


def _print(result: dict[str, object]) -> None:
    table = Table(title="living_scale: one changed story in a large store")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in result.items():
        table.add_row(
            key,
            f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value),
        )
    Console().print(table)


def cli(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=N_DOCS, help="documents in the store")
    main(parser.parse_args(argv).n)


if __name__ == "__main__":
    cli()
