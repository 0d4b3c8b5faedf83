"""An unsure date ranker may defer to htmldate's pick; the margin is fitted on held-out scores of
one set and reported on another."""

from __future__ import annotations

from storyline.clean.htmlmeta.fit import defer_accuracy, deferring_pick, tune_defer_margin
from storyline.clean.htmlmeta.published import DateCandidate

WEIGHTS = {"head_nearest": 1.0, "meta_pub": 0.8, "htmldate": 0.1, "url": 0.95}


def _page(n: int, gold_voted: bool) -> tuple[str, str, list[DateCandidate]]:
    printed = DateCandidate("2024-03-02", "x", "date-line", {"head_nearest": 1.0})
    declared = DateCandidate("2024-03-01", "x", "meta", {"meta_pub": 1.0, "htmldate": 1.0})
    gold = declared.day if gold_voted else printed.day
    return (str(n), gold, [printed, declared])


def test_a_close_call_goes_to_htmldate_only_within_the_margin() -> None:
    _, _, cands = _page(0, True)
    assert deferring_pick(cands, WEIGHTS, 0.0) is cands[0]
    assert deferring_pick(cands, WEIGHTS, 0.5) is cands[1]


def test_the_margin_is_measured_to_htmldates_candidate_not_the_runner_up() -> None:
    _, _, cands = _page(0, True)
    # A close second from the URL is no reason to leave the best for htmldate's third.
    cands.append(DateCandidate("2024-02-20", "x", "url", {"url": 1.0}))
    assert deferring_pick(cands, WEIGHTS, 0.075) is cands[0]
    assert deferring_pick(cands, WEIGHTS, 0.2) is cands[1]


def test_the_margin_is_the_smallest_that_does_best_on_the_scored_rows() -> None:
    voted = [_page(n, True) for n in range(6)]
    assert tune_defer_margin([(voted, WEIGHTS)]) > 0.0
    assert defer_accuracy([(voted, WEIGHTS)], tune_defer_margin([(voted, WEIGHTS)])) == 1.0
    printed = [_page(n, False) for n in range(6)]
    assert tune_defer_margin([(printed, WEIGHTS)]) == 0.0
    # Scored by parts, each with its own weights (2-fold), the rows count together.
    assert defer_accuracy([(voted, WEIGHTS), (printed, WEIGHTS)], 0.0) == 0.5
