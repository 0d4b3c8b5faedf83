"""Who speaks: the speaker of each quote record, from the parse and the document's entities.

A cue's subject names the speaker (``named``): a person or organisation of the entity list by
its canonical name; a proper name the list missed; or an unnamed source ("a government source",
"officials") kept as written. he/she/it/they are resolved to the nearest preceding compatible
speaker or subject; a quote with no cue of its own continues the previous attribution of its
paragraph, or of the previous paragraph when it opens the paragraph. The role comes from the
apposition ("Nah, a researcher at ...") or the words before the name ("Kremlin spokesman
Dmitry Peskov").

A pure function of the parse and the entity list, like ``storyline.analyze.quotes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from storyline.model import Entity
from storyline.textutil import HONORIFICS

MALE_FEMALE = frozenset({"he", "she", "him", "her"})
GROUP = frozenset({"it", "they", "them"})


@dataclass
class Speaker:
    name: str
    key: str | None
    description: str | None
    start: int
    end: int
    label: str  # PERSON, ORG, GROUP (anonymous plural), ANON, PRON


@dataclass
class Record:
    """A quote before pronouns and continuations are resolved."""

    start: int
    end: int
    kind: str
    line: int
    cue: Token | None = None
    cue_text: str | None = None
    subject: Token | None = None
    speaker: Speaker | None = None
    label: tuple[int, int] | None = None  # "PENCE: ..." in a transcript: the name's offsets
    open_end: bool = False  # a quote left open at the end of its paragraph


# ------------------------------------------------------------------ names


class EntityIndex:
    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self.spans = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions if "\n" not in m.text),
            key=lambda s: (s[0], -s[1]),
        )

    def at(self, start: int, end: int) -> tuple[int, int, Entity] | None:
        """The entity mention overlapping [start, end), preferring people and organisations."""
        hits = [s for s in self.spans if s[0] < end and start < s[1]]
        hits.sort(key=lambda s: (s[2].label not in ("PERSON", "ORG"), s[0] - s[1]))
        return hits[0] if hits else None

    def person(self, name: str) -> Entity | None:
        """The one person this name or surname stands for ("Aoki", "Dr Doo")."""
        low = name.lower()
        found = [
            e
            for e in self.entities
            if e.label == "PERSON"
            and (
                e.name.lower() == low
                or e.name.lower().split()[-1] == low
                or e.name.lower().split()[0] == low
                or low in (a.lower() for a in e.aliases)
            )
        ]
        return found[0] if len({e.key for e in found}) == 1 else None


TITLES = frozenset(HONORIFICS) | frozenset(
    """
prof prof. sen sen. rep rep. gen gen. lt col col. capt president minister premier chancellor
senator governor secretary general professor ambassador spokesman spokeswoman spokesperson
chairman chairwoman director leader chief mayor judge king queen prince pope lieutenant colonel
captain commander""".split()
)
_TITLE_WORDS = frozenset(t.strip(".") for t in TITLES)


def _name_tokens(subject: Token) -> tuple[int, int]:
    """The proper name ending at ``subject``: its run of proper-noun compounds, titles cut."""
    doc = subject.doc
    lo = subject.i
    while (
        lo > 0
        and doc[lo - 1].head.i >= lo
        and (doc[lo - 1].pos_ == "PROPN" or doc[lo - 1].text in ("-", "‐"))
        and doc[lo - 1].dep_ in ("compound", "flat", "punct", "nmod")
    ):
        lo -= 1
    titles = [j for j in range(lo, subject.i) if doc[j].lower_.strip(".") in _TITLE_WORDS]
    if titles:  # "Interior Minister Aleksander Vorn": the name starts after the title
        lo = titles[-1] + 1
    while lo < subject.i and doc[lo].is_punct:
        lo += 1
    return lo, subject.i + 1


def _phrase(subject: Token, text: str) -> tuple[int, int]:
    """Token bounds of the speaker's noun phrase: modifiers and "of/to/for" phrases, no
    apposition or relative clause."""
    keep_left = (
        "compound",
        "det",
        "amod",
        "poss",
        "case",
        "nummod",
        "nmod",
        "flat",
        "punct",
        "advmod",
        "quantmod",
    )
    lo = subject.i
    for child in subject.lefts:
        if child.dep_ in keep_left:
            lo = min(lo, child.left_edge.i)
    hi = subject.i + 1
    for child in subject.rights:
        if child.dep_ in ("prep", "cc", "conj", "flat", "compound") and not _after_comma(child):
            hi = max(hi, child.right_edge.i + 1)
        else:
            break
    doc = subject.doc
    line_start = text.rfind("\n", 0, subject.idx) + 1
    line_end = text.find("\n", subject.idx)
    line_end = len(text) if line_end < 0 else line_end
    while lo < subject.i and doc[lo].idx < line_start:
        lo += 1
    while hi > subject.i + 1 and doc[hi - 1].idx >= line_end:
        hi -= 1
    return lo, hi


def _after_comma(tok: Token) -> bool:
    return tok.i > 0 and tok.nbor(-1).text == ","


def _description(subject: Token, lo: int, hi: int, name_lo: int) -> str | None:
    """Apposition ("a researcher at ...") or role words around the name ("Kremlin spokesman",
    "professor ... at King's College London")."""
    doc = subject.doc
    for child in subject.rights:
        if child.dep_ == "appos":
            return _clean(doc[child.left_edge.i : child.right_edge.i + 1].text)
        if child.dep_ == "prep" and child.lower_ == "of" and _after_comma(child):
            return _clean(doc[child.i : child.right_edge.i + 1].text)
    words = [
        t
        for t in doc[lo:name_lo]
        if t.lower_ not in HONORIFICS and t.dep_ != "det" and t.text not in ("’s", "'s", ",")
    ]
    text = "".join(t.text_with_ws for t in words) + " " + doc[subject.i + 1 : hi].text
    return _clean(text) or None


def _clean(text: str) -> str:
    text = " ".join(text.split()).strip(" ,")
    if text.count("(") > text.count(")"):
        text += ")"
    return text


def _named(subject: Token, text: str, index: EntityIndex) -> Speaker | None:
    doc = subject.doc
    if subject.pos_ == "PRON":
        return None
    lo, hi = _phrase(subject, text)
    if subject.pos_ != "PROPN":
        # "the Kremlin spokesman, Dmitry Peskov, said": the name is in the apposition.
        for child in subject.rights:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                found = _named(child, text, index)
                if found is not None and found.label == "PERSON":
                    return replace(found, description=doc[lo:hi].text)
        span = doc[lo:hi]
        label = "GROUP" if subject.tag_ in ("NNS", "NNPS") else "ANON"
        return Speaker(span.text, None, None, span.start_char, span.end_char, label)
    name_lo, name_hi = _name_tokens(subject)
    name_span = doc[name_lo:name_hi]
    start, end = name_span.start_char, name_span.end_char
    desc = _description(subject, lo, hi, name_lo)
    hit = index.at(subject.idx, subject.idx + len(subject))
    if hit is not None and re.search(r"['’]s\b", text[hit[0] : subject.idx]):
        hit = None  # "RAND's Aoki" recognised as one name
    entity = hit[2] if hit is not None and hit[2].label == "PERSON" else None
    entity = entity or index.person(name_span.text)
    entity = entity or (hit[2] if hit is not None else None)
    if entity is not None:
        label = "PERSON" if entity.label == "PERSON" else "ORG"
        name = entity.name
        if label == "PERSON" and len(name_span.text) > len(name) and name in name_span.text:
            name = name_span.text  # the parser's name is longer than the recognised one
        return Speaker(
            name,
            entity.key,
            desc or (entity.descriptors[0] if entity.descriptors else None),
            start,
            end,
            label,
        )
    label = "ORG" if subject.ent_type_ in ("ORG", "GPE", "NORP", "FAC") else "PERSON"
    return Speaker(name_span.text, None, desc, start, end, label)


def _candidates(sdoc: Doc, text: str, index: EntityIndex) -> list[tuple[int, Speaker]]:
    """Entity mentions that are subjects, or open their sentence when the parse is broken:
    what a later he/she/it/they may refer to."""
    out = []
    for start, end, ent in index.spans:
        span = _tokens(sdoc, start, end)
        if span is None:
            continue
        subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in span)
        if not subject and not _opens_sentence(text, start):
            continue
        label = "PERSON" if ent.label == "PERSON" else "ORG"
        desc = ent.descriptors[0] if ent.descriptors else None
        out.append((start, Speaker(ent.name, ent.key, desc, start, end, label)))
    return out


def _opens_sentence(text: str, start: int) -> bool:
    """Only a title or honorific ("Dr", "Interior Minister") between a full stop and here."""
    before = _LEADING_TITLES.sub("", text[max(0, start - 60) : start])
    return before.rstrip(" \t")[-1:] in ("", ".", "!", "?", "\n")


_LEADING_TITLES = re.compile(r"(?:\b[A-Z][\w.]*\s+){0,3}$")


def _compatible(pronoun: str, speaker: Speaker) -> bool:
    if pronoun in MALE_FEMALE:
        return speaker.label == "PERSON"
    if pronoun in ("it",):
        return speaker.label in ("ORG", "ANON")
    return speaker.label in ("ORG", "GROUP")


def resolve_speakers(
    sdoc: Doc, text: str, records: list[Record], index: EntityIndex, lines: list[tuple[int, int]]
) -> None:
    """Fill ``speaker`` on every record: names first, then pronouns, then continuations."""
    pool = _candidates(sdoc, text, index)
    for r in records:
        if r.subject is not None:
            r.speaker = _named(r.subject, text, index)
            if r.speaker is not None:
                pool.append((r.subject.idx, r.speaker))
    pool.sort(key=lambda p: p[0])
    for r in records:
        if r.subject is not None and r.speaker is None:
            r.speaker = _pronoun(r.subject, pool)
    for r in records:
        if r.label is not None:
            name = text[r.label[0] : r.label[1]]
            name = name.title() if name.isupper() else name
            entity = index.person(name)
            r.speaker = Speaker(
                entity.name if entity else name,
                entity.key if entity else None,
                None,
                *r.label,
                "PERSON",
            )
    last: dict[int, Record] = {}
    for r in records:
        if r.speaker is None and r.subject is None:
            r.speaker = _inherited(text, r, last, lines)
        if r.speaker is not None:
            last[r.line] = r
    # A paragraph left open and attributed only in the next one ("... ," she said).
    for r, nxt in reversed(list(zip(records, records[1:], strict=False))):
        between = text[lines[r.line][1] : nxt.start].strip(" \t\n“\"«„'")
        if (
            r.speaker is None
            and r.open_end
            and nxt.speaker is not None
            and nxt.line > r.line
            and not between
        ):
            r.speaker = nxt.speaker


def _pronoun(subject: Token, pool: list[tuple[int, Speaker]]) -> Speaker:
    word = subject.lower_
    start, end = subject.idx, subject.idx + len(subject)
    if word in MALE_FEMALE | GROUP:
        for pos, cand in reversed(pool):
            if pos < start and _compatible(word, cand):
                return replace(cand, start=start, end=end)
    return Speaker(subject.text, None, None, start, end, "PRON")


def _inherited(
    text: str, r: Record, last: dict[int, Record], lines: list[tuple[int, int]]
) -> Speaker | None:
    """A quote with no cue of its own continues the previous attribution in its paragraph, or
    the previous paragraph's when it opens the paragraph."""
    same = last.get(r.line)
    if same is not None and same.end <= r.start:
        return same.speaker
    a, _ = lines[r.line]
    if text[a : r.start].strip(" \t“\"«„'") != "":
        return None
    prev = r.line - 1
    while prev >= 0 and not text[lines[prev][0] : lines[prev][1]].strip():
        prev -= 1  # blank lines between paragraphs
    found = last.get(prev)
    return found.speaker if found is not None else None


def _tokens(sdoc: Doc, start: int, end: int) -> Span | None:
    if end <= start:
        return None
    return sdoc.char_span(start, end, alignment_mode="expand")
