"""The shared CLI helpers of ``storyline.cli.app``: the pipeline a command gets, the failure
log, opening the store, safe JSON and terminal output, and --help on every command."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from typer.main import get_command
from typer.testing import CliRunner

from storyline.cli import app
from storyline.cli.app import (
    EXTRACT_FIELDS,
    Engine,
    FailureLog,
    emit_jsonl,
    existing_store,
    extract_record,
    finish,
    json_line,
    open_store,
    pipeline_for,
    report_failures,
    shown,
)
from storyline.model import Document, Failure, Story
from storyline.progress import silent
from storyline.store import Store

runner = CliRunner()
SGR = re.compile(r"\x1b\[[0-9;]*m")  # colour codes rich may add around "error"


def _lines(text: str) -> list[str]:
    return [SGR.sub("", line) for line in text.splitlines()]


# ---------------------------------------------------------------- --help everywhere


def _command_names() -> list[str]:
    return sorted(get_command(app).commands)  # type: ignore[attr-defined]


def test_every_stage_registers_its_commands() -> None:
    expected = {"analyze", "brief", "briefs", "changes", "cluster", "entities", "eval"}
    expected |= {"ingest", "serve", "stories", "watch"}
    assert expected <= set(_command_names())


@pytest.mark.parametrize("name", _command_names())
def test_help_on_every_command(name: str) -> None:
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.stdout and name in result.stdout
    assert "--help" in result.stdout


def test_top_level_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in ("analyze", "brief", "serve", "stories"):
        assert name in result.stdout
    bare = runner.invoke(app, [])  # no arguments: the help, not a crash
    assert "Usage" in bare.output


def test_unknown_command_fails() -> None:
    result = runner.invoke(app, ["summarise-everything"])
    assert result.exit_code != 0
    assert "summarise-everything" in result.output


# ---------------------------------------------------------------- pipeline_for


def test_pipeline_for_passes_the_command_options_on(db_path: Path) -> None:
    seen: list[Failure] = []
    with Store(db_path) as store:
        pipe = pipeline_for(store, silent, allow_private=True, workers=3, on_failure=seen.append)
        assert pipe.store is store
        assert (pipe.workers, pipe.allow_private, pipe.engine) == (3, True, "local")
        assert pipe.on_failure == seen.append
        default = pipeline_for(store, silent)
        assert default.workers >= 1 and default.allow_private is False


def test_pipeline_for_ray_keeps_the_address(db_path: Path) -> None:
    pytest.importorskip("ray")
    with Store(db_path) as store:
        pipe = pipeline_for(store, silent, engine=Engine.ray, address="ray://head:10001")
    assert (pipe.engine, pipe.address) == ("ray", "ray://head:10001")


def test_pipeline_for_ray_without_ray_is_one_line_and_exit_2(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from storyline import distributed

    monkeypatch.setattr(distributed, "available", lambda: False)
    with Store(db_path) as store, pytest.raises(typer.Exit) as raised:
        pipeline_for(store, silent, engine=Engine.ray)
    assert raised.value.exit_code == 2
    lines = _lines(capsys.readouterr().err)
    assert len(lines) == 1
    assert lines[0].startswith("--engine ray") and "storyline[ray]" in lines[0]


def test_engine_values_are_the_option_words() -> None:
    assert [e.value for e in Engine] == ["local", "ray"]


# ---------------------------------------------------------------- FailureLog, finish


def test_failure_log_prints_each_failure_on_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    log = FailureLog()
    log(Failure(source="pages/a.html", error="not UTF-8"))
    log(Failure(source="evil\nname\x1b]0;pwned\x07.txt", error="empty page"))
    assert len(log) == log.count == 2
    lines = _lines(capsys.readouterr().err)
    assert lines == [
        "error pages/a.html: not UTF-8",
        "error evil\\nname\\x1b]0;pwned\\x07.txt: empty page",
    ]


def test_failure_log_counts_all_but_keeps_only_the_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    log = FailureLog()
    total = FailureLog.KEEP + 25
    for i in range(total):
        log(Failure(source=f"line {i}", error="not JSON"))
    assert len(log) == total
    assert len(log.first) == FailureLog.KEEP
    assert log.first[0].source == "line 0"
    assert log.first[-1].source == f"line {FailureLog.KEEP - 1}"
    assert len(capsys.readouterr().err.splitlines()) == total  # every one is still reported


def test_report_failures_prints_a_list(capsys: pytest.CaptureFixture[str]) -> None:
    report_failures([Failure(source="x.warc", error="truncated"), Failure(source="y", error="z")])
    assert _lines(capsys.readouterr().err) == ["error x.warc: truncated", "error y: z"]


def test_finish_exits_1_only_when_something_failed(capsys: pytest.CaptureFixture[str]) -> None:
    finish([])
    finish(FailureLog())
    assert capsys.readouterr().err == ""
    with pytest.raises(typer.Exit) as raised:
        finish([Failure(source="a", error="b"), Failure(source="c", error="d")])
    assert raised.value.exit_code == 1
    assert _lines(capsys.readouterr().err) == ["2 input(s) failed"]


# ---------------------------------------------------------------- open_store, existing_store


def test_open_store_creates_a_store(tmp_path: Path) -> None:
    path = tmp_path / "deeper" / "new.db"
    with open_store(path) as store:
        store.put_stories([Story(id="story-x", label="x", doc_ids=["d1"])])
    assert path.is_file()
    with Store(path) as again:
        assert [s.id for s in again.stories()] == ["story-x"]


def test_open_store_on_a_file_that_is_not_a_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"these are my notes, not a database\n" * 50)
    with pytest.raises(typer.Exit) as raised:
        open_store(bad)
    assert raised.value.exit_code == 1
    lines = _lines(capsys.readouterr().err)
    assert len(lines) == 1
    assert lines[0].startswith(f"error {bad}: cannot open the store")
    assert bad.read_bytes().startswith(b"these are my notes")  # left as it was


def test_open_store_on_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(typer.Exit) as raised:
        open_store(tmp_path)
    assert raised.value.exit_code == 1
    lines = _lines(capsys.readouterr().err)
    assert len(lines) == 1 and lines[0].startswith(f"error {tmp_path}: cannot open the store")


def test_open_store_names_an_unsafe_path_safely(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "a\x1b[31mred"
    folder.mkdir()
    with pytest.raises(typer.Exit):
        open_store(folder)
    err = capsys.readouterr().err
    assert "\x1b[31mred" not in err and "\\x1b[31mred" in err
    assert len(err.splitlines()) == 1


def test_a_command_on_a_broken_store_fails_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "broken.db"
    bad.write_bytes(b"\x00garbage" * 200)
    result = runner.invoke(app, ["stories", "--db", str(bad)])
    assert result.exit_code == 1
    assert len(_lines(result.stderr)) == 1
    assert str(bad) in result.stderr and "cannot open the store" in result.stderr


def test_existing_store_never_creates_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.db"
    assert existing_store(missing, False, "ingest") is None
    assert "run `storyline ingest` first" in capsys.readouterr().out
    assert existing_store(missing, True, "ingest") is None
    assert capsys.readouterr().out == ""  # --json: nothing but JSON on stdout
    assert not missing.exists()
    with Store(missing):
        pass
    assert existing_store(missing, False, "ingest") == missing


def test_existing_store_reads_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storyline.storepath import DB_ENV

    path = tmp_path / "from-env.db"
    with Store(path):
        pass
    monkeypatch.setenv(DB_ENV, str(path))
    assert existing_store(None, True, "ingest") == path


# ---------------------------------------------------------------- output helpers


def test_extract_record_has_the_extract_fields_in_order() -> None:
    doc = Document(id="d1", source="a.txt", title="Bridge reopens", text="The bridge reopened.")
    record = extract_record(doc)
    assert tuple(record) == EXTRACT_FIELDS
    assert (record["id"], record["title"], record["text"]) == (
        "d1",
        "Bridge reopens",
        "The bridge reopened.",
    )


def test_json_line_escapes_what_would_move_a_terminal() -> None:
    data = {"title": "abc\u202edef", "c1": "x\x9by", "sep": "p\u2028q", "ok": "Zoë"}
    line = json_line(data)
    assert "\n" not in line
    assert "\u202e" not in line and "\x9b" not in line and "\u2028" not in line
    assert "\\u202e" in line and "Zoë" in line  # other text stays readable
    assert json.loads(line) == data  # the same data for a JSON reader


def test_emit_jsonl_writes_one_object_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    emit_jsonl(Story(id="story-a", label="Harbour\nfire"))
    emit_jsonl({"n": 1})
    lines = capsys.readouterr().out.splitlines()
    assert json.loads(lines[0])["label"] == "Harbour\nfire"
    assert json.loads(lines[1]) == {"n": 1}
    assert len(lines) == 2


def test_shown_strips_control_and_bidi_characters() -> None:
    assert shown("Storm\x1b[2J hits \u202ecoast\nagain").plain == "Storm[2J hits coast again"
    assert shown(None).plain == ""
