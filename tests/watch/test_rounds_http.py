"""The watcher against a local feed server: conditional requests, each entry taken once,
back-off for a failing source, and a watcher killed mid-round that resumes without loss or
duplicates."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from storyline.pipeline import Pipeline
from storyline.store import Store
from storyline.watch.rounds import Watcher

PLACES = ["Tessaly", "Orn", "Varn", "Kessvik", "Marrow", "Lind", "Hale", "Dorrin"]


def article(n: int, served: int = 1) -> str:
    """Page ``n``; ``served`` changes its text each time it is served, so a page fetched
    twice would be stored as two documents."""
    place = PLACES[n % len(PLACES)]
    return (
        f"<html><head><title>Ferry line {n} to {place} reopens</title></head><body><article>"
        f"<p>The ferry line {n} between the harbour of Tessaly and {place} reopened on "
        f"Tuesday after the storm, operator spokesman Jon Hale said.</p>"
        f"<p>About {1000 + n * 37} passengers were waiting on both sides, the operator said."
        f" “The crews were ready the moment the wind dropped,” Hale said.</p>"
        f"<p>It was the {served}. time the operator said so this week.</p>"
        "</article></body></html>"
    )


def feed(base: str, entries: range) -> str:
    items = "".join(
        f"<item><title>Ferry line {n} reopens</title><link>{base}/a/{n}.html</link>"
        f"<guid>ferry-{n}</guid><pubDate>Tue, 04 Feb 2025 10:{n:02d}:00 GMT</pubDate>"
        "<description>The ferry sails again.</description></item>"
        for n in entries
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Notes</title>'
        f"{items}</channel></rss>"
    )


class Site:
    """What the server serves, and what it was asked."""

    def __init__(self) -> None:
        self.entries = range(2)
        self.version = 1
        self.page_delay = 0.0
        self.requests: Counter[str] = Counter()
        self.statuses: list[tuple[str, int]] = []
        self.lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *args: object) -> None:
        pass

    def reply(
        self, status: int, body: bytes = b"", ctype: str = "text/html", **headers: str
    ) -> None:
        with self.site.lock:
            self.site.statuses.append((self.path, status))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # http.server's naming
        site = self.site
        with site.lock:
            site.requests[self.path] += 1
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/robots.txt":
            self.reply(200, b"User-agent: *\nAllow: /\n", "text/plain")
        elif self.path in ("/feed.xml", "/feed-dated.xml"):
            etag = f'"v{site.version}"'
            modified = f"Tue, 04 Feb 2025 1{site.version}:00:00 GMT"
            if self.path == "/feed.xml" and self.headers.get("If-None-Match") == etag:
                self.reply(304, ETag=etag)
            elif (
                self.path == "/feed-dated.xml" and self.headers.get("If-Modified-Since") == modified
            ):
                self.reply(304, Last_Modified=modified)
            else:
                body = feed(base, site.entries).encode()
                validators = {"ETag": etag} if self.path == "/feed.xml" else {}
                validators = validators or {"Last_Modified": modified}
                self.reply(200, body, "application/rss+xml", **validators)
        elif self.path == "/gone-feed.xml":  # unchanged, with an ETag: a 304 when asked so
            if self.headers.get("If-None-Match") == '"g"':
                self.reply(304, ETag='"g"')
            else:
                body = feed(base, range(1)).replace("/a/0.html", "/gone.html").encode()
                self.reply(200, body, "application/rss+xml", ETag='"g"')
        elif self.path == "/broken.xml":
            self.reply(500, b"server error", "text/plain")
        elif self.path.startswith("/a/"):
            time.sleep(site.page_delay)
            served = site.requests[self.path]
            self.reply(200, article(int(self.path[3:].split(".")[0]), served).encode())
        else:
            self.reply(404, b"not here", "text/plain")


@pytest.fixture()
def site() -> Iterator[tuple[Site, str]]:
    state = Site()
    handler = type("SiteHandler", (Handler,), {"site": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _pages(site: Site) -> dict[str, int]:
    return {p: n for p, n in site.requests.items() if p.startswith("/a/")}


@pytest.mark.parametrize("feed_path", ["/feed.xml", "/feed-dated.xml"])
def test_new_entries_taken_once_and_unchanged_feed_not_refetched(
    site: tuple[Site, str], db_path: Path, feed_path: str
) -> None:
    state, base = site
    clock = Clock()
    with Store(db_path) as store:
        watcher = Watcher(Pipeline(store, allow_private=True), [base + feed_path], clock=clock)
        first = watcher.round()
        assert len(first.new_doc_ids) == 2 and first.failures == []
        assert [s.status for s in first.sources] == ["ok"]
        assert len(first.updated) == 1  # the two pages are one story: its first brief

        second = watcher.round()  # nothing changed: a 304, no page fetched
        assert [s.status for s in second.sources] == ["not modified"]
        assert state.statuses[-1] == (feed_path, 304)
        assert second.new_doc_ids == [] and second.updated == []

        state.entries, state.version = range(3), 2  # one entry more
        third = watcher.round()
        assert len(third.new_doc_ids) == 1
        assert _pages(state) == {"/a/0.html": 1, "/a/1.html": 1, "/a/2.html": 1}
        assert [u.version.version for u in third.updated if u.version] == [2]
        urls = [d.url for d in store.documents()]
        assert sorted(urls) == sorted(f"{base}/a/{n}.html" for n in range(3))


def test_a_failing_source_backs_off_and_does_not_stop_the_others(
    site: tuple[Site, str], db_path: Path
) -> None:
    state, base = site
    clock = Clock()
    with Store(db_path) as store:
        pipe = Pipeline(store, allow_private=True)
        watcher = Watcher(pipe, [base + "/broken.xml", base + "/feed.xml"], clock=clock, backoff=60)
        first = watcher.round()
        assert [s.status for s in first.sources] == ["failed", "ok"]
        assert len(first.new_doc_ids) == 2
        assert any("HTTP 500" in f.error for f in first.failures)
        assert store.source_state(base + "/broken.xml").failures == 1

        clock.now += 30  # within the back-off: not asked again
        second = watcher.round()
        assert second.sources[0].status == "backing off"
        assert state.requests["/broken.xml"] == 1

        clock.now += 31  # a minute after the failure: tried again, and the wait doubles
        third = watcher.round()
        assert third.sources[0].status == "failed"
        assert state.requests["/broken.xml"] == 2
        broken = store.source_state(base + "/broken.xml")
        assert broken.failures == 2 and broken.next_try == pytest.approx(clock.now + 120)


def test_a_failing_page_is_retried_then_given_up(site: tuple[Site, str], db_path: Path) -> None:
    state, base = site
    with Store(db_path) as store:
        watcher = Watcher(Pipeline(store, allow_private=True), [base + "/gone-feed.xml"])
        notes = [watcher.round().failures for _ in range(4)]
    assert [len(f) for f in notes] == [1, 1, 1, 0]
    assert "HTTP 404" in notes[0][0].error and notes[0][0].error.endswith("(will retry)")
    assert notes[2][0].error.endswith("(given up)")
    assert state.requests["/gone.html"] == 3  # the feed was asked unconditionally meanwhile
    assert [status for path, status in state.statuses if path == "/gone-feed.xml"] == [
        200,
        200,
        200,
        304,
    ]


def _watch(db: Path, url: str) -> subprocess.Popen[bytes]:
    storyline = Path(sys.executable).with_name("storyline")
    args = [str(storyline), "watch", url, "--once", "--allow-private", "--db", str(db), "-q"]
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def _kill(process: subprocess.Popen[bytes]) -> None:
    assert process.poll() is None, "the watcher finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


def test_killed_mid_round_resumes_with_every_entry_exactly_once(
    site: tuple[Site, str], db_path: Path
) -> None:
    state, base = site
    state.entries = range(24)
    state.page_delay = 0.15
    url = base + "/feed.xml"
    first = _watch(db_path, url)  # killed while fetching pages
    _wait(lambda: sum(_pages(state).values()) >= 5)
    _kill(first)
    second = _watch(db_path, url)  # killed once every page was fetched: while processing them
    _wait(lambda: len(_pages(state)) == 24)
    time.sleep(0.5)
    _kill(second)
    third = _watch(db_path, url)
    _, errors = third.communicate(timeout=300)
    assert third.returncode == 0, errors.decode()
    with sqlite3.connect(db_path) as conn:
        urls = [row[0] for row in conn.execute("SELECT url FROM documents")]
        pending = conn.execute("SELECT count(*) FROM watch_pending").fetchone()[0]
        taken = conn.execute("SELECT count(*) FROM watch_items WHERE done = 1").fetchone()[0]
        versions = conn.execute("SELECT count(*) FROM brief_versions").fetchone()[0]
    assert sorted(urls) == sorted(f"{base}/a/{n}.html" for n in range(24))  # each once
    assert pending == 0 and versions >= 1
    assert taken == 2 * 24  # each entry remembered by its id and by its link
