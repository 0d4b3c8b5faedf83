"""Shared by the who's-who tests: an entity with every mention of its name in a text, and the
who's who (name -> label) of pages' entities."""

from __future__ import annotations

from storyline.model import Entity, Mention
from storyline.synthesize.entities import merge_and_propagate
from storyline.synthesize.who import who_is_who


def ent(text: str, name: str, label: str, roles: tuple[str, ...] = ()) -> Entity:
    mentions, start = [], -1
    while (start := text.find(name, start + 1)) >= 0:
        mentions.append(Mention(text=name, start=start, end=start + len(name)))
    key = name.lower().replace(" ", "-")
    return Entity(key=key, name=name, label=label, mentions=mentions, descriptors=list(roles))


def pages(texts: dict[str, str], names: dict[str, str]) -> list[tuple[str, list[Entity]]]:
    """Each page's entities: every name of ``names`` (name -> label) the page holds."""
    return [
        (d, [ent(t, n, label) for n, label in names.items() if n in t]) for d, t in texts.items()
    ]


def who(per_doc: list[tuple[str, list[Entity]]], texts: dict[str, str]) -> dict[str, str]:
    profiles, _ = merge_and_propagate(per_doc, texts)
    return {p.name: p.label for p in who_is_who(profiles, per_doc, texts)}
