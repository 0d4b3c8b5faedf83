"""The line cleaner and the metadata parsers on invented pages and lines."""

from __future__ import annotations

import pytest

from storyline.clean import clean_document, clean_documents, repeated_lines
from storyline.clean import text as t
from storyline.clean.outlets import canonical_outlet, find_masthead, outlet_from_url
from storyline.clean.text import clean_text, line_reason
from storyline.clean.textmeta import (
    find_dates,
    parse_byline,
    parse_date_line,
    parse_dateline,
    parse_wire_credit,
    wire_at_end,
)
from storyline.errors import InputError
from storyline.model import Document, Failure, RawDocument

PAGE = """\
Sign in | Create an account
Home > World > Asia
The Harbour Gazette
Wednesday, 5 June 2024

Ferry operators agree to end three-week strike at Port Alden

By Mara Quist and Tobias Engel, Transport Correspondent
Passengers queue at the closed ferry terminal in this photo taken on Monday.
Harbour Gazette / J. Holm

PORT ALDEN (Reuters) - Ferry operators and the seafarers' union agreed on Tuesday to end a \
three-week strike that had cut the island off from the mainland, the labour ministry said.

The deal raises wages by 6 percent over two years, union leader Ines Varga told reporters.
Get the Harbour Briefing newsletter. By signing up you agree to our Terms of Use.
"We did not get everything, but we got enough," Varga said.

What happens next
Ferries will resume a reduced timetable on Thursday and a full one from next week.

Related
Island shops count the cost of the ferry strike
Shopkeepers on Alden say the strike cost them a month of summer trade and...
Advertisement
The ministry said talks on pensions would continue in the autumn.
Share on Facebook | Share on X | Email
Tags: ferry, strike, Port Alden
12 comments
Leave a reply
ferrywatcher says: about time too
© 2024 The Harbour Gazette. All rights reserved.
"""

ARTICLE_STARTS = (
    "PORT ALDEN (Reuters) - Ferry operators",
    "The deal raises wages",
    '"We did not get',
    "What happens next",
    "Ferries will resume",
    "The ministry said talks",
)


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


def test_document_metadata_from_invented_page() -> None:
    page = PAGE
    doc = clean_document(RawDocument(source="gazette.txt", content=page.encode()))
    assert doc.text.count("\n\n") == len(ARTICLE_STARTS) - 1
    assert doc.published == "2024-06-05" and doc.published_source == "date-line"
    assert doc.authors == ["Mara Quist", "Tobias Engel"]
    assert doc.wire == "Reuters"
    assert doc.outlet == "The Harbour Gazette"
    assert doc.language == "en"
    assert doc.text.startswith("PORT ALDEN (Reuters) - Ferry operators")
    assert len(doc.id) == 16
    assert doc.id == clean_document(RawDocument(source="x", content=page.encode())).id


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


def test_date_parsers() -> None:
    assert parse_date_line("Friday, October 25, 2024").iso == "2024-10-25"
    assert parse_date_line("2024-10-22 00:00:00.0  海峡时报-亚洲  原网页").iso == "2024-10-22"
    assert parse_date_line("12.03.2025 21:15").iso == "2025-03-12T21:15"
    assert parse_date_line("2024年10月22日 10:05").iso == "2024-10-22T10:05"
    assert parse_date_line("Updated Oct. 3, 2024 at 4:30 p.m.").iso == "2024-10-03T16:30"
    assert parse_date_line("October 15, 2024 — troops reach the border near Kursk") is None
    assert parse_date_line("8/1/2015\t+9.3%") is None  # a table row
    assert [d.iso for d in find_dates("from 3 March 2024 to 2024-04-01")] == [
        "2024-03-03",
        "2024-04-01",
    ]


def test_byline_and_wire_parsers() -> None:
    assert parse_byline("By Lena Hovik, Regional Affairs Correspondent").authors == ["Lena Hovik"]
    assert parse_byline("By AFP | March 13, 2025").wire == "AFP"
    assert parse_byline("By signing up, I accept the terms") is None
    assert parse_byline("By Monday, the ferries were running") is None
    assert parse_wire_credit("Agence France-Presse") == "AFP"
    assert parse_wire_credit("(AP)") == "AP"
    assert parse_wire_credit("Additional reporting by Reuters") == "Reuters"
    assert parse_wire_credit("Photo credit: AFP") is None
    assert wire_at_end("the ministry said. - Reuters") == "Reuters"
    assert wire_at_end("officers to Ukraine Yonhap News.") is None  # a mention, not a credit


def test_dateline_parser() -> None:
    assert parse_dateline("SEOUL - As evidence mounts").place == "SEOUL"
    d = parse_dateline("KESSVIK, Norvania (AFP) — Thousands fled")
    assert d.place == "KESSVIK, Norvania" and d.wire == "AFP"
    d = parse_dateline("Seoul, Oct. 22, 2024 (Yonhap) -- South Korea said")
    assert d.wire == "Yonhap" and d.iso == "2024-10-22"
    assert parse_dateline("Kim - who rarely travels - arrived") is None


def test_outlets() -> None:
    assert find_masthead("海峡时报-亚洲") == "The Straits Times"
    assert find_masthead("联合早报 国际") == "Lianhe Zaobao"
    assert find_masthead("朝鲜日报中文网") == "The Chosun Ilbo"
    assert canonical_outlet("Straits Times") == "The Straits Times"
    assert outlet_from_url("https://www.straitstimes.com/asia/x") == "The Straits Times"
    assert outlet_from_url("https://news.example.org/a") == "news.example.org"


def test_hints_win_and_failures_are_reported() -> None:
    text = "Friday, October 25, 2024\nFerry strike ends\nThe union agreed on Tuesday to end it."
    raw = RawDocument(
        source="a.jsonl:1",
        content=b"{}",
        format="jsonl",
        text=text,
        title="Given title",
        published="2024-10-26",
        outlet="Straits Times",
        authors=["A. Writer"],
        url="https://harbour.example/a",
    )
    doc = clean_document(raw)
    assert (doc.title, doc.published, doc.published_source) == (
        "Given title",
        "2024-10-26",
        "input",
    )
    assert doc.outlet == "The Straits Times" and doc.authors == ["A. Writer"]
    feed = raw.model_copy(update={"format": "feed", "published": "Fri, 25 Oct 2024 08:00:00 GMT"})
    assert clean_document(feed).published_source == "feed"
    assert clean_document(feed).published.startswith("2024-10-25T08:00")
    bad = RawDocument(source="menu.txt", content=b"Home | News | Contact\nLog in\n")
    with pytest.raises(InputError, match="menu.txt: no article text"):
        clean_document(bad)
    out = clean_documents([bad, raw])
    assert isinstance(out[0], Failure) and isinstance(out[1], Document)


def test_html_goes_through_extraction_and_line_cleaning() -> None:
    body = " ".join(["The ferry strike at Port Alden ended on Tuesday after three weeks."] * 4)
    html = (
        f"<html><head><title>Ferry strike ends</title></head><body><article>"
        f"<h1>Ferry strike ends</h1><p>{body}</p><p>Sign up for our newsletter</p>"
        f"<p>{body.replace('Tuesday', 'Wednesday')}</p></article></body></html>"
    )
    doc = clean_document(RawDocument(source="p.html", content=html.encode(), format="html"))
    assert "ferry strike at Port Alden ended" in doc.text
    assert "newsletter" not in doc.text


def test_lines_repeated_across_an_outlets_pages() -> None:
    def page(n: int, story: str) -> RawDocument:
        text = (
            f"{story} shakes Port Alden\n"
            f"Officials said on day {n} that the {story.lower()} had cost the island dearly.\n"
            f"Residents described long queues and empty shelves across the town on day {n}.\n"
            "Support the Gazette: become a friend of local news today\n"
        )
        return RawDocument(source=f"{n}.txt", content=text.encode(), outlet="Harbour Gazette")

    docs = clean_documents([page(1, "Ferry strike"), page(2, "Storm damage")])
    for doc in docs:
        assert isinstance(doc, Document)
        assert "Support the Gazette" not in doc.text
        assert t.REPEATED_OUTLET in {r.reason for r in doc.removed}
    # Two versions of one article share their paragraphs: those are not furniture.
    same = [
        clean_text(page(1, "Ferry strike").content.decode()),
        clean_text(page(1, "Ferry strike").content.decode() + "An update.\n"),
    ]
    assert repeated_lines(same) == set()


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
