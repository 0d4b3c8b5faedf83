"""Small text helpers shared by stages that must not import each other (analyze loads spaCy,
synthesize loads scikit-learn)."""

from __future__ import annotations

import re
import unicodedata


def slug(name: str) -> str:
    """ASCII slug: "Kim Jong-un" -> "kim-jong-un", "Müller" -> "muller"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "entity"


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span [start, end) of text without its leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
