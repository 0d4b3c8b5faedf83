"""The timeline: one entry per event, dated by storyline.dating, from analyses only."""

from __future__ import annotations

from storyline.synthesize.timeline import PAGE_DATE
from tests.synthesize.timeline_pages import timeline as timeline_of


def test_an_event_told_by_several_pages_is_one_entry(nlp) -> None:
    timeline = timeline_of(
        nlp,
        [
            ("a", "A ferry sank off Marlow Point on Tuesday, the coastguard said.", "2025-06-05"),
            (
                "b",
                "The ferry sank off Marlow Point on Tuesday night, officials said.",
                "2025-06-04",
            ),
            (
                "c",
                "Coastguards say a ferry sank off Marlow Point on Tuesday.\n"
                "Rescuers were called at 9.40pm as the ferry listed and passengers jumped.",
                "2025-06-04",
            ),
        ],
    )
    sinking = [e for e in timeline if e.date == "2025-06-03"]
    assert len(sinking) == 1
    assert {c.doc_id for c in sinking[0].citations} == {"a", "b", "c"}
    assert sinking[0].independent_sources == 3


def test_different_events_of_one_day_stay_apart(nlp) -> None:
    timeline = timeline_of(
        nlp,
        [
            (
                "a",
                "The council approved the new budget on Monday after a long debate.\n"
                "On Monday, the port authority said the harbour would reopen within weeks.",
                "2025-06-04",
            )
        ],
    )
    assert len([e for e in timeline if e.date == "2025-06-02"]) == 2


def test_a_plan_keeps_the_date_its_sentence_names(nlp) -> None:
    timeline = timeline_of(
        nlp,
        [
            (
                "a",
                "The utility said it would restore power to the people affected by June 20.\n"
                "The mayor toured the shelter, where families have slept since Sunday night.",
                "2025-06-11",
            )
        ],
    )
    dates = {e.text.split()[1]: (e.date, e.precision) for e in timeline}
    assert dates["utility"] == ("2025-06-20", "day")  # future: never the page's day
    assert dates["mayor"] == ("2025-06-11", PAGE_DATE)  # a past event dated only by a state


def test_a_future_reference_stays_future(nlp) -> None:
    timeline = timeline_of(
        nlp,
        [
            (
                "a",
                "Voting on the new charter could begin as early as Sunday, aides said.",
                "2025-06-11",
            )
        ],
    )
    assert [e.date for e in timeline] == ["2025-06-15"]


def test_the_same_act_by_the_same_actor_is_one_event(nlp) -> None:
    timeline = timeline_of(
        nlp,
        [
            (
                "a",
                "Vantor Bank said on Monday that 2.5 million more customers were affected.",
                "2025-06-04",
            ),
            (
                "b",
                "While Vantor Bank earlier put the figure lower, it said on Monday that "
                "accounts in Canada were exposed too.",
                "2025-06-04",
            ),
        ],
    )
    monday = [e for e in timeline if e.date == "2025-06-02"]
    assert len(monday) == 1 and {c.doc_id for c in monday[0].citations} == {"a", "b"}


def test_a_pages_account_of_an_earlier_day_is_one_event(nlp) -> None:
    text = (
        "Claims emerged that a tram had tipped on the same bend on 2 May.\n"
        "A passenger wrote online on 2 May that everyone had been thrown to one side.\n"
        "Another rider said he too was on board on 2 May."
    )
    timeline = timeline_of(nlp, [("a", text, "2025-06-04")])
    assert len([e for e in timeline if e.date == "2025-05-02"]) == 1


def test_a_reference_to_the_days_event_joins_it(nlp) -> None:
    timeline = timeline_of(
        nlp,
        [
            ("a", "A ferry sank off Marlow Point on Tuesday, the coastguard said.", "2025-06-04"),
            (
                "b",
                "Investigators want to know what happened on Tuesday near the point.",
                "2025-06-04",
            ),
            (
                "c",
                "Tuesday's sinking was the worst on the coast in decades, divers said.",
                "2025-06-04",
            ),
        ],
    )
    tuesday = [e for e in timeline if e.date == "2025-06-03"]
    assert len(tuesday) == 1 and {c.doc_id for c in tuesday[0].citations} == {"a", "b", "c"}
