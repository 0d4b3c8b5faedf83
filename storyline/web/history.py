"""Versions of a story's brief and what changed between them, on the story page.

Living stories (stored brief versions and a ``changes`` report) are built apart from the web
app. The story page asks every provider registered here for extra sections and shows them
above the brief, first in its table of contents; with none registered it shows the brief
alone. A provider takes the read-only store and the story id and returns (section id, title,
ready HTML) tuples; it must escape what it shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from storyline.store import Store

Section = tuple[str, str, str]
Provider = Callable[[Store, str], list[Section]]

PROVIDERS: list[Provider] = []
log = logging.getLogger(__name__)


def register(provider: Provider) -> Provider:
    PROVIDERS.append(provider)
    return provider


def history_sections(store: Store, story_id: str) -> list[Section]:
    out: list[Section] = []
    for provider in PROVIDERS:
        try:
            out += provider(store, story_id)
        except Exception:  # a broken history must not hide the brief
            log.exception("story history provider failed for %s", story_id)
    return out
