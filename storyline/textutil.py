"""Small text helpers shared by stages that must not import each other (analyze loads spaCy,
synthesize loads scikit-learn)."""

from __future__ import annotations

import re
import unicodedata

_COURTESY = {
    "mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f",
    "lady": "f", "madam": "f", "madame": "f", "mme": "f", "mx": "", "dr": "", "prof": "",
    "rev": "",
}
# Courtesy titles that stand before a name, lower case, with and without their full stop, and the
# gender each implies ("" for none). Not "M." (French "monsieur"): in English text it is far more
# often an initial ("M. Night Shyamalan"). Role titles ("President", "Senator") are not here:
# stages use them differently (analyze keeps them as descriptors, quotes cuts them from names)
# and keep their own lists.
HONORIFICS: dict[str, str] = _COURTESY | {f"{word}.": gender for word, gender in _COURTESY.items()}


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
