"""Commands of living stories: ``watch``, ``briefs`` and ``changes``."""

from __future__ import annotations

import json
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from storyline.cli.app import (
    AllowPrivateOption,
    DbOption,
    JsonOption,
    QuietOption,
    WorkersOption,
    app,
    emit_jsonl,
    err,
    existing_store,
    listing_table,
    open_store,
    out,
    report_failures,
    shown,
)
from storyline.cli.brief import parse_formats
from storyline.progress import progress
from storyline.safetext import safe_text

if TYPE_CHECKING:  # the data model is imported when a command runs, not for --help
    from storyline.model import ChangeItem, ChangeReport
    from storyline.store import Store

StoryOption = Annotated[str | None, typer.Option("--story", help="Only this story id.")]


# ---------------------------------------------------------------- watch


if TYPE_CHECKING:  # the stages are imported when a command runs, not for --help
    from storyline.pipeline import StoryBrief
    from storyline.watch.rounds import Round


@app.command("watch")
def watch_command(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Folders (walked every round), files, globs, feed URLs or files, URL lists.",
            show_default=False,
        ),
    ],
    every: Annotated[
        str, typer.Option("--every", help="Time between rounds: 30s, 15m, 2h.")
    ] = "15m",
    once: Annotated[bool, typer.Option("--once", help="One round, then exit.")] = False,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="Formats written to --out-dir: md,html,json.")
    ] = "html",
    out_dir: Annotated[
        Path | None,
        typer.Option("--out-dir", help="Write DIR/{story id}.{format} for each rebuilt brief."),
    ] = None,
    min_docs: Annotated[
        int, typer.Option("--min-docs", help="Brief only stories with this many documents.")
    ] = 2,
    db: DbOption = None,
    json_output: JsonOption = False,
    quiet: QuietOption = False,
    allow_private: AllowPrivateOption = False,
    workers: WorkersOption = None,
) -> None:
    """Follow sources: each round takes in only what is new, then rebuilds the briefs of the
    stories that changed and prints one line per changed story.

    New pages are found by conditional HTTP requests (ETag, If-Modified-Since), feed entry
    ids and links, and file paths and content hashes, all remembered in the store: a watcher
    stopped at any point resumes where it was. A failing source is reported and retried with
    back-off; the others go on. With --once, exits non-zero when anything failed.
    """
    from storyline.pipeline import Pipeline
    from storyline.watch.rounds import Watcher, parse_every

    try:
        seconds = parse_every(every)
    except ValueError:
        raise typer.BadParameter(
            f"{every!r}: use e.g. 30s, 15m, 2h", param_hint="--every"
        ) from None
    show = _Show(parse_formats(fmt), out_dir, json_output, quiet)
    with open_store(db) as store, progress(quiet or json_output) as track:
        pipe = Pipeline(store, track=track, allow_private=allow_private, workers=workers)
        watcher = Watcher(pipe, sources, min_docs=min_docs)
        if once:
            show(watcher.round())
        else:
            stop = threading.Event()
            try:
                watcher.run(seconds, show, stop)
            except KeyboardInterrupt:
                stop.set()
                err.print("stopped")
    if once and show.failed:
        raise typer.Exit(code=1)


class _Show:
    """What the watch command does after each round: report, write, print."""

    def __init__(self, fmts: list[str], out_dir: Path | None, json_output: bool, quiet: bool):
        self.fmts, self.out_dir = fmts, out_dir
        self.json_output, self.quiet = json_output, quiet
        self.failed = False

    def __call__(self, done: Round) -> None:
        self.failed = self.failed or done.failed
        report_failures(done.failures)
        for result in done.updated:
            files = _write(result, self.fmts, self.out_dir)
            _print_update(result, files, self.json_output)
        if not self.quiet:
            _print_round(done)


def _write(result: StoryBrief, fmts: list[str], out_dir: Path | None) -> list[Path]:
    from storyline.pipeline import render_brief

    if out_dir is None:
        return []
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in fmts:
        path = out_dir / f"{result.story.id}.{fmt}"
        path.write_text(render_brief(result, fmt), encoding="utf-8")
        paths.append(path)
    return paths


def _counts(items: list[ChangeItem]) -> dict[str, int]:
    return dict(Counter(item.kind for item in items))


def _print_update(result: StoryBrief, files: list[Path], json_output: bool) -> None:
    version = result.version.version if result.version else 0
    report = result.changes
    if json_output:
        emit_jsonl(
            {
                "story_id": result.story.id,
                "version": version,
                "since": report.since if report else None,
                "headline": result.brief.headline,
                "documents": len(result.brief.sources),
                "added": _counts(report.added) if report else {},
                "changed": _counts(report.changed) if report else {},
                "files": [str(p) for p in files],
            }
        )
        return
    what = "new story" if report is None else _phrase(report)
    where = f"  → {', '.join(str(p) for p in files)}" if files else ""
    # Plain write: a headline may hold brackets that rich would read as markup.
    sys.stdout.write(
        f"{result.story.id} v{version}: {what} · {len(result.brief.sources)} sources · "
        f"“{safe_text(result.brief.headline)}”{where}\n"
    )


def _phrase(report: ChangeReport) -> str:
    counts = _counts(report.added)
    parts = [f"+{n} {_plural(kind, n)}" for kind, n in counts.items()]
    if report.changed:
        parts.append(f"{len(report.changed)} changed")
    return ", ".join(parts) or "no new items"


def _plural(kind: str, n: int) -> str:
    if n == 1:
        return kind
    return "entities" if kind == "entity" else f"{kind}s"


def _print_round(done: Round) -> None:
    polled = [s for s in done.sources if s.status in ("ok", "not modified")]
    waiting = [s for s in done.sources if s.status == "backing off"]
    line = (
        f"round {done.started}: {len(done.new_doc_ids)} new page(s) from "
        f"{len(polled)} of {len(done.sources)} source(s); {len(done.updated)} story(ies) changed"
    )
    if waiting:
        line += f"; {len(waiting)} backing off after failures"
    err.print(line, highlight=False, markup=False)


# ---------------------------------------------------------------- briefs


@app.command("briefs")
def briefs_command(
    story: StoryOption = None,
    show: Annotated[
        int | None,
        typer.Option("--show", help="Write this version of --story (see --format, --out)."),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="md, html or json.")] = "md",
    out_file: Annotated[
        Path | None, typer.Option("--out", "-o", help="File for --show (default: stdout).")
    ] = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """List the stored versions of a story's brief (every story's without --story), or write
    one stored version with --show N."""
    path = existing_store(db, json_output, "brief")
    if path is None:
        return
    with open_store(path) as store:
        ids = [_resolve(store, story)] if story else store.versioned_stories()
        if show is not None:
            if not story:
                raise typer.BadParameter("--show needs --story", param_hint="--show")
            _show(store, ids[0], show, parse_formats(fmt)[0], out_file)
            return
        versions = [v for story_id in ids for v in reversed(store.brief_versions(story_id))]
    if json_output:
        for version in versions:
            emit_jsonl(version)
        return
    if not versions:
        out.print("No stored briefs yet; run `storyline brief` or `storyline watch`.")
        return
    from storyline.render.labels import published_label

    table = listing_table()
    table.add_column("story", no_wrap=True)
    table.add_column("version", justify="right", no_wrap=True)
    table.add_column("built", no_wrap=True)
    table.add_column("docs", justify="right", no_wrap=True)
    table.add_column("new", justify="right", no_wrap=True)
    table.add_column("changed", justify="right", no_wrap=True)
    table.add_column("headline", overflow="fold", min_width=20)
    for v in versions:
        table.add_row(
            v.story_id, f"v{v.version}", published_label(v.built_at), str(len(v.doc_ids)),
            str(v.added), str(v.changed), shown(v.headline),
        )  # fmt: skip
    out.print(table)


def _resolve(store: Store, story_id: str) -> str:
    found = store.resolve_story(story_id)
    if found is None:
        err.print(f"--story {story_id}: no such story", style="red")
        raise typer.Exit(code=1)
    return found


def _show(store: Store, story_id: str, number: int, fmt: str, out_file: Path | None) -> None:
    from storyline.model import Story
    from storyline.pipeline import StoryBrief, render_brief

    version = store.get_brief_version(story_id, number)
    brief = store.version_brief(story_id, number)
    if version is None or brief is None:
        err.print(f"--show {number}: {story_id} has no such version", style="red")
        raise typer.Exit(code=1)
    docs = list(store.documents(version.doc_ids))
    story = store.get_story(story_id) or Story(id=story_id, label=story_id)
    result = StoryBrief(story, brief, docs, version)
    result.changes = store.version_changes(story_id, number)
    text = render_brief(result, fmt)
    if out_file is None:
        sys.stdout.write(text)
    else:
        out_file.parent.mkdir(parents=True, exist_ok=True)
        out_file.write_text(text, encoding="utf-8")
        sys.stdout.write(f"{out_file}\n")


# ---------------------------------------------------------------- changes


@app.command("changes")
def changes_command(
    story: StoryOption = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            help="Compare with this version (v2, or 2) or with the last version built before "
            "this date (2024-10-25); default: the previous version.",
        ),
    ] = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """What each story's latest brief has that an earlier one did not: new sources, figures,
    quotes, speakers, events, people and organisations, and claims that gained or lost
    independent sources, each cited. --json: one object per story per line."""
    from storyline.living.versions import SinceError, changes

    path = existing_store(db, json_output, "brief")
    if path is None:
        return
    with open_store(path) as store:
        ids = [_resolve(store, story)] if story else store.versioned_stories()
        try:
            reports = [r for story_id in ids if (r := changes(store, story_id, since))]
        except SinceError as exc:
            raise typer.BadParameter(str(exc), param_hint="--since") from None
    if json_output:
        for report in reports:
            sys.stdout.write(json.dumps(_contract(report), ensure_ascii=False) + "\n")
        return
    if not reports:
        out.print("No stored briefs yet; run `storyline brief` or `storyline watch`.")
    for report in reports:
        _print_report(report)


def _contract(report: ChangeReport) -> dict[str, Any]:
    """The report as JSON: added items without the before/after that only changes carry."""
    data = report.model_dump(mode="json")
    for item in data["added"] + data["removed"]:
        for name in ("before", "after", "before_citations"):
            item.pop(name, None)
    for item in data["changed"] + data["removed"]:
        item.pop("in_brief", None)
    return data


def _print_report(report: ChangeReport) -> None:
    from storyline.render.news import change_text, heading, summary_line

    lines = [
        f"{report.story_id} v{report.version} · {safe_text(heading(report))}",
        f"  {summary_line(report)}",
    ]
    for sign, items in (("+", report.added), ("~", report.changed), ("-", report.removed)):
        for item in items:
            cites = " ".join(sorted({c.doc_id[:12] for c in item.citations}))
            lines.append(f"  {sign} {item.kind:<8} {safe_text(change_text(item))}  [{cites}]")
    sys.stdout.write("\n".join(lines) + "\n\n")
