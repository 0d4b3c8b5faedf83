"""The HTML brief: nothing from a source can run; citations link to their passages."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from storyline.render import render
from storyline.render.html import SCRIPT, marked_text


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
