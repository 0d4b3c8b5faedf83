"""A bare name the story gives both sexes ("Ms. Keel" and "Mr. Keel, her son", on a page that
names neither in full) stands for two people: each sex's mentions join the one person of the
story of that sex who bears the name, and never one of the other sex
(``storyline.synthesize.entities._join_contained``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from scipy.cluster.hierarchy import DisjointSet

from storyline.model import Entity

PERSON = "PERSON"


def both_sexes(
    records: Iterable[tuple[str, Entity]], normalise: Callable[[str, str], tuple[str, ...]]
) -> set[tuple[tuple[str, ...], str]]:
    """(words, sex) of the one-word person names the story's pages give both sexes: only
    those split by sex, so a bare name with one sex or none joins across pages as before."""
    seen: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for _, ent in records:
        words = normalise(ent.name, ent.label)
        if ent.label == PERSON and len(words) == 1 and ent.gender:
            seen[words].add(ent.gender)
    return {(words, sex) for words, found in seen.items() if len(found) > 1 for sex in found}


class Sexes:
    """The sexes the pages give each name node's entities, and the sex of a node split by
    sex (``of_node``)."""

    def __init__(self) -> None:
        self.of_names: dict[int, set[str]] = defaultdict(set)
        self.of_node: dict[int, str] = {}

    def add(self, nid: int, sex: str) -> None:
        if sex:
            self.of_names[nid].add(sex)

    def _by_owner(self, longer: set[int], union: DisjointSet) -> dict[int, set[str]]:
        """The sexes the pages give each owner (merged entity) of the longer names."""
        found: dict[int, set[str]] = defaultdict(set)
        for n in longer:
            found[union[n]] |= self.of_names.get(n, set())
        return found

    def fits(self, nid: int, owner: int, longer: set[int], union: DisjointSet) -> bool:
        """The owner may be the node's person: no sex is known, or the owner has the node's."""
        sex = self.of_node.get(nid)
        return not sex or not (known := self._by_owner(longer, union)[owner]) or sex in known

    def one_owner(self, nid: int, longer: set[int], union: DisjointSet) -> int | None:
        """The one owner of a sexed node's longer names whom the pages give that sex alone."""
        sex = self.of_node.get(nid)
        if not sex:
            return None
        fit = [o for o, sexes in self._by_owner(longer, union).items() if sexes == {sex}]
        return fit[0] if len(fit) == 1 else None
