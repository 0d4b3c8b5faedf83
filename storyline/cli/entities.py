"""The ``entities`` command: the cross-story entity index."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.text import Text

from storyline.cli.app import (
    DbOption,
    JsonOption,
    QuietOption,
    app,
    emit_jsonl,
    err,
    existing_store,
    listing_table,
    open_store,
    out,
)
from storyline.progress import progress


@app.command("entities")
def entities_command(
    story: Annotated[
        str | None, typer.Option("--story", help="Only entities mentioned in this story.")
    ] = None,
    db: DbOption = None,
    json_output: JsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """List every named entity across the stored documents and stories.

    People, organisations, places, groups and products, each under one name with its other
    spellings, merged across documents and stories. Stored documents not analyzed yet are
    analyzed first. With --json: one object a line, {key, name, label, aliases, mentions:
    [{doc_id, start, end, text}]}, offsets into the stored document text.
    """
    from storyline.entityindex import entities
    from storyline.pipeline import Pipeline

    path = existing_store(db, json_output, "ingest")
    if path is None:
        return
    with open_store(path) as store, progress(quiet or json_output) as track:
        Pipeline(store, track=track).index_entities(analyze=True)
        doc_ids = None
        if story is not None:
            found = store.get_story(story)
            if found is None:
                err.print(f"--story {story}: no such story", style="red")
                raise typer.Exit(code=1)
            doc_ids = found.doc_ids
        listed = list(entities(store, doc_ids, with_mentions=json_output))
    if json_output:
        for ent in listed:
            emit_jsonl(ent.record())
        return
    table = listing_table()
    for name, width in (("key", 28), ("label", 6), ("docs", 4), ("mentions", 8)):
        table.add_column(name, no_wrap=True, min_width=width)
    table.add_column("name (also called)", overflow="fold")
    for ent in listed:
        also = f" ({', '.join(ent.aliases[:4])})" if ent.aliases else ""
        table.add_row(
            Text(ent.key), ent.label, str(ent.docs), str(ent.mention_count), Text(ent.name + also)
        )
    out.print(table)
    out.print(f"{len(listed)} entities")
