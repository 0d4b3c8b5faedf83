"""The page's authors: every name the page credits is a candidate, and a linear score over
where it was found and what it looks like picks one, with the names credited beside it."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from lxml import etree
from lxml.html import HtmlElement

from storyline.clean.htmlmeta.dates import MONTH, MONTHS
from storyline.clean.htmlmeta.jsonld import ARTICLE_TYPES, name_of, types_of
from storyline.clean.htmlmeta.outlet import is_site, norm, site_words
from storyline.clean.htmlmeta.page import HEADER_BEFORE
from storyline.clean.htmlmeta.weights import load_weights
from storyline.lexicon import MONTH_ABBREVIATIONS, NAME_PARTICLES

BY_PREFIX = re.compile(
    r"^\s*(?:written\s+by|posted\s+by|words\s+by|reviewed\s+by|by)\s*:?\s+", re.IGNORECASE
)
# A comma splits names, but not before a suffix that ends the name ("Ann Lee, Jr."); a
# "Sr." that goes on is a title ("Ann Lee, Sr. Director of Operations").
NAME_SPLIT = re.compile(
    r"\s*(?:;|\||&|\band\b|,(?!\s*(?:jr|sr|ii|iii|iv)\b\.?\s*(?:$|[,;|&])))\s*", re.IGNORECASE
)
CREDENTIAL = re.compile(
    r"^(?:[A-Z]{2,6}|[A-Z][a-z]?\.?\s?[A-Z]\.?|Ph\.?\s?D\.?|M\.?D\.?|"
    r"E-RYT\s*\d*|[A-Z]{1,4}-[A-Z0-9]{1,4}|Jr\.?|Sr\.?|MSc|BSc|MBA|RDN?)$"
)
NOT_A_NAME = re.compile(
    r"https?://|www\.|@|\d{3,}|\b(?:admin|editor(?:ial)?|contributor|bio|"
    r"updated|published|minutes?|read)\b",
    re.IGNORECASE,
)
DATE_WORDS = re.compile(
    rf"{MONTH}(?:\s+\d{{1,2}})?,?",
    re.IGNORECASE,
)

META_AUTHOR_KEYS = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "citation_author",
    "byl",
    "twitter:creator:name",
)


def clean_author(raw: str) -> list[str]:
    """'By Ann Lee, MD and Bo Chan' -> ['Ann Lee', 'Bo Chan']; junk gives []."""
    text = " ".join(html.unescape(raw).split())
    text = BY_PREFIX.sub("", text)
    names: list[str] = []
    for part in NAME_SPLIT.split(text):
        part = part.strip(" .,:-–—|")
        part = BY_PREFIX.sub("", part)
        if not part or CREDENTIAL.match(part) or part.casefold() in {"by", "author", "posted"}:
            continue
        if NOT_A_NAME.search(part) and not re.search(r"\bteam\b", part, re.IGNORECASE):
            continue
        if len(part.split()) > 5 or len(part) < 2 or not _looks_like_name(part):
            continue
        if part not in names:
            names.append(part)
    return names


def _looks_like_name(part: str) -> bool:
    """Rejects CSS and class-name leaks and placeholders (user handles are kept: some sites
    sign with them)."""
    if re.search(r"[{}<>=;:()\"]", part) or part.count("-") >= 2:
        return False
    if part.casefold() in {"name", "the author", "author", "admin", "guest", "unknown"}:
        return False
    if DATE_WORDS.fullmatch(part):  # "August 14" left over from a byline's date
        return False
    return any(ch.isalpha() for ch in part)


NAME_WORD = r"[A-Z][\w'’.-]*"
BYLINE = re.compile(
    r"(?:\b[Ww]ritten [Bb]y|\b[Ww]ords [Bb]y|\b[Bb]y|\bBY|\b[Aa]uthor)\s*:?\s+"
    rf"({NAME_WORD}(?:\s+(?:{NAME_WORD}|{'|'.join(NAME_PARTICLES)})){{0,3}})"
)
# Words that follow a byline name (role, date label) rather than belong to it.
AFTER_NAME = {
    "head",
    "co-founder",
    "founder",
    "tech",
    "writer",
    "editor",
    "senior",
    "staff",
    "contributor",
    "reporter",
    "correspondent",
    "director",
    "ceo",
    "manager",
    "product",
    "last",
    "updated",
    "published",
    "posted",
    "table",
    "reviewed",
    "fact",
    "on",
    "in",
    "at",
    "|",
    "share",
    "follow",
    "read",
    "min",
}


# ---------------------------------------------------------------- author candidates
#
# Every name the page credits (JSON-LD, meta tags, byline elements, a printed "By ..." line,
# trafilatura's byline finder) is a candidate; where it was found and what it looks like become
# its features, and a linear score picks the author. The weights were fitted by a pairwise
# logistic regression on wcxb/dev (storyline.clean.htmlmeta.fit) and are reported
# held out, each half of the set scored by weights fitted on the other.

META_AUTHOR_SOURCES = {
    "author": "meta_author",
    "article:author": "meta_article",
    "parsely-author": "meta_parsely",
    "sailthru.author": "meta_sailthru",
}
# Byline elements: rel="author", itemprop="author", or a class name holding "author" or
# "byline" (as the XPath //*[@rel="author" or @itemprop="author" or contains(@class, "author")
# or contains(@class, "byline")] would select them; see ``byline_elements``).
BYLINE_CLASS_PARTS = ("author", "byline")
# Any of the parts in a class attribute: one search in C rather than a test per part.
_BYLINE_CLASS = re.compile("|".join(map(re.escape, BYLINE_CLASS_PARTS)))
MAX_AUTHORS = 10
MAX_ELEMENT_TEXT = 2000  # characters: longer is a container around the article
# The first few hold the article's byline; later ones are widgets and lists of other posts.
MAX_BYLINE_ELEMENTS, MAX_ELEMENTS_READ = 8, 40
LONG_BYLINE = 150  # characters: an element this long is a bio or a teaser list, not a byline

# Job titles printed next to a byline name ("Senior Director, Content").
ROLE_WORDS = re.compile(
    r"\b(?:director|head|senior|chief|lead|founder|co-founder|ceo|president|"
    r"manager|officer|writer|reporter|correspondent|consultant|attorney|"
    r"specialist|expert|former|content|product|marketing)\b",
    re.IGNORECASE,
)
TEAM_WORDS = re.compile(r"\b(?:team|staff|editors?|desk|newsroom|contributors?)\b", re.IGNORECASE)


@dataclass
class AuthorCandidate:
    name: str
    # The names credited together with this one where it was first found: its co-authors.
    group: list[str] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)


class _Credits:
    """Candidates by normalised name, in the order first seen."""

    def __init__(self, site: set[str]) -> None:
        self.by_name: dict[str, AuthorCandidate] = {}
        self.site = site

    def add(self, raws: list[str], source: str, extra: dict[str, float] | None = None) -> bool:
        names = [n for raw in raws for n in clean_author(raw)]
        if len(names) > 1 and all(n.islower() for n in names):
            return False  # a tag list ("politics, investing") caught by an author selector
        for i, name in enumerate(names):
            key = norm(name)
            cand = self.by_name.get(key)
            if cand is None:
                cand = self.by_name[key] = AuthorCandidate(name, names)
            feats = cand.features
            feats[source] = 1.0
            if i == 0:
                feats["first_named"] = 1.0
            for k, v in (extra or {}).items():
                feats[k] = max(feats.get(k, 0.0), v)
        return bool(names)


def _name_shape(name: str) -> dict[str, float]:
    """What a name looks like: a person's "Ann B. Lee", a job title, a handle, one word."""
    words = name.split()
    capital = [w for w in words if w[0].isupper() or w.lower() in NAME_PARTICLES]
    role = bool(ROLE_WORDS.search(name))
    person = (
        2 <= len(words) <= 4
        and len(capital) == len(words)
        and not name.isupper()
        and not any(ch.isdigit() or ch in "_@/" for ch in name)
        and not TEAM_WORDS.search(name)
        and not role
    )
    return {
        "person": float(person),
        "one_word": float(len(words) == 1),
        "role": float(role),
        "lower": float(name == name.lower()),
        "handle": float(len(words) == 1 and bool(re.search(r"[._\d]", name))),
        "team": float(bool(TEAM_WORDS.search(name))),
    }


def _credit_structured(credits: _Credits, objects: list[dict], tags: dict[str, str]) -> None:
    for obj in objects:
        article = bool(types_of(obj) & ARTICLE_TYPES)
        credits.add(name_of(obj.get("author")), "ld_author" if article else "ld_other")
        credits.add(name_of(obj.get("creator")), "ld_other")
    for key in META_AUTHOR_KEYS:
        value = tags.get(key)
        if value and not value.startswith("http"):
            credits.add([value], META_AUTHOR_SOURCES.get(key, "meta_other"))


def byline_elements(tree: HtmlElement) -> Iterator[HtmlElement]:
    """The page's byline elements in document order (the whole document's, as an absolute
    XPath would give them). A walk in Python rather than that XPath: libxml2 evaluates each
    attribute test on every element and costs about twice as much; and a walk can stop."""
    for elem in tree.getroottree().getroot().iter(etree.Element):
        get = elem.get
        classes = get("class")
        if (
            get("rel") == "author"
            or get("itemprop") == "author"
            or (classes is not None and _BYLINE_CLASS.search(classes) is not None)
        ):
            yield elem


def _credit_elements(credits: _Credits, tree: HtmlElement) -> None:
    found = 0
    for elem in islice(byline_elements(tree), MAX_ELEMENTS_READ):
        # Text nodes kept apart: "<p>Ann Lee</p><p>Ann Lee writes..." would run together.
        chunks = [t.strip() for t in elem.itertext() if t.strip()]
        text = " | ".join(chunks)
        if not text or len(text) > MAX_ELEMENT_TEXT:
            continue
        classes = f" {' '.join((elem.get('class') or '').lower().split())} "
        if elem.get("rel") == "author":
            source = "rel_author"
        elif (elem.get("itemprop") or "").lower() == "author":
            source = "itemprop_author"
        elif "byline" in classes:
            source = "class_byline"
        elif " author " in classes or "author-name" in classes:
            source = "class_author"
        else:
            source = "class_author_part"  # author-bio, post__meta-author, ...
        extra = {"first_element": float(found == 0), "long_element": float(len(text) > LONG_BYLINE)}
        found += credits.add([text], source, extra)
        if found >= MAX_BYLINE_ELEMENTS:
            break


def _credit_printed(credits: _Credits, visible: str, title: str | None) -> None:
    """'By Ann Lee' / 'Written by: Ann Lee' printed near the headline, and the explicit
    'Written by' anywhere on the page."""
    at = visible.find(" ".join(title.split())[:40]) if title else -1
    start = max(0, at - HEADER_BEFORE)
    head = visible[start : at + 1500] if at >= 0 else ""
    for window, where in ((head, "head"), (visible, "page")):
        for match in BYLINE.finditer(window):
            explicit = match[0].lower().startswith(("written", "words"))
            if where == "page" and not explicit:
                continue
            printed = match[1]
            if where == "head" and match.start(1) < at - start < match.end(1):
                printed = window[match.start(1) : at - start]  # a byline just above the headline
            name = _byline_name(printed)
            near = where == "head" and abs(match.start() - (at - start)) < 300
            # A lower-case "by" is as often prose ("approved by Congress") as a byline: only
            # a person's name right by the headline counts.
            lower = match[0].startswith("by")
            if lower and not (
                near
                and name
                and _name_shape(name)["person"]
                and not _prose_before(window, match.start())
            ):
                continue
            extra = {
                "printed_near": float(near),
                "printed_explicit": float(explicit),
                "printed_lower": float(lower),
            }
            if name and credits.add([name], f"printed_{where}", extra):
                return


# Whole month names and their abbreviations only: MONTH_NAME would also take "Mara" for March.
MONTH_WORDS = {*MONTHS, *MONTH_ABBREVIATIONS}
BY_LABELS = {"posted", "written", "words", "published", "story", "reviewed", "edited", "updated"}


def _prose_before(text: str, at: int) -> bool:
    """Whether a word of running text comes just before ("...saving costs by ..."), rather than
    a date, a label ("Posted by") or nothing (the byline starts a line)."""
    before = text[max(0, at - 30) : at].split()
    return bool(before) and before[-1].isalpha() and before[-1].casefold() not in BY_LABELS


def _byline_name(text: str) -> str:
    """The name at the start of a printed byline: up to a role word, a date, or the end of a
    sentence ("By Ann Lee. The council..."; an initial's or Jr.'s period does not end it)."""
    words = []
    for word in text.split():
        if word.casefold() in AFTER_NAME or word.rstrip(".,").casefold() in MONTH_WORDS:
            break
        if word.endswith(".") and len(word) > 2 and word.casefold() not in {"jr.", "sr."}:
            words.append(word[:-1])
            break
        words.append(word)
    return " ".join(words)


def _credit_relations(credits: _Credits, visible: str, title: str | None) -> None:
    """Features that compare a name with the page and with the other candidates."""
    at = visible.find(" ".join(title.split())[:40]) if title else -1
    head = visible[max(0, at - HEADER_BEFORE) : at + 1500].casefold() if at >= 0 else ""
    low = visible.casefold()
    cands = list(credits.by_name.values())
    for cand in cands:
        feats = cand.features
        sources = [k for k in feats if k in AUTHOR_SOURCE_KINDS]
        key = norm(cand.name)
        others = sum(1 for o in cands if o is not cand and _contains(norm(o.name), key))
        feats["sources"] = min(len(sources) + others, 3) / 3
        feats["agree"] = float(len(sources) + others > 1)
        feats.update(_name_shape(cand.name))
        feats["site"] = float(is_site(cand.name, credits.site))
        if feats["site"]:
            feats["person"] = 0.0
        name = cand.name.casefold()
        feats["in_text"] = float(name in low)
        feats["in_head"] = float(bool(head) and name in head)
        feats["by_in_text"] = float(f"by {name}" in low or f"by: {name}" in low)
        feats["first_seen"] = float(cand is cands[0])


def _contains(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} ")


AUTHOR_SOURCE_KINDS = {
    "ld_author",
    "ld_other",
    "meta_author",
    "meta_article",
    "meta_parsely",
    "meta_sailthru",
    "meta_other",
    "rel_author",
    "itemprop_author",
    "class_byline",
    "class_author",
    "class_author_part",
    "trafilatura",
    "printed_head",
    "printed_page",
}


def author_candidates(
    tree: HtmlElement,
    objects: list[dict],
    tags: dict[str, str],
    outlet: str | None = None,
    url: str | None = None,
    visible: str = "",
    title: str | None = None,
    trafilatura_always: bool = False,
) -> list[AuthorCandidate]:
    """Every name the page credits as its author, with what vouches for it. Trafilatura's
    byline finder copies the whole tree, so it is asked only when no other source names what
    looks like a person (or always, to measure what that would give)."""
    credits = _Credits(site_words(outlet, url))
    _credit_structured(credits, objects, tags)
    _credit_elements(credits, tree)
    _credit_printed(credits, visible, title)
    if trafilatura_always or not any(
        _name_shape(c.name)["person"] and not is_site(c.name, credits.site)
        for c in credits.by_name.values()
    ):
        _credit_trafilatura(credits, tree)
    _credit_relations(credits, visible, title)
    return list(credits.by_name.values())


def _credit_trafilatura(credits: _Credits, tree: HtmlElement) -> None:
    from storyline.clean.htmlmeta.trafbyline import extract_author

    byline = extract_author(tree)  # trafilatura's byline finder (same answer, fewer copies)
    if byline:
        credits.add(byline.split(";"), "trafilatura")


def author_score(cand: AuthorCandidate, weights: dict[str, float]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in cand.features.items())


def pick_authors(
    cands: list[AuthorCandidate], weights: dict[str, float] | None = None
) -> list[str]:
    """The best-scored name with its co-authors (ties go to the first seen); the site's own
    name only when it is the pick."""
    if not cands:
        return []
    weights = AUTHOR_WEIGHTS if weights is None else weights
    best = max(cands, key=lambda c: author_score(c, weights))
    if best.features.get("site"):
        return [best.name]
    # Co-authors: the other names credited with it that look like a person or a team (an
    # element's text also holds job titles and dates); the best one comes first.
    by_key = {norm(c.name): c for c in cands}
    others = [
        n
        for n in best.group
        if n != best.name
        and (other := by_key.get(norm(n)))
        and (other.features.get("person") or other.features.get("team"))
        and not other.features.get("site")
    ]
    return [best.name, *others][:MAX_AUTHORS]


def find_authors(
    tree: HtmlElement,
    objects: list[dict],
    tags: dict[str, str],
    outlet: str | None = None,
    url: str | None = None,
    visible: str = "",
    title: str | None = None,
) -> list[str]:
    """The page's authors: the best-scored candidate (see ``author_candidates``) and the
    names credited with it."""
    return pick_authors(author_candidates(tree, objects, tags, outlet, url, visible, title))


# Fitted by storyline.clean.htmlmeta.fit (``python -m storyline.clean.htmlmeta.fit``).
AUTHOR_WEIGHTS: dict[str, float] = load_weights("author")
