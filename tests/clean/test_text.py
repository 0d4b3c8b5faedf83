"""The line cleaner on invented pages and lines."""

from __future__ import annotations

import pytest

from storyline.clean import text as t
from storyline.clean.text import clean_text, line_reason
from tests.clean.invented_page import ARTICLE_STARTS, PAGE


def _kept(text: str) -> list[str]:
    return [ln.text for ln in clean_text(text).lines if ln.kept]


def test_invented_page_keeps_article_and_drops_furniture() -> None:
    cleaned = clean_text(PAGE)
    kept = [ln.text for ln in cleaned.lines if ln.kept]
    assert len(kept) == len(ARTICLE_STARTS)
    for line, start in zip(kept, ARTICLE_STARTS, strict=True):
        assert line.startswith(start)
    reasons = {ln.text[:12]: ln.reason for ln in cleaned.lines if not ln.kept}
    assert reasons["Sign in | Cr"] == t.LOGIN
    assert reasons["Home > World"] == t.NAVIGATION
    assert reasons["The Harbour "] == t.BEFORE_TITLE
    assert reasons["Wednesday, 5"] == t.DATE_LINE
    assert reasons["Ferry operat"] == t.TITLE
    assert reasons["By Mara Quis"] == t.BYLINE
    assert reasons["Passengers q"] == t.CAPTION
    assert reasons["Harbour Gaze"] == t.PHOTO_CREDIT
    assert reasons["Get the Harb"] == t.NEWSLETTER
    assert reasons["Related"] == t.TEASER
    assert reasons["Island shops"] == t.TEASER
    assert reasons["Shopkeepers "] == t.BLURB
    assert reasons["Advertisemen"] == t.AD
    assert reasons["Share on Fac"] == t.SHARE
    assert reasons["Tags: ferry,"] == t.TAGS
    assert reasons["12 comments"] == t.COMMENTS
    assert cleaned.title == "Ferry operators agree to end three-week strike at Port Alden"


@pytest.mark.parametrize(
    "line,reason",
    [
        ("Forgot your password?", t.LOGIN),
        ("Username", t.LOGIN),
        ("You are here: Home / News", t.NAVIGATION),
        ("Skip to main content", t.NAVIGATION),
        ("Menu", t.CHROME),
        ("No comments:", t.COMMENTS),
        ("Post a Comment", t.COMMENTS),
        ("Comments (3)", t.COMMENTS),
        ("Subscribe to our newsletter", t.NEWSLETTER),
        (
            "By clicking Sign up, you accept the Terms & Conditions and Privacy Policy.",
            t.NEWSLETTER,
        ),
        ("Sign up for our daily briefing", t.NEWSLETTER),
        ("Read more: Ten things to do in Alden this summer", t.TEASER),
        ("You may also like", t.TEASER),
        ("Most read", t.TEASER),
        ("Keywords: ferry; strike", t.TAGS),
        ("Photo: Lena Ott / Harbour Gazette", t.PHOTO_CREDIT),
        (
            "Boats wait in the harbour in this handout picture released by the port authority.",
            t.CAPTION,
        ),
        ("Copyright 2024 Harbour Media. All rights reserved.", t.COPYRIGHT),
        ("Follow us on Instagram", t.SHARE),
        ("ADVERTISEMENT", t.AD),
        ("Published: 2024-06-05 14:20", t.DATE_LINE),
        ("By Ines Varga", t.BYLINE),
        ("— AFP", t.WIRE_CREDIT),
    ],
)
def test_boilerplate_lines(line: str, reason: str) -> None:
    assert line_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The union said it would sign up new members before the vote.",
        "By the time the ferries stopped, the island had run short of fuel.",
        "Varga said the deal was posted on the union's website on Tuesday.",
        "Comments by the minister angered the union, Varga said.",
        "No comment, the minister said.",
        'He says: "I wonder why it took so long."',
        "Related talks on pensions will start in the autumn, the ministry said.",
        "The port's privacy policy was not part of the dispute.",
        "Security on the island",
        "“No easy answers”",
        "Yonhap News reported that talks would resume.",
        "On June 4, 2024, the strike entered its third week.",
    ],
)
def test_article_lines_are_kept(line: str) -> None:
    assert line_reason(line) == ""


def test_subheadings_and_takeaways_survive() -> None:
    text = (
        "The strike shows how fragile the island's links to the mainland are.\n"
        "A wage deal of 6 percent may set the pattern for other transport unions.\n"
        "Ferry strike ends after three weeks at Port Alden\n"
        "Ferry operators and the union agreed on Tuesday to end the strike, the ministry said.\n"
        "Pensions next\n"
        "Talks on pensions will continue in the autumn, the ministry added on Tuesday.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.title == "Ferry strike ends after three weeks at Port Alden"
    assert [ln.text[:14] for ln in cleaned.lines if ln.kept] == [
        "The strike sho",
        "A wage deal of",
        "Ferry operator",
        "Pensions next",
        "Talks on pensi",
    ]


def test_known_title_and_its_copy_are_removed() -> None:
    text = "Ferry strike ends\nFerry strike ends\nThe union agreed to end the strike on Tuesday."
    cleaned = clean_text(text, title="Ferry strike ends")
    assert [ln.reason for ln in cleaned.lines] == [t.TITLE, t.REPEATED_TITLE, ""]


def test_teaser_label_does_not_eat_the_next_paragraph() -> None:
    text = (
        "Ferry strike ends at Port Alden\n"
        "The union agreed to end the strike on Tuesday, the ministry said.\n"
        "Also read: Ten summer walks on Alden\n"
        "Varga said the union would consult its members over the weekend.\n"
    )
    kept = _kept(text)
    assert kept[-1].startswith("Varga said") and len(kept) == 2


def test_foreign_script_chrome_only_around_the_article() -> None:
    text = (
        "热门推荐\n"
        "Ferry strike ends at Port Alden\n"
        "The union agreed to end the strike on Tuesday, the ministry said.\n"
        "The port's name, 阿尔登港, appears on the new timetable, officials said today.\n"
        "新闻中心\n"
    )
    kept = _kept(text)
    assert len(kept) == 2 and "阿尔登港" in kept[1]


def test_hard_wrapped_text_is_joined_into_paragraphs() -> None:
    para = (
        "Ferry operators and the seafarers' union agreed on Tuesday to end a strike that "
        "had cut the island off from the mainland for three weeks, the ministry said in a "
        "statement issued late in the evening."
    )
    import textwrap

    text = (
        "Ferry strike ends at Port Alden\n\n"
        + textwrap.fill(para, 72)
        + "\n\n"
        + textwrap.fill(para.replace("Tuesday", "Monday"), 72)
        + "\n"
    )
    cleaned = clean_text(text)
    assert cleaned.title == "Ferry strike ends at Port Alden"
    assert [ln.text for ln in cleaned.lines if ln.kept] == [para, para.replace("Tuesday", "Monday")]


def test_menus_go_but_an_articles_own_list_stays() -> None:
    menu = "\n".join(["World", "Business", "Markets", "Opinion", "Sport", "Culture"])
    para = "The ferry operators and the union agreed on Tuesday to end the strike, {} said."
    article_list = "\n".join(
        ["Higher wages", "Shorter shifts", "Two new ferries", "A pension fund"]
    )
    text = (
        f"{menu}\nFerry strike ends at Port Alden\n{para.format('the ministry')}\n"
        f"The deal covers:\n{article_list}\n{para.format('the union')}\n{menu}\n"
    )
    cleaned = clean_text(text)
    kept = [ln.text for ln in cleaned.lines if ln.kept]
    assert kept[0].startswith("The ferry operators") and kept[-1].endswith("the union said.")
    assert "Two new ferries" in kept and "Markets" not in kept
    assert {ln.reason for ln in cleaned.lines if ln.text == "Markets"} == {t.LINK_LIST}
    # Text an HTML extractor already cut keeps its short-line runs: they are its own lists.
    assert "Markets" in clean_text(text, extracted=True).text


def test_a_share_bar_between_paragraphs_does_not_end_the_article() -> None:
    page = (
        "Storm surge floods the harbour at Keldby\n\n"
        "Sea walls failed at Keldby harbour on Monday, flooding the fish market and forcing "
        "dozens of boats to shore, the port authority said.\n\n"
        "Share this article Facebook Twitter Email Copy link\n\n"
        "The authority expects the tide to peak again on Tuesday night.\n\n"
        "Copyright 2026 Keldby Post. All rights reserved.\n\n"
        "Ferry timetable changes announced"
    )
    kept = _kept(page)
    assert any(line.startswith("The authority expects") for line in kept)
    assert not any("Copyright" in line or "Ferry timetable" in line for line in kept)


def test_a_share_bar_followed_only_by_headlines_ends_the_article() -> None:
    page = (
        "Storm surge floods the harbour at Keldby\n\n"
        "Sea walls failed at Keldby harbour on Monday, flooding the fish market and forcing "
        "dozens of boats to shore, the port authority said.\n\n"
        "Harbour master Ola Brekke said repairs would take weeks and cost millions.\n\n"
        "Share this article Facebook Twitter Email Copy link\n\n"
        "Ferry timetable changes announced for the winter"
    )
    kept = _kept(page)
    assert kept[-1].startswith("Harbour master Ola Brekke")
