"""Inputs expanded into files and URLs, and files read within their limits."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from storyline.errors import InputError
from storyline.ingest.files import expand_inputs, open_regular, read_capped, read_head
from storyline.model import Failure


def _split(items: list[str | Failure]) -> tuple[list[str], list[str]]:
    return [i for i in items if isinstance(i, str)], [
        f"{i.source}: {i.error}" for i in items if isinstance(i, Failure)
    ]


def test_folders_globs_and_urls_expand_in_order_without_repeats(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(b"<p>a</p>"))
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.jsonl").write_text("{}")
    inputs = [str(tmp_path), str(tmp_path / "*.txt"), "https://news.example/a", "ftp://x/y"]
    files, failures = _split(list(expand_inputs(inputs)))
    assert files == [
        str(tmp_path / "a.html.gz"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "sub" / "c.jsonl"),
        "https://news.example/a",
    ]
    assert len(failures) == 1 and failures[0].startswith("ftp://x/y: ")


def test_what_cannot_be_read_is_one_failure_each(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    inputs = [str(tmp_path / n) for n in ("empty", "pipe.txt", "gone.txt", "missing.txt")]
    _, failures = _split(list(expand_inputs([*inputs, str(tmp_path / "*.xml")])))
    assert failures[0].startswith(f"{tmp_path / 'empty'}: folder holds no supported files")
    assert failures[1:] == [
        f"{tmp_path / 'pipe.txt'}: not a regular file (a named pipe)",
        f"{tmp_path / 'gone.txt'}: broken link",
        f"{tmp_path / 'missing.txt'}: no such file or folder",
        f"{tmp_path / '*.xml'}: no files match this pattern",
    ]


def test_reading_decompresses_and_keeps_to_the_cap(tmp_path: Path) -> None:
    plain, packed = tmp_path / "a.txt", tmp_path / "b.txt.gz"
    plain.write_bytes(b"x" * 100)
    packed.write_bytes(gzip.compress(b"y" * 5000))
    assert read_head(str(packed)) == (b"y" * 5000, True)
    assert read_capped(str(plain), 100) == b"x" * 100
    with pytest.raises(InputError, match="too large"):
        read_capped(str(plain), 99)
    with pytest.raises(InputError, match="too large when decompressed"):
        read_capped(str(packed), 4999)
    with pytest.raises(InputError, match="not a regular file"):
        open_regular(str(tmp_path))
