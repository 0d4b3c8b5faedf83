"""Places the small model calls organisations or people, told by how the page uses them: a
dateline in capitals ("KESSPORT, Feb 10 (Wire) -"), a town a clause is about ("to Kessport,
where ..."), a town owning a district ("Kessport's east district"), and a bare town name after a
preposition of place whose word opens a body's name on the page ("officials in Kessport" beside
"Kessport Water"). Left an organisation, such a word becomes the body's short name and the city
and its water utility become one entry of the who's who.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from storyline.analyze.entity_spans import NameSpan, person_words, words
from storyline.analyze.nlp import doc_text
from storyline.lexicon import PLACE_NOUNS

# Prepositions that put a place after them ("officials in Kessport"); not "to" or "from",
# which put a firm after them as often ("sold to Veltra", "a statement from Veltra").
_PLACE_PREPS = frozenset("in near outside across around throughout".split())
# Before a town a clause is about ("sent a team to Kessport, where"; not "joined Acme, where").
_WHERE_PREPS = _PLACE_PREPS | {"to", "from", "into"}
# A dateline: the word in capitals opening a line, then a date, an agency and a dash, or a dash
# ("KESSPORT, Feb 10", "KESSPORT (Wire) -", "KESSPORT —"); not "NATO, the alliance, said".
_DATELINE_AFTER = re.compile(
    r"^(?:,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2}\b|\s*\([^()\n]{2,40}\)\s*[-–—]|\s+[-–—]\s)"
)
_WHERE_AFTER = re.compile(r"^\s*,\s*where\b")
_PLACE_NOUN = "(?:" + "|".join(sorted(PLACE_NOUNS)) + ")"
# "Kolvik, a port town of 12,000": the place noun heads the apposition ("a port operator" does not).
_PLACE_APPOSED = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    + _PLACE_NOUN
    + r"(?:\s+of\b|\s*[,.;]|\s+(?:in|on|near|where|that)\b)"
)
_OWNS_A_PLACE = re.compile(r"^['’]s\s+(?:[a-z-]+\s+)?" + _PLACE_NOUN + r"s?\b")


def places_by_use(sdoc: Doc, spans: list[NameSpan]) -> None:
    """Relabel, as places, the one-word organisations and people the page uses as a town."""
    text = doc_text(sdoc)
    people = person_words(sdoc, spans)
    openers = {
        words(s.name(sdoc))[0]
        for s in spans
        if s.label in ("ORG", "PERSON") and s.end - s.start > 1
    }
    for span in spans:
        if span.label not in ("ORG", "PERSON") or span.end - span.start != 1:
            continue
        word = words(span.name(sdoc))
        if not word or (span.label == "PERSON" and word[0] in people):
            continue
        after = text[sdoc[span.start].idx + len(sdoc[span.start].text) :][:60]
        if (
            _dateline(sdoc, span, after)
            or (_WHERE_AFTER.match(after) and _after_preposition(sdoc, span, _WHERE_PREPS))
            or _OWNS_A_PLACE.match(after)
            or _PLACE_APPOSED.match(after)
            or (word[0] in openers and _after_preposition(sdoc, span, _PLACE_PREPS))
        ):
            span.label = "GPE"


def _dateline(sdoc: Doc, span: NameSpan, after: str) -> bool:
    tok = sdoc[span.start]
    opens_line = tok.i == 0 or "\n" in sdoc[tok.i - 1].whitespace_
    return (
        opens_line
        and tok.text.isupper()
        and len(tok.text) > 2
        and bool(_DATELINE_AFTER.match(after))
    )


def _after_preposition(sdoc: Doc, span: NameSpan, preps: frozenset[str]) -> bool:
    if span.start == 0:
        return False
    return sdoc[span.start - 1].lower_ in preps
