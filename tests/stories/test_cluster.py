"""The story index: no chaining through a template."""

from __future__ import annotations

import pytest

from storyline.model import Document
from tests.stories.lakeville import ORIGINAL, PARAPHRASE


@pytest.mark.parametrize(
    "later_day",
    ["2024-08-01", "2024-03-15"],
    ids=["months later, dormant story", "days later, follow-up"],
)
def test_same_wording_about_other_names_is_another_story(later_day: str) -> None:
    """No chaining: months or days after a story, the same wording about other names starts a
    new story (not a template chained through), while a follow-up naming the same people and
    places still joins."""
    from storyline.stories.cluster import StoryIndex, featurize

    renames = {
        "Lakeville": "Brimor",
        "LAKEVILLE": "BRIMOR",
        "Northline": "Southway",
        "Marta Quill": "Ana Pell",
        "Peter Olwen": "Tom Gris",
        "Dunmore": "Kellby",
    }
    other = ORIGINAL
    for old, new in renames.items():
        other = other.replace(old, new)

    def doc(doc_id: str, text: str, day: str) -> Document:
        return Document(
            id=doc_id, source=doc_id, title=text.splitlines()[0][:60], text=text, published=day
        )

    index = StoryIndex()
    first, _ = index.add(featurize(doc("a", ORIGINAL, "2024-03-05")))
    later, _ = index.add(featurize(doc("c", other, later_day)))
    follow_up, _ = index.add(featurize(doc("d", PARAPHRASE, later_day)))
    assert later != first
    assert follow_up == first
