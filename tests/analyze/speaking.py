"""Shared by the speaker tests: the quotes a short passage yields, through the real analyzers."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities
from storyline.analyze.quotes import find_quotes
from storyline.model import Quote


def quotes(nlp: Language, text: str) -> list[Quote]:
    sdoc = nlp(text)
    return find_quotes(sdoc, find_entities(sdoc))


def said(nlp: Language, text: str, words: str) -> Quote:
    """The first quote holding ``words`` (fails when there is none)."""
    found = [q for q in quotes(nlp, text) if words in q.text]
    assert found, f"no quote with {words!r}"
    return found[0]
