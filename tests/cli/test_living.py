"""`storyline briefs` and `storyline changes` on a small store of invented pages whose brief
versions are recorded the way `storyline brief` records them (no parsing needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.living.versions import record
from storyline.model import Brief, Document, SourceRow, Story, StoryLink
from storyline.store import Store

runner = CliRunner()

PAGES = {
    "doc-a": ("Hallor bridge shut for repairs", "Valley Post", "2025-05-02"),
    "doc-b": ("Drivers face detour as Hallor bridge closes", "Ridge Times", "2025-05-02"),
    "doc-c": ("Hallor bridge to reopen in June", "Valley Post", "2025-05-09"),
    "doc-d": ("Apple fair returns to Orsby", "Orsby Weekly", "2025-09-14"),
}


def _doc(doc_id: str) -> Document:
    title, outlet, published = PAGES[doc_id]
    return Document(
        id=doc_id,
        source=f"{doc_id}.txt",
        title=title,
        outlet=outlet,
        published=published,
        text=f"{title}. Engineers and officials gave details on {published}. More follows.",
    )


def _brief(story_id: str, *doc_ids: str) -> Brief:
    rows = [
        SourceRow(doc_id=i, title=PAGES[i][0], outlet=PAGES[i][1], published=PAGES[i][2])
        for i in doc_ids
    ]
    return Brief(
        story_id=story_id,
        headline=PAGES[doc_ids[0]][0],
        generated_at="2025-05-10T08:00:00+00:00",
        sources=rows,
    )


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    """story-bridge: v1 of two pages, v2 with a third; story-fair: v1 of one page."""
    path = tmp_path / "living.db"
    docs = {i: _doc(i) for i in PAGES}
    with Store(path) as store:
        store.put_documents(docs.values())
        store.put_stories(
            [
                Story(
                    id="story-bridge", label="Hallor bridge", doc_ids=["doc-a", "doc-b", "doc-c"]
                ),
                Story(id="story-fair", label="Orsby apple fair", doc_ids=["doc-d"]),
            ]
        )
        record(store, _brief("story-bridge", "doc-a", "doc-b"), [docs["doc-a"], docs["doc-b"]])
        record(store, _brief("story-bridge", "doc-a", "doc-b", "doc-c"), list(docs.values())[:3])
        record(store, _brief("story-fair", "doc-d"), [docs["doc-d"]])
    return path


def invoke(*args: str):
    return runner.invoke(app, list(args))


def _rows(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


# ---------------------------------------------------------------- briefs


def test_briefs_json_lists_every_version_newest_first(db: Path) -> None:
    result = invoke("briefs", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    rows = _rows(result.stdout)
    assert sorted((r["story_id"], r["version"]) for r in rows) == [
        ("story-bridge", 1),
        ("story-bridge", 2),
        ("story-fair", 1),
    ]
    bridge = [r for r in rows if r["story_id"] == "story-bridge"]
    assert [r["version"] for r in bridge] == [2, 1]
    assert bridge[0]["doc_ids"] == ["doc-a", "doc-b", "doc-c"]
    assert bridge[0]["added"] >= 1  # at least the new page
    assert bridge[1]["added"] == 0 and bridge[1]["doc_ids"] == ["doc-a", "doc-b"]
    assert all(r["headline"] == "Hallor bridge shut for repairs" for r in bridge)


def test_briefs_table(db: Path) -> None:
    result = invoke("briefs", "--db", str(db), "--story", "story-bridge")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "v2" in out and "v1" in out and "story-fair" not in out
    assert "Hallor bridge shut" in out  # the headline (the table may fold it)
    assert out.index("v2") < out.index("v1")


def test_briefs_show_writes_a_stored_version(db: Path, tmp_path: Path) -> None:
    first = invoke("briefs", "--db", str(db), "--story", "story-bridge", "--show", "1")
    assert first.exit_code == 0, first.output
    assert "Hallor bridge shut for repairs" in first.stdout
    assert "Drivers face detour" in first.stdout
    assert "Hallor bridge to reopen in June" not in first.stdout  # came in v2
    target = tmp_path / "out" / "v2.json"
    args = ["--story", "story-bridge", "--show", "2", "-f", "json", "-o", str(target)]
    second = invoke("briefs", "--db", str(db), *args)
    assert second.exit_code == 0, second.output
    assert second.stdout.strip() == str(target)
    brief = json.loads(target.read_text())
    assert [s["doc_id"] for s in brief["sources"]] == ["doc-a", "doc-b", "doc-c"]


def test_briefs_show_html(db: Path) -> None:
    result = invoke("briefs", "--db", str(db), "--story", "story-fair", "--show", "1", "-f", "html")
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip().lower().startswith("<!doctype html")
    assert "Apple fair returns to Orsby" in result.stdout


def test_briefs_show_refusals(db: Path) -> None:
    no_story = invoke("briefs", "--db", str(db), "--show", "1")
    assert no_story.exit_code == 2 and "--show needs --story" in no_story.output
    no_version = invoke("briefs", "--db", str(db), "--story", "story-fair", "--show", "7")
    assert no_version.exit_code == 1
    assert no_version.stderr.splitlines() == ["--show 7: story-fair has no such version"]
    bad_format = invoke(
        "briefs", "--db", str(db), "--story", "story-fair", "--show", "1", "-f", "pdf"
    )
    assert bad_format.exit_code == 2 and "pdf" in bad_format.output


def test_unknown_story_is_one_line_and_exit_1(db: Path) -> None:
    for command in ("briefs", "changes"):
        result = invoke(command, "--db", str(db), "--story", "story-nope")
        assert result.exit_code == 1
        assert result.stderr.splitlines() == ["--story story-nope: no such story"]
        assert result.stdout == ""


def test_a_merged_story_id_leads_to_the_story_it_joined(db: Path) -> None:
    with Store(db) as store:
        link = StoryLink(
            old_id="story-old", new_id="story-bridge", kind="merged", at="2025-05-09T00:00:00+00:00"
        )
        store.apply_identity([], [], [link])
    result = invoke("briefs", "--db", str(db), "--story", "story-old", "--json")
    assert result.exit_code == 0, result.output
    assert {r["story_id"] for r in _rows(result.stdout)} == {"story-bridge"}


def test_no_store_and_empty_store(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    for command in ("briefs", "changes"):
        result = invoke(command, "--db", str(missing))
        assert result.exit_code == 0
        assert f"No store at {missing}" in result.stdout
        quiet = invoke(command, "--db", str(missing), "--json")
        assert quiet.exit_code == 0 and quiet.stdout == ""
    assert not missing.exists()
    empty = tmp_path / "empty.db"
    with Store(empty):
        pass
    for command in ("briefs", "changes"):
        result = invoke(command, "--db", str(empty))
        assert result.exit_code == 0
        assert "No stored briefs yet" in result.stdout


# ---------------------------------------------------------------- changes


def test_changes_json_since_the_previous_version(db: Path) -> None:
    result = invoke("changes", "--db", str(db), "--story", "story-bridge", "--json")
    assert result.exit_code == 0, result.output
    (report,) = _rows(result.stdout)
    assert (report["story_id"], report["version"], report["since"]) == ("story-bridge", 2, "v1")
    assert report["new_doc_ids"] == ["doc-c"]
    sources = [item for item in report["added"] if item["kind"] == "source"]
    assert len(sources) == 1
    assert "Hallor bridge to reopen in June" in sources[0]["text"]
    (cite,) = sources[0]["citations"]
    text = _doc("doc-c").text
    assert cite["doc_id"] == "doc-c" and text[cite["start"] : cite["end"]] == cite["text"]
    for item in report["added"]:  # an added item has no before and after
        assert not {"before", "after", "before_citations"} & set(item)
    assert report["removed"] == []


def test_changes_for_every_story(db: Path) -> None:
    result = invoke("changes", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    reports = {r["story_id"]: r for r in _rows(result.stdout)}
    assert set(reports) == {"story-bridge", "story-fair"}
    fair = reports["story-fair"]  # one version: everything is new, compared with nothing
    assert (fair["version"], fair["since"], fair["new_doc_ids"]) == (1, None, ["doc-d"])


def test_changes_since_a_version_or_a_date(db: Path) -> None:
    args = ["changes", "--db", str(db), "--story", "story-bridge", "--json"]
    (by_version,) = _rows(invoke(*args, "--since", "v1").stdout)
    assert by_version["since"] == "v1" and by_version["new_doc_ids"] == ["doc-c"]
    (by_number,) = _rows(invoke(*args, "--since", "1").stdout)
    assert by_number["new_doc_ids"] == ["doc-c"]
    (long_ago,) = _rows(invoke(*args, "--since", "2000-01-01").stdout)
    assert long_ago["since"] == "2000-01-01"
    assert long_ago["new_doc_ids"] == ["doc-a", "doc-b", "doc-c"]


@pytest.mark.parametrize("since", ["v9", "last tuesday", "2025-13-45"])
def test_changes_bad_since_is_refused(db: Path, since: str) -> None:
    result = invoke("changes", "--db", str(db), "--story", "story-bridge", "--since", since)
    assert result.exit_code == 2
    assert "--since" in result.output and since in result.output
    assert "Traceback" not in result.output


def test_changes_text(db: Path) -> None:
    result = invoke("changes", "--db", str(db), "--story", "story-bridge")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("story-bridge v2 · ")
    source = next(line for line in lines if line.lstrip().startswith("+ source"))
    assert "Hallor bridge to reopen in June" in source and source.endswith("[doc-c]")


HOSTILE = "Harbour \x1b]0;owned\x07 news [red]alarm[/red] \u202eright"


@pytest.fixture()
def hostile_db(tmp_path: Path) -> Path:
    """A story whose page title (and so headline) holds a terminal escape, a bidi override and
    rich markup: cleaning keeps such titles as they are, the display must make them safe."""
    path = tmp_path / "hostile.db"
    doc = Document(id="doc-x", source="x.txt", title=HOSTILE, text="Harbour news. The quay opened.")
    brief = Brief(
        story_id="story-x",
        headline=HOSTILE,
        generated_at="2025-01-01T00:00:00+00:00",
        sources=[SourceRow(doc_id="doc-x", title=HOSTILE)],
    )
    with Store(path) as store:
        store.put_documents([doc])
        store.put_stories([Story(id="story-x", label="harbour", doc_ids=["doc-x"])])
        record(store, brief, [doc])
    return path


def _unsafe(text: str) -> list[str]:
    return [c for c in ("\x1b", "\x07", "\u202e") if c in text]


def test_briefs_json_keeps_the_headline_as_data(hostile_db: Path) -> None:
    (row,) = _rows(invoke("briefs", "--db", str(hostile_db), "--json").stdout)
    assert row["headline"] == HOSTILE


def test_briefs_table_shows_a_hostile_headline_safely(hostile_db: Path) -> None:
    result = invoke("briefs", "--db", str(hostile_db))
    assert result.exit_code == 0, result.output
    assert _unsafe(result.stdout) == []
    assert "[red]" in result.stdout  # shown as written, not read as markup


def test_changes_text_shows_a_hostile_title_safely(hostile_db: Path) -> None:
    result = invoke("changes", "--db", str(hostile_db))
    assert result.exit_code == 0, result.output
    assert _unsafe(result.stdout) == []


# ---------------------------------------------------------------- watch (what it refuses)


def test_watch_refuses_a_bad_interval_and_format(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    bad_every = invoke("watch", str(tmp_path), "--every", "often", "--once", "--db", str(db))
    assert bad_every.exit_code == 2 and "often" in bad_every.output
    bad_format = invoke("watch", str(tmp_path), "--format", "doc", "--once", "--db", str(db))
    assert bad_format.exit_code == 2 and "doc" in bad_format.output
    assert not db.exists()  # refused before the store was opened


def test_watch_takes_a_number_of_workers(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(
        "Harbour ferry halts after storm\n\nThe ferry between Selm and Vard stopped on Tuesday "
        "after a storm damaged the pier, the operator said.\n",
        encoding="utf-8",
    )
    db = tmp_path / "w.db"
    refused = invoke("watch", str(pages), "--once", "--workers", "0", "--db", str(db))
    assert refused.exit_code == 2 and "--workers" in refused.output
    done = invoke("watch", str(pages), "--once", "--workers", "1", "--quiet", "--db", str(db))
    assert done.exit_code == 0, done.output
    assert len(list(Store(db).documents())) == 1
