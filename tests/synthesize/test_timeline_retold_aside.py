"""An event's word is found past a short aside between it and its date, so a month's event
recalled by several pages is one entry."""

from __future__ import annotations

from storyline.model import Event
from storyline.synthesize.event_words import event_words
from tests.synthesize.timeline_pages import timeline


def _event(text: str, when: str) -> Event:
    at = text.index(when)
    return Event(
        date="2025-11",
        precision="month",
        text=text,
        sentence=text,
        start=0,
        end=len(text),
        time_start=at,
        time_end=at + len(when),
    )


def test_the_word_before_a_short_aside_names_the_event() -> None:
    text = "Its first bid, of $70 a share, in November was turned down."
    assert "bid" in event_words(text, _event(text, "November"))


def test_a_month_event_recalled_with_an_aside_is_one_entry(nlp) -> None:
    pages = [
        ("a", "Its first bid, of $70 a share, in November was turned down by Orrin.", "2026-02-10"),
        (
            "b",
            "The board rejected the bid in November, saying it undervalued the firm.",
            "2026-02-11",
        ),
    ]
    november = [e for e in timeline(nlp, pages) if e.date == "2025-11"]
    assert len(november) == 1, [e.text for e in november]
    assert {c.doc_id for c in november[0].citations} == {"a", "b"}
