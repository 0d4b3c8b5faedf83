"""A date a figure is measured against is no earlier event the page recalls."""

from __future__ import annotations

from storyline.model import Analysis, Document, TimeExpression
from storyline.synthesize.figure_scope import StoryScope

PUBLISHED = "2025-05-02"


def _recalled(text: str, figure: str, date_words: str, iso: str) -> str | None:
    doc = Document(id="p", source="p", text=text, published=PUBLISHED, published_source="meta")
    at = text.index(date_words)
    analysis = Analysis(
        doc_id="p",
        version="t",
        text_hash="x",
        times=[TimeExpression(text=date_words, start=at, end=at + len(date_words), value=iso)],
    )
    end = text.index(figure) + len(figure)
    return StoryScope.of([doc]).recalled(analysis, (0, len(text)), text, end)


def test_a_comparison_base_date_does_not_make_a_figure_another_events():
    text = "The new bid is a 40 percent premium over the share price on January 3."
    assert _recalled(text, "40 percent", "January 3", "2025-01-03") is None
    text = "Sales rose 12 percent from 2019 levels."
    assert _recalled(text, "12 percent", "2019", "2019") is None


def test_a_date_the_figure_happened_on_still_recalls_that_event():
    text = "The plant built 200 cars in 2019 before it closed."
    assert _recalled(text, "200 cars", "2019", "2019") == "2019"
    text = "A storm killed 40 people in January 2019."
    assert _recalled(text, "40 people", "January 2019", "2019-01") == "2019-01"
