"""The web package: ``create_app`` serves a store read-only, whatever is asked of it."""

from __future__ import annotations

import hashlib

from fastapi.testclient import TestClient

from storyline.web import create_app


def test_create_app_serves_a_store_without_writing_to_it(web_db):
    before = hashlib.sha256(web_db.read_bytes()).hexdigest()
    client = TestClient(create_app(str(web_db)))
    stories = client.get("/api/stories").json()["stories"]
    assert stories
    for path in ("/", "/entities", "/search?q=spillway", f"/stories/{stories[0]['id']}"):
        assert client.get(path).status_code == 200, path
    assert hashlib.sha256(web_db.read_bytes()).hexdigest() == before


def test_an_app_over_a_missing_store_answers_with_an_error(tmp_path):
    client = TestClient(create_app(tmp_path / "missing.db"), raise_server_exceptions=False)
    assert client.get("/api/stories").status_code >= 400
