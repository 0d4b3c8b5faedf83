"""Named things the person/organisation/place linker leaves out: products, works, events,
laws (spaCy's PRODUCT, WORK_OF_ART, EVENT, LAW; FAC as a place) and runs of proper nouns NER
did not tag at all ("iPhone 4", "A380"). News indexes name products as often as people, and
the small model seldom tags them. Each becomes a one-mention entity (label OTHER, or LOC for a
facility); the cross-document merge links them (``storyline.synthesize.entities``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from storyline.analyze.entities import TITLES
from storyline.analyze.nlp import doc_ents, doc_text, pos_at
from storyline.model import Entity, EntityLabel, Mention
from storyline.textutil import HONORIFICS

EXTRA_LABELS: dict[str, EntityLabel] = {
    "PRODUCT": "OTHER",
    "WORK_OF_ART": "OTHER",
    "EVENT": "OTHER",
    "LAW": "OTHER",
    "FAC": "LOC",
}
_LETTER = re.compile(r"[A-Za-z]")


def other_names(sdoc: Doc, entities: list[Entity]) -> list[Entity]:
    """Named spans not covered by ``entities``: NER's other named labels, then proper-noun
    runs (a number may follow a name: "iPhone 4", "iOS 5")."""
    covered = {i for e in entities for m in e.mentions for i in range(m.start, m.end)}
    out: list[Entity] = []
    for span in doc_ents(sdoc):
        label = EXTRA_LABELS.get(span.label_)
        if label is None or any(i in covered for i in range(span.start_char, span.end_char)):
            continue
        out.append(_entity(f"x{span.start_char}", span.text, label, span.start_char))
    covered |= {i for e in out for m in e.mentions for i in range(m.start, m.end)}
    whole = doc_text(sdoc)
    for first, last in _proper_runs(sdoc, covered):
        start, end = first.idx, last.idx + len(last.text)
        text = whole[start:end]
        if _LETTER.search(text) and "\n" not in text and not _title_only(text):
            out.append(_entity(f"p{start}", text, "OTHER", start))
    return out


def _proper_runs(sdoc: Doc, covered: set[int]) -> Iterator[tuple[Token, Token]]:
    """The first and last token of each longest run of uncovered tokens that opens with a
    proper noun and goes on with proper nouns or numbers, in order. A run opens only at a
    proper noun, so only those are visited (a page's other words make no Token)."""
    end = 0  # the token after the last run: nothing before it opens a run
    for i in pos_at(sdoc, ("PROPN",)):
        first = sdoc[i]
        if i < end or first.idx in covered:
            continue
        end = i + 1
        while end < len(sdoc):
            tok = sdoc[end]
            if tok.idx in covered or not (tok.pos_ == "PROPN" or tok.like_num):
                break
            end += 1
        yield first, sdoc[end - 1]


def _entity(key: str, text: str, label: EntityLabel, start: int) -> Entity:
    return Entity(
        key=key,
        name=text,
        label=label,
        mentions=[Mention(text=text, start=start, end=start + len(text))],
    )


def _title_only(text: str) -> bool:
    """A run of honorifics and titles alone ("Ms", "Prime Minister") names nobody."""
    words = [w.lower().rstrip(".") for w in text.split()]
    return all(w in HONORIFICS or w in TITLES or f"{w}." in TITLES for w in words)
