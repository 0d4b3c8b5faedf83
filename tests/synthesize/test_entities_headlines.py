"""A page's headline, given to the merge as a text of its own, carries the page's own names:
a one-word name of an entity that only that page names is found in its headline too, never in
another page's headline nor in another page."""

from __future__ import annotations

from storyline.synthesize.entities import merge_and_propagate
from tests.synthesize.who_entities import ent


def _found(texts: dict[str, str], pages: dict[str, str] | None) -> dict[str, set[str]]:
    """Name -> the texts where the merged entity has a mention."""
    per_doc = [
        ("a", [ent(texts["a"], "Orrelair", "ORG")]),
        ("b", [ent(texts["b"], "Tomas Venn", "PERSON")]),
        *((d, []) for d in texts if d not in ("a", "b")),
    ]
    profiles, _ = merge_and_propagate(per_doc, texts, pages)
    return {p.name: {c.doc_id for c in p.citations} for p in profiles}


TEXTS = {
    "a": "Orrelair said on Monday that it would buy six jets. Orrelair flies to 40 towns.\n",
    "a#title": "Orrelair orders six new jets",
    "b": "Tomas Venn, a pilot, said the airline of the north had grown.\n",
    "b#title": "Orrelair rival hires pilots",
}


def test_a_pages_own_one_word_name_is_found_in_its_headline() -> None:
    found = _found(TEXTS, {"a#title": "a", "b#title": "b"})
    assert found["Orrelair"] == {"a", "a#title"}


def test_without_pages_a_one_page_name_does_not_spread() -> None:
    assert _found(TEXTS, None)["Orrelair"] == {"a"}
