"""The words of time: month, weekday, season and unit names, number words, the patterns
that spell them, and the verbs whose tense or meaning tells whether a date lies ahead (plan,
schedule, extend a deadline) or only reports or describes (say, remain). Month and weekday
names, number words and reporting verbs come from ``storyline.lexicon``; the patterns and the
lists only times reads are defined here, and the other modules of the package and the events
analyzer import them from here."""

from __future__ import annotations

import re

from storyline.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTH_NUMBERS,
    ORDINAL_WORDS,
    PLAIN_SPEECH_VERBS,
    SCALE_WORDS,
    SPEECH_VERBS_CORE,
    TENS_WORDS,
    UNIT_WORDS,
    WEEKDAY_NAMES,
    WEEKDAY_NUMBERS,
)
from storyline.lexicon import TIME_NOUNS as TIME_NOUNS  # read by analyze.events from here

MONTHS = {name[:3]: n for name, n in MONTH_NUMBERS.items()}


WEEKDAYS = WEEKDAY_NUMBERS


_UNITS = UNIT_WORDS


_TENS = TENS_WORDS


# The ordinals of quarters and of a weekday in a month ("the third quarter", "the first
# Tuesday in November"): the spoken ones from the shared list, and their figures.
ORDINALS = {w: n for w, n in ORDINAL_WORDS.items() if n <= 4} | {
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}


SEASONS = {
    "spring": ("SP", 3, 5),
    "summer": ("SU", 6, 8),
    "fall": ("FA", 9, 11),
    "autumn": ("FA", 9, 11),
    "winter": ("WI", 12, 14),
}


POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}


# unit word -> (ISO 8601 designator, whether it is a clock unit written after "T")
UNIT = {
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


_CAPITALISED = [name.capitalize() for name in MONTH_NAMES]
_SHORT = [a.capitalize() for a in MONTH_ABBREVIATIONS if a not in ("sep", "sept")]
_SHORT.insert(_SHORT.index("Oct"), "Sept?")
MONTH = (
    rf"(?:(?:{'|'.join(_CAPITALISED)}|{'|'.join(m.upper() for m in MONTH_NAMES)})(?![A-Za-z])"
    rf"|(?:{'|'.join(_SHORT)})(?:\.|(?![A-Za-z])))"
)


WEEKDAY = rf"(?:{'|'.join(name.capitalize() for name in WEEKDAY_NAMES)})"


DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"


YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d:])"


# a day of the month spelled as an ordinal, as spoken news says it ("January twentieth", "the
# twenty-first of May"); not the first word of a compound ("March first-quarter sales")
_FIRST_NINE = "|".join(w for w, n in ORDINAL_WORDS.items() if n < 10)
DAY_WORD = (
    rf"(?i:(?:twenty|thirty)[\s-](?:{_FIRST_NINE})|{'|'.join(ORDINAL_WORDS)})"
    r"(?![\w-]|\s+(?i:quarter|half|time|place|round|term|day|week|month|year|anniversary)\b)"
)


def day_word(text: str) -> int | None:
    """A spelled day of the month -> its number ("twenty-first" -> 21), None past 31."""
    parts = re.split(r"[\s-]+", text.lower())
    n = (TENS_WORDS.get(parts[0], 0) + ORDINAL_WORDS.get(parts[-1], 0)) if len(parts) == 2 else 0
    n = n or ORDINAL_WORDS.get(parts[0], 0)
    return n if 1 <= n <= 31 else None


_ONES = "|".join(w for w, n in UNIT_WORDS.items() if n < 10)
NUMW = rf"(?:(?:{'|'.join(TENS_WORDS)})(?:[-\s](?:{_ONES}))?|{'|'.join(UNIT_WORDS)})"


# a count in hundreds, thousands or dozens ("a hundred years", "two thousand years", "a dozen
# years"; "hundreds of years" is a count unknown); "a quarter (of a) century" is 25 years
_SCALE = "|".join(SCALE_WORDS)
_LARGE = (
    rf"(?:(?:a|one|{NUMW}|\d{{1,3}})[\s-]+(?:{_SCALE})|a\s+dozen"
    rf"|(?:{'|'.join(w + 's' for w in SCALE_WORDS)}|dozens)\s+of"
    r"|a\s+(?:quarter|half)(?:\s+of\s+a)?(?=[\s-]+centur))"
)


# digits never start inside a longer number: "1,000-day" is a thousand days, not "000-day"
NUM = (
    rf"(?:{_LARGE}|(?<![\d,.])(?:\d{{1,3}}(?:,\d{{3}})+(?![\d,])|\d{{1,3}}(?:\.\d+)?)|{NUMW}|a\s+few|a\s+couple\s+of|a\s+couple|an|a|several|few|many"
    rf"|some|a\s+half|half\s+an?|(?:\d{{1,3}}|{NUMW})[\s-]+and[\s-]+a[\s-]+half|\d{{1,3}}(?:\s+1/2|½))"
)


UNITW = r"(?:second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))"


BOUND = (
    r"(?:about|around|roughly|nearly|almost|approximately|some|more\s+than|less\s+than"
    r"|fewer\s+than|at\s+least|at\s+most|up\s+to|barely|another"
    r"|the\s+better\s+part\s+of)"
)


EDGE = (
    r"(?:earlier|later|early|late|mid|the\s+(?:end|beginning|start"
    r"|middle|rest|remainder)\s+of)"
)


PREP_BEFORE_MONTH = {
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
NOT_AFTER_YEAR = re.compile(
    r"\s*(?:%|percent|per\b|troops|soldiers|people|members|men|women|km|miles|meters|metres"
    r"|tons|tonnes|dollars|euros|pounds|yuan|won|yen|units|times|points|feet|hours|shares"
    r"|cases|deaths|votes|jobs|workers|employees|students|cars|vehicles|homes|rounds|shells"
    r"|missiles|drones|tanks|barrels)\b",
    re.I,
)


# A year just before a maker of cars is a model year ("his 1987 Chevrolet Cavalier", "a 2019
# Ford pickup", "a 1998 Honda"): it names the kind of car, not a time (TimeML leaves it out),
# unlike "the 1974 Ford pardon". The maker needs its model or a vehicle noun after it, or "a"
# before the year. Case-sensitive: names are capitalised.
CAR_MAKER = (
    r"(?:Chevrolet|Chevy|Ford|Toyota|Honda|Nissan|Dodge|Chrysler|Jeep|Buick|Cadillac"
    r"|Pontiac|Oldsmobile|Plymouth|Mercury|Lincoln|GMC|Volkswagen|VW|BMW|Mercedes(?:-Benz)?"
    r"|Audi|Porsche|Volvo|Saab|Subaru|Mazda|Mitsubishi|Hyundai|Kia|Lexus|Acura|Infiniti|Tesla"
    r"|Jaguar|Peugeot|Renault|Fiat|Ferrari|Lamborghini)"
)
MODEL_YEAR_MAKER = re.compile(
    rf"\s+{CAR_MAKER}\s+(?:[A-Z0-9]|(?:pickup|truck|van|sedan|coupe|convertible|wagon|minivan"
    r"|SUV|car)s?\b)"
)
A_MODEL_YEAR = re.compile(rf"\s+{CAR_MAKER}\b")

# A number of four digits before a street's name is a house number ("1600 Pennsylvania
# Avenue", "at 2000 Main St."), not a year.
STREET_AFTER_NUMBER = re.compile(
    r"(?:\s+(?:[NSEW]\.?|North|South|East|West))?(?:\s+[A-Z][\w'’-]*){1,3}\s+(?:Street|St\."
    r"|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Dr\.|Lane|Ln\.|Way|Place|Pl\.|Court"
    r"|Ct\.|Parkway|Pkwy\.|Highway|Hwy\.|Terrace|Circle|Square)(?![\w])"
)

# A capitalised label that numbers things before a four-digit number makes it that thing's
# number ("Section 1983", "Flight 2017", "Room 1901", "Resolution 1973", "Windows 2000"), not
# a year. "Class of 2019" (with "of") and "Euro 2016" (an event named by its year) stay years.
NUMBERED_LABEL = re.compile(
    r"\b(?:Section|Sec\.|Article|Art\.|Rule|Resolution|Chapter|Title|Form|Flight|Room|Suite"
    r"|Apartment|Apt\.|Unit|Route|Highway|Interstate|Gate|Platform|Track|Pier|Box|Exhibit|No\."
    r"|Number|Bill|Bus|Windows|Office|Model|Code|Item|Page|Paragraph|Amendment|Lot|Bay)\s+$"
)


def num(word: str) -> float | None:
    """A number word or digits -> value; vague quantities ("several", "a few") -> None."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", w):
        return float(w.replace(",", ""))
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if w in ("a", "an", "one"):
        return 1
    if w in ("a half", "half a", "half an"):
        return 0.5
    half = re.fullmatch(r"(.+?)(?:[\s-]+and[\s-]+a[\s-]+half|\s+1/2|\s?½)", w)
    if half:  # "two and a half", "1 1/2"
        whole = num(half[1])
        return None if whole is None else whole + 0.5
    if w in ("a couple", "a couple of"):
        return 2
    if w.startswith(("a quarter", "a half")):  # "a quarter of a century"
        return 0.25 if "quarter" in w else 0.5
    if w == "a dozen":
        return 12
    large = re.fullmatch(rf"(.+?)[\s-]+({_SCALE})", w)
    if large:  # "a hundred", "two thousand"
        count = num(large[1])
        return None if count is None else count * SCALE_WORDS[large[2]]
    if w in _UNITS:
        return _UNITS[w]
    parts = re.split(r"[-\s]", w)
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


def fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


FUTURE_HEADS = {
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


# Verbs that set a deadline: "extended the curfew until Sunday" still points ahead.
DEADLINE_VERBS = {
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


# Verbs that arrange an event: even in the past tense they point ahead ("planned a rally on
# Saturday"), where "expected" looks back ("rose more than analysts expected on Friday").
ARRANGE = {"plan", "schedule", "slate"}


MODALS = {"will", "'ll", "shall", "wo", "would", "'d", "should", "must", "might", "may"}


PRESENT_BE = {"is", "are", "am", "'s", "'re"}


# Present-tense verbs that report or describe a state rather than schedule an event: "says
# Monday" is no plan, and "as of February the store accounts for 70%" is a state since then.
NOT_SCHEDULED = PLAIN_SPEECH_VERBS | {
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


# Verbs whose past tense is spelt as the present: the tagger's VBP for "hurt" may be a past.
SAME_PAST = {
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


DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


# Verbs (lemmas) that report speech: "said troops left" reports the leaving.
SPEECH_VERBS = SPEECH_VERBS_CORE
# Verbs (lemmas) of mere happening: their subject names an event told elsewhere.
HAPPEN_VERBS = {"happen", "occur", "unfold"}
