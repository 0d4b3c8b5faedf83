"""Embedded SQLite store: every stage's output is persisted so each stage can rerun alone.

Rows keep a few queryable columns plus the model's JSON. Writes happen in one transaction per
batch, so a crash mid-batch leaves the store as it was before that batch.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.errors import InputError
from storyline.model import Analysis, CopyRelation, Document, Story
from storyline.storeliving import LIVING_SCHEMA, LivingRecords
from storyline.storepath import default_db_path
from storyline.storevectors import VECTOR_SCHEMA, VectorRecords

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    published TEXT,
    outlet TEXT,
    language TEXT,
    json TEXT NOT NULL,
    added_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS analyses (
    doc_id TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    size INTEGER NOT NULL,
    start TEXT,
    end TEXT,
    json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS story_members (
    doc_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS story_members_story ON story_members(story_id);
CREATE TABLE IF NOT EXISTS copy_relations (
    doc_id TEXT NOT NULL,
    of_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (doc_id, of_id)
);
CREATE INDEX IF NOT EXISTS copy_relations_of ON copy_relations(of_id);
CREATE TABLE IF NOT EXISTS raw_inputs (
    raw_key TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS state (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
"""


def _connect(path: Path, *, read_only: bool, threads: bool) -> sqlite3.Connection:
    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=not threads)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=30, check_same_thread=not threads)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(SCHEMA)
        conn.executescript(LIVING_SCHEMA)
        conn.executescript(VECTOR_SCHEMA)
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _problem(exc: BaseException) -> str:
    """What went wrong opening the store, in a few words."""
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return f"{exc.filename} is not a folder"
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    message = str(exc) or type(exc).__name__
    if "not a database" in message:
        return "the file is not a Storyline (SQLite) database"
    return message


class Store(LivingRecords, VectorRecords):
    """A handle on one SQLite file. Cheap to open; open one per process or worker.

    The living-story tables (brief versions, stable story ids, watch state) and their
    accessors come from ``storyline.storeliving``; the sentence vectors claim matching reads
    from ``storyline.storevectors``."""

    def __init__(
        self, path: str | Path | None = None, *, read_only: bool = False, threads: bool = False
    ) -> None:
        """Open (or create) the store; ``InputError(path, problem)`` when it cannot be opened:
        a folder that cannot be made, a file that is not an SQLite database, no permission.
        ``read_only`` opens an existing store without any right to write (the web server);
        ``threads`` lets the connection be used from another thread than the one opening it."""
        from storyline.storeindex import ensure_indexes

        self.path = Path(path) if path else default_db_path()
        self.read_only = read_only
        try:
            self.conn = _connect(self.path, read_only=read_only, threads=threads)
            if not read_only:
                ensure_indexes(self.conn)
        except (OSError, sqlite3.Error) as exc:
            raise InputError(str(self.path), f"cannot open the store: {_problem(exc)}") from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ documents

    def put_documents(self, docs: Iterable[Document]) -> dict[str, int]:
        """Upsert by id in one transaction. Returns counts of added, updated, unchanged."""
        counts = {"added": 0, "updated": 0, "unchanged": 0}
        with self.conn:
            for doc in docs:
                self._put_document(doc, counts)
        return counts

    def _put_document(self, doc: Document, counts: dict[str, int]) -> None:
        """Upsert one document inside the caller's transaction, counting what happened."""
        payload = doc.model_dump_json()
        row = self.conn.execute("SELECT json FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if row and row[0] == payload:
            counts["unchanged"] += 1
            return
        counts["updated" if row else "added"] += 1
        self.conn.execute(
            "INSERT INTO documents (id, source, url, title, published, outlet, language,"
            " json) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
            " source=excluded.source, url=excluded.url, title=excluded.title,"
            " published=excluded.published, outlet=excluded.outlet,"
            " language=excluded.language, json=excluded.json",
            (
                doc.id,
                doc.source,
                doc.url,
                doc.title,
                doc.published,
                doc.outlet,
                doc.language,
                payload,
            ),
        )

    def get_document(self, doc_id: str) -> Document | None:
        row = self.conn.execute("SELECT json FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return Document.model_validate_json(row[0]) if row else None

    def documents(self, ids: Iterable[str] | None = None) -> Iterator[Document]:
        """All documents in insertion order, or the given ids in the order given."""
        if ids is None:
            for (payload,) in self.conn.execute("SELECT json FROM documents ORDER BY rowid"):
                yield Document.model_validate_json(payload)
            return
        for doc_id in ids:
            doc = self.get_document(doc_id)
            if doc is not None:
                yield doc

    def put_raw_keys(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Remember which document an input (its bytes, container fields and the cleaner's
        version: see ``pipeline.raw_key``) was cleaned into."""
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO raw_inputs (raw_key, doc_id) VALUES (?, ?)", list(pairs)
            )

    def cleaned_from(self, raw_key: str) -> Document | None:
        """The stored document an identical input was cleaned into, if any."""
        row = self.conn.execute(
            "SELECT d.json FROM raw_inputs r JOIN documents d ON d.id = r.doc_id"
            " WHERE r.raw_key = ?",
            (raw_key,),
        ).fetchone()
        return Document.model_validate_json(row[0]) if row else None

    def count_documents(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    # ------------------------------------------------------------ analyses

    def put_analyses(self, analyses: Iterable[Analysis]) -> None:
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO analyses (doc_id, version, text_hash, json)"
                " VALUES (?, ?, ?, ?)",
                [(a.doc_id, a.version, a.text_hash, a.model_dump_json()) for a in analyses],
            )

    def get_analysis(
        self, doc_id: str, version: str | None = None, text_hash: str | None = None
    ) -> Analysis | None:
        """The stored analysis, or None when missing or stale for that version and text."""
        row = self.conn.execute(
            "SELECT version, text_hash, json FROM analyses WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        if not row:
            return None
        if (version and row[0] != version) or (text_hash and row[1] != text_hash):
            return None
        return Analysis.model_validate_json(row[2])

    # ------------------------------------------------------------ stories

    def put_stories(self, stories: Iterable[Story]) -> None:
        with self.conn:
            for story in stories:
                self._write_story(story)

    def _write_story(self, story: Story) -> None:
        """One story's row and its members (inside the caller's transaction)."""
        self.conn.execute(
            "INSERT OR REPLACE INTO stories (id, label, size, start, end, json)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (story.id, story.label, len(story.doc_ids), story.start, story.end,
             story.model_dump_json()),
        )  # fmt: skip
        self.conn.executemany(
            "INSERT OR REPLACE INTO story_members (doc_id, story_id) VALUES (?, ?)",
            [(doc_id, story.id) for doc_id in story.doc_ids],
        )

    def delete_story(self, story_id: str) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))
            self.conn.execute("DELETE FROM story_members WHERE story_id = ?", (story_id,))

    def clear_stories(self) -> None:
        """Forget every story (not the documents): before the stories are rebuilt."""
        with self.conn:
            self.conn.execute("DELETE FROM stories")
            self.conn.execute("DELETE FROM story_members")

    def clustered_ids(self) -> list[str]:
        """Ids of the documents that belong to a story."""
        return [row[0] for row in self.conn.execute("SELECT doc_id FROM story_members")]

    def stories(self) -> list[Story]:
        rows = self.conn.execute("SELECT json FROM stories ORDER BY size DESC, id")
        return [Story.model_validate_json(payload) for (payload,) in rows]

    def get_story(self, story_id: str) -> Story | None:
        row = self.conn.execute("SELECT json FROM stories WHERE id = ?", (story_id,)).fetchone()
        return Story.model_validate_json(row[0]) if row else None

    def story_of(self, doc_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT story_id FROM story_members WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------ copy relations

    def put_relations(self, relations: Iterable[CopyRelation]) -> None:
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO copy_relations (doc_id, of_id, kind, json)"
                " VALUES (?, ?, ?, ?)",
                [(r.doc_id, r.of_id, r.kind, r.model_dump_json()) for r in relations],
            )

    def relations(self, doc_ids: Iterable[str] | None = None) -> list[CopyRelation]:
        """Relations touching any of doc_ids (all relations when None)."""
        if doc_ids is None:
            rows = self.conn.execute("SELECT json FROM copy_relations").fetchall()
        else:
            wanted = sorted(set(doc_ids))
            rows = []
            # SQLite caps bound parameters per statement, so ask in chunks.
            for i in range(0, len(wanted), 400):
                chunk = wanted[i : i + 400]
                marks = ",".join("?" * len(chunk))
                rows += self.conn.execute(
                    f"SELECT json FROM copy_relations WHERE doc_id IN ({marks})"
                    f" OR of_id IN ({marks})",
                    chunk + chunk,
                ).fetchall()
        found = {}
        for (payload,) in rows:
            rel = CopyRelation.model_validate_json(payload)
            found[(rel.doc_id, rel.of_id)] = rel
        return list(found.values())

    # ------------------------------------------------------------ stage state

    def get_state(self, name: str) -> bytes | None:
        """Opaque per-stage state (e.g. the clustering index) kept between runs."""
        row = self.conn.execute("SELECT value FROM state WHERE name = ?", (name,)).fetchone()
        return bytes(row[0]) if row else None

    def put_state(self, name: str, value: bytes) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO state (name, value) VALUES (?, ?)", (name, value)
            )
