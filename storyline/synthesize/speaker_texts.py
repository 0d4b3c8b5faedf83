"""A text's unnamed author as the speaker: "A follow-up message from the government" speaks
for the government, as "a statement from the ministry" does for the ministry. Only an owner
written as "the" and a body noun ("the government", "the regional police"): a name is the
who's who's to resolve (``storyline.synthesize.quotes``), and "a letter from a neighbour" is
no body."""

from __future__ import annotations

import re

from storyline.lexicon.nouns import ORGANISATIONS, TEXTS

_TEXT_FROM = re.compile(
    r"^(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}?(?P<text>[a-z-]+)\s+(?:from|by)\s+"
    r"(?P<owner>the(?:\s+[a-z-]+){1,3})$"
)


def text_author(speaker: str) -> str | None:
    """ "The government" for "A follow-up message from the government"; None when the speaker
    is no text of an unnamed body."""
    written = speaker.strip()
    m = _TEXT_FROM.match(written[:1].lower() + written[1:])
    if m is None or m.group("text") not in TEXTS:
        return None
    owner = m.group("owner")
    if owner.split()[-1] not in ORGANISATIONS:
        return None
    return owner[:1].upper() + owner[1:]
