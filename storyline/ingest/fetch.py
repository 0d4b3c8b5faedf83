"""A careful HTTP fetcher: http(s) only, timeouts, a size cap, robots.txt (its rules and its
Crawl-delay), no private addresses.

Every way a fetch can fail, whatever a server sends (a redirect to ``data:`` or to a host name
IDNA cannot encode, a body compressed twice over, headers trickled a byte at a time), ends in
one ``FetchError``: an ``InputError`` naming the URL the user gave. A whole fetch, redirects
and headers included, has one deadline; bodies are decompressed here, a slice at a time, so
the size cap holds before a compression bomb can fill memory.

Private, loopback, link-local, reserved and multicast addresses are refused (unless the caller
allows them) twice over: every address the host resolves to is checked before each hop, and the
address the socket actually connected to is checked again, so a DNS answer that changes between
the check and the connection (DNS rebinding) cannot reach an internal service either.
"""

from __future__ import annotations

import ipaddress
import math
import socket
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

from storyline.errors import InputError, first_line
from storyline.ingest.urlparts import (
    DEFAULT_MAX_BYTES,
    FetchError,
    check_scheme_and_host,
    parse_content_type,
    too_large,
)

try:
    VERSION = version("storyline")
except PackageNotFoundError:  # running from a source tree that was never installed
    VERSION = "0.0.0"

USER_AGENT = f"Storyline/{VERSION} (+https://github.com/storyline-news/storyline)"
ROBOTS_AGENT = "Storyline"
MAX_REDIRECTS = 5
# A longer Crawl-delay (some sites ask for hours) would stall an ingest run; 30 s is still polite.
MAX_CRAWL_DELAY = 30.0
_REFUSED = "refused: "  # prefix of the guard's connect errors, to map them back to a message
# A body may be compressed more than once ("gzip, gzip"); more layers than this is an attack.
MAX_CODINGS = 2
_SLICE = 2**16  # bytes decompressed at a time
_GZIP_BITS = 16 + zlib.MAX_WBITS
_GZIP_MAGIC = b"\x1f\x8b"
# When the current fetch (in this thread) must be over, redirects and headers included.
_DEADLINE: ContextVar[float | None] = ContextVar("storyline_fetch_deadline", default=None)
# Not public although Python's ipaddress calls them global: IETF protocol assignments, the
# deprecated 6to4 relay anycast, the IPv6 documentation range of RFC 9637.
_NOT_PUBLIC = tuple(
    ipaddress.ip_network(net) for net in ("192.0.0.0/24", "192.88.99.0/24", "3fff::/20")
)


_REDIRECTS = (301, 302, 303, 307, 308)
_LOCATION = "storyline.location"


@dataclass
class Fetched:
    url: str  # after redirects
    content: bytes
    media_type: str  # "text/html", lower case, without parameters
    charset: str | None
    # For conditional requests (a watcher polling a feed): the validators the server sent,
    # and 304 when the validators given to ``fetch`` still hold (no content then).
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def is_public(address: str) -> bool:
    """True for an address on the public internet.

    IPv6 forms that carry an IPv4 address (mapped ``::ffff:a.b.c.d``, 6to4 ``2002:ab:cd::``)
    are judged by the address they carry: 6to4 of 127.0.0.1 reaches loopback where a relay
    routes it.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None:
            return is_public(str(embedded))
    return (
        ip.is_global
        and not any(ip in net for net in _NOT_PUBLIC)
        and not (
            ip.is_private
            or ip.is_loopback
            or ip.is_link_local
            or ip.is_reserved
            or ip.is_multicast
            or ip.is_unspecified
            or (isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local)
        )
    )


def crawl_delay(robots: RobotFileParser, cap: float = MAX_CRAWL_DELAY) -> float:
    """Seconds to leave between requests to a host, from its robots.txt ``Crawl-delay`` or
    ``Request-rate`` (the longer of the two), at most ``cap``; 0 when it asks for neither."""
    delay = float(robots.crawl_delay(ROBOTS_AGENT) or 0)
    rate = robots.request_rate(ROBOTS_AGENT)
    if rate is not None and rate.requests > 0:
        delay = max(delay, rate.seconds / rate.requests)
    return min(delay, cap)


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Refuse non-http(s) URLs and hosts that resolve to any non-public address."""
    parts = check_scheme_and_host(url)
    host, port = parts.hostname or "", parts.port
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(
            host, port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM
        )
    except (OSError, UnicodeError, ValueError) as exc:
        raise FetchError(url, f"cannot resolve host {host} ({first_line(exc)})") from None
    for info in infos:
        address = str(info[4][0])
        if not is_public(address):
            what = (
                f"{address} is not a public address"
                if address == host.strip("[]")
                else f"{host} resolves to non-public address {address}"
            )
            raise FetchError(url, f"refused: {what} (use --allow-private to allow)")


def _left(timeout: float | None) -> float | None:
    """``timeout`` cut down to what is left of the current fetch's deadline."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write ends by the current fetch's deadline: the read
    timeout alone restarts with each byte, so headers trickled one a second never time out."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, _left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, _left(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self.inner.start_tls(ssl_context, server_hostname, _left(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Puts every connection under the fetch deadline and, unless private addresses are
    allowed, checks the peer address of every new connection, after DNS has been resolved for
    real."""

    def __init__(self, inner: httpcore.NetworkBackend, *, check_peer: bool) -> None:
        self.inner = inner
        self.check_peer = check_peer

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self.inner.connect_tcp(
            host,
            port,
            timeout=_left(timeout),
            local_address=local_address,
            socket_options=socket_options,
        )
        if self.check_peer:
            sock = stream.get_extra_info("socket")
            peer = sock.getpeername()[0] if sock is not None else None
            if peer is None or not is_public(peer):
                stream.close()
                raise httpcore.ConnectError(
                    f"{_REFUSED}{host} connected to non-public address {peer}"
                    " (use --allow-private to allow)"
                )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: object = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError(f"{_REFUSED}unix sockets")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def _transport(allow_private: bool) -> httpx.HTTPTransport:
    transport = httpx.HTTPTransport(retries=0)
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is not None:
        # httpx has no public hook for the socket layer, so this uses a private attribute; if a
        # future httpx moves it, the check of resolved addresses before each hop still holds.
        pool._network_backend = _GuardedBackend(backend, check_peer=not allow_private)  # type: ignore[union-attr]
    return transport


@dataclass
class _Pace:
    """How one host asked to be paced, and when our last request to it ended."""

    delay: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    last: float = -math.inf


class Fetcher:
    """One per ingest call: holds the connection pool and the robots.txt cache per host.

    Safe to share between threads (httpx.Client is; the robots cache has a lock). Requests to
    different hosts, or to a host that asks for no delay, run at once.
    """

    def __init__(
        self,
        *,
        allow_private: bool = False,
        timeout: float = 20,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.allow_private = allow_private
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.robots: dict[str, RobotFileParser] = {}
        self._robots_lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}
        self._paces: dict[str, _Pace] = {}  # hosts whose robots.txt asks for a crawl delay
        # trust_env=False: a proxy from the environment would hide the real peer address.
        self.client = httpx.Client(
            transport=_transport(allow_private),
            timeout=httpx.Timeout(timeout),
            # Only what decoded_body can undo a slice at a time.
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            follow_redirects=False,
            trust_env=False,
            event_hooks={"response": [_take_location]},
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ public

    @property
    def total(self) -> float:
        """Seconds one fetch may take in all (robots.txt, connects, redirects, headers, body):
        the per-read timeout alone restarts with every byte a server trickles. Twice the
        timeout: 40 s by default, time for 50 MB at 1.25 MB/s."""
        return 2 * self.timeout

    def fetch(self, url: str, *, etag: str | None = None, modified: str | None = None) -> Fetched:
        """GET ``url`` following redirects; raises FetchError(url, problem) on any failure.

        A host whose robots.txt sets ``Crawl-delay`` (or ``Request-rate``) gets one request at a
        time, that many seconds after the previous one ended, capped at MAX_CRAWL_DELAY (30 s);
        the robots.txt request itself is not held back. Waiting for that turn does not count
        against the fetch's deadline.

        ``etag`` and ``modified`` (validators of an earlier response) make the request
        conditional (If-None-Match, If-Modified-Since): unchanged, the result is a 304 with no
        content (``Fetched.not_modified``).
        """
        conditions = {}
        if etag:
            conditions["If-None-Match"] = etag
        if modified:
            conditions["If-Modified-Since"] = modified
        token = _DEADLINE.set(time.monotonic() + self.total)
        try:
            response = self._get(url, url, robots=True, headers=conditions or None)
        except InputError as exc:
            raise FetchError(exc.source, exc.problem) from None
        except Exception as exc:  # whatever a hostile server provokes
            raise FetchError(url, f"fetch failed: {first_line(exc)}") from None
        finally:
            _DEADLINE.reset(token)
        if response.status_code >= 400:
            raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
        return Fetched(
            response.url,
            response.content,
            response.media_type,
            response.charset,
            response.status_code,
            response.etag,
            response.last_modified,
        )

    # ------------------------------------------------------------ internals

    def _get(
        self, source: str, url: str, *, robots: bool, headers: dict[str, str] | None = None
    ) -> _Response:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            try:
                check_url(current, allow_private=self.allow_private)
            except InputError as exc:
                if current == source:
                    raise
                # Name the input the user gave, and where it led.
                raise FetchError(source, f"{exc.problem}, after a redirect to {current}") from None
            if robots and not self._robots_allow(current):
                raise FetchError(source, f"disallowed by robots.txt of {urlsplit(current).netloc}")
            with self._paced(current) if robots else nullcontext():
                response = self._request(source, current, headers)
            if response.location is None:
                return response
            try:
                current = urljoin(current, response.location)
            except ValueError as exc:  # "http://[::1": no URL at all
                where = f"after a redirect to {response.location}"
                raise FetchError(source, f"invalid URL ({first_line(exc)}), {where}") from None
        raise FetchError(source, f"too many redirects (more than {MAX_REDIRECTS})")

    def _request(self, source: str, url: str, headers: dict[str, str] | None = None) -> _Response:
        try:
            with self.client.stream("GET", url, headers=headers) as resp:
                location = resp.extensions.get(_LOCATION)
                if location is not None:
                    return _Response(url, resp.status_code, resp.reason_phrase, location=location)
                if resp.status_code >= 400:
                    return _Response(url, resp.status_code, resp.reason_phrase)
                validators = (resp.headers.get("etag"), resp.headers.get("last-modified"))
                if resp.status_code == 304:
                    return _Response(url, 304, resp.reason_phrase, validators=validators)
                content = self._read_capped(source, resp)
                media, charset = parse_content_type(resp.headers.get("content-type", ""))
                return _Response(
                    str(resp.url),
                    resp.status_code,
                    resp.reason_phrase,
                    content,
                    media,
                    charset,
                    validators=validators,
                )
        except httpx.TimeoutException:
            deadline = _DEADLINE.get()
            if deadline is not None and time.monotonic() >= deadline - 0.01:
                raise FetchError(source, f"timed out after {self.total:g} s in total") from None
            raise FetchError(source, f"timed out after {self.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise FetchError(source, _describe(exc)) from None
        except (httpx.InvalidURL, UnicodeError, ValueError) as exc:
            # A Location header httpx cannot even parse (IDNA errors, over-long labels).
            where = "" if url == source else f" (after a redirect to {url})"
            raise FetchError(source, f"invalid URL{where}: {first_line(exc)}") from None

    def _read_capped(self, source: str, resp: httpx.Response) -> bytes:
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(source, too_large(self.max_bytes, int(declared)))
        chunks: list[bytes] = []
        size = 0
        for chunk in decoded_body(source, resp.headers.get("content-encoding", ""), resp):
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(source, too_large(self.max_bytes))
            chunks.append(chunk)
        return b"".join(chunks)

    @contextmanager
    def _paced(self, url: str) -> Iterator[None]:
        pace = self._paces.get(_host_key(url))
        if pace is None:
            yield
            return
        waiting = time.monotonic()
        with pace.lock:  # other threads wanting this host wait here, one request at a time
            time.sleep(max(0.0, pace.last + pace.delay - time.monotonic()))
            deadline = _DEADLINE.get()
            if deadline is not None:  # the host's own pacing is no reason to give up
                _DEADLINE.set(deadline + time.monotonic() - waiting)
            try:
                yield
            finally:
                pace.last = time.monotonic()

    def _robots_allow(self, url: str) -> bool:
        key = _host_key(url)
        with self._robots_lock:
            host_lock = self._host_locks.setdefault(key, threading.Lock())
        with host_lock:  # one robots.txt request per host, however many threads ask
            parser = self.robots.get(key)
            if parser is None:
                parser = self._load_robots(key)
                self.robots[key] = parser
                delay = crawl_delay(parser)
                if delay > 0:
                    self._paces[key] = _Pace(delay)
        return parser.can_fetch(ROBOTS_AGENT, url)

    def _load_robots(self, base: str) -> RobotFileParser:
        parser = RobotFileParser(base + "/robots.txt")
        try:
            response = self._get(base, base + "/robots.txt", robots=False)
        except InputError:
            # Unreachable robots.txt: allow, and let the page fetch report its own error.
            parser.parse([])
            return parser
        if response.status_code in (401, 403):
            parser.disallow_all = True  # type: ignore[attr-defined]  # not in typeshed
        elif response.status_code >= 400:
            parser.parse([])
        else:
            parser.parse(response.content.decode("utf-8", "replace").splitlines())
        return parser


def _take_location(response: httpx.Response) -> None:
    """Take a redirect's Location out of httpx's sight. httpx builds the next request of every
    redirect even when not following it, and raises on a Location it cannot parse (``data:``,
    ``mailto:``, a bad IDNA host) before we could say where it led; we check and follow it."""
    if response.status_code in _REDIRECTS and "location" in response.headers:
        response.extensions = {**response.extensions, _LOCATION: response.headers["location"]}
        del response.headers["location"]


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@dataclass
class _Response:
    url: str
    status_code: int
    reason_phrase: str
    content: bytes = b""
    media_type: str = ""
    charset: str | None = None
    location: str | None = None
    validators: tuple[str | None, str | None] = (None, None)  # ETag, Last-Modified

    @property
    def etag(self) -> str | None:
        return self.validators[0]

    @property
    def last_modified(self) -> str | None:
        return self.validators[1]


def decoded_body(source: str, encoding: str, resp: httpx.Response) -> Iterator[bytes]:
    """The body with its Content-Encoding undone a slice at a time, so that the size cap
    stops a compression bomb (even gzip in gzip) after a few slices rather than after httpx
    has inflated a whole chunk into gigabytes."""
    codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if len(codings) > MAX_CODINGS:
        raise FetchError(source, f"compressed {len(codings)} times over (Content-Encoding)")
    chunks: Iterator[bytes] = resp.iter_raw()
    for coding in reversed(codings):  # the last one applied is the first to undo
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise FetchError(source, f"unsupported Content-Encoding '{coding}'")
        chunks = _inflate(source, chunks, gzip=coding != "deflate")
    return chunks


def _inflate(source: str, chunks: Iterator[bytes], *, gzip: bool) -> Iterator[bytes]:
    """Decompress gzip (one member or several) or deflate (zlib-wrapped or raw, both seen in
    the wild), yielding at most _SLICE bytes at a time; what follows the end is ignored."""
    decomp = None
    try:
        for data in chunks:
            while data:
                if decomp is None:
                    decomp = zlib.decompressobj(_GZIP_BITS if gzip else _deflate_bits(data))
                out = decomp.decompress(data, _SLICE)
                data = decomp.unconsumed_tail
                while len(out) == _SLICE and not data:  # output still pending
                    yield out
                    out = decomp.decompress(b"", _SLICE)
                if out:
                    yield out
                if decomp.eof:
                    rest, decomp = decomp.unused_data, None
                    if not (gzip and rest[:2] == _GZIP_MAGIC):  # no further gzip member
                        return
                    data = rest
    except zlib.error as exc:
        raise FetchError(source, f"corrupt compressed body ({first_line(exc)})") from None


def _deflate_bits(head: bytes) -> int:
    """zlib-wrapped deflate (what the standard says) or raw deflate (what some servers send)."""
    if len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] * 256 + head[1]) % 31 == 0:
        return zlib.MAX_WBITS
    return -zlib.MAX_WBITS


def _describe(exc: httpx.HTTPError) -> str:
    message = (str(exc).splitlines() or [""])[0]
    if message.startswith(_REFUSED):
        return message
    if isinstance(exc, httpx.ConnectError):
        if "refused" in message.lower():
            return "unreachable: connection refused"
        return f"unreachable: {message or 'cannot connect'}"
    return f"fetch failed: {message or type(exc).__name__}"
