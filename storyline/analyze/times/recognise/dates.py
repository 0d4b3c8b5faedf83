"""Rules for calendar dates: ISO and slashed dates, month-day-year in either order, ranges,
months, seasons, years, decades, spoken years, the year's end, centuries."""

from __future__ import annotations

import re
from datetime import timedelta

from storyline.analyze.times.calendar import safe_date
from storyline.analyze.times.context import Context
from storyline.analyze.times.lexicon import (
    DAY,
    DAY_WORD,
    DECADE_WORDS,
    EDGE,
    MONTH,
    NOT_AFTER_YEAR,
    NUMW,
    ORDINALS,
    PREP_BEFORE_MONTH,
    SEASONS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    day_word,
    num,
)
from storyline.analyze.times.recognise.base import Hit, Rule, registrar
from storyline.analyze.times.recognise.numbers import names_a_thing
from storyline.analyze.times.resolve import (
    month_num,
    relative_unit,
    resolve_month,
    resolve_month_day,
    resolve_season,
)
from storyline.analyze.times.tense import clause_tense
from storyline.lexicon import ORDINAL_WORDS

RULES: list[Rule] = []
rule = registrar(RULES)

# the second member of a pair or range of months or days that carries the year for both:
# "from June to August 2004", "March 3 and 4, 1998", "Oct. 30 through Nov. 2, 1989"
_SHARED_YEAR = re.compile(
    rf"\s*(?:-|–|to|through|until|and|or)\s*(?:{MONTH}\s*(?:{DAY})?|{DAY}),?\s*(?P<y>{YEAR})"
)


def shared_year(ctx: Context, end: int) -> int | None:
    """The year the next member of a pair or range names for both members, if any."""
    m = _SHARED_YEAR.match(ctx.text, end)
    return int(m["y"]) if m else None


@rule(
    "iso",
    r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?)?",
    relative=False,
)
def _iso(m: re.Match[str], ctx: Context) -> Hit | None:
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return ("DATE", d.isoformat()) if d else None


@rule("slash", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d\d)(?![/\d])", relative=False)
def _slash(m: re.Match[str], ctx: Context) -> Hit | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 1900 if y > 30 else 2000
    month, day = (a, b) if a <= 12 else (b, a)  # US order unless impossible
    d = safe_date(y, month, day)
    return ("DATE", d.isoformat()) if d else None


@rule(
    "month_day_year",
    rf"(?:{WEEKDAY},?\s+)?(?P<mon>{MONTH})\s*(?P<d>{DAY}),?\s*(?P<y>{YEAR})",
    relative=False,
)
def _mdy(m: re.Match[str], ctx: Context) -> Hit | None:
    d = safe_date(int(m["y"]), month_num(m["mon"]), int(re.sub(r"\D", "", m["d"])))
    return ("DATE", d.isoformat()) if d else None


@rule(
    "day_month_year",
    rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH}),?\s*(?P<y>{YEAR})",
    relative=False,
)
def _dmy(m: re.Match[str], ctx: Context) -> Hit | None:
    return _mdy(m, ctx)


@rule(
    "month_day_range",
    rf"(?P<mon>{MONTH})\s*(?P<d1>{DAY})\s*(?:-|–|to|through|until)\s*(?P<d2>{DAY})"
    rf"(?:,?\s*(?P<y>{YEAR}))?",
)
def _md_range(m: re.Match[str], ctx: Context) -> Hit | None:
    month = month_num(m["mon"])
    d1, d2 = int(re.sub(r"\D", "", m["d1"])), int(re.sub(r"\D", "", m["d2"]))
    if d2 <= d1:
        return None
    if m["y"]:
        first, last = safe_date(int(m["y"]), month, d1), safe_date(int(m["y"]), month, d2)
        if not first or not last:
            return None
        return "DATE", f"{first.isoformat()}/{last.isoformat()}"
    a = resolve_month_day(ctx, month, d1, m.start(), m.end())
    if a is None or safe_date(2000, month, d2) is None:
        return None
    return "DATE", f"{a}/{a[:8]}{d2:02d}"


# "2019-2021" is one span of years; "from 2009 to 2011" names two years, each its own
# expression (TimeML's reading: a TIMEX3 for each end, the range is the words between)
@rule("year_range", rf"(?P<y1>{YEAR})\s*(?:-|–)\s*(?P<y2>{YEAR}|\d\d)(?![\d-])", relative=False)
def _year_range(m: re.Match[str], ctx: Context) -> Hit | None:
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
    if not y1 < y2 <= y1 + 30:
        return None
    return "DATE", f"{y1}/{y2}"


@rule("month_day", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s*(?P<d>{DAY})")
def _md(m: re.Match[str], ctx: Context) -> Hit | None:
    month, day = month_num(m["mon"]), int(re.sub(r"\D", "", m["d"]))
    year = shared_year(ctx, m.end())
    if year is not None:
        named = safe_date(year, month, day)
        return ("DATE", named.isoformat()) if named else None
    wd = m.groupdict().get("wd")
    if wd and ctx.ref is not None:
        # "Sunday, Oct 15": the year, near the reference, in which that day is a Sunday
        years = [
            y
            for y in (ctx.ref.year, ctx.ref.year - 1, ctx.ref.year + 1)
            if (d := safe_date(y, month, day)) and d.weekday() == WEEKDAYS[wd.lower()]
        ]
        if years:
            return "DATE", f"{years[0]}-{month:02d}-{day:02d}"
    value = resolve_month_day(ctx, month, day, m.start(), m.end())
    return ("DATE", value) if value else None


@rule(
    "weekday_the_day",
    rf"(?P<wd>{WEEKDAY}),?[\s-]+the[\s-]+(?P<d>{DAY})(?:\s+of\s+(?P<mon>{MONTH}))?",
)
def _weekday_the_day(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "Friday the 13th" (of October): the day of the month named by its ordinal, in the
    month near the reference in which it falls on that weekday."""
    if not m["d"][-2:].isalpha():
        return None  # "Monday the 5 companies": no day of the month
    if "," in m[0] and not m["mon"] and re.match(r"\s+[a-z]", ctx.text[m.end() :]):
        return None  # "on Sunday, the 10th anniversary of the crash": an apposition
    day = int(re.sub(r"\D", "", m["d"]))
    if m["mon"]:
        value = resolve_month_day(ctx, month_num(m["mon"]), day, m.start(), m.end())
        return ("DATE", value) if value else None
    if ctx.ref is None:
        return "DATE", f"XXXX-XX-{day:02d}"
    weekday = WEEKDAYS[m["wd"].lower()]
    ahead = clause_tense(ctx, m.start(), m.end()) == "future"
    found = None
    for k in range(WEEKDAY_DAY_SEARCH):  # months back from the reference's, or ahead
        y, mo = divmod(ctx.ref.year * 12 + ctx.ref.month - 1 + (k if ahead else -k), 12)
        d = safe_date(y, mo + 1, day)
        if d and d.weekday() == weekday and (d >= ctx.ref if ahead else d <= ctx.ref):
            found = d
            break
    return ("DATE", found.isoformat()) if found else None


@rule(
    "nth_weekday",
    rf"(?i:the)\s+(?P<n>(?i:first|second|third|fourth|last))\s+(?P<wd>{WEEKDAY})\s+(?i:in|of)\s+"
    rf"(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
)
def _nth_weekday(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the first Tuesday in November", "the last Friday of June 2020": that day of the month,
    the month's year read as a month alone is (the weekday alone would be this week's)."""
    month = month_num(m["mon"])
    named = m["y"] or resolve_month(ctx, month, "", m.start(), m.end())[:4]
    if not named.isdigit():
        return "DATE", f"{named}-{month:02d}"
    year, weekday = int(named), WEEKDAYS[m["wd"].lower()]
    days = [d for k in range(1, 32) if (d := safe_date(year, month, k)) and d.weekday() == weekday]
    n = m["n"].lower()
    day = days[-1] if n == "last" else days[ORDINALS[n] - 1]
    return "DATE", day.isoformat()


WEEKDAY_DAY_SEARCH = 15  # months: a day of the month falls on each weekday within 14 of them


@rule(
    "day_month",
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})",
)
def _dm(m: re.Match[str], ctx: Context) -> Hit | None:
    if not (m["d"][-2:].isalpha() or "of" in m[0] or m["mon"].rstrip(".").isalpha()):
        return None
    return _md(m, ctx)


# the year after a spoken day: "January twentieth, nineteen ninety-seven", "... 1997"
_SAID_YEAR = rf"(?:,?\s+(?:(?P<y>{YEAR})|(?i:nineteen)[\s-]+(?P<sy>{NUMW})))?"


@rule(
    "spoken_day",
    rf"(?:(?:{WEEKDAY},?\s+)?(?P<mon>{MONTH})\s+(?:the\s+)?(?P<d>{DAY_WORD})"
    rf"|(?i:the)\s+(?P<d2>{DAY_WORD})\s+of\s+(?P<mon2>{MONTH})){_SAID_YEAR}",
)
def _spoken_day(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "January twentieth", "the first of March": a day of the month spelled as an ordinal,
    as broadcast transcripts write what was said; its year, if not said, as for "Jan. 20"."""
    if m["d2"] and m["d2"][0].isupper():
        return None  # "the Fourth of July": the holiday's name (see holiday)
    day = day_word(m["d"] or m["d2"])
    if day is None:
        return None
    month = month_num(m["mon"] or m["mon2"])
    year = int(m["y"]) if m["y"] else None
    if m["sy"]:
        n = num(m["sy"])
        year = 1900 + int(n) if n is not None and 10 <= n < 100 else None
    if year is not None:
        named = safe_date(year, month, day)
        return ("DATE", named.isoformat()) if named else None
    value = resolve_month_day(ctx, month, day, m.start(), m.end())
    return ("DATE", value) if value else None


@rule(
    "month_year",
    rf"(?:(?P<edge>{EDGE})[\s-]+)?(?P<mon>{MONTH})\s*(?:of\s+|,\s*)?(?P<y>{YEAR}|'\d\d)",
    relative=False,
)
def _my(m: re.Match[str], ctx: Context) -> Hit | None:
    y = int(m["y"].lstrip("'"))
    if y < 100:
        y += 1900 if y > 30 else 2000
    return "DATE", f"{y}-{month_num(m['mon']):02d}"


_NEAR = {"last": -1, "this": 0, "next": 1}


@rule(
    "date_near_unit",
    rf"(?:(?:(?P<edge>{EDGE})[\s-]+)?(?P<mon>{MONTH})(?:\s*(?P<d>{DAY}))?"
    rf"|(?:the\s+)?(?P<d2>{DAY})\s+(?:of\s+)?"
    rf"(?P<mon2>{MONTH})|(?P<wd>{WEEKDAY})|(?:(?i:the)\s+)?(?P<s>(?i:spring|summer|autumn|winter)))"
    r"\s+(?:of\s+)?(?P<rel>(?i:last|this|next))\s+(?P<u>(?i:year|week))(?!['’]s)",
)
def _date_near_unit(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "in May last year", "on June 12 next year", "Monday of last week", "the summer of last
    year": the month, day or season in the year or week the deictic phrase names, one
    expression (each alone would count from the reference: "June 12" this year)."""
    unit, shift = m["u"].lower(), _NEAR[m["rel"].lower()]
    if ctx.ref is None or (unit == "week") != bool(m["wd"]):
        return None
    if m["s"]:
        return "DATE", f"{ctx.ref.year + shift}-{SEASONS[m['s'].lower()][0]}"
    if m["wd"]:
        monday = ctx.ref - timedelta(days=ctx.ref.weekday())
        day = monday + timedelta(weeks=shift, days=WEEKDAYS[m["wd"].lower()])
        return "DATE", day.isoformat()
    if not (m["d"] or m["d2"] or m["edge"] or ctx.prev_word(m.start()) in PREP_BEFORE_MONTH):
        return None  # "Theresa May last year said": a name, not the month
    month, year = month_num(m["mon"] or m["mon2"]), ctx.ref.year + shift
    day_text = m["d"] or m["d2"]
    if not day_text:
        return "DATE", f"{year}-{month:02d}"
    named = safe_date(year, month, int(re.sub(r"\D", "", day_text)))
    return ("DATE", named.isoformat()) if named else None


@rule(
    "month",
    rf"(?:(?P<edge>{EDGE})[\s-]+)?(?:(?P<rel>this|last|next|(?i:this|last|next))\s+)?"
    rf"(?P<mon>{MONTH})",
)
def _month(m: re.Match[str], ctx: Context) -> Hit | None:
    word = m["mon"]
    after = ctx.text[m.end() : m.end() + 20]
    if word == "May" or len(word.rstrip(".")) == 3 and not word.endswith("."):
        # "May" is mostly a modal verb; bare abbreviations are mostly other words
        if not (m["edge"] or m["rel"] or ctx.prev_word(m.start()) in PREP_BEFORE_MONTH):
            return None
    if re.match(r"\s+[A-Z][a-z]", after) and not (m["edge"] or m["rel"]):
        if ctx.prev_word(m.start()) not in PREP_BEFORE_MONTH - {"and", "or", "to", "on", "for"}:
            return None  # "June Carter", "August Wilson"
    if re.match(r"\s*\d", after):
        return None  # "last Oct. 23": the day rule's
    if word == "March" and not (m["edge"] or m["rel"]) and _a_march(ctx, m.start(), after):
        return None
    if not (m["edge"] or m["rel"]) and ctx.in_entity_name(m.start("mon"), m.end("mon")):
        return None  # "Black September": a group's name
    rel = (m["rel"] or "").lower()
    year = shared_year(ctx, m.end())
    if year is not None and not rel:
        return "DATE", f"{year}-{month_num(word):02d}"
    return "DATE", resolve_month(ctx, month_num(word), rel, m.start(), m.end())


def _a_march(ctx: Context, start: int, after: str) -> bool:
    """ "the annual March for Life", "the Million Man March", "Women's March": a protest
    march's name, not the month (a month's name follows "in", "since", ... or stands alone)."""
    if ctx.prev_word(start) in PREP_BEFORE_MONTH:
        return False
    if re.match(r"\s+(?:for|on|against)\s+(?:the\s+)?[A-Z]", after):
        return True
    name = re.search(r"\b([A-Z][\w'’]*)\s+$", ctx.text[max(0, start - 20) : start])
    return name is not None and name[1] not in _NOT_A_NAME and ctx.sentence(start)[0] < start


# capitalised words before a month that open a sentence or a date, not a march's name
_NOT_A_NAME = frozenset({"The", "This", "Last", "Next", "Early", "Late", "Mid", "In", "By", "On"})


@rule(
    "season",
    r"(?:(?P<edge>(?i:early|late|mid)[\s-]+))?(?:(?P<rel>(?i:this|last|next|past|the))\s+)?"
    r"(?P<s>(?i:spring|summer|fall|autumn|winter))(?:\s+(?:of\s+)?(?P<y>" + YEAR + "))?",
)
def _season(m: re.Match[str], ctx: Context) -> Hit | None:
    rel = (m["rel"] or "").lower()
    if m["s"].lower() == "fall" and rel in ("", "the") and _A_FALL_OF.match(ctx.text, m.end()):
        return None  # "after the fall of the Berlin Wall", "since the fall in prices": a drop
    code = SEASONS[m["s"].lower()][0]
    if m["y"]:
        return "DATE", f"{m['y']}-{code}"
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
            "from",
            "till",
            "around",
        ) and not _planned_for(m, ctx):
            return None
        if m["s"].lower() == "fall" and rel != "the":
            return None
        rel = ""  # a bare season: its year from the clause's tense
    return "DATE", resolve_season(ctx, m["s"], "last" if rel == "past" else rel, m.start(), m.end())


def _planned_for(m: re.Match[str], ctx: Context) -> bool:
    """ "set for late summer", "planned for the spring": a season a plan is for, where "for
    winter" alone in a present clause is a kind of season ("gloves for winter"), no date."""
    if ctx.prev_word(m.start()) != "for":
        return False
    return bool(m["edge"]) or clause_tense(ctx, m.start(), m.end()) == "future"


# "fall" before "of" and a thing, or "in" and a common noun: the noun "a fall" (a collapse, a
# drop: "the fall of the Berlin Wall", "the fall in prices"); "the fall of 1998", "the fall of
# his senior year" and "the fall in Miami" (a place) are the season
_A_FALL_OF = re.compile(
    r"\s+(?:of\s+|in\s+(?=(?:the\s+|its\s+|their\s+)?[a-z]))"
    rf"(?!{YEAR}|'\d\d|(?:\S+\s+){{0,3}}(?:year|semester|term|season)\b)",
)


@rule(
    "year",
    rf"(?:(?P<pre>(?i:fiscal(?:\s+year)?|the\s+year|calendar|year|mid|early|late|the\s+(?:end|beginning|start"
    rf"|middle|rest|remainder|first\s+half|second\s+half)\s+of))[\s-]+)?(?P<y>{YEAR})",
    relative=False,
)
def _year_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    before = ctx.text[max(0, m.start() - 2) : m.start()]
    listed = re.search(rf"(?:{YEAR}|[A-Za-z]),\s$", ctx.text[max(0, m.start() - 6) : m.start()])
    if re.search(r"[$€£#.,/:]\s?$|\d\s?$", before) and not listed:
        return None  # "$1,995", "3.1995": parts of numbers; "in 1994, 1995 and 1997" is a list
    after = ctx.text[m.end() : m.end() + 25]
    if re.match(r"[.,]\d|\s*-\s*\d|/", after) or NOT_AFTER_YEAR.match(after):
        return None
    if names_a_thing(ctx, m.start("y"), m.end("y")):  # "a 1987 Chevrolet", "1600 Pennsylvania
        return None  # Avenue", "Section 1983"
    # "the 1998 bombings", "its 1990 results", "the company's 1989 results": after a determiner
    # or a possessive a year names the things' year; "fired 1998 shells" counts them (edited
    # news writes "the 2,000 troops" with a comma)
    determined = re.search(
        r"(?:\b(?:the|its|his|her|their|our|this|that)|\w['’]s)\s+$",
        ctx.text[max(0, m.start() - 8) : m.start()],
        re.I,
    )
    if not m["pre"] and not determined and ctx.doc is not None:
        span = ctx.doc.char_span(m.start("y"), m.end("y"))
        if (
            span is not None
            and span.root.dep_ == "nummod"
            and span.root.head.tag_ == "NNS"
            and span.root.head.lower_ not in ("years", "summers", "seasons")
        ):
            return None
    y = m["y"]
    half = re.search(r"(first|second)\s+half", m["pre"] or "", re.I)
    if half:  # "the second half of 1997": the half, as a named quarter is the quarter
        return "DATE", f"{y}-H{1 if half[1].lower() == 'first' else 2}"
    return "DATE", y


@rule(
    "decade",
    r"(?:(?P<the>(?i:the))\s+)?(?:(?P<edge>(?i:early|mid|late))[\s-]+)?"
    r"(?:(?P<y>1[6-9]\d0|20\d0)|'(?P<yy>\d0))'?s",
    relative=False,
)
def _decade(m: re.Match[str], ctx: Context) -> Hit | None:
    if m["y"]:
        return "DATE", m["y"][:3]
    return "DATE", "19" + m["yy"][0]


@rule(
    "spoken_year",
    r"(?:(?i:the\s+year)\s+|(?P<mon>" + MONTH + r")\s+)?"
    r"(?P<y>(?i:nineteen|eighteen)[\s-]+(?P<rest>"
    + NUMW
    + r")|(?i:two\s+thousand(?:\s+and)?(?:\s+(?P<rest2>"
    + NUMW
    + r"))?))",
)
def _spoken_year(m: re.Match[str], ctx: Context) -> Hit | None:
    if m["rest"] is not None:
        n = num(m["rest"])
        if n is None or n < 10:
            return None
        year = f"{(19 if m['y'].lower().startswith('nine') else 18)}{int(n):02d}"
        return "DATE", f"{year}-{month_num(m['mon']):02d}" if m["mon"] else year
    if not re.match(r"(?i)the\s+year", m[0]) and not m["rest2"]:
        return None
    return "DATE", str(2000 + int(num(m["rest2"]) or 0) if m["rest2"] else 2000)


@rule(
    "decade_word",
    r"(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?(?P<w>(?i:twenties|thirties"
    r"|forties"
    r"|fifties|sixties|seventies|eighties|nineties))",
)
def _decade_word(m: re.Match[str], ctx: Context) -> Hit | None:
    return "DATE", f"19{DECADE_WORDS[m['w'].lower()]}"


@rule(
    "year_end",
    r"(?P<w>(?i:year-end|year\s+end|year's\s+end)(?:\s+(?P<y>" + YEAR + r"))?"
    r"|(?i:the\s+(?:full|current|current\s+fiscal|current\s+calendar)\s+year))",
)
def _year_end(m: re.Match[str], ctx: Context) -> Hit | None:
    if re.match(r"\s*(?:'s)", ctx.text[m.end() : m.end() + 3]) and "current" in m[0].lower():
        return None
    if m["y"]:  # "year-end 1989": that year's end, not this one's
        return "DATE", m["y"]
    return "DATE", str(ctx.ref.year) if ctx.ref else "XXXX"


@rule("for_the_year", r"(?i:for)\s+(?P<t>(?i:the\s+year))(?=\s*[,.;])")
def _for_the_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "For the year, sales were flat", "profit rose 5% for the year.": the year a results
    story sums up, the page's own; a past clause in January sums up the year just ended."""
    if ctx.ref is None:
        return "DATE", "XXXX"
    back = ctx.ref.month == 1 and clause_tense(ctx, m.start("t"), m.end("t")) == "past"
    return "DATE", str(ctx.ref.year - back)


@rule(
    "accounting_year",
    r"(?i:the\s+(?:fiscal\s+|financial\s+)?year)(?=\s+(?:that\s+)?"
    r"(?:ended|ending|ends|to\s+(?:the\s+)?end\s+of)\b)",
)
def _accounting_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the year ended Sept. 30": a twelve-month accounting period, dated by the day after it."""
    return "DURATION", "P1Y"


@rule(
    "fiscal_year_named",
    rf"(?:(?i:the|its|their)\s+)?(?P<y>{YEAR})\s+(?i:fiscal|financial)\s+(?i:year)",
    relative=False,
)
def _fiscal_year_named(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the 1990 fiscal year": that year, as "fiscal 1990" is."""
    return "DATE", m["y"]


@rule(
    "in_the_unit",
    r"(?P<edge>(?i:earlier|later))\s+(?i:in|this|that)\s+(?i:the\s+)?"
    r"(?P<u>(?i:year|month|week))",
)
def _in_the_unit(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "earlier in the year": a part of the current year (month, week)."""
    if re.search(r"(?i)\bthat\b", m[0]):
        return None  # anchored on another date: "later that year" belongs to the second pass
    value = relative_unit(ctx, m["u"], 0)
    return ("DATE", value) if value else None


@rule(
    "end_of_unit",
    r"(?i:the\s+(?:end|beginning|start|middle|rest|remainder)\s+of\s+the\s+)"
    r"(?P<u>(?i:year|month|week|quarter|decade|century))",
)
def _end_of_unit(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "by the end of the month": a part of the month we are in."""
    if re.match(r"\s*(?:'s|of|before|after|in\s+which|when|that)\b", ctx.text[m.end() :]):
        return None
    value = relative_unit(ctx, m["u"], 0)
    return ("DATE", value) if value else None


# a century's spelled ordinal: "the nineteenth century", "the twenty-first century"
_CENTURY_WORD = rf"(?i:twenty[\s-]first|{'|'.join(ORDINAL_WORDS)})"


@rule(
    "century",
    rf"(?:(?i:the)\s+)?(?:(?P<n>\d\d?)(?:st|nd|rd|th)|(?P<w>{_CENTURY_WORD}))[\s-]+(?i:century)",
    relative=False,
)
def _century(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the 19th century" and "the nineteenth century": its years' first two digits ("18")."""
    n = int(m["n"]) if m["n"] else day_word(m["w"])
    if n is None or not 1 <= n <= 21:
        return None
    return "DATE", f"{n - 1:02d}"
