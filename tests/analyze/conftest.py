"""The spaCy pipeline the analyze tests parse their invented sentences with (loaded once)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.analyze.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()
