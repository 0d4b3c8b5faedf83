"""`storyline --help` stays fast: starting the CLI imports no heavy library."""

from __future__ import annotations

import subprocess
import sys

from storyline.cli import app

# Each costs from a tenth of a second (numpy) to seconds (spaCy, torch) to import; a command
# imports them when it first parses, embeds, clusters or reads vectors.
HEAVY = ("numpy", "spacy", "sklearn", "scipy", "torch", "sentence_transformers", "thinc")
# Lighter, but together most of what remained of `storyline --help`'s start-up: the data model
# (pydantic builds a validator per model class) and typer's rich help renderer. (A command's own
# --help may import pydantic: typer converts some option values with it.)
STARTUP = ("pydantic", "storyline.model", "storyline.store", "typer.rich_utils", "rich.markdown")
COMMAND_HELP = ("storyline.model", "storyline.store", "typer.rich_utils", "rich.markdown")


def _imported_by(args: list[str], watched: tuple[str, ...]) -> str:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from storyline.cli import app\n"
        f"result = CliRunner().invoke(app, {args!r})\n"
        "assert result.exit_code == 0, result.output\n"
        f"print(sorted(set(sys.modules) & set({watched!r})))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return done.stdout.strip().splitlines()[-1]


def test_help_imports_no_heavy_library() -> None:
    assert app.info.name or app.registered_commands  # the app the subprocess starts
    assert _imported_by(["--help"], HEAVY) == "[]"


def test_help_imports_neither_the_data_model_nor_rich_help() -> None:
    assert _imported_by(["--help"], STARTUP) == "[]"
    assert _imported_by(["brief", "--help"], COMMAND_HELP) == "[]"
