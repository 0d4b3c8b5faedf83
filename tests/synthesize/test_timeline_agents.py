"""The timeline: a page that retells the day's main event by what its agent did, in other
words and on another verb, is that event; what was done to someone that day, a statement, or
another actor's act stays an event of its own. A date given as the latest of a series refers
to that day's event."""

from __future__ import annotations

from tests.synthesize.timeline_pages import on_day, timeline

ACTORS = {"Ivo Brandt": "PERSON", "Lena Osk": "PERSON"}
DAY = "2025-06-08"  # a Sunday; the pages are from Monday
MONDAY = "2025-06-09"
# Each third page leads with Monday's news: its Sunday sentence is no lede (ledes of one day
# are one event by another rule).
LEDE = "Mourners laid flowers on the harbour front on Monday morning.\n"
MAIN = [
    (
        "a",
        "Ivo Brandt ploughed a van through the festival crowd on the harbour front in "
        "Varnholm on Sunday, killing nine people.",
        MONDAY,
    ),
    (
        "b",
        "Nine people were killed on Sunday when a van ploughed through a festival crowd in "
        "Varnholm.",
        MONDAY,
    ),
]


def test_a_retelling_by_the_main_events_agent_joins_it(nlp) -> None:
    third = (
        "c",
        LEDE + "The attacker, Ivo Brandt, a 40-year-old courier, sped down the promenade "
        "on Sunday night.",
        MONDAY,
    )
    sunday = on_day(timeline(nlp, [*MAIN, third], ACTORS), DAY)
    assert len(sunday) == 1
    assert {c.doc_id for c in sunday[0].citations} == {"a", "b", "c"}


def test_what_was_done_to_the_agent_is_another_event(nlp) -> None:
    third = (
        "c",
        LEDE + "Ivo Brandt was arrested at his flat in the old town on Sunday evening.",
        MONDAY,
    )
    sunday = on_day(timeline(nlp, [*MAIN, third], ACTORS), DAY)
    assert len(sunday) == 2


def test_another_actors_act_is_another_event(nlp) -> None:
    third = (
        "c",
        LEDE + "Lena Osk opened a book of condolence at the town hall on Sunday evening.",
        MONDAY,
    )
    sunday = on_day(timeline(nlp, [*MAIN, third], ACTORS), DAY)
    assert len(sunday) == 2


def test_the_latest_of_a_series_refers_to_that_days_event(nlp) -> None:
    pages = [
        ("a", "Two short-range rockets were fired from the coast on Saturday.", "2025-06-09"),
        ("b", "The navy said two rockets were fired from the coast on Saturday.", "2025-06-09"),
        (
            "c",
            "Mourners laid flowers at the port on Monday morning.\n"
            "The group has staged dozens of tests this year, the most recent on Saturday, "
            "but never over the islands.",
            "2025-06-09",
        ),
    ]
    saturday = on_day(timeline(nlp, pages), "2025-06-07")
    assert len(saturday) == 1
    assert {c.doc_id for c in saturday[0].citations} == {"a", "b", "c"}
