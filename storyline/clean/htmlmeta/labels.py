"""Words pages print before a date to say what the date is: "Published", "Updated", and the
same labels in the languages whose month names we read (htmldate's: English, French, German,
Indonesian, Turkish) and the other large European ones. A page in German prints
"Veröffentlicht am 16.08.2019" or "Letzte Änderung: 14.01.2022" where an English one prints
"Published on" or "Last updated:", and the label says as much in either language."""

from __future__ import annotations

import re

from storyline.clean.htmlmeta.dates import WRITTEN_DATE, WRITTEN_DATES
from storyline.lexicon import FOREIGN_WEEKDAYS, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES

# Each entry is a regular expression for one label, lower case; "published" are labels of the
# first publication, "updated" of a later change.
PUBLISHED_WORDS = (
    r"published|posted|written|released|created",
    r"ver[öo]ffentlicht|erschienen|publiziert|erstellt|eingestellt",  # de
    r"publi[ée]e?|mis en ligne|cr[ée][ée]e?",  # fr
    r"publicad[oa]|publicaci[óo]n",  # es, pt
    r"pubblicat[oa]",  # it
    r"gepubliceerd|geplaatst",  # nl
    r"diterbitkan|dipublikasikan",  # id
    r"yay[ıi]mlanma(?:\s+tarihi)?|yay[ıi]nlanma(?:\s+tarihi)?|yay[ıi]nland[ıi]",  # tr
)
UPDATED_WORDS = (
    r"updated|modified|reviewed|revised",
    r"aktualisiert|ge[äa]ndert|(?:letzte|zuletzt)\s+(?:[äa]nderung|aktualisierung)",  # de
    r"mis\s+[àa]\s+jour|mise\s+[àa]\s+jour|modifi[ée]e?",  # fr
    r"actualizad[oa]|atualizad[oa]|actualizaci[óo]n|atualiza[çc][ãa]o",  # es, pt
    r"aggiornat[oa]|modificat[oa]",  # it
    r"bijgewerkt|gewijzigd",  # nl
    r"diperbarui",  # id
    r"g[üu]ncellen(?:me)?(?:\s+tarihi)?|g[üu]ncellendi",  # tr
)
# What may stand between a label and its date: "on", "am", "le", "el", "il", "em", "op", "pada"
# (on/at in the languages above), "at", a colon.
JOIN_WORDS = ("on", "at", "am", "le", "el", "il", "em", "op", "pada", "den", "der")
LABEL_JOIN = rf"(?:\s+(?:{'|'.join(JOIN_WORDS)}))?\s*:?\s*"

_PUBLISHED = "|".join(PUBLISHED_WORDS)
_UPDATED = "|".join(UPDATED_WORDS)

# Label words just before a printed date (within a few characters).
UPDATED_BEFORE = re.compile(rf"\b(?:{_UPDATED}){LABEL_JOIN}$", re.IGNORECASE)
PUBLISHED_BEFORE = re.compile(rf"\b(?:{_PUBLISHED}){LABEL_JOIN}$", re.IGNORECASE)
# A label word before a printed date; "Site last updated" stamps the site, not the article.
# The lookahead on the first letters only saves time: most words start with none of them.
DATE_LABEL = re.compile(
    rf"\b(?=[abcdeglmprsuvwyz])(?:(?P<site>site\s+)?(?:last\s+)?(?P<updated>{_UPDATED})|(?:{_PUBLISHED})){LABEL_JOIN}",
    re.IGNORECASE,
)
# Labels of dates that are not the page's: a forum member's "Joined: May 11, 2017", "Member
# since", a profile's "Born", "Last seen", an event's "When:"; in German, French, Spanish too.
OTHER_WORDS = (
    r"joined|member\s+since|registered(?:\s+since)?|last\s+(?:seen|active|login)|born",
    r"mitglied\s+seit|dabei\s+seit|registriert(?:\s+seit)?|beigetreten|geboren",  # de
    r"inscrit(?:e)?(?:\s+(?:le|depuis))?|membre\s+depuis|n[ée]e?\s+le",  # fr
    r"miembro\s+desde|registrado|se\s+uni[óo]",  # es
    # An event's or an appointment's day, with its colon: "When: 3 May 2021", "Termin:".
    r"(?:when|event\s+date|date\s+of\s+(?:the\s+)?event|termin|veranstaltungsdatum|"
    r"date\s+de\s+l[’']?[ée]v[ée]nement|fecha\s+del\s+evento|data\s+dell[’']?evento)\s*:",
)
OTHER_BEFORE = re.compile(rf"\b(?:{'|'.join(OTHER_WORDS)})\s*:?\s*$", re.IGNORECASE)
# A weekday (or any one word) between a label and its date: "Published: Monday, June 1, 2020",
# "Veröffentlicht am Montag, 16.08.2019".
WEEKDAY_GAP = re.compile(r"[^\W\d_]{2,12}\.?,?\s+")
# A byline between the label and its date: "Posted by Jane Roe on March 3, 2021", "Submitted by
# jroe on 12/01/2020", "Gespeichert von jroe am 24. Juli 2017", "Publié par J. Roe le 5 mai".
BYLINE_DATE = re.compile(
    rf"\b(?=[abcdeglmprsuvwyz])(?:{_PUBLISHED}|submitted|gespeichert|verfasst|geschrieben)"
    r"\s+(?:by|von|par|door|da|por|oleh)\s+(?:[^\W\d_][\w.'’-]*\s+){1,4}?"
    r"(?:on|am|le|el|il|op|em|pada|[|•·,–-])\s*",
    re.IGNORECASE,
)


# A time of day after a date marks a date line ("March 3, 2021 at 10:15", "am 16.08.2019 um
# 10 Uhr", "le 5 mars 2020 à 10h30"), not a sentence.
TIME_AFTER = re.compile(
    r"^,?\s*(?:\S+\s+){0,2}?\d{1,2}\s?(?:[:.h]\s?\d\d|am\b|pm\b|uhr\b)", re.IGNORECASE
)
WORD_BEFORE = re.compile(r"(\S+)\s+$")
# A weekday before a date belongs to it ("on Friday 14th June 2019, as part of"): the word
# that says whether the date sits in a sentence is the one before the weekday.
_WEEKDAYS = "|".join((*WEEKDAY_NAMES, *WEEKDAY_ABBREVIATIONS, *FOREIGN_WEEKDAYS))
WEEKDAY_BEFORE = re.compile(rf"(?:^|\s)(?:{_WEEKDAYS})\.?,?\s+$", re.IGNORECASE)
# The end of a span of days ("am 23.-26.8.2017", "from 3 to 5 March 2021", "vom 2. bis 4. Mai
# 2020") dates an event, not the page; "14:30 - 5 March" is a time before a date line.
RANGE_BEFORE = re.compile(
    r"(?<![:\d])\d{1,2}(?:st|nd|rd|th|\.)?\s*(?:[-–]|\s(?:bis|to|until|through|au|al)\s)\s*$",
    re.IGNORECASE,
)
# A span written as two whole dates ("28.01.2022 – 29.01.2022", "3 May 2021 to 5 May 2021"):
# either end dates an event (a match day, a fair), not the page.
_SPAN_JOIN = r"(?:\s*[-–—]\s*|\s+(?:bis|to|until|through|au|al)\s+)"
SPAN_START = re.compile(rf"(?:{WRITTEN_DATE}){_SPAN_JOIN}$", re.IGNORECASE)
SPAN_END = re.compile(rf"{_SPAN_JOIN}(?:{WRITTEN_DATE})", re.IGNORECASE)
WORD_AFTER = re.compile(r"^,?\s+(\S+)")
# A date that a preposition makes a deadline or a start is one the story tells ("Until 25
# November 2019 you can sign", "Wir suchen zum 1. April 2016", "open from 3 May 2021"), in the
# languages whose labels are read above; no date line is written so.
TERM_BEFORE = re.compile(
    r"(?:^|\s)(?:until|till|since|from|starting|before|bis|zum|seit|ab|jusqu'(?:au|à)|"
    r"depuis|dès|avant|hasta|desde|antes\s+del?|fino\s+al|dal|tot|vanaf|sejak|hingga|"
    r"sampai)\s+$",
    re.IGNORECASE,
)
# A full stop right after a date, then the next sentence ("... for most people is 15 April
# 2025. If you cannot ..."): the date ends a sentence.
SENTENCE_AFTER = re.compile(r"^\.(?:\s+[\"'“‘(]?[A-Z]|\s*$)")


def in_prose(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` sits inside a sentence: a lower-case word on
    either side ("opened on 18 October 2021 at the mine", "findet am 5. Februar 2020 in der
    Halle statt"), or the last day of a span of days. A date line stands by itself, between a
    name, a label or a headline and the text ("Jane Roe 21 Jan 2020 Can you spot ..."), or is
    followed by its time of day; a date after a "Published"/"Updated" label is a date line
    whatever follows, one after "Joined", "Member since" or a deadline's "until", or either
    end of a span of two whole dates, never is."""
    lead = text[max(0, start - 40) : start]
    if UPDATED_BEFORE.search(lead) or PUBLISHED_BEFORE.search(lead):
        return False
    if RANGE_BEFORE.search(lead) or OTHER_BEFORE.search(lead) or TERM_BEFORE.search(lead):
        return True
    tail = text[end : end + 40]
    if SPAN_START.search(lead) or SPAN_END.match(tail):
        return True
    weekday = WEEKDAY_BEFORE.search(lead)
    if weekday:
        lead = lead[: weekday.start()] + " "
    before, after = WORD_BEFORE.search(lead), WORD_AFTER.match(tail)
    if before is None or TIME_AFTER.match(tail):
        return False
    if after is None:
        return _ends_sentence(before[1], tail)
    return before[1][0].islower() and after[1][0].islower()


def _ends_sentence(word: str, tail: str) -> bool:
    """Whether a date ends a sentence that a lower-case word leads into ("the season's last day
    is 15 April 2025."), a word other than one that joins a name or a label to its date ("Jane
    Roe on 3 March 2021.")."""
    return (
        word.isalpha()
        and word.islower()
        and word not in JOIN_WORDS
        and bool(SENTENCE_AFTER.match(tail))
    )


# German puts the label's participle after its date: "Dieser Beitrag wurde am 3. Mai 2020 um
# 10:15 Uhr veröffentlicht", "Diese Seite wurde zuletzt am 29. Januar 2020 geändert". The "am"
# (on) before the date and the participle after it say what the date is, as a label before it
# does elsewhere; a weekday ("am Samstag, 3. Mai 2020") or the time of day may stand between.
ON_BEFORE = re.compile(r"\b(?:am|vom)\s+(?:[^\W\d_]{2,12},?\s+)?(?:den\s+)?$", re.IGNORECASE)
TIME_THEN = re.compile(r"(?:,?\s+(?:um\s+)?\S{1,8}(?:\s+uhr)?)?\s+", re.IGNORECASE)


def date_before_label(text: str, label_at: int) -> str | None:
    """The date printed just before the label word at ``text[label_at]`` that the label's
    "am" opens ("am 3. Mai 2020 veröffentlicht"), or None."""
    lead = text[max(0, label_at - 70) : label_at]
    dates = list(WRITTEN_DATES.finditer(lead))
    if not dates:
        return None
    last = dates[-1]
    if TIME_THEN.fullmatch(lead, last.end()) and ON_BEFORE.search(lead[: last.start()]):
        return last[0]
    return None
