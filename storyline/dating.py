"""Which date counts for a page: one place for the rule every stage reads.

A page's own stated date (from its markup, date line, feed or input) counts first. A page
without one takes, in order: the date estimated from its own content by the analyzer, the
stated date of the page it copies (an AFP re-post carries its wire original's day), else the
LATEST stated date among its story's other pages. An undated page in a story is most often a
re-post or a later write-up (aggregators, blogs), so it follows the originals; and relative day
names ("on Thursday") resolve backwards from the reference, so the latest date keeps them inside
the story's own span, where a median would push them a week too early.

The pipeline re-analyzes a page whose reference date comes from its story (so its relative
dates resolve against it) and stores that analysis; the brief only reads the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from storyline.model import Analysis, CopyRelation, Document

ESTIMATED = "estimated"


def stated_date(doc: Document) -> str | None:
    """The day the page itself states, or None (an estimate is not a statement)."""
    if doc.published and doc.published_source not in ("none", ESTIMATED):
        return doc.published[:10]
    return None


def story_reference(docs: list[Document], exclude: str | None = None) -> str | None:
    """The latest stated day among a story's pages (but ``exclude``)."""
    dates = sorted(d for doc in docs if doc.id != exclude and (d := stated_date(doc)))
    return dates[-1] if dates else None


@dataclass
class StoryDates:
    """What a story's pages are dated by.

    ``docs``: the pages, undated ones copied with their estimated date filled in;
    ``estimated``: ids of the pages whose date is an estimate;
    ``reanalyze``: pages whose relative dates must be resolved again against the day given
    (their date came from the story, not from their own analysis).
    """

    docs: list[Document]
    estimated: set[str]
    reanalyze: dict[str, str]


def story_dates(
    docs: list[Document], analyses: dict[str, Analysis], relations: list[CopyRelation] | None = None
) -> StoryDates:
    """Date a story's pages by the rule above. Documents are copied, never changed in place."""
    by_id = {d.id: d for d in docs}
    original_date = {
        r.doc_id: d
        for r in relations or []
        if r.of_id in by_id and (d := stated_date(by_id[r.of_id]))
    }
    out: list[Document] = []
    estimated: set[str] = set()
    redo: dict[str, str] = {}
    for doc in docs:
        if stated_date(doc):
            out.append(doc)
            continue
        analysis = analyses.get(doc.id)
        guess = analysis.published_estimate if analysis else None
        if not guess and doc.published and doc.published_source == ESTIMATED:
            guess = doc.published
        from_story = None
        if not guess:
            from_story = original_date.get(doc.id) or story_reference(docs, exclude=doc.id)
            guess = from_story
        if not guess:
            out.append(doc)
            continue
        estimated.add(doc.id)
        out.append(doc.model_copy(update={"published": guess[:10], "published_source": ESTIMATED}))
        if from_story and (analysis is None or analysis.reference_date != guess[:10]):
            redo[doc.id] = guess[:10]
    return StoryDates(out, estimated, redo)


# ---------------------------------------------------------------- stated date against content

CONFLICT_DAYS = 30  # a stated date this long after every date the text writes is in conflict


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def text_dates(text: str) -> list[str]:
    """The full calendar dates (year, month and day) the text itself writes, as ISO days.
    Only the surroundings of a written year are parsed: the date patterns are slow to run
    over a whole text, and a full date always writes its year."""
    from storyline.clean.textmeta import find_dates

    found: set[str] = set()
    for m in _YEAR.finditer(text):
        window = text[max(0, m.start() - 40) : m.end() + 20]
        found.update(d.iso[:10] for line in window.split("\n") for d in find_dates(line))
    return sorted(found)


def content_date(doc: Document) -> str | None:
    """The day a page's content points to when its stated date conflicts with it, else None.

    A re-post or an archive copy carries the day it was put up again; its text still writes
    the days of what it reports. When the stated date lies more than CONFLICT_DAYS after every
    full date the text writes, the latest of those is the content's day. The stated date still
    counts for the page; story clustering places the page by its content.
    """
    stated = doc.published[:10] if doc.published and doc.published_source != ESTIMATED else None
    dates = text_dates(doc.text) if stated else []
    if not stated or not dates:
        return None
    latest = max(dates)
    gap = (date.fromisoformat(stated) - date.fromisoformat(latest)).days
    return latest if gap > CONFLICT_DAYS else None
