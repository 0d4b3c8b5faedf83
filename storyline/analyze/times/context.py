"""What a rule sees: the text, its reference date, its parse (or none), its sentences, and the
dates found in the first pass (which anchored phrases count from)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from storyline.analyze.times.lexicon import POD, SEASONS, UNIT, WEEKDAYS
from storyline.lexicon import MONTH_ABBREVIATIONS, MONTH_NUMBERS
from storyline.textutil import sentence_spans as split_sentences

# Time nouns that are common words (not weekdays, months, seasons or holidays): capitalised in
# running text, they belong to a name.
_TITLED_NOUN = re.compile(
    r"\b(?:Morning|Afternoon|Evening|Night|Week|Weekend|Month|Year|Decade|Century|Future|Past)\b"
)


@dataclass
class Context:
    text: str
    ref: date | None
    doc: Doc | None
    sents: list[tuple[int, int]]
    resolved: list[tuple[int, str]] = field(default_factory=list)  # (start, value) of dates
    quarters: list[tuple[int, str]] = field(default_factory=list)  # quarters named outright

    def sentence(self, pos: int) -> tuple[int, int]:
        for s, e in self.sents:
            if s <= pos < e:
                return s, e
        return 0, len(self.text)

    def before(self, pos: int, n: int = 60) -> str:
        s, _ = self.sentence(pos)
        return self.text[max(s, pos - n) : pos]

    def in_name(self, start: int) -> bool:
        """A time word written with a capital after another capitalised word or after "the",
        not opening its sentence, is part of a name ("USA Today", "Spaceflight Now", "China
        Daily", "the Today show"): running text writes "today", "now" and "daily" small."""
        if not self.text[start : start + 1].isupper() or self.sentence(start)[0] == start:
            return False
        before = self.text[max(0, start - 30) : start]
        return bool(re.search(r"(?:\b[A-Z][\w.&'-]*|\bthe)\s+$", before))

    def in_entity_name(self, start: int, end: int) -> bool:
        """A weekday or month that the parse puts inside a name begun by another capitalised
        word ("Black Monday", "Bloody Sunday", "Black September") names an event or a group,
        not a day; wire copy's "Xinhua Monday reported" keeps the name and the day apart."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        first, before, last = span[0], self.doc[span.start - 1], span[-1]
        if last.dep_ == "npadvmod" or last.dep_ == "compound" and _is_time_word(last.head.lower_):
            return False  # "told The Verge Saturday (evening)": the day of the telling
        return (
            first.ent_iob_ == "I"
            and first.ent_type_ not in _TIME_ENTITIES
            and before.text[:1].isupper()
            and not _is_time_word(before.lower_)
        )

    def names_thing(self, start: int, end: int) -> bool:
        """A capitalised time word that the parse makes the first part of a capitalised name
        ("the Sunday Times", "Summer Hill", "a Monday Gazette reporter") names that thing, not a
        time. Not after a verb: "said Monday Harlan Corp. would pay" is a day."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not span.text[-1:].isalpha():
            return False
        tok = span[-1]
        head = tok.head
        if not (tok.text[:1].isupper() and tok.dep_ == "compound" and head.i > tok.i):
            return False
        between = self.doc[tok.i + 1 : head.i + 1]
        if any(not t.text[:1].isupper() or _is_time_word(t.lower_) for t in between):
            return False
        before = self.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.pos_ in ("VERB", "AUX") or head.pos_ != "PROPN":
            return False
        return self._running_text(start, end, 1)  # a title-case headline capitalises all

    def titled(self, start: int, end: int) -> bool:
        """A phrase whose common time noun is capitalised inside running text is a title or a
        name ("hosts This Morning", ABC's "This Week", "Back To The Future"); in a headline
        written in title case ("Talks Resume Next Week") it is still a time."""
        if not _TITLED_NOUN.search(self.text, start, end) or _TITLED_NOUN.match(self.text, start):
            return False
        return self._running_text(start, end)

    def _running_text(self, start: int, end: int, words: int = 2) -> bool:
        """The sentence around a span has lower-case words: running text, not a headline."""
        s, e = self.sentence(start)
        around = self.text[s:start] + " " + self.text[end:e]
        return len(re.findall(r"\b[a-z]{4,}", around)) >= words

    def prev_word(self, pos: int) -> str:
        m = re.search(r"([A-Za-z]+)\W*$", self.text[max(0, pos - 25) : pos])
        return m[1].lower() if m else ""


# the entity labels under which the recogniser files a date or a time of day
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _is_time_word(word: str) -> bool:
    word = word.rstrip(".")
    return (
        word in MONTH_NUMBERS
        or word in MONTH_ABBREVIATIONS
        or any(word in words for words in (WEEKDAYS, SEASONS, POD, UNIT))
        or word.isdigit()
    )


def sentence_spans(text: str, doc: Doc | None = None) -> list[tuple[int, int]]:
    """Sentences as (start, end): spaCy's when parsed, else textutil's punctuation splitter; a
    line break always ends one, since flattened pages put headers, captions and paragraphs on
    lines of their own."""
    if doc is None or not doc.has_annotation("SENT_START"):
        return split_sentences(text)
    coarse = [(s.start_char, s.end_char) for s in doc.sents]
    spans = []
    for start, end in coarse:
        for line in re.finditer(r"[^\n]+", text[start:end]):
            if line[0].strip():
                spans.append((start + line.start(), start + line.end()))
    return spans
