"""The timeline: a page that tells one actor's act of a day in several sentences, on several
verbs and in other words, tells one event; two actors' acts, or a speaker's statement and an
act of the organisation named beside him, stay apart."""

from __future__ import annotations

from tests.synthesize.timeline_pages import on_day, timeline

ACTORS = {"Kim Arlo": "PERSON", "Tove Lind": "PERSON", "Elon Vance": "PERSON", "Vantor": "ORG"}
MONDAY = "2025-06-09"
PAGE_DAY = "2025-06-10"
OTHER = ("z", "Rain closed the harbour road in Varnholm on Tuesday.", PAGE_DAY)


def _page(first: str, second: str) -> tuple[str, str, str]:
    filler = "Markets in the capital were calm and trading was thin through the morning.\n\n"
    return ("a", f"{first}\n\n{filler}{second}", PAGE_DAY)


def test_one_actors_act_told_twice_on_one_page_is_one_event(nlp) -> None:
    page = _page(
        "Kim Arlo offered the rival party talks on the budget on Monday.",
        "In a long address to the assembly, Kim Arlo struck a conciliatory note on Monday, "
        "calling for calm in the streets.",
    )
    monday = on_day(timeline(nlp, [page, OTHER], ACTORS), MONDAY)
    assert len(monday) == 1
    assert len(monday[0].citations) == 2


def test_two_actors_acts_stay_apart(nlp) -> None:
    page = _page(
        "Kim Arlo offered the rival party talks on the budget on Monday.",
        "In a long address to the assembly, Tove Lind struck a defiant note on Monday, "
        "calling for protests in the streets.",
    )
    assert len(on_day(timeline(nlp, [page, OTHER], ACTORS), MONDAY)) == 2


def test_a_statement_is_no_act_of_the_organisation_named_beside_its_speaker(nlp) -> None:
    page = _page(
        "Elon Vance, chief of Vantor, said on Monday that test flights carry dummy loads.",
        "Vantor completed its busiest year with a sunset launch of weather satellites on Monday.",
    )
    assert len(on_day(timeline(nlp, [page, OTHER], ACTORS), MONDAY)) == 2


def test_a_described_speaker_is_the_doer_not_a_name_of_the_description(nlp) -> None:
    # "Orrin" stands for an organisation the recogniser took for a person
    actors = {**ACTORS, "Orrin": "PERSON"}
    first = (
        "b",
        "On Monday, Elon Vance revealed the cargo in a slideshow posted online.",
        PAGE_DAY,
    )
    second = _page(
        "“Test flights carry dummy loads,” Elon Vance, chief of Vantor and Orrin, said Monday.",
        "Orrin completed its busiest year with a sunset launch of weather satellites on Monday.",
    )
    monday = on_day(timeline(nlp, [first, second, OTHER], actors), MONDAY)
    assert len(monday) == 2
    told = next(e for e in monday if "Vance" in e.text)
    assert {c.doc_id for c in told.citations} == {"a", "b"}


def test_he_is_the_person_named_plainly_not_the_one_owning_a_thing(nlp) -> None:
    told = "Kim Arlo said on Monday that he would step down as coach at the end of the season."
    page = (
        "a",
        "Kim Arlo said he made up his mind only when Tove Lind's late kick went in on Sunday."
        "\n\nHe told his players after the game, and they kept it quiet until he announced it "
        "late on Monday morning.",
        MONDAY,
    )
    pages = [
        page,
        ("b", told, PAGE_DAY),
        ("c", "Arlo, 58, said on Monday he would quit.", PAGE_DAY),
    ]
    monday = on_day(timeline(nlp, pages, ACTORS), MONDAY)
    assert len(monday) == 1, [e.text for e in monday]
    assert {c.doc_id for c in monday[0].citations} == {"a", "b", "c"}
