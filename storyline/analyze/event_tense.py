"""When a dated sentence tells no event of a day its dates give: the finer points of
``storyline.analyze.events``, kept apart so that module stays small.

- A bare clock ("at 7:33 p.m.") is a time of the day the page last named, not of the page's
  own day: a page written the morning after tells the night's events by their clock times.
- "Today" with a verb in the present simple, active or passive ("Today, the harbour is a
  shopping district", "today it is used as a marina") is nowadays, not a day.
- A main clause whose time is vague ("was charged this week", "recently fired", "Earlier, he
  was handed a sentence") happened on no day the sentence gives, and not surely on its page's
  day: ``VAGUE``.
- A date that belongs to the sentence's subject ("the missile fired on Tuesday took off near
  the capital", "the test on Tuesday was considered bold") refers to that day's event and
  tells something of it, as "Tuesday's test" does (``Event.refers``).
- A root gerund after a comma, without a subject ("..., pointedly noting attacks in January")
  is a participle clause whose main verb the small model lost: its dates are that clause's.
- A present perfect counted "since" a day ("has been accused since October") is a state
  lasting to now, not an event of the page's day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from storyline.analyze.times.lexicon import MONTH, SPEECH_VERBS
from storyline.dating import VAGUE
from storyline.model import TimeExpression

if TYPE_CHECKING:  # the timeline reads VAGUE without loading spaCy
    from spacy.tokens import Doc, Token

__all__ = [
    "VAGUE",
    "clock_days",
    "dangling_gerund",
    "earlier",
    "lasting",
    "nowadays",
    "present_main",
    "subject_date",
]

CLOCK_WEEK = 6  # days before its page's day a named day may be, for a later clock to fall on it
# Adverbs that put a main clause before the page's news, at no given day
_EARLIER = frozenset("earlier previously formerly once".split())
_PAST_AUX = frozenset("was were been be being".split())  # any other passive auxiliary: "is"
_NOWADAYS = re.compile(r"(?i)today|nowadays|these\s+days")


def clock_days(dated: list[TimeExpression], clocks: set[int]) -> list[TimeExpression]:
    """Each bare clock (start in ``clocks``) dated by the day the text named last before it,
    when that day lies in the week up to the clock's own (its page's) day; "The flight left
    at 11:36 a.m. Tuesday ... It landed at 7:33 p.m." lands on Tuesday."""
    named: list[TimeExpression] = []
    out = []
    for t in sorted(dated, key=lambda x: x.start):
        if t.start not in clocks:
            if t.precision == "day" and len(t.value) == 10:
                named.append(t)
            out.append(t)
            continue
        day = _recent(named[-1].value, t.value[:10]) if named else None
        out.append(t.model_copy(update={"value": day + t.value[10:]}) if day else t)
    return out


_DAY_WORDS = re.compile(rf"(?i)day|night|morning|evening|afternoon|noon|midnight|\d{{4}}|{MONTH}")


def clock_starts(times: list[TimeExpression]) -> set[int]:
    """Where the bare clocks start ("at 11:40 p.m.", no day in their words): times of the day the
    text named last. (An offset, "90 minutes earlier", is read from the date named before it by
    the time resolver itself.)"""
    return {t.start for t in times if t.precision == "time" and not _DAY_WORDS.search(t.text)}


def _recent(named: str, own: str) -> str | None:
    try:
        a, b = date.fromisoformat(named), date.fromisoformat(own)
    except ValueError:
        return None
    # up to the day after the page's own: news at dawn in Asia told the evening before in New
    # York ("early on Tuesday", on Monday's page) is that day's, and so are its clocks
    return named if b - timedelta(days=CLOCK_WEEK) <= a <= b + timedelta(days=1) else None


def nowadays(time: TimeExpression, verb: Token | None) -> bool:
    """ "Today" (or "these days") on a verb in the present simple that reports nothing, or put
    before a present passive ("Today the port is used as a marina"; "the bridge is closed
    today" is the day's news)."""
    return (
        bool(_NOWADAYS.fullmatch(time.text.strip()))
        and verb is not None
        and (verb.tag_ in ("VBZ", "VBP") or _present_passive(verb) and time.start < verb.idx)
        and verb.lemma_ not in SPEECH_VERBS
    )


def _present_passive(verb: Token) -> bool:
    """ "is used", "are no longer mined": a participle whose passive auxiliary is in the
    present."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        and any(a.dep_ == "auxpass" and a.lower_ not in _PAST_AUX for a in auxes)
        and not any(a.dep_ == "aux" for a in auxes)  # "has been used", "will be used"
    )


def _root(sdoc: Doc, start: int, end: int) -> Token | None:
    span = sdoc.char_span(start, end, alignment_mode="expand")
    return None if span is None else span.root


def earlier(sdoc: Doc, start: int, end: int) -> bool:
    """The main verb is put before the news by an adverb ("Earlier, he was handed ...")."""
    root = _root(sdoc, start, end)
    return root is not None and any(
        c.lower_ in _EARLIER and c.dep_ == "advmod" for c in root.children
    )


def lasting(sdoc: Doc, start: int, end: int) -> bool:
    """The main verb is in the present perfect ("has been accused", "have lived")."""
    root = _root(sdoc, start, end)
    if root is None:
        return False
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve") for c in root.children
    )


_HOPS = 4  # tokens from a date up to the noun it describes: "on" -> "fired" -> "missile"


def subject_date(sdoc: Doc, start: int, end: int) -> bool:
    """The date at [start, end) describes the subject of the sentence's main verb, through a
    preposition or a participle ("the missile fired on Tuesday took off ...")."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(_HOPS):
        if tok.dep_ not in ("pobj", "prep", "npadvmod", "acl", "tmod") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"
    return False


def dangling_gerund(verb: Token) -> bool:
    """A sentence root that is a gerund right after a comma (or a comma and an adverb), with no
    auxiliary ("X expressed outrage in an interview on Friday, pointedly noting attacks in
    January"): the small model lost the main verb (read as a modifier) and made the participle
    clause the root; its dates are that clause's, not the sentence's. A headline's gerund
    ("Police hunting gunman") follows no comma."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    before = [t for t in verb.doc[max(0, verb.i - 2) : verb.i]]
    if before and before[-1].tag_.startswith("RB"):
        before = before[:-1]
    return bool(before) and before[-1].text == ","


def present_main(sdoc: Doc, start: int, end: int) -> bool:
    """The sentence's main verb is in the present ("dig out", "is scattered")."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    auxes = {c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    return root.tag_ in ("VBZ", "VBP") and not auxes or bool(auxes & {"is", "are"})
