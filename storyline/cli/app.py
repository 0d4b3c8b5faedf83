"""The Typer app and the options and output helpers every command shares."""

from __future__ import annotations

import json
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from storyline.errors import InputError
from storyline.safetext import safe_name, safe_text
from storyline.storepath import DB_ENV, default_db_path

# The data model (pydantic) and the store are imported by the commands that use them, not by
# `storyline --help`, which lists the commands and imports neither.
if TYPE_CHECKING:
    from pydantic import BaseModel

    from storyline.model import Document, Failure
    from storyline.store import Store

app = typer.Typer(
    name="storyline",
    help="Turn raw news pages from many outlets into a cross-source brief with citations.",
    no_args_is_help=True,
    add_completion=False,
    # Click's plain help: it rewraps a docstring's paragraphs to the terminal as rich's markdown
    # mode did, and typer's rich help imports markdown, syntax and traceback renderers that
    # would double `storyline --help`'s start-up time (issue 13: at most 0.5 s).
    rich_markup_mode=None,
)

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

DbOption = Annotated[
    Path | None,
    typer.Option("--db", envvar=DB_ENV, help="SQLite store file (default: ./storyline.db)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine output: JSON on stdout.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")]
PathsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Files, folders, globs or http(s) URLs (pages, feeds, URL lists, "
        ".txt/.html/.jsonl/.warc, gzipped or not).",
        show_default=False,
    ),
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=1,
        help="Processes for cleaning and analysis (default: the number of cores).",
        show_default=False,
    ),
]


class Engine(StrEnum):
    local = "local"
    ray = "ray"


EngineOption = Annotated[
    Engine,
    typer.Option(
        "--engine",
        help="Where reading, cleaning and analysis run: local (worker processes) or ray "
        "(a Ray cluster, or Ray started locally; needs the extra storyline[ray]).",
    ),
]
AddressOption = Annotated[
    str | None,
    typer.Option(
        "--address",
        help="With --engine ray: the cluster to join (auto, ray://HOST:10001); "
        "default: start Ray on this machine.",
        show_default=False,
    ),
]
AllowPrivateOption = Annotated[
    bool,
    typer.Option("--allow-private", help="Allow fetching from private and loopback addresses."),
]


# The fields of `storyline extract --json`, in order; `analyze --json` adds its own after them.
EXTRACT_FIELDS = (
    "id",
    "source",
    "url",
    "title",
    "published",
    "published_source",
    "outlet",
    "authors",
    "wire",
    "language",
    "text",
    "removed",
)


def extract_record(doc: Document) -> dict[str, Any]:
    data = doc.model_dump(mode="json", include=set(EXTRACT_FIELDS))
    return {name: data.get(name) for name in EXTRACT_FIELDS}


def pipeline_for(
    store: Store,
    track: Any,
    *,
    allow_private: bool = False,
    workers: int | None = None,
    engine: Engine = Engine.local,
    address: str | None = None,
    on_failure: Any = None,
) -> Any:
    """The library's Pipeline for a command; a missing Ray extra is one line and exit 2."""
    from storyline.pipeline import Pipeline

    if engine is Engine.ray:
        from storyline import distributed

        if not distributed.available():
            err.print(
                "--engine ray: Ray is not installed (pip install 'storyline[ray]')",
                style="red",
                markup=False,
            )
            raise typer.Exit(code=2)
    return Pipeline(
        store,
        track=track,
        allow_private=allow_private,
        workers=workers,
        engine=engine.value,
        address=address,
        on_failure=on_failure,
    )


def open_store(db: Path | None) -> Store:
    """The store, or one line saying why it cannot be opened (exit 1)."""
    from storyline.store import Store

    try:
        return Store(db)
    except InputError as exc:
        err.print(Text.assemble(("error ", "red"), safe_name(str(exc))))
        raise typer.Exit(code=1) from None


def shown(text: str | None) -> Text:
    """Page-supplied text for the terminal: no markup, no control or bidi characters."""
    return Text(safe_text(text or ""))


def existing_store(db: Path | None, json_output: bool, fill_with: str) -> Path | None:
    """The store file for a listing command, or None (saying how to fill it) when there is none:
    listing must not create an empty store as a side effect."""
    path = db or default_db_path()
    if path.exists():
        return path
    if not json_output:
        out.print(f"No store at {path}; run `storyline {fill_with}` first.")
    return None


def listing_table() -> Table:
    """The plain table every listing command prints."""
    return Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)


# json.dumps escapes C0 controls itself; these it leaves raw (ensure_ascii=False). As \\u
# escapes they stay the same data for a JSON reader and do nothing to a terminal.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]")


def json_line(data: Any) -> str:
    """One line of JSON, safe to print: see ``_JSON_UNSAFE``."""
    text = json.dumps(data, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def emit_jsonl(item: BaseModel | dict[str, Any]) -> None:
    """One JSON object per line on stdout."""
    data = item if isinstance(item, dict) else item.model_dump(mode="json")
    sys.stdout.write(json_line(data) + "\n")


def failure_line(failure: Failure) -> Text:
    """``error SOURCE: problem`` on one line, whatever the source's name holds."""
    return Text.assemble(("error ", "red"), safe_name(failure.line()))


def report_failures(failures: list[Failure]) -> None:
    log = FailureLog()
    for failure in failures:
        log(failure)


class FailureLog:
    """Prints each failure the moment it happens and counts them; keeps only the first few
    (for ``--json`` summaries), so a file of a million bad lines costs no memory.

    Lines are written straight to stderr (rich takes half a millisecond a line, which a
    million bad lines turn into minutes); only the red "error" is rendered by rich, once.
    Under a live progress bar, rich's stderr proxy shows them above it.
    """

    KEEP = 100

    def __init__(self) -> None:
        self.count = 0
        self.first: list[Failure] = []
        with err.capture() as captured:
            err.print(Text("error", style="red"), end="")
        self.prefix = captured.get()

    def __call__(self, failure: Failure) -> None:
        self.count += 1
        if len(self.first) < self.KEEP:
            self.first.append(failure)
        sys.stderr.write(f"{self.prefix} {safe_name(failure.line())}\n")

    def __len__(self) -> int:
        return self.count


def finish(failures: list[Failure] | FailureLog) -> None:
    """Exit non-zero when anything failed; the batch itself already went on."""
    if len(failures):
        err.print(f"{len(failures)} input(s) failed", style="red")
        raise typer.Exit(code=1)
