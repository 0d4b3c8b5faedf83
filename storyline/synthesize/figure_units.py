"""One unit per measured thing: a distance given in kilometres by one source and in miles by
another is one distance, compared in one unit (likewise kg and lb, °C and °F, km/h and mph,
hectares and acres); and what a distance measures (an altitude, a length, a range) tells two
distances of one story apart.

Each measure converts to the metric unit of its scale (miles and km to km, feet and metres to
metres, inches and cm to cm), so that "2,700 km" and "1,680 miles" are one reported value, and
"45 feet" never reads as 0.01 km. The brief shows the converted value with the unit the
earliest source wrote ("2,704 km (1,680 miles)"); each source's own figure keeps its unit.
"""

from __future__ import annotations

import re
import unicodedata

from storyline.labels import fmt_value
from storyline.lexicon.numbers import CURRENCY_WORDS

# unit (as the analyzer writes it) -> (unit compared in, factor); temperatures are affine.
CONVERSIONS: dict[str, tuple[str, float]] = {
    "km": ("km", 1.0),
    "miles": ("km", 1.609344),
    "m": ("m", 1.0),
    "feet": ("m", 0.3048),
    "cm": ("cm", 1.0),
    "inches": ("cm", 2.54),
    "kg": ("kg", 1.0),
    "lb": ("kg", 0.45359237),
    "km/h": ("km/h", 1.0),
    "km per hour": ("km/h", 1.0),
    "mph": ("km/h", 1.609344),
    "miles per hour": ("km/h", 1.609344),
    "km per second": ("km per second", 1.0),
    "miles per second": ("km per second", 1.609344),
    "hectares": ("hectares", 1.0),
    "acres": ("hectares", 0.40468564),
    "°C": ("°C", 1.0),
    "°F": ("°C", 5 / 9),
}

# The analyzer's measures that no other unit converts to (the brief never imports the
# analyzers, so they are named here). Yards stay yards: in a story they are nearly always a
# football field's ("312 yards passing"), which no distance in metres measures.
_UNCONVERTED = frozenset({"tonnes", "litres", "yards"})
_LENGTHS = frozenset({"km", "m", "cm"})

_POINT = r"(?:north|south|east|west)(?:-?(?:east|west))?"
# "flew 2,700 km from the launch site": how far it went, whatever the words after say.
_TRAVELLED = re.compile(
    r"\b(?:flew|flown|fl(?:y|ies|ying)|travel+(?:s|ed|ing)?|covered|went)\s*$", re.I
)
_BRACKET = r"\([^()]{1,40}\)\s*"  # a conversion in brackets: "300 km (180 miles) south of"
# What a length measures, read off the words next to it: "an altitude of 770 km", "45 feet
# long", "a range of 4,800 km". A distance travelled or away from a place has no aspect word.
_ASPECT_BEFORE = [
    ("altitude", r"\b(?:altitude|height|apogee)\s+of\s*$"),
    ("range", r"\b(?:range|reach)\s+of\s*$"),
    # What it can do is its range: "missiles which can fly about 620 miles".
    (
        "range",
        r"\b(?:can|could|able to|capable of)\s+(?:fly|flying|travel\w*)\s+(?:as far as\s+)?$",
    ),
    ("size", r"\b(?:length|width|diameter|depth|size)\s+of\s*$"),
]
_ASPECT_AFTER = [
    ("altitude", r"^\s*(?:high|up|in altitude|above (?:the )?(?:ground|earth|sea))\b"),
    ("size", r"^\s*(?:long|wide|tall|deep|across|in (?:diameter|length|width))\b"),
    # Where something is, not how far it went: "landed 2,000 km east of the cape", "a town
    # 300 km from the coast", "800 miles away", "60 miles off the coast".
    ("away", rf"^\s*(?:{_BRACKET})?(?:to the\s+)?(?:{_POINT}\s+(?:of|from|off)|from|off|away)\b"),
]
ASPECTS = frozenset({"altitude", "range", "size", "distance", "away"})
# What a speed or a mass measures, when the words say it: "a top speed of 250 mph" is no "0 to
# 60 mph" sprint, and a payload "to low Earth orbit" no payload "to Mars" (each its own group).
_TOP_SPEED = re.compile(
    r"\b(?:top|maximum|max)\s+speeds?\s+of\s*$|\btop(?:s|ped)?\s+out\s+at\s*$", re.IGNORECASE
)
_SPRINT = re.compile(r"\b(?:0|zero)\s*(?:-|–|to)\s*$", re.IGNORECASE)
_DESTINATION = re.compile(
    r"^\s*(?:in)?to\s+(?:the\s+)?((?:(?:low|high|geostationary|geosynchronous|lunar|polar|"
    r"transfer)\s+)*(?:earth\s+)?orbit|the\s+moon|moon|mars|venus|jupiter|space)\b",
    re.IGNORECASE,
)
_RANGE_END = re.compile(r"^\s*(?:-|–|to|and)\s*[\d.,]+\s*[^\W\d]+", re.IGNORECASE)
_RANGE_START = r"[\d.,]+\s*(?:to|-|–)\s*$"
_HEDGE = r"(?:(?:about|around|some|roughly|nearly|almost|up to|more than|over)\s+)*$"


def measure_unit(unit: str) -> str | None:
    """The unit a measure is compared in ("miles" -> "km", "yards" -> "yards"); None for a
    count or money."""
    found = CONVERSIONS.get(unit)
    if found is None:
        return unit if unit in _UNCONVERTED else None
    return found[0]


def converted(value: float, unit: str) -> float:
    """The value in the unit it is compared in (1,680 miles -> 2,703.7 km; 86 °F -> 30 °C)."""
    if unit not in CONVERSIONS:
        return value
    _, factor = CONVERSIONS[unit]
    return (value - 32) * factor if unit == "°F" else value * factor


def written_as_symbol(text: str) -> bool:
    """Whether a figure names its unit with a sign ("$5 billion", "£40m", "15.5%"): a currency
    sign or a percent sign names what is counted as plainly as the word would."""
    return "%" in text or any(unicodedata.category(ch) == "Sc" for ch in text)


def unit_named(text: str, unit: str) -> bool:
    """Whether a figure's text names its unit, in the analyzer's word or in one the analyzer
    reads as that currency ("48 billion krona" names "crowns")."""
    low = text.lower()
    if unit.lower() in low:
        return True
    words = set(re.findall(r"[a-z]+", low))
    return any(word in words for word, named in CURRENCY_WORDS.items() if named == unit)


def money_or_share(text: str, unit_class: str) -> bool:
    """A sum of money, a share or a measure ("$5 billion", "35 percent", "22 °C"): no stage of
    a movement (planned, already there) nor a toll is said of it, whatever its clause says
    ("had been expected", "temperatures were expected to reach about 22 degrees")."""
    return unit_class in ("dollars", "percent") or written_as_symbol(text) or measure(unit_class)


def measure(unit: str) -> bool:
    """Whether the unit is a measure the analyzer reads from the text (never inferred)."""
    return unit in CONVERSIONS or unit in _UNCONVERTED


def aspect(unit: str, before: str, after: str) -> str:
    """What a measure measures: for a length, from the words before and after the figure,
    "altitude", "range", "size", "away" (where a thing is) or "distance"; else its dimension
    ("speed", "mass")."""
    if measure_unit(unit) not in _LENGTHS:
        return _other_aspect(unit, before, after)
    trimmed = re.sub(_RANGE_START, "", before[-60:])  # "an altitude of 10 to 25 miles"
    trimmed = re.sub(_HEDGE, "", trimmed, flags=re.IGNORECASE)
    after = _RANGE_END.sub("", after, count=1)  # "6-12 inches across": read after the range
    for name, pattern in _ASPECT_BEFORE:
        if re.search(pattern, trimmed, flags=re.IGNORECASE):
            return name
    for name, pattern in _ASPECT_AFTER:
        if re.search(pattern, after[:60], flags=re.IGNORECASE):
            return "distance" if name == "away" and _TRAVELLED.search(trimmed) else name
    return "distance"


def _other_aspect(unit: str, before: str, after: str) -> str:
    """A speed's "top speed" or "0 to 60" ("from standstill"), a mass's destination ("to
    mars"), else the unit it is compared in."""
    compared = measure_unit(unit) or unit
    if compared == "km/h" and _TOP_SPEED.search(before[-60:]):
        return "top speed"
    if compared == "km/h" and _SPRINT.search(before[-20:]):
        return "from standstill"
    destination = _DESTINATION.match(after)
    if compared in ("kg", "tonnes") and destination:
        return "to " + " ".join(destination.group(1).lower().split())
    return compared


_SHOWN = frozenset({"altitude", "range", "size", "away", "top speed", "from standstill"})


def shown_aspect(frame: str) -> bool:
    """Whether a measure's group label names what it measures: "km (altitude)", "kg (to mars)"."""
    return frame in _SHOWN or frame.startswith("to ")


def fmt_measure(value: float, shown: float, shown_unit: str) -> str:
    """A converted value as the brief shows it: "2,704 km (1,680 miles)" when the source wrote
    another unit, else the value alone."""
    compared = measure_unit(shown_unit)
    if compared is None or compared == shown_unit:
        return fmt_value(shown)
    rounded = round(value) if abs(value) >= 10 else round(value, 1)
    return f"{fmt_value(rounded)} {compared} ({fmt_value(shown)} {shown_unit})"
