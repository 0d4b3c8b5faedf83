"""The What's new section: at the top, cited, page text escaped, new items marked in place."""

from __future__ import annotations

from storyline.model import (
    Brief,
    ChangeItem,
    ChangeReport,
    Citation,
    Document,
    Point,
    SourceRow,
)
from storyline.render import render

TEXT = "Officials said <script>alert(1)</script> the dam held. The valley was emptied on Monday."


def _cite(doc_id: str, phrase: str) -> Citation:
    start = TEXT.index(phrase)
    return Citation(doc_id=doc_id, start=start, end=start + len(phrase), text=phrase)


def _brief_and_report() -> tuple[Brief, list[Document], ChangeReport]:
    old_point = _cite("a", "The valley was emptied on Monday.")
    new_point = _cite("b", "Officials said <script>alert(1)</script> the dam held.")
    brief = Brief(
        story_id="story-s",
        headline="Dam",
        generated_at="2025-03-13T10:00:00+00:00",
        summary=[
            Point(text=old_point.text, citations=[old_point], independent_sources=1),
            Point(text=new_point.text, citations=[new_point], independent_sources=1),
        ],
        sources=[SourceRow(doc_id="a", title="Old page"), SourceRow(doc_id="b", title="New page")],
    )
    docs = [Document(id=i, source=i, text=TEXT) for i in ("a", "b")]
    report = ChangeReport(
        story_id="story-s",
        version=2,
        since="v1",
        since_version=1,
        since_built_at="2025-03-12T10:00:00+00:00",
        new_doc_ids=["b"],
        added=[
            ChangeItem(kind="source", text="“New page”", citations=[_cite("b", "Officials said")]),
            ChangeItem(kind="claim", text=new_point.text, citations=[new_point]),
        ],
    )
    return brief, docs, report


def test_markdown_opens_with_whats_new_and_marks_in_place() -> None:
    brief, docs, report = _brief_and_report()
    md = render(brief, docs, "md", changes=report)
    assert md.index("## What's new since v1 (2025-03-12 10:00 UTC)") < md.index("## Summary")
    assert "1 new source; 1 new item; 0 changed." in md
    assert "<script>" not in md
    summary = md.split("## Summary", 1)[1].split("##", 1)[0]
    assert summary.count("**new**") == 1 and "**new** Officials said" in summary
    assert "| S2 | **new** New page" in md


def test_html_escapes_change_items_and_links_their_citations() -> None:
    brief, docs, report = _brief_and_report()
    html = render(brief, docs, "html", changes=report)
    assert "<script>alert" not in html
    section = html.split("<section id=whats-new>", 1)[1].split("</section>", 1)[0]
    assert "&lt;script&gt;" in section
    assert 'href="#doc-S2"' in section  # the source's opening is not cited in the brief
    assert 'href="#c' in section  # the claim links to its passage
    assert html.index("id=whats-new") < html.index("id=summary")


def test_no_section_without_an_earlier_version() -> None:
    brief, docs, _ = _brief_and_report()
    assert "What's new" not in render(brief, docs, "md")
    assert "<section id=whats-new>" not in render(brief, docs, "html")
