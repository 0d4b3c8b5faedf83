"""Who's who: name variants merged, places and title fragments dropped."""

from __future__ import annotations

from storyline.model import (
    Entity,
    Mention,
)
from tests.hand_story import (
    ent,
    span,
)


def test_who_is_who_merges_variants(brief):
    names = {p.name: p for p in brief.entities}
    yoon = names["Yoon Suk Yeol"]
    assert "Yoon Seok Yeol" in yoon.aliases and set(yoon.mentions_by_source) == {"b", "c"}
    assert "President" in yoon.roles
    nis = names["National Intelligence Service"]
    assert "NIS" in nis.aliases
    assert "Yoon Seok Yeol" not in names


WHO_TEXT = (
    "Water rose in the Seravin valley and the river Seravin burst its banks near the Seravin "
    "River bridge.\n"
    "Interior minister Aleksander Vorn said the wall held.\n"
    "Jon Brask, a farmer from Little Brenn, left the towns of Orsa and Little Brenn on Monday.\n"
    "Ms Okesola said she was anxious, and Yonhap said troops had moved, Yonhap News reported.\n"
    "Buses left Little Brenn at dawn.\n"
    "Its editor at Yonhap News agreed.\n"
    "Kyiv's partners were silent.\n"
)


def test_who_is_who_drops_places_and_title_fragments():
    from storyline.synthesize.entities import merge_and_propagate
    from storyline.synthesize.who import who_is_who

    t = WHO_TEXT
    entities = [
        Entity(
            key="seravin",
            name="Seravin",
            label="PERSON",
            descriptors=["river"],
            mentions=[
                Mention(text="Seravin", start=a, end=a + 7)
                for a in (span(t, "Seravin")[0], span(t, "Seravin", 1)[0])
            ],
        ),
        ent(t, "Seravin River", "LOC"),
        ent(t, "Interior", "ORG"),
        ent(t, "Aleksander Vorn", "PERSON", descriptors=["Interior minister"]),
        ent(t, "Jon Brask", "PERSON", descriptors=["farmer from Little Brenn"]),
        ent(t, "Little Brenn", "PERSON"),
        Entity(
            key="orsa",
            name="Orsa and Little Brenn",
            label="GPE",
            mentions=[
                Mention(
                    text="Orsa and Little Brenn",
                    start=span(t, "Orsa and Little Brenn")[0],
                    end=span(t, "Orsa and Little Brenn")[1],
                )
            ],
        ),
        Entity(
            key="lb",
            name="Little Brenn",
            label="GPE",
            mentions=[
                Mention(
                    text="Little Brenn",
                    start=span(t, "Little Brenn", 2)[0],
                    end=span(t, "Little Brenn", 2)[1],
                )
            ],
        ),
        ent(t, "Okesola", "PERSON"),
        ent(t, "Yonhap", "PERSON"),
        Entity(
            key="yn",
            name="Yonhap News",
            label="ORG",
            mentions=[
                Mention(text="Yonhap News", start=a, end=a + 11)
                for a in (span(t, "Yonhap News")[0], span(t, "Yonhap News", 1)[0])
            ],
        ),
        ent(t, "Kyiv", "PERSON"),
    ]
    per_doc = [("w", entities)]
    profiles, _ = merge_and_propagate(per_doc, {"w": t})
    names = {p.name for p in who_is_who(profiles, per_doc, {"w": t})}
    assert {"Aleksander Vorn", "Jon Brask", "Okesola", "Yonhap News"} <= names
    assert not names & {"Seravin", "Little Brenn", "Interior", "Yonhap", "Kyiv"}
    assert len(who_is_who(profiles, per_doc, {"w": t}, limit=2)) == 2
