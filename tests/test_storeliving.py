"""The store's living-story tables: brief versions, stable story identity, and what the
watcher remembers of sources and items."""

from __future__ import annotations

import pytest

from storyline.model import Brief, BriefVersion, ChangeReport, Document, Story, StoryLink
from storyline.store import Store
from storyline.storeliving import SourceState, now_iso


@pytest.fixture()
def store(db_path):
    with Store(db_path) as s:
        yield s


def _doc(doc_id: str, text: str = "Some text.") -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", text=text)


def _version(story: str, n: int, built_at: str, docs=("a",)) -> BriefVersion:
    return BriefVersion(story_id=story, version=n, built_at=built_at, headline=f"{story} v{n}",
                        doc_ids=list(docs), digest=f"d{n}", added=n, changed=0)  # fmt: skip


def test_now_iso_is_utc_to_the_second():
    stamp = now_iso()
    assert stamp.endswith("+00:00") and "." not in stamp


def test_brief_versions_are_numbered_and_read_back(store):
    brief1 = Brief(story_id="s1", headline="First", generated_at="t1")
    brief2 = Brief(story_id="s1", headline="Second", generated_at="t2")
    changes = ChangeReport(story_id="s1", version=2, since="v1", since_version=1)
    store.put_brief_version(_version("s1", 1, "2026-01-01T00:00:00"), brief1, None)
    store.put_brief_version(_version("s1", 2, "2026-01-02T00:00:00", ("a", "b")), brief2, changes)
    assert [v.version for v in store.brief_versions("s1")] == [1, 2]
    latest = store.get_brief_version("s1")
    assert latest is not None and latest.version == 2 and latest.doc_ids == ["a", "b"]
    assert store.get_brief_version("s1", 1).headline == "s1 v1"
    assert store.get_brief_version("s1", 9) is None
    assert store.get_brief_version("nope") is None
    assert store.version_brief("s1", 2) == brief2
    assert store.version_brief("s1", 3) is None
    assert store.version_changes("s1", 1) is None  # a first version compares with nothing
    assert store.version_changes("s1", 2) == changes


def test_versioned_stories_are_most_recently_built_first(store):
    brief = Brief(story_id="x", headline="h", generated_at="t")
    store.put_brief_version(_version("old", 1, "2026-01-01T00:00:00"), brief, None)
    store.put_brief_version(_version("new", 1, "2026-03-01T00:00:00"), brief, None)
    assert store.versioned_stories() == ["new", "old"]


def test_identity_maps_documents_to_stable_stories_and_retires_old_ids(store):
    store.put_documents([_doc("a"), _doc("b", "Other."), _doc("c", "Third.")])
    store.put_stories([Story(id="tmp", label="t", doc_ids=["a"])])
    stories = [Story(id="s1", label="one", doc_ids=["a", "b"]), Story(id="s2", label="two",
                                                                      doc_ids=["c"])]  # fmt: skip
    store.apply_identity(stories, ["tmp"], [])
    assert store.get_story("tmp") is None
    assert store.identity_of(["a", "c", "zzz"]) == {"a": "s1", "c": "s2"}
    assert store.identity_members("s1") == ["a", "b"]
    assert store.story_id_used("s1") and not store.story_id_used("never")


def test_a_merged_story_id_resolves_to_the_story_it_joined(store):
    store.put_documents([_doc("a"), _doc("b", "Other.")])
    store.apply_identity([Story(id="s1", label="one", doc_ids=["a"]),
                          Story(id="s2", label="two", doc_ids=["b"])], [], [])  # fmt: skip
    merged = StoryLink(old_id="s2", new_id="s1", kind="merged", at="2026-01-05T00:00:00")
    store.apply_identity([Story(id="s1", label="one", doc_ids=["a", "b"])], ["s2"], [merged])
    assert store.resolve_story("s1") == "s1"
    assert store.resolve_story("s2") == "s1"
    assert store.resolve_story("unknown") is None
    assert store.story_links("s2") == [merged]
    assert store.story_links() == [merged]
    assert store.story_links("other") == []


def test_merge_links_that_loop_do_not_hang(store):
    links = [StoryLink(old_id="p", new_id="q", kind="merged", at="t1"),
             StoryLink(old_id="q", new_id="p", kind="merged", at="t2")]  # fmt: skip
    store.apply_identity([], [], links)
    assert store.resolve_story("p") is None


def test_source_state_round_trips_and_defaults(store):
    assert store.source_state("feed") == SourceState("feed")
    state = SourceState("feed", etag='"abc"', last_modified="Mon", failures=2, next_try=12.5,
                        last_error="timeout", last_ok="2026-01-01")  # fmt: skip
    store.put_source_state(state)
    assert store.source_state("feed") == state


def test_take_in_stores_documents_and_marks_keys_in_one_step(store):
    fresh = store.take_in("folder", ["file:/x/a.txt"], "fp1", [_doc("a"), _doc("b", "Other.")])
    assert fresh == ["a", "b"]
    assert store.get_document("a") is not None
    record = store.watch_items(["file:/x/a.txt", "unknown"])
    assert list(record) == ["file:/x/a.txt"]
    assert record["file:/x/a.txt"].done and record["file:/x/a.txt"].fingerprint == "fp1"
    assert sorted(store.pending_ids()) == ["a", "b"]
    # The same page again is not fresh and does not wait again.
    store.clear_pending(["a", "b"])
    assert store.take_in("folder", ["file:/x/a2.txt"], None, [_doc("a")]) == []
    assert store.pending_ids() == []


def test_an_item_is_given_up_on_after_its_attempts(store):
    keys = ["entry:feed#1", "link:https://n.example/1"]
    assert store.item_failed("feed", keys, "HTTP 500", 3) is False
    assert store.watch_items(keys)[keys[1]].attempts == 1
    assert not store.watch_items(keys)[keys[0]].done
    assert store.item_failed("feed", keys, "HTTP 500", 3) is False
    assert store.item_failed("feed", keys, "HTTP 500", 3) is True
    assert all(r.done and r.attempts == 3 for r in store.watch_items(keys).values())
