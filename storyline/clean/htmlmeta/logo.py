"""An h1 that is the site's logo or a section's name: its whole text is one link to the site's
home page or to a section above the page ("<h1><a href="/">Lamp Notes</a></h1>", "<h1><a
href="/opinion/">Opinion</a></h1>"). Blog themes print the site's name as an h1 in the page
header; it names the site, not the article. A headline linking to its own page (a permalink)
is not one: that link points at the page itself, not above it."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from storyline.clean.htmlmeta.outlet import SEPARATORS, norm


def _host(netloc: str) -> str:
    return netloc.lower().removeprefix("www.")


def links_above_page(h1: HtmlElement, url: str | None) -> bool:
    """The h1's whole text is one link to the site's root or to a path above the page's."""
    links = h1.xpath(".//a[@href]")
    text = " ".join(h1.text_content().split())
    if len(links) != 1 or not text or " ".join(links[0].text_content().split()) != text:
        return False
    target = urlsplit(urljoin(url or "", links[0].get("href", "").strip()))
    page = urlsplit(url or "")
    if target.scheme not in ("http", "https", "") or (
        url and _host(target.netloc) != _host(page.netloc)
    ):
        return False
    above = target.path.replace("/./", "/").rstrip("/")
    if url and (above, target.query) == (page.path.rstrip("/"), page.query):
        return False  # a permalink to the page itself ("/?p=2895" on "/?p=2895")
    return not above or page.path.rstrip("/").startswith(above + "/")


def strip_logo(title: str, logo: str) -> str:
    """The title without leading or trailing parts that are the logo's text or a part of it
    ("Lamp Designs | Lamp Notes" with the logo "Lamp Notes", or "Lamp Notes - Harbour Town");
    a title that is the logo's text alone stays."""
    keys = {norm(logo)} | {norm(part) for part in SEPARATORS.split(logo)}
    if norm(title) == norm(logo):
        return title
    parts = SEPARATORS.split(title)
    start, end = 0, len(parts)
    while end - start > 1 and norm(parts[end - 1]) in keys:
        end -= 1
    while end - start > 1 and norm(parts[start]) in keys:
        start += 1
    inner = [i for i in range(start + 1, end - 1) if norm(parts[i]) in keys]
    if inner:
        start, end = _beside_logo(parts, start, end, inner[0])
    if (start, end) == (0, len(parts)):
        return title
    first, last = parts[start], parts[end - 1]
    return title[title.find(first) : title.rfind(last) + len(last)].strip()


def _beside_logo(parts: list[str], start: int, end: int, cut: int) -> tuple[int, int]:
    """ "Headline : Site | Site's motto | Since 2005": the side of the logo's text that holds
    the longest part, when the other side runs on for two parts or more (a site's motto); a
    single part beyond the logo ("Headline | Site | Winter") may belong to the headline."""
    longest = max(range(start, end), key=lambda i: len(norm(parts[i]).split()))
    if longest < cut and end - cut - 1 >= 2:
        return start, cut
    if longest > cut and cut - start >= 2:
        return cut + 1, end
    return start, end
