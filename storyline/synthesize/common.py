"""Helpers every part of the brief shares: citations, sentences, independent source groups."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

from storyline.clean.leads import lead_end
from storyline.model import Citation, CopyRelation, Document
from storyline.stories.groups import independent_groups
from storyline.textutil import sentence_spans as split_sentences
from storyline.textutil import trim_span


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
