"""The quick precise extraction without trafilatura's extra copies finds what trafilatura's
``bare_extraction`` finds, on invented pages: an article, a forum thread (its comments are its
posts), a page with a table and a list, a chunked article, a page with no article."""

from __future__ import annotations

import trafilatura
from lxml.html import HtmlElement

from storyline.clean.html import parse_html
from storyline.clean.trafpass import EXTRACT_OPTIONS, STEPS_OF, quick_precise_text
from tests.clean.html_pages import page

URL = "https://valley.example/news/spillway-gates"

# Posts in a <dl> of comments: its posts on a forum thread, reader comments elsewhere.
POSTS = """<main><h1>Ferry times this winter</h1><p>Does anyone know whether the morning ferry
to Orsa still runs on Sundays in January, or only on weekdays like it did last year?</p>
<dl class="comments"><dt>Harbour regular</dt><dd>It runs on Sundays now, though an hour later
than on weekdays, and the harbour office says the winter timetable stays until March.</dd></dl>
</main>"""
FORUM_LD = """<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": "Ferry"}
</script>"""
FORUM = f"<html><head>{FORUM_LD}</head><body>{POSTS}</body></html>"
NOT_FORUM = f"<html><head></head><body>{POSTS}</body></html>"

TABLE = page(
    body_end="<table><tr><th>Gate</th><th>Opened</th></tr><tr><td>North gate</td>"
    "<td>Tuesday at six in the morning</td></tr></table><ul><li>Sandbags at the town hall "
    "for every household that asks</li><li>Buses to the shelter every hour</li></ul>"
)

CHUNKED = (
    "<html><body><article>"
    + "".join(
        f'<div class="story-chunk"><p>{text} The valley road stays closed to cars until the '
        "water falls back below the warning mark, the police said.</p></div>"
        f'<div class="ad-slot"><a href="/ads">Advertisement {i}</a></div>'
        for i, text in enumerate(
            ("The gates opened at dawn.", "Farmers moved cattle.", "The school became a shelter.")
        )
    )
    + "</article></body></html>"
)

NO_ARTICLE = "<html><body><nav><a href='/'>Home</a></nav></body></html>"


def _tree(html: str) -> HtmlElement:
    tree = parse_html(html)
    assert tree is not None
    return tree


def _trafilatura_text(tree: HtmlElement) -> str | None:
    doc = trafilatura.bare_extraction(
        tree, url=URL, favor_precision=True, fast=True, **EXTRACT_OPTIONS
    )
    return None if doc is None else doc.text


def test_the_steps_are_those_of_the_installed_trafilatura() -> None:
    # Another version may order its steps otherwise: then bare_extraction runs (SUPPORTED).
    assert trafilatura.__version__ == STEPS_OF


def test_same_text_as_bare_extraction() -> None:
    for html in (page(), FORUM, NOT_FORUM, TABLE, CHUNKED, NO_ARTICLE):
        tree = _tree(html)
        before = lxml_text(tree)
        assert quick_precise_text(tree, URL, EXTRACT_OPTIONS) == _trafilatura_text(_tree(html))
        assert lxml_text(tree) == before  # the caller's tree is left whole


def test_an_owned_tree_gives_the_same_text() -> None:
    for html in (page(), FORUM, NOT_FORUM, TABLE, CHUNKED):
        given = _tree(html)
        found = quick_precise_text(given, URL, EXTRACT_OPTIONS, owned=True)
        assert found and found == _trafilatura_text(_tree(html))


def test_a_forum_keeps_its_posts_and_an_article_drops_its_comments() -> None:
    assert "winter timetable" in (quick_precise_text(_tree(FORUM), URL, EXTRACT_OPTIONS) or "")
    found = quick_precise_text(_tree(NOT_FORUM), URL, EXTRACT_OPTIONS) or ""
    assert "morning ferry" in found and "winter timetable" not in found


def test_a_page_without_an_article_gives_none_or_little() -> None:
    assert not quick_precise_text(_tree(NO_ARTICLE), URL, EXTRACT_OPTIONS)


def lxml_text(tree: HtmlElement) -> str:
    return str(tree.text_content())
