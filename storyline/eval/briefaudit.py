"""Brief audit: can an analyst trust who said what, who is who and when in the brief?

Data: ``../shared/bench/briefaudit`` (four real events of newscluster, each labelled by hand from
its articles: every direct quote of 5+ words with its real speaker, each story's actors with their
spellings, pairs that must not merge and junk strings, the key dated events, the key figures).
The metric is the data set's own scorer, ``score_brief_audit.py`` beside the gold, loaded from the
data folder (never copied here): speaker precision and junk speakers, who's who precision, wrong
merges and junk entries, timeline date accuracy and duplicate entries, false "conflict" verdicts,
stories per event.

Each event runs through the library entry point (``Pipeline.run`` on the event's JSONL in a fresh
store, then ``Pipeline.brief`` for the stories the CLI would write), the same chain as
``storyline brief EVENT.jsonl --format json``; the briefs are scored in memory.

Honesty: croydon and equifax are the development events (rules may be built looking at their
errors); chibok and cubs are held out (only their aggregate is looked at). Both are reported
apart, beside the pooled figure and one row per event. No other system writes such briefs, so
there is no anchor row.

Other events labelled by the same rules are scored the same way: ``--data FOLDER`` holding a
``gold.json`` and the events' JSONL (the folder's own scorer if it has one, else the brief
audit's).
"""

from __future__ import annotations

import importlib.util
import json
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from storyline.eval import Report, Row, bench_root
from storyline.progress import Tracker

DATA = "briefaudit"
DEV_EVENTS = ("croydon", "equifax")
HELD_OUT_EVENTS = ("chibok", "cubs")
TARGETS = {"speakers_p": 0.95, "whoswho_p": 0.95, "date_acc": 0.95}
SHOWN = (
    "speakers_p",
    "speakers_junk",
    "whoswho_p",
    "wrong_merges",
    "whoswho_junk",
    "date_acc",
    "dups",
    "false_conflicts",
    "stories",
    "events",
    "quote_coverage",
    "whoswho_recall",
    "timeline_coverage",
)


def load_scorer(data: Path, fallback: Path | None = None) -> ModuleType:
    """The data set's own scorer module, imported from its folder (else from ``fallback``: a
    second labelled set scored by the brief audit's scorer)."""
    path = data / "score_brief_audit.py"
    if not path.is_file() and fallback is not None:
        path = fallback / "score_brief_audit.py"
    spec = importlib.util.spec_from_file_location("score_brief_audit", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"{path}: the brief audit scorer is missing")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def event_briefs(source: Path, db: Path, track: Tracker) -> tuple[list[dict[str, Any]], int]:
    """The JSON briefs the CLI would write for one event's input, and the stories in its store."""
    from storyline.pipeline import Pipeline, choose_stories, render_brief
    from storyline.store import Store

    with Store(db) as store:
        pipe = Pipeline(store, track=track)
        run = pipe.run([str(source)])
        chosen = choose_stories(run.stories, run.fresh, min_docs=2)
        briefs = [json.loads(render_brief(pipe.publish(s, run), "json")) for s in chosen]
        return briefs, len(run.stories)


def score_events(
    scorer: ModuleType, data: Path, events: dict[str, Any], track: Tracker
) -> list[dict[str, Any]]:
    results = []
    for name, gold in events.items():
        with tempfile.TemporaryDirectory(prefix="storyline-briefaudit-") as tmp:
            source = scorer.event_input(name, gold, Path(tmp), data)
            briefs, stories = event_briefs(source, Path(tmp) / "store.sqlite", track)
            results.append(scorer.score_event(name, gold, briefs, False, stories))
    return results


def row(scorer: ModuleType, system: str, results: list[dict[str, Any]], note: str) -> Row:
    pooled = scorer.pooled(results)
    return Row(system, {m: pooled[m] for m in SHOWN}, note=note)


def evaluate(data: Path, track: Tracker) -> Report:
    scorer = load_scorer(data, bench_root() / DATA)
    events = scorer.load_gold(data / "gold.json")["events"]
    results = score_events(scorer, data, events, track)
    by_name = {r["event"]: r for r in results}
    rows = [row(scorer, "storyline", results, "all events")]
    for label, names in (("development", DEV_EVENTS), ("held out", HELD_OUT_EVENTS)):
        part = [by_name[n] for n in names if n in by_name]
        if part:
            rows.append(row(scorer, "storyline", part, f"{label}: {'+'.join(names)}"))
    rows += [row(scorer, "storyline", [r], f"event: {r['event']}") for r in results]
    return Report(
        name="briefaudit",
        data=str(data),
        rows=rows,
        targets=dict(TARGETS),
        extra={
            "per_event": [scorer.strip(r) for r in results],
            "targets_at_most": {"speakers_junk": 0, "wrong_merges": 0, "false_conflicts": 0},
            "duplicates_at_most": "5% of timeline entries",
        },
    )
