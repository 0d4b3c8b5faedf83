"""Namesakes a page tells apart stay apart across the story's pages (a check that
``storyline.synthesize.entities`` runs before it joins two spellings of one name).

Respellings join across pages by their consonants ("Suk" / "Seok", "Mohammed" / "Muhammad"),
and so do two given names of one family that differ only in their vowels ("Jane" / "John",
"Lena" / "Leon", "Maria" / "Mario"). A page that names both people in full, as two entities,
has told them apart: the glaciologist Jane Halvorsen and the minister John Halvorsen of one
story are two people, whatever their letters. The check is for one surname's given names: a
page that spells a surname two ways ("Eric Dartell", "Eric Drattell") tells no one apart.
A name of initials ("J. Halvorsen") is the one person of the story whose given names they
open, and no one's when two people fit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from scipy.cluster.hierarchy import DisjointSet

from storyline.model import Entity

Record = tuple[str, Entity]


def named_apart(records: list[Record], record_names: list[list[int]]) -> Callable[[int, int], bool]:
    """A test on two name ids: does some page name both, each for an entity of its own (no
    entity of that page holds both)?"""
    places: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for index, ((doc_id, _), ids) in enumerate(zip(records, record_names, strict=True)):
        for nid in ids:
            places[nid][doc_id].add(index)

    def apart(a: int, b: int) -> bool:
        pa, pb = places.get(a, {}), places.get(b, {})
        return any(not pa[doc] & pb[doc] for doc in pa.keys() & pb.keys())

    return apart


def initialled(words: tuple[str, ...]) -> bool:
    """A person's name whose given names are initials only ("J. Halvorsen", "J Halvorsen")."""
    return len(words) >= 2 and all(len(w) == 1 for w in words[:-1]) and len(words[-1]) > 1


def fits_initials(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """ "J. Halvorsen" of "Jane Halvorsen": the same surname, each initial opening the given
    name in its place."""
    return (
        len(short) == len(full)
        and short[-1] == full[-1]
        and all(len(f) > 1 and f[0] == s for s, f in zip(short[:-1], full[:-1], strict=False))
    )


def join_initials(names: dict[tuple[str, tuple[str, ...]], int], union: DisjointSet) -> None:
    """A person named by initials joins the one person of the story whose full name they
    open ("J. Halvorsen" is Jane Halvorsen); beside Jane and John Halvorsen it is either, so
    it joins neither (and the who's who lists it under neither: ``who_terms``)."""
    people = [(words, nid) for (klass, words), nid in names.items() if klass == "P"]
    for words, nid in people:
        if not initialled(words):
            continue
        owners = {union[n] for w, n in people if not initialled(w) and fits_initials(words, w)}
        if len(owners) == 1:
            union.merge(nid, owners.pop())
