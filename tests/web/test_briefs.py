"""The web app's brief cache: built through the pipeline once per state of a story, shared
by concurrent requests, bounded, and never writing to the store."""

from __future__ import annotations

import hashlib
import threading

import pytest

from storyline.store import Store
from storyline.web.briefs import BriefCache


@pytest.fixture(scope="module")
def ro_store(web_db):
    with Store(web_db, read_only=True) as store:
        yield store


def _biggest(store: Store):
    return max(store.stories(), key=lambda s: len(s.doc_ids))


def test_a_brief_is_built_once_and_then_served_from_the_cache(web_db, ro_store):
    cache = BriefCache(web_db)
    story = _biggest(ro_store)
    assert cache.cached(ro_store, story) is None
    first = cache.get(ro_store, story)
    assert first.result.brief.story_id == story.id
    assert first.result.brief.sources and "<script>" not in first.body
    assert f'"story_id": "{story.id}"' in first.json
    assert cache.get(ro_store, story) is first
    assert cache.cached(ro_store, story) is first


def test_the_key_changes_with_the_story_and_not_otherwise(web_db, ro_store):
    cache = BriefCache(web_db)
    story = _biggest(ro_store)
    assert cache.key(ro_store, story) == cache.key(ro_store, story)
    renamed = story.model_copy(update={"label": story.label + " (renamed)"})
    assert cache.key(ro_store, renamed) != cache.key(ro_store, story)
    fewer = story.model_copy(update={"doc_ids": story.doc_ids[:-1]})
    assert cache.key(ro_store, fewer) != cache.key(ro_store, story)


def test_the_cache_keeps_only_the_most_recent_briefs(web_db, ro_store):
    cache = BriefCache(web_db, size=1)
    small, big = sorted(ro_store.stories(), key=lambda s: len(s.doc_ids))[:2]
    cache.get(ro_store, small)
    cache.get(ro_store, big)
    assert cache.cached(ro_store, small) is None
    assert cache.cached(ro_store, big) is not None


def test_concurrent_requests_share_one_build_and_nothing_is_written(web_db, ro_store):
    before = hashlib.sha256(web_db.read_bytes()).hexdigest()
    cache = BriefCache(web_db)
    story = _biggest(ro_store)
    results = []

    def ask() -> None:
        with Store(web_db, read_only=True) as store:
            results.append(cache.get(store, story))

    threads = [threading.Thread(target=ask) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(results) == 3 and all(r is results[0] for r in results)
    assert hashlib.sha256(web_db.read_bytes()).hexdigest() == before
