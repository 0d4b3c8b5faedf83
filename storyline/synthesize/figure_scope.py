"""Whether a figure counts this story's event or one a page recalls.

Pages recall other events to set the scene: "the first fatal tram crash since 1959, when two
passengers died", "20 people were injured in 112 accidents between March 2015 and March
2016", "400 million accounts were affected by a breach disclosed last year". Such a figure is
dated well before the story began: its clause holds a date that ends more than
``RECALLED_DAYS`` before the story's first stated page date. It is not one of the story's own
counts: it never joins their groups (a toll from 1959 is not a rival of today's toll) and is
shown as of the date it belongs to, after the story's own figures.

A date outside the figure's clause counts in two shapes: a sentence that opens on it ("In
October 1991, a man shot dead 22 people"), and, for a toll, the date of the predicate the toll's
clause is chained to with no comma between ("opened fire on June 12 last year and killed 49"),
and a date that ends the noun phrase a relative clause hangs on ("the Hollis fire of 2019, which
burned 30,000 acres and killed four people"; "the 2011 quake, which killed 90").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from storyline.model import Analysis, Document

RECALLED_DAYS = 60
# "the worst since 1959", "more than in 2016": a date the story is compared with.
COMPARED_BEFORE = re.compile(r"\b(?:since|than|until|till)\s+(?:the\s+|early\s+|late\s+)?$", re.I)
# "In October 1991, ...", "On June 12 last year, ...", "Four months ago, ...": a date that
# opens the sentence.
_OPENING = re.compile(
    r"\W*(?:(?:in|on|during|by|between|from|since)\s+(?:the\s+|early\s+|late\s+)?)?$", re.I
)
# "a 50 percent premium over the price on March 2", "up 20 percent from 2016", "more than in
# 2016": words between a figure and a later date that make the date its comparison base.
_MEASURED_AGAINST = re.compile(
    r"\b(?:than|over|from|since|compared\s+(?:with|to)|versus|vs\.?)\b", re.I
)
# From the end of a date to a figure: at most three words closing the noun phrase the date is
# in, then a relative clause that runs on to the figure with no comma between (but the
# thousands commas of a number).
_RELATIVE_AFTER = re.compile(
    r"(?:\s+[\w'’.-]+){0,3},\s*(?:which|that)\s(?:[^,;:()—–]|(?<=\d),(?=\d))*", re.I
)
_ISO = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _end_of(value: str) -> date | None:
    """The last day an ISO value (2016, 2016-03, 2016-03-10, or a range A/B) covers."""
    last = value.split("/")[-1]
    m = _ISO.match(last)
    if not m:
        return None
    year = int(m.group(1))
    if m.group(3):
        return date(year, int(m.group(2)), int(m.group(3)))
    if m.group(2):
        month = int(m.group(2))
        if not 1 <= month <= 12:
            return None
        first_next = date(year + (month == 12), month % 12 + 1, 1)
        return first_next - timedelta(days=1)
    return date(year, 12, 31)


def _day(value: str | None) -> date | None:
    m = _ISO.match(value or "")
    if not m or not m.group(3):
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


@dataclass(frozen=True)
class StoryScope:
    """The time a story covers: from its first stated page date on."""

    start: date | None

    @classmethod
    def of(cls, docs: list[Document]) -> StoryScope:
        days = [
            d
            for doc in docs
            if doc.published_source not in ("none", "estimated")
            and (d := _day(doc.published)) is not None
        ]
        return cls(min(days) if days else None)

    def recalled(
        self, analysis: Analysis, span: tuple[int, int], text: str = "", figure_end: int = -1
    ) -> str | None:
        """The date of the earlier event a figure belongs to, or None for the story's own.
        ``span`` is the figure's clause, with the date a "when" clause hangs on ("since 1959,
        when two passengers died"): a date elsewhere in the sentence may be another verb's
        ("The dam, completed in 1987, supplies water to 200,000 people"). A date after the
        figure that its value is measured against is no earlier event ("a 50 percent premium
        over the price on March 2", "higher than in 2016")."""
        if self.start is None:
            return None
        s, e = span
        limit = self.start - timedelta(days=RECALLED_DAYS)
        for t in analysis.times:
            if not (s <= t.start < e) or t.type not in ("DATE", "TIME"):
                continue
            if 0 <= figure_end <= t.start and _MEASURED_AGAINST.search(text[figure_end : t.start]):
                continue
            try:
                end = _end_of(t.value)
            except ValueError:
                continue
            if end is not None and end < limit:
                return t.value
        return None

    def leading(
        self,
        analysis: Analysis,
        text: str,
        sentence: tuple[int, int],
        clause_start: int,
        toll: bool,
    ) -> str | None:
        """The date of an earlier event that a figure's whole sentence tells, though the date
        stands before the figure's clause: the sentence opens on it ("In October 1991, ..."),
        or, for a ``toll``, the predicate it is chained to holds it with no comma between
        ("opened fire on June 12 last year and killed 49")."""
        s, _ = sentence
        for t in analysis.times:
            if not (s <= t.start and t.end <= clause_start) or t.type not in ("DATE", "TIME"):
                continue
            if not self._before(t.value):
                continue
            opening = _OPENING.fullmatch(text[s : t.start]) and text[t.end : t.end + 1] == ","
            chained = toll and not re.search(r"[,;:()—–]", text[t.end : clause_start])
            if opening or chained:
                return t.value
        return None

    def antecedent(
        self, analysis: Analysis, text: str, sentence_start: int, figure_start: int
    ) -> str | None:
        """The date of an earlier event whose noun phrase a figure's relative clause hangs on
        ("since the Hollis fire of 2019, which burned 30,000 acres")."""
        for t in analysis.times:
            if not (sentence_start <= t.start and t.end <= figure_start) or t.type != "DATE":
                continue
            if self._before(t.value) and _RELATIVE_AFTER.fullmatch(text[t.end : figure_start]):
                return t.value
        return None

    def _before(self, value: str) -> bool:
        if self.start is None:
            return False
        try:
            end = _end_of(value)
        except ValueError:
            return False
        return end is not None and end < self.start - timedelta(days=RECALLED_DAYS)

    def background(self, analysis: Analysis | None, sentence: str, start: int) -> bool:
        """Whether a sentence (its text, and where it starts in its page) tells an earlier
        event: it holds a date well before the story ("The programme started in 2007", "made
        news two years ago"), not as a comparison ("the worst since 1959")."""
        if analysis is None:
            return False
        for t in analysis.times:
            at = t.start - start
            if 0 <= at < len(sentence) and t.type == "DATE" and self._before(t.value):
                if not COMPARED_BEFORE.search(sentence[max(0, at - 20) : at]):
                    return True
        return False
