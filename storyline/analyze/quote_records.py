"""Quote records after they are found: reported speech nested in other speech or in marks, the
span a clause keeps, and the records kept as quotes. Used by ``storyline.analyze.quotes``; pure
functions of the records and the text.
"""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.analyze.cue_clauses import performed
from storyline.analyze.marks import Marked, looks_like_title
from storyline.analyze.speakers import Record
from storyline.model import Quote


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end


DANGLING = frozenset("and or but that which as of to for with by in on at the a an".split())


def dangling(clause: str) -> bool:
    """A clause that stops on a word that needs more ("... sped up and"): it was cut."""
    words = clause.split()
    return bool(words) and words[-1].lower() in DANGLING


def outermost(records: list[Record]) -> list[Record]:
    """Reported speech inside reported speech ("X said it believed Y") belongs to the outer,
    except that "X said Y, according to Z" is X's words, which Z only reports."""
    relays = [o for o in records if o.cue is not None and o.cue.lower_ == "according"]
    relayed = [r for r in records if r not in relays and any(_relays(o, r) for o in relays)]
    records = [o for o in records if not any(_relays(o, r) for r in relayed)]
    return [
        r
        for r in records
        if r in relayed
        or not any(
            o is not r and o.start <= r.cue.idx < o.end for o in records if r.cue is not None
        )
    ]


def _relays(outer: Record, inner: Record) -> bool:
    """ "according to Z" around "X said Y": the outer only relays the inner's words."""
    return (
        outer is not inner
        and inner.cue is not None
        and outer.start <= inner.cue.idx < outer.end
        and inner.subject is not None
        and inner.subject.i < inner.cue.i
    )


def holds_quoted_words(sdoc: Doc, text: str, r: Record, marked: list[Marked]) -> bool:
    """Reported speech that holds someone's quoted words, not only a title in marks ('He even
    appeared on "The Evening Hour" with Tom Hale, according to the Times') or words sung or
    named ('fans chanted "..."', 'what Acme calls "flight proven"'): no one's speech."""
    inside = [m for m in marked if r.start <= m.start and m.end <= r.end]
    spoken = [m for m in inside if not looks_like_title(text, m, False)]
    return any(not performed(sdoc, m.start, m.end) for m in spoken) or any(
        m.start < r.start < m.end or m.start < r.end < m.end for m in marked
    )


def is_quoted(r: Record, marked: list[Record]) -> bool:
    """Reported speech that is itself a direct quote ("said: '...'", "'...,' said X")."""
    if any(m.start <= r.start and r.end <= m.end for m in marked):
        return True
    inside = sum(
        max(0, min(r.end, m.end) - max(r.start, m.start)) for m in marked if m.kind == "direct"
    )
    return inside > 0.5 * (r.end - r.start)


def keep_record(r: Record) -> bool:
    if r.speaker is not None:
        return True
    # An unattributed quote is kept only when it reads like speech, not like a title.
    return r.kind == "direct" and r.end - r.start >= 40


def to_quote(text: str, r: Record) -> Quote:
    sp = r.speaker
    return Quote(
        text=text[r.start : r.end],
        kind=r.kind,  # type: ignore[arg-type]
        speaker=(sp.name or None) if sp else None,
        speaker_description=sp.description if sp else None,
        speaker_key=sp.key if sp else None,
        cue=r.cue_text,
        start=r.start,
        end=r.end,
        speaker_start=sp.start if sp else None,
        speaker_end=sp.end if sp else None,
    )
