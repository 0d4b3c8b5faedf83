"""Organisations NER called people, told by how the story uses the name: a company or a union
whose name has no corporate word ("Nordhavn Terminals", "Finansforbundet Vest") is set beside
a noun for a body ("their union, Transportarbeidere Nord,"), owned ("a rival owned by the
city"), led or joined ("who leads Transportarbeidere Nord", "members of ...", "X, led by Y"),
followed by its kind or its members ("the Finansforbundet Vest union", "the Harkat al-Wasi
group", "Harkat al-Wasi fighters"), by "which" (a person is "who"), or the subject of a verb
whose clause then says "its" ("Nordhavn Terminals said ... two of its five terminals"). The
first tag of the small model is no evidence against such uses; a person's evidence (a title, a
relation, a role only a person has) is.
"""

from __future__ import annotations

import re
from collections import Counter

from storyline.lexicon import ACTOR_VERB_FORMS
from storyline.lexicon.nouns import ORGANISATIONS, PERSON_NOUNS
from storyline.model import Citation, EntityProfile
from storyline.names import initials

# Bodies that no one person is: "household" and "family" are people's, "operator",
# "producer" and the like a trade a person has too ("the camera operator, Ana Ruiz").
_BODY_NOUNS = (
    ORGANISATIONS
    - PERSON_NOUNS
    - frozenset(
        "family household operator producer maker provider supplier campaign state country nation"
        " team".split()
    )
)
_BODY = "(?:" + "|".join(sorted(_BODY_NOUNS)) + ")"
# "their union, Transportarbeidere Nord," / "The union representing bank staff, X,": the
# phrase opens a sentence or a clause.
_APPOSED_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\n|,\s+)(?:an?|the|its|their|our)\s+(?:[\w’'-]+\s+){0,1}?"
    + _BODY
    + r"(?:\s+(?:representing|owned|based|run)\b[^,.;:\n]{0,40})?,\s+$",
    re.IGNORECASE,
)
# "X, the dockworkers' union," / "X, a smaller rival owned by the city,".
_APPOSED_AFTER = re.compile(
    r"^,\s+(?:an?|the|its)\s+(?:(?:[\w’'-]+\s+){0,2}?"
    + _BODY
    + r"\b|[^,.;:\n]{0,40}?\bowned by\b)",
    re.IGNORECASE,
)
# "who leads X", "members of X", "staff at X": a body led, joined or worked at.
_LED_BEFORE = re.compile(
    r"\b(?:leads|led|heads|headed|runs|chairs|joined|members\s+of|leader\s+of|head\s+of"
    r"|workers\s+at|staff\s+at|employees\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_KIND_AFTER = re.compile(
    r"^\s+(?:union|company|federation|association|firm|group|movement|faction"
    r"|fighters|militants|insurgents)\b"
)
# "X, which calls itself ...", "X, led by Abu Y": a person is "who", and leads, not led.
_GROUP_AFTER = re.compile(r"^,\s+(?:which\b|(?:led|founded|headed)\s+by\b)")
# "skittish around Vale, which was a problem": a "which" that says what the whole clause was
# (a problem, a surprise) or meant is about the clause, not the name before it. "Harkat, which
# is a militant group" still names a body: the noun is one.
_CLAUSE_WHICH = re.compile(
    r"^,\s+which\s+(?:(?:was|is|would be|has been)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+)?([\w’'-]+)"
    r"|meant|means|made\s+it)\b",
    re.IGNORECASE,
)
# The subject of a statement whose clause goes on about "its" members, terminals or offer.
_ITS_AFTER = re.compile(
    r"^,?\s+(?:" + "|".join(sorted(ACTOR_VERB_FORMS)) + r"|agreed)\b([^.;:!?\"“”\n]{0,80}?)\bits\b"
)


def used_as_body(prof: EntityProfile, texts: dict[str, str], heads: list[str]) -> bool:
    """A "person" the story uses as an organisation and never as a person. ``heads``: the
    heads of its roles (``who.role_head``); one only a person has vetoes."""
    if set(heads) & PERSON_NOUNS:
        return False
    return any(_body_use(texts.get(c.doc_id, ""), c) for c in prof.citations)


def _body_use(text: str, c: Citation) -> bool:
    before, after = text[max(0, c.start - 80) : c.start], text[c.end : c.end + 120]
    owner = after[:2] in ("'s", "’s")  # "members of Tamar's family": the owner is not led
    if not owner and (_APPOSED_BEFORE.search(before) or _LED_BEFORE.search(before)):
        return True
    if _APPOSED_AFTER.match(after) or _KIND_AFTER.match(after):
        return True
    if _GROUP_AFTER.match(after) and not _about_the_clause(after):
        return True
    its = _ITS_AFTER.match(after)
    # no other name nor a body's noun between: "its" is then the subject's
    return its is not None and not _other_owner(its.group(1))


def _about_the_clause(after: str) -> bool:
    m = _CLAUSE_WHICH.match(after)
    if m is None:
        return False
    noun = m.group(1)
    return noun is None or noun.lower() not in ORGANISATIONS


def _other_owner(gap: str) -> bool:
    words = re.findall(r"[\w’'-]+", gap)
    return any(w[:1].isupper() or w.lower() in ORGANISATIONS for w in words)


def without_place_aliases(prof: EntityProfile, places: Counter[str]) -> EntityProfile:
    """An organisation named after its town ("Kessport Water") without the town's bare name
    as an alias: where the story also tags that word as a place, a page that wrote it alone
    meant the town ("fish exports from Kolvik"), not the body. The name's initials stay: the
    recogniser also tags an outlet's short form as a place ("he told ST", The Straits Times)."""
    short = initials(prof.name.split())
    kept = [
        a
        for a in prof.aliases
        if " " in a.strip() or a not in places or a.replace(".", "") == short  # "ST" as a GPE
    ]
    return prof if kept == prof.aliases else prof.model_copy(update={"aliases": kept})
