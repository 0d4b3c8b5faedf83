"""Publication dates: printed dates in several languages, and the evidence each day carries."""

from __future__ import annotations

import json

import pytest

from storyline.clean.html import extract_html, parse_html
from storyline.clean.htmlmeta import published_candidates
from storyline.clean.htmlmeta.dates import printed_days, written_day

BODY = "".join(
    f"<p>{text}</p>"
    for text in (
        "Die Fähre nach Orsa fährt wieder nach dem Sturm, teilte die Hafenbehörde mit.",
        "Rund zweihundert Reisende warteten seit dem frühen Morgen am Kai auf die Abfahrt.",
        "Die Verbindung war drei Tage lang unterbrochen, weil Wellen den Anleger beschädigten.",
    )
)


def german_page(dateline: str) -> str:
    return (
        "<html lang='de'><head><meta charset='utf-8'><title>Fähre fährt wieder</title></head>"
        f"<body><article><h1>Die Fähre nach Orsa fährt wieder</h1><p>{dateline}</p>{BODY}"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("16. Januar 2020", "2020-01-16"),
        ("3. März 2021", "2021-03-03"),
        ("5 décembre 2019", "2019-12-05"),
        ("March 3rd, 2021", "2021-03-03"),
        ("Sept. 5, 2019", "2019-09-05"),
        ("2020-01-02", "2020-01-02"),
        ("31. Februar 2020", None),  # no such day
    ],
)
def test_written_dates_in_several_languages(text: str, day: str | None) -> None:
    assert written_day(text) == day


def test_a_date_printed_at_the_very_start_of_the_page_is_seen() -> None:
    assert printed_days("12. Mai 2022 Die Fähre fährt wieder") == {"2022-05-12"}


def test_german_date_line_under_the_headline_is_the_publication_date() -> None:
    got = extract_html(german_page("Veröffentlicht am 16. Januar 2020, 14:05 Uhr"))
    assert got.published == "2020-01-16"
    assert got.published_source == "date-line"


def test_candidates_count_the_kinds_of_evidence_behind_a_day() -> None:
    ld = json.dumps({"@type": "NewsArticle", "datePublished": "2020-01-16T09:00:00+01:00"})
    html = german_page("16. Januar 2020").replace(
        "</head>", f'<script type="application/ld+json">{ld}</script></head>'
    )
    tree = parse_html(html)
    assert tree is not None
    url = "https://news.example/2020/01/16/faehre"
    cands = {c.day: c for c in published_candidates(tree, url)}
    # declared, in the URL and printed under the headline: three kinds agree
    assert cands["2020-01-16"].features["kinds"] == 1.0
    assert cands["2020-01-16"].features["one_kind"] == 0.0


@pytest.mark.parametrize("printed", ["2020. 06. 04. 11:27", "2020. 6. 4.", "2020.06.04"])
def test_year_first_dotted_dates_with_spaces_are_read_year_first(printed: str) -> None:
    # "2020. 06. 04." is 4 June 2020, never "06. 04. 20..." read day first as 6 April.
    assert printed_days(f"Fotó: Jane Roe {printed} Megosztom A komp újra jár") == {"2020-06-04"}
