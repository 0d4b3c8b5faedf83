"""Things NER listed as people or organisations that ``who_kinds.made_thing`` does not see by a
description or a version mark, told apart by how the pages write them:

- a "person" opened by a word in lower case that is no name particle ("golden Statue" of "a
  large golden Statue from her parents"): NER ran a common adjective into a capitalised noun;
  a name particle ("van", "de") opens real names;
- a "person" every mention of which is counted or owned like a thing ("her Orsa Blade,",
  "a Tom Vale"): people are not had;
- an "organisation" each mention of which an owner's possessive holds or which modifies a
  product noun, at least once the latter, and which never acts nor owns anything ("Acme's
  Vela Launch System rocket", "Acme's Vela Launch System."): the owner's product;
- a quoted "organisation" whose own name ends in a product noun ("Vela Roadster", "Orsa
  Rocket"): the spelling says it is a thing, though a page credited a quote to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from storyline.lexicon import NAME_PARTICLES
from storyline.lexicon.nouns import ORG_HEADS, PRODUCT_NOUNS
from storyline.model import EntityProfile
from storyline.synthesize.who_kinds import (
    NOT_PRODUCT_ENDS,
    OWNS_AFTER,
    THING_AFTER,
    THING_BEFORE,
    WORD,
    modifies_product,
    short_plain_name,
)

# Right before a name, an owner's possessive and at most two modifiers ("NASA's", "Acme’s
# new", "Ana's own"): the name is held by someone.
OWNED_BEFORE = re.compile(r"[A-Z][\w.&-]*['’]s(?:\s+[a-z][\w-]*){0,2}\s+[\"“‘]?$")


def thing_named(
    prof: EntityProfile, texts: dict[str, str], acts: Callable[[], bool], quoted: bool
) -> bool:
    """The profile names a thing, not an actor (see the module doc); ``acts`` tells whether a
    mention is the subject of a speech or action verb, ``quoted`` whether a page credits a
    quote to the name."""
    if prof.label == "PERSON":
        return not quoted and (lower_opened(prof.name) or had_like_a_thing(prof, texts))
    if prof.label != "ORG":
        return False
    if quoted:
        return product_ending(prof.name)
    return owned_product(prof, texts) and not acts()


def lower_opened(name: str) -> bool:
    """The name opens with a word all in lower case that no personal name opens with."""
    words = name.split()
    first = words[0] if words else ""
    return len(words) >= 2 and first.isalpha() and first.islower() and first not in NAME_PARTICLES


def had_like_a_thing(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """Every mention is counted or owned like a thing, heading its phrase ("her Orsa Blade,")."""
    for c in prof.citations:
        text = texts.get(c.doc_id, "")
        before, after = text[max(0, c.start - 60) : c.start], text[c.end : c.end + 20]
        if not (THING_BEFORE.search(before) and THING_AFTER.match(after)):
            return False
    return bool(prof.citations)


def owned_product(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """Each mention is held by an owner's possessive or modifies a product noun, at least one
    the latter, and none owns anything ("Acme's Vela Launch System rocket")."""
    if not short_plain_name(prof.name, 3):
        return False
    modifies = 0
    for c in prof.citations:
        text = texts.get(c.doc_id, "")
        after = text[c.end : c.end + 40]
        if OWNS_AFTER.match(after):
            return False
        if modifies_product(after):
            modifies += 1
        elif not OWNED_BEFORE.search(text[max(0, c.start - 40) : c.start]):
            return False
    return modifies > 0


def product_ending(name: str) -> bool:
    """A name of two words or more, capitalised, ending in a product noun ("Vela Roadster")
    and holding no organisation's noun ("Vela Rocket Company")."""
    words = WORD.findall(name)
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and not {w.lower() for w in words} & ORG_HEADS
        and words[-1].lower() in PRODUCT_NOUNS - NOT_PRODUCT_ENDS
    )
