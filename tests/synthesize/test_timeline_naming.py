"""The timeline: a moment that names its own event by a word another entry of the day names
joins that entry, not the day's main event; one who made the day's news by saying it is an
agent of it, so a page's account of that person's act that day is the same event."""

from __future__ import annotations

from storyline.model import TimelineEvent
from tests.synthesize.timeline_pages import on_day, timeline

DAY = "2025-06-08"  # a Sunday; the pages are from Monday
MONDAY = "2025-06-09"
LEDE = "Mourners laid flowers on the harbour front on Monday morning.\n"
ATTACK = [
    (
        "a",
        "A van ploughed through the festival crowd on the harbour front in Varnholm on "
        "Sunday, killing nine people.",
        MONDAY,
    ),
    (
        "b",
        "Nine people were killed on Sunday when a van ploughed through a festival crowd in "
        "Varnholm.",
        MONDAY,
    ),
]


def _holding(events: list[TimelineEvent], words: str) -> TimelineEvent:
    return next(e for e in events if any(words in c.text for c in e.citations))


def test_a_moment_naming_another_entrys_event_joins_it(nlp) -> None:
    radio = (
        "c",
        LEDE + "The governor recorded a radio interview about the harbour budget on Sunday. "
        "That was recorded at 4 p.m., hours before the crash.",
        MONDAY,
    )
    sunday = on_day(timeline(nlp, [*ATTACK, radio]), DAY)
    interview = _holding(sunday, "radio interview")
    assert any("4 p.m." in c.text for c in interview.citations)
    assert not any("4 p.m." in c.text for c in _holding(sunday, "van ploughed").citations)


def test_a_moment_naming_no_other_event_joins_the_main_entry(nlp) -> None:
    moment = ("c", LEDE + "Police were called to the promenade at 9.40 p.m. on Sunday.", MONDAY)
    sunday = on_day(timeline(nlp, [*ATTACK, moment]), DAY)
    assert len(sunday) == 1


ACTORS = {"Lena Osk": "PERSON", "Arno Vik": "PERSON"}
RESIGNATION = [
    (
        "a",
        "Lena Osk said on Sunday that she would step down as mayor of Varnholm after the "
        "flood inquiry.",
        MONDAY,
    ),
    ("b", "Lena Osk told the council on Sunday she was quitting politics for good.", MONDAY),
]


def test_the_speakers_act_that_day_joins_the_news_she_told(nlp) -> None:
    third = (
        "c",
        LEDE + "Lena Osk cleared her desk and returned the keys of the old town hall on Sunday.",
        MONDAY,
    )
    sunday = on_day(timeline(nlp, [*RESIGNATION, third], ACTORS), DAY)
    assert len(sunday) == 1
    assert {c.doc_id for c in sunday[0].citations} == {"a", "b", "c"}


def test_another_persons_act_stays_apart(nlp) -> None:
    third = (
        "c",
        LEDE + "Arno Vik cleared his desk and returned the keys of the old town hall on Sunday.",
        MONDAY,
    )
    sunday = on_day(timeline(nlp, [*RESIGNATION, third], ACTORS), DAY)
    assert len(sunday) == 2
