"""The faster ways the HTML stage reads a page give what the slower ones gave: its own parser
against trafilatura's loader, walks in Python against the XPaths they replace, plain strings
against lxml's smart ones. On small pages written for these tests."""

from __future__ import annotations

import lxml.html
import pytest
from lxml import etree
from trafilatura.utils import load_html as trafilatura_load_html

from storyline.clean.html import load_html, parse_html
from storyline.clean.htmlmeta.authors import byline_elements
from storyline.clean.htmlmeta.page import VISIBLE_TEXT_UNDER, visible_text
from storyline.clean.htmlmeta.regions import _ASIDE_XPATH, marked_asides

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Harbour lamps relit</title>
<script>var author = "nobody";</script></head>
<body class="comments-open">
<header><a rel="author" href="/staff/ann">Ann Lee</a></header>
<article class="post">
  <h1>Keepers relight the old harbour lamps</h1>
  <div class="byline-wrap"><span class="author-name">Ann Lee</span> and
    <span itemprop="author">Tom Reed</span></div>
  <figure><img src="lamp.jpg"><figcaption>A lamp at dusk.</figcaption></figure>
  <p>The keepers lit the first lamp at dusk, as the harbour master looked on.</p>
  <div class="wp-caption-text">The second lamp, <b>restored</b>.</div>
  <noscript><p>Enable scripts to see the map.</p></noscript>
  <template><p>Hidden template text.</p></template>
  <style>p { color: red; }</style>
</article>
<section id="comments"><div class="comment"><p class="comment-author">Reader One</p>
<p>What a fine evening &amp; a fine lamp.</p></div></section>
<footer><p class="authority">Harbour Authority</p></footer>
</body></html>"""

OLD_BYLINE_XPATH = (
    '//*[@rel="author" or @itemprop="author" or contains(@class, "author")'
    ' or contains(@class, "byline")]'
)
OLD_VISIBLE_XPATH = (
    "//body//text()[not(parent::script) and not(parent::style) "
    "and not(parent::template) and not(ancestor::noscript)]"
)


@pytest.mark.parametrize(
    "html",
    [
        PAGE,
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>Declared.</p></body></html>',
        "<!DOCTYPE html>\n<html><body><p>A doctype on its own line.</p></body></html>",
        "<html/>\n<body><p>A self-closing root.</p></body>",
        "<html><body><p>A stray \x0b control\x01 character.</p></body></html>",
        "<p>A bare fragment</p>",
        "<div><p>Two</p><p>blocks</p></div>",
        "no markup at all",
    ],
)
def test_load_html_parses_as_trafilatura_does(html: str) -> None:
    ours, theirs = load_html(html), trafilatura_load_html(html)
    assert (ours is None) == (theirs is None)
    if ours is not None and theirs is not None:
        assert etree.tostring(ours) == etree.tostring(theirs)
        assert isinstance(ours, lxml.html.HtmlElement)
        assert all(isinstance(e, lxml.html.HtmlElement) for e in ours.iter(etree.Element))


def test_parsed_page_keeps_html_element_methods() -> None:
    tree = parse_html(PAGE)
    assert tree is not None
    assert tree.find(".//h1").text_content() == "Keepers relight the old harbour lamps"
    # A form's elements are plain HtmlElements too, with the same text.
    form = parse_html("<html><body><form><input name=q><p>Search the archive</p></form></body>")
    assert form is not None
    assert form.find(".//form").text_content() == "Search the archive"


def test_byline_walk_finds_what_the_xpath_found() -> None:
    tree = parse_html(PAGE)
    assert tree is not None
    assert list(byline_elements(tree)) == tree.xpath(OLD_BYLINE_XPATH)
    names = [e.text_content() for e in byline_elements(tree)]
    assert names[0] == "Ann Lee" and "Tom Reed" in names and "Harbour Authority" in names
    # Started from an element inside the page, the walk still covers the whole document.
    inner = tree.find(".//article")
    assert list(byline_elements(inner)) == inner.xpath(OLD_BYLINE_XPATH)


def test_aside_walk_finds_what_the_xpath_found() -> None:
    tree = parse_html(PAGE)
    assert tree is not None
    expected = tree.xpath(f"//body//*[{_ASIDE_XPATH}]")
    assert marked_asides(tree) == expected
    # The commented <body> is no aside of its own; its captions and comments are.
    assert [e.tag for e in expected] == ["figcaption", "div", "section", "div", "p"]


def test_visible_text_reads_plain_strings_of_the_same_nodes() -> None:
    tree = parse_html(PAGE)
    assert tree is not None
    old = " ".join(" ".join(tree.xpath(OLD_VISIBLE_XPATH)).split())
    assert visible_text(tree) == old
    assert "nobody" not in old and "color" not in old
    article = tree.find(".//article")
    parts = VISIBLE_TEXT_UNDER(article)
    assert all(type(p) is str for p in parts)
    assert parts == [str(p) for p in article.xpath(".//" + OLD_VISIBLE_XPATH[8:])]
