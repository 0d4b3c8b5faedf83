"""Brief versions: every brief built is stored as a numbered version of its story.

A rebuild that gives the same brief as the latest version (same pages, same content; the build
time aside) is that version, not a new one. Each version keeps the pages it covered and what
changed since the version before it, so a reader (CLI, web app) gets both without rebuilding.

The headline changes only when the story's lead changes: the lead is the page whose title is
the headline. A rebuild keeps the previous headline while its lead page is still in the story,
unless the title the brief now puts first belongs to a page the previous version did not have
(news that leads). So runs over the same pages never retitle a story.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime

from storyline.living.changes import compare, empty_brief
from storyline.model import Analysis, Brief, BriefVersion, ChangeReport, Document
from storyline.store import Store
from storyline.storeliving import now_iso

_VERSION = re.compile(r"v?(\d+)\Z", re.IGNORECASE)


def digest(brief: Brief) -> str:
    """A fingerprint of the brief's content, its build time left out."""
    payload = brief.model_copy(update={"generated_at": ""}).model_dump_json()
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def lead_of(headline: str, docs: list[Document]) -> str | None:
    """The page whose title the headline is (None when it is the story's label)."""
    return next((d.id for d in docs if (d.title or "").strip() == headline.strip()), None)


def steady_headline(
    brief: Brief, docs: list[Document], previous: BriefVersion | None
) -> tuple[Brief, str | None]:
    """The brief with its headline kept from ``previous`` unless the lead changed; the lead."""
    lead = lead_of(brief.headline, docs)
    if previous is None or brief.headline == previous.headline:
        return brief, lead
    members = {d.id for d in docs}
    news_leads = lead is not None and lead not in previous.doc_ids
    lead_stays = previous.lead_doc_id is None or previous.lead_doc_id in members
    if lead_stays and not news_leads:
        return brief.model_copy(update={"headline": previous.headline}), previous.lead_doc_id
    return brief, lead


def record(
    store: Store, brief: Brief, docs: list[Document]
) -> tuple[Brief, BriefVersion, ChangeReport | None]:
    """Store ``brief`` (built from ``docs``) as the next version of its story, with what
    changed since the latest one; an unchanged rebuild returns the latest version as it is."""
    previous = store.get_brief_version(brief.story_id)
    brief, lead = steady_headline(brief, docs, previous)
    doc_ids = [row.doc_id for row in brief.sources]
    fingerprint = digest(brief)
    if previous is not None and previous.digest == fingerprint:
        return brief, previous, store.version_changes(brief.story_id, previous.version)
    number = previous.version + 1 if previous else 1
    report = None
    if previous is not None:
        old = store.version_brief(brief.story_id, previous.version) or empty_brief(brief.story_id)
        analyses = _analyses(store, [*previous.doc_ids, *doc_ids])
        report = compare(old, previous.doc_ids, brief, docs, number, analyses)
        report = _since(report, previous)
    version = BriefVersion(
        story_id=brief.story_id,
        version=number,
        built_at=now_iso(),
        headline=brief.headline,
        lead_doc_id=lead,
        doc_ids=doc_ids,
        digest=fingerprint,
        added=len(report.added) if report else 0,
        changed=len(report.changed) if report else 0,
    )
    store.put_brief_version(version, brief, report)
    return brief, version, report


def _analyses(store: Store, doc_ids: list[str]) -> dict[str, Analysis]:
    """The stored analyses of both versions' pages: what each page states."""
    return {i: a for i in dict.fromkeys(doc_ids) if (a := store.get_analysis(i)) is not None}


def _since(
    report: ChangeReport, earlier: BriefVersion | None, asked: str | None = None
) -> ChangeReport:
    return report.model_copy(
        update={
            "since": asked or (f"v{earlier.version}" if earlier else None),
            "since_version": earlier.version if earlier else None,
            "since_built_at": earlier.built_at if earlier else None,
        }
    )


class SinceError(ValueError):
    """A --since that names no version and no date."""


def baseline(
    store: Store, story_id: str, latest: BriefVersion, since: str | None
) -> BriefVersion | None:
    """The version to compare ``latest`` with: the one before it by default; version N
    ("3" or "v3"); or, for a date, the latest version built before it (None: no version
    existed yet, so everything is new since then)."""
    if since is None:
        return store.get_brief_version(story_id, latest.version - 1) if latest.version > 1 else None
    if m := _VERSION.match(since.strip()):
        found = store.get_brief_version(story_id, int(m.group(1)))
        if found is None:
            raise SinceError(f"{story_id} has no version {since} (latest is v{latest.version})")
        return found
    cutoff = _instant(since)
    earlier = [v for v in store.brief_versions(story_id) if _instant(v.built_at) < cutoff]
    return earlier[-1] if earlier else None


def _instant(value: str) -> datetime:
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise SinceError(f"not a version (v3) or an ISO date (2024-10-25): {value!r}") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def changes(store: Store, story_id: str, since: str | None = None) -> ChangeReport | None:
    """What the latest version of a story has that ``since`` (default: the version before)
    did not; None when the story has no stored brief."""
    latest = store.get_brief_version(story_id)
    if latest is None:
        return None
    earlier = baseline(store, story_id, latest, since)
    if since is None and earlier is not None:
        stored = store.version_changes(story_id, latest.version)
        if stored is not None:
            return stored
    new = store.version_brief(story_id, latest.version) or empty_brief(story_id)
    docs = list(store.documents(latest.doc_ids))
    if earlier is None:
        old, old_ids = empty_brief(story_id), []
    else:
        old = store.version_brief(story_id, earlier.version) or empty_brief(story_id)
        old_ids = earlier.doc_ids
    analyses = _analyses(store, [*old_ids, *latest.doc_ids])
    report = compare(old, old_ids, new, docs, latest.version, analyses)
    asked = since if since is not None and not _VERSION.match(since.strip()) else None
    return _since(report, earlier, asked)
