"""Trafilatura's byline finder, reproduced without its tree copy: the same answers."""

from __future__ import annotations

import pytest
from trafilatura.metadata import extract_author as trafilatura_author

from storyline.clean.html import parse_html
from storyline.clean.htmlmeta.trafbyline import extract_author, rules_match_trafilatura

PAGES = [
    # a plain byline
    '<html><body><p class="byline">By Mara Lind</p><p>Text of the story.</p></body></html>',
    # the first rule wins over a byline earlier in the page
    '<html><body><div class="byline">Staff</div><span rel="author">Ola Berg</span></body></html>',
    # a byline inside a comment section is not the page's
    '<html><body><div id="comments"><span class="author">Troll</span></div>'
    '<div class="author">Ines Alva</div></body></html>',
    # a byline holding a date: trafilatura drops the <time> from its copy first
    '<html><body><div class="author-name">Ola Berg <time>5 May</time>, Kessvik</div></body></html>',
    # too long to be a byline: the next candidate
    '<html><body><p class="author">' + "word " * 40 + '</p><a class="writer">Lea Holm</a>'
    "</body></html>",
    # nothing author-like
    "<html><body><p>No byline on this page at all.</p></body></html>",
    # an <author> element and a figure caption credit
    '<html><body><figure><span class="author">Photo: Ann</span></figure>'
    "<author>Tor Ness</author></body></html>",
    # an itemprop and an id rule
    '<html><body><h3 itemprop="author">Eva Sand and Per Dahl</h3>'
    '<div id="zuozhe">x</div></body></html>',
]


@pytest.mark.parametrize("html", PAGES)
def test_same_byline_as_trafilatura(html: str) -> None:
    assert rules_match_trafilatura()
    tree = parse_html(html)
    assert tree is not None
    assert extract_author(tree) == trafilatura_author(tree)
