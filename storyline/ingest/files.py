"""Inputs on disk: expand folders and globs, and read files (gzipped or not) within a size cap."""

from __future__ import annotations

import glob
import gzip
import os
import re
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

from storyline.errors import InputError
from storyline.ingest.urlparts import check_scheme_and_host, too_large
from storyline.model import Failure
from storyline.safetext import is_utf8_name, safe_name

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
            elif not is_utf8_name(target):
                # Sources are stored and printed as text: a name with bytes that are not UTF-8
                # has no faithful text form (its escaped form could name another file).
                yield Failure(source=safe_name(target), error="name is not valid UTF-8")
            elif target not in seen:
                seen.add(target)
                yield target


def _expand(value: str) -> Iterator[str | Failure]:
    if is_url(value):
        try:
            check_scheme_and_host(value)  # the addresses are checked at fetch time
        except InputError as exc:
            yield Failure(source=value, error=exc.problem)
            return
        yield value
        return
    path = Path(value)
    if path.is_dir():
        found = list(_walk(path))
        if not any(isinstance(item, str) for item in found):
            yield Failure(
                source=value,
                error=f"folder holds no supported files ({', '.join(SUPPORTED)}, or .gz of them)",
            )
        yield from found
    elif path.exists() or path.is_symlink():
        yield from _regular(value)
    elif glob.has_magic(value):
        matches = sorted(glob.glob(value, recursive=True))
        if not matches:
            yield Failure(source=value, error="no files match this pattern")
        for match in matches:
            yield from _walk(Path(match)) if Path(match).is_dir() else _regular(match)
    else:
        yield Failure(source=value, error="no such file or folder")


def _walk(folder: Path) -> Iterator[str | Failure]:
    """Supported files under ``folder``; a Failure for each sub-folder that cannot be read and
    each matching name that is not a regular file (a pipe would block, a device never ends)."""
    errors: list[OSError] = []
    for root, dirs, names in os.walk(folder, onerror=errors.append):
        yield from (_unreadable(error) for error in errors)
        errors.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and inner_name(name).lower().endswith(SUPPORTED):
                yield from _regular(str(Path(root) / name))
    yield from (_unreadable(error) for error in errors)


def _unreadable(error: OSError) -> Failure:
    problem = "permission denied" if isinstance(error, PermissionError) else error.strerror
    return Failure(source=str(error.filename), error=f"cannot read folder: {problem}")


def _regular(path: str) -> Iterator[str | Failure]:
    """``path`` when it is a regular file (after links), else a Failure saying what it is."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        problem = "broken link" if os.path.islink(path) else exc.strerror or "cannot read"
        yield Failure(source=path, error=problem)
        return
    if stat.S_ISREG(mode):
        yield path
    else:
        yield Failure(source=path, error=f"not a regular file ({file_kind(mode)})")


def file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def inner_name(name: str) -> str:
    """The name without a trailing .gz: what the compressed content is."""
    return name[:-3] if name.lower().endswith(".gz") else name


def open_regular(path: str) -> BinaryIO:
    """Open a regular file for reading; InputError for a pipe, device, socket or folder.

    The type is checked on the opened descriptor (opened non-blocking, so a pipe cannot hang
    the open itself): a name swapped for a pipe after the folder walk is still caught.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(path, f"not a regular file ({file_kind(mode)})")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def open_binary(path: str) -> BinaryIO:
    """The file's bytes, decompressed on the fly when it is gzip (whatever its name)."""
    raw = open_regular(path)
    try:
        magic = raw.read(2)
        raw.seek(0)
    except BaseException:
        raw.close()
        raise
    if magic != _GZIP_MAGIC:
        return raw
    stream = gzip.GzipFile(fileobj=raw, mode="rb")
    stream.myfileobj = raw  # type: ignore[assignment]  # closed with it, as gzip.open does
    return cast(BinaryIO, stream)


def read_head(path: str) -> tuple[bytes, bool]:
    """The first bytes (decompressed) and whether that is the whole content.

    A gzip stream cut short still gives its head, so the format can be recognised and what
    comes before the cut be read; the cut itself is reported when the rest is read.
    """
    chunks: list[bytes] = []
    size = 0
    with open_binary(path) as handle:
        read1 = handle.read1  # type: ignore[attr-defined]  # both gzip and plain files have it
        try:
            while size <= HEAD_BYTES and (chunk := read1(8192)):
                chunks.append(chunk)
                size += len(chunk)
        except (EOFError, zlib.error):
            if not chunks:
                raise
            return b"".join(chunks)[:HEAD_BYTES], False
    head = b"".join(chunks)
    return head[:HEAD_BYTES], len(head) <= HEAD_BYTES


def read_capped(path: str, max_bytes: int) -> bytes:
    """The whole (decompressed) content; InputError when over the cap, never reading more than
    the cap and a byte (a stated size can lie: /proc files say 0)."""
    with open_binary(path) as handle:
        compressed = isinstance(handle, gzip.GzipFile)
        size = os.fstat(handle.fileno()).st_size
        if not compressed and size > max_bytes:
            raise InputError(path, too_large(max_bytes, size))
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        what = "too large when decompressed" if compressed else "too large"
        raise InputError(path, too_large(max_bytes, what=what))
    return data
