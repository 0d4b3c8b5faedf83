"""`storyline analyze` end to end on invented pages: the extract fields plus entities, quotes,
figures, times and events; the stored analysis is reused; bad input fails alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.cli.analyze import ANALYSIS_FIELDS, document_json
from storyline.cli.app import EXTRACT_FIELDS
from storyline.model import Analysis, Document, Figure
from storyline.store import Store

runner = CliRunner()

SCHOOL = """Grey Harbour school roof collapses after heavy snow

Grey Harbour, 14 January 2025

Part of the roof of Northfield Primary School in Grey Harbour collapsed on Monday after two days
of heavy snow. None of the 420 pupils was in the building, which had been closed since Friday.
"We are very lucky that the school was empty," said head teacher Miriam Osgood.
The Grey Harbour Council said repairs would cost about 2.5 million euros and take three months.
Pupils will be taught at the town's sports hall from next week, the council said.
"""
PLAIN = """Volunteers clean up the Lenner river banks

About 60 volunteers collected rubbish along the banks of the Lenner on Sunday.
Organiser Tomas Weir said the group filled 150 bags in four hours.
The town council lent gloves and a truck for the day.
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[dict]]:
    """One analyze run over both pages (the spaCy model is loaded once, here)."""
    tmp = tmp_path_factory.mktemp("analyze")
    (tmp / "school.txt").write_text(SCHOOL)
    (tmp / "river.txt").write_text(PLAIN)
    db = tmp / "a.db"
    result = runner.invoke(
        app, ["analyze", str(tmp / "school.txt"), str(tmp / "river.txt"), "--db", str(db),
              "--json", "--workers", "1"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return tmp, db, rows


def _school(rows: list[dict]) -> dict:
    return next(r for r in rows if r["source"].endswith("school.txt"))


def test_json_has_the_extract_fields_then_the_analysis(run) -> None:
    _, _, rows = run
    assert len(rows) == 2
    expected = [*EXTRACT_FIELDS, "published_estimate", "reference_date", *ANALYSIS_FIELDS]
    assert all(list(row) == expected for row in rows)


def test_what_the_page_says_is_found(run) -> None:
    _, _, rows = run
    school = _school(rows)
    assert school["title"] == "Grey Harbour school roof collapses after heavy snow"
    people = {e["name"] for e in school["entities"] if e["label"] == "PERSON"}
    assert "Miriam Osgood" in people
    assert any(q["speaker"] == "Miriam Osgood" for q in school["quotes"])
    assert any(f["value"] == 420 for f in school["figures"])
    assert any(f["value"] == 2_500_000 for f in school["figures"])
    assert school["times"], "the dates of the page"
    text = school["text"]
    for ent in school["entities"]:  # offsets point into the returned text
        for m in ent["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]


def test_analyses_are_stored_and_reused(run) -> None:
    tmp, db, rows = run
    with Store(db) as store:
        stored = {d.id for d in store.documents()}
        assert stored == {r["id"] for r in rows}
        assert all(store.get_analysis(i) is not None for i in stored)
    again = runner.invoke(
        app, ["analyze", str(tmp / "school.txt"), "--db", str(db), "--json", "-q", "--workers", "1"]
    )
    assert again.exit_code == 0, again.output
    (row,) = [json.loads(line) for line in again.stdout.splitlines()]
    assert row == _school(rows)


def test_published_sets_the_reference_date(run) -> None:
    tmp, db, _ = run
    args = ["analyze", str(tmp / "river.txt"), "--db", str(db), "--json", "-q", "--workers", "1"]
    result = runner.invoke(app, [*args, "--published", "2025-06-04"])
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["reference_date"] == "2025-06-04"
    sunday = [t for t in row["times"] if t["text"].lower() == "sunday"]
    assert sunday and sunday[0]["value"] == "2025-06-01"  # the Sunday before that Wednesday


def test_summary_lines(run) -> None:
    tmp, db, _ = run
    args = ["analyze", str(tmp / "school.txt"), "--db", str(db), "-q", "--workers", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Grey Harbour school roof collapses after heavy snow  ")
    assert "2025-01-14" in lines[0]
    assert lines[1].startswith("  entities ") and "Miriam Osgood" in lines[1]
    assert lines[2].startswith("  quotes ") and ": Miriam Osgood" in lines[2]
    assert lines[3].startswith("  figures ")
    assert lines[4].startswith("  times ") and ", events " in lines[4]


def test_bad_published_date_is_refused_before_anything_is_stored(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PLAIN)
    db = tmp_path / "never.db"
    result = runner.invoke(app, ["analyze", str(page), "--db", str(db), "--published", "1/6/25"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: --published '1/6/25' is not a date (use YYYY-MM-DD)"
    ]
    assert not db.exists()


def test_one_bad_input_fails_alone(run, tmp_path: Path) -> None:
    src, _, _ = run
    bad = tmp_path / "empty.html"
    bad.write_text("<html><body></body></html>")
    db = tmp_path / "b.db"
    args = ["analyze", str(bad), str(src / "river.txt"), "--db", str(db), "--json", "-q"]
    result = runner.invoke(app, [*args, "--workers", "1"])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["source"]).name for r in rows] == ["river.txt"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 1 and str(bad) in errors[0]


def test_document_json_of_a_hand_made_analysis() -> None:
    doc = Document(id="d9", source="x.txt", title="T", text="Forty boats sailed.")
    analysis = Analysis(
        doc_id="d9",
        version="test",
        text_hash="test",
        figures=[Figure(text="Forty boats", value=40, unit="boats", start=0, end=11)],
        published_estimate="2025-02-02",
    )
    data = document_json(doc, analysis)
    assert data["id"] == "d9" and data["published_estimate"] == "2025-02-02"
    assert data["figures"][0]["value"] == 40
    assert data["entities"] == data["quotes"] == data["times"] == data["events"] == []
