"""The ``brief`` command: every stage (or what the store already holds) -> one brief per story."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from storyline.cli.app import (
    AddressOption,
    AllowPrivateOption,
    DbOption,
    Engine,
    EngineOption,
    FailureLog,
    JsonOption,
    QuietOption,
    WorkersOption,
    app,
    err,
    finish,
    open_store,
    pipeline_for,
)
from storyline.model import Story
from storyline.progress import progress
from storyline.render import FORMATS
from storyline.safetext import safe_name

BriefPaths = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files, folders, globs or URLs to add first; none: use what is stored.",
        show_default=False,
    ),
]


def brief_paths(out_file: Path, stories: list[Story]) -> dict[str, Path]:
    """One story: the file given. Several: the story id goes before the suffix, so
    ``--out build/brief.html`` writes ``build/brief-<story id>.html`` for each story."""
    if len(stories) == 1:
        return {stories[0].id: out_file}
    return {s.id: out_file.with_name(f"{out_file.stem}-{s.id}{out_file.suffix}") for s in stories}


@app.command("brief")
def brief_command(
    paths: BriefPaths = None,
    story: Annotated[str | None, typer.Option("--story", help="Only this story id.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="md, html or json.")] = "html",
    out_file: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Output file (default: brief.FORMAT); with several stories the "
            "story id is inserted before the suffix.",
        ),
    ] = None,
    min_docs: Annotated[
        int, typer.Option("--min-docs", help="Skip stories with fewer documents (unless --story).")
    ] = 2,
    db: DbOption = None,
    json_output: JsonOption = False,
    quiet: QuietOption = False,
    allow_private: AllowPrivateOption = False,
    workers: WorkersOption = None,
    engine: EngineOption = Engine.local,
    address: AddressOption = None,
) -> None:
    """Write a cross-source brief per story: summary, figures, who's who, quotes, timeline.

    Ingests, analyzes and clusters PATHs (reusing whatever the store already has), then builds
    one brief per story touched by PATHs, or per stored story when no PATH is given. Prints
    the paths written (--json: a JSON list of them).
    """
    if fmt not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    out_file = out_file or Path(f"brief.{fmt}")
    from storyline.pipeline import render_brief

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
        run = pipe.run(paths or [])
        if not run.documents:
            err.print("No documents: give PATHs or run `storyline ingest` first.", style="red")
            raise typer.Exit(code=1)
        chosen = _choose(run.stories, story, run.fresh, min_docs)
        targets = brief_paths(out_file, chosen)
        written: list[Path] = []
        for one in track(chosen, "Writing briefs"):
            path = targets[one.id]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render_brief(pipe.brief(one, run), fmt), encoding="utf-8")
            written.append(path)
    # Plain writes: a path may hold brackets that rich would read as markup.
    if json_output:
        sys.stdout.write(json.dumps([str(p) for p in written]) + "\n")
    else:
        sys.stdout.write("".join(f"{p}\n" for p in written))
    finish(failures)


def _choose(
    stories: list[Story], story_id: str | None, fresh: set[str], min_docs: int
) -> list[Story]:
    if story_id:
        found = [s for s in stories if s.id == story_id]
        if not found:
            err.print(
                f"--story {safe_name(story_id)}: no such story; known: "
                f"{', '.join(s.id for s in stories[:20])}",
                style="red",
                markup=False,
            )
            raise typer.Exit(code=1)
        return found
    if fresh:
        stories = [s for s in stories if fresh & set(s.doc_ids)]
    big = [s for s in stories if len(s.doc_ids) >= min_docs]
    return big or stories[:1]
