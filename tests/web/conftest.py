"""A store of the demo corpus plus one hostile page, built once with the CLI, and a server on
an ephemeral loopback port for the browser tests."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

HOSTILE_TITLE = "<script>alert('title')</script>Evil <img src=x onerror=alert('img')> page"
HOSTILE_TEXT = (
    "Officials in Kessvik said <script>alert('text')</script> the spillway was inspected again.\n"
    "A reader wrote <img src=x onerror=alert('text-img')> and [click](javascript:alert('md')).\n"
    "Another \"><svg onload=alert('svg')> line about the Teluk Dam and Aleksander Vorn.\n"
)
HOSTILE_URL = "javascript:alert('url')"


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, demo_dir) -> Path:
    from typer.testing import CliRunner

    from storyline.cli import app

    tmp = tmp_path_factory.mktemp("web")
    evil = tmp / "evil.jsonl"
    rows = [
        {"title": HOSTILE_TITLE, "text": HOSTILE_TEXT, "url": HOSTILE_URL, "outlet": "<b>Evil</b>"},
        {
            "title": HOSTILE_TITLE + " (again)",
            "text": HOSTILE_TEXT + "It was repeated.\n",
            "url": "https://evil.example/\"><script>alert('href')</script>",
            "published": "2025-03-14",
        },
    ]
    evil.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    db = tmp / "web.db"
    runner = CliRunner()
    result = runner.invoke(
        app,
        ["brief", str(demo_dir), str(evil), "--db", str(db), "--format", "json",
         "--out", str(tmp / "brief.json"), "--quiet", "--min-docs", "1"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["entities", "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="session")
def client(web_db):
    from fastapi.testclient import TestClient

    from storyline.web import create_app

    return TestClient(create_app(web_db))


@pytest.fixture(scope="session")
def server(web_db) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1 and a free port, in a thread."""
    import uvicorn

    from storyline.web import create_app

    config = uvicorn.Config(create_app(web_db), host="127.0.0.1", port=0, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    port = srv.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
