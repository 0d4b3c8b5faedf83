"""A figure a page recalls from an earlier event is told from the story's own counts."""

from __future__ import annotations

from storyline.model import Analysis, Document, TimeExpression
from storyline.synthesize.figure_scope import StoryScope

TEXT = (
    "It was the first fatal tram crash since 1959, when two passengers died. "
    "Four people were hurt on Tuesday, and 20 were hurt in 2024, police said."
)


def _times(*found: tuple[str, str]) -> Analysis:
    times = [
        TimeExpression(text=w, start=TEXT.index(w), end=TEXT.index(w) + len(w), value=v)
        for w, v in found
    ]
    return Analysis(doc_id="a", version="t", text_hash="x", times=times)


def test_the_story_starts_at_its_first_stated_page_date() -> None:
    docs = [
        Document(id="a", source="a", published="2025-03-12T08:00", published_source="meta"),
        Document(id="b", source="b", published="2025-03-01", published_source="estimated"),
        Document(id="c", source="c", published="2025-03-14", published_source="feed"),
    ]
    assert str(StoryScope.of(docs).start) == "2025-03-12"
    assert StoryScope.of(docs[1:2]).start is None  # an estimated date states nothing


def test_only_a_date_well_before_the_story_makes_a_figure_recalled() -> None:
    scope = StoryScope.of(
        [Document(id="a", source="a", published="2025-03-14", published_source="meta")]
    )
    analysis = _times(("1959", "1959"), ("Tuesday", "2025-03-11"), ("2024", "2024"))
    first = (0, TEXT.index(". ") + 1)
    assert scope.recalled(analysis, first) == "1959"
    tuesday = TEXT.index("Four")
    assert scope.recalled(analysis, (tuesday, TEXT.index(", and"))) is None  # the story's own
    assert scope.recalled(analysis, (TEXT.index("and 20"), len(TEXT))) == "2024"
    assert StoryScope(None).recalled(analysis, first) is None  # an undated story recalls nothing


def test_a_relative_clause_hangs_on_the_dated_noun_phrase_before_it() -> None:
    text = (
        "It is the worst since the 2011 quake in Varn, which killed 90 people. "
        "Rescuers, who arrived in 2011, said 40 were hurt."
    )
    scope = StoryScope.of(
        [Document(id="a", source="a", published="2025-03-14", published_source="meta")]
    )
    times = [
        TimeExpression(text="2011", start=i, end=i + 4, value="2011")
        for i in (text.index("2011"), text.rindex("2011"))
    ]
    analysis = Analysis(doc_id="a", version="t", text_hash="x", times=times)
    assert scope.antecedent(analysis, text, 0, text.index("90")) == "2011"
    second = text.index("Rescuers")
    # A comma closes the relative clause before the figure: "40" is the sentence's own.
    assert scope.antecedent(analysis, text, second, text.index("40")) is None
