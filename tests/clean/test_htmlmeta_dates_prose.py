"""Publication dates: a date told inside the story's first sentences is not its date line, and a
declared publication date printed after an "Updated" label is the date of a change."""

from __future__ import annotations

import pytest

from storyline.clean.html import parse_html
from storyline.clean.htmlmeta import page_meta, published_candidates
from storyline.clean.htmlmeta.dates import WRITTEN_DATES
from storyline.clean.htmlmeta.labels import in_prose

FILLER = "".join(
    f"<p>{text}</p>"
    for text in (
        "Engineers from three countries will train there, the operator said.",
        "The tunnels run for four kilometres under the old quarry of Valdor.",
        " ".join(["Visitors are shown the ventilation shafts and the rescue chambers."] * 8),
    )
)


def article(lead: str, url: str | None = None, head: str = "") -> tuple[str, str | None]:
    html = (
        f"<html><head><meta charset='utf-8'><title>Training centre opens</title>{head}</head>"
        f"<body><article><h1>Training centre opens in Valdor</h1><p>{lead}</p>{FILLER}"
        "</article></body></html>"
    )
    return html, url


def published(html: str, url: str | None) -> str | None:
    tree = parse_html(html)
    assert tree is not None
    return page_meta(tree, url, use_htmldate=False).published


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("the centre was opened on 18 October 2021 at the quarry", True),
        ("findet am 5. Februar 2020 in der Halle statt", True),
        ("Mara Quist 21 Jan 2020 Can you spot the tunnel", False),
        ("Posted on March 3, 2021 by mquist", False),
        ("von Mara Quist am 16.08.2019 um 10:00 Uhr", False),
        # A weekday belongs to its date: the word before the weekday says "sentence".
        ("the two were arrested on Friday 14th June 2019, as part of a raid", True),
        ("findet am Freitag, 5. Februar 2020 in der Halle statt", True),
        ("Mara Quist Friday 21 Jan 2020 Can you spot the tunnel", False),
    ],
)
def test_a_date_between_lower_case_words_is_in_prose(text: str, prose: bool) -> None:
    match = WRITTEN_DATES.search(text)
    assert match is not None
    assert in_prose(text, match.start(), match.end()) is prose


def test_a_date_the_lead_sentence_tells_does_not_beat_the_url_date() -> None:
    lead = "Guests watched as the centre was opened on 18 October 2021 at the old quarry."
    html, url = article(lead, "https://news.example.org/2021/10/20/centre-opens/")
    assert published(html, url) == "2021-10-20"


def test_a_date_line_under_the_headline_still_counts() -> None:
    html, url = article("Mara Quist 20 Oct 2021 Guests watched the opening at the old quarry.")
    tree = parse_html(html)
    assert tree is not None
    features = {c.day: c.features for c in published_candidates(tree, url)}
    assert "head_nearest" in features["2021-10-20"]
    assert published(html, url) == "2021-10-20"


def test_a_declared_date_printed_as_updated_yields_to_the_printed_publication_date() -> None:
    head = "<meta property='article:published_time' content='2021-10-22T09:00:00'>"
    lead = "Published: 20.10.2021 Guests watched the opening at the old quarry."
    footer = "Updated: 22.10.2021"
    html, url = article(lead, None, head)
    html = html.replace("</article>", f"<p>{footer}</p></article>")
    tree = parse_html(html)
    assert tree is not None
    features = {c.day: c.features for c in published_candidates(tree, url)}
    assert features["2021-10-22"]["declared_updated_label"] == 1.0
    assert published(html, url) == "2021-10-20"


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("Die Gruppe reist am 23.-26.8.2017 hin", True),
        ("The fair runs from 3 to 5 March 2021", True),
        ("Stand: 14:30 – 5. März 2020 Berlin", False),
    ],
)
def test_the_last_day_of_a_span_of_days_dates_an_event(text: str, prose: bool) -> None:
    match = list(WRITTEN_DATES.finditer(text))[-1]
    assert in_prose(text, match.start(), match.end()) is prose
