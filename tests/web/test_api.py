"""The web app's JSON API, pages, exports and the entity index, through FastAPI's test client."""

from __future__ import annotations

import csv
import io
import json

from storyline.model import Brief
from storyline.store import Store
from tests.web.conftest import HOSTILE_TITLE


def _story_ids(client) -> list[str]:
    return [s["id"] for s in client.get("/api/stories").json()["stories"]]


def test_api_lists_filters_and_sorts_stories(client):
    body = client.get("/api/stories", params={"sort": "size", "order": "desc"}).json()
    assert body["total"] >= 2
    sizes = [s["size"] for s in body["stories"]]
    assert sizes == sorted(sizes, reverse=True)
    big = body["stories"][0]
    assert big["size"] >= 7 and 1 <= big["independent"] < big["size"]  # demo: AFP copies
    assert sum(o["documents"] for o in big["outlets"]) == big["size"]
    only_big = client.get("/api/stories", params={"min_size": big["size"]}).json()
    assert [s["id"] for s in only_big["stories"]] == [big["id"]]
    outlet = big["outlets"][0]["outlet"]
    by_outlet = client.get("/api/stories", params={"outlet": outlet}).json()["stories"]
    assert big["id"] in [s["id"] for s in by_outlet]
    late = client.get("/api/stories", params={"date_from": "2100-01-01"}).json()
    assert late["total"] == 0


def test_api_story_is_the_brief_json(client):
    sid = client.get("/api/stories", params={"sort": "size"}).json()["stories"][0]["id"]
    resp = client.get(f"/api/stories/{sid}")
    assert resp.status_code == 200
    brief = Brief.model_validate_json(resp.text)
    assert brief.story_id == sid and brief.summary and brief.sources
    assert client.get("/api/stories/nope").status_code == 404


def test_openapi_schema_lists_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/documents/{doc_id}",
        "/api/entities",
        "/api/entities/{key}",
        "/api/search",
    ):
        assert path in paths, path


def test_document_api_has_text_removed_lines_relations_and_story(client, web_db):
    with Store(web_db) as store:
        copies = [r for r in store.relations() if r.kind != "duplicate"]
    rel = copies[0]
    doc = client.get(f"/api/documents/{rel.doc_id}").json()
    assert doc["document"]["text"] and doc["story_ids"]
    assert any(r["of_id"] == rel.of_id for r in doc["relations"])
    page = client.get(f"/documents/{rel.doc_id}").text
    assert "Removed lines" in page and "Copy relations" in page


def test_search_finds_documents_quotes_and_names_with_highlights(client):
    found = client.get("/api/search", params={"q": "spillway"}).json()
    assert found["total"]["documents"] >= 3
    hit = found["documents"][0]["snippet"]
    start, end = hit["hits"][0]
    assert hit["text"][start:end].lower() == "spillway"
    page = client.get("/search", params={"q": "spillway"}).text
    assert "<mark>spillway</mark>" in page.lower() or "<mark>Spillway</mark>" in page
    quotes = client.get("/api/search", params={"q": "gamble"}).json()
    assert quotes["quotes"], quotes
    names = client.get("/api/search", params={"q": "Vorn"}).json()
    assert any(e["name"] == "Aleksander Vorn" for e in names["entities"])
    # FTS syntax in user input is taken as words, never an error
    for q in ('"', "AND OR NOT", "title:x", "a*b(", "NEAR(", "-"):
        assert client.get("/api/search", params={"q": q}).status_code == 200


def test_entity_index_merges_across_documents(client):
    ents = client.get("/api/entities", params={"q": "Vorn"}).json()["entities"]
    vorn = next(e for e in ents if e["name"] == "Aleksander Vorn")
    assert vorn["label"] == "PERSON" and vorn["documents"] >= 4
    assert "Alexander Vorn" in vorn["aliases"]
    one = client.get(f"/api/entities/{vorn['key']}").json()
    assert len({m["doc_id"] for m in one["mentions"]}) == vorn["documents"]
    assert one["quotes"] and one["roles"]
    page = client.get(f"/entities/{vorn['key']}").text
    assert "Mentions over time" in page and "<svg" in page


def test_entities_cli_json_offsets_point_into_stored_text(web_db):
    from typer.testing import CliRunner

    from storyline.cli import app

    result = CliRunner().invoke(app, ["entities", "--db", str(web_db), "--json"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and {"key", "name", "label", "aliases", "mentions"} <= set(records[0])
    assert {"PERSON", "ORG", "GPE"} <= {r["label"] for r in records}
    with Store(web_db) as store:
        texts = {d.id: d.text for d in store.documents()}
        titles = {d.id: d.title or "" for d in store.documents()}
    for rec in records:
        for m in rec["mentions"]:
            assert texts[m["doc_id"]][m["start"] : m["end"]] == m["text"]
        for m in rec["title_mentions"]:  # headlines are titles, not text: offsets into them
            assert titles[m["doc_id"]][m["start"] : m["end"]] == m["text"]
    assert any(rec["title_mentions"] for rec in records)
    keys = [r["key"] for r in records]
    assert len(keys) == len(set(keys))
    story = max(store_stories(web_db), key=lambda s: len(s.doc_ids))
    result = CliRunner().invoke(
        app, ["entities", "--db", str(web_db), "--json", "--story", story.id]
    )
    docs = set(story.doc_ids)
    for line in result.stdout.splitlines():
        assert {m["doc_id"] for m in json.loads(line)["mentions"]} <= docs


def store_stories(db):
    with Store(db) as store:
        return store.stories()


def test_exports_of_every_list(client):
    stories = client.get("/", params={"format": "csv"})
    assert stories.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(stories.text)))
    assert len(rows) == len(_story_ids(client))
    assert json.loads(client.get("/", params={"format": "json"}).text)
    ents = client.get("/entities", params={"format": "csv"}).text
    assert ents.startswith("key,name,label")
    assert json.loads(client.get("/entities", params={"format": "json"}).text)
    hits = client.get("/search", params={"q": "spillway", "format": "csv"}).text
    assert "document" in hits and "<mark>" not in hits


def test_csv_cells_never_start_a_formula(client, web_db):
    from storyline.web.export import _cell

    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _cell("+1") == "'+1"


def test_every_response_carries_the_csp_and_no_raw_markup(client):
    sid = [s for s in _story_ids(client)]
    urls = ["/", "/entities", "/search?q=evil", *(f"/stories/{s}" for s in sid)]
    for url in urls:
        resp = client.get(url)
        assert resp.status_code == 200, url
        assert "script-src 'self'" in resp.headers["content-security-policy"]
        assert resp.headers["x-content-type-options"] == "nosniff"
        assert "<script>alert" not in resp.text, url
        assert 'href="javascript:' not in resp.text.lower(), url
    page = client.get("/search", params={"q": "Evil"}).text
    assert "&lt;script&gt;" in page or "alert" not in page


def test_hostile_document_page_is_escaped(client, web_db):
    with Store(web_db) as store:
        evil = [d for d in store.documents() if (d.title or "").startswith("<script>")]
    assert evil
    page = client.get(f"/documents/{evil[0].id}").text
    assert HOSTILE_TITLE not in page and "&lt;script&gt;" in page
    assert "<img" not in page and "<svg onload" not in page
    assert 'href="javascript' not in page


def test_loopback_host_check(web_db):
    from fastapi.testclient import TestClient

    from storyline.web import create_app

    guarded = TestClient(create_app(web_db, allowed_hosts=["127.0.0.1"]))
    assert guarded.get("/", headers={"host": "evil.example"}).status_code == 400
    assert guarded.get("/", headers={"host": "127.0.0.1:8000"}).status_code == 200


def test_server_opens_the_store_read_only(web_db):
    import sqlite3

    import pytest

    store = Store(web_db, read_only=True)
    with pytest.raises(sqlite3.OperationalError):
        store.conn.execute("DELETE FROM documents")
    store.close()


def test_new_since_last_visit_marker(web_db):
    from fastapi.testclient import TestClient

    from storyline.web import create_app

    fresh = TestClient(create_app(web_db))
    first = fresh.get("/")
    assert "new since your last visit" not in first.text  # no earlier visit
    assert "this_visit" in first.cookies
    fresh.cookies.clear()
    fresh.cookies.set("this_visit", "2000-01-01 00:00:00")  # a visit long ago
    again = fresh.get("/")
    assert "new since your last visit" in again.text
    assert "new since your last visit" not in fresh.get("/").text.split("</form>")[0]


def test_story_page_shows_registered_history_sections(client):
    from storyline.web import history

    def provider(store, story_id):
        return [("changes", "What changed", "<p>three new sources &amp; a figure</p>")]

    sid = _story_ids(client)[0]
    history.register(provider)
    try:
        page = client.get(f"/stories/{sid}").text
    finally:
        history.PROVIDERS.remove(provider)
    assert "<section id=changes>" in page and 'href="#changes"' in page
    assert "three new sources" in page
    assert "<section id=changes>" not in client.get(f"/stories/{sid}").text
