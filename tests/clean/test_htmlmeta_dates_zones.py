"""A page's publication day in its own time: a stamp with a UTC offset keeps the day it was
written on where the site is (the day the site prints), not the UTC day; and a date printed
only beside the author's name counts as printed evidence like any other date line; epoch
seconds are a moment in UTC, which the site's own day absorbs as it does a "Z" stamp."""

from __future__ import annotations

import json

import pytest

from storyline.clean.html import extract_html, parse_html
from storyline.clean.htmlmeta import published_candidates
from tests.clean.ferry_page import BODY, URL


def page(head: str = "", tail: str = "") -> str:
    return (
        "<html lang='en'><head><meta charset='utf-8'><title>Ferry sails again</title>"
        f"{head}</head><body><article><h1>The ferry to Orsa sails again</h1>{BODY}"
        f"{tail}</article></body></html>"
    )


def ld(**fields: str) -> str:
    record = {"@type": "NewsArticle", "headline": "The ferry to Orsa sails again", **fields}
    return f'<script type="application/ld+json">{json.dumps(record)}</script>'


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("2020-08-15T20:53:24-04:00", "2020-08-15"),  # past midnight in UTC, evening there
        ("2020-11-24T00:15:33+04:00", "2020-11-24"),  # still the day before in UTC
        ("2020-11-24T00:15:33+0400", "2020-11-24"),
    ],
)
def test_a_stamp_with_an_offset_keeps_the_sites_own_day(stamp: str, day: str) -> None:
    got = extract_html(page(head=ld(datePublished=stamp)), URL)
    assert got.published is not None and got.published[:10] == day


def test_the_sites_own_day_matches_the_date_it_prints() -> None:
    # The page prints the evening's date; its stamp says the same moment with its offset.
    head = ld(datePublished="2023-11-08T21:15:15-06:00")
    tail = "<p>November 8, 2023 at 9:15 pm</p>"
    got = extract_html(page(head=head, tail=tail), URL)
    assert got.published is not None and got.published[:10] == "2023-11-08"


def test_a_date_printed_only_beside_the_byline_is_printed_evidence() -> None:
    # The byline sits after a long story, far below the headline's date-line window.
    filler = "<p>" + "The harbour master counted the boats again that evening. " * 20 + "</p>"
    head = "<meta name='author' content='Mara Quist'>"
    tree = parse_html(page(head=head, tail=f"{filler}<p>By Mara Quist | 2 May 2021</p>"))
    assert tree is not None
    cands = {c.day: c for c in published_candidates(tree, None)}
    assert cands["2021-05-02"].features.get("byline")
    assert cands["2021-05-02"].features.get("printed")
    assert cands["2021-05-02"].features.get("kinds", 0.0) > 0


def test_epoch_seconds_are_a_moment_in_utc() -> None:
    from storyline.clean.htmlmeta import iso_date

    assert iso_date("1600633920") == "2020-09-20T20:32:00+00:00"
    assert iso_date("1600633920123") == "2020-09-20T20:32:00+00:00"


def test_epoch_seconds_past_midnight_utc_yield_to_the_sites_own_day() -> None:
    # 02:18 UTC on the 18th, given as epoch seconds, is the evening of the 17th in the
    # Americas, and the URL says that day.
    url = "https://harbour.example/2020/02/17/ferry-sails-again/"
    tree = parse_html(page(head=ld(datePublished="1581992291")))
    assert tree is not None
    days = {c.day for c in published_candidates(tree, url)}
    assert "2020-02-17" in days and "2020-02-18" not in days


def test_a_utc_stamp_joins_its_local_moment_when_its_day_keeps_a_later_update() -> None:
    # Published at 23:30 local (05:30 UTC the next day), updated at 00:21 local the next day:
    # the UTC publication stamp is the evening's moment, though the 9th keeps the update.
    head = ld(datePublished="2023-11-09T05:30:59Z") + (
        "<meta property='article:published_time' content='2023-11-09T05:30:59+00:00'>"
    )
    tail = (
        "<p>Published: <time datetime='2023-11-08 23:30:59'>November 8, 2023</time> | "
        "Updated: <time class='updated' datetime='2023-11-09 00:21:49'>November 9, 2023</time></p>"
    )
    tree = parse_html(page(head=head, tail=tail))
    assert tree is not None
    cands = {c.day: c for c in published_candidates(tree, None)}
    evening = cands["2023-11-08"].features
    assert evening.get("ld_pub") and evening.get("meta_pub")
    assert not cands["2023-11-09"].features.get("ld_pub")
    published = extract_html(page(head=head, tail=tail), URL).published
    assert published is not None and published[:10] == "2023-11-08"


def test_a_utc_stamp_past_midnight_yields_to_a_day_declared_without_a_time() -> None:
    # 00:23 UTC on the 25th is the evening of the 24th in the Americas; the site's own
    # script declares the 24th as a bare day, cut where the site is.
    head = ld(datePublished="2020-08-25T00:23:33Z", dateModified="2020-08-25T00:23:33Z")
    head += '<script>var page = {"publication_date": "2020-08-24"};</script>'
    tree = parse_html(page(head=head))
    assert tree is not None
    cands = {c.day: c for c in published_candidates(tree, None)}
    assert "2020-08-25" not in cands
    assert cands["2020-08-24"].features.get("ld_pub")
    published = extract_html(page(head=head), None).published
    assert published is not None and published[:10] == "2020-08-24"


def test_a_utc_stamp_at_noon_keeps_its_day_beside_a_bare_day() -> None:
    # 13:00 UTC is the same day almost everywhere: a bare day before it is another day.
    head = ld(datePublished="2020-08-25T13:00:00Z")
    head += '<script>var page = {"publication_date": "2020-08-24"};</script>'
    tree = parse_html(page(head=head))
    assert tree is not None
    days = {c.day for c in published_candidates(tree, None)}
    assert {"2020-08-24", "2020-08-25"} <= days


def test_htmldates_vote_for_a_utc_day_follows_the_stamp_to_the_sites_day() -> None:
    # htmldate reads the same UTC stamp and names the 25th; the stamp's evidence went to the
    # 24th, and so does the vote (a photo's <time> makes a choice for htmldate to weigh in on).
    head = ld(datePublished="2020-08-25T00:23:33Z")
    head += '<script>var page = {"publication_date": "2020-08-24"};</script>'
    tail = "<figure><time datetime='2020-08-20'>20 August</time></figure>"
    tree = parse_html(page(head=head, tail=tail))
    assert tree is not None
    cands = {c.day: c for c in published_candidates(tree, None)}
    assert "2020-08-25" not in cands
    assert cands["2020-08-24"].features.get("htmldate")
