"""Whom an unnamed spokesperson or statement speaks for: its principal.

A spokesperson's or a statement's words are their principal's position, and the brief should
name that principal, as it names "Acme" for "A spokesman for Acme". The cue itself often says
only "the spokesperson said", "a spokesman said", "the statement said"; the sentences before it
say whose: "Through a spokesperson, Dara Voss denied …", "Voss's representative sent photos
…", "Voss said in a statement", "Acme issued a statement", "a spokeswoman for Voss". Such a
tie names the principal of a spokesperson or a statement of the next sentences, whatever the
noun ("through a spokesperson" then "the statement said"), within the paragraph and the two
before; the latest tie wins. "Her spokeswoman said" is the person "her" stands for, not a
description of someone else ("Dara Voss's spokeswoman"). A named spokesperson ("Eva Lind, a
spokeswoman for Voss") is no business of this module: a named source is named as written.
Used by ``storyline.analyze.speakers``; pure functions of the parse and its candidates.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from storyline.analyze.earlier_text import MEANS
from storyline.analyze.nlp import lemma_of
from storyline.analyze.speaker_names import ANONYMOUS_KEY, role_noun
from storyline.analyze.speaker_pool import Candidate
from storyline.analyze.statement_owner import STATEMENT_NOUNS, statement_owner
from storyline.lexicon.nouns import COUNTRY_NOUNS, FIRM_NOUNS, ORGANISATIONS, SPOKESPEOPLE

# What a principal speaks through: a spokesperson or a text in its own voice.
CHANNELS = SPOKESPEOPLE | STATEMENT_NOUNS
# Verbs that make a principal the issuer of a statement they are the subject of.
_ISSUES = frozenset({"issue", "release", "publish", "send", "post", "distribute", "put"})
# How many paragraphs back a tie may name the principal (0: the cue's own paragraph).
TIE_PARAGRAPHS = 2
# Characters back the tie may be (the window of candidates bounds it in paragraphs too).
TIE_CHARS = 1500


def speaks_for_owner(subject: Token) -> bool:
    """ "her spokeswoman", "its statement": words its owner speaks through, so the speaker is
    the owner, not a description of a third person."""
    return lemma_of(subject) in CHANNELS


def owner_noun(subject: Token) -> Token | None:
    """The body a spokesperson speaks for when the text names it by its kind only ("a
    spokesman for the bank", "a spokeswoman for the ministry"): "the" and a noun of a firm
    or an organisation."""
    for obj in _the_nouns_after(subject, ("for", "of", "at")):
        lemma = lemma_of(obj)
        if lemma in FIRM_NOUNS or (lemma in ORGANISATIONS and lemma not in COUNTRY_NOUNS):
            return obj
    return None


def role_principal(subject: Token) -> Token | None:
    """The office a spokesperson speaks for when the text names it by its title only ("a
    spokeswoman for the minister", "an aide to the governor"): "the" and a role noun, whose
    holder the context names."""
    return next(
        (obj for obj in _the_nouns_after(subject, ("for", "of", "to")) if role_noun(obj)), None
    )


def _the_nouns_after(subject: Token, preps: tuple[str, ...]) -> Iterator[Token]:
    """The nouns after "the" that a spokesperson's preposition governs ("for the bank")."""
    if lemma_of(subject) not in SPOKESPEOPLE:
        return
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for obj in prep.children:
            det = next((c.lower_ for c in obj.children if c.dep_ == "det"), "")
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and det == "the":
                yield obj


def the_spokesperson(subject: Token) -> bool:
    det = next((c for c in subject.children if c.dep_ == "det"), None)
    return det is not None and det.lower_ == "the" and lemma_of(subject) in SPOKESPEOPLE


def tied_principal(subject: Token, window: list[tuple[int, Candidate]]) -> Candidate | None:
    """The principal the latest tie before ``subject`` names ("Through a spokesperson, Voss
    denied …" before "the statement said"), when ``subject`` is an unnamed spokesperson or
    statement; the tie's owner must be a person or body of the window (``speakers._window``)
    at most ``TIE_PARAGRAPHS`` paragraphs back."""
    if lemma_of(subject) not in CHANNELS or subject.pos_ != "NOUN":
        return None
    near = [(d, c) for d, c in window if d <= TIE_PARAGRAPHS and _principal_kind(c)]
    if not near:
        return None
    floor = max(0, subject.idx - TIE_CHARS)
    for tok in reversed(subject.doc[: subject.i]):
        if tok.idx < floor:
            break
        if tok.pos_ != "NOUN" or lemma_of(tok) not in CHANNELS:
            continue
        owner = _tie_owner(tok)
        found = _candidate_at(owner, near) if owner is not None else None
        if found is not None:
            return found
    return None


def _principal_kind(cand: Candidate) -> bool:
    key = cand.speaker.key or ""
    return cand.kind in ("PERSON", "ORG") and bool(key) and not key.startswith(ANONYMOUS_KEY)


def _candidate_at(tok: Token, near: list[tuple[int, Candidate]]) -> Candidate | None:
    """The person or body named (or resolved, for a pronoun cue) at ``tok``."""
    for _, cand in reversed(near):
        sp = cand.speaker
        if cand.pos == tok.idx or sp.start <= tok.idx < sp.end:
            return cand
    return None


def _tie_owner(noun: Token) -> Token | None:
    """Who a spokesperson or statement named before speaks for, as its sentence says: its
    owner ("Voss's representative", "a spokeswoman for Voss", "a statement from Acme"), the
    subject of the verb it is the means of ("Through a spokesperson, Voss denied", "Voss said
    in a statement") or of the verb that issues it ("Acme issued a statement")."""
    if lemma_of(noun) in STATEMENT_NOUNS:
        owner = statement_owner(noun)
        if owner is not None:
            return owner
    for child in noun.children:
        if child.dep_ == "poss":
            return child  # a his/her is the candidate its own cue resolved, if any
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN":
                return obj
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:
        return names[-1]  # "a Voss spokesman"
    return _subject_of_means(noun)


def _subject_of_means(noun: Token) -> Token | None:
    """The subject of the verb a spokesperson or statement is the means of ("through a
    spokesperson", "in a statement") or the object of an issuing verb."""
    verb = None
    if noun.dep_ == "pobj" and noun.head.lower_ in MEANS:
        verb = noun.head.head
        for _ in range(3):  # "denied, through a spokesperson," may hang the "through" lower
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
    elif noun.dep_ == "dobj" and lemma_of(noun.head) in _ISSUES:
        verb = noun.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
