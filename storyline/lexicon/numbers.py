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
# Ordinal number words up to the days of a month ("the twentieth", "thirty-first" is built from
# "thirty" and "first"): spoken dates say "January twentieth".
ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
# "one" to "ten", the counts that spell out a length of time ("two days after")
SMALL_COUNTS: dict[str, int] = {w: n for w, n in UNIT_WORDS.items() if n <= 10}
# Words that scale a number ("3 million"), spelled out and short ("2bn", "5k").
SCALE_WORDS: dict[str, float] = {
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
SCALE_ABBREVIATIONS: dict[str, float] = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
}
SCALES: dict[str, float] = SCALE_WORDS | SCALE_ABBREVIATIONS

# Vague plurals and the unit each stands for ("thousands" = at least two thousand), and vague
# counts. A figure made of these alone says how big, not how many: "billions of dollars" is
# not 2,000 million dollars.
VAGUE_PLURALS: dict[str, float] = {
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
    "tens": 10,
}
FEW_WORDS: dict[str, float] = {"few": 3, "several": 3}
# Words that make a crowd of its noun without a number ("many researchers"): no one source.
VAGUE_COUNTS = frozenset({"many", "numerous", "countless", "various"})

# Currency names as pages write them, and the unit the figures read them as (shared by the
# analyzer, which reads them, and the brief, which checks a figure names its unit).
CURRENCY_WORDS = {
    "dollar": "dollars",
    "dollars": "dollars",
    "usd": "dollars",
    "euro": "euros",
    "euros": "euros",
    "pound": "pounds",  # money or weight: see POUNDS_MONEY / POUNDS_WEIGHT
    "pounds": "pounds",
    "sterling": "pounds sterling",
    "won": "won",
    "yuan": "yuan",
    "yen": "yen",
    "ruble": "rubles",
    "rubles": "rubles",
    "rouble": "rubles",
    "roubles": "rubles",
    "rupees": "rupees",
    "hryvnias": "hryvnias",
    "francs": "francs",
    "crown": "crowns",
    "crowns": "crowns",
    "kronor": "crowns",
    "kroner": "crowns",
    "krona": "crowns",
    "krone": "crowns",
}
