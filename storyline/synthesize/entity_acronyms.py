"""A name that opens with an acronym of another name's first words, the rest the same: "LA
Times" is the "Los Angeles Times", "UN Security Council" the "United Nations Security Council"
(a pass of ``storyline.synthesize.entities.cluster_entities``)."""

from __future__ import annotations

from collections import defaultdict

from scipy.cluster.hierarchy import DisjointSet

from storyline.names import is_acronym


def join_partial_acronyms(
    names: dict[tuple[str, tuple[str, ...]], int],
    surfaces: dict[int, set[str]],
    union: DisjointSet,
) -> None:
    """Join each organisation's name whose first word, written as an acronym, spells the first
    two or more words of exactly one other name of the same kind that ends with the same
    words."""
    by_tail: dict[tuple[str, tuple[str, ...]], list[tuple[tuple[str, ...], int]]] = defaultdict(
        list
    )
    for (klass, words), nid in names.items():
        if klass != "P":
            for k in range(2, len(words)):
                by_tail[(klass, words[k:])].append((words[:k], nid))
    for (klass, words), nid in names.items():
        if klass == "P" or len(words) < 2:
            continue
        if not any(s.split() and is_acronym(s.split()[0]) for s in surfaces[nid]):
            continue
        letters = words[0].replace(".", "")
        matches = {
            union[n]
            for lead, n in by_tail.get((klass, words[1:]), [])
            if "".join(w[0] for w in lead) == letters
        }
        if len(matches) == 1:
            union.merge(nid, matches.pop())


def word_acronym(surface: str) -> bool:
    """An acronym of four letters or more some outlets write as a word ("Nato" style, "Orsa"
    for the Orbital Research and Survey Agency): a capital, then lower-case letters only.
    Whether it is one is decided by the long form it spells exactly."""
    return (
        len(surface) >= 4 and surface.isalpha() and surface[0].isupper() and surface[1:].islower()
    )
