"""Brief versions: numbered per story, an unchanged rebuild is no new version, the headline
changes only with the lead, and --since picks the version to compare with."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.living.versions import SinceError, baseline, record, steady_headline
from storyline.model import Brief, BriefVersion, Document, SourceRow
from storyline.store import Store


def _doc(doc_id: str, title: str) -> Document:
    return Document(id=doc_id, source=doc_id, title=title, text=f"{title}. Body of {doc_id}.")


def _brief(headline: str, *doc_ids: str) -> Brief:
    return Brief(
        story_id="story-s",
        headline=headline,
        generated_at="2025-03-12T10:00:00+00:00",
        sources=[SourceRow(doc_id=i) for i in doc_ids],
    )


def _version(headline: str, lead: str | None, *doc_ids: str) -> BriefVersion:
    return BriefVersion(
        story_id="story-s",
        version=1,
        built_at="2025-03-12T10:00:00+00:00",
        headline=headline,
        lead_doc_id=lead,
        doc_ids=list(doc_ids),
    )


DOCS = [_doc("a", "Dam gives way"), _doc("b", "Valley empties"), _doc("c", "Fund approved")]


def test_headline_kept_while_the_lead_stays_and_no_new_page_leads() -> None:
    previous = _version("Dam gives way", "a", "a", "b")
    # Same pages, another title scored first (run to run): the headline stays.
    brief, lead = steady_headline(_brief("Valley empties", "a", "b"), DOCS[:2], previous)
    assert (brief.headline, lead) == ("Dam gives way", "a")
    # A new page leads: the headline follows it.
    brief, lead = steady_headline(_brief("Fund approved", "a", "b", "c"), DOCS, previous)
    assert (brief.headline, lead) == ("Fund approved", "c")
    # The lead page left the story: the headline the brief gives now.
    brief, lead = steady_headline(_brief("Valley empties", "b", "c"), DOCS[1:], previous)
    assert (brief.headline, lead) == ("Valley empties", "b")


def test_versions_are_numbered_and_an_unchanged_rebuild_is_not_stored(db_path: Path) -> None:
    with Store(db_path) as store:
        _, first, none = record(store, _brief("Dam gives way", "a", "b"), DOCS[:2])
        again = _brief("Dam gives way", "a", "b").model_copy(
            update={"generated_at": "2025-03-13T09:00:00+00:00"}
        )
        _, same, _ = record(store, again, DOCS[:2])
        _, second, report = record(store, _brief("Dam gives way", "a", "b", "c"), DOCS)
        assert (first.version, same.version, second.version) == (1, 1, 2)
        assert none is None and report is not None and report.since == "v1"
        assert report.new_doc_ids == ["c"]
        assert [v.version for v in store.brief_versions("story-s")] == [1, 2]
        assert store.version_changes("story-s", 2) == report
        assert store.version_brief("story-s", 1).headline == "Dam gives way"


def test_since_a_version_or_a_date(db_path: Path) -> None:
    with Store(db_path) as store:
        record(store, _brief("Dam gives way", "a"), DOCS[:1])
        record(store, _brief("Dam gives way", "a", "b"), DOCS[:2])
        _, latest, _ = record(store, _brief("Dam gives way", "a", "b", "c"), DOCS)
        assert baseline(store, "story-s", latest, None).version == 2
        assert baseline(store, "story-s", latest, "v1").version == 1
        assert baseline(store, "story-s", latest, "1").version == 1
        assert baseline(store, "story-s", latest, "2000-01-01") is None
        assert baseline(store, "story-s", latest, "2999-01-01T00:00:00Z").version == 3
        with pytest.raises(SinceError, match="no version v9"):
            baseline(store, "story-s", latest, "v9")
        with pytest.raises(SinceError, match="not a version"):
            baseline(store, "story-s", latest, "last week")
