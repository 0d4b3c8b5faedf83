"""What the web pages and the API read from the store: each function takes a (read-only) store
and returns plain rows. Nothing here writes."""

from __future__ import annotations

import json
import re
import threading
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from storyline.model import CopyRelation, Document, Story
from storyline.store import Store

PAGE_SIZE = 50


@dataclass
class StoryRow:
    """One line of the stories list."""

    id: str
    headline: str
    size: int
    independent: int
    outlets: list[tuple[str, int]]  # outlet, documents; most first
    languages: list[str]
    start: str | None
    end: str | None
    updated: str  # when a document of the story was last stored (UTC)

    def record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "headline": self.headline,
            "size": self.size,
            "independent": self.independent,
            "outlets": [{"outlet": o, "documents": n} for o, n in self.outlets],
            "languages": self.languages,
            "start": self.start,
            "end": self.end,
            "updated": self.updated,
        }


@dataclass
class StoryQuery:
    """Filters and order of the stories list (all optional)."""

    q: str = ""
    outlet: str = ""
    language: str = ""
    date_from: str = ""
    date_to: str = ""
    min_size: int = 0
    max_size: int = 0
    sort: str = "updated"
    order: str = "desc"
    page: int = 1
    per_page: int = PAGE_SIZE

    def filters(self) -> dict[str, Any]:
        """The query as URL parameters, without defaults."""
        base = StoryQuery()
        return {k: v for k, v in asdict(self).items() if v != getattr(base, k) and k != "page"}


UNFILTERED = ("sort", "order", "per_page")
SORT_KEYS = {
    "updated": lambda r: r.updated,
    "size": lambda r: (r.size, r.independent),
    "independent": lambda r: (r.independent, r.size),
    "start": lambda r: r.start or "",
    "end": lambda r: r.end or "",
    "headline": lambda r: r.headline.lower(),
}


def _stamp(store: Store) -> tuple[Any, ...]:
    """Changes whenever stories, members, documents or relations are written (every write
    takes a new, higher rowid), at the cost of four index look-ups."""
    return tuple(
        store.conn.execute(f"SELECT max(rowid) FROM {t}").fetchone()[0]
        for t in ("stories", "story_members", "documents", "copy_relations")
    )


@dataclass
class _Columns:
    """The rows as arrays, so a filter is a few vector operations at 100,000 documents."""

    heads: list[str]  # headlines in lower case
    size: np.ndarray
    first: np.ndarray  # start, else end, else "9999"
    last: np.ndarray  # end, else start, else ""
    outlet_rows: dict[str, np.ndarray]  # outlet in lower case -> row numbers
    language_rows: dict[str, np.ndarray]
    order: dict[str, np.ndarray]  # sort key -> row numbers, largest first


def _columns(rows: list[StoryRow]) -> _Columns:
    outlets: dict[str, list[int]] = defaultdict(list)
    languages: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        for o in {o.lower() for o, _ in r.outlets}:
            outlets[o].append(i)
        for lang in r.languages:
            languages[lang].append(i)
    return _Columns(
        heads=[r.headline.lower() for r in rows],
        size=np.array([r.size for r in rows], dtype=np.int64),
        first=np.array([r.start or r.end or "9999" for r in rows], dtype=str),
        last=np.array([r.end or r.start or "" for r in rows], dtype=str),
        outlet_rows={k: np.array(v) for k, v in outlets.items()},
        language_rows={k: np.array(v) for k, v in languages.items()},
        order={
            k: np.array(sorted(range(len(rows)), key=lambda i: key(rows[i]), reverse=True))
            for k, key in SORT_KEYS.items()
        },
    )


class StoryListing:
    """The stories list, computed once per change of the store and shared by all threads:
    the rows, their columns in every sort order, and the outlets and languages to offer."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stamp: tuple[Any, ...] | None = None
        self._rows: list[StoryRow] = []
        self._columns = _columns([])
        self.outlets: list[str] = []
        self.languages: list[str] = []

    def rows(self, store: Store) -> list[StoryRow]:
        stamp = _stamp(store)
        with self._lock:
            if stamp != self._stamp:
                rows = story_rows(store)
                self._columns = _columns(rows)
                self.outlets = sorted({o for r in rows for o, _ in r.outlets})
                self.languages = sorted({lang for r in rows for lang in r.languages})
                self._rows, self._stamp = rows, stamp
            return self._rows

    def query(self, store: Store, query: StoryQuery) -> tuple[list[StoryRow], int]:
        """The page of stories the query asks for, and how many match in all."""
        rows = self.rows(store)
        with self._lock:
            cols = self._columns
        order = cols.order.get(query.sort, cols.order["updated"])
        if query.order == "asc":
            order = order[::-1]
        if any(v for k, v in query.filters().items() if k not in UNFILTERED):
            order = order[_mask(cols, query)[order]]
        first = (max(query.page, 1) - 1) * query.per_page
        return [rows[i] for i in order[first : first + query.per_page]], len(order)


def _mask(cols: _Columns, q: StoryQuery) -> np.ndarray:
    """Which rows pass every filter of the query."""
    n = len(cols.heads)
    mask = np.ones(n, dtype=bool)
    if q.q:
        word = q.q.lower()
        mask &= np.fromiter((word in h for h in cols.heads), dtype=bool, count=n)
    for wanted, index in ((q.outlet.lower(), cols.outlet_rows), (q.language, cols.language_rows)):
        if wanted:
            keep = np.zeros(n, dtype=bool)
            keep[index.get(wanted, np.array([], dtype=int))] = True
            mask &= keep
    if q.date_from:
        mask &= cols.last >= q.date_from
    if q.date_to:
        mask &= cols.first <= q.date_to + "~"
    if q.min_size:
        mask &= cols.size >= q.min_size
    if q.max_size:
        mask &= cols.size <= q.max_size
    return mask


def story_rows(store: Store) -> list[StoryRow]:
    """Every story with its outlets, languages, copies and last update, in four queries."""
    conn = store.conn
    outlets: dict[str, Counter[str]] = {}
    languages: dict[str, set[str]] = {}
    updated: dict[str, str] = {}
    story_of: dict[str, str] = {}
    for story_id, doc_id, outlet, language, added in conn.execute(
        "SELECT m.story_id, m.doc_id, d.outlet, d.language, d.added_at FROM story_members m"
        " JOIN documents d ON d.id = m.doc_id"
    ):
        story_of[doc_id] = story_id
        outlets.setdefault(story_id, Counter())[outlet or "unknown outlet"] += 1
        if language:
            languages.setdefault(story_id, set()).add(language)
        updated[story_id] = max(updated.get(story_id, ""), added or "")
    copies: Counter[str] = Counter()
    seen: set[str] = set()
    for doc_id, of_id in conn.execute("SELECT doc_id, of_id FROM copy_relations"):
        story = story_of.get(doc_id)
        if story and story == story_of.get(of_id) and doc_id not in seen:
            seen.add(doc_id)
            copies[story] += 1
    rows = []
    for story_id, label, size, start, end in conn.execute(
        "SELECT id, label, size, start, end FROM stories"
    ):
        rows.append(
            StoryRow(
                id=story_id,
                headline=label,
                size=size,
                independent=max(1, size - copies[story_id]),
                outlets=outlets.get(story_id, Counter()).most_common(),
                languages=sorted(languages.get(story_id, set())),
                start=start,
                end=end,
                updated=updated.get(story_id, ""),
            )
        )
    return rows


# ------------------------------------------------------------------ documents


@dataclass
class DocumentView:
    doc: Document
    relations: list[CopyRelation]
    titles: dict[str, str]  # doc id -> title of the related documents
    stories: list[Story]
    entities: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)


def document_view(store: Store, doc_id: str) -> DocumentView | None:
    doc = store.get_document(doc_id)
    if doc is None:
        return None
    relations = store.relations([doc_id])
    others = {r.of_id for r in relations} | {r.doc_id for r in relations}
    titles = {d.id: d.title or d.id for d in store.documents(sorted(others - {doc_id}))}
    story_id = store.story_of(doc_id)
    story = store.get_story(story_id) if story_id else None
    entities = [
        {"key": k, "name": n, "label": lab, "mentions": c}
        for k, n, lab, c in store.conn.execute(
            "SELECT e.key, e.name, e.label, count(*) AS n FROM entity_mentions m"
            " JOIN entity_index e ON e.key = m.key WHERE m.doc_id = ?"
            " GROUP BY e.key ORDER BY n DESC, e.name",
            (doc_id,),
        )
    ]
    return DocumentView(
        doc, relations, titles, [story] if story else [], entities, quotes_of_doc(store, doc_id)
    )


def quotes_of_doc(store: Store, doc_id: str) -> list[dict[str, Any]]:
    rows = store.conn.execute(
        "SELECT doc_id, start, end, kind, speaker, text FROM quote_index WHERE doc_id = ?"
        " ORDER BY start",
        (doc_id,),
    )
    names = ("doc_id", "start", "end", "kind", "speaker", "text")
    return [dict(zip(names, r, strict=True)) for r in rows]


# ------------------------------------------------------------------ entities


def entity_list(
    store: Store, q: str = "", label: str = "", page: int = 1, per_page: int = PAGE_SIZE
) -> tuple[list[dict[str, Any]], int]:
    where, args = [], []
    if q:
        where.append("(name LIKE ? OR aliases LIKE ?)")
        args += [f"%{q}%", f"%{q}%"]
    if label:
        where.append("label = ?")
        args.append(label)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    total = store.conn.execute(f"SELECT count(*) FROM entity_index {clause}", args).fetchone()[0]
    rows = store.conn.execute(
        f"SELECT key, name, label, aliases, roles, docs, mentions FROM entity_index {clause}"
        " ORDER BY docs DESC, mentions DESC, key LIMIT ? OFFSET ?",
        [*args, per_page, (max(page, 1) - 1) * per_page],
    )
    out = [
        {
            "key": k,
            "name": n,
            "label": lab,
            "aliases": json.loads(a),
            "roles": json.loads(r),
            "documents": d,
            "mentions": m,
        }
        for k, n, lab, a, r, d, m in rows
    ]
    return out, total


def entity_documents(store: Store, key: str) -> list[dict[str, Any]]:
    """The documents mentioning an entity, with their date, outlet, story and mention count."""
    rows = store.conn.execute(
        "SELECT d.id, d.title, d.outlet, d.published, m2.story_id, count(*) FROM entity_mentions m"
        " JOIN documents d ON d.id = m.doc_id LEFT JOIN story_members m2 ON m2.doc_id = d.id"
        " WHERE m.key = ? GROUP BY d.id ORDER BY d.published, d.rowid",
        (key,),
    )
    names = ("doc_id", "title", "outlet", "published", "story_id", "mentions")
    return [dict(zip(names, r, strict=True)) for r in rows]


def entity_quotes(store: Store, key: str, limit: int = 200) -> list[dict[str, Any]]:
    """Quotes whose speaker the index merged into this entity."""
    rows = store.conn.execute(
        "SELECT q.doc_id, q.start, q.end, q.kind, q.speaker, q.text FROM quote_index q"
        " JOIN entity_members e ON e.doc_id = q.doc_id AND e.local_key = q.speaker_key"
        " WHERE e.key = ? ORDER BY q.doc_id, q.start LIMIT ?",
        (key, limit),
    )
    names = ("doc_id", "start", "end", "kind", "speaker", "text")
    return [dict(zip(names, r, strict=True)) for r in rows]


def stories_titles(store: Store, ids: set[str]) -> dict[str, str]:
    found = {}
    for story_id in sorted(i for i in ids if i):
        row = store.conn.execute("SELECT label FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row:
            found[story_id] = row[0]
    return found


# ------------------------------------------------------------------ search

HIT_OPEN, HIT_CLOSE = "\x02", "\x03"
RANK_LIMIT = 5000
_TERM = re.compile(r"[\w][\w'’.-]*", re.UNICODE)


def fts_query(q: str) -> str:
    """User words as an FTS5 query: every word must appear (each quoted, so no operator or
    column syntax of the user's reaches FTS5); a trailing * keeps a prefix search."""
    terms = []
    for m in _TERM.finditer(q):
        word = m.group().strip(".-'’")
        if not word:
            continue
        star = q[m.end() : m.end() + 1] == "*"
        terms.append('"' + word.replace('"', '""') + '"' + ("*" if star else ""))
    return " ".join(terms)


def search(store: Store, q: str, limit: int = 20) -> dict[str, Any]:
    """Documents, quotes and entities matching every word of ``q``, best first, with the
    matched words between HIT_OPEN and HIT_CLOSE in their snippets."""
    query = fts_query(q)
    out: dict[str, Any] = {
        "q": q, "documents": [], "quotes": [], "entities": [], "total": {}, "ranked": True
    }  # fmt: skip
    if not query:
        return out
    conn = store.conn
    mark = f"'{HIT_OPEN}', '{HIT_CLOSE}'"
    out["total"] = {
        table: conn.execute(
            f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (query,)
        ).fetchone()[0]
        for table in ("doc_search", "quote_search", "entity_search")
    }
    # Ranking scores every match: beyond RANK_LIMIT matches (a word in most pages) the
    # newest stored pages come first instead, which costs nothing.
    order = "rank" if out["total"]["doc_search"] <= RANK_LIMIT else "doc_search.rowid DESC"
    out["ranked"] = order == "rank"
    out["documents"] = [
        {"doc_id": i, "title": t, "outlet": o, "published": p, "snippet": s, "title_hit": h}
        for i, t, o, p, s, h in conn.execute(
            f"SELECT d.id, d.title, d.outlet, d.published, snippet(doc_search, 1, {mark}, '…', 24),"
            f" highlight(doc_search, 0, {mark}) FROM doc_search JOIN documents d"
            f" ON d.rowid = doc_search.rowid WHERE doc_search MATCH ? ORDER BY {order} LIMIT ?",
            (query, limit),
        )
    ]
    out["quotes"] = [
        {"doc_id": d, "start": s, "end": e, "speaker": sp, "text": t}
        for d, s, e, sp, t in conn.execute(
            f"SELECT q.doc_id, q.start, q.end, q.speaker, highlight(quote_search, 1, {mark})"
            " FROM quote_search JOIN quote_index q ON q.id = quote_search.rowid"
            " WHERE quote_search MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
        )
    ]
    out["entities"] = [
        {"key": k, "name": n, "label": lab, "documents": d}
        for k, n, lab, d in conn.execute(
            f"SELECT e.key, highlight(entity_search, 0, {mark}), e.label, e.docs"
            " FROM entity_search JOIN entity_index e ON e.id = entity_search.rowid"
            " WHERE entity_search MATCH ? ORDER BY e.docs DESC, rank LIMIT ?",
            (query, limit),
        )
    ]
    return out
