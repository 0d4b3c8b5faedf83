"""Which values of figures belong to one group, and which a sentence lists as two things.

Two values a page gives side by side in one sentence ("15 percent for cash and 8 percent for
other assets") count two things, not one thing two ways; when every page that gives them gives
them in one sentence, no source is at odds with another and the values are different referents.

A sentence that tells an earlier event ("In March 2019 a couple stormed a party and gunned down
14 people, wounding 22 others") carries its whole toll with it: once one toll of the sentence is
recalled, the tolls listed after it in the same sentence are that event's too, though a comma
stands between them and the date.

A rounded figure with nothing said of it ("more than 200 passengers were on board") tells the
count another page gives with a verb ("the ferry carried 226 passengers") when its rounding
admits that count: it joins that count's group instead of standing apart. A share ("12
percent") names no thing: it joins another share only when their clauses name the same thing.

A count another source gives in place of one just reported ("the fire had destroyed at least
140 homes. The chief put the figure at 120 homes") says nothing of the homes itself: it counts
what the earlier figure of its unit counted, so it takes that figure's frame and stands in its
group, where the two values are set side by side.
Read by ``storyline.synthesize.figures``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol, TypeVar

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storyline.model import Document, Figure
from storyline.synthesize.figure_units import ASPECTS
from storyline.synthesize.figure_words import CASUALTIES, MOVEMENT, RECALLED, SAYING


class Listed(Protocol):
    doc: Document
    figure: Figure
    sentence: tuple[int, int]
    frame: str
    status: str | None
    part: bool
    recalled: str | None
    as_of: str | None
    value: float  # in the unit values are compared in
    unit: str  # the unit class values are compared in
    words: str  # the figure's clause


L = TypeVar("L", bound=Listed)


def listed_together(clusters: Sequence[Sequence[Listed]]) -> bool:
    """Every sentence that holds a value of the group holds all of its values."""
    held: dict[tuple[str, tuple[int, int]], set[int]] = defaultdict(set)
    for i, cluster in enumerate(clusters):
        for it in cluster:
            held[(it.doc.id, it.sentence)].add(i)
    return all(len(found) == len(clusters) for found in held.values())


def recall_companions(items: list[L]) -> list[L]:
    """Date the tolls that follow a recalled toll in its sentence by that earlier event."""
    by_sentence: dict[tuple[str, tuple[int, int]], list[L]] = defaultdict(list)
    for it in items:
        by_sentence[(it.doc.id, it.sentence)].append(it)
    for members in by_sentence.values():
        members.sort(key=lambda it: it.figure.start)
        first = next(
            (it for it in members if it.recalled and _toll(it.frame.removeprefix(RECALLED))),
            None,
        )
        if first is None:
            continue
        for it in members:
            if it.figure.start > first.figure.start and not it.recalled and _toll(it.frame):
                it.recalled = first.recalled
                it.as_of = it.figure.as_of or first.recalled
                it.frame = f"{RECALLED}{it.frame}"
    return items


def parts_of_tolls(items: list[L]) -> list[L]:
    """A part that names nothing of its own ("340 people were injured, 40 of them seriously")
    counts the toll it follows in its sentence: it takes that toll's frame and status, so that
    it is read as a part of the injured, not as a count of its own."""
    by_sentence: dict[tuple[str, tuple[int, int]], list[L]] = defaultdict(list)
    for it in items:
        by_sentence[(it.doc.id, it.sentence)].append(it)
    for members in by_sentence.values():
        members.sort(key=lambda it: it.figure.start)
        for before, it in zip(members, members[1:], strict=False):
            if it.part and not it.frame and _toll(before.frame):
                it.frame, it.status = before.frame, before.status
    return items


# "put the figure at", "estimated the number at", "gave the total as": the words right before a
# value that restate a count rather than tell something of what it counts.
RESTATING = re.compile(
    r"\b(?:put|puts|putting|placed?|places|placing|estimated?|estimates|estimating|"
    r"gave|gives|give|giving)\s+(?:the|that|this|its|their|his|her|an?)\s+(?:\w+\s+)?"
    r"(?:figure|number|toll|total|count|tally|estimate)s?\s+(?:at|as)\s+$",
    re.IGNORECASE,
)


def restated_frames(items: list[L]) -> list[L]:
    """A restated count with nothing said of it takes the frame of the nearest figure of its
    unit before it on its page (see the module's text)."""
    by_page: dict[str, list[L]] = defaultdict(list)
    for it in items:
        by_page[it.doc.id].append(it)
    for members in by_page.values():
        members.sort(key=lambda it: it.figure.start)
        for i, it in enumerate(members):
            before = it.doc.text[max(0, it.figure.start - 60) : it.figure.start]
            if it.frame or not RESTATING.search(before):
                continue
            earlier = [m for m in members[:i] if m.unit == it.unit and m.frame]
            if earlier:
                it.frame = earlier[-1].frame
    return items


def _toll(frame: str) -> bool:
    return frame in CASUALTIES


# How far past a rounded figure the exact count it rounds may lie ("more than 200" for 226,
# not for 1,900); "about" follows the tolerance of a reported value (figures.ABOUT).
OPEN_ENDED = 0.5
ABOUT = 0.15
APPROXIMATE = {"about", "more_than", "at_least", "nearly", "up_to", "as_many_as", "less_than"}


def rounds(cluster: Sequence[Listed], frame: str, exact: float) -> bool:
    """Whether a value with nothing said of it, every figure of it rounded ("more than 200
    passengers were on board"), tells the count a verb frames (``frame``: "carried 226
    passengers", ``exact`` in the compared unit): the rounding admits it. A toll, another
    event's count or a length's aspect is never joined this way."""
    if not frame or frame in CASUALTIES or frame.startswith(RECALLED) or frame in ASPECTS:
        return False
    bounds = {it.figure.bound for it in cluster}
    value = min(it.value for it in cluster) if cluster else 0.0
    if not bounds or not bounds <= APPROXIMATE:
        return False
    if bounds <= {"more_than", "at_least"}:
        return value <= exact <= value * (1 + OPEN_ENDED)
    if bounds <= {"nearly", "up_to", "as_many_as", "less_than"}:
        return value * (1 - OPEN_ENDED) <= exact <= value
    return bounds == {"about"} and abs(exact - value) <= ABOUT * value


# Units that name no thing: "12 percent" is a share of something its clause names.
SHARES = {"percent"}
# Lower-case words only: a name the whole story repeats ("Acme shares", "Acme's income") tells
# no two shares apart.
_WORD = re.compile(r"(?<![\w'’])[a-z]{4,}\b")


def joins(cluster: Sequence[Listed], frame: str, anchor: float, group: Sequence[Listed]) -> bool:
    """Whether a value with nothing said of it joins the group anchored at ``anchor`` of
    ``frame``: a group of the movement frame or of none, or the count its rounding admits
    (``rounds``). A share ("40 percent") joins only a group whose clauses name something its
    clause names: a premium, a fall in shares and a drop in income are three groups."""
    if frame not in (MOVEMENT, ""):
        return rounds(cluster, frame, anchor)
    if cluster[0].unit not in SHARES:
        return True
    return bool(_matter(cluster) & _matter(group))


def _matter(items: Sequence[Listed]) -> set[str]:
    words = set(_WORD.findall(" ".join(it.words for it in items)))
    return (
        words
        - ENGLISH_STOP_WORDS
        - SAYING
        - {it.unit for it in items}
        - {it.figure.unit.lower() for it in items}
    )
