"""`make run`'s job end to end through the CLI: the demo corpus gives the brief that
examples/demo/EXPECTED.md describes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.model import Brief, Document
from storyline.render import render
from storyline.render.labels import all_citations
from storyline.store import Store


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory, demo_dir: Path) -> tuple[Brief, Path]:
    tmp = tmp_path_factory.mktemp("demo")
    out = tmp / "brief.json"
    result = CliRunner().invoke(
        app,
        [
            "brief",
            str(demo_dir),
            "--db",
            str(tmp / "d.db"),
            "--format",
            "json",
            "--out",
            str(out),
            "--quiet",
        ],
    )
    assert result.exit_code == 0, result.output
    return Brief.model_validate_json(out.read_text()), tmp / "d.db"


@pytest.fixture(scope="module")
def demo_brief(demo_run) -> Brief:
    return demo_run[0]


@pytest.fixture(scope="module")
def demo_docs(demo_run) -> dict[str, Document]:
    with Store(demo_run[1]) as store:
        return {d.id: d for d in store.documents([r.doc_id for r in demo_run[0].sources])}


def _row(brief: Brief, outlet: str):
    return next(r for r in brief.sources if r.outlet == outlet)


def test_one_story_of_seven_pages_with_its_copies(demo_brief: Brief) -> None:
    assert len(demo_brief.sources) == 7
    ids = {r.outlet: r.doc_id for r in demo_brief.sources}
    assert _row(demo_brief, "Portside Tribune").copy_status == f"copy of {ids['Meridian Daily']}"
    assert _row(demo_brief, "Nordstrand-Kurier").copy_status == (
        f"derived from {ids['Kessvik Herald']}"
    )
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
    assert {
        "2024-06",
        "2025-03-10",
        "2025-03-11",
        "2025-03-12",
        "2025-03-13",
        "2025-03-14",
    } <= dates
    assert all(
        not e.date.startswith("2025-03-1") or e.date <= "2025-03-14" for e in demo_brief.timeline
    )


def _group_with(brief: Brief, value: float):
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
    assert {
        "Aleksander Vorn",
        "Tomas Reyl",
        "Ilsa Marenko-Dahl",
        "Petra Lund",
        "Jon Brask",
        "National Civil Protection Agency",
        "Halvard Construction",
        "National Audit Office",
        "University of Kessvik",
        "Red Cross",
    } <= names


def _event(brief: Brief, opening: str):
    return next(e for e in brief.timeline if e.text.startswith(opening))


def test_points_start_after_the_dateline(demo_brief: Brief, demo_docs) -> None:
    texts = [p.text for p in [*demo_brief.summary, *demo_brief.takeaways]]
    texts += [e.text for e in demo_brief.timeline]
    assert not [t for t in texts if t.startswith("KESSVIK")]
    assert any(t.startswith("Thousands of people have fled") for t in texts)
    for c in all_citations(demo_brief):
        assert demo_docs[c.doc_id].text[c.start : c.end] == c.text


def test_timeline_dates_the_main_event_not_a_clause(demo_brief: Brief) -> None:
    visit = _event(demo_brief, "Ms Marenko-Dahl met volunteers")  # "... since Tuesday night"
    assert (visit.date, visit.precision) == ("2025-03-14", "page date")
    # "The vote, which passed ... one day after [the collapse]" tells Thursday's vote, done:
    # dated by its page, it is cited by the one entry of that vote
    vote = next(
        e
        for e in demo_brief.timeline
        if any(c.text.startswith("The vote, which passed") for c in e.citations)
    )
    assert vote.date == "2025-03-13" and "vote" in vote.text
    order = _event(demo_brief, "Interior Minister Aleksander Vorn, who ordered the evacuation")
    assert order.date == "2025-03-11" and order.text.endswith("on Tuesday")


def test_takeaways_add_to_the_summary(demo_brief: Brief) -> None:
    said = {(c.doc_id, c.start) for p in demo_brief.summary for c in p.citations}
    for p in demo_brief.takeaways:
        if not p.text.startswith(tuple(f"{g.quantity}:" for g in demo_brief.figures)):
            assert not said & {(c.doc_id, c.start) for c in p.citations}, p.text


def test_sources_table_says_what_was_removed(demo_brief: Brief, demo_docs) -> None:
    md = render(demo_brief, list(demo_docs.values()), "md")
    rows = {line.split(" | ")[2]: line for line in md.splitlines() if line.startswith("| S")}
    assert "| 29% of page text (HTML extraction) |" in rows["Kessvik Herald"]
    assert "| 2025-03-12 18:40 +01:00 |" in rows["Kessvik Herald"]
    assert "| 16 lines, 29% of text |" in rows["Coastline News"]
    assert "| 1 line, 3% of text |" in rows["Insight Daily Digest"]


def test_takeaways_do_not_restate_summed_up_figures(demo_brief: Brief) -> None:
    multi = [g for g in demo_brief.figures if g.verdict != "single"][:2]
    passages = [v.citation for g in multi for v in g.values]
    sentences = demo_brief.takeaways[len(multi) :]
    for point in sentences:
        assert point.independent_sources >= 2, point.text  # never one page (or rewrite) alone
        for c in point.citations:
            assert not any(
                c.doc_id == p.doc_id and c.start < p.end and p.start < c.end for p in passages
            ), point.text


def test_sources_say_how_text_was_removed(demo_brief: Brief) -> None:
    by_outlet = {row.outlet: row for row in demo_brief.sources}
    assert by_outlet["Kessvik Herald"].html_extracted  # an HTML page
    assert not by_outlet["Nordstrand-Kurier"].html_extracted  # flattened text: whole lines
    assert by_outlet["Nordstrand-Kurier"].removed_lines > 0


def _quotes_of(brief: Brief, speaker: str):
    return next(e for e in brief.quotes if e.speaker == speaker).quotes


def test_a_quote_and_its_copies_wordings_are_one_quote(demo_brief: Brief) -> None:
    ids = {r.outlet: r.doc_id for r in demo_brief.sources}
    wall = [
        q for q in _quotes_of(demo_brief, "Aleksander Vorn") if q.text.startswith("The wall is")
    ]
    # 01's words first; 05's translation, 03's excerpt and 04's copy of it are versions.
    assert len(wall) == 1 and wall[0].citation.doc_id == ids["Kessvik Herald"]
    assert {c.doc_id for c in wall[0].versions} == {
        ids["Nordstrand-Kurier"],
        ids["Meridian Daily"],
        ids["Portside Tribune"],
    }
    assert wall[0].independent_sources == 2
    reyl = [q.text for q in _quotes_of(demo_brief, "Tomas Reyl")]
    assert not [
        t
        for t in reyl
        if t.startswith(("A spillway is the safety valve of", "that a single favorable night"))
    ]
    lund = [q for q in _quotes_of(demo_brief, "Petra Lund") if "60,000" in q.text]
    assert len(lund) == 1 and " live in areas" in lund[0].text
    assert [c.doc_id for c in lund[0].versions] == [ids["Insight Daily Digest"]]


def test_rendered_quote_cites_every_wording(
    demo_brief: Brief, demo_docs: dict[str, Document]
) -> None:
    labels = {r.doc_id: f"S{i}" for i, r in enumerate(demo_brief.sources, 1)}
    wall = next(
        q for q in _quotes_of(demo_brief, "Aleksander Vorn") if q.text.startswith("The wall is")
    )
    line = next(
        x
        for x in render(demo_brief, list(demo_docs.values()), "md").splitlines()
        if x.startswith("> The wall is")
    )
    for c in (wall.citation, *wall.versions):
        assert f"[{labels[c.doc_id]}]" in line


def test_figure_labels_read_in_the_originals_words(demo_brief: Brief) -> None:
    # 07, an AI rewrite of 02, says "reside" where 02 says "live".
    assert _group_with(demo_brief, 60000).quantity == "people who live"
    assert "reside" not in _group_with(demo_brief, 60000).explanation


def test_the_country_is_no_organisation(demo_brief: Brief) -> None:
    assert "Norvania" not in {p.name for p in demo_brief.entities}
    # The wire named only in the datelines ("KESSVIK, Norvania (AFP) —") filed the pages: it is
    # no actor of the story, and no place either.
    assert "AFP" not in {p.name for p in demo_brief.entities}
