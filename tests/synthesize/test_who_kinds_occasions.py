"""Who's who: a holiday and a film's character are no actors of a story (our own fictional
sentences)."""

from __future__ import annotations

from storyline.synthesize.who_kinds import occasion
from tests.synthesize.who_entities import ent, who


def test_holidays_are_occasions() -> None:
    for name in ("New Year", "New Year's", "Christmas Eve", "Independence Day", "Ramadan"):
        assert occasion(name), name
    for name in ("Labour", "Tom Easterly", "Memorial Hospital", "Day"):
        assert not occasion(name), name


def test_a_holiday_and_a_character_leave_the_who_is_who() -> None:
    text = (
        "Leader Tor Vannes used his New Year address to call for talks, Vannes said. In the "
        "film, the boy Kevin, played by actor Pim Rask, misses his flight to Orsa. Pim Rask "
        "said he loved the role. The assassin Gogo (Ana Ruiz) throws a chain. Ana Ruiz said "
        "she trained for months. Airline spokesman Leo Brandt said flights resumed.\n"
    )
    names = {
        "Tor Vannes": "PERSON",
        "New Year": "ORG",
        "Kevin": "PERSON",
        "Pim Rask": "PERSON",
        "Gogo": "PERSON",
        "Ana Ruiz": "PERSON",
        "Leo Brandt": "PERSON",
    }
    roles = {"Gogo": ("assassin",), "Kevin": ("boy",)}
    per_doc = [("a", [ent(text, n, label, roles.get(n, ())) for n, label in names.items()])]
    listed = who(per_doc, {"a": text})
    assert not {"New Year", "Kevin", "Gogo"} & set(listed), listed
    assert {"Tor Vannes", "Pim Rask", "Ana Ruiz", "Leo Brandt"} <= set(listed), listed


def test_a_show_someone_watches_leaves_the_who_is_who() -> None:
    text = (
        "She said the crew put Bravo on for her to watch the Orsa Wives, while adding they "
        "kept her calm. Leo Brandt said flights resumed.\n"
    )
    per_doc = [("a", [ent(text, "Orsa Wives", "ORG"), ent(text, "Leo Brandt", "PERSON")])]
    listed = who(per_doc, {"a": text})
    assert "Orsa Wives" not in listed and "Leo Brandt" in listed, listed


def test_a_celestial_body_leaves_and_a_person_of_that_name_stays() -> None:
    moon = (
        "The lander will carry seeds to the surface of the Moon. Plants will grow on the Moon, "
        "mission designer Lin Tao said. The craft reaches a region of the Moon called the Basin.\n"
    )
    listed = who([("a", [ent(moon, "Moon", "ORG"), ent(moon, "Lin Tao", "PERSON")])], {"a": moon})
    assert "Moon" not in listed and "Lin Tao" in listed, listed
    person = "President Moon said the talks would go on. Moon met the envoy on Friday.\n"
    listed = who([("a", [ent(person, "Moon", "PERSON", ("President",))])], {"a": person})
    assert "Moon" in listed, listed


def test_someone_an_actor_portrays_leaves_and_a_rival_played_in_a_final_stays() -> None:
    text = (
        "Actor Pim Rask, who has played Tor Vannes in a trio of films, said he would move home. "
        "Rask is best known for his portrayal of Dr. Ilse Marr in the series. In sport, Leo "
        "Brandt played Ana Ruiz in the final on Sunday.\n"
    )
    names = {
        "Pim Rask": "PERSON",
        "Tor Vannes": "PERSON",
        "Ilse Marr": "PERSON",
        "Leo Brandt": "PERSON",
        "Ana Ruiz": "PERSON",
    }
    per_doc = [("a", [ent(text, n, label) for n, label in names.items()])]
    listed = who(per_doc, {"a": text})
    assert not {"Tor Vannes", "Ilse Marr"} & set(listed), listed
    assert {"Pim Rask", "Ana Ruiz"} <= set(listed), listed
