"""Whose figure it is: two values whose clauses name different companies, people or places
("NXP shares were trading at $119", "Qualcomm's stock had been trading at less than $55") are
figures of different things, however alike the rest of their words. The name of whoever gives
the figure ("police said") tells nothing of what it counts and is left out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from storyline.model import Analysis, Document, Figure

# Labels of the names that say whose figure it is (not dates, not numbers).
SUBJECT_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "LOC", "FAC", "PRODUCT"})


class Placed(Protocol):
    doc: Document
    analysis: Analysis
    figure: Figure
    sentence: tuple[int, int]
    words: str


def named_in_clause(item: Placed) -> set[str]:
    """The names of the figure's clause, lower-cased, but for its attribution's."""
    s, e = item.sentence
    speaker = (item.figure.attribution or "").lower()
    found = set()
    for ent in item.analysis.entities:
        if ent.label not in SUBJECT_LABELS:
            continue
        for m in ent.mentions:
            name = m.text.lower()
            if s <= m.start < e and m.text in item.words and name not in speaker:
                found.add(ent.name.lower())
    return found


def different_subjects(clusters: Sequence[Sequence[Placed]]) -> bool:
    """Every value names whose it is, and no two values name the same: different things."""
    names = [set().union(*(named_in_clause(it) for it in c)) for c in clusters]
    if not all(names):
        return False
    return all(not (a & b) for i, a in enumerate(names) for b in names[i + 1 :])


def different_owners(clusters: Sequence[Sequence[Placed]]) -> bool:
    """Two values whose verbs have different subjects ("Talvik employs 6,000 people", "the
    combined company would employ 21,000") count different things: the analysis records that
    subject as ``Figure.owner``. Values without one say nothing either way."""
    owners = [{it.figure.owner.lower() for it in c if it.figure.owner} for c in clusters]
    known = [o for o in owners if o]
    return len(known) >= 2 and any(not (a & b) for i, a in enumerate(known) for b in known[i + 1 :])
