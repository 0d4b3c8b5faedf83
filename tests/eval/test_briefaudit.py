"""The brief audit evaluation reads the data set's own scorer from its folder."""

from __future__ import annotations

import pytest

from storyline.eval import REGISTRY, bench_root
from storyline.eval.briefaudit import DEV_EVENTS, HELD_OUT_EVENTS, load_scorer

DATA = bench_root() / "briefaudit"


def test_registered_beside_the_other_sets() -> None:
    assert REGISTRY["briefaudit"] == "storyline.eval.briefaudit"
    assert not set(DEV_EVENTS) & set(HELD_OUT_EVENTS)


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/bench/briefaudit is absent")
def test_the_scorer_is_the_data_sets_own() -> None:
    scorer = load_scorer(DATA)
    events = scorer.load_gold(DATA / "gold.json")["events"]
    assert set(DEV_EVENTS) | set(HELD_OUT_EVENTS) <= set(events)
    # An empty brief scores nothing right and lists no junk.
    name = DEV_EVENTS[0]
    result = scorer.score_event(name, events[name], [], False, 1)
    pooled = scorer.pooled([result])
    assert pooled["stories"] == 1 and pooled["speakers_junk"] == 0


def test_a_missing_scorer_is_named(tmp_path) -> None:
    with pytest.raises((FileNotFoundError, OSError)):
        load_scorer(tmp_path)


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/bench/briefaudit is absent")
def test_another_labelled_set_borrows_the_brief_audits_scorer(tmp_path) -> None:
    scorer = load_scorer(tmp_path, DATA)
    assert scorer.__file__ == str(DATA / "score_brief_audit.py")
