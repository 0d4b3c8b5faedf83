"""Watched sources: what a folder, a feed or a URL list holds that was not taken in before.

Each source is read in *units* taken in whole or not at all: a file, a feed entry, a linked
page. A unit's documents and the keys that remember it are stored in one transaction
(``Store.take_in``), so a watcher killed at any point finds, restarted, every unit either
taken (skipped) or not (read again): nothing lost, nothing twice.

- Files (a folder is walked every round) are known by path, then by content: an unchanged
  size and modification time skip the file unread; otherwise its SHA-256 decides.
- Feed entries are known by their id (RSS guid, Atom id) within their feed and by their link
  anywhere, so an entry listed again, or by another feed, is not fetched again.
- URL lists: each URL is known by itself, like a feed entry's link.
- A source fetched over HTTP is asked conditionally (If-None-Match / If-Modified-Since with the
  validators of its last response): a 304 means nothing to read.

Fetching is the ingest stage's ``Reader`` (robots.txt, per-host crawl delay, size and time
limits, private addresses refused); cleaning is the pipeline's.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from storyline.errors import InputError
from storyline.ingest import Reader
from storyline.ingest.encoding import decode
from storyline.ingest.files import expand_inputs, inner_name, is_url, read_capped, read_head
from storyline.ingest.formats import (
    FeedItem,
    feed_item_raw,
    kind_of_response,
    page_raw,
    parse_feed,
    sniff,
    url_lines,
)
from storyline.model import Failure, RawDocument
from storyline.pipeline import Pipeline
from storyline.storeliving import SourceState

GIVE_UP_AFTER = 3  # failed attempts at one feed entry or link before it is given up on

Item = RawDocument | Failure
Job = tuple[str, bool, dict[str, Any] | None]


class SourceError(Exception):
    """The source itself failed (unreachable, HTTP error, not a feed): retried with back-off."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.failure = Failure(source=source, error=problem)


@dataclass
class Polled:
    """What one round found in one source."""

    source: str
    new_doc_ids: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)  # of single files, entries, links
    not_modified: bool = False
    validators: tuple[str | None, str | None] | None = None  # ETag, Last-Modified to keep
    # An entry or link failed and will be tried again: the next request must not be
    # conditional, or an unchanged feed would hide it.
    retry_pending: bool = False


class Poller:
    """Reads what is new in sources; one per round (its reader's robots.txt cache with it)."""

    def __init__(self, pipe: Pipeline, reader: Reader) -> None:
        self.pipe = pipe
        self.store = pipe.store
        self.reader = reader

    def poll(self, source: str, state: SourceState) -> Polled:
        """Take in what is new in ``source``; SourceError when the source itself fails."""
        found = Polled(source)
        if is_url(source):
            self._url(source, state, found)
            return found
        targets = list(expand_inputs([source]))
        paths = [t for t in targets if isinstance(t, str)]
        failed = [t for t in targets if isinstance(t, Failure)]
        if os.path.isdir(source) and not paths:
            return found  # a folder waiting for its first files
        if failed and not paths:
            raise SourceError(source, failed[0].error)
        found.failures += failed
        for path in paths:
            self._file(path, found)
        return found

    # ------------------------------------------------------------ units

    def _take(
        self,
        found: Polled,
        keys: list[str],
        fingerprint: str | None,
        items: list[Item],
        retry: bool = False,
    ) -> None:
        """Clean and store one unit. A unit that gave nothing but failures is, with
        ``retry`` (a fetched page), tried again next round, up to GIVE_UP_AFTER times."""
        raws = [i for i in items if isinstance(i, RawDocument)]
        failures = [i for i in items if isinstance(i, Failure)]
        docs, unclean = self.pipe.clean(raws)
        failures += unclean
        if retry and failures and not docs:
            gave_up = self.store.item_failed(found.source, keys, failures[0].error, GIVE_UP_AFTER)
            note = "given up" if gave_up else "will retry"
            found.retry_pending = found.retry_pending or not gave_up
            found.failures += [
                f.model_copy(update={"error": f"{f.error} ({note})"}) for f in failures
            ]
            return
        found.failures += failures
        found.new_doc_ids += self.store.take_in(found.source, keys, fingerprint, docs)

    def _fresh(self, units: list[tuple[list[str], Any]]) -> list[tuple[list[str], Any]]:
        """Units none of whose keys was taken in (or given up on) before."""
        known = self.store.watch_items(k for keys, _ in units for k in keys)
        return [
            (keys, unit)
            for keys, unit in units
            if not any(k in known and known[k].done for k in keys)
        ]

    # ------------------------------------------------------------ files

    def _file(self, path: str, found: Polled) -> None:
        key = f"file:{os.path.abspath(path)}"
        try:
            stat = os.stat(path)
        except OSError as exc:
            found.failures.append(Failure(source=path, error=f"cannot read: {exc.strerror}"))
            return
        quick = f"{stat.st_size}:{stat.st_mtime_ns}"
        record = self.store.watch_items([key]).get(key)
        seen = (record.fingerprint or "").split("|") if record and record.done else []
        if seen and seen[0] == quick:
            return  # untouched since it was taken in
        content_hash = _sha256(path)
        fingerprint = f"{quick}|{content_hash}"
        if len(seen) > 1 and seen[1] == content_hash:
            self.store.take_in(found.source, [key], fingerprint, [])  # touched, not changed
            return
        try:
            head, complete = read_head(path)
            kind = sniff(inner_name(path), head, complete=complete)
            if kind == "feed":
                self._feed(read_capped(path, self.reader.max_bytes), path, found)
            elif kind == "urls":
                self._links(decode(read_capped(path, self.reader.max_bytes), path), path, found)
            else:
                self._take(found, [key], fingerprint, list(self.reader.read(path)))
                return
        except (InputError, SourceError) as exc:
            failure = exc.failure if isinstance(exc, SourceError) else _failure(exc)
            found.failures.append(failure)
        except OSError as exc:
            found.failures.append(Failure(source=path, error=f"cannot read: {exc}"))
        self.store.take_in(found.source, [key], fingerprint, [])  # its entries are known

    # ------------------------------------------------------------ feeds and links

    def _feed(self, data: bytes, feed: str, found: Polled) -> None:
        try:
            entries = parse_feed(data, feed)
        except InputError as exc:
            raise SourceError(feed, exc.problem) from None
        units = self._fresh([(_entry_keys(feed, entry), entry) for entry in entries])
        carried = [(k, e) for k, e in units if e.body is not None or not e.link]
        linked = [(k, e) for k, e in units if e.body is None and e.link]
        for keys, entry in carried:
            self._take(found, keys, None, [_carried(entry)])
        jobs: list[Job] = [(entry.link, False, entry.hints) for _, entry in linked]
        for (keys, _), items in zip(linked, self._fetch(jobs), strict=True):
            self._take(found, keys, None, items, retry=True)

    def _links(self, text: str, source: str, found: Polled) -> None:
        urls = url_lines(text)
        if urls is None:
            raise SourceError(source, "not a list of URLs (a line is not an http(s) URL)")
        units = self._fresh([([f"link:{url}"], url) for url in dict.fromkeys(urls)])
        jobs: list[Job] = [(url, True, None) for _, url in units]
        for (keys, _), items in zip(units, self._fetch(jobs), strict=True):
            self._take(found, keys, None, items, retry=True)

    def _fetch(self, jobs: list[Job]) -> Iterator[list[Item]]:
        """Each job's items in order, fetched a few at a time with hosts in turn."""
        return self.reader.fetch_each(list(jobs))

    def _url(self, url: str, state: SourceState, found: Polled) -> None:
        try:
            fetched = self.reader.fetcher.fetch(url, etag=state.etag, modified=state.last_modified)
        except InputError as exc:
            raise SourceError(url, exc.problem) from None
        if fetched.not_modified:
            found.not_modified = True
            return
        found.validators = (fetched.etag, fetched.last_modified)
        kind = kind_of_response(fetched.media_type, fetched.content[:8192])
        if kind is None:
            raise SourceError(url, f"unsupported content type {fetched.media_type}")
        if kind == "feed":
            self._feed(fetched.content, url, found)
            return
        text = decode(fetched.content, url, fetched.charset)
        if kind == "text" and url_lines(text) is not None:
            self._links(text, url, found)
            return
        self._page(url, fetched.content, kind, fetched.charset, found)

    def _page(
        self, url: str, content: bytes, kind: Any, charset: str | None, found: Polled
    ) -> None:
        """A watched page: taken in again whenever its content changes."""
        key, fingerprint = f"page:{url}", hashlib.sha256(content).hexdigest()
        record = self.store.watch_items([key]).get(key)
        if record is not None and record.done and record.fingerprint == fingerprint:
            return
        try:
            items: list[Item] = [page_raw(content, url, kind, declared=charset, url=url)]
        except InputError as exc:
            raise SourceError(url, exc.problem) from None
        self._take(found, [key], fingerprint, items)


def _entry_keys(feed: str, entry: FeedItem) -> list[str]:
    """What remembers a feed entry: its id within its feed, its link anywhere; an entry with
    neither, its content."""
    keys = []
    if entry.guid:
        keys.append(f"entry:{feed}#{entry.guid}")
    if entry.link:
        keys.append(f"link:{entry.link}")
    if not keys:
        digest = hashlib.sha256((entry.body or "").encode()).hexdigest()
        keys.append(f"entry:{feed}#sha256:{digest}")
    return keys


def _carried(entry: FeedItem) -> Item:
    try:
        return feed_item_raw(entry)
    except InputError as exc:
        return _failure(exc)


def _failure(exc: InputError) -> Failure:
    return Failure(source=exc.source, error=exc.problem)


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
