"""Watched sources: each round takes in only what is new in a folder, a feed file, a URL
list or a watched page, and remembers what it took."""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.ingest import Reader
from storyline.pipeline import Pipeline
from storyline.store import Store
from storyline.storeliving import SourceState
from storyline.watch.sources import GIVE_UP_AFTER, Poller, SourceError

STORY = (
    "The council of Varnholm approved a new ferry line on Monday after a long debate. "
    "Councillor Edda Lunn said the line would carry commuters across the fjord every hour. "
    "Work on the two piers starts in spring and should take about eight months to finish.\n"
)
OTHER = (
    "A storm closed the mountain road above Tessby for the second time this winter. "
    "Road crews cleared snow through the night and reopened one lane by morning. "
    "Drivers were told to carry chains until the end of the month.\n"
)


@pytest.fixture()
def pipe(db_path: Path) -> Iterator[Pipeline]:
    with Store(db_path) as store:
        yield Pipeline(store, workers=1)


def _poll(pipe: Pipeline, source: str, **reader) -> object:
    with Reader(**reader) as r:
        return Poller(pipe, r).poll(source, pipe.store.source_state(source))


def test_a_folder_gives_each_file_once(pipe, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    assert _poll(pipe, str(folder)).new_doc_ids == []  # waiting for its first files
    (folder / "ferry.txt").write_text(STORY, encoding="utf-8")
    first = _poll(pipe, str(folder))
    assert len(first.new_doc_ids) == 1 and not first.failures
    assert pipe.store.pending_ids() == first.new_doc_ids
    assert _poll(pipe, str(folder)).new_doc_ids == []  # unchanged: skipped
    # Touched but not changed: still nothing new.
    os.utime(folder / "ferry.txt", ns=(1, 1))
    assert _poll(pipe, str(folder)).new_doc_ids == []
    (folder / "storm.txt").write_text(OTHER, encoding="utf-8")
    second = _poll(pipe, str(folder))
    assert len(second.new_doc_ids) == 1 and second.new_doc_ids != first.new_doc_ids


def test_a_missing_source_fails_as_a_whole(pipe, tmp_path):
    with pytest.raises(SourceError) as err:
        _poll(pipe, str(tmp_path / "nowhere.txt"))
    assert "nowhere.txt" in str(err.value)
    assert err.value.failure.source.endswith("nowhere.txt")


def _rss(*items: tuple[str, str]) -> str:
    entries = "".join(
        f'<item><guid isPermaLink="false">{guid}</guid><title>{guid}</title>'
        f"<description><![CDATA[<p>{body}</p>]]></description></item>"
        for guid, body in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Fjord Times</title>'
        f"{entries}</channel></rss>"
    )


def test_a_feed_file_gives_each_entry_once(pipe, tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text(_rss(("one", STORY)), encoding="utf-8")
    assert len(_poll(pipe, str(feed)).new_doc_ids) == 1
    feed.write_text(_rss(("one", STORY), ("two", OTHER)), encoding="utf-8")
    later = _poll(pipe, str(feed))
    assert len(later.new_doc_ids) == 1
    doc = pipe.store.get_document(later.new_doc_ids[0])
    assert doc is not None and "mountain road" in doc.text


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def site(tmp_path) -> Iterator[str]:
    root = tmp_path / "site"
    root.mkdir()
    (root / "ferry.html").write_text(
        f"<html><head><title>Ferry</title></head><body><article><p>{STORY}</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join(timeout=5)


def test_a_url_list_fetches_each_link_once_and_gives_up_on_a_dead_one(pipe, tmp_path, site):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# links\n{site}/ferry.html\n{site}/missing.html\n", encoding="utf-8")
    first = _poll(pipe, str(urls), allow_private=True)
    assert len(first.new_doc_ids) == 1
    assert any("will retry" in f.error for f in first.failures)
    assert first.retry_pending
    # The list is unchanged on disk: it is not read again.
    assert _poll(pipe, str(urls), allow_private=True).failures == []
    # Changed: the good link is known, the dead one tried again until given up on.
    for attempt in range(2, GIVE_UP_AFTER + 1):
        urls.write_text(urls.read_text() + f"# round {attempt}\n", encoding="utf-8")
        again = _poll(pipe, str(urls), allow_private=True)
        assert again.new_doc_ids == []
        note = "given up" if attempt == GIVE_UP_AFTER else "will retry"
        assert [note in f.error for f in again.failures] == [True]
    urls.write_text(urls.read_text() + "# last\n", encoding="utf-8")
    assert _poll(pipe, str(urls), allow_private=True).failures == []


def test_a_watched_page_is_asked_conditionally(pipe, site):
    url = f"{site}/ferry.html"
    with Reader(allow_private=True) as reader:
        poller = Poller(pipe, reader)
        first = poller.poll(url, SourceState(url))
        assert len(first.new_doc_ids) == 1
        assert first.validators is not None
        etag, modified = first.validators
        assert modified  # the test server sends Last-Modified
        second = poller.poll(url, SourceState(url, etag=etag, last_modified=modified))
        assert second.not_modified and second.new_doc_ids == []
        # Without validators the page is read, but unchanged content is not taken again.
        assert poller.poll(url, SourceState(url)).new_doc_ids == []


def test_private_addresses_are_refused_unless_allowed(pipe, site):
    with pytest.raises(SourceError):
        _poll(pipe, f"{site}/ferry.html")
