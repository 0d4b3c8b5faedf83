"""The FastAPI app: security headers on every response, static assets, errors as JSON under
/api and as a page elsewhere, a host guard, and the template filters that escape page text."""

from __future__ import annotations

from fastapi.testclient import TestClient
from markupsafe import Markup

from storyline.web.app import CSP, create_app, templates
from storyline.web.data import HIT_CLOSE, HIT_OPEN


def test_every_response_carries_the_security_headers(client):
    for path in ("/", "/robots.txt", "/api/stories", "/no-such-page", "/static/site.css"):
        resp = client.get(path)
        assert resp.headers["Content-Security-Policy"] == CSP, path
        assert resp.headers["X-Content-Type-Options"] == "nosniff"
        assert resp.headers["Referrer-Policy"] == "no-referrer"
        assert resp.headers["X-Frame-Options"] == "DENY"
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP


def test_static_assets_and_robots(client):
    assert client.get("/static/site.css").headers["content-type"].startswith("text/css")
    assert client.get("/static/brief.css").headers["content-type"].startswith("text/css")
    assert client.get("/static/brief.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/favicon.ico").status_code == 204
    robots = client.get("/robots.txt")
    assert robots.text == "User-agent: *\nDisallow: /\n"


def test_not_found_is_json_under_api_and_a_page_elsewhere(client):
    api = client.get("/api/documents/no-such-doc")
    assert api.status_code == 404
    assert "detail" in api.json()
    page = client.get("/documents/<b>no-such-doc</b>")
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "<b>no-such-doc</b>" not in page.text


def test_no_interactive_docs_that_would_load_scripts_from_elsewhere(client):
    assert client.get("/docs").status_code == 404
    assert client.get("/openapi.json").json()["info"]["title"] == "Storyline"


def test_allowed_hosts_guard_against_dns_rebinding(web_db):
    guarded = TestClient(create_app(web_db, allowed_hosts=["news.example"]))
    assert guarded.get("/robots.txt", headers={"host": "news.example"}).status_code == 200
    assert guarded.get("/robots.txt", headers={"host": "127.0.0.1"}).status_code == 200
    assert guarded.get("/robots.txt", headers={"host": "evil.example"}).status_code == 400


def test_highlight_filter_escapes_text_and_marks_only_search_hits():
    highlight = templates().env.filters["highlight"]
    out = highlight(f"<b>x</b> {HIT_OPEN}dam{HIT_CLOSE}")
    assert isinstance(out, Markup)
    assert out == "&lt;b&gt;x&lt;/b&gt; <mark>dam</mark>"
    assert highlight(None) == ""


def test_urlencode_filter_drops_empty_values():
    encode = templates().env.filters["urlencode_dict"]
    assert encode({"q": "dam", "outlet": "", "page": 1}, page=2) == "q=dam&page=2"
    assert encode({"q": "a b", "min_size": 0}) == "q=a+b"


def test_printed_page_text_loses_control_and_bidi_characters():
    env = templates().env
    out = env.from_string("{{ value }}").render(value="ok\u202eevil\x1b[31m")
    assert "\u202e" not in out and "\x1b" not in out and "ok" in out
    kept = env.from_string("{{ value }}").render(value=Markup("<i>mine</i>"))
    assert kept == "<i>mine</i>"
