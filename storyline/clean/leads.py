"""Where a paragraph's first sentence proper begins: after its dateline, a byline before it,
or a bracketed photo or outlet credit. The analyzers cut quotes there and the brief cuts
summary sentences and timeline entries there, so the rule lives below both."""

from __future__ import annotations

import re

from storyline.clean.textmeta import Dateline, parse_dateline

# "By Anna Kiel " before a dateline; a bracketed photo credit or outlet credit ("(CNN)") left
# at a paragraph's start.
_LEAD_BYLINE = re.compile(r"By\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?=[A-Z]{3,}\b)")
_LEAD_CREDIT = re.compile(
    r"(?:[(\[](?i:(?:file\s+)?(?:photo|image|picture|video)s?(?:\s+credit)?)\s*[:/]"
    r"[^)\]\n]{1,60}[)\]]|\((?:[A-Z][\w.&'’-]*\s?){1,3}\))\s*(?:[-–—]+\s+)?"
    r"(?=[\"“‘A-Z])"
)


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
