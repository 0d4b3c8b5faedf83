"""The person behind an owner's relative or lawyer, named on another page of the story.

A page that writes "Her father said ..." gets the speaker "Ana Ruiz's father" from the analyzer
(the possessive's owner, resolved on that page); another page of the story names him: "Her father
Tom Ruiz said ...", "Ruiz's lawyer Eva Lind told reporters ...". The brief should name the source,
so the description becomes the one person the story's pages introduce by that noun for that owner.
Only relatives and counsel count (``HOLDER_NOUNS``): nouns of which a reader expects the same
person on every page. Where the pages name two different holders, or none, the description stays.
An unnamed spokesperson or representative is no holder's case: it speaks for its principal ("A
representative for Ruiz" is Ruiz's words: ``storyline.synthesize.quotes``, and "her spokeswoman
said" hers: ``storyline.analyze.speaker_principal``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from storyline.lexicon.nouns import RELATIONS
from storyline.lexicon.pronouns import OWN_GENDER
from storyline.model import Analysis, Document, EntityProfile, Quote

# Kin and counsel ("her father", "his lawyer").
HOLDER_NOUNS = RELATIONS

# "Ana Ruiz's father", "her longtime lawyer", "their lawyer"
_OWNED = re.compile(
    r"^(?:(?P<pron>(?i:his|her|their))|(?P<owner>.+?)['’]s)\s+(?:[\w-]+\s+)*?(?P<noun>\w+)$"
)
# "A lawyer for Ana Ruiz", "the father of Ana Ruiz"
_FOR = re.compile(
    r"^(?:(?i:an?|the|one)\s+)?(?:[\w-]+\s+)*?(?P<noun>\w+)\s+(?:for|of)\s+(?P<owner>.+)$"
)


@dataclass(frozen=True)
class Holder:
    """A named speaker a page describes as someone's relative or lawyer."""

    person: EntityProfile
    noun: str
    owner: EntityProfile | None  # named on the page ("Ruiz's lawyer"); None for "her lawyer"
    pronoun: str  # "his", "her", "their" when the page owns the noun by a pronoun
    # whom such a pronoun may stand for: the page's most named person and the people named in
    # the holder's own paragraph (keys of profiles)
    near: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Described:
    """How a description speaker reads: whose what, and the pronoun its page wrote, if any."""

    owner: EntityProfile
    noun: str
    pronoun: str


def _parse(description: str) -> tuple[str, str, str] | None:
    """(owner, noun, pronoun) of a relative's or lawyer's description, else None."""
    text = " ".join(description.split())
    m = _OWNED.match(text) or _FOR.match(text)
    if m is None or m.group("noun").lower() not in HOLDER_NOUNS:
        return None
    pron = m.groupdict().get("pron") or ""
    return m.group("owner") or "", m.group("noun").lower(), pron.lower()


def holders(
    docs: list[Document],
    analyses: dict[str, Analysis],
    index: dict[tuple[str, str], EntityProfile],
    by_alias: dict[str, EntityProfile],
) -> list[Holder]:
    """Every named speaker the story's pages describe by a holder noun ("Her father Tom Ruiz")."""
    out = []
    for doc in docs:
        analysis = analyses.get(doc.id)
        if analysis is None:
            continue
        for q in analysis.quotes:
            person = index.get((doc.id, q.speaker_key)) if q.speaker_key else None
            parsed = _parse(q.speaker_description or "")
            # NER may call "Her father Tomas" an organisation: the kin noun says who he is
            if person is None or person.label not in ("PERSON", "ORG") or parsed is None:
                continue
            owner_name, noun, pron = parsed
            owner = by_alias.get(owner_name.lower()) if owner_name else None
            if owner_name and owner is None:
                continue  # an owner the story does not know: no telling whose it is
            at = q.speaker_start if q.speaker_start is not None else q.start
            near = _near(doc, analysis, index, at) if pron else frozenset()
            out.append(Holder(person, noun, owner, pron, near))
    return out


def _near(
    doc: Document, analysis: Analysis, index: dict[tuple[str, str], EntityProfile], at: int
) -> frozenset[str]:
    """The people a possessive at ``at`` may stand for: those named in its paragraph, and the
    person the page names most ("Her father Tomas said" in a paragraph that says only "she")."""
    first = doc.text.rfind("\n", 0, at) + 1
    last = doc.text.find("\n", at)
    last = len(doc.text) if last < 0 else last
    counts: Counter[str] = Counter()
    here = set()
    for ent in analysis.entities:
        prof = index.get((doc.id, ent.key))
        if prof is None or prof.label != "PERSON":
            continue
        counts[prof.key] += len(ent.mentions)
        if any(first <= m.start < last for m in ent.mentions):
            here.add(prof.key)
    most = max(counts.values(), default=0)
    top = [k for k, n in counts.items() if n == most]
    return frozenset(here | set(top if len(top) == 1 else []))


def described(doc: Document, q: Quote, by_alias: dict[str, EntityProfile]) -> Described | None:
    """The owner and noun of an unnamed speaker's description ("Ana Ruiz's father"), with the
    pronoun the page itself wrote ("Her father said") when the analyzer resolved one."""
    parsed = _parse(q.speaker or "")
    if parsed is None or not parsed[0]:
        return None
    owner = by_alias.get(parsed[0].lower())
    if owner is None:
        return None
    pron = ""
    if q.speaker_start is not None and q.speaker_end is not None:
        first = doc.text[q.speaker_start : q.speaker_end].split()[:1]
        pron = first[0].lower() if first else ""
    return Described(owner, parsed[1], pron)


def named_holder(want: Described, found: list[Holder]) -> EntityProfile | None:
    """The one person the story's pages introduce as ``want``'s owner's noun: by the owner's name
    where some page names it ("Ruiz's lawyer"), else by a pronoun that may stand for the owner
    ("her lawyer" beside Ruiz, and "her", not "his", when the description's page wrote one)."""
    same = [h for h in found if h.noun == want.noun and h.person.key != want.owner.key]
    named = {
        h.person.key: h.person
        for h in same
        if h.owner is not None and h.owner.key == want.owner.key
    }
    if not named:
        named = {
            h.person.key: h.person
            for h in same
            if h.owner is None
            and want.owner.key in h.near
            and not _other_sex(want.pronoun, h.pronoun)
        }
    return next(iter(named.values())) if len(named) == 1 else None


def _other_sex(a: str, b: str) -> bool:
    """ "his" on one page and "her" on the other: two owners, whoever the analyzer chose."""
    return a in OWN_GENDER and b in OWN_GENDER and OWN_GENDER[a] != OWN_GENDER[b]
