"""Parts of a page whose dates are not the page's: its readers' comments and its picture
captions. A comment is dated when its reader wrote it, a caption when its photo was taken
("... near Orleans, January 16, 2020. Photo: Agency"); both often sit right below the headline,
where the page's own date line is looked for."""

from __future__ import annotations

from lxml.html import HtmlElement

# Comment threads (WordPress's "comments-area", "comment-list", "comment-metadata"; Disqus's
# "comments"), picture captions ("wp-caption-text", <figcaption>). An element holding an h1 is
# never one: WordPress marks the whole <body> "comments-open".
_ASIDE = (
    "self::figcaption or contains(@class, 'comment') or contains(@id, 'comment') "
    "or contains(@class, 'caption')"
)
_ASIDE_PATH = f"//body//*[{_ASIDE}]"
_OPEN = frozenset(("body", "article", "main"))  # wrappers of the whole page or story
MOST_SPANS = 100  # asides looked up in the text: a long comment thread is one element anyway


def aside_elements(tree: HtmlElement) -> list[HtmlElement]:
    """The outermost comment and caption elements of the page, in document order (one pass:
    no element is searched twice)."""
    holders = {a for h1 in tree.iter("h1") for a in h1.iterancestors()}
    chosen: set[HtmlElement] = set()
    found: list[HtmlElement] = []
    for elem in tree.xpath(_ASIDE_PATH):
        if elem.tag in _OPEN or elem in holders or any(a in chosen for a in elem.iterancestors()):
            continue
        chosen.add(elem)
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
        parts = elem.xpath(
            ".//text()[not(parent::script) and not(parent::style) and not(parent::template) "
            "and not(ancestor::noscript)]"
        )
        text = " ".join(" ".join(parts).split())
        at = visible.find(text) if len(text) >= 8 else -1
        spans.append((at, at + len(text)) if at >= 0 else (-1, -1))
    return spans


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)
