"""The fetcher against a hostile server on 127.0.0.1: whatever it sends, each bad URL is one
Failure naming it, the good URLs before and after it are read, memory stays small and no fetch
outlives its deadline."""

from __future__ import annotations

import gzip
import socket
import socketserver
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator

import pytest

from storyline.ingest import iter_raw
from storyline.ingest.fetch import Fetcher, FetchError
from storyline.model import Failure, RawDocument

ARTICLE = (
    b"<html><head><title>Quay reopens</title></head><body><article>"
    b"<p>The cargo quay of Tessaly reopened on Friday after a week of repairs.</p>"
    b"</article></body></html>"
)
LONG_LABEL = "a" * 70
LOCATIONS = {
    "data": "data:text/html,<p>hi</p>",
    "javascript": "javascript:alert(1)",
    "mailto": "mailto:editor@news.example",
    "about": "about:blank",
    "long-label": f"http://{LONG_LABEL}.example/",
    "xn": "https://xn--/",
    "bad-idna": "http://xn--zz-zz\u00e9.example/",
    "bad-ipv6": "http://[::1/",
    "bad-port": "http://127.0.0.1:99999/",
    "space": "http://exa mple.example/",
    "control": "http://news.example/\x01\x7f",
}


def _double_gzip(size: int) -> bytes:
    """``size`` zero bytes, gzipped twice: a few KB that inflate a thousandfold per layer."""
    inner = zlib.compressobj(9, zlib.DEFLATED, 31)
    piece = b"\0" * 2**20
    parts = [inner.compress(piece) for _ in range(size // 2**20)] + [inner.flush()]
    return gzip.compress(b"".join(parts), 9)


class Hostile(socketserver.BaseRequestHandler):
    """Speaks raw bytes, so it can send what no well-behaved HTTP library would."""

    bomb = b""

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(10)
        request = b""
        while b"\r\n\r\n" not in request:
            data = sock.recv(4096)
            if not data:
                return
            request += data
        path = request.split(b" ", 2)[1].decode("latin-1")
        try:
            self.answer(sock, path)
        except OSError:  # the client gave up first: that is the point of several cases
            pass

    def answer(self, sock: socket.socket, path: str) -> None:
        port = sock.getsockname()[1]
        if path.startswith("/good"):
            self.send(sock, b"200 OK", ARTICLE)
        elif path.startswith("/to/"):
            location = LOCATIONS[path[4:]].encode("utf-8")
            self.send(sock, b"302 Found", b"", [b"Location: " + location])
        elif path == "/gzip-gzip":
            self.send(sock, b"200 OK", Hostile.bomb, [b"Content-Encoding: gzip, gzip"])
        elif path == "/gzip-3":
            body = gzip.compress(gzip.compress(gzip.compress(ARTICLE)))
            self.send(sock, b"200 OK", body, [b"Content-Encoding: gzip, gzip, gzip"])
        elif path == "/gzip-members":  # two members, as some servers concatenate them
            half = len(ARTICLE) // 2
            body = gzip.compress(ARTICLE[:half]) + gzip.compress(ARTICLE[half:])
            self.send(sock, b"200 OK", body, [b"Content-Encoding: gzip"])
        elif path == "/deflate-raw":
            raw = zlib.compressobj(6, zlib.DEFLATED, -15)
            body = raw.compress(ARTICLE) + raw.flush()
            self.send(sock, b"200 OK", body, [b"Content-Encoding: deflate"])
        elif path == "/deflate-zlib":
            self.send(sock, b"200 OK", zlib.compress(ARTICLE), [b"Content-Encoding: deflate"])
        elif path == "/gzip-corrupt":
            body = bytearray(gzip.compress(ARTICLE * 20))
            body[20:40] = b"\xff" * 20
            self.send(sock, b"200 OK", bytes(body), [b"Content-Encoding: gzip"])
        elif path == "/brotli":
            self.send(sock, b"200 OK", b"\x0b\x02\x80hello\x03", [b"Content-Encoding: br"])
        elif path == "/trickle-headers":
            sock.sendall(b"HTTP/1.1 200 OK\r\n")
            for _ in range(600):  # a header byte every 0.05 s: each read is quick, the whole slow
                sock.sendall(b"X")
                time.sleep(0.05)
        elif path == "/trickle-body":
            sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>")
            for _ in range(600):
                sock.sendall(b"w")
                time.sleep(0.05)
        elif path == "/endless":
            sock.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
            chunk = b"%x\r\n%s\r\n" % (65536, b"<p>" + b"a" * 65533)
            for _ in range(10_000):
                sock.sendall(chunk)
        elif path == "/garbage":
            sock.sendall(b"\x16\x03\x01 this is not HTTP at all\r\n\r\n")
        elif path == "/short":  # promises more than it sends, then hangs up
            sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n<p>cut")
        elif path == "/bad-chunks":
            sock.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n")
        elif path == "/header-flood":
            sock.sendall(b"HTTP/1.1 200 OK\r\n" + b"X-A: " + b"b" * 200_000 + b"\r\n\r\n")
        elif path == "/redirect-self":
            location = f"http://127.0.0.1:{port}/redirect-self".encode()
            self.send(sock, b"301 Moved", b"", [b"Location: " + location])
        else:
            self.send(sock, b"404 Not Found", b"none", [b"Content-Type: text/plain"])

    @staticmethod
    def send(sock: socket.socket, status: bytes, body: bytes, headers: list[bytes] = ()) -> None:  # type: ignore[assignment]
        head = [b"HTTP/1.1 " + status, b"Content-Length: %d" % len(body), b"Connection: close"]
        if not any(h.lower().startswith(b"content-type") for h in headers):
            head.append(b"Content-Type: text/html; charset=utf-8")
        sock.sendall(b"\r\n".join([*head, *headers]) + b"\r\n\r\n" + body)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


@pytest.fixture(scope="module")
def hostile() -> Iterator[str]:
    Hostile.bomb = _double_gzip(64 * 2**20)  # 64 MB of zeros in a few KB
    server = _Server(("127.0.0.1", 0), Hostile)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def one_failure(base: str, path: str, **options: object) -> Failure:
    """Fetch the bad URL between two good ones; its only failure (the good pages are read)."""
    bad = base + path
    items = list(iter_raw([f"{base}/good1", bad, f"{base}/good2"], allow_private=True, **options))  # type: ignore[arg-type]
    docs = [i for i in items if isinstance(i, RawDocument)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [d.source for d in docs] == [f"{base}/good1", f"{base}/good2"], items
    assert [f.source for f in failures] == [bad], failures
    assert "\n" not in failures[0].error and failures[0].error
    return failures[0]


@pytest.mark.parametrize("kind", sorted(LOCATIONS))
def test_redirect_to_a_location_nobody_can_fetch(hostile: str, kind: str) -> None:
    failure = one_failure(hostile, f"/to/{kind}", timeout=5)
    assert failure.error.startswith(
        ("unsupported URL scheme", "invalid URL", "URL has no host", "cannot", "unreachable")
    ), failure.error


def test_gzip_in_gzip_is_capped_before_it_fills_memory(hostile: str) -> None:
    assert len(Hostile.bomb) < 100_000  # 64 MB of content in this
    tracemalloc.start()
    failure = one_failure(hostile, "/gzip-gzip", max_bytes=2**20)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert failure.error == "too large (over the 1 MB limit)"
    assert peak < 16 * 2**20  # a few 64 KB slices, not the whole inflated chunk


def test_three_layers_of_compression_are_refused(hostile: str) -> None:
    failure = one_failure(hostile, "/gzip-3")
    assert failure.error == "compressed 3 times over (Content-Encoding)"


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/gzip-corrupt", "corrupt compressed body"),
        ("/brotli", "unsupported Content-Encoding 'br'"),
        ("/garbage", "fetch failed"),
        ("/short", "fetch failed"),
        ("/bad-chunks", "fetch failed"),
        ("/header-flood", "fetch failed"),
        ("/redirect-self", "too many redirects"),
    ],
)
def test_broken_responses(hostile: str, path: str, error: str) -> None:
    assert one_failure(hostile, path, timeout=5).error.startswith(error)


@pytest.mark.parametrize("path", ["/gzip-members", "/deflate-raw", "/deflate-zlib"])
def test_every_compression_servers_use_is_read(hostile: str, path: str) -> None:
    with Fetcher(allow_private=True, timeout=5) as fetcher:
        assert fetcher.fetch(hostile + path).content == ARTICLE


@pytest.mark.parametrize("path", ["/trickle-headers", "/trickle-body"])
def test_a_trickle_ends_at_the_deadline(hostile: str, path: str) -> None:
    started = time.monotonic()
    failure = one_failure(hostile, path, timeout=0.5)  # reads never wait 0.5 s; the whole does
    elapsed = time.monotonic() - started
    assert failure.error == "timed out after 1 s in total"
    assert elapsed < 3.5


def test_an_endless_body_stops_at_the_cap(hostile: str) -> None:
    tracemalloc.start()
    failure = one_failure(hostile, "/endless", max_bytes=2**20)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert failure.error == "too large (over the 1 MB limit)"
    assert peak < 16 * 2**20


def test_every_fetch_failure_is_one_error_type(hostile: str) -> None:
    with Fetcher(allow_private=True, timeout=0.5) as fetcher:
        for path in ["/to/xn", "/to/mailto", "/gzip-corrupt", "/trickle-headers", "/missing"]:
            with pytest.raises(FetchError) as caught:
                fetcher.fetch(hostile + path)
            assert caught.value.source == hostile + path
