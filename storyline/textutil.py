"""Small text helpers shared by stages that must not import each other (analyze loads spaCy,
synthesize loads scikit-learn)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from storyline.lexicon import (
    FEW_WORDS,
    LEGAL_FORM_ABBREVIATIONS,
    MONTH_ABBREVIATIONS,
    SHORT_TITLES,
    VAGUE_PLURALS,
)
from storyline.lexicon import HONORIFICS as HONORIFICS  # re-exported: stages read it here


def vague_figure(text: str) -> bool:
    """A figure written without a digit and with a vague plural or count ("thousands of
    troops", "billions of dollars", "a few hundred", "several million")."""
    if re.search(r"\d", text):
        return False
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & (VAGUE_PLURALS.keys() | FEW_WORDS.keys() | {"many"}))


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


# Words after which a full stop does not end a sentence (lower case, without the last stop).
ABBREVIATIONS = (
    frozenset(SHORT_TITLES)
    | frozenset(LEGAL_FORM_ABBREVIATIONS)
    | frozenset(MONTH_ABBREVIATIONS)
    | frozenset({"vs", "no", "u.s", "u.k", "u.n", "e.g", "i.e"})
)
# A sentence end: closing punctuation, any closing quotes or brackets, space, then what can open
# a sentence (a capital or a digit, maybe after an opening quote or bracket).
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_INITIAL = re.compile(r"[A-Z]\.")


def sentence_spans(
    text: str, *, abbreviations: bool = True, lead: Callable[[str, int, int], int] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text, trimmed of whitespace, in text order.

    A regex splitter rather than a parser: the stories stage adds a page to a large store in
    milliseconds and the brief reads hundreds of pages in seconds. A line break always ends a
    sentence, since flattened pages put headlines, captions and paragraphs on lines of their
    own. Within a line, a sentence ends at ". ! ? …" (and any closing quotes or brackets) before
    a capital, a digit or an opening quote. With ``abbreviations``, a full stop after a title or
    short form ("Mr.", "U.S.", "Jan.") or an initial ("Jong U. Kim") does not end one.
    ``lead(text, line_start, line_end)``, when given, says where a line's first sentence begins
    (after a dateline, say); stops before that point do not end a sentence.
    """
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = lead(text, line.start(), line.end()) if lead else line.start()
        for match in _BOUNDARY.finditer(text, line.start(), line.end()):
            cut = match.end()
            if cut <= start or (abbreviations and _abbreviated(text, start, match.start() + 1)):
                continue
            spans.append(trim_span(text, start, cut))
            start = cut
        spans.append(trim_span(text, start, line.end()))
    return [s for s in spans if s[1] > s[0]]


def _abbreviated(text: str, start: int, stop: int) -> bool:
    """The word ending at text[stop - 1] (a full stop) is an abbreviation or an initial."""
    begin = stop
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    word = text[begin:stop]
    return (
        word.rstrip(".").lower().lstrip("(\"'“") in ABBREVIATIONS
        or _INITIAL.fullmatch(word) is not None
    )
