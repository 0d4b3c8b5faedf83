"""The page title when the declared titles disagree in kind: a sentence for sharing, or a name."""

from __future__ import annotations

import json

from storyline.clean.html import extract_html

PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "The lighthouse keepers of Varrow Point voted on Tuesday to keep the lamp lit by hand.",
        "Automation had been planned for next spring, but the harbour board agreed to wait.",
        "Fishing crews said the keepers warn them of fog hours before the buoys do.",
    )
)


def _page(head: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'>{head}</head><body><article>"
        f"{PARAGRAPHS}"
        "</article></body></html>"
    )


def test_a_declared_title_written_as_a_sentence_yields_to_the_headline_field() -> None:
    ld = json.dumps({"@type": "Article", "headline": "Six Ways Keepers Read the Fog"})
    head = (
        "<meta property='og:title' content='Here are six ways keepers read the fog.'>"
        f"<script type='application/ld+json'>{ld}</script>"
    )
    html = _page(head)  # no <h1>: the declared titles decide
    assert extract_html(html).title == "Six Ways Keepers Read the Fog"


def test_a_declared_title_that_is_a_title_is_kept() -> None:
    head = "<meta property='og:title' content='Six Ways Keepers Read the Fog'>"
    html = _page(head)
    assert extract_html(html).title == "Six Ways Keepers Read the Fog"
