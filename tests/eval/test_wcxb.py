"""The wcxb scoring functions on invented pages: word P/R/F, snippets, titles, dates, authors,
and the per-half split."""

from __future__ import annotations

import pytest

from storyline.eval.wcxb import (
    Output,
    Page,
    author_found,
    by_half,
    first_author,
    fold,
    norm_title,
    same_day,
    score,
    snippet_share,
    word_prf,
)


def test_word_prf_counts_shared_words_with_multiplicity():
    assert word_prf("the dam the dam", "The dam held") == pytest.approx((0.5, 2 / 3, 4 / 7))
    assert word_prf("", "") == (1.0, 1.0, 1.0)
    assert word_prf("words", "") == (0.0, 0.0, 0.0)
    assert word_prf("", "gold words") == (0.0, 0.0, 0.0)
    assert word_prf("Same Words.", "same words") == pytest.approx((1.0, 1.0, 1.0))


def test_snippet_share_is_the_share_found_case_blind():
    assert snippet_share("The Dam Held firm", ["dam held", "missing bit"]) == 0.5
    assert snippet_share("anything", []) == 1.0
    # A page that lists no unwanted snippet kept none of them.
    assert snippet_share("anything", [], 0.0) == 0.0


def test_titles_are_compared_after_spacing_case_and_typography_folding():
    assert norm_title("  Dam   HOLDS\n") == "dam holds"
    assert norm_title(None) == ""
    assert fold("Mayor\u2019s \u201cplan\u201d \u2014 ok") == 'mayor\'s "plan" - ok'
    assert norm_title("Mayor\u2019s plan") != norm_title("Mayor's plan")
    assert fold("Mayor\u2019s plan") == fold("Mayor's plan")


def test_same_day_compares_the_date_part():
    assert same_day("2026-03-04T10:00:00", "2026-03-04")
    assert not same_day("2026-03-05", "2026-03-04")
    assert not same_day(None, "2026-03-04")
    assert not same_day("", "2026-03-04")


def test_first_author_and_author_found():
    assert first_author("Ana Reyes, PhD, and Tom Ek") == "Ana Reyes"
    assert first_author("Ana Reyes & Tom Ek") == "Ana Reyes"
    assert first_author("Ana Reyes and Tom Ek") == "Ana Reyes"
    assert author_found(["ANA REYES"], "Ana Reyes; Tom Ek")
    assert author_found(["By Ana Reyes, staff"], "Ana Reyes")  # gold inside the prediction
    assert author_found(["Reyes"], "Ana Reyes")  # prediction inside the gold
    assert not author_found(["Tom Ek"], "Ana Reyes and Tom Ek")
    assert not author_found(["Ana Reyes"], ", nobody")
    assert not author_found([], "Ana Reyes")


def _page(pid: str, **gold) -> Page:
    return Page(pid, None, "<html></html>", gold)


def test_score_averages_each_metric_over_the_pages_that_have_it():
    pages = [
        _page("1", main_content="dam held firm", title="Dam holds", publish_date="2026-01-01",
              author="Ana Reyes", **{"with": ["held"], "without": ["menu"]}),
        _page("2", main_content="road closed", title="Road", publish_date="2026-01-02",
              **{"with": ["road"], "without": ["closed"]}),
    ]  # fmt: skip
    outputs = [
        Output("dam held firm", "Dam holds", "2026-01-01", ["Ana Reyes"]),
        Output("road", "Other", "2026-01-09"),
    ]
    got = score(pages, outputs)
    assert got["title"] == 0.5 and got["title_folded"] == 0.5
    assert got["date_same_day"] == 0.5
    assert got["author"] == 1.0  # only page 1 has a gold author
    # "with": share of must-keep snippets found; "without": of must-drop snippets found.
    assert got["with"] == 1.0 and got["without"] == 0.0
    assert got["body_p"] == 1.0 and got["body_r"] == pytest.approx(0.75)


def test_by_half_splits_on_the_parity_of_numeric_ids():
    pages = [_page("2", title="A"), _page("3", title="B"), _page("x", title="C")]
    outputs = [Output(title="A"), Output(title="wrong"), Output(title="C")]
    halves = by_half(pages, outputs)
    assert set(halves) == {"dev_even_ids", "heldout_odd_ids"}
    assert halves["dev_even_ids"]["title"] == 1.0
    assert halves["heldout_odd_ids"]["title"] == 0.0


def test_two_fold_scores_each_half_with_weights_fitted_on_the_other():
    from storyline.eval.wcxb import two_fold

    rows = [
        ("1", "a", ["a"]),
        ("2", "b", ["x"]),
        ("3", "c", ["c"]),
        ("4", "d", ["d"]),
        ("z", "e", []),
    ]
    fitted_on: list[list[str]] = []

    def fit(part):
        fitted_on.append([r[0] for r in part])
        return {"w": 1.0}

    def accuracy(part, weights):
        return sum(gold in cands for _, gold, cands in part) / max(1, len(part))

    got = two_fold(rows, fit, accuracy, lambda gold, cands: gold in cands)
    assert fitted_on == [["1", "3"], ["2", "4"]]  # odd ids fit the weights for the even half
    assert got["heldout_even_ids"] == 0.5 and got["heldout_odd_ids"] == 1.0
    assert got["heldout_overall"] == 0.75
    assert got["reachable"] == 0.6  # 3 of 5 rows have their gold among the candidates
