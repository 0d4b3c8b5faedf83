"""The ``brief`` command: every stage (or what the store already holds) -> one brief per story."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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
from storyline.progress import progress
from storyline.safetext import safe_name

if TYPE_CHECKING:  # the data model is imported when a command runs, not for --help
    from storyline.model import Story

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


def parse_formats(value: str) -> list[str]:
    """``md,html,json`` -> the formats, in order, each once; BadParameter on an unknown one."""
    from storyline.render import FORMATS

    fmts = list(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    bad = [f for f in fmts if f not in FORMATS]
    if bad or not fmts:
        raise typer.BadParameter(
            f"{', '.join(bad) or 'none given'}: use one or more of {', '.join(FORMATS)}",
            param_hint="--format",
        )
    return fmts


def output_paths(
    stories: list[Story], fmts: list[str], out_file: Path | None, out_dir: Path | None
) -> dict[tuple[str, str], Path]:
    """Where each story's brief goes in each format. ``--out-dir``: ``DIR/<story id>.<fmt>``;
    ``--out FILE``: FILE for its own format, the same name with each other format's suffix
    (``brief.html`` -> ``brief.md``, ``brief.json``), and the story id before the suffix when
    there are several stories; neither: ``brief.<fmt>``."""
    if out_dir is not None:
        return {(s.id, f): out_dir / f"{s.id}.{f}" for s in stories for f in fmts}
    paths = {}
    for fmt in fmts:
        base = out_file if out_file is not None else Path(f"brief.{fmt}")
        if len(fmts) > 1:
            base = base.with_suffix(f".{fmt}")
        for story_id, path in brief_paths(base, stories).items():
            paths[(story_id, fmt)] = path
    return paths


if TYPE_CHECKING:
    from storyline.pipeline import StoryBrief


@app.command("brief")
def brief_command(
    paths: BriefPaths = None,
    story: Annotated[str | None, typer.Option("--story", help="Only this story id.")] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="md, html or json; several: md,html,json.")
    ] = "html",
    out_file: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Output file (default: brief.FORMAT); with several stories the "
            "story id is inserted before the suffix; with several formats each gets its suffix.",
        ),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option("--out-dir", help="Write DIR/{story id}.{format} for each story and format."),
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
    one brief per story touched by PATHs, or per stored story when no PATH is given. Each
    brief is stored as a version of its story (`storyline briefs`); Markdown and HTML open
    with what is new since the previous version. Prints the paths written (--json: a JSON
    list of them).
    """
    fmts = parse_formats(fmt)
    if out_file is not None and out_dir is not None:
        raise typer.BadParameter("give --out or --out-dir, not both", param_hint="--out-dir")
    failures = FailureLog()
    with open_store(db) as store, progress(quiet) as track:
        pipe = pipeline_for(store, track, allow_private=allow_private, workers=workers,
                            engine=engine, address=address, on_failure=failures)  # fmt: skip
        run = pipe.run(paths or [], index=False)  # indexed below, after the briefs re-date
        if not run.documents:
            err.print("No documents: give PATHs or run `storyline ingest` first.", style="red")
            raise typer.Exit(code=1)
        wanted = (store.resolve_story(story) or story) if story else None
        chosen = _choose(run.stories, wanted, run.fresh, min_docs)
        targets = output_paths(chosen, fmts, out_file, out_dir)
        written = [
            path
            for one in track(chosen, "Writing briefs")
            for path in _write(pipe.publish(one, run), fmts, targets)
        ]
        pipe.index_entities()  # once, over the analyses as the briefs left them
    _print_paths(written, json_output)
    finish(failures)


def _print_paths(written: list[Path], json_output: bool) -> None:
    # Plain writes: a path may hold brackets that rich would read as markup.
    if json_output:
        sys.stdout.write(json.dumps([str(p) for p in written]) + "\n")
    else:
        sys.stdout.write("".join(f"{p}\n" for p in written))


def _write(result: StoryBrief, fmts: list[str], targets: dict[tuple[str, str], Path]) -> list[Path]:
    """One story's brief (stored as a version) in every format; the paths written."""
    from storyline.pipeline import render_brief

    paths = []
    for fmt in fmts:
        path = targets[(result.story.id, fmt)]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_brief(result, fmt), encoding="utf-8")
        paths.append(path)
    return paths


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
    from storyline.pipeline import choose_stories

    return choose_stories(stories, fresh, min_docs)
