"""The library entry point: reuse of stored work, and worker processes."""

from __future__ import annotations

import json

import storyline.analyze as analyze_stage
from storyline import pipeline
from storyline.model import Document
from storyline.pipeline import Pipeline
from storyline.progress import silent
from storyline.store import Store


def test_second_ingest_cleans_nothing(tmp_path, demo_dir, monkeypatch):
    calls: list[int] = []
    real = pipeline.clean_documents

    def counting(raws, sandbox):
        calls.append(len(raws))
        return real(raws, sandbox)

    monkeypatch.setattr(pipeline, "clean_documents", counting)
    with Store(tmp_path / "s.db") as store:
        first = Pipeline(store, workers=1).ingest([str(demo_dir)])
        cleaned = sum(calls)
        calls.clear()
        again = Pipeline(store, workers=1).ingest([str(demo_dir)])
    assert cleaned == len(first.documents) > 0
    assert sum(calls) == 0
    assert [d.id for d in again.documents] == [d.id for d in first.documents]
    assert again.counts["unchanged"] == len(first.documents)


def test_changed_container_fields_clean_again(tmp_path, monkeypatch):
    page = tmp_path / "a.jsonl"
    text = "Officials in Kessvik said the dam would hold. " * 20
    page.write_text(json.dumps({"text": text, "title": "One"}) + "\n")
    with Store(tmp_path / "s.db") as store:
        first = Pipeline(store, workers=1).ingest([str(page)])
        page.write_text(json.dumps({"text": text, "title": "Two"}) + "\n")
        second = Pipeline(store, workers=1).ingest([str(page)])
    assert first.documents[0].title == "One" and second.documents[0].title == "Two"


def test_workers_give_the_same_analyses(monkeypatch):
    monkeypatch.setattr(analyze_stage, "PARALLEL_MIN_DOCS", 2)
    monkeypatch.setattr(analyze_stage, "WORKER_BATCH", 2)
    texts = [
        "Mayor Ana Ruiz said on Monday that 300 homes were flooded.",
        "The agency reported 12 injuries in Tarn on Friday.",
        "“We will rebuild,” said Governor Li Wen.",
        "About 4,000 people left the valley, officials said.",
    ]
    docs = [
        Document(id=f"d{i}", source=f"d{i}", text=t, published="2025-03-14")
        for i, t in enumerate(texts)
    ]
    alone = analyze_stage.analyze_documents(docs)
    shared = analyze_stage.analyze_documents(docs, workers=2)
    assert [a.model_dump() for a in shared] == [a.model_dump() for a in alone]


def test_clean_workers_give_the_same_documents(tmp_path, demo_dir):
    with Store(tmp_path / "one.db") as store:
        alone = pipeline.ingest([str(demo_dir)], store, track=silent, clean_chunk=3)
    with Store(tmp_path / "two.db") as store:
        shared = pipeline.ingest([str(demo_dir)], store, track=silent, clean_chunk=3, workers=2)
    assert [d.model_dump() for d in shared.documents] == [d.model_dump() for d in alone.documents]
    assert shared.counts == alone.counts


def test_workers_started_before_reading_give_the_same_documents(demo_dir, monkeypatch):
    # Without a store, enough inputs start the workers before the files are read.
    import storyline.workers as workers

    starts: list[tuple[int, str | None]] = []
    real = workers.started

    def recording(count, preload=None):
        starts.append((count, preload))
        return real(count, preload)

    monkeypatch.setattr(workers, "started", recording)
    monkeypatch.setattr(pipeline, "EARLY_WORKERS_MIN_INPUTS", 1)
    alone = pipeline.ingest([str(demo_dir)], None, track=silent, clean_chunk=3)
    assert starts == []
    shared = pipeline.ingest([str(demo_dir)], None, track=silent, clean_chunk=3, workers=2)
    assert starts == [(2, "storyline.clean.stage")]
    assert [d.model_dump() for d in shared.documents] == [d.model_dump() for d in alone.documents]


def test_briefs_go_to_the_stories_the_inputs_touched() -> None:
    from storyline.model import Story

    big = Story(id="a", label="A", doc_ids=["1", "2", "3"])
    small = Story(id="b", label="B", doc_ids=["4"])
    other = Story(id="c", label="C", doc_ids=["5", "6"])
    assert pipeline.choose_stories([big, small, other], {"1"}) == [big]
    # Nothing new: every story with enough documents.
    assert pipeline.choose_stories([big, small, other], set()) == [big, other]
    # Only one-page stories touched: the first of them rather than nothing.
    assert pipeline.choose_stories([big, small, other], {"4"}) == [small]


def test_iter_analyze_hands_over_each_analysis_as_it_is_made(tmp_path, monkeypatch) -> None:
    """The first analysis of a batch comes back before the rest are made, so `storyline
    analyze` prints as it goes and does not hold a large batch in memory."""
    made: list[str] = []
    real = analyze_stage.analyze_parsed

    def counting(doc, sdoc, reference=None):
        made.append(doc.id)
        return real(doc, sdoc, reference)

    monkeypatch.setattr(analyze_stage, "analyze_parsed", counting)
    texts = [f"The council of Varnby met on Monday, said Tove Lindqvist ({i})." for i in range(6)]
    docs = [Document(id=f"p{i}", source=f"p{i}.txt", text=t) for i, t in enumerate(texts)]
    stream = Pipeline(Store(tmp_path / "s.db"), track=silent).iter_analyze(docs)
    first = next(stream)
    assert first.doc_id == "p0" and made == ["p0"]
    assert [a.doc_id for a in stream] == ["p1", "p2", "p3", "p4", "p5"]
    stored = Store(tmp_path / "s.db")
    assert all(stored.get_analysis(d.id) is not None for d in docs)
