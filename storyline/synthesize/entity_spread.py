"""Spreading known names: the occurrences NER missed of names a story already knows become
mentions of the entity that owns them (``storyline.synthesize.entities._propagate``)."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import cast

from storyline.model import Entity, EntityLabel, EntityProfile, Mention


def first_words(spread: dict[tuple[str, ...], str]) -> dict[str, list[int]]:
    """A name's first word (lower case) -> the token counts of the names so opening, longest
    first."""
    lengths: dict[str, set[int]] = defaultdict(set)
    for t in spread:
        lengths[t[0].lower()].add(len(t))
    return {w: sorted(n, reverse=True) for w, n in lengths.items()}


def spreadable(
    profiles: list[EntityProfile],
) -> tuple[dict[tuple[str, ...], str], dict[str, dict[tuple[str, ...], str]]]:
    """Name tokens -> key of the one entity that owns them, for names that may spread: of
    three or more characters with a capital or digit, owned by one entity, and of one word
    only when that entity is in two or more documents. Also the one-word names of entities of
    one document, by that document: doc id -> tokens -> key."""
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    docs_of = {p.key: list(p.mentions_by_source) for p in profiles}
    for p in profiles:
        for surface in {p.name, *p.aliases, *(c.text for c in p.citations)}:
            surface = re.sub(r"['’]s$", "", surface.strip())
            if len(surface) >= 3 and re.search(r"[A-Z0-9]", surface):
                owners[_name_tokens(surface)].add(p.key)
    owned = {t: next(iter(k)) for t, k in owners.items() if t and len(k) == 1}
    spread = {t: k for t, k in owned.items() if len(t) > 1 or len(docs_of[k]) >= 2}
    own: dict[str, dict[tuple[str, ...], str]] = defaultdict(dict)
    for t, k in owned.items():
        if t not in spread and len(docs_of[k]) == 1:
            own[docs_of[k][0]][t] = k
    return spread, own


def add_found(
    doc_id: str,
    ents: list[Entity],
    found: list[tuple[int, int, str, str, bool]],
    text_len: int,
    index: dict[tuple[str, str], EntityProfile],
    by_key: dict[str, EntityProfile],
    assign: dict[tuple[str, str], str],
) -> list[Entity]:
    """One document's entities with the ``found`` occurrences no mention covers added (and
    the shorter mentions a longer found name swallows dropped); records new entities in
    ``assign``."""
    ents = list(ents)
    covered = [(m.start, m.end) for e in ents for m in e.mentions]
    mine = {index[(doc_id, e.key)].key: i for i, e in enumerate(ents) if (doc_id, e.key) in index}
    added: dict[int, list[Mention]] = defaultdict(list)
    taken = bytearray(text_len + 1)  # 1 where a mention lies
    for a, b in covered:
        taken[a:b] = b"\x01" * (b - a)
    for s, e, text, key, several in found:
        inside = [(a, b) for a, b in covered if a < e and s < b] if any(taken[s:e]) else []
        if inside and not (several and all(s <= a and b <= e and b - a < e - s for a, b in inside)):
            continue
        if inside:  # a known longer name swallows the shorter spans NER found in it
            ents = drop_mentions(ents, set(inside))
            covered = [c for c in covered if c not in inside]
        if key not in mine:
            prof = by_key[key]
            mine[key] = len(ents)
            ents.append(
                Entity(key=f"spread:{key}", name=prof.name, label=cast(EntityLabel, prof.label))
            )
            assign[(doc_id, f"spread:{key}")] = key
        added[mine[key]].append(Mention(text=text, start=s, end=e))
        covered.append((s, e))
        taken[s:e] = b"\x01" * (e - s)
    for i, mentions in added.items():
        ents[i] = ents[i].model_copy(update={"mentions": [*ents[i].mentions, *mentions]})
    return ents


_TOKEN = re.compile(r"\w+|[^\w\s]")


def _name_tokens(surface: str) -> tuple[str, ...]:
    """A name as tokens: one word keeps its case, several words are compared in lower case."""
    tokens = tuple(_TOKEN.findall(surface))
    return tokens if len(tokens) == 1 else tuple(t.lower() for t in tokens)


def find_names(
    text: str, spread: dict[tuple[str, ...], str], lengths: dict[str, list[int]]
) -> list[tuple[int, int, str, str, bool]]:
    """Longest known names at each token, left to right: (start, end, text, key, several).
    ``lengths`` maps a name's first word (lower case) to the token counts of names so opening."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    lower = [t.lower() for _, _, t in tokens]
    found = []
    i = 0
    while i < len(tokens):
        for n in lengths.get(lower[i], ()):
            if i + n > len(tokens):
                continue
            words = (tokens[i][2],) if n == 1 else tuple(lower[i : i + n])
            key = spread.get(words)
            if key is None:
                continue
            start, end = tokens[i][0], tokens[i + n - 1][1]
            if text[start - 1 : start] == "-" or text[end : end + 1] == "-":
                continue  # part of a hyphenated word
            found.append((start, end, text[start:end], key, n > 1))
            i += n - 1
            break
        i += 1
    return found


def drop_mentions(ents: list[Entity], spans: set[tuple[int, int]]) -> list[Entity]:
    return [
        e
        if not any((m.start, m.end) in spans for m in e.mentions)
        else e.model_copy(
            update={"mentions": [m for m in e.mentions if (m.start, m.end) not in spans]}
        )
        for e in ents
    ]
