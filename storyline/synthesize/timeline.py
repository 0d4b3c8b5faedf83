"""Timeline: dated events merged across documents, with their precision and all their sources.

Each event comes from the analyzer (``storyline.analyze.events``), which has already decided
which expression dates a sentence and why (``Event.anchor``); ``storyline.dating.event_date``
says which date counts (the sentence's own, or its page's day for a past event whose sentence
only dates other events: precision "page date"). A relative clause's event is cited up to the
clause's end (``Event.cite_end``). The timeline reads analyses; it never parses.

One entry per event: on one date, sentences that tell the same event are one entry citing every
page that tells it. A sentence joins an entry when its wording is alike (TF-IDF cosine) to the
entry's head; a sentence that tells a moment of the day's event ("called at 6.10am") or refers
to it ("Wednesday's derailment") joins the entry most pages tell that day, unless it names
its own event by a word another entry names and that one does not (``_naming``). The merged
event reads as the sentence of an original page, stated in its own words before a page-dated
one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Any

from storyline.dating import PAGE_DATE, effective_date, event_date
from storyline.dating_early import SAME_EVENT
from storyline.model import Analysis, Citation, Document, Event, TimelineEvent
from storyline.synthesize.claims import stem_of
from storyline.synthesize.common import cite, count_independent, lead_end
from storyline.synthesize.event_kinds import event_kinds, kind_words
from storyline.synthesize.event_words import (
    SAYING,
    act_word,
    clash,
    event_words,
    light_words,
    owned_words,
    retold,
    share_actor,
)
from storyline.synthesize.timeline_agents import acts_on_day, agents_retold, latest_of, passive
from storyline.synthesize.timeline_doers import actor_forms, doers, named_before, subjects
from storyline.synthesize.timeline_done import Planned, rejoin_done
from storyline.synthesize.timeline_measures import measured
from storyline.synthesize.timeline_months import Ahead, near_words, rejoin_months
from storyline.synthesize.timeline_named import Named, named_days, says
from storyline.synthesize.timeline_plans import planned
from storyline.synthesize.timeline_recalled import Recalled, rejoin_recalled
from storyline.synthesize.timeline_said import Said, rejoin_said
from storyline.synthesize.timeline_stale import Page, Row, restamped, vouched_pages
from storyline.synthesize.timeline_tellers import (
    Who,
    opening_name,
    opening_pronoun,
    resolved,
    speaker_days,
    tellers,
    whom,
)
from storyline.synthesize.timeline_weeks import Told, rejoin_weeks

__all__ = ["PAGE_DATE", "build_timeline", "redate"]

MAIN_PAGES = 2  # pages that must tell an entry for it to be the day's main event
MAX_EVENTS = 40
DATED = ("day", "month", "week", "range", "time")
BACKGROUND_DAYS = 7
LEAD_CHARS = 600  # a page's lede starts within its first few lines
RECALLED_MONTHS = 4  # more than a quarter back: the story's background, not its developments


@dataclass
class _Dated:
    doc: Document
    event: Event
    span: tuple[int, int]
    # Dated by a time of day ("called at 6.10am"), or referring to an event (``Event.refers``:
    # "Wednesday's derailment", "what happened yesterday"): a moment of, or a reference to,
    # the day's event rather than an event of its own.
    detail: bool = False
    # The verb the date hangs on and the people and organisations the sentence names: the same
    # act by the same actor on one day is one event ("Equifax said Monday that ..." twice).
    act: tuple[str, frozenset[str]] = ("", frozenset())
    # A day over a week before the page's own, or a month before its month: what one page
    # tells of such a day or month is background, one past event ("an incident occurred on 31
    # October", "in August, when the board first heard of it ..."); the days of the week
    # before are the story's own news, often several events a day.
    earlier: bool = False
    # The page's first dated sentence, near its top, dated to a day of its own week: its lede,
    # which tells the page's news. Ledes of several pages dated on one day tell that day's news
    # in their own words (a fire reported five ways): one event, whatever their wording.
    lead: bool = False
    # A month more than a quarter before the page's: what pages recall from so far back is the
    # story's background ("the pact signed in June"), one event per month, where a recent month
    # holds several of the story's own developments.
    long_ago: bool = False
    # The words that name the event itself: the verb its date hangs on, or the noun the date
    # owns ("Friday's drill", "the drill on Friday night"), as stems. Pages retell one event in
    # other sentences that keep its word ("drilled on May 9", "of Friday's drill").
    words: frozenset[str] = frozenset()
    # Its date was read against its page's date (a weekday, "yesterday", the page's own day):
    # a page stamped weeks late moves it (``timeline_stale``).
    relative: bool = False
    # The page's lede, dated by a verb of saying on the page's own day ("A flight returned to
    # Los Angeles, the airline said Wednesday"): it may retell an earlier day's news
    # (``timeline_said``).
    said_lede: bool = False
    # The act is done by its doers, in the active voice, and is no saying ("the gunman opened
    # fire on Sunday", not "was arrested", nor "said"): its doers are the event's agents.
    agents: frozenset[str] = frozenset()
    # The day a page-dated sentence's date names and the noun it owns ("entered orbit after
    # Tuesday's launch"): the event it refers to (``timeline_named``).
    named: str = ""
    owned: frozenset[str] = frozenset()
    # Dated to a day its page had reached: told once it could have happened, not forecast.
    reached: bool = False
    # Who states the sentence on its day, a day its page had reached, when it names no event
    # of its own
    # (``timeline_tellers``): the speaker of a verb of saying the date hangs on, or the speaker
    # the analyzer gives its words who also does the act dated ("Vell said the situation was
    # under control early today"). Such a statement joins its speaker's act of the day.
    stated: frozenset[str] = frozenset()
    # The doers named as the subject, before the verb ("Mr. Rask ordered"; not "told Rask").
    subjects: frozenset[str] = frozenset()
    # A "he" or "she" of the cited span and whom it stands for ("He confirmed ...", "..., she
    # said"), when known: where it ends in the span, and the name.
    who: Who = (-1, "")


def redate(doc: Document, event: Event, page_day: str | None) -> tuple[Event, int, int] | None:
    """The event dated by ``storyline.dating.event_date``, with the span to cite (from after a
    dateline; up to a relative clause's end); None when nothing dates it."""
    dated = event_date(event, page_day)
    if dated is None:
        return None
    start = lead_end(doc.text, event.start, event.end)
    end = event.cite_end if event.anchor == "relative" and event.cite_end else event.end
    moved = event.model_copy(update={"date": dated[0], "precision": dated[1]})
    return moved, start, end


def _events(doc: Document, analysis: Analysis) -> list[_Dated]:
    out: list[_Dated] = []
    page_day = effective_date(doc, analysis)
    first = min((e.start for e in analysis.events if e.precision in DATED), default=-1)
    clock = {t.start for t in analysis.times if t.precision == "time"}
    relative = {t.start for t in analysis.times if t.relative}
    actors = actor_forms(analysis)
    for ev in analysis.events:
        if ev.precision not in DATED or not 0 <= ev.start < ev.end <= len(doc.text):
            continue
        found = redate(doc, ev, page_day)
        if found is None or measured(doc.text, ev):  # "to its closing price on Friday"
            continue
        named = ev.date
        ev, start, end = found
        if len(doc.text[start:end].split()) < 5:  # a bare dateline, not an event
            continue
        detail = ev.time_start in clock or (ev.precision != PAGE_DATE and ev.refers)
        detail = detail or latest_of(doc.text, ev)
        # "called Monday's indictment a political trial", on Monday's page: the day's event
        detail = detail or (ev.precision == PAGE_DATE and ev.refers and named == page_day)
        act = (act_word(ev.verb), doers(ev, actors) or named_before(doc.text, ev, actors))
        earlier = _background(ev, page_day)
        lead = ev.start == first < LEAD_CHARS and ev.precision == "day" and not earlier
        long_ago = earlier and _months_before(ev.date, page_day) >= RECALLED_MONTHS
        told = event_words(doc.text, ev)
        read = ev.precision == PAGE_DATE or ev.time_start in relative
        said = lead and act[0] == SAYING and ev.date == page_day
        reached = ev.precision == "day" and bool(page_day) and ev.date <= (page_day or "")
        agents = act[1] if acts_on_day(ev, act[0]) and not passive(doc.text, ev) else frozenset()
        out.append(
            _Dated(
                doc,
                ev,
                (start, end),
                detail,
                act,
                earlier,
                lead,
                long_ago,
                told,
                read,
                said,
                agents,
                named if ev.precision == PAGE_DATE and not _statement(doc.text, ev) else "",
                frozenset(owned_words(doc.text, ev)),
                reached,
                _stated(analysis, ev, act) if not told and reached else frozenset(),
                subjects(ev, actors, act[1]),
                _who(doc.text, analysis, ev, (start, end), act[1]),
            )
        )
    return out


def _stated(analysis: Analysis, ev: Event, act: tuple[str, frozenset[str]]) -> frozenset[str]:
    """Who states the sentence: the doers of a verb of saying, or a speaker the analyzer gives
    its words who also does the act dated."""
    if act[0] == SAYING:
        return act[1]
    return frozenset(k for k in tellers(analysis, ev) if share_actor(frozenset({k}), act[1]))


def _who(
    text: str, analysis: Analysis, ev: Event, span: tuple[int, int], doers: frozenset[str]
) -> Who:
    """Whom a "he" or "she" of the cited span stands for (``timeline_tellers``)."""
    found = whom(analysis, ev, span)
    return found if found[1] else opening_name(text[span[0] : span[1]], analysis, doers)


def build_timeline(
    docs: list[Document],
    analyses: dict[str, Analysis],
    groups: dict[str, str],
    originals: set[str],
    vectorize: Callable[[list[str]], Any],
) -> list[TimelineEvent]:
    dated = [d for doc in docs if (a := analyses.get(doc.id)) for d in _events(doc, a)]
    if not dated:
        return []
    # Within a date, an event stated in its own words heads its group before a page-dated one.
    dated.sort(
        key=lambda d: (d.event.date, d.event.precision == PAGE_DATE, d.doc.id not in originals)
    )
    vectors = vectorize([d.doc.text[d.span[0] : d.span[1]] for d in dated])
    pages = _pages(docs, analyses, groups)
    dated, vectors = _restamped(dated, vectors, pages, vouched_pages(docs, analyses, pages))
    if not dated:
        return []
    _refer_to_named(dated)
    by_date: dict[str, list[int]] = {}
    for i, d in enumerate(dated):
        by_date.setdefault(d.event.date, []).append(i)
    merged: list[list[int]] = []
    for rows in by_date.values():
        sims = (vectors[rows] @ vectors[rows].T).toarray()  # one product per date
        merged += _same_events(rows, sims, dated)
    merged = rejoin_weeks(merged, [_week_told(d) for d in dated], _likeness(vectors), SAME_EVENT)
    merged = rejoin_said(merged, [_said(d) for d in dated], _likeness(vectors), SAME_EVENT)
    merged = rejoin_months(merged, [_ahead(d, pages[d.doc.id]) for d in dated])
    merged = rejoin_recalled(
        merged, [_recalled(d, pages[d.doc.id]) for d in dated], _likeness(vectors)
    )
    merged = rejoin_done(merged, [_planned(d) for d in dated])
    out = [_entry(dated, members, groups) for members in merged]
    if len(out) > MAX_EVENTS:  # keep the best-supported events of a large story
        out.sort(key=lambda e: -e.independent_sources)
        out = out[:MAX_EVENTS]
    out.sort(key=lambda e: e.date)
    return out


def _pages(
    docs: list[Document], analyses: dict[str, Analysis], groups: dict[str, str]
) -> dict[str, Page]:
    return {
        doc.id: Page(doc.outlet or groups.get(doc.id, doc.id), _page_day(doc, analyses))
        for doc in docs
    }


def _page_day(doc: Document, analyses: dict[str, Analysis]) -> str:
    return effective_date(doc, analyses.get(doc.id)) or ""


def _restamped(
    dated: list[_Dated], vectors: Any, pages: dict[str, Page], vouched: set[str]
) -> tuple[list[_Dated], Any]:
    """The sentences of pages stamped weeks late (``timeline_stale``): a retelling of an
    event other outlets date takes their day and joins their entry (as a moment of it); the
    page's other dates read against its stamp are dropped."""
    rows = [
        Row(
            d.doc.id,
            _day(d.event),
            d.relative and d.doc.id not in vouched,  # its own dates stand
            d.words,
            _stems(d.event.sentence),
        )
        for d in dated
    ]

    def like(i: int, others: list[int]) -> float:
        return float((vectors[[i]] @ vectors[others].T).toarray().max())

    def differ(i: int, j: int) -> bool:
        return clash(dated[i].event, dated[j].event)

    moved = restamped(rows, pages, like, differ, SAME_EVENT)
    if not moved:
        return dated, vectors
    kept: list[int] = []
    for i, d in enumerate(dated):
        if i in moved and moved[i] is None:
            continue
        if i in moved:
            d.event = d.event.model_copy(update={"date": moved[i], "precision": "day"})
            d.detail, d.lead, d.earlier = True, False, False
        kept.append(i)
    # A moved row joins its day's entry as a moment of it (never its head), wherever it sorts.
    return [dated[i] for i in kept], vectors[kept]


def _statement(text: str, ev: Event) -> bool:
    return ev.time_start is not None and says(text[ev.start : ev.time_start])


def _refer_to_named(dated: list[_Dated]) -> None:
    """A page-dated sentence naming an earlier day's event that another sentence dates joins
    that day as a moment of it (``timeline_named``)."""
    rows = [
        Named(d.event.date, d.event.precision == PAGE_DATE, d.named, d.owned, d.words)
        for d in dated
    ]
    for i, day in named_days(rows).items():
        d = dated[i]
        d.event = d.event.model_copy(update={"date": day, "precision": "day"})
        d.detail, d.lead, d.earlier = True, False, False


def _stems(sentence: str) -> frozenset[str]:
    return frozenset(stem_of(w) for w in re.findall(r"[a-z]+", sentence.lower()))


def _day(ev: Event) -> str:
    return ev.date if ev.precision in ("day", PAGE_DATE) and len(ev.date) == 10 else ""


def _said(d: _Dated) -> Said:
    ev = d.event
    told = ev.sentence[: ev.verb_start - ev.start] if ev.verb_start is not None else ""
    return Said(d.doc.id, _day(ev), d.said_lede, told, d.words)


def _week_told(d: _Dated) -> Told:
    ev = d.event
    when = d.doc.text[ev.time_start : ev.time_end] if ev.time_start is not None else ""
    return Told(d.doc.id, ev.date if ev.precision == "day" else "", when, d.words)


def _ahead(d: _Dated, page: Page) -> Ahead:
    ev = d.event
    near = near_words(d.doc.text, ev.time_start, ev.time_end)
    return Ahead(page.source, page.day, ev, d.words | near)


def _recalled(d: _Dated, page: Page) -> Recalled:
    return Recalled(page.day, d.event, planned(d.doc.text, d.event))


def _planned(d: _Dated) -> Planned:
    ev = d.event
    near = near_words(d.doc.text, ev.time_start, ev.time_end)
    return Planned(ev, planned(d.doc.text, ev), d.reached, _plan_words(d) | near)


def _plan_words(d: _Dated) -> frozenset[str]:
    """The words naming a sentence's event, with the noun a light verb carries ("make
    landfall"): a plan and its happening name it alike."""
    return d.words | light_words(d.doc.text, d.event)


def _likeness(vectors: Any) -> Callable[[list[int], list[int]], float]:
    def like(a: list[int], b: list[int]) -> float:
        return float((vectors[a] @ vectors[b].T).toarray().max())

    return like


def _same_events(rows: list[int], sims: Any, dated: list[_Dated]) -> list[list[int]]:
    """The events among one date's sentences (``rows``, in heading order): a sentence joins the
    first entry whose head sentence is worded alike. A sentence that tells a moment of the day's
    event or refers to it (``_Dated.detail``) joins, without a like-worded entry, the entry most
    pages tell that day, unless another entry names its event (``_naming``)."""
    buckets: list[list[int]] = []  # positions in rows
    sims = _kinds_apart(sims, [_kinds(dated[i]) for i in rows])
    moments = [k for k, i in enumerate(rows) if dated[i].detail]
    acts = [dated[i].act for i in rows]
    for k in range(len(rows)):
        if k in moments:
            continue
        told = next((b for b in buckets if _same_past(dated[rows[k]], dated[rows[b[0]]])), None)
        if told is None:
            told = next((b for b in buckets if _ledes(dated, rows, b, k)), None)
        if told is not None:
            told.append(k)
        else:
            _join(buckets, k, sims, acts)
    for k in moments:
        like = [b for b in buckets if any(sims[k, j] >= SAME_EVENT for j in b)]
        main = max(buckets, key=lambda b: len({dated[rows[j]].doc.id for j in b}), default=None)
        target = like[0] if like else _naming(buckets, dated[rows[k]].words, rows, dated, main)
        if target is main and not like and _kind_of_its_own(dated, rows, k, main):
            target = None
        if target is None:
            _join(buckets, k, sims, acts)
        else:
            target.append(k)
    buckets = _into_main(buckets, sims, [dated[i].doc.id for i in rows], acts)
    buckets = _acts_retold(buckets, acts)
    # one speaker's statements and acts of the day are one entry (``timeline_tellers``)
    buckets = speaker_days(
        buckets,
        [dated[i].stated for i in rows],
        [frozenset[str]() if dated[i].detail else dated[i].subjects for i in rows],
    )
    # who made the day's news by saying it is one of its agents too (``timeline_agents``)
    speakers = [acts[k][1] if acts[k][0] == SAYING else frozenset[str]() for k in range(len(rows))]
    buckets = agents_retold(
        buckets, [dated[i].doc.id for i in rows], [dated[i].agents for i in rows], speakers
    )
    # A moment or reference joined the main entry by default, not by its words: it names no
    # event to merge another entry by (a broadcast recorded that afternoon joined the day's
    # accident). Outlets name one event by words of one kind ("derailed", "came off the
    # tracks"): the kind names it too (``event_kinds``).
    naming = [frozenset[str]() if dated[i].detail else _naming_words(dated[i]) for i in rows]
    buckets = retold(buckets, [dated[i].event for i in rows], naming)
    return [[rows[k] for k in bucket] for bucket in buckets]


def _kind_of_its_own(dated: list[_Dated], rows: list[int], k: int, main: list[int] | None) -> bool:
    """A moment that joins the day's main entry by default names an event of a kind the main
    entry's sentences name none of ("the explosion at the depot on Wednesday killed a guard",
    beside the day's meeting; "the driver was arrested at 10am", beside the crash): it is an
    event of its own."""
    if main is None:
        return False
    told = [dated[rows[j]] for j in main if not dated[rows[j]].detail]
    own = dated[rows[k]]
    # A moment naming the main event by its head's word ("called Monday's indictment a
    # political trial", beside "the court indicted her on Monday") refers to it, when its own
    # words name no kind: a kind read from the sentence's other words ("to justify her
    # arrest") is another event it recalls.
    if own.words & dated[rows[main[0]]].words and not event_kinds(own.words):
        return False
    theirs = frozenset(w for d in told for w in _kinds(d))
    return _other_kinds_of(_kinds(own), theirs)


def _kinds_apart(sims: Any, kinds: list[frozenset[str]]) -> Any:
    """The wording likeness of one date's sentences, nil between two that name their events by
    words of different kinds: "the ferry capsized with 112 people on board" and "rescuers saved
    97 of the 112 people on board" share words, but tell the wreck and the rescue."""
    out = sims.copy()
    for a, b in combinations(range(len(kinds)), 2):
        if kinds[a] and kinds[b] and not kinds[a] & kinds[b]:
            out[a, b] = out[b, a] = 0.0
    return out


def _naming_words(d: _Dated) -> frozenset[str]:
    return d.words | _kinds(d)


def _naming(
    buckets: list[list[int]],
    words: frozenset[str],
    rows: list[int],
    dated: list[_Dated],
    main: list[int] | None,
) -> list[int] | None:
    """The entry a moment or reference joins when no entry is worded like it: the day's main
    entry, unless it names its own event by a word (``_Dated.words``) that the main entry's
    sentences do not name and another entry's do: "that was pre-taped this afternoon" is the
    recording "the president taped earlier today" tells, not the day's attack."""

    def named(bucket: list[int]) -> frozenset[str]:
        told = (dated[rows[j]] for j in bucket)
        return frozenset(w for d in told if not d.detail for w in d.words)

    if not words or (main is not None and words & named(main)):
        return main
    return next((b for b in buckets if words & named(b)), main)


def _into_main(
    buckets: list[list[int]], sims: Any, pages: list[str], acts: list[tuple[str, frozenset[str]]]
) -> list[list[int]]:
    """The day's main event (the entry most pages tell) takes every other entry whose head is
    worded like any of its sentences: pages tell the day's news in many words ("fired a
    missile over Hokkaido", "the launch set off sirens"), and its many sentences hold the
    words of each telling; a head compared with the main entry's head alone misses them. It
    also takes what its own actors said that day ("Vantor said on Monday its offer was
    final", beside "Vantor raised its offer on Monday"): the statement that made the news."""
    if len(buckets) < 2:
        return buckets
    main = max(buckets, key=lambda b: len({pages[j] for j in b}))
    if len({pages[j] for j in main}) < MAIN_PAGES:
        return buckets
    out = [main]
    doers = frozenset(key for j in main for key in acts[j][1])
    for bucket in buckets:
        if bucket is main:
            continue
        if max(sims[bucket[0], j] for j in main) >= SAME_EVENT or _says(acts[bucket[0]], doers):
            main.extend(bucket)
        else:
            out.append(bucket)
    return out


def _says(act: tuple[str, frozenset[str]], doers: frozenset[str]) -> bool:
    return act[0] == SAYING and share_actor(act[1], doers)


def _background(ev: Event, page_day: str | None) -> bool:
    if not page_day:
        return False
    if ev.precision == "month" and len(ev.date) == 7:
        return ev.date < page_day[:7]  # a month before the page's: told once, as background
    if ev.precision != "day" or len(ev.date) != 10:
        return False
    return (date.fromisoformat(page_day) - date.fromisoformat(ev.date)).days > BACKGROUND_DAYS


def _ledes(dated: list[_Dated], rows: list[int], bucket: list[int], k: int) -> bool:
    """The bucket holds a day another page tells as its news or recalls, as row k does: pages
    leading with one day, or recalling it, tell that day's one event (a fire reported five
    ways; the flood every later report recalls), unless they name it by words of different
    kinds (one leads with a stabbing, another with the day's bombing: ``event_kinds``)."""
    own = dated[rows[k]]
    return _told(own) and any(
        _told(dated[rows[j]])
        and dated[rows[j]].doc.id != own.doc.id
        and not _other_kinds(own, dated[rows[j]])
        for j in bucket
    )


def _other_kinds(a: _Dated, b: _Dated) -> bool:
    return _other_kinds_of(_kinds(a), _kinds(b))


def _other_kinds_of(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    return bool(ours and theirs and not ours & theirs)


def _kinds(d: _Dated) -> frozenset[str]:
    return kind_words(d.words, d.event.sentence, d.act[0] == SAYING)


def _same_past(a: _Dated, b: _Dated) -> bool:
    return a.earlier and b.earlier and a.doc.id == b.doc.id


def _told(d: _Dated) -> bool:
    """A day a page tells as its news (its lede) or recalls as background, or a month it
    recalls from long ago."""
    return d.lead or d.long_ago or (d.earlier and d.event.precision == "day")


def _months_before(value: str, page_day: str | None) -> int:
    if not page_day or len(value) < 7 or not value[:4].isdigit():
        return 0
    return (int(page_day[:4]) - int(value[:4])) * 12 + int(page_day[5:7]) - int(value[5:7])


def _join(
    buckets: list[list[int]], k: int, sims: Any, acts: list[tuple[str, frozenset[str]]]
) -> None:
    """Add row k to the first bucket whose head is worded alike or tells the same act by the
    same actor, else to a new one (a head, not any member: chains of alike pairs would join
    different events of one busy day)."""
    for bucket in buckets:
        if sims[k, bucket[0]] >= SAME_EVENT or _same_act(acts[k], acts[bucket[0]]):
            bucket.append(k)
            return
    buckets.append([k])


def _same_act(ours: tuple[str, frozenset[str]], theirs: tuple[str, frozenset[str]]) -> bool:
    return bool(ours[0]) and ours[0] == theirs[0] and share_actor(ours[1], theirs[1])


def _acts_retold(
    buckets: list[list[int]], acts: list[tuple[str, frozenset[str]]]
) -> list[list[int]]:
    """One date's entries with every two that tell the same act by the same actor, in any of
    their sentences, merged: a sentence joins the first entry alike in wording, so one
    actor's act may head one entry ("made the announcement in a letter released Tuesday",
    joined by the page's "announced his retirement on Tuesday") and head another ("announced
    his retirement on Tuesday", another page's lede). Acts are no wording: no chain of alike
    pairs joins them."""
    out = [list(b) for b in buckets]
    merged = True
    while merged:
        merged = False
        for a, b in combinations(range(len(out)), 2):
            if any(_same_act(acts[i], acts[j]) for i in out[a] for j in out[b]):
                out[a].extend(out.pop(b))
                merged = True
                break
    return out


def _entry(dated: list[_Dated], members: list[int], groups: dict[str, str]) -> TimelineEvent:
    head = dated[members[0]]
    plans = [planned(dated[i].doc.text, dated[i].event) for i in members]
    citations: list[Citation] = []
    seen: set[tuple[str, int]] = set()
    order = _told_done_first(dated, members, plans)
    for i in order:
        d = dated[i]
        if (d.doc.id, d.span[0]) in seen:
            continue
        seen.add((d.doc.id, d.span[0]))
        citations.append(cite(d.doc, *d.span))
    return TimelineEvent(
        date=head.event.date,
        precision=head.event.precision,
        text=_readable(citations, dated[order[0]].who),
        citations=citations,
        independent_sources=count_independent({c.doc_id for c in citations}, groups),
        planned=all(plans),
    )


def _told_done_first(dated: list[_Dated], members: list[int], plans: list[bool]) -> list[int]:
    """The entry's sentences with the first that tells its event as done, on its day, by a page
    written once the day had come, and names it by the head's word, read first: an event
    forecast on one page and told as happened on another ("Landfall is expected on Saturday
    night", "Odessa made landfall on Saturday night") reads as what happened. A sentence that
    shares no word with the head may tell another event the entry took in ("will be removed
    tomorrow" beside a statement made "this morning"): the entry keeps its order."""
    head = dated[members[0]]
    done = [
        k
        for k, i in enumerate(members)
        if not plans[k]
        and dated[i].reached
        and dated[i].event.date == head.event.date
        and _plan_words(dated[i]) & _plan_words(head)
    ]
    if not done or not plans[0]:
        return members
    # a sentence telling the event itself before one referring to it ("Saturday's landfall")
    first = min(done, key=lambda k: dated[members[k]].detail)
    return [members[first], *(i for k, i in enumerate(members) if k != first)]


def _readable(citations: list[Citation], who: Who) -> str:
    """The entry's text: its first citation, with whom its "he" or "she" stands for set beside
    it; unknown, another citation's sentence that does not open on one, if any."""
    first = citations[0].text
    if who[1]:
        return resolved(first, *who)
    if not opening_pronoun(first):
        return first
    return next((c.text for c in citations if not opening_pronoun(c.text)), first)
