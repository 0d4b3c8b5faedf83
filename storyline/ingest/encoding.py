"""Bytes to text: find the encoding a page was written in, or say in one line why not.

Order of trust: valid UTF-8, whatever control characters it holds (multi-byte UTF-8 sequences
almost never occur by chance in other encodings, and mislabelled UTF-8 is the commonest error on
the web; real pages end lines with NEL, U+0085, or hold form feeds); a byte-order mark; a declared
charset (HTTP header, ``<meta charset>``) when it decodes cleanly; windows-1252 when the result
reads like Western text (charset-normalizer often mistakes short Western pages for cp1250 or
cp1125); then charset-normalizer's best guess for everything else (GB18030, Shift-JIS, cp1251 ...).
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from storyline.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Magic numbers of binary formats people drop into a news folder by mistake.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# WHATWG: these labels mean windows-1252 in practice.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
}

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


def binary_kind(head: bytes) -> str | None:
    """What binary format ``head`` starts with, or None when it may be text."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[4:12] in (b"ftypisom", b"ftypmp42") or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "a media file"
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head[:8192]:
        return "binary data"
    return None


def _normalise(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    try:
        name = codecs.lookup(_ALIASES.get(label, label)).name
    except LookupError:
        return None
    return _ALIASES.get(name, name)


def declared_in_markup(content: bytes) -> str | None:
    """The charset a page declares in its first few KB of markup, if any."""
    match = _META_CHARSET.search(content[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


# C0 controls except whitespace, DEL and C1 controls: what wrongly decoded bytes turn into.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _clean(text: str) -> bool:
    """Decoded without stray control characters (the mark of a wrong guess)."""
    return len(_CONTROL.findall(text)) <= len(text) // 1000


def _reads_western(text: str) -> bool:
    """Non-ASCII letters are a small minority, as in any Western European language.

    Cyrillic or CJK bytes read as cp1252 give runs of accented letters instead.
    """
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return True
    foreign = sum(1 for ch in letters if ord(ch) > 127)
    return foreign <= 0.3 * len(letters)


def _try(content: bytes, encoding: str) -> str | None:
    try:
        text = content.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if _clean(text) else None


def decode(content: bytes, source: str, declared: str | None = None) -> str:
    """Decode a page's bytes to text.

    ``declared`` is a charset stated outside the bytes (HTTP header, WARC record). Raises
    ``InputError(source, ...)`` for empty, binary or undecodable content.
    """
    if not content.strip():
        raise InputError(source, "empty file (no text)")
    kind = binary_kind(content[:64])
    if kind:
        raise InputError(source, f"binary content ({kind}), not text or HTML")
    try:
        # No control-character check here: that check exists to catch a wrong guess, and
        # strict UTF-8 is not a guess. "utf-8-sig" drops a UTF-8 byte-order mark (no UTF-16 or
        # UTF-32 mark is valid UTF-8, so those are left to the loop below).
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            text = _try(content, encoding)
            if text is not None:
                return text
    for label in (declared, declared_in_markup(content)):
        charset = _normalise(label)
        if charset and charset != "utf-8":
            text = _try(content, charset)
            if text is not None:
                return text
    text = _try(content, "cp1252")
    if text is not None and _reads_western(text):
        return text
    best = from_bytes(content).best()
    if best is not None:
        text = str(best)
        if _clean(text):
            return text
    raise InputError(source, "cannot decode: not UTF-8 and no other encoding fits")
