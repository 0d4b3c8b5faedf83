"""The ``analyze`` command: ingest, clean, store, then entities, quotes, figures, times, events."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

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
    err,
    extract_record,
    finish,
    open_store,
    out,
    pipeline_for,
    shown,
)
from storyline.safetext import safe_name, safe_text

if TYPE_CHECKING:  # the data model is imported when a command runs, not for --help
    from storyline.model import Analysis, Document, Figure

ANALYSIS_FIELDS = ("entities", "quotes", "figures", "times", "events")

PublishedOption = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="Reference date (YYYY-MM-DD) for relative dates in all "
        "given documents, overriding their own.",
        show_default=False,
    ),
]


@app.command("analyze")
def analyze_command(
    paths: PathsArgument,
    json_output: JsonOption = False,
    published: PublishedOption = None,
    db: DbOption = None,
    quiet: QuietOption = False,
    allow_private: AllowPrivateOption = False,
    workers: WorkersOption = None,
    engine: EngineOption = Engine.local,
    address: AddressOption = None,
) -> None:
    """Extract entities, quotes, figures, time expressions and events from pages.

    The pages are ingested, cleaned and stored first; analyses are stored too and reused while
    the text and analyzer version are unchanged. With --json, one JSON object per document.
    Exits non-zero when any input failed.
    """
    from storyline.progress import progress

    reference = _reference(published)
    failures = FailureLog()
    with open_store(db) as store, progress(quiet or json_output) as track:
        pipe = pipeline_for(
            store,
            track,
            allow_private=allow_private,
            workers=workers,
            engine=engine,
            address=address,
            on_failure=failures,
        )
        docs = pipe.ingest(paths).documents
        overrides = {d.id: reference for d in docs} if reference else None
        # Printed as they come: a large batch shows results at once and is not held in memory.
        for doc, analysis in zip(docs, pipe.iter_analyze(docs, overrides), strict=True):
            if json_output:
                emit_jsonl(document_json(doc, analysis))
            else:
                print_summary(doc, analysis)
    finish(failures)


def _reference(published: str | None) -> str | None:
    if published is None:
        return None
    try:
        return date.fromisoformat(published.strip()).isoformat()
    except ValueError:
        err.print(
            f"error: --published {published!r} is not a date (use YYYY-MM-DD)",
            style="red",
            markup=False,
        )
        raise typer.Exit(code=2) from None


def document_json(doc: Document, analysis: Analysis) -> dict[str, Any]:
    """The extract fields of the document plus its analysis."""
    result = extract_record(doc)
    found = analysis.model_dump(
        mode="json", include={*ANALYSIS_FIELDS, "published_estimate", "reference_date"}
    )
    return (
        result
        | {
            "published_estimate": found["published_estimate"],
            "reference_date": found["reference_date"],
        }
        | {name: found[name] for name in ANALYSIS_FIELDS}
    )


def print_summary(doc: Document, analysis: Analysis) -> None:
    dated = doc.published or (
        f"{analysis.published_estimate} (estimated)" if analysis.published_estimate else "undated"
    )
    heading = Text(safe_text(doc.title) if doc.title else safe_name(doc.source), style="bold")
    out.print(heading + Text(f"  {doc.id} · {safe_text(dated)}", style="dim"))
    people = [e.name for e in analysis.entities if e.label == "PERSON"]
    orgs = [e.name for e in analysis.entities if e.label == "ORG"]
    out.print(
        shown(
            f"  entities {len(analysis.entities)}: people {_few(people)}; "
            f"organisations {_few(orgs)}"
        )
    )
    speakers = [q.speaker for q in analysis.quotes if q.speaker]
    out.print(shown(f"  quotes {len(analysis.quotes)}: {_few(list(dict.fromkeys(speakers)))}"))
    out.print(
        shown(
            f"  figures {len(analysis.figures)}: {_few([_figure(f) for f in analysis.figures], 6)}"
        )
    )
    out.print(f"  times {len(analysis.times)}, events {len(analysis.events)}", markup=False)


def _figure(f: Figure) -> str:
    text = f.text
    extra = [x for x in (f.attribution, f"as of {f.as_of}" if f.as_of else None) if x]
    return text + (f" ({', '.join(extra)})" if extra else "")


def _few(items: list[str], n: int = 5) -> str:
    if not items:
        return "-"
    more = f" +{len(items) - n}" if len(items) > n else ""
    return "; ".join(items[:n]) + more
