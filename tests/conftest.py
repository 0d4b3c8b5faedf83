"""Shared fixtures: the seeds and bench data live in ../shared, the demo corpus in examples/."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.eval import bench_root

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    root = bench_root()
    if not root.is_dir():
        pytest.skip("../shared/bench is not here")
    return root


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    root = bench_root().parent / "seeds"
    if not root.is_dir():
        pytest.skip("../shared/seeds is not here")
    return root


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    return REPO / "examples" / "demo"


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"
