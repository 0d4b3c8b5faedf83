"""Reading dates as pages write them: ISO stamps and epoch seconds in declared fields, dates in
URLs, and dates printed in words or digits in the visible text."""

from __future__ import annotations

import re
import warnings
from datetime import UTC, date, datetime
from typing import TypeGuard

from dateutil import parser as dateparser
from htmldate.extractors import MONTH_NUMBERS

from storyline.lexicon import MONTH_NAMES

URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|$|[^\d])"
)
URL_DATE_COMPACT = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/")


def iso_date(value: str | None) -> str | None:
    """An ISO date or datetime from what pages put in date fields, or None."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if re.fullmatch(r"\d{10}(\d{3})?", value):  # epoch seconds or milliseconds
        try:
            stamp = int(value[:10])
            # A moment in UTC, kept as one (not cut to its UTC day), so that the page's own
            # day can take its evidence as it does a "Z" stamp's (date_zones.utc_to_local).
            return datetime.fromtimestamp(stamp, tz=UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?", value)
    if match:
        try:
            day = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
        return day.isoformat() if not match[4] else match[0].replace(" ", "T") + _tz(value)
    try:
        with warnings.catch_warnings():  # "EST"-style zone names only cost the time of day
            warnings.simplefilter("ignore")
            parsed = dateparser.parse(value, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date().isoformat() if 1990 <= parsed.year <= 2100 else None


def _tz(value: str) -> str:
    match = re.search(r"(Z|[+-]\d{2}:?\d{2})$", value.strip())
    return match[1] if match else ""


def plausible(iso: str | None) -> TypeGuard[str]:
    return bool(iso) and "1995" <= iso[:4] <= str(datetime.now().year + 1)  # type: ignore[index]


def date_from_url(url: str | None) -> str | None:
    if not url:
        return None
    match = URL_DATE.search(url) or URL_DATE_COMPACT.search(url)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


MONTHS = MONTH_NAMES
# A month's name or short form, as its first three letters: "Jan", "Sept.", "January".
MONTH = rf"(?:{'|'.join(name[:3] for name in MONTH_NAMES)})[a-z]*\.?"
# Month names in the languages htmldate reads (English, French, German, Indonesian, Turkish),
# taken from htmldate rather than listed again here: pages print "16. Januar 2020" or
# "3 mars 2021" as often as "March 3, 2021".
_NAMES = sorted((n for n in MONTH_NUMBERS if len(n) >= 3), key=len, reverse=True)
ANY_MONTH = "(?:" + "|".join(re.escape(n) for n in _NAMES) + rf")\.?|{MONTH}"
# Year, month and day with their Chinese/Japanese or Korean signs: "2020年07月12日",
# "2020년 7월 12일".
CJK_DATE = r"(?:19|20)\d\d\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]"
CJK_PARTS = re.compile(r"((?:19|20)\d\d)\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})")
WRITTEN_DATE = (
    rf"\b(?:{ANY_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?\s*(?:of\s+)?(?:{ANY_MONTH}),?\s+(?:19|20)\d\d"
    # year first with dots may put a space after each ("2020. 06. 04.", as Hungarian and
    # Korean pages write it), which the day-first form below would misread as 6 April 2011
    r"|(?:19|20)\d\d-\d\d-\d\d|(?:19|20)\d\d(?P<ysep>[/.])\s?\d{1,2}(?P=ysep)\s?\d{1,2}\b"
    r"|\d{1,2}/\d{1,2}/(?:19|20)\d\d"
    r"|(?<![\w.])\d{1,2}\.\s?\d{1,2}\.\s?(?:(?:19|20)\d\d|\d\d(?![\d.]))"
    rf"|{CJK_DATE}"
)
WORDED_DATE = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th|\.)?\s*(?:of\s+)?(?P<m1>{ANY_MONTH})"
    rf"|(?P<m2>{ANY_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?),?\s+(?P<y>(?:19|20)\d\d)",
    re.IGNORECASE,
)
# 8/1/2025 reads either way round; a date written with dots ("03.02.2022", "4. 2. 2022",
# "31.10.23") is mostly day first, but some sites write 11.08.2023 month first.
NUMERIC_DATE = re.compile(
    r"\b(\d{1,2})(?:/(\d{1,2})/|\.\s?(\d{1,2})\.\s?)((?:19|20)\d\d|\d\d(?![\d.]))\b"
)
WRITTEN_DATES = re.compile(WRITTEN_DATE, re.IGNORECASE)


YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # "2020年" too: 年 is a word character


def printed_days(visible: str) -> set[str]:
    """Every day the page prints (ISO). Only the text around each printed year is examined:
    a written date ends with its year (or starts with it, ISO style)."""
    days: set[str] = set()
    seen_end = 0
    for year in YEAR.finditer(visible):
        start = max(seen_end, year.start() - 32)
        window = visible[start : year.end() + 10]  # "-01-02" after it, or "年 7月 12日"
        for match in WRITTEN_DATES.finditer(window):
            numeric = NUMERIC_DATE.fullmatch(match[0])
            if numeric:
                days.update(numeric_readings(numeric))
            else:
                found = written_day(match[0])
                if found:
                    days.add(found)
        seen_end = year.end()
    return days


def numeric_readings(match: re.Match[str]) -> list[str]:
    """The days a NUMERIC_DATE match can stand for, the day-first reading first; a two-digit
    year is in this century."""
    first, slashed, dotted, year = match.groups()
    if len(year) == 2:
        year = f"20{year}"
    second = slashed or dotted
    days = []
    for month, day in ((second, first), (first, second)):
        try:
            days.append(date(int(year), int(month), int(day)).isoformat())
        except ValueError:
            pass
    return list(dict.fromkeys(days))


def numeric_days(first: str, second: str, year: str) -> set[str]:
    days = set()
    for month, day in ((first, second), (second, first)):  # 08/14/2025 or 14/08/2025
        try:
            days.add(date(int(year), int(month), int(day)).isoformat())
        except ValueError:
            pass
    return days


def written_day(text: str) -> str | None:
    """The ISO day of a date written with its month's name, in any language htmldate knows
    ("16. Januar 2020", "March 3rd, 2021"), or of an ISO date; None when it is no date."""
    match = WORDED_DATE.fullmatch(text.strip())
    cjk = CJK_PARTS.match(text.strip()) if match is None else None
    if cjk:
        try:
            return date(int(cjk[1]), int(cjk[2]), int(cjk[3])).isoformat()
        except ValueError:
            return None
    if match is None:
        found = iso_date(text)
        return found[:10] if found else None
    name = (match["m1"] or match["m2"]).rstrip(".").replace("ı", "i").replace("İ", "i").lower()
    month = MONTH_NUMBERS.get(name) or MONTH_NUMBERS.get(name[:3])
    try:
        day = date(int(match["y"]), month or 0, int(match["d1"] or match["d2"]))
    except ValueError:
        return None
    return day.isoformat()


def read_printed(text: str, declared: set[str]) -> str | None:
    """A printed date as an ISO day. 8/1/2025 counts only when one reading is declared;
    8.1.2025 is read day first unless the page declares the other reading."""
    numeric = NUMERIC_DATE.fullmatch(text)
    if numeric:
        days = numeric_readings(numeric)
        if len(days) > 1:
            chosen = [d for d in days if d in declared]
            days = chosen or (days[:1] if numeric[3] else [])
        return days[0] if len(days) == 1 else None
    found = written_day(text)
    return found if plausible(found) else None
