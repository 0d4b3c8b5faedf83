"""The stateless stages on a Ray cluster: read, clean and analyze sharded inputs with Ray Data.

    inputs (files, folders, WARCs, JSONL, URL lists) -> one task per input file (read)
      -> batches of raw documents (clean: cross-page evidence within a batch, as locally)
      -> actors holding the spaCy model (analyze)
      -> Parquet shards in OUT_DIR (one row per document or failure)
    load_shards(OUT_DIR, store): one writer puts documents and analyses into the store.

Clustering and briefs stay with the single writer (``Pipeline``). The same code runs in local
mode (``ray.init(num_cpus=2)``, as the tests do) and on a cluster (``address="ray://..."`` or
``"auto"``) unchanged. Ray is an optional extra: ``pip install 'storyline[ray]'``.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.model import Analysis, Document, Failure, RawDocument
from storyline.progress import Tracker, silent
from storyline.store import Store

CLEAN_BATCH = 500  # raws cleaned together (cross-page boilerplate is found within a batch)
ANALYZE_BATCH = 25  # documents per call on an analyzer actor
READ_CPUS = 0.25  # what a read or clean task reserves
# What an analyzer actor reserves: all of the actors (one per CPU) start at once and load the
# model while the first pages are read, and their reservations leave room for the read and
# clean tasks that feed them (actors reserving a whole CPU each would leave none).
ANALYZER_CPUS = 0.8


def available() -> bool:
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        return False
    return True


# ---------------------------------------------------------------- the stages as Ray functions
# Rows carry pickled model objects: raw page bytes are not always UTF-8, and the model types
# round-trip exactly.


def _read(row: dict[str, Any]) -> list[dict[str, Any]]:
    """One input file or URL -> its raw documents and failures."""
    from storyline.ingest import Reader

    out = []
    with Reader(allow_private=bool(row["allow_private"])) as reader:
        for item in reader.read(row["target"]):
            kind = "raw" if isinstance(item, RawDocument) else "failure"
            out.append({"kind": kind, "blob": pickle.dumps(item)})
    return out


def _clean(batch: dict[str, Any]) -> Iterator[dict[str, list[Any]]]:
    """A batch of raws -> cleaned documents (failures pass through), in blocks of
    ``ANALYZE_BATCH`` rows: the analyzer actors are handed whole blocks, so one block of a
    whole clean batch would keep one actor busy while the others wait."""
    from storyline.clean import clean_batch

    items = [pickle.loads(blob) for blob in batch["blob"]]
    raws = [item for item in items if isinstance(item, RawDocument)]
    passed = [item for item in items if isinstance(item, Failure)]
    cleaned = clean_batch(raws) + passed
    for start in range(0, len(cleaned), ANALYZE_BATCH):
        part = cleaned[start : start + ANALYZE_BATCH]
        yield {
            "kind": ["document" if isinstance(c, Document) else "failure" for c in part],
            "blob": [pickle.dumps(c) for c in part],
        }


class _Analyzer:
    """A Ray actor: loads the model once, then analyzes batch after batch."""

    def __init__(self) -> None:
        from storyline.analyze.nlp import load_nlp

        load_nlp()

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        from storyline.analyze import analyze_documents

        items = [pickle.loads(blob) for blob in batch["blob"]]
        docs = [item for item in items if isinstance(item, Document)]
        found = {a.doc_id: a for a in analyze_documents(docs)}
        return {
            "kind": list(batch["kind"]),
            "blob": list(batch["blob"]),
            "analysis": [
                pickle.dumps(found[i.id]) if isinstance(i, Document) else b"" for i in items
            ],
        }


# ---------------------------------------------------------------- running and loading


@dataclass
class ShardReport:
    out_dir: Path
    documents: list[Document] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    counts: dict[str, int] = field(
        default_factory=lambda: {"added": 0, "updated": 0, "unchanged": 0}
    )


def run(
    inputs: list[str],
    out_dir: str | Path,
    *,
    address: str | None = None,
    num_cpus: int | None = None,
    analyzers: int | None = None,
    allow_private: bool = False,
) -> Path:
    """Read, clean and analyze ``inputs`` on Ray; write Parquet shards to ``out_dir``.

    ``address``: a running cluster (``"auto"``, ``"ray://host:10001"``); None starts Ray
    locally with ``num_cpus``. ``analyzers``: actors holding the model (default: one per CPU).
    """
    import ray

    from storyline.ingest import expand_inputs

    if not ray.is_initialized():
        ray.init(
            address=address,
            num_cpus=None if address else num_cpus,
            include_dashboard=False,
            log_to_driver=False,
        )
    targets = [t for t in expand_inputs(inputs) if not isinstance(t, Failure)]
    cpus = int(ray.cluster_resources().get("CPU", 1))
    rows = ray.data.from_items(
        [{"target": t, "allow_private": allow_private} for t in targets],
        override_num_blocks=max(1, min(len(targets), cpus * 4)),
    )
    # Reading and cleaning take a fraction of a CPU each, so they can always be scheduled
    # beside the analyzer actors, which all start at once (see ANALYZER_CPUS): a pool grown
    # from one actor left the second CPU idle for much of a 2-CPU run.
    data = (
        rows.flat_map(_read, num_cpus=READ_CPUS)
        .map_batches(_clean, batch_size=CLEAN_BATCH, batch_format="numpy", num_cpus=READ_CPUS)
        .map_batches(
            _Analyzer,
            batch_size=ANALYZE_BATCH,
            batch_format="numpy",
            concurrency=max(1, analyzers or cpus),
            num_cpus=ANALYZER_CPUS,
        )
    )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data.write_parquet(str(out))
    return out


def read_shards(out_dir: str | Path) -> Iterator[tuple[Document | Failure, Analysis | None]]:
    """Each row of the shards: a document with its analysis, or a failure."""
    import pyarrow.parquet as pq

    for path in sorted(Path(out_dir).glob("*.parquet")):
        table = pq.read_table(path, columns=["kind", "blob", "analysis"])
        for kind, blob, analysis in zip(
            table.column("kind").to_pylist(),
            table.column("blob").to_pylist(),
            table.column("analysis").to_pylist(),
            strict=True,
        ):
            item = pickle.loads(blob)
            yield item, (pickle.loads(analysis) if kind == "document" and analysis else None)


def load_shards(
    out_dir: str | Path, store: Store, *, track: Tracker = silent, batch: int = 200
) -> ShardReport:
    """The single writer: put the shards' documents and analyses into the store."""
    report = ShardReport(Path(out_dir))
    docs: list[Document] = []
    analyses: list[Analysis] = []

    def flush() -> None:
        for key, value in store.put_documents(docs).items():
            report.counts[key] = report.counts.get(key, 0) + value
        store.put_analyses(analyses)
        docs.clear()
        analyses.clear()

    for item, analysis in track(read_shards(out_dir), "Loading shards"):
        if isinstance(item, Failure):
            report.failures.append(item)
            continue
        docs.append(item)
        report.documents.append(item)
        if analysis is not None:
            analyses.append(analysis)
        if len(docs) >= batch:
            flush()
    flush()
    return report
