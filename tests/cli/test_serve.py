"""`storyline serve`: its options and what it refuses. No long-running server is started:
uvicorn's ``run`` is replaced by a stand-in that records what it was given and asks the app
a few questions in-process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.model import Document, Story
from storyline.store import Store

runner = CliRunner()


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "served.db"
    docs = [
        Document(
            id="doc-quay",
            source="quay.txt",
            title="Quay wall repaired",
            text="The old quay wall in Brennholm was repaired after the spring floods.",
        ),
        Document(
            id="doc-quay2",
            source="quay2.txt",
            title="Brennholm quay opens",
            text="Boats moored again at the repaired quay in Brennholm on Monday.",
        ),
    ]
    with Store(path) as store:
        store.put_documents(docs)
        store.put_stories([Story(id="story-quay", label="Brennholm quay", doc_ids=[
            "doc-quay", "doc-quay2"])])  # fmt: skip
    return path


@pytest.fixture()
def served(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """What uvicorn.run was called with, instead of a server."""
    import uvicorn

    calls: dict[str, Any] = {}

    def fake_run(web: Any, **options: Any) -> None:
        calls["app"] = web
        calls.update(options)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    return calls


def _client(web: Any, host: str):
    from fastapi.testclient import TestClient

    return TestClient(web, base_url=f"http://{host}")


def test_no_store_is_refused_and_none_is_created(tmp_path: Path, served: dict) -> None:
    missing = tmp_path / "nothing.db"
    result = runner.invoke(app, ["serve", "--db", str(missing)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{missing}: no store here")
    assert "storyline brief" in lines[0]
    assert not missing.exists()
    assert served == {}  # no server


def test_default_store_comes_from_the_environment(tmp_path: Path, served: dict) -> None:
    missing = tmp_path / "env.db"
    result = runner.invoke(app, ["serve"], env={"STORYLINE_DB": str(missing)})
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{missing}: no store here")


def test_a_file_that_is_not_a_store_is_one_line(tmp_path: Path, served: dict) -> None:
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"not a database at all\n" * 100)
    result = runner.invoke(app, ["serve", "--db", str(bad)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error {bad}: cannot open the store")
    assert served == {}


def test_defaults_bind_loopback_port_8000(store_path: Path, served: dict) -> None:
    result = runner.invoke(app, ["serve", "--db", str(store_path), "-q"])
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"], served["log_level"]) == ("127.0.0.1", 8000, "warning")
    assert "reachable from other machines" not in result.stderr
    assert f"Storyline on http://127.0.0.1:8000/  (store {store_path}" in result.stderr


def test_host_port_and_log_level(store_path: Path, served: dict) -> None:
    args = ["serve", "--db", str(store_path), "--host", "localhost", "--port", "8765"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"], served["log_level"]) == ("localhost", 8765, "info")
    assert "http://localhost:8765/" in result.stderr


def test_the_app_serves_the_store_and_refuses_other_host_names(
    store_path: Path, served: dict
) -> None:
    result = runner.invoke(app, ["serve", "--db", str(store_path), "-q"])
    assert result.exit_code == 0, result.output
    web = served["app"]
    listed = _client(web, "127.0.0.1").get("/api/stories")
    assert listed.status_code == 200
    assert [s["id"] for s in listed.json()["stories"]] == ["story-quay"]
    # DNS rebinding: a page on another name that resolves here gets nothing.
    assert _client(web, "attacker.example").get("/api/stories").status_code == 400


def test_binding_every_address_warns_and_accepts_any_host_name(
    store_path: Path, served: dict
) -> None:
    result = runner.invoke(app, ["serve", "--db", str(store_path), "--host", "0.0.0.0", "-q"])
    assert result.exit_code == 0, result.output
    assert "serving on 0.0.0.0: reachable from other machines" in result.stderr
    assert served["host"] == "0.0.0.0"
    # Reached by the machine's own name or address, which serve cannot know in advance.
    assert _client(served["app"], "newsroom.lan").get("/api/stories").status_code == 200


def test_a_named_host_is_the_one_allowed(store_path: Path, served: dict) -> None:
    result = runner.invoke(app, ["serve", "--db", str(store_path), "--host", "10.1.2.3", "-q"])
    assert result.exit_code == 0, result.output
    assert "reachable from other machines" in result.stderr
    assert _client(served["app"], "10.1.2.3").get("/api/stories").status_code == 200
    assert _client(served["app"], "127.0.0.1").get("/api/stories").status_code == 200
    assert _client(served["app"], "other.example").get("/api/stories").status_code == 400


def test_a_port_that_is_not_a_number_is_refused(store_path: Path, served: dict) -> None:
    result = runner.invoke(app, ["serve", "--db", str(store_path), "--port", "eighty"])
    assert result.exit_code == 2
    assert "Invalid value for '--port'" in result.output
    assert served == {}


def test_serve_leaves_the_stored_pages_alone(store_path: Path, served: dict) -> None:
    with Store(store_path) as store:
        before = [d.model_dump() for d in store.documents()]
    result = runner.invoke(app, ["serve", "--db", str(store_path), "-q"])
    assert result.exit_code == 0
    with Store(store_path) as store:
        assert [d.model_dump() for d in store.documents()] == before
        assert [s.id for s in store.stories()] == ["story-quay"]
