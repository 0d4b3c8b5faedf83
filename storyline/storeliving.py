"""The store's tables for living stories, and their accessors (a mixin of ``Store``).

- ``brief_versions``: every brief built, numbered per story, with the pages it covered, its
  JSON and what changed since the version before it;
- ``story_identity`` and ``story_links``: which stable story each document belongs to, and the
  merges and splits that retired or spawned story ids;
- ``watch_sources``, ``watch_items`` and ``watch_pending``: what the watcher knows of each source
  (HTTP validators, failures and back-off), which feed items, links and files it has taken in,
  and which stored pages still wait for their story's brief.

Documents and the watch rows that took them in are written in one transaction, so a watcher
killed at any point either has both or neither: restarted, it neither loses nor repeats an item.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from storyline.model import Brief, BriefVersion, ChangeReport, Document, Story, StoryLink

LIVING_SCHEMA = """
CREATE TABLE IF NOT EXISTS brief_versions (
    story_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    built_at TEXT NOT NULL,
    headline TEXT NOT NULL,
    lead_doc_id TEXT,
    digest TEXT NOT NULL,
    doc_ids TEXT NOT NULL,
    added INTEGER NOT NULL DEFAULT 0,
    changed INTEGER NOT NULL DEFAULT 0,
    brief TEXT NOT NULL,
    changes TEXT,
    PRIMARY KEY (story_id, version)
);
CREATE TABLE IF NOT EXISTS story_identity (
    doc_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS story_identity_story ON story_identity(story_id);
CREATE TABLE IF NOT EXISTS story_links (
    old_id TEXT NOT NULL,
    new_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (old_id, new_id, kind)
);
CREATE INDEX IF NOT EXISTS story_links_new ON story_links(new_id);
CREATE TABLE IF NOT EXISTS watch_sources (
    source TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    next_try REAL NOT NULL DEFAULT 0,
    last_error TEXT,
    last_ok TEXT
);
CREATE TABLE IF NOT EXISTS watch_items (
    key TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    fingerprint TEXT,
    doc_ids TEXT NOT NULL DEFAULT '[]',
    attempts INTEGER NOT NULL DEFAULT 0,
    done INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    seen_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS watch_pending (
    doc_id TEXT PRIMARY KEY
);
"""

_VERSION_COLUMNS = (
    "story_id, version, built_at, headline, lead_doc_id, digest, doc_ids, added, changed"
)


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass
class SourceState:
    """What the watcher remembers of one source between rounds."""

    source: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0  # consecutive failed rounds
    next_try: float = 0.0  # epoch seconds: not polled before (back-off after failures)
    last_error: str | None = None
    last_ok: str | None = None


@dataclass
class ItemRecord:
    """One feed item, link or file the watcher has met."""

    key: str
    fingerprint: str | None
    attempts: int
    done: bool


def _version(row: tuple) -> BriefVersion:
    story_id, version, built_at, headline, lead, digest, doc_ids, added, changed = row
    return BriefVersion(
        story_id=story_id,
        version=version,
        built_at=built_at,
        headline=headline,
        lead_doc_id=lead,
        digest=digest,
        doc_ids=json.loads(doc_ids),
        added=added,
        changed=changed,
    )


class LivingRecords:
    """Accessors over the living-story tables; ``Store`` inherits them."""

    conn: sqlite3.Connection

    def _put_document(self, doc: Document, counts: dict[str, int]) -> None:
        raise NotImplementedError  # Store's upsert, inside the caller's transaction

    def _write_story(self, story: Story) -> None:
        raise NotImplementedError  # Store's story row and members, inside the transaction

    # ------------------------------------------------------------ brief versions

    def put_brief_version(
        self, version: BriefVersion, brief: Brief, changes: ChangeReport | None
    ) -> None:
        with self.conn:
            self.conn.execute(
                f"INSERT OR REPLACE INTO brief_versions ({_VERSION_COLUMNS}, brief, changes)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    version.story_id,
                    version.version,
                    version.built_at,
                    version.headline,
                    version.lead_doc_id,
                    version.digest,
                    json.dumps(version.doc_ids),
                    version.added,
                    version.changed,
                    brief.model_dump_json(),
                    changes.model_dump_json() if changes else None,
                ),
            )

    def brief_versions(self, story_id: str) -> list[BriefVersion]:
        """A story's stored briefs, oldest first (without their JSON)."""
        rows = self.conn.execute(
            f"SELECT {_VERSION_COLUMNS} FROM brief_versions WHERE story_id = ? ORDER BY version",
            (story_id,),
        )
        return [_version(row) for row in rows]

    def get_brief_version(self, story_id: str, version: int | None = None) -> BriefVersion | None:
        """One version of a story's brief; the latest when ``version`` is None."""
        query = f"SELECT {_VERSION_COLUMNS} FROM brief_versions WHERE story_id = ?"
        if version is None:
            row = self.conn.execute(query + " ORDER BY version DESC LIMIT 1", (story_id,))
        else:
            row = self.conn.execute(query + " AND version = ?", (story_id, version))
        found = row.fetchone()
        return _version(found) if found else None

    def version_brief(self, story_id: str, version: int) -> Brief | None:
        """The brief as that version stored it."""
        row = self.conn.execute(
            "SELECT brief FROM brief_versions WHERE story_id = ? AND version = ?",
            (story_id, version),
        ).fetchone()
        return Brief.model_validate_json(row[0]) if row else None

    def version_changes(self, story_id: str, version: int) -> ChangeReport | None:
        """What that version brought compared with the version before it (None for a first)."""
        row = self.conn.execute(
            "SELECT changes FROM brief_versions WHERE story_id = ? AND version = ?",
            (story_id, version),
        ).fetchone()
        return ChangeReport.model_validate_json(row[0]) if row and row[0] else None

    def versioned_stories(self) -> list[str]:
        """Ids of the stories with at least one stored brief, most recently built first."""
        rows = self.conn.execute(
            "SELECT story_id FROM brief_versions GROUP BY story_id ORDER BY max(built_at) DESC,"
            " story_id"
        )
        return [row[0] for row in rows]

    # ------------------------------------------------------------ story identity

    def identity_of(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """The stable story each document was last mapped to."""
        wanted = list(dict.fromkeys(doc_ids))
        found: dict[str, str] = {}
        for i in range(0, len(wanted), 400):
            chunk = wanted[i : i + 400]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT doc_id, story_id FROM story_identity WHERE doc_id IN ({marks})", chunk
            )
            found.update(dict(rows.fetchall()))
        return found

    def identity_members(self, story_id: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT doc_id FROM story_identity WHERE story_id = ? ORDER BY rowid", (story_id,)
        )
        return [row[0] for row in rows]

    def story_id_used(self, story_id: str) -> bool:
        """Whether an id was ever given to a story (so it is never given to another)."""
        for query in (
            "SELECT 1 FROM story_identity WHERE story_id = ?1 LIMIT 1",
            "SELECT 1 FROM story_links WHERE old_id = ?1 OR new_id = ?1 LIMIT 1",
            "SELECT 1 FROM brief_versions WHERE story_id = ?1 LIMIT 1",
        ):
            if self.conn.execute(query, (story_id,)).fetchone():
                return True
        return False

    def apply_identity(
        self, stories: list[Story], retired: Iterable[str], links: list[StoryLink]
    ) -> None:
        """Store stories under their stable ids in one transaction: rows of ids clustering
        used (``retired``: renamed or merged away) go, each member document is mapped to
        its stable story, and merges and splits are recorded."""
        with self.conn:
            for old in retired:
                self.conn.execute("DELETE FROM stories WHERE id = ?", (old,))
                self.conn.execute("DELETE FROM story_members WHERE story_id = ?", (old,))
            for story in stories:
                self._write_story(story)
                pairs = [(doc_id, story.id) for doc_id in story.doc_ids]
                self.conn.executemany(
                    "INSERT OR REPLACE INTO story_identity (doc_id, story_id) VALUES (?, ?)", pairs
                )
            self.conn.executemany(
                "INSERT OR IGNORE INTO story_links (old_id, new_id, kind, at) VALUES (?, ?, ?, ?)",
                [(link.old_id, link.new_id, link.kind, link.at) for link in links],
            )

    def story_links(self, story_id: str | None = None) -> list[StoryLink]:
        """Merges and splits that involve ``story_id`` (all when None), oldest first."""
        query = "SELECT old_id, new_id, kind, at FROM story_links"
        params: tuple[str, ...] = ()
        if story_id is not None:
            query += " WHERE old_id = ? OR new_id = ?"
            params = (story_id, story_id)
        rows = self.conn.execute(query + " ORDER BY at, rowid", params)
        return [StoryLink(old_id=a, new_id=b, kind=k, at=t) for a, b, k, t in rows]

    def resolve_story(self, story_id: str) -> str | None:
        """The current id of a story: itself, or the story it merged into (followed through
        later merges); None for an id never given. A story that split keeps its id."""
        current, seen = story_id, set()
        while current not in seen:
            seen.add(current)
            if self.conn.execute("SELECT 1 FROM stories WHERE id = ?", (current,)).fetchone():
                return current
            row = self.conn.execute(
                "SELECT new_id FROM story_links WHERE old_id = ? AND kind = 'merged'"
                " ORDER BY at DESC, rowid DESC LIMIT 1",
                (current,),
            ).fetchone()
            if row is None:
                return current if self.story_id_used(current) else None
            current = row[0]
        return None

    # ------------------------------------------------------------ watching

    def source_state(self, source: str) -> SourceState:
        row = self.conn.execute(
            "SELECT etag, last_modified, failures, next_try, last_error, last_ok"
            " FROM watch_sources WHERE source = ?",
            (source,),
        ).fetchone()
        return SourceState(source, *row) if row else SourceState(source)

    def put_source_state(self, state: SourceState) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO watch_sources (source, etag, last_modified, failures,"
                " next_try, last_error, last_ok) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    state.source,
                    state.etag,
                    state.last_modified,
                    state.failures,
                    state.next_try,
                    state.last_error,
                    state.last_ok,
                ),
            )

    def watch_items(self, keys: Iterable[str]) -> dict[str, ItemRecord]:
        wanted = list(dict.fromkeys(keys))
        found: dict[str, ItemRecord] = {}
        for i in range(0, len(wanted), 400):
            chunk = wanted[i : i + 400]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT key, fingerprint, attempts, done FROM watch_items WHERE key IN ({marks})",
                chunk,
            )
            for key, fingerprint, attempts, done in rows:
                found[key] = ItemRecord(key, fingerprint, attempts, bool(done))
        return found

    def take_in(
        self, source: str, keys: list[str], fingerprint: str | None, docs: list[Document]
    ) -> list[str]:
        """Store an item's documents and mark its keys taken in, in one transaction; the
        documents the store did not hold as they are wait in ``watch_pending`` for their
        story's brief. Returns their ids."""
        fresh = []
        with self.conn:
            for doc in docs:
                counts = {"added": 0, "updated": 0, "unchanged": 0}
                self._put_document(doc, counts)
                if not counts["unchanged"]:
                    fresh.append(doc.id)
            self._mark(source, keys, fingerprint, [d.id for d in docs], error=None, done=True)
            self.conn.executemany(
                "INSERT OR IGNORE INTO watch_pending (doc_id) VALUES (?)", [(i,) for i in fresh]
            )
        return fresh

    def item_failed(self, source: str, keys: list[str], error: str, give_up_after: int) -> bool:
        """Count a failed attempt at an item; True when it is given up on (not retried)."""
        known = self.watch_items(keys[:1]).get(keys[0]) if keys else None
        attempts = (known.attempts if known else 0) + 1
        done = attempts >= give_up_after
        with self.conn:
            self._mark(source, keys, None, [], error=error, done=done, attempts=attempts)
        return done

    def _mark(
        self,
        source: str,
        keys: list[str],
        fingerprint: str | None,
        doc_ids: list[str],
        *,
        error: str | None,
        done: bool,
        attempts: int = 1,
    ) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO watch_items (key, source, fingerprint, doc_ids, attempts,"
            " done, error, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    key,
                    source,
                    fingerprint,
                    json.dumps(doc_ids),
                    attempts,
                    int(done),
                    error,
                    now_iso(),
                )
                for key in keys
            ],
        )

    def pending_ids(self) -> list[str]:
        """Stored pages whose story's brief has not been rebuilt since they came in."""
        return [row[0] for row in self.conn.execute("SELECT doc_id FROM watch_pending")]

    def clear_pending(self, doc_ids: Iterable[str]) -> None:
        with self.conn:
            self.conn.executemany(
                "DELETE FROM watch_pending WHERE doc_id = ?", [(i,) for i in doc_ids]
            )
