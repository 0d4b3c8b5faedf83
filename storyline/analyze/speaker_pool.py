"""The people and bodies a pronoun may stand for, beyond the page's entity list: people a
sentence brings in without a name ("One man ..."), a first name NER left out ("Kartik and his
family ..."), an unnamed body that is a sentence's subject ("The military said ... what it
said"), the person a sentence made a role's holder ("Vasker was named MVP" before "the MVP
said"). Used by ``storyline.analyze.speakers``; a pure function of the parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from storyline.analyze.nlp import dep_at, pos_at
from storyline.analyze.speaker_names import (
    EntityIndex,
    Speaker,
    anonymous_key,
    lemma_of,
    person_head,
)
from storyline.clean.leads import lead_end
from storyline.lexicon import CALENDAR_WORDS, SPEAKER_TITLES
from storyline.lexicon.nouns import ANONYMOUS_PEOPLE, ORGANISATIONS, noun_gender


@dataclass
class Candidate:
    """A name a later pronoun or role may stand for: ``main`` when it is the subject of its
    sentence's main verb or of a speech cue (what the paragraph is about)."""

    pos: int
    speaker: Speaker
    kind: str  # PERSON, ORG, PLACE
    main: bool
    gender: str = ""
    subject: bool = True  # the subject of some clause


def in_dateline(text: str, start: int) -> bool:
    """A name in a paragraph's dateline ("BELMIR, March 3 (GNA) -") is page furniture, no one
    a later "it" or "its" stands for."""
    para = text.rfind("\n", 0, start) + 1
    if start - para > 60:
        return False  # datelines are short: most names are past one
    stop = text.find("\n", start)
    return start < lead_end(text, para, len(text) if stop < 0 else stop)


def titled(text: str, start: int, end: int) -> bool:
    """A name that is all of a quoted title (“Kill Anna,” the film): no one who speaks."""
    before, after = text[start - 1 : start], text[end : end + 2].lstrip(",.")[:1]
    return start > 0 and bool(before) and bool(after) and before in _OPENING and after in _CLOSING


_OPENING = "“\"‘'"
_CLOSING = "”\"’'"


def in_quotes(text: str, pos: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in a quote found on the page; in a paragraph where none was
    found, whether an opening quotation mark of the paragraph is still open at ``pos``.
    Pages that run several paragraphs of quotes into one line open each with a mark they
    never close: there the marks' count says nothing, the quotes found do."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    b = len(text) if b < 0 else b
    here = [(s, e) for s, e in quoted if s < b and a < e]
    if here:
        return any(s <= pos < e for s, e in here)
    line = text[a:pos]
    curly = line.count("“") + line.count("«") - line.count("”") - line.count("»")
    return curly > 0 or line.count('"') % 2 == 1 or _single_open(line)


# A paragraph opened by a single quotation mark before a capital ("'Payload will be ...", the
# way some papers quote, each paragraph of a long quote opened and only the last one closed).
_SINGLE_OPENING = re.compile(r"^\s*['‘][A-Z]")
# A single mark that closes: after a letter or punctuation, before a space, punctuation or the
# end ("... on ascent.' He said"); not an apostrophe inside a word ("Musk's").
_SINGLE_CLOSING = re.compile(r"[\w.,!?]['’](?=[\s,.;:!?)]|$)")


def _single_open(line: str) -> bool:
    """The paragraph opens with a single quotation mark not closed yet: quoted words."""
    return bool(_SINGLE_OPENING.match(line)) and not _SINGLE_CLOSING.search(line)


def unnamed_people(
    sdoc: Doc, text: str, quoted: list[tuple[int, int]], described: frozenset[str] = frozenset()
) -> list[Candidate]:
    """People a sentence brings in without a name, as its main subject: "An officer on the
    scene sounds the alarm", "One woman ran", "The group's leader appeared in a video" (unless
    a named person was described by that noun before: ``described``). A "he"/"she" after them
    is that person, not someone named paragraphs before; the quote stays unattributed."""
    out = []
    for tok in (sdoc[i] for i in dep_at(sdoc, ("nsubj",))):
        if tok.head.dep_ != "ROOT" or tok.pos_ != "NOUN":
            continue
        det = next((c for c in tok.children if c.dep_ in ("det", "nummod")), None)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        of_a_body = owner is not None and owner.pos_ == "NOUN" and tok.lower_ not in described
        if not of_a_body and (det is None or det.lower_ not in ("a", "an", "one", "another")):
            continue
        if not person_head(tok) or in_quotes(text, tok.idx, quoted):
            continue
        if any(
            c.dep_ == "appos"
            or (c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "with"))
            or (c.dep_ == "acl" and c.lemma_.lower() in ("name", "call"))
            for c in tok.children
        ):
            continue  # "a witness, Ana Ruiz,", "a student named Ana Ruiz", "a spokesman for Acme"
        desc = tok.doc[tok.left_edge.i : tok.i + 1].text
        speaker = Speaker("", None, desc, tok.idx, tok.idx + len(tok), "NONE")
        out.append(Candidate(tok.idx, speaker, "PERSON", True, noun_gender(lemma_of(tok))))
    return out


def unlisted_people(
    sdoc: Doc, text: str, index: EntityIndex, quoted: list[tuple[int, int]]
) -> list[Candidate]:
    """A lone first name NER left out, as a sentence's main subject ("Kartik and his family
    managed to escape. He said: ..."): the person a "he" after it stands for, not someone
    named paragraphs before."""
    out = []
    for tok in (sdoc[i] for i in pos_at(sdoc, ("PROPN",))):
        # the parser may hang an opening subject's verb on a later one ("Kartik and his
        # family managed to escape, get their car ..."): it still opens its sentence
        subject = tok.dep_ == "nsubj" and (tok.head.dep_ == "ROOT" or _opens(tok))
        if not (subject or _opens_run_on(tok)):
            continue
        if tok.ent_type_ not in ("", "PERSON") or not tok.text.istitle() or len(tok.text) < 3:
            continue
        if any(c.dep_ in ("compound", "flat", "det", "poss") for c in tok.children):
            continue  # a longer name, or "the Kremlin": the entity list speaks for those
        if index.at(tok.idx, tok.idx + len(tok)) is not None or in_quotes(text, tok.idx, quoted):
            continue
        if person_head(tok) or lemma_of(tok) in NOT_FIRST_NAMES:
            continue
        speaker = Speaker(tok.text, None, None, tok.idx, tok.idx + len(tok), "PERSON")
        out.append(Candidate(tok.idx, speaker, "PERSON", True))
    return out


def _opens_run_on(tok: Token) -> bool:
    """The first word of a paragraph that the parser hung on the paragraph before (it ran
    the two on as one sentence): it is what its own sentence is about."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and "\n" in prev.text and tok.head.i < tok.i


# Capitalised words that open a sentence as its subject but name no one.
NOT_FIRST_NAMES = CALENDAR_WORDS | SPEAKER_TITLES


def unnamed_bodies(sdoc: Doc, text: str, quoted: list[tuple[int, int]]) -> list[Candidate]:
    """A body a sentence is about without naming it ("The military confirmed ... what it
    said"): what an "it" after it stands for, not a person named before."""
    out = []
    for tok in (sdoc[i] for i in dep_at(sdoc, ("nsubj",))):
        if tok.pos_ != "NOUN" or not _opens(tok.left_edge):
            continue  # the subject that opens its sentence, whatever the parse made the verb
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the" or tok.tag_ != "NN":
            continue
        if lemma_of(tok) not in ORGANISATIONS or in_quotes(text, tok.idx, quoted):
            continue
        phrase = sdoc[tok.left_edge.i : tok.i + 1]
        speaker = Speaker(phrase.text, anonymous_key(tok, phrase), None, tok.idx, tok.idx, "ANON")
        out.append(Candidate(tok.idx, speaker, "BODY", True))
    return out


def _opens(tok: Token) -> bool:
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is None or prev.text in (".", "!", "?") or "\n" in prev.text


def sole_commentator(noun: str, text: str, window: list[tuple[int, Candidate]]) -> Candidate | None:
    """ "the expert concluded" after paragraphs about one described person ("Lars Odegaard,
    a board member of a policy institute, believes ... Odegaard said"): that person, when no
    one else, named or not, is what this and the two paragraphs before are about. Only for nouns
    of comment (an expert, an official), never an office ("the mayor" may be someone new),
    nor after a person described as a bystander ("a resident")."""
    if noun not in COMMENTATORS:
        return None
    people = [c for d, c in window if d <= 2 and c.kind == "PERSON" and c.main]
    names = {c.speaker.key or c.speaker.name for c in people}
    if len(names) != 1 or not people[-1].speaker.name:
        return None
    same = [c for _, c in window if (c.speaker.key or c.speaker.name) in names]
    described = [c.speaker.description for c in same if c.speaker.description]
    if not described and not any(_DOCTOR.search(text, 0, c.pos) for c in people):
        return None  # "Dr Lena Voss ... the scientist said": the title describes her
    words = set(re.findall(r"[a-z]+", " ".join(described).lower()))
    return None if words & ANONYMOUS_PEOPLE else people[-1]


_DOCTOR = re.compile(r"\b(?:Dr|Prof|Professor)\.?\s+$")
# Role nouns a writer uses for someone quoted for their knowledge or post, whom "the expert
# said" stands for when the context is about one such person.
COMMENTATORS = frozenset(
    "expert analyst scientist researcher specialist economist scholar academic professor "
    "historian official".split()
)


def told_gender(
    pronoun: str, key: str | None, kind: str, genders: dict[str, str], pool: list[Candidate]
) -> tuple[str, list[Candidate]]:
    """The gender of a listed person a he/she resolved to, and the pool. A "he"/"she" resolved
    to a person of no stated gender gives that person its gender ("Hawke added ... “…,” he
    told me": a later "she says" is not Hawke): ``genders`` and the pool's candidates of that
    person are updated."""
    known = genders.get(key or "", "")
    wanted = {"he": "m", "she": "f"}.get(pronoun.lower(), "")
    if known or not wanted or not key or kind != "PERSON":
        return known, pool
    genders[key] = wanted
    return wanted, [replace(c, gender=wanted) if c.speaker.key == key else c for c in pool]


# Words inside quotation marks: what someone said, not the writer's own account.
_QUOTED_SPAN = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


def unquoted(text: str) -> str:
    """``text`` with quoted words blanked (same length): "As a director, you learn" in a
    quote brings in no unnamed director a later "the director" could be."""
    return _QUOTED_SPAN.sub(lambda m: " " * len(m.group()), text)


def role_given(noun: str, doc: Doc, window: list[tuple[int, Candidate]]) -> Candidate | None:
    """The latest person of the context a sentence made the role's holder: the subject of a
    verb whose complement is the role ("Vasker was named MVP", "Ruiz is the captain"), or a
    name with the role in apposition ("Vasker, the MVP, ...")."""
    for _, cand in reversed(window):
        if cand.kind != "PERSON" or not cand.speaker.name:
            continue
        span = doc.char_span(cand.pos, cand.pos + 1, alignment_mode="expand")
        if span is not None and _holds(span.root, noun):
            return cand
    return None


def _holds(tok: Token, noun: str) -> bool:
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head  # "Tomi" of "Tomi Vasker": the name's head
    roles = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ in ("nsubj", "nsubjpass"):
        roles += [c for c in tok.head.children if c.dep_ in ("oprd", "attr")]
    return any(c.lower_ == noun for c in roles)
