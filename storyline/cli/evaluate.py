"""`storyline eval`: score a stage on a data set from ../shared/bench."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from storyline.cli.app import JsonOption, QuietOption, app, err
from storyline.eval import REGISTRY, bench_root, load, print_report, save_report
from storyline.progress import progress


@app.command("eval")
def eval_command(
    names: Annotated[
        list[str] | None,
        typer.Argument(help=f"Evaluations to run: {', '.join(REGISTRY)} or 'all'."),
    ] = None,
    data: Annotated[
        Path | None,
        typer.Option("--data", help="Data folder (default: its folder under ../shared/bench)."),
    ] = None,
    results: Annotated[Path, typer.Option(help="Where to write eval_NAME.json.")] = Path(
        "bench/results"
    ),
    as_json: JsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Score Storyline with each data set's own metric, beside the published anchors."""
    chosen = chosen_evaluations(names or ["all"])
    unknown = [n for n in chosen if n not in REGISTRY]
    if unknown:
        err.print(f"unknown evaluation: {', '.join(unknown)} (known: {', '.join(REGISTRY)})")
        raise typer.Exit(2)
    if data is not None and len(chosen) > 1:
        err.print("--data needs exactly one evaluation name")
        raise typer.Exit(2)
    failed = False
    for name in chosen:
        module = load(name)
        folder = data or bench_root() / module.DATA
        if not folder.exists():
            err.print(f"{folder}: evaluation data not found")
            failed = True
            continue
        with progress(quiet or as_json) as track:
            report = module.evaluate(folder, track)
        path = save_report(report, results)
        if as_json:
            print(json.dumps(json.loads(path.read_text())))
        else:
            print_report(report)
            err.print(f"saved {path}")
    if failed:
        raise typer.Exit(1)


def chosen_evaluations(names: list[str]) -> list[str]:
    """The evaluations named, in order, each once; 'all' anywhere stands for every one."""
    expanded = [n for name in names for n in (REGISTRY if name == "all" else [name])]
    return list(dict.fromkeys(expanded))
