"""Inputs on disk: expand folders and globs, and read files (gzipped or not) within a size cap."""

from __future__ import annotations

import glob
import gzip
import os
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from storyline.errors import InputError
from storyline.ingest.fetch import check_url, too_large
from storyline.model import Failure

HEAD_BYTES = 64 * 1024
# What a folder walk picks up; a file named explicitly is read whatever its name.
SUPPORTED = (
    ".txt",
    ".text",
    ".html",
    ".htm",
    ".xhtml",
    ".json",
    ".jsonl",
    ".ndjson",
    ".warc",
    ".xml",
    ".rss",
    ".atom",
    ".urls",
)
_SCHEME = re.compile(r"\A[A-Za-z][A-Za-z0-9+.-]*://")
_GZIP_MAGIC = b"\x1f\x8b"


def is_url(value: str) -> bool:
    return bool(_SCHEME.match(value))


def expand_inputs(inputs: list[str]) -> Iterator[str | Failure]:
    """Files and URLs to read, in order and without repeats; a Failure for each bad input."""
    seen: set[str] = set()
    for value in inputs:
        for target in _expand(value):
            if isinstance(target, Failure):
                yield target
            elif target not in seen:
                seen.add(target)
                yield target


def _expand(value: str) -> Iterator[str | Failure]:
    if is_url(value):
        try:
            check_url(value, allow_private=True)  # scheme and host only; addresses at fetch time
        except InputError as exc:
            yield Failure(source=value, error=exc.problem)
            return
        yield value
        return
    path = Path(value)
    if path.is_dir():
        files = list(_walk(path))
        if not files:
            yield Failure(
                source=value,
                error=f"folder holds no supported files ({', '.join(SUPPORTED)}, or .gz of them)",
            )
        yield from files
    elif path.is_file():
        yield value
    elif path.exists():
        yield Failure(source=value, error="not a regular file")
    elif glob.has_magic(value):
        matches = sorted(glob.glob(value, recursive=True))
        if not matches:
            yield Failure(source=value, error="no files match this pattern")
        for match in matches:
            if Path(match).is_dir():
                yield from _walk(Path(match))
            elif Path(match).is_file():
                yield match
    else:
        yield Failure(source=value, error="no such file or folder")


def _walk(folder: Path) -> Iterator[str]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and inner_name(name).lower().endswith(SUPPORTED):
                yield str(Path(root) / name)


def inner_name(name: str) -> str:
    """The name without a trailing .gz: what the compressed content is."""
    return name[:-3] if name.lower().endswith(".gz") else name


def is_gzip(path: str) -> bool:
    with open(path, "rb") as handle:
        return handle.read(2) == _GZIP_MAGIC


def open_binary(path: str) -> IO[bytes]:
    """The file's bytes, decompressed on the fly when it is gzip (whatever its name)."""
    if is_gzip(path):
        return gzip.open(path, "rb")
    return open(path, "rb")


def read_head(path: str) -> tuple[bytes, bool]:
    """The first bytes (decompressed) and whether that is the whole content.

    A gzip stream cut short still gives its head, so the format can be recognised and what
    comes before the cut be read; the cut itself is reported when the rest is read.
    """
    chunks: list[bytes] = []
    size = 0
    with open_binary(path) as handle:
        try:
            while size <= HEAD_BYTES and (chunk := handle.read1(8192)):
                chunks.append(chunk)
                size += len(chunk)
        except (EOFError, zlib.error):
            if not chunks:
                raise
            return b"".join(chunks)[:HEAD_BYTES], False
    head = b"".join(chunks)
    return head[:HEAD_BYTES], len(head) <= HEAD_BYTES


def read_capped(path: str, max_bytes: int) -> bytes:
    """The whole (decompressed) content; InputError when over the cap, before reading it all."""
    if not is_gzip(path):
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(path, too_large(max_bytes, size))
        with open(path, "rb") as handle:
            return handle.read()
    with gzip.open(path, "rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(path, too_large(max_bytes, what="too large when decompressed"))
    return data
