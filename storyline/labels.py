"""Wording shared by the stages that write English for a reader: synthesize (a figure group's
explanation) and render (the brief's tables). Here, below both, so neither stage imports the
other (``storyline.render.labels`` keeps the renderers' own labels)."""

from __future__ import annotations


def fmt_value(value: float) -> str:
    """A figure as a reader writes it: "12,000", "1.5 million", "3 trillion", "2.75"."""
    if value >= 1e12 and value % 1e10 == 0:
        return f"{value / 1e12:g} trillion"
    if value >= 1_000_000_000 and value % 10_000_000 == 0:
        return f"{value / 1_000_000_000:g} billion"
    if value >= 1_000_000 and value % 100_000 == 0:
        return f"{value / 1_000_000:g} million"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")


def sources_phrase(n: int) -> str:
    return f"{n} independent source{'s' if n != 1 else ''}"
