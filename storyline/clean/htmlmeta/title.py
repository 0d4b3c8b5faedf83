"""The page's title: its visible headline, or a declared title when the headline is unusable."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter

from lxml.html import HtmlElement

from storyline.clean.htmlmeta.dates import WRITTEN_DATE
from storyline.clean.htmlmeta.jsonld import article_objects
from storyline.clean.htmlmeta.kicker import (
    declared_parts,
    headline_after_kicker,
    headline_before_subtitle,
    text_with_breaks,
)
from storyline.clean.htmlmeta.logo import links_above_page, strip_logo
from storyline.clean.htmlmeta.outlet import (
    SEPARATORS,
    is_site_name,
    norm,
    site_words,
    strip_site,
)
from storyline.clean.htmlmeta.page import visible_text
from storyline.clean.language import detect_language
from storyline.lexicon import FOREIGN_MONTHS, MONTH_ABBREVIATIONS, MONTH_NUMBERS
from storyline.lexicon.discourse import SUBORDINATORS

UI_TEXT = re.compile(
    r"^(?:(?:mobile |main |site )?(?:menu|navigation)|search|skip to .*|"
    r"cookie.*|sign in|log ?in|subscribe)$",
    re.IGNORECASE,
)
H1_DATELINE = re.compile(
    r"\s+(?:posted|published|updated)(?:\s+on)?:?\s+(?:" + WRITTEN_DATE + r")\b.*$", re.IGNORECASE
)


# An h1 in the navigation, the footer or a sidebar (<aside>, role="complementary") heads
# that part of the page, not the article.
OUTSIDE_ARTICLE = (
    "ancestor::nav|ancestor::footer|ancestor::aside|"
    'ancestor::*[@role="navigation" or @role="complementary"]'
)
# Classes that hide an element from sight but not from screen readers: an h1 so hidden
# ("<h1 class="sr-only">Lamp Notes</h1>") labels the page for assistive technology; the
# reader sees another headline.
SCREEN_READER = frozenset(
    {
        "sr-only",
        "screen-reader-text",
        "screen-reader-only",
        "visually-hidden",
        "visuallyhidden",
        "element-invisible",
        "a11y-hidden",
        "u-visually-hidden",
    }
)


def _screen_reader_only(h1: HtmlElement) -> bool:
    return any(
        SCREEN_READER & set((elem.get("class") or "").lower().split())
        for elem in (h1, *h1.iterancestors())
    )


def _navigation_h1s(tree: HtmlElement, bare: list[str]) -> list[str]:
    """The h1s in a navigation (not a sidebar's or footer's) that a declared title, without the
    site's name, says whole: the page's own name printed as the last step of its breadcrumb
    ("<nav><ol class='breadcrumb'><li>Home</li><li><h1>Lamps Lit Again</h1></li></ol></nav>").
    Some news templates print their headline only there; a menu's h1 says no declared title."""
    titles = {norm(title) for title in bare}
    found = []
    for h1 in tree.iter("h1"):
        if not h1.xpath(NAVIGATION) or h1.xpath(OUTSIDE_NAVIGATION) or _screen_reader_only(h1):
            continue
        text = " ".join(text_with_breaks(h1).split())
        if len(text.split()) >= 2 and norm(text) in titles:
            found.append(text)
    return found


NAVIGATION = 'ancestor::nav|ancestor::*[@role="navigation"]'
OUTSIDE_NAVIGATION = 'ancestor::footer|ancestor::aside|ancestor::*[@role="complementary"]'


def _h1_texts(tree: HtmlElement, url: str | None) -> tuple[list[str], list[str]]:
    """The h1s that may be the headline, and those that are the site's logo or a section's
    name (a link home or above the page)."""
    texts: list[str] = []
    logos: list[str] = []
    for h1 in tree.iter("h1"):
        if h1.xpath(OUTSIDE_ARTICLE) or _screen_reader_only(h1):
            continue
        text = " ".join(text_with_breaks(h1).split())
        if links_above_page(h1, url):
            logos.append(text)
            continue
        text = H1_DATELINE.sub("", text)  # "Headline Posted on July 1, 2024 by ..."
        if (
            2 <= len(text) <= 300 and not UI_TEXT.search(text) and "{{" not in text
        ):  # an unrendered template placeholder
            texts.append(text)
    return texts, logos


# Typographic single quotes become straight ones in English titles: the wcxb gold writes
# apostrophes straight in 14 of 17 dev titles that have one, whatever the page prints.
STRAIGHT_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'"})
# Only there: French, German, Italian or Spanish typesetting spells the apostrophe "’" and
# opens a quotation with "‚" (German) as a letter of the headline, and no gold of another
# language straightens it (trafilatura's evaluation pages keep it on all 11 pages not in
# English where our title would print one; the wcxb pages are all in English). A page whose
# language is unknown keeps the English rule.
STRAIGHTENED_LANGUAGES = frozenset({"en"})


# Characters a browser prints as nothing: a zero-width space (a line-break hint), a word
# joiner, a byte-order mark left inside the text. The soft hyphen (U+00AD) stays: it is a
# hyphenation point that trafilatura's evaluation golds keep as the page writes it.
UNSEEN = str.maketrans({"\u200b": None, "\u2060": None, "\ufeff": None})


# A date set before the headline ("23.01.2031 - Lamps Lit Again"): a list's dateline.
LEADING_DATE = re.compile(
    r"^(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\s*(?:\||-|–|—|:)\s+(?=\S)"
)


def finish_title(title: str | None, language: str | None = "en") -> str | None:
    """The chosen title as stored: without a leading date or a search-result tagline
    (``drop_tagline``, which reads the page's language), apostrophes straight on a page in
    English or of unknown language, in Unicode's composed form (NFC), so that one title
    printed with different code points compares equal."""
    if not title:
        return None
    title = drop_tagline(LEADING_DATE.sub("", title), language)
    if language is None or language in STRAIGHTENED_LANGUAGES:
        title = title.translate(STRAIGHT_QUOTES)
    return unicodedata.normalize("NFC", title.translate(UNSEEN))


def headline_and_declared(
    tree: HtmlElement,
    objects: list[dict],
    tags: dict[str, str],
    outlet: str | None,
    url: str | None,
) -> tuple[str | None, str | None]:
    """The first h1 that may be the headline and the declared title the choice falls back on
    (without the site's name): the two candidates ``choose_title`` weighs, for measuring how
    often a benchmark's gold follows each where they differ."""
    h1s, logos = _h1_texts(tree, url)
    site = site_words(outlet, url)
    h1s = [h for h in h1s if not is_site_name(h, site)]
    fallback, _ = _declared_fallback(_declared_titles(tree, objects, tags), outlet, url, logos)
    return (h1s[0] if h1s else None), fallback


def _declared_titles(tree: HtmlElement, objects: list[dict], tags: dict[str, str]) -> list[str]:
    """og:title, twitter:title, each JSON-LD headline and <title>, in that order."""
    offered: list[object] = [tags.get("og:title"), tags.get("twitter:title")]
    offered += [o.get("headline") for o in article_objects(objects)]
    title_elem = tree.find(".//title")
    offered.append(title_elem.text_content() if title_elem is not None else None)
    return [
        " ".join(OTHER_BARS.sub(" | ", html.unescape(d)).split())
        for d in offered
        if isinstance(d, str) and d.strip()
    ]


# Bars other than "|" that titles set between a headline and a site's name ("Lamps Lit
# Again │ Lamp Notes", often with no space around them): a box-drawing line, a full-width
# bar, a broken bar, an ornamental bar (❘), the divides sign (∣). None is ever part of a
# word, so each reads as " | "; so does the letter "ǀ" (a click in Khoisan spelling, which
# some templates print as a bar) between spaces, where it is no letter of a word.
OTHER_BARS = re.compile(r"\s*[\u2502\u2503\uff5c\u00a6\u2758\u2223]\s*|\s+\u01c0\s+")


def _garbled_match(h1: str, declared: str) -> bool:
    """The h1 is the declared title with characters lost to a wrong encoding ("Beginner?
    Guide" for "Beginner's Guide")."""
    if "?" not in h1 and "\ufffd" not in h1:
        return False
    pattern = ".{0,3}".join(re.escape(part) for part in re.split(r"[?\ufffd]", h1.casefold()))
    return re.fullmatch(pattern, declared.casefold()) is not None


# Chinese, Japanese and Korean write a headline without spaces between its words.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _shouting(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and all(ch.isupper() for ch in letters)


def choose_title(
    tree: HtmlElement,
    objects: list[dict],
    tags: dict[str, str],
    outlet: str | None,
    url: str | None,
    visible: str | None = None,
) -> str | None:
    """The visible headline, as printed. Pages show it as their h1 far more often than their
    og:title or <title> say it (those are tuned for search and sharing), so: the h1 that
    agrees with a declared title, else the first h1 that is not the site's name, else the
    declared title without its site suffix. A declared title that is the h1 plus its count or
    year is the same headline in full, and wins; so does the h1's text after a kicker element
    when a declared title says it. The h1 yields to the declared title when it is not a unique
    headline (several different h1s, none agreeing: then a heading printing a part of the
    declared title is preferred; one printed twice or more after the first is a repeated
    box, no rival), a shouted section label, or the declared
    title with characters lost to encoding. An h1 linking home is the site's logo, and a
    declared title that only names the site is the last choice."""
    declared = _declared_titles(tree, objects, tags)
    site = site_words(outlet, url)
    h1s, logos = _h1_texts(tree, url)
    bare = [strip_site(d, outlet, url) for d in declared]
    h1s = [h for h in h1s if not is_site_name(h, site)] or _navigation_h1s(tree, bare)
    # The h1 plus what a declared title shows it lacks (a count or year) or carries over (a
    # kicker run into it): both name the same article, which the declared title bounds.
    fuller = _numbered_declared(h1s, declared, outlet, url)
    unkicked = headline_after_kicker(tree, h1s[0], declared) if h1s else None
    if fuller or unkicked:
        return fuller or unkicked
    # The h1 with a subtitle after the headline, which a declared title leaves out.
    unsubtitled = headline_before_subtitle(tree, h1s[0], bare) if h1s else None
    if unsubtitled:
        return unsubtitled
    # A one-word h1 ("lantern" on a dictionary page) is the headline only when it is the only
    # h1 and a declared title opens with it; otherwise it is more often a section label.
    worded = [h for h in h1s if len(h.split()) >= 2 or len(CJK.findall(h)) >= 4]
    # An h1 of two words or more agrees with a declared title that says it between
    # separators ("Petition: Lamps Lit Again | Site"): it is the headline, however many
    # other h1s (a login box's, a sidebar's) the page has.
    parts = declared_parts(declared) if worded else set()
    for h1 in worded or h1s[:1]:
        key = norm(h1)
        if key in parts or any(key == norm(d) or norm(d).startswith(key + " ") for d in declared):
            # An h1 cut short ("… After…") gives way to the declared title that goes on.
            if h1.endswith(ELLIPSIS):
                return _untruncated(h1, bare)
            return _continued(h1, bare) if DANGLING.search(h1) else _as_typed(h1, bare)
    fallback, names_site = _declared_fallback(declared, outlet, url, logos)
    if not worded and fallback:
        fallback = _heading_opening(tree, fallback) or fallback
    if not h1s and fallback and not _printed(tree, fallback, visible):
        fallback = _first_h2(tree) or fallback
    fallback = _as_printed(tree, fallback)
    if not worded:  # a one-word h1 still beats a declared title that only names the site
        named = names_site or not fallback or _spelled_by_address(h1s, url)
        return h1s[0] if h1s and named else fallback
    return _h1_unless_doubtful(tree, worded, fallback, declared, site)


def _h1_unless_doubtful(
    tree: HtmlElement, worded: list[str], fallback: str | None, declared: list[str], site: set[str]
) -> str | None:
    """The first worded h1, unless the page's h1s disagree (then the heading that prints a
    part of the declared title, else the declared title) or the h1 is a shouted label or the
    declared title restyled or garbled (then the declared title)."""
    # An h1 printed twice or more after a first one printed once is a box the template
    # repeats (a newsletter sign-up above and below the article), not a rival headline.
    counts = Counter(norm(h) for h in worded)
    h1s = [h for h in worded if counts[norm(h)] == 1] if counts[norm(worded[0])] == 1 else worded
    first = h1s[0]
    if fallback and len({norm(h) for h in h1s}) > 1:
        return _heading_part(tree, fallback, site) or fallback
    if fallback and (
        _shouting(first) or any(_garbled_match(first, d) or _same_words(first, d) for d in declared)
    ):
        return fallback
    return first


# A joiner closing an h1 with nothing after it: the headline goes on in the next element.
DANGLING = re.compile(r"\s*[-–—:,]$")


def _continued(h1: str, bare: list[str]) -> str:
    """An h1 that stops at a joiner ("Lamps Lit Again –"), the template printing the
    headline's second half in another element (a second h1, a span set apart): the declared
    title, without the site's name, that opens with the h1's words and goes on says it whole."""
    key = norm(DANGLING.sub("", h1))
    for title in bare:
        if norm(title).startswith(key + " "):
            return title
    return h1


def _as_typed(h1: str, bare: list[str]) -> str:
    """A shouted h1 ("LAMPS LIT AGAIN", capitals a style sheet or the editor set for display)
    as a declared title without the site's name types the same words in mixed case: the
    headline as written, which a brief quotes without shouting. Only the case may differ: a
    declared title with other punctuation is another writing of the headline."""
    if not _shouting(h1):
        return h1
    key = h1.casefold()
    typed = [d for d in bare if d.casefold() == key and not _shouting(d)]
    return typed[0] if typed else h1


def _heading_opening(tree: HtmlElement, fallback: str) -> str | None:
    """On a page with no h1 of two words or more (none, or a section's one-word label): the
    longest lower heading (h2, h3) that opens the declared title we would fall back on, up to
    a separator ("Villa Rosa" over "Villa Rosa - Holiday Home in Lamport"), when no heading
    prints that title whole: the page prints the part before the separator as its headline;
    the rest is a tagline, a section or the site's name; or up to a bracket it closes with
    ("Villa Rosa (2031/4)"), an issue's number or a year the heading leaves out."""
    texts = [" ".join(text_with_breaks(e).split()) for e in tree.iter("h2", "h3")]
    whole = norm(fallback)
    if any(norm(text) == whole for text in texts):
        return None
    found = [
        text
        for text in texts
        if (len(text.split()) >= 2 or len(CJK.findall(text)) >= 4)
        and fallback.startswith(text)
        and (
            SEPARATOR_NEXT.match(fallback[len(text) :])
            or BRACKETED.fullmatch(fallback[len(text) :])
        )
    ]
    return max(found, key=len) if found else None


# What a declared title adds in brackets after the printed headline: an issue's number, a
# year, a place ("Lamps Lit Again (2031/4)").
BRACKETED = re.compile(r"\s+\([^()]+\)")


def _heading_part(tree: HtmlElement, fallback: str, site: set[str]) -> str | None:
    """On a page whose h1s disagree (a sidebar's, a teaser's, a box's): the longest heading
    (h1, h2, h3) outside the navigation, footer and sidebars that prints one part of the
    declared title we would fall back on, or a run of its parts, between separators
    ("Lamp Notes - News » Lamps Lit Again" over a heading "Lamps Lit Again"), when no
    heading prints that title whole: the part the page prints as its headline; the rest is
    the site's name and its sections. A part that is the site's name is not the headline."""
    texts = [
        " ".join(text_with_breaks(e).split())
        for e in tree.iter("h1", "h2", "h3")
        if not e.xpath(OUTSIDE_ARTICLE)
    ]
    whole = norm(fallback)
    if any(norm(text) == whole for text in texts):
        return None
    parts = {norm(fallback[start:end]) for start, end in _runs_of_parts(fallback)} - {whole}
    found = [
        text
        for text in texts
        if (len(text.split()) >= 2 or len(CJK.findall(text)) >= 4)
        and norm(text) in parts
        and not is_site_name(text, site)
    ]
    return max(found, key=len) if found else None


def _runs_of_parts(title: str) -> list[tuple[int, int]]:
    """(start, end) of each run of one or more consecutive parts of a title between
    ``SEPARATORS``."""
    cuts = list(SEPARATORS.finditer(title))
    starts = [0] + [cut.end() for cut in cuts]
    ends = [cut.start() for cut in cuts] + [len(title)]
    return [(start, end) for i, start in enumerate(starts) for end in ends[i:] if end > start]


# Dashes and double quotes that a declared title and the printed headline write either way
# ("Januar - Mai" in og:title, "Januar – Mai" in the heading).
TYPOGRAPHIC = str.maketrans(
    {"\u2013": "-", "\u2014": "-", "\u201c": '"', "\u201d": '"', "\u201e": '"'}
)


def _as_printed(tree: HtmlElement, title: str | None) -> str | None:
    """The declared title as a heading (h1, h2, h3) prints it, when one prints the same
    characters but for its dashes or double quotes: the headline as the reader sees it."""
    if not title:
        return title
    key = title.translate(TYPOGRAPHIC)
    for elem in tree.iter("h1", "h2", "h3"):
        text = " ".join(text_with_breaks(elem).split())
        if text != title and text.translate(TYPOGRAPHIC) == key:
            return text
    return title


def _printed(tree: HtmlElement, title: str, visible: str | None) -> bool:
    """Whether the page's visible text (``visible``, or read from the tree) prints the title's
    words in a row, whatever stands between them. Without the visible text, the text of all
    the body's elements is read first, far cheaper than the visible text (without scripts and
    style sheets) that confirms a match."""
    words = re.findall(r"\w+", title.casefold())
    body = tree.find("body")
    if not words or body is None:
        return True
    pattern = re.compile(r"\W+".join(re.escape(word) for word in words))
    if visible is None and not pattern.search(body.text_content().casefold()):
        return False
    return bool(pattern.search((visible or visible_text(tree)).casefold()))


def _first_h2(tree: HtmlElement) -> str | None:
    """The page's first h2 of two words or more, outside the navigation, footer and sidebars:
    the headline a page with no h1 prints when its declared title is printed nowhere on it (a
    section's or the site's title, "Training | Harbour Divers", set for search). On
    trafilatura's evaluation pages the gold was that h2 on all six such pages."""
    for h2 in tree.iter("h2"):
        if h2.xpath(OUTSIDE_ARTICLE) or _screen_reader_only(h2):
            continue
        text = " ".join(text_with_breaks(h2).split())
        if (len(text.split()) >= 2 or len(CJK.findall(text)) >= 4) and not UI_TEXT.search(text):
            return text
    return None


def _spelled_by_address(h1s: list[str], url: str | None) -> bool:
    """The page's only h1, of one word, is what the last step of its address spells
    ("Harbour-Lights" at ".../harbour-lights.html"): the page's own name, not a section's
    label, whatever its declared title says (often the site's motto). On trafilatura's
    evaluation pages every such h1 is the gold or no worse than the declared title."""
    if len(h1s) != 1 or not url:
        return False
    step = url.split("?")[0].split("#")[0].rstrip("/").rsplit("/", 1)[-1]
    step = re.sub(r"\.[a-z]{2,5}$", "", step.lower())
    return norm(h1s[0]).replace(" ", "") == re.sub(r"[\W_]", "", step) != ""


def _declared_fallback(
    declared: list[str], outlet: str | None, url: str | None, logos: list[str]
) -> tuple[str | None, bool]:
    """The declared title to fall back on, without the site's name (the outlet's, the host's,
    the logo h1's), and whether it is the site's name and nothing else (a home page's <title>
    on an article). A declared title written as a sentence ("Here are the six types of X.")
    is a teaser for sharing; another declared title (JSON-LD headline, <title>) names the
    article."""
    named = [d for d in declared if not d.endswith(".")] or declared
    titles = _without_site(named, outlet, url, logos)
    site, logo_names = site_words(outlet, url), {norm(logo) for logo in logos}
    for title in titles:
        if not is_site_name(title, site) and norm(title) not in logo_names:
            return _untruncated(title, _without_site(declared, outlet, url, logos)), False
    return (titles[0], True) if titles else (None, False)


def _without_site(
    declared: list[str], outlet: str | None, url: str | None, logos: list[str]
) -> list[str]:
    titles = [strip_site(d, outlet, url) for d in declared]
    for logo in logos:  # the logo's text is the site's name, wherever the title puts it
        titles = [strip_logo(title, logo) for title in titles]
    return [breadcrumb_end(title) for title in titles]


# Where a longer declared title goes on past a shorter one: a separator starts a site's name
# or a tagline, anything else the rest of the headline.
SEPARATOR_NEXT = re.compile(r"\s*(?:\||-|–|—|•|·|::|:|/|»|«)(?:\s|$)")
ELLIPSIS = ("...", "…")


def _untruncated(title: str, declared: list[str]) -> str:
    """The declared title that says ``title`` in full: one cut short for sharing ("Lamps Lit
    Again at the Old…") or cut at a quotation mark by a broken attribute ("Keeper calls the
    lamp" for 'Keeper calls the lamp "a friend"'), when another declared title goes on."""
    bare = title.removesuffix("...").removesuffix("…").rstrip()
    for other in declared:
        if len(other) <= len(bare) or not other.startswith(bare) or other.endswith(ELLIPSIS):
            continue
        if title.endswith(ELLIPSIS) or not SEPARATOR_NEXT.match(other[len(bare) :]):
            return other
    return title


# A breadcrumb's step: "Site » Blog Archive » Headline" runs from the site to the page.
BREADCRUMB_STEP = re.compile(r"\s+[»›]\s+")


def breadcrumb_end(title: str) -> str:
    """The last step of a title written as a breadcrumb ("Lamp Notes » Blog Archive » Lamps
    Lit Again" -> "Lamps Lit Again"): the page's own name, when the last separator is a
    breadcrumb's and the last part, of three words or more, is longer than every step before
    it (a headline's second half after a "»" is no longer than its first)."""
    steps = list(BREADCRUMB_STEP.finditer(title))
    if not steps:
        return title
    last = title[steps[-1].end() :]
    words = len(norm(last).split())
    if words >= 3 and all(
        len(norm(part).split()) < words for part in SEPARATORS.split(title[: steps[-1].start()])
    ):
        return last
    return title


def _numbered_declared(
    h1s: list[str], declared: list[str], outlet: str | None, url: str | None
) -> str | None:
    """The declared title when it is the first h1 plus the one number the h1 leaves out, its
    count or year ("8 Lamp Designs" or "Lamp Designs 2025" for "Lamp Designs"): both name the
    article, the declared one in full. On the even wcxb pages the gold took it on both such
    pages; a date before the title ("08.11.2021 | Lamp Designs") is no count or year."""
    if not h1s:
        return None
    words = norm(h1s[0]).split()
    for title in declared:
        title = strip_site(title, outlet, url)
        fuller = norm(title).split()
        added = list((Counter(fuller) - Counter(words)).elements())
        if (
            len(added) == 1
            and COUNT_OR_YEAR.fullmatch(added[0])
            and len(fuller) == len(words) + 1
            and _without_numbers(fuller) == _without_numbers(words)
        ):
            return title
    return None


# One number: a count ("8 Lamp Designs") or a year, not a date's parts ("08.11.2021 | X").
COUNT_OR_YEAR = re.compile(r"\d{1,3}|(?:19|20)\d\d")


def _without_numbers(words: list[str]) -> list[str]:
    return [w for w in words if not w.isdigit()]


def _loose(text: str) -> list[str]:
    return [w for w in norm(text.replace("&", " and ")).split() if len(w) > 1 and w != "and"]


def _same_words(h1: str, declared: str) -> bool:
    """The h1 says the declared title's words but for its punctuation, "&" for "and" or a
    letter standing alone ("Beginner Guide" for "Beginner's Guide", "- I Tried" for "[Tried"):
    the declared title is the headline as the editor typed it, the h1 as a template styled it."""
    return norm(h1) != norm(declared) and _loose(h1) == _loose(declared)


TITLE_CUTS = re.compile(r"\s+(?:\||-|–|—)\s+|:\s+")


def title_candidates(
    tree: HtmlElement, objects: list[dict], tags: dict[str, str]
) -> list[tuple[str, str]]:
    """(kind, text) for every title the page offers: each h1 and h2, og:title, twitter:title,
    JSON-LD headline, <title>, and each declared title cut at a separator (either side kept),
    to measure how far choosing among them can go."""
    found: list[tuple[str, str]] = []
    for tag in ("h1", "h2"):
        for elem in tree.iter(tag):
            found.append((tag, " ".join(text_with_breaks(elem).split())))
    title_elem = tree.find(".//title")
    declared = [
        ("og:title", tags.get("og:title")),
        ("twitter:title", tags.get("twitter:title")),
        ("title", title_elem.text_content() if title_elem is not None else None),
    ]
    declared += [("headline", o.get("headline")) for o in article_objects(objects)]
    for kind, text in declared:
        if not isinstance(text, str) or not text.strip():
            continue
        text = " ".join(html.unescape(text).split())
        found.append((kind, text))
        for cut in TITLE_CUTS.finditer(text):
            found += [(f"{kind}-cut", text[: cut.start()]), (f"{kind}-cut", text[cut.end() :])]
    return [(kind, text) for kind, text in found if text]


# A tail after a bar is a search-result tagline or a section ("| Top 19 Companies", "|
# Opinion"); one after a dash is one only in English, where a headline's two parts are joined
# by a colon. German, French and other news sites join a headline's parts by a dash ("Hund
# vertreibt Einbrecher – Zeugenaufruf"): on trafilatura's evaluation pages (mostly German)
# dropping dash tails cut 19 headlines and fixed none.
BAR_TAGLINE = re.compile(r"\s+\|\s+(?P<tail>[^|–—]+)$")
DASH_TAGLINE = re.compile(r"\s+(?:-|–|—)\s+(?P<tail>[^|–—]+)$")
DASH_TAGLINE_LANGUAGES = frozenset({"en"})


def drop_tagline(title: str, language: str | None = "en") -> str:
    """ "Best Movers in NYC 2025 | Top 19 Companies" -> "Best Movers in NYC 2025": a short tail
    (at most five words, not a lower-case continuation such as "— and why") after a separator
    is a search-result tagline, not part of the headline; after a dash only on a page in
    English (a page that does not say its language is read by its text, and when that is in
    doubt too by its title, unless the title reads as another language: a short title's
    language is often in doubt, and its dash tail then more often the site's name), and never
    a dash between two numbers or months ("January - May 2030"), which joins a span. The
    threshold was set on the even wcxb pages; on the odd ones it fixed five titles and broke
    none."""
    match = BAR_TAGLINE.search(title)
    if not match and DASH_TAGLINE.search(title):
        if language is None:
            language = detect_language(title) or "en"
        if language in DASH_TAGLINE_LANGUAGES:
            match = DASH_TAGLINE.search(title)
    if not match or (
        match.re is DASH_TAGLINE and _joins_range(title[: match.start()], match["tail"])
    ):
        return title
    tail = match["tail"].split()
    # A tail that opens with a word all in lower case continues the headline; one that opens
    # lower-case-then-capital ("| iPhone", "- eKiosk") is a name, as a site's or section's is.
    if (
        len(tail) > 5
        or tail[0].islower()
        or tail[0].casefold() in CONTINUING
        or len(title[: match.start()].split()) < 3
    ):
        return title
    head = title[: match.start()]
    # A chain of sections after a bar ("| iPhone | Forum") goes step by step.
    return drop_tagline(head, language) if match.re is BAR_TAGLINE else head


# A tail opening with a conjunction continues the headline, capitalised or not ("– Until
# Now", "- And Why It Matters"): no site's name or section opens so; "Since 1921" and "As
# Seen on TV" are a site's motto.
CONTINUING = (SUBORDINATORS - {"since", "as"}) | {"and", "but", "or", "yet", "so", "than"}


# Words that may end a range on either side of a dash: a number or a month's name.
RANGE_ENDS = frozenset({*MONTH_NUMBERS, *MONTH_ABBREVIATIONS, *FOREIGN_MONTHS})


def _joins_range(head: str, tail: str) -> bool:
    """The dash joins the two ends of a span ("Tastings January - May 2030", "Trucks
    1931 - 1945"): a number or a month on either side, which no site's name or tagline opens
    with and a headline's range needs both of."""
    before, after = head.split(), tail.split()
    return bool(before and after) and all(
        word.strip(".,").isdigit() or word.strip(".,").casefold() in RANGE_ENDS
        for word in (before[-1], after[0])
    )
