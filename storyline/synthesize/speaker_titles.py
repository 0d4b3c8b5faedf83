"""A speaker named only by an office ("the prime minister said", "the governor said") is the
story's one person who holds that office.

Journalists name an office holder once ("Prime Minister Deniz Arslan") and then, often on
another page, call them by the office alone. Analysis sees one page and keeps "the prime
minister" as written, since a page may bring in an office holder it never names; across the
story, an office that exactly one person of the who's who holds is theirs. Only offices
(``ROLE_TITLES``: a judge, a governor, a chief executive), not trades ("the teacher" may be
any teacher), and never an office two people of the story hold ("the minister" with a prime
minister and a foreign minister).

Bodies the same way: "the union said" on a page that never names it is the story's one
organisation whose name is a union ("Varnhaven Dockers Union"), "the ministry" its one ministry
("Ministry of Transport"); never a kind two bodies of the story share.
"""

from __future__ import annotations

from collections import defaultdict

from storyline.lexicon.nouns import ORG_HEADS, ORGANISATIONS
from storyline.lexicon.titles import ROLE_TITLES
from storyline.model import EntityProfile


def sole_title_holders(profiles: list[EntityProfile]) -> dict[str, EntityProfile]:
    """ "the <office>" (lower case) -> the one person of the story holding that office."""
    found: dict[str, dict[str, EntityProfile]] = defaultdict(dict)
    for prof in profiles:
        if prof.label != "PERSON":
            continue
        for role in prof.roles:
            for phrase in _office_phrases(role):
                found[f"the {phrase}"][prof.key] = prof
    return {key: next(iter(people.values())) for key, people in found.items() if len(people) == 1}


def _office_phrases(role: str) -> set[str]:
    """The ways a role is shortened: "Kestrian Prime Minister" -> "prime minister",
    "minister"; "chief executive" -> "chief executive". Empty when the role is no office."""
    words = role.lower().replace(",", " ").split()
    if not words or len(words) > 4:
        return set()
    phrases = set()
    if words[-1] in ROLE_TITLES:
        phrases.add(words[-1])
        if len(words) > 1:
            phrases.add(" ".join(words[-2:]))
    if words[0] in ROLE_TITLES and len(words) == 2:  # "chief executive"
        phrases.add(" ".join(words))
    return phrases


def sole_bodies(profiles: list[EntityProfile]) -> dict[str, EntityProfile]:
    """ "the <kind of body>" (lower case) -> the one organisation of the story of that kind."""
    found: dict[str, dict[str, EntityProfile]] = defaultdict(dict)
    for prof in profiles:
        kind = _body_kind(prof.name) if prof.label == "ORG" else None
        if kind:
            found[f"the {kind}"][prof.key] = prof
    return {key: next(iter(bodies.values())) for key, bodies in found.items() if len(bodies) == 1}


def _body_kind(name: str) -> str | None:
    """ "union" for "Varnhaven Dockers Union", "ministry" for "Ministry of Transport"."""
    words = name.lower().split()
    if len(words) >= 2 and words[-1] in ORG_HEADS:
        return words[-1]
    if len(words) >= 3 and words[0] in ORG_HEADS and words[1] == "of":
        return words[0]
    return None


def fuller_bodies(speakers: list[str]) -> dict[str, str]:
    """Unnamed bodies by their fullest wording: "the agency" (lower case) -> "the regional
    health agency" when the story's unnamed speakers of that kind are that body in shorter and
    longer words ("the health agency" too); two bodies of one kind ("the maritime agency"
    beside "the regional health agency") keep every wording as written, and so does a body a
    name or nationality qualifies ("the Kestrian government": whose, the words say)."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for speaker in speakers:
        words = speaker.split()
        if len(words) < 2 or words[0].lower() != "the" or words[-1] not in ORGANISATIONS:
            continue
        if all(w.isalpha() and w.islower() for w in words[1:]):
            kinds[words[-1]].add(" ".join(["the", *words[1:]]))
    out: dict[str, str] = {}
    for forms in kinds.values():
        fullest = max(forms, key=len)
        if len(forms) < 2 or not all(fullest.endswith(f.removeprefix("the")) for f in forms):
            continue  # one wording, or two bodies of that kind
        out.update({f: fullest for f in forms if f != fullest})
    return out
