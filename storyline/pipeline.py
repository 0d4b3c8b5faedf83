"""The library entry point: the whole chain, which the CLI, the benchmarks, the evaluations,
the web server and the watcher all call.

    ingest/clean -> analyze (reusing the store) -> cluster -> date undated pages from their
    story -> brief -> render

``Pipeline`` wraps one store. Each step is also usable alone (``ingest``, ``analyze``,
``cluster``, ``brief``), and each reads what the store already holds, so a rerun on the same
pages recomputes nothing. Stages are imported when first used: ingesting pays neither for
spaCy nor for scikit-learn.

Raw items are cleaned in chunks (so cross-page evidence such as repeated boilerplate lines works
within a chunk without holding a whole corpus in memory) and stored in batches, one transaction
per batch, so a crash loses at most the batch in flight.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from storyline.dating import story_dates
from storyline.errors import first_line
from storyline.model import (
    Analysis,
    Brief,
    BriefVersion,
    ChangeReport,
    CopyRelation,
    Document,
    Failure,
    RawDocument,
    Story,
)
from storyline.progress import Tracker, silent
from storyline.store import Store

if TYPE_CHECKING:  # imported when there is something to read or clean: a rerun may have none
    from storyline.clean.budget import Sandbox
    from storyline.synthesize.claim_vectors import SentenceVectors

ENGINES = ("local", "ray")
SHARDS_ENV = "STORYLINE_SHARDS"
CLEAN_CHUNK = 500  # raws cleaned together
# The clean stage's pages for its parallel pass (storyline.clean.stage.PARALLEL_MIN_PAGES).
EARLY_WORKERS_MIN_INPUTS = 64
WRITE_BATCH = 200  # documents per store transaction

T = TypeVar("T")
# Told of each failure as it happens (the CLI prints it at once): failures are then counted,
# not kept, so a file of a million bad lines costs no memory.
FailureSink = Callable[[Failure], None]


@dataclass
class IngestResult:
    documents: list[Document] = field(default_factory=list)  # unique by id, in input order
    failures: list[Failure] = field(default_factory=list)  # kept only without an on_failure
    counts: dict[str, int] = field(
        default_factory=lambda: {"added": 0, "updated": 0, "unchanged": 0}
    )
    failed: int = 0  # every failure, kept or not

    def fail(self, failure: Failure, on_failure: FailureSink | None) -> None:
        self.failed += 1
        if on_failure is None:
            self.failures.append(failure)
        else:
            on_failure(failure)


def clean_documents(
    raws: list[RawDocument], sandbox: Sandbox, workers: int = 1
) -> list[Document | Failure]:
    """The clean stage (imported late: ingest must not pay for it until there is work)."""
    from storyline.clean import clean_documents as clean

    return clean(raws, sandbox=sandbox, workers=workers)


def ingest(
    inputs: list[str],
    store: Store | None,
    *,
    track: Tracker,
    allow_private: bool = False,
    clean_chunk: int = CLEAN_CHUNK,
    write_batch: int = WRITE_BATCH,
    unique: bool = True,
    workers: int = 1,
    on_failure: FailureSink | None = None,
) -> IngestResult:
    """Read, clean and (with a store) upsert; counts say what the store made of it.

    ``unique`` drops a document whose id was already seen in this call (same content twice).
    ``on_failure`` is told of each failure as it happens instead of ``result.failures``.
    """
    from storyline.clean.budget import Sandbox
    from storyline.ingest import Reader, expand_inputs

    result = IngestResult()
    seen: set[str] = set()
    targets: list[str] = []
    for target in expand_inputs(inputs):
        if isinstance(target, Failure):
            result.fail(target, on_failure)
        else:
            targets.append(target)
    # One sandbox for the whole call: the worker that cleans big pages starts at most once.
    with (
        _workers_started(workers, len(targets), store),
        Reader(allow_private=allow_private) as reader,
        Sandbox() as sandbox,
    ):
        items = (
            item
            for target in track(targets, "Reading", total=len(targets))
            for item in reader.read(target)
        )
        raws = _raws(items, lambda failure: result.fail(failure, on_failure))
        for cleaned_chunk in _clean_chunks(_chunks(raws, clean_chunk), store, workers, sandbox):
            docs = []
            for cleaned in cleaned_chunk:
                if isinstance(cleaned, Failure):
                    result.fail(cleaned, on_failure)
                elif not unique or cleaned.id not in seen:
                    seen.add(cleaned.id)
                    docs.append(cleaned)
                elif store is not None:
                    result.counts["unchanged"] += 1  # same content twice: stored once
            result.documents.extend(docs)
            if store is not None:
                for batch in _chunks(docs, write_batch):
                    for key, value in store.put_documents(batch).items():
                        result.counts[key] = result.counts.get(key, 0) + value
    return result


def ingest_documents(
    inputs: list[str], store: Store | None, *, track: Tracker, allow_private: bool = False
) -> tuple[list[Document], list[Failure]]:
    """Read, clean and store ``inputs``; the documents (unique by id) and the failures."""
    result = ingest(inputs, store, track=track, allow_private=allow_private)
    return result.documents, result.failures


def raw_key(raw: RawDocument) -> str:
    """An input's identity for reuse: its bytes, where it came from and the fields its
    container gave it (a JSONL line's title or date changes the document), and the cleaner's
    version. Reusing the stored document then gives exactly what cleaning again would."""
    from storyline.versions import cleaner_version

    digest = hashlib.sha256(cleaner_version().encode())
    digest.update(raw.model_dump_json(exclude={"content"}).encode())
    digest.update(raw.content)
    return digest.hexdigest()


@dataclass
class _Chunk:
    raws: list[RawDocument]
    keys: list[str]  # raw_key of each input ("" without a store)
    stored: dict[int, Document]  # position -> the document the store already holds

    @property
    def todo(self) -> list[RawDocument]:
        return [raw for i, raw in enumerate(self.raws) if i not in self.stored]


def _reusable(raws: list[RawDocument], store: Store | None) -> _Chunk:
    if store is None:
        return _Chunk(raws, [""] * len(raws), {})
    keys = [raw_key(raw) for raw in raws]
    stored = {i: doc for i, key in enumerate(keys) if (doc := store.cleaned_from(key))}
    return _Chunk(raws, keys, stored)


def _clean_chunks(
    chunks: Iterable[list[RawDocument]], store: Store | None, workers: int, sandbox: Sandbox
) -> Iterator[list[Document | Failure]]:
    """Each chunk cleaned (in ``workers`` processes, a chunk per task, so cross-page evidence
    stays within a chunk as before), except the inputs the store already holds cleaned by this
    cleaner's version: a second run over the same pages re-cleans nothing. One result per
    input, in order."""
    from storyline.workers import imap

    waiting: deque[_Chunk] = deque()

    def todo() -> Iterator[list[RawDocument]]:
        for raws in chunks:
            waiting.append(_reusable(raws, store))
            yield waiting[-1].todo

    def here(raws: list[RawDocument]) -> list[Document | Failure]:
        return _clean_safely(raws, sandbox)

    clean = clean_batch if workers > 1 else here  # a worker process has its own sandbox
    pending = todo()
    head = list(islice(pending, 2))
    if workers > 1 and len(head) == 1:  # one chunk: its pages are spread over the workers
        results: Iterator[list[Document | Failure]] = iter(
            [_clean_safely(head[0], sandbox, workers)]
        )
    else:
        results = imap(clean, chain(head, pending), workers=workers)
    for cleaned in results:
        chunk = waiting.popleft()  # results come back in input order
        fresh = iter(cleaned)
        out = [chunk.stored.get(i) or next(fresh) for i in range(len(chunk.raws))]
        if store is not None:
            store.put_raw_keys(
                (key, doc.id)
                for i, (key, doc) in enumerate(zip(chunk.keys, out, strict=True))
                if isinstance(doc, Document) and i not in chunk.stored
            )
        yield out


def clean_batch(chunk: list[RawDocument]) -> list[Document | Failure]:
    """Clean raws together (cross-page evidence within the batch); one result per raw, in
    order; a page that breaks the stage fails alone. What a worker or a Ray task runs."""
    from storyline.clean.budget import Sandbox

    with Sandbox() as sandbox:
        return _clean_safely(chunk, sandbox)


def _clean_safely(
    chunk: list[RawDocument], sandbox: Sandbox, workers: int = 1
) -> list[Document | Failure]:
    """Clean a chunk. The clean stage turns a page it cannot clean into a Failure of its own;
    should the stage still break on a chunk, its halves are cleaned apart, down to the page
    that breaks it, so the rest keep their cross-page boilerplate removal."""
    try:
        if workers > 1:
            return clean_documents(chunk, sandbox, workers)
        return clean_documents(chunk, sandbox)
    except Exception as exc:  # any bug in one page must not sink the others
        if len(chunk) == 1:
            return [Failure(source=chunk[0].source, error=f"cannot clean: {first_line(exc)}")]
    half = len(chunk) // 2
    return _clean_safely(chunk[:half], sandbox) + _clean_safely(chunk[half:], sandbox)


def _workers_started(
    workers: int, inputs: int, store: Store | None
) -> AbstractContextManager[None]:
    """The clean stage's worker processes, started before the inputs are read when they will
    be needed: without a store every page is cleaned, and enough inputs (each file a page at
    least) take the stage's parallel pass. They start their interpreter and import the stage
    while this process reads and imports it too; otherwise they start with the first task."""
    from storyline.workers import started

    if workers > 1 and store is None and inputs >= EARLY_WORKERS_MIN_INPUTS:
        return started(workers, preload="storyline.clean.stage")
    return nullcontext()


def _raws(
    items: Iterable[RawDocument | Failure], fail: Callable[[Failure], None]
) -> Iterator[RawDocument]:
    for item in items:
        if isinstance(item, Failure):
            fail(item)
        else:
            yield item


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


# ---------------------------------------------------------------- the whole chain

# A run holds at most this many analyses in memory (about 110 kB each): a larger corpus is
# analyzed, clustered and briefed with its analyses read back from the store as needed.
HELD_ANALYSES = 10_000
REDATE_ROUNDS = 2  # story dating passes: pages re-read, then pages dated by what those tell


@dataclass
class Run:
    """What one pass over the store found: every stored document with its analysis, the
    stories, every copy relation, and which documents this pass's inputs brought."""

    documents: dict[str, Document]
    analyses: MutableMapping[str, Analysis]  # held in memory up to HELD_ANALYSES documents
    stories: list[Story]
    relations: list[CopyRelation]
    fresh: set[str] = field(default_factory=set)
    failures: list[Failure] = field(default_factory=list)  # kept only without an on_failure
    failed: int = 0  # every failure of this pass's inputs

    def stories_of(self, doc_ids: set[str]) -> list[Story]:
        return [s for s in self.stories if doc_ids & set(s.doc_ids)]


def choose_stories(stories: list[Story], fresh: set[str], min_docs: int = 2) -> list[Story]:
    """The stories a brief is written for: those this pass's inputs touched (every story when
    the inputs brought nothing new) with at least ``min_docs`` documents, else the first."""
    if fresh:
        stories = [s for s in stories if fresh & set(s.doc_ids)]
    big = [s for s in stories if len(s.doc_ids) >= min_docs]
    return big or stories[:1]


@dataclass
class StoryBrief:
    """A story's brief with the documents it cites (the renderers show their text)."""

    story: Story
    brief: Brief
    documents: list[Document]
    # Set by Pipeline.publish: the stored version, and what changed since the one before.
    version: BriefVersion | None = None
    changes: ChangeReport | None = None


class Pipeline:
    """One store, and the chain of stages over it.

    ``track`` shows progress (counted in documents); ``allow_private`` lets the fetcher reach
    private and loopback addresses; ``workers`` is the number of processes the stateless stages
    may use (default: the number of cores); ``on_failure`` is told of each bad input as it
    happens.
    """

    def __init__(
        self,
        store: Store,
        *,
        track: Tracker | None = None,
        allow_private: bool = False,
        workers: int | None = None,
        engine: str = "local",
        address: str | None = None,
        on_failure: FailureSink | None = None,
    ) -> None:
        from storyline.workers import default_workers

        if engine not in ENGINES:
            raise ValueError(f"engine {engine!r}: use one of {', '.join(ENGINES)}")
        self.engine = engine
        self.address = address
        self.store = store
        self.track: Tracker = track or silent
        self.allow_private = allow_private
        self.workers = workers or default_workers()
        self.on_failure = on_failure  # told of each failure as it happens (see ingest)

    # ------------------------------------------------------------ stages

    def ingest(self, inputs: list[str]) -> IngestResult:
        """Read, clean and store ``inputs`` (on Ray, analyze them there too)."""
        if self.engine == "ray":
            return self._ingest_on_ray(inputs)
        return ingest(
            inputs,
            self.store,
            track=self.track,
            allow_private=self.allow_private,
            workers=self.workers,
            on_failure=self.on_failure,
        )

    def _ingest_on_ray(self, inputs: list[str]) -> IngestResult:
        """Read, clean and analyze on Ray (local, or the cluster at ``address``); the shards
        go to a folder beside the store, or under $STORYLINE_SHARDS (on a cluster: a folder
        every node and this machine share), and are loaded by this process, the one writer."""
        import os
        import tempfile

        from storyline import distributed

        if not distributed.available():
            raise RuntimeError("--engine ray needs the extra: pip install 'storyline[ray]'")
        parent = os.environ.get(SHARDS_ENV) or (
            None if str(self.store.path) == ":memory:" else self.store.path.parent
        )
        with tempfile.TemporaryDirectory(prefix="storyline-shards-", dir=parent) as tmp:
            out = distributed.run(
                inputs,
                Path(tmp) / "shards",
                address=self.address,
                num_cpus=None if self.address else self.workers,
                allow_private=self.allow_private,
            )
            report = distributed.load_shards(out, self.store, track=self.track)
        unique = list({d.id: d for d in report.documents}.values())
        result = IngestResult(documents=unique, counts=report.counts)
        for failure in report.failures:
            result.fail(failure, self.on_failure)
        return result

    def clean(self, raws: list[RawDocument]) -> tuple[list[Document], list[Failure]]:
        """Clean raw items (one bad page fails alone); nothing is stored. For callers that
        read items themselves, as the watcher does to take in only what is new."""
        docs: list[Document] = []
        failures: list[Failure] = []
        for cleaned in clean_batch(raws) if raws else []:
            if isinstance(cleaned, Failure):
                failures.append(cleaned)
            else:
                docs.append(cleaned)
        return docs, failures

    def analyze(
        self, docs: list[Document], reference_dates: dict[str, str] | None = None
    ) -> dict[str, Analysis]:
        """Analyses by document id: stored ones reused, the rest computed and stored."""
        if not docs:
            return {}
        from storyline.analyze import analyze_with_store

        found = analyze_with_store(
            docs,
            self.store,
            reference_dates=reference_dates,
            track=self.track,
            workers=self.workers,
        )
        return {a.doc_id: a for a in found}

    def iter_analyze(
        self, docs: list[Document], reference_dates: dict[str, str] | None = None
    ) -> Iterator[Analysis]:
        """``analyze`` one document at a time, in order, each stored as it comes: for callers
        that print or pass on analyses of a large batch without holding them all."""
        if not docs:
            return
        from storyline.analyze import iter_with_store

        yield from iter_with_store(
            docs,
            self.store,
            reference_dates=reference_dates,
            track=self.track,
            workers=self.workers,
        )

    def cluster(
        self, docs: list[Document], analyses: Mapping[str, Analysis]
    ) -> tuple[list[Story], list[CopyRelation]]:
        """Add documents to the stored stories; the stories they belong to and every stored
        copy relation touching them (a rerun finds no new relation but keeps the old ones)."""
        from storyline.living.identity import stable_stories
        from storyline.stories import cluster_documents

        stories, found = cluster_documents(docs, self.store, analyses=analyses, track=self.track)
        stories = stable_stories(self.store, stories)  # a story keeps its id as it changes
        merged = {(r.doc_id, r.of_id): r for r in self.store.relations([d.id for d in docs])}
        merged.update({(r.doc_id, r.of_id): r for r in found})
        return stories, list(merged.values())

    def run(self, inputs: list[str] | None = None, *, index: bool = True) -> Run:
        """Ingest ``inputs`` (if any), then analyze and cluster everything the store holds
        (and bring the entity index up to date, unless the caller does once its briefs,
        which may re-date pages, are built: ``index=False``)."""
        failures: list[Failure] = []
        fresh: set[str] = set()
        failed = 0
        if inputs:
            result = self.ingest(inputs)
            failures, failed = result.failures, result.failed
            fresh = {d.id for d in result.documents}
        docs = list(self.store.documents())
        reused = self._reuse_run(docs)
        if reused is not None:  # nothing changed since the last run: its stories stand
            analyses, stories, relations = reused
        else:
            analyses = self._analyses_of(docs)
            stories, relations = self.cluster(docs, analyses)
        if index:
            self.index_entities()
        if reused is None:
            from storyline.reuse import record_run

            record_run(self.store, stories)
        return Run({d.id: d for d in docs}, analyses, stories, relations, fresh, failures, failed)

    def _analyses_of(self, docs: list[Document]) -> MutableMapping[str, Analysis]:
        """``analyze`` for a run: above HELD_ANALYSES documents the analyses are stored as
        they come and read back when clustering or a brief asks for them (see BoundedAnalyses)."""
        if len(docs) <= HELD_ANALYSES:
            return self.analyze(docs)
        from storyline.reuse import BoundedAnalyses

        for _ in self.iter_analyze(docs):
            pass
        return BoundedAnalyses(self.store, [d.id for d in docs], keep=HELD_ANALYSES)

    def _reuse_run(
        self, docs: list[Document]
    ) -> tuple[MutableMapping[str, Analysis], list[Story], list[CopyRelation]] | None:
        """What analyzing and clustering ``docs`` (every stored document) would return, read
        from the store, when nothing either reads changed since the last run (see
        ``storyline.reuse``); None when they must run."""
        from storyline.reuse import BoundedAnalyses, StoredAnalyses, current_stories

        stories = current_stories(self.store)
        if stories is None:
            return None
        ids = [d.id for d in docs]
        held: MutableMapping[str, Analysis] = (
            StoredAnalyses(self.store, ids)
            if len(ids) <= HELD_ANALYSES
            else BoundedAnalyses(self.store, ids, keep=HELD_ANALYSES)
        )
        return held, stories, self.store.relations(ids)

    def index_entities(self, analyze: bool = False) -> bool:
        """Bring the cross-story entity index up to date with the stored analyses (after
        analyzing every stored document first, with ``analyze``). Whether it was rebuilt."""
        from storyline.entityindex import update_entity_index

        if analyze:
            self.analyze(list(self.store.documents()))
        return update_entity_index(self.store, self.track)

    def update(self, docs: list[Document]) -> Run:
        """Analyze and cluster just ``docs`` (pages new to the stories): the stories they
        belong to. Unlike ``run``, nothing else is loaded, so on a large store a few new
        pages cost what they cost. Brief its stories with ``brief(story)`` (no run: their
        other pages, analyses and relations are read from the store)."""
        analyses = self.analyze(docs)
        stories, relations = self.cluster(docs, analyses)
        fresh = {d.id for d in docs}
        return Run({d.id: d for d in docs}, analyses, stories, relations, fresh)

    def publish(self, story: Story, run: Run | None = None) -> StoryBrief:
        """The brief of one story, stored as its next version with what changed since the
        previous one (an unchanged rebuild is the latest version again)."""
        stored = self._stored_brief(story, run)
        if stored is not None:
            return stored
        from storyline.living.versions import record
        from storyline.reuse import record_brief

        result = self.brief(story, run)
        brief, version, report = record(self.store, result.brief, result.documents)
        record_brief(self.store, story, result.documents, version.version)
        return StoryBrief(story, brief, result.documents, version, report)

    def _stored_brief(self, story: Story, run: Run | None) -> StoryBrief | None:
        """The story's latest stored brief when it was built from what the store holds now
        (its pages, their analyses, the builder's version: see ``storyline.reuse``): building
        it again would give that version again, so it is not built."""
        from storyline.reuse import reusable_version

        members = self._members(story, run)
        number = reusable_version(self.store, story, members)
        version = None if number is None else self.store.get_brief_version(story.id, number)
        brief = None if number is None else self.store.version_brief(story.id, number)
        if version is None or brief is None:
            return None
        changes = self.store.version_changes(story.id, version.version)
        return StoryBrief(story, brief, members, version, changes)

    def changes(self, story_id: str, since: str | None = None) -> ChangeReport | None:
        """What the latest stored brief of a story has that an earlier one (``since``: "v2"
        or an ISO date; default the previous version) did not."""
        from storyline.living.versions import changes

        return changes(self.store, self.store.resolve_story(story_id) or story_id, since)

    def brief(self, story: Story, run: Run | None = None) -> StoryBrief:
        """The brief of one story. Its undated pages are dated from the story and re-analyzed
        against that date (stored, so the next brief reuses it)."""
        from storyline.synthesize import build_brief

        members = self._members(story, run)
        analyses = {
            d.id: a
            for d in members
            if (a := (run.analyses.get(d.id) if run else None) or self.store.get_analysis(d.id))
        }
        ids = [d.id for d in members]
        relations = (
            [r for r in run.relations if r.doc_id in ids and r.of_id in ids]
            if run
            else [r for r in self.store.relations(ids) if r.doc_id in ids and r.of_id in ids]
        )
        # A page's day may rest on what other pages tell once they are re-read
        # (``storyline.dating_early``): a second round reads it against the day they give.
        for _ in range(REDATE_ROUNDS):
            redo = story_dates(members, analyses, relations).reanalyze
            if not redo:
                break
            analyses.update(self.analyze([d for d in members if d.id in redo], redo))
            if run is not None:
                run.analyses.update({i: analyses[i] for i in redo})
        vectors = self._sentence_vectors(ids)
        found = [analyses[i] for i in ids if i in analyses]
        brief = build_brief(story, members, found, relations, vectors)
        if vectors is not None:  # kept, so the next brief does not load the model for them
            self.store.put_sentence_vectors(vectors.fresh, vectors.model)
        return StoryBrief(story, brief, members)

    def _sentence_vectors(self, doc_ids: list[str]) -> SentenceVectors | None:
        """The stored sentence embeddings of these pages for claim matching, or None when
        claims are matched by words alone (no ``embeddings`` extra, or switched off)."""
        from storyline.synthesize.claim_vectors import SentenceVectors, model_id
        from storyline.synthesize.claims import embeddings_wanted

        if not embeddings_wanted():
            return None
        model = model_id()
        return SentenceVectors(self.store.sentence_vectors(doc_ids, model), model=model)

    def _members(self, story: Story, run: Run | None) -> list[Document]:
        known = run.documents if run else {}
        missing = [i for i in story.doc_ids if i not in known]
        loaded = {d.id: d for d in self.store.documents(missing)}
        return [d for i in story.doc_ids if (d := known.get(i) or loaded.get(i))]


def render_brief(result: StoryBrief, fmt: str) -> str:
    """The brief as Markdown, HTML or JSON (Markdown and HTML open with what is new when it
    is a stored version with an earlier one)."""
    from storyline.render import render

    return render(result.brief, result.documents, fmt, changes=result.changes)
