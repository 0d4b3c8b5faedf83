"""Two names joined by "and" as one speaker's subject ("Seoul and Washington said", "Ana Ruiz
and Tom Hale announced they were separating"): a pair string is no source a reader can look
up, nor one of the story's people or organisations. The first name, which the parse makes the
subject's head, speaks for both, as news reports credit a joint statement to the first named;
it stays a group, so the "they" of a later sentence is that speaker too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from storyline.analyze.speaker_names import EntityIndex, Speaker


def coordinated(subject: Token, index: EntityIndex) -> bool:
    """Two proper names joined by "and" ("Seoul and Washington"); not one name that holds an
    "and" ("Marks and Spencer said", which the page's entities list as one)."""
    conj = next((c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    cc = next((c for c in subject.children if c.dep_ == "cc"), None)
    if conj is None or cc is None or cc.lower_ not in ("and", "&"):
        return False
    hit = index.at(subject.idx, subject.idx + len(subject))
    return hit is None or hit[1] <= conj.idx  # a name that runs on over the conjunct is one


def first_of_pair(found: Speaker, name: Span) -> Speaker:
    """The pair's speaker: the first name as resolved (its entity), else as written."""
    return replace(found, name=found.name or name.text, label="GROUP")
