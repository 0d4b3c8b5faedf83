"""A run over more documents than it may hold in memory reads analyses back from the store,
and its stories and briefs are those of a run that held them all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline import pipeline
from storyline.pipeline import Pipeline, render_brief
from storyline.reuse import BoundedAnalyses
from storyline.store import Store


def _without_time(brief_json: str) -> dict:
    brief = json.loads(brief_json)
    brief.pop("generated_at")
    return brief


def _briefs(db: Path, demo_dir: Path) -> dict[tuple[str, ...], dict]:
    with Store(db) as store:
        pipe = Pipeline(store, workers=1)
        run = pipe.run([str(demo_dir)], index=False)
        held = run.analyses
        out = {
            tuple(story.doc_ids): _without_time(render_brief(pipe.publish(story, run), "json"))
            for story in run.stories
        }
    if isinstance(held, BoundedAnalyses):
        assert len(held._held) <= pipeline.HELD_ANALYSES
    return out


@pytest.fixture(scope="module")
def whole(tmp_path_factory: pytest.TempPathFactory, demo_dir: Path) -> tuple[Path, dict]:
    """The demo run holding every analysis: its store and briefs."""
    db = tmp_path_factory.mktemp("whole") / "s.db"
    return db, _briefs(db, demo_dir)


def test_a_run_larger_than_memory_gives_the_same_stories_and_briefs(
    tmp_path: Path, demo_dir: Path, whole: tuple[Path, dict], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "HELD_ANALYSES", 3)
    bounded = _briefs(tmp_path / "bounded.db", demo_dir)
    assert whole[1] and bounded == whole[1]


def test_bounded_analyses_read_each_from_the_store_and_keep_the_latest(
    whole: tuple[Path, dict],
) -> None:
    with Store(whole[0]) as store:
        ids = [d.id for d in store.documents()][:5]
        reads: list[str] = []
        real = store.get_analysis

        def counting(doc_id: str):  # type: ignore[no-untyped-def]
            reads.append(doc_id)
            return real(doc_id)

        store.get_analysis = counting  # type: ignore[method-assign]
        held = BoundedAnalyses(store, ids, keep=2)
        assert [held[i].doc_id for i in ids] == ids and reads == ids
        reads.clear()
        assert held.get(ids[-1]) is not None and reads == []  # among the two kept
        assert held.get(ids[0]) is not None and reads == [ids[0]]  # read again
        assert held.get("no-such-page") is None and "no-such-page" not in held
        reads.clear()
        assert list(held) == ids and len(held) == 5
        assert reads == []  # membership, listing and counting read no analysis
