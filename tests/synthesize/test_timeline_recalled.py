"""The timeline: a page that retells another page's sentence with its day made a month
("earlier this month") tells that day's event: one entry, on its day. A month's sentence
only as alike as two events of one month, or a plan, stays apart."""

from __future__ import annotations

from storyline.model import Event
from storyline.synthesize.timeline_recalled import Recalled, rejoin_recalled
from tests.synthesize.timeline_pages import timeline

ACTORS = {"Elon Vance": "PERSON", "Vantor": "ORG"}
DAY = (
    "a",
    "Vance, 51, made the announcement on social media on Friday, saying the first Kestrel "
    "rocket will carry his old tractor to orbit from Gale Island.",
    "2025-06-07",
)


def test_a_sentence_retold_with_its_month_joins_its_day(nlp) -> None:
    month = (
        "b",
        "Vance, 51, made the announcement on social media earlier this month, saying the first "
        "Kestrel rocket will carry his old tractor to orbit from Gale Island.",
        "2025-06-20",
    )
    entries = timeline(nlp, [DAY, month], ACTORS)
    june = [e for e in entries if e.date.startswith("2025-06")]
    assert [e.date for e in june] == ["2025-06-06"], [(e.date, e.text) for e in entries]
    assert {c.doc_id for c in june[0].citations} == {"a", "b"}


def test_another_event_of_the_month_stays(nlp) -> None:
    month = (
        "b",
        "Vantor reopened its Gale Island launch pad earlier this month after a year of repairs.",
        "2025-06-20",
    )
    dates = sorted(e.date for e in timeline(nlp, [DAY, month], ACTORS))
    assert dates == ["2025-06", "2025-06-06"], dates


def _row(date: str, precision: str, page_day: str, plan: bool = False) -> Recalled:
    event = Event(sentence="x", start=0, end=1, date=date, precision=precision)  # type: ignore[arg-type]
    return Recalled(page_day, event, plan)


def test_only_a_past_month_joins_a_day_its_pages_had_seen() -> None:
    def alike(a: list[int], b: list[int]) -> float:
        return 0.9

    day = _row("2025-06-06", "day", "2025-06-07")
    seen = [_row("2025-06", "month", "2025-06-20"), day]
    assert rejoin_recalled([[0], [1]], seen, alike) == [[1, 0]]
    planned = [_row("2025-06", "month", "2025-06-20", plan=True), day]
    assert rejoin_recalled([[0], [1]], planned, alike) == [[0], [1]]
    before = [_row("2025-06", "month", "2025-06-03"), day]  # the day was still to come
    assert rejoin_recalled([[0], [1]], before, alike) == [[0], [1]]
