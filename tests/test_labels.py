"""Wording shared by synthesize and render: figures as a reader writes them, source counts."""

from __future__ import annotations

from storyline.labels import fmt_value, sources_phrase


def test_figures_read_as_written() -> None:
    assert fmt_value(12000) == "12,000"
    assert fmt_value(1_500_000) == "1.5 million"
    assert fmt_value(1_000_000_000) == "1 billion" and fmt_value(2_300_000_000) == "2.3 billion"
    assert fmt_value(1_250_000_000) == "1.25 billion"
    assert fmt_value(3e12) == "3 trillion"
    assert fmt_value(1_234_567) == "1,234,567"  # not a round figure of millions
    assert fmt_value(2.75) == "2.75" and fmt_value(0.5) == "0.5"


def test_sources_are_counted_in_words() -> None:
    assert sources_phrase(1) == "1 independent source"
    assert sources_phrase(3) == "3 independent sources"
