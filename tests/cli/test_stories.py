"""`storyline cluster` and `storyline stories` on invented pages: copies are found, stories
keep their ids across runs, listing is largest first and never creates a store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.model import Story
from storyline.store import Store

runner = CliRunner()

KILN = """Pottery kiln fire closes Marwick arts centre

Marwick, 3 March 2025

A fire in the pottery kiln room closed the Marwick arts centre on Monday evening.
Firefighters from two stations brought the blaze under control within forty minutes.
Nobody was hurt, but the centre's director Oona Fell said the studio would stay shut for weeks.
About 300 pieces made by local students were lost in the fire, staff said.
The cause is being investigated, and the centre's classes will move to the town library.
"""
ORCHARD = """Orchard harvest breaks record in Dunmore valley

Dunmore, 20 September 2025

Growers in the Dunmore valley picked a record apple harvest this autumn after a mild spring.
The growers' cooperative said members brought in 14,000 tonnes, a fifth more than last year.
Cooperative chair Rafe Olin said prices had held up despite the larger crop.
Cider makers in the valley expect to hire extra seasonal workers until November.
"""


def _write_pages(folder: Path) -> Path:
    folder.mkdir()
    (folder / "kiln.txt").write_text(KILN)
    # The same report run again by another site, word for word but for its title line.
    (folder / "kiln_repost.txt").write_text(KILN.replace("closes", "shuts", 1))
    (folder / "orchard.txt").write_text(ORCHARD)
    return folder


def cluster(*args: str):
    return runner.invoke(app, ["cluster", *args, "--workers", "1", "-q"])


def _rows(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def _by_name(rows: list[dict]) -> dict[str, dict]:
    return {Path(r["source"]).name: r for r in rows}


@pytest.fixture(scope="module")
def clustered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[dict]]:
    """The pages clustered once into a store (the first run pays for the imports)."""
    tmp = tmp_path_factory.mktemp("cluster")
    pages = _write_pages(tmp / "pages")
    db = tmp / "c.db"
    result = cluster(str(pages), "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    return pages, db, _rows(result.stdout)


def test_cluster_finds_the_copy_and_keeps_stories_apart(clustered) -> None:
    rows = _by_name(clustered[2])
    assert set(rows) == {"kiln.txt", "kiln_repost.txt", "orchard.txt"}
    kiln, repost, orchard = rows["kiln.txt"], rows["kiln_repost.txt"], rows["orchard.txt"]
    assert kiln["story_id"] is not None and kiln["story_id"] == repost["story_id"]
    assert orchard["story_id"] != kiln["story_id"]
    copies = kiln["relations"] + repost["relations"]
    assert len(copies) == 1
    (rel,) = copies
    assert {rel["doc_id"], rel["of_id"]} == {kiln["doc_id"], repost["doc_id"]}
    assert rel["kind"] in ("duplicate", "copy_of") and rel["score"] > 0.5
    assert orchard["relations"] == []


def test_cluster_again_keeps_ids_and_relations(clustered) -> None:
    pages, db, rows = clustered
    again = cluster(str(pages), "--db", str(db), "--json")
    assert again.exit_code == 0, again.output
    first, second = _by_name(rows), _by_name(_rows(again.stdout))
    assert {n: r["story_id"] for n, r in second.items()} == {
        n: r["story_id"] for n, r in first.items()
    }
    assert sum(len(r["relations"]) for r in second.values()) == 1  # the stored relation


def test_cluster_table(clustered) -> None:
    pages, db, _ = clustered
    result = cluster(str(pages), "--db", str(db))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Pottery kiln fire" in out and "Orchard harvest" in out
    assert "original" in out
    assert out.rstrip().splitlines()[-1] == "3 document(s) in 2 story(ies)"


def test_one_bad_page_fails_alone(clustered, tmp_path: Path) -> None:
    pages = _write_pages(tmp_path / "pages")
    bad = pages / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    result = cluster(str(pages), "--db", str(tmp_path / "b.db"), "--json")
    assert result.exit_code == 1
    assert len(_rows(result.stdout)) == 3  # the good pages were clustered
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 1 and str(bad) in errors[0]
    assert "1 input(s) failed" in result.stderr


def test_stories_lists_the_clustered_stories(clustered) -> None:
    _, db, rows = clustered
    result = runner.invoke(app, ["stories", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    stories = _rows(result.stdout)
    assert [s["size"] for s in stories] == [2, 1]  # largest first
    assert set(stories[0]) == {"id", "label", "size", "start", "end", "doc_ids"}
    kiln_ids = {r["doc_id"] for r in rows if "kiln" in r["source"]}
    assert set(stories[0]["doc_ids"]) == kiln_ids
    assert stories[0]["start"].startswith("2025-03-03")


def _store_with(path: Path, stories: list[Story]) -> None:
    with Store(path) as store:
        store.put_stories(stories)


def test_stories_table_largest_first(db_path: Path) -> None:
    _store_with(
        db_path,
        [
            Story(id="story-small", label="Ferry timetable", doc_ids=["a"], start="2025-01-02"),
            Story(
                id="story-big",
                label="[b]Storm[/b] \x1b[2J",
                doc_ids=["b", "c", "d"],
                start="2025-01-01",
                end="2025-01-05",
            ),
        ],
    )
    result = runner.invoke(app, ["stories", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("story-big") < out.index("story-small")
    assert "[b]Storm[/b]" in out  # page text is not read as markup
    assert "\x1b[2J" not in out
    assert "2025-01-05" in out


def test_stories_without_a_store_or_with_none_in_it(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    result = runner.invoke(app, ["stories", "--db", str(missing)])
    assert result.exit_code == 0
    assert "run `storyline cluster` first" in result.stdout
    quiet = runner.invoke(app, ["stories", "--db", str(missing), "--json"])
    assert quiet.exit_code == 0 and quiet.stdout == ""
    assert not missing.exists()
    empty = tmp_path / "empty.db"
    _store_with(empty, [])
    listed = runner.invoke(app, ["stories", "--db", str(empty)])
    assert listed.exit_code == 0 and "No stories yet" in listed.stdout
    assert runner.invoke(app, ["stories", "--db", str(empty), "--json"]).stdout == ""
