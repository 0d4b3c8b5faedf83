"""Untrusted strings made safe to show: in a terminal, an HTML page or a Markdown file.

Page content and input names are written by strangers. Shown raw, a control character can move
the cursor, recolour or retitle a terminal (``ESC ] 0 ; title BEL``), and a bidi override
(U+202E) can reverse the text that follows it, cells and citations included. Every place that
shows such a string goes through one of two functions:

* ``safe_name`` for a name (file name, URL, source): one line, every unsafe character written
  as a visible escape (``\\n``, ``\\x1b``, ``\\u202e``), so the name stays recognisable; bytes of
  a file name that were not UTF-8 (lone surrogates from ``os.fsdecode``) become ``\\xNN``;
* ``safe_text`` for text (titles, page text): unsafe characters removed, line breaks kept when
  asked for.
"""

from __future__ import annotations

import re

# C0 controls, DEL, C1 controls; the bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO,
# LRI RLI FSI PDI) and marks (LRM RLM ALM); the line and paragraph separators; lone surrogates.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}\u2028\u2029\ud800-\udfff]")
_UNSAFE_KEEP_LINES = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}\u2028\u2029\ud800-\udfff]")
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _SHORT:
        return _SHORT[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode as UTF-8
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_name(name: str) -> str:
    """``name`` on one line with every control, bidi or undecodable character escaped."""
    return _UNSAFE.sub(_escape, name)


def safe_text(text: str, *, keep_lines: bool = False) -> str:
    """``text`` without control and bidi formatting characters; ``keep_lines`` keeps newlines
    and tabs (page text), else they become spaces (a title, a table cell)."""
    if keep_lines:
        return _UNSAFE_KEEP_LINES.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _UNSAFE.sub(lambda m: " " if m.group() in "\n\r\t\u2028\u2029" else "", text)


def has_unsafe(text: str) -> bool:
    """Whether ``text`` holds a character that ``safe_name`` would escape."""
    return _UNSAFE.search(text) is not None


def is_utf8_name(name: str) -> bool:
    """False for a name holding bytes that are not UTF-8 (``os.fsdecode``'s lone surrogates):
    it cannot be stored or printed as it is."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
