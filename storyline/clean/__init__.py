"""Clean stage: RawDocument -> Document (article text, metadata, every removed line kept).

HTML goes through ``storyline.clean.html.extract_html`` first, then through the same line
cleaner as flattened text, which catches what survives extraction (newsletter lines, teasers,
credits). Container hints (jsonl fields, feed entries) win over anything guessed from the page.
"""

from __future__ import annotations

import hashlib
import re
import warnings
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from itertools import combinations
from typing import Any

from storyline.clean.furniture import CHAT
from storyline.clean.html import HtmlExtract, extract_html
from storyline.clean.outlets import canonical_outlet, domain_of, outlet_from_url
from storyline.clean.text import CleanedText, clean_text, is_sentence, n_words, normalize
from storyline.clean.textmeta import TextMeta, text_metadata
from storyline.errors import InputError
from storyline.ingest.encoding import decode
from storyline.model import Document, Failure, RawDocument

__all__ = ["clean_document", "clean_documents", "clean_text", "repeated_lines"]

# Pages of one outlet sharing at least this share of their lines are versions of one article
# (an update, a reprint), so what they share is article text, not furniture.
SAME_ARTICLE_OVERLAP = 0.5
# Longer prose repeated across an outlet's pages is a recurring background paragraph, which is
# article text; furniture lines (sign-up boxes, credits, slogans) are shorter than this.
MAX_FURNITURE_WORDS = 25
# A page with chat-widget lines and fewer words than this left is the widget, not an article.
CHAT_PAGE_WORDS = 40


@dataclass
class _Prepared:
    raw: RawDocument
    doc_id: str
    text: str
    extract: HtmlExtract | None = None  # when the input was HTML


def clean_documents(raws: list[RawDocument]) -> list[Document | Failure]:
    """Clean a batch, in order. Lines repeated on several pages of one outlet are removed as
    furniture; a bad document becomes a Failure and the batch goes on."""
    prepared: list[_Prepared | Failure] = []
    for raw in raws:
        try:
            prepared.append(_prepare(raw))
        except InputError as exc:
            prepared.append(Failure(source=raw.source, error=exc.problem))
    first = {i: _clean(p, set()) for i, p in enumerate(prepared) if isinstance(p, _Prepared)}
    keys = {i: _outlet_key(prepared[i], cleaned) for i, cleaned in first.items()}  # type: ignore[arg-type]
    groups: dict[str, list[int]] = defaultdict(list)
    for i, key in keys.items():
        if key:
            groups[key].append(i)
    shared = {key: repeated_lines([first[i] for i in members]) for key, members in groups.items()}
    out: list[Document | Failure] = []
    for i, item in enumerate(prepared):
        if isinstance(item, Failure):
            out.append(item)
            continue
        repeated = shared.get(keys[i] or "", set())
        cleaned = first[i] if not repeated else None
        try:
            out.append(_finish(item, repeated, cleaned))
        except InputError as exc:
            out.append(Failure(source=item.raw.source, error=exc.problem))
    return out


def clean_document(raw: RawDocument, *, repeated: set[str] | None = None) -> Document:
    """Clean one document; raises InputError when it has no article text.

    ``repeated`` holds ``normalize``d lines known to be furniture of this page's outlet."""
    return _finish(_prepare(raw), repeated or set(), None)


def repeated_lines(pages: list[CleanedText]) -> set[str]:
    """Kept lines of one outlet's pages that appear on two or more of them, unless those pages
    are versions of the same article or the line is long prose (see the constants above)."""
    if len(pages) < 2:
        return set()
    sets = [{normalize(ln.text) for ln in p.lines if ln.kept} for p in pages]
    where: dict[str, list[int]] = defaultdict(list)
    for i, lines in enumerate(sets):
        for key in lines:
            where[key].append(i)
    overlap: dict[tuple[int, int], float] = {}

    def distinct(a: int, b: int) -> bool:
        if (a, b) not in overlap:
            union = len(sets[a] | sets[b]) or 1
            overlap[a, b] = len(sets[a] & sets[b]) / union
        return overlap[a, b] < SAME_ARTICLE_OVERLAP

    found = set()
    for key, docs in where.items():
        if len(docs) < 2 or (n_words(key) > MAX_FURNITURE_WORDS and is_sentence(key)):
            continue
        # Checking a few pairs is enough: furniture is on nearly every page.
        if any(distinct(a, b) for a, b in list(combinations(docs[:8], 2))):
            found.add(key)
    return found


# ------------------------------------------------------------------ one document


def _prepare(raw: RawDocument) -> _Prepared:
    doc_id = _doc_id(raw)
    html = raw.html
    if (
        html is None
        and raw.text is None
        and (raw.format in ("html", "warc", "feed") or _looks_like_html(raw.content[:2048]))
    ):
        html = _decode(raw)
    if html is not None and not (raw.text or "").strip():
        extract = _extract_html(html, raw.url, raw.source)
        return _Prepared(raw, doc_id, extract.text or "", extract)
    text = raw.text if raw.text is not None else _decode(raw)
    return _Prepared(raw, doc_id, text)


def _finish(prep: _Prepared, repeated: set[str], cleaned: CleanedText | None) -> Document:
    raw, extract = prep.raw, prep.extract
    if cleaned is None:
        cleaned = _clean(prep, repeated)
    if not cleaned.text.strip():
        raise InputError(raw.source, "no article text left after removing boilerplate")
    if chat_only(cleaned):
        raise InputError(raw.source, "no article text: the page holds only a chat widget")
    meta = text_metadata(cleaned.lines, cleaned.title)
    published, published_source = _published(raw, extract, meta)
    return Document(
        id=prep.doc_id,
        source=raw.source,
        url=raw.url,
        title=raw.title or _get(extract, "title") or meta.title,
        published=published,
        published_source=published_source,
        outlet=_outlet(raw, extract, meta),
        authors=list(raw.authors or _get(extract, "authors") or meta.authors),
        wire=meta.wire,
        language=detect_language(cleaned.text) or _get(extract, "language"),
        text=cleaned.text,
        removed=cleaned.removed,
        removed_chars=(extract.removed_chars if extract else 0)
        + sum(len(r.line) + 1 for r in cleaned.removed),
        format=raw.format,
    )


def chat_only(cleaned: CleanedText) -> bool:
    """A chat widget's page: chat lines, and too little else to be an article (a greeting)."""
    if not any(ln.reason == CHAT for ln in cleaned.lines):
        return False
    return n_words(cleaned.text) < CHAT_PAGE_WORDS


def _clean(prep: _Prepared, repeated: set[str]) -> CleanedText:
    return clean_text(
        prep.text, title=_title_hint(prep), repeated=repeated, extracted=prep.extract is not None
    )


def _title_hint(prep: _Prepared) -> str | None:
    return prep.raw.title or _get(prep.extract, "title")


def _published(raw: RawDocument, extract: Any, meta: TextMeta) -> tuple[str | None, str]:
    if raw.published:
        value = normalize_date(raw.published)
        if value:
            return value, "feed" if raw.format == "feed" else "input"
    if _get(extract, "published"):
        return extract.published, _get(extract, "published_source") or "meta"
    if meta.published:
        return meta.published, meta.published_source
    return None, "none"


def _outlet(raw: RawDocument, extract: Any, meta: TextMeta) -> str | None:
    """Container hint, then the HTML site name, then a known domain, then a masthead named in
    the page, then the bare domain."""
    known_domain = outlet_from_url(raw.url)
    if known_domain == domain_of(raw.url):
        known_domain = None  # not in the table: only a last resort
    return (
        canonical_outlet(raw.outlet)
        or canonical_outlet(_get(extract, "outlet"))
        or known_domain
        or meta.outlet
        or domain_of(raw.url)
    )


def _outlet_key(prep: _Prepared, cleaned: CleanedText) -> str | None:
    """Which outlet's furniture a page shares: the same order as ``_outlet``."""
    meta = text_metadata(cleaned.lines, cleaned.title)
    return _outlet(prep.raw, prep.extract, meta)


# ------------------------------------------------------------------ helpers


def _doc_id(raw: RawDocument) -> str:
    data = raw.content or (raw.html or raw.text or "").encode("utf-8")
    if not data.strip():
        raise InputError(raw.source, "empty input (no content)")
    return hashlib.sha256(data).hexdigest()[:16]


def _decode(raw: RawDocument) -> str:
    return decode(raw.content, raw.source)


def _looks_like_html(head: bytes) -> bool:
    return bool(
        re.search(rb"<(?:!doctype html|html|head|body|article|p|div)[\s>]", head, re.IGNORECASE)
    )


def _extract_html(html: str, url: str | None, source: str) -> HtmlExtract:
    problem = "no article text found in the HTML"
    try:
        extract = extract_html(html, url)
        if extract.text.strip():
            return extract
    except InputError as exc:
        extract, problem = HtmlExtract(), exc.problem
    # A feed item or a jsonl "html" field is often a bare fragment, too short for the
    # extractor to call it an article: its own paragraphs are the article.
    text = fragment_text(html)
    if not text:
        raise InputError(source, problem)
    extract.text = text
    return extract


_BLOCKS = {
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "blockquote",
    "section",
    "article",
    "tr",
    "dd",
    "dt",
    "figcaption",
    "pre",
    "ul",
    "ol",
    "table",
    "header",
    "footer",
    "aside",
    "figure",
}


def fragment_text(html: str) -> str:
    """Paragraphs of an HTML fragment, one per block element, separated by blank lines."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for bad in root.xpath(".//script|.//style|.//noscript|.//template"):
        bad.drop_tree()
    for el in root.iter():
        el.text = re.sub(r"\s+", " ", el.text) if el.text else el.text
        el.tail = re.sub(r"\s+", " ", el.tail) if el.tail else el.tail
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    lines = (line.strip() for line in root.text_content().split("\n"))
    return "\n\n".join(line for line in lines if line)


def _get(obj: Any, name: str) -> Any:
    return getattr(obj, name, None) if obj is not None else None


def normalize_date(value: str) -> str | None:
    """An ISO 8601 date or datetime from a container's date string, or None."""
    value = value.strip()
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
        return value
    except ValueError:
        pass
    if not re.search(r"(?:19|20)\d\d", value):
        return None  # dateutil would fill a missing year (or month) with today's
    from dateutil import parser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unknown zone names ("EST"): read as local time
        try:
            parsed = parser.parse(value)
        except (ValueError, OverflowError):
            return None
    if (parsed.hour, parsed.minute, parsed.second) == (0, 0, 0) and parsed.tzinfo is None:
        return parsed.date().isoformat()
    return parsed.isoformat()


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code from py3langid (offline, bundled model); None when unsure."""
    if len(text.strip()) < 20:
        return None
    lang, prob = _identifier().classify(text[:5000])
    return lang if prob >= 0.5 else None
