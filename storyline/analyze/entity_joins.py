"""Step 1 of ``storyline.analyze.entities``: one NER span that joins a unit or a person to the
body they belong to ("director of Policy and Research at Demand Abolition", "his agent, Teo
Brandt of Brandt Sports Management,") is cut at its preposition: the body is named on its own,
a person is a person, and a unit that only describes someone's post is no entity. A town
set after a body's name ("Orsa University, Tarnby,") is a place."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from storyline.analyze.entity_spans import NameSpan, is_role
from storyline.lexicon.nouns import ORG_KIND_WORDS, PEOPLE, RELATIONS
from storyline.lexicon.organisations import COMPANY_SUFFIXES


def split_joined(sdoc: Doc, span: NameSpan) -> list[NameSpan]:
    """The span's parts, or the span alone when no preposition joins two names in it."""
    if span.label not in ("ORG", "PERSON"):
        return [span]
    for i in range(span.start + 1, span.end - 1):
        tok = sdoc[i]
        if tok.text == "at" and _unit(sdoc[span.start : i]):
            start = i + 2 if sdoc[i + 1].lower_ == "the" else i + 1
            if start < span.end and sdoc[start].is_title:
                return [NameSpan(start, span.end, "ORG")]
        if tok.text == "of" and _apposed_person(sdoc, span.start, i):
            return [NameSpan(span.start, i, "PERSON"), NameSpan(i + 1, span.end, "ORG")]
    return [span]


def drop_units(sdoc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """ "director of Policy and Research at Demand Abolition" tagged as two organisations: the
    first, after "of" and before "at" another organisation, is the post's unit, no body."""
    starts = {s.start for s in spans if s.label == "ORG"}
    return [s for s in spans if not _unit_before_body(sdoc, s, starts)]


def _unit_before_body(sdoc: Doc, span: NameSpan, starts: set[int]) -> bool:
    if span.label != "ORG" or span.start == 0 or span.end + 1 >= len(sdoc):
        return False
    if sdoc[span.start - 1].text != "of" or sdoc[span.end].text != "at":
        return False
    nxt = span.end + 2 if sdoc[span.end + 1].lower_ == "the" else span.end + 1
    return nxt in starts and _unit(sdoc[span.start : span.end])


def _body_word(tok: Token) -> bool:
    return tok.lower_ in ORG_KIND_WORDS or tok.lower_.rstrip(".") in COMPANY_SUFFIXES


def _unit(words: Span) -> bool:
    """ "Policy and Research": a department's words, none a kind of body ("Center for
    Bioethics at Orsa University" is a body of its own)."""
    return len(words) > 0 and not any(_body_word(t) for t in words)


def _apposed_person(sdoc: Doc, start: int, of: int) -> bool:
    """ "Teo Brandt" before "of" is two or three capitalised words, no kind of body, that a
    role names ("Rovik's agent, Teo Brandt of ...") or that a role describes after the span."""
    left = sdoc[start:of]
    if not 2 <= len(left) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in left):
        return False
    if any(_body_word(t) for t in left):
        return False
    head = left[-1]
    if sdoc[of].head.i != head.i:
        return False
    return (head.dep_ == "appos" and head.head.i < start and _person_noun(head.head)) or any(
        c.dep_ == "appos" and c.i > of and _person_noun(c) for c in head.children
    )


def _person_noun(tok: Token) -> bool:
    """A noun only a person is: a role ("director"), a kind of person ("agent"), kin."""
    return tok.pos_ == "NOUN" and (is_role(tok) or tok.lemma_.lower() in PEOPLE | RELATIONS)


# Bodies with a site of their own: the town after their name is where they are.
_SITES = frozenset(
    "hospital clinic college university school academy institute museum library".split()
)


def town_after_body(sdoc: Doc, span: NameSpan, spans: list[NameSpan]) -> bool:
    """A one-word "organisation" set between commas (or before a bracket or the sentence's
    end) right after a body with a site ("Radboud University, Nijmegen (The Netherlands)",
    "Orsa University, Tarnby, said"): the body's town. Not in a list of names ("Orsa
    University, Harvard, Yale and ..."), where a capitalised word follows."""
    if span.label != "ORG" or span.end - span.start != 1 or span.start < 2:
        return False
    if sdoc[span.start - 1].text != "," or sdoc[span.start].text.isupper():
        return False
    body = next((s for s in spans if s.end == span.start - 1 and s.label == "ORG"), None)
    if body is None or sdoc[body.end - 1].lower_ not in _SITES:
        return False
    nxt = sdoc[span.end] if span.end < len(sdoc) else None
    if nxt is None or nxt.text in ("(", ".", ";", ")"):
        return True
    after = sdoc[span.end + 1] if span.end + 1 < len(sdoc) else None
    return nxt.text == "," and after is not None and not after.is_title
