"""The day's main entry takes another entry worded like one of its sentences, but by the words
each sentence tells of its own event: a clause that recalls an earlier event ("a day after the
sea wall collapsed") makes no retelling of it."""

from __future__ import annotations

from storyline.synthesize.event_words import own_clause
from tests.synthesize.timeline_pages import timeline


def test_own_clause_drops_what_a_sentence_recalls() -> None:
    said = "The council approved a relief fund, a day after the sea wall collapsed in a storm."
    assert own_clause(said) == "The council approved a relief fund"
    assert own_clause("After the storm, crews cleared the road.") == ", crews cleared the road."
    assert own_clause("Crews cleared the road the following day.") == (
        "Crews cleared the road the following day."
    )


def test_a_sentence_of_the_earlier_event_stays_out_of_the_days_news(nlp) -> None:
    pages = [  # the main entry headed by b's sentence, as in the day's heading order
        (
            "b",
            "On Thursday, the council approved a relief fund of 30 million florins.",
            "2031-05-15",
        ),
        (
            "a",
            "The council of Velmora on Thursday approved a relief fund of 30 million florins for "
            "the Orvik coast, a day after part of the harbour's sea wall collapsed into the bay.",
            "2031-05-15",
        ),
        (
            "c",
            "Thousands of people have fled the Orvik coast after part of a harbour's sea wall "
            "collapsed on Wednesday, with officials warning that more may have to leave.",
            "2031-05-15",
        ),
    ]
    days = timeline(nlp, pages)
    fund = next(e for e in days if "relief fund" in e.text)
    assert {c.doc_id for c in fund.citations} == {"a", "b"}
    assert any(c.doc_id == "c" for e in days for c in e.citations)
