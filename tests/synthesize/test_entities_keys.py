"""Every profile of a merge has its own key, even beside a name whose slug ends in a number."""

from __future__ import annotations

from storyline.model import Entity, Mention
from storyline.synthesize.entities import merge_with_index


def _ent(doc_id: str, name: str) -> tuple[str, Entity]:
    mention = Mention(text=name, start=0, end=len(name))
    return doc_id, Entity(key="e1", name=name, label="ORG", mentions=[mention])


def test_keys_stay_unique_when_a_name_looks_like_a_numbered_key():
    groups = [[_ent("a", "Tarrow Mills")], [_ent("b", "Tarrow Mills")]]
    groups += [[_ent("c", "Tarrow Mills 2")], [_ent("d", "Tarrow Mills")]]
    keys = [p.key for p in merge_with_index([], groups=groups)[0]]
    assert len(set(keys)) == 4
    assert keys[:2] == ["org:tarrow-mills", "org:tarrow-mills-2"]
