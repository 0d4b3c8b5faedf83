"""The decoder: valid UTF-8 always decodes, whatever it holds; any bytes give text or one
InputError, never a crash."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.errors import InputError
from storyline.ingest.encoding import binary_kind, decode


def test_utf8_with_nel_line_terminators_decodes() -> None:
    # Some publishing systems end lines with NEL (U+0085), a C1 control character; the page
    # is still valid UTF-8 and must be read as such.
    lines = [
        "<html><head><meta charset='utf-8'><title>Harbour ferry resumes</title></head><body>",
        "<h1>Harbour ferry resumes after storm</h1>",
        "<p>The Orsa ferry sailed at 06:15 on Tuesday, \u00e9t\u00e9 schedule restored.</p>",
        "</body></html>",
    ]
    page = "\u0085".join(lines * 40)
    assert page.count("\u0085") > page.__len__() // 1000  # more than a wrong guess would allow
    assert decode(page.encode("utf-8"), "ferry.html") == page


def test_utf8_with_other_control_characters_decodes() -> None:
    text = "Report\x0cpage two\x1b[0m \u0091quoted\u0092 \u00a3120 " * 50
    assert decode(text.encode("utf-8"), "report.txt") == text


def test_utf8_byte_order_mark_is_dropped() -> None:
    assert decode(b"\xef\xbb\xbfcaf\xc3\xa9\xc2\x85done", "bom.txt") == "caf\u00e9\u0085done"


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_any_valid_utf8_decodes_to_itself(text: str) -> None:
    content = text.encode("utf-8")
    if not content.strip() or binary_kind(content[:64]) is not None:
        return  # empty or led by a binary signature: refused by design
    expected = text[1:] if text.startswith("\ufeff") else text
    assert decode(content, "fuzz.txt") == expected


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600), st.sampled_from([None, "utf-8", "windows-1251", "shift_jis", "x"]))
def test_any_bytes_give_text_or_one_input_error(content: bytes, declared: str | None) -> None:
    try:
        text = decode(content, "fuzz.bin", declared=declared)
    except InputError as error:
        assert error.problem
    else:
        assert isinstance(text, str)


@pytest.mark.parametrize("encoding", ["cp1252", "gb18030", "cp1251", "shift_jis"])
def test_other_encodings_still_found_after_the_utf8_change(encoding: str) -> None:
    samples = {
        "cp1252": "caf\u00e9 \u201cquoted\u201d na\u00efve r\u00e9sum\u00e9",
        "gb18030": "\u6d2a\u6c34\u8feb\u4f7f\u6570\u5343\u4eba\u64a4\u79bb\u5bb6\u56ed" * 5,
        "cp1251": "\u041d\u0430\u0432\u043e\u0434\u043d\u0435\u043d\u0438\u0435 \u0432 "
        "\u0434\u043e\u043b\u0438\u043d\u0435 \u0440\u0435\u043a\u0438 " * 5,
        "shift_jis": "\u6d2a\u6c34\u3067\u591a\u304f\u306e\u4eba\u304c\u907f\u96e3\u3057"
        "\u307e\u3057\u305f\u3002" * 5,
    }
    text = samples[encoding]
    assert decode(text.encode(encoding), "page.txt") == text
