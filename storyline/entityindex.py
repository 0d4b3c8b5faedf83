"""The entity index: every named person, organisation, place, group and product across all
stored documents and stories, with every mention (offsets into the stored document text).

It is the brief's cross-document merge (``storyline.synthesize.entities.merge_and_propagate``:
spelling variants, acronyms, surnames, and the mentions NER missed of known names) run over
the whole store instead of one story, on what the analyze stage found (``Analysis.entities``
plus ``Analysis.other_entities``: products, works, untagged proper nouns). Merging is global
(a new page can join two names), so the index is rebuilt whole whenever the stored analyses
changed since it was built; the pipeline does that after every run that analyzes.

Headlines are searched too: cleaning makes a page's headline its title (metadata, not text),
so each title is given to the merge as a text of its own, with no entities, where the names
the store knows are found as for any mention NER missed. Those mentions are listed apart
(``title_mentions``, offsets into the title), so every ``mentions`` offset stays an offset into
the stored text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from storyline.model import Entity, EntityProfile
from storyline.progress import Tracker, silent
from storyline.store import Store

STATE = "entity_index"
# Bumped when the index's content changes for the same analyses.
INDEX_RELEASE = "2"
TITLE = "#title"  # a document's title, as a text of its own for the merge


@dataclass
class IndexedEntity:
    """One entity of the index; ``mentions`` are (doc_id, start, end, text)."""

    key: str
    name: str
    label: str
    aliases: list[str]
    roles: list[str] = field(default_factory=list)
    docs: int = 0
    mention_count: int = 0
    mentions: list[tuple[str, int, int, str]] = field(default_factory=list)
    title_mentions: list[tuple[str, int, int, str]] = field(default_factory=list)

    def record(self) -> dict[str, Any]:
        """The `storyline entities --json` object."""
        return {
            "key": self.key,
            "name": self.name,
            "label": self.label,
            "aliases": self.aliases,
            "mentions": [
                {"doc_id": d, "start": s, "end": e, "text": t} for d, s, e, t in self.mentions
            ],
            "title_mentions": [
                {"doc_id": d, "start": s, "end": e, "text": t} for d, s, e, t in self.title_mentions
            ],
        }


def fingerprint(store: Store) -> str:
    """Changes whenever an analysis is stored, replaced or deleted (a replaced row takes a new
    rowid), so a stale index is seen without reading any analysis."""
    count, top = store.conn.execute("SELECT count(*), max(rowid) FROM analyses").fetchone()
    return f"{INDEX_RELEASE}:{count}:{top}"


def is_current(store: Store) -> bool:
    state = store.get_state(STATE)
    return state is not None and state.decode() == fingerprint(store)


def update_entity_index(store: Store, track: Tracker = silent, force: bool = False) -> bool:
    """Rebuild the index when the stored analyses changed since it was built (or ``force``).
    Returns whether it was rebuilt."""
    if store.read_only or (not force and is_current(store)):
        return False
    from storyline.synthesize.entities import merge_and_propagate

    stamp = fingerprint(store)
    per_doc, texts = _load(store, track)
    profiles, index = merge_and_propagate(per_doc, texts)
    # A name whose every mention a longer known name swallowed has nothing left to show.
    _write(store, [p for p in profiles if p.citations], index)
    store.put_state(STATE, stamp.encode())
    return True


def _load(store: Store, track: Tracker) -> tuple[list[tuple[str, list[Entity]]], dict[str, str]]:
    """Each analyzed document's entities (other names keyed apart) and its text."""
    total = store.conn.execute("SELECT count(*) FROM analyses").fetchone()[0]
    rows = store.conn.execute(
        "SELECT a.doc_id, a.json, json_extract(d.json, '$.text'), d.title FROM analyses a"
        " JOIN documents d ON d.id = a.doc_id ORDER BY d.rowid"
    )
    per_doc: list[tuple[str, list[Entity]]] = []
    texts: dict[str, str] = {}
    for doc_id, payload, text, title in track(rows, "Indexing entities", total=total):
        if title:
            per_doc.append((doc_id + TITLE, []))
            texts[doc_id + TITLE] = title
        data = json.loads(payload)
        ents = [Entity.model_validate(e) for e in data.get("entities", [])]
        for other in data.get("other_entities", []):
            ents.append(Entity.model_validate({**other, "key": f"other:{other['key']}"}))
        per_doc.append((doc_id, ents))
        texts[doc_id] = text or ""
    return per_doc, texts


def _write(
    store: Store, profiles: list[EntityProfile], index: dict[tuple[str, str], EntityProfile]
) -> None:
    conn = store.conn
    with conn:
        for table in ("entity_index", "entity_mentions", "entity_title_mentions", "entity_members"):
            conn.execute(f"DELETE FROM {table}")
        conn.executemany(
            "INSERT INTO entity_index (key, name, label, aliases, roles, docs, mentions)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    p.key,
                    p.name,
                    p.label,
                    json.dumps(p.aliases, ensure_ascii=False),
                    json.dumps(p.roles, ensure_ascii=False),
                    len({d.removesuffix(TITLE) for d in p.mentions_by_source}),
                    sum(not c.doc_id.endswith(TITLE) for c in p.citations),
                )
                for p in profiles
            ],
        )
        conn.executemany(
            "INSERT INTO entity_mentions (key, doc_id, start, end, text) VALUES (?, ?, ?, ?, ?)",
            [
                (p.key, c.doc_id, c.start, c.end, c.text)
                for p in profiles
                for c in p.citations
                if not c.doc_id.endswith(TITLE)
            ],
        )
        conn.executemany(
            "INSERT INTO entity_title_mentions (key, doc_id, start, end, text)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (p.key, c.doc_id.removesuffix(TITLE), c.start, c.end, c.text)
                for p in profiles
                for c in p.citations
                if c.doc_id.endswith(TITLE)
            ],
        )
        conn.executemany(
            "INSERT OR REPLACE INTO entity_members (doc_id, local_key, key) VALUES (?, ?, ?)",
            [
                (doc_id, local, p.key)
                for (doc_id, local), p in index.items()
                if p.citations and not doc_id.endswith(TITLE)
            ],
        )
        conn.execute("INSERT INTO entity_search(entity_search) VALUES ('rebuild')")


# ------------------------------------------------------------------ reading


def _entity(row: tuple[Any, ...]) -> IndexedEntity:
    key, name, label, aliases, roles, docs, mentions = row
    return IndexedEntity(key, name, label, json.loads(aliases), json.loads(roles), docs, mentions)


COLUMNS = "key, name, label, aliases, roles, docs, mentions"


def get_entity(
    store: Store, key: str, doc_ids: Iterable[str] | None = None
) -> IndexedEntity | None:
    """One entity with its mentions (only those in ``doc_ids`` when given)."""
    row = store.conn.execute(f"SELECT {COLUMNS} FROM entity_index WHERE key = ?", (key,)).fetchone()
    if row is None:
        return None
    ent = _entity(row)
    wanted = set(doc_ids) if doc_ids is not None else None
    ent.mentions = [
        (d, s, e, t)
        for d, s, e, t in store.conn.execute(
            "SELECT m.doc_id, m.start, m.end, m.text FROM entity_mentions m"
            " JOIN documents d ON d.id = m.doc_id WHERE m.key = ? ORDER BY d.rowid, m.start",
            (key,),
        )
        if wanted is None or d in wanted
    ]
    ent.title_mentions = [
        (d, s, e, t)
        for d, s, e, t in store.conn.execute(
            "SELECT doc_id, start, end, text FROM entity_title_mentions WHERE key = ?"
            " ORDER BY doc_id, start",
            (key,),
        )
        if wanted is None or d in wanted
    ]
    return ent


def entities(
    store: Store, doc_ids: Iterable[str] | None = None, with_mentions: bool = True
) -> Iterator[IndexedEntity]:
    """Every entity, most documents first; with ``doc_ids``, only those mentioned there (with
    their mentions there)."""
    wanted = sorted(set(doc_ids)) if doc_ids is not None else None
    if wanted is None:
        keys = [r[0] for r in store.conn.execute("SELECT key FROM entity_index")]
    else:
        found: set[str] = set()
        for i in range(0, len(wanted), 400):
            chunk = wanted[i : i + 400]
            found.update(
                r[0]
                for r in store.conn.execute(
                    "SELECT DISTINCT key FROM entity_mentions WHERE doc_id IN"
                    f" ({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
        keys = list(found)
    rows = {r[0]: r for r in store.conn.execute(f"SELECT {COLUMNS} FROM entity_index").fetchall()}
    ordered = sorted((rows[k] for k in keys if k in rows), key=lambda r: (-r[5], -r[6], r[0]))
    for row in ordered:
        if with_mentions:
            found_ent = get_entity(store, row[0], wanted)
            if found_ent is not None:
                yield found_ent
        else:
            yield _entity(row)
