"""Errors as one line naming the input and the problem."""

from __future__ import annotations

from storyline.errors import InputError, first_line


def test_an_input_error_names_its_source_and_problem() -> None:
    error = InputError("feeds/harbour.xml", "not a feed")
    assert str(error) == "feeds/harbour.xml: not a feed"
    assert (error.source, error.problem) == ("feeds/harbour.xml", "not a feed")


def test_an_unexpected_error_is_its_first_line_or_its_type() -> None:
    assert first_line(ValueError("boom\nTraceback (most recent call last):")) == "boom"
    assert first_line(KeyError()) == "KeyError"
    assert first_line(RuntimeError("  \n")) == "RuntimeError"
