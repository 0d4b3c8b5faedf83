"""Line shapes the cleaner reads: cut-off teasers, a text's script, a page in capitals."""

from __future__ import annotations

from dataclasses import dataclass

from storyline.clean.furniture import shouting
from storyline.clean.text import script_of, truncated


@dataclass
class _Line:
    text: str
    reason: str = ""

    @property
    def kept(self) -> bool:
        return not self.reason


def test_a_line_cut_off_by_an_ellipsis_or_a_read_more_link() -> None:
    assert truncated("Shopkeepers on Alden say the strike cost them a month of trade...")
    assert truncated("Shopkeepers on Alden say the strike cost them\u2026  ")
    assert truncated("The council met again on Monday [\u2026]")
    assert truncated("The council met again on Monday. Read more \u00bb")
    assert truncated("Ferries resume on Thursday \u2013 CONTINUE READING!!! --- ")
    assert truncated("Die F\u00e4hren fahren wieder. Weiterlesen")
    assert not truncated("Read more about the strike in our special report.")
    assert not truncated("She said she wanted to spread more cheer")  # not a word of its own
    assert not truncated("Ferries will resume a reduced timetable on Thursday.")
    assert not truncated("")


def test_the_script_most_letters_are_in() -> None:
    assert script_of("The \u201cferry\u201d strike \u2014 day 21\u2026") == "latin"
    assert script_of("Caf\u00e9 owners in Mal\u00e9") == "latin"
    assert script_of("\u041f\u0430\u0440\u043e\u043c \u0441\u043d\u043e\u0432\u0430 ok") == (
        "cyrillic"
    )
    assert script_of(
        "\u03a4\u03bf \u03c0\u03bb\u03bf\u03af\u03bf \u03ad\u03c6\u03c5\u03b3\u03b5"
    ) == ("greek")
    assert script_of("2024 \u2014 12:30 !!") is None


def test_a_page_in_capitals_is_shouting() -> None:
    assert shouting(
        [_Line("FERRY STRIKE ENDS \u2014 \u201cWE GOT ENOUGH\u201d"), _Line("Union says")]
    )
    assert not shouting(
        [_Line("Ferry strike ends"), _Line("UNION \u2014 \u201cwe got enough\u201d")]
    )
    assert not shouting([_Line("\u2014 2024 \u2014")])
    # Capitals that are not letters (circled, Roman numerals) do not count as shouting.
    assert not shouting([_Line("\u24b6\u24b7\u24b8\u216b ferry news today")])
