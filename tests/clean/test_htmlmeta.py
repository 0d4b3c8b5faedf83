"""Page metadata from HTML: date, title and author candidates and what vouches for them."""

from __future__ import annotations

import json

import pytest

from tests.clean.html_pages import page, small_page


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-10-15T10:00+09:00", "2024-10-15T10:00+09:00"),  # no seconds: zone kept once
        ("2024-10-15 10:00 EST", "2024-10-15T10:00"),
        ("2024-10-15T10:00:00.123Z", "2024-10-15T10:00:00Z"),
        ("2024-10-15", "2024-10-15"),
    ],
)
def test_iso_date_keeps_valid_iso(value, expected):
    from storyline.clean.htmlmeta import iso_date

    assert iso_date(value) == expected


def test_date_candidates_carry_what_vouches_for_them() -> None:
    from storyline.clean.html import parse_html
    from storyline.clean.htmlmeta import pick_date, published_candidates

    ld = json.dumps(
        {"@type": "Article", "datePublished": "2024-05-02", "dateModified": "2025-01-20"}
    )
    top = "<h1>Spillway gates opened as reservoir rises</h1><p>Updated January 20, 2025</p>"
    cands = {
        c.day: c
        for c in published_candidates(
            parse_html(small_page(f'<script type="application/ld+json">{ld}</script>', top))
        )
    }
    assert {"ld_pub", "earliest"} <= set(cands["2024-05-02"].features)
    assert {"ld_mod", "head_updated", "only_modified"} <= set(cands["2025-01-20"].features)
    assert pick_date(list(cands.values()), {"ld_pub": 1.0}).day == "2024-05-02"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Best Movers in NYC 2025 | Top 19 Companies", "Best Movers in NYC 2025"),
        ("Gym Workouts for Beginners — Strength Training", "Gym Workouts for Beginners"),
        # a lower-case continuation and a long second half are part of the headline
        (
            "I Tried Amp, the AI Trainer — and It May Replace My Gym",
            "I Tried Amp, the AI Trainer — and It May Replace My Gym",
        ),
        (
            "How Machine Learning is Shaping eCommerce – 10 Benefits, Use Cases, Best Practices",
            "How Machine Learning is Shaping eCommerce – 10 Benefits, Use Cases, Best Practices",
        ),
    ],
)
def test_short_tagline_dropped_from_title(title: str, expected: str) -> None:
    from storyline.clean.htmlmeta import drop_tagline

    assert drop_tagline(title) == expected


def test_title_candidates_include_declared_titles_cut_at_separators() -> None:
    from storyline.clean.html import parse_html
    from storyline.clean.htmlmeta import jsonld_objects, meta_tags, title_candidates

    tree = parse_html(
        small_page(
            "<title>Valley floods explained | Valley Courier</title>",
            "<h1>Valley floods explained</h1><h2>What comes next</h2>",
        )
    )
    got = title_candidates(tree, jsonld_objects(tree), meta_tags(tree))
    assert ("title-cut", "Valley floods explained") in got
    assert ("title-cut", "Valley Courier") in got
    assert ("h2", "What comes next") in got


def test_author_suffix_and_title_after_a_comma() -> None:
    from storyline.clean.htmlmeta import clean_author

    assert clean_author("Ann Lee, Jr.") == ["Ann Lee, Jr"]
    assert clean_author("Ann Lee, Sr. Director of Operations")[0] == "Ann Lee"


def test_author_candidates_carry_what_vouches_for_them() -> None:
    from storyline.clean.html import parse_html
    from storyline.clean.htmlmeta import author_candidates_as_found

    data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Mara Quell"}}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    tree = parse_html(page(head=head, body_top="<p>By Mara Quell</p>"))
    cands = {c.name: c.features for c in author_candidates_as_found(tree)}
    assert set(cands) == {"Mara Quell"}
    features = cands["Mara Quell"]
    assert features["ld_author"] == features["printed_head"] == features["person"] == 1.0
    assert features["agree"] == 1.0 and features["in_head"] == 1.0
