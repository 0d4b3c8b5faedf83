"""The story page shows the stored versions of its brief and what the latest one changed."""

from __future__ import annotations

import shutil

from typer.testing import CliRunner

from storyline.cli import app


def test_story_page_lists_versions_and_changes(tmp_path, demo_dir):
    from fastapi.testclient import TestClient

    from storyline.store import Store
    from storyline.web import create_app

    pages = sorted(p for p in demo_dir.iterdir() if p.suffix in (".txt", ".html"))
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    for page in pages[:4]:
        shutil.copy(page, first)
    for page in pages[4:]:
        shutil.copy(page, later)
    db = tmp_path / "s.db"
    runner = CliRunner()
    for folder in (first, later):
        out = tmp_path / f"{folder.name}.json"
        result = runner.invoke(
            app, ["brief", str(folder), "--db", str(db), "--format", "json", "--out", str(out),
                  "--quiet", "--workers", "1"],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    with Store(db) as store:
        story_id = next(s for s in store.versioned_stories() if len(store.brief_versions(s)) > 1)
    page = TestClient(create_app(db)).get(f"/stories/{story_id}").text
    assert '<section id="versions">' in page or "<section id=versions>" in page
    assert "v1" in page and "v2" in page
    assert "What&#x27;s new since v1" in page or "What's new since v1" in page
    assert 'href="/documents/' in page
