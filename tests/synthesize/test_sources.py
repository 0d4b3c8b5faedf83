"""The sources table: copies and originals."""

from __future__ import annotations


def test_sources_table_copy_status(brief):
    rows = {r.doc_id: r for r in brief.sources}
    assert rows["d"].copy_status == "copy of a"
    assert rows["a"].copy_status == "original"
    assert (rows["d"].copy_kind, rows["d"].copy_of) == ("copy_of", "a")
    assert rows["a"].copy_kind is None and rows["a"].copy_of is None
