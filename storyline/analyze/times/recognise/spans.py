"""Rules for lengths of time, sets and points of the day: "three weeks", "for years", "a
day-long", "every Monday", "weekly", "at 3 p.m.", and named holidays."""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.analyze.times.calendar import safe_date
from storyline.analyze.times.context import Context
from storyline.analyze.times.lexicon import (
    BOUND,
    DAY,
    MONTH,
    NUM,
    SEASONS,
    UNIT,
    UNITW,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    fmt_num,
    num,
)
from storyline.analyze.times.recognise.base import Hit, Rule, registrar
from storyline.analyze.times.resolve import FUTURE_SLACK, day_of_clock, month_num, named_day
from storyline.analyze.times.tense import clause_tense
from storyline.lexicon import EASTER_FEASTS, THANKSGIVING_DAYS

RULES: list[Rule] = []
rule = registrar(RULES)


@rule(
    "duration",
    rf"(?:(?P<bound>(?i:{BOUND}))\s+)?(?P<det>(?i:the\s+(?:past|last|next|first|previous|coming"
    r"|following|final|latest|remaining|initial|same|entire|full|whole)\s+|the\s+|(?:past|last"
    rf"|next|first|another)\s+))?(?P<num>{NUM}|(?i:{NUM}))[\s-]+(?:(?i:more|trading|business"
    rf"|working|straight|consecutive|full|additional)\s+)?(?P<u>(?i:{UNITW}))"
    r"(?P<pl>s)?(?P<half>[\s-]+(?i:and[\s-]+a[\s-]+half))?(?:[\s-]+(?P<long>(?i:old|long)))?",
)
def _duration(m: re.Match[str], ctx: Context) -> Hit | None:
    unit = m["u"].lower().replace("centurie", "century")
    num_text = m["num"].lower()
    det = (m["det"] or "").lower().strip()
    if _no_length(m, ctx, unit, num_text, det):
        return None
    if num_text in ("a", "an") and not m["bound"] and not det and unit != "decade":
        if _speed(ctx, m.start(), unit):
            return None  # "100 kilometres an hour": a speed
        if re.search(
            r"(?:\d|\btimes?|\bonce|\btwice|\bper|\$)\W*$",
            ctx.text[max(0, m.start() - 12) : m.start()],
            re.I,
        ) or _rate(ctx, m.start("u"), m.end("u")):
            code = UNIT[unit][0]
            return "SET", ("PT1" if UNIT[unit][1] else "P1") + code
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
    if unit == "day" and num_text == "one" and not m["bound"] and not det:
        if _ONE_DAY_AHEAD.search(ctx.text, max(0, m.start() - 12), m.start()):
            return "DATE", "FUTURE_REF"  # "will one day be": some time ahead, not a length
    if num_text in ("a", "an") and (m["pl"] or m["long"] and m[0][-5] == "-"):
        return None  # "a decades-long feud", "a day-long meeting": the adjective only
    if num_text == "many" and not m["pl"]:
        return None
    n = num(m["num"])
    if n is not None and m["half"]:
        n += 0.5  # "a year and a half"
    code = UNIT[unit][0]
    clock = UNIT[unit][1]
    if unit == "decade":
        n, code = (n * 10 if n is not None else None), "Y"
    if unit == "century":
        n, code = (n * 100 if n is not None else None), "Y"
    amount = fmt_num(n) if n is not None else "X"
    if det == "the" and not m["pl"] and n == 1:
        return None  # "the one year"? rare; avoid "the one day he ..."
    value = ("PT" if clock else "P") + amount + code
    if (m["long"] or "").lower() == "old" or re.match(r"\s*(?:-\s*)?olds?\b", ctx.text[m.end() :]):
        return None  # an age, not a span of time ("a 17-year-old", "17-year-olds")
    if det == "the" and not m["pl"] and "-" in m[0][m.start("num") - m.start() :]:
        return "DURATION", value, m.start("num"), m.end()  # "the 14-day": the adjective only
    if det == "last" and ctx.prev_word(m.start()) in _BEFORE_VERB_LAST:
        return "DURATION", value, m.start("num"), m.end()  # "will last 72 hours": the verb
    return "DURATION", value


def _no_length(m: re.Match[str], ctx: Context, unit: str, num_text: str, det: str) -> bool:
    """A number and a unit that name no length of time: an ordinal, a fraction, a title, an
    amount measured in time, a compound adverb, or the first half of a named year."""
    if unit == "second" and num_text in ("a", "an", "one"):
        return True  # "a second round"
    if m["pl"] and "-" in m[0] and unit == "quarter" or m["u"][0].isupper():
        return True  # "three-quarters of", "60 Minutes"
    if unit == "quarter" and re.match(r"\s+of\s+(?!(?:19|20)\d\d)", ctx.text[m.end() :]):
        return True  # "a quarter of its profit": a fraction, not three months
    if unit == "quarter" and num_text == "two" and " ".join(det.split()) in _HALF_DETS:
        if _OF_YEAR.match(ctx.text, m.end()):
            return True  # "(at least) the first two quarters of 1990": its first half ("half")
    if _MEASURE_OF.match(ctx.text, m.end()):
        return True  # "six months of base pay", "90 days of oil supplies": an amount
    # "on a day-to-day basis", "a year-on-year gain": a manner, no length
    return bool(_UNIT_COMPOUND.match(ctx.text, m.end()))


_COLOUR = re.compile(r"[\s-]+(?:blue|black|green|purple|grey|gray|red|cherry|silver)\b", re.I)


# a modal before "one day": an unnamed day ahead ("the region could one day host it")
_ONE_DAY_AHEAD = re.compile(r"\b(?:will|would|could|may|might|can|shall|'ll)\s+$", re.I)


# a length of time that measures an amount of money or goods by the time it covers
_MEASURE_OF = re.compile(
    r"(?:\s+of|['’]s?)\s+(?:[a-z-]+\s+)?"
    r"(?:pay|salary|salaries|wages?|severance|rent|income|earnings|revenue|sales|output"
    r"|production|supply|supplies|inventory|inventories|imports|exports|consumption)\b",
    re.I,
)


# "the first two quarters", "the last two quarters": a half year when a year follows
_HALF_DETS = frozenset({"first", "last", "the first", "the last"})
_OF_YEAR = re.compile(r"\s+of\s+(?:fiscal\s+)?(?:19|20)\d\d", re.I)


# a unit joined to another by a preposition makes one adjective or adverb ("day-to-day",
# "month-to-month", "year-on-year", "year-over-year"): how often or how compared, no length
_UNIT_COMPOUND = re.compile(rf"-(?:to|on|over|by|after|in)-{UNITW}", re.I)


# "last" after these is the verb ("the truce will last 72 hours", "expected to last two weeks")
_BEFORE_VERB_LAST = frozenset(
    {"will", "would", "could", "can", "may", "might", "should", "must", "to", "not", "ll", "t"}
)


@rule(
    "bare_plural",
    r"(?P<pre>(?i:for|over|in|within|took|take|takes|lasted|last"
    r"|over\s+the))\s+(?P<t>(?i:years|months|weeks|days|decades|centuries|hours|minutes))",
)
def _bare_plural(m: re.Match[str], ctx: Context) -> Hit | None:
    if re.match(r"\s+(?:ago|of|old|to\s+come)", ctx.text[m.end() : m.end() + 10], re.I):
        return None
    if m["pre"].lower().endswith("the"):  # "over the years": TimeML keeps the determiner
        return "DURATION", _vague(m["t"]), m.end("pre") - 3, m.end("t")
    return "DURATION", _vague(m["t"])


def _vague(plural: str) -> str:
    """An unknown number of units: "years" PXY, "hours" PTXH; decades and centuries count in
    years (PXY), as TimeBank writes "decades-long"."""
    unit = plural.lower().rstrip("s").replace("centurie", "century")
    code = "Y" if unit in ("decade", "century") else UNIT[unit][0]
    return ("PT" if UNIT[unit][1] else "P") + "X" + code


@rule(
    "long_adjective",
    r"(?P<u>(?i:hour|day|week|month|year|decade|centur(?:y|ie)))(?P<pl>s)?"
    r"-long",
)
def _long_adjective(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "a day-long meeting" (P1D), "a decades-long dispute" (PXY)."""
    if m["pl"]:
        return "DURATION", _vague(m[0][:-5])
    unit = m["u"].lower()
    n = {"decade": 10, "century": 100}.get(unit, 1)
    code = "Y" if n > 1 else UNIT[unit][0]
    return "DURATION", ("PT" if UNIT[unit][1] else "P") + str(n) + code


@rule(
    "coming_units",
    r"(?:(?i:the)\s+)?(?i:coming|next\s+few|past\s+few|last\s+few)\s+"
    r"(?P<u>(?i:days|weeks|months|years|quarters|decades))",
)
def _coming_units(m: re.Match[str], ctx: Context) -> Hit | None:
    return "DURATION", "PX" + UNIT[m["u"].lower()[:-1]][0]


@rule(
    "set",
    r"(?P<w>(?i:daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly"
    r"|every\s+(?:single\s+)?(?:day|week|month|year|quarter|hour|night|morning|evening|weekend)"
    r"|each\s+(?:day|week|month|year|quarter|night)|per\s+(?:day|week|month|year|hour|annum)"
    r"|a\s+year\s+earlier))",
)
def _set(m: re.Match[str], ctx: Context) -> Hit | None:
    if ctx.in_name(m.start()):
        return None  # "China Daily"
    w = m["w"].lower().split()[-1]
    if w == "earlier" or _speed(ctx, m.start(), w):
        return None  # "60 miles per hour": a speed
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


@rule(
    "every_n_units",
    rf"(?i:every)\s+(?:(?P<other>(?i:other))|(?P<num>{NUM}|(?i:{NUM})))\s+(?P<u>(?i:{UNITW}))s?",
)
def _every_n_units(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "every two years" (P2Y), "every other week" (P2W): a set whose period is the length."""
    n = 2.0 if m["other"] else num(m["num"])
    if n is None:
        return None
    unit = m["u"].lower().replace("centurie", "century")
    n *= {"decade": 10, "century": 100}.get(unit, 1)
    code = UNIT[unit]
    return "SET", ("PT" if code[1] else "P") + fmt_num(n) + code[0]


@rule(
    "every_weekday",
    rf"(?i:every|each)\s+(?:(?P<wd>{WEEKDAY})|(?P<mon>{MONTH})|(?P<season>(?i:spring|summer"
    r"|fall|autumn|winter)))",
)
def _every_weekday(m: re.Match[str], ctx: Context) -> Hit | None:
    if m["mon"]:  # "each July": every year in July
        return "SET", f"XXXX-{month_num(m['mon']):02d}"
    if m["season"]:  # "every summer"
        return "SET", f"XXXX-{SEASONS[m['season'].lower()][0]}"
    return "SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}"


@rule(
    "basis",
    r"(?i:on\s+an?\s+)(?P<t>(?i:daily|weekly|monthly|yearly|annual|quarterly|hourly)"
    r")(?=\s+basis\b)",
)
def _basis(m: re.Match[str], ctx: Context) -> Hit | None:
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


@rule(
    "clock",
    r"(?:(?P<at>(?i:at|around|about|by|until|before|after))\s+)?(?P<t>(?:(?P<h>[01]?\d|2[0-3])"
    r"(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.?|p\.m\.?|am|pm)(?![A-Za-z]))(?:\s+"
    r"(?P<tz>[A-Z]{2,4}(?![a-z])))?|(?P<h24>[01]\d|2[0-3]):?(?P<mi24>[0-5]\d)\s*(?P<tz24>GMT"
    r"|UTC|EST|EDT|CET|BST|KST|MSK|hrs|h\b)|(?(at)(?P<hc>0\d|1[3-9]|2[0-3]):(?P<mic>[0-5]\d)(?![\d:.,]\d)|(?!))"
    r"|(?P<word>(?i:noon|midday|midnight)))"
    rf"(?:,?\s+(?:(?i:on)\s+)?(?P<day>(?:{WEEKDAY}|(?i:today|yesterday|tomorrow))"
    r"(?:\s+(?i:morning|afternoon|evening|night))?"
    rf"(?:,\s+(?P<md>{MONTH}\s*{DAY})(?:,?\s+(?P<mdy>{YEAR}))?)?|(?i:last\s+night|tonight"
    r"|this\s+(?:morning|afternoon|evening))"
    rf"|{MONTH}\s*{DAY}(?:,?\s+(?P<year>{YEAR}))?))?)",
    anchored=True,
)
def _clock(m: re.Match[str], ctx: Context) -> Hit | None:
    if m["word"]:
        if _COLOUR.match(ctx.text, m.end()):
            return None  # "a midnight blue suit": a colour
        hh, mm = (24 if m["word"].lower() == "midnight" else 12), 0
    elif m["h24"]:
        hh, mm = int(m["h24"]), int(m["mi24"])
    elif m["hc"]:
        # "at 09:30", "at 14:00": an hour written 00-09 or 13-23 after "at" is a 24-hour
        # clock; "at 9:30" and "at 10:25" (morning or evening?) and "won 2:15" (a race time)
        # are not read
        hh, mm = int(m["hc"]), int(m["mic"])
    else:
        hh, mm = int(m["h"]), int(m["mi"] or 0)
        if hh > 12 or hh == 0:
            return None
        pm = m["ap"].lower().startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
    day = (
        _dated(m["day"], int(m["year"]))
        if m["year"]
        else _dated(m["md"], int(m["mdy"]))
        if m["mdy"]
        else named_day(ctx, m["md"] or m["day"], m.start("t"), m.end())  # "Friday, June 11"
        if m["day"]
        else day_of_clock(ctx, m.start(), m.end())
    ) or "XXXX-XX-XX"
    zone = (m["tz"] or m["tz24"] or "").upper()
    return "TIME", f"{day}T{hh:02d}:{mm:02d}" + ("Z" if zone in ("GMT", "UTC") else "")


# the feasts counted from Easter or Thanksgiving, longest first ("easter sunday" before "easter")
_MOVABLE = "|".join(
    re.escape(name).replace(r"\ ", r"\s+")
    for name in sorted({*EASTER_FEASTS, *THANKSGIVING_DAYS}, key=len, reverse=True)
)


@rule(
    "holiday",
    r"(?:(?P<rel>(?i:last|next|this))\s+)?(?P<h>(?i:christmas\s+(?:day|eve)|christmas|new\s+year's\s+(?:day|eve)"
    r"|independence\s+day|halloween|valentine's\s+day|election\s+day|memorial\s+day"
    r"|labou?r\s+day|veterans\s+day|boxing\s+day|fourth\s+of\s+july|"
    + _MOVABLE
    + r"))(?:\s+(?P<y>"
    + YEAR
    + "))?",
)
def _holiday(m: re.Match[str], ctx: Context) -> Hit | None:
    h = re.sub(r"\s+", " ", m["h"].lower())
    if not m["h"][0].isupper():
        return None
    if re.match(
        r"\s+(?:tree|card|gift|shopping|season|present|party|market|sales|island|rising)",
        ctx.text[m.end() : m.end() + 12],
        re.I,
    ):
        return None
    y = int(m["y"]) if m["y"] else (ctx.ref.year if ctx.ref else None)
    if y is None:  # a movable feast has no known day without its year
        if EASTER_FEASTS.get(h) is not None:
            return "DATE", "XXXX-XX-XX"  # March or April
        fixed = h not in THANKSGIVING_DAYS and not h.startswith(("election", "memorial", "labo"))
        return "DATE", "XXXX-" + holiday_day(h, 2001).strftime("%m-%d" if fixed else "%m-XX")
    day = holiday_day(h, y)
    if m["y"] or ctx.ref is None:
        return "DATE", day.isoformat()
    rel = (m["rel"] or "").lower()
    if rel == "last":  # "last Christmas": the one before the page's day
        return "DATE", (day if day < ctx.ref else holiday_day(h, y - 1)).isoformat()
    if rel == "next":
        return "DATE", (day if day > ctx.ref else holiday_day(h, y + 1)).isoformat()
    if rel == "this":
        return "DATE", day.isoformat()
    tense = clause_tense(ctx, m.start(), m.end())
    ahead = holiday_day(h, y + 1)
    if day > ctx.ref + timedelta(days=60) and tense != "future":
        day = holiday_day(h, y - 1)
    elif ctx.ref < ahead <= ctx.ref + timedelta(days=1 if tense == "past" else HOLIDAY_AHEAD):
        # "on New Year's Day" written on 30 December: the coming one; told as past on 31
        # December, it is already New Year's Day where it happened (a page's clock lags Asia's)
        day = ahead
    elif tense == "future" and day < ctx.ref - timedelta(days=FUTURE_SLACK):
        day = ahead  # "will reopen by Easter" written in May: next year's
    return "DATE", day.isoformat()


def holiday_day(h: str, yr: int) -> date:
    """The day of the holiday named ``h`` (lower case, single spaces) in year ``yr``."""
    from dateutil.easter import easter

    if h in EASTER_FEASTS:
        return easter(yr) + timedelta(days=EASTER_FEASTS[h])
    if h in THANKSGIVING_DAYS:
        nov1 = date(yr, 11, 1)
        return nov1 + timedelta(days=(3 - nov1.weekday()) % 7 + 21 + THANKSGIVING_DAYS[h])
    if h.startswith("christmas"):
        return date(yr, 12, 24 if "eve" in h else 25)
    if h.startswith("new year"):
        return date(yr, 12, 31) if "eve" in h else date(yr, 1, 1)
    if h.startswith(("independence", "fourth")):
        return date(yr, 7, 4)
    if h.startswith("election"):  # US: the Tuesday after the first Monday of November
        nov2 = date(yr, 11, 2)
        return nov2 + timedelta(days=(1 - nov2.weekday()) % 7)
    if h.startswith("memorial"):  # US: the last Monday of May
        may31 = date(yr, 5, 31)
        return may31 - timedelta(days=may31.weekday())
    if h.startswith("labo"):  # US: the first Monday of September
        sep1 = date(yr, 9, 1)
        return sep1 + timedelta(days=(7 - sep1.weekday()) % 7)
    fixed = {"halloween": (10, 31), "valentine": (2, 14), "veterans": (11, 11), "boxing": (12, 26)}
    month, day = fixed[h.split()[0].removesuffix("'s")]
    return date(yr, month, day)


HOLIDAY_AHEAD = 7  # days: a holiday this close in the next year is the one the page means


def _dated(month_day: str, year: int) -> str | None:
    """ "Dec. 31" of "10:15 p.m. on Dec. 31, 2017": the day in the year written after it."""
    md = re.match(r"(\S+)\s*(\d+)", month_day)
    day = safe_date(year, month_num(md[1]), int(md[2])) if md else None
    return day.isoformat() if day else None


def _rate(ctx: Context, start: int, end: int) -> bool:
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


def _speed(ctx: Context, start: int, unit: str) -> bool:
    """ "60 miles per hour", "20 knots an hour": a distance over a clock unit is a speed."""
    return unit in ("hour", "minute", "second") and bool(
        _DISTANCE.search(ctx.text, max(0, start - 20), start)
    )


_DISTANCE = re.compile(
    r"\b(?:miles?|kilometers?|kilometres?|km|meters?|metres?|feet|foot|yards?|knots?|inches)\s*$",
    re.I,
)


def _adjective(ctx: Context, start: int, end: int) -> bool:
    """ "daily" and the like name a frequency only as adverbs, not before a noun or as one."""
    if ctx.doc is not None:
        span = ctx.doc.char_span(start, end)
        if span is not None:
            tok = span.root
            return tok.dep_ in ("amod", "compound", "nmod") or tok.pos_ in ("NOUN", "PROPN")
    return bool(re.match(r"\s+[a-z]", ctx.text[end : end + 3])) and not re.match(
        r"\s+(?:and|or|to|in|at|on|for|by|since|until|from|with|as|but)\b", ctx.text[end:]
    )
