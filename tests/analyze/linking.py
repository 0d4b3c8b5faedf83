"""Shared by the entity-linking tests: which entity a mention joins, through the real analyzer."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities


def entity_of(nlp: Language, text: str, context: str, name: str) -> str:
    """The entity whose mention is ``name`` inside ``context``."""
    pos = text.index(context) + context.index(name)
    for e in find_entities(nlp(text)):
        if any(m.start == pos for m in e.mentions):
            return e.name
    raise AssertionError(context)
