"""Analyzing through the store counts every document on its progress bar, the last one too."""

from __future__ import annotations

from pathlib import Path

from storyline.analyze import analyze_with_store
from storyline.model import Document
from storyline.progress import progress
from storyline.store import Store


def test_the_bar_counts_the_last_document(tmp_path: Path, capsys) -> None:
    doc = Document(
        id="d1",
        source="d1",
        text="The ferry to Vard stopped on Tuesday after a storm damaged the pier.",
    )
    with Store(tmp_path / "s.db") as store, progress() as track:
        [analysis] = analyze_with_store([doc], store, track=track)
    assert analysis.doc_id == "d1"
    assert "1/1" in capsys.readouterr().err
