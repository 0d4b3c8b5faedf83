"""Resolution: a named month, day of a month, weekday, quarter or season as the value nearest the
reference in the direction the clause's tense gives; and the earlier dates of the text that
anchored phrases ("a month before", "the same week", a clock time) count from."""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.analyze.times.calendar import (
    add_quarters,
    as_day,
    move_date,
    quarter_of,
    safe_date,
    week,
)
from storyline.analyze.times.context import Context
from storyline.analyze.times.lexicon import MONTHS, ORDINALS, SEASONS, WEEKDAYS
from storyline.analyze.times.tense import arranged_before, clause_tense


def month_num(word: str) -> int:
    return MONTHS[word.lower()[:3]]


FUTURE_SLACK = 30  # days a future clause's day may lie before the reference


def resolve_month_day(ctx: Context, m: int, d: int, start: int, end: int) -> str | None:
    if ctx.ref is None:
        return f"XXXX-{m:02d}-{d:02d}" if safe_date(2000, m, d) else None  # 2000: a leap year
    ref = ctx.ref
    cand = safe_date(ref.year, m, d)
    if cand is None:
        return None
    tense = clause_tense(ctx, start, end)
    if cand > ref + timedelta(days=60) and tense != "future":
        cand = safe_date(ref.year - 1, m, d) or cand
    elif cand < ref - timedelta(days=FUTURE_SLACK) and tense == "future":
        # "will open by Feb. 28" written in September: next February, as a month named in a
        # future clause is (a short slack for a page dated a little after it was written)
        cand = safe_date(ref.year + 1, m, d) or cand
    return cand.isoformat()


# The first days of a month: a past act a page names by the month alone ("in January") is not
# one of these few days (news names them by weekday or date) but that month a year before.
EARLY_DAYS = 3


def resolve_month(ctx: Context, m: int, rel: str, start: int, end: int) -> str:
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
        tense = clause_tense(ctx, start, end)
        if tense == "future":
            y = y if m >= ref.month else y + 1
        elif m > ref.month + (1 if tense is None else 0):
            y -= 1
        elif m == ref.month and tense == "past" and ref.day <= EARLY_DAYS:
            y -= 1  # "In January, the firm announced ..." on 2 January: last January
        elif tense is None and m + 12 - ref.month <= 2:
            y += 1  # "January" said in November, no tense to go by: the nearer one
    return f"{y}-{m:02d}"


# A bare weekday that would fall six days back is the day after the reference: a page's date is
# the day it was first put up, in its writer's clock, while the news it tells may already be on
# the next day where it happens (a launch at dawn in Asia told the evening before in New York)
# or the page was updated the next morning; news writes "last Tuesday" for six days back.
NEXT_DAY_BACK = 6


def resolve_weekday(ctx: Context, wd: int, rel: str, start: int, end: int) -> str:
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
    if clause_tense(ctx, start, end) == "future" or back == NEXT_DAY_BACK:
        if 0 < back < fwd and arranged_before(ctx, start, end):
            return (ref - timedelta(days=back)).isoformat()  # "was scheduled for Wednesday"
        return (ref + timedelta(days=fwd)).isoformat()
    return (ref - timedelta(days=back)).isoformat()


def resolve_quarter(ctx: Context, q: int, start: int, end: int) -> str:
    if ctx.ref is None:
        return f"XXXX-Q{q}"
    y, rq = quarter_of(ctx.ref)
    if q > rq and clause_tense(ctx, start, end) != "future":
        y -= 1
    return f"{y}-Q{q}"


def resolve_season(ctx: Context, name: str, rel: str, start: int = 0, end: int = 0) -> str:
    """A season as its year's code ("2031-SU"); winter is named by the year it begins in. A
    bare season ("in the fall", rel "") takes the clause's tense: a past act in a season not yet
    begun this year is last year's ("In the fall, prices rose" in May), a plan for one already
    over is next year's; with no tense it is this year's, as "this fall"."""
    code, first, last = SEASONS[name.lower()]
    if ctx.ref is None:
        return f"XXXX-{code}"
    y = ctx.ref.year
    month = ctx.ref.month
    if code == "WI" and month <= 2:
        month += 12
        y -= 1
    if rel == "":
        tense = clause_tense(ctx, start, end) if month < first or month > last else None
        rel = {"past": "last", "future": "next"}.get(tense or "", "this")
    if rel == "last":
        y = y if month > last else y - 1
    elif rel == "next":
        y = y if month < first else y + 1
    return f"{y}-{code}"


def relative_unit(ctx: Context, unit: str, k: int) -> str | None:
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
        return week(ctx.ref + timedelta(weeks=k)) + "-WE"
    shifted = move_date(ctx.ref, k, unit)
    return shifted[0] if shifted else None


def date_right_after(ctx: Context, pos: int, need: str) -> date | None:
    """The date that directly follows "after"/"before" ("a week after March 3")."""
    for start, value in ctx.resolved:
        if pos < start <= pos + 5 and not ctx.text[pos:start].strip(" ,"):
            return as_day(value, need)
    return None


def clause_anchor(ctx: Context, start: int, end: int, need: str) -> date | None:
    """The date nearest to [start, end) in the same sentence, on either side: the day of the
    clause that "a day after <event>" hangs on ("A day after the vote, X resigned on Friday")."""
    s, e = ctx.sentence(start)
    near = sorted(
        (min(abs(p - start), abs(p - end)), value)
        for p, value in ctx.resolved
        if s <= p < e and not start <= p < end
    )
    for _dist, value in near:
        day = as_day(value, need)
        if day is not None:
            return day
    return None


def past_anchor_ok(ctx: Context, start: int, end: int) -> bool:
    """With no date in its sentence, "came a day after the collapse" in a past-tense clause is
    counted back from the publication date (a report of that day's news); a future or untensed
    clause is left as a length of time."""
    tense = clause_tense(ctx, start, end)
    # without a parse an unmarked clause is read as past, as weekdays are
    return ctx.ref is not None and (tense == "past" or ctx.doc is None and tense is None)


_NAMED_QUARTER = re.compile(
    r"\b(?:(?P<y>(?:19|20)\d\d)(?:'s)?\s+|(?P<rel>this|last|next)\s+year's\s+)?"
    r"(?:fiscal[\s-]+)?(?P<q>first|second|third|fourth)[\s-]+(?:fiscal[\s-]+)?quarter"
    r"(?:\s+of\s+(?P<y2>(?:19|20)\d\d|this\s+year|last\s+year|next\s+year))?",
    re.I,
)
_YEAR_STEP = {"this": 0, "last": -1, "next": 1}


def reported_quarters(ctx: Context, upto: int) -> list[tuple[int, int, int]]:
    """(position, year, quarter) of each quarter the text names before ``upto`` as one it
    reports on: a quarter not yet ended counts only in a past clause ("reported lower
    fourth-quarter earnings": a fiscal quarter), not in one that points ahead ("will take a
    fourth-quarter charge") or speaks of what is to come ("the impact on fourth-quarter
    results"). A quarter at or before the reference's own is this year's, a later one last
    year's."""
    assert ctx.ref is not None
    found = []
    for m in _NAMED_QUARTER.finditer(ctx.text, 0, upto):
        q = ORDINALS[m["q"].lower()]
        named = m["y"] or m["y2"] or ""
        rel = m["rel"] or (named.split()[0] if named[:1].isalpha() else "")
        if named[:1].isdigit():
            y = int(named)
        elif rel:
            y = ctx.ref.year + _YEAR_STEP[rel.lower()]
        else:
            y = ctx.ref.year - (q > quarter_of(ctx.ref)[1])
        ended = (y, q) < quarter_of(ctx.ref)  # "expects to report a third-quarter loss"
        if ended or clause_tense(ctx, m.start(), m.end()) == "past":
            found.append((m.start(), y, q))
    return found


def reported_quarter(ctx: Context, pos: int) -> tuple[int, int]:
    """The quarter a results story reports on at ``pos``: the last one it named as reported,
    else the last completed quarter."""
    assert ctx.ref is not None
    reported = [(y, q) for _p, y, q in reported_quarters(ctx, pos)]
    return (reported or [add_quarters(*quarter_of(ctx.ref), -1)])[-1]


def day_ended(ctx: Context, pos: int) -> date | None:
    """The day a period ends on when the text names it right after ``pos`` ("the quarter
    ended July 31", "the week ending Friday")."""
    for start, value in ctx.resolved:
        if pos < start <= pos + 16 and re.fullmatch(
            r"\s+(?:that\s+)?(?:ended|ending)\s+", ctx.text[pos:start]
        ):
            return as_day(value, "day")
    return None


def quarter_ended(ctx: Context, pos: int) -> str | None:
    """ "the quarter ended July 31": the calendar quarter holding most of the three months up
    to that day (a quarter ending in July is the second, one ending Sept. 30 the third)."""
    day = day_ended(ctx, pos)
    if day is None:
        return None
    y, q = quarter_of(day - timedelta(days=45))
    return f"{y}-Q{q}"


# the figures of a results story: with a quarter reported before, "a year ago" in a sentence
# about them is that quarter a year before
RESULTS = re.compile(
    r"\b(?:net\s+(?:income|loss|profit)|net\s+was|profits?|earnings|earned|revenues?|sales"
    r"|a\s+share|operating\s+(?:income|loss))\b",
    re.I,
)
# a longer period in the sentence (or the one before) sets the comparison's span to a year
_LONGER_PERIOD = re.compile(
    r"\b(?:(?:six|nine|twelve|12)\s+months|(?:first|second)\s+half|full\s+year"
    r"|fiscal\s+year\b(?!-))",
    re.I,
)


def longer_period_before(ctx: Context, pos: int) -> bool:
    """The sentence names a period longer than a quarter before ``pos`` ("In the first nine
    months, net was $306 million, against a loss in the 1988 period"): the period compared
    with is that span of the year before, dated by its year."""
    s, _ = ctx.sentence(pos)
    return bool(_LONGER_PERIOD.search(ctx.text, s, pos))


def discussed_quarter(ctx: Context, pos: int, what: str) -> tuple[int, int] | None:
    """In a passage about quarterly results, "a year ago" means the same quarter a year before:
    the quarter named in the phrase, else the one the text last reported on (its own sentence
    first: "in the latest quarter" after a lead about the third quarter is the third), else
    the last completed quarter. A passage about quarters speaks of a quarter or period in the
    phrase's sentence or the two before, or gives results after a quarter was reported; one
    about nine months or a full year compares years."""
    assert ctx.ref is not None
    ordinal = re.match(r"(first|second|third|fourth)", what, re.I)
    if ordinal:
        q = ORDINALS[ordinal[1].lower()]
        return ctx.ref.year - (q > quarter_of(ctx.ref)[1]), q
    s, e = ctx.sentence(pos)
    earlier = [a for a, b in ctx.sents if b <= s][-2:]  # the two sentences before
    if not re.search(r"quarter|period", what, re.I) and _LONGER_PERIOD.search(
        ctx.text[earlier[-1] if earlier else s : e]
    ):
        return None
    reported = reported_quarters(ctx, e)
    own = [(y, q) for p, y, q in reported if s <= p]
    before = [(y, q) for p, y, q in reported if p < pos]
    passage = what + " " + ctx.text[earlier[0] if earlier else s : e]
    if re.search(r"\bquarter|\bperiod\b|three months", passage, re.I):
        return (own or before or [add_quarters(*quarter_of(ctx.ref), -1)])[-1]
    if before and RESULTS.search(ctx.text[s:e]):
        return (own or before)[-1]
    return None


# a figure compared with last year's: "compared with a loss of $3 million last year", "down
# from $21.4 million last year", "from last year's $1.55 billion"
_COMPARED_BEFORE = re.compile(
    r"\b(?:compar(?:ed|es?|ing)\s+(?:with|to)|from|versus|vs\.?|against)\s+(?:[^.;]|\.\d)*?"
    r"(?:\$|\d)(?:[^.;]|\.\d)*$",
    re.I,
)
_COMPARED_AFTER = re.compile(r"'s\s+(?:\$|\d|(?:quarter|period)\b)", re.I)


def compared_year_quarter(ctx: Context, start: int, end: int) -> str | None:
    """ "last year" in a comparison of a results story's figures, or after "the quarter" or
    "the period", is the same quarter a year before, as "a year ago" is there (a nine-month or
    full-year comparison stays a year)."""
    if ctx.ref is None:
        return None
    s, _ = ctx.sentence(start)
    compared = (
        _COMPARED_BEFORE.search(ctx.text[s:start])
        or _COMPARED_AFTER.match(ctx.text[end : end + 24])
        or re.search(r"\b(?:quarter|period)\s+$", ctx.text[s:start], re.I)  # "the period last year"
    )
    if not compared:
        return None
    quarter = discussed_quarter(ctx, start, "")
    if quarter is None:
        return None
    y, q = add_quarters(*quarter, -4)
    return f"{y}-Q{q}"


def named_day(ctx: Context, word: str, start: int, end: int) -> str | None:
    """The day a clock time names beside it: "Tuesday", "Oct. 6", "yesterday morning", "last
    night" (the evening before the reference), "tonight", "this morning"."""
    low = re.sub(r"\s+", " ", word.lower()).replace("last night", "yesterday")
    low = re.sub(r" (?:morning|afternoon|evening|night)$", "", low)
    low = {"tonight": "today", "this": "today"}.get(low, low)
    if low in WEEKDAYS:
        return resolve_weekday(ctx, WEEKDAYS[low], "", start, end)
    if low in ("today", "yesterday", "tomorrow"):
        if ctx.ref is None:
            return None
        return (
            ctx.ref + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[low])
        ).isoformat()
    md = re.match(r"(\S+)\s*(\d+)", word)
    return resolve_month_day(ctx, month_num(md[1]), int(md[2]), start, end) if md else None


CLOCK_BACK = 3  # sentences a clock time looks back for its day


# what may stand between a clock time and the day it is on: "10:30 a.m. local time Friday",
# "10:30 a.m. (0730 GMT) Friday", "10:30 a.m. EDT on Friday"
_CLOCK_TO_DAY = re.compile(
    r"(?:[\s,]+|\(\s*\d{3,4}\s*(?:GMT|UTC)\s*\)|(?i:local\s+time|on)\b|[A-Z]{2,4}\b)*"
)


def day_of_clock(ctx: Context, pos: int, end: int | None = None) -> str | None:
    """A clock time belongs to the day named right after it ("at 10:30 a.m. local time
    Friday"), else the day named just before it in its sentence, else to the day the text was
    telling of a few sentences back ("The tram crashed on Wednesday. ... It left the tracks at
    about 6.10am": Wednesday's, not the day the page came out), else to the reference. A day
    ahead of the reference, or a clock time in a future clause, is not looked back for: the
    text was telling of something else."""
    s, _ = ctx.sentence(pos)
    if end is not None:
        for start, value in ctx.resolved:
            if end <= start <= end + 30 and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                if _CLOCK_TO_DAY.fullmatch(ctx.text, end, start):
                    return value
    for start, value in reversed(ctx.resolved):
        if s <= start < pos and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return value
    day = date_before(ctx, pos, back=CLOCK_BACK, unit="day")
    if day is not None and (ctx.ref is None or day <= ctx.ref):
        if clause_tense(ctx, pos, pos + 1) != "future":
            return day.isoformat()
    return ctx.ref.isoformat() if ctx.ref else None


def date_before(ctx: Context, pos: int, back: int = 1, unit: str = "year") -> date | None:
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
