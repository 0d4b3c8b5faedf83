"""Renderers: Markdown, JSON round trip, and an HTML page where nothing from a source can run."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from test_synthesize import build_offline, make_story

from storyline.model import Analysis, Brief, Document, Story
from storyline.render import render
from storyline.render.html import SCRIPT, marked_text

EVIL = ("<script>alert('x')</script> Officials said <img src=x onerror=alert(1)> North Korea "
        "plans to send about 12,000 troops to Russia, the agency reported on Friday.\n"
        "\"><svg onload=alert(2)> The troops are expected to arrive in Russia within weeks.\n")


@pytest.fixture(scope="module")
def parts():
    story, docs, analyses, relations = make_story()
    evil = Document(id="evil", source="evil.html", title="<script>alert(3)</script>Evil title",
                    outlet="<b onmouseover=alert(4)>Evil</b>", url="javascript:alert(5)",
                    published="2024-10-23", published_source="meta", text=EVIL)
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
    assert "img" not in names and "svg" not in names
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
    assert out == ('<span class="anchor" id="c1"></span><mark class="c1">a&lt;</mark>'
                   '<span class="anchor" id="c2"></span><mark class="c1 c2">b&gt;</mark>'
                   '<mark class="c2">cd</mark>')


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


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", " javascript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:x",
    "data:text/html,<script>alert(1)</script>", "//evil.example/x", "/relative/path",
    "https://", "https:///path", "https://a.example/\nx", "vbscript:msgbox(1)", "",
])
def test_only_http_urls_become_links(url):
    from storyline.render.labels import link_url

    assert link_url(url) is None


def test_source_link_stays_inside_its_attribute(parts):
    brief, docs = parts
    url = "https://evil.example/a\"><script>alert(6)</script>'|<y>"
    rows = [r.model_copy(update={"url": url}) if r.doc_id == "evil" else r
            for r in brief.sources]
    brief = brief.model_copy(update={"sources": rows})
    parser = _Tags()
    parser.feed(render(brief, docs, "html"))
    hrefs = [a.get("href") for t, a in parser.tags if t == "a"]
    assert url in hrefs  # one attribute value, the quotes escaped
    assert [t for t, _ in parser.tags].count("script") == 1
    row = next(line for line in render(brief, docs, "md").splitlines() if "evil.example" in line)
    assert "<script>" not in row and len(re.findall(r"(?<!\\)\|", row)) == 10  # nine cells
