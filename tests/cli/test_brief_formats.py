"""`storyline brief` writes several formats in one run and stores each brief as a version."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app
from storyline.cli.brief import output_paths
from storyline.model import Story
from storyline.store import Store

runner = CliRunner()


def test_output_paths_for_several_formats() -> None:
    one, two = Story(id="story-a", label="a"), Story(id="story-b", label="b")
    assert output_paths([one], ["md", "html"], Path("out/brief.html"), None) == {
        ("story-a", "md"): Path("out/brief.md"),
        ("story-a", "html"): Path("out/brief.html"),
    }
    assert output_paths([one, two], ["json"], None, Path("d")) == {
        ("story-a", "json"): Path("d/story-a.json"),
        ("story-b", "json"): Path("d/story-b.json"),
    }
    assert output_paths([one], ["md"], Path("x.txt"), None) == {("story-a", "md"): Path("x.txt")}


def test_one_run_writes_every_format_and_one_version(demo_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "b.db")
    pages = [str(demo_dir / "02_coastline_news.txt"), str(demo_dir / "04_portside_tribune_afp.txt")]
    args = ["brief", *pages, "--db", db, "-f", "md,html,json", "-o", str(tmp_path / "b.html")]
    result = runner.invoke(app, [*args, "-q", "--min-docs", "1"])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in tmp_path.glob("b*.*") if p.suffix != ".db")
    assert written == ["b.html", "b.json", "b.md"]
    story = json.loads((tmp_path / "b.json").read_text())["story_id"]
    again = runner.invoke(
        app, ["brief", "--story", story, "--db", db, "-f", "md", "-q", "-o", str(tmp_path / "c.md")]
    )
    assert again.exit_code == 0, again.output
    with Store(db) as store:
        assert [v.version for v in store.brief_versions(story)] == [1]  # the same brief again
    bad = runner.invoke(app, ["brief", "--db", db, "-f", "md,pdf"])
    assert bad.exit_code != 0 and "pdf" in bad.output
