"""A JSONL file of many bad lines: the first ones named one by one, the rest in one line,
and every good line, before and after them, still read."""

from __future__ import annotations

import io

from storyline.ingest.formats import MAX_LINE_FAILURES, jsonl_items
from storyline.model import Failure, RawDocument


def test_a_flood_of_bad_lines_is_summed_up_and_good_lines_still_read():
    good = b'{"text": "The council met on Monday and approved the plan."}\n'
    data = good + b"{broken\n" * (MAX_LINE_FAILURES + 50) + good
    items = list(jsonl_items(io.BytesIO(data), "feed.jsonl", 10**6))
    failures = [i for i in items if isinstance(i, Failure)]
    assert sum(isinstance(i, RawDocument) for i in items) == 2
    assert len(failures) == MAX_LINE_FAILURES + 1
    assert failures[0].source == "feed.jsonl:2"
    assert failures[-1].line() == (
        f"feed.jsonl: 50 more bad lines ({MAX_LINE_FAILURES + 2}-{MAX_LINE_FAILURES + 51})"
        " not listed"
    )
