"""Not figures: a duration ("five billion years", "two weeks") and the size of what a number
modifies ("a 30-member board", "a 12-ton lorry"); a temperature is read with its scale."""

from __future__ import annotations

from storyline.analyze.figures import find_figures


def _figures(nlp, text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in find_figures(nlp(text), [], [])]


def test_a_duration_is_no_figure(nlp):
    found = _figures(
        nlp, "The star will cool in about four billion years, the trip took two weeks."
    )
    assert found == []


def test_a_rate_keeps_its_period(nlp):
    found = _figures(nlp, "The probe moved 20 miles per second toward the comet Halvi.")
    assert [unit for _, _, unit in found] == ["miles per second"]


def test_the_size_of_a_board_or_a_lorry_is_no_figure(nlp):
    found = _figures(nlp, "The 30-member board met after a 12-ton lorry blocked 400 cars.")
    assert [(text, unit) for text, _, unit in found] == [("400 cars", "cars")]


def test_temperatures_are_read_with_their_scale(nlp):
    found = _figures(
        nlp, "It reached 95 degrees Fahrenheit in Dunmore on Tuesday, and 31°C in Carrow."
    )
    assert [(value, unit) for _, value, unit in found] == [(95, "°F"), (31, "°C")]


def test_a_temperature_below_zero_is_no_positive_figure(nlp):
    found = _figures(nlp, "The lake froze at minus 12°C while the town stayed at 4°C all week.")
    assert [(value, unit) for _, value, unit in found] == [(4, "°C")]
