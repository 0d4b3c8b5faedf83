"""The SVG charts escape what they show."""

from __future__ import annotations


def test_charts_escape_their_labels():
    from storyline.model import Citation, FigureGroup, FigureValue
    from storyline.render.charts import figure_chart, mentions_chart

    evil = "<script>alert(1)</script>"
    cite = Citation(doc_id="a", start=0, end=1, text="x")
    values = [
        FigureValue(doc_id=d, value=v, bound="exact", unit="people", text=evil, citation=cite,
                    as_of=day)
        for d, v, day in (("a", 10, "2025-03-01"), ("b", 30, "2025-03-04"))
    ]  # fmt: skip
    svg = figure_chart(
        FigureGroup(quantity=evil, values=values, verdict="different_times"),
        {"a": "S1", "b": "S2"},
        {},
    )
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "S2" in svg
    assert "2025-03-04" in svg
    assert "<rect" in mentions_chart([("2025-03-01", 2), ("2025-03-03", 5), (None, 1)])
