"""The spans the entity analyzer works on, and the comparisons of names its parts share
(see ``storyline.analyze.entities``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from storyline.analyze.nouns import ORG_HEADS, ROLE_NOUNS, ROLE_SUFFIXES
from storyline.lexicon import COMPANY_SUFFIXES, TITLES_BEFORE_NAMES
from storyline.model import EntityLabel

SPACY_LABELS: dict[str, EntityLabel] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
}
# Labels that may name the same thing.
FAMILY = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "NORP": "NORP"}

# Titles that may open a PERSON span; they become descriptors, never part of the name.
TITLES = TITLES_BEFORE_NAMES
DESIGNATORS = COMPANY_SUFFIXES
POSSESSIVE = {"'s", "’s", "'", "’"}
EDGE_JUNK = {
    "of",
    "and",
    "for",
    "in",
    "at",
    "on",
    "to",
    "the",
    "-",
    "–",
    "—",
    ",",
    ".",
    ":",
    ";",
    "&",
    "(",
    ")",
    '"',
    "“",
    "”",
    "'",
    "’",
}
LATIN = re.compile(r"[A-Za-zÀ-ɏ]")


@dataclass
class NameSpan:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    label: str
    gender: str = ""
    descriptors: list[str] = field(default_factory=list)
    entity: int = -1  # cluster index once linked

    def name(self, sdoc: Doc) -> str:
        return sdoc[self.start : self.end].text


def acronym_like(text: str) -> bool:
    """ "NIS", "NCPA", and mixed-case forms that keep a small word's letter ("TfL")."""
    return (
        2 <= len(text) <= 6
        and text.isalpha()
        and text[0].isupper()
        and sum(c.isupper() for c in text) >= max(2, len(text) - 1)
    )


def words(name: str) -> list[str]:
    """Comparable words of a name: case, dots and apostrophes ignored, hyphens kept."""
    name = name.replace("’", "'").replace(".", "")
    return [w.lower() for w in name.split() if w]


def flat_words(name: str) -> list[str]:
    """As `words`, with hyphenated parts split: "Kim Jong-un" == "Kim Jong Un"."""
    return [p for w in words(name) for p in w.split("-") if p]


def person_words(sdoc: Doc, spans: list[NameSpan]) -> set[str]:
    """First and last words of the multi-word PERSON names, and those names themselves."""
    found: set[str] = set()
    for span in spans:
        w = words(span.name(sdoc))
        if span.label == "PERSON" and len(w) > 1:
            found.update((w[0], w[-1], " ".join(w)))
    return found


def is_role(tok: Token) -> bool:
    low = tok.lower_
    if tok.pos_ != "NOUN":
        return False
    return (
        low in ROLE_NOUNS
        or tok.lemma_ in ROLE_NOUNS
        or (low.endswith(ROLE_SUFFIXES) and len(low) > 5)
    )


def org_head(tok: Token) -> bool:
    return tok.is_title and tok.lower_ in ORG_HEADS


def spells(acronym: str, long_form: str, loose: bool = False) -> bool:
    """Whether `acronym` abbreviates `long_form`. `loose` (an acronym in brackets right after
    the name) also accepts the same letters in another order: translated names keep the
    original acronym ("National Agency for Civil Protection (NCPA)")."""
    for mark in POSSESSIVE:  # "Singapore's S. Rajaratnam School ..." -> RSIS
        if f"{mark} " in long_form and spells(acronym, long_form.split(f"{mark} ", 1)[1]):
            return True
    parts = [w for w in re.split(r"[\s\-]+", long_form) if w]
    while len(parts) > 1 and parts[-1].replace(".", "").lower() in DESIGNATORS:
        parts.pop()  # "European Aeronautic Defence & Space NV" -> EADS
    initials = "".join(w[0].upper() for w in parts if w[0].isupper())
    acronym = acronym.upper()
    if not initials:
        return False
    if acronym == initials or (
        loose and (sorted(acronym) == sorted(initials) or acronym[0] == initials[0])
    ):
        return True
    if (
        not initials
        or len(acronym) < 3
        or len(acronym) < 0.75 * len(initials)
        or acronym[-1] != initials[-1]
    ):
        return False
    it = iter(initials)
    return all(ch in it for ch in acronym)
