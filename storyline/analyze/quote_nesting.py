"""Quoted words inside reported speech: part of that (mixed) quote, unless a relative clause
of the reported words hands them to someone else ("Hale confirmed that he apologized, which
led Ana Ruiz to remark, “...”"): the quote is Ruiz's, and the reported speech ends where the
clause that introduces her begins.
Used by ``storyline.analyze.quotes``; a pure function of the records and their parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.speaker_names import Record


def drop_nested(marked: list[Record], indirect: list[Record], text: str) -> list[Record]:
    """The quoted records not inside reported speech; a quote its own relative clause cues
    inside it is kept, and the reported speech is cut before that clause."""
    kept = []
    for r in marked:
        outer = [i for i in indirect if i.start <= r.start and r.end <= i.end]
        clauses = [_handing_clause(i, r) for i in outer]
        if outer and any(c is None for c in clauses):
            continue
        for i, clause in zip(outer, clauses, strict=True):
            if clause is not None:
                _cut(i, clause.left_edge.idx, text, marked)
        kept.append(r)
    return kept


def _handing_clause(outer: Record, inner: Record) -> Token | None:
    """The relative clause of ``outer``'s reported words that holds ``inner``'s own cue and
    speaker (another person's, not the reporter's), or None."""
    cue, subject = inner.cue, inner.subject
    if outer.cue is None or cue is None or subject is None or subject.i == outer.cue.i:
        return None
    if not (outer.start <= cue.idx < inner.start and outer.start <= subject.idx < inner.start):
        return None
    clause = subject.head  # "which led Ruiz to remark": Ruiz, the object of the clause's verb
    if subject.dep_ != "dobj" or clause.dep_ != "relcl" or cue.head.i != clause.i:
        return None
    inside = outer.start < clause.left_edge.idx and clause.i > outer.cue.i
    return clause if inside and outer.cue.i in {t.i for t in clause.ancestors} else None


def _cut(record: Record, end: int, text: str, marked: list[Record]) -> None:
    """End reported speech at ``end`` (before the clause), without the comma before it."""
    record.end = min(record.end, len(text[:end].rstrip(" ,;—–-")))
    if not any(record.start <= m.start < record.end for m in marked):
        record.kind = "indirect"  # no quoted words left inside: plain reported speech
