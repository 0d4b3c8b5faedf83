"""What a rerun reuses: the stories of an unchanged store, and a story's stored brief.

A second ``storyline brief`` over pages the store already holds should cost what reading the
store costs. Each shortcut compares a fingerprint of everything the skipped work reads with the
one recorded when that work was last done, and is taken only when they are equal, so its result
is the one the work would give again:

- **the run** (``Pipeline.run``): the documents (a counter that triggers bump on every insert,
  update and delete of a document, so a page changed by any process is seen), every document
  analyzed by this analyzer version, the stored stories, copy relations and clustering index,
  and the clustering code (``storyline.versions.stories_version``). Equal: analyzing, clustering
  and indexing again would find only what the store holds, so its stories are the run's.
- **a story's brief** (``Pipeline.publish``): the story, its pages, their stored analyses (after
  the brief re-dated any of them), the copy relations among them, and the brief builder's
  version (``storyline.versions.brief_version``: its code and the embeddings setting). Equal to
  what the story's latest stored version was built from: that version is the brief, and no new
  version is stored.

Both fingerprints are kept in the store's ``state`` table; nothing here imports a stage.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, MutableMapping
from typing import Any

from storyline.model import Analysis, Document, Story
from storyline.store import Store

RUN_STATE = "reuse.run"
BRIEF_STATE = "reuse.brief:"  # + story id
VERSIONS_STATE = "reuse.versions"
CLUSTER_STATE = "stories.index"  # storyline.stories.STATE_NAME (not imported: numpy, sklearn)
CHUNK = 400  # SQLite caps the bound parameters of one statement

# A counter per table, bumped by triggers: the store says whether any document changed since
# a run without reading one. Made by the first run that records a fingerprint (a store an older
# release wrote gets them then; changes before it are in that run's own reading).
_COUNTERS = """
CREATE TABLE IF NOT EXISTS change_counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
""" + "".join(
    f"""
CREATE TRIGGER IF NOT EXISTS documents_counter_{event[0].lower()} AFTER {event} ON documents
BEGIN
    INSERT INTO change_counters (name, value) VALUES ('documents', 1)
    ON CONFLICT(name) DO UPDATE SET value = value + 1;
END;"""
    for event in ("INSERT", "UPDATE", "DELETE")
)


def code_versions(store: Store) -> dict[str, str]:
    """The analyzer's, clustering's and the brief builder's code versions. Digesting the code
    reads and parses every module of each stage, so they are kept in the store under a stamp
    of the package's files and installed packages (``storyline.versions.files_stamp``) and
    digested again only when that changes."""
    from storyline import versions

    stamp = versions.files_stamp()
    saved = store.get_state(VERSIONS_STATE)
    if saved is not None:
        record = json.loads(saved)
        if record.get("stamp") == stamp:
            return dict(record["versions"])
    found = {
        "analyzer": versions.analyzer_version(),
        "stories": versions.stories_version(),
        "brief": versions.brief_code(),
    }
    if not store.read_only:
        store.put_state(VERSIONS_STATE, json.dumps({"stamp": stamp, "versions": found}).encode())
    return found


def _counter(store: Store) -> int | None:
    """How many times a document was written since the counters were made (None: not made)."""
    if not store.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'documents_counter_d'"
    ).fetchone():
        return None
    row = store.conn.execute("SELECT value FROM change_counters WHERE name = 'documents'")
    found = row.fetchone()
    return found[0] if found else 0


def _run_fingerprint(store: Store, counter: int, code: dict[str, str]) -> str:
    conn = store.conn
    digest = hashlib.sha256(f"{counter} {code['analyzer']} {code['stories']}".encode())
    for query in (
        "SELECT count(*), max(rowid) FROM documents",
        "SELECT count(*), max(rowid) FROM copy_relations",
    ):
        digest.update(repr(conn.execute(query).fetchone()).encode())
    for story_id, payload in conn.execute("SELECT id, json FROM stories ORDER BY id"):
        digest.update(f"{story_id}\0{payload}\0".encode())
    for doc_id, story_id in conn.execute(
        "SELECT doc_id, story_id FROM story_members ORDER BY doc_id"
    ):
        digest.update(f"{doc_id}\0{story_id}\0".encode())
    digest.update(store.get_state(CLUSTER_STATE) or b"")
    return digest.hexdigest()


def _unanalyzed(store: Store, analyzer: str) -> int:
    """Documents without an analysis of this analyzer version."""
    row = store.conn.execute(
        "SELECT count(*) FROM documents d LEFT JOIN analyses a ON a.doc_id = d.id"
        " WHERE a.version IS NULL OR a.version != ?",
        (analyzer,),
    ).fetchone()
    return int(row[0])


def current_stories(store: Store) -> list[Story] | None:
    """The stories a run over the store would return, in its order, when nothing they depend
    on changed since the last run recorded them; None when the run must do its work."""
    saved = store.get_state(RUN_STATE)
    counter = _counter(store)
    if saved is None or counter is None:
        return None
    record = json.loads(saved)
    code = code_versions(store)
    if record.get("fingerprint") != _run_fingerprint(store, counter, code):
        return None
    if _unanalyzed(store, code["analyzer"]):
        return None
    stories = [store.get_story(story_id) for story_id in record.get("stories", [])]
    if any(story is None for story in stories):
        return None
    return [story for story in stories if story is not None]


def record_run(store: Store, stories: list[Story]) -> None:
    """Remember that the store's stories are ``stories`` (in this order) as of now."""
    if store.read_only:
        return
    with store.conn:
        store.conn.executescript(_COUNTERS)
    counter = _counter(store) or 0
    record = {
        "fingerprint": _run_fingerprint(store, counter, code_versions(store)),
        "stories": [s.id for s in stories],
    }
    store.put_state(RUN_STATE, json.dumps(record).encode())


class BoundedAnalyses(MutableMapping[str, Analysis]):
    """The stored analyses of some documents, each read from the store when asked for, the
    ``keep`` most recently used held in memory. A run over a corpus larger than memory (100,000
    analyses take about 10 GB) clusters and briefs it this way: clustering reads each analysis
    once or twice, a brief reads its own pages'."""

    def __init__(self, store: Store, doc_ids: Iterable[str], keep: int) -> None:
        self._store = store
        self._ids = list(dict.fromkeys(doc_ids))
        self._known = set(self._ids)
        self._keep = keep
        self._held: dict[str, Analysis] = {}

    def __getitem__(self, key: str) -> Analysis:
        found = self._held.pop(key, None)
        if found is None and key in self._known:
            found = self._store.get_analysis(key)
        if found is None:
            raise KeyError(key)
        self._hold(key, found)
        return found

    def __setitem__(self, key: str, value: Analysis) -> None:
        # A re-dated analysis is stored by the stage that made it; holding it spares a read.
        self._held.pop(key, None)
        if key not in self._known:
            self._known.add(key)
            self._ids.append(key)
        self._hold(key, value)

    def __delitem__(self, key: str) -> None:
        if key not in self._known:
            raise KeyError(key)
        self._known.discard(key)
        self._ids.remove(key)
        self._held.pop(key, None)

    def __contains__(self, key: object) -> bool:
        # Asked without reading the analysis: a check over 100,000 pages must not parse them.
        if not isinstance(key, str) or key not in self._known:
            return False
        return key in self._held or self._stored(key)

    def __iter__(self) -> Iterator[str]:
        return (i for i in self._ids if i in self)

    def _stored(self, key: str) -> bool:
        row = self._store.conn.execute("SELECT 1 FROM analyses WHERE doc_id = ?", (key,))
        return row.fetchone() is not None

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def _hold(self, key: str, value: Analysis) -> None:
        self._held[key] = value  # a dict keeps insertion order: the first key is the oldest
        while len(self._held) > self._keep:
            del self._held[next(iter(self._held))]


class StoredAnalyses(dict[str, Analysis]):
    """The stored analyses of some documents, read from the store the first time any is
    asked for: a rerun whose briefs are all reused reads none. Once read, a plain dict."""

    def __init__(self, store: Store, doc_ids: list[str]) -> None:
        super().__init__()
        self._pending: tuple[Store, list[str]] | None = (store, doc_ids)

    def _load(self) -> None:
        if self._pending is not None:
            store, ids = self._pending
            self._pending = None
            super().update((i, a) for i in ids if (a := store.get_analysis(i)) is not None)

    def __getitem__(self, key: str) -> Analysis:
        self._load()
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self._load()
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        self._load()
        return super().__contains__(key)

    def __iter__(self) -> Iterator[str]:
        self._load()
        return super().__iter__()

    def __len__(self) -> int:
        self._load()
        return super().__len__()

    def __eq__(self, other: object) -> bool:
        self._load()
        return super().__eq__(other)

    def __repr__(self) -> str:
        self._load()
        return super().__repr__()

    def copy(self) -> dict[str, Analysis]:
        self._load()
        return dict(super().items())

    def pop(self, key: str, *default: Any) -> Any:
        self._load()
        return super().pop(key, *default)

    def setdefault(self, key: str, default: Any = None) -> Any:
        self._load()
        return super().setdefault(key, default)

    def __delitem__(self, key: str) -> None:
        self._load()
        super().__delitem__(key)

    def keys(self) -> Any:
        self._load()
        return super().keys()

    def values(self) -> Any:
        self._load()
        return super().values()

    def items(self) -> Any:
        self._load()
        return super().items()

    def update(self, *args: Any, **kw: Any) -> None:
        self._load()
        super().update(*args, **kw)

    def __setitem__(self, key: str, value: Analysis) -> None:
        self._load()
        super().__setitem__(key, value)


# ---------------------------------------------------------------- briefs


def _rows(store: Store, query: str, ids: list[str]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        rows += store.conn.execute(query.format(marks=",".join("?" * len(chunk))), chunk)
    return sorted(rows)


def brief_inputs(store: Store, story: Story, docs: Iterable[Document]) -> str:
    """A fingerprint of everything a story's brief is built from, as the store holds it."""
    from storyline.versions import brief_version

    digest = hashlib.sha256(brief_version(code_versions(store)["brief"]).encode())
    digest.update(story.model_dump_json().encode())
    members = list(docs)
    for doc in members:
        digest.update(doc.model_dump_json().encode())
    ids = sorted({d.id for d in members})
    analyses = _rows(store, "SELECT doc_id, json FROM analyses WHERE doc_id IN ({marks})", ids)
    relations = _rows(
        store, "SELECT doc_id, of_id, json FROM copy_relations WHERE doc_id IN ({marks})", ids
    )
    inside = set(ids)
    for row in analyses + [r for r in relations if r[1] in inside]:
        digest.update("\0".join(row).encode())
        digest.update(b"\1")
    return digest.hexdigest()


def reusable_version(store: Store, story: Story, docs: list[Document]) -> int | None:
    """The number of the story's latest stored brief version when it was built from exactly
    these inputs (so building again gives it again); None otherwise."""
    latest = store.get_brief_version(story.id)
    saved = store.get_state(BRIEF_STATE + story.id)
    if latest is None or saved is None:
        return None
    version, _, inputs = saved.decode().partition(" ")
    if version != str(latest.version) or inputs != brief_inputs(store, story, docs):
        return None
    return latest.version


def record_brief(store: Store, story: Story, docs: list[Document], version: int) -> None:
    """Remember what the story's brief version ``version`` was built from."""
    if store.read_only:
        return
    inputs = brief_inputs(store, story, docs)
    store.put_state(BRIEF_STATE + story.id, f"{version} {inputs}".encode())
