"""Publication dates: label words in several languages, and dates a page's own scripts declare."""

from __future__ import annotations

import pytest

from storyline.clean.html import parse_html
from storyline.clean.htmlmeta import published_candidates
from storyline.clean.htmlmeta.dates import printed_days, written_day

BODY = "".join(
    f"<p>{text}</p>"
    for text in (
        "The ferry to Orsa sails again after the storm, the harbour office said on Tuesday.",
        "About two hundred travellers had waited on the quay since early morning.",
        "The crossing was closed for three days because waves damaged the landing stage.",
        "Related: a lighthouse keeper retires " + " ".join(["after forty years."] * 20),
    )
)


def page(footer: str = "", head: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>Ferry sails again</title>{head}</head>"
        f"<body><article><h1>The ferry to Orsa sails again</h1>{BODY}<p>{footer}</p>"
        "</article></body></html>"
    )


def candidates(html: str) -> dict[str, dict[str, float]]:
    tree = parse_html(html)
    assert tree is not None
    return {c.day: c.features for c in published_candidates(tree, None)}


@pytest.mark.parametrize(
    ("footer", "day", "feature"),
    [
        ("Erschienen am: 01.11.2023", "2023-11-01", "label_published"),
        ("Letzte Änderung: 14.01.2022 um 09:25", "2022-01-14", "label_updated"),
        ("Publié le 5 décembre 2019", "2019-12-05", "label_published"),
        ("Mis à jour le 6 décembre 2019", "2019-12-06", "label_updated"),
        ("Pubblicato il 14.01.2022", "2022-01-14", "label_published"),
        ("Published: Monday, June 1, 2020", "2020-06-01", "label_published"),
        ("Veröffentlicht am Montag, 16.08.2019", "2019-08-16", "label_published"),
        ("Posted by Jane Roe on March 3, 2021", "2021-03-03", "label_published"),
        ("Gespeichert von jroe am 24. Juli 2017 - 18:55", "2017-07-24", "label_published"),
        (
            "Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:15 Uhr veröffentlicht.",
            "2011-12-03",
            "label_published",
        ),
    ],
)
def test_a_labelled_date_far_from_the_headline_is_a_candidate(
    footer: str, day: str, feature: str
) -> None:
    cands = candidates(page(footer))
    assert day in cands
    assert cands[day].get(feature) == 1.0


def test_a_date_after_a_place_name_carries_no_label() -> None:
    features = candidates(page("Orsa, 16.08.2019")).get("2019-08-16", {})
    assert not any(key.startswith("label_") for key in features)


@pytest.mark.parametrize(
    "script",
    [
        'var pageInfo = {"article_publication_date": "Sun, 28 Jun 2020 21:16:15 GMT"};',
        "page.article.publication_date = '2020-06-28 21:16';",
        'window.meta = {"DateCreation": "2020-06-28", "Theme": "ferries"};',
    ],
)
def test_a_date_the_pages_script_declares_is_a_declared_candidate(script: str) -> None:
    cands = candidates(page(head=f"<script>{script}</script>"))
    assert cands["2020-06-28"].get("script_pub") == 1.0
    assert cands["2020-06-28"]["declared"] > 0


def test_only_the_first_script_date_counts() -> None:
    script = (
        'var a = {"publishDate": "2021-03-04"};'
        'var related = [{"publishDate": "2019-01-02"}, {"publishDate": "2018-05-06"}];'
    )
    cands = candidates(page(head=f"<script>{script}</script>"))
    assert "2021-03-04" in cands
    assert "2019-01-02" not in cands and "2018-05-06" not in cands


@pytest.mark.parametrize(
    ("text", "day"),
    [("2020年07月12日", "2020-07-12"), ("2020년 7월 12일", "2020-07-12"), ("2020年2月30日", None)],
)
def test_dates_written_with_year_month_and_day_signs(text: str, day: str | None) -> None:
    assert written_day(text) == day
    assert printed_days(f"Orsa {text} ferry") == ({day} if day else set())


def test_time_elements_say_which_date_they_hold_by_their_class() -> None:
    dated = (
        '<time class="entry-date published" datetime="2019-02-10T09:30:10+01:00">10 Feb</time>'
        '<time class="updated" datetime="2019-02-11T23:00:55+01:00">11 Feb</time>'
    )
    cands = candidates(page(footer=dated))
    assert cands["2019-02-10"].get("time_pub") == 1.0
    assert cands["2019-02-11"].get("time_mod") == 1.0


@pytest.mark.parametrize(
    "footer",
    [
        "Die Fähre fuhr 3. Dezember 2011 veröffentlicht wurde nichts.",  # no "am" before it
        "Diese Seite wurde zuletzt am 3. Dezember 2011 geändert.",  # a last edit's date
    ],
)
def test_only_a_publication_label_after_its_date_with_am_before_it_counts(footer: str) -> None:
    features = candidates(page(footer)).get("2011-12-03", {})
    assert not any(key.startswith("label_") for key in features)
