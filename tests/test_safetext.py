"""Strangers' strings made safe to show: names escaped visibly, text stripped of controls."""

from __future__ import annotations

from storyline.safetext import has_unsafe, is_utf8_name, safe_name, safe_text

TITLE_ESCAPE = "\x1b]0;pwned\x07"  # retitles a terminal
REVERSE = "\u202e"  # right-to-left override


def test_a_name_stays_one_recognisable_line() -> None:
    assert safe_name("report\n2025.txt") == "report\\n2025.txt"
    assert safe_name(f"a{TITLE_ESCAPE}b") == "a\\x1b]0;pwned\\x07b"
    assert safe_name(f"invoice{REVERSE}fdp.exe") == "invoice\\u202efdp.exe"
    assert safe_name("caf\udce9.txt") == "caf\\xe9.txt"  # a Latin-1 byte os.fsdecode kept
    assert safe_name("Café – Zürich.html") == "Café – Zürich.html"


def test_text_loses_controls_and_keeps_lines_when_asked() -> None:
    text = f"Dam holds{TITLE_ESCAPE}\r\nSpillway {REVERSE}gone\tlater"
    assert safe_text(text) == "Dam holds]0;pwned  Spillway gone later"
    assert safe_text(text, keep_lines=True) == "Dam holds]0;pwned\nSpillway gone\tlater"


def test_unsafe_and_undecodable_names_are_told() -> None:
    assert has_unsafe(f"x{REVERSE}") and has_unsafe("a\nb") and not has_unsafe("plain name")
    assert is_utf8_name("Zürich.txt") and not is_utf8_name("caf\udce9.txt")
