"""Renderers: Markdown, JSON round trip, and an HTML page where nothing from a source can run."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from test_synthesize import build_offline, make_story

from storyline.model import Analysis, Brief, Document, Story
from storyline.render import render
from storyline.render.html import SCRIPT, marked_text

EVIL = (
    "<script>alert('x')</script> Officials said <img src=x onerror=alert(1)> North Korea "
    "plans to send about 12,000 troops to Russia, the agency reported on Friday.\n"
    '"><svg onload=alert(2)> The troops are expected to arrive in Russia within weeks.\n'
)


@pytest.fixture(scope="module")
def parts():
    story, docs, analyses, relations = make_story()
    evil = Document(
        id="evil",
        source="evil.html",
        title="<script>alert(3)</script>Evil title",
        outlet="<b onmouseover=alert(4)>Evil</b>",
        url="javascript:alert(5)",
        published="2024-10-23",
        published_source="meta",
        text=EVIL,
    )
    story = Story(id=story.id, label=story.label, doc_ids=[*story.doc_ids, "evil"])
    docs = [*docs, evil]
    analyses = [*analyses, Analysis(doc_id="evil", version="t", text_hash="x")]
    return build_offline(story, docs, analyses, relations), docs


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def test_html_escapes_everything_from_sources(parts):
    brief, docs = parts
    page = render(brief, docs, "html")
    assert "Officials said" in page  # the evil page is in the source texts
    parser = _Tags()
    parser.feed(page)
    names = [t for t, _ in parser.tags]
    assert names.count("script") == 1 and parser.scripts == [SCRIPT]
    assert "img" not in names
    # The only SVG is our charts' (built from escaped text), never the page's "<svg onload>".
    svgs = [a for t, a in parser.tags if t == "svg"]
    assert all(a.get("class") == "chart" for a in svgs), svgs
    for _, attrs in parser.tags:
        assert not any(a.startswith("on") for a in attrs), attrs
        assert not (attrs.get("href") or "").lower().startswith("javascript")
    assert "Content-Security-Policy" in page


def test_every_html_citation_link_has_its_passage(parts):
    brief, docs = parts
    page = render(brief, docs, "html")
    links = set(re.findall(r'class="cite" href="#(c\d+)"', page))
    anchors = set(re.findall(r'<span class="anchor" id="(c\d+)">', page))
    assert links and links == anchors
    for cid in links:
        assert re.search(rf'<mark class="([^"]* )?{cid}( [^"]*)?">', page)


def test_marked_text_handles_overlapping_spans():
    out = marked_text("a<b>cd", [(0, 4, "c1"), (2, 6, "c2")])
    assert out == (
        '<span class="anchor" id="c1"></span><mark class="c1">a&lt;</mark>'
        '<span class="anchor" id="c2"></span><mark class="c1 c2">b&gt;</mark>'
        '<mark class="c2">cd</mark>'
    )


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


def test_source_link_stays_inside_its_attribute(parts):
    brief, docs = parts
    url = "https://evil.example/a\"><script>alert(6)</script>'|<y>"
    rows = [r.model_copy(update={"url": url}) if r.doc_id == "evil" else r for r in brief.sources]
    brief = brief.model_copy(update={"sources": rows})
    parser = _Tags()
    parser.feed(render(brief, docs, "html"))
    hrefs = [a.get("href") for t, a in parser.tags if t == "a"]
    assert url in hrefs  # one attribute value, the quotes escaped
    assert [t for t, _ in parser.tags].count("script") == 1
    row = next(line for line in render(brief, docs, "md").splitlines() if "evil.example" in line)
    assert "<script>" not in row and len(re.findall(r"(?<!\\)\|", row)) == 10  # nine cells


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


def test_page_dated_events_are_explained(parts):
    from storyline.render.labels import PAGE_NOTE

    brief, docs = parts
    event = brief.timeline[0].model_copy(update={"precision": "page date"})
    dated = brief.model_copy(update={"timeline": [event]})
    assert PAGE_NOTE in render(dated, docs, "md")
    assert "page date: the sentence names no date" in render(dated, docs, "html")
    assert "page date: the sentence names no date" not in render(brief, docs, "md")


def test_timeline_dates_do_not_break_across_lines(parts):
    from storyline.render.html import CSS

    brief, docs = parts
    assert "td.date { white-space: nowrap; }" in CSS
    assert f"<td class=date>{brief.timeline[0].date}<br>" in render(brief, docs, "html")


def test_html_brief_is_navigable_and_has_charts(parts):
    brief, docs = parts
    page = render(brief, docs, "html")
    toc = page.split('<nav class=toc aria-label="Contents">', 1)[1].split("</nav>", 1)[0]
    for section in ("summary", "figures", "timeline", "sources"):
        assert f'href="#{section}"' in toc
        assert f"<section id={section}><details open><summary>" in page
    assert page.count('<svg class="chart"') >= 2  # timeline, source graph (and figures)
    assert "@media print" in page and "@media (max-width: 640px)" in page


def test_charts_escape_their_labels():
    from storyline.model import Citation, FigureGroup, FigureValue
    from storyline.render.charts import figure_chart, mentions_chart

    evil = "<script>alert(1)</script>"
    cite = Citation(doc_id="a", start=0, end=1, text="x")
    values = [
        FigureValue(doc_id=d, value=v, bound="exact", unit="people", text=evil, citation=cite,
                    as_of=day)
        for d, v, day in (("a", 10, "2025-03-01"), ("b", 30, "2025-03-04"))
    ]  # fmt: skip
    svg = figure_chart(
        FigureGroup(quantity=evil, values=values, verdict="different_times"),
        {"a": "S1", "b": "S2"},
        {},
    )
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "S2" in svg
    assert "2025-03-04" in svg
    assert "<rect" in mentions_chart([("2025-03-01", 2), ("2025-03-03", 5), (None, 1)])


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
