"""The seeds' brief leads with what several outlets report in their own words (issue 9's
acceptance): the intelligence-staff claim and the arming claim each with three independent
sources or more, and at least three summary points backed by two or more."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app


@pytest.fixture(scope="module")
def seeds_brief(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("seeds-brief")
    out = tmp / "brief.json"
    args = ["brief", str(seeds_dir), "--db", str(tmp / "s.db"), "-f", "json", "-o", str(out)]
    result = CliRunner().invoke(app, [*args, "-q"])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text())


def _points(brief: dict) -> list[dict]:
    return [*brief["summary"], *brief["takeaways"]]


def _best(brief: dict, *words: str) -> int:
    """The most independent sources of a point that says all of ``words``."""
    found = [
        p["independent_sources"]
        for p in _points(brief)
        if all(w in p["text"].casefold() for w in words)
    ]
    return max(found, default=0)


def test_the_intelligence_staff_claim_has_three_sources_or_more(seeds_brief: dict) -> None:
    assert _best(seeds_brief, "intelligence", "ukraine") >= 3


def test_the_arming_claim_has_three_sources_or_more(seeds_brief: dict) -> None:
    assert max(_best(seeds_brief, "weapons"), _best(seeds_brief, "arm")) >= 3


def test_three_summary_points_or_more_have_two_sources(seeds_brief: dict) -> None:
    backed = [p for p in seeds_brief["summary"] if p["independent_sources"] >= 2]
    assert len(backed) >= 3
