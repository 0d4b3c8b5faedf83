"""Event candidates: sentences that carry a resolved date, for the story timeline.

One candidate per sentence holding a calendar date (day, month or year precision, or a time of
day on a known day, which dates its day; durations, sets, weeks, vague references and
unresolved ``X`` values do not count). A line that is nothing but a date (a dateline or page
header) is no event.

With a parse, each date is traced to the verb it hangs on (through prepositions and adverbial
noun phrases), and that verb's place in the sentence says whose date it is:

- ``main``: the sentence's main verb (its root, or a verb joined to it by "and", or an
  infinitive under it); "X said on Friday that ..." dates the saying;
- ``reported``: the verb of a clause reported by the main verb ("X said Y left on Friday"
  dates the leaving);
- ``relative``: a relative clause ("Vorn, who ordered the evacuation on Tuesday, said ...");
- ``since``: the start or end of a state ("since Tuesday night", "until June");
- ``after``: another event the sentence counts from ("after the spillway collapsed on
  Wednesday", "a day after the vote");
- ``noun``: a noun's own event ("Tuesday's order", "the order issued on Tuesday");
- ``label``: part of a name (a holiday naming a kind: "a Christmas office party"; a date in
  quotation marks: the "March event"), no time of the sentence's act;
- ``clause``: another subordinate clause ("because troops crossed on Monday").

A sentence is dated by its main or reported dates (the most precise, first in the text, wins:
"On Oct 18 ... since June" is an Oct 18 event); when it has none, by the best of the others,
with ``Event.anchor`` telling the timeline why that date is not the sentence's own, and
``Event.main_tense`` the tense of the undated main clause (a past event told as the day's news
takes its page's date; a plan or a state does not: see ``storyline.dating.event_date``).

Without a parse (text-only callers), the sentence's words decide the same roles (``since``,
``after``, ``noun``, ``relative``: see ``subordinate``). Either way a relative clause's event
is cited up to the clause's end when the sentence goes on (``Event.cite_end``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from spacy.tokens import Doc, Span, Token

from storyline.analyze.event_furniture import (
    CALENDAR_WORD,
    WEEKDAY,
    not_an_event,
    player_line,
    wire_caption,
)
from storyline.analyze.event_names import (
    STATE_VERBS,
    calendar_only,
    converted,
    counted_gives_way,
    dated_in,
    dateline_days,
    definite,
    event_named,
    named_date,
    negated_bound,
    same_time_written,
    until_dates_act,
    weekday_span,
)
from storyline.analyze.event_perfect import main_perfect, pluperfect, reported_perfect
from storyline.analyze.event_prior import dated_plan, prior_act
from storyline.analyze.event_sequel import counted_on
from storyline.analyze.event_tense import (
    VAGUE,
    clock_days,
    clock_starts,
    dangling_gerund,
    earlier,
    lasting,
    nowadays,
    present_main,
    subject_date,
)
from storyline.analyze.event_years import named_years
from storyline.analyze.nlp import doc_text
from storyline.analyze.times import resolved_date, sentence_spans
from storyline.analyze.times.lexicon import HAPPEN_VERBS, MODALS, SPEECH_VERBS, TIME_NOUNS
from storyline.lexicon import SMALL_COUNTS
from storyline.lexicon.captions import CREDITED
from storyline.model import MAIN_ANCHORS, PRIOR_ANCHOR, Entity, Event, TimeExpression
from storyline.textutil import trim_span

MAIN = MAIN_ANCHORS
LABEL = "label"  # Event.anchor of a date that is part of a name (see ``_label``)

_RANK = {"day": 0, "month": 1, "year": 2}
_BOUNDS = {"since", "until", "till", "from"}
_AFTER = {"after", "before", "following"}
# Subordinating words of a clause that happens at another time than the main one; "when",
# "as" and "while" clauses share the main clause's time.
_OTHER_TIME = {"after", "before", "since", "until", "till", "once", "following"}
_OTHER_EVENT = {"because", "if", "unless", "although", "though", "whereas", "since"}
_SPEECH_DEPS = ("ccomp", "parataxis")
_PERIODS = {"quarter", "period", "season", "term", "half"}
# Prepositions whose gerund shares the main clause's time ("by signing on Friday"), or adds the
# circumstance that dates it ("tensions have run high, with the North blowing up roads on Oct 15").
_SAME_TIME_PREPS = {"by", "in", "on", "while", "during", "upon", "at", "with"}
_COUNT = re.compile(
    rf"(?i)(?P<num>\d+|a\s+couple(?:\s+of)?|an?|{'|'.join(SMALL_COUNTS)})"
    r"[\s-]+(?P<unit>day|week|month|year)s?\s+(?P<dir>after|before)$"
)
_PLACING_VERBS = {"come"} | HAPPEN_VERBS
_NUMBERS = {"a": 1, "an": 1, **SMALL_COUNTS}  # any other count is "a couple (of)": two


@dataclass
class Anchor:
    """Where a time expression hangs in the parse: the verb and that verb's place."""

    time: TimeExpression
    verb: Token | None
    role: str


def _as_date(t: TimeExpression) -> TimeExpression:
    """A time of day on a known day ("2024-10-24TNI", "2024-10-24T17:00") dates its day."""
    if t.precision == "time" and resolved_date(t.value[:10]) and len(t.value) > 10:
        return t.model_copy(update={"value": t.value[:10], "precision": "day"})
    return t


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def _timely(tok: Token, span: Span) -> bool:
    """Part of the time phrase: the expression itself, a date word or a time noun."""
    return (
        tok in span
        or tok.ent_type_ in ("DATE", "TIME")
        or tok.lower_ in TIME_NOUNS
        or tok.pos_ in ("NUM", "DET", "ADV", "ADJ")
        and tok.head in span
    )


def _bound_is_span(prep: Token) -> bool:
    """ "from Monday to Friday": the event's own span, not a start."""
    return prep.lower_ == "from" and any(
        c.lower_ in ("to", "until", "through", "till")
        for c in (*prep.head.children, *prep.children)
    )


def _attachment(span: Span) -> tuple[Token | None, str | None]:
    """The verb a date hangs on, and why the date is not that verb's own (None: it is)."""
    tok = span.root
    why: str | None = None
    through_noun: Token | None = None
    for _ in range(12):
        head = tok.head
        if head.i == tok.i:
            return (tok if _is_verb(tok) else None), why
        if tok.dep_ == "poss" and not _timely(head, span) and not _topic(head):
            # "Tuesday's order", unless the noun leads its clause ("Friday's missile flew ..."):
            # that is the sentence's topic. A date compounded with a noun ("a Sunday service",
            # "its Friday issue") mostly dates the main verb too, and the small model often
            # misattaches it
            through_noun = through_noun or head
            why = why or "noun"
        if _is_verb(head) and head not in span:
            return head, why
        if head.dep_ == "prep" or head.pos_ == "ADP":
            word = head.lower_
            if word in _BOUNDS and not _bound_is_span(head) and not until_dates_act(head):
                why = why or "since"
            elif word in _AFTER and through_noun is not None:
                why = why or _after_or_before(word)  # "after the collapse on Wednesday"
        elif head.pos_ in ("NOUN", "PROPN") and not _timely(head, span):
            through_noun = through_noun or head
            if head.dep_ == "poss":
                why = why or "noun"
        tok = head
    return None, why


def _after_or_before(word: str) -> str:
    """ "before the vote in November": the act came before that date (``before``); "after" or
    "following" it: after (``after``)."""
    return "before" if word == "before" else "after"


def _reported_object(noun: Token) -> bool:
    """The object of a speech verb: "said troops left": "troops" heads what was said."""
    return noun.dep_ == "dobj" and noun.head.lemma_ in SPEECH_VERBS


def _marks(verb: Token) -> set[str]:
    """The words that open an adverbial clause ("after", "when"). Without a subject of its own,
    the clause may have one the small model took for a preposition's object ("after part of
    the spillway collapsed on Wednesday": "after part" read as a phrase)."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if marks or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return marks
    preps = [
        c
        for c in verb.head.children
        if c.dep_ == "prep" and c.i < verb.i and c.lower_ in _OTHER_TIME | _OTHER_EVENT
    ]
    if preps and not any(t.text in (",", ";") for t in verb.doc[preps[-1].i : verb.i]):
        return {preps[-1].lower_}
    return marks


def _set_off(verb: Token) -> bool:
    """A relative clause set off by a comma tells of another event ("Vorn, who ordered the
    evacuation on Tuesday, said ..."); a restrictive one mostly shares the main clause's time
    ("could not stop the bullet that tore through his window Friday night")."""
    first = min(t.i for t in verb.subtree)
    return first > 0 and verb.doc[first - 1].text in (",", "(", "—", "–", "-")


def _topic(noun: Token) -> bool:
    """A noun before its clause's verb (its subject, or a scene-setting phrase: "In a poll
    completed on Saturday, 69 percent said ..."): a date it carries is the sentence's."""
    verb = noun
    for _ in range(8):
        if _is_verb(verb) or verb.head.i == verb.i:
            break
        verb = verb.head
    return _is_verb(verb) and noun.i < verb.i


def _clause_role(verb: Token) -> str:
    """The place of a verb's clause: main, reported, relative, after, since, noun, clause."""
    role = "main"
    v = verb
    for _ in range(12):
        dep = v.dep_
        head = v.head
        if dep == "ROOT" or head.i == v.i:
            return "clause" if dangling_gerund(v) else role
        if dep == "relcl" and _set_off(v):
            return "relative"
        if dep == "acl" and _rootless(v):
            return role
        if dep == "acl" and (v.tag_ in ("VBD", "VBZ", "VBP") or _reported_object(head)):
            # a finite verb under a noun is a reported clause the small model misread ("said
            # troops left on Friday"); a participle modifies the noun ("the order issued on")
            role = "reported"
        elif dep == "acl" and (
            head.lower_ in TIME_NOUNS or head.lower_ in _PERIODS or not _topic(head)
        ):
            # "out of the 40,000 covered by the order issued on Tuesday"; "the year ended
            # Sept. 30" names a period, not an event
            return "noun"
        if dep in _SPEECH_DEPS:
            role = "reported"
        elif dep == "advcl":
            marks = _marks(v)
            if negated_bound(v, marks):
                marks = set()  # "did not decide until the kick went through": the act's time
            if marks & {"since", "until", "till"}:
                return "since"
            if marks & _OTHER_TIME:
                return "before" if marks & _OTHER_TIME == {"before"} else "after"
            if marks & _OTHER_EVENT:
                return "clause"
        elif dep == "pcomp":
            if head.lower_ in _AFTER:
                return _after_or_before(head.lower_)
            if head.lower_ in _BOUNDS:
                return "since"
            if head.lower_ not in _SAME_TIME_PREPS:
                return "clause"  # "attacked him for failing to enforce an order in 1992"
        v = head
    return role


def _rootless(verb: Token) -> bool:
    """A verb the small model hung under the sentence's noun root, though it takes an object or
    a clause of its own ("Analysts at the bank estimated on May 3 that ...": "estimated" read
    as a participle of "analysts"): the sentence has no other verb, so it is the main one."""
    head = verb.head
    return (
        head.dep_ == "ROOT"
        and not _is_verb(head)
        and head.i < verb.i
        and any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
    )


def _counts_from_event(text: str, t: TimeExpression, others: list[TimeExpression]) -> bool:
    """ "a day after the vote" counts from an event; "two days after March 3" from a date (its
    value is already the main event's) and "a week before." from the date named before it."""
    return (
        bool(_COUNT.search(t.text))
        and bool(re.match(r"\s+[\w“\"‘']", text[t.end :]))
        and not any(t.end < o.start <= t.end + 5 for o in others)
    )


def anchor(sdoc: Doc, t: TimeExpression, others: list[TimeExpression] | None = None) -> Anchor:
    """Trace a time expression to its verb in the parse and name that verb's place;
    ``others`` are the sentence's other dates."""
    span = sdoc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Anchor(t, None, "main")
    # The search for a counting phrase ("a day after") is cheap, the event test is not.
    if _COUNT.search(t.text) and _counts_from_event(doc_text(sdoc), t, others or []):
        return _counted_anchor(span, t)
    verb, why = _attachment(span)
    if why is None and _label(sdoc, t):
        why = LABEL  # "a Christmas office party", the "March event": a name, not a date
    why = why or event_named(span)  # "in response to the Nov. 29 test": that test's date
    if why is not None:
        return Anchor(t, verb, why)
    return Anchor(t, verb, _clause_role(verb) if verb is not None else "main")


def _counted_anchor(span: Span, t: TimeExpression) -> Anchor:
    """ "came a day after the spillway collapsed": the phrase hangs on the main verb but its
    value is the other event's day (counted back from the clause's or the page's date)."""
    after = span[-1]
    verb = after.head
    if after.dep_ == "mark":
        verb = verb.head  # "after" marks the other event's clause: its head is the main verb
    while not _is_verb(verb) and verb.head.i != verb.i:
        verb = verb.head
    return Anchor(t, verb if _is_verb(verb) else None, "after")


def _shift(value: str, text: str, sign: int) -> str | None:
    """The day ``sign`` times the counted length of ``text`` ("a day after") from ``value``."""
    m = _COUNT.search(text)
    if m is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return None
    n = int(m["num"]) if m["num"].isdigit() else _NUMBERS.get(m["num"].lower(), 2)
    step = {
        "day": relativedelta(days=n),
        "week": relativedelta(weeks=n),
        "month": relativedelta(months=n),
        "year": relativedelta(years=n),
    }[m["unit"].lower()]
    if m["dir"].lower() == "before":
        sign = -sign
    return (date.fromisoformat(value) + sign * step).isoformat()


def _counted_main(sdoc: Doc, found: Anchor, others: list[TimeExpression]) -> Anchor | None:
    """ "a day after the vote on Friday": the main event is that date plus the count."""
    span = sdoc.char_span(found.time.start, found.time.end, alignment_mode="expand")
    if span is None or span.end >= len(sdoc):
        return None
    after = span[-1]
    clause = {tok.i for child in after.children for tok in child.subtree}
    if after.dep_ == "mark":
        clause = {tok.i for tok in after.head.subtree}
    for t in others:
        other = sdoc.char_span(t.start, t.end, alignment_mode="expand")
        if other is None or t is found.time or other.root.i not in clause:
            continue
        day = _shift(t.value, found.time.text, +1)
        if day is not None:
            moved = t.model_copy(update={"value": day, "precision": "day"})
            return Anchor(moved, found.verb, _clause_role(found.verb) if found.verb else "main")
    return None


def _placed(verb: Token | None) -> bool:
    """ "The vote came a day after the collapse": a sentence that places the event it is about
    against another, as a report of that event's day does (its page's day); "A day after the
    remark, he apologised" tells an act of some later day."""
    return verb is not None and verb.lemma_ in _PLACING_VERBS


def _best(anchors: list[Anchor]) -> Anchor:
    return min(anchors, key=lambda a: (_RANK[a.time.precision], a.time.start))


def choose(sdoc: Doc, inside: list[TimeExpression]) -> Anchor | None:
    """The date of a sentence's event among its dated expressions (see the module's rule);
    None when none of them dates it."""
    anchors = [anchor(sdoc, t, inside) for t in inside]
    for i, a in enumerate(anchors):
        if a.role == "after":
            moved = _counted_main(sdoc, a, inside)
            if moved is not None:
                anchors[i] = moved
            elif _COUNT.search(a.time.text) and not _placed(a.verb):
                # "A day after the senator's remark, he apologised": counted from an event the
                # sentence does not date, so its act has no known day (the phrase's value was
                # counted from the page's, which is not the act's)
                anchors[i] = Anchor(a.time, a.verb, "")
            elif (day := _shift(a.time.value, a.time.text, +1)) is not None:
                # the other event's day plus the count: the day the phrase was counted from
                anchors[i] = Anchor(a.time.model_copy(update={"value": day}), a.verb, "after")
    anchors = [a for a in anchors if a.role]
    if not anchors:
        return None
    main = [a for a in anchors if a.role in MAIN]
    if main:
        return _best(main)
    relative = [a for a in anchors if a.role == "relative"]
    return _best(relative or anchors)


def _label(sdoc: Doc, t: TimeExpression) -> bool:
    """A date that is part of a name: inside quotation marks (the "March event"), or a holiday
    modifying a noun ("a Christmas office party", "its New Year's Day tradition"), which names
    a kind of thing. A weekday, a month or a year before a noun ("the December ruling", "the
    2015 breach") dates that noun's event instead."""
    span = sdoc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    if _quoted(doc_text(sdoc), t.start, t.end):
        return True
    if any(c.isdigit() for c in t.text) or CALENDAR_WORD.search(t.text) or WEEKDAY.search(t.text):
        return False
    root = span.root
    return (
        root.dep_ in ("compound", "poss", "amod")
        and root.head.pos_ in ("NOUN", "PROPN")
        and root.head.i > root.i
        and not _timely(root.head, span)
    )


def _quoted(text: str, start: int, end: int) -> bool:
    """The words at [start, end) open a short phrase in quotation marks ("the "March event"")."""
    before = text[max(0, start - 2) : start]
    after = re.match(r"[\w\s'’-]{0,30}?[.,]?[\"”]", text[end : end + 32])
    return bool(re.search(r"[\"“]\s*$", before)) and after is not None


def _event(
    text: str, start: int, end: int, found: Anchor, keys: list[str], tense: str = ""
) -> Event:
    t = found.time
    verb = found.verb
    return Event(
        date=t.value,
        precision=t.precision,
        sentence=text[start:end],
        start=start,
        end=end,
        entities=keys,
        time_start=t.start,
        time_end=t.end,
        verb=verb.text if verb is not None else None,
        verb_start=verb.idx if verb is not None else None,
        anchor=found.role,
        main_tense=tense if found.role not in (*MAIN, "relative") else "",
        cite_end=_cite_end(text, start, end, t) if found.role == "relative" else None,
        refers=_refers(text, t, verb),
    )


def _refers(text: str, t: TimeExpression, verb: Token | None) -> bool:
    """The date owns a noun ("Wednesday's derailment") or hangs on a verb of mere happening:
    the sentence refers to an event rather than telling one."""
    owns = text[t.end : t.end + 2] in ("'s", "’s")
    return owns or (verb is not None and verb.lemma_ in HAPPEN_VERBS)


def find_events(
    sdoc: Doc | str, times: list[TimeExpression], entities: list[Entity]
) -> list[Event]:
    """Event candidates in text order: date, precision, sentence, its offsets, entity keys, the
    expression that dates it and why (``anchor``); with a parse also the verb it hangs on."""
    parsed = sdoc if isinstance(sdoc, Doc) else None
    text = doc_text(parsed) if parsed is not None else str(sdoc)
    clocks = clock_starts(times)
    dated = clock_days([_as_date(t) for t in converted(text, dateline_days(text, times))], clocks)
    dated = [t for t in definite(text, dated) if t.precision in _RANK and resolved_date(t.value)]
    events: list[Event] = []
    for s_start, s_end in sentence_spans(text, parsed):
        start, end = trim_span(text, s_start, s_end)
        inside = named_years(text, dated_in(text, start, end, dated), _one_act(parsed))
        tense = main_tense(parsed, start, end) if parsed is not None else ""
        inside = weekday_span(text, same_time_written(text, counted_gives_way(inside)), tense)
        if parsed is not None:
            inside = [t for t in inside if not named_date(parsed, t)]
        if any(t.start not in clocks and t.precision == "day" for t in inside):
            # "took off at 11:36am local time on Tuesday": the clock took its page's day, the
            # sentence names its own
            inside = [t for t in inside if t.start not in clocks]
        if not inside or not_an_event(text[start:end], inside) or CREDITED.match(text, end):
            continue
        if player_line(text, start):
            continue
        if parsed is not None and (
            calendar_only(parsed, start, end)
            or wire_caption(text[start:end], present_main(parsed, start, end))
        ):
            continue
        keys = [
            e.key for e in entities if any(start <= m.start and m.end <= end for m in e.mentions)
        ]
        if parsed is None:
            found = anchor_by_words(text, start, end, inside)
            events.append(_event(text, start, end, found, keys))
            continue
        chosen = choose(parsed, inside)
        if chosen is None or nowadays(chosen.time, chosen.verb):
            continue
        tense = _tense(parsed, start, end, chosen, [t for t in times if start <= t.start < end])
        event = _event(text, start, end, chosen, keys, tense)
        if not event.refers and subject_date(parsed, chosen.time.start, chosen.time.end):
            event.refers = True
        own = chosen.role in (*MAIN, "relative")
        event.perfect = pluperfect(chosen.verb) if own else main_perfect(parsed, start, end)
        event.backshift = not own and reported_perfect(parsed, start, end)
        events.append(event)
        # a plan told beside a past act with its own day: the act too (``event_prior``); the
        # other dates are traced again only for a sentence a plan dates
        if not dated_plan(chosen):
            continue
        others = [anchor(parsed, t, inside) for t in inside if t is not chosen.time]
        if (prior := prior_act(chosen, others)) is not None:
            act = Anchor(prior[0].time, prior[1], PRIOR_ANCHOR)
            events.append(_event(text, start, end, act, keys))
    return counted_on(text, events, times)


# "for the first time since", "its first title since", "the first since the students were
# taken": the date is the last time's (or the clause's after "since"), not this act's
_FIRST_SINCE = re.compile(r"(?i)\bfirst\b[^.;:!?]{0,60}\bsince\b[^.;:!?]{0,60}$")


def _first_since(text: str, t: TimeExpression, start: int) -> bool:
    """The date counts the time since the last such act ("have won the title for the first
    time since 1998"): the sentence tells this act, most often the day's news, not the year's
    (as any past act whose sentence's dates are all other events')."""
    before = text[: t.start - start] + (" since " if t.text.lower().startswith("since") else "")
    return bool(_FIRST_SINCE.search(before))


def _tense(sdoc: Doc, start: int, end: int, chosen: Anchor, times: list[TimeExpression]) -> str:
    """The main clause's tense when the sentence's date is not its own (``main_tense``), or
    ``VAGUE`` for a past main clause whose own time is vaguer than a day ("charged this week",
    "recently", "Earlier, ..."), or "state" for a present perfect counted since a day; "past"
    for an act counted from the last such act ("the first title since 1998"): the day's news."""
    if chosen.role in MAIN:
        return ""
    if chosen.role == "since" and _first_since(doc_text(sdoc)[start:], chosen.time, start):
        return "past"
    tense = main_tense(sdoc, start, end)
    if tense != "past":
        return tense
    vague = [t for t in times if t.precision == "week" or t.value == "PAST_REF"]
    if earlier(sdoc, start, end) or any(anchor(sdoc, t).role in MAIN for t in vague):
        return VAGUE
    if chosen.role == "since" and lasting(sdoc, start, end):
        return "state"
    return tense


def _one_act(parsed: Doc | None) -> Callable[[TimeExpression, TimeExpression], bool]:
    """Whether two dates of one sentence hang on one verb (without a parse, whether they may)."""

    def same(day: TimeExpression, month: TimeExpression) -> bool:
        if parsed is None:
            return True
        first, second = anchor(parsed, day).verb, anchor(parsed, month).verb
        return first is None or second is None or first.i == second.i

    return same


# ---------------------------------------------------------------- the main clause's tense


def main_tense(sdoc: Doc, start: int, end: int) -> str:
    """The tense of the sentence's main clause, or of the clause it reports ("said it would
    update"): "future" (a modal, "going to", an infinitive under a plan), "state" (a
    progressive or a state verb: "has been reeling"), "present" or "past"; "" when unknown.
    A past event undated in its own sentence is most often the day's news; the others are not."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ""
    verb = span.root
    if not _is_verb(verb):
        return ""
    said = [c for c in verb.children if c.dep_ in _SPEECH_DEPS and _is_verb(c)]
    if verb.lemma_ in SPEECH_VERBS and said:
        verb = said[0]  # what was said carries the event
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if "did" in words:
        return "past"  # "didn't settle": do-support in the past
    if words & MODALS or "to" in words or verb.tag_ == "VB":
        return "future"
    if verb.tag_ == "VBG" or verb.lemma_ in STATE_VERBS:
        return "state"
    if verb.tag_ == "VBD" or words & {"has", "have", "had", "'ve", "was", "were"}:
        return "past"
    return "present" if verb.tag_ in ("VBZ", "VBP") else ""


# ---------------------------------------------------------------- without a parse: the words


_CLAUSE_CUT = re.compile(r",(?!\d)|;|\s[—–-]+\s|:\s")
_RELATIVE = re.compile(r",\s+(?:who|which|where|whose|whom)\b")
_SINCE_WORDS = re.compile(
    r"\b(?:since|until|till|from)\s+(?:(?:the|late|early|mid|last|this)\s+)*$", re.IGNORECASE
)
_AFTER_WORDS = re.compile(r"\b(?:after|before|following)\b(?P<what>.*)$", re.IGNORECASE)
# "after the spillway collapsed on", "after launching from Baikonur on": the phrase tells of
# another event when it holds a verb. Without one, "after" may belong to the main verb ("went
# after Qualcomm's business model on Monday") or name a time ("before dawn on Monday").
_VERB_WORDS = re.compile(
    r"\b(?:[a-z]{3,}ed|[a-z]{2,}ing|was|were|had|has|have|is|are|came|went|left|fell|broke|"
    r"began|took|made|said|struck|hit|met|won|lost|gave|found|held|sent|led|ran|saw|told|"
    r"became|built|shot|rose|spoke|got|flew|drew|grew|fought|caught|brought|bought|stood|"
    r"swept|kept|felt|sank|sought|chose|quit)\b"
)
_NOT_VERBS = {
    "morning",
    "evening",
    "during",
    "spring",
    "king",
    "thing",
    "nothing",
    "something",
    "anything",
    "everything",
    "ceiling",
    "red",
    "need",
    "speed",
    "seed",
    "bed",
    "hundred",
}
_ANCHORED = re.compile(r"\b(?:after|before)$", re.IGNORECASE)  # "a day after", "a week before"
HEAD_WORDS = 4


def _clause_start(sentence: str, pos: int) -> int:
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(sentence, 0, pos)]
    return cuts[-1] if cuts else 0


def _relative_clause(sentence: str, pos: int) -> tuple[int, int] | None:
    """(start, end) in the sentence of the relative clause holding pos, if any."""
    for m in _RELATIVE.finditer(sentence, 0, pos):
        cut = _CLAUSE_CUT.search(sentence, m.end())
        clause_end = cut.start() if cut else len(sentence)
        if pos < clause_end:
            return m.start(), clause_end
    return None


def _cite_end(text: str, start: int, end: int, t: TimeExpression) -> int | None:
    """Where a relative clause holding ``t`` ends, when the sentence goes on after it."""
    sentence = text[start:end]
    clause = _relative_clause(sentence, t.start - start)
    if clause and re.search(r"[A-Za-z]{2}", sentence[clause[1] :]):
        return start + clause[1]
    return None


def _has_verb(words: str) -> bool:
    return any(m.group().lower() not in _NOT_VERBS for m in _VERB_WORDS.finditer(words.lower()))


def subordinate(sentence: str, start: int, end: int) -> str | None:
    """Why the expression at sentence[start:end] does not date the sentence's main event, read
    from the words: "since", "after", "noun" or "relative"; None when it belongs to the main
    clause."""
    before = sentence[_clause_start(sentence, start) : start]
    since = _SINCE_WORDS.search(before)
    if since and not (
        since.group().lower().startswith("from")
        and re.match(r"\s+(?:to|until|through)\b", sentence[end:])
    ):
        return "since"  # "from Monday to Friday" is the event's own span
    after = _AFTER_WORDS.search(before)
    if _ANCHORED.search(sentence[start:end]) or (after and _has_verb(after.group("what"))):
        return "after"
    # A date owning a noun names that noun's event; at the head of the sentence that event is
    # its topic ("Friday's missile flew the furthest"), further on it is another one.
    if re.match(r"['’]s\b", sentence[end:]) and len(sentence[:start].split()) > HEAD_WORDS:
        return "noun"
    if _relative_clause(sentence, start):
        return "relative"
    return None


def anchor_by_words(text: str, start: int, end: int, inside: list[TimeExpression]) -> Anchor:
    """The date of the sentence text[start:end] among its dated expressions, by its words: the
    best of the main clause's, else of a relative clause's, else of the others."""
    sentence = text[start:end]
    why = {id(t): subordinate(sentence, t.start - start, t.end - start) for t in inside}
    main = [Anchor(t, None, "main") for t in inside if why[id(t)] is None]
    relative = [Anchor(t, None, "relative") for t in inside if why[id(t)] == "relative"]
    others = [Anchor(t, None, why[id(t)] or "main") for t in inside]
    return _best(main or relative or others)
