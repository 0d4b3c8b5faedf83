"""The shared front of every command: read inputs, clean them, store the documents.

Raw items are cleaned in chunks (so cross-page evidence such as repeated boilerplate lines works
within a chunk without holding a whole corpus in memory) and stored in batches, one transaction
per batch, so a crash loses at most the batch in flight.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TypeVar

from storyline.ingest import Reader, expand_inputs
from storyline.model import Document, Failure, RawDocument
from storyline.progress import Tracker
from storyline.store import Store

CLEAN_CHUNK = 500  # raws cleaned together
WRITE_BATCH = 200  # documents per store transaction

T = TypeVar("T")


@dataclass
class IngestResult:
    documents: list[Document] = field(default_factory=list)  # unique by id, in input order
    failures: list[Failure] = field(default_factory=list)
    counts: dict[str, int] = field(
        default_factory=lambda: {"added": 0, "updated": 0, "unchanged": 0})


def clean_documents(raws: list[RawDocument]) -> list[Document | Failure]:
    """The clean stage (imported late: ingest must not pay for it until there is work)."""
    from storyline.clean import clean_documents as clean

    return clean(raws)


def ingest(inputs: list[str], store: Store | None, *, track: Tracker,
           allow_private: bool = False, clean_chunk: int = CLEAN_CHUNK,
           write_batch: int = WRITE_BATCH, unique: bool = True) -> IngestResult:
    """Read, clean and (with a store) upsert; counts say what the store made of it.

    ``unique`` drops a document whose id was already seen in this call (same content twice).
    """
    result = IngestResult()
    seen: set[str] = set()
    targets: list[str] = []
    for target in expand_inputs(inputs):
        if isinstance(target, Failure):
            result.failures.append(target)
        else:
            targets.append(target)
    with Reader(allow_private=allow_private) as reader:
        items = (item for target in track(targets, "Reading", total=len(targets))
                 for item in reader.read(target))
        for chunk in _chunks(_raws(items, result.failures), clean_chunk):
            docs = []
            for cleaned in _clean_safely(chunk):
                if isinstance(cleaned, Failure):
                    result.failures.append(cleaned)
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


def ingest_documents(inputs: list[str], store: Store | None, *, track: Tracker,
                     allow_private: bool = False) -> tuple[list[Document], list[Failure]]:
    """Read, clean and store ``inputs``; the documents (unique by id) and the failures."""
    result = ingest(inputs, store, track=track, allow_private=allow_private)
    return result.documents, result.failures


def _clean_safely(chunk: list[RawDocument]) -> list[Document | Failure]:
    """Clean a chunk; if the stage breaks on it, retry one by one so one page fails alone."""
    try:
        return clean_documents(chunk)
    except Exception:  # noqa: BLE001 - any bug in one page must not sink the others
        pass
    out: list[Document | Failure] = []
    for raw in chunk:
        try:
            out.extend(clean_documents([raw]))
        except Exception as exc:
            message = (str(exc).splitlines() or [""])[0] or type(exc).__name__
            out.append(Failure(source=raw.source, error=f"cannot clean: {message}"))
    return out


def _raws(items: Iterable[RawDocument | Failure], failures: list[Failure]
          ) -> Iterator[RawDocument]:
    for item in items:
        if isinstance(item, Failure):
            failures.append(item)
        else:
            yield item


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
