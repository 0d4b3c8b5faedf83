"""Month and weekday names, English first, with the short forms pages print and the German and
French names of the European pages reprinted in English-language stories."""

from __future__ import annotations

# In calendar order, lower case.
MONTH_NAMES: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH_NUMBERS: dict[str, int] = {name: n for n, name in enumerate(MONTH_NAMES, 1)}
# Short forms written with or without a full stop ("Jan.", "Sept"); "may" is its own full name.
MONTH_ABBREVIATIONS: dict[str, int] = {
    **{name[:3]: n for name, n in MONTH_NUMBERS.items() if name != "may"},
    "sept": 9,
}
# Names that differ from the English ones.
FOREIGN_MONTHS: dict[str, int] = {
    "januar": 1,
    "februar": 2,
    "märz": 3,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
    "janvier": 1,
    "février": 2,
    "mars": 3,
    "avril": 4,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
}

# Monday first, as ``datetime.date.weekday`` counts.
WEEKDAY_NAMES: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
WEEKDAY_NUMBERS: dict[str, int] = {name: n for n, name in enumerate(WEEKDAY_NAMES)}
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = (
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
)
FOREIGN_WEEKDAYS: tuple[str, ...] = (
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
)
# Day and month names: written with a capital, they say when, never who or what.
CALENDAR_WORDS: frozenset[str] = frozenset(WEEKDAY_NAMES) | frozenset(MONTH_NAMES)
# Nouns that name a time and so stay part of the date phrase ("before dawn on Monday").
TIME_NOUNS: frozenset[str] = frozenset(
    {
        "dawn",
        "dusk",
        "noon",
        "midnight",
        "morning",
        "afternoon",
        "evening",
        "night",
        "day",
        "week",
        "weekend",
        "month",
        "year",
        "hour",
        "time",
        "am",
        "pm",
        "a.m.",
        "p.m.",
        "o'clock",
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
    }
)

# Holidays and feast days NER takes for people or organisations ("Kim's New Year address",
# "a Christmas Eve dinner"): a date, not an actor. ``HOLIDAY_DAYS`` name one only before
# "Day" ("Independence Day"; "Labour" alone is a party).
HOLIDAYS = frozenset(
    """
new year|lunar new year|chinese new year|christmas|easter|thanksgiving|halloween|hanukkah|
ramadan|eid|eid al-fitr|eid al-adha|diwali|passover|yom kippur|rosh hashanah|mardi gras|
good friday|black friday|cyber monday
""".replace("\n", "").split("|")
)
HOLIDAY_DAYS = frozenset(
    "independence memorial labor labour boxing valentine bastille patrick st patrick".split()
)

# Days counted from Easter Sunday and from (US) Thanksgiving, the fourth Thursday of November,
# in days: the time recogniser dates them by the year's Easter or Thanksgiving.
EASTER_FEASTS = {
    "easter": 0,
    "easter sunday": 0,
    "good friday": -2,
    "maundy thursday": -3,
    "holy thursday": -3,
    "palm sunday": -7,
    "ash wednesday": -46,
    "shrove tuesday": -47,
}
THANKSGIVING_DAYS = {"thanksgiving": 0, "thanksgiving day": 0, "black friday": 1, "cyber monday": 4}


# Adverbs of a habit: "typically delivers shares in January", "is usually strongest in the
# fourth quarter" tell what is done every year, not on one day or in one year
HABIT_ADVERBS = frozenset(
    "typically usually normally generally traditionally routinely often".split()
)
