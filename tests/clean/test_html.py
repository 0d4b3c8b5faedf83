"""HTML -> article text and metadata, on small pages written for these tests."""

from __future__ import annotations

import json

import pytest

from storyline.clean.html import extract_html
from storyline.errors import InputError
from tests.clean.html_pages import PARAS, page, small_page


def test_paragraphs_kept_and_separated_by_blank_lines() -> None:
    got = extract_html(page())
    paragraphs = got.text.split("\n\n")
    for para in PARAS:
        assert para in paragraphs
    assert got.language == "en"
    assert got.removed_chars > 0


def test_navigation_footer_and_comments_dropped() -> None:
    text = extract_html(page()).text
    assert "Sport and leisure pages" not in text
    assert "All rights reserved" not in text
    assert "mark my words" not in text
    assert "Privacy policy" not in text


def test_share_and_newsletter_lines_dropped() -> None:
    end = (
        "<p>Sign up for our free morning newsletter to get the news in your inbox.</p>"
        "<p>Share this article</p>"
    )
    text = extract_html(page(body_end=end)).text
    assert "newsletter" not in text
    assert "Share this" not in text
    assert PARAS[-1] in text


def test_line_filter_drops_leftover_boilerplate() -> None:
    from storyline.clean.html import filter_lines

    related = "Dam inspectors warn of ageing concrete across the region"
    lines = [
        "Spillway gates opened as reservoir rises",
        PARAS[0],
        "Get the latest updates right in your inbox. Subscribe to our newsletters.",
        PARAS[1],
        "Like this story? Share it with a friend!",
        "Updated at 1:23 p.m.",
        related,
    ]
    kept = filter_lines(lines, "Spillway gates opened as reservoir rises", {related.lower()})
    assert kept == [PARAS[0], PARAS[1]]


def test_headline_not_repeated_in_body() -> None:
    text = extract_html(page()).text
    assert not text.startswith("Spillway gates opened")


def test_jsonld_date_and_authors() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Spillway gates opened as reservoir rises",
        "datePublished": "2024-03-05T07:30:00+01:00",
        "author": [
            {"@type": "Person", "name": "Mara Quell"},
            {"@type": "Person", "name": "Tobias Wren"},
        ],
        "publisher": {"@type": "Organization", "name": "Valley Courier"},
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    got = extract_html(page(head=head), url="https://valleycourier.example/news/spillway")
    assert got.published and got.published.startswith("2024-03-05")
    assert got.published_source == "jsonld"
    assert got.authors == ["Mara Quell", "Tobias Wren"]
    assert got.outlet == "Valley Courier"


def test_meta_date_author_and_title_without_site_suffix() -> None:
    head = (
        '<meta property="article:published_time" content="2024-02-11T09:00:00Z">'
        '<meta name="author" content="By Ines Harrow">'
        '<meta property="og:site_name" content="Valley Courier">'
        '<meta property="og:title" content="Spillway gates opened as reservoir rises | '
        'Valley Courier"><title>Spillway gates opened as reservoir rises - Valley Courier'
        "</title>"
    )
    got = extract_html(page(head=head))
    assert got.published == "2024-02-11T09:00:00Z"
    assert got.published_source == "meta"
    assert got.authors == ["Ines Harrow"]
    assert got.title == "Spillway gates opened as reservoir rises"


def test_title_suffix_stripped_when_no_h1() -> None:
    html = page(
        head="<title>Valley floods explained | Valley Courier</title>"
        '<meta property="og:site_name" content="Valley Courier">'
    )
    html = html.replace("<h1>Spillway gates opened as reservoir rises</h1>", "")
    assert extract_html(html).title == "Valley floods explained"


def test_date_from_url_when_page_has_none() -> None:
    got = extract_html(page(), url="https://valleycourier.example/2023/11/07/spillway/")
    assert got.published == "2023-11-07"
    assert got.published_source == "url"


def test_printed_publication_date_wins_over_stale_metadata() -> None:
    head = '<meta property="article:published_time" content="2019-01-01T00:00:00Z">'
    top = "<p class='byline'>By Ines Harrow. Published March 9, 2024</p>"
    got = extract_html(page(head=head, body_top=top))
    assert got.published == "2024-03-09"
    assert got.published_source == "date-line"


def test_byline_author_without_metadata() -> None:
    top = '<div class="byline">By <a rel="author" href="/staff/ines">Ines Harrow</a></div>'
    assert extract_html(page(body_top=top)).authors == ["Ines Harrow"]


def test_printed_byline_when_nothing_else_names_the_author() -> None:
    top = "<p>Written by: Ines Harrow Senior Editor</p>"
    assert extract_html(page(body_top=top)).authors == ["Ines Harrow"]


def test_malformed_html_still_extracted() -> None:
    broken = (
        "<html><body><div class='story'><p>"
        + PARAS[0]
        + "<p>"
        + PARAS[1]
        + "<div><p>"
        + PARAS[2]
        + "</span></td><p>"
        + PARAS[3]
    )
    text = extract_html(broken).text
    assert "spillway gates" in text and "maize" in text


def test_bare_fragment_is_extracted() -> None:
    text = extract_html("<p>" + PARAS[0] + "</p>").text
    assert text == PARAS[0]


def test_empty_or_markup_free_input_is_an_input_error() -> None:
    with pytest.raises(InputError, match="empty"):
        extract_html("   ", url="https://valleycourier.example/x")
    with pytest.raises(InputError, match="no HTML markup"):
        extract_html("just a line of plain text", url="notes.txt")


def test_title_apostrophes_straightened() -> None:
    html = small_page("", "<h1>Valley’s spillway gates opened</h1>")
    assert extract_html(html).title == "Valley's spillway gates opened"


@pytest.mark.parametrize(
    "top",
    [
        "<h1>LATEST NEWS FROM THE VALLEY</h1>",  # a shouted section label
        "<h1>The Blog</h1><h1>Weather desk</h1>",  # several h1s, none the headline
        "<h1>A Valley Resident? Guide to Floods</h1>",  # "'s" lost to the wrong encoding
    ],
)
def test_declared_title_beats_an_h1_that_is_no_headline(top: str) -> None:
    html = small_page(
        '<meta property="og:title" content="A Valley Resident\'s Guide to Floods">', top
    )
    assert extract_html(html).title == "A Valley Resident's Guide to Floods"


def test_ambiguous_numeric_date_read_as_the_declared_day() -> None:
    ld = json.dumps(
        {
            "@type": "NewsArticle",
            "datePublished": "2025-08-01T10:00:00Z",
            "dateModified": "2025-08-27T10:00:00Z",
        }
    )
    html = small_page(
        f'<script type="application/ld+json">{ld}</script>',
        "<h1>Spillway gates opened as reservoir rises</h1><p>8/1/2025 8/27/2025</p>",
    )
    assert extract_html(html).published[:10] == "2025-08-01"


def test_title_line_break_read_as_space() -> None:
    html = small_page("", "<h1>Spillway gates opened<br>What residents should know</h1>")
    assert extract_html(html).title == "Spillway gates opened What residents should know"


def test_declared_publication_date_beats_a_modified_one_nobody_prints() -> None:
    ld = json.dumps(
        {
            "@type": "NewsArticle",
            "datePublished": "2024-05-02T08:00:00Z",
            "dateModified": "2025-01-20T08:00:00Z",
        }
    )
    got = extract_html(
        small_page(
            f'<script type="application/ld+json">{ld}</script>',
            "<h1>Spillway gates opened as reservoir rises</h1>",
        )
    )
    assert got.published[:10] == "2024-05-02"
    assert got.published_source == "jsonld"


def test_labelled_month_read_and_site_stamp_ignored() -> None:
    top = "<h1>Spillway gates opened as reservoir rises</h1>"
    end = "<aside><p>Site Last Updated: December 20, 2025</p></aside><p>Last Updated: June 2022</p>"
    html = small_page("", top).replace("</article>", end + "</article>")
    got = extract_html(html)
    assert got.published == "2022-06-01"
    assert got.published_source == "date-line"


def test_h1_that_uses_the_site_word_is_still_the_headline() -> None:
    html = small_page(
        '<meta property="og:title" content="Certifications to Boost a Career">',
        "<h1>Best Business Certification Programs for Career Advancement</h1>",
    )
    got = extract_html(html, url="https://www.business.example/certifications/")
    assert got.title == "Best Business Certification Programs for Career Advancement"


def test_headline_with_tagline_is_not_repeated_in_body() -> None:
    from storyline.clean.html import filter_lines

    lines = ["Best Movers in NYC 2025 | Top 19 Companies", "Moving in the city is hard."]
    assert filter_lines(lines, "Best Movers in NYC 2025", set()) == [lines[1]]


def test_headline_set_in_blocks_is_not_repeated_in_body() -> None:
    from storyline.clean.html import filter_lines

    # The extractor runs a headline's two <div> lines together.
    lines = ["Keepers Relightthe Old Harbour Lamp", "The lamp room was rebuilt by hand."]
    assert filter_lines(lines, "Keepers Relight the Old Harbour Lamp", set()) == [lines[1]]


# ---------------------------------------------------------------- authors


def test_printed_byline_beats_a_cms_handle_in_the_meta_tags() -> None:
    head = '<meta name="author" content="ines_h2">'
    assert extract_html(page(head=head, body_top="<p>By Ines Harrow</p>")).authors == [
        "Ines Harrow"
    ]


def test_job_titles_in_a_byline_box_are_not_co_authors() -> None:
    top = (
        '<div class="post-author-box"><span>Ines Harrow</span><span>Senior Editor</span>'
        "<span>March 9, 2024</span></div>"
    )
    assert extract_html(page(body_top=top)).authors == ["Ines Harrow"]


def test_lower_case_by_counts_only_as_a_byline_not_in_prose() -> None:
    dated = "<p>03/09/2024 by Ines Harrow, River Desk</p>"
    assert extract_html(page(body_top=dated)).authors == ["Ines Harrow"]
    prose = "<p>The council is cutting costs by Moving More Work In-House this year.</p>"
    assert extract_html(page(body_top=prose)).authors == []
