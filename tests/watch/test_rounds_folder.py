"""Watching a folder, and the commands over what the watcher stored: `watch`, `briefs`,
`changes`, and the What's new section of the briefs."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.pipeline import Pipeline
from storyline.store import Store
from storyline.watch.rounds import Watcher, parse_every

runner = CliRunner()
FIRST = ["01_kessvik_herald.html", "02_coastline_news.txt", "03_meridian_daily_afp.html"]
LATER = ["05_nordstrand_kurier_translated.txt", "06_valley_voice_blog.txt"]


@pytest.fixture(scope="module")
def watched(demo_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Three demo pages in a folder, one `watch --once`; two more, another round."""
    tmp = tmp_path_factory.mktemp("watched")
    folder, db, out = tmp / "in", tmp / "watch.db", tmp / "out"
    folder.mkdir()
    rounds = []
    for names in (FIRST, LATER):
        for name in names:
            shutil.copy(demo_dir / name, folder / name)
        args = ["watch", str(folder), "--once", "--db", str(db), "--json", "-q"]
        result = runner.invoke(app, [*args, "--out-dir", str(out), "-f", "md,html,json"])
        assert result.exit_code == 0, result.output
        rounds.append([json.loads(line) for line in result.stdout.splitlines()])
    return {"folder": folder, "db": db, "out": out, "rounds": rounds}


def test_each_round_prints_one_line_per_changed_story(watched: dict) -> None:
    first, second = watched["rounds"]
    assert [(r["version"], r["documents"]) for r in first] == [(1, 3)]
    assert [(r["version"], r["documents"], r["since"]) for r in second] == [(2, 5, "v1")]
    assert first[0]["story_id"] == second[0]["story_id"]
    assert second[0]["added"]["source"] == 2
    story = second[0]["story_id"]
    assert sorted(p.name for p in watched["out"].iterdir()) == [
        f"{story}.html",
        f"{story}.json",
        f"{story}.md",
    ]


def test_nothing_new_nothing_done_and_a_touched_file_is_not_read_again(watched: dict) -> None:
    folder: Path = watched["folder"]
    page = folder / FIRST[1]
    os.utime(page, (page.stat().st_atime, page.stat().st_mtime + 60))  # touched, same content
    with Store(watched["db"]) as store:
        done = Watcher(Pipeline(store), [str(folder)]).round()
        assert done.new_doc_ids == [] and done.updated == [] and done.failures == []
        versions = store.brief_versions(store.versioned_stories()[0])
    assert [v.version for v in versions] == [1, 2]


def test_briefs_lists_versions_and_shows_one(watched: dict) -> None:
    db = str(watched["db"])
    result = runner.invoke(app, ["briefs", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    versions = [json.loads(line) for line in result.stdout.splitlines()]
    assert [v["version"] for v in versions] == [2, 1]
    assert [len(v["doc_ids"]) for v in versions] == [5, 3]
    assert versions[0]["headline"] == versions[1]["headline"]  # the lead page did not change
    story = versions[0]["story_id"]
    shown = runner.invoke(app, ["briefs", "--db", db, "--story", story, "--show", "1"])
    assert shown.exit_code == 0 and "What's new" not in shown.stdout
    assert shown.stdout.startswith(f"# {versions[1]['headline']}")


def test_changes_since_a_version_a_date_and_bad_input(watched: dict) -> None:
    db = str(watched["db"])
    default = runner.invoke(app, ["changes", "--db", db, "--json"])
    by_version = runner.invoke(app, ["changes", "--db", db, "--json", "--since", "v1"])
    assert default.exit_code == by_version.exit_code == 0
    report, same = json.loads(default.stdout), json.loads(by_version.stdout)
    assert (report["since"], same["since"]) == ("v1", "v1")
    assert report["added"] == same["added"] and len(report["new_doc_ids"]) == 2
    # Since a date before any brief: everything is new.
    early = runner.invoke(app, ["changes", "--db", db, "--json", "--since", "2000-01-01"])
    assert early.exit_code == 0
    everything = json.loads(early.stdout)
    assert everything["since"] == "2000-01-01" and len(everything["new_doc_ids"]) == 5
    text = runner.invoke(app, ["changes", "--db", db])
    assert text.exit_code == 0 and "What's new since v1" in text.stdout
    bad = runner.invoke(app, ["changes", "--db", db, "--since", "yesterday"])
    assert bad.exit_code != 0 and "yesterday" in bad.output
    missing = runner.invoke(app, ["changes", "--db", db, "--story", "story-nope"])
    assert missing.exit_code == 1 and "story-nope: no such story" in missing.output


def test_briefs_open_with_whats_new_and_mark_new_items(watched: dict) -> None:
    out: Path = watched["out"]
    md = next(out.glob("*.md")).read_text()
    html = next(out.glob("*.html")).read_text()
    assert md.index("## What's new since v1") < md.index("## Summary")
    assert "**new**" in md.split("## Sources", 1)[1]  # the new sources marked in place
    assert html.index("id=whats-new") < html.index("id=summary")
    assert "<span class='flag new'>new</span>" in html
    assert "<script>" not in html.split("</head>", 1)[1]  # page text stays escaped


def test_a_failing_folder_is_reported_and_the_run_fails(watched: dict, tmp_path: Path) -> None:
    args = ["watch", str(tmp_path / "missing"), "--once", "--db", str(tmp_path / "x.db"), "-q"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "missing: no such file or folder" in result.output


def test_an_empty_folder_waits_without_failing(tmp_path: Path) -> None:
    (tmp_path / "drop").mkdir()
    args = ["watch", str(tmp_path / "drop"), "--once", "--db", str(tmp_path / "x.db"), "-q"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output


def test_every_accepts_durations() -> None:
    assert [parse_every(v) for v in ("30s", "15m", "2h", "1d", "90")] == [
        30,
        900,
        7200,
        86400,
        90,
    ]
    with pytest.raises(ValueError):
        parse_every("0m")
