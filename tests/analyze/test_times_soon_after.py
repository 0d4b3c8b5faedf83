""" "soon after" an event the text tells is no deictic future (FUTURE_REF) unless the clause looks
ahead; plain "soon" keeps FUTURE_REF."""

from __future__ import annotations

from storyline.analyze.times import find_times


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, "2031-05-14")]


def test_soon_after_a_past_event_is_no_future() -> None:
    text = "The ferry line opened in 2024 and soon after added a night crossing."
    assert _found(text) == [("2024", "2024")]
    assert _found("Soon afterwards, the mayor of Lindqvist resigned.") == []
    assert _found("The harbour closed, and soon thereafter the mill did too.") == []


def test_soon_after_in_a_future_clause_and_plain_soon_point_ahead() -> None:
    assert _found("The council will vote soon after the hearing.") == [("soon", "FUTURE_REF")]
    assert _found("The ferry line will soon add a night crossing.") == [("soon", "FUTURE_REF")]
