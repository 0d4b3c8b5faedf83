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

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from storyline.analyze.nouns import (
    ANONYMOUS_PEOPLE,
    COUNTRY_NOUNS,
    FIRM_NOUNS,
    PEOPLE,
    RELATIONS,
    ROLE_NOUNS,
    SPOKES_NOUNS,
    TEXTS,
    is_source_noun,
    noun_gender,
)
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
    # "Seoul and Washington" speak together; "the police and emergency services" are two
    # unnamed sources, of which the first speaks for the phrase
    joins = ("prep", "cc", "conj", "flat", "compound") if subject.pos_ == "PROPN" else ("prep",)
    for child in subject.rights:
        if child.dep_ in joins and not _after_comma(child):
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
        if child.dep_ == "appos" and not child.like_num:  # "Brask, 30, a passenger"
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
    """The speaker a subject names, or None when it needs its context (a pronoun, "a
    spokesman", "his office") or names no one (a time, an object: see ``no_speaker``)."""
    doc = subject.doc
    if subject.pos_ == "PRON" or _pronoun_like(subject):
        return None
    lo, hi = _phrase(subject, text)
    if subject.pos_ != "PROPN" and not _is_mention(subject, index):
        # "the Kremlin spokesman, Dmitry Peskov, said": the name is in the apposition;
        # "said company chairman and chief executive Richard Smith": in the conjunct.
        for child in subject.rights:
            if child.dep_ in ("appos", "conj") and child.pos_ == "PROPN":
                found = _named(child, text, index)
                if found is not None and found.label != "PERSON" and _person_head(subject):
                    found = replace(found, label="PERSON")  # "One of the sailors, Rune Tveit"
                if found is not None and found.label == "PERSON":
                    role_end = _name_tokens(child)[0] if child.dep_ == "conj" else hi
                    role = doc[lo:role_end]
                    words = [t for t in role if t.dep_ != "det"]
                    role_text = doc[words[0].i : role.end].text if words else role.text
                    return replace(found, description=role_text)
        if _needs_context(subject):
            return None
        span = doc[lo:hi]
        owner = _owner_in_modifiers(subject, lo, index)
        if owner is not None:  # "A FirstGroup spokesman": FirstGroup speaks
            name, key = owner
            return Speaker(name, key, span.text, span.start_char, span.end_char, "ORG")
        if anonymous_person(subject):
            return Speaker("", None, span.text, span.start_char, span.end_char, "NONE")
        label = "GROUP" if subject.tag_ in ("NNS", "NNPS") else "ANON"
        return Speaker(span.text, anonymous_key(subject, span), None, *_chars(span), label)
    name_lo, name_hi = _name_tokens(subject)
    name_span = doc[name_lo:name_hi]
    start, end = name_span.start_char, name_span.end_char
    desc = _description(subject, lo, hi, name_lo)
    together = _coordinated(subject, name_span.text)
    if together is not None:  # "Seoul and Washington said": both speak
        return Speaker(together, None, None, start, doc[subject.right_edge.i].idx + 1, "GROUP")
    hit = index.at(subject.idx, subject.idx + len(subject))
    if hit is not None and re.search(r"['’]s\b", text[hit[0] : subject.idx]):
        hit = None  # "RAND's Aoki" recognised as one name
    entity = hit[2] if hit is not None and hit[2].label == "PERSON" else None
    entity = entity or index.person(name_span.text)
    entity = entity or (hit[2] if hit is not None else None)
    if entity is not None and not _relative_of(entity, name_span.text, desc):
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
    if entity is not None:  # a relative sharing the surname: a person of their own
        label, name_text = "PERSON", _honorific(doc, name_lo) + name_span.text
        return Speaker(name_text, None, desc, start, end, label)
    return Speaker(name_span.text, None, desc, start, end, label)


ANONYMOUS_KEY = "anon:"
_QUANTIFIERS = frozenset("a an the some several many other most few all both".split())


def anonymous_key(subject: Token, span: Span) -> str | None:
    """ "anon:report" for "Reports", "Recent reports", "Recent media reports": one unnamed
    source, whose words before the noun only describe it. None when a name, a nationality
    or a complement says whose it is ("Russian officials", "officials of the ministry")."""
    for tok in span:
        if tok.i == subject.i or tok.lower_ in _QUANTIFIERS:
            continue
        describes = tok.pos_ in ("ADJ", "ADV") or (tok.pos_ == "NOUN" and _lemma(tok) in TEXTS)
        if tok.i > subject.i or tok.ent_type_ or not describes:
            return None  # "the transport police" is a body of its own; "media reports" not
    return ANONYMOUS_KEY + _lemma(subject)


def _chars(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char


def _is_mention(subject: Token, index: EntityIndex) -> bool:
    """A name the tagger took for a common noun ("Lund further claimed")."""
    hit = index.at(subject.idx, subject.idx + len(subject))
    return hit is not None and hit[2].label in ("PERSON", "ORG") and subject.text[:1].isupper()


def no_speaker(subject: Token, index: EntityIndex) -> bool:
    """A subject that names no speaker: a date or number ("Monday said"), or a common noun
    that is no person, group, organisation or text ("An encounter", "A police cordon")."""
    if subject.pos_ == "PRON" or _pronoun_like(subject) or _is_mention(subject, index):
        return False
    if any(c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" for c in subject.rights):
        return False  # "One of the girls, Rebecca Mallum, said": the name is beside it
    if subject.ent_type_ in NOT_SPEAKERS:
        return True
    if subject.pos_ == "PROPN":
        return False
    return subject.pos_ in ("NOUN", "NUM", "ADJ") and not is_source_noun(_lemma(subject))


NOT_SPEAKERS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def _pronoun_like(subject: Token) -> bool:
    """A one-letter lower-case subject is a typo for a pronoun ("e added"); "the 76-year-old"
    refers back to the person whose age was given."""
    if _year_old(subject) and not any(c.dep_ == "prep" for c in subject.children):
        return True
    return len(subject.text) == 1 and subject.text.islower() and subject.text.isalpha()


_YEAR_OLD = re.compile(r"\d+\s*-?\s*years?\s*-?\s*old$", re.IGNORECASE)


def _year_old(subject: Token) -> bool:
    """ "the 76-year-old", however the tokenizer cut it."""
    return bool(_YEAR_OLD.search(subject.doc[subject.left_edge.i : subject.i + 1].text))


def _person_head(subject: Token) -> bool:
    """ "one (of the sailors)", "a passenger", "the mayor": a noun only a person can be."""
    lemma = _lemma(subject)
    return lemma in ANONYMOUS_PEOPLE or lemma in PEOPLE or lemma in ROLE_NOUNS


def _needs_context(subject: Token) -> bool:
    """ "A spokesman", "the statement", "the (credit) firm", "this country", "his office": an
    unnamed role or text that stands for someone the paragraph names, when no "for X"/"of X"
    says who."""
    if any(c.dep_ in ("prep", "appos", "nmod") for c in subject.children):
        return False
    lemma = _lemma(subject)
    det = next((c for c in subject.children if c.dep_ in ("det", "poss")), None)
    if det is None or subject.tag_ in ("NNS", "NNPS"):
        return False
    modified = any(c.dep_ in ("compound", "amod") for c in subject.children)
    if det.tag_ == "PRP$":
        return True  # "his office", "its statement"
    low = det.lower_
    if lemma in FIRM_NOUNS:
        return low == "the"  # "the company", "the credit firm"
    if modified:
        return False
    if lemma in SPOKES_NOUNS:
        return low in ("a", "an", "the", "this")
    return lemma in COUNTRY_NOUNS and low in ("this", "that", "the")


def _owner_in_modifiers(subject: Token, lo: int, index: EntityIndex) -> tuple[str, str] | None:
    """An organisation named in the words before a spokes-noun ("A FirstGroup spokesman")."""
    if _lemma(subject) not in SPOKES_NOUNS:
        return None
    doc = subject.doc
    first = next((t for t in doc[lo : subject.i] if t.dep_ != "det"), None)
    if first is None:
        return None
    hit = index.at(first.idx, subject.idx)
    last = doc[subject.i - 1]
    if (
        hit is None
        or hit[2].label not in ("ORG", "GPE")
        or hit[0] != first.idx
        or hit[1] != last.idx + len(last.text)
    ):
        return None  # the name must be all the words before the noun, not "London" of
        # "Transport for London"
    return hit[2].name, hit[2].key


def _coordinated(subject: Token, name: str) -> str | None:
    """ "Seoul and Washington", "Moscow and Pyongyang": two proper names joined by "and"."""
    conj = next((c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    cc = next((c for c in subject.children if c.dep_ == "cc"), None)
    if conj is None or cc is None or cc.lower_ not in ("and", "&"):
        return None
    lo, hi = _name_tokens(conj)
    return f"{name} and {conj.doc[lo:hi].text}"


def _relative_of(entity: Entity, written: str, desc: str | None) -> bool:
    """ "Harris, the father of Martin Harris" or "Harris, Martin's mother": the speaker is
    described as the kin of the very person the shared surname would link them to."""
    if not desc or len(written.split()) > 1 or entity.label != "PERSON":
        return False
    words = {w.lower().strip(",.’'").removesuffix("’s").removesuffix("'s") for w in desc.split()}
    if not words & RELATIONS:
        return False
    own = {w.lower() for w in entity.name.split()} - {written.lower()}
    return bool(own & words)


def _honorific(doc: Doc, i: int) -> str:
    prev = doc[i - 1] if i > 0 else None
    return f"{prev.text} " if prev is not None and prev.lower_ in HONORIFICS else ""


# ------------------------------------------------------------------ context


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


def _candidates(
    sdoc: Doc, text: str, index: EntityIndex, genders: dict[str, str]
) -> list[Candidate]:
    """Every entity mention; ``main`` when it opens its sentence or is its main subject."""
    out = []
    for start, end, ent in index.spans:
        span = _tokens(sdoc, start, end)
        if span is None:
            continue
        main = _opens_sentence(text, start) or _in_main_subject(span, text)
        label = "PERSON" if ent.label == "PERSON" else "ORG"
        kind = "PLACE" if ent.label in ("GPE", "LOC") else label
        desc = ent.descriptors[0] if ent.descriptors else None
        speaker = Speaker(ent.name, ent.key, desc, start, end, label)
        subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in span)
        out.append(Candidate(start, speaker, kind, main, genders.get(ent.key, ""), subject))
    return out


def _in_main_subject(span: Span, text: str) -> bool:
    """The mention is the subject of its sentence's main verb (not a name inside the subject's
    apposition: "Novak, the mayor of Brno, ..."). The parser may run a
    sentence on across paragraphs: the main verb is the highest one in the mention's own."""
    a = text.rfind("\n", 0, span.start_char) + 1
    b = text.find("\n", span.start_char)
    b = len(text) if b < 0 else b
    root = span.root
    while root.head.i != root.i and a <= root.head.idx < b:
        root = root.head
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and span.start <= c.i < span.end for c in root.children
    )


def _opens_sentence(text: str, start: int) -> bool:
    """Only a title or honorific ("Dr", "Interior Minister") between a full stop and here."""
    before = _LEADING_TITLES.sub("", text[max(0, start - 60) : start])
    return before.rstrip(" \t")[-1:] in ("", ".", "!", "?", "\n")


_LEADING_TITLES = re.compile(r"(?:\b[A-Z][\w.]*\s+){0,3}$")
_HONORIFIC_BEFORE = re.compile(r"\b(\w+\.?)\s+$")
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
OWN_GENDER = {"his": "m", "her": "f", "himself": "m", "herself": "f"}


def entity_genders(sdoc: Doc, text: str, entities: list[Entity]) -> dict[str, str]:
    """Entity key -> "m"/"f" when the text says so: an honorific before a mention ("Ms
    Okesola"), or a his/her the mention's clause gives it ("X said her husband ...")."""
    found: dict[str, str] = {}
    for ent in entities:
        if ent.label != "PERSON":
            continue
        for m in ent.mentions:
            hon = _HONORIFIC_BEFORE.search(text[max(0, m.start - 8) : m.start])
            gender = HONORIFICS.get(hon.group(1).lower(), "") if hon else ""
            gender = gender or _apposed_gender(sdoc, m.start, m.end)
            gender = gender or _pronoun_after(sdoc, m.start, m.end)
            if gender:
                found[ent.key] = gender
                break
    return found


def _apposed_gender(sdoc: Doc, start: int, end: int) -> str:
    """ "his mother, Jane", "Another man, James Tofield", "businesswoman Tove Brask"."""
    span = _tokens(sdoc, start, end)
    if span is None:
        return ""
    root = span.root
    nouns = [
        c
        for c in root.children
        if c.dep_ in ("appos", "compound") and c.i not in range(span.start, span.end)
    ]
    if root.dep_ == "appos":
        nouns.append(root.head)
    for noun in nouns:
        gender = noun_gender(_lemma(noun)) if noun.pos_ == "NOUN" else ""
        if gender:
            return gender
    return ""


def _pronoun_after(sdoc: Doc, start: int, end: int) -> str:
    """The gender of the first his/her/himself/herself in the clause a subject mention
    governs, before any other name or quotation mark ("Okesola said her husband ...")."""
    span = _tokens(sdoc, start, end)
    if span is None or not any(t.dep_ == "nsubj" for t in span):
        return ""
    verb = span.root.head
    for tok in verb.subtree:
        if tok.i < span.end:
            continue
        if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" or tok.is_quote:
            return ""  # another person first, or quoted words: the pronoun may be theirs
        if tok.lower_ in OWN_GENDER and (tok.tag_ == "PRP$" or tok.lower_.endswith("self")):
            return OWN_GENDER[tok.lower_]
    return ""


def _compatible(pronoun: str, cand: Candidate) -> bool:
    if pronoun in MALE_FEMALE or pronoun in PRONOUN_GENDER or len(pronoun) == 1 or pronoun == "one":
        wanted = PRONOUN_GENDER.get(pronoun, "")
        return cand.kind == "PERSON" and not (wanted and cand.gender and wanted != cand.gender)
    if pronoun in ("it", "its"):
        return cand.kind in ("ORG", "PLACE") or cand.speaker.label == "ANON"
    return cand.kind in ("ORG", "PLACE") or cand.speaker.label == "GROUP"


def resolve_speakers(
    sdoc: Doc, text: str, records: list[Record], index: EntityIndex, lines: list[tuple[int, int]]
) -> None:
    """Fill ``speaker`` on every record: names first, then pronouns and roles from what the
    paragraph is about, then continuations. A subject that names no speaker, and a pronoun
    with nothing to stand for, keep their span but get no name."""
    genders = entity_genders(sdoc, text, index.entities)
    kinds = {e.key: _kind(e.label) for e in index.entities}
    pool = _candidates(sdoc, text, index, genders)
    for r in records:
        if r.subject is None:
            continue
        if no_speaker(r.subject, index):
            r.speaker = _unnamed(r.subject)
            continue
        r.speaker = _named(r.subject, text, index)
        sp = r.speaker
        if sp is not None and sp.label in ("PERSON", "ORG"):
            kind = kinds.get(sp.key or "", sp.label)
            pool.append(Candidate(r.subject.idx, sp, kind, True, genders.get(sp.key or "", "")))
        elif sp is not None and sp.label == "NONE" and sp.description:
            # "One man told ... his wife had phoned": "his" is that man, whom no one named
            gender = noun_gender(_lemma(r.subject))
            pool.append(Candidate(r.subject.idx, sp, "PERSON", True, gender))
        elif sp is not None and sp.label in ("GROUP", "ANON"):  # "Officials said ... they"
            pool.append(Candidate(r.subject.idx, sp, sp.label, True))
    pool.sort(key=lambda c: c.pos)
    for r in records:
        if r.subject is not None and r.speaker is None:
            r.speaker = _from_context(r.subject, text, pool, lines)
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
    _continue(text, records, lines)


def _kind(label: str) -> str:
    return "PERSON" if label == "PERSON" else ("PLACE" if label in ("GPE", "LOC") else "ORG")


def _unnamed(subject: Token) -> Speaker:
    return Speaker("", None, None, subject.idx, subject.idx + len(subject), "NONE")


def _continue(text: str, records: list[Record], lines: list[tuple[int, int]]) -> None:
    """Quotes with no cue of their own take the speaker of the attribution they continue."""
    last: dict[int, Record] = {}
    quoted_lines = {r.line for r in records}
    for r in records:
        if r.speaker is None and r.subject is None:
            r.speaker = _inherited(text, r, last, lines, quoted_lines)
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


# How far back a pronoun or a role looks for what it stands for: paragraphs and characters
# (a run of quoted paragraphs may stand between "X said:" and "he added").
CONTEXT_LINES = 5
CONTEXT_CHARS = 2500


def _from_context(
    subject: Token, text: str, pool: list[Candidate], lines: list[tuple[int, int]]
) -> Speaker:
    """A pronoun's antecedent; "his office" as that person's office; "a spokesman", "the
    statement", "the company" as the organisation, "this country" as the country, the
    paragraph is about. Without one, the words as written (a pronoun: no name)."""
    start, end = subject.idx, subject.idx + len(subject)
    window = _window(text, start, pool, lines)
    if subject.pos_ == "PRON" or _pronoun_like(subject):
        word = subject.lower_ if subject.pos_ == "PRON" or len(subject.text) == 1 else "one"
        cand = _antecedent(word, window)  # "the 76-year-old" is one person, any gender
        return replace(cand.speaker, start=start, end=end) if cand else _unnamed(subject)
    lo, hi = _phrase(subject, text)
    doc = subject.doc
    span = doc[lo:hi]
    found = _stands_for(subject, window, pool)
    if isinstance(found, str):  # "his office": that person's office
        return Speaker(found, None, None, span.start_char, span.end_char, "ANON")
    if found is not None:
        return replace(
            found.speaker, description=span.text, start=span.start_char, end=span.end_char
        )
    if anonymous_person(subject):
        return Speaker("", None, span.text, span.start_char, span.end_char, "NONE")
    label = "GROUP" if subject.tag_ in ("NNS", "NNPS") else "ANON"
    return Speaker(span.text, anonymous_key(subject, span), None, *_chars(span), label)


def _stands_for(
    subject: Token, window: list[Candidate], pool: list[Candidate]
) -> Candidate | str | None:
    """Who a role or text in context stands for: the owner's name for a possessive ("Tove
    Lindqvist's office"); the story's most mentioned organisation of the paragraph for "the
    company"; the organisation the paragraph is about for "a spokesman" or "the statement";
    the country for "this country"."""
    doc = subject.doc
    lemma = _lemma(subject)
    det = next((c for c in subject.children if c.dep_ in ("det", "poss")), None)
    if det is not None and det.tag_ == "PRP$":
        owner = _antecedent(det.lower_, window)
        if owner is None or anonymous_person(subject) and owner.speaker.key is None:
            return None
        rest = doc[det.i + 1 : subject.right_edge.i + 1].text
        return f"{owner.speaker.name}'s {rest}"
    wanted = ("PLACE", "ORG") if lemma in COUNTRY_NOUNS else ("ORG",)
    if lemma in COUNTRY_NOUNS:  # "this country": the country last named as a subject
        for kind in ("PLACE", "ORG"):  # NER often calls a country an organisation
            named = [c for c in window if c.kind == kind]
            subjects = [c for c in named if c.subject]
            if named:
                return (subjects or named)[-1]
        return None
    if lemma in FIRM_NOUNS:  # the organisation the page is about so far
        before = [c for c in pool if c.kind == "ORG" and c.pos < subject.idx and c.speaker.key]
        topic = Counter(c.speaker.key for c in before if c.main)
        mentions = Counter(c.speaker.key for c in before)
        return max(
            before,
            key=lambda c: (topic[c.speaker.key], mentions[c.speaker.key], -c.pos),
            default=None,
        )
    fits = [c for c in window if c.kind in wanted and c.main]
    if not fits:
        return None  # only what a sentence is about: a name in passing may be anyone's
    fits.sort(key=lambda c: (wanted.index(c.kind) == 0, c.pos))
    return fits[-1]


def anonymous_person(subject: Token) -> bool:
    """A person described only by sex, age, kinship or circumstance ("one man", "some
    passengers", "his wife"): no source a reader can weigh, so no speaker's name."""
    return _lemma(subject) in ANONYMOUS_PEOPLE or _year_old(subject)


def _window(
    text: str, pos: int, pool: list[Candidate], lines: list[tuple[int, int]]
) -> list[Candidate]:
    """Candidates before ``pos`` in its paragraph and the few before it, oldest first."""
    starts = [a for a, _ in lines]
    here = max(0, bisect.bisect_right(starts, pos) - 1)
    first, seen = here, 0
    while first > 0 and seen < CONTEXT_LINES:
        first -= 1
        if text[lines[first][0] : lines[first][1]].strip():
            seen += 1
    floor = max(lines[first][0], pos - CONTEXT_CHARS)
    return [c for c in pool if floor <= c.pos < pos]


def _antecedent(word: str, window: list[Candidate]) -> Candidate | None:
    """The latest compatible candidate that is what its sentence is about, else the latest
    compatible one: "he tweeted" is the person the paragraph is about, not the last name."""
    fits = [c for c in window if _compatible(word, c)]
    main = [c for c in fits if c.main]
    if main:
        return main[-1]
    return fits[-1] if fits else None


def _inherited(
    text: str,
    r: Record,
    last: dict[int, Record],
    lines: list[tuple[int, int]],
    quoted_lines: set[int],
) -> Speaker | None:
    """A quote with no cue of its own continues the previous attribution in its paragraph, or
    the previous paragraph's when it opens the paragraph. Lines between that hold no quote and
    do not end like a sentence (a caption, a heading over a video) do not break the quote."""
    same = last.get(r.line)
    if same is not None and same.end <= r.start:
        return same.speaker
    a, _ = lines[r.line]
    if text[a : r.start].strip(" \t“\"«„'") != "":
        return None
    prev, skipped = r.line - 1, 0
    while prev >= 0:
        line = text[lines[prev][0] : lines[prev][1]].strip()
        if line and (
            prev in quoted_lines or _ends_like_sentence(line) or _title_case(line) or skipped >= 2
        ):
            break  # a subheading opens a new section: its quotes are not the last speaker's
        skipped += bool(line)
        prev -= 1
    found = last.get(prev)
    return found.speaker if found is not None else None


def _title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def _ends_like_sentence(line: str) -> bool:
    return line.rstrip("\"'”’»)] ")[-1:] in (".", "!", "?", "…", ":")


def _tokens(sdoc: Doc, start: int, end: int) -> Span | None:
    if end <= start:
        return None
    return sdoc.char_span(start, end, alignment_mode="expand")
