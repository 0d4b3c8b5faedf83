"""The synthetic news stream: a seeded, reproducible plan and documents, and its pair scores."""

from __future__ import annotations

import pytest

from storyline.eval.synthetic import (
    base_texts,
    make_documents,
    make_event,
    pair_scores,
    stream,
    vocab_of,
)

BODY = (
    "Officials in Harrowgate opened the new library on a windy morning. "
    "Mayor Quill thanked the builders and the readers who waited for years. "
    "The building holds forty thousand books and a small cafe near the river. "
    "Children queued outside before the doors opened at nine. "
) * 3


def test_pair_scores_of_a_perfect_and_a_lumped_clustering():
    gold = [0, 0, 1, 1]
    perfect = pair_scores([5, 5, 7, 7], gold)
    assert perfect == {"pairwise_P": 1.0, "pairwise_R": 1.0, "pairwise_F1": 1.0, "bcubed_F1": 1.0}
    lumped = pair_scores([0, 0, 0, 0], gold)
    assert lumped["pairwise_P"] == pytest.approx(2 / 6)
    assert lumped["pairwise_R"] == 1.0
    assert lumped["pairwise_F1"] == pytest.approx(0.5)
    singles = pair_scores([0, 1, 2, 3], gold)
    assert singles["pairwise_P"] == 1.0 and singles["pairwise_R"] == 0.0
    assert singles["pairwise_F1"] == 0


def test_stream_is_seeded_dated_in_order_and_sized():
    plan = stream(50)
    assert len(plan) == 50 and plan == stream(50)
    assert [d for d, _, _ in plan] == sorted(d for d, _, _ in plan)
    assert sorted(n for _, _, n in plan) == list(range(50))
    assert len(stream(50, extra=5)) >= 50


def test_base_texts_keep_long_latin_texts_only(tmp_path):
    folder = tmp_path / "newscluster"
    folder.mkdir()
    import json

    (folder / "a.json").write_text(json.dumps({"title": "Library", "text": BODY}))
    (folder / "b.json").write_text(json.dumps({"title": "Short", "text": "Too short."}))
    (folder / "c.json").write_text(json.dumps({"title": "K", "text": "도서관 " * 100}))
    assert base_texts(tmp_path) == [("Library", BODY)]


def test_events_rename_names_and_documents_are_reproducible():
    bases = [("Harrowgate library opens", BODY)]
    vocab = vocab_of(bases)
    assert "library" in vocab and all(w == w.lower() for w in vocab)
    event = make_event(3, bases, vocab)
    assert event == make_event(3, bases, vocab)
    assert "Harrowgate" in event["names"] and event["names"]["Harrowgate"] != "Harrowgate"
    plan = stream(6)
    docs, events = make_documents(plan, bases, vocab)
    again, _ = make_documents(plan, bases, vocab)
    assert [d.text for d in docs] == [d.text for d in again]
    assert [d.id for d in docs] == [f"d{n:07d}" for _, _, n in plan]
    assert events == {d.id: e for d, (_, e, _) in zip(docs, plan, strict=True)}
    assert all(d.published and d.published[:2] in ("20", "19") for d in docs)
    assert all("Harrowgate" not in d.text for d in docs)
