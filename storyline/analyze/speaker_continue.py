"""Quotes with no cue of their own: they take the speaker of the attribution they continue, the
previous one in their paragraph or, for a quote that opens its paragraph, the previous
paragraph's (over caption-like lines between); a paragraph left open takes the speaker named at
the end of the run. Used by ``storyline.analyze.speakers``; pure functions of the records.
"""

from __future__ import annotations

import re

from storyline.analyze.speaker_names import Record, Speaker


def continue_quotes(text: str, records: list[Record], lines: list[tuple[int, int]]) -> None:
    """Quotes with no cue of their own take the speaker of the attribution they continue."""
    last: dict[int, Record] = {}
    quoted_lines = {r.line for r in records}
    deferred: list[Record] = []
    for r in records:
        if r.speaker is None and r.subject is None:
            if _opens_new_run(r, last):
                deferred.append(r)  # its attribution is ahead: '¶ '...¶ '...,' Ruiz posted'
                continue
            r.speaker = _inherited(text, r, last, lines, quoted_lines)
        if r.speaker is not None:
            last[r.line] = r
    # A paragraph left open and attributed only in the next one ("... ," she said).
    for r, nxt in reversed(list(zip(records, records[1:], strict=False))):
        between = text[lines[r.line][1] : nxt.start].strip(" \t\n“\"«„'")
        if (
            r.speaker is None
            and r.open_end
            and nxt.speaker is not None
            and nxt.line > r.line
            and not between
        ):
            r.speaker = nxt.speaker
    last = {}
    for r in records:  # no attribution ahead: the run continues the one before after all
        if r.speaker is None and r.subject is None and deferred:
            r.speaker = _inherited(text, r, last, lines, quoted_lines)
        if r.speaker is not None:
            last[r.line] = r


def _opens_new_run(r: Record, last: dict[int, Record]) -> bool:
    """A quote left open at its paragraph's end, opening a paragraph after a paragraph whose
    quote was closed: a new run of quoted paragraphs, attributed where the run ends."""
    if not r.open_end or r.line in last:
        return False
    before = [n for n in last if n < r.line]
    return bool(before) and not last[max(before)].open_end


def _inherited(
    text: str,
    r: Record,
    last: dict[int, Record],
    lines: list[tuple[int, int]],
    quoted_lines: set[int],
) -> Speaker | None:
    """A quote with no cue of its own continues the previous attribution in its paragraph, or
    the previous paragraph's when it opens the paragraph. Lines between that hold no quote and
    do not end like a sentence (a caption, a heading over a video) do not break the quote."""
    same = last.get(r.line)
    if same is not None and same.end <= r.start:
        return same.speaker
    a, b = lines[r.line]
    if text[a : r.start].strip(" \t“\"«„'") != "" or _unread_attribution(text[r.end : b]):
        return None
    prev, skipped = r.line - 1, 0
    while prev >= 0:
        line = text[lines[prev][0] : lines[prev][1]].strip()
        if line and (
            prev in quoted_lines or _ends_like_sentence(line) or _title_case(line) or skipped >= 2
        ):
            break  # a subheading opens a new section: its quotes are not the last speaker's
        skipped += bool(line)
        prev -= 1
    found = last.get(prev)
    if found is None or (found.kind == "indirect" and found.cue_text == "according to"):
        return None  # "..., according to CNN. ¶ '...'": the outlet relays, it introduces no one
    return found.speaker


# After a closing mark: a comma, then lower-case writer's words to the sentence's end ('"…,"
# screamed the front page of the Herald.', '"…," read a banner'): an attribution of its own.
_TRAILING_WORDS = re.compile(
    r"""^\s*["”’']?\s*,\s*["”’']?\s+[a-z][\w'’-]*(?:\s+[\w'’.-]+){0,11}\s*[.!?]"""
)


def _unread_attribution(after: str) -> bool:
    """The quote's sentence goes on after it with words that attribute it, though the parse
    found no cue there: the previous paragraph's speaker is no safer a guess than none."""
    return _TRAILING_WORDS.match(after) is not None


def _title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def _ends_like_sentence(line: str) -> bool:
    return line.rstrip("\"'”’»)] ")[-1:] in (".", "!", "?", "…", ":")
