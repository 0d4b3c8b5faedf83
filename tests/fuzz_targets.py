"""Property-based fuzz targets: hostile input for every reader and stage that takes it.

Each target is a hypothesis strategy and a check. The check runs the code under test on one
generated input and asserts the contract every stage keeps with bad input: it returns its
result or raises ``InputError`` (one line naming the input), never anything else; whatever it
returns can be stored (serialises to JSON) and printed on one line.

``tests/test_fuzz.py`` runs each target briefly with a fixed seed (part of ``make test``);
``tests/fuzz_run.py`` runs them for minutes with fresh seeds (``make fuzz``).
"""

from __future__ import annotations

import io
import json
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from storyline.errors import InputError
from storyline.ingest import Reader
from storyline.ingest.encoding import decode
from storyline.ingest.fetch import Fetched, FetchError
from storyline.model import Document, Failure, RawDocument

# ------------------------------------------------------------------ text pieces

# Characters that break naive code: controls, escape sequences, bidi overrides, line and
# paragraph separators, NEL, zero-width, BOM, replacement, astral, combining, RTL scripts.
NASTY = [
    "\x00",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\r",
    "\x1b",
    "\x1b[31m",
    "\x1b]0;pwned\x07",
    "\x7f",
    "\x85",
    "\x9b",
    "\u200b",
    "\u200e",
    "\u202e",
    "\u2066",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ufffd",
    "\U0001f600",
    "e\u0301",
    "\u05e9\u05dc\u05d5\u05dd",
    "\u0645\u0631",
    "\u4e2d\u6587",
    "&",
    "<",
    ">",
    '"',
    "'",
    "[/red]",
    "[bold]",
    "%s",
    "{0}",
    "\\",
]
WORDS = [
    "The",
    "minister",
    "said",
    "on",
    "Friday",
    "that",
    "about",
    "40,000",
    "people",
    "were",
    "evacuated",
    "from",
    "the",
    "valley",
    "Reuters",
    "AFP",
    "By",
    "Ana",
    "Lund",
    "Share",
    "this",
    "article",
    "Subscribe",
    "to",
    "our",
    "newsletter",
    "Photo:",
    "Advertisement",
    "Read",
    "more",
    "Monday,",
    "March",
    "10,",
    "2025",
    "12:30",
    "\u201cWe",
    "will",
    "not",
    "leave,\u201d",
    "she",
    "told",
    "reporters.",
    "percent",
    "million",
    "$3.5",
    "Tessaly",
    "Port",
    "Authority",
    "(AP)",
    "\u2014",
    "Updated",
    "yesterday",
    "last",
    "week",
    "http://x.example/a",
]

_word = st.one_of(st.sampled_from(WORDS), st.sampled_from(NASTY), st.text(max_size=8))
_line = st.lists(_word, max_size=25).map(" ".join)
article_text = st.lists(_line, min_size=1, max_size=40).map("\n".join)


# ------------------------------------------------------------------ decode

ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-32",
    "cp1252",
    "latin-1",
    "cp1251",
    "gb18030",
    "shift_jis",
    "euc-kr",
    "big5",
    "koi8-r",
    "iso-8859-7",
    "utf-16-be",
]


@st.composite
def encoded_bytes(draw: st.DrawFn) -> tuple[bytes, str | None]:
    """Bytes as pages come: text in some encoding (lossy), perhaps with a declaration that
    lies, perhaps cut mid-character; or plain random bytes."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=600)), draw(st.sampled_from([None, *ENCODINGS, "bogus"]))
    text = draw(article_text)
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, "replace")
    if draw(st.booleans()):
        meta = draw(st.sampled_from(ENCODINGS + ["x-unknown", "utf-7"]))
        data = f'<meta charset="{meta}">'.encode() + data
    if draw(st.booleans()) and data:
        data = data[: draw(st.integers(0, len(data)))]
    return data, draw(st.sampled_from([None, *ENCODINGS, "bogus", ""]))


def check_decode(case: tuple[bytes, str | None]) -> None:
    data, declared = case
    try:
        text = decode(data, "page.txt", declared)
    except InputError as exc:
        assert_one_line(exc.source, exc.problem)
        return
    assert isinstance(text, str)  # may be blank (a lone BOM): page_raw says "empty file"
    text.encode("utf-8")  # no lone surrogates: it can be stored and printed


# ------------------------------------------------------------------ HTML

TAGS = [
    "html",
    "head",
    "body",
    "title",
    "meta",
    "p",
    "div",
    "span",
    "a",
    "article",
    "section",
    "main",
    "svg",
    "math",
    "table",
    "tr",
    "td",
    "ul",
    "li",
    "br",
    "img",
    "script",
    "style",
    "template",
    "noscript",
    "h1",
    "h2",
    "header",
    "footer",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "time",
    "iframe",
    "form",
    "textarea",
    "select",
    "option",
    "base",
    "frameset",
    "pre",
    "code",
    "b",
    "blockquote",
    "foreignObject",
    "desc",
    "object",
    "xmp",
    "plaintext",
]
ATTRS = [
    'class="article-body"',
    'class="content chunk"',
    'itemprop="articleBody"',
    'id="main"',
    'property="og:title" content="T\u202eitle"',
    'name="author" content="By Ana"',
    'datetime="2025-03-10T12:00:00Z"',
    'href="javascript:alert(1)"',
    'lang="ar" dir="rtl"',
    'charset="utf-7"',
    'type="application/ld+json"',
    'content="2025-13-45"',
    "hidden",
]
RAW = [
    "<!DOCTYPE html>",
    "<!-- c -->",
    "<!--",
    "-->",
    "<![CDATA[x]]>",
    "<?php echo 1 ?>",
    "</p>",
    "</div>",
    "</html>",
    "<p>",
    "<body>",
    "&amp;",
    "&nbsp;",
    "&#0;",
    "&#xD800;",
    "&#x10FFFF;",
    "&#99999999;",
    "&bogus;",
    "<",
    ">",
    "<p",
    "<a href=",
    '<script type="application/ld+json">'
    '{"@type":"NewsArticle","headline":"H","datePublished":"2025-03-10"}</script>',
]


def _element(tag: str, attrs: list[str], children: list[str], closed: bool) -> str:
    start = f"<{tag}{''.join(' ' + a for a in attrs)}>"
    return start + "".join(children) + (f"</{tag}>" if closed else "")


_html_leaf = st.one_of(_line, st.sampled_from(RAW), st.sampled_from(NASTY))
html_markup = st.recursive(
    _html_leaf,
    lambda children: st.builds(
        _element,
        st.sampled_from(TAGS),
        st.lists(st.sampled_from(ATTRS), max_size=2),
        st.lists(children, max_size=6),
        st.booleans(),
    ),
    max_leaves=40,
)
# Now and then a page far longer than a test page: superlinear code shows at scale.
html_page = st.one_of(
    html_markup,
    st.builds(lambda part, n: part * n, html_markup, st.integers(1, 400)),
)


def check_extract_html(html: str) -> None:
    from storyline.clean.html import extract_html

    try:
        extract = extract_html(html, "https://news.example/a")
    except InputError as exc:
        assert_one_line(exc.source, exc.problem)
        return
    assert isinstance(extract.text, str)
    extract.text.encode("utf-8")


# ------------------------------------------------------------------ clean

raw_documents = st.one_of(
    st.builds(
        lambda text: RawDocument(source="a.txt", content=text.encode(), format="text", text=text),
        article_text,
    ),
    st.builds(
        lambda html: RawDocument(source="a.html", content=html.encode(), format="html", html=html),
        html_page,
    ),
    st.builds(
        lambda data: RawDocument(source="a.bin", content=data, format="html"),
        st.binary(min_size=1, max_size=300),
    ),
)


def check_clean(raws: list[RawDocument]) -> None:
    from storyline.clean import clean_documents

    out = clean_documents(raws)
    assert len(out) == len(raws)
    for raw, item in zip(raws, out, strict=True):
        assert item.source == raw.source
        if isinstance(item, Failure):
            assert_one_line(item.source, item.error)
        else:
            assert_storable(item)


# ------------------------------------------------------------------ readers (files)


class OfflineFetcher:
    """A feed's links are not fetched while fuzzing: each is one quick failure."""

    def fetch(self, url: str) -> Fetched:
        raise FetchError(url, "offline")

    def close(self) -> None:
        pass


class OfflineReader(Reader):
    @property
    def fetcher(self) -> Any:
        return OfflineFetcher()


def read_file(name: str, data: bytes) -> list[RawDocument | Failure]:
    """What the reader makes of a file holding ``data``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        with OfflineReader() as reader:
            items = list(reader.read(str(path)))
    for item in items:
        assert isinstance(item, RawDocument | Failure)
        if isinstance(item, Failure):
            assert_one_line(item.source, item.error)
        else:
            # Its strings can be stored and printed (no lone surrogates); the raw bytes are
            # never stored as JSON.
            item.model_dump_json(exclude={"content"})
    return items


# -- feeds


def _xml_text(draw: st.DrawFn) -> str:
    value = draw(st.one_of(_line, st.sampled_from(RAW + NASTY)))
    if draw(st.booleans()):
        return value.replace("&", "&amp;").replace("<", "&lt;")
    return f"<![CDATA[{value}]]>" if draw(st.booleans()) else value


@st.composite
def feed_bytes(draw: st.DrawFn) -> bytes:
    """RSS or Atom, well formed or not, with an internal DTD subset and entities sometimes."""
    items = []
    for _ in range(draw(st.integers(0, 5))):
        link = draw(st.sampled_from(["http://news.example/a", "javascript:x", "", "/rel", "\x00"]))
        body = draw(st.one_of(article_text, html_markup))
        items.append(
            f"<item><title>{_xml_text(draw)}</title><link>{link}</link>"
            f"<pubDate>{draw(st.sampled_from(['Fri, 07 Feb 2025 10:00:00 GMT', 'yesterday', '']))}"
            f"</pubDate><description>{_xml_text(draw)}</description>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
        )
    subset = draw(
        st.sampled_from(
            [
                "",
                '<!DOCTYPE rss [<!ENTITY e "Entity > text">]>',
                '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
                '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>',
                '<!DOCTYPE rss SYSTEM "file:///etc/passwd">',
                "<!DOCTYPE rss [",
            ]
        )
    )
    text = (
        f'<?xml version="1.0" encoding="utf-8"?>{subset}<rss version="2.0" '
        f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{_xml_text(draw)}</title>{''.join(items)}"
    )
    if draw(st.booleans()):
        text += "</channel></rss>"
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return data


def check_feed(data: bytes) -> None:
    read_file("feed.xml", data)


# -- JSONL


@st.composite
def jsonl_lines(draw: st.DrawFn) -> list[bytes]:
    """Lines of a JSONL file: good articles, broken JSON, deep nesting, huge numbers, binary."""
    kinds = st.sampled_from(["article", "html", "broken", "deep", "number", "binary", "other"])
    lines = []
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(kinds)
        if kind == "article":
            obj = {"text": draw(article_text), "title": draw(_line), "url": draw(_line)}
            line = json.dumps(obj, ensure_ascii=draw(st.booleans())).encode(
                "utf-8", "surrogatepass"
            )
        elif kind == "html":
            obj = {
                "html": draw(html_markup),
                "published": draw(st.sampled_from(["2025-03-10", "x", 5])),
            }
            line = json.dumps(obj).encode()
        elif kind == "broken":
            line = draw(_line).encode("utf-8", "surrogatepass")
        elif kind == "deep":
            depth = draw(st.integers(900, 100_000))
            line = b'{"text": ' + b"[" * depth + b"]" * draw(st.sampled_from([0, depth])) + b"}"
        elif kind == "number":
            line = b'{"text": "x", "n": ' + b"9" * draw(st.integers(4000, 20000)) + b"}"
        elif kind == "binary":
            line = draw(st.binary(max_size=200))
        else:
            value = draw(st.sampled_from(['"\\ud800 lone"', "[1, 2]", "null", '{"text": 5}']))
            line = f'{{"text": {value}, "title": "\\udfff"}}'.encode()
        lines.append(line.replace(b"\n", b" "))
    return lines


def check_jsonl(lines: list[bytes]) -> None:
    data = b"\n".join(lines) + b"\n"
    # Content decides the format: these would be read as a feed, a WARC or a gzip file.
    assume(not data.lstrip().startswith((b"<", b"WARC/")) and not data.startswith(b"\x1f\x8b"))
    items = read_file("items.jsonl", data)
    expected = [str(n) for n, line in enumerate(lines, 1) if line.strip()]
    if not expected:
        assert len(items) == 1 and isinstance(items[0], Failure)  # an empty file, said once
        return
    # One item per non-blank line, named by its line, in order: a bad line never takes others.
    assert [item.source.rsplit(":", 1)[-1] for item in items] == expected


# -- WARC


@dataclass
class WarcCase:
    data: bytes
    ends: list[int]  # where each record ends (uncompressed, unmutated file)
    html: list[bool]  # whether each record is an HTML response
    cut: int | None  # the file was cut here


@st.composite
def warc_files(draw: st.DrawFn) -> WarcCase:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    gz = draw(st.booleans())
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    ends, html = [], []
    for n in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["response", "response", "request", "resource", "warcinfo"]))
        status = draw(st.sampled_from(["200 OK", "404 Not Found", "301 Moved"]))
        ctype = draw(st.sampled_from(["text/html", "text/html; charset=bogus", "image/png", ""]))
        body = draw(st.one_of(html_markup, article_text)).encode("utf-8", "surrogatepass")
        headers = None
        if kind in ("response", "request"):
            fields = [("Content-Type", ctype)] if ctype else []
            line = status if kind == "response" else "GET / HTTP/1.1"
            headers = StatusAndHeaders(line, fields, protocol="HTTP/1.1")
        # warcio would draw a fresh id and date: the same example must give the same bytes.
        fixed = {
            "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>",
            "WARC-Date": "2025-03-10T12:00:00Z",
        }
        record = writer.create_warc_record(
            f"https://news.example/{n}",
            kind,
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict=fixed,
        )
        writer.write_record(record)
        ends.append(buffer.tell())
        html.append(
            kind == "response" and status.startswith("200") and ctype.startswith("text/html")
        )
    data = buffer.getvalue()
    cut = None
    mutation = draw(st.sampled_from(["none", "cut", "cut", "junk"]))
    if mutation == "cut":
        cut = draw(st.integers(0, len(data) - 1))
        data = data[:cut]
    elif mutation == "junk":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=50)) + data[at:]
    return WarcCase(data, ends, html, cut)


def check_warc(case: WarcCase) -> None:
    items = read_file("crawl.warc", case.data)
    if case.cut is None or not case.data.startswith((b"WARC/", b"\x1f\x8b")):
        return  # whole, or cut so short that it is no WARC at all (content decides)
    whole = sum(1 for end in case.ends if end <= case.cut)
    if whole < len(case.ends) and case.data[case.ends[whole - 1] if whole else 0 :].strip():
        # Cut inside a record: said so, never passed off as a complete file.
        assert any(isinstance(i, Failure) for i in items), items
    urls = {i.url for i in items if isinstance(i, RawDocument)}
    failed = {i.source.rsplit("#", 1)[-1] for i in items if isinstance(i, Failure)}
    for n in range(whole):
        if case.html[n]:  # every whole page before the cut is read, or fails on its own
            assert f"https://news.example/{n}" in urls or str(n + 1) in failed, items


# ------------------------------------------------------------------ analyze


def check_analyze(text: str) -> None:
    from storyline.analyze import analyze_documents

    assume(text.strip())
    doc = Document(id="f" * 16, source="a.txt", text=text, published="2025-03-10")
    (analysis,) = analyze_documents([doc])
    mentions = [m for entity in analysis.entities for m in entity.mentions]
    for span in [*mentions, *analysis.quotes, *analysis.figures, *analysis.times]:
        assert 0 <= span.start <= span.end <= len(text)
    analysis.model_dump_json()


# ------------------------------------------------------------------ helpers


def assert_one_line(source: str, problem: str) -> None:
    from storyline.safetext import safe_name

    assert problem and "\n" not in safe_name(f"{source}: {problem}")
    assert "Traceback" not in problem


def assert_storable(doc: Document) -> None:
    doc.model_dump_json()
    assert doc.text.strip()


@dataclass
class Target:
    name: str
    strategy: st.SearchStrategy[Any]
    check: Callable[[Any], None]
    quick_examples: int  # examples in the seeded run of `make test`


TARGETS = [
    Target("decode", encoded_bytes(), check_decode, 60),
    Target("extract_html", html_page, check_extract_html, 20),
    Target("clean", st.lists(raw_documents, min_size=1, max_size=4), check_clean, 12),
    Target("feed", feed_bytes(), check_feed, 15),
    Target("warc", warc_files(), check_warc, 30),
    Target("jsonl", jsonl_lines(), check_jsonl, 20),
    Target("analyze", article_text, check_analyze, 5),
]


def targets(names: list[str] | None = None) -> Iterator[Target]:
    for target in TARGETS:
        if not names or target.name in names:
            yield target
