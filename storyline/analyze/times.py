"""Time expressions: a rule-based recogniser and normaliser (HeidelTime-style) for English news.

``find_times`` finds dates, times, durations and sets and gives each a TimeML/ISO value:
``2024-10-15``, ``2024-10``, ``2024``, ``2024-W42``, ``2024-Q3``, ``P3D``,
``2024-10-14/2024-10-20``.
Relative expressions ("on Thursday", "Oct 15", "in June", "last week", "three years ago") are
resolved against ``reference`` (the publication date); the direction of an ambiguous weekday or
month comes from the verb that governs the expression in the parse: a modal, "going to", "is to",
a verb of planning or a simple present in running text ("the deadline expires on Sunday": a
scheduled event) point ahead; the past tense and present perfect point back, and so does a day
with no cue, as news reports the past week. Headlines and photo captions tell past news in the
present and get no forward reading. Anaphoric phrases count from
the text, not the reference: "the following month" from the last month named up to four
sentences back, "the quarter" of an earnings report from the last quarter it named.

Without a reference, absolute expressions keep their value and relative ones are kept with a
TimeML underspecified value in which ``X`` stands for what is unknown: ``XXXX-10-15`` (Oct 15),
``XXXX-06`` (June), ``XXXX-WXX-4`` (Thursday), ``XXXX-XX-XX`` (yesterday), ``XXXX-WXX`` (this
week), ``XXXX`` (last year). A value containing ``X`` is never a resolved date.

``estimate_published`` guesses a page's date from its content when no date is stated.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Span, Token

from storyline.model import TimeExpression
from storyline.textutil import sentence_spans as split_sentences

# ---------------------------------------------------------------- vocabulary

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_SEASONS = {
    "spring": ("SP", 3, 5),
    "summer": ("SU", 6, 8),
    "fall": ("FA", 9, 11),
    "autumn": ("FA", 9, 11),
    "winter": ("WI", 12, 14),
}
_POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
# unit word -> (ISO 8601 designator, whether it is a clock unit written after "T")
_UNIT = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "week": ("W", False),
    "weekend": ("WE", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("Y", False),
    "century": ("Y", False),
}

_MONTH = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER"
    r"|NOVEMBER|DECEMBER)(?![A-Za-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    r"(?:\.|(?![A-Za-z])))"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d:])"
_NUMW = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three"
    r"|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_NUM = (
    rf"(?:\d{{1,3}}(?:\.\d+)?|{_NUMW}|a\s+few|a\s+couple\s+of|a\s+couple|an|a|several|few|many"
    r"|some|a\s+half|half\s+an?|one\s+and\s+a\s+half)"
)
_UNITW = r"(?:second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))"
_BOUND = (
    r"(?:about|around|roughly|nearly|almost|approximately|some|more\s+than|less\s+than"
    r"|fewer\s+than|at\s+least|at\s+most|up\s+to|barely|another"
    r"|the\s+better\s+part\s+of)"
)
_EDGE = (
    r"(?:earlier|later|early|late|mid|the\s+(?:end|beginning|start"
    r"|middle|rest|remainder)\s+of)"
)
_PREP_BEFORE_MONTH = {
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "from",
    "through",
    "before",
    "after",
    "of",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "end",
    "beginning",
    "start",
    "to",
    "and",
    "or",
    "between",
    "on",
    "for",
}
# words after a four-digit number that show it counts things rather than naming a year
_NOT_AFTER_YEAR = re.compile(
    r"\s*(?:%|percent|per\b|troops|soldiers|people|members|men|women|km|miles|meters|metres"
    r"|tons|tonnes|dollars|euros|pounds|yuan|won|yen|units|times|points|feet|hours|shares"
    r"|cases|deaths|votes|jobs|workers|employees|students|cars|vehicles|homes|rounds|shells"
    r"|missiles|drones|tanks|barrels)\b",
    re.I,
)


def _num(word: str) -> float | None:
    """A number word or digits -> value; vague quantities ("several", "a few") -> None."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if w in ("a", "an", "one"):
        return 1
    if w in ("a half", "half a", "half an"):
        return 0.5
    if w == "one and a half":
        return 1.5
    if w in ("a couple", "a couple of"):
        return 2
    if w in _UNITS:
        return _UNITS[w]
    parts = re.split(r"[-\s]", w)
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


# ---------------------------------------------------------------- date arithmetic


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _quarter(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _add_quarters(y: int, q: int, k: int) -> tuple[int, int]:
    idx = y * 4 + (q - 1) + k
    return idx // 4, idx % 4 + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _shift(ref: date, n: float, unit: str) -> tuple[str, str] | None:
    """ref moved by n units (negative = back) -> (value, precision)."""
    k = int(round(n))
    if unit in ("day", "hour", "minute", "second"):
        if unit != "day":
            return ref.isoformat(), "day"
        return (ref + timedelta(days=k)).isoformat(), "day"
    if unit in ("week", "weekend"):
        return _week(ref + timedelta(weeks=k)), "week"
    if unit == "month":
        y, m = _add_months(ref.year, ref.month, k)
        return f"{y}-{m:02d}", "month"
    if unit == "quarter":
        y, q = _add_quarters(*_quarter(ref), k)
        return f"{y}-Q{q}", "other"
    if unit == "year":
        return str(ref.year + k), "year"
    if unit == "decade":
        return str(ref.year + 10 * k)[:3], "other"
    if unit == "century":
        return str(ref.year + 100 * k)[:2], "other"
    return None


def _parse_ref(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value  # type: ignore[return-value]
    if isinstance(value, datetime):
        return value.date()
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    return _safe_date(int(m[1]), int(m[2]), int(m[3])) if m else None


# ---------------------------------------------------------------- context


@dataclass
class _Ctx:
    text: str
    ref: date | None
    doc: Doc | None
    sents: list[tuple[int, int]]
    resolved: list[tuple[int, str]] = field(default_factory=list)  # (start, value) of dates
    quarters: list[tuple[int, str]] = field(default_factory=list)  # quarters named outright

    def sentence(self, pos: int) -> tuple[int, int]:
        for s, e in self.sents:
            if s <= pos < e:
                return s, e
        return 0, len(self.text)

    def before(self, pos: int, n: int = 60) -> str:
        s, _ = self.sentence(pos)
        return self.text[max(s, pos - n) : pos]

    def prev_word(self, pos: int) -> str:
        m = re.search(r"([A-Za-z]+)\W*$", self.text[max(0, pos - 25) : pos])
        return m[1].lower() if m else ""


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

_FUTURE_HEADS = {
    "plan",
    "expect",
    "intend",
    "schedule",
    "due",
    "aim",
    "prepare",
    "hope",
    "promise",
    "vow",
    "threaten",
    "propose",
    "slate",
    "want",
    "seek",
    "pledge",
}


def _tense(ctx: _Ctx, start: int, end: int) -> str | None:
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
    r"(?:said|told\s+\w+|announced|confirmed|stated|added|reported|wrote"
    r"|warned|insisted|admitted|denied)\s+(?:(?:late|early)\s+)?(?:on\s+)?$"
)
# Verbs that set a deadline: "extended the curfew until Sunday" still points ahead.
_DEADLINE_VERBS = {
    "extend",
    "postpone",
    "delay",
    "adjourn",
    "defer",
    "suspend",
    "push",
    "give",
    "grant",
    "set",
    "order",
    "impose",
    "declare",
    "close",
    "shut",
    "ban",
    "allow",
    "freeze",
    "move",
    "reschedule",
    "schedule",
    "plan",
    "expect",
}


_CREDIT = re.compile(
    r"\s*\(?(?:(?:photo|photograph|picture|image|video|credit|caption)s?\b"
    r"|(?:AP|AFP|Reuters|Getty|EPA|dpa)\b[^\n]{0,30}\b(?:photo|images?)\b)",
    re.I,
)


def _headline_or_caption(ctx: _Ctx, pos: int) -> bool:
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


def _after_past_verb(ctx: _Ctx, start: int) -> bool:
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


def _past_state(ctx: _Ctx, start: int, end: int) -> bool:
    """ "stayed closed until Tuesday": a state that lasted until a past day, not a deadline."""
    if ctx.doc is None:
        return False
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "acomp":  # "stayed closed": "stayed"
            if tok.lemma_ in _DEADLINE_VERBS:
                return False
            auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
                return not any(a.lower_ in ("would", "could", "'d") for a in auxes)
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _is_verb(tok: Token, lemmas: set[str]) -> bool:
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
        if tok.pos_ in ("VERB", "AUX") and tok not in span:
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


# Verbs that arrange an event: even in the past tense they point ahead ("planned a rally on
# Saturday"), where "expected" looks back ("rose more than analysts expected on Friday").
_ARRANGE = {"plan", "schedule", "slate"}


def _arranged_event(verb: Token, span: Span) -> bool:
    """ "planned a rally on Saturday": the day is the rally's. With an infinitive ("On Friday,
    the government planned to pay") or in front of the verb, it dates the planning."""
    return (
        _is_verb(verb, _ARRANGE)
        and span.start > verb.i
        and not any(c.dep_ == "xcomp" for c in verb.children)
    )


_MODALS = {"will", "'ll", "shall", "wo", "would", "'d", "should", "must", "might", "may"}
_PRESENT_BE = {"is", "are", "am", "'s", "'re"}
# Present-tense verbs that report or describe a state rather than schedule an event: "says
# Monday" is no plan, and "as of February the store accounts for 70%" is a state since then.
_NOT_SCHEDULED = {
    "say",
    "tell",
    "claim",
    "note",
    "add",
    "write",
    "show",
    "remain",
    "seem",
    "appear",
    "know",
    "think",
    "believe",
    "mean",
    "need",
    "like",
    "include",
    "continue",
    "trade",
    "compare",
    "follow",
    "account",
    "represent",
    "total",
    "amount",
    "equal",
    "own",
    "belong",
    "contain",
    "consist",
    "exist",
    "depend",
    "involve",
    "lack",
    "weigh",
    "keep",
    "stay",
}


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
    if lemmas & _MODALS:
        return "future"
    if (
        _is_verb(tok, _FUTURE_HEADS)
        and "had" not in lemmas
        and (tok.tag_ != "VBD" or _arranged_event(tok, span))
    ):
        return "future"  # "planned a rally on Saturday", "is scheduled for May"
    if any(a.lower_ == "to" for a in auxes) or tok.tag_ == "VB":
        return _infinitive_tense(tok)
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if tok.tag_ == "VBN" and lemmas & {"has", "have", "had", "was", "were", "'ve"}:
        return "past"
    if tok.tag_ == "VBG" and lemmas & _PRESENT_BE and direct:
        return "future"  # "is meeting on Friday", not "are searching after Tuesday's storm"
    if tok.tag_ == "VBN" and {a.lower_ for a in auxes if a.dep_ == "auxpass"} & _PRESENT_BE:
        return "future"  # "the case is heard in May": a scheduled event
    if direct and _simple_present(tok) and not lemmas and not _is_verb(tok, _NOT_SCHEDULED):
        return "present"  # "expires on Sunday", "opens Thursday", "is on Thursday"
    return None


# Verbs whose past tense is spelt as the present: the tagger's VBP for "hurt" may be a past.
_SAME_PAST = {
    "hit",
    "cut",
    "put",
    "set",
    "let",
    "hurt",
    "cost",
    "shut",
    "spread",
    "quit",
    "bid",
    "cast",
    "split",
    "burst",
    "read",
    "beat",
    "upset",
    "broadcast",
    "forecast",
    "shed",
    "thrust",
    "slit",
    "rid",
}


def _simple_present(tok: Token) -> bool:
    """A verb in the simple present, not a past the tagger mistook for one ("Weakness hurt the
    index": a singular subject with the plural form is a past tense)."""
    if tok.tag_ == "VBZ":
        return True
    if tok.tag_ != "VBP" or tok.lower_ in _SAME_PAST:
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
    if _is_verb(head, _FUTURE_HEADS) or head.lower_ in ("will", "would"):
        return "future"
    head_auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
    if head.lower_ in _PRESENT_BE and tok.dep_ == "xcomp":
        return "future"  # "the minister is to visit on Friday"
    if head.lower_ == "going" and head_auxes & (_PRESENT_BE | {"was", "were"}):
        return "future"
    return None


# ---------------------------------------------------------------- resolution helpers


def _month_num(word: str) -> int:
    return _MONTHS[word.lower()[:3]]


def _resolve_month_day(ctx: _Ctx, m: int, d: int, start: int, end: int) -> str | None:
    if ctx.ref is None:
        return f"XXXX-{m:02d}-{d:02d}" if _safe_date(2000, m, d) else None  # 2000: a leap year
    ref = ctx.ref
    cand = _safe_date(ref.year, m, d)
    if cand is None:
        return None
    tense = _tense(ctx, start, end)
    if cand > ref + timedelta(days=60) and tense != "future":
        cand = _safe_date(ref.year - 1, m, d) or cand
    elif cand < ref - timedelta(days=240) and tense == "future":
        cand = _safe_date(ref.year + 1, m, d) or cand
    return cand.isoformat()


def _resolve_month(ctx: _Ctx, m: int, rel: str, start: int, end: int) -> str:
    if ctx.ref is None:
        return f"XXXX-{m:02d}"
    ref = ctx.ref
    y = ref.year
    if rel == "last":
        y = y if m < ref.month else y - 1
    elif rel == "next":
        y = y if m > ref.month else y + 1
    elif rel == "this":
        pass
    else:
        tense = _tense(ctx, start, end)
        if tense == "future":
            y = y if m >= ref.month else y + 1
        elif m > ref.month + (1 if tense is None else 0):
            y -= 1
        elif tense is None and m + 12 - ref.month <= 2:
            y += 1  # "January" said in November, no tense to go by: the nearer one
    return f"{y}-{m:02d}"


def _resolve_weekday(ctx: _Ctx, wd: int, rel: str, start: int, end: int) -> str:
    if ctx.ref is None:
        return f"XXXX-WXX-{wd + 1}"
    ref = ctx.ref
    back = (ref.weekday() - wd) % 7
    fwd = (wd - ref.weekday()) % 7
    if rel == "last":
        return (ref - timedelta(days=back or 7)).isoformat()
    if rel in ("next", "coming"):
        return (ref + timedelta(days=fwd or 7)).isoformat()
    if rel == "this":
        return (ref - timedelta(days=ref.weekday()) + timedelta(days=wd)).isoformat()
    if _tense(ctx, start, end) == "future":
        return (ref + timedelta(days=fwd)).isoformat()
    return (ref - timedelta(days=back)).isoformat()


def _resolve_quarter(ctx: _Ctx, q: int, start: int, end: int) -> str:
    if ctx.ref is None:
        return f"XXXX-Q{q}"
    y, rq = _quarter(ctx.ref)
    if q > rq and _tense(ctx, start, end) != "future":
        y -= 1
    return f"{y}-Q{q}"


def _resolve_season(ctx: _Ctx, name: str, rel: str) -> str:
    code, first, last = _SEASONS[name.lower()]
    if ctx.ref is None:
        return f"XXXX-{code}"
    y = ctx.ref.year
    month = ctx.ref.month
    if code == "WI" and month <= 2:
        month += 12
        y -= 1
    if rel == "last":
        y = y if month > last else y - 1
    elif rel == "next":
        y = y if month < first else y + 1
    return f"{y}-{code}"


def _relative_unit(ctx: _Ctx, unit: str, k: int) -> str | None:
    """this/last/next week|month|year|quarter|weekend -> value (k = -1, 0, 1)."""
    unit = unit.lower()
    if ctx.ref is None:
        return {
            "week": "XXXX-WXX",
            "weekend": "XXXX-WXX-WE",
            "month": "XXXX-XX",
            "year": "XXXX",
            "quarter": "XXXX-QX",
            "decade": "XXX",
            "century": "XX",
        }.get(unit)
    if unit == "weekend":
        return _week(ctx.ref + timedelta(weeks=k)) + "-WE"
    shifted = _shift(ctx.ref, k, unit)
    return shifted[0] if shifted else None


# ---------------------------------------------------------------- rules

Hit = tuple[str, str] | tuple[str, str, int, int]  # (type, value[, start, end])


@dataclass
class _Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Callable[[re.Match[str], _Ctx], Hit | None]
    relative: bool = True
    anchored: bool = False  # needs the dates found before it (second pass)


_RULES: list[_Rule] = []


def _rule(
    name: str, pattern: str, relative: bool = True, anchored: bool = False
) -> Callable[
    [Callable[[re.Match[str], _Ctx], Hit | None]], Callable[[re.Match[str], _Ctx], Hit | None]
]:
    def wrap(
        fn: Callable[[re.Match[str], _Ctx], Hit | None],
    ) -> Callable[[re.Match[str], _Ctx], Hit | None]:
        _RULES.append(
            _Rule(name, re.compile(r"(?<![\w])" + pattern + r"(?![\w])"), fn, relative, anchored)
        )
        return fn

    return wrap


@_rule(
    "iso",
    r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?)?",
    relative=False,
)
def _iso(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return ("DATE", d.isoformat()) if d else None


@_rule("slash", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d\d)(?![/\d])", relative=False)
def _slash(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 1900 if y > 30 else 2000
    month, day = (a, b) if a <= 12 else (b, a)  # US order unless impossible
    d = _safe_date(y, month, day)
    return ("DATE", d.isoformat()) if d else None


@_rule(
    "month_day_year",
    rf"(?:{_WEEKDAY},?\s+)?(?P<mon>{_MONTH})\s*(?P<d>{_DAY}),?\s*(?P<y>{_YEAR})",
    relative=False,
)
def _mdy(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    d = _safe_date(int(m["y"]), _month_num(m["mon"]), int(re.sub(r"\D", "", m["d"])))
    return ("DATE", d.isoformat()) if d else None


@_rule(
    "day_month_year",
    rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH}),?\s*(?P<y>{_YEAR})",
    relative=False,
)
def _dmy(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    return _mdy(m, ctx)


@_rule(
    "month_day_range",
    rf"(?P<mon>{_MONTH})\s*(?P<d1>{_DAY})\s*(?:-|–|to|through|until)\s*(?P<d2>{_DAY})"
    rf"(?:,?\s*(?P<y>{_YEAR}))?",
)
def _md_range(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    month = _month_num(m["mon"])
    d1, d2 = int(re.sub(r"\D", "", m["d1"])), int(re.sub(r"\D", "", m["d2"]))
    if d2 <= d1:
        return None
    if m["y"]:
        first, last = _safe_date(int(m["y"]), month, d1), _safe_date(int(m["y"]), month, d2)
        if not first or not last:
            return None
        return "DATE", f"{first.isoformat()}/{last.isoformat()}"
    a = _resolve_month_day(ctx, month, d1, m.start(), m.end())
    if a is None or _safe_date(2000, month, d2) is None:
        return None
    return "DATE", f"{a}/{a[:8]}{d2:02d}"


@_rule(
    "year_range", rf"(?P<y1>{_YEAR})\s*(?:-|–|to)\s*(?P<y2>{_YEAR}|\d\d)(?![\d-])", relative=False
)
def _year_range(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
    if not y1 < y2 <= y1 + 30:
        return None
    return "DATE", f"{y1}/{y2}"


@_rule("month_day", rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<mon>{_MONTH})\s*(?P<d>{_DAY})")
def _md(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    month, day = _month_num(m["mon"]), int(re.sub(r"\D", "", m["d"]))
    wd = m.groupdict().get("wd")
    if wd and ctx.ref is not None:
        # "Sunday, Oct 15": the year, near the reference, in which that day is a Sunday
        years = [
            y
            for y in (ctx.ref.year, ctx.ref.year - 1, ctx.ref.year + 1)
            if (d := _safe_date(y, month, day)) and d.weekday() == _WEEKDAYS[wd.lower()]
        ]
        if years:
            return "DATE", f"{years[0]}-{month:02d}-{day:02d}"
    value = _resolve_month_day(ctx, month, day, m.start(), m.end())
    return ("DATE", value) if value else None


@_rule("day_month", rf"(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})")
def _dm(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    if not (m["d"][-2:].isalpha() or "of" in m[0] or m["mon"].rstrip(".").isalpha()):
        return None
    return _md(m, ctx)


@_rule(
    "month_year",
    rf"(?:(?P<edge>{_EDGE})[\s-]+)?(?P<mon>{_MONTH})\s*(?:of\s+|,\s*)?(?P<y>{_YEAR}|'\d\d)",
    relative=False,
)
def _my(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    y = int(m["y"].lstrip("'"))
    if y < 100:
        y += 1900 if y > 30 else 2000
    return "DATE", f"{y}-{_month_num(m['mon']):02d}"


@_rule(
    "month",
    rf"(?:(?P<edge>{_EDGE})[\s-]+)?(?:(?P<rel>this|last|next|(?i:this|last|next))\s+)?"
    rf"(?P<mon>{_MONTH})",
)
def _month(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    word = m["mon"]
    after = ctx.text[m.end() : m.end() + 20]
    if word == "May" or len(word.rstrip(".")) == 3 and not word.endswith("."):
        # "May" is mostly a modal verb; bare abbreviations are mostly other words
        if not (m["edge"] or m["rel"] or ctx.prev_word(m.start()) in _PREP_BEFORE_MONTH):
            return None
    if re.match(r"\s+[A-Z][a-z]", after) and not (m["edge"] or m["rel"]):
        if ctx.prev_word(m.start()) not in _PREP_BEFORE_MONTH - {"and", "or", "to", "on", "for"}:
            return None  # "June Carter", "August Wilson"
    if re.match(r"\s*\d", after):
        return None  # "last Oct. 23": the day rule's
    rel = (m["rel"] or "").lower()
    return "DATE", _resolve_month(ctx, _month_num(word), rel, m.start(), m.end())


@_rule(
    "season",
    r"(?:(?P<edge>(?i:early|late|mid)[\s-]+))?(?:(?P<rel>(?i:this|last|next|past|the))\s+)?"
    r"(?P<s>(?i:spring|summer|fall|autumn|winter))(?:\s+(?:of\s+)?(?P<y>" + _YEAR + "))?",
)
def _season(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    code = _SEASONS[m["s"].lower()][0]
    if m["y"]:
        return "DATE", f"{m['y']}-{code}"
    rel = (m["rel"] or "").lower()
    if rel in ("", "the"):
        if ctx.prev_word(m.start()) not in (
            "in",
            "the",
            "this",
            "during",
            "by",
            "until",
            "since",
            "early",
            "late",
            "over",
            "through",
            "into",
            "throughout",
            "after",
            "before",
        ):
            return None
        if m["s"].lower() == "fall" and rel != "the":
            return None
        rel = "this"
    return "DATE", _resolve_season(ctx, m["s"], "last" if rel == "past" else rel)


@_rule(
    "year",
    rf"(?:(?P<pre>(?i:fiscal|the\s+year|calendar|year|mid|early|late|the\s+(?:end|beginning|start"
    rf"|middle|rest|remainder|first\s+half|second\s+half)\s+of))[\s-]+)?(?P<y>{_YEAR})",
    relative=False,
)
def _year_rule(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    before = ctx.text[max(0, m.start() - 2) : m.start()]
    if re.search(r"[$€£#.,/:]\s?$|\d\s?$", before):
        return None
    after = ctx.text[m.end() : m.end() + 25]
    if re.match(r"[.,]\d|\s*-\s*\d|/", after) or _NOT_AFTER_YEAR.match(after):
        return None
    if not m["pre"] and ctx.doc is not None:
        span = ctx.doc.char_span(m.start("y"), m.end("y"))
        if (
            span is not None
            and span.root.dep_ == "nummod"
            and span.root.head.tag_ == "NNS"
            and span.root.head.lower_ not in ("years", "summers", "seasons")
        ):
            return None
    y = m["y"]
    return "DATE", y


@_rule(
    "decade",
    r"(?:(?P<the>(?i:the))\s+)?(?:(?P<edge>(?i:early|mid|late))[\s-]+)?"
    r"(?:(?P<y>1[6-9]\d0|20\d0)|'(?P<yy>\d0))'?s",
    relative=False,
)
def _decade(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    if m["y"]:
        return "DATE", m["y"][:3]
    return "DATE", "19" + m["yy"][0]


@_rule(
    "spoken_year",
    r"(?:(?i:the\s+year)\s+|(?P<mon>" + _MONTH + r")\s+)?"
    r"(?P<y>(?i:nineteen|eighteen)[\s-]+(?P<rest>"
    + _NUMW
    + r")|(?i:two\s+thousand(?:\s+and)?(?:\s+(?P<rest2>"
    + _NUMW
    + r"))?))",
)
def _spoken_year(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    if m["rest"] is not None:
        n = _num(m["rest"])
        if n is None or n < 10:
            return None
        year = f"{(19 if m['y'].lower().startswith('nine') else 18)}{int(n):02d}"
        return "DATE", f"{year}-{_month_num(m['mon']):02d}" if m["mon"] else year
    if not re.match(r"(?i)the\s+year", m[0]) and not m["rest2"]:
        return None
    return "DATE", str(2000 + int(_num(m["rest2"]) or 0) if m["rest2"] else 2000)


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


@_rule(
    "decade_word",
    r"(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?(?P<w>(?i:twenties|thirties"
    r"|forties"
    r"|fifties|sixties|seventies|eighties|nineties))",
)
def _decade_word(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    return "DATE", f"19{_DECADE_WORDS[m['w'].lower()]}"


@_rule(
    "year_end",
    r"(?P<w>(?i:year-end|year\s+end|year's\s+end|the\s+(?:full|current|current"
    r"\s+fiscal|current\s+calendar)\s+year))",
)
def _year_end(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    if re.match(r"\s*(?:'s)", ctx.text[m.end() : m.end() + 3]) and "current" in m[0].lower():
        return None
    return "DATE", str(ctx.ref.year) if ctx.ref else "XXXX"


@_rule(
    "accounting_year",
    r"(?i:the\s+(?:fiscal\s+|financial\s+)?year)(?=\s+(?:that\s+)?"
    r"(?:ended|ending|ends|to\s+(?:the\s+)?end\s+of)\b)",
)
def _accounting_year(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    """ "the year ended Sept. 30": a twelve-month accounting period, dated by the day after it."""
    return "DURATION", "P1Y"


@_rule(
    "in_the_unit",
    r"(?P<edge>(?i:earlier|later))\s+(?i:in|this|that)\s+(?i:the\s+)?"
    r"(?P<u>(?i:year|month|week))",
)
def _in_the_unit(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    """ "earlier in the year": a part of the current year (month, week)."""
    if re.search(r"(?i)\bthat\b", m[0]):
        return None  # anchored on another date: "later that year" belongs to the second pass
    value = _relative_unit(ctx, m["u"], 0)
    return ("DATE", value) if value else None


@_rule(
    "end_of_unit",
    r"(?i:the\s+(?:end|beginning|start|middle|rest|remainder)\s+of\s+the\s+)"
    r"(?P<u>(?i:year|month|week|quarter|decade|century))",
)
def _end_of_unit(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    """ "by the end of the month": a part of the month we are in."""
    if re.match(r"\s*(?:'s|of|before|after|in\s+which|when|that)\b", ctx.text[m.end() :]):
        return None
    value = _relative_unit(ctx, m["u"], 0)
    return ("DATE", value) if value else None


@_rule("century", r"(?:(?i:the)\s+)?(?P<n>\d\d?)(?:st|nd|rd|th)[\s-]+(?i:century)", relative=False)
def _century(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    return "DATE", f"{int(m['n']) - 1:02d}"


@_rule(
    "deictic_day",
    r"(?:(?P<edge>(?i:late|early|earlier|later))\s+)?(?P<w>(?i:today|yesterday|tomorrow|tonight"
    r"|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow))(?:\s+(?P<pod>"
    r"(?i:morning|afternoon|evening|night)))?",
)
def _deictic_day(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    word = re.sub(r"\s+", " ", m["w"].lower())
    if word == "today" and re.match(
        r"'s\s+(?:world|society|economy|standards)", ctx.text[m.end() :]
    ):
        return "DATE", "PRESENT_REF"
    shift = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[word]
    pod = "NI" if word == "tonight" else _POD.get((m["pod"] or "").lower())
    if ctx.ref is None:
        return ("TIME" if pod else "DATE"), "XXXX-XX-XX" + (f"T{pod}" if pod else "")
    day = (ctx.ref + timedelta(days=shift)).isoformat()
    return ("TIME", f"{day}T{pod}") if pod else ("DATE", day)


@_rule(
    "this_pod",
    r"(?P<rel>(?i:this|last|early\s+this|late\s+this))\s+(?P<pod>(?i:morning"
    r"|afternoon|evening|night))",
)
def _this_pod(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    rel = m["rel"].lower().split()[-1]
    pod = _POD[m["pod"].lower()]
    if rel == "last" and pod != "NI":
        return None
    if ctx.ref is None:
        return "TIME", f"XXXX-XX-XXT{pod}"
    day = ctx.ref - timedelta(days=1 if rel == "last" else 0)
    return "TIME", f"{day.isoformat()}T{pod}"


@_rule(
    "present",
    r"(?i:(?:right\s+)?now|currently|at\s+present|presently|nowadays|these\s+days"
    r"|at\s+the\s+moment|so\s+far|to\s+date)",
)
def _present(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    word = m[0].lower()
    after = ctx.text[m.end() : m.end() + 12]
    if word == "now" and re.match(r"-|\s+that\b", after):
        return None
    if word in ("so far", "to date"):
        return None  # durations up to now: seldom annotated, never a date
    return "DATE", "PRESENT_REF"


@_rule(
    "past_ref",
    r"(?i:recently|lately|the\s+past|recent\s+(?P<u>years|months|weeks"
    r"|days)|recent\s+times)",
)
def _past_ref(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    if m["u"]:  # "in recent years": an unspecified stretch up to now
        return "DURATION", "PX" + _UNIT[m["u"].lower()[:-1]][0]
    after = ctx.text[m.end() : m.end() + 20]
    if re.match(
        r"\s+(?:\d|" + _NUMW + r"|few|several|year|month|week|day|decade|century"
        r"|weekend|quarter)",
        after,
        re.I,
    ):
        return None
    return "DATE", "PAST_REF"


@_rule(
    "future_ref",
    r"(?i:the\s+(?:near\s+|foreseeable\s+|distant\s+)?future|soon"
    r"|an?\s+(?:later|future)\s+(?:date|time|stage))",
)
def _future_ref(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    before = ctx.text[max(0, m.start() - 8) : m.start()].lower()
    if m[0].lower() == "soon" and (
        re.search(r"\bas\s+$", before)
        or ctx.text[m.end() : m.end() + 1] == "-"
        or ctx.text[m.end() : m.end() + 4].lower() == " as "
        or re.search(r"\bhow\s+$", before)
    ):
        return None
    return "DATE", "FUTURE_REF"


@_rule(
    "weekday",
    rf"(?:(?P<edge>(?i:early|late))\s+)?(?:(?P<rel>(?i:last|next|this|coming"
    rf"|this\s+coming))\s+)?"
    rf"(?P<wd>{_WEEKDAY})(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?",
)
def _weekday(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    rel = (m["rel"] or "").lower().split()[-1] if m["rel"] else ""
    value = _resolve_weekday(ctx, _WEEKDAYS[m["wd"].lower()], rel, m.start(), m.end())
    # "Friday night" keeps the day as its value: a day is what timelines need (and what
    # TimeBank gives most often on our dev half)
    return "DATE", value


@_rule(
    "relative_unit",
    rf"(?:(?P<edge>(?i:{_EDGE}))[\s-]+)?(?P<rel>(?i:this|last|next|past|coming|current|previous"
    r"|the\s+same|the\s+following|the\s+previous|the\s+past|the\s+coming|the\s+current"
    r"|the\s+last|the\s+next|the\s+preceding|the\s+prior|(?:earlier|later)\s+(?:this|that)"
    r"))\s+(?P<u>(?i:week|weekend|month|year|quarter|decade|century))",
)
def _relative_unit_rule(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["u"].lower()
    if rel in ("the past", "the last") and unit in ("year", "month", "week"):
        # TimeBank and MEANTIME date "the past year" as the year before, not a length of time
        value = _relative_unit(ctx, unit, -1)
        return ("DATE", value) if value else None
    if rel.startswith(("the past", "past", "the last")) or rel in ("the coming", "the next"):
        if unit == "weekend" and rel == "the past":
            return None
        size = {"decade": "10Y", "century": "100Y", "weekend": "1WE"}.get(
            unit, "1" + _UNIT[unit][0]
        )
        return "DURATION", "P" + size
    if rel in ("the same", "the following", "the previous", "the preceding", "the prior"):
        return None  # anchored on another date: see the second pass
    k = {
        "this": 0,
        "current": 0,
        "the current": 0,
        "last": -1,
        "previous": -1,
        "next": 1,
        "coming": 1,
        "earlier this": 0,
        "later this": 0,
    }.get(rel)
    if k is None:
        return None
    value = _relative_unit(ctx, unit, k)
    return ("DATE", value) if value else None


@_rule("the_unit", r"(?P<the>(?i:the))\s+(?P<u>(?i:weekend|week))")
def _the_unit(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    unit = m["u"].lower()
    if re.match(_NOT_DEICTIC, ctx.text[m.end() : m.end() + 12]):
        return None
    if ctx.ref is None:
        return "DATE", {"weekend": "XXXX-WXX-WE", "week": "XXXX-WXX"}[unit]
    if unit == "weekend":
        wk = ctx.ref - timedelta(weeks=1) if ctx.ref.weekday() <= 1 else ctx.ref
        return "DATE", _week(wk) + "-WE"
    return "DATE", _week(ctx.ref)


_NOT_DEICTIC = r"\s*(?:'s|of|before|after|earlier|ago|later|that|when|in\s+which)\b"


@_rule(
    "the_quarter",
    r"(?P<the>(?i:the|the\s+latest|the\s+most\s+recent))\s+(?P<u>(?i:quarter"
    r"|period|reporting\s+period))",
    anchored=True,
)
def _the_quarter(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    """ "the quarter", "the latest period" of a company report: the quarter the text last named
    ("fiscal second-quarter profit ... The latest period"), else the last completed one."""
    if "period" in m["u"].lower() and m["the"].lower() == "the":
        return None
    if re.match(_NOT_DEICTIC, ctx.text[m.end() : m.end() + 12]):
        return None
    if ctx.ref is None:
        return "DATE", "XXXX-QX"
    y, q = _add_quarters(*_quarter(ctx.ref), -1)
    last = f"{y}-Q{q}"
    named = [v for s, v in ctx.quarters if s < m.start() and v <= last]  # reported: completed
    return "DATE", named[-1] if named else last


@_rule("year_quarter", r"(?i:the)\s+(?P<y>" + _YEAR + r")\s+(?i:period|quarter)", anchored=True)
def _year_quarter(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    """ "the 1988 period" of an earnings report: the quarter under discussion, in that year."""
    if re.match(_NOT_DEICTIC, ctx.text[m.end() : m.end() + 12]):
        return None
    if ctx.ref is None:
        return "DATE", f"{m['y']}-QX"
    y, q = _add_quarters(*_quarter(ctx.ref), -1)
    named = [v for s, v in ctx.quarters if s < m.start() and v <= f"{y}-Q{q}"]
    return "DATE", f"{m['y']}-Q{named[-1][-1] if named else q}"


@_rule(
    "quarter",
    rf"(?:(?i:the)\s+)?(?:(?P<y>{_YEAR})(?:'s)?\s+|(?P<rel>(?i:this|last|next))\s+year's\s+"
    r"|(?i:fiscal)\s+|(?i:calendar)\s+)?(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))"
    rf"[\s-]+(?i:quarter|qtr\.?)(?:\s+of\s+(?P<y2>{_YEAR}|(?i:this|last|next)\s+year))?",
)
def _quarter_rule(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    q = _ORDINALS[m["q"].lower()]
    after = ctx.text[m.end() : m.end() + 4]
    if after.startswith("s") or re.match(r"\s+(?:of\s+a|point)", after):
        return None
    y: int | None = int(m["y"]) if m["y"] else None
    rel = (m["rel"] or (m["y2"] if m["y2"] and not m["y2"][0].isdigit() else "") or "").lower()
    if m["y2"] and m["y2"][0].isdigit():
        y = int(m["y2"])
    if y is None and rel and ctx.ref is not None:
        y = (
            ctx.ref.year
            + {"this year": 0, "last year": -1, "next year": 1, "this": 0, "last": -1, "next": 1}[
                rel
            ]
        )
    value = f"{y}-Q{q}" if y is not None else _resolve_quarter(ctx, q, m.start(), m.end())
    if re.match(r"(?i)the\s", m[0]) and "-" in m[0] and not (m["y"] or m["rel"]):
        return "DATE", value, m.start() + 4, m.end()  # "the third-quarter loss": the adjective
    return "DATE", value


@_rule(
    "half",
    rf"(?:(?i:the)\s+)?(?P<h>(?i:first|second))\s+half(?:\s+of\s+(?P<y>{_YEAR}"
    r"|(?i:this|last|next)\s+year))?",
)
def _half(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    h = 1 if m["h"].lower() == "first" else 2
    if m["y"] and m["y"][0].isdigit():
        return "DATE", f"{m['y']}-H{h}"
    if ctx.ref is None:
        return "DATE", f"XXXX-H{h}"
    if m["y"]:
        k = {"this": 0, "last": -1, "next": 1}[m["y"].split()[0].lower()]
        return "DATE", f"{ctx.ref.year + k}-H{h}"
    if not re.match(r"\s+of\s+(?:the\s+)?(?:year|month|decade|century)", ctx.text[m.end() :]):
        after_year = re.match(r"\s*(?:,|of)?", ctx.text[m.end() :])
        if after_year is None or not re.search(r"\b(?:year|fiscal)\b", ctx.before(m.start(), 40)):
            return None
    y = ctx.ref.year if h == 1 or ctx.ref.month > 6 else ctx.ref.year - 1
    return "DATE", f"{y}-H{h}"


@_rule(
    "ago",
    rf"(?:(?i:{_BOUND})\s+)?(?P<num>{_NUM}|(?i:{_NUM}))[\s-]+(?P<u>(?i:{_UNITW}))s?\s+(?P<dir>(?i:ago|earlier|before"
    r"|later|after|from\s+now|hence|back))",
)
def _ago(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    n = _num(m["num"])
    unit = m["u"].lower().replace("centurie", "century")
    direction = m["dir"].lower()
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    if direction in ("later", "after", "before"):
        return None  # needs an anchor: second pass
    if n is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if ctx.ref is None:
        return "DATE", {
            "day": "XXXX-XX-XX",
            "week": "XXXX-WXX",
            "month": "XXXX-XX",
            "quarter": "XXXX-QX",
        }.get(unit, "XXXX")
    if sign < 0 and n == 1 and unit == "year":
        quarter = _discussed_quarter(ctx, m.start(), "")
        if quarter:
            y, q = _add_quarters(*quarter, -4)
            return "DATE", f"{y}-Q{q}"
    shifted = _shift(ctx.ref, sign * n, unit)
    return ("DATE", shifted[0]) if shifted else None


@_rule(
    "anchored_ago",
    rf"(?P<num>{_NUM}|(?i:{_NUM}))[\s-]+(?P<u>(?i:{_UNITW}))s?\s+(?P<dir>(?i:earlier|before"
    r"|later|after))",
    anchored=True,
)
def _anchored_ago(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    n = _num(m["num"])
    unit = m["u"].lower().replace("centurie", "century")
    sign = 1 if m["dir"].lower() in ("later", "after") else -1
    need = "day" if unit in ("hour", "minute", "second") else unit
    anchor: date | None = None
    event = m["dir"].lower() in ("after", "before") and bool(
        re.match(r"\s+[\w“\"‘']", ctx.text[m.end() :])
    )
    if event:
        anchor = _date_right_after(ctx, m.end(), need)  # "two days after March 3"
        if anchor is None:
            # "on Thursday, a day after the dam collapsed": the phrase counts back from the
            # date of its own clause, never from a date of an earlier sentence
            sign = -sign
            anchor = _clause_anchor(ctx, m.start(), m.end(), need)
            if anchor is None and not _past_anchor_ok(ctx, m.start(), m.end()):
                return _anchored_length(m, n, unit)
    if n is None:  # "a few days later": no point in time to name, only a vague length
        return _anchored_length(m, None, unit)
    if not event:  # "two days later": counted from the last date named before it
        anchor = _anchor(ctx, m.start(), unit=need)
    if anchor is None:
        if sign > 0 or ctx.ref is None or m["dir"].lower() == "before":
            return _anchored_length(m, n, unit)  # nothing to count from: the length it names
        anchor = ctx.ref  # "a year earlier" with nothing before it: counted from publication
        quarter = _discussed_quarter(ctx, m.start(), "") if (n, unit) == (1, "year") else None
        if quarter:
            y, q = _add_quarters(*quarter, -4)
            return "DATE", f"{y}-Q{q}"
    shifted = _shift(anchor, sign * n, unit)
    if shifted is None:
        return None
    return "DATE", shifted[0]


def _anchored_length(m: re.Match[str], n: float | None, unit: str) -> Hit:
    """The length of time an anchored phrase names ("two days" of "two days after"), for when
    there is no date to count from."""
    code = _UNIT.get(unit, ("Y", False))
    amount = "X" if n is None else _fmt_num(n * {"decade": 10, "century": 100}.get(unit, 1))
    return "DURATION", ("PT" if code[1] else "P") + amount + code[0], m.start(), m.start("dir") - 1


def _as_day(value: str, need: str) -> date | None:
    """A resolved value at least as precise as ``need`` -> its first day."""
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value)
    if not m or 1 + bool(m[2]) + bool(m[3]) < {"day": 3, "week": 2, "month": 2}.get(need, 1):
        return None
    return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))


def _date_right_after(ctx: _Ctx, pos: int, need: str) -> date | None:
    """The date that directly follows "after"/"before" ("a week after March 3")."""
    for start, value in ctx.resolved:
        if pos < start <= pos + 5 and not ctx.text[pos:start].strip(" ,"):
            return _as_day(value, need)
    return None


def _clause_anchor(ctx: _Ctx, start: int, end: int, need: str) -> date | None:
    """The date nearest to [start, end) in the same sentence, on either side: the day of the
    clause that "a day after <event>" hangs on ("A day after the vote, X resigned on Friday")."""
    s, e = ctx.sentence(start)
    near = sorted(
        (min(abs(p - start), abs(p - end)), value)
        for p, value in ctx.resolved
        if s <= p < e and not start <= p < end
    )
    for _dist, value in near:
        day = _as_day(value, need)
        if day is not None:
            return day
    return None


def _past_anchor_ok(ctx: _Ctx, start: int, end: int) -> bool:
    """With no date in its sentence, "came a day after the collapse" in a past-tense clause is
    counted back from the publication date (a report of that day's news); a future or untensed
    clause is left as a length of time."""
    tense = _tense(ctx, start, end)
    # without a parse an unmarked clause is read as past, as weekdays are
    return ctx.ref is not None and (tense == "past" or ctx.doc is None and tense is None)


@_rule("second_day", r"(?:and|or|&)\s+(?P<t>" + _DAY + r")", anchored=True)
def _second_day(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    """ "April 24 and 25": the second day takes the month and year of the first."""
    if not re.search(
        _MONTH + r"\s*" + _DAY + r"\s*$", ctx.text[max(0, m.start() - 16) : m.start()]
    ):
        return None
    first = next((v for s, v in reversed(ctx.resolved) if m.start() - 16 <= s < m.start()), None)
    if first is None or not re.fullmatch(r"[\dX]{4}-\d\d-\d\d", first):
        return None
    day = int(re.sub(r"\D", "", m["t"]))
    if first[0].isdigit() and _safe_date(int(first[:4]), int(first[5:7]), day) is None:
        return None
    return "DATE", f"{first[:8]}{day:02d}"


@_rule(
    "same_unit",
    r"(?P<rel>(?i:the\s+same|the\s+following|the\s+previous|the\s+preceding|"
    r"the\s+next|that))\s+(?P<u>(?i:day|week|month|year))",
    anchored=True,
)
def _same_unit(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    if rel == "the next" and not re.search(r"\d|day", ctx.before(m.start(), 200)):
        return None
    # "that year", "the following month" may point back a paragraph ("In March, ... The
    # following month, ...")
    anchor = _anchor(ctx, m.start(), back=4, unit=m["u"].lower())
    if anchor is None:
        return None
    k = {
        "the same": 0,
        "that": 0,
        "the following": 1,
        "the next": 1,
        "the previous": -1,
        "the preceding": -1,
    }[rel]
    shifted = _shift(anchor, k, m["u"].lower())
    return ("DATE", shifted[0]) if shifted else None


@_rule(
    "year_ago",
    r"(?:(?P<the>(?i:the))\s+)?(?P<w>(?i:year-earlier|year-ago|a\s+year\s+ago"
    r"|a\s+year\s+earlier))(?:\s+(?P<what>(?i:(?:first|second|third|fourth)[\s-]+quarter"
    r"|quarter|period|results|level|figure)))?",
)
def _year_ago(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    if m["the"] and not m["what"]:
        return None
    if ctx.ref is None:
        return "DATE", "XXXX"
    quarter = _discussed_quarter(ctx, m.start(), m["what"] or "")
    if quarter:
        y, q = _add_quarters(*quarter, -4)
        value = f"{y}-Q{q}"
    else:
        value = str(ctx.ref.year - 1)
    if m["what"] and m["what"].lower() in ("results", "level", "figure"):
        return "DATE", value, m.start(), m.start("what") - 1
    return "DATE", value


def _discussed_quarter(ctx: _Ctx, pos: int, what: str) -> tuple[int, int] | None:
    """In a passage about quarterly results, "a year ago" means the same quarter a year before:
    the quarter named in the phrase or the sentence, else the last completed quarter."""
    ordinal = re.match(r"(first|second|third|fourth)", what, re.I)
    s, e = ctx.sentence(pos)
    earlier = [a for a, b in ctx.sents if b <= s][-2:]  # the two sentences before
    sentence = ctx.text[earlier[0] if earlier else s : e]
    if not (
        ordinal or re.search(r"\bquarter|\bperiod\b|three months", what + " " + sentence, re.I)
    ):
        return None
    assert ctx.ref is not None
    y, q = _add_quarters(*_quarter(ctx.ref), -1)
    # the quarter named nearest before the phrase: its own sentence first, then back
    named = ordinal
    for begin in [s, *reversed(earlier)]:
        named = named or re.search(
            r"\b(first|second|third|fourth)[\s-]+quarter", ctx.text[begin:e], re.I
        )
    if named:
        q = _ORDINALS[named[1].lower()]
        y = ctx.ref.year if q < _quarter(ctx.ref)[1] else ctx.ref.year - 1
    return y, q


@_rule(
    "duration",
    rf"(?:(?P<bound>(?i:{_BOUND}))\s+)?(?P<det>(?i:the\s+(?:past|last|next|first|previous|coming"
    r"|following|final|latest|remaining|initial|same|entire|full|whole)\s+|the\s+|(?:past|last"
    rf"|next|first|another)\s+))?(?P<num>{_NUM}|(?i:{_NUM}))[\s-]+(?:(?i:more|trading|business"
    rf"|working|straight|consecutive|full|additional)\s+)?(?P<u>(?i:{_UNITW}))"
    r"(?P<pl>s)?(?:[\s-]+(?P<long>(?i:old|long)))?",
)
def _duration(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    unit = m["u"].lower().replace("centurie", "century")
    num_text = m["num"].lower()
    det = (m["det"] or "").lower().strip()
    if unit == "second" and num_text in ("a", "an", "one"):
        return None  # "a second round"
    if m["pl"] and "-" in m[0] and unit == "quarter" or m["u"][0].isupper():
        return None  # "three-quarters of", "60 Minutes"
    if num_text in ("a", "an") and not m["bound"] and not det and unit != "decade":
        if re.search(
            r"(?:\d|\btimes?|\bonce|\btwice|\bper|\$)\W*$",
            ctx.text[max(0, m.start() - 12) : m.start()],
            re.I,
        ) or _rate(ctx, m.start("u"), m.end("u")):
            code = _UNIT[unit][0]
            return "SET", ("PT1" if _UNIT[unit][1] else "P1") + code
        if unit in ("day", "year", "week", "month") and ctx.prev_word(m.start()) in (
            "one",
            "some",
            "the",
            "that",
            "each",
            "every",
        ):
            return None
    if num_text == "some" and not m["pl"]:
        return None
    if num_text in ("a", "an") and (m["pl"] or m["long"] and m[0][-5] == "-"):
        return None  # "a decades-long feud", "a day-long meeting": the adjective only
    if num_text == "many" and not m["pl"]:
        return None
    n = _num(m["num"])
    code = _UNIT[unit][0]
    clock = _UNIT[unit][1]
    if unit == "decade":
        n, code = (n * 10 if n is not None else None), "Y"
    if unit == "century":
        n, code = (n * 100 if n is not None else None), "Y"
    amount = _fmt_num(n) if n is not None else "X"
    if det == "the" and not m["pl"] and n == 1:
        return None  # "the one year"? rare; avoid "the one day he ..."
    value = ("PT" if clock else "P") + amount + code
    if (m["long"] or "").lower() == "old" or re.match(r"\s*(?:-\s*)?old\b", ctx.text[m.end() :]):
        return None  # an age, not a span of time
    if det == "the" and not m["pl"] and "-" in m[0][m.start("num") - m.start() :]:
        return "DURATION", value, m.start("num"), m.end()  # "the 14-day": the adjective only
    return "DURATION", value


@_rule(
    "bare_plural",
    r"(?P<pre>(?i:for|over|in|within|took|take|takes|lasted|last"
    r"|over\s+the))\s+(?P<t>(?i:years|months|weeks|days|decades|centuries|hours|minutes))",
)
def _bare_plural(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    if re.match(r"\s+(?:ago|of|old|to\s+come)", ctx.text[m.end() : m.end() + 10], re.I):
        return None
    if m["pre"].lower().endswith("the"):  # "over the years": TimeML keeps the determiner
        return "DURATION", _vague(m["t"]), m.end("pre") - 3, m.end("t")
    return "DURATION", _vague(m["t"])


def _vague(plural: str) -> str:
    """An unknown number of units: "years" PXY, "hours" PTXH; decades and centuries count in
    years (PXY), as TimeBank writes "decades-long"."""
    unit = plural.lower().rstrip("s").replace("centurie", "century")
    code = "Y" if unit in ("decade", "century") else _UNIT[unit][0]
    return ("PT" if _UNIT[unit][1] else "P") + "X" + code


@_rule(
    "long_adjective",
    r"(?P<u>(?i:hour|day|week|month|year|decade|centur(?:y|ie)))(?P<pl>s)?"
    r"-long",
)
def _long_adjective(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    """ "a day-long meeting" (P1D), "a decades-long dispute" (PXY)."""
    if m["pl"]:
        return "DURATION", _vague(m[0][:-5])
    unit = m["u"].lower()
    n = {"decade": 10, "century": 100}.get(unit, 1)
    code = "Y" if n > 1 else _UNIT[unit][0]
    return "DURATION", ("PT" if _UNIT[unit][1] else "P") + str(n) + code


@_rule(
    "coming_units",
    r"(?:(?i:the)\s+)?(?i:coming|next\s+few|past\s+few|last\s+few)\s+"
    r"(?P<u>(?i:days|weeks|months|years|quarters|decades))",
)
def _coming_units(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    return "DURATION", "PX" + _UNIT[m["u"].lower()[:-1]][0]


@_rule(
    "set",
    r"(?P<w>(?i:daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly"
    r"|every\s+(?:single\s+)?(?:day|week|month|year|quarter|hour|night|morning|evening|weekend)"
    r"|each\s+(?:day|week|month|year|quarter|night)|per\s+(?:day|week|month|year|hour|annum)"
    r"|a\s+year\s+earlier))",
)
def _set(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    w = m["w"].lower().split()[-1]
    if w == "earlier":
        return None
    if w in ("daily", "weekly", "monthly", "annually", "yearly", "quarterly", "hourly", "nightly"):
        if _adjective(ctx, m.start(), m.end()):
            return None  # "daily volume", "a quarterly dividend", "the Communist Party daily"
    code = {
        "daily": "P1D",
        "day": "P1D",
        "weekly": "P1W",
        "week": "P1W",
        "monthly": "P1M",
        "month": "P1M",
        "annually": "P1Y",
        "yearly": "P1Y",
        "year": "P1Y",
        "annum": "P1Y",
        "quarterly": "P3M",
        "quarter": "P3M",
        "hourly": "PT1H",
        "hour": "PT1H",
        "nightly": "P1D",
        "night": "P1D",
        "morning": "P1D",
        "evening": "P1D",
        "weekend": "P1W",
    }[w]
    return "SET", code


@_rule("every_weekday", rf"(?i:every|each)\s+(?:(?P<wd>{_WEEKDAY})|(?P<mon>{_MONTH}))")
def _every_weekday(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    if m["mon"]:  # "each July": every year in July
        return "SET", f"XXXX-{_month_num(m['mon']):02d}"
    return "SET", f"XXXX-WXX-{_WEEKDAYS[m['wd'].lower()] + 1}"


@_rule(
    "basis",
    r"(?i:on\s+an?\s+)(?P<t>(?i:daily|weekly|monthly|yearly|annual|quarterly|hourly)"
    r")(?=\s+basis\b)",
)
def _basis(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    """ "on a daily basis": the adjective names the frequency."""
    code = {
        "daily": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "yearly": "P1Y",
        "annual": "P1Y",
        "quarterly": "P3M",
        "hourly": "PT1H",
    }[m["t"].lower()]
    return "SET", code


@_rule(
    "clock",
    r"(?:(?i:at|around|about|by|until|before|after)\s+)?(?P<t>(?:(?P<h>[01]?\d|2[0-3])(?:[:.]"
    r"(?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.?|p\.m\.?|am|pm)(?![A-Za-z]))(?:\s+(?P<tz>[A-Z]{2,4}"
    r"(?![a-z])))?|(?P<h24>[01]\d|2[0-3]):(?P<mi24>[0-5]\d)\s*(?P<tz24>GMT|UTC|EST|EDT|CET|"
    r"BST|KST|MSK|hrs|h\b)|(?P<word>(?i:noon|midday|midnight)))"
    rf"(?:,?\s+(?:(?i:on)\s+)?(?P<day>{_WEEKDAY}|(?i:today|yesterday|tomorrow)"
    rf"|{_MONTH}\s*{_DAY}))?)",
    anchored=True,
)
def _clock(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    if m["word"]:
        hh, mm = (24 if m["word"].lower() == "midnight" else 12), 0
    elif m["h24"]:
        hh, mm = int(m["h24"]), int(m["mi24"])
    else:
        hh, mm = int(m["h"]), int(m["mi"] or 0)
        if hh > 12 or hh == 0:
            return None
        pm = m["ap"].lower().startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
    day = (
        _named_day(ctx, m["day"], m.start("t"), m.end())
        if m["day"]
        else _day_of_clock(ctx, m.start())
    ) or "XXXX-XX-XX"
    zone = (m["tz"] or m["tz24"] or "").upper()
    return "TIME", f"{day}T{hh:02d}:{mm:02d}" + ("Z" if zone in ("GMT", "UTC") else "")


def _named_day(ctx: _Ctx, word: str, start: int, end: int) -> str | None:
    low = word.lower()
    if low in _WEEKDAYS:
        return _resolve_weekday(ctx, _WEEKDAYS[low], "", start, end)
    if low in ("today", "yesterday", "tomorrow"):
        if ctx.ref is None:
            return None
        return (
            ctx.ref + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[low])
        ).isoformat()
    md = re.match(r"(\S+)\s*(\d+)", word)
    return _resolve_month_day(ctx, _month_num(md[1]), int(md[2]), start, end) if md else None


def _day_of_clock(ctx: _Ctx, pos: int) -> str | None:
    """A clock time belongs to the day named just before it in the sentence, else the reference."""
    s, _ = ctx.sentence(pos)
    for start, value in reversed(ctx.resolved):
        if s <= start < pos and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return value
    return ctx.ref.isoformat() if ctx.ref else None


@_rule(
    "holiday",
    r"(?P<h>(?i:christmas\s+(?:day|eve)|christmas|new\s+year's\s+(?:day|eve)"
    r"|thanksgiving(?:\s+day)?|independence\s+day|halloween|valentine's\s+day|election\s+day"
    r"|easter(?:\s+sunday)?))(?:\s+(?P<y>" + _YEAR + "))?",
)
def _holiday(m: re.Match[str], ctx: _Ctx) -> Hit | None:
    h = m["h"].lower()
    if not m["h"][0].isupper():
        return None
    if re.match(
        r"\s+(?:tree|card|gift|shopping|season|present|party|market|sales|island|rising)",
        ctx.text[m.end() : m.end() + 12],
        re.I,
    ):
        return None
    y = int(m["y"]) if m["y"] else (ctx.ref.year if ctx.ref else None)

    def on(yr: int) -> date:
        from dateutil.easter import easter

        if h.startswith("christmas"):
            return date(yr, 12, 24 if "eve" in h else 25)
        if h.startswith("new year"):
            return date(yr, 12, 31) if "eve" in h else date(yr, 1, 1)
        if h.startswith("thanksgiving"):
            nov1 = date(yr, 11, 1)
            return nov1 + timedelta(days=(3 - nov1.weekday()) % 7 + 21)
        if h.startswith("independence"):
            return date(yr, 7, 4)
        if h.startswith("election"):  # US: the Tuesday after the first Monday of November
            nov2 = date(yr, 11, 2)
            return nov2 + timedelta(days=(1 - nov2.weekday()) % 7)
        if h.startswith("halloween"):
            return date(yr, 10, 31)
        if h.startswith("valentine"):
            return date(yr, 2, 14)
        return easter(yr)

    if y is None:  # a movable feast has no known day without its year
        if h.startswith("easter"):
            return "DATE", "XXXX-XX-XX"  # March or April
        fixed = not h.startswith(("thanksgiving", "election"))
        return "DATE", "XXXX-" + on(2001).strftime("%m-%d" if fixed else "%m-XX")
    day = on(y)
    if (
        not m["y"]
        and ctx.ref is not None
        and day > ctx.ref + timedelta(days=60)
        and _tense(ctx, m.start(), m.end()) != "future"
    ):
        day = on(y - 1)
    return "DATE", day.isoformat()


def _rate(ctx: _Ctx, start: int, end: int) -> bool:
    """ "$33 million a year", "50,000 CDs a year": a unit hung on an amount is a frequency."""
    if ctx.doc is None:
        return False
    span = ctx.doc.char_span(start, end)
    if span is None:
        return False
    tok = span.root
    return tok.dep_ == "npadvmod" and (
        tok.head.pos_ in ("NOUN", "NUM", "SYM") or tok.head.text == "%"
    )


def _adjective(ctx: _Ctx, start: int, end: int) -> bool:
    """ "daily" and the like name a frequency only as adverbs, not before a noun or as one."""
    if ctx.doc is not None:
        span = ctx.doc.char_span(start, end)
        if span is not None:
            tok = span.root
            return tok.dep_ in ("amod", "compound", "nmod") or tok.pos_ in ("NOUN", "PROPN")
    return bool(re.match(r"\s+[a-z]", ctx.text[end : end + 3])) and not re.match(
        r"\s+(?:and|or|to|in|at|on|for|by|since|until|from|with|as|but)\b", ctx.text[end:]
    )


def _anchor(ctx: _Ctx, pos: int, back: int = 1, unit: str = "year") -> date | None:
    """The last date before ``pos`` in this or the ``back`` sentences before it, at least as
    precise as ``unit``: what "a month before", "the same week" count from."""
    s, _ = ctx.sentence(pos)
    earlier = [a for a, b in ctx.sents if b <= s]
    first = earlier[-back] if len(earlier) >= back else (earlier[0] if earlier else s)
    need = {"day": 3, "week": 2, "month": 2}.get(unit, 1)
    for start, value in reversed(ctx.resolved):
        if start >= pos or start < first:
            continue
        m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value)
        if m and 1 + bool(m[2]) + bool(m[3]) >= need:
            return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    return None


# ---------------------------------------------------------------- main entry points


def _precision(type_: str, value: str) -> str:
    if type_ == "DURATION":
        return "duration"
    if type_ == "SET":
        return "other"
    if "/" in value:
        return "range"
    if re.search(r"T(?:\d|MO|AF|EV|NI)", value):
        return "time"
    if re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}", value):
        return "day"
    if re.fullmatch(r"[\dX]{4}-[\dX]{2}", value):
        return "month"
    if re.fullmatch(r"[\dX]{4}-W[\dX]{2}(?:-WE)?", value):
        return "week"
    if re.fullmatch(r"[\dX]{4}", value):
        return "year"
    return "other"


def sentence_spans(text: str, doc: Doc | None = None) -> list[tuple[int, int]]:
    """Sentences as (start, end): spaCy's when parsed, else textutil's punctuation splitter; a
    line break always ends one, since flattened pages put headers, captions and paragraphs on
    lines of their own."""
    if doc is None or not doc.has_annotation("SENT_START"):
        return split_sentences(text)
    coarse = [(s.start_char, s.end_char) for s in doc.sents]
    spans = []
    for start, end in coarse:
        for line in re.finditer(r"[^\n]+", text[start:end]):
            if line[0].strip():
                spans.append((start + line.start(), start + line.end()))
    return spans


def _candidates(ctx: _Ctx, rules: list[_Rule]) -> list[tuple[int, int, int, _Rule, re.Match[str]]]:
    found = []
    for order, rule in enumerate(rules):
        for m in rule.pattern.finditer(ctx.text):
            if m.end() > m.start():
                s, e = m.span("t") if "t" in rule.pattern.groupindex and m["t"] else m.span()
                found.append((s, e, order, rule, m))
    return found


def _choose(
    found: list[tuple[int, int, int, _Rule, re.Match[str]]], ctx: _Ctx
) -> list[tuple[int, int, _Rule, Hit | re.Match[str]]]:
    """Longest matches first; each character belongs to at most one expression. Anchored rules
    keep their match and are resolved once the other dates are known."""
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[int, int, _Rule, Hit | re.Match[str]]] = []
    for s, e, _order, rule, m in sorted(found, key=lambda f: (f[0] - f[1], f[2], f[0])):
        if any(s < te and ts < e for ts, te in taken):
            continue
        hit = m if rule.anchored else rule.handler(m, ctx)
        if hit is None:
            continue
        if isinstance(hit, tuple) and len(hit) == 4:  # the handler narrowed its span
            _t, _v, s, e = hit  # type: ignore[misc]
            hit = (_t, _v)
        taken.append((s, e))
        chosen.append((s, e, rule, hit))
    return chosen


def find_times(
    sdoc_or_text: Doc | str, reference: date | str | None = None
) -> list[TimeExpression]:
    """Time expressions in a document with ISO/TimeML values, in text order.

    ``reference`` is the publication date (a date or an ISO string); relative expressions are
    resolved against it and marked ``relative=True``. Anchored phrases ("a month before", "the
    same week") count from the last date before them in the same or previous sentence and are
    left out when there is none.
    """
    doc = sdoc_or_text if isinstance(sdoc_or_text, Doc) else None
    text = doc.text if doc is not None else str(sdoc_or_text)
    ctx = _Ctx(text, _parse_ref(reference), doc, sentence_spans(text, doc))
    chosen = _choose(_candidates(ctx, _RULES), ctx)
    ctx.resolved = sorted((s, hit[1]) for s, _e, r, hit in chosen if not r.anchored)
    ctx.quarters = sorted((s, hit[1]) for s, _e, r, hit in chosen if r.name == "quarter")
    out = []
    for s, e, rule, hit in sorted(chosen, key=lambda c: c[0]):
        if rule.anchored:
            hit = rule.handler(hit, ctx)  # type: ignore[arg-type]
            if hit is None:
                continue
            if len(hit) == 4:
                s, e = hit[2], hit[3]  # type: ignore[misc]
                hit = hit[:2]
        type_, value = hit  # type: ignore[misc]
        relative = (
            (rule.relative or rule.anchored)
            and value not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
            and type_ not in ("DURATION", "SET")
        )
        out.append(
            TimeExpression(
                text=text[s:e],
                start=s,
                end=e,
                type=type_,
                value=value,
                precision=_precision(type_, value),
                relative=relative,
            )
        )
    return out


def resolved_date(value: str) -> bool:
    """True for a value naming a calendar day, month or year (no X, not a duration)."""
    return bool(re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", value))


def estimate_published(times: list[TimeExpression], text: str) -> str | None:
    """A publication date guessed from content, for a page with no stated date.

    The latest absolute day-precise date the text names (one not computed from a reference, so
    ``times`` may come from ``find_times`` with or without one). Dates the text looks forward to
    ("will vote on November 5, 2024") are left out, and a date written with its weekday
    ("Friday, October 25, 2024") must agree with it. A page whose content names no such date
    gets None; the story stage then uses the other pages' dates.
    """
    ctx = _Ctx(text, None, None, sentence_spans(text))
    days: set[str] = set()
    for t in times:
        if t.relative or t.precision != "day" or not re.fullmatch(r"\d{4}-\d\d-\d\d", t.value):
            continue
        day = date.fromisoformat(t.value)
        said = re.match(_WEEKDAY, t.text)
        if said and _WEEKDAYS[said[0].lower()] != day.weekday():
            continue
        if _tense(ctx, t.start, t.end) == "future":
            continue
        days.add(t.value)
    return max(days) if days else None


__all__ = ["estimate_published", "find_times", "resolved_date", "sentence_spans"]
