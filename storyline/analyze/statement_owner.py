"""Whose statement a quote is when the text names the statement, not a speaker.

"The ministry's statement said ...", "A statement released by the port authority read: "..."",
"Veloria's statement after the vote: "..."": the words are the statement's owner's, and the
owner is named by a possessive, by "by"/"from", by "issued/released by", or by a name
compounded with the noun ("a Harbor Authority statement"). A statement *about* someone is not
theirs, so no other preposition names an owner. Used by ``storyline.analyze.quotes``; pure
functions of the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.earlier_text import reads_after
from storyline.analyze.nlp import lemma_of
from storyline.lexicon import SPEECH_VERBS
from storyline.lexicon.nouns import TEXTS, is_source_noun

# Texts a body issues in its own voice (not a report or a study, which others may write about
# someone): only these carry their owner's words.
STATEMENT_NOUNS = frozenset(
    "statement communique communiqué declaration announcement release readout message".split()
)
_OWNER_PREPS = frozenset({"by", "from"})
# Participles that hand a statement to its issuer: "a statement released by X".
_ISSUING = frozenset({"release", "issue", "publish", "send", "put", "post", "distribute"})
_NAME_TYPES = frozenset({"ORG", "GPE", "PERSON", "NORP"})


def _object_of(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def statement_owner(noun: Token) -> Token | None:
    """The head token of who issued the statement ``noun`` names, or None when the text names
    no one (or only a pronoun: "its statement" is left to the context)."""
    owner = _owner(noun)
    return owner if owner is not None and _can_speak(owner) else None


def _can_speak(tok: Token) -> bool:
    """A name, or a noun of a person or a body: not "a statement by email"."""
    lemma = lemma_of(tok)
    return (
        tok.pos_ == "PROPN"
        or tok.ent_type_ in _NAME_TYPES
        or (is_source_noun(lemma) and lemma not in TEXTS)
    )


def _owner(noun: Token) -> Token | None:
    if lemma_of(noun) not in STATEMENT_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child  # "the ministry's statement"
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
            owner = _object_of(child)
            if owner is not None and owner.pos_ in ("NOUN", "PROPN"):
                return owner  # "a statement from the agency"
        if child.dep_ == "acl" and lemma_of(child) in _ISSUING:
            agent = next((c for c in child.children if c.dep_ in ("agent", "prep")), None)
            owner = _object_of(agent) if agent is not None and agent.lower_ == "by" else None
            if owner is not None:
                return owner  # "a statement released by the agency"
    names = [c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in _NAME_TYPES]
    return names[-1] if names else _owner_after(noun)  # "a Harbor Authority statement"


def _owner_after(noun: Token) -> Token | None:
    """The owner the words right after the noun name when the parse hung them elsewhere ("a
    statement released by the Harbor Authority read", "read a statement by her spokesman"):
    an optional issuing participle, "by" or "from", then a name or a noun."""
    doc, i = noun.doc, noun.i + 1
    if i < len(doc) and lemma_of(doc[i]) in _ISSUING:
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _OWNER_PREPS:
        return None
    i += 1
    while i < len(doc) and (doc[i].pos_ in ("DET", "ADJ") or doc[i].tag_ == "PRP$"):
        i += 1
    if i >= len(doc):
        return None
    tok = doc[i]
    if tok.ent_type_ in _NAME_TYPES:  # the last word of the name
        while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
            i += 1
        return doc[i]
    if tok.pos_ != "NOUN":
        return None
    while i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN" and lemma_of(doc[i + 1]) not in _READS:
        i += 1  # "the defence ministry", not "the agency read"
    return doc[i]


# Words that give a statement's text whatever the parser tags them ("... the agency read.").
_READS = SPEECH_VERBS | {"read"}


def verbless_statement(before: list[Token], after: list[Token]) -> tuple[Token, Token] | None:
    """The cue and the owner of a statement that frames a quote no verb of the parse reports:
    a heading before it ("Marenland's statement following the launch: "..."") or a short
    sentence end after it ('"...," a statement released by the agency read.', '"...," read a
    statement by her spokesman.').
    """
    words = [t for t in before if not t.is_space][-12:]
    if words and not any(_finite(t) for t in words):
        for tok in reversed(words):
            owner = statement_owner(tok)
            if owner is not None:
                return tok, owner
    tail = [t for t in after if not t.is_space]
    if not tail or tail[-1].text not in (".", "!", "?") or len(tail) > 12:
        return None  # the quote's sentence goes on: not a short attribution after it
    reads = next((t for t in tail if lemma_of(t) in _READS or t.lower_ in _READS), None)
    for tok in tail:
        owner = statement_owner(tok)
        if owner is not None and reads is not None:
            return reads, owner
    return reads_after(tail)  # '"…," the letter began.' after "X announced … in a letter"


def _finite(tok: Token) -> bool:
    """A verb with its own tense: a clause with one is another cue's case ("X paid tribute:")."""
    return tok.pos_ in ("VERB", "AUX") and tok.tag_ in ("VBD", "VBZ", "VBP", "MD")
