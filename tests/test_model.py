"""The data model: fields that take a fixed set of values refuse others; a source row's copy
relation is two typed fields, written to and read from JSON as the one `copy_status` string."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from storyline.model import Brief, Document, Event, SourceRow, TimelineEvent


def test_a_copy_relation_is_a_kind_and_an_id() -> None:
    row = SourceRow(doc_id="d", wire="AFP", copy_kind="derived_from", copy_of="a")
    assert row.copy_status == "derived from a"
    assert SourceRow(doc_id="a").copy_status == "original"


def test_json_keeps_the_one_copy_status_string_where_it_was() -> None:
    row = SourceRow(doc_id="d", wire="AFP", copy_kind="copy_of", copy_of="a")
    data = json.loads(row.model_dump_json())
    assert "copy_kind" not in data and "copy_of" not in data
    keys = list(data)
    assert keys[keys.index("wire") + 1] == "copy_status" and data["copy_status"] == "copy of a"
    assert SourceRow.model_validate_json(row.model_dump_json()) == row
    brief = Brief(story_id="s", headline="h", generated_at="", sources=[row, SourceRow(doc_id="a")])
    assert Brief.model_validate_json(brief.model_dump_json()) == brief


def test_a_stored_briefs_copy_status_is_read_back() -> None:
    for status, kind, of in (
        ("duplicate of 1f2e", "duplicate", "1f2e"),
        ("copy of a", "copy_of", "a"),
        ("original", None, None),
    ):
        row = SourceRow.model_validate({"doc_id": "d", "copy_status": status})
        assert (row.copy_kind, row.copy_of, row.copy_status) == (kind, of, status)


def test_fields_of_a_fixed_set_refuse_other_values() -> None:
    with pytest.raises(ValidationError):
        Document(id="x", source="x", published_source="somewhere")
    with pytest.raises(ValidationError):
        Event(date="2025-03-14", precision="fortnight", sentence="x", start=0, end=1)
    with pytest.raises(ValidationError):
        SourceRow(doc_id="d", copy_kind="quoted_in", copy_of="a")
    assert TimelineEvent(date="2025-03-14", precision="page date", text="x").precision
