"""Roles that tell apart the people a bare surname could stand for across a story's pages:
"President Okafor" is President Tomas Okafor, not First Lady Ada Okafor (see
``storyline.synthesize.entities._join_contained``)."""

from __future__ import annotations

import re

from scipy.cluster.hierarchy import DisjointSet

from storyline.lexicon import RANK_MODIFIERS


def one_by_role(
    roles: set[str],
    owners: dict[int, set[str]],
    longer: set[int],
    union: DisjointSet,
    roles_of: dict[int, set[str]],
) -> int | None:
    """The one candidate person whose names carry a role the bare name carries too ("President"
    Okafor, of President Tomas Okafor, not of First Lady Ada Okafor); None when no role or
    several candidates tell them apart."""
    if not roles:
        return None
    held = {
        o: set().union(*(roles_of.get(n, set()) for n in longer if union[n] == o)) for o in owners
    }
    fit = [o for o, r in held.items() if r & roles]
    return fit[0] if len(fit) == 1 else None


def one_off_page(pages: set[str], owners: dict[int, set[str]]) -> int | None:
    """The one namesake a bare name's page does not name, when that page names exactly one
    other in full and its analyzer kept the bare name apart from it ("Ms. Thurman" beside her
    father "Robert Thurman": she is the story's other Thurman, Uma). None when the page names
    none or several of them (the analyzer could not choose), or when several are left."""
    on_page = [o for o, docs in owners.items() if docs & pages]
    off_page = [o for o, docs in owners.items() if not docs & pages]
    return off_page[0] if len(on_page) == 1 and len(off_page) == 1 else None


# The noun a description is about: its last word before a preposition ("president" of
# "president of the region", "lady" of "First Lady").
_ROLE_CUT = re.compile(r"\s+(?:of|at|for|in|with|from|to|on)\s+.*$", re.IGNORECASE)


def role_heads(descriptors: list[str]) -> set[str]:
    """The head nouns of a name's descriptions, lower case."""
    out = set()
    for role in descriptors:
        words = [w.lower() for w in re.findall(r"[\w’'-]+", _ROLE_CUT.sub("", role))]
        if words and words[-1][:1].isalpha():
            # "vice chairman" is another office than "chairman" (see ``RANK_MODIFIERS``)
            rank = words[-2] if len(words) > 1 and words[-2] in RANK_MODIFIERS else ""
            out.add(f"{rank} {words[-1]}".strip())
    return out
