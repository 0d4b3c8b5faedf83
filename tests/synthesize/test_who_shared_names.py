"""A surname two people of a story share: a page's "President Okafor" joins the president, not
the first lady, and a bare "Okafor" that no role tells apart is listed as neither (our own
fictional sentences)."""

from __future__ import annotations

from storyline.model import Entity, Mention
from storyline.synthesize import merge_entities
from storyline.synthesize.entities import merge_and_propagate
from storyline.synthesize.who import who_is_who
from tests.synthesize.who_entities import ent, who

TEXTS = {
    "a": "President Tomas Okafor and First Lady Ada Okafor opened the hospital on Monday.",
    "b": "First Lady Ada Okafor said the hospital maternity ward came first. Her husband agreed.",
    "c": "The new wards impressed visitors, President Okafor said on Tuesday.",
    "d": "Okafor said the hospital wards would open to visitors next week.",
}


def person(name: str, roles: tuple[str, ...] = ()) -> Entity:
    return Entity(
        key=name.lower().replace(" ", "-"),
        name=name,
        label="PERSON",
        mentions=[Mention(text=name, start=0, end=len(name))],
        descriptors=list(roles),
    )


def test_a_titled_surname_joins_the_one_person_with_that_title() -> None:
    per_doc = [
        ("a", [person("Tomas Okafor", ("President",)), person("Ada Okafor", ("First Lady",))]),
        ("b", [person("Ada Okafor", ("First Lady",))]),
        ("c", [person("Okafor", ("President",))]),
    ]
    people = {p.name: {p.name, *p.aliases} for p in merge_entities(per_doc)}
    assert "Okafor" in people["Tomas Okafor"], people
    assert "Okafor" not in people["Ada Okafor"], people
    assert "Okafor" not in people, people


def test_a_bare_surname_two_people_bear_is_listed_as_neither() -> None:
    per_doc = [
        ("a", [ent(TEXTS["a"], "Tomas Okafor", "PERSON"), ent(TEXTS["a"], "Ada Okafor", "PERSON")]),
        ("b", [ent(TEXTS["b"], "Ada Okafor", "PERSON")]),
        ("d", [ent(TEXTS["d"], "Okafor", "PERSON")]),
    ]
    listed = who(per_doc, {k: TEXTS[k] for k in "abd"})
    assert "Okafor" not in listed, listed
    assert {"Tomas Okafor", "Ada Okafor"} <= set(listed), listed


def test_a_bare_alias_another_person_of_the_story_bears_is_dropped() -> None:
    texts = {
        "a": "Ana Vale opened the hospital wards on Monday. Vale said the hospital was ready.",
        "b": "Her father, Tom Vale, built the hospital in the 1990s, hospital staff said.",
        "c": "Ana Vale thanked the hospital nurses.",
    }
    ana = ent(texts["a"], "Ana Vale", "PERSON", ("director",))
    ana = ana.model_copy(
        update={
            "aliases": ["Vale"],
            "mentions": [*ana.mentions, *ent(texts["a"], "Vale", "PERSON").mentions[1:]],
        }
    )
    per_doc = [
        ("a", [ana]),
        ("b", [ent(texts["b"], "Tom Vale", "PERSON")]),
        ("c", [ent(texts["c"], "Ana Vale", "PERSON", ("director",))]),
    ]
    profiles, _ = merge_and_propagate(per_doc, texts)
    listed = who_is_who(profiles, per_doc, texts, limit=1)
    assert [p.name for p in listed] == ["Ana Vale"], listed
    assert "Vale" not in listed[0].aliases, listed[0].aliases


def test_a_bare_surname_kept_apart_from_the_one_namesake_its_page_names_is_the_other() -> None:
    # page "c" names the father in full and the daughter only as "Ms. Vale": its analyzer
    # kept them apart, so its "Vale" is the story's other Vale, the daughter
    per_doc = [
        ("a", [person("Ana Vale", ("director",))]),
        ("b", [person("Ana Vale", ("director",))]),
        ("c", [person("Vale"), person("Tom Vale", ("builder",))]),
    ]
    people = {p.name: {p.name, *p.aliases} for p in merge_entities(per_doc)}
    assert "Vale" in people["Ana Vale"], people
    assert "Vale" not in people["Tom Vale"], people


def test_a_bare_surname_on_a_page_naming_two_namesakes_stays_apart() -> None:
    per_doc = [
        ("a", [person("Ana Vale")]),
        ("c", [person("Vale"), person("Tom Vale"), person("Ida Vale")]),
    ]
    people = {p.name: {p.name, *p.aliases} for p in merge_entities(per_doc)}
    assert "Vale" not in people["Ana Vale"], people
