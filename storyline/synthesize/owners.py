"""Whose ministry: a body named by its role ("Foreign Ministry", "Defence Ministry") is one
entity across pages only when its owner is the same. Pages name the owner right before the
mention, as a possessive ("China's Foreign Ministry", "the South's foreign ministry") or a
people's adjective ("the Japanese Defence Ministry"), and the merge by name alone folds every
country's ministry into one.

Each such group is split by the owner its records name; a record that names none joins the
group's one owner, and stays apart when the group has several.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storyline.lexicon.organisations import PORTFOLIO_WORDS, STATE_BODY_HEADS
from storyline.model import Entity
from storyline.names import is_state_body, normalise

_CAPS = r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?"
POSSESSOR = re.compile(rf"({_CAPS})['’]s\s+$")
ADJECTIVE = re.compile(rf"({_CAPS})\s+$")

Member = tuple[str, Entity]


def split_by_owner(groups: list[list[Member]], texts: dict[str, str]) -> list[list[Member]]:
    """``groups`` with each group of a role-named body split by owner (see module doc)."""
    out: list[list[Member]] = []
    for members in groups:
        if not any(is_state_body(normalise(e.name, "ORG")) for _, e in members):
            out.append(members)
            continue
        by_owner: dict[str, list[Member]] = defaultdict(list)
        for doc_id, ent in members:
            key, surface = _owner(ent, texts.get(doc_id, ""))
            if surface and not ent.descriptors:  # shown beside the name: "of Moscow"
                ent = ent.model_copy(update={"descriptors": [surface]})
            by_owner[key].append((doc_id, ent))
        unowned = by_owner.pop("", [])
        if len(by_owner) == 1:
            out.append([*next(iter(by_owner.values())), *unowned])
            continue
        out.extend(by_owner.values())
        if unowned:
            out.append(unowned)
    return out


def _owner(ent: Entity, text: str) -> tuple[str, str]:
    """The owner most of the record's mentions name, as a key and as the page writes it when
    the name leaves it out ("" when none does): the possessor or
    people's adjective right before the mention, or the words its own name has before the
    role ("South Korean" of "South Korean Defense Ministry")."""
    found: Counter[str] = Counter()
    surfaces: dict[str, str] = {}
    for m in ent.mentions:
        words = normalise(m.text, "ORG")
        lead: list[str] = []
        for w in words:
            if w in STATE_BODY_HEADS or w in PORTFOLIO_WORDS:
                break
            lead.append(w)
        surface = ""
        if not lead:
            before = text[max(0, m.start - 40) : m.start]
            owned = POSSESSOR.search(before)
            match = owned or ADJECTIVE.search(before)
            owner = _without_small_words(match.group(1)) if match else ""
            lead = _owner_words(owner) if owner else []
            # "of Velmark" for "Velmark's ministry"; a people's adjective or a name set
            # before the body ("the Norvanian ministry") is shown as written, not "of Norvanian"
            surface = (f"of {owner}" if owned else owner) if lead else ""
        if lead:
            found[_key(lead)] += 1
            surfaces.setdefault(_key(lead), surface)
    if not found:
        return "", ""
    key = found.most_common(1)[0][0]
    return key, surfaces[key]


def _without_small_words(owner: str) -> str:
    """ "The Norvanian" opening a sentence: the owner is "Norvanian"."""
    words = owner.split()
    while words and words[0].lower() in ENGLISH_STOP_WORDS:
        words = words[1:]
    return " ".join(words)


def _owner_words(owner: str) -> list[str]:
    """ "South Korean", "U.S.": the owner's words; none for a sentence's end ("Seoul.") or a
    small word ("The Foreign Ministry")."""
    last = owner.split()[-1]
    if last.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", last):
        return []
    if last.lower() in ENGLISH_STOP_WORDS:
        return []
    return list(normalise(owner, "ORG"))


def _key(words: list[str] | tuple[str, ...]) -> str:
    """Words cut to four letters: a country and its people's adjective are one owner
    ("China" and "Chinese", "Japan" and "Japanese", "South Korea" and "South Korean")."""
    return " ".join(w[:4] for w in words)
