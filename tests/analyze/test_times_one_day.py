""" "one day" after a modal is an unnamed day ahead (TimeML's FUTURE_REF), not a length."""

from __future__ import annotations

from storyline.analyze.times import find_times


def test_one_day_after_a_modal_points_ahead() -> None:
    text = "The valley could one day host the games. The repairs took one day."
    found = [(t.text, t.type, t.value) for t in find_times(text, "2031-05-14")]
    assert found == [("one day", "DATE", "FUTURE_REF"), ("one day", "DURATION", "P1D")]
