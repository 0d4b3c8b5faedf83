"""The timeline: a date that says when a price was read ("a premium to Talvik's closing price on
Friday", "above Friday's close") dates no event of the sentence; a closing of its own does."""

from __future__ import annotations

from storyline.model import Event
from storyline.synthesize.timeline_measures import measured
from tests.synthesize.timeline_pages import timeline as timeline_of


def _dated(text: str, when: str) -> Event:
    t = text.index(when)
    return Event(
        sentence=text,
        start=0,
        end=len(text),
        date="2026-05-08",
        precision="day",
        time_start=t,
        time_end=t + len(when),
    )


def test_a_price_read_on_a_day_owns_the_date() -> None:
    text = "Pellin will pay $12 a share, a premium of 20% to Drava's closing price on Friday."
    assert measured(text, _dated(text, "Friday"))
    text = "The offer is 30% above Friday's close."
    assert measured(text, _dated(text, "Friday"))


def test_a_closing_of_its_own_is_an_event() -> None:
    text = "The deal is expected to close on Friday."
    assert not measured(text, _dated(text, "Friday"))
    text = "Drava shares closed up 21% on Friday at $11.40."
    assert not measured(text, _dated(text, "Friday"))


def test_a_sentence_dated_by_a_price_reading_has_no_entry(nlp) -> None:
    pages = [
        (
            "a",
            "Pellin agreed to buy Drava for $2 billion on Monday. Pellin will pay $12 a share, "
            "a premium of 20% to Drava's closing price on Friday.",
            "2026-05-11",
        )
    ]
    entries = timeline_of(nlp, pages)
    assert [e.date for e in entries] == ["2026-05-11"], [(e.date, e.text) for e in entries]
