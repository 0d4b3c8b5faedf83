"""Parts of a page whose dates are not the page's: its readers' comments, its picture captions
and its lists of other stories. A comment is dated when its reader wrote it, a caption when its
photo was taken ("... near Orleans, January 16, 2020. Photo: Agency"), a listed story when it
was filed; all often sit right below the headline, where the page's own date line is looked
for."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from storyline.clean.htmlmeta.dates import WRITTEN_DATES, read_printed
from storyline.clean.htmlmeta.labels import in_prose
from storyline.clean.htmlmeta.page import VISIBLE_TEXT_UNDER
from storyline.clean.linerules import RELATED_LABELS

# Comment threads (WordPress's "comments-area", "comment-list", "comment-metadata"; Disqus's
# "comments"), picture captions ("wp-caption-text", <figcaption>). An element holding an h1 is
# never one: WordPress marks the whole <body> "comments-open".
# Which elements, as an XPath test; ``marked_asides`` finds the same ones by a walk.
_ASIDE_XPATH = (
    "self::figcaption or contains(@class, 'comment') or contains(@id, 'comment') "
    "or contains(@class, 'caption')"
)
_ASIDE_CLASS_PARTS = ("comment", "caption")
# Any of the parts in a class attribute: one search in C rather than a test per part.
_ASIDE_CLASS = re.compile("|".join(map(re.escape, _ASIDE_CLASS_PARTS)))
_ASIDE_ID_PART = "comment"
_OPEN = frozenset(("body", "article", "main"))  # wrappers of the whole page or story
MOST_SPANS = 100  # asides looked up in the text: a long comment thread is one element anyway


def aside_elements(tree: HtmlElement) -> list[HtmlElement]:
    """The outermost comment and caption elements of the page, in document order (one pass:
    no element is searched twice)."""
    holders = {a for h1 in tree.iter("h1") for a in h1.iterancestors()}
    chosen: set[HtmlElement] = set()
    found: list[HtmlElement] = []
    for elem in marked_asides(tree):
        if elem.tag in _OPEN or elem in holders or any(a in chosen for a in elem.iterancestors()):
            continue
        chosen.add(elem)
        found.append(elem)
    return found


def marked_asides(tree: HtmlElement) -> list[HtmlElement]:
    """Every element in the document's <body> whose tag, class or id marks a comment or a
    caption, in document order. A walk in Python: the XPath's attribute tests on every element
    cost libxml2 about twice as much. (A second <body>, which lxml's HTML parser never makes,
    would need the XPath's merging of the two walks.)"""
    root = tree.getroottree().getroot()
    bodies = list(root.iter("body"))
    if len(bodies) > 1:
        return list(root.xpath(f"//body//*[{_ASIDE_XPATH}]"))
    found = []
    for body in bodies:
        for elem in body.iterdescendants(etree.Element):
            get = elem.get
            classes = get("class")
            if (
                elem.tag == "figcaption"
                or (classes is not None and _ASIDE_CLASS.search(classes) is not None)
                or _ASIDE_ID_PART in (get("id") or "")
            ):
                found.append(elem)
    return found


def in_aside(elem: HtmlElement, asides: set[HtmlElement]) -> bool:
    """Whether ``elem`` sits in one of ``asides`` (see ``aside_elements``)."""
    return elem in asides or any(a in asides for a in elem.iterancestors())


def aside_spans(asides: list[HtmlElement], visible: str) -> list[tuple[int, int]]:
    """Where the comments and captions sit in the page's visible text."""
    return [span for span in element_spans(asides[:MOST_SPANS], visible) if span[0] >= 0]


def element_spans(elems: list[HtmlElement], visible: str) -> list[tuple[int, int]]:
    """Where each element's text sits in the page's visible text (as ``page.visible_text``
    writes it: text nodes joined by a space, whitespace collapsed); (-1, -1) where not found."""
    spans: list[tuple[int, int]] = []
    for elem in elems:
        text = " ".join(" ".join(VISIBLE_TEXT_UNDER(elem)).split())
        at = visible.find(text) if len(text) >= 8 else -1
        spans.append((at, at + len(text)) if at >= 0 else (-1, -1))
    return spans


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


LIST_SPAN = 200  # characters either side of a date where a list's other dates sit
# A "Related" / "Lesen Sie auch" label just before a date: the date of the other story it
# offers ("Read also 14/08/2021 Bishops remember ..."), listed alone or not.
RELATED_BEFORE = re.compile(rf"(?:^|\W){RELATED_LABELS}\s*[:：|»>-]?\s*$", re.IGNORECASE)


def listed_dates(visible: str, lo: int, hi: int, declared: set[str]) -> set[int]:
    """Where, in ``visible[lo:hi]``, the dates that sit in a list of dated items are: a date
    with two or more other days printed within ``LIST_SPAN`` characters either side, outside
    sentences ("Loopstation-Battle 18. Januar 2019 Reviews Smarte Heizung 22. November 2018
    Reviews HTC U11 31. August 2017"), or right after a "Related" label. A date line stands
    alone, or beside its "Updated" date."""
    base = max(0, lo - LIST_SPAN)
    region = visible[base : hi + LIST_SPAN]
    found: list[tuple[int, str]] = []
    for match in WRITTEN_DATES.finditer(region):
        start, stop = base + match.start(), base + match.end()
        # (a date that reads either way round, 05/07/2019, is one of the list's all the same)
        if not in_prose(visible, start, stop):
            found.append((start, read_printed(match[0], declared) or match[0]))
    listed: set[int] = set()
    for start, day in found:
        near = {d for s, d in found if abs(s - start) <= LIST_SPAN and d != day}
        related = RELATED_BEFORE.search(visible[max(0, start - 40) : start])
        if (len(near) >= 2 or related) and lo <= start < hi:
            listed.add(start)
    return listed
