"""The analyze stage: one parse per document, reference dates, store reuse, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import storyline.analyze as stage
from storyline.analyze import analyze_documents, analyze_with_store, text_hash
from storyline.model import Document
from storyline.store import Store
from storyline.versions import analyzer_version

TEXT = (
    "SEOUL - South Korea's National Intelligence Service (NIS) said on Oct 18 that North "
    "Korea plans to send about 12,000 members of its special forces. About 1,500 have "
    "already been deployed as at Oct 8, NIS added.\n\n“This is a provocation,” said "
    "President Yoon Suk Yeol on Friday.\n"
)


def doc(
    text: str = TEXT, published: str | None = "2024-10-22T08:00:00+09:00", doc_id: str = "d1"
) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", text=text, published=published)


def test_pieces_concatenate_to_the_text(monkeypatch):
    monkeypatch.setattr(stage, "CHUNK_CHARS", 50)
    pieces = stage._pieces(TEXT * 3)
    assert len(pieces) > 3 and "".join(pieces) == TEXT * 3
    assert stage._pieces("") == [""]


def test_one_analysis_per_document_with_everything():
    empty = doc("", None, "d2")
    a, b = analyze_documents([doc(), empty])
    assert (a.doc_id, b.doc_id) == ("d1", "d2")
    assert a.version == analyzer_version() and a.text_hash == text_hash(TEXT)
    assert a.reference_date == "2024-10-22" and a.published_estimate is None
    assert {e.name for e in a.entities} >= {"National Intelligence Service", "Yoon Suk Yeol"}
    as_at = [f for f in a.figures if f.value == 1500]
    assert as_at and as_at[0].as_of == "2024-10-08"
    assert any(t.value == "2024-10-18" for t in a.times)
    assert b.entities == [] and b.figures == []


def test_reference_date_override_and_estimate():
    over = analyze_documents([doc()], reference_dates={"d1": "2023-10-22"})[0]
    assert over.reference_date == "2023-10-22"
    assert any(t.value == "2023-10-18" for t in over.times)
    dated = "Friday, October 25, 2024\n\n" + TEXT
    estimated = analyze_documents([doc(dated, None)])[0]
    assert estimated.published_estimate == estimated.reference_date == "2024-10-25"


def test_long_text_is_parsed_in_pieces(monkeypatch):
    monkeypatch.setattr(stage, "CHUNK_CHARS", 300)
    text = TEXT * 4
    analysis = analyze_documents([doc(text)])[0]
    mentions = [m for e in analysis.entities for m in e.mentions]
    assert mentions and all(text[m.start : m.end] == m.text for m in mentions)
    assert sum(f.value == 12000 for f in analysis.figures) == 4


def test_store_reuses_analyses_of_the_same_text_version_and_date(db_path, monkeypatch):
    store = Store(db_path)
    first = analyze_with_store([doc()], store)
    calls: list[list[str]] = []
    real = stage.iter_analyses

    def counting(docs, **kw):
        calls.append([d.id for d in docs])
        return real(docs, **kw)

    monkeypatch.setattr(stage, "iter_analyses", counting)
    assert analyze_with_store([doc()], store) == first
    analyze_with_store([doc(TEXT + " More.")], store)  # new text
    analyze_with_store([doc(TEXT + " More.")], store, reference_dates={"d1": "2023-01-01"})
    assert calls == [[], ["d1"], ["d1"]]
    assert Store(db_path).get_analysis("d1").reference_date == "2023-01-01"


def test_an_interrupted_run_keeps_the_analyses_already_made(db_path, monkeypatch):
    """Analyses are stored as they come: a run stopped after five documents has stored those
    five (four in full transactions, the last when the run stops), and the next run analyzes
    only the rest."""
    docs = [doc(TEXT, doc_id=f"d{i}") for i in range(8)]
    real = stage.iter_analyses

    def stopping(todo, **kw):
        for n, analysis in enumerate(real(todo, **kw)):
            if n == 5:
                raise KeyboardInterrupt
            yield analysis

    monkeypatch.setattr(stage, "STORE_EVERY", 2)
    monkeypatch.setattr(stage, "iter_analyses", stopping)
    store = Store(db_path)
    try:
        analyze_with_store(docs, store)
    except KeyboardInterrupt:
        pass
    kept = [d.id for d in docs if Store(db_path).get_analysis(d.id) is not None]
    assert kept == ["d0", "d1", "d2", "d3", "d4"]
    calls: list[list[str]] = []

    def counting(todo, **kw):
        calls.append([d.id for d in todo])
        return real(todo, **kw)

    monkeypatch.setattr(stage, "iter_analyses", counting)
    assert len(analyze_with_store(docs, store)) == 8
    assert calls == [["d5", "d6", "d7"]]


def test_cli_analyze_json(tmp_path: Path, db_path: Path):
    from storyline.cli import app

    page = tmp_path / "page.txt"
    page.write_text("North Korea sends troops\n\n" + TEXT)
    runner = CliRunner()
    result = runner.invoke(
        app, ["analyze", str(page), "--json", "--db", str(db_path), "--published", "2024-10-22"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[0])
    for key in (
        "id",
        "source",
        "title",
        "published",
        "text",
        "removed",
        "entities",
        "quotes",
        "figures",
        "times",
        "events",
        "published_estimate",
    ):
        assert key in data
    assert any(f["value"] == 12000 for f in data["figures"])

    bad = runner.invoke(app, ["analyze", str(page), "--db", str(db_path), "--published", "soon"])
    assert bad.exit_code != 0 and "--published" in bad.output
    assert len(bad.output.strip().splitlines()) == 1

    missing = runner.invoke(
        app, ["analyze", str(page), str(tmp_path / "nope.txt"), "--quiet", "--db", str(db_path)]
    )
    assert missing.exit_code != 0
    assert "figures" in missing.stdout
