"""Commands of the ingest stage: ``ingest``, ``docs`` and ``extract``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from storyline.cli.app import (
    AddressOption,
    AllowPrivateOption,
    DbOption,
    Engine,
    EngineOption,
    FailureLog,
    JsonOption,
    PathsArgument,
    QuietOption,
    WorkersOption,
    app,
    emit_jsonl,
    existing_store,
    extract_record,
    finish,
    listing_table,
    open_store,
    out,
    pipeline_for,
    shown,
)
from storyline.progress import progress
from storyline.safetext import safe_name, safe_text

if TYPE_CHECKING:  # the data model is imported when a command runs, not for --help
    from storyline.model import Document


@app.command("ingest")
def ingest_command(
    paths: PathsArgument,
    db: DbOption = None,
    json_output: JsonOption = False,
    quiet: QuietOption = False,
    allow_private: AllowPrivateOption = False,
    workers: WorkersOption = None,
    engine: EngineOption = Engine.local,
    address: AddressOption = None,
) -> None:
    """Read pages, clean them and store the documents.

    Accepts files, folders (recursively), globs and http(s) URLs: HTML, text, JSONL, WARC,
    RSS/Atom feeds and lists of URLs, gzipped or not. Ingesting the same input again changes
    nothing. Exits non-zero when any input failed; all good inputs are still stored.
    """
    failures = FailureLog()
    with open_store(db) as store, progress(quiet) as track:
        pipe = pipeline_for(
            store,
            track,
            allow_private=allow_private,
            workers=workers,
            engine=engine,
            address=address,
            on_failure=failures,
        )
        result = pipe.ingest(paths)
    summary = {**result.counts, "failed": failures.count, "documents": len(result.documents)}
    if json_output:
        # The first failures only: every one was printed to stderr as it happened.
        emit_jsonl({**summary, "failures": [f.model_dump() for f in failures.first]})
    else:
        out.print(
            f"added {summary['added']}, updated {summary['updated']}, "
            f"unchanged {summary['unchanged']}, failed {summary['failed']}"
        )
    finish(failures)


@app.command("docs")
def docs_command(db: DbOption = None, json_output: JsonOption = False) -> None:
    """List the stored documents: id, outlet, published date, language, words and title."""
    path = existing_store(db, json_output, "ingest")
    if path is None:
        return
    with open_store(path) as store:
        docs = store.documents()
        if json_output:
            for doc in docs:
                emit_jsonl(_listing(doc))
            return
        table = listing_table()
        # Fixed columns keep their width; the title gets what is left of the terminal.
        fixed = (("id", 16), ("outlet", 14), ("published", 10), ("lang", 4), ("words", 5))
        for name, width in fixed:
            table.add_column(
                name,
                width=width,
                no_wrap=True,
                overflow="ellipsis",
                justify="right" if name == "words" else "left",
            )
        spare = out.width - sum(width for _, width in fixed) - 3 * len(fixed)
        table.add_column("title", width=max(spare, 16), overflow="fold")
        for doc in docs:
            table.add_row(
                doc.id,
                shown(doc.outlet),
                shown(doc.published)[:10],
                shown(doc.language),
                str(len(doc.text.split())),
                shown(doc.title),
            )
        out.print(table)


@app.command("extract")
def extract_command(
    paths: PathsArgument,
    json_output: JsonOption = False,
    show_removed: Annotated[
        bool, typer.Option("--show-removed", help="Also print every removed line and why.")
    ] = False,
    quiet: QuietOption = False,
    allow_private: AllowPrivateOption = False,
    workers: WorkersOption = None,
) -> None:
    """Clean pages and print their text and metadata, without storing anything.

    With --json: one object a line with id, source, url, title, published, published_source,
    outlet, authors, wire, language, text and removed (a list of {line, reason}).
    """
    failures = FailureLog()
    with progress(quiet) as track:
        from storyline.pipeline import ingest
        from storyline.workers import default_workers

        result = ingest(
            paths,
            None,
            track=track,
            allow_private=allow_private,
            unique=False,
            workers=workers or default_workers(),
            on_failure=failures,
        )
    for doc in result.documents:
        if json_output:
            emit_jsonl(extract_record(doc))
        else:
            _print_document(doc, show_removed)
    finish(failures)


def _listing(doc: Document) -> dict[str, object]:
    return {
        "id": doc.id,
        "outlet": doc.outlet,
        "published": doc.published,
        "language": doc.language,
        "words": len(doc.text.split()),
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
    }


def _print_document(doc: Document, show_removed: bool) -> None:
    """The document for a terminal: every string from the page stripped of control and bidi
    characters (an escape sequence in a page must not recolour or retitle the terminal)."""
    out.rule(Text(safe_text(doc.title or "(no title)"), style="bold"))
    facts = [
        ("id", doc.id),
        ("source", doc.source),
        ("url", doc.url),
        ("outlet", doc.outlet),
        ("published", f"{doc.published} ({doc.published_source})" if doc.published else None),
        ("authors", ", ".join(doc.authors)),
        ("wire", doc.wire),
        ("language", doc.language),
        ("words", str(len(doc.text.split()))),
        ("removed", f"{len(doc.removed)} lines" if doc.removed else None),
    ]
    for name, value in facts:
        if value:
            shown_value = safe_name(value) if name in ("source", "url") else safe_text(value)
            out.print(Text.assemble((f"{name}: ", "dim"), shown_value))
    out.print()
    out.print(Text(safe_text(doc.text, keep_lines=True)))
    if show_removed and doc.removed:
        out.print()
        out.print(Text(f"Removed ({len(doc.removed)} lines):", style="bold"))
        for removed in doc.removed:
            out.print(Text.assemble((f"  [{removed.reason}] ", "yellow"), safe_text(removed.line)))
    out.print()
