"""A speaker named before a comma in one noun phrase with its description ("Reuters cited the
Zawra, rebel-affiliated website"): the small parser makes the name a modifier of "website", so
the whole phrase would stand as the speaker. The name speaks; the words after the comma
describe it. Used by ``storyline.analyze.speaker_names``; a pure function of the parse.
"""

from __future__ import annotations

from spacy.tokens import Token


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
