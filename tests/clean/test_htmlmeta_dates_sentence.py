"""Publication dates: a date that ends a sentence of the story ("... is 15 April 2025.") or that
a preposition makes a deadline or a start ("Until 25 November 2019 you can sign") is one the
story tells, not the page's date line."""

from __future__ import annotations

import pytest

from storyline.clean.html import parse_html
from storyline.clean.htmlmeta import page_meta, published_candidates
from storyline.clean.htmlmeta.dates import WRITTEN_DATES
from storyline.clean.htmlmeta.labels import in_prose


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("The last day to register for the Orlen fair is 15 April 2025. Late forms", True),
        ("Boats may enter the harbour again from March 3, 2021.", True),
        ("Ferry timetable changes Mara Quist on March 3, 2021. Share this", False),
        ("Ferry timetable Mara Quist 3 March 2021. The harbour", False),
        ("Last updated March 3, 2021. The harbour", False),
        ("the harbour reopened on March 3, 2021 at noon", True),
        ("the petition. Until 25 November 2019 you can still sign it", True),
        ("Wir suchen zum 1. April 2016 (oder früher) eine Leitung", True),
        ("Bis 25. November 2019 könnt ihr unterschreiben", True),
        ("Le musée est fermé jusqu'au 3 mars 2021, puis", True),
        ("Mara Quist 25 November 2019 Until the vote", False),
    ],
)
def test_a_date_that_ends_a_sentence_is_in_prose(text: str, prose: bool) -> None:
    match = WRITTEN_DATES.search(text)
    assert match is not None
    assert in_prose(text, match.start(), match.end()) is prose


PAGE = (
    "<html><head><meta charset='utf-8'><title>Registering for the Orlen fair</title></head>"
    "<body><article><h1>Registering for the Orlen fair</h1>"
    "<p>Stallholders have until the end of winter to send their forms.</p>"
    "<p>The last day to register is 15 April 2025. Forms sent later go to next year's fair.</p>"
    "<p>{footer}</p></article></body></html>"
)


def test_a_deadline_in_the_story_does_not_beat_the_labelled_page_date() -> None:
    tree = parse_html(PAGE.format(footer="Page last modified 17 January 2025"))
    assert tree is not None
    features = {c.day: c.features for c in published_candidates(tree)}
    assert "head_prose" in features["2025-04-15"]
    assert "head_nearest" not in features["2025-04-15"]
    assert page_meta(tree, use_htmldate=False).published == "2025-01-17"


def test_a_date_line_right_after_a_sentence_case_headline_counts() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>Ferry timetable changes</title></head>"
        "<body><article><h1>Ferry timetable changes</h1><p>3 March 2021.</p>"
        "<p>The harbour office said boats would leave every hour from the spring.</p>"
        "</article></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    features = {c.day: c.features for c in published_candidates(tree)}
    assert "head_nearest" in features["2021-03-03"]


def test_a_deadline_under_the_headline_does_not_beat_the_declared_date() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>Sign the Orlen petition</title>"
        "<meta property='article:published_time' content='2019-11-17T21:18:06+01:00'></head>"
        "<body><article><h1>Sign the Orlen petition</h1>"
        "<p>The ferry petition needs more names. Until 25 November 2019 you can still sign it."
        "</p><p>The harbour office will count the names in December.</p>"
        "</article></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    features = {c.day: c.features for c in published_candidates(tree)}
    assert "head_lead" not in features["2019-11-25"]
    assert (page_meta(tree, use_htmldate=False).published or "")[:10] == "2019-11-17"
