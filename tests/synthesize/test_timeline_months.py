"""The timeline: a coming event that some pages date by its month ("a members' vote next
month") and another page to its day ("the May 14 members' meeting") is one entry, on its day.
A month told ahead that names another event, or an event already past, stays apart."""

from __future__ import annotations

from storyline.model import Event
from storyline.synthesize.timeline_months import Ahead, near_words, rejoin_months
from tests.synthesize.timeline_pages import timeline as timeline_of

DAY_PAGE = (
    "c",
    "At the Harlow Cooperative's May 14 members' meeting, the Tessary Group plans to put "
    "forward six candidates for the board.",
    "2025-04-07",
)
ACTORS = {"Harlow Cooperative": "ORG", "Tessary Group": "ORG"}


def test_months_told_ahead_join_the_day_of_their_month(nlp) -> None:
    pages = [
        (
            "a",
            "The Tessary Group's sweetened offer improves its chances in a members' vote next "
            "month.",
            "2025-04-07",
        ),
        (
            "b",
            "The Harlow Cooperative is set to hold its annual members' meeting next month.",
            "2025-04-07",
        ),
        DAY_PAGE,
    ]
    entries = timeline_of(nlp, pages, ACTORS)
    may = [e for e in entries if e.date.startswith("2025-05")]
    assert [e.date for e in may] == ["2025-05-14"], [(e.date, e.text) for e in entries]
    assert {c.doc_id for c in may[0].citations} == {"a", "b", "c"}


def test_a_month_naming_another_event_stays(nlp) -> None:
    pages = [
        (
            "a",
            "The Harlow Cooperative will publish its annual accounts next month, its treasurer "
            "said.",
            "2025-04-07",
        ),
        DAY_PAGE,
    ]
    dates = sorted(e.date for e in timeline_of(nlp, pages, ACTORS))
    assert dates == ["2025-05", "2025-05-14"], dates


def test_a_month_already_past_stays(nlp) -> None:
    pages = [
        (
            "a",
            "The Harlow Cooperative held a members' meeting in May that ended without a vote.",
            "2025-06-20",
        ),
        (
            "c",
            "At the May 14 members' meeting of the Harlow Cooperative, the board lost its vote.",
            "2025-06-20",
        ),
    ]
    dates = sorted(e.date for e in timeline_of(nlp, pages, ACTORS))
    assert "2025-05" in dates, dates


def _row(source: str, date: str, precision: str, words: set[str]) -> Ahead:
    event = Event(sentence="x", start=0, end=1, date=date, precision=precision)  # type: ignore[arg-type]
    return Ahead(source, "2025-04-07", event, frozenset(words))


def test_two_days_of_the_month_naming_the_event_leave_the_month_alone() -> None:
    rows = [
        _row("a", "2025-05", "month", {"vote"}),
        _row("b", "2025-05-14", "day", {"vote"}),
        _row("c", "2025-05-20", "day", {"vote"}),
    ]
    assert rejoin_months([[0], [1], [2]], rows) == [[0], [1], [2]]


def test_one_sources_day_leaves_a_month_several_sources_tell() -> None:
    # Three outlets date the rocket's launch to May; one names a launch "as soon as May 4":
    # maybe another launch of the month.
    rows = [
        _row("a", "2025-05", "month", {"launch"}),
        _row("b", "2025-05", "month", {"launch"}),
        _row("c", "2025-05", "month", {"launch"}),
        _row("d", "2025-05-04", "day", {"launch"}),
    ]
    assert rejoin_months([[0, 1, 2], [3]], rows) == [[0, 1, 2], [3]]
    assert rejoin_months([[0], [3]], rows) == [[3, 0]]


def test_near_words_stay_in_the_dates_clause() -> None:
    text = "Officials, citing the weather, postponed the members' vote next month."
    start = text.index("next month")
    words = near_words(text, start, start + len("next month"))
    assert "vote" in words and "member" in words
    assert "weather" not in words and "offici" not in words
