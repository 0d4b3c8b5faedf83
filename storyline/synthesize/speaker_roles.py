"""A speaker a page calls only by a role that the story names elsewhere: "the director said" on
a page that never names him, when another page has "director Quentin Tarantino". The speaker is
the one person of the story whose role has that noun as its head; with two ("President"
Hollande and "President" Obama) or none, the role stays as written.
"""

from __future__ import annotations

import re
from collections import defaultdict

from storyline.lexicon.nouns import ROLE_NOUNS
from storyline.model import EntityProfile

_THE_ROLE = re.compile(r"^the\s+([a-z-]+)$", re.IGNORECASE)
# Where a role's head noun ends: "founder of Acme", "spokesman for the city", "mayor, who ...".
_COMPLEMENT = re.compile(r"\b(?:of|for|at|in|on|with|from|to|who)\b|,")


def role_holders(profiles: list[EntityProfile]) -> dict[str, EntityProfile]:
    """Role noun -> the one person of the story whose role has it as its head noun."""
    by_noun: dict[str, dict[str, EntityProfile]] = defaultdict(dict)
    for prof in profiles:
        if prof.label != "PERSON":
            continue
        for role in prof.roles:
            words = _COMPLEMENT.split(role.lower())[0].split()
            if words and words[-1] in ROLE_NOUNS:
                by_noun[words[-1]][prof.key] = prof
    return {noun: next(iter(held.values())) for noun, held in by_noun.items() if len(held) == 1}


def held_role(speaker: str, holders: dict[str, EntityProfile]) -> EntityProfile | None:
    """The person "the <role>" stands for, or None when the words are not that or no one
    person holds the role."""
    m = _THE_ROLE.match(speaker.strip())
    return holders.get(m.group(1).lower()) if m else None
