"""A descriptive second reference to one person the story described so ("the gun control
advocate" after "Marta Quill, a gun control advocate,"; "the league leader" after "Harbor League
Secretary-General Ilse Varga"), when no role of the context has the noun itself.

Only when exactly one person of the story so far carries a matching description: with two, or
with one the entity list missed, the words may be anyone's, and a wrong name is worse than none.
Used by ``storyline.analyze.speakers``; a pure function of the parse and the candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from storyline.analyze.nlp import lemma_of
from storyline.analyze.speaker_names import Speaker, anonymous_person, role_noun
from storyline.analyze.speaker_pool import Candidate
from storyline.lexicon.nouns import RELATIONS

# Head nouns that say only that someone leads ("the UN leader"): the description must name the
# body and a title of its head, not repeat the noun.
_LEADER_NOUNS = frozenset({"leader", "chief", "head", "boss"})
_HEAD_TITLES = re.compile(
    r"\b(?:leader|chief|head|secretary[- ]general|president|chair(?:man|woman|person)?|"
    r"director(?:[- ]general)?|commissioner|prime minister|premier|ceo|governor|mayor)\b"
)


def _words(subject: Token) -> list[str]:
    """The describing words and the noun: "the gun control advocate" → gun, control, advocate."""
    doc = subject.doc
    return [
        t.lower_
        for t in doc[subject.left_edge.i : subject.i + 1]
        if t.pos_ not in ("DET", "PUNCT") and t.tag_ != "PRP$"
    ]


def _matches(description: str, need: list[str], leader: bool) -> bool:
    """ "a gun control advocate" for "the gun control advocate" (the words in order, ending the
    description or before its "of"/"for"); the body and a head's title for "the UN leader".
    A description that holds someone else's ("X's spokesman") describes no one by its words,
    unless it is kin or counsel ("the hiker's sister": who is the sister is what it says)."""
    desc = description.lower().strip(" ,.")
    if ("'s " in desc or "’s " in desc) and need[-1] not in RELATIONS:
        return False  # but "the hiker's sister, Maria Brandl": "the sister" is Maria
    if leader:
        return bool(_HEAD_TITLES.search(desc)) and all(
            re.search(rf"\b{re.escape(w)}\b", desc) for w in need
        )
    phrase = r"\s+".join(re.escape(w) for w in need)
    return (
        re.search(rf"\b{phrase}(?:$|,|\s+(?:of|for|at|in|with|from|on|based)\b)", desc) is not None
    )


def described_person(subject: Token, unnamed: Speaker, pool: list[Candidate]) -> Speaker | None:
    """The one person before ``subject`` whose description matches its words, as the speaker
    in place of ``unnamed`` (the words as written); None when not exactly one."""
    if _another(subject):
        return None  # "said another fan" after "said one fan, Joe Marsh": someone else
    person = unnamed.label == "NONE"  # a person the text does not name
    if not (person or role_noun(subject) or anonymous_person(subject)):
        return None  # "the oil company": a body, the organisation rules' case
    words = _words(subject)
    if len(words) < 2 and role_noun(subject):
        return None  # "the judge": the role's own rule, not a description
    # "the brother" after "another brother, Emil Danner,": a kin or other noun no office rule
    # reads is a description of one word
    leader = lemma_of(subject) in _LEADER_NOUNS
    need = words[:-1] if leader else words
    found: dict[str, Candidate] = {}
    for cand in pool:
        sp = cand.speaker
        if cand.pos >= subject.idx or cand.kind != "PERSON" or not sp.key or not sp.description:
            continue
        if _matches(sp.description, need, leader):
            found[sp.key] = cand
    if len(found) > 1:  # two brothers: the one this paragraph (or the one before) names
        found = _nearest(found, pool, subject.doc.text, subject.idx)
    if len(found) != 1:
        return None
    one = next(iter(found.values())).speaker
    written = unnamed.description or unnamed.name or None
    return replace(one, description=written, start=unnamed.start, end=unnamed.end)


def _another(subject: Token) -> bool:
    """ "another fan", "a second witness", "other relatives": not the one described before."""
    return any(
        c.lower_ in ("another", "other", "second") and c.dep_ in ("det", "amod")
        for c in subject.children
    )


def _nearest(
    found: dict[str, Candidate], pool: list[Candidate], text: str, pos: int
) -> dict[str, Candidate]:
    """Of several people described alike, those named in the paragraph of ``pos`` before it;
    when it names none of them, the one the paragraph before already called so ("The brother
    told KTV ...": a second reference resolved there, not only a name described alike)."""
    here = text.rfind("\n", 0, pos) + 1
    back = here - 1
    while back > 0 and not text[text.rfind("\n", 0, back) + 1 : back].strip():
        back = text.rfind("\n", 0, back)
    before = text.rfind("\n", 0, max(back, 0)) + 1
    for start, end, again in ((here, pos, False), (before, here, True)):
        named = {c.speaker.key for c in pool if start <= c.pos < end and (not again or _the(c))}
        near = {k: c for k, c in found.items() if k in named}
        if near:
            return near
    return {}


def _the(cand: Candidate) -> bool:
    return (cand.speaker.description or "").lower().startswith("the ")
