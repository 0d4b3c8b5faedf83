"""Rules for phrases counted from another date: "three years ago", "two days later", "a day
after the vote", "April 24 and 25", "the following month", "a year earlier"."""

from __future__ import annotations

import re
from datetime import date

from storyline.analyze.times.calendar import add_quarters, move_date, safe_date
from storyline.analyze.times.context import Context
from storyline.analyze.times.lexicon import (
    BOUND,
    DAY,
    EDGE,
    MONTH,
    NUM,
    SEASONS,
    UNIT,
    UNITW,
    fmt_num,
    num,
)
from storyline.analyze.times.recognise.base import Hit, Rule, registrar
from storyline.analyze.times.resolve import (
    clause_anchor,
    date_before,
    date_right_after,
    discussed_quarter,
    month_num,
    past_anchor_ok,
)

RULES: list[Rule] = []
rule = registrar(RULES)


@rule(
    "ago",
    rf"(?:(?i:{BOUND})\s+)?(?P<num>{NUM}|(?i:{NUM}))[\s-]+(?P<u>(?i:{UNITW}))s?"
    r"(?P<half>\s+(?i:and\s+a\s+half))?\s+(?P<dir>(?i:ago|earlier|before|later|after"
    r"|from\s+now|hence|back))",
)
def _ago(m: re.Match[str], ctx: Context) -> Hit | None:
    n = num(m["num"])
    if n is not None and m["half"]:
        n += 0.5  # "a year and a half ago"
    unit = m["u"].lower().replace("centurie", "century")
    direction = m["dir"].lower()
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    if direction in ("later", "after", "before", "earlier"):
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
        quarter = discussed_quarter(ctx, m.start(), "")
        if quarter:
            y, q = add_quarters(*quarter, -4)
            return "DATE", f"{y}-Q{q}"
    shifted = move_date(ctx.ref, sign * n, unit)
    return ("DATE", shifted[0]) if shifted else None


@rule(
    "anchored_ago",
    rf"(?P<num>{NUM}|(?i:{NUM}))[\s-]+(?P<u>(?i:{UNITW}))s?\s+(?P<dir>(?i:earlier|before"
    r"|later|after))",
    anchored=True,
)
def _anchored_ago(m: re.Match[str], ctx: Context) -> Hit | None:
    n = num(m["num"])
    unit = m["u"].lower().replace("centurie", "century")
    sign = 1 if m["dir"].lower() in ("later", "after") else -1
    need = "day" if unit in ("hour", "minute", "second") else unit
    anchor: date | None = None
    event = m["dir"].lower() in ("after", "before") and bool(
        re.match(r"\s+[\w“\"‘']", ctx.text[m.end() :])
    )
    if event:
        anchor = date_right_after(ctx, m.end(), need)  # "two days after March 3"
        if anchor is None:
            # "on Thursday, a day after the dam collapsed": the phrase counts back from the
            # date of its own clause, never from a date of an earlier sentence
            sign = -sign
            anchor = clause_anchor(ctx, m.start(), m.end(), need)
            if anchor is None and not past_anchor_ok(ctx, m.start(), m.end()):
                return _anchored_length(m, n, unit)
    if n is None:  # "a few days later": no point in time to name, only a vague length
        return _anchored_length(m, None, unit)
    if not event:  # "two days later": counted from the last date named before it
        quarter = _compared_quarter(ctx, m, n, unit)
        if quarter:  # "$3 million a year earlier" in results: that quarter a year before
            return "DATE", quarter
        anchor = date_before(ctx, m.start(), unit=need)
    if anchor is None:
        if sign > 0 or ctx.ref is None or m["dir"].lower() == "before":
            return _anchored_length(m, n, unit)  # nothing to count from: the length it names
        anchor = ctx.ref  # "a year earlier" with nothing before it: counted from publication
    shifted = move_date(anchor, sign * n, unit)
    if shifted is None:
        return None
    if event or m["dir"].lower() == "later":
        # the day it points to, and the length TimeML reads in it: "two days" (P2D) of "two
        # days after the vote" or "two days later", where "after" and "later" only relate it
        return "DATE", shifted[0], m.start(), m.end(), _length(n, unit)
    return "DATE", shifted[0]


def _compared_quarter(ctx: Context, m: re.Match[str], n: float | None, unit: str) -> str | None:
    """ "a year earlier" in a passage about quarterly results: the quarter discussed, a year
    before (a figure compared with the same quarter), whatever date was named last."""
    if (n, unit) != (1, "year") or m["dir"].lower() != "earlier" or ctx.ref is None:
        return None
    quarter = discussed_quarter(ctx, m.start(), "")
    if quarter is None:
        return None
    y, q = add_quarters(*quarter, -4)
    return f"{y}-Q{q}"


def _length(n: float | None, unit: str) -> str:
    """An ISO length of ``n`` units ("X" for an unknown count): P2D, PT3H, P10Y."""
    code = UNIT.get(unit, ("Y", False))
    amount = "X" if n is None else fmt_num(n * {"decade": 10, "century": 100}.get(unit, 1))
    return ("PT" if code[1] else "P") + amount + code[0]


def _anchored_length(m: re.Match[str], n: float | None, unit: str) -> Hit:
    """The length of time an anchored phrase names ("two days" of "two days after"), for when
    there is no date to count from."""
    return "DURATION", _length(n, unit), m.start(), m.start("dir") - 1


@rule("second_day", r"(?:and|or|&)\s+(?P<t>" + DAY + r")", anchored=True)
def _second_day(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "April 24 and 25": the second day takes the month and year of the first."""
    if not re.search(MONTH + r"\s*" + DAY + r"\s*$", ctx.text[max(0, m.start() - 16) : m.start()]):
        return None
    first = next((v for s, v in reversed(ctx.resolved) if m.start() - 16 <= s < m.start()), None)
    if first is None or not re.fullmatch(r"[\dX]{4}-\d\d-\d\d", first):
        return None
    day = int(re.sub(r"\D", "", m["t"]))
    if first[0].isdigit() and safe_date(int(first[:4]), int(first[5:7]), day) is None:
        return None
    return "DATE", f"{first[:8]}{day:02d}"


@rule(
    "same_unit",
    r"(?P<rel>(?i:the\s+same|the\s+following|the\s+previous|the\s+preceding|the\s+prior|"
    r"the\s+next|(?:(?:earlier|later)\s+)?that))\s+(?:(?i:fiscal|financial)\s+(?=(?i:year)))?"
    r"(?P<u>(?i:day|week|month|year))",
    anchored=True,
)
def _same_unit(m: re.Match[str], ctx: Context) -> Hit | None:
    # "later that year" is that year (TimeML keeps "later" in the span, as a modifier)
    rel = re.sub(r"^(?:earlier|later)\s+|\s+", " ", m["rel"].lower()).strip()
    # "the next day" counts from a date named shortly before, often in the sentence before
    # ("... on April 2. The next day, ..."); with none it is no date
    if rel == "the next" and not re.search(
        r"\d|day", ctx.text[max(0, m.start() - 200) : m.start()]
    ):
        return None
    # "that year", "the following month" may point back a paragraph ("In March, ... The
    # following month, ...")
    k = {
        "the same": 0,
        "that": 0,
        "the following": 1,
        "the next": 1,
        "the previous": -1,
        "the preceding": -1,
        "the prior": -1,
    }[rel]
    anchor = date_before(ctx, m.start(), back=4, unit=m["u"].lower())
    if anchor is None and k < 0 and ctx.ref is not None:
        # no date told before: "sales fell from the previous year" compares with the one
        # before the page's own
        anchor = ctx.ref
    if anchor is None:
        return None
    shifted = move_date(anchor, k, m["u"].lower())
    return ("DATE", shifted[0]) if shifted else None


_YEAR_STEP = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}


@rule(
    "season_after",
    r"(?P<rel>(?i:that|the\s+following|the\s+next|the\s+previous|the\s+preceding))\s+"
    r"(?P<s>(?i:spring|summer|fall|autumn|winter))\b",
    anchored=True,
)
def _season_after(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "By the following spring": the first spring after the date the text last named ("The
    strike began in June 2027."), not the one after the page's date; "that winter" is the
    winter of that date."""
    anchor = date_before(ctx, m.start(), back=4, unit="year")
    if anchor is None:
        return None
    code, first, last = SEASONS[m["s"].lower()]
    month, year = anchor.month, anchor.year
    if code == "WI" and month <= 2:
        month, year = month + 12, year - 1  # January is in the winter begun the year before
    step = _YEAR_STEP.get(re.sub(r"\s+", " ", m["rel"].lower()), 0)
    if step > 0:
        year += month >= first
    elif step < 0:
        year -= month <= last
    return "DATE", f"{year}-{code}"


@rule(
    "month_of_that_year",
    rf"(?:(?i:{EDGE})[\s-]+)?(?P<mon>{MONTH})(?:\s*(?P<d>{DAY}))?,?\s+(?i:of)\s+"
    r"(?P<rel>(?i:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding))"
    r"\s+(?i:year)",
    anchored=True,
)
def _month_of_that_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "in late March of that year": the month of the year the text last named ("Complaints
    go back to early 2019."), not of the reference's year."""
    anchor = date_before(ctx, m.start(), back=4, unit="year")
    if anchor is None:
        return None
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    year = anchor.year + _YEAR_STEP.get(rel, 0)
    month = month_num(m["mon"])
    if not m["d"]:
        return "DATE", f"{year}-{month:02d}"
    day = safe_date(year, month, int(re.sub(r"\D", "", m["d"])))
    return ("DATE", day.isoformat()) if day else None


@rule(
    "year_ago",
    r"(?:(?P<the>(?i:the))\s+)?(?P<w>(?i:year-earlier|year-ago|prior-year|a\s+year\s+ago"
    r"|a\s+year\s+earlier))(?:\s+(?P<what>(?i:(?:first|second|third|fourth)[\s-]+quarter"
    r"|quarter|period|results|level|figure)))?",
)
def _year_ago(m: re.Match[str], ctx: Context) -> Hit | None:
    if m["the"] and not m["what"]:
        return None
    if ctx.ref is None:
        return "DATE", "XXXX"
    quarter = discussed_quarter(ctx, m.start(), m["what"] or "")
    if quarter:
        y, q = add_quarters(*quarter, -4)
        value = f"{y}-Q{q}"
    else:
        value = str(ctx.ref.year - 1)
    if m["what"] and m["what"].lower() in ("results", "level", "figure"):
        return "DATE", value, m.start(), m.start("what") - 1
    return "DATE", value
