"""TempEval-3 event anchoring: which date of a sentence dates its main event (an internal check).

This is NOT the official TempEval-3 Task C (temporal relation) metric. It checks one decision the
timeline makes: given a sentence and its calendar dates, which date (if any) belongs to the
sentence's main event. Gold comes from the TLINKs between an EVENT and a TIMEX3 of the same
sentence whose relation says the event happens at that time (event IS_INCLUDED, DURING,
SIMULTANEOUS, BEGINS, ENDS or INCLUDES the time; links written time-first are turned round).

Candidates are the gold TIMEX3s of type DATE or TIME with a calendar value (day, month, year, a
time on a known day), with their gold values, so both systems choose among the same dates and
time-expression errors do not enter. A sentence's main events are the gold EVENTs whose token
is the parse's root, or a verb joined to the root ("and"), its infinitive, or a clause it
reports (ccomp, parataxis). An item is a sentence with at least one gold link from a main event
to a candidate; the system is right when the date it gives the sentence's own event (the
timeline's "main" choice) is one of those. It is wrong when it names another date, and abstains
when it leaves the sentence to its page's date or to a relative clause. ``subordinate_taken``
counts, over sentences whose candidates are linked only to non-main events (e.g. a "since" or
"after" clause), how often a date was still given to the main event (gold links are sparse, so
some of these may be right).

Two systems on the same items: the word patterns of ``timeline.subordinate`` (the rule before
the parse was used) and the parse-based anchoring of ``analyze.events``. Files are split by
sorted position as in ``tempeval3`` (even = dev, odd = held-out test); the parse rules were
built on the dev half.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from storyline.eval import Counts, Report, Row, ratio
from storyline.eval.tempeval3 import tml_elements, tml_head
from storyline.model import TimeExpression
from storyline.progress import Tracker

if TYPE_CHECKING:
    from storyline.model import TimeExpression, TimePrecision

DATA = "tempeval3"
SUBSETS = ("TimeBank", "AQUAINT")
AT_TIME = {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS", "INCLUDES"}
# the relation read from the event's side when the link is written time-first
_INVERSE = {
    "INCLUDES": "IS_INCLUDED",
    "IS_INCLUDED": "INCLUDES",
    "BEGINS": "BEGUN_BY",
    "BEGUN_BY": "BEGINS",
    "ENDS": "ENDED_BY",
    "ENDED_BY": "ENDS",
    "DURING": "DURING_INV",
    "DURING_INV": "DURING",
    "BEFORE": "AFTER",
    "AFTER": "BEFORE",
    "IBEFORE": "IAFTER",
    "IAFTER": "IBEFORE",
}
_MAIN_DEPS = ("conj", "xcomp", "ccomp", "parataxis")
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)="([^"]*)"')
_CALENDAR = re.compile(r"(\d{4})(-\d\d(-\d\d(T.*)?)?)?")


@dataclass
class TmlDoc:
    name: str
    half: str
    text: str
    reference: str | None
    events: dict[str, tuple[int, int]] = field(default_factory=dict)  # eid -> extent
    timexes: dict[str, tuple[int, int, str, str]] = field(default_factory=dict)  # tid -> ..
    links: set[tuple[str, str]] = field(default_factory=set)  # (eid, tid) at that time


def read_tml(path: Path, half: str) -> TmlDoc:
    raw = path.read_text(encoding="utf-8")
    reference, inner = tml_head(raw)
    text, found = tml_elements(inner, ("EVENT", "TIMEX3"))
    doc = TmlDoc(path.stem, half, text, reference)
    for tag, start, end, attrs in found:
        if tag == "EVENT" and "eid" in attrs:
            doc.events[attrs["eid"]] = (start, end)
        elif tag == "TIMEX3" and "tid" in attrs:
            doc.timexes[attrs["tid"]] = (start, end, attrs.get("value", ""), attrs.get("type", ""))
    instances = {
        a["eiid"]: a["eventID"]
        for m in re.finditer(r"<MAKEINSTANCE([^>]*)/?>", raw)
        if "eiid" in (a := dict(_ATTR.findall(m[1])))
    }
    for m in re.finditer(r"<TLINK([^>]*)/?>", raw):
        a = dict(_ATTR.findall(m[1]))
        rel = a.get("relType", "")
        if "eventInstanceID" in a and "relatedToTime" in a:
            eid, tid = instances.get(a["eventInstanceID"]), a["relatedToTime"]
        elif "timeID" in a and "relatedToEventInstance" in a:
            eid, tid = instances.get(a["relatedToEventInstance"]), a["timeID"]
            rel = _INVERSE.get(rel, rel)
        else:
            continue
        if eid and rel in AT_TIME:
            doc.links.add((eid, tid))
    return doc


def load_documents(data: Path) -> list[TmlDoc]:
    return [
        read_tml(path, "dev" if i % 2 == 0 else "test")
        for subset in SUBSETS
        for i, path in enumerate(sorted((data / subset).glob("*.tml")))
    ]


def candidates(doc: TmlDoc) -> dict[str, TimeExpression]:
    """tid -> TimeExpression for the gold calendar dates (a time on a known day dates its day)."""
    from storyline.model import TimeExpression

    out: dict[str, TimeExpression] = {}
    for tid, (start, end, value, type_) in doc.timexes.items():
        m = _CALENDAR.fullmatch(value)
        if type_ not in ("DATE", "TIME") or m is None:
            continue
        value = value[:10]
        precision: TimePrecision = "day" if m[3] else "month" if m[2] else "year"
        out[tid] = TimeExpression(
            text=doc.text[start:end],
            start=start,
            end=end,
            type="DATE",
            value=value,
            precision=precision,
        )
    return out


@dataclass
class Tally(Counts):
    items: int = 0
    right: int = 0
    wrong: int = 0
    abstain: int = 0
    choice_items: int = 0  # items with two or more candidate dates
    choice_right: int = 0
    subordinate_only: int = 0
    subordinate_taken: int = 0

    def metrics(self) -> dict[str, float | int | str | None]:
        return {
            "accuracy": ratio(self.right, self.items),
            "precision": ratio(self.right, self.right + self.wrong),
            "choice_accuracy": ratio(self.choice_right, self.choice_items),
            "items": self.items,
            "right": self.right,
            "wrong": self.wrong,
            "abstain": self.abstain,
            "subordinate_taken": self.subordinate_taken,
            "subordinate_only": self.subordinate_only,
        }


def _main_event(tok) -> bool:  # a spaCy token
    """The parse's root, or a verb joined to it, its infinitive or a clause it reports."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return tok.dep_ == "ROOT" or tok.dep_ in _MAIN_DEPS and tok.head.dep_ == "ROOT"


def score_doc(doc: TmlDoc, parsed, systems: dict[str, object]) -> dict[str, Tally]:
    """One Tally per system ("words", "parse") over one document's sentences."""
    from storyline.analyze.events import MAIN, anchor_by_words, find_events
    from storyline.model import PRIOR_ANCHOR

    cands = candidates(doc)
    times = sorted(cands.values(), key=lambda t: t.start)
    tid_at = {t.start: tid for tid, t in cands.items()}
    tallies = {name: Tally() for name in systems}
    for ev in find_events(parsed, times, []):
        if ev.anchor == PRIOR_ANCHOR:  # a sentence's second event: its choice is counted once
            continue
        span = parsed.char_span(ev.start, ev.end, alignment_mode="expand")
        in_sentence = {tid for tid, t in cands.items() if ev.start <= t.start < ev.end}
        main_links: set[str] = set()
        other_links: set[str] = set()
        for eid, (s, e) in doc.events.items():
            if not ev.start <= s < ev.end:
                continue
            tok = parsed.char_span(s, e, alignment_mode="expand")
            is_main = tok is not None and span is not None and _main_event(tok.root)
            linked = {tid for e2, tid in doc.links if e2 == eid} & in_sentence
            (main_links if is_main else other_links).update(linked)
        rank = {"day": 0, "month": 1, "year": 2}
        inside = [t for t in times if ev.start <= t.start < ev.end and t.precision in rank]
        words = anchor_by_words(doc.text, ev.start, ev.end, inside)  # the no-parse branch
        picks = {
            "words": (words.time.start, words.role),
            "parse": (ev.time_start, ev.anchor),
        }
        for name, (at, role) in picks.items():
            pick = tid_at.get(at) if at is not None and role in MAIN else None
            _count(tallies[name], pick, main_links, other_links, len(in_sentence))
    return tallies


def _count(t: Tally, pick: str | None, main: set[str], other: set[str], n: int) -> None:
    if main:
        t.items += 1
        t.choice_items += n >= 2
        if pick is None:
            t.abstain += 1
        elif pick in main:
            t.right += 1
            t.choice_right += n >= 2
        else:
            t.wrong += 1
    elif other:
        t.subordinate_only += 1
        t.subordinate_taken += pick is not None and pick in other


def evaluate(data: Path, track: Tracker) -> Report:
    from storyline.analyze.nlp import load_nlp

    nlp = load_nlp()
    docs = load_documents(data)
    totals = {(s, h): Tally() for s in ("words", "parse") for h in ("all", "dev", "test")}
    for doc in track(docs, "event anchoring"):
        for name, tally in score_doc(doc, nlp(doc.text), {"words": 1, "parse": 1}).items():
            totals[(name, "all")].add(tally)
            totals[(name, doc.half)].add(tally)
    rows = []
    labels = {
        "parse": ("ours", "parse-based anchoring"),
        "words": ("measured", "word patterns (the no-parse branch)"),
    }
    for name, (kind, note) in labels.items():
        for half in ("all", "dev", "test"):
            group = {"all": "all", "dev": "dev half", "test": "held-out half"}[half]
            rows.append(
                Row(f"storyline {name}", totals[(name, half)].metrics(), kind, f"{note}; {group}")
            )
    return Report(
        name="tempeval3-tlinks",
        data=str(data),
        rows=rows,
        extra={
            "documents": len(docs),
            "split": "sorted position: even dev, odd test",
            "note": "internal check of event anchoring, not the official TempEval-3 Task C metric",
        },
    )
