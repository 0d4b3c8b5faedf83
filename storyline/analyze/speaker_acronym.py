"""Roles a speaker is named by that the parser reads as names, and the name they stand for.

* A role written as an acronym ("the MVP said", "The family's local MP, Tomas Brenner, said",
  "the CEO added") is tagged a proper noun, often an organisation by NER: read as a name it
  becomes a junk speaker ("MVP"), or the role outranks the person in apposition ("MP" with the
  description "Tomas Brenner"). It is a role noun like "the judge".
* The person a sentence makes a role's holder is found by ``speaker_pool.role_given``.
* A name that ends the reported words, followed by a role in apposition that runs on into the
  cue with no comma to close it ("... a sentence of five years for former mayor Anton Vesk, a
  spokesman for the prosecution service said"): the parser made the name the subject, but the
  spokesman speaks ("X, a spokesman, said" keeps X: the closing comma brackets the role).

Used by ``storyline.analyze.speaker_names`` and ``storyline.analyze.quotes``; pure functions
of the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.lexicon.nouns import PEOPLE, ROLE_NOUNS, SPOKES_NOUNS, is_source_noun

# Longest acronym read as a role: longer words in capitals are a shouted headline's words.
_ACRONYM_MAX = 4


def role_acronym(tok: Token) -> bool:
    """ "MVP", "MP", "CEO": a role or people noun written in capitals as an acronym."""
    text = tok.text
    return (
        2 <= len(text) <= _ACRONYM_MAX
        and text.isalpha()
        and text.isupper()
        and text.lower() in ROLE_NOUNS | PEOPLE
    )


def title_word(tok: Token, titles: frozenset[str]) -> bool:
    """A title before a name: one of ``titles`` ("Minister", "Dr.") or a role acronym ("MVP
    Tomi Vasker" is Tomi Vasker)."""
    return tok.lower_.strip(".") in titles or role_acronym(tok)


def role_after_name(subject: Token) -> Token | None:
    """The role in apposition that speaks when the name the parser made the subject only ends
    the reported words: the name follows a preposition or a verb (it is their object, not a
    clause's opening), and the role runs on into the cue with no comma to close it."""
    cue = subject.head
    roles = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]
    if not roles or subject.i > cue.i:
        return None
    role = roles[-1]
    doc = subject.doc
    if role.right_edge.i + 1 != cue.i or doc[role.left_edge.i - 1].text != ",":
        return None  # "Vesk, a spokesman, said": the commas bracket Vesk's description
    first = subject.left_edge.i
    before = doc[first - 1] if first > 0 else None
    if before is None or before.pos_ not in ("ADP", "VERB"):
        return None  # "Anton Vesk, a spokesman for ... said": the name opens the sentence
    return role if _speaking_role(role) and role.pos_ == "NOUN" else None


def reported_name_end(subject: Token, cue: Token) -> int | None:
    """Where the reported words end when ``role_after_name`` moved the speaker off the name
    that ends them: after that name (the parser hung it on the cue, not on the words)."""
    name = subject.head
    if subject.dep_ != "appos" or name.head.i != cue.i or role_after_name(name) is None:
        return None
    return name.idx + len(name)


def possessed_role(subject: Token) -> Token | None:
    """The role a possessor names when the parser made the possessor the subject ("Harbour
    City's chief executive, Lise Ahl, said" parsed with "Harbour" as the subject and the role
    below it, as after a stray quotation mark): the role, which its apposed name fills."""
    doc = subject.doc
    i = subject.i + 1
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].tag_ != "POS":
        i += 1  # the rest of the name
    if i >= len(doc) or doc[i].tag_ != "POS":
        return None
    i += 1
    while i < len(doc) and doc[i].dep_ in ("amod", "compound") and doc[i].pos_ != "PROPN":
        i += 1  # "chief", "club"
    if i >= len(doc) or doc[i].pos_ != "NOUN" or doc[i].head.i == doc[i].i:
        return None
    role = doc[i]
    if role not in set(subject.subtree) or not any(c.dep_ == "appos" for c in role.children):
        return None  # the parse is right, or no name fills the role
    return role if _speaking_role(role) else None


def _speaking_role(role: Token) -> bool:
    """A noun that names who speaks: a spokesperson, a role, a source ("officials")."""
    lemma = role.lemma_.lower()
    return lemma in SPOKES_NOUNS or lemma in ROLE_NOUNS or is_source_noun(lemma)
