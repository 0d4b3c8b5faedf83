"""Hostile and broken input, end to end through the CLI: each bad input is one line naming it
(and its line or record), the command exits 1, and every good input before and after it is
stored. The bombs and devices run once more in a child process whose peak memory is measured.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import socket
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.clean import clean_documents
from storyline.clean.budget import Budget, Sandbox
from storyline.cli import app
from storyline.ingest.fetch import is_public
from storyline.ingest.formats import MAX_LINE_FAILURES
from storyline.model import Document, Failure, RawDocument
from storyline.store import Store

runner = CliRunner()
BEFORE = """Ferry service resumes after storm

The ferry between Tessaly and the island of Orn sailed again on Tuesday after three days in port.
Storm winds of up to 110 km/h had kept all boats in the harbour since Saturday morning.
"""
AFTER = """New library opens in Varn

The town of Varn opened its new public library on Saturday after two years of building work.
The three-storey building holds about 40,000 books and a reading room facing the river.
"""
# What a page may hold that must never reach a terminal: an OSC title change, colours, a bell,
# a bidi override.
INJECTED = "\x1b]0;pwned\x07\x1b[31mred\x1b[0m \u202eevil\u202c"
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def ingest(tmp_path: Path, *bad: str, command: str = "ingest") -> tuple[int, list[str], Path]:
    """Ingest BEFORE, the bad inputs, AFTER; the exit code, the error lines, the store."""
    before, after = tmp_path / "before.txt", tmp_path / "after.txt"
    before.write_text(BEFORE)
    after.write_text(AFTER)
    db = tmp_path / "store.db"
    result = runner.invoke(app, [command, str(before), *bad, str(after), "--db", str(db), "-q"])
    errors = [line for line in result.stderr.splitlines() if line.startswith("error ")]
    return result.exit_code, errors, db


def stored(db: Path) -> set[str]:
    with Store(db) as store:
        return {doc.source for doc in store.documents()}


def assert_one_line(tmp_path: Path, *bad: str, names: list[str]) -> list[str]:
    """Each name is on exactly one error line; exit 1; the good files stored."""
    code, errors, db = ingest(tmp_path, *bad)
    assert code == 1, errors
    assert len(errors) == len(names), errors
    for name, line in zip(names, errors, strict=True):
        assert name in line, (name, line)
    assert {str(tmp_path / "before.txt"), str(tmp_path / "after.txt")} <= stored(db)
    return errors


# ------------------------------------------------------------------ whole batch lost (1-4)


def test_markup_in_failing_names(tmp_path: Path) -> None:
    (tmp_path / "[").mkdir()
    marked = tmp_path / "[/red]e.txt"  # rich would read "[/red]" as a closing tag
    marked.write_bytes(b"")
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/[/red]"
    before, after = tmp_path / "before.txt", tmp_path / "after.txt"
    before.write_text(BEFORE)
    after.write_text(AFTER)
    db = tmp_path / "s.db"
    args = [str(before), str(marked), url, str(after), "--db", str(db), "-q", "--allow-private"]
    result = runner.invoke(app, ["ingest", *args])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error ")]
    assert errors == [
        f"error {marked}: empty file (no text)",
        f"error {url}: unreachable: connection refused",
    ]
    assert result.stdout.strip() == "added 2, updated 0, unchanged 0, failed 2"
    extracted = runner.invoke(app, ["extract", *args[:4], "-q", "--allow-private"])
    assert extracted.exit_code == 1 and "Ferry service" in extracted.stdout


def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(3):
        (folder / f"good{n}.txt").write_text(BEFORE.replace("Tuesday", f"day {n}"))
    bad = os.fsencode(folder) + b"/bad\xff\xfe.txt"
    with open(bad, "wb") as handle:
        handle.write(AFTER.encode())
    errors = assert_one_line(tmp_path, str(folder), names=["bad\\xff\\xfe.txt"])
    assert errors[0].endswith("bad\\xff\\xfe.txt: name is not valid UTF-8")
    assert len(stored(tmp_path / "store.db")) == 5  # the three beside it, before and after


@pytest.mark.parametrize("kind", ["proc", "under-a-file", "not-a-database"])
def test_a_bad_store_path_is_one_line(tmp_path: Path, kind: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(BEFORE)
    db = {
        "proc": "/proc/x.db",
        "under-a-file": f"{page}/x.db",
        "not-a-database": str(page),
    }[kind]
    result = runner.invoke(app, ["ingest", str(page), "--db", db, "-q"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error {db}: cannot open the store: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert isinstance(result.exception, SystemExit)  # no traceback


# ------------------------------------------------------------------ hangs and memory (5-9)


def test_pipes_and_devices_in_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a-good.txt").write_text(BEFORE.replace("Tuesday", "Monday"))
    os.mkfifo(folder / "pipe.txt")  # nobody writes: opening it for reading would block
    (folder / "zero.txt").symlink_to("/dev/zero")  # size 0, never ends
    (folder / "random.html").symlink_to("/dev/urandom")
    started = time.monotonic()
    errors = assert_one_line(tmp_path, str(folder), names=["pipe.txt", "random.html", "zero.txt"])
    assert time.monotonic() - started < 10
    assert errors[0].endswith("pipe.txt: not a regular file (a named pipe)")
    assert errors[1].endswith("random.html: not a regular file (a device)")


def test_failures_are_streamed_not_kept(tmp_path: Path) -> None:
    from storyline.pipeline import ingest as pipeline_ingest
    from storyline.progress import silent

    lines = tmp_path / "lines.jsonl.gz"
    bad = b'{"text": broken}\n' * 5000
    lines.write_bytes(
        gzip.compress(b'{"text": "' + BEFORE.encode().replace(b"\n", b" ") + b'"}\n' + bad)
    )
    seen: list[Failure] = []
    result = pipeline_ingest([str(lines)], None, track=silent, on_failure=seen.append)
    # the first bad lines one by one, as they are read; the rest summed up in one closing line
    assert result.failures == [] and result.failed == len(seen) == MAX_LINE_FAILURES + 1
    assert seen[0].source == f"{lines}:2" and seen[-2].source == f"{lines}:{MAX_LINE_FAILURES + 1}"
    assert seen[-1].line() == f"{lines}: 4,900 more bad lines (102-5001) not listed"
    assert len(result.documents) == 1


def test_a_page_over_the_element_budget_is_refused_at_once(tmp_path: Path) -> None:
    page = tmp_path / "huge.html"
    page.write_text("<html><body><div>" + "<span>x</span>" * 1_000_000 + "</div></body></html>")
    started = time.monotonic()
    errors = assert_one_line(tmp_path, str(page), names=["huge.html"])
    assert time.monotonic() - started < 30
    assert errors[0].endswith(
        "huge.html: too big to clean: over 100,000 elements, the most one page may have"
    )


def test_a_slow_page_is_cut_off_at_its_time_budget() -> None:
    slow = "<html><body><article>" + "<p>A paragraph of the page.</p>" * 30_000 + "</article>"
    raws = [
        RawDocument(source="slow.html", content=slow.encode(), format="html", html=slow),
        RawDocument(source="ok.txt", content=BEFORE.encode(), text=BEFORE),
    ]
    budget = Budget(seconds=1, small_elements=100)
    with Sandbox(budget) as box:
        box.run(len, ("warm",), 60)  # start the worker: its start-up is not the page's time
        started = time.monotonic()
        out = clean_documents(raws, sandbox=box)
        assert time.monotonic() - started < 5
    assert isinstance(out[0], Failure) and isinstance(out[1], Document)
    assert out[0].error == "cleaning cut off at its time budget of 1 s (30,003 elements)"


def test_a_big_page_within_its_budget_is_cleaned_in_the_worker() -> None:
    html = "<html><body><article>" + "<p>The quay of Tessaly reopened on Friday.</p>" * 150
    raw = RawDocument(source="big.html", content=html.encode(), format="html", html=html)
    with Sandbox(Budget(small_elements=50)) as box:
        (remote,) = clean_documents([raw], sandbox=box)
    (local,) = clean_documents([raw])
    assert isinstance(remote, Document) and remote == local


# ------------------------------------------------------------------ silent loss (10-14)


def _warc(path: Path, cut_in_record: int, where: bytes) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    starts = []
    for n in range(3):
        starts.append(buffer.tell())
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = f"<p>{BEFORE} Page {n}.</p>".encode()
        writer.write_record(
            writer.create_warc_record(
                f"https://varn.example/{n}",
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
            )
        )
    data = buffer.getvalue()
    cut = data.index(where, starts[cut_in_record]) + 3
    path.write_bytes(data[:cut])


@pytest.mark.parametrize(
    ("record", "where"), [(1, b"WARC-Type"), (1, b"WARC-Target-URI"), (2, b"Content-Type: text")]
)
def test_a_warc_cut_inside_a_record_header(tmp_path: Path, record: int, where: bytes) -> None:
    path = tmp_path / "crawl.warc"
    _warc(path, record, where)
    errors = assert_one_line(tmp_path, str(path), names=[f"crawl.warc#{record + 1}"])
    assert "truncated" in errors[0]
    assert {f"{path}#{n + 1}" for n in range(record)} <= stored(tmp_path / "store.db")


def test_one_deeply_nested_jsonl_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    good = [json.dumps({"text": text, "title": text.split("\n")[0]}) for text in (BEFORE, AFTER)]
    path.write_text(f"{good[0]}\n{'[' * 100_000}\n{good[1].replace('Varn', 'Orn')}\n")
    errors = assert_one_line(tmp_path, str(path), names=["items.jsonl:2"])
    assert errors[0].endswith("items.jsonl:2: invalid JSON (nested too deeply)")
    assert {f"{path}:1", f"{path}:3"} <= stored(tmp_path / "store.db")


def test_a_feed_with_an_internal_dtd_subset_is_a_feed(tmp_path: Path) -> None:
    body = " ".join(["The harbour board met on Monday to plan the new quay."] * 12)
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY board "Harbour Board">\n'
        '<!ENTITY % p "x"> <!-- a ">" inside --> ]>\n<rss version="2.0"><channel>'
        "<title>Harbour Notes</title>"
        f"<item><title>First &board; item</title><description>{body}</description></item>"
        f"<item><title>Second item</title><description>{body} Again.</description></item>"
        "</channel></rss>"
    )
    code, errors, db = ingest(tmp_path, str(feed))
    assert code == 0 and errors == []
    assert {f"{feed}#1", f"{feed}#2"} <= stored(db)


def test_an_unreadable_sub_folder_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "pages"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "inside.txt").write_text(AFTER)
    (folder / "open.txt").write_text(BEFORE.replace("Tuesday", "Sunday"))
    real = os.scandir

    def scandir(path: object = ".") -> object:  # root reads any folder: deny as chmod 000 would
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    errors = assert_one_line(tmp_path, str(folder), names=["locked"])
    assert errors[0].endswith("locked: cannot read folder: permission denied")


def test_a_newline_in_a_failing_name_stays_on_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad\nname.txt"
    bad.write_bytes(b"")
    errors = assert_one_line(tmp_path, str(bad), names=["bad\\nname.txt"])
    assert errors[0].endswith("bad\\nname.txt: empty file (no text)")


def test_one_page_that_breaks_cleaning_leaves_the_others_their_boilerplate_removal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import storyline.clean.stage as clean

    furniture = "Follow the Harbour Gazette on every platform"
    pages = [
        f"Story {n} headline\n\n{text}\n{furniture}\n"
        for n, text in enumerate(
            [BEFORE, AFTER, BEFORE.replace("ferry", "barge"), "CRASH " + AFTER]
        )
    ]
    raws = [
        RawDocument(source=f"p{n}.txt", content=t.encode(), text=t, outlet="Harbour Gazette")
        for n, t in enumerate(pages)
    ]
    real = clean.clean_text

    def breaks_on_one(text: str, **kwargs: object) -> object:
        if "CRASH" in text:
            raise AssertionError("lxml says no")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(clean, "clean_text", breaks_on_one)
    out = clean_documents(raws)
    assert isinstance(out[3], Failure) and out[3].line() == "p3.txt: cannot clean: lxml says no"
    for doc in out[:3]:
        assert isinstance(doc, Document) and furniture not in doc.text
        assert [r.reason for r in doc.removed if r.line == furniture] == [
            "repeated on other pages of the outlet"
        ]


@pytest.mark.parametrize(
    "html",
    ["<svg><p><p>", "<html>", "<html><html>", "<p>one \x00 two \x1b[31m three</p>" * 3],
)
def test_pages_that_crashed_cleaning_are_handled(html: str) -> None:
    (item,) = clean_documents([RawDocument(source="p.html", content=html.encode(), html=html)])
    if isinstance(item, Failure):
        assert item.error == "no article text found in the HTML"
    else:
        assert not UNSAFE.search(item.text)


# ------------------------------------------------------------------ addresses (15)


@pytest.mark.parametrize(
    "address",
    [
        "192.0.0.8",
        "192.0.0.9",
        "192.88.99.1",
        "2002:7f00:1::1",
        "2002:a9fe:a9fe::1",
        "2002:c0a8:101::1",
        "::ffff:127.0.0.1",
        "fec0::1",
        "3fff::1",
        "64:ff9b::7f00:1",
        "127.0.0.1",
        "169.254.169.254",
        "10.1.2.3",
        "100.64.0.1",
        "::1",
        "fe80::1%eth0",
    ],
)
def test_non_public_addresses(address: str) -> None:
    assert not is_public(address)


@pytest.mark.parametrize("address", ["8.8.8.8", "2002:808:808::1", "2606:4700::1111"])
def test_public_addresses(address: str) -> None:
    assert is_public(address)


# ------------------------------------------------------------------ output injection (16)


def _injected_page(tmp_path: Path) -> Path:
    page = tmp_path / "inject.html"
    page.write_text(
        f"<html><head><title>Harbour {INJECTED} news</title></head><body><article>"
        f"<h1>Harbour {INJECTED} news</h1><p>The quay reopened on Friday. {INJECTED} "
        "The harbour master said repairs took a week longer than planned.</p>"
        f"<p>Ships queued outside the port {INJECTED} for three days.</p>"
        # Text enough that a few control characters do not make the page look mis-decoded.
        + "".join(
            f"<p>Berth {n} was cleared of debris and inspected by the crew.</p>" for n in range(300)
        )
        + "</article></body></html>"
    )
    return page


def test_no_escape_sequence_reaches_the_terminal(tmp_path: Path) -> None:
    page = _injected_page(tmp_path)
    shown = runner.invoke(app, ["extract", str(page), "--show-removed", "-q"])
    assert shown.exit_code == 0 and "quay reopened" in shown.stdout
    as_json = runner.invoke(app, ["extract", str(page), "--json", "-q"])
    db = tmp_path / "s.db"
    runner.invoke(app, ["ingest", str(page), "--db", str(db), "-q"])
    listing = runner.invoke(app, ["docs", "--db", str(db)])
    assert "Harbour" in listing.stdout
    for output in (shown.stdout, as_json.stdout, listing.stdout):
        assert not UNSAFE.search(output), repr(output)
    assert json.loads(as_json.stdout)["title"]  # still the same data for a JSON reader


def test_bombs_and_devices_stay_under_a_gigabyte(tmp_path: Path) -> None:
    """One child process ingests every bomb and device case; its peak memory is measured."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "random.txt").symlink_to("/dev/urandom")
    os.mkfifo(folder / "pipe.txt")
    bomb = zlib_bomb(64 * 2**20)  # over the 50 MB cap once inflated
    (folder / "bomb.txt.gz").write_bytes(bomb)
    lines = b'{"text": broken, "pad": "' + b"x" * 900 + b'"}\n'
    (folder / "lines.jsonl.gz").write_bytes(gzip.compress(lines * 20_000))
    (folder / "huge.html").write_text("<div>" + "<span>x</span>" * 1_000_000 + "</div>")
    before, after = tmp_path / "before.txt", tmp_path / "after.txt"
    before.write_text(BEFORE)
    after.write_text(AFTER)
    command = [str(Path(sys.executable).parent / "storyline")]
    args = ["ingest", str(before), str(folder), str(after), "--db", str(tmp_path / "s.db"), "-q"]
    code, elapsed, peak_kb = run_measured([*command, *args], tmp_path / "err.txt")
    errors = (tmp_path / "err.txt").read_text().splitlines()
    assert code == 1
    assert elapsed < 60
    assert peak_kb < 2**20  # under a gigabyte
    named = [line for line in errors if line.startswith("error ")]
    # 5 bad files, the first MAX_LINE_FAILURES bad lines one by one, then one line for the rest
    assert len(named) == 5 + MAX_LINE_FAILURES + 1
    assert any(line.endswith("19,900 more bad lines (101-20000) not listed") for line in named)
    assert stored(tmp_path / "s.db") == {str(before), str(after)}


# Runs a command and reports its peak memory. A small launcher process runs it: ru_maxrss of a
# child forked straight from this (large) test process would count this process's memory too,
# as Linux carries the high-water mark across fork and exec.
LAUNCHER = """
import resource, subprocess, sys
with open(sys.argv[1], "wb") as err:
    code = subprocess.call(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=err)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(code)
"""


def run_measured(command: list[str], errors: Path) -> tuple[int, float, int]:
    """Exit code, seconds and peak memory (KB, the worker processes included) of a command."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", LAUNCHER, str(errors), *command], capture_output=True, text=True
    )
    return done.returncode, time.monotonic() - started, int(done.stdout.strip())


def zlib_bomb(size: int) -> bytes:
    """``size`` zero bytes gzipped, compressed a megabyte at a time."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = b"\0" * 2**20
    return b"".join([packer.compress(zeros) for _ in range(size // 2**20)] + [packer.flush()])
