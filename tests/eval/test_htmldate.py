"""The htmldate evaluation's scoring: same-day accuracy, a page with no date counting wrong."""

from __future__ import annotations

from storyline.clean.htmlmeta.fit import GoldPage
from storyline.eval.htmldate import same_day_accuracy
from storyline.progress import silent


def _page(pid: str, gold: str) -> GoldPage:
    return GoldPage(pid, f"https://news.example/{pid}", "<html></html>", {"publish_date": gold})


def test_same_day_accuracy_counts_missing_dates_as_wrong():
    pages = [_page("1", "2026-01-05"), _page("2", "2026-01-06T08:00"), _page("3", "2026-02-01")]
    answers = {"1": "2026-01-05T23:59:00", "2": "2026-01-06", "3": None}
    got = same_day_accuracy(pages, lambda p: answers[p.id], silent, "test")
    assert got["same_day"] == round(2 / 3, 4)
    assert got["no_date"] == 1
    assert got["ms_per_page"] >= 0


def test_a_wrong_day_is_wrong_and_no_pages_score_zero():
    pages = [_page("1", "2026-01-05")]
    assert same_day_accuracy(pages, lambda p: "2026-01-04", silent, "t")["same_day"] == 0.0
    assert same_day_accuracy([], lambda p: None, silent, "t")["same_day"] == 0.0
