"""A kicker printed inside the h1: "<h1><span class="roofline">Local News</span> Lamps Lit
Again</h1>". News sites put a roofline, overline, section or date in the h1's first element,
above the headline; the page's text runs them together ("Local News Lamps Lit Again"). When
a declared title (og:title, <title>, JSON-LD headline, or one part of one cut at a separator)
says what follows the kicker, that is the headline."""

from __future__ import annotations

import copy
import html
import re

from lxml.html import HtmlElement

from storyline.clean.htmlmeta.outlet import norm

# Between a kicker and its headline: a colon, a bar, a dash.
KICKER_JOINS = " :|–—-"
# Where a declared title joins a kicker, a section or a site's name to the headline; a slash
# between spaces chains sections as a breadcrumb does ("Site: Speeches / Headline").
DECLARED_CUTS = re.compile(r"\s+(?:\||-|–|—|»|/)\s+|:\s+")


# Elements whose text a browser never prints: a style sheet that a CSS-in-JS template sets
# inside the headline (".css-1x2y{font-size:16px}"), a script.
UNPRINTED = ("style", "script", "template", "noscript")
# What is no part of an h1's text: a line break, and the elements above.
SKIPPED = frozenset({"br", *UNPRINTED})


# Elements a browser sets on a line of their own: a headline whose lines are two <div>s
# ("<h1><div>Keepers Light</div><div>the Old Lamp</div></h1>") shows a space between them.
BLOCKS = ("div", "p", "li", "dd", "dt", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption")


# Elements whose text ``text_with_breaks`` spaces out or leaves out.
REWRITTEN = ("br", "rt", "rp", *BLOCKS, *UNPRINTED)


def text_with_breaks(elem: HtmlElement) -> str:
    """Text of an element with its <br>s and the ends of its block elements (a <div> per line)
    as spaces ("Headline<br>Subtitle" would otherwise read "HeadlineSubtitle"), without ruby
    readings (the small kana that <rt> prints over a Japanese headline's kanji are a reading
    aid, not the headline's words) and without the text of elements a browser does not print
    (a style sheet set inside the h1), entities decoded, whitespace collapsed. Works on a copy:
    the tree is shared with the extractors."""
    if next(elem.iterdescendants(*REWRITTEN), None) is not None:
        elem = copy.deepcopy(elem)
        for br in elem.iter("br"):
            br.tail = " " + (br.tail or "")
        for block in elem.iterdescendants(*BLOCKS):
            block.text = " " + (block.text or "")
            block.tail = " " + (block.tail or "")
        for unread in list(elem.iter("rt", "rp", *UNPRINTED)):
            unread.drop_tree()
    return " ".join(html.unescape(elem.text_content()).split())


def _leading_element(h1: HtmlElement) -> HtmlElement | None:
    """The h1's first element when it opens the h1 and more text follows it, descending
    through wrappers that hold the whole h1."""
    elem, full = h1, text_with_breaks(h1)
    while True:
        children = [c for c in elem if isinstance(c.tag, str) and c.tag not in SKIPPED]
        if not children or (elem.text or "").strip():
            return None
        lead = children[0]
        if text_with_breaks(lead) != full:
            return lead if text_with_breaks(lead) else None
        elem = lead


def _after(lead: HtmlElement, h1: HtmlElement) -> str:
    """The h1's text without its leading element (whose tail stays), read from a copy."""
    steps = []
    elem = lead
    while elem is not h1:
        parent = elem.getparent()
        steps.append(parent.index(elem))
        elem = parent
    work = copy.deepcopy(h1)
    gone = work
    for step in reversed(steps):
        gone = gone[step]
    gone.drop_tree()
    return text_with_breaks(work)


def declared_parts(declared: list[str]) -> set[str]:
    """Each declared title and each run of its parts between separators ("Kicker: Headline -
    Site" gives "Headline", "Kicker: Headline", "Headline - Site" and the rest)."""
    parts: set[str] = set()
    for title in declared:
        cuts = list(DECLARED_CUTS.finditer(title))
        starts = [0] + [cut.end() for cut in cuts]
        ends = [cut.start() for cut in cuts] + [len(title)]
        for i, start in enumerate(starts):
            parts.update(norm(title[start:end]) for end in ends[i:])
    return parts


def headline_after_kicker(tree: HtmlElement, h1: str, declared: list[str]) -> str | None:
    """The text after the kicker of the h1 that reads ``h1``, when a declared title agrees
    that it is the headline; None otherwise."""
    for elem in tree.iter("h1"):
        if norm(text_with_breaks(elem)) != norm(h1):
            continue
        lead = _leading_element(elem)
        if lead is None:
            return None
        rest = _after(lead, elem).strip(KICKER_JOINS)
        if len(rest.split()) >= 2 and norm(rest) in declared_parts(declared):
            return rest
        return None
    return None


def _trailing_element(h1: HtmlElement) -> HtmlElement | None:
    """The h1's last element when it closes the h1 after other text (a subtitle in a <small>
    or <span> under the headline), descending through wrappers that hold the whole h1."""
    elem = h1
    while True:
        children = [c for c in elem if isinstance(c.tag, str) and c.tag not in SKIPPED]
        if not children or (children[-1].tail or "").strip():
            return None
        last = children[-1]
        if text_with_breaks(last) != text_with_breaks(elem):
            return last if text_with_breaks(last) else None
        elem = last


def headline_before_subtitle(tree: HtmlElement, h1: str, declared: list[str]) -> str | None:
    """The text before the subtitle closing the h1 that reads ``h1`` ("<h1>Lamps Lit Again
    <small>A night at the harbour</small></h1>"), when a whole declared title (without the
    site's name) says it and none says the whole h1; None otherwise."""
    titles = {norm(title) for title in declared}
    if norm(h1) in titles:
        return None
    for elem in tree.iter("h1"):
        if norm(text_with_breaks(elem)) != norm(h1):
            continue
        last = _trailing_element(elem)
        if last is None:
            return None
        rest = _after(last, elem).strip(KICKER_JOINS)
        return rest if len(rest.split()) >= 2 and norm(rest) in titles else None
    return None
