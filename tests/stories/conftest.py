"""The Lakeville pages, for the stories tests."""

from __future__ import annotations

import pytest

from storyline.model import Document
from tests.stories.lakeville import lakeville_docs


@pytest.fixture()
def docs() -> dict[str, Document]:
    return lakeville_docs()
