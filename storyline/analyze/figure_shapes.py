"""Shapes of numbers: one of a score or record written with dashes ("a 9-3 record") and a
conversion in brackets of the figure before it ("2,700 km (1,680 miles)") count nothing of their
own; a count or measure followed by "a day" or "per second" is a rate; a number of years or
weeks is a duration and a percent "of the time" a frequency, no figure; a temperature is read
with its scale. Read by ``storyline.analyze.figures``."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from storyline.analyze.figure_words import (
    DIMENSIONS,
    DURATION_UNITS,
    MEASURES,
    RATE_ARTICLES,
    RATE_NOT,
    RATE_PERIODS,
    TALLY_NOUNS,
    TEMPERATURE_SCALES,
    WORD_VALUES,
)
from storyline.model import Figure


def tally(sdoc: Doc, start: int, end: int) -> bool:
    """Whether the number is one of a score or record written with dashes ("9-3", "50-32-1",
    "a 6-10 record"), not the end of a range ("10-12 troops" runs low to high)."""
    first = start
    while first >= 2 and _dash_between(sdoc, first - 2, first):
        first -= 2
    last = end - 1
    while last + 2 < len(sdoc) and _dash_between(sdoc, last, last + 2):
        last += 2
    if first == start and last == end - 1:
        return False
    chain = [sdoc[i] for i in range(first, last + 1, 2)]
    if len(chain) >= 3:
        return True
    after = sdoc[last + 1] if last + 1 < len(sdoc) else None
    if after is not None and after.lower_ in TALLY_NOUNS:
        return True
    low, high = (WORD_VALUES.get(t.lower_) or _digits(t.text) for t in chain)
    return low is not None and high is not None and low > high


def _dash_between(sdoc: Doc, i: int, j: int) -> bool:
    """Tokens i and j are numbers joined by a dash with no space ("26-24")."""
    dash = sdoc[i + 1]
    return (
        sdoc[i].like_num
        and sdoc[j].like_num
        and dash.text in "-–"
        and not sdoc[i].whitespace_
        and not dash.whitespace_
    )


def _digits(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


_BRACKET = re.compile(r"\s*\(\s*(?:about|around|some|roughly|approximately|nearly|almost|or)?\s*")


def without_conversions(text: str, figures: list[Figure]) -> list[Figure]:
    """Drop a figure in brackets that converts the one before it to another unit: "2,700 km
    (1,680 miles)" is one distance, and each source's conversion rounds it its own way."""
    out = figures[:1]
    for fig in figures[1:]:
        before = out[-1]
        dimension = DIMENSIONS.get(fig.unit)
        if (
            dimension is not None
            and DIMENSIONS.get(before.unit) == dimension
            and fig.unit != before.unit
            and _BRACKET.fullmatch(text[before.end : fig.start])
        ):
            continue
        out.append(fig)
    return out


def rate(sdoc: Doc, end: int, sent_end: int) -> tuple[str, int] | None:
    """The period that makes the figure ending at token ``end`` a rate, and the end of its
    words: "per second" and "per person" after "30 miles", "a day" after "15 men"."""
    if end + 1 >= min(len(sdoc), sent_end):
        return None
    first, second = sdoc[end], sdoc[end + 1]
    if first.lower_ == "per" and second.is_alpha and second.lower_ != "cent":
        return f"per {second.lower_}", end + 2
    after = sdoc[end + 2].lower_ if end + 2 < len(sdoc) else ""
    if first.lower_ in RATE_ARTICLES and second.lower_ in RATE_PERIODS and after not in RATE_NOT:
        return f"per {second.lower_.rstrip('s')}", end + 2
    return None


def duration(unit: str) -> bool:
    """ "five billion years", "two weeks": how long, not how many (a rate's period is no
    duration: "30 miles per second")."""
    words = unit.split(" per ")[0].split()
    return bool(words) and words[-1] in DURATION_UNITS


def frequency(sdoc: Doc, end: int, unit: str) -> bool:
    """ "99.9 percent of the time": how often, not a share of anything the story counts."""
    words = [t.lower_ for t in sdoc[end : end + 3]]
    return unit == "percent" and words == ["of", "the", "time"]


def below_zero(sdoc: Doc, start: int, unit: str) -> bool:
    """ "minus 5°C", "-5°C": a temperature below zero, whose number reads without its sign."""
    if unit not in ("°F", "°C") or start == 0:
        return False
    before = sdoc[start - 1]
    return before.lower_ == "minus" or (before.text in "-−–" and not before.whitespace_)


def temperature(sdoc: Doc, i: int) -> tuple[str, int, str] | None:
    """ "86 degrees Fahrenheit", "30°C" (read as "30", "°", "C"), "30 °F": the scale after the
    degrees."""
    words = [t.lower_ for t in sdoc[i : i + 3]]
    if words[:1] == ["°f"] or words[:1] == ["°c"]:
        return TEMPERATURE_SCALES[words[0][1]], i + 1, ""
    if words[:1] in (["°"], ["degrees"], ["degree"]) and len(words) > 1:
        scale = TEMPERATURE_SCALES.get(words[1])
        if scale is not None:
            return scale, i + 2, ""
    return None


def size_of(sdoc: Doc, end: int, unit: str) -> bool:
    """ "the 15-member council", "a 25-ton truck": a number glued by a hyphen to a singular
    noun describes the size of the thing it modifies; it counts nothing of the story (a
    measure stays: "a 60-metre wave")."""
    if end + 2 >= len(sdoc) or sdoc[end].text != "-" or sdoc[end - 1].whitespace_:
        return False
    noun = sdoc[end + 1]
    return (
        noun.lower_ == unit.lower()
        and noun.lower_ not in MEASURES
        and noun.tag_ == "NN"
        and noun.head.i > noun.i
        and noun.head.pos_ in ("NOUN", "PROPN")
    )
