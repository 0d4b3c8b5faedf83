"""Publication dates as sites write them locally: dotted day-first dates, microdata on any
element, and a moment declared in UTC that falls on the page's previous or next day."""

from __future__ import annotations

import json

import pytest

from storyline.clean.html import extract_html, parse_html
from storyline.clean.htmlmeta import published_candidates
from storyline.clean.htmlmeta.dates import WRITTEN_DATES, printed_days
from tests.clean.ferry_page import BODY, URL


def page(dateline: str = "", head: str = "", h1: str = "The ferry to Orsa sails again") -> str:
    return (
        "<html lang='en'><head><meta charset='utf-8'><title>Ferry sails again</title>"
        f"{head}</head><body><article><h1>{h1}</h1><p>{dateline}</p>{BODY}"
        "</article></body></html>"
    )


def ld(**fields: str) -> str:
    record = {"@type": "NewsArticle", "headline": "The ferry to Orsa sails again", **fields}
    return f'<script type="application/ld+json">{json.dumps(record)}</script>'


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("03.02.2022", "2022-02-03"),  # day first: 3 February
        ("4. 2. 2022", "2022-02-04"),
        ("31.10.23", "2023-10-31"),
        ("(12.11.2021)", "2021-11-12"),
    ],
)
def test_a_dotted_date_under_the_headline_is_read_day_first(dateline: str, day: str) -> None:
    got = extract_html(page(f"Harbour office {dateline}"), URL)
    assert got.published is not None and got.published[:10] == day


def test_a_dotted_date_takes_the_month_first_reading_the_page_declares() -> None:
    # 11.08.2023 is 11 August day first; the page's own markup says 8 November.
    head = '<meta property="article:published_time" content="2023-11-08T09:00:00+00:00">'
    got = extract_html(page("11.08.2023", head), URL)
    assert got.published is not None and got.published[:10] == "2023-11-08"


def test_a_slashed_date_with_two_readings_stays_unread_without_a_declared_one() -> None:
    tree = parse_html(page("Harbour office 03/02/2022"))
    assert tree is not None
    assert not [c for c in published_candidates(tree, URL) if c.source == "date-line"]


def test_version_numbers_are_no_dates() -> None:
    assert not [m[0] for m in WRITTEN_DATES.finditer("release v1.2.10 and 1.2.3.4")]
    assert printed_days("Release 4.2.2022 notes") == {"2022-02-04", "2022-04-02"}


def test_microdata_on_a_paragraph_declares_the_publication_day() -> None:
    marked = f'<p itemprop="datePublished" content="2022-01-14 10:31:00">January 2022</p>{BODY}'
    html = page().replace(BODY, marked)
    tree = parse_html(html)
    assert tree is not None
    cands = {c.day: c for c in published_candidates(tree, URL)}
    assert cands["2022-01-14"].features.get("time_pub") == 1.0
    got = extract_html(html, URL)
    assert got.published is not None and got.published.startswith("2022-01-14")


def test_microdata_text_that_is_no_whole_date_is_ignored() -> None:
    html = page().replace(BODY, f'<span itemprop="datePublished">March 2022</span>{BODY}')
    tree = parse_html(html)
    assert tree is not None
    assert not [c for c in published_candidates(tree, URL) if c.day.startswith("2022-03")]


def test_microdata_text_that_is_a_whole_date_is_read() -> None:
    html = page().replace(BODY, f'<span itemprop="datePublished">14.01.2022</span>{BODY}')
    tree = parse_html(html)
    assert tree is not None
    cands = {c.day: c for c in published_candidates(tree, URL)}
    assert cands["2022-01-14"].features.get("time_pub") == 1.0


def test_one_moment_in_utc_and_in_local_time_is_the_local_day() -> None:
    # 01:09 UTC on the 9th is 18:09 on the 8th where the site is; it says both.
    head = ld(datePublished="2023-11-09T01:09:55Z") + (
        '<meta property="article:published_time" content="2023-11-08T18:09:55">'
    )
    tree = parse_html(page(head=head))
    assert tree is not None
    days = {c.day: c for c in published_candidates(tree, URL)}
    assert "2023-11-09" not in days
    assert days["2023-11-08"].features.get("ld_pub") == 1.0
    assert extract_html(page(head=head), URL).published.startswith("2023-11-08")  # type: ignore[union-attr]


def test_a_utc_stamp_yields_to_the_day_before_in_the_url() -> None:
    # 02:18 UTC is the evening before in the Americas, and the URL says that day.
    url = "https://harbour.example/2020/02/17/ferry-sails-again/"
    tree = parse_html(page(head=ld(datePublished="2020-02-18T02:18:11Z")))
    assert tree is not None
    days = {c.day for c in published_candidates(tree, url)}
    assert "2020-02-17" in days and "2020-02-18" not in days


def test_a_utc_stamp_far_from_midnight_keeps_its_day() -> None:
    # 15:00 UTC is the same day in most of the world: the URL's other day does not absorb it.
    url = "https://harbour.example/2020/02/17/ferry-sails-again/"
    tree = parse_html(page(head=ld(datePublished="2020-02-18T15:00:00Z")))
    assert tree is not None
    assert {"2020-02-17", "2020-02-18"} <= {c.day for c in published_candidates(tree, url)}
