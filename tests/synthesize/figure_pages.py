"""Shared by the key-figure tests: a figure placed where its words stand in an invented page."""

from __future__ import annotations

from storyline.model import Figure


def placed(text: str, surface: str, value: float, unit: str, predicate: str | None) -> Figure:
    """The figure ``surface`` of ``text``; its bound read from its first words."""
    a = text.index(surface)
    low = surface.lower()
    bound = "at_least" if low.startswith("at least") else "exact"
    bound = "about" if low.startswith("about") else bound
    return Figure(
        text=surface,
        value=value,
        unit=unit,
        bound=bound,
        start=a,
        end=a + len(surface),
        predicate=predicate,
    )
