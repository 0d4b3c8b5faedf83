"""The brief from hand-made documents and analyses, end to end: citations verbatim, the
undated page dated from its story."""

from __future__ import annotations


def test_undated_doc_takes_latest_story_date(brief):
    row = next(r for r in brief.sources if r.doc_id == "c")
    assert row.published == "2024-10-25" and row.published_status == "estimated"
    assert next(r for r in brief.sources if r.doc_id == "a").published_status == "stated"
    assert [e.date for e in brief.timeline if "ratify" in e.text] == ["2024-10-24"]


def test_every_citation_is_verbatim(brief, story_parts):
    from storyline.render.labels import all_citations

    texts = {d.id: d.text for d in story_parts[1]}
    cites = all_citations(brief)
    assert cites
    for c in cites:
        assert texts[c.doc_id][c.start : c.end] == c.text
