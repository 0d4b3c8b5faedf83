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


FIRE = (
    "A fire broke out at the Brenmar Chemicals plant on the edge of Orvale on Monday morning, "
    "injuring three workers and sending a plume of black smoke over the town.\n\n"
    'Fire chief Tobias Renk said 40 firefighters fought the blaze for six hours. "The tanks of '
    'solvent were our biggest worry," Renk said.\n\n'
    "Residents of the Dunmore estate were told to keep their windows shut until the evening.\n\n"
    "Brenmar, which employs 220 people at the site, said production had stopped. Plant manager "
    "Elise Fairholm said the company would help any inquiry."
)
FIRE_WIRE = (
    "ORVALE (Valley Wire) - Three workers were taken to hospital after a fire at the Brenmar "
    "Chemicals factory in Orvale on Monday, the fire service said.\n\n"
    "People living in the nearby Dunmore estate were asked to stay indoors. Fire chief Tobias "
    "Renk said the fire started in a storage hall and was under control by early afternoon."
)
# Nine days on, in other words: a fine and an audit, naming the plant, its town and manager.
FINE = (
    "The national safety regulator on Wednesday fined Brenmar 2.4 million crowns over blocked "
    "exits and broken alarms its inspectors had reported at the Orvale works in March.\n\n"
    '"These failures put lives at risk," said Mira Castell, who heads the regulator\'s '
    "inspection division. Elise Fairholm, who manages the works, said Brenmar would appeal."
)
# The same kind of news about another company in another town.
OTHER_FINE = (
    "Tarvik Metals must pay 1.1 million crowns after a worker was burned at its Selby foundry "
    "last year, a court ruled on Tuesday.\n\n"
    '"Molten metal leaves no room for shortcuts," judge Jonas Wert said.\n\n'
    "Tarvik chief executive Nils Aran said the company would appeal the penalty."
)


def test_follow_up_in_new_words_joins_by_its_names() -> None:
    """A later page that moves the story on in new words (a fine after a fire) joins it by the
    names it shares with it, while the same news about another company stays apart."""
    from storyline.stories.cluster import StoryIndex, featurize

    def doc(doc_id: str, title: str, text: str, day: str) -> Document:
        return Document(id=doc_id, source=doc_id, title=title, text=text, published=day)

    index = StoryIndex()
    fire, _ = index.add(
        featurize(doc("a", "Fire hits Brenmar plant in Orvale", FIRE, "2026-05-04"))
    )
    wire, _ = index.add(
        featurize(doc("b", "Three hurt as blaze hits Orvale site", FIRE_WIRE, "2026-05-04"))
    )
    other, _ = index.add(
        featurize(doc("c", "Regulator fines foundry owner", OTHER_FINE, "2026-05-12"))
    )
    fine, _ = index.add(
        featurize(doc("d", "Safety watchdog imposes 2.4 million penalty", FINE, "2026-05-13"))
    )
    assert wire == fire and fine == fire
    assert other != fire
