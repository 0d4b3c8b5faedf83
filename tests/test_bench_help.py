"""Every benchmark script answers `--help` with its usage and measures nothing: a script that
took `--help` for an argument once profiled under that label and rewrote its result files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
SCRIPTS = sorted(p for p in BENCH.glob("*.py") if p.name != "usage.py")


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_help_prints_usage_and_writes_nothing(script: Path) -> None:
    watched = [*(BENCH / "results").iterdir(), *BENCH.glob("*.md")]
    before = {p: p.stat().st_mtime_ns for p in watched}
    done = subprocess.run(
        [sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip()
    assert {p: p.stat().st_mtime_ns for p in watched} == before
