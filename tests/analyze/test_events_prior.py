"""A sentence that dates a plan and, in a subordinate clause, a past act on an earlier day
yields both events: the act is the news the page reports (``analyze.event_prior``)."""

from __future__ import annotations

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times
from storyline.dating import event_date
from storyline.model import PRIOR_ANCHOR


def _dated(nlp, text: str, ref: str = "2026-03-14") -> list[tuple[str, str]]:
    sdoc = nlp(text)
    events = find_events(sdoc, find_times(sdoc, ref), [])
    return [(e.anchor, (event_date(e, ref) or ("", ""))[0]) for e in events]


def test_a_plan_after_a_dated_agreement_keeps_the_agreement(nlp) -> None:
    text = (
        "The ferries will return on Monday after the union and the operator agreed late on "
        "Thursday."
    )
    assert _dated(nlp, text) == [("main", "2026-03-16"), (PRIOR_ANCHOR, "2026-03-12")]


def test_a_reported_plan_keeps_the_past_act_too(nlp) -> None:
    text = (
        "Trading is due to resume on Wednesday after regulators lifted the ban on Friday, "
        "the exchange said."
    )
    assert [d for _, d in _dated(nlp, text)] == ["2026-03-18", "2026-03-13"]


def test_a_date_hung_on_the_deal_dates_the_act_that_made_it(nlp) -> None:
    # the parse hangs "late on Thursday" on the noun "raise": the clause's verb is "agreed"
    text = (
        "Crews will return on Monday after the union and Orvik Terminals agreed on a 9 percent "
        "raise late on Thursday, both sides said on Friday."
    )
    assert _dated(nlp, text)[-1] == (PRIOR_ANCHOR, "2026-03-12")


def test_a_done_act_or_one_act_stays_one_event(nlp) -> None:
    # the main act is past: the sentence tells the leaving, not the vote
    assert len(_dated(nlp, "The crew left on Friday after the union voted on Thursday.")) == 1
    # one act with its own day and the day it was put off to
    assert len(_dated(nlp, "The hearing was adjourned on Tuesday to April 20.")) == 1
