"""Four-digit numbers that look like years but number or name a thing: a car's model year, a
house number before a street, the number after a label ("Section 1983")."""

from __future__ import annotations

import re

from storyline.analyze.times.context import Context
from storyline.analyze.times.lexicon import (
    A_MODEL_YEAR,
    MODEL_YEAR_MAKER,
    NUMBERED_LABEL,
    STREET_AFTER_NUMBER,
)
from storyline.lexicon import COMPANY_SUFFIXES

# a model year follows an article or a possessive ("a 1998 Honda", "his 1987 Chevrolet"); after
# "in" or "by" the year dates the maker's act ("In 2004 Ford Motor cut jobs")
_A_BEFORE = re.compile(r"\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|\w+['’]s)\s+$")
_THE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|\w+['’]s)\s+$")
# the maker named as a firm: "the 1998 Ford Motor results", "a 2004 Toyota Motor Corp. recall"
_MAKER_AS_FIRM = re.compile(r"\s+\S+\s+(?:Motors?\b|(?P<w>[A-Za-z]+))")


def _maker_as_firm(text: str, end: int) -> bool:
    m = _MAKER_AS_FIRM.match(text, end)
    return m is not None and (not m["w"] or m["w"].lower() in COMPANY_SUFFIXES)


def names_a_thing(ctx: Context, start: int, end: int) -> bool:
    """The year-like number at [start, end) is a model year, a house number or a label's
    number, not a time. Each test looks only at the few characters around the number."""
    text = ctx.text
    before = text[max(0, start - 16) : start]
    if MODEL_YEAR_MAKER.match(text, end) and _THE_BEFORE.search(before):
        return not _maker_as_firm(text, end)  # "the 2019 Ford Explorer"
    if A_MODEL_YEAR.match(text, end) and _A_BEFORE.search(before):
        return not _maker_as_firm(text, end)  # "a 1998 Honda", "Kopp's 1987 Chevrolet"
    if STREET_AFTER_NUMBER.match(text, end):
        return True
    return NUMBERED_LABEL.search(before) is not None
