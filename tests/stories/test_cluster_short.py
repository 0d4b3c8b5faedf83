"""Short pages of one event told by several outlets: one story, and other events apart."""

from __future__ import annotations

from storyline.model import Document
from storyline.stories import cluster_documents
from storyline.stories.text import cap_entities


def page(doc_id: str, published: str, title: str, text: str) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", title=title, text=text, published=published)


def test_names_lose_their_titles_and_a_surname_is_its_full_name() -> None:
    text = (
        "Senator Rhea Tolland, a Liberal, called for Deputy Mayor Oskar Brenn to step aside. "
        '"It is over," Sen. Tolland said. Mr. Brenn said nothing. '
        "Attorney General Nia Castor opened an inquiry. Jan van der Mool resigned. "
        "Lea Quist and Paul Quist own the firm; Quist declined to comment."
    )
    names = cap_entities(text)
    assert names["rhea tolland"] == 2  # "Senator Rhea Tolland", "Sen. Tolland"
    assert names["oskar brenn"] == 2  # "Deputy Mayor Oskar Brenn", "Mr. Brenn"
    assert names["tolland"] == 1  # the surname stays, for pages that give only it
    assert "nia castor" in names and "jan van der mool" in names
    # two Quists on the page: the surname alone adds to neither
    assert names["quist"] == 1 and names["lea quist"] == names["paul quist"] == 1
    assert not {"mr", "sen", "senator rhea tolland", "deputy mayor oskar brenn"} & set(names)


def test_a_title_before_a_common_word_stays_in_the_name() -> None:
    names = cap_entities("The Justice Department said so. Governor Castell agreed.")
    assert "justice department" in names and "department" not in names
    assert "castell" in names


FLOOD = [
    page(
        "landfall",
        "2024-10-05T01:00:00",
        "Cyclone Marisol hits the coast",
        "Cyclone Marisol came ashore near Quenby Harbour late on Friday, forecasters said.\n"
        "Winds of 120 mph tore roofs from houses and cut power to 200,000 homes.\n"
        "Premier Tobias Wendt declared a state of emergency for the northern districts.\n"
        "Crews will start clearing roads in the morning, officials said.",
    ),
    page(
        "dam",
        "2024-10-06T09:00:00",
        "Residents flee as floodwater rises",
        "Rescuers moved 300 people out of Quenby Harbour on Saturday after the storm passed.\n"
        "In the afternoon the Ostrow dam on the Lisle River overflowed, flooding Marrick Vale.\n"
        "Helicopters lifted 25 people from roofs in Marrick Vale overnight.\n"
        "Six people have died, the emergency agency said.",
    ),
    page(
        "vale",
        "2024-10-07T08:00:00",
        "Marrick Vale under water",
        "Water poured over the Ostrow dam into Marrick Vale on Saturday afternoon.\n"
        "Helicopters lifted 25 people from roofs in Marrick Vale.\n"
        "Volunteers with boats took families to a school used as a shelter.\n"
        "Engineers had warned about the dam in 2020.",
    ),
    page(
        "toll",
        "2024-10-07T16:00:00",
        "Toll rises to nine",
        "The toll from Cyclone Marisol rose to nine on Monday, Premier Tobias Wendt said.\n"
        "Wendt flew over Marrick Vale on Monday morning.\n"
        "Forecasters had expected the storm to stay at sea.",
    ),
]


def test_short_pages_of_one_storm_are_one_story() -> None:
    """The landfall and the flooded valley are told apart by short pages that share few
    words; the page naming both the cyclone and the valley ties them into one story."""
    stories, _ = cluster_documents(FLOOD, None)
    assert len({s.id for s in stories}) == 1


def test_two_court_cases_in_one_city_on_one_day_stay_apart() -> None:
    pages = [
        page(
            "verdict",
            "2025-04-08T12:00:00",
            "Driver guilty of killing cyclist",
            "A jury at Harlow Crown Court found van driver Simon Achebe guilty on Tuesday of "
            "causing the death of cyclist Ellen Marwick by dangerous driving.\n"
            "Judge Ruth Kell said Achebe would be sentenced in May.",
        ),
        page(
            "fraud",
            "2025-04-08T13:00:00",
            "Accountant jailed over charity theft",
            "An accountant was jailed for five years at Harlow Crown Court on Tuesday for "
            "stealing £900,000 from the Brightwater Trust.\n"
            "Judge Ruth Kell said Tessa Vane had betrayed the charity.",
        ),
        page(
            "verdict2",
            "2025-04-08T18:00:00",
            "Achebe convicted over cyclist death",
            "Simon Achebe was convicted on Tuesday over the death of Ellen Marwick.\n"
            "Her brother, Tom Marwick, said the family was relieved.",
        ),
        page(
            "fraud2",
            "2025-04-09T08:00:00",
            "Charity thief spent money on cars",
            "Tessa Vane spent money taken from the Brightwater Trust on two sports cars, "
            "the court heard.\nThe trust said its donors had been repaid.",
        ),
    ]
    stories, _ = cluster_documents(pages, None)
    story_of = {d: s.id for s in stories for d in s.doc_ids}
    assert story_of["verdict"] == story_of["verdict2"]
    assert story_of["fraud"] == story_of["fraud2"]
    assert story_of["verdict"] != story_of["fraud"]
