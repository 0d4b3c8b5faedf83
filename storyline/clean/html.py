"""HTML page -> article text and metadata.

Trafilatura finds the main content; this module adds what measured better on the aeb and wcxb
benchmarks (see storyline/eval/aeb.py, wcxb.py):

* quick precision-first extraction (favor_precision, no fallback extractors); only when it
  keeps little of the page's prose does trafilatura run again in its thorough balanced mode
  (readability/jusText comparison), which rescues paywalled or oddly built pages;
* articles cut into several containers of one class (a "chunk" between ad slots) are joined
  and extracted again when the first pass kept only one chunk;
* a line filter for boilerplate trafilatura lets through: the headline repeated as the first
  line, share/subscribe/newsletter prompts, related-story links at the end, date stamps;
* metadata from the publisher's structured data first (storyline.clean.htmlmeta).

The page is parsed once; trafilatura and the metadata readers work on that tree (trafilatura
copies it before it prunes).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import lxml.html
import trafilatura
from lxml import etree
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction
from trafilatura.settings import Document as ExtractedPage
from trafilatura.utils import is_dubious_html, repair_faulty_html
from trafilatura.xml import xmltotxt

from storyline.clean.htmlmeta import drop_tagline, page_meta, visible_text
from storyline.clean.trafpass import EXTRACT_OPTIONS, quick_precise_text
from storyline.errors import InputError

# favor_precision measured better on aeb (F1 +0.006 over the balanced mode).
PRECISE = True
# A precise extraction shorter than this share of the balanced one lost the article.
MIN_PRECISE_SHARE = 0.4
# Below this many characters, or this share of the page's prose, the quick extraction is
# checked against the thorough one.
SHORT_TEXT_CHARS = 800
MIN_PROSE_SHARE = 0.5


BOILERPLATE = re.compile(
    r"^(?:share|tweet|email|print|comment|save)s?(?: (?:this|the))?(?: (?:article|story|post|"
    r"page|on \w+))?[.!:]?$"
    r"|\b(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletters?|inbox|e-?mails?|alerts?|"
    r"updates)\b"
    r"|\b(?:newsletters?|inbox)\b.{0,60}\b(?:sign up|subscribe)\b"
    r"|^(?:(?:read|see|watch) (?:more|also|next|the full)|related(?: (?:articles?|stories|posts|"
    r"content|coverage|reading))?|more from|recommended|trending|don'?t miss|most (?:popular|"
    r"read))\b.{0,120}$"
    r"|^(?:advertisement|advertising|sponsored(?: content)?|ad|scroll to continue.*)$"
    r"|\bfollow (?:us|@\w+|\w+ \w+) on (?:twitter|facebook|instagram|x|linkedin)\b"
    r"|^(?:share|like) this (?:story|article)\b|\bshare it with a friend\b"
    r"|^(?:copyright|©)|\ball rights reserved\b"
    r"|^\d+ comments?$|^(?:leave|post|add) a (?:comment|reply)\b|^tell us what you think\b"
    r"|^(?:have a (?:news )?tip|got a (?:news )?tip)\b"
    r"|^\[/?\w+[^\]]*\].*\[/\w+\]$"
    r"|^(?:updated|published|posted|last (?:updated|modified))(?: (?:at|on))?:? [\w ,.:/-]{3,40}$"
    r"|^click here\b.{0,80}$|\bclick here (?:to|for) (?:subscribe|sign up|more information)\b",
    re.IGNORECASE,
)
MAX_BOILERPLATE_CHARS = 220


@dataclass
class HtmlExtract:
    text: str = ""
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    published_source: str = "none"  # jsonld, meta, url, date-line (printed), htmldate, none
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    language: str | None = None
    removed_chars: int = 0  # page text not kept


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    """Article body (paragraphs separated by blank lines) and metadata of one HTML page."""
    source = url or "<html>"
    if not html or not html.strip():
        raise InputError(source, "empty HTML page")
    tree = parse_html(html)
    if tree is None:
        raise InputError(source, "no HTML markup to extract from")
    visible = visible_text(tree)
    meta = page_meta(tree, url, visible)
    text = body_text(tree, url, meta.title)
    page_chars = len(visible)
    return HtmlExtract(
        text=text,
        title=meta.title,
        published=meta.published,
        published_source=meta.published_source,
        authors=meta.authors,
        outlet=meta.outlet,
        language=meta.language,
        removed_chars=max(0, page_chars - len(text)),
    )


def parse_html(html: str) -> HtmlElement | None:
    """The page's tree; a bare fragment ("<p>..</p>" alone, which trafilatura's loader rejects
    as dubious) is wrapped in a document first. None when there is no markup at all."""
    tree = load_html(html)
    if tree is None and re.search(r"<[a-zA-Z][^>]*>", html[:5000]):
        tree = load_html(f"<html><body><div>{html}</div></body></html>")
    if tree is not None and tree.tag != "html":
        # A fragment can parse to a root such as <svg>: the readers after this one assume an
        # <html> root (htmldate drops nodes through their parent, and a root has none).
        root = lxml.html.Element("html")
        lxml.html.etree.SubElement(root, "body").append(tree)
        tree = root
    return tree


# trafilatura's parser settings (trafilatura.utils.HTML_PARSER), but every element an
# HtmlElement found by lxml's C lookup: lxml.html's own lookup calls back into Python for each
# element the first time any code touches it (trafilatura's passes, the metadata readers), a
# twentieth of extraction's time. It only adds form and input subclasses, which nothing here
# or in trafilatura and htmldate uses; the tree, its text and its classes' methods are the same.
_PARSER = lxml.html.HTMLParser(
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
)
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
    )
)


def load_html(html: str) -> HtmlElement | None:
    """``trafilatura.utils.load_html`` for a string, step for step (trafilatura 2.3.1: the same
    repairs, the same fallback to bytes, the same rejection of a dubious one-child tree), with
    the parser above."""
    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = repair_faulty_html(html, beginning)
    tree: HtmlElement | None = None
    from_bytes = False
    try:
        tree = lxml.html.fromstring(html, parser=_PARSER)
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        tree, from_bytes = _from_bytes(html), True
    except Exception:  # trafilatura logs any parser failure and goes on
        tree = None
    if (tree is None or len(tree) < 1) and not from_bytes:
        tree = _from_bytes(html)
    if tree is not None and dubious and len(tree) < 2:
        return None
    return tree


def _from_bytes(html: str) -> HtmlElement | None:
    try:
        return lxml.html.fromstring(html.encode("utf8", "surrogatepass"), parser=_PARSER)
    except Exception:  # as trafilatura.utils.fromstring_bytes
        return None


# ---------------------------------------------------------------- body


def body_text(tree: HtmlElement, url: str | None = None, title: str | None = None) -> str:
    """Main text as paragraphs separated by blank lines ('' when the page has no article)."""
    lines = _extract_lines(tree, url, precise=PRECISE, fast=True)
    found = len(" ".join(lines))
    if found < SHORT_TEXT_CHARS or found < MIN_PROSE_SHARE * page_prose(tree):
        # A short result: let trafilatura compare with its fallbacks (readability, jusText),
        # and in balanced mode, since precision mode sometimes keeps one stray block only.
        wide = _extract_lines(tree, url, precise=False, fast=False)
        if len(" ".join(lines)) < MIN_PRECISE_SHARE * len(" ".join(wide)):
            lines = wide
    chunks = split_chunks(tree)
    if _needs_join(chunks, " ".join(lines)):
        joined = _extract_lines(
            join_chunks(tree, chunks), url, precise=PRECISE, fast=True, owned=True
        )
        # Keep the joined body only if it still holds what was found before.
        if _norm(lines[0])[:200] in _norm(" ".join(joined)) and len(joined) > len(lines):
            lines = joined
    lines = filter_lines(lines, title, _link_texts(tree))
    return _paragraphs(lines)


def _extract_lines(
    tree: HtmlElement, url: str | None, precise: bool, fast: bool, owned: bool = False
) -> list[str]:
    """trafilatura's body text, as lines. ``owned``: the tree is a copy made for this call."""
    if precise and fast:  # the usual first pass: without the copies for the slow modes
        text = quick_precise_text(tree, url, EXTRACT_OPTIONS, owned)
        return [line.strip() for line in (text or "").split("\n") if line.strip()]
    doc = trafilatura.bare_extraction(
        tree, url=url, favor_precision=precise, fast=fast, **EXTRACT_OPTIONS
    )
    # Without as_dict trafilatura returns its Document (or None), never a dict.
    if not isinstance(doc, ExtractedPage) or doc.body is None:
        return []
    # Its python output already holds the body as plain text (xmltotxt without formatting):
    # serialising the body again would only repeat that work.
    text = doc.text if isinstance(doc.text, str) else xmltotxt(doc.body, False)
    return [line.strip() for line in text.split("\n") if line.strip()]


def _paragraphs(lines: list[str]) -> str:
    """One paragraph per block; consecutive list items and table rows stay in one block."""
    blocks: list[str] = []
    for line in lines:
        marker = line[:2]
        if marker in ("- ", "| ") and blocks and blocks[-1].rsplit("\n", 1)[-1][:2] == marker:
            blocks[-1] += "\n" + line
        else:
            blocks.append(line)
    return "\n\n".join(blocks)


# ---------------------------------------------------------------- split articles

PROSE_MIN = 80
CHUNK_TAGS = {"div", "section", "article", "main"}
MIN_CHUNK_COVERAGE = 0.7


BODY_CLASS = re.compile(r"article|body|content|story|post|entry|text|chunk", re.IGNORECASE)


def _signature(elem: HtmlElement) -> tuple[str, str] | None:
    cls = " ".join((elem.get("class") or "").split())
    return (elem.tag, cls) if elem.tag in CHUNK_TAGS and BODY_CLASS.search(cls) else None


def page_prose(tree: HtmlElement) -> int:
    """Characters in the page's paragraphs of running text."""
    return sum(n for n in (len(p.text_content()) for p in tree.iter("p")) if n >= PROSE_MIN)


def split_chunks(tree: HtmlElement) -> list[HtmlElement]:
    """The containers of the page's main prose when it is cut into several siblings (or
    cousins) of one tag and class, as some sites do between ad slots; else []."""
    weight: Counter[tuple[str, str]] = Counter()
    members: dict[tuple[str, str], list[HtmlElement]] = {}
    for p in tree.iter("p"):
        chars = len(p.text_content())
        container = p.getparent()
        sig = _signature(container) if chars >= PROSE_MIN and container is not None else None
        if sig is None:
            continue
        weight[sig] += chars
        found = members.setdefault(sig, [])
        if container not in found:
            found.append(container)
    if not weight:
        return []
    chunks = members[weight.most_common(1)[0][0]]
    return chunks if len(chunks) >= 2 else []


def _coverage(chunks: list[HtmlElement], text: str) -> list[float]:
    """Per chunk, the share of its prose that the extracted text holds."""
    have = _norm(text)
    shares = []
    for chunk in chunks:
        total = got = 0
        for p in chunk.iter("p"):
            para = _norm(p.text_content())
            if len(para) >= PROSE_MIN:
                total += len(para)
                got += len(para) if para[:200] in have else 0
        shares.append(got / total if total else 1.0)
    return shares


def _needs_join(chunks: list[HtmlElement], text: str) -> bool:
    """The extractor took one chunk of the article and left its siblings out."""
    if not chunks or not text:
        return False
    shares = _coverage(chunks, text)
    return max(shares) >= 0.8 and sum(shares) / len(shares) < MIN_CHUNK_COVERAGE


def join_chunks(tree: HtmlElement, chunks: list[HtmlElement]) -> HtmlElement:
    """A copy of the tree with every chunk's children moved into the first chunk."""
    index = {id(elem): i for i, elem in enumerate(tree.iter())}
    work = tree.__copy__()
    copied = list(work.iter())
    targets = [copied[index[id(c)]] for c in chunks]
    first = targets[0]
    for chunk in targets[1:]:
        for child in list(chunk):
            first.append(child)
        parent = chunk.getparent()
        if parent is not None:
            parent.remove(chunk)
    return work


# ---------------------------------------------------------------- line filter


_WORD = re.compile(r"\w+")


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _flat(text: str) -> str:
    return "".join(_WORD.findall(text.casefold()))


def _link_texts(tree: HtmlElement) -> set[str]:
    """Texts of links with at least four words: a body line equal to one is a related link."""
    texts = set()
    for a in tree.iter("a"):
        text = _norm(a.text_content())
        if text.count(" ") >= 3:
            texts.add(text)
    return texts


def filter_lines(lines: list[str], title: str | None, link_texts: set[str]) -> list[str]:
    title_key = _flat(title or "")
    # The headline repeated at the top of the body, perhaps with the tagline the title lost,
    # compared without spaces: a headline set in blocks (a <div> per line) may come out of the
    # extractor as "Keepers Relightthe Old Lamp".
    while lines and title_key and title_key in (_flat(lines[0]), _flat(drop_tagline(lines[0]))):
        lines = lines[1:]
    kept = [line for line in lines if not _boilerplate(line)]
    # Related-story links trailing the article.
    while kept and _norm(kept[-1].lstrip("-| ")) in link_texts:
        kept.pop()
    return kept


def _boilerplate(line: str) -> bool:
    return len(line) <= MAX_BOILERPLATE_CHARS and bool(BOILERPLATE.search(line.lstrip("-| ")))
