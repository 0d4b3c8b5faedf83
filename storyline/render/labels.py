"""Short labels shared by the renderers: S1, S2 ... for sources, in the sources table's order."""

from __future__ import annotations

import re

from storyline.labels import fmt_value as fmt_value  # one definition, below both stages
from storyline.labels import sources_phrase as sources_phrase
from storyline.model import COPY_WORDS, Brief, Citation, Document, SourceRow

# An absolute http(s) URL with a host and no whitespace, control or bidi formatting characters:
# anything else (javascript:, data:, relative paths, a line break that would end a Markdown
# table row, an override that shows the address reversed) is shown as plain text, never made
# a link.
_UNLINKABLE = "\\s\\x00-\\x1f\\x7f-\\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_LINKABLE = re.compile(f"https?://[^{_UNLINKABLE}/?#]+[^{_UNLINKABLE}]*", re.IGNORECASE)

PAGE_NOTE = (
    "page date: the sentence names no date for its own main event (only for another "
    "one, as in “since Tuesday”), so it is dated by its page’s publication date."
)

VERDICTS = {
    "agree": "sources agree",
    "different_referents": "different numbers count different things",
    "different_times": "different numbers refer to different times",
    "conflict": "sources conflict",
    "single": "one source",
    "unresolved": "different numbers, not shown to count the same thing",
}


def source_labels(brief: Brief) -> dict[str, str]:
    return {row.doc_id: f"S{i}" for i, row in enumerate(brief.sources, 1)}


def all_citations(brief: Brief) -> list[Citation]:
    """Every citation of the brief, in reading order."""
    out: list[Citation] = []
    for p in [*brief.summary, *brief.takeaways]:
        out += p.citations
    for fg in brief.figures:
        out += [v.citation for v in fg.values]
    for prof in brief.entities:
        out += prof.citations
    for sq in brief.quotes:
        out += [c for q in sq.quotes for c in (q.citation, *q.versions)]
    for q in brief.questions:
        out += [pos.quote.citation for pos in q.positions]
    for ev in brief.timeline:
        out += ev.citations
    return out


def copy_label(row: SourceRow, labels: dict[str, str]) -> str:
    """ "copy of S3": the row's copy relation, its original by its source label."""
    if row.copy_kind is None or row.copy_of not in labels:
        return row.copy_status
    return f"{COPY_WORDS[row.copy_kind]} {labels[row.copy_of]}"


def link_url(url: str | None) -> str | None:
    """The URL when it is safe to make a link of, else None."""
    return url if url and _LINKABLE.fullmatch(url) else None


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def removed_label(row: SourceRow, doc: Document | None) -> str:
    """What cleaning dropped from a source, in the terms of its input: an HTML page loses the
    page text the extractor left out (menus, footers; there are no lines to count), a text
    page loses whole lines (bylines, share prompts)."""
    lines = row.removed_lines
    extracted = row.html_extracted or (
        doc is not None and doc.removed_chars > sum(len(r.line) + 1 for r in doc.removed)
    )
    if extracted:
        extra = f" + {_plural(lines, 'line')}" if lines else ""
        return f"{row.removed_share:.0%} of page text (HTML extraction{extra})"
    if not lines:
        return "none"
    return f"{_plural(lines, 'line')}, {row.removed_share:.0%} of text"


def published_label(published: str | None) -> str:
    """An ISO date or timestamp as a reader scans a column: "2025-03-12 18:40 +01:00"."""
    if not published:
        return ""
    m = re.fullmatch(
        r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?"
        r"(Z|[+-]\d{2}:?\d{2})?",
        published.strip(),
    )
    if not m:
        return published
    if m.group(2) == "00:00":  # midnight is how many pages stamp a date without a time
        return m.group(1)
    zone = {"Z": " UTC", None: "", "+00:00": " UTC"}.get(m.group(3), f" {m.group(3)}")
    return f"{m.group(1)} {m.group(2)}{zone}"
