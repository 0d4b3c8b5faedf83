"""Which date counts, for a page and for an event: one place for the rules every stage reads.

A page's own stated date (from its markup, date line, feed or input) counts first. A page
without one takes, in order: the date estimated from its own content by the analyzer, the
stated date of the page it copies (an AFP re-post carries its wire original's day), else the
LATEST stated date among its story's other pages. An undated page in a story is most often a
re-post or a later write-up (aggregators, blogs), so it follows the originals; and relative day
names ("on Thursday") resolve backwards from the reference, so the latest date keeps them inside
the story's own span, where a median would push them a week too early.

A page that states a date is read against it, except when that date cannot be the day it was
written: a copy (duplicate or wire re-post) stated later than its original is read against the
original's day, and a page stated more than a month after the rest of its story whose own text
names a day within the story is read against that day (a late re-post or a mis-dated page).
A page that tells, as "last night" or "yesterday", the day its story's other pages date their
news to (no other page dating anything to the day before) was rewritten the next morning, and
is read against that morning; a page stamped in the small hours that tells "tonight" was written
the evening before. A page stamped weeks late whose relative days fall on days its
story's other pages tell only when read against an earlier page's stamp is read against that
day (``storyline.dating_told``).

The pipeline re-analyzes a page whose reference date comes from its story (so its relative
dates resolve against it) and stores that analysis; the brief only reads the result.

An event (a dated sentence, ``storyline.analyze.events``) is dated by its own main clause's
date. When the sentence's dates all belong to other events ("since Tuesday night", "a day after
the collapse", "Tuesday's order"), a past event in its main clause is most often the day's news
and takes its page's day (precision "page date": the page's effective date, the day its relative
dates were resolved against); a plan ("said it would update its notice by October 8") or a state
("has been reeling since its announcement last month") tells no event of that day, and the
sentence's own date stands: a sentence that names a date never takes the page's date in place
of the event it tells. An act told in the past perfect ("had announced the end of the curfew
on August 20") came before its page's time: it takes neither a day after its page's (that day
is another event's) nor, undated, its page's day.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from storyline.dating_early import StoryEvents, stamp_hour, written_early
from storyline.dating_told import batch_day, batch_pages, story_days, written_late
from storyline.lexicon import MONTH_ABBREVIATIONS, MONTH_NAMES
from storyline.model import (
    MAIN_ANCHORS,
    PAGE_DATE,
    PRIOR_ANCHOR,
    Analysis,
    CopyRelation,
    Document,
    Event,
)

ESTIMATED = "estimated"
OWN = ("main", "reported", "relative", PRIOR_ANCHOR, "")
# An Event.main_tense (set by the analyzer): the main clause's time is vaguer than a day, or put
# before the news ("charged this week", "Earlier, he was handed ..."), at no day it gives.
VAGUE = "vague"  # anchors whose date is the sentence's own event's


def stated_date(doc: Document) -> str | None:
    """The day the page itself states, or None (an estimate is not a statement)."""
    if doc.published and doc.published_source not in ("none", ESTIMATED):
        return doc.published[:10]
    return None


def story_reference(docs: list[Document], exclude: str | None = None) -> str | None:
    """The latest stated day among a story's pages (but ``exclude``)."""
    dates = sorted(d for doc in docs if doc.id != exclude and (d := stated_date(doc)))
    return dates[-1] if dates else None


COPIES = ("duplicate", "copy_of")  # same text as the original (a translation or rewrite is not)
STALE_DAYS = 30  # a stated date this far past the rest of its story is suspect


# A month's name or abbreviation: a day written with it ("Nov. 2") names its day outright,
# though its year comes from the page.
_MONTH_WORD = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted({*MONTH_NAMES, *MONTH_ABBREVIATIONS}, key=len, reverse=True))})\b"
)


def written_date(analysis: Analysis | None) -> str | None:
    """The latest day a page's own text names outright ("on Nov. 2", "2 November 2016"; not a
    weekday or "yesterday", which are read from a reference), or None: what the page's content
    says of when it was written. A yearless day's year is the reference's nearest one."""
    if analysis is None:
        return None
    days = [
        t.value
        for t in analysis.times
        if t.precision == "day"
        and len(t.value) == 10
        and t.value[:4].isdigit()
        and (not t.relative or _MONTH_WORD.search(t.text))
    ]
    return max(days) if days else None


def conflicting_date(doc: Document, docs: list[Document], analysis: Analysis | None) -> str | None:
    """The day a page is placed by when its stated date conflicts with its content: stated more
    than STALE_DAYS (or the story's longest wait between pages, ``_rhythm``) after every other
    page of its story stated on another day, while the latest day its own text names lies
    within the story's span. Such a page is a late re-post or a mis-dated copy, and its
    relative dates ("on Wednesday") belong to the story's days; None when there is no
    conflict. (Pages an archive re-stamped together share one late day, so those do not vouch
    for each other.)"""
    stated = stated_date(doc)
    stamps = sorted({d for o in docs if (d := stated_date(o)) and d != stated})
    own = written_date(analysis)
    if not (stated and stamps and own) or _days(stamps[-1], stated) <= _rhythm(stamps):
        return None
    # within the story's span: a day before its first page is the page's background ("launched
    # its store on April 28, 2003", on a page of years later), not the day it was written on
    if _days(stamps[0], own) < -STALE_DAYS:
        return None
    return own if _days(stamps[-1], own) <= STALE_DAYS and own <= stated else None


def _rhythm(stamps: list[str]) -> int:
    """How late a page may come after the story's other pages (``stamps``, sorted) before its
    stamp is suspect: STALE_DAYS, or the longest wait between two of them. A story told over
    years (a company's launches, a court case) comes back months apart; a late page there is
    its next chapter, not a mis-dated one."""
    waits = [_days(a, b) for a, b in zip(stamps, stamps[1:], strict=False)]
    return max([STALE_DAYS, *waits])


def _reposted(doc: Document, original: str | None) -> str | None:
    """A copy stated later than its original was written on the original's day: its relative
    dates ("on Sunday") resolve against that day, so a late re-post does not move an event."""
    stated = stated_date(doc)
    return original if stated and original and original < stated else None


# "last night", "yesterday": the day before the one the page was written on
_DAY_BEFORE = re.compile(r"(?i)\b(?:yesterday|last\s+night)\b")
# "early Tuesday", "Tuesday morning": the news fell in its day's morning (not "earlier")
_MORNING = re.compile(r"(?i)\b(?:early|morning|dawn|daybreak)\b")
MORNING_REACH = 16  # characters before a day's expression that may qualify it: "early on"
DAY_BEFORE_TOLD = 2  # such references a page must make to tell its news as yesterday's
AFTERNOON = 12  # a page stamped from this hour on needs one: it cannot tell that day's night


def _event_days(analysis: Analysis) -> set[str]:
    """The days a page dates an event of its own to."""
    return {
        e.date
        for e in analysis.events
        if e.anchor in MAIN_ANCHORS and e.precision == "day" and len(e.date) == 10
    }


def _told_days(analyses: dict[str, Analysis]) -> tuple[Counter[str], dict[str, set[str]]]:
    """How many pages of a story date an event of their own to each day, and each page's days:
    a page's ``told`` is the first minus its own (computed once per story, not once per page)."""
    own = {doc_id: _event_days(a) for doc_id, a in analyses.items()}
    return Counter(day for days in own.values() for day in days), own


def _morning_days(analysis: Analysis) -> set[str]:
    """The days a page tells an event of its own in the morning of ("early Tuesday", "on
    Tuesday morning", "early on Tuesday")."""
    out: set[str] = set()
    for e in analysis.events:
        if e.anchor not in MAIN_ANCHORS or e.precision != "day" or len(e.date) != 10:
            continue
        if e.time_start is None or e.time_end is None:
            continue
        start, end = e.time_start - e.start, e.time_end - e.start
        if 0 <= start <= end <= len(e.sentence):
            if _MORNING.search(e.sentence[max(0, start - MORNING_REACH) : end]):
                out.add(e.date)
    return out


def _mornings_of_others(mornings: Counter[str], own: set[str]) -> frozenset[str]:
    """The days some page but this one tells news in the morning of (``mornings``: pages per
    day, ``own``: this page's)."""
    return frozenset(day for day, n in mornings.items() if n - (day in own) > 0)


def _told_by_others(told: Counter[str], own: set[str]) -> dict[str, int]:
    """``told`` without one page's own days: the pages but that one, per day."""
    return {day: n - (day in own) for day, n in told.items() if n - (day in own) > 0}


def next_morning(
    doc: Document,
    analysis: Analysis | None,
    told: dict[str, int],
    mornings: frozenset[str] = frozenset(),
) -> str | None:
    """The day after a page's stated date when the page was written then: it tells the day its
    story's other pages date their news to (``told``: pages per day) as "last night" or
    "yesterday" (once will do for a page stamped in the afternoon or evening), and no other page
    dates anything to the day before. A page keeps the date it was first put up while its text
    is rewritten the next morning; read against its stated day, its news would move a day early
    and its "today" would be the wrong day. Not when other pages tell that day's news in its
    morning (``mornings``: "early Tuesday"): a morning is no one's "last night" in its own time
    zone, so the page was written further west, where it was still the night before (a launch
    at 6am in Tokyo is "last night" in London), on its stated day."""
    stated = stated_date(doc)
    if not stated or analysis is None or told.get(stated, 0) < DAY_BEFORE_TOLD:
        return None
    if stated in mornings:
        return None
    ref = (analysis.reference_date or stated)[:10]
    before = [
        t
        for t in analysis.times
        if t.relative and _DAY_BEFORE.search(t.text) and t.value[:10] == _step(ref, -1)
    ]
    # stamped in the morning, "last night" may be the night of the news itself (an overnight
    # event its other pages date to the stamped day); stamped later in the day, once will do
    hour = stamp_hour(doc.published or "")
    needed = 1 if hour is not None and hour >= AFTERNOON else DAY_BEFORE_TOLD
    if len(before) < needed or told.get(_step(stated, -1), 0):
        return None
    return _step(stated, 1)


# "tonight", "this evening": the evening a page is written in, told as its own
_TONIGHT = re.compile(r"(?i)\b(?:tonight|this\s+evening)\b")
SMALL_HOURS = 6  # a stamp before this hour that tells "tonight" fell after the evening's midnight


def written_overnight(doc: Document, analysis: Analysis | None) -> str | None:
    """The day before a page's stamp when it is stamped in the small hours and tells "tonight"
    of its own day: it was written in the evening before (an American evening's page is stamped
    the next day in UTC), and read against its stamp its "tonight" and "today" fall a day late.
    A stamp at exactly midnight gives no clock time, only a day."""
    stamp = stated_date(doc)
    hour = stamp_hour(doc.published or "")
    if not stamp or analysis is None or hour is None or hour >= SMALL_HOURS:
        return None
    ref = (analysis.reference_date or stamp)[:10]
    tonight = [t for t in analysis.times if t.relative and _TONIGHT.search(t.text)]
    return _step(stamp, -1) if any(t.value[:10] == ref for t in tonight) else None


def _step(day: str, n: int) -> str:
    return (date.fromisoformat(day[:10]) + timedelta(days=n)).isoformat()


def _days(earlier: str, later: str) -> int:
    return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days


@dataclass
class StoryDates:
    """What a story's pages are dated by.

    ``docs``: the pages, undated ones copied with their estimated date filled in;
    ``estimated``: ids of the pages whose date is an estimate;
    ``reanalyze``: pages whose relative dates must be resolved again against the day given
    (their date came from the story, not from their own analysis).
    """

    docs: list[Document]
    estimated: set[str]
    reanalyze: dict[str, str]


def story_dates(
    docs: list[Document], analyses: dict[str, Analysis], relations: list[CopyRelation] | None = None
) -> StoryDates:
    """Date a story's pages by the rule above. Documents are copied, never changed in place."""
    by_id = {d.id: d for d in docs}
    original_date = {
        r.doc_id: d
        for r in relations or []
        if r.of_id in by_id and (d := stated_date(by_id[r.of_id]))
    }
    evidence = _StoryEvidence.of(docs, analyses, relations or [])
    out: list[Document] = []
    estimated: set[str] = set()
    redo: dict[str, str] = {}
    for doc in docs:
        analysis = analyses.get(doc.id)
        if moved := evidence.moved(doc):
            out.append(doc)
            if analysis is None or analysis.reference_date != moved:
                redo[doc.id] = moved
            continue
        if stated := stated_date(doc):
            out.append(doc)
            if analysis is not None and analysis.reference_date not in (None, stated):
                redo[doc.id] = stated  # read against another day by an earlier brief
            continue
        guess = analysis.published_estimate if analysis else None
        if not guess and doc.published and doc.published_source == ESTIMATED:
            guess = doc.published
        from_story = None
        if not guess:
            from_story = original_date.get(doc.id) or story_reference(docs, exclude=doc.id)
            guess = from_story
        if not guess:
            out.append(doc)
            continue
        estimated.add(doc.id)
        out.append(doc.model_copy(update={"published": guess[:10], "published_source": ESTIMATED}))
        if from_story and (analysis is None or analysis.reference_date != guess[:10]):
            redo[doc.id] = guess[:10]
    return StoryDates(out, estimated, redo)


@dataclass
class _StoryEvidence:
    """What the story's other pages say about when each page was written."""

    docs: list[Document]
    analyses: dict[str, Analysis]
    written: dict[str, str]  # a copy's id -> its original's stated day
    told: Counter[str]  # pages dating an event of their own to each day
    own_days: dict[str, set[str]]
    mornings: Counter[str]  # pages telling news in each day's morning
    own_mornings: dict[str, set[str]]
    batch: set[str]
    events: StoryEvents

    @classmethod
    def of(
        cls, docs: list[Document], analyses: dict[str, Analysis], relations: list[CopyRelation]
    ) -> _StoryEvidence:
        by_id = {d.id: d for d in docs}
        written = {
            r.doc_id: d
            for r in relations
            if r.kind in COPIES and r.of_id in by_id and (d := stated_date(by_id[r.of_id]))
        }
        told, own_days = _told_days(analyses)
        own_mornings = {doc_id: _morning_days(a) for doc_id, a in analyses.items()}
        mornings = Counter(day for days in own_mornings.values() for day in days)
        events = StoryEvents({d.id: d.text for d in docs}, analyses)
        batch = batch_pages(docs)
        return cls(docs, analyses, written, told, own_days, mornings, own_mornings, batch, events)

    def moved(self, doc: Document) -> str | None:
        """The day the page was really written, when its stamp is not it; else None."""
        analysis = self.analyses.get(doc.id)
        return (
            _reposted(doc, self.written.get(doc.id))
            or conflicting_date(doc, self.docs, analysis)
            or written_overnight(doc, analysis)
            or next_morning(
                doc,
                analysis,
                _told_by_others(self.told, self.own_days.get(doc.id, set())),
                _mornings_of_others(self.mornings, self.own_mornings.get(doc.id, set())),
            )
            or _written_late(doc, self.docs, self.analyses, doc.id in self.batch)
            or _written_early(doc, analysis, self.events)
        )


def _written_late(
    doc: Document, docs: list[Document], analyses: dict[str, Analysis], batch: bool
) -> str | None:
    """The earlier day a page stamped late was written on (``storyline.dating_told``); for a
    page of a batch stamped weeks late, whose days tell no earlier stamp, the story's latest
    earlier stamp."""
    stamp = stated_date(doc)
    if not stamp:
        return None
    # the days the story's other pages tell events on (pages re-stamped with it are no witnesses)
    others = [d.id for d in docs if stated_date(d) != stamp]
    told = Counter(day for i in others if i in analyses for day in story_days(analyses[i]))
    stamps = [s for d in docs if (s := stated_date(d)) and s != stamp]
    written = written_date(analyses.get(doc.id))
    found = written_late(doc, analyses.get(doc.id), stamp, told, stamps, written)
    return found or (batch_day(stamp, stamps, written) if batch else None)


def _written_early(doc: Document, analysis: Analysis | None, events: StoryEvents) -> str | None:
    """The day or few before its stamp a page was written on (``storyline.dating_early``)."""
    stamp = stated_date(doc) and doc.published
    return written_early(doc.id, analysis, stamp, events) if stamp else None


def effective_date(doc: Document, analysis: Analysis | None = None) -> str | None:
    """The day a page's relative dates were resolved against: its analysis's reference (the
    stated date, else the estimate from its content or its story), else its own date."""
    if analysis is not None and analysis.reference_date:
        return analysis.reference_date[:10]
    return doc.published[:10] if doc.published else None


def event_date(event: Event, page_day: str | None) -> tuple[str, str] | None:
    """(date, precision) of an event by the rule above; None when its page has no day to stand
    in for an undated past event."""
    if event.perfect and page_day and event.date[:10] > page_day:
        # "Vorn, who had announced the end of the curfew on August 20, said ...": an act told in
        # the past perfect came before its page's time; a later day is another event's
        return None
    if event.anchor == "since" and event.main_tense != "past" and _since_ahead(event, page_day):
        # "Since Tuesday, the Hawks have outscored Brenton 10-6": a state holds since a day that
        # has come; a later day is a weekday read the wrong way, not a day to show the state on
        return None
    if event.anchor == "before" and event.main_tense != "future" and event.date < (page_day or ""):
        # "Before the bid in November, its stock traded near $50": an act (or a state) before
        # a day before the page's is on no day the sentence tells, and surely not the page's
        return None
    if event.anchor == "after" and event.refers and event.date < (page_day or ""):
        # "After Tuesday's launch, the agency released images": some day after Tuesday's event,
        # which the sentence does not tell (the page's day is only the latest it can be)
        return None
    if event.anchor == "after" and page_day and _older(event.date, page_day, AFTER_DAYS):
        # "After gunmen attacked the club on Nov. 13, the president gave an address": an act
        # that followed an older event followed it soon, not on the page's day
        return None
    if event.anchor == "label" and event.main_tense != "past" and not _own_week(event, page_day):
        # "describes it as the 'March event'": a date inside a name dates nothing
        return None
    if event.anchor in OWN or event.main_tense in ("future", "state", "present"):
        return event.date, event.precision
    if event.main_tense == VAGUE:
        # "was charged this week after the video in December", "Earlier, he was handed ...":
        # the act's own time is vaguer than a day; the page's day is only the latest it can be
        return None
    if _own_week(event, page_day):
        return event.date, event.precision
    if event.anchor in _PLANNED_ON and not event.refers and _ahead(event.date, page_day):
        # "Seoul responded with an offer to hold talks on January 9": a past act is on no day
        # after its page's; the later day is the plan its noun or clause names, the sentence's
        # own date (the page's day may not even be the act's). "ahead of Friday's vote" names
        # another event: the act stays the page's news
        return event.date, event.precision
    if event.perfect and not event.backshift:
        # "police had arrested two men after Tuesday's fire": before the page's news, on no day
        # the sentence tells ("the minister said 11,500 had now left" holds as of the telling)
        return None
    if page_day:
        return page_day, PAGE_DATE
    return None


_PLANNED_ON = ("noun", "clause")  # anchors of a date on a noun or a clause, not the main verb


def _ahead(value: str, page_day: str | None) -> bool:
    """``value`` (a day or a month) begins after ``page_day``'s day (or month)."""
    if not page_day or len(value) not in (7, 10) or not value[:4].isdigit():
        return False
    return value > page_day[: len(value)]


_SINCE = re.compile(r"(?i)\bsince\s+(?:(?:late|early|last)\s+)?$")


def _since_ahead(event: Event, page_day: str | None) -> bool:
    """The event's date is the start of a state ("since Tuesday"; not its end: "until June")
    and lies after its page's day."""
    if event.time_start is None or not page_day or event.date[:10] <= page_day:
        return False
    before = event.sentence[: max(0, event.time_start - event.start)]
    return bool(_SINCE.search(before))


NOUN_WEEK = 6  # days before its page's: the week a page's news happened in
AFTER_DAYS = 7  # an event counted from one this much older than its page is not the page's news


def _older(value: str, page_day: str, days: int) -> bool:
    """``value`` (a day, month or year) ends more than ``days`` before ``page_day``."""
    if not value[:4].isdigit():
        return False
    try:
        last = _last_day(value)
    except ValueError:
        return False
    return _days(last, page_day) > days


def _last_day(value: str) -> str:
    if len(value) >= 10:
        return date.fromisoformat(value[:10]).isoformat()
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        nxt = date(year + month // 12, month % 12 + 1, 1)
        return (nxt - timedelta(days=1)).isoformat()
    return f"{value[:4]}-12-31"


def _own_week(event: Event, page_day: str | None) -> bool:
    """A past event whose only date hangs on a noun of its own sentence, not a possessive
    ("killed 50 people at a festival on Sunday", "a truck plowed through crowds celebrating
    on Thursday evening"), in its page's week: the noun's time is the event's own (the small
    parser often hangs the main verb's date on its object, or reads a dateline's verb as a
    noun's). "Tuesday's order" names another event, and an older date does too. A date in a
    clause the main verb is about ("tweeted about enduring the flight Tuesday night") or gives
    as its cause is, in the page's week, nearer the act's day than the page's own day is."""
    if event.anchor not in ("noun", "label", "clause") or event.refers:
        return False
    if event.precision != "day":
        return False
    if not page_day:
        return False
    if event.main_tense not in ("past", "") or len(event.date) != 10:
        return False
    return 0 <= _days(event.date, page_day) <= NOUN_WEEK


# ---------------------------------------------------------------- stated date against content

CONFLICT_DAYS = 30  # a stated date this long after every date the text writes is in conflict


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def text_dates(text: str) -> list[str]:
    """The full calendar dates (year, month and day) the text itself writes, as ISO days.
    Only the surroundings of a written year are parsed: the date patterns are slow to run
    over a whole text, and a full date always writes its year."""
    from storyline.clean.textmeta import find_dates

    found: set[str] = set()
    for m in _YEAR.finditer(text):
        window = text[max(0, m.start() - 40) : m.end() + 20]
        found.update(d.iso[:10] for line in window.split("\n") for d in find_dates(line))
    return sorted(found)


def content_date(doc: Document) -> str | None:
    """The day a page's content points to when its stated date conflicts with it, else None.

    A re-post or an archive copy carries the day it was put up again; its text still writes
    the days of what it reports. When the stated date lies more than CONFLICT_DAYS after every
    full date the text writes, the latest of those is the content's day. The stated date still
    counts for the page; story clustering places the page by its content.
    """
    stated = doc.published[:10] if doc.published and doc.published_source != ESTIMATED else None
    dates = text_dates(doc.text) if stated else []
    if not stated or not dates:
        return None
    latest = max(dates)
    gap = (date.fromisoformat(stated) - date.fromisoformat(latest)).days
    return latest if gap > CONFLICT_DAYS else None
