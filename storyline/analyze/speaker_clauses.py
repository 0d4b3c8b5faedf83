"""Clauses the parser hangs on the wrong word, for a speaker: a relative "who" after a list
of names, a participle after an aside set off by dashes."""

from __future__ import annotations

from spacy.tokens import Token


def listed_antecedent(who: Token, head: Token) -> Token:
    """The name right before ", who" when it is a later item of ``head``'s list, else ``head``
    ("stars like Ann Crane, Bill Mott and Nina Ford, who joked, "..."": the parser may hang
    the clause on an earlier name, but a clause set off right after the last name is its)."""
    doc = who.doc
    k = who.i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or k == head.i or doc[k].pos_ != "PROPN":
        return head
    near = doc[k]
    while near.dep_ in ("compound", "flat") and near.head.i > near.i:
        near = near.head
    item = near
    for _ in range(12):  # up the list's "conj" links to the name the clause hangs on
        if item.i == head.i:
            return near
        if item.dep_ != "conj" or item.head.i == item.i:
            return head
        item = item.head
    return head


_CLOSERS = frozenset({"-", "–", "—", ")"})


def past_aside(cue: Token) -> Token:
    """The verb a participle cue speaks for: its head, or the head's own head when the head is
    the verb of a wh-clause aside closed by a dash or bracket before the cue ("Marchers circled
    the stadium - where the Gulls played - while chanting, "..."": the marchers chant)."""
    head = cue.head
    if cue.dep_ != "advcl" or head.head.i == head.i or head.i > cue.i:
        return head
    wh = any(c.tag_ in ("WRB", "WDT", "WP") and c.i < head.i for c in head.children)
    closed = any(t.text in _CLOSERS for t in cue.doc[head.i + 1 : cue.i])
    return head.head if wh and closed else head


# What shows someone speaking: "footage of X saying", "a video of X asking".
_DEPICTIONS = frozenset({"footage", "video", "clip", "recording", "tape", "audio", "film"})


def depicted_speaker(cue: Token) -> Token | None:
    """The person a recording shows, right before a participle cue ("The channel aired a
    video of Tom Arden saying, "..."": Arden speaks, whatever verb the parser hangs
    "saying" on), else None."""
    if cue.tag_ != "VBG" or cue.i == 0:
        return None
    name = cue.doc[cue.i - 1]
    if name.pos_ != "PROPN" or name.dep_ != "pobj":
        return None
    of = name.head
    if of.lower_ != "of" or of.head.lemma_.lower() not in _DEPICTIONS:
        return None
    return name
