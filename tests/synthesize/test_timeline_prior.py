"""A page that tells a plan beside the past act that made it ("will return on Monday after
the union and the operator agreed a deal on Thursday") puts the act on the timeline too, where
another page tells it alone; the plan stays an entry of its own, marked planned."""

from __future__ import annotations

from tests.synthesize.timeline_pages import on_day, timeline


def test_the_agreement_behind_a_plan_is_dated(nlp) -> None:
    events = timeline(
        nlp,
        [
            (
                "a",
                "Dock crews at Velmar will return to work on Monday after the union and the port "
                "authority agreed a new pay deal late on Thursday.",
                "2026-04-11",
            ),
            (
                "b",
                "The Velmar dockers' union and the port authority agreed a pay deal on Thursday "
                "night, ending an eleven-day strike.",
                "2026-04-10",
            ),
        ],
    )
    (deal,) = on_day(events, "2026-04-09")
    assert not deal.planned and {c.doc_id for c in deal.citations} == {"a", "b"}
    (plan,) = on_day(events, "2026-04-13")
    assert plan.planned
