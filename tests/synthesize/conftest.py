"""The hand-made story and its brief, for the synthesize tests."""

from __future__ import annotations

import pytest

from storyline.synthesize import build_brief
from tests.hand_story import (
    make_story,
    reresolved,
)


@pytest.fixture()
def story_parts():
    return make_story()


@pytest.fixture()
def brief(story_parts):
    story, docs, analyses, relations = story_parts
    return build_brief(story, docs, reresolved(analyses), relations)


@pytest.fixture(scope="module")
def nlp():  # a spaCy Language, for the tests that parse invented pages
    from storyline.analyze.nlp import load_nlp

    return load_nlp()
