"""A second reference by a describing noun ("the friend told me", "the gun control advocate
wrote") to the one person the paragraph, or the one before it, is about: "Downstairs, Mira
Holt was getting nervous. “It took hours,” the friend told me" is Holt speaking.

Only "the" and a person noun that is no office: "the judge" or "the mayor" may be someone new
whom the text never names, and a wrong name is worse than none. Only when exactly one named
person is what those paragraphs are about, the noun's sex does not contradict that person's,
and the text brought in no unnamed one of that noun before ("a friend said ...").
Used by ``storyline.analyze.speakers``; a pure function of the parse and the candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from storyline.analyze.nlp import lemma_of
from storyline.analyze.speaker_described import described_person
from storyline.analyze.speaker_names import ANONYMOUS_KEY, Speaker
from storyline.analyze.speaker_pool import COMMENTATORS, Candidate
from storyline.lexicon.nouns import PEOPLE, RELATIONS, ROLE_NOUNS, SPOKES_NOUNS, noun_gender
from storyline.lexicon.titles import ROLE_TITLES

# How far back an unnamed one of the same noun ("a friend") rules the epithet out.
_LOOK_BACK = 2500


def epithet_person(
    subject: Token, written: Speaker, pool: list[Candidate], text: str
) -> Speaker | None:
    """The one person ``subject`` ("the friend") stands for, as the speaker in place of
    ``written`` (the words as written); None when the rule does not apply."""
    if written.key and not written.key.startswith(ANONYMOUS_KEY):
        return None
    lemma = lemma_of(subject)
    if not _epithet(subject, lemma) or _unnamed_before(lemma, subject.idx, text):
        return None
    if _described_so(lemma, subject.idx, pool):
        return None  # described people: the description rule's case, two of them no one
    one = _one_about(subject.idx, pool, text)
    if one is None or (_office(lemma) and not _fellow_commentator(lemma, one, pool)):
        return None
    wanted = noun_gender(lemma)
    if wanted and one.gender and wanted != one.gender:
        return None
    phrase = text[written.start : written.end] if written.end > written.start else None
    return replace(
        one.speaker, description=written.description or phrase, start=written.start, end=written.end
    )


def _one_about(pos: int, pool: list[Candidate], text: str) -> Candidate | None:
    """The one named person the paragraph of ``pos`` (before it) is about, else the one the
    paragraph before is about; None when that paragraph is about two or none."""
    here = text.rfind("\n", 0, pos) + 1
    for start, end in ((here, pos), (_previous_paragraph(text, pos), here)):
        about = [c for c in pool if start <= c.pos < end and c.main and _listed(c)]
        if about:
            keys = {c.speaker.key for c in about}
            return about[-1] if len(keys) == 1 else None
    return None


def _described_so(lemma: str, pos: int, pool: list[Candidate]) -> bool:
    """Someone before ``pos`` whose description has the noun ("Ana Ruiz, a gun control
    advocate")."""
    noun = re.compile(rf"\b{re.escape(lemma)}\b")
    return any(c.pos < pos and noun.search((c.speaker.description or "").lower()) for c in pool)


def _listed(cand: Candidate) -> bool:
    """A person of the page's entity list: not a capitalised word the parse alone made a
    subject ("Downstairs, Holt was ...")."""
    key = cand.speaker.key
    return cand.kind == "PERSON" and bool(key) and not str(key).startswith(ANONYMOUS_KEY)


def _epithet(subject: Token, lemma: str) -> bool:
    """ "the friend", "the gun control advocate": "the", a singular person noun, nothing after
    it that says whose or of what ("the director of the agency"), and no office or spokes noun."""
    det = next((c for c in subject.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or subject.tag_ != "NN":
        return False
    if any(c.dep_ in ("prep", "appos", "acl", "relcl", "poss") for c in subject.children):
        return False
    person = lemma in PEOPLE or lemma in ROLE_NOUNS or lemma in RELATIONS
    return person and (not _office(lemma) or lemma in COMMENTATORS)


def _office(lemma: str) -> bool:
    return lemma in ROLE_TITLES or lemma in SPOKES_NOUNS or lemma in COMMENTATORS


def _fellow_commentator(lemma: str, one: Candidate, pool: list[Candidate]) -> bool:
    """ "Tomas Reul, a political scientist ... 'If ...,' the professor said": an expert's second
    reference by another expert noun is the expert the paragraph is about. An office ("the
    mayor") or an expert noun for someone not described as one may be a new person."""
    if lemma not in COMMENTATORS:
        return False
    described = " ".join(
        (c.speaker.description or "").lower() for c in pool if c.speaker.key == one.speaker.key
    )
    return any(word in COMMENTATORS for word in re.findall(r"[a-z]+", described))


def _unnamed_before(lemma: str, pos: int, text: str) -> bool:
    """ "a friend", "one neighbour" before: "the friend" is that unnamed one."""
    before = text[max(0, pos - _LOOK_BACK) : pos].lower()
    return (
        re.search(rf"\b(?:a|an|one)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(lemma)}\b", before)
        is not None
    )


def _previous_paragraph(text: str, pos: int) -> int:
    """Where the paragraph before ``pos``'s own begins (blank lines skipped)."""
    here = text.rfind("\n", 0, pos)
    if here < 0:
        return 0
    prev = here
    while prev > 0 and not text[text.rfind("\n", 0, prev) + 1 : prev].strip():
        prev = text.rfind("\n", 0, prev)
    return text.rfind("\n", 0, prev) + 1 if prev > 0 else 0


def second_reference(subject: Token, written: Speaker, pool: list[Candidate], text: str) -> Speaker:
    """Who a describing noun that names no one stands for: the one person the story described
    so ("the gun control advocate"), else the one person the paragraphs are about ("the
    friend"); else the words as written."""
    if not written.key or written.key.startswith(ANONYMOUS_KEY):
        found = described_person(subject, written, pool)
        if found is not None:
            return found
    return epithet_person(subject, written, pool, text) or written
