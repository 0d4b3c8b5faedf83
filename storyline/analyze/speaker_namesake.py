"""A surname alone as a speaker ("Molina said", "Mr. Keel said"): the person of that surname
the text named in full last, which may be a relative of the person the entity linker gave the
surname to ("Her son, Daniel Keel, spoke ... Mr. Keel said"). Used by
``storyline.analyze.speakers``; pure functions of the text and the candidates.
"""

from __future__ import annotations

from dataclasses import replace

from storyline.analyze.speaker_names import Speaker
from storyline.analyze.speaker_pool import NOT_FIRST_NAMES, Candidate
from storyline.lexicon.nouns import ROLE_NOUNS
from storyline.textutil import HONORIFICS


def latest_namesake(sp: Speaker | None, text: str, pool: list[Candidate]) -> Speaker | None:
    """A surname alone ("Molina said", "Mr. Keel said") is the latest person of that surname
    named in full before it, which may be a relative of the person the linker gave the
    surname to ("Her son, Daniel Keel, spoke ... Mr. Keel said")."""
    if sp is None or sp.label != "PERSON" or sp.key is None:
        return sp  # no one, or a relative told apart from the namesake already
    written = text[sp.start : sp.end].split()
    while len(written) > 1 and written[0].lower() in HONORIFICS:
        written = written[1:]
    if len(written) != 1:
        return sp
    word = written[0].lower()
    for cand in sorted(pool, key=lambda c: c.pos, reverse=True):  # speakers join unsorted
        name = cand.speaker.name.split()
        if cand.pos >= sp.start or cand.kind != "PERSON" or len(name) < 2:
            continue
        if name[-1].lower() == word and _first_name(name[0]):
            if cand.speaker.key is not None:
                return _relative_named_before(sp, cand, text)
            return replace(cand.speaker, start=sp.start, end=sp.end)
    return sp


def _relative_named_before(sp: Speaker, cand: Candidate, text: str) -> Speaker:
    """Two listed people share the surname: the linker chose between them, unless the latest
    one of them is the other, named in full in this paragraph or the one before ("His
    father, Samuel Okafor, was in the stands. '…,' Mr Okafor said")."""
    written = text[cand.speaker.start : cand.speaker.end].split()
    if cand.speaker.key == sp.key or len(written) < 2 or not _first_name(written[0]):
        return sp
    if len(sp.name.split()) < 2:
        return sp  # the linker kept the bare name from every full name ("her mother, Ms. X")
    between = text[cand.speaker.end : sp.start]
    if len([ln for ln in between.split("\n")[1:] if ln.strip()]) > 1:
        return sp  # farther back: the linker's choice stands
    return replace(cand.speaker, start=sp.start, end=sp.end)


def _first_name(word: str) -> bool:
    """A word before a surname that can be a first name: not a title ("Sheriff Lombardo")."""
    low = word.lower().rstrip(".")
    return word[:1].isupper() and low not in NOT_FIRST_NAMES and low not in ROLE_NOUNS
