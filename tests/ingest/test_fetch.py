"""The fetcher against a local server: redirects, robots.txt, caps, timeouts, address checks."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.robotparser import RobotFileParser

import pytest

from storyline.ingest import fetch, iter_raw
from storyline.ingest.fetch import MAX_CRAWL_DELAY, USER_AGENT, Fetcher, crawl_delay
from storyline.model import Failure, RawDocument

ARTICLE = (
    "<html><head><title>Quay reopens</title></head><body><article>"
    "<p>The cargo quay of Tessaly reopened on Friday after a week of repairs.</p>"
    "<p>\u201cIt took longer than we hoped,\u201d said harbour master Ivo Dahl.</p>"
    "</article></body></html>"
)
TEASER_FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbour Notes</title>
<item><title>Quay reopens</title><link>{base}/article.html</link>
<pubDate>Fri, 07 Feb 2025 10:00:00 GMT</pubDate><author>ivo@example.org (Ivo Dahl)</author>
<description>The quay is open again.</description></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    requests: list[tuple[str, str]] = []  # (path, user agent)

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def send(
        self,
        status: int,
        body: bytes,
        ctype: str = "text/html; charset=utf-8",
        length: bool = True,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # http.server's naming
        Handler.requests.append((self.path, self.headers.get("User-Agent", "")))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path
        if path == "/robots.txt":
            self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path == "/article.html":
            self.send(200, ARTICLE.encode())
        elif path == "/latin.html":
            self.send(
                200,
                ARTICLE.replace("Friday", "vendredi caf\u00e9").encode("cp1252"),
                "text/html; charset=windows-1252",
            )
        elif path == "/redirect":
            self.send(302, b"", headers={"Location": "/article.html"})
        elif path == "/loop":
            self.send(302, b"", headers={"Location": "/loop"})
        elif path == "/to-private":
            self.send(302, b"", headers={"Location": "http://10.1.2.3/secret"})
        elif path == "/feed.xml":
            self.send(200, TEASER_FEED.format(base=base).encode(), "application/rss+xml")
        elif path == "/big":
            self.send(200, b"<p>" + b"word " * 60_000 + b"</p>", length=False)
        elif path == "/big-declared":
            self.send(200, b"<p>" + b"word " * 60_000 + b"</p>")
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, ARTICLE.encode())
        elif path.startswith("/pause/"):
            time.sleep(0.5)
            self.send(200, ARTICLE.replace("Friday", path[7:]).encode())
        elif path == "/logo.png":
            self.send(200, b"\x89PNG\r\n\x1a\n", "image/png")
        elif path.startswith("/private/"):
            self.send(200, ARTICLE.encode())
        else:
            self.send(404, b"not here", "text/plain")


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def read(inputs: list[str], **options: object) -> tuple[list[RawDocument], list[Failure]]:
    items = list(iter_raw(inputs, allow_private=True, **options))  # type: ignore[arg-type]
    return (
        [i for i in items if isinstance(i, RawDocument)],
        [i for i in items if isinstance(i, Failure)],
    )


def test_fetch_page_with_honest_agent(base: str) -> None:
    Handler.requests.clear()
    docs, failures = read([f"{base}/article.html"])
    assert failures == []
    assert docs[0].format == "html" and docs[0].url == f"{base}/article.html"
    assert "Ivo Dahl" in docs[0].html
    assert {agent for _, agent in Handler.requests} == {USER_AGENT}
    assert USER_AGENT.startswith("Storyline/") and "(+https://" in USER_AGENT


def test_private_address_refused_without_permission(base: str) -> None:
    items = list(iter_raw([f"{base}/article.html"]))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert items[0].source == f"{base}/article.html"
    assert items[0].error == (
        "refused: 127.0.0.1 is not a public address (use --allow-private to allow)"
    )
    (named,) = iter_raw([f"{base}/article.html".replace("127.0.0.1", "localhost")])
    assert "localhost resolves to non-public address" in named.error  # type: ignore[union-attr]


def test_other_schemes_refused() -> None:
    items = list(iter_raw(["file:///etc/passwd", "ftp://example.org/a.txt"], allow_private=True))
    assert [(i.source, i.error) for i in items] == [  # type: ignore[union-attr]
        ("file:///etc/passwd", "unsupported URL scheme 'file' (only http and https)"),
        ("ftp://example.org/a.txt", "unsupported URL scheme 'ftp' (only http and https)"),
    ]


def test_redirects(base: str) -> None:
    docs, failures = read([f"{base}/redirect", f"{base}/loop"])
    assert docs[0].url == f"{base}/article.html" and docs[0].source == f"{base}/redirect"
    assert [f.error for f in failures] == ["too many redirects (more than 5)"]


def test_every_redirect_hop_is_checked(base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Treat the test server as public: the redirect to a private address must still be refused.
    real = fetch.is_public
    monkeypatch.setattr(fetch, "is_public", lambda a: a == "127.0.0.1" or real(a))
    items = list(iter_raw([f"{base}/to-private"]))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert items[0].source == f"{base}/to-private"
    assert items[0].error.startswith("refused: 10.1.2.3 is not a public address")
    assert items[0].error.endswith("after a redirect to http://10.1.2.3/secret")


def test_connected_address_is_checked_too(base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # As if DNS had said "public" at check time and "loopback" when connecting (rebinding).
    monkeypatch.setattr(fetch, "check_url", lambda url, allow_private=False: None)
    items = list(iter_raw([f"{base}/article.html"]))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert "connected to non-public address 127.0.0.1" in items[0].error


def test_robots_txt_is_respected_and_cached(base: str) -> None:
    Handler.requests.clear()
    docs, failures = read([f"{base}/article.html", f"{base}/private/x.html", f"{base}/redirect"])
    assert len(docs) == 2
    assert [f.source for f in failures] == [f"{base}/private/x.html"]
    assert "disallowed by robots.txt" in failures[0].error
    assert [p for p, _ in Handler.requests].count("/robots.txt") == 1


@pytest.mark.parametrize("path", ["/big", "/big-declared"])
def test_size_cap_while_streaming(base: str, path: str) -> None:
    docs, failures = read([base + path], max_bytes=100_000)
    assert docs == [] and len(failures) == 1
    assert failures[0].error.startswith("too large")


def test_timeout(base: str) -> None:
    started = time.monotonic()
    docs, failures = read([f"{base}/slow"], timeout=0.3)
    assert time.monotonic() - started < 1.4
    assert [f.error for f in failures] == ["timed out after 0.3 s"]


def test_http_errors_and_types(base: str) -> None:
    docs, failures = read([f"{base}/missing", f"{base}/logo.png"])
    assert [f.error for f in failures] == [
        "HTTP 404 Not Found",
        "unsupported content type image/png",
    ]


def test_declared_charset(base: str) -> None:
    docs, _ = read([f"{base}/latin.html"])
    assert "vendredi caf\u00e9" in docs[0].html


def test_feed_url_fetches_linked_pages_with_hints(base: str) -> None:
    docs, failures = read([f"{base}/feed.xml"])
    assert failures == []
    assert len(docs) == 1
    page = docs[0]
    assert page.url == f"{base}/article.html" and "Ivo Dahl" in page.html
    assert page.title == "Quay reopens" and page.outlet == "Harbour Notes"
    assert page.published == "2025-02-07T10:00:00+00:00"


def test_url_list_file(base: str, tmp_path: Path) -> None:
    listing = tmp_path / "reading.txt"
    listing.write_text(f"# to read\n{base}/article.html\n\n{base}/missing\n")
    docs, failures = read([str(listing)])
    assert [d.url for d in docs] == [f"{base}/article.html"]
    assert [(f.source, f.error) for f in failures] == [(f"{base}/missing", "HTTP 404 Not Found")]


def test_fetcher_directly(base: str) -> None:
    with Fetcher(allow_private=True, timeout=5) as fetcher:
        fetched = fetcher.fetch(f"{base}/latin.html")
    assert fetched.media_type == "text/html" and fetched.charset == "windows-1252"


def test_url_list_is_fetched_a_few_at_a_time_in_order(base: str, tmp_path: Path) -> None:
    listing = tmp_path / "reading.urls"
    days = ["Monday", "Tuesday", "Wednesday", "Thursday"]
    listing.write_text("".join(f"{base}/pause/{day}\n" for day in days))
    started = time.monotonic()
    docs, failures = read([str(listing)])
    assert time.monotonic() - started < 1.6  # four 0.5 s pages, not one after the other
    assert failures == []
    assert [day for doc in docs for day in days if day in (doc.html or "")] == days


class SlowHostHandler(BaseHTTPRequestHandler):
    """A host whose robots.txt asks for a second between requests."""

    pages: list[tuple[str, float, float]] = []  # (path, started, answered)

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # http.server's naming
        started = time.monotonic()
        if self.path == "/robots.txt":
            body, ctype = b"User-agent: *\nCrawl-delay: 1\n", "text/plain"
        else:
            time.sleep(0.2)  # the delay runs from the end of one answer to the next request
            body, ctype = ARTICLE.encode(), "text/html; charset=utf-8"
            SlowHostHandler.pages.append((self.path, started, time.monotonic()))
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture()
def slow_host() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowHostHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_crawl_delay_spaces_requests_to_that_host_only(
    base: str, slow_host: str, tmp_path: Path
) -> None:
    SlowHostHandler.pages.clear()
    listing = tmp_path / "reading.urls"
    # Fetched a few at a time: the other host's page is fetched alongside, in order of the list.
    listing.write_text(f"{slow_host}/one.html\n{slow_host}/two.html\n{base}/pause/Sunday\n")
    started = time.monotonic()
    docs, failures = read([str(listing)])
    assert failures == [] and len(docs) == 3
    (_, _, first_done), (_, second_start, _) = sorted(SlowHostHandler.pages, key=lambda p: p[1])
    assert second_start - first_done >= 0.95
    assert "Sunday" in (docs[2].html or "")
    assert time.monotonic() - started < 3


def test_crawl_delay_from_robots_txt() -> None:
    def delay(*lines: str) -> float:
        robots = RobotFileParser()
        robots.parse(list(lines))
        return crawl_delay(robots)

    assert delay("User-agent: *", "Disallow: /private/") == 0
    assert delay("User-agent: *", "Crawl-delay: 5") == 5
    assert delay("User-agent: *", "Request-rate: 1/10") == 10  # one request per 10 s
    assert (
        delay("User-agent: Storyline", "Crawl-delay: 2", "", "User-agent: *", "Crawl-delay: 9") == 2
    )
    assert delay("User-agent: *", "Crawl-delay: 86400") == MAX_CRAWL_DELAY == 30
