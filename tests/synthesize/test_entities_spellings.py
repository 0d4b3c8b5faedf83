"""Across pages, one actor's spellings join and different actors with alike names stay apart:
the Arabic article written or left out, a one-word firm name alike by
letters only, a league of an organisation (our own fictional names)."""

from __future__ import annotations

from storyline.model import Entity, Mention
from storyline.synthesize import merge_entities


def entity(name: str, label: str, mentions: list[str] | None = None) -> Entity:
    mentions = mentions or [name]
    return Entity(
        key=name.lower().replace(" ", "-"),
        name=name,
        label=label,
        mentions=[Mention(text=m, start=0, end=len(m)) for m in mentions],
    )


def names_of(per_doc: list[tuple[str, list[Entity]]]) -> list[set[str]]:
    return [{p.name, *p.aliases} for p in merge_entities(per_doc)]


def test_the_article_written_joined_or_left_out_is_one_person() -> None:
    per_doc = [
        ("a", [entity("Karim el-Haddadi", "PERSON")]),
        ("b", [entity("Karim al-Haddadi", "PERSON")]),
        ("c", [entity("Karim Haddadi", "PERSON")]),
    ]
    assert len(names_of(per_doc)) == 1


def test_a_given_name_al_is_kept() -> None:
    per_doc = [("a", [entity("Al Brenner", "PERSON")]), ("b", [entity("Brenner", "PERSON")])]
    merged = names_of(per_doc)
    assert len(merged) == 1 and "Al Brenner" in merged[0]


def test_one_word_firms_alike_by_letters_only_stay_apart() -> None:
    per_doc = [
        ("a", [entity("Borvane", "ORG")]),
        ("b", [entity("Bolvane Company", "ORG")]),
    ]
    assert len(names_of(per_doc)) == 2


def test_a_respelt_one_word_firm_joins() -> None:
    per_doc = [("a", [entity("Energa", "ORG")]), ("b", [entity("Energya", "ORG")])]
    assert len(names_of(per_doc)) == 1


def test_an_organisations_league_is_a_body_of_its_own() -> None:
    per_doc = [
        ("a", [entity("TBA", "ORG")]),
        ("b", [entity("TBA Youth League", "ORG"), entity("TBA", "ORG")]),
        ("c", [entity("TBA Youth League", "ORG")]),
    ]
    merged = names_of(per_doc)
    assert {"TBA"} in merged and {"TBA Youth League"} in merged


def test_two_letters_join_a_two_word_name_only() -> None:
    per_doc = [
        ("a", [entity("Orbit 11 Pad", "ORG")]),
        ("b", [entity("OP", "ORG")]),
        ("c", [entity("Tarn Air", "ORG")]),
        ("d", [entity("TA", "ORG")]),
    ]
    merged = names_of(per_doc)
    assert {"OP"} in merged
    assert {"Tarn Air", "TA"} in merged


def test_a_name_cut_of_its_first_word_on_most_pages_joins_the_full_name() -> None:
    per_doc = [(f"d{i}", [entity("Tarn Airways", "ORG")]) for i in range(6)]
    per_doc.append(("x", [entity("All-Tarn Airways", "ORG")]))
    assert len(names_of(per_doc)) == 1


def test_people_whose_surnames_differ_in_consonants_stay_apart() -> None:
    per_doc = [
        ("a", [entity("Abel Varkau", "PERSON")]),
        ("b", [entity("Abel Varkarau", "PERSON")]),
        ("c", [entity("Rajai Vell", "PERSON")]),
        ("d", [entity("Rajao Vell", "PERSON")]),
    ]
    merged = names_of(per_doc)
    assert {"Abel Varkau"} in merged and {"Abel Varkarau"} in merged
    assert {"Rajai Vell", "Rajao Vell"} in merged
