"""Each kind of bad input gives exactly one one-line error naming it, and the batch goes on."""

from __future__ import annotations

import gzip
import socket
import tracemalloc
from pathlib import Path

import pytest

from storyline.ingest import iter_raw
from storyline.model import Failure, RawDocument

GOOD = "The lighthouse on Varn Point was repainted in white and red this week.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"


def single_failure(bad: str, tmp_path: Path, **options: object) -> Failure:
    """Read the bad input between two good files; return its only failure."""
    before, after = tmp_path / "before.txt", tmp_path / "after.txt"
    before.write_text(GOOD)
    after.write_text(GOOD.replace("week", "month"))
    items = list(iter_raw([str(before), bad, str(after)], **options))  # type: ignore[arg-type]
    failures = [i for i in items if isinstance(i, Failure)]
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.source for d in docs] == [str(before), str(after)]  # the batch went on
    assert len(failures) == 1, failures
    failure = failures[0]
    assert failure.source == bad
    assert "\n" not in failure.line() and failure.error
    return failure


def test_empty_file(tmp_path: Path) -> None:
    for name, content in (("empty.txt", b""), ("blank.html", b" \n\t\n")):
        path = tmp_path / name
        path.write_bytes(content)
        assert single_failure(str(path), tmp_path).error == "empty file (no text)"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"  # the name lies; the bytes do not
    path.write_bytes(PNG)
    assert "PNG image" in single_failure(str(path), tmp_path).error


def test_truncated_gzip(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    whole = gzip.compress((GOOD * 200).encode())
    path.write_bytes(whole[: len(whole) // 2])
    assert single_failure(str(path), tmp_path).error == "truncated or corrupt gzip data"


def test_invalid_utf8_recovered_as_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    text = "The caf\u00e9 owner said: \u201cWe reopen on Monday\u201d \u2013 weather permitting.\n"
    path.write_bytes(text.encode("cp1252"))
    items = list(iter_raw([str(path)]))
    assert len(items) == 1 and isinstance(items[0], RawDocument)
    assert items[0].text == text


def test_invalid_utf8_that_nothing_decodes(tmp_path: Path) -> None:
    path = tmp_path / "garbled.txt"
    path.write_bytes(b"Report: " + bytes(range(0x80, 0x100)) * 3 + b"\n")
    failure = single_failure(str(path), tmp_path)
    assert failure.error == "cannot decode: not UTF-8 and no other encoding fits"


def test_file_over_the_size_cap_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # 50 MB and a byte, sparse: cheap to make
        handle.write(GOOD.encode())
        handle.truncate(50 * 2**20 + 1)
    tracemalloc.start()
    failure = single_failure(str(path), tmp_path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert failure.error == "too large (52,428,801 bytes, over the 50 MB limit)"
    assert peak < 5 * 2**20


def test_gzip_bomb_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * (2 * 2**20)))
    failure = single_failure(str(path), tmp_path, max_bytes=2**20)
    assert failure.error.startswith("too large when decompressed")


def test_malformed_html_keeps_its_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><body><div><p>The ferry <b>left at dawn<p>and came back<div></table>"
        "</span> late </html></html><p"
    )
    items = list(iter_raw([str(path)]))
    assert len(items) == 1 and isinstance(items[0], RawDocument)
    assert "left at dawn" in items[0].html


def test_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "shell.html"
    path.write_text(
        "<html><head><script>var app = 1;</script><style>p{}</style></head>"
        "<body><div id='root'></div></body></html>"
    )
    assert single_failure(str(path), tmp_path).error == "HTML without any text"


@pytest.fixture()
def closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    return port


def test_unreachable_url(tmp_path: Path, closed_port: int) -> None:
    url = f"http://127.0.0.1:{closed_port}/story.html"
    failure = single_failure(url, tmp_path, allow_private=True, timeout=2)
    assert failure.error == "unreachable: connection refused"


def test_truncated_warc_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n in range(3):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            body = f"<p>{GOOD} Page {n}.</p>".encode()
            writer.write_record(
                writer.create_warc_record(
                    f"https://varn.example/{n}",
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=headers,
                )
            )
    data = path.read_bytes()
    path.write_bytes(data[:-40])
    items = list(iter_raw([str(path)]))
    assert [i.url for i in items if isinstance(i, RawDocument)] == [
        "https://varn.example/0",
        "https://varn.example/1",
    ]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [f.line() for f in failures] == [f"{path}#3: truncated WARC record"]
