"""The ingest, docs and extract commands, end to end on tiny inputs written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.cli.app import EXTRACT_FIELDS

runner = CliRunner()

FERRY = """Ferry service resumes after storm

Tessaly, 4 February 2025

The ferry between Tessaly and the island of Orn sailed again on Tuesday after three days in port.
Storm winds of up to 110 km/h had kept all boats in the harbour since Saturday morning.
"The crews were ready the moment the wind dropped," said operator spokesman Jon Hale.
About 1,200 passengers were waiting on both sides, the operator said.
Extra sailings are planned for Wednesday and Thursday to clear the backlog.
"""
LIBRARY = """New library opens in Varn

The town of Varn opened its new public library on Saturday after two years of building work.
The three-storey building holds about 40,000 books and a reading room facing the river.
Mayor Elin Strand said the library would stay open until nine in the evening on weekdays.
Local schools have already booked visits for the first month, staff said.
"""
MARKET = """<!DOCTYPE html><html><head><title>Winter market draws crowds</title>
<meta property="article:published_time" content="2025-01-18T09:00:00+00:00"></head>
<body><article><h1>Winter market draws crowds</h1>
<p>The winter market in the old square of Tessaly drew record crowds on its opening weekend.</p>
<p>Organisers counted more than 8,000 visitors on Saturday alone, twice last year's number.</p>
<p>"People wanted a reason to be outside together," said organiser Pia Lund.</p>
<p>The market runs every weekend until the end of February.</p>
</article></body></html>"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "ferry.txt").write_text(FERRY)
    (folder / "library.txt").write_text(LIBRARY)
    (folder / "market.html").write_text(MARKET)
    return folder


def invoke(*args: str):  # click's Result
    return runner.invoke(app, list(args))


def test_ingest_twice_changes_nothing(corpus: Path, db_path: Path) -> None:
    first = invoke("ingest", str(corpus), "--db", str(db_path), "-q")
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == "added 3, updated 0, unchanged 0, failed 0"
    second = invoke("ingest", str(corpus), "--db", str(db_path), "-q", "--json")
    assert second.exit_code == 0
    assert json.loads(second.stdout) == {
        "added": 0,
        "updated": 0,
        "unchanged": 3,
        "failed": 0,
        "documents": 3,
        "failures": [],
    }


def test_mixed_batch_with_one_bad_file(corpus: Path, db_path: Path) -> None:
    bad = corpus / "scan.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    result = invoke(
        "ingest",
        str(corpus / "ferry.txt"),
        str(bad),
        str(corpus / "market.html"),
        "--db",
        str(db_path),
        "-q",
    )
    assert result.exit_code == 1
    assert result.stdout.strip() == "added 2, updated 0, unchanged 0, failed 1"
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert errors == [f"error {bad}: binary content (a PNG image), not text or HTML"]
    listed = invoke("docs", "--db", str(db_path), "--json")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert sorted(Path(r["source"]).name for r in rows) == ["ferry.txt", "market.html"]
    assert {"id", "outlet", "published", "language", "words", "title"} <= set(rows[0])
    assert all(r["words"] > 20 for r in rows)


def test_docs_table(corpus: Path, db_path: Path) -> None:
    invoke("ingest", str(corpus), "--db", str(db_path), "-q")
    result = invoke("docs", "--db", str(db_path))
    assert result.exit_code == 0
    assert "Winter market" in result.stdout and "published" in result.stdout
    empty = invoke("docs", "--db", str(db_path.parent / "none.db"))
    assert empty.exit_code == 0 and "No store" in empty.stdout


EXTRACT_KEYS = set(EXTRACT_FIELDS)


def test_extract_json(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # and nothing is stored there
    result = invoke(
        "extract", str(corpus / "market.html"), str(corpus / "ferry.txt"), "--json", "-q"
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [set(row) for row in rows] == [EXTRACT_KEYS, EXTRACT_KEYS]
    market, ferry = rows
    assert market["title"] == "Winter market draws crowds"
    assert market["published"].startswith("2025-01-18")
    assert "Pia Lund" in market["text"] and "Jon Hale" in ferry["text"]
    assert all(set(r) == {"line", "reason"} for r in ferry["removed"])
    assert not list(tmp_path.glob("*.db"))


def test_extract_human_and_removed(corpus: Path) -> None:
    page = corpus / "ferry.txt"
    page.write_text("Home | News | Sport | Weather\n" + FERRY + "Share this article\n")
    plain = invoke("extract", str(page), "-q")
    assert plain.exit_code == 0
    assert "Jon Hale" in plain.stdout and "Share this article" not in plain.stdout
    shown = invoke("extract", str(page), "-q", "--show-removed")
    assert "Removed" in shown.stdout and "Share this article" in shown.stdout


def test_extract_fails_on_bad_input_but_prints_the_rest(corpus: Path) -> None:
    missing = str(corpus / "gone.txt")
    result = invoke("extract", missing, str(corpus / "library.txt"), "--json", "-q")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert f"{missing}: no such file or folder" in result.stderr


@pytest.mark.parametrize("command", ["ingest", "docs", "extract"])
def test_help(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout and len(result.stdout.splitlines()) > 5
