"""Publication dates: dates in a reader's comment, a photo's caption or after "Joined" are not
the page's date line; a <time> without a datetime says which date it holds by its markup."""

from __future__ import annotations

import time

import pytest

from storyline.clean.html import parse_html
from storyline.clean.htmlmeta import DateCandidate, page_meta, published_candidates
from storyline.clean.htmlmeta.dates import WRITTEN_DATES
from storyline.clean.htmlmeta.labels import OTHER_BEFORE, in_prose

HEADLINE = "Ferry service resumes on the northern route"
FILLER = "".join(
    f"<p>{text}</p>"
    for text in (
        "The ferry will call at Brannock and Wesselby twice a day, the operator said.",
        " ".join(["Crews spent the winter repairing the landing stages and the ramps."] * 8),
    )
)


def page(top: str, bottom: str = "", url: str | None = None) -> tuple[str, str | None]:
    html = (
        f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body><article>"
        f"<h1>{HEADLINE}</h1>{top}{FILLER}</article>{bottom}</body></html>"
    )
    return html, url


def candidates(html: str, url: str | None) -> dict[str, DateCandidate]:
    tree = parse_html(html)
    assert tree is not None
    return {c.day: c for c in published_candidates(tree, url)}


def published(html: str, url: str | None) -> str | None:
    tree = parse_html(html)
    assert tree is not None
    return page_meta(tree, url, use_htmldate=False).published


def test_a_comments_time_is_no_candidate() -> None:
    comments = (
        "<div id='comments' class='comments-area'><ol class='comment-list'><li class='comment'>"
        "<b>Oskar</b> says: <time datetime='2021-05-09T08:15:00+02:00'>9 May 2021</time>"
        "<p>Good news for the island.</p></li></ol></div>"
    )
    html, url = page("<p>Posted on 2 May 2021</p>", comments)
    cands = candidates(html, url)
    assert "2021-05-09" not in cands or not cands["2021-05-09"].features.get("time_any")
    assert published(html, url) == "2021-05-02"


def test_a_captions_date_below_the_headline_is_not_the_date_line() -> None:
    caption = (
        "<figure><img src='ferry.jpg'><figcaption>The ferry at the Brannock landing stage, "
        "Brannock, 14 March 2021.</figcaption></figure>"
    )
    html, url = page(caption, url="https://news.example.org/2021/05/02/ferry-resumes/")
    cands = candidates(html, url)
    assert not cands["2021-03-14"].features.get("head_nearest")
    assert published(html, url) == "2021-05-02"


def test_a_date_ending_a_file_photo_caption_is_not_the_date_line() -> None:
    top = (
        "<div>FILE PHOTO: Passengers board the ferry at the northern pier in Brannock, "
        "March 14, 2021. Photographer Ana Ruiz</div><p>May 2, 2021</p>"
    )
    html, url = page(top)
    cands = candidates(html, url)
    assert cands["2021-05-02"].features.get("head_nearest")
    assert not cands["2021-03-14"].features.get("head_nearest")


@pytest.mark.parametrize(
    "text",
    ["Oskar Lind Member Joined May 11, 2017 Messages 3", "Mitglied seit 11.05.2017 Beiträge"],
)
def test_a_members_join_date_is_not_a_date_line(text: str) -> None:
    match = WRITTEN_DATES.search(text)
    assert match is not None
    assert in_prose(text, match.start(), match.end())


@pytest.mark.parametrize(
    "text",
    [
        "Spring tastings in Norvik When: 21.02.2020, 19:00 Where: Harbour Hall",
        "Weinprobe in Kellstadt Termin: 21.02.2020, 19 Uhr Ort: Alte Halle",
        "Harbour lecture series Event date: March 4, 2021 Venue: Norvik library",
    ],
)
def test_an_events_labelled_day_is_not_a_date_line(text: str) -> None:
    match = WRITTEN_DATES.search(text)
    assert match is not None
    assert in_prose(text, match.start(), match.end())


def test_when_without_its_colon_is_no_event_label() -> None:
    # "When" opens sentences too ("When 2 May 2021 came, ..."); only the label has a colon.
    assert OTHER_BEFORE.search("Ferry news When: ")
    assert not OTHER_BEFORE.search("Ferry news When ")


def test_an_events_day_below_the_headline_yields_to_the_labelled_publication() -> None:
    top = "<p>When: 21.02.2022, 19:00. Where: Harbour Hall, Brannock.</p>"
    html, url = page(top + "<p>Published: 2 May 2021</p>")
    cands = candidates(html, url)
    assert not cands["2022-02-21"].features.get("head_nearest")
    assert published(html, url) == "2021-05-02"


def test_a_time_without_datetime_is_read_by_its_itemprop() -> None:
    top = (
        "<p><time itemprop='dateModified'>2021-06-20 14:15:57</time> "
        "<time itemprop='datePublished'>2021-05-02 10:20:00</time></p>"
    )
    html, url = page(top)
    cands = candidates(html, url)
    assert cands["2021-06-20"].features.get("time_mod")
    assert cands["2021-05-02"].features.get("time_pub")


def test_markup_labels_a_printed_date_as_a_change_or_the_publication() -> None:
    top = (
        "<p><time class='entry-date published' datetime='2021-05-02T10:20:00+02:00'>"
        "2 May 2021</time> <time class='updated' datetime='2021-06-20T14:15:00+02:00'>"
        "20 June 2021</time></p>"
    )
    html, url = page(top)
    cands = candidates(html, url)
    assert cands["2021-06-20"].features.get("head_updated")
    assert cands["2021-05-02"].features.get("head_published")
    assert (published(html, url) or "")[:10] == "2021-05-02"


def test_a_date_beside_the_authors_name_is_vouched_for_by_the_byline() -> None:
    top = "<p>By Mara Quist | 2 May 2021</p><p>Last changed 20 June 2021</p>"
    head = "<meta name='author' content='Mara Quist'>"
    html = page(top)[0].replace("</head>", f"{head}</head>")
    cands = candidates(html, None)
    assert cands["2021-05-02"].features.get("byline")
    assert not cands["2021-06-20"].features.get("byline")


def test_a_long_nested_comment_thread_is_read_in_one_pass() -> None:
    reply = "<div class='comment'><time datetime='2021-05-09'>9 May 2021</time> Agreed. "
    thread = (
        reply * 150
        + "</div>" * 150
        + "".join(
            f"<li class='comment'><time datetime='2021-05-{n % 20 + 10}'>May</time> Yes.</li>"
            for n in range(2000)
        )
    )
    html, url = page("<p>Posted on 2 May 2021</p>", f"<ol class='comments'>{thread}</ol>")
    started = time.perf_counter()
    assert published(html, url) == "2021-05-02"
    assert time.perf_counter() - started < 5.0


def test_a_bare_date_meta_is_evidence_of_its_own_kind() -> None:
    head = (
        "<meta name='date' content='2021-05-03'>"
        "<meta property='article:published_time' content='2021-05-02T09:00:00+02:00'>"
    )
    html = page("<p>2 May 2021</p>")[0].replace("</head>", f"{head}</head>")
    cands = candidates(html, None)
    assert cands["2021-05-03"].features.get("meta_date")
    assert not cands["2021-05-03"].features.get("meta_pub")
    assert cands["2021-05-02"].features.get("meta_pub")
