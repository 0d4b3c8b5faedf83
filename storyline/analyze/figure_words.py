"""Language data of the figure finder: number words, bounds, currencies and measures, speech
verbs and agent nouns."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.lexicon import FEW_WORDS, FIGURE_SOURCE_VERBS, NUMBER_WORDS, SCALES, VAGUE_PLURALS
from storyline.lexicon.numbers import CURRENCY_WORDS
from storyline.model import Bound

if TYPE_CHECKING:
    from spacy.lexeme import Lexeme
    from spacy.tokens import Token

WORD_VALUES: dict[str, float] = {**NUMBER_WORDS, "half": 0.5, "dozen": 12}
# Vague plurals and their unit: at least two of them.
VAGUE = VAGUE_PLURALS
FEW = FEW_WORDS
BOUNDS: list[tuple[tuple[str, ...], Bound]] = sorted(
    [
        (("as", "many", "as"), "as_many_as"),
        (("as", "much", "as"), "as_many_as"),
        (("up", "to"), "up_to"),
        (("at", "least"), "at_least"),
        (("no", "fewer", "than"), "at_least"),
        (("no", "less", "than"), "at_least"),
        (("a", "minimum", "of"), "at_least"),
        (("more", "than"), "more_than"),
        (("over",), "more_than"),
        (("upwards", "of"), "more_than"),
        (("in", "excess", "of"), "more_than"),
        (("just", "over"), "more_than"),
        (("above",), "more_than"),
        (("less", "than"), "less_than"),
        (("fewer", "than"), "less_than"),
        (("under",), "less_than"),
        (("below",), "less_than"),
        (("just", "under"), "nearly"),
        (("nearly",), "nearly"),
        (("almost",), "nearly"),
        (("close", "to"), "nearly"),
        (("about",), "about"),
        (("around",), "about"),
        (("approximately",), "about"),
        (("roughly",), "about"),
        (("some",), "about"),
        (("an", "estimated"), "about"),
        (("estimated",), "about"),
        (("approx",), "about"),
        (("circa",), "about"),
        (("c.",), "about"),
        (("~",), "about"),
        (("an", "additional"), "exact"),
    ],
    key=lambda b: -len(b[0]),
)
CURRENCY_SYMBOLS = {
    "$": "dollars",
    "us$": "dollars",
    "€": "euros",
    "£": "pounds sterling",
    "¥": "yen",
    "₩": "won",
    "₽": "rubles",
    "₹": "rupees",
}
# A bare "pounds" is sterling in a sentence about money and a weight in one about weight;
# else it stays "pounds", which joins neither.
POUNDS_MONEY = re.compile(
    r"\b(costs?|price[sd]?|paid|pay|fined?|worth|funds?|budget|salar\w*|bills?|spen[dt]|"
    r"raised?|sterling|compensation|damages|sold|bought|£)\b",
    re.I,
)
# Words of mass and force: a rocket's payload and thrust are given in pounds too.
POUNDS_WEIGHT = re.compile(r"\b(weigh\w*|heavy|heavier|lbs?|payloads?|cargo)\b", re.I)
# Pounds of thrust are a force (pound-force), no weight: never converted to kilograms nor
# compared with a payload's pounds.
POUNDS_FORCE = re.compile(r"\bthrust\b", re.I)
MEASURES = {
    "mph": "mph",
    "km/h": "km/h",
    "kph": "km/h",
    "kmh": "km/h",
    "lb": "lb",
    "lbs": "lb",
    "kilometers": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometre": "km",
    "km": "km",
    "miles": "miles",
    "mile": "miles",
    "meters": "m",
    "metres": "m",
    "meter": "m",
    "metre": "m",
    "centimetres": "cm",
    "centimeters": "cm",
    "cm": "cm",
    "feet": "feet",
    "foot": "feet",
    # a yard is a unit of its own: a football field's yards are never converted to metres (the
    # singular stays out: "a 42-yard field goal" is the size of one kick, see size_of)
    "yards": "yards",
    "yds": "yards",
    "ft": "feet",
    "inches": "inches",
    "inch": "inches",
    "hectares": "hectares",
    "acres": "acres",
    "litres": "litres",
    "liters": "litres",
    "kilograms": "kg",
    "kg": "kg",
    "tonnes": "tonnes",
    "tons": "tonnes",
    "fahrenheit": "°F",
    "celsius": "°C",
    "centigrade": "°C",
    "percent": "percent",
    "per": "percent",
    "%": "percent",
    "pct": "percent",
}
# What a measure measures: a figure in brackets right after another of the same dimension in
# another unit is its conversion ("2,700 km (1,680 miles)", "$200,000 (£151,000)").
DIMENSIONS = {
    **{unit: "length" for unit in ("km", "miles", "m", "cm", "feet", "inches", "yards")},
    **{unit: "mass" for unit in ("kg", "lb", "tonnes")},
    # "60 miles per hour" is read as a rate of miles: the same speed as "mph"
    **{unit: "speed" for unit in ("mph", "km/h", "miles per hour", "km per hour")},
    **{unit: "area" for unit in ("hectares", "acres")},
    **{unit: "temperature" for unit in ("°F", "°C")},
    **{unit: "money" for unit in {*CURRENCY_SYMBOLS.values(), *CURRENCY_WORDS.values()}},
}
# What numbers joined by dashes can tally: "a 9-3 record", "a 26-24 win", "ruled 5-4".
TALLY_NOUNS = frozenset(
    "record records win wins victory victories loss losses defeat defeats draw tie mark "
    "score lead decision vote votes verdict ruling margin split season seasons".split()
)
# "two thirds of the $5 billion": a share of another figure, not a count of thirds.
FRACTIONS = frozenset(
    "half halves third thirds quarter quarters fifth fifths sixth sixths seventh sevenths "
    "eighth eighths ninth ninths tenth tenths".split()
)
SAY_VERBS = FIGURE_SOURCE_VERBS
# A subject that is not an entity must be someone who can give a number: a role noun
# ("officials", "analysts") or an institution ("military", "ministry").
AGENT_NOUNS = {
    "military",
    "army",
    "government",
    "ministry",
    "agency",
    "intelligence",
    "authority",
    "police",
    "source",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "analyst",
    "expert",
    "observer",
    "diplomat",
    "officer",
    "commander",
    "researcher",
    "monitor",
    "watchdog",
    "office",
    "department",
    "service",
    "command",
    "administration",
    "president",
    "minister",
    "leader",
    "staff",
    "group",
    "team",
    "institute",
    "organisation",
    "organization",
    "committee",
    "council",
    "lawmaker",
    "legislator",
    "journalist",
    "reporter",
    "correspondent",
    "witness",
    "resident",
    "activist",
    "economist",
    "scientist",
    "study",
    "survey",
    "poll",
    "census",
}
COUNT_NOUNS = {"number", "total", "figure", "count", "toll", "tally"}
# Verbs that pass the meaning on to their complement ("may have to leave").
LIGHT_VERBS = {
    "have",
    "be",
    "get",
    "need",
    "go",
    "begin",
    "start",
    "continue",
    "seem",
    "appear",
    "expect",
    "try",
    "want",
}
# Dependencies by which a counted noun (or a preposition holding it) hangs off its verb.
GOVERNED = {
    "nsubj",
    "nsubjpass",
    "dobj",
    "obj",
    "attr",
    "oprd",
    "dative",
    "npadvmod",
    "prep",
    "agent",
}
NAMED = {"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC"}
VACUOUS = {
    "report",
    "reports",
    "recent",
    "media",
    "some",
    "the",
    "news",
    "a",
    "an",
    "other",
    "earlier",
    "several",
    "many",
    "it",
    "this",
    "they",
}
UNIT_SKIP = {
    "additional",
    "other",
    "more",
    "further",
    "new",
    "total",
    "estimated",
    "extra",
    "such",
    "many",
    "same",
}
ORDINAL = re.compile(
    r"^\d+(st|nd|rd|th)$|^(first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth)$",
    re.I,
)
YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
DIGITS = re.compile(r"^(?:us\$|[$€£¥₩₽₹])?(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|b|tn)?$", re.I)
DETERMINERS = {
    "the",
    "these",
    "those",
    "its",
    "their",
    "both",
    "his",
    "her",
    "our",
    "all",
    "each",
    "every",
}
AS_OF = {("as", "at"), ("as", "of"), ("by",), ("until",), ("through",), ("as", "on")}
# "a day", "per second", "each year": after a count or a measure they make it a rate, which
# never joins a count or a distance ("15 men a day" is no arrest toll, "30 miles per second"
# no altitude).
RATE_PERIODS = frozenset(
    "second seconds minute minutes hour hours day days night nights week weeks month months "
    "year years".split()
)
# A number of these is a duration ("five billion years", "two weeks"): how long, not how
# many; spaCy usually tags it a DATE, but not always ("about five billion years" as MONEY).
DURATION_UNITS = RATE_PERIODS | frozenset("decade decades century centuries millennia".split())
# "86 degrees Fahrenheit", "30°C", "30 ° F": the scale after the degrees.
TEMPERATURE_SCALES = {"f": "°F", "fahrenheit": "°F", "c": "°C", "celsius": "°C", "centigrade": "°C"}
RATE_ARTICLES = frozenset({"a", "an", "each", "every"})
# "a year ago", "a week after": a time, not a period of a rate.
RATE_NOT = frozenset("ago earlier later before after since".split())
# A number right after these names, ranks or numbers one thing: "No. 2" (and "#2", "No 10"
# mid-sentence, read in figure_labels), "number 9", "seeded 4", "model 3"; only up to
# LABEL_NUMBER_MAX ("forces number 40,000" is a count).
LABEL_BEFORE = frozenset(
    "number num nos model seed seeded ranked rank ranking jersey shirt version".split()
)
LABEL_NUMBER_MAX = 999
# A number right before these ranks or numbers one player: "the 2 seed", "the 23 jersey".
LABEL_AFTER = frozenset("seed pick jersey shirt".split())
# After "a"/"an" and a number these words keep it a figure: "a 7 magnitude quake", "a 500
# strong force", "a 2 to 1 vote", "a 1 in 10 chance", "a 10 times increase".
NOT_MODEL_AFTER = frozenset(
    "magnitude degrees degree strong to or and in of per times fold more further".split()
    + ["additional"]
)


def is_number_word(word: Token | Lexeme) -> bool:
    """A word that writes a number, a scale or a vague count ("40", "forty", "million",
    "dozens"), not an ordinal. It reads only the word (a Token's Lexeme answers the same)."""
    low = word.lower_.replace("-", "")
    return (
        bool(DIGITS.match(low))
        or low in WORD_VALUES
        or low in SCALES
        or low in VAGUE
        or (word.like_num and not ORDINAL.match(word.text))
    ) and not ORDINAL.match(word.text)


def may_open_figure(word: Token | Lexeme) -> bool:
    """A word a figure's run of words can open with: a number word, or the first word of a
    vague quantity ("a few", "a dozen", "several hundred")."""
    low = word.lower_
    return low in ("a", "an") or low in FEW or is_number_word(word)
