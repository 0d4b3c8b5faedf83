"""`make run`'s job end to end through the CLI: the demo corpus gives the brief that
examples/demo/EXPECTED.md describes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.model import Brief


@pytest.fixture(scope="module")
def demo_brief(tmp_path_factory, demo_dir: Path) -> Brief:
    tmp = tmp_path_factory.mktemp("demo")
    out = tmp / "brief.json"
    result = CliRunner().invoke(app, ["brief", str(demo_dir), "--db", str(tmp / "d.db"),
                                      "--format", "json", "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return Brief.model_validate_json(out.read_text())


def _row(brief: Brief, outlet: str):  # noqa: ANN202
    return next(r for r in brief.sources if r.outlet == outlet)


def test_one_story_of_seven_pages_with_its_copies(demo_brief: Brief) -> None:
    assert len(demo_brief.sources) == 7
    ids = {r.outlet: r.doc_id for r in demo_brief.sources}
    assert _row(demo_brief, "Portside Tribune").copy_status == f"copy of {ids['Meridian Daily']}"
    assert _row(demo_brief, "Nordstrand-Kurier").copy_status == (
        f"derived from {ids['Kessvik Herald']}")
    assert _row(demo_brief, "Meridian Daily").wire == "AFP"


def test_undated_wire_copy_takes_its_originals_date(demo_brief: Brief) -> None:
    row = _row(demo_brief, "Portside Tribune")
    assert (row.published, row.published_status) == ("2025-03-13", "estimated")


def test_names_merged(demo_brief: Brief) -> None:
    names = {p.name: set(p.aliases) for p in demo_brief.entities}
    assert {"Alexander Vorn", "Aleksandr Vorn"} <= names["Aleksander Vorn"]
    assert "Ilsa Marenko Dahl" in names["Ilsa Marenko-Dahl"]
    assert "NCPA" in names["National Civil Protection Agency"]


def test_figures_differ_by_time_not_conflict(demo_brief: Brief) -> None:
    people = next(g for g in demo_brief.figures if any(v.value == 40000 for v in g.values))
    assert people.verdict != "conflict"
    nine = [v for v in people.values if v.value == 9000]
    assert nine and {v.as_of for v in nine} == {"2025-03-12"}


def test_timeline_resolves_weekdays(demo_brief: Brief) -> None:
    dates = {e.date for e in demo_brief.timeline}
    assert {"2024-06", "2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13",
            "2025-03-14"} <= dates
    assert all(not e.date.startswith("2025-03-1") or e.date <= "2025-03-14"
               for e in demo_brief.timeline)


def _group_with(brief: Brief, value: float):  # noqa: ANN202
    return next(g for g in brief.figures if any(v.value == value for v in g.values))


def test_figures_grouped_by_what_they_count(demo_brief: Brief) -> None:
    # The evacuation: the total the order covers and the count already gone, day by day.
    evacuation = _group_with(demo_brief, 40000)
    assert {v.value for v in evacuation.values} == {40000, 9000, 11500, 15000}
    text = evacuation.explanation
    assert text.startswith("about 40,000 is the total covered")
    assert "the number who had already left rose over time: about 9,000 as of 2025-03-12" in text
    assert text.index("11,500 as of 2025-03-13") < text.index("15,000 as of 2025-03-14")
    assert "National Civil Protection Agency; 1 independent source" in text
    # People at risk and people supplied with water are other people: groups of their own.
    at_risk, supplied = _group_with(demo_brief, 60000), _group_with(demo_brief, 200000)
    assert {v.value for v in at_risk.values} == {60000}
    assert {v.value for v in supplied.values} == {200000}
    assert "Petra Lund said as many as 60,000" in at_risk.explanation
    quantities = [evacuation.quantity, at_risk.quantity, supplied.quantity]
    assert len(set(quantities)) == 3 and supplied.quantity == "people supplied"
    # The emergency fund and the repair estimate are different sums.
    assert _group_with(demo_brief, 120e6) is not _group_with(demo_brief, 45e6)
    assert _group_with(demo_brief, 120e6).verdict == "agree"


def test_figure_attributions_use_canonical_names(demo_brief: Brief) -> None:
    # Page 05 spells the hydrologist "Tomas Reil" and page 03 the minister "Alexander Vorn".
    names = {v.attribution for g in demo_brief.figures for v in g.values if v.attribution}
    assert {"Tomas Reyl", "Aleksander Vorn", "National Civil Protection Agency"} <= names
    assert not names & {"Tomas Reil", "Alexander Vorn", "National Agency for Civil Protection"}


def test_who_is_who_has_no_places_or_fragments(demo_brief: Brief) -> None:
    names = {p.name for p in demo_brief.entities}
    assert not names & {"Seravin", "Little Brenn", "Interior"}
    assert {"Aleksander Vorn", "Tomas Reyl", "Ilsa Marenko-Dahl", "Petra Lund", "Jon Brask",
            "National Civil Protection Agency", "Halvard Construction", "National Audit Office",
            "University of Kessvik", "Red Cross"} <= names
