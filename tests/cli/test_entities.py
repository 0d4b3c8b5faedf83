"""`storyline entities`: the cross-story entity index over invented pages, each entity under one
name with its mentions in every stored document; --story narrows it to one story."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.model import Story
from storyline.store import Store

runner = CliRunner()

FLOOD_ONE = """Brackwater opens flood barrier for the first time

Brackwater, 8 November 2025

The new flood barrier at Brackwater was closed for the first time on Friday as the river rose.
Mayor Ingrid Halvorsen said the barrier had protected about 900 homes in the lower town.
The Brackwater Water Authority said the river peaked at 4.2 metres on Friday night.
"""
FLOOD_TWO = """Barrier holds as river peaks in Brackwater

Brackwater, 9 November 2025

Residents of Brackwater thanked engineers after the flood barrier held overnight.
Halvorsen told reporters that the town had been spared the damage seen two years ago.
Ingrid Halvorsen will visit the barrier with engineers on Monday, her office said.
"""
CHOIR = """Choir from Vellby wins national prize

The youth choir of Vellby won the national choir prize in Stenmark on Saturday.
Conductor Tomas Weir said the singers had rehearsed every evening for two months.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """Pages ingested (not analyzed), the choir page made a story of its own, then one
    `entities` run that analyzes them (the spaCy model is loaded once, here)."""
    tmp = tmp_path_factory.mktemp("entities")
    for name, text in (("flood1.txt", FLOOD_ONE), ("flood2.txt", FLOOD_TWO), ("choir.txt", CHOIR)):
        (tmp / name).write_text(text)
    db = tmp / "e.db"
    ingested = runner.invoke(app, ["ingest", str(tmp), "--db", str(db), "-q", "--workers", "1"])
    assert ingested.exit_code == 0, ingested.output
    with Store(db) as s:
        ids = {Path(d.source).name: d.id for d in s.documents()}
        assert not any(s.get_analysis(i) for i in ids.values())
        s.put_stories([Story(id="story-choir", label="Vellby choir", doc_ids=[ids["choir.txt"]])])
    first = runner.invoke(app, ["entities", "--db", str(db), "-q"])
    assert first.exit_code == 0, first.output
    return db, ids


def _listed(db: Path, *args: str) -> list[dict]:
    result = runner.invoke(app, ["entities", "--db", str(db), "--json", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _named(rows: list[dict], name: str) -> dict:
    return next(r for r in rows if r["name"] == name)


def test_stored_pages_are_analyzed_first(store) -> None:
    db, ids = store
    with Store(db) as s:
        assert all(s.get_analysis(i) is not None for i in ids.values())


def test_one_entity_across_documents(store) -> None:
    db, ids = store
    rows = _listed(db)
    assert all({"key", "name", "label", "aliases", "mentions"} <= set(r) for r in rows)
    mayor = _named(rows, "Ingrid Halvorsen")
    assert mayor["label"] == "PERSON"
    assert {m["doc_id"] for m in mayor["mentions"]} == {ids["flood1.txt"], ids["flood2.txt"]}
    assert sum(r["name"] == "Ingrid Halvorsen" for r in rows) == 1
    assert not any(r["name"] == "Halvorsen" for r in rows)  # the short form is her


def test_mentions_point_into_the_stored_text(store) -> None:
    db, _ = store
    rows = _listed(db)
    with Store(db) as s:
        texts = {d.id: d.text for d in s.documents()}
    mentions = [m for r in rows for m in r["mentions"]]
    assert mentions
    for m in mentions:
        assert texts[m["doc_id"]][m["start"] : m["end"]] == m["text"]


def test_most_documents_first(store) -> None:
    db, _ = store
    rows = _listed(db)
    spread = [len({m["doc_id"] for m in r["mentions"]}) for r in rows]
    assert spread == sorted(spread, reverse=True)


def test_story_narrows_the_list(store) -> None:
    db, ids = store
    rows = _listed(db, "--story", "story-choir")
    names = {r["name"] for r in rows}
    assert "Tomas Weir" in names and "Ingrid Halvorsen" not in names
    assert all(m["doc_id"] == ids["choir.txt"] for r in rows for m in r["mentions"])


def test_unknown_story_is_one_line_and_exit_1(store) -> None:
    db, _ = store
    result = runner.invoke(app, ["entities", "--db", str(db), "--story", "story-nope", "-q"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["--story story-nope: no such story"]


def test_table(store) -> None:
    db, _ = store
    result = runner.invoke(app, ["entities", "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.rstrip().splitlines()
    assert "key" in lines[0] and "label" in lines[0] and "mentions" in lines[0]
    assert "Ingrid Halvorsen" in result.stdout
    count = len(_listed(db))
    assert lines[-1] == f"{count} entities"


def test_no_store_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    result = runner.invoke(app, ["entities", "--db", str(missing)])
    assert result.exit_code == 0
    assert "run `storyline ingest` first" in result.stdout
    quiet = runner.invoke(app, ["entities", "--db", str(missing), "--json"])
    assert quiet.exit_code == 0 and quiet.stdout == ""
    assert not missing.exists()


def test_empty_store_lists_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    with Store(empty):
        pass
    result = runner.invoke(app, ["entities", "--db", str(empty), "-q"])
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().splitlines()[-1] == "0 entities"
