"""The timeline: one actor's statements of one day are one event, whatever the verb of saying;
another actor's statement about it is another event."""

from __future__ import annotations

from storyline.model import TimelineEvent
from storyline.synthesize.event_words import SAYING, act_word
from tests.synthesize.timeline_pages import on_day, timeline

ACTORS = {"Vantor": "ORG", "Orrin Capital": "ORG", "Mara Velt": "PERSON"}


def _timeline(nlp, pages: list[tuple[str, str, str]]) -> list[TimelineEvent]:
    return timeline(nlp, pages, ACTORS)


def test_every_verb_of_saying_is_one_act() -> None:
    assert {act_word(v) for v in ("said", "disclosed", "announced", "revealed")} == {SAYING}
    assert act_word("raised") == "raised"


def test_one_actors_statements_of_a_day_in_other_verbs_are_one_event(nlp) -> None:
    monday = on_day(
        _timeline(
            nlp,
            [
                ("a", "Vantor said on Monday that its loss would top $2 billion.", "2025-03-12"),
                (
                    "b",
                    "Vantor disclosed in a filing on Monday that the hit came from a tax change.",
                    "2025-03-12",
                ),
            ],
        ),
        "2025-03-10",
    )
    assert len(monday) == 1 and {c.doc_id for c in monday[0].citations} == {"a", "b"}


def test_an_analysts_note_about_the_actor_is_another_event(nlp) -> None:
    monday = on_day(
        _timeline(
            nlp,
            [
                ("a", "Vantor said on Monday that its loss would top $2 billion.", "2025-03-12"),
                (
                    "b",
                    # the page's lede is another day's news, so the note is no lede of Monday
                    "Vantor shares fell 4 percent on Tuesday in Kessel.\n"
                    "Mara Velt, an analyst at Orrin Capital, said in a note on Monday that "
                    "Vantor had been too cautious.",
                    "2025-03-12",
                ),
            ],
        ),
        "2025-03-10",
    )
    assert len(monday) == 2


def test_the_days_news_takes_what_its_actor_said_that_day(nlp) -> None:
    news = "Vantor raised its offer for the Kessel mill on Monday, to 41 crowns a share."
    pages = [
        ("a", news, "2025-03-12"),
        ("b", "On Monday Vantor raised its bid for the Kessel mill to 41 crowns.", "2025-03-12"),
        (
            "c",
            "Vantor said on Monday that the bid was its last, and the board would meet soon.",
            "2025-03-12",
        ),
    ]
    monday = on_day(_timeline(nlp, pages), "2025-03-10")
    assert len(monday) == 1 and {c.doc_id for c in monday[0].citations} == {"a", "b", "c"}


def test_what_she_posted_that_evening_is_the_act_of_the_person_named_before(nlp) -> None:
    text = (
        "Vantor shut its Kessel mill on Friday.\n"
        "Mara Velt, a neighbour of the mill, said on Wednesday that she had warned the council "
        "about the fumes.\n"
        "On Wednesday evening, she posted an image of her letter to the mayor online."
    )
    wednesday = on_day(_timeline(nlp, [("a", text, "2025-03-15")]), "2025-03-12")
    assert len(wednesday) == 1 and len(wednesday[0].citations) == 2


def test_one_actors_act_heading_two_entries_is_one_event(nlp) -> None:
    # Page a's lede joins its other sentence by wording; page b tells the act in page a's
    # second sentence's verb: one announcement, whichever sentence heads each entry.
    pages = [
        (
            "a",
            "Mara Velt, who turned 40 last week, made the announcement in an open letter "
            "released Tuesday by Vantor. Velt announced her retirement after 12 seasons on "
            "Tuesday in an open letter released by Vantor.",
            "2025-03-12",
        ),
        (
            "b",
            "Vantor forward Mara Velt announced her retirement from the league on Tuesday "
            "after twelve years.",
            "2025-03-12",
        ),
    ]
    tuesday = on_day(timeline(nlp, pages, {**ACTORS, "Velt": "PERSON"}), "2025-03-11")
    assert len(tuesday) == 1, [e.text for e in tuesday]
    assert {c.doc_id for c in tuesday[0].citations} == {"a", "b"}


def test_two_actors_acts_of_a_day_stay_two_events(nlp) -> None:
    # One page each (two pages' ledes of one day are one event by another rule).
    text = (
        "Mara Velt announced her retirement on Tuesday after 12 seasons. "
        "Separately, Vantor announced a new stadium deal with the city on Tuesday."
    )
    tuesday = on_day(_timeline(nlp, [("a", text, "2025-03-12")]), "2025-03-11")
    assert len(tuesday) == 2, [e.text for e in tuesday]
