"""The clean stage on raw documents: metadata, hints, HTML, lines repeated across an outlet."""

from __future__ import annotations

import pytest

from storyline.clean import clean_document, clean_documents, repeated_lines
from storyline.clean import text as t
from storyline.clean.text import clean_text
from storyline.errors import InputError
from storyline.model import Document, Failure, RawDocument
from tests.clean.invented_page import ARTICLE_STARTS, PAGE


def test_document_metadata_from_invented_page() -> None:
    page = PAGE
    doc = clean_document(RawDocument(source="gazette.txt", content=page.encode()))
    assert doc.text.count("\n\n") == len(ARTICLE_STARTS) - 1
    assert doc.published == "2024-06-05" and doc.published_source == "date-line"
    assert doc.authors == ["Mara Quist", "Tobias Engel"]
    assert doc.wire == "Reuters"
    assert doc.outlet == "The Harbour Gazette"
    assert doc.language == "en"
    assert doc.text.startswith("PORT ALDEN (Reuters) - Ferry operators")
    assert len(doc.id) == 16
    assert doc.id == clean_document(RawDocument(source="x", content=page.encode())).id


def test_hints_win_and_failures_are_reported() -> None:
    text = "Friday, October 25, 2024\nFerry strike ends\nThe union agreed on Tuesday to end it."
    raw = RawDocument(
        source="a.jsonl:1",
        content=b"{}",
        format="jsonl",
        text=text,
        title="Given title",
        published="2024-10-26",
        outlet="Straits Times",
        authors=["A. Writer"],
        url="https://harbour.example/a",
    )
    doc = clean_document(raw)
    assert (doc.title, doc.published, doc.published_source) == (
        "Given title",
        "2024-10-26",
        "input",
    )
    assert doc.outlet == "The Straits Times" and doc.authors == ["A. Writer"]
    feed = raw.model_copy(update={"format": "feed", "published": "Fri, 25 Oct 2024 08:00:00 GMT"})
    assert clean_document(feed).published_source == "feed"
    assert clean_document(feed).published.startswith("2024-10-25T08:00")
    bad = RawDocument(source="menu.txt", content=b"Home | News | Contact\nLog in\n")
    with pytest.raises(InputError, match="menu.txt: no article text"):
        clean_document(bad)
    out = clean_documents([bad, raw])
    assert isinstance(out[0], Failure) and isinstance(out[1], Document)


def test_html_goes_through_extraction_and_line_cleaning() -> None:
    body = " ".join(["The ferry strike at Port Alden ended on Tuesday after three weeks."] * 4)
    html = (
        f"<html><head><title>Ferry strike ends</title></head><body><article>"
        f"<h1>Ferry strike ends</h1><p>{body}</p><p>Sign up for our newsletter</p>"
        f"<p>{body.replace('Tuesday', 'Wednesday')}</p></article></body></html>"
    )
    doc = clean_document(RawDocument(source="p.html", content=html.encode(), format="html"))
    assert "ferry strike at Port Alden ended" in doc.text
    assert "newsletter" not in doc.text


def test_lines_repeated_across_an_outlets_pages() -> None:
    def page(n: int, story: str) -> RawDocument:
        text = (
            f"{story} shakes Port Alden\n"
            f"Officials said on day {n} that the {story.lower()} had cost the island dearly.\n"
            f"Residents described long queues and empty shelves across the town on day {n}.\n"
            "Support the Gazette: become a friend of local news today\n"
        )
        return RawDocument(source=f"{n}.txt", content=text.encode(), outlet="Harbour Gazette")

    docs = clean_documents([page(1, "Ferry strike"), page(2, "Storm damage")])
    for doc in docs:
        assert isinstance(doc, Document)
        assert "Support the Gazette" not in doc.text
        assert t.REPEATED_OUTLET in {r.reason for r in doc.removed}
    # Two versions of one article share their paragraphs: those are not furniture.
    same = [
        clean_text(page(1, "Ferry strike").content.decode()),
        clean_text(page(1, "Ferry strike").content.decode() + "An update.\n"),
    ]
    assert repeated_lines(same) == set()
