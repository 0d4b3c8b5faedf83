"""The seeds replayed in two batches: the second brief says what the new pages brought."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def replay(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Briefs after 003 and 000, then after 001, 002 and 004; and `changes --json`."""
    tmp = tmp_path_factory.mktemp("seeds")
    db = str(tmp / "seeds.db")
    files = {p.name[:3]: str(p) for p in seeds_dir.glob("*.txt")}
    briefs = []
    for batch in (["003", "000"], ["001", "002", "004"]):
        out = tmp / f"brief{len(briefs) + 1}.json"
        args = ["brief", *(files[s] for s in batch), "--db", db, "-f", "json", "-o", str(out), "-q"]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        briefs.append(json.loads(out.read_text()))
    result = runner.invoke(app, ["changes", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    ids = {name: _doc_id(briefs[1], files[name]) for name in files}
    return {"briefs": briefs, "reports": reports, "ids": ids}


def _doc_id(brief: dict, path: str) -> str:
    """The id of the page read from ``path``, found by its title in the brief's sources."""
    first = Path(path).read_text(encoding="utf-8")
    return next(row["doc_id"] for row in brief["sources"] if row["title"] and row["title"] in first)


def test_story_keeps_its_id_across_batches(replay: dict) -> None:
    first, second = replay["briefs"]
    assert first["story_id"] == second["story_id"]
    [report] = replay["reports"]
    assert report["story_id"] == first["story_id"]
    assert report["since"] == "v1"


def test_changes_list_the_new_sources_figures_and_ratification(replay: dict) -> None:
    [report] = replay["reports"]
    ids = replay["ids"]
    new = {ids["001"], ids["002"], ids["004"]}
    sources = {
        c["doc_id"] for i in report["added"] if i["kind"] == "source" for c in i["citations"]
    }
    assert sources == new

    def cites(item: dict) -> set[str]:
        return {c["doc_id"] for c in item["citations"]}

    figures = [i for i in report["added"] if i["kind"] == "figure"]
    assert any(
        "10,000" in i["text"] and "Zelensky" in i["text"] and cites(i) == {ids["004"]}
        for i in figures
    )
    assert any("3,000" in i["text"] and cites(i) == {ids["002"]} for i in figures)
    events = [i for i in report["added"] if i["kind"] == "event"]
    assert any(
        i["text"].startswith("2024-10-24") and "ratify" in i["text"] and cites(i) == {ids["004"]}
        for i in events
    )


def test_every_added_item_cites_a_new_page_and_nothing_else(replay: dict) -> None:
    [report] = replay["reports"]
    ids = replay["ids"]
    new = {ids["001"], ids["002"], ids["004"]}
    assert set(report["new_doc_ids"]) == new
    for item in report["added"]:
        assert item["kind"] in {"source", "figure", "quote", "speaker", "event", "entity", "claim"}
        assert set(item) >= {"kind", "text", "citations"} and "before" not in item
        assert item["citations"] and {c["doc_id"] for c in item["citations"]} <= new
    for item in report["changed"]:
        assert item["before"] and item["after"] and item["citations"]
