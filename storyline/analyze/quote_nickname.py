"""A nickname in quotation marks inside a name ('Sheriff Paula "Doc" Brennan'): the marks
hold no quote, and the writer's words around them (the name, its cue) go on past them."""

from __future__ import annotations

from spacy.tokens import Doc


def past_nickname(sdoc: Doc, i: int, quoted: bytearray) -> int | None:
    """The token after a quoted nickname inside a name ('"...," Sheriff Paula "Doc" Brennan
    told the crowd': the name and its cue go on past the marks), else None."""
    j = i
    while j < len(sdoc) and quoted[sdoc[j].idx]:
        j += 1
    if j - i > 5 or j >= len(sdoc) or i == 0:
        return None  # more than a word or two in marks: a quote of its own
    before, after = sdoc[i - 1], sdoc[j]
    if before.is_title and after.is_title and before.pos_ == after.pos_ == "PROPN":
        return j
    return None
