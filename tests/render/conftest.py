"""The hand-made story with a hostile page added, and its brief."""

from __future__ import annotations

import pytest

from storyline.model import Analysis, Document, Story
from tests.hand_story import EVIL, build_offline, make_story


@pytest.fixture(scope="module")
def parts():
    story, docs, analyses, relations = make_story()
    evil = Document(
        id="evil",
        source="evil.html",
        title="<script>alert(3)</script>Evil title",
        outlet="<b onmouseover=alert(4)>Evil</b>",
        url="javascript:alert(5)",
        published="2024-10-23",
        published_source="meta",
        text=EVIL,
    )
    story = Story(id=story.id, label=story.label, doc_ids=[*story.doc_ids, "evil"])
    docs = [*docs, evil]
    analyses = [*analyses, Analysis(doc_id="evil", version="t", text_hash="x")]
    return build_offline(story, docs, analyses, relations), docs
