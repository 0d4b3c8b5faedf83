"""Dates in a sentence that are not its event's date, or are another date's words (for
``storyline.analyze.events``), kept apart so that module stays small.

- A relative date set beside the explicit date it stands for ("beginning today, October 24,
  2017"): the written date is the writer's own, and the relative one is read from a page date
  that may not be the day the words were written (a statement quoted weeks later).
- A span or a habit of weekdays ("open Monday through Friday", "from Monday to Friday"): no
  day of it is the event's, and each end, read alone, points its own way.
- A date inside a name ("the Women's March", a "March event") or a year naming a kind of thing
  ("the 2019 model", "its 2016 campaign", recalled): it dates no act of the sentence. A year
  that sets the time of a phrase ("during the 2016 campaign", "in the 2015 season") or leads
  its clause ("The 2015 breach exposed ...") still dates it.
- "did not decide until Sunday night": a negated act "until" a time happened then, so the
  time is the act's own, not the end of a state.
- A moment counted from another ("nine hours later") in a sentence that writes out its own
  day ("arrive at 10:15 p.m. on Dec. 31, 2017"): the written day is the act's.
- A day or a month before the noun it dates, inside the object of a preposition that does not
  set the clause's time ("adopted sanctions in response to the November 29 test", "met ahead
  of the Dec. 12 vote"): it names that noun's event, as "the test's" would, not the act's.
- A day named by comparison ("the festival, Orvik's equivalent to July 4", "its answer to the
  Fourth of July"): it names a holiday elsewhere, a kind of day, on which nothing of the
  sentence happened.
- A time told again in another clock, in brackets after the local one ("just before 6 a.m.
  (2100 GMT Monday)", "at 7 a.m. local time (10 p.m. ET)"): the same moment, whose day is the
  other zone's, not the event's.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from storyline.analyze.nlp import doc_ents, doc_text
from storyline.clean.leads import lead_end
from storyline.lexicon import CALENDAR_WORDS, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from storyline.lexicon.calendar import HABIT_ADVERBS
from storyline.lexicon.captions import COMMEMORATIONS, MARK_VERBS
from storyline.model import TimeExpression

__all__ = [
    "STATE_VERBS",
    "converted",
    "counted_gives_way",
    "definite",
    "event_named",
    "habitual",
    "named_date",
    "negated_bound",
    "negated_until",
    "until_dates_act",
    "same_time_written",
    "weekday_span",
]

# A relative date and the explicit one it stands for, set side by side: ", " or " (" between
_APPOSED = re.compile(r"^\s*[,(–—-]?\s*$")
_WEEKDAY = re.compile(rf"(?i)^(?:{'|'.join(WEEKDAY_NAMES)})s?$")
# Words joining the two ends of a span of days ("Monday through Friday", "Monday-Friday")
_SPAN_JOIN = re.compile(r"(?i)^\s*(?:through|thru|to|until|till|and|-|–|—)\s*$")
# Named-entity labels of names that may hold a date's word (an event, a group, a work, a law)
_NAME_LABELS = frozenset("ORG EVENT WORK_OF_ART FAC LAW PRODUCT PERSON NORP GPE".split())
# Prepositions that make a year's noun a time of the clause ("during the 2016 campaign")
_TIME_PREPS = frozenset("during in at throughout through before after since until till".split())
_MONTH = re.compile(rf"(?i)^(?:{'|'.join(MONTH_NAMES)})$")
_YEAR = re.compile(r"^(?:1[6-9]|20)\d\d$")


# What sits between a local time and the same time in another clock: "(", "local time ("
_CONVERSION = re.compile(r"(?i)^\s*(?:local\s+time\s*)?[(\[]\s*$")


def converted(text: str, dated: list[TimeExpression]) -> list[TimeExpression]:
    """``dated`` without each time told again in another clock, in brackets just after a time
    ("6 a.m. (2100 GMT Monday)"): the local one tells the event's day."""
    starts = sorted(dated, key=lambda t: t.start)
    dropped = {
        id(b)
        for a, b in zip(starts, starts[1:], strict=False)
        if a.precision == "time"
        and 0 < b.start - a.end <= 16
        and _CONVERSION.match(text[a.end : b.start])
    }
    return [t for t in dated if id(t) not in dropped]


# A month's name (or its abbreviation) before a day's number: a day written out
_WRITTEN_DAY = re.compile(
    rf"(?i)\b(?:{'|'.join(MONTH_NAMES)}|(?:{'|'.join(MONTH_ABBREVIATIONS)})\.?)\s+\d"
)


def counted_gives_way(inside: list[TimeExpression]) -> list[TimeExpression]:
    """``inside`` without the moments counted from another ("nine hours later") when the
    sentence also writes out a day ("at 10:15 p.m. on Dec. 31, 2017"): the count runs from a
    moment of another sentence, in another time zone or calendar, the written day is the act's."""
    written = any(
        t.duration is None and t.precision in ("day", "time") and _WRITTEN_DAY.search(t.text)
        for t in inside
    )
    return [t for t in inside if t.duration is None] if written else inside


def same_time_written(text: str, inside: list[TimeExpression]) -> list[TimeExpression]:
    """``inside`` without each relative date that an explicit date of the same precision
    follows at once ("today, October 24, 2017"): the two name one time, in the writer's own
    words the explicit one."""
    out = []
    for t in inside:
        apposed = any(
            o is not t
            and not o.relative
            and t.relative
            and o.precision == t.precision
            and 0 <= o.start - t.end <= 3
            and _APPOSED.match(text[t.end : o.start])
            for o in inside
        )
        if not apposed:
            out.append(t)
    return out


def weekday_span(text: str, inside: list[TimeExpression], tense: str) -> list[TimeExpression]:
    """``inside`` with each span of weekdays ("from Monday to Friday") dated by its start, in
    the week of its end for a past span (each end, resolved alone, may point its own way: "ran
    from Monday to Friday" read on a Wednesday), of its start for a planned one; without either
    end when the clause (``tense``, as ``main_tense`` gives it) tells a habit in the present
    ("is open Monday through Friday") or has no tense to tell it by, which is no day of an
    event."""
    out = list(inside)
    for a in inside:
        b = next((b for b in inside if b is not a and _joined(text, a, b)), None)
        if b is None:
            continue
        if tense in ("present", "state", ""):  # a habit, or a clause of no known tense
            # ("delivered to your inbox Monday through Friday"): no day of an event
            out = [t for t in out if t is not a and t is not b]
            continue
        start = a.value if tense == "future" else _week_start(a.value, b.value, a.text, b.text)
        if start is not None and start != a.value:
            out = [a.model_copy(update={"value": start}) if t is a else t for t in out]
    return out


def _joined(text: str, a: TimeExpression, b: TimeExpression) -> bool:
    return (
        0 < b.start - a.end <= 9
        and bool(_WEEKDAY.match(a.text.strip()))
        and bool(_WEEKDAY.match(b.text.strip()))
        and bool(_SPAN_JOIN.match(text[a.end : b.start]))
    )


def _week_start(start: str, end: str, start_name: str, end_name: str) -> str | None:
    """The span's first day counted back from its end ("Monday to Friday": four days)."""
    try:
        last = date.fromisoformat(end[:10])
        first = date.fromisoformat(start[:10])
    except ValueError:
        return None
    gap = (_day_number(end_name) - _day_number(start_name)) % 7
    if first <= last and (last - first).days == gap:
        return start
    return (last - timedelta(days=gap)).isoformat()


def _day_number(name: str) -> int:
    word = name.strip().lower().rstrip("s")
    return next(i for i, day in enumerate(WEEKDAY_NAMES) if day.startswith(word[:3]))


def named_date(sdoc: Doc, time: TimeExpression) -> bool:
    """The date's words are part of a name (a named entity longer than the date: "the Women's
    March") or a year names a kind of thing (``_year_label``): a sentence with no other date
    tells no dated event, as one without any date does not."""
    span = sdoc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    ent = next((e for e in doc_ents(sdoc) if e.start <= span.start and span.end <= e.end), None)
    bare = bool(_MONTH.match(span.text) or _YEAR.match(span.text))
    if bare and ent is not None and ent.label_ in _NAME_LABELS and len(ent) > len(span):
        return True  # not "Game 7 Wednesday night", which the recogniser may take as one name
    root = span.root
    if _MONTH.match(root.text) and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in root.children
    ):
        return True  # a month owned by a name ("the Women's March") is that name's word
    if _daytime_modifier(span):
        return True  # "the midnight cherry red Roadster", "a morning briefing": no day
    if _after_name_word(span):
        return True  # "the Long March 9 rocket": a capitalised word runs into the month
    if _COMPARED.search(doc_text(sdoc)[max(0, time.start - 40) : time.start]):
        return True  # "Orvik's equivalent to July 4": a holiday elsewhere, no day of its own
    return _year_label(span, time)


# The words that name a day by likening the sentence's to it ("its equivalent to July 4", "the
# town's answer to the Fourth of July"), right before the date
_COMPARED = re.compile(
    r"(?i)\b(?:equivalent|answer|counterpart|analogue|analog|version)\s+(?:to|of)\s+(?:the\s+)?$"
)
_DAYTIME = re.compile(r"(?i)^(?:midnight|noon|midday|morning|afternoon|evening|night)$")


def _daytime_modifier(span: Span) -> bool:
    """A bare time of day before the noun it describes ("midnight cherry red", "a morning
    briefing"): a colour or a kind, which names no day."""
    root = span.root
    return (
        len(span) == 1
        and bool(_DAYTIME.match(root.text))
        and root.dep_ in ("amod", "compound", "nmod")
        and root.head.i > root.i
        and root.head.pos_ in ("NOUN", "PROPN", "ADJ")
    )


def _after_name_word(span: Span) -> bool:
    """A month right after a capitalised word inside its sentence that is no calendar word
    ("the Long March 9 rocket", "a Hunger March banner"): one name, not a date."""
    first = span[0]
    if first.i == 0 or not _MONTH.match(first.text):
        return False
    prev = span.doc[first.i - 1]
    return (
        prev.is_title
        and not prev.is_sent_start
        and prev.pos_ in ("PROPN", "ADJ", "NOUN")
        and prev.ent_type_ not in ("GPE", "LOC", "FAC")  # "in Orvik March 9": a place, a day
        and not CALENDAR_WORDS & {prev.lower_, prev.lower_.rstrip(".")}
    )


def _year_label(span: Span, time: TimeExpression) -> bool:
    """ "bought the 2019 model", "recalled his 2016 campaign": a bare year before the noun it
    modifies, when that noun is an argument of the clause, not its topic nor a time phrase."""
    if time.precision != "year" or not _YEAR.match(time.text.strip()):
        return False
    root = span.root
    noun = root.head
    if root.dep_ not in ("nummod", "compound", "amod") or noun.i <= root.i:
        return False
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") or noun.i < _verb(noun).i:
        return False  # "The 2015 breach exposed ...": the sentence's topic, dated by its year
    return not (noun.dep_ == "pobj" and noun.head.lower_ in _TIME_PREPS)


def _verb(tok: Token) -> Token:
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def negated_until(word: Token) -> bool:
    """``word`` ("until", "till") bounds a negated act: "did not decide until Sunday night"
    tells the act of Sunday night."""
    if word.lower_ not in ("until", "till"):
        return False
    verb = word.head
    if word.dep_ == "mark":
        verb = verb.head  # "until the kick went through": its clause hangs on the act
    return any(c.dep_ == "neg" for c in verb.children)


# Verbs of a lasting state: an undated main clause with one tells of no event on a given day,
# and one bounded by "until" ends no act then ("stayed closed until Monday").
STATE_VERBS = frozenset(
    {"be", "remain", "stay", "continue", "reel", "struggle", "face", "live", "sleep", "wait"}
)


def until_dates_act(word: Token) -> bool:
    """``word`` ("until", "till") gives the act's own time: a negated act ("did not decide
    until Sunday night") happened then, and so did the end of a simple past act ("fans
    celebrated until dawn on Thursday"), unlike a state or plan bounded by a date ("will stay
    closed until June", "was suspended until March")."""
    return negated_until(word) or _past_until(word)


def _past_until(word: Token) -> bool:
    if word.lower_ not in ("until", "till") or word.dep_ != "prep":
        return False
    verb = word.head
    return (
        verb.tag_ in ("VBD", "VBN")
        and verb.lemma_ not in STATE_VERBS
        and verb.dep_ not in ("acomp", "attr", "oprd", "xcomp", "amod")  # "stayed closed"
        and not any(
            c.dep_ in ("aux", "auxpass", "neg", "acomp", "attr", "oprd") for c in verb.children
        )
    )


def negated_bound(verb: Token, marks: set[str]) -> bool:
    """ "did not decide until the kick went through on Sunday": the clause of ``verb``, opened
    by ``marks``, bounds a negated act, which happened then."""
    until = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("until", "till")]
    return "since" not in marks and bool(until) and negated_until(until[0])


def habitual(sdoc: Doc, start: int, end: int) -> bool:
    """The sentence's main verb tells a habit in the present ("It typically delivers shares in
    January", "The board usually meets on Fridays"): no day of an event."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.tag_ not in ("VBZ", "VBP"):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in root.children)


def calendar_only(sdoc: Doc, start: int, end: int) -> bool:
    """The sentence tells the calendar, not an event: a habit (``habitual``) or a day observed
    again (``_commemorates``)."""
    return habitual(sdoc, start, end) or _commemorates(sdoc, start, end)


def _commemorates(sdoc: Doc, start: int, end: int) -> bool:
    """A sentence whose main verb only marks a day observed again ("Sunday marks the third
    anniversary of the flood", "Tuesday was his 60th birthday"): the calendar, not an event."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.lemma_ in MARK_VERBS and any(
        c.lower_ in COMMEMORATIONS and c.dep_ in ("dobj", "attr", "nsubj") for c in root.children
    )


# Words that name the day a text was written, or the day before or after it
_DEICTIC = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "tomorrow": 1,
}
DATELINE_REACH = 200  # characters into its paragraph a quoted document's own date stands


def _set_off(text: str, line: int, t: TimeExpression) -> bool:
    """A date set off as a dateline: in brackets, before a dash, or opening its line."""
    before, after = text[max(line, t.start - 2) : t.start], text[t.end : t.end + 3]
    return (
        t.start - line <= 2
        or ("(" in before and ")" in after)
        or bool(re.match(r"\)?\s*[–—-]\s", after))
    )


def dateline_days(text: str, times: list[TimeExpression]) -> list[TimeExpression]:
    """``times`` with "today", "yesterday" and "tomorrow" read against the written date that
    opens their paragraph ("NOTICE (October 24, 2017) - ... has released the following statement
    today ..."): a statement or a notice quoted whole, written that day, which the page quotes
    later. Read against the page's date, its "today" would be the page's day."""
    out = []
    for t in times:
        shift = _DEICTIC.get(t.text.strip().lower())
        line = text.rfind("\n", 0, t.start) + 1
        opening = [
            o
            for o in times
            if not o.relative
            and o.precision == "day"
            and line <= o.start < min(t.start, line + DATELINE_REACH)
            and _set_off(text, line, o)
        ]
        if shift is None or not t.relative or not opening or len(t.value) < 10:
            out.append(t)
            continue
        try:
            day = date.fromisoformat(opening[0].value[:10]) + timedelta(days=shift)
        except ValueError:
            out.append(t)
            continue
        out.append(t.model_copy(update={"value": day.isoformat() + t.value[10:]}))
    return out


def dated_in(text: str, start: int, end: int, times: list[TimeExpression]) -> list[TimeExpression]:
    """The dates of the sentence from ``start`` to ``end``, without its dateline's when it has
    another ("LENFORD, Aug 12 (Coastwire) - ... had left by Tuesday morning"): the dateline
    dates the filing, the sentence's own date its event. Alone, the dateline's date stays: the
    day of the report is all the sentence tells ("PARIS, March 3 (AFP) - The minister said")."""
    inside = [t for t in times if start <= t.start < end]
    lead = lead_end(text, start, end)
    own = [t for t in inside if t.start >= lead]
    return own if own else inside


# Prepositions whose object's date is no other event's: it sets the time (or the place) of the
# clause itself ("at the Dec. 3 meeting", "in the May 7 election", "during the June 2 storm")
_OWN_TIME_PREPS = _TIME_PREPS | {"on", "by", "with", "upon", "amid", "while", "throughout"}
_AHEAD_OF = frozenset({"ahead", "prior"})  # "ahead of", "prior to": before the noun's event
_WHEN = ("DATE", "TIME")


def event_named(span: Span) -> str | None:
    """ "noun" for a day or a month (not a bare year) right before the noun it modifies, that
    noun the object of a preposition that does not set the clause's time ("in response to the
    November 29 test", "the anniversary of the June 3 attack"): the date names the noun's event,
    not the act of the clause ("Tuesday's order" does the same); "before" when the act came
    ahead of that event ("marched ahead of the Dec. 12 vote", "prior to the May 2 launch")."""
    root = span.root
    noun = root.head
    if _YEAR.match(span.text.strip()) or root.dep_ not in ("compound", "nmod", "amod"):
        return None
    if noun.i < span.end or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in _WHEN:
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.pos_ != "ADP" or prep.lower_ in _OWN_TIME_PREPS:
        return None
    return "before" if prep.head.lower_ in _AHEAD_OF else "noun"


# "on a Sunday night in April", "one Friday in May": an article before a weekday makes it any
# such day, not the one before the page ("attended a Sunday night vigil": the article is the
# vigil's, whose day the weekday names)
_INDEFINITE = re.compile(r"(?i)(?:^|\W)(?:on\s+an?|one)\s+$")
_WEEKDAY_LED = re.compile(rf"(?i)(?:{'|'.join(WEEKDAY_NAMES)})\b")


def definite(text: str, times: list[TimeExpression]) -> list[TimeExpression]:
    """The dates that name their day: an indefinite weekday ("We were taken on a Sunday night
    in April," told on a Monday) is no day the recogniser's nearest such weekday can stand for."""
    return [t for t in times if not _any_such_day(text, t)]


def _any_such_day(text: str, t: TimeExpression) -> bool:
    return bool(
        _WEEKDAY_LED.match(t.text) and _INDEFINITE.search(text[max(0, t.start - 10) : t.start])
    )
