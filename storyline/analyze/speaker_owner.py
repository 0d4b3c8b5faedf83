"""Which mentions a cue's subject may stand for, given the words the cue reports.

A pronoun that speaks stands for no one named inside the words it reports ("X offered Y the
footage, she says": Y is not who speaks). A his/her on a role or kin is different: "Hale will
appeal the verdict, his lawyer said", "The rebels freed Amina on Sunday, her father said":
the person the reported words are about is whose lawyer or father speaks, and the newswire
puts that person in the words before the cue, often in no other sentence of the paragraph.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from storyline.analyze.speaker_pool import Candidate


def context_pool(subject: Token, pool: list[Candidate], start: int, end: int) -> list[Candidate]:
    """The candidates outside the reported words ``start:end``; for a subject owned by a
    his/her/their ("his lawyer"), also those in the reported words before the subject."""
    owner = next((c for c in subject.children if c.dep_ in ("det", "poss")), None)
    if owner is not None and owner.tag_ == "PRP$" and owner.lower_ != "its":
        return [c for c in pool if not subject.idx <= c.pos < end]
    cue = subject.head
    if subject.pos_ == "PRON" and cue.dep_ == "parataxis" and cue.head.i != cue.i:
        # "Holt, he added, was the right man": the clause the cue interrupts is reported too,
        # though the record holds only its larger part; its subject is not who speaks
        clause = cue.head
        start = min(start, clause.left_edge.idx)
        end = max(end, clause.right_edge.idx + len(clause.right_edge))
    return [c for c in pool if not start <= c.pos < end]


def owned(subject: Token) -> bool:
    """ "his lawyer", "her coach": a role its his/her gives an owner, who says whose it is
    (not "the lawyer", whom a name with that role before stands for)."""
    det = next((c for c in subject.children if c.dep_ in ("det", "poss")), None)
    return det is not None and det.tag_ == "PRP$"


def nameable_owners(window: list[tuple[int, Candidate]]) -> list[tuple[int, Candidate]]:
    """The candidates a his/her may make an owner of: a name, not an unnamed person known by
    someone else's name ("Tom Hale's lawyer": "his spokesman" after it is Hale's, not "Tom
    Hale's lawyer's spokesman") nor a description without a name."""
    return [
        (d, c)
        for d, c in window
        if c.speaker.name[:1].isupper() and not _POSSESSIVE.search(c.speaker.name)
    ]


_POSSESSIVE = re.compile(r"['’]s\b|^(?:his|her|their|its)\b", re.IGNORECASE)
