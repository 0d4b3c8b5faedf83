"""A named thing given as a speaker: a rocket, a car, a phone, a song. Words a page gives to
"the company", "it" or "he" resolve to what the paragraph is about, and NER often tags a
product an organisation ("the Vela Heavy", "her Orsa Roadster"): the page's firm-noun or pronoun
then lands on the thing. A thing does not speak. The story's pages decide what a name is (the
who's who's own test, ``storyline.synthesize.who_kinds.made_thing``, over every page); such a
quote keeps the words its page wrote for the speaker ("The company") or, for a pronoun or the
thing's own name, no speaker.
"""

from __future__ import annotations

from storyline.lexicon.pronouns import PRONOUN_GENDER
from storyline.model import Document, EntityProfile, Quote
from storyline.synthesize.who import _acts, role_head
from storyline.synthesize.who_kinds import made_thing

PRONOUNS = frozenset(PRONOUN_GENDER) | {"it", "they", "one"}


class Things:
    """Which speakers' profiles name things, each decided once per brief."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts
        self.seen: dict[str, bool] = {}

    def __call__(self, prof: EntityProfile) -> bool:
        if prof.key not in self.seen:
            self.seen[prof.key] = is_thing(prof, self.texts)
        return self.seen[prof.key]


def is_thing(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """The profile names a made thing by the story's pages, not an actor."""
    if prof.label not in ("PERSON", "ORG"):
        return False  # a place speaks as its state ("Ostland said")
    heads = [role_head(r) for r in prof.roles]
    return made_thing(prof, heads, texts, lambda: any(_acts(c, texts) for c in prof.citations))


def written_speaker(doc: Document, q: Quote, thing: EntityProfile) -> str | None:
    """What the page wrote for the speaker when that is no pronoun and not the thing's own
    name ("The company says"), else None: no one."""
    if q.speaker_start is None or q.speaker_end is None:
        return None
    words = " ".join(doc.text[q.speaker_start : q.speaker_end].split())
    names = {n.lower() for n in (thing.name, *thing.aliases)}
    low = words.lower()
    if not words or low in PRONOUNS or any(n in low for n in names):
        return None
    return words[:1].upper() + words[1:]
