"""The analyze stage: one spaCy parse per document, shared by every analyzer.

Order matters: entities first (quotes, figures and events name them by canonical name), then
quotes, times (resolved against the reference date), figures (which use the times for "as at Oct
8" and the quotes for speakers) and events.

The reference date for relative expressions is, in order: the caller's override, the document's
stated `published` date, or a date estimated from the content (then `published_estimate` is set).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from storyline.model import Analysis, Document
from storyline.progress import Tracker
from storyline.store import Store
from storyline.versions import analyzer_version

if TYPE_CHECKING:  # spaCy is imported when a document is parsed, not when analyses are reused
    from spacy.tokens import Doc

# Texts longer than this are parsed in paragraph-aligned pieces and joined again: the parser's
# memory grows with the text, and spaCy refuses texts over nlp.max_length.
CHUNK_CHARS = 100_000

# Texts per nlp.pipe batch: the parser and the recogniser step every text of a batch together,
# so small batches pay their per-step cost more often (200 news texts: 64 took 10% less CPU
# than 16, with the same annotations; 1,000 was slower again).
PARSE_BATCH = 64

# Worker processes pay off from about this many documents; below it, loading the model in each
# worker costs more than it saves.
PARALLEL_MIN_DOCS = 100
# Documents per task sent to a worker: large enough that a worker is rarely idle waiting for
# the parent, small enough that progress moves and the last batches balance across workers.
WORKER_BATCH = 25
# Analyses written to the store per transaction while a long run goes on.
STORE_EVERY = 200

log = logging.getLogger(__name__)
T = TypeVar("T")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def analyze_documents(
    docs: list[Document],
    *,
    reference_dates: dict[str, str] | None = None,
    batch_size: int = PARSE_BATCH,
    n_process: int = 1,
    track: Tracker | None = None,
    workers: int = 1,
) -> list[Analysis]:
    """One Analysis per document, in order. `reference_dates` maps a document id to the date
    its relative expressions are resolved against, overriding its own `published`."""
    stream = iter_analyses(
        docs,
        reference_dates=reference_dates,
        batch_size=batch_size,
        n_process=n_process,
        track=track,
        workers=workers,
    )
    return list(stream)


def iter_analyses(
    docs: list[Document],
    *,
    reference_dates: dict[str, str] | None = None,
    batch_size: int = PARSE_BATCH,
    n_process: int = 1,
    track: Tracker | None = None,
    workers: int = 1,
) -> Iterator[Analysis]:
    """The analyses of ``docs`` in order, each as soon as it is made (so a caller can store
    them as they come instead of losing hours of work to one interruption)."""
    if not docs:
        return
    if workers > 1 and len(docs) >= PARALLEL_MIN_DOCS:
        yield from _in_workers(docs, reference_dates or {}, workers, track)
        return
    from storyline.analyze.nlp import load_nlp

    nlp = load_nlp()
    parsed = _parse(nlp, [d.text for d in docs], batch_size, n_process)
    if track is not None:
        parsed = track(parsed, "Analyzing", total=len(docs))
    overrides = reference_dates or {}
    for doc, sdoc in zip(docs, parsed, strict=True):
        yield analyze_parsed(doc, sdoc, overrides.get(doc.id))


def analyze_parsed(doc: Document, sdoc: Doc, reference: str | None = None) -> Analysis:
    """Run every analyzer on one parsed document. An analyzer that fails leaves its field empty
    (logged with the document's source) instead of sinking the batch."""
    from storyline.analyze.entities import find_entities
    from storyline.analyze.events import find_events
    from storyline.analyze.figures import find_figures
    from storyline.analyze.names import other_names
    from storyline.analyze.nlp import forget
    from storyline.analyze.quotes import find_quotes
    from storyline.analyze.times import estimate_published, find_times

    def safe(name: str, fn: Callable[[], list[T]]) -> list[T]:
        try:
            return fn()
        except Exception:  # one bad page must not stop the others
            log.exception("%s: %s analyzer failed", doc.source, name)
            return []

    reference = _day(reference) or _day(doc.published)
    estimate = None
    entities = safe("entities", lambda: find_entities(sdoc))
    quotes = safe("quotes", lambda: find_quotes(sdoc, entities))
    times = safe("times", lambda: find_times(sdoc, _as_date(reference)))
    if reference is None:
        estimate = _safe_estimate(estimate_published, times, doc)
        if estimate is not None:
            reference = estimate
            times = safe("times", lambda: find_times(sdoc, _as_date(reference)))
    figures = safe("figures", lambda: find_figures(sdoc, entities, times, quotes))
    events = safe("events", lambda: find_events(sdoc, times, entities))
    others = safe("other names", lambda: other_names(sdoc, entities))
    forget(sdoc)
    return Analysis(
        doc_id=doc.id,
        version=analyzer_version(),
        text_hash=text_hash(doc.text),
        reference_date=reference,
        published_estimate=estimate,
        entities=entities,
        quotes=quotes,
        figures=figures,
        times=times,
        events=events,
        other_entities=others,
    )


def analyze_with_store(
    docs: list[Document],
    store: Store,
    *,
    reference_dates: dict[str, str] | None = None,
    track: Tracker | None = None,
    **kw: object,
) -> list[Analysis]:
    """Reuse stored analyses made by this version from the same text and reference date;
    analyze the rest (in ``workers`` processes when given and the batch is large) and store
    them. Returns one Analysis per document, in order."""
    stream = iter_with_store(docs, store, reference_dates=reference_dates, track=track, **kw)
    return list(stream)


def iter_with_store(
    docs: list[Document],
    store: Store,
    *,
    reference_dates: dict[str, str] | None = None,
    track: Tracker | None = None,
    **kw: object,
) -> Iterator[Analysis]:
    """``analyze_with_store`` one document at a time, in order: new analyses are stored as
    they come (every ``STORE_EVERY``), so neither an interruption nor a caller that prints
    them as it goes holds hours of work in memory."""
    overrides = reference_dates or {}
    # Stored analyses of another version are recomputed (version.py: the digest of every
    # module the stage imports, plus the spaCy and model versions).
    version = analyzer_version()
    reused: dict[str, Analysis] = {}
    todo: list[Document] = []
    for doc in docs:
        stored = store.get_analysis(doc.id, version, text_hash(doc.text))
        if stored is not None and _reusable(stored, doc, _day(overrides.get(doc.id))):
            reused[doc.id] = stored
        else:
            todo.append(doc)
    fresh = iter_analyses(todo, reference_dates=overrides, track=track, **kw)  # type: ignore[arg-type]
    pending: list[Analysis] = []
    try:
        for doc in docs:
            if doc.id in reused:
                yield reused.pop(doc.id)
                continue
            analysis = next(fresh)  # the fresh stream follows the documents' order
            pending.append(analysis)
            if len(pending) >= STORE_EVERY:
                store.put_analyses(pending)
                pending = []
            yield analysis
        next(fresh, None)  # let the stream end, so its progress bar counts its last document
    finally:  # also when interrupted: what was made is kept
        store.put_analyses(pending)


def _reusable(stored: Analysis, doc: Document, wanted: str | None) -> bool:
    """A stored analysis of this version and text serves unless the caller asks for another
    reference date, or the page has gained a date since it was analyzed undated. Which date a
    page's story makes it count by is decided by ``storyline.dating`` when its brief is built
    (and the page re-analyzed then), so a run does not undo what the last brief settled."""
    if wanted is not None:
        return stored.reference_date == wanted
    return not (stored.reference_date is None and _day(doc.published))


# ------------------------------------------------------------------ worker processes


def _in_workers(
    docs: list[Document], overrides: dict[str, str], workers: int, track: Tracker | None
) -> Iterator[Analysis]:
    """Parse and analyze in worker processes (each loads the model once); in input order."""
    from storyline.workers import map_batches

    tasks = [(doc, overrides.get(doc.id)) for doc in docs]
    batches = map_batches(_analyze_batch, tasks, workers=workers, batch_size=WORKER_BATCH)
    analyses: Iterator[Analysis] = (
        Analysis.model_validate_json(a) for batch in batches for a in batch
    )
    if track is not None:  # the bar counts documents as they come back
        analyses = track(analyses, "Analyzing", total=len(docs))
    return analyses


def _analyze_batch(tasks: list[tuple[Document, str | None]]) -> list[str]:
    """One worker's share: a batch parsed and analyzed in this process, sent back as JSON
    (a tenth of the cost of unpickling the models, which the parent would pay while the
    workers want its core)."""
    overrides = {doc.id: ref for doc, ref in tasks if ref}
    analyses = analyze_documents([doc for doc, _ in tasks], reference_dates=overrides)
    return [a.model_dump_json() for a in analyses]


# ------------------------------------------------------------------ parsing


def _parse(nlp, texts: list[str], batch_size: int, n_process: int) -> Iterator[Doc]:
    """Docs in order; long texts are parsed in pieces within the same stream and joined."""
    pieces = ((piece, n) for n, text in enumerate(texts) for piece in _pieces(text))
    stream = nlp.pipe(pieces, as_tuples=True, batch_size=batch_size, n_process=n_process)
    current: list[Doc] = []
    current_n = 0
    for sdoc, n in stream:
        if n != current_n and current:
            yield _join(current, texts[current_n])
            current = []
        current_n = n
        current.append(sdoc)
    if current:
        yield _join(current, texts[current_n])


def _pieces(text: str) -> list[str]:
    """The text itself, or paragraph-aligned pieces that concatenate back to it exactly."""
    if len(text) <= CHUNK_CHARS:
        return [text]
    pieces, start = [], 0
    while start < len(text):
        end = min(start + CHUNK_CHARS, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + CHUNK_CHARS // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + CHUNK_CHARS // 2, end)
            end = cut + 1 if cut != -1 else end
        pieces.append(text[start:end])
        start = end
    return pieces


def _join(parts: list[Doc], text: str) -> Doc:
    from storyline.analyze.nlp import keep_text

    if len(parts) == 1:
        return keep_text(parts[0], text)
    from spacy.tokens import Doc

    joined = Doc.from_docs(parts, ensure_whitespace=False)
    if joined.text != text:  # should not happen: pieces are exact slices
        raise ValueError("joined parse does not match the text")
    return keep_text(joined, text)


# ------------------------------------------------------------------ dates


def _day(value: str | None) -> str | None:
    """The date part of an ISO date or datetime, or None when it does not parse."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _as_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _safe_estimate(estimate, times, doc: Document) -> str | None:
    try:
        return _day(estimate(times, doc.text))
    except Exception:
        log.exception("%s: publication date estimate failed", doc.source)
        return None
