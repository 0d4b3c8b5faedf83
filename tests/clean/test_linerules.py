"""Line rules: a line judged by its own words, as page furniture or as possible article text."""

from __future__ import annotations

import pytest

from storyline.clean import lines as kinds
from storyline.clean.linerules import RELATED, line_reason


@pytest.mark.parametrize(
    "line,reason",
    [
        # breadcrumbs: short segments joined by arrows, or by bars with a menu word
        ("Home > Regions > Valmora", kinds.NAVIGATION),
        ("Startseite » Politik » Inland", kinds.NAVIGATION),
        ("Home | About | Contact us", kinds.NAVIGATION),
        # a reader's comment signature
        ("Orla T. says: thanks for covering the quarry story", kinds.COMMENTS),
        ("Join the conversation", kinds.COMMENTS),
        # two log-in cues in a slightly longer line
        ("Enter your username and password to continue", kinds.LOGIN),
        ("Loading...", kinds.CHROME),
        ("Updated 5 hours ago", kinds.CHROME),
        ("Sponsored content", kinds.AD),
        ("Share | Tweet | Email", kinds.SHARE),
        ("Facebook · Twitter · WhatsApp", kinds.SHARE),
        ("Filed under: quarries, Valmora", kinds.TAGS),
        ("Trending now: Valmora quarry floods again", kinds.TEASER),
        ("Lesen Sie auch", kinds.TEASER),
        ("We use cookies. Read our Privacy Policy and Terms of Use.", kinds.NEWSLETTER),
        ("© 2031 Valmora Courier", kinds.COPYRIGHT),
        ("Image credit: Teodor Lask", kinds.PHOTO_CREDIT),
        ("A digger at the quarry gate. REUTERS/Teodor Lask", kinds.CAPTION),
        ("Previous article", kinds.NAVIGATION),
    ],
)
def test_furniture_lines_get_their_reason(line: str, reason: str) -> None:
    assert line_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        # a flattened table row: bars but no menu word, and digits
        "Rank | Town | Score",
        "Valmora | 1 | 88",
        # sentences that happen to use furniture words
        "She says: “The quarry will not reopen this year.”",
        "The council will register the complaint and reply within ten days.",
        "The Reuters/Ipsos poll found most residents opposed the quarry.",
        "Residents shared photos of the flooded pit on social media, the mayor said.",
        "Three comments from the inspector were left out of the final report.",
        "",
    ],
)
def test_article_text_is_not_furniture(line: str) -> None:
    assert line_reason(line) == ""


def test_a_long_sentence_mentioning_a_privacy_policy_once_is_text() -> None:
    line = (
        "The quarry firm changed its privacy policy after residents asked how the cameras "
        "around the pit stored footage of people walking their dogs along the fence."
    )
    assert line_reason(line) == ""


def test_related_keeps_what_follows_the_label() -> None:
    match = RELATED.match("Related: Quarry owner fined for flooding")
    assert match is not None
    assert "Quarry owner fined" in match.group("rest")
    assert RELATED.match("Related talks will start soon, the council said.") is None


def test_a_sentence_opening_with_the_word_copyright_is_text() -> None:
    line = "Copyright lawyers for the quarry owner declined to comment on the ruling."
    assert line_reason(line) == ""


def test_copyright_notices_are_still_notices() -> None:
    for line in (
        "Copyright 2024 Harbour Media Ltd.",
        "Copyright © The Tessaly Herald",
        "COPYRIGHT",
        "Copyright: Harbour Media",
        "Copyright by Harbour Media. All rights reserved.",
    ):
        assert line_reason(line) != "", line
