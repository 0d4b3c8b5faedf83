"""Helpers every part of the brief shares: citations, sentences, independent source groups."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

from storyline.clean.textmeta import Dateline, parse_dateline
from storyline.model import Citation, CopyRelation, Document
from storyline.stories.groups import independent_groups
from storyline.textutil import sentence_spans as split_sentences
from storyline.textutil import trim_span

# "By Anna Kiel " before a dateline; a bracketed photo credit or outlet credit ("(CNN)") left
# at a paragraph's start.
_LEAD_BYLINE = re.compile(r"By\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?=[A-Z]{3,}\b)")
_LEAD_CREDIT = re.compile(
    r"(?:[(\[](?i:(?:file\s+)?(?:photo|image|picture|video)s?(?:\s+credit)?)\s*[:/]"
    r"[^)\]\n]{1,60}[)\]]|\((?:[A-Z][\w.&'’-]*\s?){1,3}\))\s*(?:[-–—]+\s+)?"
    r"(?=[\"“‘A-Z])"
)


def cite(doc: Document, start: int, end: int) -> Citation:
    """A citation of doc.text[start:end], trimmed of surrounding whitespace."""
    start, end = trim_span(doc.text, max(0, start), min(len(doc.text), end))
    return Citation(doc_id=doc.id, start=start, end=end, text=doc.text[start:end])


@lru_cache(maxsize=4096)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(split_sentences(text, lead=lead_end))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence (see textutil.sentence_spans), a paragraph's first one
    starting after its dateline, byline or photo credit."""
    return list(_spans(text))


def lead_end(text: str, start: int, end: int) -> int:
    """Where a paragraph's first sentence proper begins: after a dateline ("KESSVIK, Norvania
    (AFP) —"), a byline before it, a bracketed photo credit or outlet credit ("(CNN)"). A
    quoted sentence reads as a statement; the dateline is page furniture, not part of it."""
    if start > 0 and text[start - 1] != "\n":
        return start  # datelines open paragraphs only
    head = text[start:end]
    cut = 0
    if m := _LEAD_CREDIT.match(head):
        cut = m.end()
    if m := _LEAD_BYLINE.match(head, cut):
        cut = m.end() if parse_dateline(head[m.end() :]) else cut
    dateline = parse_dateline(head[cut:])
    if dateline and _is_dateline(dateline, head[cut : cut + dateline.end]):
        cut += dateline.end
    if cut and len(head[cut:].split()) >= 3:
        return start + cut
    return start


def _is_dateline(dateline: Dateline, text: str) -> bool:
    """Not a sentence's subject ("US - China talks ...": two or three capitals) nor a
    transcript's speaker ("SHAPIRO: What are ..."): those are part of what is said."""
    if dateline.wire:
        return True
    if text.rstrip().endswith(":") and "," not in dateline.place:
        return False
    return len(dateline.place) >= 4


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence span that contains [start, end) (or the span itself when none does)."""
    spans = _spans(text)
    i = bisect_right(spans, (start, len(text) + 1)) - 1
    if i >= 0 and spans[i][0] <= start < spans[i][1]:
        return spans[i][0], max(spans[i][1], end)
    return start, end


def copy_groups(
    doc_ids: Iterable[str], relations: list[CopyRelation], docs: list[Document]
) -> dict[str, str]:
    """doc_id -> independent group id: copies, duplicates and derived pages share a group."""
    ids = list(doc_ids)
    groups = independent_groups(ids, relations, {d.id: d for d in docs})
    return {d: str(groups.get(d, d)) for d in ids}


def count_independent(doc_ids: Iterable[str], groups: dict[str, str]) -> int:
    return len({groups.get(d, d) for d in doc_ids})
