"""Tense: whether the clause of an expression points ahead ('future'), back ('past') or is a
scheduled simple present, read from the verb that governs it in the parse, else from the words
around it. It decides the direction of an ambiguous weekday, month, day of a month, season
or weekend."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Span, Token

from storyline.analyze.times.context import Context
from storyline.analyze.times.lexicon import (
    ARRANGE,
    DEADLINE_VERBS,
    FUTURE_HEADS,
    MODALS,
    NOT_SCHEDULED,
    PRESENT_BE,
    SAME_PAST,
)
from storyline.lexicon import SAID_PAST_FORMS

_FUTURE_CUE = re.compile(
    r"\b(?:will|'ll|shall|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|expected\s+to"
    r"|expects?\s+to|scheduled|set\s+to|is\s+due|are\s+due|aims?\s+to|as\s+early\s+as|upcoming"
    r"|(?:is|are)\s+supposed\s+to"
    r"|next|coming|by\s+as\s+soon\s+as|no\s+later\s+than|starting|from\s+now)\b[^.;]*$",
    re.I,
)


_LOCAL_FUTURE = re.compile(
    r"\b(?:as\s+(?:early|soon)\s+as|next|coming|this\s+coming"
    r"|no\s+later\s+than)\s+$",
    re.I,
)


_LOCAL_PAST = re.compile(r"\b(?:since|than(?:\s+(?:on|in|at|during))?)\s+$", re.I)


# "until Thursday" points ahead unless the sentence is in the past perfect ("until Thursday they
# had not ...")
_WEAK_FUTURE = re.compile(r"\b(?:until|till)\s+$", re.I)


def clause_tense(ctx: Context, start: int, end: int) -> str | None:
    """'future', 'past' or None for the clause holding text[start:end]."""
    before = ctx.text[max(0, start - 25) : start]
    if _LOCAL_FUTURE.search(before):
        return "future"
    if _LOCAL_PAST.search(before):
        return "past"  # "down 5% since Monday", "higher than on Friday", in any tense
    if _after_past_verb(ctx, start):
        return "past"  # "said on Monday she would resign": the day is the saying's
    verdict = _verb_tense(ctx.doc, start, end) if ctx.doc is not None else None
    if verdict == "present":
        # a scheduled event ("expires on Sunday") in running text; headlines and photo
        # captions tell past news in the present ("Water pours over the spillway on Wednesday")
        verdict = None if _headline_or_caption(ctx, start) else "future"
    if _WEAK_FUTURE.search(before):
        s, e = ctx.sentence(start)
        if not re.search(r"\bhad\b", ctx.text[s:e]) and not _past_state(ctx, start, end):
            return "future"  # a deadline, even one set in the past ("extended it until Friday")
    if verdict:
        return verdict
    if _FUTURE_CUE.search(ctx.before(start, 80)):
        return "future"
    if ctx.doc is None and (
        _TEXT_FUTURE.search(ctx.text[end : ctx.sentence(start)[1]])
        or _TEXT_MODAL_BEFORE.search(ctx.before(start, 60))
    ):
        return "future"  # no parse: a modal in the clause ("would vote on Thursday")
    return None


# Without a parse, a modal or "expected to" after the expression marks its clause as future.
_TEXT_FUTURE = re.compile(
    r"^\W*(?:(?!(?:and|or|but|while|when|which|who|that)\b)[\w’']+\s+)"
    r"{0,3}?(?:will|'ll|shall|would|should|must|(?:is|are)\s+"
    r"(?:expected|due|scheduled|set)\s+to|(?:hopes|expects|intends"
    r"|aims)\s+to)\s+(?:not\s+)?(?:be\s+)?[a-z]+",
    re.I,
)


_TEXT_MODAL_BEFORE = re.compile(
    r"\b(?:will|'ll|shall|would|should|must|(?:is|are)\s+(?:expected"
    r"|due|scheduled|set)\s+to)\s+(?:not\s+)?(?:be\s+)?[a-z]+"
    r"(?:\s+[a-z]+){0,5}\s+$",
    re.I,
)


_SAID = re.compile(
    rf"(?:told\s+\w+|{'|'.join(SAID_PAST_FORMS)})\s+(?:(?:late|early)\s+)?(?:on\s+)?$"
)


_CREDIT = re.compile(
    r"\s*\(?(?:(?:photo|photograph|picture|image|video|credit|caption)s?\b"
    r"|(?:AP|AFP|Reuters|Getty|EPA|dpa)\b[^\n]{0,30}\b(?:photo|images?)\b)",
    re.I,
)


def _headline_or_caption(ctx: Context, pos: int) -> bool:
    """The line holding ``pos`` is a headline (no closing punctuation, and the next line does
    not carry on the sentence as hard-wrapped prose would) or a photo caption (it names a
    photographer, or the next line does)."""
    line_start = ctx.text.rfind("\n", 0, pos) + 1
    line_end = ctx.text.find("\n", pos)
    line_end = len(ctx.text) if line_end < 0 else line_end
    line = ctx.text[line_start:line_end].strip()
    if re.search(r"\((?:photo|picture)\b|\bphoto:", line, re.I):
        return True
    if not re.search(r"[.!?:;'\"”’)]$", line) and not re.match(
        r"\n[ \t]*[a-z]", ctx.text[line_end:]
    ):
        return True
    following = re.match(r"\s*([^\n]*)", ctx.text[line_end:])
    return bool(following and _CREDIT.match(following[1]))


def _after_past_verb(ctx: Context, start: int) -> bool:
    """The expression right after a past-tense verb ("said on Monday", "met Tuesday"): the small
    parser often hangs it on a later verb of the reported clause."""
    before = ctx.text[max(0, start - 40) : start]
    if ctx.doc is None:
        return bool(_SAID.search(before))
    m = re.search(r"(\w+)\s+(?:(?:late|early)\s+)?(?:on\s+)?$", before)
    if m is None:
        return False
    span = ctx.doc.char_span(start - len(before) + m.start(1), start - len(before) + m.end(1))
    return (
        span is not None
        and len(span) == 1
        and span[0].tag_ == "VBD"
        and span[0].pos_ in ("VERB", "AUX")
        and span[0].lemma_ != "be"
    )


def _past_state(ctx: Context, start: int, end: int) -> bool:
    """ "stayed closed until Tuesday": a state that lasted until a past day, not a deadline."""
    if ctx.doc is None:
        return False
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "acomp":  # "stayed closed": "stayed"
            if tok.lemma_ in DEADLINE_VERBS:
                return False
            auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
                return not any(a.lower_ in ("would", "could", "'d") for a in auxes)
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _is_verb(tok: Token, lemmas: AbstractSet[str]) -> bool:
    """``tok`` is one of ``lemmas`` in any inflection: the small model's lemmatiser slips on
    some ("hopes" -> "hop")."""
    if tok.lemma_ in lemmas:
        return True
    word = tok.lower_
    for stem, ending in (
        ("", "s"),
        ("", "es"),
        ("", "ed"),
        ("", "d"),
        ("", "ing"),
        ("e", "ing"),
        ("y", "ies"),
        ("y", "ied"),
    ):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            base = word[: -len(ending)]
            if (
                base + stem in lemmas
                or stem == ""
                and base[-1:] == base[-2:-1]
                and base[:-1] in lemmas
            ):  # "planned", "planning"
                return True
    return False


def _governor(span: Span) -> tuple[Token | None, bool]:
    """The verb that governs a time expression, and whether the expression hangs on it directly
    (through prepositions or as an adverbial: "expires on Sunday", "arrives Sunday") rather than
    through a noun ("after Tuesday's storm", "the talks in June")."""
    tok = span.root
    direct = True
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") and tok not in span and tok.dep_ not in _NOMINAL:
            return tok, direct
        if tok.head is tok:
            return None, direct
        if (
            tok not in span
            and tok.pos_ not in ("ADP", "CCONJ", "PUNCT")
            and tok.ent_type_ not in ("DATE", "TIME")
        ):
            direct = False  # passed through a noun phrase: its tense is not the date's
        if tok.dep_ in ("poss", "compound", "nmod", "amod"):
            direct = False
        tok = tok.head
    return (tok, direct) if tok.pos_ in ("VERB", "AUX") else (None, direct)


# A "verb" in a noun's place is a noun the tagger took for one ("missile launches in July",
# "price increases"): its tense is not the date's.
_NOMINAL = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "compound", "attr", "appos"})


def _planned_then(verb: Token, auxes: list[Token], span: Span) -> bool:
    """A plan told in the passive past with the date of its making: "the merger was proposed
    in November" (the proposing), unlike "was scheduled for May" (the event arranged) or "was
    due by Friday" (a deadline)."""
    if not any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in auxes):
        return False
    if _arranged_event(verb, span):
        return False
    opener = span[0].doc[span.start - 1] if span.start > 0 else None
    return not (opener is not None and opener.lower_ in _AHEAD_PREPOSITIONS)


# A date after these is the planned event's or a deadline, whatever the tense of the plan.
_AHEAD_PREPOSITIONS = frozenset({"for", "by", "until", "till", "before"})


def _arranged_event(verb: Token, span: Span) -> bool:
    """ "planned a rally on Saturday": the day is the rally's. With an infinitive ("On Friday,
    the government planned to pay") or in front of the verb, it dates the planning."""
    return (
        _is_verb(verb, ARRANGE)
        and span.start > verb.i
        and not any(c.dep_ == "xcomp" for c in verb.children)
    )


def _verb_tense(doc: Doc, start: int, end: int) -> str | None:
    """'future', 'past', 'present' or None from the verb that governs text[start:end]. Future:
    a modal, "going to", "is to", a verb of planning, the present progressive. Present: the
    simple present of a verb the expression hangs on ("the deadline expires on Sunday", "the
    vote is on Thursday"), which in news is a scheduled event. Past: past tense, present
    perfect."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok, direct = _governor(span)
    if tok is None:
        return None
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    lemmas = {a.lower_ for a in auxes}
    if lemmas & MODALS:
        return "future"
    if (
        _is_verb(tok, FUTURE_HEADS)
        and "had" not in lemmas
        and (tok.tag_ != "VBD" or _arranged_event(tok, span))
        and not _planned_then(tok, auxes, span)
    ):
        return "future"  # "planned a rally on Saturday", "is scheduled for May"
    if "did" in lemmas:
        return "past"  # "the vote didn't settle it": do-support in the past, not an infinitive
    if any(a.lower_ == "to" for a in auxes) or tok.tag_ == "VB":
        return _infinitive_tense(tok)
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if tok.tag_ == "VBN" and lemmas & {"has", "have", "had", "was", "were", "'ve"}:
        return "past"
    if tok.tag_ == "VBG" and not auxes and tok.dep_ == "xcomp" and tok.head.tag_ == "VBD":
        return "past"  # "began thinking about it during the summer": the past verb's time
    if tok.tag_ == "VBG" and lemmas & PRESENT_BE and direct:
        return "future"  # "is meeting on Friday", not "are searching after Tuesday's storm"
    if tok.tag_ == "VBN" and {a.lower_ for a in auxes if a.dep_ == "auxpass"} & PRESENT_BE:
        return "future"  # "the case is heard in May": a scheduled event
    if direct and _simple_present(tok) and not lemmas and not _is_verb(tok, NOT_SCHEDULED):
        return "present"  # "expires on Sunday", "opens Thursday", "is on Thursday"
    return None


def _simple_present(tok: Token) -> bool:
    """A verb in the simple present, not a past the tagger mistook for one ("Weakness hurt the
    index": a singular subject with the plural form is a past tense)."""
    if tok.tag_ == "VBZ":
        return True
    if tok.tag_ != "VBP" or tok.lower_ in SAME_PAST:
        return False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(c.tag_ in ("NN", "NNP") for c in subjects)


def _infinitive_tense(tok: Token) -> str | None:
    """ "to vote on Friday": future under "plans", "hopes", "will", "is" ("is to visit") or
    "going" ("is going to visit"), else unknown."""
    head = tok.head
    if head is tok:
        return None
    if any(c.lower_ == "had" for c in head.children if c.dep_ in ("aux", "auxpass")):
        return "past"  # "had been scheduled to expire Friday": a plan overtaken
    if _is_verb(head, FUTURE_HEADS) or head.lower_ in ("will", "would"):
        return "future"
    head_auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
    if head.lower_ in PRESENT_BE and tok.dep_ == "xcomp":
        return "future"  # "the minister is to visit on Friday"
    if head.lower_ == "going" and head_auxes & (PRESENT_BE | {"was", "were"}):
        return "future"
    return None


def arranged_before(ctx: Context, start: int, end: int) -> bool:
    """The expression dates an event arranged in the past tense ("Game 7 was scheduled for
    Wednesday night", "the talks were set for Monday"): told after the fact as often as
    before it, so a weekday is the nearer one, not always the next."""
    if ctx.doc is None:
        return False
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok, _ = _governor(span)
    if tok is not None and tok.head is not tok and _to_infinitive(tok):
        tok = tok.head  # "was scheduled to take off at 11 p.m. Sunday": the arranging verb
    if tok is not None and tok.lower_ == "due" and tok.head.lower_ in ("was", "were"):
        return True  # "the vote was due to take place on Friday"
    if tok is None or not (_is_verb(tok, ARRANGE) or tok.lower_ in ("set", "due")):
        return False
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.head is not tok.head:
        # "a rally planned for Saturday was canceled" / "... drew thousands": the arranged
        # thing's own verb tells whether the telling comes after the fact
        return _told_past(tok.head.head, simple=True)
    return _told_past(tok, simple=False)


def _told_past(verb: Token, simple: bool) -> bool:
    """``verb`` is in a past passive or progressive ("was canceled", "were set"), or, with
    ``simple``, a simple past ("drew"); no modal."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in MODALS or a.lower_ == "had" for a in auxes):
        return False
    if simple and not auxes and verb.tag_ == "VBD":
        return True
    return any(a.lower_ in ("was", "were") for a in auxes)


def _to_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
