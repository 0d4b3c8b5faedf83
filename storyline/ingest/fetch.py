"""A careful HTTP fetcher: http(s) only, timeouts, a size cap, robots.txt (its rules and its
Crawl-delay), no private addresses.

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
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

from storyline.errors import InputError

try:
    VERSION = version("storyline")
except PackageNotFoundError:  # running from a source tree that was never installed
    VERSION = "0.0.0"

USER_AGENT = f"Storyline/{VERSION} (+https://github.com/storyline-news/storyline)"
ROBOTS_AGENT = "Storyline"
MAX_REDIRECTS = 5
DEFAULT_MAX_BYTES = 50 * 2**20
# A longer Crawl-delay (some sites ask for hours) would stall an ingest run; 30 s is still polite.
MAX_CRAWL_DELAY = 30.0
_REFUSED = "refused: "  # prefix of the guard's connect errors, to map them back to a message


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
    """True for an address on the public internet."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
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
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        scheme = parts.scheme or "no scheme"
        raise InputError(url, f"unsupported URL scheme '{scheme}' (only http and https)")
    host = parts.hostname
    if not host:
        raise InputError(url, "URL has no host")
    if allow_private:
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise InputError(url, f"cannot resolve host {host} ({exc})") from None
    for info in infos:
        address = str(info[4][0])
        if not is_public(address):
            what = (
                f"{address} is not a public address"
                if address == host.strip("[]")
                else f"{host} resolves to non-public address {address}"
            )
            raise InputError(url, f"refused: {what} (use --allow-private to allow)")


class _GuardedBackend(httpcore.NetworkBackend):
    """Checks the peer address of every new connection, after DNS has been resolved for real."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self.inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: object = None,
    ) -> httpcore.NetworkStream:
        stream = self.inner.connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )  # type: ignore[arg-type]
        sock = stream.get_extra_info("socket")
        peer = sock.getpeername()[0] if sock is not None else None
        if peer is None or not is_public(peer):
            stream.close()
            raise httpcore.ConnectError(
                f"{_REFUSED}{host} connected to non-public address {peer}"
                " (use --allow-private to allow)"
            )
        return stream

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
    if not allow_private and backend is not None:
        # httpx has no public hook for the socket layer, so this uses a private attribute; if a
        # future httpx moves it, the check of resolved addresses before each hop still holds.
        pool._network_backend = _GuardedBackend(backend)  # type: ignore[union-attr]
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
            headers={"User-Agent": USER_AGENT},
            follow_redirects=False,
            trust_env=False,
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ public

    def fetch(self, url: str, *, etag: str | None = None, modified: str | None = None) -> Fetched:
        """GET ``url`` following redirects; raises InputError(url, problem) on any failure.

        A host whose robots.txt sets ``Crawl-delay`` (or ``Request-rate``) gets one request at a
        time, that many seconds after the previous one ended, capped at MAX_CRAWL_DELAY (30 s);
        the robots.txt request itself is not held back.

        ``etag`` and ``modified`` (validators of an earlier response) make the request
        conditional (If-None-Match, If-Modified-Since): unchanged, the result is a 304 with no
        content (``Fetched.not_modified``).
        """
        conditions = {}
        if etag:
            conditions["If-None-Match"] = etag
        if modified:
            conditions["If-Modified-Since"] = modified
        response = self._get(url, url, robots=True, headers=conditions or None)
        if response.status_code >= 400:
            raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
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
                raise InputError(source, f"{exc.problem}, after a redirect to {current}") from None
            if robots and not self._robots_allow(current):
                raise InputError(source, f"disallowed by robots.txt of {urlsplit(current).netloc}")
            with self._paced(current) if robots else nullcontext():
                response = self._request(source, current, headers)
            if response.location is None:
                return response
            current = urljoin(current, response.location)
        raise InputError(source, f"too many redirects (more than {MAX_REDIRECTS})")

    def _request(self, source: str, url: str, headers: dict[str, str] | None = None) -> _Response:
        try:
            with self.client.stream("GET", url, headers=headers) as resp:
                if resp.is_redirect and "location" in resp.headers:
                    return _Response(
                        url, resp.status_code, resp.reason_phrase, location=resp.headers["location"]
                    )
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
            raise InputError(source, f"timed out after {self.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise InputError(source, _describe(exc)) from None

    def _read_capped(self, source: str, resp: httpx.Response) -> bytes:
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise InputError(source, too_large(self.max_bytes, int(declared)))
        # The read timeout resets on every chunk; a total deadline stops a slow trickle.
        deadline = time.monotonic() + 3 * self.timeout
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_bytes():  # decoded: the cap also bounds a compression bomb
            size += len(chunk)
            if size > self.max_bytes:
                raise InputError(source, too_large(self.max_bytes))
            if time.monotonic() > deadline:
                raise InputError(source, f"timed out after {3 * self.timeout:g} s in total")
            chunks.append(chunk)
        return b"".join(chunks)

    @contextmanager
    def _paced(self, url: str) -> Iterator[None]:
        pace = self._paces.get(_host_key(url))
        if pace is None:
            yield
            return
        with pace.lock:  # other threads wanting this host wait here, one request at a time
            time.sleep(max(0.0, pace.last + pace.delay - time.monotonic()))
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
            parser.disallow_all = True
        elif response.status_code >= 400:
            parser.parse([])
        else:
            parser.parse(response.content.decode("utf-8", "replace").splitlines())
        return parser


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


def parse_content_type(header: str) -> tuple[str, str | None]:
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media.strip().lower(), charset


def _describe(exc: httpx.HTTPError) -> str:
    message = (str(exc).splitlines() or [""])[0]
    if message.startswith(_REFUSED):
        return message
    if isinstance(exc, httpx.ConnectError):
        if "refused" in message.lower():
            return "unreachable: connection refused"
        return f"unreachable: {message or 'cannot connect'}"
    return f"fetch failed: {message or type(exc).__name__}"


def too_large(limit: int, size: int | None = None, what: str = "too large") -> str:
    """The one-line problem for content over the size cap."""
    stated = f"{size:,} bytes, " if size is not None else ""
    return f"{what} ({stated}over the {limit / 2**20:g} MB limit)"
