"""A date before the figure's clause still dates it when the whole sentence tells that earlier
event: a sentence opening on the date, or a toll chained to the date's predicate."""

from __future__ import annotations

from tests.synthesize.test_figures_groups import _story


def test_a_sentence_opening_on_an_old_date_or_a_chained_toll_is_recalled():
    groups = _story(
        [
            (
                "A gunman killed 12 people at the harbour on Friday.",
                [("12 people", 12, "people", "kill")],
                [("Friday", "2025-05-01")],
            ),
            (
                "In October 1991, a man shot dead 22 people in a ferry terminal.",
                [("22 people", 22, "people", "kill")],
                [("October 1991", "1991-10")],
            ),
            (
                "A man opened fire on a ferry in June last year and killed 49 people.",
                [("49 people", 49, "people", "kill")],
                [("June last year", "2024-06")],
            ),
            (
                "The dam was completed in 1987 and supplies water to 200,000 people.",
                [("200,000 people", 200000, "people", "supply")],
                [("1987", "1987")],
            ),
        ]
    )
    toll = next(g for g in groups if any(v.value == 12 for v in g.values))
    assert {v.value for v in toll.values} == {12}
    for value in (22, 49):
        group = next(g for g in groups if any(v.value == value for v in g.values))
        assert group.quantity.endswith("(earlier events)")  # two events' tolls, two dates
    water = next(g for g in groups if any(v.value == 200000 for v in g.values))
    assert "(in " not in water.quantity  # a description, not a toll: the story's own
    assert all(g.verdict != "conflict" for g in groups)


def test_another_events_figure_is_dated_even_alone():
    groups = _story(
        [
            (
                "A gunman killed 12 people at the harbour on Friday.",
                [("12 people", 12, "people", "kill")],
                [("Friday", "2025-05-01")],
            ),
            (
                "In March 2012, a storm sank 30 boats in the strait.",
                [("30 boats", 30, "boats", "sink")],
                [("March 2012", "2012-03")],
            ),
        ]
    )
    boats = next(g for g in groups if any(v.value == 30 for v in g.values))
    assert boats.quantity.endswith("(in 2012-03)")
