"""`storyline extract` loads only what extraction needs: no NLP or machine-learning library, and
no HTTP client when it reads local files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app
from tests.clean.html_pages import page

HEAVY = ("spacy", "sklearn", "torch", "sentence_transformers", "datasketch", "thinc", "scipy")
HTTP_CLIENT = ("httpx", "httpcore")


def test_extract_imports_no_model_library(tmp_path: Path) -> None:
    source = tmp_path / "page.html"
    source.write_text(page(), encoding="utf-8")
    args = ["storyline", "extract", "--json", "--quiet", "--workers", "1", str(source)]
    code = (
        "import sys\n"
        "from storyline.cli import app\n"
        f"sys.argv = {args!r}\n"
        "try:\n    app()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HTTP_CLIENT!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    *records, heavy, client = done.stdout.strip().splitlines()
    assert heavy == "[]" and client == "[]"
    assert len(records) == 1
    doc = json.loads(records[0])
    assert "spillway gates" in doc["text"] and doc["language"] == "en"
    # The same record as the command gives in this process.
    here = CliRunner().invoke(app, args[1:])
    assert here.exit_code == 0 and json.loads(here.stdout.strip()) == doc
