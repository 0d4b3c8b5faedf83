"""The timeline: an event retold in other words (by one page or several) is one entry, and
different events of one date that happen to share a word or a date stay apart."""

from __future__ import annotations

from storyline.model import Event
from storyline.synthesize.event_words import event_words, retold
from tests.synthesize.timeline_pages import on_day
from tests.synthesize.timeline_pages import timeline as timeline_of


def test_an_event_retold_in_other_words_is_one_entry(nlp) -> None:
    page = (
        "On Friday, the harbour board of Ostrava approved a new ferry timetable.\n"
        "Observers on a ferry deck watched the drill on Friday night until the light failed."
    )
    other = (
        "In March, the navy unveiled its glide rocket.\n"
        "When the navy drilled its crews at sea on May 9, the crews worked until dawn."
    )
    friday = on_day(
        timeline_of(nlp, [("a", page, "2025-05-10"), ("b", other, "2025-05-12")]), "2025-05-09"
    )
    tests = [e for e in friday if any("drill" in c.text for c in e.citations)]
    assert len(tests) == 1, [e.text for e in friday]
    assert {c.doc_id for c in tests[0].citations} == {"a", "b"}
    # The harbour board's timetable is another event of the same day.
    assert len(friday) == 2
    assert not any("timetable" in c.text for c in tests[0].citations)


def test_a_planned_month_told_several_ways_is_one_entry(nlp) -> None:
    pages = [
        ("a", "Vantor Aerospace plans to launch its Kestrel rocket next month.", "2025-11-20"),
        (
            "b",
            "A weather satellite for the coastguard is due to launch next month.",
            "2025-11-21",
        ),
    ]
    december = on_day(timeline_of(nlp, pages), "2025-12")
    assert len(december) == 1, [e.text for e in december]
    assert {c.doc_id for c in december[0].citations} == {"a", "b"}


def _event(text: str, verb: str, entities: list[str], when: str) -> Event:
    at = text.index(when)
    return Event(
        date="2025-12",
        precision="month",
        sentence=text,
        start=0,
        end=len(text),
        entities=entities,
        time_start=at,
        time_end=at + len(when),
        verb=verb,
    )


def test_the_event_word_is_its_verb_or_the_noun_its_date_owns() -> None:
    owns = "Critics spoke of next month's launch as a gamble."
    assert "launch" in event_words(owns, _event(owns, "spoke", [], "next month"))
    before = "The vote in December was close, the clerk said."
    assert "vote" in event_words(before, _event(before, "was", [], "December"))
    # Saying names no event: a day holds many statements by many people.
    said = "The minister said in December that the port would stay shut."
    assert event_words(said, _event(said, "said", [], "December")) == frozenset()


def test_a_shared_word_of_different_actors_or_numbers_is_two_events() -> None:
    rows = [
        ("Vantor will launch the Kestrel next month.", ["vantor", "kestrel"]),
        ("Orbex will launch its Lark rocket next month.", ["orbex", "lark"]),
        ("Vantor has 3 launches of the Kestrel 2 planned next month.", ["vantor", "kestrel"]),
        ("Vantor will launch 4 Kestrel 5 boosters next month.", ["vantor", "kestrel"]),
    ]
    events = [_event(t, "launch", names, "next month") for t, names in rows]
    words = [event_words(t, e) for (t, _), e in zip(rows, events, strict=True)]
    # Different actors: apart; different numbers of one actor: apart.
    assert retold([[0], [1]], events, words) == [[0], [1]]
    assert retold([[2], [3]], events, words) == [[2], [3]]
    assert retold([[0], [3]], events, words) == [[0, 3]]


def test_a_length_of_time_is_no_number_that_tells_another_event() -> None:
    rows = [
        ("Vantor, a launcher for 12 years, will launch the Kestrel next month.", ["vantor"]),
        ("Vantor will launch the Kestrel to 900 miles up next month.", ["vantor"]),
        ("Vantor will launch 4 Kestrel boosters over 3 days next month.", ["vantor"]),
        ("Vantor will launch 5 Kestrel boosters over 3 days next month.", ["vantor"]),
    ]
    events = [_event(t, "launch", names, "next month") for t, names in rows]
    words = [event_words(t, e) for (t, _), e in zip(rows, events, strict=True)]
    # "for 12 years" says how long, not what: the launch retold with its altitude is one event
    assert retold([[0], [1]], events, words) == [[0, 1]]
    # a count of boosters still tells two events, however long each takes
    assert retold([[2], [3]], events, words) == [[2], [3]]
