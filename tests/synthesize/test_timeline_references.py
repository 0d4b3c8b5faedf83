"""The timeline: a sentence that refers to an earlier day's event while telling a statement is
dated by the statement (its page's day), not by the day it refers to."""

from __future__ import annotations

from tests.synthesize.timeline_pages import timeline as timeline_of


def test_a_statement_referring_to_an_earlier_event_takes_its_pages_day(nlp) -> None:
    text = (
        "Workers cleared the debris at the Kessel plant on Thursday.\n"
        "Referring to Friday's explosion, the mayor said the plant would stay shut for a month."
    )
    timeline = timeline_of(nlp, [("a", text, "2025-03-17")])
    statement = [e for e in timeline if "stay shut" in e.text]
    assert [(e.date, e.precision) for e in statement] == [("2025-03-17", "page date")]


def test_a_plan_dated_in_its_own_clause_keeps_its_date(nlp) -> None:
    text = "The mayor said the plant would reopen on Friday after repairs to its roof."
    timeline = timeline_of(nlp, [("a", text, "2025-03-17")])
    assert [e.date for e in timeline] == ["2025-03-21"]
