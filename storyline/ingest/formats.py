"""Recognise what a file or response holds and turn each format into RawDocuments.

Content wins over the file name: HTML saved as .txt is HTML, a feed saved as .xml is a feed, and
a .txt that holds nothing but http(s) URLs is a list of pages to fetch.

What ingest hands to clean: ``format`` says where the item came from; ``html`` is set when the
body is markup to extract, ``text`` when it is already text; ``content`` keeps the original bytes.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import IO, Any, Literal

from storyline.errors import InputError, first_line
from storyline.ingest.encoding import decode
from storyline.ingest.urlparts import parse_content_type, too_large
from storyline.model import Failure, RawDocument, RawFormat

Kind = Literal["html", "text", "feed", "json", "jsonl", "warc", "urls", "xml"]

HTML_TYPES = ("text/html", "application/xhtml+xml")
_UNSUPPORTED_TYPES = (
    "image/",
    "audio/",
    "video/",
    "font/",
    "application/pdf",
    "application/zip",
    "application/msword",
    "application/vnd.",
)

# An XML prolog: BOM, declaration, comments, processing instructions, doctype (with an internal
# subset in brackets, whose declarations hold ">" of their own). Possessive quantifiers: a
# subset left open cannot make the match backtrack.
_DOCTYPE = rb"<!DOCTYPE[^>\[]*+(?:\[(?:[^\]\"']++|\"[^\"]*+\"|'[^']*+')*+\])?\s*>"
_PROLOG = (
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?"
    rb"(?:(?:<!--.*?-->|<\?[^>]*>|" + _DOCTYPE + rb")\s*)*+"
)
_FEED_ROOT = re.compile(_PROLOG + rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL)
_XML_ROOT = re.compile(_PROLOG + rb"<[A-Za-z]", re.DOTALL)
_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|header|main|table)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(rb"</(?:p|div|span|a|li|td|h[1-6])>|<br\s*/?>", re.IGNORECASE)
_URL_LINE = re.compile(r"https?://\S+\Z", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


# ------------------------------------------------------------------ sniffing


def looks_like_html(head: bytes) -> bool:
    if _HTML_START.match(head):
        return True
    window = head[:8192].lower()
    return b"<html" in window or b"<body" in window or len(_HTML_TAGS.findall(window)) >= 3


def looks_like_feed(head: bytes) -> bool:
    return bool(_FEED_ROOT.match(head))


def url_lines(text: str) -> list[str] | None:
    """The URLs, when every non-blank, non-comment line is one http(s) URL; else None."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    if not lines or not all(_URL_LINE.match(line) for line in lines):
        return None
    return lines


def _looks_like_jsonl(head: bytes) -> bool:
    first = head.lstrip().split(b"\n", 1)[0].strip()
    if not first.startswith(b"{"):
        return False
    try:
        obj = json.loads(first)
    except ValueError:
        return False
    return isinstance(obj, dict) and ("text" in obj or "html" in obj)


def sniff(name: str, head: bytes, *, complete: bool) -> Kind:
    """What ``head`` (the first bytes of a file called ``name``, any .gz removed) holds.

    ``complete`` says head is the whole content, so its last line is not cut short.
    """
    lower = name.lower()
    if head.lstrip().startswith(b"WARC/"):
        return "warc"
    if looks_like_feed(head):
        return "feed"
    if lower.endswith(".json") and head.lstrip()[:1] in (b"{", b"["):
        return "json"
    if lower.endswith((".jsonl", ".ndjson")) or _looks_like_jsonl(head):
        return "jsonl"
    sample = head if complete else head.rsplit(b"\n", 1)[0]
    if lower.endswith(".urls") or (
        not head.lstrip().startswith(b"<")
        and url_lines(sample.decode("utf-8", "replace")) is not None
    ):
        return "urls"
    if looks_like_html(head):
        return "html"
    if _XML_ROOT.match(head) and lower.endswith((".xml", ".rss", ".atom")):
        return "xml"
    return "text"


def kind_of_response(media_type: str, head: bytes) -> Kind | None:
    """Kind of a fetched body from its media type and first bytes; None when unsupported."""
    if media_type.startswith(_UNSUPPORTED_TYPES):
        return None
    if looks_like_feed(head):
        return "feed"
    if media_type in HTML_TYPES or looks_like_html(head):
        return "html"
    return "text"


# ------------------------------------------------------------------ pages


def _skip_block(tag: str) -> str:
    # "<tag ...> ... </tag>" written as an unrolled loop: linear, unlike a lazy ".*?".
    return rf"<{tag}\b[^<]*(?:<(?!/{tag})[^<]*)*</{tag}\s*>"


_INVISIBLE = re.compile(
    "|".join(_skip_block(tag) for tag in ("script", "style", "noscript", "template"))
    + r"|<!--[^-]*(?:-(?!->)[^-]*)*-->",
    re.IGNORECASE,
)
_VISIBLE = re.compile(r"(?:\A|>)(?:[^<\w&]|&#?\w+;|&(?!#?\w+;))*\w")


def has_text(html: str) -> bool:
    """Whether markup carries any visible text at all (scripts, styles, entities do not count).

    A regex scan rather than a parse: the clean stage parses the page properly anyway.
    """
    return bool(_VISIBLE.search(_INVISIBLE.sub(" ", html)))


def page_raw(
    content: bytes,
    source: str,
    kind: Kind,
    *,
    declared: str | None = None,
    fmt: RawFormat | None = None,
    **hints: Any,
) -> RawDocument:
    """One HTML or text page as a RawDocument; raises InputError when it has no usable text."""
    text = decode(content, source, declared)
    if not text.strip():
        raise InputError(source, "empty file (no text)")
    if kind == "html":
        if not has_text(text):
            raise InputError(source, "HTML without any text")
        return RawDocument(
            source=source, content=content, format=fmt or "html", html=text, **_clean_hints(hints)
        )
    return RawDocument(
        source=source, content=content, format=fmt or "text", text=text, **_clean_hints(hints)
    )


def _clean_hints(hints: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("url", "title", "published", "outlet"):
        value = hints.get(key)
        if value is not None and str(value).strip():
            out[key] = no_surrogates(str(value).strip())
    authors = hints.get("authors")
    if isinstance(authors, str):
        authors = [authors]
    if isinstance(authors, list):
        out["authors"] = [no_surrogates(str(a).strip()) for a in authors if a and str(a).strip()]
    return out


_SURROGATE = re.compile("[\ud800-\udfff]")


def no_surrogates(text: str) -> str:
    """``text`` with lone surrogates (JSON's "\\ud800", which no encoder can write) made
    U+FFFD, as a browser shows them."""
    return _SURROGATE.sub("\ufffd", text)


# ------------------------------------------------------------------ JSONL


# Field names tried in order; the later ones are news-please's, a common crawler's output.
_FIELDS = {
    "text": ("text", "maintext"),
    "html": ("html",),
    "url": ("url",),
    "title": ("title",),
    "published": ("published", "date_publish", "date"),
    "outlet": ("outlet", "site_name"),
    "authors": ("authors", "author"),
}


def _field(obj: dict[str, Any], name: str) -> Any:
    for key in _FIELDS[name]:
        if obj.get(key) not in (None, "", []):
            return obj[key]
    return None


def article_record(obj: Any, source: str, content: bytes) -> RawDocument:
    """One article given as a JSON object with ``text`` or ``html`` and optional metadata."""
    if not isinstance(obj, dict):
        raise InputError(source, f"expected a JSON object, got {type(obj).__name__}")
    body_text, body_html = _field(obj, "text"), _field(obj, "html")
    body_text = _body(body_text)
    body_html = _body(body_html)
    if body_text is None and body_html is None:
        raise InputError(source, "no 'text' or 'html' field with content")
    if body_text is None and not has_text(body_html or ""):
        raise InputError(source, "HTML without any text")
    hints = {name: _field(obj, name) for name in ("url", "title", "published", "outlet", "authors")}
    return RawDocument(
        source=source,
        content=content,
        format="jsonl",
        text=body_text,
        html=body_html,
        **_clean_hints(hints),
    )


def load_json(text: str, source: str, *, where: str = "column") -> Any:
    """Parsed JSON; InputError for invalid JSON, nesting too deep for the parser, or numbers
    too long to read."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            raise
        at = exc.colno if where == "column" else exc.lineno
        raise InputError(source, f"invalid JSON ({exc.msg} at {where} {at})") from None
    except RecursionError:
        raise InputError(source, "invalid JSON (nested too deeply)") from None
    except ValueError as exc:  # e.g. an integer over Python's digit limit
        raise InputError(source, f"invalid JSON ({first_line(exc)})") from None


def _body(value: Any) -> str | None:
    return no_surrogates(value) if isinstance(value, str) and value.strip() else None


def jsonl_record(line: bytes, source: str) -> RawDocument:
    """One JSONL line. JSON is UTF-8 (RFC 8259), so that is tried first: the full decoder's
    checks cost more than the parse, on files of millions of lines."""
    try:
        text = line.decode("utf-8-sig")
    except UnicodeDecodeError:  # a legacy file in another encoding
        text = decode(line, source)
    try:
        obj = load_json(text, source)
    except json.JSONDecodeError as exc:  # "Extra data": two objects on one line
        raise InputError(source, f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    return article_record(obj, source, line)


def json_items(data: bytes, path: str, max_bytes: int) -> Iterator[RawDocument | Failure]:
    """A .json file: one article object, or a list of them (``path#N``)."""
    try:
        obj = load_json(decode(data, path), path, where="line")
    except json.JSONDecodeError:  # "Extra data": one object a line after all
        yield from jsonl_items(io.BytesIO(data), path, max_bytes)
        return
    if not isinstance(obj, list):
        yield article_record(obj, path, data)
        return
    for number, item in enumerate(obj, 1):
        source = f"{path}#{number}"
        yield _record_or_failure(partial(article_record, item, source, _json_bytes(item)), source)


# Bad lines of one JSONL file reported one by one; past this many, the rest are counted and
# reported in one closing line (a file of two million broken lines is one problem, and
# printing each would take minutes), while every good line after them is still read.
MAX_LINE_FAILURES = 100


def jsonl_items(stream: IO[bytes], path: str, max_bytes: int) -> Iterator[RawDocument | Failure]:
    """Each line of a JSONL stream; a bad line is one Failure named ``path:LINE`` (after
    MAX_LINE_FAILURES of them, one Failure for the rest: how many, first and last line)."""
    failed = first = last = 0  # bad lines, and the first and last one not listed
    for number, item in _jsonl_lines(stream, path, max_bytes):
        if isinstance(item, Failure):
            failed += 1
            if failed > MAX_LINE_FAILURES:
                first, last = first or number, number
                continue
        yield item
    if first:
        rest = failed - MAX_LINE_FAILURES
        yield Failure(source=path, error=f"{rest:,} more bad lines ({first}-{last}) not listed")


def _jsonl_lines(
    stream: IO[bytes], path: str, max_bytes: int
) -> Iterator[tuple[int, RawDocument | Failure]]:
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        source = f"{path}:{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_line(stream)
            yield number, Failure(source=source, error=too_large(max_bytes, what="line too large"))
            continue
        if not line.strip():
            continue
        yield number, _record_or_failure(partial(jsonl_record, line, source), source)


def _record_or_failure(read: Callable[[], RawDocument], source: str) -> RawDocument | Failure:
    """One record read; whatever goes wrong with it is its own Failure, never the file's."""
    try:
        return read()
    except InputError as exc:
        return Failure(source=source, error=exc.problem)
    except Exception as exc:  # an unforeseen shape of one record
        return Failure(source=source, error=f"cannot read: {first_line(exc)}")


def _json_bytes(item: Any) -> bytes:
    return json.dumps(item, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _skip_line(stream: IO[bytes]) -> None:
    while True:
        chunk = stream.readline(2**20)
        if not chunk or chunk.endswith(b"\n"):
            return


# ------------------------------------------------------------------ WARC


def warc_items(stream: IO[bytes], path: str, max_bytes: int) -> Iterator[RawDocument | Failure]:
    """HTML responses of a WARC file (plain or gzipped), each with its target URI as url.

    A record the file ends inside (in its headers or its body) is one Failure named
    ``path#N``, whatever its type: a cut never passes for a complete file.
    """
    from warcio.archiveiterator import ArchiveIterator

    found = number = 0
    records = ArchiveIterator(stream)
    skipped: tuple[str, Any] | None = None  # the last record we did not read ourselves
    for number, record in enumerate(_quietly(records, path), 1):
        if isinstance(record, Failure):
            yield record
            return
        if skipped is not None and _cut_short(skipped[1]):  # warcio has read it to its end
            yield Failure(source=skipped[0], error="truncated WARC record")
        skipped = None
        source = f"{path}#{number}"
        if not str(record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
            found += 1
            yield Failure(source=source, error="truncated or damaged WARC record headers")
            continue
        try:
            page = _warc_page(record, source, max_bytes)
        except InputError as exc:
            page = Failure(source=source, error=exc.problem)
        except Exception as exc:  # a damaged record fails alone
            page = Failure(source=source, error=f"damaged WARC record: {first_line(exc)}")
        if page is None:
            skipped = (source, record)
            continue
        found += 1  # a page, even a failed one: no "no HTML responses" on top of its error
        yield page
    if skipped is not None and _cut_short(skipped[1]):
        yield Failure(source=skipped[0], error="truncated WARC record")
    elif _left_unread(stream, records.offset):  # warcio stops quietly at a record cut short
        yield Failure(source=f"{path}#{number + 1}", error="truncated WARC record")
    elif records.err_count:
        yield Failure(
            source=path, error=f"damaged WARC: {records.err_count} record(s) with a wrong length"
        )
    elif not found:
        yield Failure(source=path, error="no HTML responses in this WARC file")


def _warc_page(record: Any, source: str, max_bytes: int) -> RawDocument | Failure | None:
    """The record's HTML page; None when it holds none (a request, a redirect, an image)."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode() or ""
    media, charset = parse_content_type(record.http_headers.get_header("Content-Type") or "")
    if not status.startswith("2") or (media and media not in HTML_TYPES):
        return None  # redirects, errors, images, scripts: not articles, not failures
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return Failure(source=source, error=too_large(max_bytes))
    if _cut_short(record):
        return Failure(source=source, error="truncated WARC record")
    if not media and not looks_like_html(body[:8192]):
        return None
    return page_raw(
        body,
        source,
        "html",
        declared=charset,
        fmt="warc",
        url=record.rec_headers.get_header("WARC-Target-URI"),
    )


def _left_unread(stream: IO[bytes], offset: int) -> bool:
    """Whether bytes other than blank lines follow the last whole record."""
    try:
        stream.seek(offset)
        return bool(stream.read(4096).strip())
    except (OSError, ValueError):  # not seekable: nothing to check against
        return False


def _cut_short(record: Any) -> bool:
    """Whether the file ended before the record's stated length, once its content is read
    (warcio's reader counts the stated length down as it reads)."""
    return getattr(record.raw_stream, "limit", 0) > 0


def _quietly(records: Iterator[Any], path: str) -> Iterator[Any]:
    """warcio prints a warning per damaged record to stderr; we report them in one line. A
    record warcio cannot parse at all ends the file with one Failure."""
    number = 0
    while True:
        number += 1
        try:
            with contextlib.redirect_stderr(io.StringIO()):
                record = next(records, None)
        except Exception as exc:  # warcio on a damaged file
            # warcio breaks on headers cut short (no WARC-Target-URI for an HTTP record ...).
            problem = f"truncated or damaged WARC record headers ({first_line(exc)})"
            yield Failure(source=f"{path}#{number}", error=problem)
            return
        if record is None:
            return
        yield record


# ------------------------------------------------------------------ feeds

FULL_CONTENT_WORDS = 80  # below this an item's content is a teaser: fetch the linked page


@dataclass
class FeedItem:
    source: str
    link: str | None
    hints: dict[str, Any] = field(default_factory=dict)
    body: str | None = None  # full content (HTML) when the feed carries it
    guid: str | None = None  # the entry's id (RSS guid, Atom id), when it has one


def parse_feed(data: bytes, source: str) -> list[FeedItem]:
    """The items of an RSS/Atom feed; raises InputError when it is no feed or has no items."""
    import feedparser

    # Always bytes: given a string, feedparser would treat it as a URL or path and fetch it.
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.bozo:
            problem = (str(parsed.get("bozo_exception", "")).splitlines() or [""])[0]
            raise InputError(source, f"not a valid RSS/Atom feed ({problem})")
        raise InputError(source, "feed has no items")
    outlet = parsed.feed.get("title")
    items = []
    for number, entry in enumerate(parsed.entries, 1):
        hints = {
            "title": entry.get("title"),
            "published": _entry_date(entry),
            "outlet": outlet,
            "authors": _entry_authors(entry),
        }
        link = _web_link(entry)
        content = _longest_content(entry)
        full = content if content and _words(content) >= FULL_CONTENT_WORDS else None
        if not link and not full:
            full = content or entry.get("summary") or None
        guid = str(entry.get("id") or "").strip() or None
        items.append(FeedItem(f"{source}#{number}", link, hints, full, guid))
    return items


def feed_item_raw(item: FeedItem) -> RawDocument:
    """A feed item that carries its own content."""
    body = item.body or ""
    if not body.strip() or not has_text(body):
        raise InputError(item.source, "feed item has neither content nor a link")
    return RawDocument(
        source=item.source,
        content=body.encode("utf-8"),
        format="feed",
        html=body,
        **_clean_hints({**item.hints, "url": item.link}),
    )


def _web_link(entry: Any) -> str | None:
    """The entry's http(s) link. feedparser makes an RSS guid the link unless the guid says
    isPermaLink="false"; many feeds leave that out on guids that are no URL ("post-4411"),
    and such a link can never be fetched: the entry's own text is used instead."""
    candidates = [entry.get("link")] + [x.get("href") for x in entry.get("links", []) or []]
    for link in candidates:
        if isinstance(link, str) and link.strip().lower().startswith(("http://", "https://")):
            return link.strip()
    return None


def _longest_content(entry: Any) -> str | None:
    values = [c.get("value", "") for c in entry.get("content", []) or []]
    values = [v for v in values if v and v.strip()]
    return max(values, key=len) if values else None


def _words(html: str) -> int:
    return len(_TAG.sub(" ", html).split())


def _entry_date(entry: Any) -> str | None:
    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)  # feedparser gives UTC
        if entry.get(key):
            return str(entry.get(key))
    return None


def _entry_authors(entry: Any) -> list[str]:
    names = [a.get("name") for a in entry.get("authors", []) or [] if a.get("name")]
    if not names and entry.get("author"):
        names = [entry.get("author")]
    return names
