"""Key figures: one group counts one thing; another event's figures, parts, tolls apart."""

from __future__ import annotations

from storyline.model import Analysis, Document, TimeExpression
from storyline.synthesize.figures import key_figures
from tests.synthesize.figure_pages import placed

PUBLISHED = "2025-05-02"


def _story(
    pages: list[tuple[str, list[tuple[str, float, str, str | None]], list[tuple[str, str]]]],
):
    """Pages of (text, [(figure surface, value, unit, predicate)], [(time words, ISO)])."""
    docs, analyses = [], {}
    for i, (text, figures, times) in enumerate(pages):
        doc = Document(
            id=f"p{i}", source=f"p{i}", text=text, published=PUBLISHED, published_source="meta"
        )
        figs = [placed(text, *f) for f in figures]
        tx = [
            TimeExpression(text=w, start=text.index(w), end=text.index(w) + len(w), value=v)
            for w, v in times
        ]
        docs.append(doc)
        analyses[doc.id] = Analysis(
            doc_id=doc.id, version="t", text_hash="x", figures=figs, times=tx
        )
    return key_figures(docs, analyses, {d.id: d.id for d in docs})


def test_another_events_figures_are_kept_apart_and_dated():
    groups = _story(
        [
            (
                "At least 6 people were killed when the ferry sank.",
                [("At least 6 people", 6, "people", "kill")],
                [],
            ),
            (
                "Six people were killed in the sinking, police said.",
                [("Six people", 6, "people", "kill")],
                [],
            ),
            (
                "It was the worst accident since 1987, when 40 people were killed on a ferry.",
                [("40 people", 40, "people", "kill")],
                [("1987", "1987")],
            ),
        ]
    )
    toll = groups[0]
    assert {v.value for v in toll.values} == {6}
    recalled = [g for g in groups if any(v.value == 40 for v in g.values)]
    assert recalled and recalled[0] is groups[-1] and "1987" in recalled[0].quantity
    assert all(g.verdict != "conflict" for g in groups)


def test_killed_and_injured_are_different_groups():
    groups = _story(
        [
            (
                "Seven people were killed and 8 people were injured in the crash.",
                [("Seven people", 7, "people", "kill"), ("8 people", 8, "people", "injure")],
                [],
            ),
            ("The crash killed 7 people, officials said.", [("7 people", 7, "people", "kill")], []),
        ]
    )
    killed = next(g for g in groups if any(v.value == 7 for v in g.values))
    assert {v.value for v in killed.values} == {7}
    assert all(g.verdict != "conflict" for g in groups)


def test_a_part_is_not_a_rival_of_its_total():
    groups = _story(
        [
            (
                "More than 50 people were injured in the crash.",
                [("50 people", 50, "people", "injure")],
                [],
            ),
            (
                "20 of those injured were taken to the city hospital.",
                [("20", 20, "people", "take")],
                [],
            ),
        ]
    )
    group = next(g for g in groups if len(g.values) == 2)
    assert group.verdict == "different_referents"
    assert "a part" in group.explanation


def test_who_is_counted_tells_counts_apart():
    groups = _story(
        [
            (
                "Data on 400,000 UK customers was exposed, the firm said.",
                [("400,000 UK customers", 400000, "customers", "expose")],
                [],
            ),
            (
                "Data on 182,000 US customers was exposed, the firm said.",
                [("182,000 US customers", 182000, "customers", "expose")],
                [],
            ),
        ]
    )
    assert groups[0].verdict == "different_referents"


def test_vague_plurals_are_no_figures():
    groups = _story(
        [
            (
                "The firm lost billions of dollars in value.",
                [("billions of dollars", 2e9, "dollars", "lose")],
                [],
            ),
            (
                "Investors lost billions of dollars.",
                [("billions of dollars", 2e9, "dollars", "lose")],
                [],
            ),
        ]
    )
    assert groups == []
