"""Number words: cardinals and their values."""

from __future__ import annotations

# Cardinal number words and their values.
UNIT_WORDS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
NUMBER_WORDS: dict[str, int] = {"zero": 0, **UNIT_WORDS, **TENS_WORDS}
# "one" to "ten", the counts that spell out a length of time ("two days after")
SMALL_COUNTS: dict[str, int] = {w: n for w, n in UNIT_WORDS.items() if n <= 10}
