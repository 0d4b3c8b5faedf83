"""The timeline: one person's statement of a day, told by a page that names him in full and by
another that gives his surname alone, is one event; another person's is another."""

from __future__ import annotations

from storyline.synthesize.event_words import share_actor
from tests.synthesize.timeline_pages import timeline

ACTORS = {"Tomas Velker": "PERSON", "Velker": "PERSON", "Anja Velker": "PERSON"}
MONDAY = "2025-03-10"


def test_a_surname_and_a_full_name_share_the_actor() -> None:
    assert share_actor(frozenset({"velker"}), frozenset({"tomas-velker"}))
    assert share_actor(frozenset({"tomas velker"}), frozenset({"velker"}))
    assert not share_actor(frozenset({"tomas-velker"}), frozenset({"anja-velker"}))
    assert not share_actor(frozenset({"elker"}), frozenset({"tomas-velker"}))


def _monday(nlp, second: str) -> list:
    pages = [
        (
            "a",
            "The plant stayed shut on Wednesday.\n"
            "Tomas Velker said on Monday that the plant in Dorrin would close by June.",
            "2025-03-12",
        ),
        (
            "b",
            "Workers marched through Dorrin on Wednesday.\n" + second,
            "2025-03-12",
        ),
    ]
    return [e for e in timeline(nlp, pages, ACTORS) if e.date == MONDAY]


def test_the_persons_statement_by_surname_is_the_same_event(nlp) -> None:
    monday = _monday(nlp, "In a blog post on Monday, Velker announced job cuts at the mill.")
    assert len(monday) == 1 and {c.doc_id for c in monday[0].citations} == {"a", "b"}


def test_another_person_of_that_name_is_another_event(nlp) -> None:
    monday = _monday(nlp, "In a blog post on Monday, Anja Velker announced job cuts at the mill.")
    assert len(monday) == 2
