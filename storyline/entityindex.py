"""The entity index: every named person, organisation, place, group and product across all
stored documents and stories, with every mention (offsets into the stored document text).

It is the brief's cross-document merge (``storyline.synthesize.entities.merge_and_propagate``:
spelling variants, acronyms, surnames, and the mentions NER missed of known names) run over
the whole store instead of one story, on what the analyze stage found (``Analysis.entities``
plus ``Analysis.other_entities``: products, works, untagged proper nouns). Merging is global
(a new page can join two names), so the index is rebuilt whole whenever the stored analyses
changed since it was built; the pipeline does that after every run that analyzes.

Memory is bounded: the merge holds every entity and text it compares, so a store of more than
``SHARD_DOCS`` analyzed pages is merged a shard at a time, each shard whole stories (pages of
one story are where spellings, surnames and acronyms of one name meet). Shards are then joined
by name: an entity is an earlier shard's entity of the same kind and normalised name. Only the
bare-surname and acronym joins of the merge do not cross shards; a store within one shard gets
exactly the one global merge.

Headlines are searched too: cleaning makes a page's headline its title (metadata, not text),
so each title is given to the merge as a text of its own, with no entities, where the names
the store knows are found as for any mention NER missed. Those mentions are listed apart
(``title_mentions``, offsets into the title), so every ``mentions`` offset stays an offset into
the stored text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from storyline.model import Entity, EntityProfile
from storyline.names import normalise
from storyline.progress import Tracker, silent
from storyline.store import Store

STATE = "entity_index"
# Bumped when the index's content changes for the same analyses.
INDEX_RELEASE = "2"
TITLE = "#title"  # a document's title, as a text of its own for the merge
# Pages merged at once. A shard of 5,000 pages holds about 1 GB; the 100,000-page store
# merged whole held 11.8 GB before it was stopped (bench/results/scale_e2e.json).
SHARD_DOCS = 5_000
KEPT_ALIASES = 50  # an entity joined over many shards keeps this many spellings


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


def update_entity_index(
    store: Store, track: Tracker = silent, force: bool = False, shard_docs: int = SHARD_DOCS
) -> bool:
    """Rebuild the index when the stored analyses changed since it was built (or ``force``),
    merging ``shard_docs`` pages at a time. Returns whether it was rebuilt."""
    if store.read_only or (not force and is_current(store)):
        return False
    from storyline.synthesize.entities import FAMILY, merge_and_propagate

    stamp = fingerprint(store)
    conn = store.conn
    with conn:  # one transaction: a reader never sees half an index
        for table in ("entity_index", "entity_mentions", "entity_title_mentions", "entity_members"):
            conn.execute(f"DELETE FROM {table}")
        joiner = _Joiner(conn, FAMILY)
        for per_doc, texts in _shards(store, track, shard_docs):
            pages = {t: t.removesuffix(TITLE) for t in texts if t.endswith(TITLE)}
            profiles, index = merge_and_propagate(per_doc, texts, pages)
            # A name whose every mention a longer known name swallowed has nothing to show.
            joiner.add([p for p in profiles if p.citations], index)
        conn.execute("INSERT INTO entity_search(entity_search) VALUES ('rebuild')")
    store.put_state(STATE, stamp.encode())
    return True


def _shards(
    store: Store, track: Tracker, shard_docs: int
) -> Iterator[tuple[list[tuple[str, list[Entity]]], dict[str, str]]]:
    """Each shard's documents' entities (other names keyed apart) and texts, in stored order."""
    order = _shard_order(store, shard_docs)
    rows = track(_rows(store, order), "Indexing entities", total=len(order))
    for _, shard in groupby(rows, key=lambda row: row[0]):
        per_doc: list[tuple[str, list[Entity]]] = []
        texts: dict[str, str] = {}
        for _, doc_id, payload, text, title in shard:
            if title:
                per_doc.append((doc_id + TITLE, []))
                texts[doc_id + TITLE] = title
            data = json.loads(payload)
            ents = [Entity.model_validate(e) for e in data.get("entities", [])]
            for other in data.get("other_entities", []):
                ents.append(Entity.model_validate({**other, "key": f"other:{other['key']}"}))
            per_doc.append((doc_id, ents))
            texts[doc_id] = text or ""
        yield per_doc, texts


def _shard_order(store: Store, shard_docs: int) -> list[tuple[int, str]]:
    """(shard, doc id) of every analyzed document: whole stories per shard, a shard closed
    once it holds ``shard_docs`` pages (a story of more than twice that is cut), stored order
    within."""
    rows = store.conn.execute(
        "SELECT a.doc_id, d.rowid, m.story_id FROM analyses a JOIN documents d ON d.id = a.doc_id"
        " LEFT JOIN story_members m ON m.doc_id = a.doc_id"
    ).fetchall()
    if len(rows) <= shard_docs:
        return [(0, doc_id) for doc_id, _, _ in sorted(rows, key=lambda r: r[1])]
    rows.sort(key=lambda r: (r[2] is None, r[2] or "", r[1]))
    shards: list[list[tuple[int, str]]] = [[]]
    for (doc_id, rowid, story), after in zip(rows, [*rows[1:], None], strict=True):
        shards[-1].append((rowid, doc_id))
        size = len(shards[-1])
        story_ends = story is None or after is None or after[2] != story
        if after is not None and (size >= 2 * shard_docs or (size >= shard_docs and story_ends)):
            shards.append([])
    return [(n, doc_id) for n, shard in enumerate(shards) for _, doc_id in sorted(shard)]


def _rows(store: Store, order: list[tuple[int, str]]) -> Iterator[tuple[int, str, str, Any, Any]]:
    """(shard, doc id, analysis JSON, text, title) in ``order``, read a few hundred at a time."""
    for i in range(0, len(order), 400):
        chunk = order[i : i + 400]
        ids = [doc_id for _, doc_id in chunk]
        marks = ",".join("?" * len(ids))
        found = {
            r[0]: r[1:]
            for r in store.conn.execute(
                "SELECT a.doc_id, a.json, json_extract(d.json, '$.text'), d.title FROM analyses a"
                f" JOIN documents d ON d.id = a.doc_id WHERE a.doc_id IN ({marks})",
                ids,
            )
        }
        for shard, doc_id in chunk:
            if doc_id in found:
                yield (shard, doc_id, *found[doc_id])


class _Joiner:
    """Writes each shard's merged entities, joining an entity to an earlier shard's entity of
    the same kind and normalised name (never two of one shard: the merge kept them apart)."""

    def __init__(self, conn: sqlite3.Connection, kinds: dict[str, str]) -> None:
        self.conn = conn
        self.kinds = kinds  # label -> kind: a place is one kind whether GPE or LOC
        self.by_name: dict[str, str] = {}  # kind and normalised name -> index key
        self.keys: set[str] = set()

    def add(
        self, profiles: list[EntityProfile], index: dict[tuple[str, str], EntityProfile]
    ) -> None:
        keys: dict[str, str] = {}  # shard key -> index key
        claimed: set[str] = set()
        new: list[EntityProfile] = []
        for p in profiles:
            kind = self.kinds.get(p.label, p.label)
            name = f"{kind}|{' '.join(normalise(p.name, p.label))}"
            key = self.by_name.get(name)
            if key is None or key in claimed:
                key = self._mint(p.key)
                self.by_name.setdefault(name, key)
                new.append(p)
            else:
                self._extend(key, p)
            claimed.add(key)
            keys[p.key] = key
        self._insert(new, keys)
        self._mentions(profiles, index, keys)

    def _mint(self, key: str) -> str:
        """The shard's key, or with a number added when an earlier shard took it."""
        out, n = key, 1
        while out in self.keys:
            n += 1
            out = f"{key}-{n}"
        self.keys.add(out)
        return out

    def _insert(self, profiles: list[EntityProfile], keys: dict[str, str]) -> None:
        self.conn.executemany(
            "INSERT INTO entity_index (key, name, label, aliases, roles, docs, mentions)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    keys[p.key],
                    p.name,
                    p.label,
                    json.dumps(p.aliases, ensure_ascii=False),
                    json.dumps(p.roles, ensure_ascii=False),
                    _docs(p),
                    _text_mentions(p),
                )
                for p in profiles
            ],
        )

    def _extend(self, key: str, p: EntityProfile) -> None:
        name, aliases, roles = self.conn.execute(
            "SELECT name, aliases, roles FROM entity_index WHERE key = ?", (key,)
        ).fetchone()
        aliases = json.loads(aliases)
        roles = json.loads(roles)
        aliases += [a for a in [p.name, *p.aliases] if a != name and a not in aliases]
        roles += [r for r in p.roles if r not in roles]
        self.conn.execute(
            "UPDATE entity_index SET aliases = ?, roles = ?, docs = docs + ?,"
            " mentions = mentions + ? WHERE key = ?",
            (
                json.dumps(aliases[:KEPT_ALIASES], ensure_ascii=False),
                json.dumps(roles, ensure_ascii=False),
                _docs(p),
                _text_mentions(p),
                key,
            ),
        )

    def _mentions(
        self,
        profiles: list[EntityProfile],
        index: dict[tuple[str, str], EntityProfile],
        keys: dict[str, str],
    ) -> None:
        conn = self.conn
        conn.executemany(
            "INSERT INTO entity_mentions (key, doc_id, start, end, text) VALUES (?, ?, ?, ?, ?)",
            [
                (keys[p.key], c.doc_id, c.start, c.end, c.text)
                for p in profiles
                for c in p.citations
                if not c.doc_id.endswith(TITLE)
            ],
        )
        conn.executemany(
            "INSERT INTO entity_title_mentions (key, doc_id, start, end, text)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (keys[p.key], c.doc_id.removesuffix(TITLE), c.start, c.end, c.text)
                for p in profiles
                for c in p.citations
                if c.doc_id.endswith(TITLE)
            ],
        )
        conn.executemany(
            "INSERT OR REPLACE INTO entity_members (doc_id, local_key, key) VALUES (?, ?, ?)",
            [
                (doc_id, local, keys[p.key])
                for (doc_id, local), p in index.items()
                if p.key in keys and not doc_id.endswith(TITLE)
            ],
        )


def _docs(p: EntityProfile) -> int:
    return len({d.removesuffix(TITLE) for d in p.mentions_by_source})


def _text_mentions(p: EntityProfile) -> int:
    return sum(not c.doc_id.endswith(TITLE) for c in p.citations)


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
