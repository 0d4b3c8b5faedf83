"""`storyline --help` stays fast: starting the CLI imports no heavy library."""

from __future__ import annotations

import subprocess
import sys

from storyline.cli import app

# Each costs from a tenth of a second (numpy) to seconds (spaCy, torch) to import; a command
# imports them when it first parses, embeds, clusters or reads vectors.
HEAVY = ("numpy", "spacy", "sklearn", "scipy", "torch", "sentence_transformers", "thinc")


def test_help_imports_no_heavy_library() -> None:
    assert app.info.name or app.registered_commands  # the app the subprocess starts
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from storyline.cli import app\n"
        "result = CliRunner().invoke(app, ['--help'])\n"
        "assert result.exit_code == 0, result.output\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
