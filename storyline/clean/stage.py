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
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from itertools import combinations
from typing import Any, TypeVar

from storyline.clean.budget import Budget, Overrun, PageSize, Sandbox, page_size
from storyline.clean.furniture import CHAT
from storyline.clean.html import HtmlExtract, extract_html
from storyline.clean.language import detect_language
from storyline.clean.lines import is_sentence, n_words
from storyline.clean.outlets import canonical_outlet, domain_of, outlet_from_url
from storyline.clean.text import CleanedText, clean_text, normalize
from storyline.clean.textmeta import TextMeta, text_metadata
from storyline.errors import InputError, first_line
from storyline.ingest.encoding import decode
from storyline.model import Document, Failure, PublishedSource, RawDocument

__all__ = [
    "clean_batch",
    "clean_document",
    "clean_documents",
    "clean_text",
    "detect_language",
    "repeated_lines",
]

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


# Pages per task when the first pass runs in worker processes: enough to amortise sending
# the task, few enough that the last tasks balance across the workers.
PAGES_PER_TASK = 8
# Below this many pages the work is done here: starting the workers (each imports the
# extractor and loads the language model) would cost more than sharing saves. (The pipeline
# starts the workers early for as many inputs: storyline.pipeline.EARLY_WORKERS_MIN_INPUTS.)
PARALLEL_MIN_PAGES = 64


@dataclass
class _First:
    """A page after the first pass: extracted, cleaned alone, its outlet key; from a worker,
    also the page finished as if its outlet shared no lines (what it is, most of the time)."""

    prep: _Prepared
    cleaned: CleanedText
    key: str | None
    alone: Document | Failure | None = None


def clean_documents(
    raws: list[RawDocument], *, sandbox: Sandbox | None = None, workers: int = 1
) -> list[Document | Failure]:
    """Clean a batch, in order. Lines repeated on several pages of one outlet are removed as
    furniture; a bad document becomes a Failure and the batch goes on, the others keeping
    their cross-page removal. Each page is cleaned within its budget (see budget.py):
    ``sandbox`` runs the big ones, one is made for this call when not given. With
    ``workers`` > 1 the per-page work runs in that many processes; the result is the same."""
    with ExitStack() as stack:
        box = sandbox or stack.enter_context(Sandbox())
        return _clean_all(raws, box, workers)


def _clean_all(raws: list[RawDocument], box: Sandbox, workers: int) -> list[Document | Failure]:
    out: list[Document | Failure | None] = [None] * len(raws)
    first: dict[int, _First] = {}
    for i, done in enumerate(_first_passes(raws, box, workers)):
        if isinstance(done, Failure):
            out[i] = done
        else:
            first[i] = done
    groups: dict[str, list[int]] = defaultdict(list)
    for i, done in first.items():
        if done.key:
            groups[done.key].append(i)
    shared = {
        key: repeated_lines([first[i].cleaned for i in members]) for key, members in groups.items()
    }
    redo: list[tuple[int, _First, set[str]]] = []
    for i, done in first.items():
        repeated = shared.get(done.key or "", set())
        if done.alone is not None and not repeated:
            out[i] = done.alone
        else:
            redo.append((i, done, repeated))
    for (i, _, _), finished in zip(redo, _second_passes(redo, workers), strict=True):
        out[i] = finished
    return [item for item in out if item is not None]


def _first_passes(
    raws: list[RawDocument], box: Sandbox, workers: int
) -> Iterator[_First | Failure]:
    """Each page's first pass, in order: here, or in ``workers`` processes when there are
    enough pages to share."""
    if workers <= 1 or len(raws) < PARALLEL_MIN_PAGES:
        yield from (_first_one(raw, box) for raw in raws)
        return
    from storyline.workers import map_batches

    batches = map_batches(_first_batch, raws, workers=workers, batch_size=PAGES_PER_TASK)
    done = (item for batch in batches for item in batch)
    for raw, item in zip(raws, done, strict=True):
        if isinstance(item, _First):
            item.prep.raw = raw
        yield item


def _first_batch(raws: list[RawDocument]) -> list[_First | Failure]:
    """A worker's share of the first pass, each page also finished alone (see ``_First``)."""
    with Sandbox() as box:
        done = [_first_one(raw, box) for raw in raws]
    for item in done:
        if isinstance(item, _First):
            item.alone = _finish_one(item.prep, set(), item.cleaned)
            item.prep.raw = _light(item.prep.raw)  # the parent holds the page's bytes
    return done


def _second_passes(
    redo: list[tuple[int, _First, set[str]]], workers: int
) -> Iterator[Document | Failure]:
    """The pages to finish with their outlet's repeated lines known, in order: here, or in
    ``workers`` processes when there are enough of them (pages of one outlet, mostly)."""
    if workers <= 1 or len(redo) < PARALLEL_MIN_PAGES:
        yield from (_finish_one(done.prep, lines, done.cleaned) for _, done, lines in redo)
        return
    from storyline.workers import map_batches

    tasks = [(replace(done.prep, raw=_light(done.prep.raw)), lines) for _, done, lines in redo]
    batches = map_batches(_second_batch, tasks, workers=workers, batch_size=PAGES_PER_TASK)
    yield from (item for batch in batches for item in batch)


def _second_batch(tasks: list[tuple[_Prepared, set[str]]]) -> list[Document | Failure]:
    return [_finish_one(prep, lines, None) for prep, lines in tasks]


def _finish_one(
    prep: _Prepared, repeated: set[str], cleaned: CleanedText | None
) -> Document | Failure:
    return _page(prep.raw, partial(_finish, prep, repeated, None if repeated else cleaned))


def _light(raw: RawDocument) -> RawDocument:
    """The raw page without its bytes: what finishing a page reads of it."""
    return raw.model_copy(update={"content": b"", "text": None, "html": None})


def _first_one(raw: RawDocument, box: Sandbox) -> _First | Failure:
    done = _first_pass(raw, box)
    if isinstance(done, Failure):
        return done
    key = _page(raw, partial(_outlet_key, *done))
    return key if isinstance(key, Failure) else _First(*done, key)


def _first_pass(raw: RawDocument, box: Sandbox) -> tuple[_Prepared, CleanedText] | Failure:
    """The page extracted and cleaned on its own, within its budget."""
    budget = box.budget
    size = _size(raw, budget)
    over = budget.over(size)
    if over:
        return Failure(source=raw.source, error=f"too big to clean: {over}")
    if budget.small(size):
        return _page(raw, partial(_prepare_and_clean, raw))
    try:
        return _page(raw, partial(box.run, _prepare_and_clean, (raw,), budget.seconds))
    except Overrun:
        seconds = f"{budget.seconds:g} s"
        return Failure(
            source=raw.source,
            error=f"cleaning cut off at its time budget of {seconds} ({size.describe()})",
        )


def _prepare_and_clean(raw: RawDocument) -> tuple[_Prepared, CleanedText]:
    prep = _prepare(raw)
    return prep, _clean(prep, set())


def _size(raw: RawDocument, budget: Budget) -> PageSize:
    """How big the body the clean stage will work on is (see ``_prepare``)."""
    cap = max(budget.max_elements, budget.max_lines)
    if raw.text is not None and raw.text.strip():
        return page_size(raw.text, markup=False, cap=cap)
    if raw.html is not None:
        return page_size(raw.html, markup=True, cap=cap)
    return page_size(raw.content, markup=_looks_like_html(raw.content[:2048]), cap=cap)


T = TypeVar("T")


def _page(raw: RawDocument, step: Callable[[], T]) -> T | Failure:
    """One page's step; whatever it raises is that page's one-line Failure."""
    try:
        return step()
    except InputError as exc:
        return Failure(source=raw.source, error=exc.problem)
    except Overrun:
        raise
    except Exception as exc:  # a bug on one page must not sink the batch
        return Failure(source=raw.source, error=f"cannot clean: {first_line(exc)}")


def clean_batch(chunk: list[RawDocument]) -> list[Document | Failure]:
    """Clean raws together (cross-page evidence within the batch); one result per raw, in
    order. If the stage breaks on the chunk, each raw is retried alone, so a page that breaks
    the stage fails alone. What a worker process or a Ray task runs."""
    try:
        return clean_documents(chunk)
    except Exception:  # any bug in one page must not sink the others
        pass
    out: list[Document | Failure] = []
    for raw in chunk:
        try:
            out.extend(clean_documents([raw]))
        except Exception as exc:
            message = (str(exc).splitlines() or [""])[0] or type(exc).__name__
            out.append(Failure(source=raw.source, error=f"cannot clean: {message}"))
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


def _published(
    raw: RawDocument, extract: Any, meta: TextMeta
) -> tuple[str | None, PublishedSource]:
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
    except (etree.ParserError, ValueError, AssertionError):  # lxml asserts one <body> ("<html>")
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
