"""A bare surname is not the relative a page introduces only after it.

"Brandt said the union would attend … Her deputy, Jonas Brandt, her brother, said …": the
in-page linker may tie the earlier "Brandt" forward to the only full name of that surname on
the page, but a reader takes a bare surname for someone already known (here the union president
other pages name), and a person brought in later as someone's kin ("her brother") is another
speaker. Such a surname is left as written, for the story to resolve
(``synthesize.speaker_surname``).
"""

from __future__ import annotations

import re

from storyline.lexicon.nouns import RELATIONS
from storyline.model import Entity

_KIN_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?P<kin>\w+),?\s*$", re.IGNORECASE)


def forward_relative(entity: Entity, written: str, at: int, text: str) -> bool:
    """``written`` (one word, at char ``at`` of ``text``) was linked to a person whose full
    name the page gives only after it, described there as someone's kin ("Jonas Brandt, her
    brother", "His son, Oskar Falk")."""
    words = written.split()
    if entity.label != "PERSON" or len(words) != 1 or len(entity.name.split()) < 2:
        return False
    full = [m for m in entity.mentions if len(m.text.split()) > 1]
    if not full or min(m.start for m in full) < at:
        return False
    kin = {w.lower().strip(",.") for d in entity.descriptors for w in d.split()}
    first = min(m.start for m in full)
    before = _KIN_BEFORE.search(text[max(0, first - 40) : first])
    return bool(kin & RELATIONS) or (before is not None and before["kin"].lower() in RELATIONS)
