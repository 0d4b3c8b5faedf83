"""Which of two relatives sharing a surname a page means by "the younger Vale" or "the elder
Vale" (used by ``storyline.analyze.entity_links``): the generation each full name was given
by a kin noun ("his son, Lukas Vale"; "Tom Vale, the boy's father") or an age ("Lukas Vale,
34,")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from storyline.analyze.entity_spans import NameSpan
from storyline.lexicon.nouns import CHILD_NOUNS, PARENT_NOUNS

# "the younger Vale", "the elder Vale", "the older Vale"
_COMPARED = {"younger": "younger", "elder": "elder", "older": "elder"}

# ", 34," or ", 34." right after a name
_AGE = re.compile(r"^\s*,\s*(\d{1,3})\s*(?:[,);]|\.(?:\s|$))")


def compared(sdoc: Doc, span: NameSpan) -> str:
    """ "younger", "elder" or "": the comparative right before a bare name."""
    prev = sdoc[span.start - 1].lower_ if span.start > 0 else ""
    return _COMPARED.get(prev, "")


def _age(sdoc: Doc, span: NameSpan) -> int | None:
    after = sdoc[span.end - 1].whitespace_ + sdoc[span.end : min(len(sdoc), span.end + 4)].text
    m = _AGE.match(after)
    return int(m.group(1)) if m else None


def _kin(sdoc: Doc, span: NameSpan) -> str:
    """ "child", "parent" or "": the kin noun just before a full name ("his son, Lukas Vale")
    or apposed after it ("Tom Vale, the boy's father")."""
    before = [t for t in sdoc[max(0, span.start - 3) : span.start] if not t.is_punct]
    nouns = [before[-1]] if before else []
    nouns += [
        t
        for t in sdoc[span.end : min(len(sdoc), span.end + 8)]
        if t.dep_ == "appos" and span.start <= t.head.i < span.end
    ]
    for tok in nouns:
        lemma = tok.lemma_.lower()
        if lemma in CHILD_NOUNS:
            return "child"
        if lemma in PARENT_NOUNS:
            return "parent"
    return ""


def by_generation(sdoc: Doc, cue: str, people: dict[tuple, list[NameSpan]]) -> tuple | None:
    """The one of ``people`` (entity key -> its full-name spans) that ``cue`` ("younger" or
    "elder") picks: by the ages the page gives all of them, else by the one kin noun that set
    a child (or a parent) apart from the other of two; None when the page does not say."""
    full = {k: [s for s in spans if s.end - s.start > 1] for k, spans in people.items()}
    ages = {
        k: next((a for s in v if (a := _age(sdoc, s)) is not None), None) for k, v in full.items()
    }
    if len(ages) > 1 and all(a is not None for a in ages.values()):
        pick = min if cue == "younger" else max
        return pick(ages, key=lambda k: ages[k] or 0)
    kin = {k: next((r for s in v if (r := _kin(sdoc, s))), "") for k, v in full.items()}
    want = "child" if cue == "younger" else "parent"
    other = "parent" if want == "child" else "child"
    marked = [k for k, r in kin.items() if r == want]
    if len(marked) == 1:
        return marked[0]
    opposite = [k for k, r in kin.items() if r == other]
    if len(opposite) == 1 and len(kin) == 2:
        return next(k for k in kin if k != opposite[0])
    return None


def contradicts(sdoc: Doc, cue: str, spans: list[NameSpan]) -> bool:
    """The one full name of that surname was given the other generation ("his father, Tom
    Vale" then "the younger Vale"): the bare name is a relative the page names no further."""
    kin = next((r for s in spans if s.end - s.start > 1 and (r := _kin(sdoc, s))), "")
    return (cue == "younger" and kin == "parent") or (cue == "elder" and kin == "child")
