"""The spans the entity analyzer works on, and the comparisons of names its parts share
(see ``storyline.analyze.entities``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from storyline.analyze.nlp import span_text
from storyline.lexicon import COMPANY_SUFFIXES, TITLES_BEFORE_NAMES
from storyline.lexicon.nouns import ORG_HEADS, ROLE_NOUNS, ROLE_SUFFIXES
from storyline.lexicon.titles import PORTFOLIO_TITLES
from storyline.model import EntityLabel
from storyline.names import POSSESSIVES, is_acronym, words
from storyline.names import flat_words as flat_words  # re-exported to the analyzer

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
POSSESSIVE = set(POSSESSIVES)
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
    alone: bool = False  # introduced by this one bare name ("Aisha, 19,"): see entity_links

    def name(self, sdoc: Doc) -> str:
        return span_text(sdoc, self.start, self.end)


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


def portfolio_word(sdoc: Doc, span: NameSpan) -> bool:
    """An "organisation" of one word right before "Secretary" or "minister" ("U.S. Defense
    Secretary Jim Mattis", "the Interior minister"): the office's portfolio, part of a title.
    Kept as a name, it joins the story's ministry of that word ("Defense Ministry" of another
    country) and merges two governments' bodies. Not an acronym ("NATO Secretary General")."""
    if span.label != "ORG" or span.end - span.start != 1 or span.end >= len(sdoc):
        return False
    word = sdoc[span.start].text
    return not is_acronym(word) and sdoc[span.end].lower_ in PORTFOLIO_TITLES
