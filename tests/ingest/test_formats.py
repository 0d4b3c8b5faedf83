"""Ingest formats: what a file is, told from its first bytes."""

from __future__ import annotations

from storyline.ingest.formats import sniff

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


def test_sniff() -> None:
    assert sniff("x.txt", PAGE.encode(), complete=True) == "html"
    assert sniff("x.txt", STORY.encode(), complete=True) == "text"
    assert sniff("x.xml", b"<?xml version='1.0'?>\n<rss version='2.0'>", complete=True) == "feed"
    assert sniff("x.txt", b"<feed xmlns='http://www.w3.org/2005/Atom'>", complete=True) == "feed"
    assert (
        sniff("x.txt", b"https://a.example/1\n\n# note\nhttp://b.example/2\n", complete=True)
        == "urls"
    )
    assert sniff("x.txt", b"see https://a.example/1 for more\n", complete=True) == "text"
    assert sniff("x.bin", b"WARC/1.0\r\n", complete=True) == "warc"
    assert sniff("x.txt", b'{"text": "hello"}\n', complete=True) == "jsonl"
    assert sniff("x.xml", b"<?xml version='1.0'?><urlset>", complete=True) == "xml"


def test_a_feed_guid_that_is_no_url_leaves_the_entry_its_own_text() -> None:
    from storyline.ingest.formats import parse_feed

    words = " ".join(["The harbour board voted to close the old pier for repairs."] * 12)
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>
    <item><title>Pier closes</title><guid>post-4411</guid>
    <description>{words}</description></item>
    <item><title>Ferry returns</title><guid>https://news.example/ferry</guid></item>
    </channel></rss>""".encode()
    first, second = parse_feed(feed, "harbour.xml")
    # No fetch of "post-4411": the entry carries its own text.
    assert first.link is None and first.body and "harbour board" in first.body
    assert first.guid == "post-4411"
    assert second.link == "https://news.example/ferry"
