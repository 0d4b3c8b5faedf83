"""Unnamed people as antecedents: a later "he"/"she" stands for the person just quoted.

"Her mother said ... “…,” she said": the mother speaks, not the daughter the page named
before. "A reporter for the Gazette said ... “…,” he said" and "A council spokesman said ...
He stressed: “…”": the reporter and the spokesman speak, not a man named paragraphs before.
Such a subject resolves to a description ("Ana Ruiz's mother"), an unnamed source ("A police
source") or the body it speaks for ("Varnby Council"); whichever it is, it is one person, so
a he or she after it may stand for it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from storyline.analyze.speaker_names import (
    ANONYMOUS_KEY,
    PEOPLE_OR_POLITIES,
    Speaker,
    lemma_of,
    person_head,
)
from storyline.analyze.speaker_pool import Candidate
from storyline.lexicon.nouns import ORGANISATIONS, SPOKESPEOPLE, noun_gender

# Determiners that bring a new person into the text ("a spokesman", "one officer").
INDEFINITE = frozenset({"a", "an", "one", "another"})


def person_candidate(subject: Token, sp: Speaker | None) -> Candidate | None:
    """A PERSON candidate for later pronouns when ``subject`` is one unnamed person (a
    singular person noun: "her mother", "a spokesman", "a police source") that resolved to
    anything but a named person (those are candidates already); else None. "The director"
    that resolved to no one is someone named before, whom the candidates hold already."""
    if sp is None or sp.label == "PERSON" or not (sp.name or sp.description):
        return None
    if subject.pos_ != "NOUN" or subject.tag_ != "NN" or not person_head(subject):
        return None
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "with his dad, sister and mum, who says": a parse that may be wrong
    det = next((c for c in subject.children if c.dep_ in ("det", "poss")), None)
    brought_in = det is not None and (
        det.tag_ == "PRP$" or det.lower_ in INDEFINITE or _named_body_spokesperson(subject, det)
    )
    listed = sp.key is not None and not sp.key.startswith(ANONYMOUS_KEY)  # a body of the story
    if not listed and not brought_in:
        return None  # "the director said" of someone named before: that person, not a new one
    lemma = lemma_of(subject)
    if lemma in PEOPLE_OR_POLITIES or lemma in ORGANISATIONS:
        return None  # "the family", "the company": a body, no he or she
    return Candidate(subject.idx, sp, "PERSON", True, noun_gender(lemma))


def _named_body_spokesperson(subject: Token, det: Token) -> bool:
    """ "The Northern Front's spokesman said ... “…,” he said": a named body's spokesperson is
    one person the text brings in, whom a later he or she stands for."""
    return det.dep_ == "poss" and det.pos_ == "PROPN" and lemma_of(subject) in SPOKESPEOPLE


def names_subject(span: Span) -> bool:
    """The name of a subject brought in as "a student named Piet Varga": the person the
    sentence is about, as much as a name that is the subject itself."""
    verb = span.root.head
    noun = verb.head  # "Her captors, a faction calling itself the Northern Front, moved": apposed
    subject = noun.head if noun.dep_ == "appos" else noun
    return (
        verb.i != span.root.i
        and verb.dep_ == "acl"
        and verb.lemma_.lower() in ("name", "call")
        and subject.dep_ in ("nsubj", "nsubjpass")
    )
