"""Page decisions that keep people apart across a story's pages (a pass after
``storyline.synthesize.entities.cluster_entities`` joins names).

The analyzer decides on each page who a bare name is, and two decisions travel with the
page's entity (``Entity.alone``, ``Entity.gender``) so that no cross-page join undoes them:

- a person the page introduces by one bare name ("Aisha, 19,", "another pupil, Grace", "Omar,
  a taxi driver") is someone of their own: not the fuller name another page gives ("Aisha
  Vale", the head teacher), nor the namesake another page introduces alone ("Omar, a
  shopkeeper"). Bare names introduced alone on two pages stay one person only when the pages
  describe them alike (a role noun in common);
- an organisation's name inside longer ones as a run of its words, small words aside, is
  short for those only: "National Space Administration" (a country's agency, its owner cut)
  is the "Chinese National Space Administration", not the "National Aeronautics and Space
  Administration" (with no such run, "Changi Airport" is still "Changi International Airport");
- a person the pages give two sexes ("Mrs Vale" on one page, "Mr Vale" on another) is two
  people: the joined names split by the sex each page gave.
"""

from __future__ import annotations

from collections import Counter

from storyline.lexicon.names import NAME_SMALL_WORDS
from storyline.model import Entity
from storyline.names import normalise
from storyline.synthesize.entity_roles import role_heads

Record = tuple[str, Entity]


def kept_apart(groups: list[list[Record]]) -> list[list[Record]]:
    """``groups`` with the records that pages kept apart taken out of their group."""
    out: list[list[Record]] = []
    for group in groups:
        for part in _by_sex(group):
            out.extend(_alone_apart(part))
    return [g for g in out if g]


def _alone_apart(group: list[Record]) -> list[list[Record]]:
    """The group without its records introduced alone, and those records in groups of their
    own: one per page, joined across pages by the same name and a role in common."""
    alone = [r for r in group if r[1].alone]
    if not alone or len(alone) == len(group) and len({d for d, _ in alone}) == 1:
        return [group]
    rest = [r for r in group if not r[1].alone]
    parts: list[list[Record]] = []
    for record in alone:
        home = next((p for p in parts if _alike(p, record)), None)
        if home is None:
            parts.append([record])
        else:
            home.append(record)
    return [rest, *parts]


def _alike(part: list[Record], record: Record) -> bool:
    """The same page's record of the same name, or another page's with a role in common."""
    doc_id, ent = record
    name = normalise(ent.name, "PERSON")
    for other_doc, other in part:
        if normalise(other.name, "PERSON") != name:
            continue
        if other_doc == doc_id or role_heads(other.descriptors) & role_heads(ent.descriptors):
            return True
    return False


def _by_sex(group: list[Record]) -> list[list[Record]]:
    """The group split by the sex its pages give, when they give both: each record without
    one goes with the side whose names it shares most (the larger side on a tie)."""
    sexes = {e.gender for _, e in group if e.gender}
    if len(sexes) < 2 or not any(e.label == "PERSON" for _, e in group):
        return [group]
    sides: dict[str, list[Record]] = {s: [r for r in group if r[1].gender == s] for s in sexes}
    names = {s: Counter(_name(e) for _, e in side) for s, side in sides.items()}
    for record in group:
        if record[1].gender:
            continue
        best = max(sides, key=lambda s: (names[s][_name(record[1])], len(sides[s]), s))
        sides[best].append(record)
    return list(sides.values())


def _name(ent: Entity) -> tuple[str, ...]:
    return normalise(ent.name, "PERSON")


def page_kept_apart(
    core: list[str],
    full: list[tuple[int, tuple[str, ...]]],
    docs_of: dict[int, set[str]],
    nid: int,
) -> bool:
    """A bare given name on a page that also names the full name, as someone else: that page's
    analyzer told them apart ("a father known only as Tom" beside Tom Vale). A surname keeps
    joining ("Mr Putin" is Vladimir Putin): a page keeps one apart for reasons of its own."""
    return (
        len(core) == 1
        and all(w[0] == core[0] and w[-1] != core[0] for _, w in full)
        and any(docs_of[nid] & docs_of[n] for n, _ in full)
    )


def gapless(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short``'s words in ``long`` in order, with only small words between them."""
    for start, word in enumerate(long):
        if word != short[0]:
            continue
        at, ok = start, True
        for want in short[1:]:
            at += 1
            while at < len(long) and long[at] != want and long[at] in NAME_SMALL_WORDS:
                at += 1
            if at >= len(long) or long[at] != want:
                ok = False
                break
        if ok:
            return True
    return False
