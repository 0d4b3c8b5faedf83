"""Reader-facing labels: links only for http(s), removed text, publication dates."""

from __future__ import annotations

import pytest

from storyline.model import Document


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "java\tscript:x",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example/x",
        "/relative/path",
        "https://",
        "https:///path",
        "https://a.example/\nx",
        "vbscript:msgbox(1)",
        "",
    ],
)
def test_only_http_urls_become_links(url):
    from storyline.render.labels import link_url

    assert link_url(url) is None


def test_boilerplate_column_says_what_was_removed():
    from storyline.model import RemovedLine, SourceRow
    from storyline.render.labels import removed_label

    html = Document(id="h", source="h.html", text="x" * 71, removed_chars=29, format="html")
    row = SourceRow(doc_id="h", removed_lines=0, removed_share=0.29)
    assert removed_label(row, html) == "29% of page text (HTML extraction)"
    lines = [
        RemovedLine(line="Share this article", reason="share"),
        RemovedLine(line="Read more", reason="teaser"),
    ]
    text = Document(id="t", source="t.txt", text="x" * 120, removed=lines, removed_chars=29)
    row = SourceRow(doc_id="t", removed_lines=2, removed_share=0.2)
    assert removed_label(row, text) == "2 lines, 20% of text"
    one = SourceRow(doc_id="t", removed_lines=1, removed_share=0.03)
    assert (
        removed_label(one, text.model_copy(update={"removed": lines[:1], "removed_chars": 19}))
        == "1 line, 3% of text"
    )
    both = html.model_copy(update={"removed": lines[:1], "removed_chars": 60})
    assert removed_label(one, both).endswith("(HTML extraction + 1 line)")
    assert removed_label(SourceRow(doc_id="z"), None) == "none"


@pytest.mark.parametrize(
    ("stamp", "shown"),
    [
        ("2025-03-12T18:40:00+01:00", "2025-03-12 18:40 +01:00"),
        ("2025-03-13T07:15:00Z", "2025-03-13 07:15 UTC"),
        ("2025-03-12T21:15", "2025-03-12 21:15"),
        ("2024-10-22T00:00:00", "2024-10-22"),
        ("2025-03-13", "2025-03-13"),
        (None, ""),
    ],
)
def test_publication_dates_read_alike(stamp, shown):
    from storyline.render.labels import published_label

    assert published_label(stamp) == shown
