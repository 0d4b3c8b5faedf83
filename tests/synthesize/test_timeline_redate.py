"""The timeline: one event from many pages, dated by the main clause, cut after datelines."""

from __future__ import annotations

import pytest

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times
from storyline.model import (
    Document,
)
from tests.hand_story import (
    span,
)


def test_timeline_merges_same_event(brief):
    roads = [e for e in brief.timeline if e.date == "2024-10-15"]
    assert len(roads) == 1
    assert {c.doc_id for c in roads[0].citations} == {"a", "b", "d"}
    assert roads[0].independent_sources == 2
    assert [e.date for e in brief.timeline] == sorted(e.date for e in brief.timeline)


def _dated(sentence: str, *expressions: tuple[str, str, str]):
    """A document of one sentence, its event as the analyzer makes it without a parse (the
    sentence's words decide whose date each expression is) and its time expressions."""
    from storyline.analyze.events import find_events
    from storyline.model import TimeExpression

    doc = Document(
        id="x", source="x", text=sentence, published="2025-03-14", published_source="meta"
    )
    times = []
    for words, value, precision in expressions:
        s, e = span(sentence, words)
        times.append(TimeExpression(text=words, start=s, end=e, value=value, precision=precision))
    (ev,) = find_events(sentence, times, [])
    return doc, ev, times


@pytest.mark.parametrize(
    ("sentence", "expressions", "date", "precision", "cut"),
    [
        # "since": when a state began, not when the sentence's event happened.
        (
            "Ms Marenko-Dahl met volunteers in Kessvik, where most of the town has been sleeping "
            "since Tuesday night.",
            [("Tuesday night", "2025-03-11", "day")],
            "2025-03-14",
            "page date",
            None,
        ),
        # "a day after X" dates X; the vote is the page's day.
        (
            "The vote, which passed by 141 to 9, came just one day after a portion of the spillway "
            "collapsed.",
            [("one day after", "2025-03-13", "day")],
            "2025-03-14",
            "page date",
            None,
        ),
        (
            "Thousands have fled the valley after the spillway collapsed on Wednesday, officials "
            "said.",
            [("Wednesday", "2025-03-12", "day")],
            "2025-03-14",
            "page date",
            None,
        ),
        # A day-name owning a noun dates the noun.
        (
            "Vorn told the chamber that 11,500 had left, out of the 40,000 covered by Tuesday’s "
            "order.",
            [("Tuesday", "2025-03-11", "day")],
            "2025-03-14",
            "page date",
            None,
        ),
        # The main clause's own date wins over the one of a relative clause before it.
        (
            "Halvard Construction, which repaired the dam on Monday, said on Thursday "
            "it would help.",
            [("Monday", "2025-03-10", "day"), ("Thursday", "2025-03-13", "day")],
            "2025-03-13",
            "day",
            None,
        ),
        # A dated relative clause in mid-sentence is its own event, cited up to its end.
        (
            "Interior Minister Aleksander Vorn, who ordered the evacuation on Tuesday, "
            "said the wall was holding.",
            [("Tuesday", "2025-03-11", "day")],
            "2025-03-11",
            "day",
            "Interior Minister Aleksander Vorn, who ordered the evacuation on Tuesday",
        ),
        # Main-clause dates stay as they were.
        (
            "Inspectors reported cracks on Monday, after eleven days of rain.",
            [("Monday", "2025-03-10", "day")],
            "2025-03-10",
            "day",
            None,
        ),
    ],
)
def test_timeline_dates_the_main_clause(sentence, expressions, date, precision, cut):
    from storyline.synthesize.timeline import redate

    doc, ev, _times = _dated(sentence, *expressions)
    found = redate(doc, ev, "2025-03-14")
    assert found is not None
    got, start, end = found
    assert (got.date, got.precision) == (date, precision)
    assert doc.text[start:end] == (cut or sentence)


def test_an_event_without_a_page_day_is_left_out():
    from storyline.synthesize.timeline import redate

    doc, ev, _times = _dated(
        "Troops crossed the border after the talks ended on Monday.",
        ("Monday", "2025-03-10", "day"),
    )
    assert ev.anchor == "after"
    assert redate(doc, ev, None) is None  # a past event, no page day to stand in


def test_timeline_event_starts_after_the_dateline():
    from storyline.synthesize.timeline import redate

    doc, ev, _times = _dated(
        "KESSVIK — Engineers lost their fight on Wednesday afternoon.",
        ("Wednesday afternoon", "2025-03-12", "day"),
    )
    found = redate(doc, ev, "2025-03-14")
    assert found is not None
    got, start, end = found
    assert got.date == "2025-03-12"
    assert doc.text[start:end] == "Engineers lost their fight on Wednesday afternoon."


def test_timeline_follows_the_parse() -> None:
    from storyline.model import Document
    from storyline.synthesize.timeline import PAGE_DATE, redate

    text = (
        "Thousands have fled the valley after the spillway collapsed on Wednesday. "
        "Vorn, who ordered the evacuation on Tuesday, said the wall was holding."
    )
    doc = Document(id="x", source="x", text=text, published="2025-03-14", published_source="meta")
    from storyline.analyze.nlp import load_nlp

    sdoc = load_nlp()(text)
    times = find_times(sdoc, "2025-03-14")
    fled, vorn = find_events(sdoc, times, [])
    found = redate(doc, fled, "2025-03-14")
    assert found is not None and found[0].precision == PAGE_DATE
    found = redate(doc, vorn, "2025-03-14")
    assert found is not None
    got, start, end = found
    assert got.date == "2025-03-11"
    assert text[start:end] == "Vorn, who ordered the evacuation on Tuesday"
