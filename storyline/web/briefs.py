"""Briefs for the web app: built from the store through the pipeline, kept in memory.

A brief is rebuilt only when its story's members or their analyses change: the cache key is
the story's stored row plus the version and text hash of each member's analysis. Building is
serialised (one at a time: it may parse a page, and briefs of big stories are heavy), and a
second request for the same story waits for the first build instead of starting another.

The server never writes to the store: a page the pipeline would re-date from its story is
re-analyzed in memory only (``_NoWrites``), so its result lives in this cache.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from storyline.model import Story
from storyline.pipeline import Pipeline, StoryBrief
from storyline.render.html import brief_body
from storyline.store import Store


class _NoWrites(Store):
    """A read-only store whose analysis writes are dropped (kept by the brief cache)."""

    def put_analyses(self, analyses: object) -> None:
        return None


@dataclass
class CachedBrief:
    result: StoryBrief
    body: str  # the brief's HTML content (escaped; the page layout goes around it)
    json: str


class BriefCache:
    def __init__(self, path: Path, size: int = 128) -> None:
        self.path = path
        self.size = size
        self._items: OrderedDict[str, CachedBrief] = OrderedDict()
        self._lock = threading.Lock()  # the dict
        self._build = threading.Lock()  # one build at a time
        self._store: _NoWrites | None = None

    def key(self, store: Store, story: Story) -> str:
        digest = hashlib.sha256(story.model_dump_json().encode())
        ids = story.doc_ids
        for i in range(0, len(ids), 400):
            chunk = ids[i : i + 400]
            rows = store.conn.execute(
                "SELECT doc_id, version, text_hash, rowid FROM analyses WHERE doc_id IN"
                f" ({','.join('?' * len(chunk))}) ORDER BY doc_id",
                chunk,
            )
            for row in rows:
                digest.update("|".join(map(str, row)).encode())
        return digest.hexdigest()

    def get(self, store: Store, story: Story) -> CachedBrief:
        key = self.key(store, story)
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        with self._build:
            with self._lock:
                if key in self._items:  # built while this request waited
                    return self._items[key]
            built = self._make(story)
        with self._lock:
            self._items[key] = built
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return built

    def cached(self, store: Store, story: Story) -> CachedBrief | None:
        with self._lock:
            return self._items.get(self.key(store, story))

    def _make(self, story: Story) -> CachedBrief:
        if self._store is None:
            self._store = _NoWrites(self.path, read_only=True, threads=True)
        result = Pipeline(self._store).brief(story)
        body = brief_body(result.brief, result.documents)
        return CachedBrief(result, body, result.brief.model_dump_json(indent=2))
