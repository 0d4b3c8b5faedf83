"""The shared ingest pipeline: chunked batches, idempotent stores, crashes survived."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from storyline import pipeline
from storyline.model import Document, Failure, RawDocument
from storyline.progress import progress
from storyline.store import Store

STORY = (
    "The harbour board of Tessaly voted on Monday to close the old ferry pier for repairs.\n"
    "Engineers found that two of the wooden pylons had rotted through, the board said.\n"
    '"We cannot let passengers walk on it any longer," said board chair Mira Olsen.\n'
    "Ferries will use the cargo quay until the work ends in the spring.\n"
)


def fake_clean(batch: list[RawDocument]) -> list[Document | Failure]:
    """A stand-in for the clean stage: tags out, id from the text."""
    out: list[Document | Failure] = []
    for raw in batch:
        body = raw.text if raw.text is not None else re.sub(r"<[^>]+>", " ", raw.html or "")
        text = " ".join(body.split())
        if not text:
            out.append(Failure(source=raw.source, error="no text"))
            continue
        out.append(
            Document(
                id=hashlib.sha1(text.encode()).hexdigest()[:16],
                source=raw.source,
                url=raw.url,
                title=raw.title,
                published=raw.published,
                outlet=raw.outlet,
                text=text,
                format=raw.format,
            )
        )
    return out


# ------------------------------------------------------------------ pipeline


@pytest.fixture()
def stub_clean(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    sizes: list[int] = []

    def clean(batch: list[RawDocument], *_: object) -> list[Document | Failure]:
        sizes.append(len(batch))
        return fake_clean(batch)

    monkeypatch.setattr(pipeline, "clean_documents", clean)
    return sizes


def _corpus(folder: Path, count: int) -> list[str]:
    folder.mkdir()
    for n in range(count):
        (folder / f"{n:03}.txt").write_text(f"Item number {n}.\n{STORY}")
    return [str(folder)]


def test_pipeline_chunks_batches_and_is_idempotent(tmp_path: Path, stub_clean: list[int]) -> None:
    inputs = _corpus(tmp_path / "in", 7)
    (tmp_path / "in" / "bad.txt").write_bytes(b"")
    with Store(tmp_path / "s.db") as store, progress(quiet=True) as track:
        first = pipeline.ingest(inputs, store, track=track, clean_chunk=3, write_batch=2)
        assert stub_clean == [3, 3, 1]
        assert first.counts == {"added": 7, "updated": 0, "unchanged": 0}
        assert [f.source for f in first.failures] == [str(tmp_path / "in" / "bad.txt")]
        again = pipeline.ingest(inputs, store, track=track)
        assert again.counts == {"added": 0, "updated": 0, "unchanged": 7}
        assert store.count_documents() == 7
        docs, failures = pipeline.ingest_documents(inputs, None, track=track)
        assert len(docs) == 7 and len(failures) == 1


def test_pipeline_keeps_stored_batches_when_a_later_one_crashes(
    tmp_path: Path, stub_clean: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = _corpus(tmp_path / "in", 5)
    calls = []
    original = Store.put_documents

    def put(self: Store, docs: list[Document]) -> dict[str, int]:
        calls.append(len(docs))
        if len(calls) == 2:
            raise KeyboardInterrupt  # the user gives up mid-run
        return original(self, docs)

    monkeypatch.setattr(Store, "put_documents", put)
    with Store(tmp_path / "s.db") as store, progress(quiet=True) as track:
        with pytest.raises(KeyboardInterrupt):
            pipeline.ingest(inputs, store, track=track, write_batch=2)
    with Store(tmp_path / "s.db") as store:
        assert store.count_documents() == 2


def test_pipeline_survives_a_clean_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = _corpus(tmp_path / "in", 3)

    def clean(batch: list[RawDocument], *_: object) -> list[Document | Failure]:
        if any(raw.source.endswith("001.txt") for raw in batch):
            raise ValueError("boom\nsecond line")
        return fake_clean(batch)

    monkeypatch.setattr(pipeline, "clean_documents", clean)
    with progress(quiet=True) as track:
        docs, failures = pipeline.ingest_documents(inputs, None, track=track)
    assert len(docs) == 2
    assert [f.line() for f in failures] == [f"{tmp_path / 'in' / '001.txt'}: cannot clean: boom"]


def test_pipeline_same_content_twice_is_stored_once(tmp_path: Path, stub_clean: list[int]) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(STORY)
    with Store(tmp_path / "s.db") as store, progress(quiet=True) as track:
        result = pipeline.ingest([str(tmp_path)], store, track=track)
        assert result.counts == {"added": 1, "updated": 0, "unchanged": 1}
        assert len(result.documents) == 1 and store.count_documents() == 1
        every = pipeline.ingest([str(tmp_path)], None, track=track, unique=False)
        assert len(every.documents) == 2
