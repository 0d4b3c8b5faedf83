"""The store's table of sentence embeddings, and its accessors (a mixin of ``Store``).

``sentence_vectors`` keeps the embedding of a sentence of a stored document, keyed by the
document, the sentence's span in its text and the embedding model's id (``model``: the model,
its package and library versions, how much of the sentence it reads). ``text_hash`` is a hash
of the text embedded, so a vector is never read for a sentence whose text has changed (a page
cleaned again by a newer cleaner keeps its id). Vectors are float32 bytes, as computed: a brief
that reads them matches claims exactly as the brief that computed them did.

The brief of a story embeds its most central sentences to match claims by meaning
(``storyline.synthesize.claims``); loading the model costs seconds, reading 160 rows does not.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported where vectors are read or written: `storyline --help`
    import numpy as np  # and every command that never embeds skip its import.

VECTOR_SCHEMA = """
CREATE TABLE IF NOT EXISTS sentence_vectors (
    doc_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    model TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (doc_id, start, end, model)
);
"""

SpanKey = tuple[str, int, int]  # document id, start and end of the sentence in its text
_CHUNK = 500  # ids per query, well under SQLite's limit on parameters


class VectorRecords:
    """Sentence vectors of the store (see the module docstring)."""

    conn: sqlite3.Connection
    read_only: bool

    def sentence_vectors(
        self, doc_ids: Iterable[str], model: str
    ) -> dict[SpanKey, tuple[str, np.ndarray]]:
        """Stored vectors of these documents' sentences made by ``model``, with the hash of
        the text each embeds. Empty for a store written before the table existed."""
        import numpy as np

        ids = list(dict.fromkeys(doc_ids))
        out: dict[SpanKey, tuple[str, np.ndarray]] = {}
        for k in range(0, len(ids), _CHUNK):
            chunk = ids[k : k + _CHUNK]
            marks = ",".join("?" * len(chunk))
            try:
                rows = self.conn.execute(
                    "SELECT doc_id, start, end, text_hash, vector FROM sentence_vectors"
                    f" WHERE model = ? AND doc_id IN ({marks})",
                    [model, *chunk],
                ).fetchall()
            except sqlite3.OperationalError:  # an older store opened read-only
                return {}
            for doc_id, start, end, text_hash, blob in rows:
                out[(doc_id, start, end)] = (text_hash, np.frombuffer(blob, dtype=np.float32))
        return out

    def put_sentence_vectors(
        self, vectors: Mapping[SpanKey, tuple[str, np.ndarray]], model: str
    ) -> None:
        """Keep vectors (by span: text hash and vector); a read-only store keeps nothing."""
        if self.read_only or not vectors:
            return
        import numpy as np

        rows = [
            (doc_id, start, end, model, text_hash, np.asarray(v, dtype=np.float32).tobytes())
            for (doc_id, start, end), (text_hash, v) in vectors.items()
        ]
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO sentence_vectors"
                " (doc_id, start, end, model, text_hash, vector) VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
