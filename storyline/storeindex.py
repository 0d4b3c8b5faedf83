"""Search and entity-index tables of the store (additive: a store an older release wrote gets
them, filled from what it holds, the first time it is opened for writing).

- ``doc_search``: SQLite FTS5 over each document's title and cleaned text. It reads its
  content from the ``documents`` rows (through a view, so the text is not stored twice) and
  triggers keep it in step with every insert, update and delete of a document.
- ``quote_index`` / ``quote_search``: one row per quote of every stored analysis, kept in step
  by a trigger on ``analyses`` (an analysis replaced drops its old quotes).
- ``entity_index``, ``entity_mentions`` (offsets into a document's text),
  ``entity_title_mentions`` (offsets into its title), ``entity_members`` / ``entity_search``:
  the cross-document, cross-story entity index; written whole by ``storyline.entityindex``.
"""

from __future__ import annotations

import sqlite3

_DOC_TEXT = "json_extract({row}.json, '$.text')"

SCHEMA = f"""
CREATE VIEW IF NOT EXISTS document_text AS
    SELECT rowid AS rid, title, {_DOC_TEXT.format(row="documents")} AS text FROM documents;
CREATE VIRTUAL TABLE IF NOT EXISTS doc_search USING fts5(
    title, text, content='document_text', content_rowid='rid',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS documents_search_ai AFTER INSERT ON documents BEGIN
    INSERT INTO doc_search(rowid, title, text)
    VALUES (new.rowid, new.title, {_DOC_TEXT.format(row="new")});
END;
CREATE TRIGGER IF NOT EXISTS documents_search_ad AFTER DELETE ON documents BEGIN
    INSERT INTO doc_search(doc_search, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, {_DOC_TEXT.format(row="old")});
END;
CREATE TRIGGER IF NOT EXISTS documents_search_au AFTER UPDATE ON documents BEGIN
    INSERT INTO doc_search(doc_search, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, {_DOC_TEXT.format(row="old")});
    INSERT INTO doc_search(rowid, title, text)
    VALUES (new.rowid, new.title, {_DOC_TEXT.format(row="new")});
END;

CREATE TABLE IF NOT EXISTS quote_index (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    kind TEXT,
    speaker TEXT,
    speaker_key TEXT,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quote_index_doc ON quote_index(doc_id, speaker_key);
CREATE VIRTUAL TABLE IF NOT EXISTS quote_search USING fts5(
    speaker, text, content='quote_index', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS quote_index_ai AFTER INSERT ON quote_index BEGIN
    INSERT INTO quote_search(rowid, speaker, text) VALUES (new.id, new.speaker, new.text);
END;
CREATE TRIGGER IF NOT EXISTS quote_index_ad AFTER DELETE ON quote_index BEGIN
    INSERT INTO quote_search(quote_search, rowid, speaker, text)
    VALUES ('delete', old.id, old.speaker, old.text);
END;
CREATE TRIGGER IF NOT EXISTS analyses_quotes_ai AFTER INSERT ON analyses BEGIN
    DELETE FROM quote_index WHERE doc_id = new.doc_id;
    INSERT INTO quote_index (doc_id, start, end, kind, speaker, speaker_key, text)
    SELECT new.doc_id, json_extract(value, '$.start'), json_extract(value, '$.end'),
           json_extract(value, '$.kind'), json_extract(value, '$.speaker'),
           json_extract(value, '$.speaker_key'), json_extract(value, '$.text')
    FROM json_each(new.json, '$.quotes');
END;

CREATE TABLE IF NOT EXISTS entity_index (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    label TEXT NOT NULL,
    aliases TEXT NOT NULL,
    roles TEXT NOT NULL,
    docs INTEGER NOT NULL,
    mentions INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS entity_mentions (
    key TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entity_mentions_key ON entity_mentions(key, doc_id);
CREATE INDEX IF NOT EXISTS entity_mentions_doc ON entity_mentions(doc_id);
CREATE TABLE IF NOT EXISTS entity_title_mentions (
    key TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entity_title_mentions_key ON entity_title_mentions(key);
CREATE TABLE IF NOT EXISTS entity_members (
    doc_id TEXT NOT NULL,
    local_key TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (doc_id, local_key)
);
CREATE INDEX IF NOT EXISTS entity_members_key ON entity_members(key);
CREATE VIRTUAL TABLE IF NOT EXISTS entity_search USING fts5(
    name, aliases, content='entity_index', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
"""

# Rows an older store already holds, indexed once when the tables are first made.
_FILL_QUOTES = """
INSERT INTO quote_index (doc_id, start, end, kind, speaker, speaker_key, text)
SELECT a.doc_id, json_extract(q.value, '$.start'), json_extract(q.value, '$.end'),
       json_extract(q.value, '$.kind'), json_extract(q.value, '$.speaker'),
       json_extract(q.value, '$.speaker_key'), json_extract(q.value, '$.text')
FROM analyses a, json_each(a.json, '$.quotes') q
"""


def ensure_indexes(conn: sqlite3.Connection) -> None:
    """Create the tables and triggers; fill them from existing rows when they are new."""
    had = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE name IN ('doc_search', 'quote_index')"
        )
    }
    with conn:
        conn.executescript(SCHEMA)
        if "doc_search" not in had:
            conn.execute("INSERT INTO doc_search(doc_search) VALUES ('rebuild')")
        if "quote_index" not in had:
            conn.execute(_FILL_QUOTES)
