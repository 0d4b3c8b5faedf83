"""Ingest: files, folders, globs and http(s) URLs in; RawDocuments (or one-line Failures) out.

Formats: .txt, .html/.htm and .gz of either; .jsonl (one article a line) and .json (an article
or a list of them); .warc/.warc.gz (HTML responses); RSS/Atom feeds (items with full content, or
their linked pages fetched); lists of URLs (.urls, or any text file of nothing but http(s) URLs).
Content decides over the file name.
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from storyline.errors import InputError, first_line
from storyline.ingest.encoding import decode
from storyline.ingest.files import (
    expand_inputs,
    inner_name,
    is_url,
    open_binary,
    open_regular,
    read_capped,
    read_head,
)
from storyline.ingest.formats import (
    feed_item_raw,
    json_items,
    jsonl_items,
    kind_of_response,
    page_raw,
    parse_feed,
    sniff,
    url_lines,
    warc_items,
)
from storyline.ingest.urlparts import DEFAULT_MAX_BYTES
from storyline.model import Failure, RawDocument

if TYPE_CHECKING:  # the HTTP client loads with the first URL: reading files needs none
    from storyline.ingest.fetch import Fetcher

__all__ = ["Reader", "decode", "expand_inputs", "iter_raw"]

Item = RawDocument | Failure
FETCH_WORKERS = 4  # pages fetched at once from a URL list or feed: quicker, still polite


class Reader:
    """Reads one file or URL at a time; shares one fetcher (pool, robots cache) across them."""

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
        self._fetcher: Fetcher | None = None
        self._lock = threading.Lock()

    @property
    def fetcher(self) -> Fetcher:
        with self._lock:  # fetch threads may ask at once
            if self._fetcher is None:  # only when a URL comes up: local files need no client
                from storyline.ingest.fetch import Fetcher

                self._fetcher = Fetcher(
                    allow_private=self.allow_private, timeout=self.timeout, max_bytes=self.max_bytes
                )
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, target: str) -> Iterator[Item]:
        """Everything one file or URL holds."""
        if is_url(target):
            yield from self._url(target, feeds=True)
        else:
            yield from self._file(target)

    # ------------------------------------------------------------ files

    def _file(self, path: str) -> Iterator[Item]:
        try:
            yield from self._file_items(path)
        except InputError as exc:
            yield Failure(source=exc.source, error=exc.problem)
        except (EOFError, zlib.error, OSError) as exc:
            yield Failure(source=path, error=_describe_io(exc))
        except Exception as exc:  # warcio's ArchiveLoadFailed and other parser errors
            yield Failure(source=path, error=f"cannot read: {first_line(exc)}")

    def _file_items(self, path: str) -> Iterator[Item]:
        head, complete = read_head(path)
        if not head.strip():
            raise InputError(path, "empty file (no text)")
        kind = sniff(inner_name(path), head, complete=complete)
        if kind == "warc":
            with open_regular(path) as stream:  # warcio decompresses .warc.gz itself
                yield from warc_items(stream, path, self.max_bytes)
            return
        if kind == "jsonl":
            with open_binary(path) as stream:
                yield from jsonl_items(stream, path, self.max_bytes)
            return
        # Most pages fit in the head already read: no second read of the file.
        small = complete and len(head) <= self.max_bytes
        data = head if small else read_capped(path, self.max_bytes)
        if kind == "json":
            yield from json_items(data, path, self.max_bytes)
        elif kind == "feed":
            yield from self._feed(data, path)
        elif kind == "urls":
            yield from self._url_list(data, path)
        elif kind == "xml":
            raise InputError(path, "XML that is not an RSS or Atom feed")
        else:
            yield page_raw(data, path, kind)

    def _url_list(self, data: bytes, path: str) -> Iterator[Item]:
        text = decode(data, path)
        if url_lines(text) is None and not inner_name(path).lower().endswith(".urls"):
            yield page_raw(data, path, "text")  # only its first lines were URLs
            return
        jobs: list[tuple[str, bool, dict[str, Any] | None] | Failure] = []
        for number, line in enumerate(text.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if is_url(line) and " " not in line:
                jobs.append((line, True, None))
            else:
                jobs.append(Failure(source=f"{path}:{number}", error="not a URL"))
        yield from self._fetch_all(jobs)

    def _fetch_all(
        self, jobs: list[tuple[str, bool, dict[str, Any] | None] | Failure]
    ) -> Iterator[Item]:
        """Fetch several URLs a few at a time; results come back in the order given."""
        for items in self.fetch_each(jobs):
            yield from items

    def fetch_each(
        self, jobs: list[tuple[str, bool, dict[str, Any] | None] | Failure]
    ) -> Iterator[list[Item]]:
        """What each job (url, feeds allowed, feed item hints) gave, job by job in the order
        given, fetched a few at a time with hosts taken in turn."""

        def run(job: tuple[str, bool, dict[str, Any] | None] | Failure) -> list[Item]:
            if isinstance(job, Failure):
                return [job]
            url, feeds, hints = job
            return list(self._url(url, feeds=feeds, hints=hints))

        if len(jobs) <= 1:
            for job in jobs:
                yield run(job)
            return
        with ThreadPoolExecutor(max_workers=FETCH_WORKERS) as pool:
            # Submitted host by host in turn: a host that asks for a crawl delay serves one
            # request at a time, and its queued URLs must not hold every worker meanwhile.
            futures = {i: pool.submit(run, jobs[i]) for i in _round_robin(jobs)}
            for i in range(len(jobs)):
                yield futures[i].result()

    # ------------------------------------------------------------ web

    def _url(self, url: str, *, feeds: bool, hints: dict[str, Any] | None = None) -> Iterator[Item]:
        try:
            fetched = self.fetcher.fetch(url)
            if not fetched.content.strip():
                raise InputError(url, "empty response")
            kind = kind_of_response(fetched.media_type, fetched.content[:8192])
            if kind is None:
                raise InputError(url, f"unsupported content type {fetched.media_type}")
            if kind == "feed":
                if not feeds:
                    raise InputError(url, "link points to another feed, not to an article")
                yield from self._feed(fetched.content, url)
                return
            # A page reached through a feed keeps format "feed": its hints came from there.
            yield page_raw(
                fetched.content,
                url,
                kind,
                declared=fetched.charset,
                fmt="feed" if hints is not None else None,
                **{**(hints or {}), "url": fetched.url},
            )
        except InputError as exc:
            yield Failure(source=exc.source, error=exc.problem)
        except Exception as exc:  # a parser's bug on a hostile response: that URL fails alone
            yield Failure(source=url, error=f"cannot read: {first_line(exc)}")

    def _feed(self, data: bytes, source: str) -> Iterator[Item]:
        try:
            items = parse_feed(data, source)
        except InputError as exc:
            yield Failure(source=exc.source, error=exc.problem)
            return
        jobs: list[tuple[str, bool, dict[str, Any] | None] | Failure] = []
        for item in items:
            if item.body is not None or not item.link:
                try:
                    yield feed_item_raw(item)
                except InputError as exc:
                    yield Failure(source=exc.source, error=exc.problem)
            else:
                jobs.append((item.link, False, item.hints))
        yield from self._fetch_all(jobs)


def _round_robin(jobs: list[tuple[str, bool, dict[str, Any] | None] | Failure]) -> list[int]:
    """Job indices taking one from each host in turn (a, b, a, b, a rather than a, a, a, b, b)."""
    by_host: dict[str, list[int]] = {}
    for i, job in enumerate(jobs):
        host = "" if isinstance(job, Failure) else urlsplit(job[0]).netloc.lower()
        by_host.setdefault(host, []).append(i)
    queues = list(by_host.values())
    order: list[int] = []
    for turn in range(max(map(len, queues), default=0)):
        order.extend(queue[turn] for queue in queues if turn < len(queue))
    return order


def iter_raw(
    inputs: list[str],
    *,
    allow_private: bool = False,
    timeout: float = 20,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Item]:
    """Read every input (file, folder, glob or http(s) URL) and yield its items in order.

    One bad input or item is one Failure; the rest go on.
    """
    with Reader(allow_private=allow_private, timeout=timeout, max_bytes=max_bytes) as reader:
        for target in expand_inputs(inputs):
            if isinstance(target, Failure):
                yield target
            else:
                yield from reader.read(target)


def _describe_io(exc: BaseException) -> str:
    if isinstance(exc, EOFError | zlib.error) or "gzip" in type(exc).__name__.lower():
        return "truncated or corrupt gzip data"
    if isinstance(exc, PermissionError):
        return "permission denied"
    message = getattr(exc, "strerror", None) or str(exc)
    return f"cannot read: {message}"
