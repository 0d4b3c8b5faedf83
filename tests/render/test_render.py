"""Renderers: Markdown, JSON round trip, page-dated events, no control characters."""

from __future__ import annotations

import re

import pytest

from storyline.model import Brief
from storyline.render import render


def test_markdown_and_json(parts):
    brief, docs = parts
    md = render(brief, docs, "md")
    assert md.startswith("# ")
    for section in ("## Summary", "## Key figures", "## Who's who", "## Timeline", "## Sources"):
        assert section in md
    assert "<script>" not in md and "javascript:" not in md
    assert Brief.model_validate_json(render(brief, docs, "json")) == brief
    with pytest.raises(ValueError):
        render(brief, docs, "pdf")


def test_page_dated_events_are_explained(parts):
    from storyline.render.labels import PAGE_NOTE

    brief, docs = parts
    event = brief.timeline[0].model_copy(update={"precision": "page date"})
    dated = brief.model_copy(update={"timeline": [event]})
    assert PAGE_NOTE in render(dated, docs, "md")
    assert "page date: the sentence names no date" in render(dated, docs, "html")
    assert "page date: the sentence names no date" not in render(brief, docs, "md")


# Terminal escapes, a bell, NUL, C1 controls and bidi overrides a page may hold.
INJECTED = "\x1b]0;pwned\x07 \x1b[31mred\x00 \x9b2J \u202eevil\u202c \u2066iso\u2069 \u200f"
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def test_no_control_or_bidi_character_from_a_page_reaches_a_brief(parts):
    brief, docs = parts
    brief = brief.model_copy(deep=True)
    brief.headline += INJECTED
    for point in [*brief.summary, *brief.takeaways]:
        point.text += INJECTED
    for profile in brief.entities:
        profile.name += INJECTED
        profile.aliases.append(INJECTED)
    for group in brief.quotes:
        group.speaker += INJECTED
        for quote in group.quotes:
            quote.text += INJECTED
    for event in brief.timeline:
        event.text += INJECTED
    for row in brief.sources:
        row.title = (row.title or "") + INJECTED
        row.outlet = INJECTED
        row.url = "https://news.example/\u202elmth.exe"
    docs = [d.model_copy(update={"text": d.text + INJECTED, "title": INJECTED}) for d in docs]
    for fmt in ("html", "md"):
        page = render(brief, docs, fmt)
        assert "pwned" in page and "evil" in page  # the text is shown, its controls are not
        assert not UNSAFE.search(page), (fmt, UNSAFE.findall(page)[:5])
        # A URL holding an override is never made a link (its text would show reversed).
        assert 'href="https://news.example' not in page and "(<https://news.example" not in page
