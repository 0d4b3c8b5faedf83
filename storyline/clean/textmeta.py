"""Metadata found in the text itself: date lines, datelines, bylines, wire credits, mastheads.

These parsers read single lines. ``storyline.clean.text`` decides which lines they run on
(a date is only a publication date on a line that is nothing but a date, a wire is only the
source when it is credited, a masthead only counts in page chrome).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from types import ModuleType
from typing import TYPE_CHECKING, Literal

from storyline.clean.outlets import WIRES, canonical_outlet, find_masthead, wire_names
from storyline.lexicon import (
    FOREIGN_MONTHS,
    FOREIGN_WEEKDAYS,
    MONTH_ABBREVIATIONS,
    MONTH_NUMBERS,
    NAME_PARTICLES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
)

if TYPE_CHECKING:  # the cleaner imports this module's parsers, so no import at run time
    from storyline.clean.lines import Line

# ------------------------------------------------------------------ dates

_MONTHS = {**MONTH_NUMBERS, **MONTH_ABBREVIATIONS, **FOREIGN_MONTHS}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (
    rf"(?:(?:{'|'.join([*WEEKDAY_NAMES, *WEEKDAY_ABBREVIATIONS, *FOREIGN_WEEKDAYS])})\.?,?\s+)?"
)
_TIME = (
    r"(?P<hour>\d{1,2})[:h](?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?))?(?:\s*(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2}|Z))?"
)

_DATE_PATTERNS = [
    # 2024-10-22, 2024-10-22 00:00:00.0, 2024-10-22T07:15:00Z, 2024/10/22, 2024.10.22
    re.compile(
        r"(?<!\d)(?P<year>\d{4})(?P<sep>[-/.])(?P<mnum>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
        r"(?:[T\s]+" + _TIME + r")?(?!\d)"
    ),
    # 2024年10月22日, 2024년 10월 22일
    re.compile(
        r"(?P<year>\d{4})\s*[年년]\s*(?P<mnum>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
        r"(?:\s*" + _TIME + ")?"
    ),
    # Friday, October 25, 2024 / Oct. 25, 2024, 9:30 am
    re.compile(
        _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})"
        r"(?:,?\s*(?:at\s+)?" + _TIME + ")?",
        re.IGNORECASE,
    ),
    # 25 October 2024 / Friday 25 Oct 2024, 18:40 / 12. März 2025
    re.compile(
        _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?\s+" + _MONTH + r",?\s+"
        r"(?P<year>\d{4})(?:,?\s*(?:at\s+|um\s+|à\s+)?" + _TIME + ")?",
        re.IGNORECASE,
    ),
    # 12.03.2025 21:15 (day first: dots are the European order), 10/25/2024 (see _numeric)
    re.compile(
        r"(?<![\d.])(?P<d1>\d{1,2})(?P<sep>[./])(?P<d2>\d{1,2})(?P=sep)(?P<year>\d{4})"
        r"(?:,?\s*" + _TIME + r")?(?!\d)"
    ),
]


_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass
class DateMatch:
    iso: str  # YYYY-MM-DD or YYYY-MM-DDTHH:MM
    start: int
    end: int


def find_dates(line: str) -> list[DateMatch]:
    """Every full calendar date (year, month, day) in the line, left to right."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(line):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            iso = _to_iso(m)
            if iso:
                found.append(DateMatch(iso, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _to_iso(m: re.Match[str]) -> str | None:
    parts = m.groupdict()
    year = int(parts["year"])
    if parts.get("month"):
        month = _MONTHS.get(parts["month"].lower().rstrip("."))
        day = int(parts["day"])
    elif parts.get("mnum"):
        month, day = int(parts["mnum"]), int(parts["day"])
    else:
        month, day = _numeric(int(parts["d1"]), int(parts["d2"]), parts["sep"])
    if not month or not 1900 <= year <= 2100:
        return None
    try:
        iso = date(year, month, day).isoformat()
    except ValueError:
        return None
    return iso + _time_suffix(parts)


def _numeric(first: int, second: int, sep: str) -> tuple[int, int]:
    """(month, day) of a numeric date. Dots are day-first (European usage); with slashes the
    order is a guess: month-first unless that cannot be a date (US sites use slashes most)."""
    if sep == "." or first > 12:
        return second, first
    return first, second


def _time_suffix(parts: dict[str, str | None]) -> str:
    if parts.get("hour") is None:
        return ""
    hour, minute = int(parts["hour"] or 0), int(parts["minute"] or 0)
    ampm = (parts.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or (hour, minute) == (0, 0):
        return ""  # 00:00 is how databases print "no time"
    return f"T{hour:02d}:{minute:02d}"


# Words a date line wraps its date in ("Published: ...", "Updated ...", "原网页").
_DATE_LINE_WORDS = re.compile(
    r"\b(?:published|updated|posted|last updated|modified|created|date|on|at|am|um|le|"
    r"veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|发布时间|发布|"
    r"来源|原网页|更新|时间|日期)\b[:：]?",
    re.IGNORECASE,
)


@dataclass
class DateLine:
    iso: str
    rest: str  # what is left of the line without its date(s): source, author, section


def parse_date_line(line: str) -> DateLine | None:
    """A line that is a publication date and little else: "Friday, October 25, 2024",
    "2024-10-22 00:00:00.0  海峡时报-亚洲  原网页", "Posted March 14, 2025 by Anna Kiel".

    Statistical judgement: after the date and words like "Published" are cut out, at most three
    words may remain, unless the rest is a byline or a known masthead; a date inside a
    sentence is an event date, not the page's date."""
    if len(line) > 160 or not _YEAR.search(line) or "(@" in line:
        return None  # no year, or an embedded post's signature "— Name (@handle) date"
    dates = find_dates(line)
    if not dates:
        return None
    rest = line
    for d in reversed(dates):
        rest = rest[: d.start] + " " + rest[d.end :]
    rest = _DATE_LINE_WORDS.sub(" ", rest)
    rest = re.sub(r"[\s|·•/,–—-]+", " ", rest).strip(" :")
    if re.search(r"\d", rest):
        return None  # a table row or a list of events, not a date line
    if len(re.findall(r"\w+", rest)) > 3 and not (parse_byline(rest) or find_masthead(rest)):
        return None  # "October 15, 2024 — troops reach the border": a dated event
    return DateLine(dates[0].iso, rest)


# ------------------------------------------------------------------ datelines

_WIRE_FORMS = wire_names()
_WIRE_ALT = "|".join(re.escape(f) for f in sorted(_WIRE_FORMS, key=len, reverse=True))
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\- ]{1,40}?(?:,\s*[A-Z][\w.'’\- ]{1,30}?){0,2})"
    r"(?:,\s*(?P<date>" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<wire>" + _WIRE_ALT + r")\)|\((?:[A-Z][\w.&'’-]*\s?){1,3}\))?"
    r"\s*(?:--|[-–—:])\s+(?=[\"“‘'A-Z0-9])"
)  # a place in capitals may credit any outlet in brackets ("VARNBY (Orsa Post) -")
_TITLE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*)"
    r"(?:,\s*(?P<date>" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*\((?P<wire>" + _WIRE_ALT + r")\)\s*(?:--|[-–—:])\s+",
    re.IGNORECASE,
)


@dataclass
class Dateline:
    place: str
    wire: str | None = None
    iso: str | None = None  # only when the dateline carries a full date
    end: int = 0  # where the paragraph proper begins


def parse_dateline(paragraph: str) -> Dateline | None:
    """ "SEOUL -", "KESSVIK, Norvania (AFP) —", "Seoul, Oct. 22 (Yonhap) --" at a paragraph's
    start. The place must be in capitals unless a wire credit in brackets follows it, so an
    ordinary sentence starting "Kim -" is not read as a dateline."""
    m = _DATELINE.match(paragraph) or _TITLE_DATELINE.match(paragraph)
    if not m:
        return None
    place = m.group("place").strip(" ,")
    if m.re is _DATELINE and not place.split(",")[0].replace(" ", "").isupper():
        return None
    if len(place.split(",")[0].split()) > 4:
        return None
    wire = _WIRE_FORMS.get(m.group("wire")) if m.group("wire") else None
    iso = None
    if m.group("date"):
        dates = find_dates(m.group("date"))
        iso = dates[0].iso if dates else None
    return Dateline(place=place, wire=wire, iso=iso, end=m.end())


# ------------------------------------------------------------------ bylines

_BYLINE_START = re.compile(
    r"^(?:(?:by|written by|words by|posted by|reporting by|story by|text by|von|par|por|di|"
    r"door)\s+|(?:author|authors|reporter)\s*:\s*|(?:作者|记者|文)\s*[:：]\s*)",
    re.IGNORECASE,
)
_NAME = (
    rf"[A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:\s+(?:{'|'.join(NAME_PARTICLES)})\b)?"
    r"(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.\-]*){0,3}"
)
_ROLE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|staff|contributor|columnist|bureau|chief|"
    r"journalist|analyst|producer|desk|team|in [A-Z]\w+|senior|news|media|agency)\b",
    re.IGNORECASE,
)
_NOT_NAMES = {
    *WEEKDAY_NAMES,
    "the",
    "a",
    "an",
    "this",
    "that",
    "our",
    "his",
    "her",
    "their",
    "its",
    *(_MONTHS.keys()),
}


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    wire: str | None = None


def parse_byline(line: str) -> Byline | None:
    """ "By Lena Hovik, Regional Affairs Correspondent", "By AFP | March 13, 2025", "Posted by
    Anna Kiel", "Reporting by Josh Smith; Editing by Ed Davies". Names must be capitalised
    words, so "By signing up, I accept ..." or "By the time ..." are not bylines."""
    if len(line.split()) > 20:
        return None
    m = _BYLINE_START.match(line)
    if not m:
        return None
    body = re.split(
        r"\s*[|·•]\s*|;\s*(?:editing|edited|additional reporting)\b",
        line[m.end() :],
        flags=re.IGNORECASE,
    )[0]
    wire = _wire_in_credit(body)
    if wire:
        return Byline(wire=wire)
    authors: list[str] = []
    for part in re.split(r",\s*|\s+(?:and|und|et|y|&)\s+", body):
        part = part.strip(" .")
        if not part or _ROLE.search(part) or find_dates(part):
            continue
        name = re.fullmatch(_NAME, part)
        if not name or part.split()[0].lower() in _NOT_NAMES or len(part.split()) < 2:
            if not authors:
                return None  # "By signing up": the first item must be a name
            continue
        authors.append(part)
    return Byline(authors=authors) if authors else None


# ------------------------------------------------------------------ wire credits

_CREDIT_LINE = re.compile(
    r"^[\s(\[—–-]*(?:©|\(c\)|copyright|source[:：]|sources[:：]|with|by|via|quelle[:：]|"
    r"来源[:：])?\s*(?:\d{4}\s+)?(?P<wire>" + _WIRE_ALT + r")(?:\s+(?:news agency|\d{4}))?"
    r"(?:\s*(?:contributed to this report|/\s*\w+))?[\s)\].]*$",
    re.IGNORECASE,
)
_CREDIT_TAIL = re.compile(r"(?:\s[-—–]{1,2}\s*|\s\(|/)(?P<wire>" + _WIRE_ALT + r")\)?\.?\s*$")
_CREDIT_REPORT = re.compile(
    r"^(?:additional\s+)?(?:reporting|writing)\s+by\s+(?P<wire>" + _WIRE_ALT + r")\b", re.IGNORECASE
)


def _wire_in_credit(text: str) -> str | None:
    m = _CREDIT_LINE.match(text.strip())
    if not m:
        return None
    return _canonical_wire(m.group("wire"))


def _canonical_wire(form: str) -> str | None:
    if form in _WIRE_FORMS:
        return _WIRE_FORMS[form]
    # Long forms match case-insensitively; short acronyms only as written ("AP", not "ap").
    for canon, forms in WIRES.items():
        if any(len(f) > 5 and f.lower() == form.lower() for f in forms):
            return canon
    return None


def parse_wire_credit(line: str) -> str | None:
    """The wire a whole line credits: "AFP", "— Reuters", "(AP)", "© AFP", "Source: Xinhua",
    "AFP contributed to this report", "Additional reporting by Reuters"."""
    if len(line.split()) > 8:
        return None
    m = _CREDIT_REPORT.match(line)
    if m:
        return _canonical_wire(m.group("wire"))
    return _wire_in_credit(line)


def wire_at_end(paragraph: str) -> str | None:
    """A credit closing the last paragraph: "... the ministry said. - Reuters", "(AFP)".
    A bare name at the end ("... Yonhap News.") is a mention, not a credit."""
    m = _CREDIT_TAIL.search(paragraph)
    return _canonical_wire(m.group("wire")) if m else None


# ------------------------------------------------------------------ outlet from chrome

_OUTLET_WORDS = re.compile(
    r"\b(?:news|times|herald|tribune|post|daily|journal|gazette|kurier|zeitung|voice|observer|"
    r"chronicle|telegraph|express|mail|review|digest|standard|globe|star|sun|insider|ledger|"
    r"courier|record|monitor|press|report|today|weekly|magazine|ilbo|shimbun|nachrichten|"
    r"blatt|rundschau|dispatch|bulletin|examiner|sentinel|mirror|independent|guardian|"
    r"nouvelles|diario|notizie)\b",
    re.IGNORECASE,
)


def masthead_like(line: str) -> str | None:
    """A short title-case line that reads like a paper's name ("Coastline News",
    "Nordstrand-Kurier", "The Valley Voice"). Statistical: 1-5 words, capitalised, no sentence
    punctuation, containing a word papers are named with."""
    known = find_masthead(line)
    if known and len(line) <= 3 * len(known) + 10:
        return known
    words = line.split()
    if not 1 <= len(words) <= 5 or re.search(r"[.!?:;,|>»]", line):
        return None
    if not all(w[0].isupper() or w.lower() in {"the", "of", "and"} for w in words):
        return None
    return line.strip() if _OUTLET_WORDS.search(line.replace("-", " ")) else None


def copyright_holder(line: str) -> str | None:
    """ "© Coastline News 2025" -> "Coastline News"; "© 2025 Kessvik Herald Media Group. All
    rights reserved." -> "Kessvik Herald Media Group"."""
    m = re.search(r"^(?P<holder>[^©]{2,60}?)\s*©\s*\d{4}", line)  # "Meridian Daily © 2025"
    if not m:
        m = re.search(
            r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<holder>[^.|·©\d]{2,60}?)\s*"
            r"(?:\d{4})?\s*(?:[.|·]|all rights|$)",
            line,
            re.IGNORECASE,
        )
    if not m:
        return None
    holder = m.group("holder").strip(" ,-·")
    if not holder or _wire_in_credit(holder):
        return None
    return canonical_outlet(holder)


# ------------------------------------------------------------------ assembling


_PUBLISHED_WORD = re.compile(
    r"\b(?:published|posted|veröffentlicht|publié|publicado)\b|发布", re.IGNORECASE
)


@dataclass
class TextMeta:
    title: str | None = None
    published: str | None = None
    published_source: Literal["date-line", "dateline", "none"] = "none"
    authors: list[str] = field(default_factory=list)
    wire: str | None = None
    outlet: str | None = None
    place: str | None = None  # the dateline's place, "SEOUL"


def text_metadata(lines: list[Line], title: str | None = None) -> TextMeta:
    """Metadata from a cleaned page's lines (``storyline.clean.text.Line``: text + reason)."""
    from storyline.clean import lines as t  # reasons and line shapes, below both modules

    meta = TextMeta(title=title)
    kept = [ln.text for ln in lines if ln.kept]
    body_start = next(
        (i for i, ln in enumerate(lines) if ln.kept and t.is_sentence(ln.text)), len(lines)
    )
    for i, line in enumerate(lines):
        _from_line(meta, line.text, line.reason, t, in_header=i < body_start)
    if kept:
        dateline = parse_dateline(kept[0])
        if dateline:
            meta.place = dateline.place
            meta.wire = meta.wire or dateline.wire
            if dateline.iso and not meta.published:
                meta.published, meta.published_source = dateline.iso, "dateline"
        meta.wire = meta.wire or wire_at_end(kept[-1])
    meta.outlet = _outlet(lines, t)
    return meta


def _from_line(meta: TextMeta, text: str, reason: str, t: ModuleType, in_header: bool) -> None:
    if reason == t.DATE_LINE:
        date_line = parse_date_line(text)
        # Below the article a date line is the page's date only when it says so; otherwise
        # it may date a correction, an embedded post or a chart.
        stated = in_header or _PUBLISHED_WORD.search(text)
        if date_line and stated and not meta.published:
            meta.published, meta.published_source = date_line.iso, "date-line"
        byline = parse_byline(date_line.rest) if date_line else None
    elif reason == t.BYLINE:
        byline = parse_byline(text)
    else:
        byline = None
    if byline:
        meta.authors += [a for a in byline.authors if a not in meta.authors]
        meta.wire = meta.wire or byline.wire
    if reason in (t.WIRE_CREDIT, t.COPYRIGHT, t.AFTER_END) and not meta.wire:
        meta.wire = parse_wire_credit(text)


def _outlet(lines: list[Line], t: ModuleType) -> str | None:
    """A known masthead in the page's chrome, else a masthead-like line above the headline,
    else the copyright holder. Article text, teasers, captions and photo credits are never
    read: there an outlet's name is a mention or another outlet's photo."""
    chrome = {
        t.BEFORE_TITLE,
        t.NAVIGATION,
        t.LOGIN,
        t.CHROME,
        t.DATE_LINE,
        t.FOREIGN,
        t.COPYRIGHT,
        t.NEWSLETTER,
    }
    for line in lines:
        if line.reason in chrome:
            known = find_masthead(line.text)
            if known:
                return known
    for line in lines:
        if line.reason == t.BEFORE_TITLE:
            guess = masthead_like(line.text)
            if guess:
                return guess
    for line in lines:
        if line.reason == t.COPYRIGHT:
            holder = copyright_holder(line.text)
            if holder:
                return holder
    return None
