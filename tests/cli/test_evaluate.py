"""`storyline eval`: names and data folders are checked before anything is scored.

No evaluation is run here: each case fails (or is refused) before scoring starts."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()


def _eval(*args: str, results: Path):
    return runner.invoke(app, ["eval", *args, "--results", str(results), "-q"])


@pytest.mark.parametrize(
    "names",
    [["nosuch"], ["newcluster"], ["aeb", "nosuch"], ["AEB"]],
)
def test_unknown_names_fail_in_one_line(names: list[str], tmp_path: Path) -> None:
    results = tmp_path / "results"
    result = _eval(*names, results=results)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    unknown = [n for n in names if n != "aeb"]
    assert lines[0].startswith(f"unknown evaluation: {', '.join(unknown)} (known: ")
    for known in ("aeb", "newscluster", "tempeval3", "briefaudit"):
        assert known in lines[0]
    assert result.stdout == ""
    assert not results.exists()  # nothing was scored, nothing saved


def test_data_option_needs_exactly_one_name(tmp_path: Path) -> None:
    for names in (["aeb", "polnear"], ["all"]):
        result = _eval(*names, "--data", str(tmp_path), results=tmp_path / "r")
        assert result.exit_code == 2
        assert result.stderr.splitlines() == ["--data needs exactly one evaluation name"]
    assert not (tmp_path / "r").exists()


def test_missing_data_folder_is_reported_and_fails(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    result = _eval("aeb", "--data", str(missing), results=tmp_path / "r")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{missing}: evaluation data not found"]
    assert not (tmp_path / "r").exists()


def test_each_missing_data_set_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "bench"
    empty.mkdir()
    monkeypatch.setenv("STORYLINE_BENCH", str(empty))
    result = _eval("aeb", "polnear", results=tmp_path / "r")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert all(line.endswith(": evaluation data not found") for line in lines)
    assert lines[0].startswith(str(empty)) and lines[1].startswith(str(empty))


def test_help_lists_the_evaluations() -> None:
    result = runner.invoke(app, ["eval", "--help"])
    assert result.exit_code == 0
    for name in ("aeb", "polnear", "newscluster", "all"):
        assert name in result.stdout


def test_all_combined_with_names_runs_each_evaluation_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'all aeb' used to be refused as an unknown evaluation named 'all'."""
    empty = tmp_path / "bench"
    empty.mkdir()
    monkeypatch.setenv("STORYLINE_BENCH", str(empty))
    result = _eval("all", "aeb", results=tmp_path / "r")
    assert result.exit_code == 1  # every data set is missing here, each named once
    lines = result.stderr.splitlines()
    every = _eval("all", results=tmp_path / "r").stderr.splitlines()
    assert lines == every  # one line per evaluation, in the same order (some share a folder)
    assert sum(line.startswith(str(empty / "aeb")) for line in lines) == 1
    assert not any("unknown evaluation" in line for line in lines)
