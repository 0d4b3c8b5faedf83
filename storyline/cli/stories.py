"""Commands of the stories stage: ``cluster`` and ``stories``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from storyline.cli.app import (
    AllowPrivateOption,
    DbOption,
    FailureLog,
    JsonOption,
    PathsArgument,
    QuietOption,
    WorkersOption,
    app,
    emit_jsonl,
    existing_store,
    finish,
    listing_table,
    open_store,
    out,
    shown,
)
from storyline.progress import progress
from storyline.safetext import safe_name

if TYPE_CHECKING:  # the data model is imported when a command runs, not for --help
    from storyline.model import Analysis, CopyRelation, Document, Story
    from storyline.store import Store


def _analyses(store: Store, docs: list[Document]) -> dict[str, Analysis]:
    """Stored analyses give undated documents their estimated date."""
    found = {}
    for doc in docs:
        analysis = store.get_analysis(doc.id)
        if analysis is not None:
            found[doc.id] = analysis
    return found


@app.command("cluster")
def cluster_command(
    paths: PathsArgument,
    db: DbOption = None,
    json_output: JsonOption = False,
    quiet: QuietOption = False,
    allow_private: AllowPrivateOption = False,
    workers: WorkersOption = None,
) -> None:
    """Ingest pages and add them to the stories; show each page's story and copy relations.

    Adds to the stories already in the store (nothing is re-clustered). A copy relation says a
    page is a duplicate of, a copy of, or derived from (rewritten or translated) an earlier one.
    """
    from storyline.pipeline import Pipeline

    failures = FailureLog()
    with open_store(db) as store, progress(quiet or json_output) as track:
        pipe = Pipeline(
            store, track=track, allow_private=allow_private, workers=workers, on_failure=failures
        )
        docs = pipe.ingest(paths).documents
        stories, found = pipe.cluster(docs, _analyses(store, docs))
        ids = {d.id for d in docs}
        # stored relations too: a page clustered by an earlier run keeps its relations
        relations = [r for r in found if r.doc_id in ids]
    story_of = {doc_id: story for story in stories for doc_id in story.doc_ids}
    by_doc: dict[str, list[CopyRelation]] = {}
    for rel in relations:
        by_doc.setdefault(rel.doc_id, []).append(rel)
    if json_output:
        for doc in docs:
            story = story_of.get(doc.id)
            emit_jsonl(
                {
                    "doc_id": doc.id,
                    "source": doc.source,
                    "title": doc.title,
                    "story_id": story.id if story else None,
                    "story_label": story.label if story else None,
                    "relations": [r.model_dump() for r in by_doc.get(doc.id, [])],
                }
            )
    else:
        _print_assignments(docs, story_of, by_doc)
    finish(failures)


def _print_assignments(
    docs: list[Document], story_of: dict[str, Story], by_doc: dict[str, list[CopyRelation]]
) -> None:
    table = listing_table()
    table.add_column("document", no_wrap=True, min_width=12)
    table.add_column("story", no_wrap=True, min_width=22)
    table.add_column("copy relations", min_width=24)
    table.add_column("title", overflow="fold")
    for doc in docs:
        story = story_of.get(doc.id)
        rels = "; ".join(
            f"{r.kind.replace('_', ' ')} {r.of_id[:12]} ({r.score:.2f})"
            for r in by_doc.get(doc.id, [])
        )
        title = shown(doc.title) if doc.title else Text(safe_name(doc.source))
        table.add_row(doc.id[:12], story.id if story else "-", rels or "original", title)
    out.print(table)
    out.print(f"{len(docs)} document(s) in {len(set(s.id for s in story_of.values()))} story(ies)")


@app.command("stories")
def stories_command(db: DbOption = None, json_output: JsonOption = False) -> None:
    """List the stored stories, largest first: id, size, time span and label."""
    path = existing_store(db, json_output, "cluster")
    if path is None:
        return
    with open_store(path) as store:
        stories = store.stories()
    if json_output:
        for story in stories:
            emit_jsonl(
                {
                    "id": story.id,
                    "label": story.label,
                    "size": len(story.doc_ids),
                    "start": story.start,
                    "end": story.end,
                    "doc_ids": story.doc_ids,
                }
            )
        return
    if not stories:
        out.print("No stories yet; run `storyline cluster PATH...`.")
        return
    table = listing_table()
    table.add_column("story", no_wrap=True, min_width=22)
    table.add_column("docs", justify="right", min_width=4)
    table.add_column("from", no_wrap=True, min_width=10)
    table.add_column("to", no_wrap=True, min_width=10)
    table.add_column("label", overflow="fold")
    for story in stories:
        table.add_row(
            story.id,
            str(len(story.doc_ids)),
            shown(story.start or "-"),
            shown(story.end or "-"),
            shown(story.label),
        )
    out.print(table)
