"""A speaker named before a comma in one noun phrase with its description ("Reuters cited the
Zawra, rebel-affiliated website"): the small parser makes the name a modifier of "website", so
the whole phrase would stand as the speaker. The name speaks; the words after the comma
describe it. The other way round, a description before the name ("the Kremlin spokesman, Dmitry
Peskov,"; "A power line operator, Velden Energy,"): the name in the apposition speaks, a person
for a person's role, a body (an organisation, a place) for any other noun. Used by
``storyline.analyze.speaker_names``; pure functions of the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.nlp import lemma_of
from storyline.lexicon.nouns import ANONYMOUS_PEOPLE, PEOPLE, ROLE_NOUNS, SPOKESPEOPLE


def name_before_comma(subject: Token) -> Token | None:
    """The proper noun that, followed by a comma, opens ``subject``'s noun phrase; None for a
    list ("British, French and German diplomats") or any other phrase."""
    if subject.pos_ != "NOUN":
        return None
    doc = subject.doc
    for child in subject.lefts:
        comma = child.i + 1
        if child.pos_ != "PROPN" or comma >= subject.i or doc[comma].text != ",":
            continue
        between = doc[comma + 1 : subject.i]
        if any(t.pos_ in ("CCONJ", "PROPN", "NUM") or t.text == "," for t in between):
            return None  # a list of names, or a second name: no description of one name
        return child
    return None


def description_after(name: Token, subject: Token) -> str | None:
    """The words after the name's comma, up to the phrase's head ("rebel-affiliated website")."""
    words = subject.doc[name.i + 2 : subject.i + 1].text.strip(" ,")
    return words or None


def apposed_role(subject: Token, name: Token, lo: int, role_end: int) -> str:
    """The role the apposed ``name`` is described by: the subject's words from ``lo`` without
    its article, up to ``role_end`` (or, for the named client of "a lawyer for Acme, Jane
    Doe", up to the client's phrase)."""
    doc = subject.doc
    if name.head.i != subject.i:  # the client's apposition: the role ends before it
        role_end = name.left_edge.i
    role = doc[lo:role_end]
    words = [t for t in role if t.dep_ != "det"]
    text = doc[words[0].i : role.end].text if words else role.text
    return text.rstrip(" ,")


def apposed_body(subject: Token, name: Token, label: str) -> bool:
    """Whether ``name``, an organisation or place in apposition to ``subject``, is the one
    that speaks: "A power line operator, Velden Energy, said". Not for a noun only a person
    can be ("a spokesman, Velden Energy" names no spokesman) nor a conjunct
    ("the union and Velden Energy said": two speakers)."""
    return (
        label in ("ORG", "GPE")
        and (name.dep_ == "appos" or _comma_conjunct(subject, name))
        and name.head.i == subject.i
        and not person_head(subject)
    )


def _comma_conjunct(subject: Token, name: Token) -> bool:
    """A name set off by commas that the parser made a conjunct of the noun before it ("The
    audit firm, Pryce & Dunmore, said"): an apposition when no "and"/"or" joins the two (the
    name's own "&" belongs to the name) and a comma closes it."""
    doc = subject.doc
    if name.dep_ != "conj" or name.i < 1 or doc[name.i - 1].text != ",":
        return False
    if any(c.dep_ == "cc" for c in subject.children):
        return False  # "the union, the council and Velden Energy": a list of speakers
    after = name.right_edge.i + 1
    return after < len(doc) and doc[after].text == ","


def person_head(subject: Token) -> bool:
    """ "one (of the sailors)", "a passenger", "the mayor": a noun only a person can be."""
    lemma = lemma_of(subject)
    return lemma in ANONYMOUS_PEOPLE or lemma in PEOPLE or lemma in ROLE_NOUNS


def client_apposition(subject: Token) -> list[Token]:
    """The person named after the client of a role ("a lawyer for Carter, Paul Baker", "a
    spokeswoman for Acme, Jane Doe"): a name set beside another name describes the role's
    holder, as a name beside a person noun ("a lawyer for his mother, Jane Doe") does not,
    except after a spokesperson, who speaks for whoever the name is."""
    if not person_head(subject):
        return []
    prep = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
    client = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if client is None:
        return []
    # "a spokesman for the minister, Paul Edvardsen": whether the name is the spokesman's or
    # the minister's, its holder's words are what the spokesman says (``speaker_principal``)
    spokes = lemma_of(subject) in SPOKESPEOPLE and client.pos_ == "NOUN"
    if client.pos_ != "PROPN" and not spokes:
        return []
    return [c for c in client.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
