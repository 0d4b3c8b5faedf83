"""Whose ministry, when a page names the owner by a people's adjective ("the Norvanian
Defence Ministry") or opens a sentence with it ("The Norvanian ..."): one owner either way,
shown as the page writes it, never "of Norvanian" (our own fictional names)."""

from __future__ import annotations

from storyline.synthesize.entities import merge_and_propagate
from tests.synthesize.who_entities import ent

PAGES = {
    "a": "The Norvanian Defence Ministry said the drills would go on.\n",
    "b": "Velmark's Defence Ministry said it was watching the drills.\n",
    "c": "On Monday the Norvanian Defence Ministry denied any incident.\n",
}


def profiles() -> dict[str, list[str]]:
    per_doc = [(d, [ent(t, "Defence Ministry", "ORG")]) for d, t in PAGES.items()]
    merged, _ = merge_and_propagate(per_doc, PAGES)
    return {
        ",".join(sorted({c.doc_id for c in p.citations})): p.roles
        for p in merged
        if p.name == "Defence Ministry"
    }


def test_an_owner_opening_a_sentence_is_the_same_owner() -> None:
    assert set(profiles()) == {"a,c", "b"}


def test_an_adjective_owner_is_shown_as_written_and_a_possessor_with_of() -> None:
    roles = profiles()
    assert roles["a,c"] == ["Norvanian"]
    assert roles["b"] == ["of Velmark"]
