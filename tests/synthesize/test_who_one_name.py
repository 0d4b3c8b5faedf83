"""Who's who: a person the pages name by one name only, who acts ("Vessa posted a clip"), is a
person; a platform named by one word stays out (our own fictional pages)."""

from __future__ import annotations

from tests.synthesize.who_entities import pages, who


def test_a_singer_known_by_one_name_who_acts_is_a_person() -> None:
    texts = {
        "a": "Vessa is mourning a friend. Vessa posted three photos on Chirper.\n",
        "b": "On Wednesday, Vessa posted a clip of him smiling. Vessa captioned it briefly.\n",
        "c": "Earlier this week, Vessa visited her family. Vessa called for calm.\n",
    }
    names = who(pages(texts, {"Vessa": "PERSON", "Chirper": "PERSON"}), texts)
    assert names.get("Vessa") == "PERSON"
    assert "Chirper" not in names


def test_a_one_word_name_that_opens_a_blog_name_is_that_blog() -> None:
    texts = {
        "a": "The firm pointed reporters to ValeOnTech. Vale reported that the breach was old.\n",
        "b": "Vale links to documents about five breaches. Vale reported a second leak.\n",
    }
    names = who(pages(texts, {"Vale": "PERSON", "ValeOnTech": "ORG"}), texts)
    assert "Vale" not in names
