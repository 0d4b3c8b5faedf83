"""A bare plural of a trade or a kind of firm ("Investors said", "Producers say", "Airlines
said", "Many big international companies said", "Major European banks said") is no source a
reader can weigh: like "one man" or "a local teacher" (``speaker_names.anonymous_person``) it
names no speaker, so its direct quotes are listed as Unattributed and its reported speech is
left out. A plural of a source role ("Officials said", "Analysts say", "Residents said",
"Economists said"), of a side taken ("Critics say"), of an authority ("Authorities said",
"Police said"), one with a name or a possessive ("Acme investors", "the bank's lawyers") or one
the text counted ("the two investors") stays a speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.nlp import lemma_of
from storyline.lexicon import VAGUE_COUNTS
from storyline.lexicon.nouns import (
    FIRM_KINDS,
    ORGANISATIONS,
    PEOPLE,
    ROLE_NOUNS,
    SOURCE_ROLES,
    SPOKES_NOUNS,
    STANCE_PEOPLE,
)

# A plural of these is a crowd of a trade: people by what they do, firms by what they sell.
_TRADES = (PEOPLE | ROLE_NOUNS) - ORGANISATIONS - SOURCE_ROLES - SPOKES_NOUNS - STANCE_PEOPLE


def generic_plural(subject: Token) -> bool:
    """A plural of a trade or a kind of firm with no name, owner, number or article."""
    lemma = _plural_lemma(subject)
    if lemma is None:
        return False
    if lemma.endswith("ist") or not (lemma in _TRADES or lemma in FIRM_KINDS):
        return False  # "Economists", "activists": experts and campaigners are sources
    for child in subject.children:
        if child.dep_ in ("compound", "poss", "prep", "nmod", "appos") or child.pos_ == "PROPN":
            return False  # "Acme investors", "investors in Acme", "Investors, led by X"
        if child.dep_ in ("det", "nummod", "predet") and child.lower_ not in VAGUE_COUNTS:
            return False  # "the investors", "two airlines": ones the text brought in
    return True


def _plural_lemma(subject: Token) -> str | None:
    """The singular of a plural common noun, also of one the tagger took for a name only
    because it opens a sentence ("Airlines said …" read as NNP)."""
    if subject.tag_ == "NNS":
        return lemma_of(subject)
    opens = subject.i == 0 or subject.nbor(-1).is_space or subject.is_sent_start
    low = subject.lower_
    if subject.tag_ not in ("NNP", "NNPS") or not opens or subject.ent_type_ or low[-1:] != "s":
        return None
    for cut, add in (("ies", "y"), ("s", "")):  # "companies", "airlines"
        if low.endswith(cut) and (stem := low[: -len(cut)] + add) in _TRADES | FIRM_KINDS:
            return stem
    return None
