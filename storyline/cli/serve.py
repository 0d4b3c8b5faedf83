"""The ``serve`` command: the newsroom view, a local web app and JSON API over the store."""

from __future__ import annotations

from typing import Annotated

import typer

from storyline.cli.app import DbOption, QuietOption, app, err, open_store
from storyline.progress import progress
from storyline.storepath import default_db_path


@app.command("serve")
def serve_command(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to bind (loopback by default).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    quiet: QuietOption = False,
) -> None:
    """Browse the store in a web browser: stories, briefs, documents, entities, search, and a
    JSON API under /api (OpenAPI schema at /openapi.json).

    The server reads the store and never writes to it; before it starts, the search and
    entity indexes are brought up to date with what the store holds (no analysis is run:
    `storyline brief` or `storyline entities` analyze new pages).
    """
    import uvicorn

    from storyline.entityindex import update_entity_index
    from storyline.web import create_app

    path = db or default_db_path()
    if not path.exists():
        err.print(f"{path}: no store here; run `storyline brief PAGES/ --db {path}` first")
        raise typer.Exit(code=1)
    with open_store(path) as store, progress(quiet) as track:
        update_entity_index(store, track)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"serving on {host}: reachable from other machines", style="yellow")
    web = create_app(path, allowed_hosts=None if host in ("0.0.0.0", "::") else [host])
    err.print(f"Storyline on http://{host}:{port}/  (store {path}; Ctrl+C stops)")
    uvicorn.run(web, host=host, port=port, log_level="warning" if quiet else "info")
