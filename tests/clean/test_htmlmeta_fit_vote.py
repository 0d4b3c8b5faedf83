"""Fitting the date weights on htmldate's own evaluation pages leaves htmldate's vote out: it
was tuned on those pages, so a weight fitted there would over-trust it elsewhere."""

from __future__ import annotations

from storyline.clean.htmlmeta.fit import fit_date_weights, without_htmldate_vote
from storyline.clean.htmlmeta.published import DateCandidate


def _page(n: int) -> tuple[str, str, list[DateCandidate]]:
    # On these invented pages htmldate always votes for the right day, as it does on the pages
    # it was developed on.
    right = DateCandidate(f"2023-05-{n % 27 + 1:02d}", "x", "jsonld", {"ld_pub": 1.0})
    right.features["htmldate"] = 1.0
    wrong = DateCandidate("2024-01-02", "x", "jsonld", {"ld_mod": 1.0})
    only_vote = DateCandidate("2022-02-02", "x", "htmldate", {"htmldate": 1.0})
    return (str(n), right.day, [wrong, right, only_vote])


def test_the_vote_is_dropped_and_the_candidates_kept() -> None:
    rows = [_page(n) for n in range(3)]
    stripped = without_htmldate_vote(rows)
    assert [len(c) for _, _, c in stripped] == [3, 3, 3]
    assert all("htmldate" not in x.features for _, _, c in stripped for x in c)
    assert "htmldate" in rows[0][2][1].features  # the rows given are left as they were


def test_weights_fitted_without_the_vote_give_it_no_weight() -> None:
    rows = [_page(n) for n in range(20)]
    assert fit_date_weights(rows)["htmldate"] > 0
    weights = fit_date_weights(without_htmldate_vote(rows))
    assert weights.get("htmldate", 0.0) == 0.0
    assert weights["ld_pub"] > weights["ld_mod"]
