"""The page as a reader sees it: its visible text, its language, the region around the headline."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

HEADER_BEFORE, HEADER_AFTER = 120, 600  # characters of visible text around the headline

# The text nodes a reader sees. parent:: (not ancestor::) is enough, script and style hold
# text only, and far cheaper. Plain strings (smart_strings=False): lxml's default "smart"
# results carry a link to their element and cost as much again to make, unused here.
_VISIBLE_NODES = (
    "text()[not(parent::script) and not(parent::style) and not(parent::template) "
    "and not(ancestor::noscript)]"
)
VISIBLE_TEXT = etree.XPath(f"//body//{_VISIBLE_NODES}", smart_strings=False)
VISIBLE_TEXT_UNDER = etree.XPath(f".//{_VISIBLE_NODES}", smart_strings=False)


def language_of(tree: HtmlElement) -> str | None:
    lang = tree.get("lang") or tree.get("xml:lang") or ""
    if not lang:
        for meta in tree.xpath('//meta[@http-equiv="content-language"]/@content'):
            lang = meta
            break
    lang = lang.strip().split("-")[0].split("_")[0].lower()
    return lang if re.fullmatch(r"[a-z]{2,3}", lang) else None


def visible_text(tree: HtmlElement) -> str:
    """The page's text as a reader sees it (no scripts or styles), whitespace collapsed."""
    return " ".join(" ".join(VISIBLE_TEXT(tree)).split())
