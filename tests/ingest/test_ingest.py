"""Ingest: files, folders, globs, JSON(L), WARC, feeds and URL lists read into raw documents."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from storyline.ingest import iter_raw
from storyline.model import Failure, RawDocument

STORY = (
    "The harbour board of Tessaly voted on Monday to close the old ferry pier for repairs.\n"
    "Engineers found that two of the wooden pylons had rotted through, the board said.\n"
    '"We cannot let passengers walk on it any longer," said board chair Mira Olsen.\n'
    "Ferries will use the cargo quay until the work ends in the spring.\n"
)
PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Pier closes</title></head>"
    "<body><nav>Home | News</nav><article><h1>Pier closes</h1>"
    + "".join(f"<p>{line}</p>" for line in STORY.splitlines())
    + "</article></body></html>"
)


def raws(inputs: list[str]) -> tuple[list[RawDocument], list[Failure]]:
    items = list(iter_raw(inputs))
    return (
        [i for i in items if isinstance(i, RawDocument)],
        [i for i in items if isinstance(i, Failure)],
    )


# ------------------------------------------------------------------ single pages


def test_text_html_and_gzip_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.html").write_text(PAGE)
    (tmp_path / "c.htm").write_text(PAGE.replace("Pier", "Quay"))
    (tmp_path / "d.txt.gz").write_bytes(gzip.compress(STORY.encode()))
    (tmp_path / "e.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    docs, failures = raws([str(tmp_path)])
    assert failures == []
    by_name = {Path(d.source).name: d for d in docs}
    assert by_name["a.txt"].format == "text" and by_name["a.txt"].text == STORY
    assert by_name["b.html"].format == "html" and "Mira Olsen" in by_name["b.html"].html
    assert by_name["c.htm"].format == "html"
    assert by_name["d.txt.gz"].text == STORY
    assert by_name["e.html.gz"].format == "html"


def test_content_wins_over_extension(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(PAGE)
    gz_without_suffix = tmp_path / "story.txt"
    gz_without_suffix.write_bytes(gzip.compress(STORY.encode()))
    docs, failures = raws([str(tmp_path / "page.txt"), str(gz_without_suffix)])
    assert failures == []
    assert docs[0].format == "html"
    assert docs[1].text == STORY


# ------------------------------------------------------------------ containers


def test_jsonl_bad_line_fails_alone(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "text": STORY,
                "url": "https://tessaly.example/pier",
                "title": "Pier",
                "published": "2025-02-03",
                "outlet": "Tessaly Times",
                "authors": ["Ana Berg"],
            }
        ),
        "{not json",
        "",
        json.dumps({"html": PAGE}),
        json.dumps({"title": "no body"}),
        json.dumps(["a", "list"]),
    ]
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(lines) + "\n")
    docs, failures = raws([str(path)])
    assert [d.source for d in docs] == [f"{path}:1", f"{path}:4"]
    first = docs[0]
    assert (first.url, first.title, first.published, first.outlet, first.authors) == (
        "https://tessaly.example/pier",
        "Pier",
        "2025-02-03",
        "Tessaly Times",
        ["Ana Berg"],
    )
    assert first.text == STORY and first.format == "jsonl"
    assert docs[1].html == PAGE and docs[1].text is None
    assert [f.source for f in failures] == [f"{path}:2", f"{path}:5", f"{path}:6"]
    assert "invalid JSON" in failures[0].error
    assert all("\n" not in f.line() for f in failures)


def test_json_files(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(
        json.dumps(
            {
                "maintext": STORY,
                "date_publish": "2025-02-03 09:00:00",
                "url": "https://tessaly.example/pier",
            },
            indent=2,
        )
    )
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": STORY}, {"text": ""}, {"html": PAGE}]))
    lines = tmp_path / "lines.json"
    lines.write_text(json.dumps({"text": STORY}) + "\n" + json.dumps({"text": STORY[::-1]}))
    docs, failures = raws([str(one), str(many), str(lines)])
    assert [d.source for d in docs] == [
        str(one),
        f"{many}#1",
        f"{many}#3",
        f"{lines}:1",
        f"{lines}:2",
    ]
    assert docs[0].text == STORY and docs[0].published == "2025-02-03 09:00:00"
    assert [f.line() for f in failures] == [f"{many}#2: no 'text' or 'html' field with content"]


def test_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps({"text": STORY}) + "\n").encode()))
    docs, failures = raws([str(path)])
    assert failures == [] and docs[0].text == STORY


def _warc(path: Path, compress: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=compress)

        def response(uri: str, status: str, ctype: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)

        request = io.BytesIO(b"GET /pier HTTP/1.1\r\n\r\n")
        writer.write_record(
            writer.create_warc_record("https://tessaly.example/pier", "request", payload=request)
        )
        response(
            "https://tessaly.example/pier",
            "200 OK",
            "text/html; charset=windows-1252",
            PAGE.replace("Pier closes", "Pier caf\u00e9").encode("cp1252"),
        )
        response("https://tessaly.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n")
        response("https://tessaly.example/gone", "404 Not Found", "text/html", b"<p>gone</p>")


@pytest.mark.parametrize("compress", [False, True])
def test_warc_html_responses(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    _warc(path, compress)
    docs, failures = raws([str(path)])
    assert failures == []
    assert len(docs) == 1
    assert docs[0].url == "https://tessaly.example/pier"
    assert docs[0].format == "warc" and docs[0].source.startswith(f"{path}#")
    assert "Pier caf\u00e9" in docs[0].html


def test_feed_file_with_full_content(tmp_path: Path) -> None:
    body = "<p>" + " ".join(STORY.split() * 3) + "</p>"
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Tessaly Times</title><link>https://tessaly.example/</link>
<item><title>Pier closes</title><link>https://tessaly.example/pier</link>
<pubDate>Mon, 03 Feb 2025 09:30:00 +0100</pubDate><dc:creator>Ana Berg</dc:creator>
<description>Short teaser.</description>
<content:encoded><![CDATA[{body}]]></content:encoded></item>
<item><title>No link here</title>
<description>&lt;p&gt;Only a summary.&lt;/p&gt;</description></item>
</channel></rss>"""
    path = tmp_path / "feed.xml"
    path.write_text(feed)
    docs, failures = raws([str(path)])
    assert failures == []
    assert [d.source for d in docs] == [f"{path}#1", f"{path}#2"]
    item = docs[0]
    assert item.format == "feed" and "Mira Olsen" in item.html
    assert item.title == "Pier closes" and item.outlet == "Tessaly Times"
    assert item.authors == ["Ana Berg"] and item.url == "https://tessaly.example/pier"
    assert item.published == "2025-02-03T08:30:00+00:00"
    assert "Only a summary" in docs[1].html


def test_url_list_lines_that_are_not_urls(tmp_path: Path) -> None:
    path = tmp_path / "reading.urls"
    path.write_text("# weekend reading\nftp://files.example/a.txt\nnot a link\n")
    docs, failures = raws([str(path)])
    assert docs == []
    assert [f.line() for f in failures] == [
        "ftp://files.example/a.txt: unsupported URL scheme 'ftp' (only http and https)",
        f"{path}:3: not a URL",
    ]
    # A text file that merely starts with URLs is a page, not a list.
    page = tmp_path / "notes.txt"
    page.write_text("https://a.example/1\n" + "x" * 70_000 + "\nThe end of the notes.\n")
    docs, failures = raws([str(page)])
    assert failures == [] and docs[0].format == "text"


# ------------------------------------------------------------------ expanding inputs


def test_folders_globs_and_missing(tmp_path: Path) -> None:
    (tmp_path / "sub" / ".hidden").mkdir(parents=True)
    (tmp_path / "sub" / "one.txt").write_text(STORY)
    (tmp_path / "sub" / "two.html").write_text(PAGE)
    (tmp_path / "sub" / ".hidden" / "three.txt").write_text(STORY)
    (tmp_path / "sub" / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "empty_dir").mkdir()
    docs, failures = raws(
        [
            str(tmp_path),  # recursive, skips hidden and unsupported names
            str(tmp_path / "sub" / "*.txt"),  # again: no repeats
            str(tmp_path / "nothing*.txt"),
            str(tmp_path / "missing.txt"),
            str(tmp_path / "empty_dir"),
        ]
    )
    assert sorted(Path(d.source).name for d in docs) == ["one.txt", "two.html"]
    assert [(Path(f.source).name, f.error) for f in failures] == [
        ("nothing*.txt", "no files match this pattern"),
        ("missing.txt", "no such file or folder"),
        ("empty_dir", failures[2].error),
    ]
    assert failures[2].error.startswith("folder holds no supported files")


def test_url_list_jobs_take_hosts_in_turn() -> None:
    from storyline.ingest import _round_robin
    from storyline.model import Failure

    jobs = [
        ("http://a.example/1", True, None),
        ("http://a.example/2", True, None),
        ("http://a.example/3", True, None),
        ("http://b.example/1", True, None),
        Failure(source="list.urls:5", error="not a URL"),
        ("http://b.example/2", True, None),
    ]
    assert _round_robin(jobs) == [0, 3, 4, 1, 5, 2]
