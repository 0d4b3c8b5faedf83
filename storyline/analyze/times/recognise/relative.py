"""Rules for dates relative to the reference: today, tonight, this morning, now, recently, soon,
weekdays, this/last/next week, month, year, the weekend, quarters and halves of the year."""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.analyze.times.calendar import add_quarters, quarter_of, week
from storyline.analyze.times.context import Context
from storyline.analyze.times.lexicon import EDGE, NUMW, ORDINALS, POD, UNIT, WEEKDAY, WEEKDAYS, YEAR
from storyline.analyze.times.recognise.base import Hit, Rule, registrar
from storyline.analyze.times.resolve import (
    RESULTS,
    compared_year_quarter,
    day_ended,
    longer_period_before,
    quarter_ended,
    relative_unit,
    reported_quarter,
    reported_quarters,
    resolve_quarter,
    resolve_weekday,
)
from storyline.analyze.times.tense import clause_tense
from storyline.lexicon.calendar import HABIT_ADVERBS

RULES: list[Rule] = []
rule = registrar(RULES)


@rule(
    "deictic_day",
    r"(?:(?P<edge>(?i:late|early|earlier|later))\s+|(?:(?i:early|late|mid)[\s-]*)?"
    r"(?P<pod0>(?i:morning|afternoon|evening))\s+)?"
    r"(?P<w>(?i:today|yesterday|tomorrow|tonight"
    r"|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow))(?:\s+(?P<pod>"
    r"(?i:morning|afternoon|evening|night)))?",
)
def _deictic_day(m: re.Match[str], ctx: Context) -> Hit | None:
    if ctx.in_name(m.start("w")):
        return None  # "USA Today"
    word = re.sub(r"\s+", " ", m["w"].lower())
    if word == "today" and _GENERIC_TODAY.match(ctx.text, m.end()):
        return "DATE", "PRESENT_REF"  # "today's youth": the present age, not the day
    shift = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[word]
    # "mid-afternoon yesterday" names the part of the day before the day, as "yesterday
    # afternoon" names it after
    pod = "NI" if word == "tonight" else POD.get((m["pod"] or m["pod0"] or "").lower())
    if ctx.ref is None:
        return ("TIME" if pod else "DATE"), "XXXX-XX-XX" + (f"T{pod}" if pod else "")
    day = (ctx.ref + timedelta(days=shift)).isoformat()
    return ("TIME", f"{day}T{pod}") if pod else ("DATE", day)


_GENERIC_TODAY = re.compile(
    r"['’]s\s+(?:world|society|economy|standards|youth|young|generation|children|kids|teenagers"
    r"|students|parents|families|workers|culture|technology|politics|climate|times)\b",
    re.I,
)


@rule(
    "this_pod",
    r"(?P<rel>(?i:this|last|early\s+this|late\s+this))\s+(?P<pod>(?i:morning"
    r"|afternoon|evening|night))",
)
def _this_pod(m: re.Match[str], ctx: Context) -> Hit | None:
    rel = m["rel"].lower().split()[-1]
    pod = POD[m["pod"].lower()]
    if rel == "last" and pod != "NI":
        return None
    if ctx.ref is None:
        return "TIME", f"XXXX-XX-XXT{pod}"
    day = ctx.ref - timedelta(days=1 if rel == "last" else 0)
    return "TIME", f"{day.isoformat()}T{pod}"


@rule(
    "present",
    r"(?i:(?:right\s+)?now|currently|at\s+present|presently|nowadays|these\s+days"
    r"|at\s+the\s+moment|so\s+far|to\s+date)",
)
def _present(m: re.Match[str], ctx: Context) -> Hit | None:
    if ctx.in_name(m.start()):
        return None  # "Spaceflight Now"
    word = m[0].lower()
    after = ctx.text[m.end() : m.end() + 12]
    if word == "now" and re.match(r"-|\s+that\b", after):
        return None
    if word == "now" and (
        _NOW_IDIOM.match(ctx.text, m.end()) or _NOW_MODIFIER.search(ctx.before(m.start(), 12))
    ):
        return None  # "every now and then": from time to time; "a now familiar sight": an adjective
    if word in ("so far", "to date"):
        return None  # durations up to now: seldom annotated, never a date
    return "DATE", "PRESENT_REF"


# "(every) now and then/again": from time to time, no moment
_NOW_IDIOM = re.compile(r"\s+and\s+(?:then|again)\b", re.I)
# "the now familiar", "her now former husband": "now" inside a noun phrase qualifies the adjective
# after it, as "now-defunct" does
_NOW_MODIFIER = re.compile(r"\b(?:a|an|the|its|his|her|their|our|my|your)\s+$", re.I)


@rule(
    "past_ref",
    r"(?i:recently|lately|the\s+past|recent\s+(?P<u>years|months|weeks"
    r"|days)|recent\s+times)",
)
def _past_ref(m: re.Match[str], ctx: Context) -> Hit | None:
    if m["u"]:  # "in recent years": an unspecified stretch up to now
        return "DURATION", "PX" + UNIT[m["u"].lower()[:-1]][0]
    after = ctx.text[m.end() : m.end() + 20]
    if re.match(
        r"\s+(?:\d|" + NUMW + r"|few|several|year|month|week|day|decade|century"
        r"|weekend|quarter)",
        after,
        re.I,
    ):
        return None
    return "DATE", "PAST_REF"


@rule(
    "future_ref",
    r"(?i:the\s+(?:near\s+|foreseeable\s+|distant\s+)?future|soon"
    r"|an?\s+(?:later|future)\s+(?:date|time|stage))",
)
def _future_ref(m: re.Match[str], ctx: Context) -> Hit | None:
    before = ctx.text[max(0, m.start() - 8) : m.start()].lower()
    if "foreseeable" in m[0].lower() and re.search(r"\bfor\s+$", before):
        return None  # "for the foreseeable future": "indefinitely", which TimeML leaves out
    if m[0].lower() == "soon" and (
        re.search(r"\bas\s+$", before)
        or ctx.text[m.end() : m.end() + 1] == "-"
        or ctx.text[m.end() : m.end() + 4].lower() == " as "
        or re.search(r"\bhow\s+$", before)
    ):
        return None
    if (
        m[0].lower() == "soon"
        and _SOON_AFTER.match(ctx.text, m.end())
        and clause_tense(ctx, m.start(), m.end()) != "future"
    ):
        return None  # told after a past event: no deictic future
    return "DATE", "FUTURE_REF"


# "soon after(wards)", "soon thereafter": shortly after an event the text tells ("he returned in
# 1997 and soon after became chief"); outside a future clause it is no deictic future
_SOON_AFTER = re.compile(r"\s+(?:after|afterwards?|thereafter)\b", re.I)


@rule(
    "weekday",
    rf"(?:(?P<edge>(?i:early|late))\s+)?(?:(?P<rel>(?i:last|next|this|coming"
    rf"|this\s+coming))\s+)?"
    rf"(?P<wd>{WEEKDAY})(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?",
)
def _weekday(m: re.Match[str], ctx: Context) -> Hit | None:
    if not (m["rel"] or m["edge"]) and ctx.in_entity_name(m.start("wd"), m.end("wd")):
        return None  # "Black Monday", "Bloody Sunday": an event's name
    rel = (m["rel"] or "").lower().split()[-1] if m["rel"] else ""
    value = resolve_weekday(ctx, WEEKDAYS[m["wd"].lower()], rel, m.start(), m.end())
    # "Friday night" keeps the day as its value: a day is what timelines need (and what
    # TimeBank gives most often on our dev half)
    return "DATE", value


@rule(
    "relative_unit",
    rf"(?:(?P<edge>(?i:{EDGE}))[\s-]+)?(?P<rel>(?i:this\s+past|this|last|next|past|coming|current|previous"
    r"|the\s+same|the\s+following|the\s+previous|the\s+past|the\s+coming|the\s+current"
    r"|the\s+last|the\s+next|the\s+preceding|the\s+prior|(?:earlier|later)\s+(?:this|that)"
    r"))\s+(?:(?i:fiscal|financial)\s+(?=(?i:year|quarter)))?"
    r"(?P<u>(?i:week|weekend|month|year|quarter|decade|century))",
)
def _relative_unit_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["u"].lower()
    if rel.startswith("the") and re.match(
        r"\s+of\s+(?!the\s+(?:year|month|week)\b)", ctx.text[m.end() :]
    ):
        return None  # "the last week of February", "the past year of his life": a part of it
    if rel in ("the past", "the last") and unit in ("year", "month", "week", "quarter"):
        # TimeBank and MEANTIME date "the past year" as the year before, not a length of time,
        # and "profit rose 78% during the last quarter" is the quarter before this one
        if unit == "week" and ctx.ref is not None:
            # "the past week" is the seven days up to the reference: the calendar week holding
            # most of them (this week from Thursday on, the one before early in the week)
            return "DATE", week(ctx.ref - timedelta(days=4))
        value = relative_unit(ctx, unit, -1)
        return ("DATE", value) if value else None
    if (
        rel == "the next"
        and ctx.prev_word(m.start()) not in _SPAN_PREPOSITIONS
        and clause_tense(ctx, m.start(), m.end()) == "past"
    ):
        return None  # "The next year, he left": the year after one named before (second pass)
    if (
        unit == "century"
        and rel in ("the coming", "the next")
        and ctx.prev_word(m.start()) not in _SPAN_PREPOSITIONS - {"in"}
    ):
        # "enter the next century", "in the next century": the coming one, a date (said in
        # 1999, the 21st); "over the next century" stays a length of time
        value = relative_unit(ctx, unit, 1)
        return ("DATE", value) if value else None
    if rel.startswith(("the past", "past", "the last")) or rel in ("the coming", "the next"):
        if unit == "weekend" and rel == "the past":
            return None
        size = {"decade": "10Y", "century": "100Y", "weekend": "1WE"}.get(unit, "1" + UNIT[unit][0])
        return "DURATION", "P" + size
    if rel in ("the previous", "the preceding", "the prior") and unit == "quarter" and ctx.ref:
        # "the previous quarter's profit": the quarter before the one the report is about
        y, q = add_quarters(*reported_quarter(ctx, m.start()), -1)
        return "DATE", f"{y}-Q{q}"
    if rel in ("the same", "the following", "the previous", "the preceding", "the prior"):
        return None  # anchored on another date: see the second pass
    k = {
        "this": 0,
        "current": 0,
        "the current": 0,
        "last": -1,
        "this past": -1,  # "this past weekend": the one just gone
        "previous": -1,
        "next": 1,
        "coming": 1,
        "earlier this": 0,
        "later this": 0,
    }.get(rel)
    if k is None:
        return None
    quarter = _results_quarter(ctx, m, rel, unit)
    if quarter:
        return "DATE", quarter
    value = relative_unit(ctx, unit, k)
    return ("DATE", value) if value else None


def _results_quarter(ctx: Context, m: re.Match[str], rel: str, unit: str) -> str | None:
    """In a results story, "last year" compared with a quarter's figures is that quarter a
    year before, and "this quarter" told after a quarter was reported ("This quarter's loss
    includes charges", in a report out after the quarter ended) is that quarter, unless the
    clause looks ahead ("expects to break even this quarter": the one under way)."""
    if (rel, unit) == ("last", "year"):
        return compared_year_quarter(ctx, m.start(), m.end())
    if (rel, unit) != ("this", "quarter") or ctx.ref is None:
        return None
    if clause_tense(ctx, m.start(), m.end()) == "future":
        return None
    s, e = ctx.sentence(m.start())
    s = max([a for a, b in ctx.sents if b <= s][-1:] or [s])  # with the sentence before
    ended = [(y, q) for _p, y, q in reported_quarters(ctx, m.start())]
    if not ended or ended[-1] >= quarter_of(ctx.ref) or not RESULTS.search(ctx.text, s, e):
        return None
    return f"{ended[-1][0]}-Q{ended[-1][1]}"


# "over the next year" is a stretch of time whatever the tense; "the next year, he left" a point
_SPAN_PREPOSITIONS = frozenset({"over", "during", "in", "within", "for", "throughout", "through"})


@rule("the_unit", r"(?P<the>(?i:the))\s+(?P<u>(?i:weekend|week))")
def _the_unit(m: re.Match[str], ctx: Context) -> Hit | None:
    unit = m["u"].lower()
    if re.match(_NOT_DEICTIC, ctx.text[m.end() : m.end() + 12]) or _ENDED.match(ctx.text, m.end()):
        return None  # "the week ended Oct. 20": see week_ended
    if ctx.ref is None:
        return "DATE", {"weekend": "XXXX-WXX-WE", "week": "XXXX-WXX"}[unit]
    if unit == "weekend":
        return "DATE", _the_weekend(ctx, ctx.ref, m.start(), m.end())
    return "DATE", week(ctx.ref)


def _the_weekend(ctx: Context, ref: date, start: int, end: int) -> str:
    """ "the weekend": the one just gone early in the week, else this week's; a past clause
    ("met over the weekend" on a Thursday) names the last one begun by the reference, a future
    clause ("will meet over the weekend" on a Monday) the next one."""
    tense = clause_tense(ctx, start, end)
    day = ref.weekday()  # Saturday 5, Sunday 6: the reference is in its week's weekend
    if tense == "past":
        back = day < 5
    elif tense == "future":
        back = False
    else:
        back = day <= 1
    return week(ref - timedelta(weeks=1) if back else ref) + "-WE"


_ENDED = re.compile(r"\s+(?:that\s+)?(?:ended|ending)\s", re.I)


@rule("week_ended", r"(?i:the)\s+(?i:week)(?=\s+(?:that\s+)?(?:ended|ending)\s)", anchored=True)
def _week_ended(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the week ended Oct. 20" (weekly figures): the calendar week holding most of the seven
    days up to that day."""
    day = day_ended(ctx, m.end())
    if day is None:
        return None
    return "DATE", week(day - timedelta(days=3))


# words after "the week", "the quarter" that make it another one than the reference's: "the week
# before", "the quarter a year ago" (the year-ago phrase then names it alone)
# after "the quarter" or "the week": another moment is named, or the noun is the first half of
# a compound ("the quarter-point cut", "the week-long strike": a measure or a length)
_NOT_DEICTIC = (
    r"\s*(?:'s|of|before|after|earlier|ago|later|that|when|in\s+which"
    r"|(?:a|one)\s+year\s+(?:ago|earlier|before)|last\s+year)\b|-(?!end\b)[a-z]"
)


@rule(
    "the_quarter",
    r"(?P<the>(?i:the|the\s+latest|the\s+most\s+recent))\s+(?P<u>(?i:quarter"
    r"|period|reporting\s+period))",
    anchored=True,
)
def _the_quarter(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the quarter", "the latest period" of a company report: the quarter that ended on the
    day it names ("the quarter ended July 31"), else the quarter the text last reported on
    ("fiscal second-quarter profit ... The latest period"), else the last completed one."""
    if "period" in m["u"].lower() and m["the"].lower() == "the":
        return None
    if re.match(_NOT_DEICTIC, ctx.text[m.end() : m.end() + 12]):
        return None
    if ctx.ref is None:
        return "DATE", "XXXX-QX"
    ended = quarter_ended(ctx, m.end())
    if ended:
        return "DATE", ended
    y, q = reported_quarter(ctx, m.start())
    return "DATE", f"{y}-Q{q}"


@rule("year_quarter", r"(?i:the)\s+(?P<y>" + YEAR + r")\s+(?i:period|quarter)", anchored=True)
def _year_quarter(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the 1988 period" of an earnings report: the quarter under discussion, in that year."""
    if re.match(_NOT_DEICTIC, ctx.text[m.end() : m.end() + 12]):
        return None
    if ctx.ref is None:
        return "DATE", f"{m['y']}-QX"
    if longer_period_before(ctx, m.start()):
        return "DATE", m["y"]  # "in the nine months ... from the 1988 period": that year's
    return "DATE", f"{m['y']}-Q{reported_quarter(ctx, m.start())[1]}"


@rule(
    "quarter",
    rf"(?:(?i:the)\s+)?(?:(?P<y>{YEAR})(?:'s)?\s+|(?P<rel>(?i:this|last|next))\s+year's\s+"
    r"|(?i:fiscal)[\s-]+|(?i:calendar)\s+)?(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th"
    r"|final|last))"
    rf"[\s-]+(?:(?i:fiscal)[\s-]+)?(?i:quarter|qtr\.?)(?:\s+of\s+(?:(?i:fiscal)\s+)?(?P<y2>{YEAR}|(?i:this|last"
    r"|next)\s+year))?",
)
def _quarter_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    if m["q"].lower() in ("final", "last"):
        if not m["y2"]:
            return None  # "the last quarter" alone is the one before this; see relative_unit
        q = 4  # "the final quarter of 2017"
    else:
        q = ORDINALS[m["q"].lower()]
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
    value = f"{y}-Q{q}" if y is not None else resolve_quarter(ctx, q, m.start(), m.end())
    if re.match(r"(?i)the\s", m[0]) and "-" in m[0] and not (m["y"] or m["rel"]):
        return "DATE", value, m.start() + 4, m.end()  # "the third-quarter loss": the adjective
    return "DATE", value


@rule(
    "half",
    rf"(?:(?i:the)\s+)?(?:(?P<h>(?i:first|second))(?P<hy>-|\s+)half"
    r"|(?P<two>(?i:first|last))\s+two\s+quarters(?=\s+of\s+(?i:fiscal\s+)?\d))"
    rf"(?:\s+of\s+(?:(?i:fiscal)\s+)?(?P<y>{YEAR}|(?i:this|last|next)\s+year))?",
)
def _half(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "The second half of 1997", "first-half profit", and "the first two quarters of 1990"
    (its first half, as TimeML reads it); a fiscal year is named by its number."""
    h = 1 if (m["h"] or m["two"]).lower() == "first" else 2
    if m["y"] and m["y"][0].isdigit():
        return "DATE", f"{m['y']}-H{h}"
    if m["two"]:
        return None
    if ctx.ref is None:
        return "DATE", f"XXXX-H{h}"
    if m["y"]:
        k = {"this": 0, "last": -1, "next": 1}[m["y"].split()[0].lower()]
        return "DATE", f"{ctx.ref.year + k}-H{h}"
    y = ctx.ref.year if h == 1 or ctx.ref.month > 6 else ctx.ref.year - 1
    if m["hy"] == "-":  # "first-half profit": a company's half year, not a game's goal
        if not RESULTS.search(ctx.text[m.end() : m.end() + 40]):
            return None
        start = m.start() + 4 if re.match(r"(?i)the\s", m[0]) else m.start()
        return "DATE", f"{y}-H{h}", start, m.end()
    if not re.match(r"\s+of\s+(?:the\s+)?(?:year|month|decade|century)", ctx.text[m.end() :]):
        after_year = re.match(r"\s*(?:,|of)?", ctx.text[m.end() :])
        if after_year is None or not re.search(r"\b(?:year|fiscal)\b", ctx.before(m.start(), 40)):
            return None
    return "DATE", f"{y}-H{h}"


# An ordinal of a quarter in a list that ends with "quarter(s)": "the second and fourth
# quarters (of 1989)", "the second or third quarter"; TimeML gives each its own quarter
_QUARTER_ORD = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)"
_QUARTERS_END = (
    rf"(?P<last>{_QUARTER_ORD})[\s-]+(?i:quarters?)"
    rf"(?:\s+of\s+(?:(?i:fiscal)\s+)?(?P<y>{YEAR}))?"
)


@rule(
    "quarters_listed",
    rf"(?P<q>{_QUARTER_ORD})(?=(?:,\s*{_QUARTER_ORD})*,?\s+(?i:and|or|to)\s+{_QUARTERS_END})",
)
def _quarters_listed(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the second" of "the second and fourth quarters": a quarter listed before the last."""
    return _quarter_hit(_listed_quarter(ctx, m, ORDINALS[m["q"].lower()]))


@rule("quarters_last", _QUARTERS_END)
def _quarters_last(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "fourth quarters (of 1989)" of "the second and fourth quarters": the last one listed."""
    if not _LISTED_BEFORE.search(ctx.text[max(0, m.start() - 20) : m.start()]):
        return None  # "fourth quarters" alone: no list
    return _quarter_hit(_listed_quarter(ctx, m, ORDINALS[m["last"].lower()]))


def _quarter_hit(value: str | None) -> Hit | None:
    """A listed quarter of no year recurs every year: a SET, as TimeML types a habit."""
    if value is None:
        return None
    return ("SET" if value.startswith("XXXX") else "DATE"), value


def _listed_quarter(ctx: Context, m: re.Match[str], q: int) -> str | None:
    """Quarter ``q`` of a list, in the year named after the list; else in no year when the
    clause tells a habit ("usually strongest in the third and fourth quarters"); else in the
    year the last quarter listed falls in near the reference, so the list keeps one year."""
    if m["y"]:
        return f"{m['y']}-Q{q}"
    if _QUARTERS_OF_THING.match(ctx.text, m.end("last")):
        return None  # "the first and fourth quarters of the game": a match's quarters
    if _HABIT.search(ctx.text, *ctx.sentence(m.start())):
        return f"XXXX-Q{q}"
    last = resolve_quarter(ctx, ORDINALS[m["last"].lower()], *m.span("last"))
    return f"{last[:-1]}{q}"


_QUARTERS_OF_THING = re.compile(r"[\s-]+quarters?\s+of\s+(?!(?:fiscal\s+)?(?:19|20)\d\d)", re.I)
_LISTED_BEFORE = re.compile(rf"{_QUARTER_ORD},?\s+(?i:and|or|to)\s+$")
_HABIT = re.compile(rf"\b(?:{'|'.join(sorted(HABIT_ADVERBS))})\b", re.I)


@rule(
    "quarter_code",
    r"(?:(?P<qa>Q[1-4])|(?P<qb>[1-4]Q)|(?P<h>H[12])|(?P<fy>FY))(?:\s?|'|-)"
    rf"(?P<y>{YEAR}|\d\d(?!\d))?",
)
def _quarter_code(m: re.Match[str], ctx: Context) -> Hit | None:
    """Business shorthand: "Q4 2012", "4Q12", "H1 2013", "FY2012" (a fiscal year is named by
    the calendar year it ends in). Without a year a quarter or half must follow a word that
    introduces a time ("in Q3", "for H2"), so "Audi Q3" is a car, not a quarter."""
    y: int | None = None
    if m["y"]:
        y = int(m["y"])
        y += 0 if len(m["y"]) == 4 else 1900 if y >= 50 else 2000  # "4Q89", "4Q12"
    elif m["fy"] or ctx.prev_word(m.start()) not in _TIME_INTRO:
        return None
    if m["fy"]:
        return "DATE", str(y)
    code = m["qa"] or m["qb"] or m["h"]
    if m["h"]:
        half = code[1]
        if y is None:
            if ctx.ref is None:
                return "DATE", f"XXXX-H{half}"
            y = ctx.ref.year if half == "1" or ctx.ref.month > 6 else ctx.ref.year - 1
        return "DATE", f"{y}-H{half}"
    q = int(code[1] if code[0] == "Q" else code[0])
    if y is None:
        return "DATE", resolve_quarter(ctx, q, m.start(), m.end())
    return "DATE", f"{y}-Q{q}"


_TIME_INTRO = {"in", "for", "during", "the", "of", "its", "their", "this", "last", "next", "by"}


@rule("weekday_plural", rf"(?P<wd>{WEEKDAY})s(?!')")
def _weekday_plural(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "on Sundays": every Sunday."""
    if not m["wd"][0].isupper():
        return None
    return "SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}"


@rule("weekends", r"(?i:on|at|during|over)\s+(?P<t>(?i:weekends))")
def _weekends(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "closed on weekends": every weekend."""
    return "SET", "XXXX-WXX-WE"


# "a week ago Sunday", "two weeks ago today" (American usage): the day named, counted back
# whole weeks ("Tuesday a week ago" is left alone: "said Tuesday a week ago ..." is two times)
@rule(
    "weeks_ago_day",
    r"(?P<n>(?i:a|one|two|three))\s+weeks?\s+(?i:ago)\s+"
    rf"(?P<d>{WEEKDAY}|(?i:today|yesterday))(?!['’]s)",
)
def _weeks_ago_day(m: re.Match[str], ctx: Context) -> Hit | None:
    if ctx.ref is None:
        return None
    weeks = {"a": 1, "one": 1, "two": 2, "three": 3}[m["n"].lower()]
    word = m["d"].lower()
    if word in ("today", "yesterday"):
        day = ctx.ref - timedelta(days=int(word == "yesterday"))
    else:  # the last such weekday, up to the reference (a week ago Sunday, on a Sunday: 7 back)
        day = ctx.ref - timedelta(days=(ctx.ref.weekday() - WEEKDAYS[word]) % 7)
    return "DATE", (day - timedelta(weeks=weeks)).isoformat()


# "the week before last" is the week two before this one ("the week before last year's vote"
# is not: the phrase must end there)
@rule(
    "week_before_last",
    r"(?i:the\s+week\s+before\s+last)(?=\s*[.,;:)]|\s+(?:and|when|but|to|in|at|on)\b)",
)
def _week_before_last(m: re.Match[str], ctx: Context) -> Hit | None:
    return ("DATE", week(ctx.ref - timedelta(weeks=2))) if ctx.ref else None
